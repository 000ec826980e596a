//! Quote ids, their events, and clusters of the same utterance.
//!
//! Two quotations are one utterance when the same speaker says them and their
//! words overlap: translations and paraphrases of one remark differ in
//! wording, so the test is the share of common word stems, not equal text.

use std::collections::{BTreeMap, BTreeSet};

use newsfacts_parse::PartialDate;

use super::events::{Event, MentionEventIds};
use super::QuoteRow;
use crate::ids::stable_id;
use crate::records::{ArticleRecords, Quote, QuoteKind};

/// Share of the shorter quotation's stems that the other must contain.
const MIN_OVERLAP: f64 = 0.5;
/// Stems a quotation needs before it can join another.
const MIN_STEMS: usize = 3;
/// Letters kept of each word: enough to tell words apart, few enough that
/// `respond` and `responding` meet.
const STEM_LEN: usize = 5;

/// One row per quotation, with its event and cluster. A quotation said at an
/// event that its own article leaves undated takes the merged event's date.
pub(crate) fn quote_rows(
    records: &[ArticleRecords],
    event_ids: &MentionEventIds,
    events: &[Event],
) -> Vec<QuoteRow> {
    let event_dates: BTreeMap<&str, PartialDate> = events
        .iter()
        .filter_map(|e| {
            let date = e.date_start?;
            let precision = e.date_precision?;
            Some((e.event_id.as_str(), PartialDate { date, precision }))
        })
        .collect();
    let mut rows = Vec::new();
    for article in records {
        for quote in &article.quotes {
            let quote_id = stable_id(&[
                "quote",
                &article.article_id,
                &quote.char_start.to_string(),
                &quote.text,
            ]);
            let event_id = quote
                .event_mention
                .and_then(|i| event_ids.get(&(article.article_id.clone(), i)).cloned());
            let mut quote = quote.clone();
            if quote.said_on.is_none() {
                quote.said_on = event_id
                    .as_deref()
                    .and_then(|id| event_dates.get(id).copied());
            }
            rows.push(QuoteRow {
                cluster_id: quote_id.clone(),
                quote_id,
                article_id: article.article_id.clone(),
                event_id,
                quote,
            });
        }
    }
    assign_clusters(&mut rows);
    rows
}

/// The speaker as a comparison key: letters and digits, lower case.
fn speaker_key(speaker: Option<&str>) -> Option<String> {
    let key: String = speaker?
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    (!key.is_empty()).then_some(key)
}

/// The words inside quotation marks, for a partial quotation whose text
/// also holds the reporter's clause.
fn quoted_words(text: &str) -> String {
    let mut inside = false;
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '"' => inside = !inside,
            '\u{201C}' => inside = true,
            '\u{201D}' => inside = false,
            _ if inside => out.push(c),
            _ => {}
        }
        if !inside && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out
}

/// The word stems of a quotation: words of four letters or more, cut
/// short; for a partial quotation, only the quoted words when it marks some.
fn stems(quote: &Quote) -> BTreeSet<String> {
    let quoted = quoted_words(&quote.text);
    let text = if quote.kind == QuoteKind::Partial && !quoted.trim().is_empty() {
        quoted.as_str()
    } else {
        quote.text.as_str()
    };
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(|w| w.to_lowercase().chars().take(STEM_LEN).collect())
        .collect()
}

fn same_utterance(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    let smaller = a.len().min(b.len());
    if smaller < MIN_STEMS {
        return false;
    }
    let common = a.intersection(b).count();
    common as f64 / smaller as f64 >= MIN_OVERLAP
}

/// Joins rows of one speaker whose words overlap; each cluster takes the
/// smallest quote id of its members, so the result does not depend on order.
fn assign_clusters(rows: &mut [QuoteRow]) {
    let mut by_speaker: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, row) in rows.iter().enumerate() {
        if let Some(key) = speaker_key(row.quote.speaker.as_deref()) {
            by_speaker.entry(key).or_default().push(i);
        }
    }
    let mut parent: Vec<usize> = (0..rows.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for members in by_speaker.values() {
        let words: Vec<BTreeSet<String>> = members.iter().map(|&i| stems(&rows[i].quote)).collect();
        for x in 0..members.len() {
            for y in x + 1..members.len() {
                if same_utterance(&words[x], &words[y]) {
                    let (a, b) = (root(&mut parent, members[x]), root(&mut parent, members[y]));
                    parent[a.max(b)] = a.min(b);
                }
            }
        }
    }
    let roots: Vec<usize> = (0..rows.len()).map(|i| root(&mut parent, i)).collect();
    let mut smallest: BTreeMap<usize, String> = BTreeMap::new();
    for (row, &r) in rows.iter().zip(&roots) {
        smallest
            .entry(r)
            .and_modify(|s| {
                if row.quote_id < *s {
                    s.clone_from(&row.quote_id);
                }
            })
            .or_insert_with(|| row.quote_id.clone());
    }
    for (row, r) in rows.iter_mut().zip(roots) {
        if let Some(id) = smallest.get(&r) {
            row.cluster_id.clone_from(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, speaker: &str, text: &str) -> QuoteRow {
        QuoteRow {
            quote_id: id.into(),
            article_id: String::new(),
            event_id: None,
            cluster_id: id.into(),
            quote: Quote {
                speaker: Some(speaker.into()),
                speaker_title: None,
                speaker_country: None,
                text: text.into(),
                kind: QuoteKind::Direct,
                cue: None,
                said_on: None,
                event_mention: None,
                char_start: 0,
                char_end: 0,
            },
        }
    }

    #[test]
    fn two_translations_of_one_remark_share_a_cluster() {
        let mut rows = vec![
            row("b", "Jane Roe", "Our two nations are key partners who must cooperate closely in responding to a changing world."),
            row("a", "Jane Roe", "Our two nations are critical allies who must work closely together to respond to a changing world."),
        ];
        assign_clusters(&mut rows);
        assert_eq!(rows[0].cluster_id, "a");
        assert_eq!(rows[1].cluster_id, "a");
    }

    #[test]
    fn partial_quotations_compare_only_their_quoted_words() {
        let mut rows = vec![
            row(
                "a",
                "Jane Roe",
                "both sides to \"open a new chapter\" amid rising tension in the region",
            ),
            row(
                "b",
                "Jane Roe",
                "Rising tension in the region worries everyone, she said.",
            ),
        ];
        rows[0].quote.kind = QuoteKind::Partial;
        assign_clusters(&mut rows);
        assert_ne!(rows[0].cluster_id, rows[1].cluster_id);
    }

    #[test]
    fn same_words_from_another_speaker_stay_apart() {
        let mut rows = vec![
            row(
                "a",
                "Jane Roe",
                "We must cooperate closely in a changing world.",
            ),
            row(
                "b",
                "Tom Vale",
                "We must cooperate closely in a changing world.",
            ),
        ];
        assign_clusters(&mut rows);
        assert_ne!(rows[0].cluster_id, rows[1].cluster_id);
    }

    #[test]
    fn different_remarks_of_one_speaker_stay_apart() {
        let mut rows = vec![
            row(
                "a",
                "Jane Roe",
                "The bridge will reopen in May after repairs.",
            ),
            row(
                "b",
                "Jane Roe",
                "Taxes on fuel are going down next year for everyone.",
            ),
        ];
        assign_clusters(&mut rows);
        assert_ne!(rows[0].cluster_id, rows[1].cluster_id);
    }
}
