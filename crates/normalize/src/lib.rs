//! Normalisers for English news text: temporal expressions, people, places
//! and numbers.
//!
//! This is the second stage of newsfacts. Input: an article's text (and its
//! publication date, which anchors relative dates). Output: [`Annotations`],
//! spans of the text with normalised values, that the extracting stage reads.
//! Every offset counts Unicode scalar values, as in `newsfacts_parse`.
//!
//! ```
//! use chrono::NaiveDate;
//! use newsfacts_normalize::timex::{tag_timexes, TimexType};
//!
//! let dct = NaiveDate::from_ymd_opt(2025, 6, 23);
//! let timexes = tag_timexes("The treaty was signed on June 22, 1965.", dct);
//! assert_eq!(timexes[0].text, "June 22, 1965");
//! assert_eq!(timexes[0].kind, TimexType::Date);
//! assert_eq!(timexes[0].value.as_deref(), Some("1965-06-22"));
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod jsonl;
pub mod numbers;
pub mod people;
pub mod places;
pub mod timex;

use newsfacts_parse::Article;

/// Everything the normalisers find in one article.
#[derive(Debug, Clone, Default)]
pub struct Annotations {
    /// Temporal expressions, resolved against the publication date.
    pub timexes: Vec<timex::Timex>,
    /// People and every mention of them.
    pub people: people::People,
    /// Countries, demonyms and cities.
    pub places: Vec<places::PlaceMention>,
    /// Percentages, ordinals, money and counts.
    pub quantities: Vec<numbers::Quantity>,
}

/// Runs every normaliser over one article. A pure function of the article.
pub fn annotate(article: &Article) -> Annotations {
    let dct = article.published.map(|p| p.date);
    Annotations {
        timexes: timex::tag_timexes(&article.text, dct),
        people: people::find_people(&article.text, &article.sentences),
        places: places::Gazetteer::global().find(&article.text),
        quantities: numbers::find_quantities(&article.text),
    }
}
