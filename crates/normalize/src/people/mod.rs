//! Person names, their titles and countries, and coreference within one text.
//!
//! How it works, in three passes over the tokens of a text (place names from
//! the gazetteer are single tokens, so they never become names):
//! 1. **Candidates**: runs of capitalised name words that are not titles,
//!    calendar, organisation or sentence-starter words (`data/people/`),
//!    with the title written before them (`former Japanese Prime Minister`),
//!    after them as an appositive (`X, special adviser to ...`), an honorific
//!    (`Ms.`) and cues such as a following speech verb (`X said`).
//! 2. **People**: a run of two or more words with a cue, a romanised Korean
//!    shape (`Kim Ha-na`) or a Japanese one (`Taro Aso`) is a person;
//!    a lone word with a title (`President Carver`) is one when no fuller
//!    name shares its surname. Names that share a surname and given names
//!    merge under the fullest form. The surname is the first word in Korean
//!    and Chinese order, the last otherwise.
//! 3. **Mentions**, in text order: a lone surname goes to the person with
//!    that surname mentioned most recently whose gender fits the sentence's
//!    pronouns; `the prime minister` / `the Japanese leader` to the latest
//!    person holding that title; `he` / `her` to the first gender-consistent
//!    person of the same sentence (before the pronoun) or of the two before.
//!
//! A person's country comes from their titles (`South Korean President`,
//! `Korea's`), else from a list they stand in (`Japanese officials such as
//! ...`), else from the shape of the name, else, for a former holder
//! of a title (`former Prime Minister`), from the person of the text who
//! holds that title now, else from the country named last before the name
//! in its sentence (not as a location: `WASHINGTON (AP) — President X`).

mod detect;
mod lexicon;
mod names;
mod tokens;

use std::collections::{HashMap, HashSet};

use newsfacts_parse::{split_sentences, Sentence};
use serde::Serialize;

use crate::places::{Gazetteer, PlaceMention};
use detect::{Candidate, Detector};
use lexicon::Lexicon;
use names::{country_from_shape, name_parts, NameParts};
use tokens::{tokenize, Token, TokenKind};

/// One person named in a text, under the canonical full name the text uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    /// Canonical full name (`Taro Aso`, `Moon Jae-in`).
    pub name: String,
    /// Every title the text gives (`Prime Minister`, `former President`).
    pub titles: Vec<String>,
    /// ISO 3166-1 alpha-3 code of the person's country, when known.
    pub country: Option<String>,
    /// Other forms used for the person (surname, title forms).
    pub aliases: Vec<String>,
    /// Gender, when an honorific, a title or a pronoun says it.
    pub gender: Option<Gender>,
}

/// A person's gender as the text shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// `he`, `Mr.`, `chairman`.
    Male,
    /// `she`, `Ms.`, `chairwoman`.
    Female,
}

/// How a mention refers to its person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionForm {
    /// The full name, possibly with a title.
    Full,
    /// A part of the name (`Aso`, `Moon`).
    Partial,
    /// A title or role alone (`the prime minister`).
    Title,
    /// A pronoun (`he`, `her`).
    Pronoun,
}

/// A span of the text that refers to a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonMention {
    /// Offset of the first character, in Unicode scalar values.
    pub start: usize,
    /// Offset one past the last character.
    pub end: usize,
    /// Index into [`People::persons`].
    pub person: usize,
    /// How the span refers to the person.
    pub form: MentionForm,
}

/// The people of one text and their mentions, in text order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct People {
    /// Every person named in the text.
    pub persons: Vec<Person>,
    /// Every resolved mention, sorted by `start`.
    pub mentions: Vec<PersonMention>,
}

impl People {
    /// The person a mention inside `start..end` refers to, if any.
    pub fn person_in(&self, start: usize, end: usize) -> Option<&Person> {
        self.mentions
            .iter()
            .find(|m| m.start >= start && m.end <= end)
            .map(|m| &self.persons[m.person])
    }

    /// The person of the mention that covers char offset `offset`, if any.
    pub fn resolve(&self, offset: usize) -> Option<&Person> {
        self.mentions
            .iter()
            .find(|m| m.start <= offset && offset < m.end)
            .map(|m| &self.persons[m.person])
    }
}

/// Finds the people of a text and resolves their later mentions.
/// `sentences` are the text's sentences (as from `newsfacts_parse`); when
/// empty, the text is split here.
pub fn find_people(text: &str, sentences: &[Sentence]) -> People {
    let lexicon = Lexicon::global();
    let places = Gazetteer::global().find(text);
    let tokens = tokenize(text, &places, |word| keeps_period(word, lexicon));
    let detector = Detector {
        text,
        tokens: &tokens,
        lexicon,
    };
    let candidates = detector.candidates();
    let owned_sentences;
    let sentences = if sentences.is_empty() {
        owned_sentences = split_sentences(text);
        &owned_sentences[..]
    } else {
        sentences
    };
    let mut drafts = Drafts::build(&candidates, lexicon);
    let events = mention_events(&detector, &candidates, &drafts, sentences);
    let mentions = drafts.resolve(events, lexicon);
    drafts.finish(mentions, text_countries(&places), lexicon)
}

/// Countries named in a text, most mentioned first: (code, mentions),
/// counting country names, demonyms and cities.
fn country_counts(places: &[PlaceMention]) -> Vec<(&str, usize)> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for place in places.iter().filter(|p| p.code != "-") {
        *counts.entry(place.code.as_str()).or_default() += 1;
    }
    let mut counts: Vec<(&str, usize)> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(a.0)));
    counts
}

/// The countries a text is about, as (home, main).
///
/// Home: the one named most often, when it is named at least three times
/// and makes at least half of all country, demonym and city mentions
/// (`U.S.`, `American`, `Washington` in a US story). Main, a weaker reading
/// for national offices only: named at least twice and at least twice as
/// often as any other country (`STOCKHOLM -` and `Sweden` beside one
/// mention each of three neighbours); a tie says nothing.
fn text_countries(places: &[PlaceMention]) -> (Option<String>, Option<String>) {
    let counts = country_counts(places);
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let Some(&(code, count)) = counts.first() else {
        return (None, None);
    };
    let runner_up = counts.get(1).map_or(0, |(_, n)| *n);
    let home = (count >= 3 && count * 2 >= total).then(|| code.to_owned());
    let main = (count >= 2 && count >= 2 * runner_up).then(|| code.to_owned());
    (home, main)
}

/// True when a word followed by `.` is an abbreviation that owns the period
/// (`Mr.`, `Gen.`, an initial `J.`).
fn keeps_period(word: &str, lexicon: &Lexicon) -> bool {
    let with_period = format!("{word}.");
    let single_capital = word.chars().count() == 1 && word.starts_with(char::is_uppercase);
    single_capital
        || lexicon.honorifics.contains_key(&with_period)
        || lexicon.titles.contains_key(&with_period.to_lowercase())
        || lexicon.suffixes.contains(&with_period)
        || lexicon
            .titles
            .keys()
            .any(|t| t.split(' ').next() == Some(with_period.to_lowercase().as_str()))
}

/// How sure we are of a person's country: lower is surer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum CountrySource {
    Title,
    List,
    NameShape,
    FormerHolder,
    Context,
    /// A titled official of the country the text is about.
    Home,
    /// A national office holder (`Prime Minister X`) in a text whose main
    /// country is clear.
    Main,
}

/// A person while the text is being read.
#[derive(Debug, Clone)]
struct Draft {
    parts: NameParts,
    titles: Vec<String>,
    country: Option<(CountrySource, String)>,
    gender: Option<Gender>,
    aliases: Vec<String>,
}

impl Draft {
    fn set_country(&mut self, source: CountrySource, code: &str) {
        if self.country.as_ref().is_none_or(|(s, _)| source < *s) {
            self.country = Some((source, code.to_owned()));
        }
    }

    fn add_title(&mut self, title: &str) {
        if !self.titles.iter().any(|t| t == title) {
            self.titles.push(title.to_owned());
        }
    }

    fn add_alias(&mut self, alias: &str) {
        if alias != self.parts.full() && !self.aliases.iter().any(|a| a == alias) {
            self.aliases.push(alias.to_owned());
        }
    }
}

struct Drafts {
    persons: Vec<Draft>,
    /// Candidate index -> person, for candidates that name a person in full.
    by_candidate: HashMap<usize, usize>,
}

/// True when two lists of given names can belong to one person (`Donald`
/// and `Donald J.`, or one of them absent).
fn given_names_agree(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.iter().all(|s| {
        long.iter().any(|l| {
            l == s
                || (s.ends_with('.') && l.starts_with(s.trim_end_matches('.')))
                || (l.ends_with('.') && s.starts_with(l.trim_end_matches('.')))
        })
    })
}

impl Drafts {
    fn build(candidates: &[Candidate], lexicon: &Lexicon) -> Drafts {
        let mut drafts = Drafts {
            persons: Vec::new(),
            by_candidate: HashMap::new(),
        };
        let mut weak = Vec::new();
        let alone: HashSet<&str> = candidates
            .iter()
            .filter(|c| c.words.len() == 1)
            .map(|c| c.words[0].as_str())
            .collect();
        let used_alone = |w: &str| alone.contains(w);
        let alone_not_after_the: HashSet<&str> = candidates
            .iter()
            .filter(|c| c.words.len() == 1 && !c.after_the)
            .map(|c| c.words[0].as_str())
            .collect();
        for (index, candidate) in candidates.iter().enumerate() {
            if candidate.words.len() < 2 || candidate.in_proper_noun {
                continue;
            }
            let parts = name_parts(
                candidate.words.clone(),
                candidate.country.as_deref(),
                used_alone,
                lexicon,
            );
            // A given name after `the` opens the name of a thing (`the
            // Kelly File`, `the Denver Broncos`) unless the last word is
            // used alone elsewhere, not after `the` (`the Jo Roe campaign
            // ... Roe said`).
            let surname_alone = parts
                .words
                .last()
                .is_some_and(|w| alone_not_after_the.contains(w.as_str()));
            let shaped = country_from_shape(&parts, lexicon).is_some()
                || (!parts.family_first
                    && (!candidate.after_the || surname_alone)
                    && lexicon.given_names.contains_key(&parts.words[0]));
            if candidate.cued || shaped {
                drafts.add(index, candidate, parts, lexicon);
            } else {
                weak.push((index, parts));
            }
        }
        // A bare run becomes a person when a later word of it is used
        // alone with a title or a speech verb (`Dana Carver ... President
        // Carver`, `Melba Acosta Febo ... Ms. Acosta`), or, when a pronoun
        // refers back to it, alone at all (`Jo Roe spent her ... Roe`).
        // Looked up in sets: a long text has thousands of weak runs.
        let lone_word = |c: &&Candidate| c.words.len() == 1 && !c.in_proper_noun;
        let alone_cued: HashSet<&str> = candidates
            .iter()
            .filter(|c| lone_word(c) && c.cued)
            .map(|c| c.words[0].as_str())
            .collect();
        let alone_anyhow: HashSet<&str> = candidates
            .iter()
            .filter(lone_word)
            .map(|c| c.words[0].as_str())
            .collect();
        for (index, parts) in weak {
            let confirming = if candidates[index].pronoun_follows {
                &alone_anyhow
            } else {
                &alone_cued
            };
            let confirmed = parts.words[1..]
                .iter()
                .any(|w| confirming.contains(w.as_str()));
            if confirmed {
                drafts.add(index, &candidates[index], parts, lexicon);
            }
        }
        // A lone titled surname with no fuller name is a person of its own.
        for (index, candidate) in candidates.iter().enumerate() {
            // `Roe said he ...`: a speech verb and a pronoun that refers
            // back make a person of a lone word too.
            let titled = candidate.has_title
                || candidate.gender.is_some()
                || (candidate.cued && candidate.pronoun_follows && !candidate.written_lower);
            if candidate.words.len() != 1 || !titled || candidate.in_proper_noun {
                continue;
            }
            let word = &candidate.words[0];
            let known = drafts
                .persons
                .iter()
                .any(|p| p.parts.surname(lexicon) == word);
            if !known {
                let parts = name_parts(candidate.words.clone(), None, used_alone, lexicon);
                drafts.add(index, candidate, parts, lexicon);
            }
        }
        drafts
    }

    /// Adds a named person, merging with one of the same name.
    fn add(&mut self, index: usize, candidate: &Candidate, parts: NameParts, lexicon: &Lexicon) {
        let surname = parts.surname(lexicon).to_owned();
        let given = parts.given(lexicon);
        let existing = self.persons.iter().position(|p| {
            p.parts.surname(lexicon) == surname
                && given_names_agree(&p.parts.given(lexicon), &given)
        });
        let person = match existing {
            Some(person) => {
                let draft = &mut self.persons[person];
                if parts.words.len() > draft.parts.words.len() {
                    let old = draft.parts.full();
                    draft.parts = parts;
                    draft.add_alias(&old);
                } else {
                    draft.add_alias(&parts.full());
                }
                person
            }
            None => {
                let gender = if parts.family_first {
                    None
                } else {
                    parts
                        .words
                        .first()
                        .and_then(|w| lexicon.given_names.get(w).copied().flatten())
                };
                self.persons.push(Draft {
                    parts,
                    titles: Vec::new(),
                    country: None,
                    gender,
                    aliases: Vec::new(),
                });
                self.persons.len() - 1
            }
        };
        let draft = &mut self.persons[person];
        for title in &candidate.titles {
            draft.add_title(title);
        }
        if let Some(code) = &candidate.country {
            draft.set_country(CountrySource::Title, code);
        }
        if let Some(code) = &candidate.list_country {
            draft.set_country(CountrySource::List, code);
        }
        if let Some(code) = &candidate.context_country {
            draft.set_country(CountrySource::Context, code);
        }
        if candidate.gender.is_some() {
            draft.gender = candidate.gender;
        }
        self.by_candidate.insert(index, person);
    }

    /// Resolves every event in text order; returns the mentions.
    fn resolve(&mut self, events: Vec<Event>, lexicon: &Lexicon) -> Vec<PersonMention> {
        let mut last_seen: Vec<Option<usize>> = vec![None; self.persons.len()];
        let mut first_seen: Vec<Option<usize>> = vec![None; self.persons.len()];
        for event in &events {
            if let EventKind::Full(person) = event.kind {
                first_seen[person].get_or_insert(event.start);
            }
        }
        let sentence_count = events.iter().map(|e| e.sentence + 1).max().unwrap_or(0);
        let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); sentence_count];
        let mut mentions = Vec::new();
        for event in events {
            let resolved = match &event.kind {
                EventKind::Full(person) => Some((*person, MentionForm::Full)),
                EventKind::Headline { person, form } => Some((*person, *form)),
                EventKind::Partial { candidate, hint } => self
                    .resolve_partial(candidate, *hint, &last_seen, &first_seen, lexicon)
                    .map(|p| (p, MentionForm::Partial)),
                EventKind::Title(title) => self
                    .resolve_title(title, &last_seen, lexicon)
                    .map(|p| (p, MentionForm::Title)),
                EventKind::Pronoun { gender, object } => self
                    .resolve_pronoun(*gender, *object, event.sentence, &by_sentence)
                    .map(|p| (p, MentionForm::Pronoun)),
            };
            let Some((person, form)) = resolved else {
                continue;
            };
            match &event.kind {
                EventKind::Partial { candidate, .. } => {
                    let draft = &mut self.persons[person];
                    draft.add_alias(&candidate.words.join(" "));
                    for title in &candidate.titles {
                        draft.add_title(title);
                    }
                    if let Some(code) = &candidate.country {
                        draft.set_country(CountrySource::Title, code);
                    }
                    draft.gender = draft.gender.or(candidate.gender);
                }
                EventKind::Pronoun { gender, .. } => {
                    self.persons[person].gender.get_or_insert(*gender);
                }
                _ => {}
            }
            last_seen[person] = Some(event.start);
            if let Some(list) = by_sentence.get_mut(event.sentence) {
                list.push(person);
            }
            mentions.push(PersonMention {
                start: event.start,
                end: event.end,
                person,
                form,
            });
        }
        mentions
    }

    fn resolve_partial(
        &self,
        candidate: &Candidate,
        hint: Option<Gender>,
        last_seen: &[Option<usize>],
        first_seen: &[Option<usize>],
        lexicon: &Lexicon,
    ) -> Option<usize> {
        let word = candidate.words.first()?;
        let mut named: Vec<usize> = (0..self.persons.len())
            .filter(|p| self.persons[*p].parts.surname(lexicon) == word)
            .collect();
        if named.is_empty() {
            // A later word of a Western-order name (`Acosta` of `Melba
            // Acosta Febo`); a given name alone is too often someone else.
            named = (0..self.persons.len())
                .filter(|p| {
                    let parts = &self.persons[*p].parts;
                    !parts.family_first && parts.words[1..].contains(word)
                })
                .collect();
        }
        let fitting: Vec<usize> = named
            .iter()
            .copied()
            .filter(|p| gender_fits(self.persons[*p].gender, hint))
            .collect();
        let pool = if fitting.is_empty() { named } else { fitting };
        // `Foreign Minister Kim`: the namesake who holds that title.
        let wanted: Vec<String> = candidate.titles.iter().map(|t| bare_title(t)).collect();
        let titled: Vec<usize> = pool
            .iter()
            .copied()
            .filter(|p| {
                self.persons[*p].titles.iter().any(|t| {
                    let held = bare_title(t);
                    wanted
                        .iter()
                        .any(|w| !w.is_empty() && (held.contains(w.as_str()) || w.contains(&held)))
                })
            })
            .collect();
        let pool = if titled.is_empty() { pool } else { titled };
        let seen = pool
            .iter()
            .copied()
            .filter_map(|p| last_seen[p].map(|at| (at, p)))
            .max();
        if let Some((_, person)) = seen {
            return Some(person);
        }
        pool.into_iter()
            .min_by_key(|p| first_seen[*p].unwrap_or(usize::MAX))
    }

    fn resolve_title(
        &self,
        title: &TitleMention,
        last_seen: &[Option<usize>],
        lexicon: &Lexicon,
    ) -> Option<usize> {
        (0..self.persons.len())
            .filter(|p| last_seen[*p].is_some())
            .filter(|p| {
                let draft = &self.persons[*p];
                let country_ok = match (&title.country, &draft.country) {
                    (Some(wanted), Some((_, code))) => wanted == code,
                    (Some(_), None) => false,
                    _ => true,
                };
                country_ok && draft.titles.iter().any(|t| title.matches(t, lexicon))
            })
            .max_by_key(|p| last_seen[*p])
    }

    /// The first gender-consistent person of the pronoun's sentence (before
    /// it) or of one of the two sentences before; an object pronoun (`him`)
    /// in its own sentence prefers someone other than the subject.
    fn resolve_pronoun(
        &self,
        gender: Gender,
        object: bool,
        sentence: usize,
        by_sentence: &[Vec<usize>],
    ) -> Option<usize> {
        (0..=2).find_map(|back| {
            let list = by_sentence.get(sentence.checked_sub(back)?)?;
            let mut fitting = list
                .iter()
                .copied()
                .filter(|p| gender_fits(self.persons[*p].gender, Some(gender)));
            let subject = fitting.next()?;
            if object && back == 0 {
                return Some(fitting.rfind(|p| *p != subject).unwrap_or(subject));
            }
            Some(subject)
        })
    }

    /// Fills countries from name shapes, shared titles and the text's home
    /// country, and builds the output.
    fn finish(
        mut self,
        mentions: Vec<PersonMention>,
        (home, main): (Option<String>, Option<String>),
        lexicon: &Lexicon,
    ) -> People {
        for draft in &mut self.persons {
            if let Some(code) = country_from_shape(&draft.parts, lexicon) {
                draft.set_country(CountrySource::NameShape, &code);
            }
        }
        let known: Vec<(String, String)> = self
            .persons
            .iter()
            .filter_map(|d| {
                let (source, code) = d.country.as_ref()?;
                if *source >= CountrySource::Context {
                    return None;
                }
                Some(d.titles.iter().map(move |t| (bare_title(t), code.clone())))
            })
            .flatten()
            .collect();
        for draft in &mut self.persons {
            if draft
                .country
                .as_ref()
                .is_some_and(|(source, _)| *source < CountrySource::Context)
            {
                continue;
            }
            // Only a former holder inherits (`former Prime Minister` beside
            // the `Japanese Prime Minister`): a bare title shared by people
            // of several countries says nothing.
            let codes: Vec<&String> = draft
                .titles
                .iter()
                .filter(|t| t.to_lowercase().contains("former"))
                .flat_map(|t| {
                    let head = bare_title(t);
                    known
                        .iter()
                        .filter(move |(h, _)| *h == head)
                        .map(|(_, c)| c)
                })
                .collect();
            if let Some(first) = codes.first() {
                if codes.iter().all(|c| c == first) {
                    let code = (*first).clone();
                    draft.set_country(CountrySource::FormerHolder, &code);
                }
            }
        }
        // `Secretary of State X` in a US story: an official with no other
        // clue serves the country the text is about, unless a title names
        // a place of its own (`Ambassador to Japan`: the host country).
        if let Some(home) = &home {
            let gazetteer = Gazetteer::global();
            for draft in &mut self.persons {
                let names_place = draft.titles.iter().any(|t| !gazetteer.find(t).is_empty());
                if !draft.titles.is_empty() && !names_place {
                    draft.set_country(CountrySource::Home, home);
                }
            }
        }
        // `Prime Minister X's government` in a Swedish story: a national
        // office is most likely the main country's.
        if let (None, Some(main)) = (&home, &main) {
            let gazetteer = Gazetteer::global();
            for draft in &mut self.persons {
                let names_place = draft.titles.iter().any(|t| !gazetteer.find(t).is_empty());
                let national = draft
                    .titles
                    .iter()
                    .any(|t| lexicon.is_national_title(&bare_title(t)));
                if national && !names_place {
                    draft.set_country(CountrySource::Main, main);
                }
            }
        }
        let persons = self
            .persons
            .into_iter()
            .map(|d| Person {
                name: d.parts.full(),
                titles: d.titles,
                country: d.country.map(|(_, code)| code),
                aliases: d.aliases,
                gender: d.gender,
            })
            .collect();
        People { persons, mentions }
    }
}

/// A title without `former` and its country words, lower case (`Former
/// Japanese Prime Minister` -> `prime minister`, `former Vice President` ->
/// `vice president`), for comparing titles of different people.
fn bare_title(title: &str) -> String {
    let places = Gazetteer::global().find(title);
    let mut kept = String::new();
    let mut chars_seen = 0;
    for word in title.split(' ') {
        let start = chars_seen;
        chars_seen += word.chars().count() + 1;
        let in_place = places.iter().any(|p| p.start <= start && start < p.end);
        if in_place || word.eq_ignore_ascii_case("former") || word.is_empty() {
            continue;
        }
        if !kept.is_empty() {
            kept.push(' ');
        }
        kept.push_str(&word.to_lowercase());
    }
    kept
}

fn gender_fits(person: Option<Gender>, wanted: Option<Gender>) -> bool {
    match (person, wanted) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// A title used alone (`the prime minister`, `the Japanese leader`).
#[derive(Debug, Clone)]
struct TitleMention {
    /// The title phrase, lower case (`prime minister`, `leader`).
    phrase: String,
    former: bool,
    country: Option<String>,
}

impl TitleMention {
    /// True when a person's title `title` fits this mention.
    fn matches(&self, title: &str, lexicon: &Lexicon) -> bool {
        let lower = title.to_lowercase();
        if lower.contains("former") != self.former {
            return false;
        }
        let contains = |phrase: &str| {
            lower
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .collect::<Vec<_>>()
                .windows(phrase.split(' ').count())
                .any(|w| w.join(" ") == phrase)
        };
        contains(&self.phrase)
            || (self.phrase == "leader"
                && lexicon
                    .titles
                    .iter()
                    .any(|(t, info)| info.head && contains(t)))
    }
}

#[derive(Debug)]
enum EventKind<'c> {
    Full(usize),
    Partial {
        candidate: &'c Candidate,
        hint: Option<Gender>,
    },
    Title(TitleMention),
    Pronoun {
        gender: Gender,
        /// `him`: not the subject of its own clause.
        object: bool,
    },
    /// A known person's name in a title-case line (`Roe Says ...`).
    Headline {
        person: usize,
        form: MentionForm,
    },
}

#[derive(Debug)]
struct Event<'c> {
    start: usize,
    end: usize,
    sentence: usize,
    kind: EventKind<'c>,
}

/// The sentence index of every char offset, by binary search on starts.
fn sentence_at(sentences: &[Sentence], offset: usize) -> usize {
    sentences
        .partition_point(|s| s.start <= offset)
        .saturating_sub(1)
}

/// Every mention to resolve, in text order.
fn mention_events<'c>(
    detector: &Detector,
    candidates: &'c [Candidate],
    drafts: &Drafts,
    sentences: &[Sentence],
) -> Vec<Event<'c>> {
    let tokens = detector.tokens;
    let lexicon = detector.lexicon;
    let mut pronoun_genders: HashMap<usize, Vec<Gender>> = HashMap::new();
    let mut events = Vec::new();
    for token in tokens.iter().filter(|t| t.is_word()) {
        if let Some(gender) = lexicon.pronouns.get(&token.text.to_lowercase()) {
            let sentence = sentence_at(sentences, token.start);
            pronoun_genders.entry(sentence).or_default().push(*gender);
            events.push(Event {
                start: token.start,
                end: token.end,
                sentence,
                kind: EventKind::Pronoun {
                    gender: *gender,
                    object: token.text.eq_ignore_ascii_case("him"),
                },
            });
        }
    }
    for (index, candidate) in candidates.iter().enumerate() {
        let (start, end) = (tokens[candidate.first].start, tokens[candidate.last].end);
        let sentence = sentence_at(sentences, start);
        let kind = if let Some(person) = drafts.by_candidate.get(&index) {
            EventKind::Full(*person)
        } else if candidate.words.len() == 1 && !candidate.in_proper_noun {
            // An honorific (`Mrs. Clinton`) says more than the pronouns
            // of the sentence do.
            let genders = pronoun_genders.get(&sentence);
            let hint = candidate.gender.or_else(|| {
                genders
                    .and_then(|g| g.first().copied())
                    .filter(|first| genders.is_some_and(|g| g.iter().all(|x| x == first)))
            });
            EventKind::Partial { candidate, hint }
        } else {
            continue;
        };
        events.push(Event {
            start,
            end,
            sentence,
            kind,
        });
    }
    events.extend(title_events(tokens, detector, sentences));
    events.extend(headline_events(detector, drafts, sentences));
    events.sort_by_key(|e| e.start);
    events
}

/// Names of people found elsewhere in the text, in title-case lines
/// (headlines, where capitals say nothing and no new person is made): the
/// full name (`Jo Roe Slams ...`) or the surname (`Roe: ...`), the first
/// person of that surname when several share it.
fn headline_events<'c>(
    detector: &Detector,
    drafts: &Drafts,
    sentences: &[Sentence],
) -> Vec<Event<'c>> {
    let tokens = detector.tokens;
    let lexicon = detector.lexicon;
    let flags = detector.title_case_lines();
    let mut events = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !flags[i] || !names::is_name_word(&tokens[i], lexicon) {
            i += 1;
            continue;
        }
        let full = drafts
            .persons
            .iter()
            .enumerate()
            .find_map(|(person, draft)| {
                let words = &draft.parts.words;
                let matched = words.len() >= 2
                    && words.iter().enumerate().all(|(k, w)| {
                        tokens.get(i + k).is_some_and(|t| {
                            flags[i + k] && t.text == *w && (k == 0 || t.joined_by_space)
                        })
                    });
                matched.then_some((person, words.len()))
            });
        let (person, len, form) = match full {
            Some((person, len)) => (person, len, MentionForm::Full),
            None => match drafts.persons.iter().position(|d| {
                d.parts.words.len() >= 2 && d.parts.surname(lexicon) == tokens[i].text
            }) {
                Some(person) => (person, 1, MentionForm::Partial),
                None => {
                    i += 1;
                    continue;
                }
            },
        };
        let (start, end) = (tokens[i].start, tokens[i + len - 1].end);
        events.push(Event {
            start,
            end,
            sentence: sentence_at(sentences, start),
            kind: EventKind::Headline { person, form },
        });
        i += len;
    }
    events
}

/// `the` + (country or demonym) + (modifiers) + title, or a country's
/// possessive + title, not followed by a name.
fn title_events<'c>(
    tokens: &[Token],
    detector: &Detector,
    sentences: &[Sentence],
) -> Vec<Event<'c>> {
    let lexicon = detector.lexicon;
    let mut events = Vec::new();
    let is_the = |t: &Token| t.text.eq_ignore_ascii_case("the");
    for (i, token) in tokens.iter().enumerate() {
        // `the prime minister`, or `Japan's prime minister`.
        let possessive_place = matches!(token.kind, TokenKind::Place { .. })
            && tokens
                .get(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Possessive)
            && !(i > 0 && is_the(&tokens[i - 1]));
        if !is_the(token) && !possessive_place {
            continue;
        }
        let mut j = if possessive_place { i } else { i + 1 };
        let mut country = None;
        let mut former = false;
        while let Some(next) = tokens.get(j) {
            if j > i && !next.joined_by_space && next.kind != TokenKind::Possessive {
                break;
            }
            match &next.kind {
                TokenKind::Place { code, .. } => {
                    country = Some(code.clone());
                    j += 1;
                }
                TokenKind::Possessive if country.is_some() => j += 1,
                TokenKind::Word => {
                    let lower = next.text.to_lowercase();
                    if detector.title_starting_at(j).is_some() {
                        break;
                    }
                    if !lexicon.title_modifiers.contains(&lower) {
                        break;
                    }
                    former |= lower == "former";
                    j += 1;
                }
                _ => break,
            }
        }
        let Some(title_end) = detector.title_starting_at(j) else {
            continue;
        };
        let followed_by_name = tokens.get(title_end + 1).is_some_and(|t| {
            (t.joined_by_space && names::is_name_word(t, lexicon))
                || (t.is_word() && ["of", "for", "to"].contains(&t.text.to_lowercase().as_str()))
                || (t.is_punct(",")
                    && tokens
                        .get(title_end + 2)
                        .is_some_and(|n| names::is_name_word(n, lexicon)))
        });
        if followed_by_name {
            continue;
        }
        let phrase = tokens[j..=title_end]
            .iter()
            .map(|t| t.text.to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        events.push(Event {
            start: token.start,
            end: tokens[title_end].end,
            sentence: sentence_at(sentences, token.start),
            kind: EventKind::Title(TitleMention {
                phrase,
                former,
                country,
            }),
        });
    }
    events
}

#[cfg(test)]
mod tests;
