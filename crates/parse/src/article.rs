//! The parsed article and the page-dump parser.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::body::body_lines;
use crate::lines::lines;
use crate::meta::metadata;
use crate::sentences::split_sentences;

/// How much of a [`PartialDate`] the source actually states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// Only the year is known.
    Year,
    /// Year and month are known.
    Month,
    /// The full calendar date is known.
    Day,
}

impl Precision {
    /// The contract's spelling: `day`, `month` or `year`.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Day => "day",
        }
    }
}

/// A date known to a given precision, stored as its first day
/// (`2025-06` is `2025-06-01` with [`Precision::Month`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct PartialDate {
    /// The first day of the period.
    pub date: NaiveDate,
    /// What the source states.
    pub precision: Precision,
}

impl PartialDate {
    /// A date known to the day.
    pub fn day(date: NaiveDate) -> Self {
        PartialDate {
            date,
            precision: Precision::Day,
        }
    }
}

/// One sentence of [`Article::text`], as offsets in Unicode scalar values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Offset of the first character.
    pub start: usize,
    /// Offset one past the last character.
    pub end: usize,
}

/// A news article as the rest of the pipeline sees it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    /// The input file name, as given to [`parse_article`].
    pub source_file: String,
    /// The publication's name, when the page states it.
    pub outlet: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// The byline's person or people.
    pub author: Option<String>,
    /// The publication date; `None` when the page gives none.
    pub published: Option<PartialDate>,
    /// The dateline place (`TOKYO`, `Seoul`).
    pub dateline: Option<String>,
    /// The month and day of a dateline that gives no year (`Seoul, June 16`)
    /// on a page that states no year anywhere; `published` is then `None`.
    /// A caller who knows the year from elsewhere (other articles of the same
    /// crawl) can complete the date with [`Article::date_dateline_in`].
    pub dateline_day: Option<MonthDay>,
    /// Whether the year of `published` was not on the page but taken from
    /// the other articles of the crawl (see [`complete_dateline_years`]).
    pub published_year_inferred: bool,
    /// The body's paragraphs, boilerplate removed.
    pub paragraphs: Vec<String>,
    /// The paragraphs joined by blank lines: the text every offset points into.
    pub text: String,
    /// The body's sentences.
    pub sentences: Vec<Sentence>,
}

/// Completes the publication date of articles whose dateline gave a month
/// and day but whose page stated no year (see [`Article::dateline_day`]),
/// with the year most of the other articles were published in (the latest
/// such year on a tie). A cross-article step: call it on a whole crawl after
/// parsing, before anything reads `published`. Returns how many articles got
/// a date.
pub fn complete_dateline_years(articles: &mut [Article]) -> usize {
    let mut years: HashMap<i32, usize> = HashMap::new();
    for article in articles.iter() {
        if let Some(date) = article.published {
            *years.entry(date.date.year()).or_default() += 1;
        }
    }
    let Some(year) = years
        .into_iter()
        .max_by_key(|&(year, count)| (count, year))
        .map(|(year, _)| year)
    else {
        return 0;
    };
    articles
        .iter_mut()
        .filter(|article| article.dateline_day.is_some())
        .map(|article| article.date_dateline_in(year))
        .filter(|&dated| dated)
        .count()
}

/// A month and day without a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct MonthDay {
    /// 1 to 12.
    pub month: u32,
    /// 1 to 31.
    pub day: u32,
}

impl Article {
    /// Sets `published` to the dateline's month and day in `year` when the
    /// page gave that day without a year (see [`Article::dateline_day`]).
    /// Returns whether the date was set.
    pub fn date_dateline_in(&mut self, year: i32) -> bool {
        let Some(day) = self.dateline_day.filter(|_| self.published.is_none()) else {
            return false;
        };
        self.published = NaiveDate::from_ymd_opt(year, day.month, day.day).map(PartialDate::day);
        if self.published.is_some() {
            self.dateline_day = None;
            self.published_year_inferred = true;
        }
        self.published.is_some()
    }

    /// The text of one sentence.
    pub fn sentence_text(&self, sentence: Sentence) -> String {
        self.text
            .chars()
            .skip(sentence.start)
            .take(sentence.end - sentence.start)
            .collect()
    }

    /// Number of words in the body.
    pub fn word_count(&self) -> usize {
        self.text.split_whitespace().count()
    }
}

/// Parses one decoded page dump. `source_file` names the input for traceability.
pub fn parse_article(source_file: &str, page: &str) -> Article {
    let lines = lines(page);
    let body = body_lines(&lines);
    let (body_start, body_end) = match (body.first(), body.last()) {
        (Some(&first), Some(&last)) => (first, last + 1),
        _ => (lines.len(), lines.len()),
    };
    let meta = metadata(&lines, body_start, body_end);
    let paragraphs: Vec<String> = body.iter().map(|&i| lines[i].text.to_owned()).collect();
    let text = paragraphs.join("\n\n");
    let sentences = split_sentences(&text);
    Article {
        source_file: source_file.to_owned(),
        outlet: meta.outlet,
        title: meta.title,
        author: meta.author,
        published: meta.published,
        dateline: meta.dateline,
        dateline_day: meta.dateline_day,
        published_year_inferred: false,
        paragraphs,
        text,
        sentences,
    }
}

impl Article {
    /// An article whose body is `text` verbatim (paragraphs separated by blank
    /// lines), with no page furniture to remove: for callers that already
    /// hold clean text, such as benchmark documents. Offsets point into `text`
    /// exactly as given.
    pub fn from_text(source_file: &str, text: &str) -> Article {
        Article {
            source_file: source_file.to_owned(),
            outlet: None,
            title: None,
            author: None,
            published: None,
            dateline: None,
            dateline_day: None,
            published_year_inferred: false,
            paragraphs: text
                .split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_owned)
                .collect(),
            text: text.to_owned(),
            sentences: split_sentences(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> Option<PartialDate> {
        NaiveDate::from_ymd_opt(y, m, d).map(PartialDate::day)
    }

    const WIRE_STORY: &str = "\
Leaders agree to widen trade talks

March 3, 2024

WASHINGTON (Harbor Wire) — The two leaders agreed on Tuesday to widen trade talks, officials said. They will meet again in May.

The talks cover farm goods, steel and cars. Negotiators expect a first text by the end of the year, according to a statement.

\"We made real progress,\" the trade minister told reporters after the meeting.
";

    #[test]
    fn clean_wire_story_gives_every_field() {
        let article = parse_article("wire.txt", WIRE_STORY);
        assert_eq!(
            article.title.as_deref(),
            Some("Leaders agree to widen trade talks")
        );
        assert_eq!(article.dateline.as_deref(), Some("WASHINGTON"));
        assert_eq!(article.outlet.as_deref(), Some("Harbor Wire"));
        assert_eq!(article.published, day(2024, 3, 3));
        assert_eq!(article.paragraphs.len(), 3);
        assert!(article
            .text
            .starts_with("WASHINGTON (Harbor Wire) — The two"));
        assert_eq!(article.sentences.len(), 5);
    }

    const DATE_AFTER_TITLE: &str = "\
Skip to content
  • Home
  • News
  • Sport
  • Opinion
  • Contact

City council approves new bridge budget
By Maria Gomez
12 May 2024
Share Facebook Twitter Email

The city council on Monday approved a budget of 40 million for the new river bridge, ending two years of debate.

Work is due to start in the autumn, the mayor's office said, and the bridge should open to traffic in 2027.

Residents of the east bank, who now drive 20 minutes to cross, welcomed the vote.

Share this article
Facebook Twitter Email
Related stories
Council delays vote on parking fees
Library opens on Sundays
";

    #[test]
    fn date_after_the_title_and_byline_are_read() {
        let article = parse_article("city.txt", DATE_AFTER_TITLE);
        assert_eq!(
            article.title.as_deref(),
            Some("City council approves new bridge budget")
        );
        assert_eq!(article.author.as_deref(), Some("Maria Gomez"));
        assert_eq!(article.published, day(2024, 5, 12));
        assert_eq!(article.paragraphs.len(), 3);
        assert!(!article.text.contains("Share"));
        assert!(!article.text.contains("Related"));
        assert!(!article.text.contains("parking fees"));
    }

    const NO_DATE: &str = "\
Valley farmers try drought-proof crops

Farmers across the valley are planting sorghum and millet this year, hoping the hardier grains will survive another dry summer.

\"We cannot wait for the rain any more,\" said one grower, who has farmed the same land for thirty years.
";

    #[test]
    fn page_without_a_date_has_no_published_date() {
        let article = parse_article("farm.txt", NO_DATE);
        assert_eq!(article.published, None);
        assert_eq!(article.dateline, None);
        assert_eq!(
            article.title.as_deref(),
            Some("Valley farmers try drought-proof crops")
        );
        assert_eq!(article.paragraphs.len(), 2);
    }

    const HEADLINE_IN_MENU: &str = "\
Riverside Times | Local news, sport and weather for the valley
  • Home
  • Local
  • Sport
What's Hot
Storm closes mountain pass for a week
Harvest festival draws record crowd
Home » Ferry service to resume after repairs
Local

Ferry service to resume after repairs

By RIVERSIDE TIMES | June 2, 2025

The ferry between the two harbours will run again from Friday after three weeks of repairs to its engines, the operator said.

Tickets bought for cancelled crossings remain valid until the end of the month, and a second boat will be added at weekends.

Related Posts
Bridge tolls to rise in autumn
June 1, 2025
";

    #[test]
    fn headline_repeated_in_the_breadcrumb_is_still_the_headline() {
        let article = parse_article("ferry.txt", HEADLINE_IN_MENU);
        assert_eq!(
            article.title.as_deref(),
            Some("Ferry service to resume after repairs")
        );
        assert_eq!(article.outlet.as_deref(), Some("Riverside Times"));
        // The byline names the outlet, not a person.
        assert_eq!(article.author, None);
        assert_eq!(article.published, day(2025, 6, 2));
        assert_eq!(article.paragraphs.len(), 2);
        assert!(!article.text.contains("Bridge tolls"));
    }

    const COPYRIGHT_FOOTER: &str = "\
Museum returns looted bronzes

Jane Doe, Staff Reporter

The national museum handed back twelve bronze statues on Thursday, more than a century after they were taken from a royal palace.

The return follows years of talks between the two governments, museum officials said in a statement.

Newsletter
Sign up for our morning briefing

© 2024 The Valley Courier. All rights reserved.
";

    #[test]
    fn copyright_footer_names_the_outlet_and_ends_the_body() {
        let article = parse_article("museum.txt", COPYRIGHT_FOOTER);
        assert_eq!(article.outlet.as_deref(), Some("The Valley Courier"));
        assert_eq!(article.author.as_deref(), Some("Jane Doe"));
        assert_eq!(
            article.title.as_deref(),
            Some("Museum returns looted bronzes")
        );
        assert_eq!(article.paragraphs.len(), 2);
        assert!(!article.text.contains("Newsletter"));
        assert!(!article.text.contains("©"));
    }

    #[test]
    fn dateline_without_year_takes_the_year_of_another_date() {
        let page = "\
Port strike ends after deal on wages
Lisbon, Oct 4 (Tide News) The dockworkers' union ended its strike on Wednesday after the port authority agreed to raise wages.

Ships that had waited offshore for a week began to unload on Thursday morning, the authority said.

Most read
Ferry fares to rise
Sept 30, 2023
";
        let article = parse_article("port.txt", page);
        assert_eq!(article.dateline.as_deref(), Some("Lisbon"));
        assert_eq!(article.outlet.as_deref(), Some("Tide News"));
        assert_eq!(article.published, day(2023, 10, 4));
    }

    #[test]
    fn dateline_day_without_any_year_waits_for_one() {
        let page = "\
Port strike ends after deal on wages
Lisbon, Oct 4 (Tide News) The dockworkers' union ended its strike on Wednesday after the port authority agreed to raise wages.
";
        let mut article = parse_article("port.txt", page);
        assert_eq!(article.published, None);
        assert_eq!(article.dateline_day, Some(MonthDay { month: 10, day: 4 }));
        assert!(article.date_dateline_in(2023));
        assert_eq!(article.published, day(2023, 10, 4));
        assert!(!article.date_dateline_in(2024));
    }

    #[test]
    fn crawl_year_completes_a_dateline_without_year() {
        let undated = "\
Port strike ends after deal on wages
Lisbon, Oct 4 (Tide News) The dockworkers' union ended its strike on Wednesday after the port authority agreed to raise wages.
";
        let mut articles = vec![
            parse_article("a.txt", WIRE_STORY),
            parse_article("b.txt", DATE_AFTER_TITLE),
            parse_article("c.txt", undated),
        ];
        assert_eq!(complete_dateline_years(&mut articles), 1);
        // Both dated articles are from 2024.
        assert_eq!(articles[2].published, day(2024, 10, 4));
        assert_eq!(articles[0].published, day(2024, 3, 3));
    }

    #[test]
    fn empty_page_gives_an_empty_article() {
        let article = parse_article("empty.txt", "");
        assert!(article.text.is_empty());
        assert!(article.sentences.is_empty());
        assert_eq!(article.title, None);
    }

    /// Parses a seed page and checks that its body runs from the paragraph
    /// starting with `first` to the one ending with `last`, keeps every line
    /// of the page between them, and holds no page furniture.
    fn check_seed(page: &str, first: &str, last: &str) {
        let article = parse_article("seed.txt", page);
        let lines: Vec<&str> = page
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let start = lines.iter().position(|l| l.starts_with(first));
        let end = lines.iter().rposition(|l| l.ends_with(last));
        let (Some(start), Some(end)) = (start, end) else {
            panic!("the seed has no line starting {first:?} or ending {last:?}");
        };
        assert_eq!(article.paragraphs, lines[start..=end]);
        let furniture = [
            "Share",
            "Subscribe",
            "Newsletter",
            "Related",
            "Source link",
            "Top Posts",
            "©",
            "Synopsis",
            "Key Takeaways",
            "WEEKLY HOT",
            "Follow",
            "Home",
            "Menu",
        ];
        for paragraph in &article.paragraphs {
            for label in furniture {
                assert!(
                    !paragraph.starts_with(label),
                    "furniture in body: {paragraph}"
                );
            }
        }
        assert!(article.sentences.len() >= article.paragraphs.len());
    }

    #[test]
    fn seed_with_menus_share_widgets_and_related_posts() {
        check_seed(
            include_str!("../../../raw/000_7c9ee5a51bed38ce.txt"),
            "TOKYO – Japan and South Korea marked",
            "to a new level.",
        );
    }

    #[test]
    fn seed_with_reporter_byline_and_trailing_label() {
        check_seed(
            include_str!("../../../raw/001_59e423fcb8b19276.txt"),
            "Tokyo, Japan – Japanese Prime Minister",
            "mutually beneficial future.",
        );
    }

    #[test]
    fn seed_that_starts_with_its_body() {
        check_seed(
            include_str!("../../../raw/002_784eac8db92af3f4.txt"),
            "Japan and South Korea are experiencing",
            "have become essential.",
        );
    }

    #[test]
    fn seed_with_deck_and_long_headline_list() {
        check_seed(
            include_str!("../../../raw/003_3a57a37acd5ed9bc.txt"),
            "South Korean President Lee Jae-myung made",
            "sustain their renewed cooperation.",
        );
    }

    #[test]
    fn seed_with_key_takeaways_box() {
        check_seed(
            include_str!("../../../raw/004_9730816149b5759b.txt"),
            "Seoul, June 16",
            "citizens of both countries.",
        );
    }
}
