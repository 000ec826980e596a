//! From a speaker phrase to the speaker: the canonical full name of a person
//! (through titles, surnames and pronouns), or the institution as written.
//!
//! The normaliser's people mentions are used first; where they say nothing,
//! the phrase is resolved against the full names the text itself spells out.

use std::collections::HashMap;

use newsfacts_normalize::people::{MentionForm, People};
use newsfacts_normalize::places::PlaceMention;

use super::doc::Doc;
use super::lexicon::{Function, Lexicon, PronounKind, WordClass};
use crate::spans::SpanIndex;

/// Who said something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Speaker {
    /// Canonical full name, or the institution's phrase.
    pub name: String,
    /// The title the text gives the person.
    pub title: Option<String>,
    /// ISO code of the person's country.
    pub country: Option<String>,
    /// A person rather than a body or a group.
    pub person: bool,
}

/// A full name the text spells out, with the title written before it.
#[derive(Debug, Clone)]
struct FullName {
    start: usize,
    words: Vec<String>,
    name: String,
    title: Option<String>,
}

/// Resolves speaker phrases of one text, in text order.
pub(crate) struct Resolver<'a> {
    doc: &'a Doc,
    people: &'a People,
    places: &'a [PlaceMention],
    names: Vec<FullName>,
    /// Look-ups for long texts: mention and place spans, and the full names
    /// (indices into `names`, in text order) by their first or last word.
    mention_spans: SpanIndex,
    place_spans: SpanIndex,
    names_by_end_word: HashMap<String, Vec<usize>>,
    /// The first full name spelled each way.
    first_named: HashMap<String, usize>,
    last_person: Option<Speaker>,
    last_any: Option<Speaker>,
}

impl<'a> Resolver<'a> {
    /// A resolver for `doc`, using the normaliser's `people` and `places`.
    pub fn new(doc: &'a Doc, people: &'a People, places: &'a [PlaceMention]) -> Resolver<'a> {
        let names = full_names(doc);
        let mut names_by_end_word: HashMap<String, Vec<usize>> = HashMap::new();
        let mut first_named: HashMap<String, usize> = HashMap::new();
        for (i, name) in names.iter().enumerate() {
            first_named.entry(name.name.clone()).or_insert(i);
            let (Some(first), Some(last)) = (name.words.first(), name.words.last()) else {
                continue;
            };
            names_by_end_word.entry(first.clone()).or_default().push(i);
            if last != first {
                names_by_end_word.entry(last.clone()).or_default().push(i);
            }
        }
        Resolver {
            doc,
            people,
            places,
            mention_spans: SpanIndex::new(people.mentions.iter().map(|m| (m.start, m.end))),
            place_spans: SpanIndex::new(places.iter().map(|p| (p.start, p.end))),
            names_by_end_word,
            first_named,
            names,
            last_person: None,
            last_any: None,
        }
    }

    /// Remembers who spoke last, for later pronouns.
    pub fn note(&mut self, speaker: &Speaker) {
        if speaker.person {
            self.last_person = Some(speaker.clone());
        }
        self.last_any = Some(speaker.clone());
    }

    /// The speaker a phrase (token range `a..b`) names.
    pub fn resolve(&self, a: usize, b: usize) -> Option<Speaker> {
        let lexicon = Lexicon::global();
        let doc = self.doc;
        if a >= b || b > doc.tokens.len() {
            return None;
        }
        let (start, end) = (doc.tokens[a].start, doc.tokens[b - 1].end);
        let head = &doc.tokens[b - 1];
        // `42 percent said`, `a third said`: shares of a poll, not speakers;
        // `the majority leader` is a title.
        let share = (a..b).any(|i| {
            lexicon.is_non_speaker(&doc.tokens[i].lower)
                && doc
                    .tokens
                    .get(i + 1)
                    .filter(|_| i + 1 < b)
                    .is_none_or(|t| lexicon.word_class(&t.lower).is_none())
        });
        if share || head.text.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        // A pronoun subject of a speech verb points back to the last speaker
        // far more often than to the nearest name; the normaliser's
        // resolution is the fallback.
        if let Some(kind) = lexicon.pronoun(&head.lower) {
            return self
                .pronoun_in_sentence(kind, a)
                .or_else(|| self.pronoun(kind))
                .or_else(|| self.person_mentioned(start, end, head.start))
                .or_else(|| {
                    // Unresolved: the pronoun as written beats losing the quote.
                    Some(Speaker {
                        name: doc.slice(start, end),
                        title: None,
                        country: None,
                        person: false,
                    })
                });
        }
        if let Some(speaker) = self.person_mentioned(start, end, head.start) {
            return Some(speaker);
        }
        // `his remarks`, `her statement`: the owner spoke.
        if lexicon.word_class(&head.lower) == Some(WordClass::Speech) {
            if let Some(kind) = lexicon.pronoun(&doc.tokens[a].lower) {
                return self.pronoun(kind);
            }
        }
        let mut run = b;
        while run > a && doc.is_name_word(run - 1) && !lexicon.is_title(&doc.tokens[run - 1].lower)
        {
            run -= 1;
        }
        // `Ambassador to Japan Park Chul-hee`: the place belongs to the title;
        // `Speaking Kim`: a capitalised participle opened the sentence.
        while run + 1 < b && (self.is_place(run) || doc.tokens[run].lower.ends_with("ing")) {
            run += 1;
        }
        // `the Interior Ministry`, `Apple Spokesman`: a body or a role.
        if matches!(
            lexicon.word_class(&head.lower),
            Some(WordClass::Institution | WordClass::Role)
        ) {
            run = b;
        }
        if b - run >= 3 && run > a && matches!(doc.tokens[run - 1].lower.as_str(), "to" | "of") {
            run += 1;
        }
        let titled = (a..run).any(|i| lexicon.is_title(&doc.tokens[i].lower));
        let institutional = doc.function(a) == Some(Function::Det) && !titled;
        if run < b && !institutional {
            let mut title_start = run;
            while title_start > a && lexicon.is_title(&doc.tokens[title_start - 1].lower) {
                title_start -= 1;
            }
            let written_title = (title_start < run).then(|| doc.token_text(title_start, run));
            let words: Vec<String> = doc.tokens[run..b].iter().map(|t| t.lower.clone()).collect();
            let (name, title) = if words.len() == 1 {
                match self.full_name_with(&words[0], start) {
                    Some(full) => (
                        full.name.clone(),
                        written_title.or_else(|| full.title.clone()),
                    ),
                    None => (doc.token_text(run, b), written_title),
                }
            } else {
                let own = doc.token_text(run, b);
                let title = written_title.or_else(|| {
                    self.first_named
                        .get(&own)
                        .and_then(|&i| self.names[i].title.clone())
                });
                (own, title)
            };
            return Some(Speaker {
                name,
                title,
                country: None,
                person: true,
            });
        }
        // `the prime minister`: the last person the text gave that title.
        let titles: Vec<&str> = doc.tokens[a..b]
            .iter()
            .filter(|t| lexicon.is_title(&t.lower) && t.lower != "former")
            .map(|t| t.lower.as_str())
            .collect();
        if lexicon.is_title(&head.lower) && !titles.is_empty() {
            let holder = self
                .names
                .iter()
                .rev()
                .filter(|n| n.start < start)
                .find(|n| {
                    n.title.as_ref().is_some_and(|t| {
                        let t = t.to_lowercase();
                        titles.iter().all(|w| {
                            t.split_whitespace()
                                .any(|x| x.trim_end_matches('.') == w.trim_end_matches('.'))
                        })
                    })
                });
            if let Some(holder) = holder {
                return Some(Speaker {
                    name: holder.name.clone(),
                    title: holder.title.clone(),
                    country: None,
                    person: true,
                });
            }
        }
        Some(Speaker {
            name: doc.slice(start, end),
            title: None,
            country: None,
            person: false,
        })
    }

    fn is_place(&self, token: usize) -> bool {
        let start = self.doc.tokens[token].start;
        self.place_spans.near(start, start).any(|i| {
            let p = &self.places[i];
            p.start <= start && start < p.end
        })
    }

    /// `Senate Democrats blocked the bill because they said ...`: a plural
    /// pronoun takes the subject of its own sentence's main verb.
    fn pronoun_in_sentence(&self, kind: PronounKind, token: usize) -> Option<Speaker> {
        if kind != PronounKind::Group {
            return None;
        }
        let (s, _) = self.doc.sentence_of(token)?;
        let (a, b) = self.doc.subject_of_main_verb(s, token)?;
        let head = &self.doc.tokens[b - 1];
        if b > token || Lexicon::global().pronoun(&head.lower).is_some() {
            return None;
        }
        self.resolve(a, b)
    }

    fn pronoun(&self, kind: PronounKind) -> Option<Speaker> {
        match kind {
            PronounKind::Person => self.last_person.clone(),
            PronounKind::Group => self.last_any.clone(),
        }
    }

    /// The person of a normaliser mention that heads the phrase.
    fn person_mentioned(&self, start: usize, end: usize, head_start: usize) -> Option<Speaker> {
        let mentions = &self.people.mentions;
        // The longest-reaching mention, the later one of a tie.
        let mention = self
            .mention_spans
            .starting_in(start, end)
            .filter(|&i| mentions[i].end <= end && mentions[i].end > head_start)
            .max_by_key(|&i| (mentions[i].end, i))
            .map(|i| &mentions[i])?;
        let person = self.people.persons.get(mention.person)?;
        if mention.form == MentionForm::Pronoun && person.name.is_empty() {
            return None;
        }
        Some(Speaker {
            name: person.name.clone(),
            title: person.titles.first().cloned(),
            country: person.country.clone(),
            person: true,
        })
    }

    /// The full name that has `word` as its first or last word: the latest
    /// one before `before`, else the first one after.
    fn full_name_with(&self, word: &str, before: usize) -> Option<&FullName> {
        let with_word = self.names_by_end_word.get(word)?;
        let earlier = with_word.partition_point(|&i| self.names[i].start < before);
        let chosen = earlier
            .checked_sub(1)
            .map_or(with_word[0], |k| with_word[k]);
        self.names.get(chosen)
    }
}

/// Runs of two or more name words, with the titles right before them.
fn full_names(doc: &Doc) -> Vec<FullName> {
    let lexicon = Lexicon::global();
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        if !doc.is_name_word(i) || lexicon.is_title(&doc.tokens[i].lower) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < doc.tokens.len()
            && doc.is_name_word(j)
            && !lexicon.is_title(&doc.tokens[j].lower)
            && doc.tokens[j].para == doc.tokens[i].para
            && !doc.tokens[j].lower.ends_with("'s")
        {
            j += 1;
        }
        // A possessive ends the name it belongs to (`Lee Jae-myung's`).
        let end =
            if j < doc.tokens.len() && doc.is_name_word(j) && doc.tokens[j].lower.ends_with("'s") {
                j + 1
            } else {
                j
            };
        if end - i >= 2 {
            let mut title_start = i;
            while title_start > 0 && lexicon.is_title(&doc.tokens[title_start - 1].lower) {
                title_start -= 1;
            }
            let words: Vec<String> = doc.tokens[i..end]
                .iter()
                .map(|t| t.lower.trim_end_matches("'s").to_owned())
                .collect();
            let mut name = doc.token_text(i, end);
            if name.ends_with("'s") || name.ends_with("\u{2019}s") {
                name.truncate(name.len() - if name.ends_with("'s") { 2 } else { 4 });
            }
            out.push(FullName {
                start: doc.tokens[i].start,
                words,
                name,
                title: (title_start < i).then(|| doc.token_text(title_start, i)),
            });
        }
        i = end.max(i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve_last(text: &str, phrase: &str) -> Option<Speaker> {
        let doc = Doc::new(text);
        let people = People::default();
        let resolver = Resolver::new(&doc, &people, &[]);
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let a = (0..doc.tokens.len()).rev().find(|&i| {
            words
                .iter()
                .enumerate()
                .all(|(k, w)| doc.tokens.get(i + k).is_some_and(|t| t.text == *w))
        })?;
        resolver.resolve(a, a + words.len())
    }

    #[test]
    fn surname_resolves_to_the_full_name_given_earlier() {
        let speaker = resolve_last(
            "Prime Minister Anna Berg arrived. Later Berg spoke.",
            "Berg",
        )
        .unwrap();
        assert_eq!(speaker.name, "Anna Berg");
        assert_eq!(speaker.title.as_deref(), Some("Prime Minister"));
    }

    #[test]
    fn title_alone_resolves_to_its_holder() {
        let speaker = resolve_last(
            "Prime Minister Anna Berg arrived. Then the prime minister spoke.",
            "the prime minister",
        )
        .unwrap();
        assert_eq!(speaker.name, "Anna Berg");
    }

    #[test]
    fn institution_stays_as_written() {
        let speaker = resolve_last(
            "The presidential office said so.",
            "The presidential office",
        )
        .unwrap();
        assert_eq!(speaker.name, "The presidential office");
        assert!(!speaker.person);
    }

    #[test]
    fn same_surname_takes_the_latest_full_name() {
        let text = "Kim Ana Lo met Kim Bo-ra on Monday. Kim spoke first.";
        assert_eq!(resolve_last(text, "Kim").unwrap().name, "Kim Bo-ra");
    }
}
