//! The parsed article and the page-dump parser.

use chrono::NaiveDate;
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
    /// The body's paragraphs, boilerplate removed.
    pub paragraphs: Vec<String>,
    /// The paragraphs joined by blank lines: the text every offset points into.
    pub text: String,
    /// The body's sentences.
    pub sentences: Vec<Sentence>,
}

impl Article {
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
