//! Hand-made annotations for the unit tests: each helper finds its words in
//! the text and records them as the normalisers would, so a test states the
//! annotations it relies on instead of depending on the normalisers.

use chrono::NaiveDate;
use newsfacts_normalize::numbers::{Change, Quantity, QuantityKind};
use newsfacts_normalize::people::{MentionForm, People, Person, PersonMention};
use newsfacts_normalize::places::{PlaceKind, PlaceMention};
use newsfacts_normalize::timex::{Timex, TimexType};
use newsfacts_normalize::Annotations;
use newsfacts_parse::{Article, PartialDate};

use crate::records::{ArticleRecords, EventMention, EventStatus, EventType};
use crate::stats::{find_statistics, Statistics};

/// An article with annotations built by hand.
pub(crate) struct Fixture {
    pub article: Article,
    pub annotations: Annotations,
}

/// Char offsets of every occurrence of `needle` in `text`, on word bounds.
fn occurrences(text: &str, needle: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let pattern: Vec<char> = needle.chars().collect();
    let n = pattern.len();
    if n == 0 {
        return Vec::new();
    }
    (0..chars.len().saturating_sub(n - 1))
        .filter(|&i| chars[i..i + n] == pattern[..])
        .filter(|&i| i == 0 || !chars[i - 1].is_alphanumeric())
        .filter(|&i| chars.get(i + n).is_none_or(|c| !c.is_alphanumeric()))
        .map(|i| (i, i + n))
        .collect()
}

impl Fixture {
    /// An undated article whose body is `text`.
    pub fn new(text: &str) -> Fixture {
        Fixture {
            article: Article::from_text("test.txt", text),
            annotations: Annotations::default(),
        }
    }

    /// An article published on 2025-06-23 whose body is `text`: the
    /// statistics resolve editions and "this year" from that date.
    pub fn dated(text: &str) -> Fixture {
        let mut fixture = Fixture::new(text);
        fixture.published(2025, 6, 23);
        fixture
    }

    pub fn published(&mut self, y: i32, m: u32, d: u32) -> &mut Self {
        self.article.published = NaiveDate::from_ymd_opt(y, m, d).map(PartialDate::day);
        self
    }

    /// Char offsets of the `nth` occurrence of `words`; a test that names
    /// words its text lacks is wrong, so it fails here.
    fn span(&self, words: &str, nth: usize) -> (usize, usize) {
        occurrences(&self.article.text, words)
            .get(nth)
            .copied()
            .unwrap_or_else(|| panic!("{words:?} not in the fixture text"))
    }

    fn push_timex(
        &mut self,
        (start, end): (usize, usize),
        words: &str,
        kind: TimexType,
        value: &str,
    ) {
        self.annotations.timexes.push(Timex {
            start,
            end,
            text: words.to_owned(),
            kind,
            value: Some(value.to_owned()),
        });
        self.annotations.timexes.sort_by_key(|t| t.start);
    }

    /// Every occurrence of `words` is a date with TIMEX3 `value`.
    pub fn timex(&mut self, words: &str, value: &str) -> &mut Self {
        for span in occurrences(&self.article.text, words) {
            self.push_timex(span, words, TimexType::Date, value);
        }
        self
    }

    /// A DATE timex with `value` on the first occurrence of `words`.
    pub fn date(&mut self, words: &str, value: &str) -> &mut Self {
        let span = self.span(words, 0);
        self.push_timex(span, words, TimexType::Date, value);
        self
    }

    /// A DURATION timex on the first occurrence of `words`.
    pub fn duration(&mut self, words: &str, value: &str) -> &mut Self {
        let span = self.span(words, 0);
        self.push_timex(span, words, TimexType::Duration, value);
        self
    }

    /// A SET timex (`twice a year`) with `value` on the first occurrence of
    /// `words`.
    pub fn set(&mut self, words: &str, value: &str) -> &mut Self {
        let span = self.span(words, 0);
        self.push_timex(span, words, TimexType::Set, value);
        self
    }

    /// A person, with every occurrence of each of `forms` as a mention.
    pub fn person(&mut self, name: &str, title: &str, country: &str, forms: &[&str]) -> &mut Self {
        let index = self.annotations.people.persons.len();
        let mut persons = std::mem::take(&mut self.annotations.people.persons);
        persons.push(Person {
            name: name.to_owned(),
            titles: vec![title.to_owned()],
            country: Some(country.to_owned()),
            aliases: Vec::new(),
            gender: None,
        });
        let mut mentions = std::mem::take(&mut self.annotations.people.mentions);
        for form in forms {
            for (start, end) in occurrences(&self.article.text, form) {
                let overlaps = mentions
                    .iter()
                    .any(|m: &PersonMention| m.start < end && start < m.end);
                if !overlaps {
                    mentions.push(PersonMention {
                        start,
                        end,
                        person: index,
                        form: MentionForm::Full,
                    });
                }
            }
        }
        mentions.sort_by_key(|m| m.start);
        self.annotations.people = People { persons, mentions };
        self
    }

    /// Every occurrence of `words` that no other place covers is a place of
    /// country `code`.
    pub fn place(&mut self, words: &str, code: &str, kind: PlaceKind) -> &mut Self {
        for (start, end) in occurrences(&self.article.text, words) {
            let overlaps = self
                .annotations
                .places
                .iter()
                .any(|p| p.start < end && start < p.end);
            if !overlaps {
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

    /// A country or demonym mention of every occurrence of `words`.
    pub fn country(&mut self, words: &str, code: &str) -> &mut Self {
        let kind = if words.ends_with("ese") || words.ends_with('n') || words.ends_with("ns") {
            PlaceKind::Demonym
        } else {
            PlaceKind::Country
        };
        self.place(words, code, kind)
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

    /// The article under another file name.
    pub fn article(&self, name: &str) -> Article {
        Article {
            source_file: name.to_owned(),
            ..self.article.clone()
        }
    }

    /// An event mention whose sentence is the whole fixture text, with no
    /// place, participants or date expression.
    pub fn whole_text_mention(
        &self,
        event_type: EventType,
        status: EventStatus,
        date: Option<PartialDate>,
    ) -> EventMention {
        EventMention {
            event_type,
            date,
            date_end: None,
            date_expression: None,
            status,
            summary: String::new(),
            location: None,
            country_code: None,
            participants: Vec::new(),
            sentence: self.article.text.clone(),
            char_start: 0,
            char_end: self.article.text.chars().count(),
            refers_to: None,
            generic: false,
            ordinal: None,
            vague_date: false,
        }
    }

    pub fn mentions(&self) -> Vec<EventMention> {
        crate::events::find_event_mentions(&self.article, &self.annotations)
    }

    pub fn records(&self, name: &str) -> ArticleRecords {
        crate::extract_article(&self.article(name), &self.annotations)
    }

    pub fn run(&self) -> Statistics {
        find_statistics(&self.article, &self.annotations)
    }
}
