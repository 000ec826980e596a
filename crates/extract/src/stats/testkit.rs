//! Hand-made annotations for the statistics tests: each helper finds its
//! words in the text and records them as the normaliser would.

use chrono::NaiveDate;
use newsfacts_normalize::numbers::{Change, Quantity, QuantityKind};
use newsfacts_normalize::places::{PlaceKind, PlaceMention};
use newsfacts_normalize::timex::{Timex, TimexType};
use newsfacts_normalize::Annotations;
use newsfacts_parse::{Article, PartialDate};

use super::{find_statistics, Statistics};

/// An article with annotations built by hand.
pub(super) struct Fixture {
    pub article: Article,
    pub annotations: Annotations,
}

impl Fixture {
    /// An article published on 2025-06-23 whose body is `text`.
    pub fn new(text: &str) -> Fixture {
        let mut article = Article::from_text("test.txt", text);
        article.published = NaiveDate::from_ymd_opt(2025, 6, 23).map(PartialDate::day);
        Fixture {
            article,
            annotations: Annotations::default(),
        }
    }

    /// Char offsets of the `nth` occurrence of `words`.
    fn span(&self, words: &str, nth: usize) -> (usize, usize) {
        let (byte, _) = self
            .article
            .text
            .match_indices(words)
            .nth(nth)
            .unwrap_or_else(|| panic!("{words:?} not in the fixture text"));
        let start = self.article.text[..byte].chars().count();
        (start, start + words.chars().count())
    }

    fn quantity(
        &mut self,
        words: &str,
        nth: usize,
        value: f64,
        kind: QuantityKind,
        unit: Option<&str>,
    ) -> &mut Self {
        let (start, end) = self.span(words, nth);
        let qualifier = ["about ", "more than ", "nearly ", "approximately "]
            .into_iter()
            .find(|q| words.starts_with(q))
            .map(|q| q.trim().to_owned());
        self.annotations.quantities.push(Quantity {
            start,
            end,
            text: words.to_owned(),
            value,
            kind,
            unit: unit.map(str::to_owned),
            qualifier,
            change: None,
        });
        self.annotations.quantities.sort_by_key(|q| q.start);
        self
    }

    pub fn percent(&mut self, words: &str, value: f64) -> &mut Self {
        self.quantity(words, 0, value, QuantityKind::Percent, Some("%"))
    }

    /// A percentage that the text says is a change (`grew 2.1%`).
    pub fn percent_change(&mut self, words: &str, value: f64) -> &mut Self {
        self.percent(words, value);
        if let Some(q) = self
            .annotations
            .quantities
            .iter_mut()
            .find(|q| q.text == words)
        {
            q.change = Some(Change::Up);
        }
        self
    }

    pub fn points(&mut self, words: &str, value: f64) -> &mut Self {
        self.quantity(
            words,
            0,
            value,
            QuantityKind::PercentagePoints,
            Some("percentage points"),
        )
    }

    pub fn ordinal(&mut self, words: &str, value: f64) -> &mut Self {
        self.quantity(words, 0, value, QuantityKind::Ordinal, None)
    }

    pub fn ordinal_nth(&mut self, words: &str, value: f64, nth: usize) -> &mut Self {
        self.quantity(words, nth, value, QuantityKind::Ordinal, None)
    }

    pub fn money(&mut self, words: &str, value: f64, currency: &str) -> &mut Self {
        self.quantity(words, 0, value, QuantityKind::Money, Some(currency))
    }

    pub fn count(&mut self, words: &str, value: f64, unit: Option<&str>) -> &mut Self {
        self.quantity(words, 0, value, QuantityKind::Count, unit)
    }

    /// A country or demonym mention of every occurrence of `words`.
    pub fn country(&mut self, words: &str, code: &str) -> &mut Self {
        let kind = if words.ends_with("ese") || words.ends_with('n') || words.ends_with("ns") {
            PlaceKind::Demonym
        } else {
            PlaceKind::Country
        };
        let count = self.article.text.matches(words).count();
        for nth in 0..count {
            let (start, end) = self.span(words, nth);
            let overlaps = self
                .annotations
                .places
                .iter()
                .any(|p| p.start < end && start < p.end);
            let whole_word = !self
                .article
                .text
                .chars()
                .nth(end)
                .is_some_and(char::is_alphabetic);
            if !overlaps && whole_word {
                self.annotations.places.push(PlaceMention {
                    start,
                    end,
                    text: words.to_owned(),
                    code: code.to_owned(),
                    kind,
                });
            }
        }
        self.annotations.places.sort_by_key(|p| p.start);
        self
    }

    /// A DATE timex with `value` on the first occurrence of `words`.
    pub fn date(&mut self, words: &str, value: &str) -> &mut Self {
        let (start, end) = self.span(words, 0);
        self.annotations.timexes.push(Timex {
            start,
            end,
            text: words.to_owned(),
            kind: TimexType::Date,
            value: Some(value.to_owned()),
        });
        self.annotations.timexes.sort_by_key(|t| t.start);
        self
    }

    /// A DURATION timex on the first occurrence of `words`.
    pub fn duration(&mut self, words: &str, value: &str) -> &mut Self {
        let (start, end) = self.span(words, 0);
        self.annotations.timexes.push(Timex {
            start,
            end,
            text: words.to_owned(),
            kind: TimexType::Duration,
            value: Some(value.to_owned()),
        });
        self.annotations.timexes.sort_by_key(|t| t.start);
        self
    }

    pub fn run(&self) -> Statistics {
        find_statistics(&self.article, &self.annotations)
    }
}
