//! The cross-article merge: every article's records in, the final tables out.
//!
//! Deterministic and independent of input order: articles are sorted by id
//! first, and every id is a content hash.

mod events;
mod people;
mod quotes;

use newsfacts_parse::Article;
use serde::Serialize;

use crate::records::{ArticleRecords, Figure, PollResult, Quote, Rank};

pub use events::{Event, EventMentionRow};
pub use people::PersonRow;

/// One article with its id.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleRow {
    /// Stable id.
    pub article_id: String,
    /// The parsed article.
    pub article: Article,
}

/// One quotation with its ids.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteRow {
    /// Stable id.
    pub quote_id: String,
    /// The article it is in.
    pub article_id: String,
    /// The event where it was said.
    pub event_id: Option<String>,
    /// Shared by every report of the same utterance.
    pub cluster_id: String,
    /// The quotation.
    pub quote: Quote,
}

/// A record of an article-level table with its ids.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row<T> {
    /// Stable id of the row.
    pub id: String,
    /// The article it is in.
    pub article_id: String,
    /// The record.
    pub record: T,
}

/// Every table, merged and sorted.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Dataset {
    /// One row per input article.
    pub articles: Vec<ArticleRow>,
    /// Real-world events merged across articles.
    pub events: Vec<Event>,
    /// Sentences reporting events.
    pub event_mentions: Vec<EventMentionRow>,
    /// Quotations.
    pub quotes: Vec<QuoteRow>,
    /// Poll shares.
    pub polls: Vec<Row<PollResult>>,
    /// Ranks.
    pub ranks: Vec<Row<Rank>>,
    /// Other figures.
    pub figures: Vec<Row<Figure>>,
    /// People merged across articles.
    pub people: Vec<PersonRow>,
}

/// Merges the records of every article into the final tables.
pub fn merge(mut records: Vec<ArticleRecords>) -> Dataset {
    records.sort_by(|a, b| a.article_id.cmp(&b.article_id));
    let (events, event_mentions, mention_event_ids) = events::merge_events(&records);
    let quotes = quotes::quote_rows(&records, &mention_event_ids, &events);
    let people = people::merge_people(&records);
    let mut dataset = Dataset {
        events,
        event_mentions,
        quotes,
        people,
        ..Dataset::default()
    };
    for article in records {
        let id = article.article_id.clone();
        dataset.polls.extend(rows(&id, "poll", article.polls, |p| {
            format!("{}|{}", p.sentence, p.share_pct)
        }));
        dataset.ranks.extend(rows(&id, "rank", article.ranks, |r| {
            format!("{}|{}|{}", r.sentence, r.country, r.rank)
        }));
        dataset
            .figures
            .extend(rows(&id, "figure", article.figures, |f| {
                format!("{}|{}", f.sentence, f.value)
            }));
        dataset.articles.push(ArticleRow {
            article_id: id,
            article: article.article,
        });
    }
    dataset
}

/// The id of the poll a share belongs to: the shares of one poll (same
/// article, pollster, fieldwork date, population and question) share it.
pub fn poll_id(article_id: &str, poll: &PollResult) -> String {
    let fieldwork = poll
        .fieldwork
        .map(|d| d.date.to_string())
        .unwrap_or_default();
    crate::ids::stable_id(&[
        "poll",
        article_id,
        poll.pollster.as_deref().unwrap_or_default(),
        &fieldwork,
        poll.population_country.as_deref().unwrap_or_default(),
        poll.question.as_deref().unwrap_or_default(),
    ])
}

fn rows<T>(
    article_id: &str,
    table: &str,
    records: Vec<T>,
    key: impl Fn(&T) -> String,
) -> Vec<Row<T>> {
    records
        .into_iter()
        .enumerate()
        .map(|(index, record)| Row {
            id: crate::ids::stable_id(&[table, article_id, &key(&record), &index.to_string()]),
            article_id: article_id.to_owned(),
            record,
        })
        .collect()
}
