//! A small hand-made dataset for the tests: two articles about invented
//! events, with every table filled and rows out of order.

use chrono::NaiveDate;
use newsfacts_extract::merge::{
    ArticleRow, Dataset, Event, EventMentionRow, PersonRow, QuoteRow, Row,
};
use newsfacts_extract::records::{
    EventStatus, EventType, Figure, PollResult, Quote, QuoteKind, Rank,
};
use newsfacts_parse::{Article, PartialDate, Precision};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn article(source_file: &str, title: &str, text: &str) -> Article {
    let mut article = Article::from_text(source_file, text);
    article.title = Some(title.to_owned());
    article
}

/// Two articles (given in reverse order) with events, quotes and statistics.
pub(crate) fn dataset() -> Dataset {
    let mut second = article(
        "b/second.txt",
        "Ministers sign a fisheries pact",
        "OSLO – The ministers signed the pact on Friday.\n\nMs Berg said, “It’s a good day — truly.”",
    );
    second.outlet = Some("The Harbour Post".to_owned());
    second.published = Some(PartialDate {
        date: day(2024, 5, 1),
        precision: Precision::Month,
    });
    let mut first = article(
        "a/first.txt",
        "Poll: voters back the pact, \"mostly\"",
        "A survey found 52.5% in favour. Norland ranks 3rd of 146 countries, with 1,000 boats.",
    );
    first.author = Some("Kari Lund, Per Dahl".to_owned());
    first.published = Some(PartialDate::day(day(2024, 5, 20)));
    let articles = vec![
        ArticleRow {
            article_id: "bbbb".into(),
            article: second,
        },
        ArticleRow {
            article_id: "aaaa".into(),
            article: first,
        },
    ];
    let events = vec![
        Event {
            event_id: "e-undated".into(),
            date_start: None,
            date_end: None,
            date_precision: None,
            event_type: EventType::Meeting,
            summary: String::new(),
            location: None,
            country_code: None,
            participants: Vec::new(),
            status: EventStatus::Scheduled,
            article_ids: vec!["aaaa".into()],
            mention_count: 1,
        },
        Event {
            event_id: "e-signing".into(),
            date_start: Some(day(2024, 5, 17)),
            date_end: Some(day(2024, 5, 18)),
            date_precision: Some(Precision::Day),
            event_type: EventType::Agreement,
            summary: "Ministers sign a fisheries pact".into(),
            location: Some("Oslo".into()),
            country_code: Some("NOR".into()),
            participants: vec!["Anne Berg".into(), "ISL".into()],
            status: EventStatus::Occurred,
            article_ids: vec!["aaaa".into(), "bbbb".into()],
            mention_count: 2,
        },
    ];
    let event_mentions = vec![
        EventMentionRow {
            event_id: "e-signing".into(),
            article_id: "bbbb".into(),
            sentence: "OSLO – The ministers signed the pact on Friday.".into(),
            char_start: 0,
            char_end: 47,
            date_expression: Some("on Friday".into()),
        },
        EventMentionRow {
            event_id: "e-undated".into(),
            article_id: "aaaa".into(),
            sentence: "A survey found 52.5% in favour.".into(),
            char_start: 0,
            char_end: 31,
            date_expression: None,
        },
        EventMentionRow {
            event_id: "e-signing".into(),
            article_id: "aaaa".into(),
            sentence: "Norland ranks 3rd of 146 countries, with 1,000 boats.".into(),
            char_start: 32,
            char_end: 85,
            date_expression: None,
        },
    ];
    let quotes = vec![QuoteRow {
        quote_id: "q1".into(),
        article_id: "bbbb".into(),
        event_id: Some("e-signing".into()),
        cluster_id: "q1".into(),
        quote: Quote {
            speaker: Some("Anne Berg".into()),
            speaker_title: None,
            speaker_country: Some("NOR".into()),
            text: "It’s a good day — truly.".into(),
            kind: QuoteKind::Direct,
            cue: Some("said".into()),
            said_on: Some(PartialDate::day(day(2024, 5, 17))),
            event_mention: Some(0),
            char_start: 64,
            char_end: 88,
        },
    }];
    let polls = vec![Row {
        id: "p1".into(),
        article_id: "aaaa".into(),
        record: PollResult {
            pollster: None,
            fieldwork: Some(PartialDate {
                date: day(2024, 5, 1),
                precision: Precision::Month,
            }),
            population_country: Some("NOR".into()),
            question: Some("the pact".into()),
            answer: Some("in favour".into()),
            share_pct: 52.5,
            sentence: "A survey found 52.5% in favour.".into(),
        },
    }];
    let ranks = vec![Row {
        id: "r1".into(),
        article_id: "aaaa".into(),
        record: Rank {
            report: "Fisheries Index".into(),
            publisher: None,
            edition_year: Some(2024),
            country: "Norland".into(),
            country_code: None,
            rank: 3,
            out_of: Some(146),
            sentence: "Norland ranks 3rd of 146 countries, with 1,000 boats.".into(),
        },
    }];
    let figures = vec![
        Row {
            id: "f2".into(),
            article_id: "aaaa".into(),
            record: Figure {
                value: 1000.0,
                unit: Some("boats".into()),
                measure: None,
                date: None,
                country_code: Some("NOR".into()),
                sentence: "Norland ranks 3rd of 146 countries, with 1,000 boats.".into(),
            },
        },
        Row {
            id: "f1".into(),
            article_id: "aaaa".into(),
            record: Figure {
                value: f64::NAN,
                unit: None,
                measure: None,
                date: None,
                country_code: None,
                sentence: "Norland ranks 3rd of 146 countries, with 1,000 boats.".into(),
            },
        },
    ];
    let people = vec![PersonRow {
        person_id: "pp1".into(),
        name: "Anne Berg".into(),
        titles: vec!["Fisheries Minister".into(), "Ms".into()],
        country_code: Some("NOR".into()),
        aliases: vec!["Berg".into()],
        article_ids: vec!["bbbb".into()],
        mention_count: 2,
    }];
    Dataset {
        articles,
        events,
        event_mentions,
        quotes,
        polls,
        ranks,
        figures,
        people,
    }
}
