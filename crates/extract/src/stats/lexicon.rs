//! The word lists of the statistics extractors, loaded once from
//! `data/stats/`.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::text::{data_lines, Phrases};

/// A ranking report: what the table stores for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Report {
    pub name: String,
    pub publisher: Option<String>,
}

/// Every word list, compiled.
pub(super) struct Lexicon {
    /// The reports of `rankings.tsv`.
    pub reports: Vec<Report>,
    /// Phrases naming a report; payload = index into `reports`.
    pub report_cues: Phrases,
    pub sub_indices: Phrases,
    pub rank_cues: Phrases,
    pub poll_cues: Phrases,
    pub answer_cues: Phrases,
    /// Terms of a poll's method (`margin of error`, `response rate`).
    pub survey_terms: Phrases,
    pub non_poll_measures: Phrases,
    pub ordinal_units: Phrases,
    pub population_nouns: Phrases,
    pub pollster_descriptors: Phrases,
    /// Known pollsters, as written (matched with their capitals).
    pub pollsters: Vec<String>,
    /// Closed word classes of `grammar.tsv`, by role.
    grammar: HashMap<String, HashSet<String>>,
    /// `base_units.tsv`: unit -> (base unit, factor).
    base_units: HashMap<String, (String, f64)>,
}

impl Lexicon {
    /// The base unit of a figure's unit and the factor to it (`decades` ->
    /// `years`, 10), when `base_units.tsv` lists it.
    pub fn in_base_unit(&self, unit: &str) -> Option<(&str, f64)> {
        self.base_units
            .get(&unit.to_lowercase())
            .map(|(base, factor)| (base.as_str(), *factor))
    }

    /// Whether `word` (lower case) belongs to the word class `role` of
    /// `grammar.tsv`.
    pub fn is(&self, role: &str, word: &str) -> bool {
        debug_assert!(
            self.grammar.contains_key(role),
            "no role {role} in grammar.tsv"
        );
        self.grammar
            .get(role)
            .is_some_and(|words| words.contains(word))
    }
}

/// The lexicon built from the bundled data files.
pub(super) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let rankings = include_str!("../../data/stats/rankings.tsv");
        let mut reports = Vec::new();
        let mut report_cues = Vec::new();
        for line in data_lines(rankings) {
            let mut columns = line.split('\t').map(str::trim);
            let Some(name) = columns.next().filter(|n| !n.is_empty()) else {
                continue;
            };
            let publisher = columns.next().filter(|p| !p.is_empty());
            let index = reports.len();
            report_cues.push((name.to_owned(), index));
            for cue in columns.next().unwrap_or("").split('|').map(str::trim) {
                report_cues.push((cue.to_owned(), index));
            }
            reports.push(Report {
                name: name.to_owned(),
                publisher: publisher.map(str::to_owned),
            });
        }
        let mut grammar: HashMap<String, HashSet<String>> = HashMap::new();
        for line in data_lines(include_str!("../../data/stats/grammar.tsv")) {
            if let Some((role, word)) = line.split_once('\t') {
                grammar
                    .entry(role.trim().to_owned())
                    .or_default()
                    .insert(word.trim().to_owned());
            }
        }
        let base_units = data_lines(include_str!("../../data/stats/base_units.tsv"))
            .filter_map(|line| {
                let mut columns = line.split('\t').map(str::trim);
                let unit = columns.next()?.to_lowercase();
                let base = columns.next()?.to_owned();
                let factor: f64 = columns.next()?.parse().ok()?;
                Some((unit, (base, factor)))
            })
            .collect();
        Lexicon {
            grammar,
            base_units,
            reports,
            report_cues: Phrases::new(report_cues),
            sub_indices: Phrases::from_lines(include_str!("../../data/stats/sub_indices.txt")),
            rank_cues: Phrases::from_lines(include_str!("../../data/stats/rank_cues.txt")),
            poll_cues: Phrases::from_lines(include_str!("../../data/stats/poll_cues.txt")),
            answer_cues: Phrases::from_lines(include_str!("../../data/stats/answer_cues.txt")),
            survey_terms: Phrases::from_lines(include_str!("../../data/stats/survey_terms.txt")),
            non_poll_measures: Phrases::from_lines(include_str!(
                "../../data/stats/non_poll_measures.txt"
            )),
            ordinal_units: Phrases::from_lines(include_str!("../../data/stats/ordinal_units.txt")),
            population_nouns: Phrases::from_lines(include_str!(
                "../../data/stats/population_nouns.txt"
            )),
            pollster_descriptors: Phrases::from_lines(include_str!(
                "../../data/stats/pollster_descriptors.txt"
            )),
            pollsters: data_lines(include_str!("../../data/stats/pollsters.txt"))
                .map(str::to_owned)
                .collect(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::lexicon;

    #[test]
    fn every_grammar_role_the_rules_use_is_in_the_data_file() {
        let roles = [
            "anaphoric_determiners",
            "answer_connectors",
            "answer_lead_words",
            "assessed",
            "bare_scales",
            "contrast",
            "copulas",
            "count_heads",
            "country_nouns",
            "covering",
            "field_nouns",
            "last_leads",
            "fieldwork_verbs",
            "framing_words",
            "hedges",
            "left_links",
            "left_stops",
            "level_words",
            "list_nouns",
            "name_prefixes",
            "non_answer_starts",
            "not_fieldwork",
            "offset_words",
            "past_markers",
            "place_units",
            "poll_nouns",
            "range_words",
            "right_stops",
            "scale_words",
            "score_words",
            "sequence_nouns",
            "set_determiners",
            "share_headings",
            "singular_articles",
            "time_units",
            "top_followers",
            "top_leads",
            "top_words",
            "topic_words",
        ];
        for role in roles {
            assert!(
                lexicon().grammar.get(role).is_some_and(|w| !w.is_empty()),
                "{role}"
            );
        }
    }

    #[test]
    fn every_base_unit_row_is_read() {
        assert_eq!(lexicon().in_base_unit("Decades"), Some(("years", 10.0)));
        assert_eq!(lexicon().in_base_unit("years"), None);
    }

    #[test]
    fn every_report_has_a_name_and_cues() {
        assert!(lexicon().reports.len() >= 10);
        assert!(lexicon().reports.iter().all(|r| !r.name.is_empty()));
    }
}
