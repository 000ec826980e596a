//! The word lists of the statistics extractors, loaded once from
//! `data/stats/`.

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
    pub non_poll_measures: Phrases,
    pub ordinal_units: Phrases,
    pub population_nouns: Phrases,
    pub pollster_descriptors: Phrases,
    /// Multiplier words; payload = the multiple.
    pub multipliers: Phrases,
    /// Known pollsters, as written (matched with their capitals).
    pub pollsters: Vec<String>,
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
        let multipliers =
            data_lines(include_str!("../../data/stats/multipliers.tsv")).filter_map(|line| {
                let (value, word) = line.split_once('\t')?;
                Some((word.trim().to_owned(), value.trim().parse().ok()?))
            });
        Lexicon {
            reports,
            report_cues: Phrases::new(report_cues),
            sub_indices: Phrases::from_lines(include_str!("../../data/stats/sub_indices.txt")),
            rank_cues: Phrases::from_lines(include_str!("../../data/stats/rank_cues.txt")),
            poll_cues: Phrases::from_lines(include_str!("../../data/stats/poll_cues.txt")),
            answer_cues: Phrases::from_lines(include_str!("../../data/stats/answer_cues.txt")),
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
            multipliers: Phrases::new(multipliers),
            pollsters: data_lines(include_str!("../../data/stats/pollsters.txt"))
                .map(str::to_owned)
                .collect(),
        }
    })
}
