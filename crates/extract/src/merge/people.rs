//! Merging people across articles.

use std::collections::BTreeMap;

use serde::Serialize;

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

/// Joins the people of every article by canonical name.
pub(crate) fn merge_people(records: &[ArticleRecords]) -> Vec<PersonRow> {
    let mut merged: BTreeMap<String, PersonRow> = BTreeMap::new();
    for article in records {
        for (person, &count) in article.people.iter().zip(&article.person_mention_counts) {
            let row = merged
                .entry(person.name.clone())
                .or_insert_with(|| PersonRow {
                    person_id: stable_id(&["person", &person.name]),
                    name: person.name.clone(),
                    titles: Vec::new(),
                    country_code: None,
                    aliases: Vec::new(),
                    article_ids: Vec::new(),
                    mention_count: 0,
                });
            row.titles.extend(person.titles.iter().cloned());
            row.aliases.extend(person.aliases.iter().cloned());
            row.country_code = row.country_code.take().or_else(|| person.country.clone());
            row.article_ids.push(article.article_id.clone());
            row.mention_count += count;
        }
    }
    merged
        .into_values()
        .map(|mut row| {
            row.titles.sort();
            row.titles.dedup();
            row.aliases.sort();
            row.aliases.dedup();
            row
        })
        .collect()
}
