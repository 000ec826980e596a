//! Hand-made annotations for tests: the normalisers' output written out.

use chrono::NaiveDate;
use newsfacts_normalize::people::{MentionForm, People, Person, PersonMention};
use newsfacts_normalize::places::{PlaceKind, PlaceMention};
use newsfacts_normalize::timex::{Timex, TimexType};
use newsfacts_normalize::Annotations;
use newsfacts_parse::{Article, PartialDate};

use crate::records::{ArticleRecords, EventMention};

/// A text with the annotations a test gives it.
pub(crate) struct Fixture {
    text: String,
    published: Option<NaiveDate>,
    annotations: Annotations,
}

/// Char offsets of every occurrence of `needle` in `text`, on word bounds.
fn occurrences(text: &str, needle: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let pattern: Vec<char> = needle.chars().collect();
    let n = pattern.len();
    (0..chars.len().saturating_sub(n - 1))
        .filter(|&i| chars[i..i + n] == pattern[..])
        .filter(|&i| i == 0 || !chars[i - 1].is_alphanumeric())
        .filter(|&i| chars.get(i + n).is_none_or(|c| !c.is_alphanumeric()))
        .map(|i| (i, i + n))
        .collect()
}

impl Fixture {
    pub fn new(text: &str) -> Fixture {
        Fixture {
            text: text.to_owned(),
            published: None,
            annotations: Annotations::default(),
        }
    }

    pub fn published(mut self, y: i32, m: u32, d: u32) -> Fixture {
        self.published = NaiveDate::from_ymd_opt(y, m, d);
        self
    }

    /// Every occurrence of `words` is a date with TIMEX3 `value`.
    pub fn timex(mut self, words: &str, value: &str) -> Fixture {
        for (start, end) in occurrences(&self.text, words) {
            self.annotations.timexes.push(Timex {
                start,
                end,
                text: words.to_owned(),
                kind: TimexType::Date,
                value: Some(value.to_owned()),
            });
        }
        self.annotations.timexes.sort_by_key(|t| t.start);
        self
    }

    /// A person, with every occurrence of each of `forms` as a mention.
    pub fn person(mut self, name: &str, title: &str, country: &str, forms: &[&str]) -> Fixture {
        let index = self.annotations.people.persons.len();
        self.annotations.people.persons.push(Person {
            name: name.to_owned(),
            titles: vec![title.to_owned()],
            country: Some(country.to_owned()),
            aliases: Vec::new(),
            gender: None,
        });
        let mut mentions = std::mem::take(&mut self.annotations.people.mentions);
        for form in forms {
            for (start, end) in occurrences(&self.text, form) {
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
        self.annotations.people = People {
            persons: std::mem::take(&mut self.annotations.people.persons),
            mentions,
        };
        self
    }

    /// Every occurrence of `words` is a place of country `code`.
    pub fn place(mut self, words: &str, code: &str, kind: PlaceKind) -> Fixture {
        for (start, end) in occurrences(&self.text, words) {
            self.annotations.places.push(PlaceMention {
                start,
                end,
                text: words.to_owned(),
                code: code.to_owned(),
                kind,
            });
        }
        self.annotations.places.sort_by_key(|p| p.start);
        self
    }

    pub fn article(&self, name: &str) -> Article {
        let mut article = Article::from_text(name, &self.text);
        article.published = self.published.map(PartialDate::day);
        article
    }

    pub fn mentions(&self) -> Vec<EventMention> {
        super::find_event_mentions(&self.article("fixture.txt"), &self.annotations)
    }

    pub fn records(&self, name: &str) -> ArticleRecords {
        crate::extract_article(&self.article(name), &self.annotations)
    }
}
