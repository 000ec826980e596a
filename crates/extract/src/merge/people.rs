//! Merging people across articles.
//!
//! People merge when their names are the same once case, spaces and
//! hyphens are ignored (`Yoon Suk Yeol` = `Yoon Suk-yeol`), unless their
//! countries differ; and when their names are romanisation variants of one
//! another (`Mun Jae-in` = `Moon Jae-in`, by `data/people/romanisation.tsv`)
//! and their titles and countries agree. A person named by one name part
//! only (`Trump`) joins the one full name of the same country with that part
//! (`Donald Trump`). Places are never people.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;

use newsfacts_normalize::people::Person;
use serde::Serialize;

use crate::events::data_lines;
use crate::ids::stable_id;
use crate::records::ArticleRecords;

/// One person, merged across articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonRow {
    /// Stable id, hashed from the canonical name.
    pub person_id: String,
    /// Canonical full name.
    pub name: String,
    /// Every title the articles give.
    pub titles: Vec<String>,
    /// ISO code of the person's country.
    pub country_code: Option<String>,
    /// Other forms used.
    pub aliases: Vec<String>,
    /// Every article naming the person.
    pub article_ids: Vec<String>,
    /// Mentions over all articles.
    pub mention_count: usize,
}

/// Syllable variants to their canonical spelling.
fn romanisation() -> &'static HashMap<String, String> {
    static TABLE: OnceLock<HashMap<String, String>> = OnceLock::new();
    TABLE.get_or_init(|| {
        data_lines(include_str!("../../data/people/romanisation.tsv"))
            .filter_map(|line| {
                let (variant, canonical) = line.split_once('\t')?;
                Some((
                    variant.trim().to_lowercase(),
                    canonical.trim().to_lowercase(),
                ))
            })
            .collect()
    })
}

/// The parts of a name, lower case, split at spaces and hyphens.
fn name_parts(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .map(|p| {
            p.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// The name with case, spaces and hyphens ignored.
fn spelling_key(name: &str) -> String {
    name_parts(name).concat()
}

/// The name with every part in its canonical romanisation.
fn romanisation_key(name: &str) -> String {
    let table = romanisation();
    name_parts(name)
        .iter()
        .map(|p| table.get(p).map_or(p.as_str(), String::as_str))
        .collect::<Vec<_>>()
        .concat()
}

/// The head of a title (`president` of `former South Korean President`).
fn title_head(title: &str) -> Option<String> {
    title.split_whitespace().last().map(str::to_lowercase)
}

/// One person as merged so far.
#[derive(Debug, Default)]
struct Merged {
    /// Mentions per spelling of the name.
    spellings: BTreeMap<String, usize>,
    titles: BTreeSet<String>,
    countries: BTreeSet<String>,
    aliases: BTreeSet<String>,
    articles: BTreeSet<String>,
    mentions: usize,
}

impl Merged {
    fn add(&mut self, article_id: &str, person: &Person, count: usize) {
        *self.spellings.entry(person.name.clone()).or_default() += count.max(1);
        self.titles.extend(person.titles.iter().cloned());
        self.countries.extend(person.country.iter().cloned());
        self.aliases.extend(person.aliases.iter().cloned());
        self.articles.insert(article_id.to_owned());
        self.mentions += count;
    }

    fn absorb(&mut self, other: Merged) {
        for (spelling, n) in other.spellings {
            *self.spellings.entry(spelling).or_default() += n;
        }
        self.titles.extend(other.titles);
        self.countries.extend(other.countries);
        self.aliases.extend(other.aliases);
        self.articles.extend(other.articles);
        self.mentions += other.mentions;
    }

    fn countries_agree(&self, other: &Merged) -> bool {
        self.countries.is_empty() || other.countries.is_empty() || self.countries == other.countries
    }

    /// Romanisation variants need the same country and a title in common.
    fn same_holder(&self, other: &Merged) -> bool {
        let heads = |m: &Merged| -> BTreeSet<String> {
            m.titles.iter().filter_map(|t| title_head(t)).collect()
        };
        !self.countries.is_empty()
            && self.countries == other.countries
            && (self.titles.is_empty()
                || other.titles.is_empty()
                || !heads(self).is_disjoint(&heads(other)))
    }

    /// The fullest spelling (most name parts), then the one used most; ties
    /// go to the smallest.
    fn name(&self) -> String {
        self.spellings
            .iter()
            .max_by(|(a, x), (b, y)| {
                (name_parts(a).len(), **x)
                    .cmp(&(name_parts(b).len(), **y))
                    .then_with(|| b.cmp(a))
            })
            .map(|(s, _)| s.clone())
            .unwrap_or_default()
    }
}

/// Folds each person known by one name part only (`Trump`) into the one
/// full name of the same country that has that part first or last
/// (`Donald Trump`); with two such full names (`Kim`), nobody is folded.
fn fold_lone_names(people: Vec<Merged>) -> Vec<Merged> {
    let (lone, mut full): (Vec<Merged>, Vec<Merged>) = people
        .into_iter()
        .partition(|m| name_parts(&m.name()).len() == 1);
    let mut kept = Vec::new();
    for person in lone {
        let part = name_parts(&person.name()).concat();
        let matches: Vec<usize> = full
            .iter()
            .enumerate()
            .filter(|(_, f)| {
                let parts = name_parts(&f.name());
                (parts.first() == Some(&part) || parts.last() == Some(&part))
                    && !f.countries.is_empty()
                    && f.countries == person.countries
            })
            .map(|(i, _)| i)
            .collect();
        match matches.as_slice() {
            [one] => full[*one].absorb(person),
            _ => kept.push(person),
        }
    }
    full.extend(kept);
    full
}

/// Joins the people of every article by canonical name.
pub(crate) fn merge_people(records: &[ArticleRecords]) -> Vec<PersonRow> {
    let gazetteer = newsfacts_normalize::places::Gazetteer::global();
    // Same spelling (and no clash of countries) first.
    let mut by_spelling: BTreeMap<String, Vec<Merged>> = BTreeMap::new();
    for article in records {
        for (person, &count) in article.people.iter().zip(&article.person_mention_counts) {
            let key = spelling_key(&person.name);
            if key.is_empty() || gazetteer.country_code(&person.name).is_some() {
                continue;
            }
            let mut single = Merged::default();
            single.add(&article.article_id, person, count);
            let slot = by_spelling.entry(key).or_default();
            match slot.iter_mut().find(|m| m.countries_agree(&single)) {
                Some(merged) => merged.absorb(single),
                None => slot.push(single),
            }
        }
    }
    // Then romanisation variants of one name held by the same office-holder.
    let mut by_variant: BTreeMap<String, Vec<Merged>> = BTreeMap::new();
    for group in by_spelling.into_values() {
        for merged in group {
            let variant = romanisation_key(&merged.name());
            let slot = by_variant.entry(variant).or_default();
            match slot.iter_mut().find(|m| m.same_holder(&merged)) {
                Some(existing) => existing.absorb(merged),
                None => slot.push(merged),
            }
        }
    }
    let mut rows: Vec<PersonRow> = fold_lone_names(by_variant.into_values().flatten().collect())
        .into_iter()
        .map(|merged| {
            let name = merged.name();
            let country_code = merged.countries.iter().next().cloned();
            let mut aliases: BTreeSet<String> = merged.aliases;
            aliases.extend(merged.spellings.keys().filter(|s| **s != name).cloned());
            PersonRow {
                person_id: stable_id(&["person", &name, country_code.as_deref().unwrap_or("")]),
                titles: merged.titles.into_iter().collect(),
                aliases: aliases.into_iter().collect(),
                article_ids: merged.articles.into_iter().collect(),
                mention_count: merged.mentions,
                country_code,
                name,
            }
        })
        .collect();
    rows.sort_by(|a, b| (&a.name, &a.person_id).cmp(&(&b.name, &b.person_id)));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(name: &str, people: Vec<Person>) -> ArticleRecords {
        let article = newsfacts_parse::Article::from_text(name, name);
        ArticleRecords {
            article_id: crate::ids::article_id(&article),
            person_mention_counts: vec![1; people.len()],
            people,
            article,
            event_mentions: Vec::new(),
            quotes: Vec::new(),
            polls: Vec::new(),
            ranks: Vec::new(),
            figures: Vec::new(),
        }
    }

    fn person(name: &str, title: &str, country: &str) -> Person {
        Person {
            name: name.to_owned(),
            titles: vec![title.to_owned()],
            country: Some(country.to_owned()),
            aliases: Vec::new(),
            gender: None,
        }
    }

    #[test]
    fn romanisation_variants_with_same_title_and_country_merge() {
        let rows = merge_people(&[
            records("a", vec![person("Moon Jae-in", "President", "KOR")]),
            records("b", vec![person("Mun Jae-in", "former President", "KOR")]),
        ]);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].article_ids.len(), 2);
        assert_eq!(rows[0].titles, ["President", "former President"]);
        assert_eq!(rows[0].aliases.len(), 1);
    }

    #[test]
    fn spacing_and_hyphen_variants_are_one_name() {
        let rows = merge_people(&[
            records("a", vec![person("Yoon Suk Yeol", "President", "KOR")]),
            records("b", vec![person("Yoon Suk-yeol", "President", "KOR")]),
        ]);
        assert_eq!(rows.len(), 1);
    }

    #[test]
    fn variants_with_different_countries_stay_apart() {
        let rows = merge_people(&[
            records("a", vec![person("Mun Jae-in", "Minister", "KOR")]),
            records("b", vec![person("Moon Jae-in", "Minister", "USA")]),
        ]);
        assert_eq!(rows.len(), 2);
    }

    #[test]
    fn variants_with_unrelated_titles_stay_apart() {
        let rows = merge_people(&[
            records("a", vec![person("Pak Min", "Ambassador", "KOR")]),
            records("b", vec![person("Park Min", "Coach", "KOR")]),
        ]);
        assert_eq!(rows.len(), 2);
    }

    #[test]
    fn lone_surname_joins_the_one_full_name_of_its_country() {
        let rows = merge_people(&[
            records("a", vec![person("Tamm", "General", "EST")]),
            records("b", vec![person("Ivo Tamm", "Defence Minister", "EST")]),
        ]);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].name, "Ivo Tamm");
        assert_eq!(rows[0].aliases, ["Tamm"]);
    }

    #[test]
    fn lone_surname_shared_by_two_full_names_stays_alone() {
        let rows = merge_people(&[
            records("a", vec![person("Kim", "Minister", "KOR")]),
            records(
                "b",
                vec![
                    person("Kim Dae", "Minister", "KOR"),
                    person("Kim Lin", "Minister", "KOR"),
                ],
            ),
        ]);
        assert_eq!(rows.len(), 3);
    }

    #[test]
    fn input_order_does_not_change_people() {
        let a = records("a", vec![person("Moon Jae-in", "President", "KOR")]);
        let b = records("b", vec![person("Mun Jae-in", "President", "KOR")]);
        let forward = crate::merge::merge(vec![a.clone(), b.clone()]).people;
        let backward = crate::merge::merge(vec![b, a]).people;
        assert_eq!(forward, backward);
        assert_eq!(forward.len(), 1);
    }
}
