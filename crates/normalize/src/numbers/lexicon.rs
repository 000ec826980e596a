//! The word lists of the number finder, read once from `data/numbers/`.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::places::data_lines;

/// What a number word does in a spelled-out number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum WordRole {
    /// 0-19: added.
    Unit,
    /// 20-90: added.
    Ten,
    /// hundred, thousand, million...: multiplies.
    Scale,
    /// dozen: 12, multiplies what precedes it.
    Dozen,
    /// first, second...
    Ordinal,
    /// half, third, quarter...: a value below one.
    Fraction,
    /// twice, thrice: a count of times.
    Times,
}

/// Where a currency form stands relative to its figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum CurrencyPosition {
    Prefix,
    Suffix,
    /// After the figure, in hundredths of the currency (`54 cents`).
    Minor,
}

pub(super) struct Lexicon {
    /// Lower-case word -> every (value, role) it can have.
    pub(super) words: HashMap<String, Vec<(f64, WordRole)>>,
    /// Scale word or abbreviation -> multiplier.
    pub(super) scales: HashMap<String, f64>,
    /// (form, ISO code, position), longest form first.
    pub(super) currencies: Vec<(String, String, CurrencyPosition)>,
    /// Lower-case qualifiers, longest first.
    pub(super) qualifiers: Vec<String>,
    /// Lower-case change cue -> is it upward.
    pub(super) changes: Vec<(String, bool)>,
    pub(super) units: HashSet<String>,
    pub(super) not_units: HashSet<String>,
    pub(super) function_words: HashSet<String>,
    pub(super) date_words: HashSet<String>,
    /// Superlatives that do not end in `-est` (`best`), with whether each
    /// takes the adjective after it (`most populous`); `None` for words that
    /// end in `-est` but are none (`interest`).
    pub(super) superlatives: HashMap<String, Option<bool>>,
}

/// Lines of `a<TAB>b...` split on tabs.
fn tsv_rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data_lines(data).map(|line| line.split('\t').map(str::trim).collect())
}

fn word_set(data: &str) -> HashSet<String> {
    data_lines(data).map(str::to_lowercase).collect()
}

fn by_length_desc<T>(mut items: Vec<(String, T)>) -> Vec<(String, T)> {
    items.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    items
}

impl Lexicon {
    pub(super) fn global() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::load)
    }

    fn load() -> Lexicon {
        let mut words: HashMap<String, Vec<(f64, WordRole)>> = HashMap::new();
        for row in tsv_rows(include_str!("../../data/numbers/words.tsv")) {
            let [word, value, role] = row[..] else {
                continue;
            };
            let Ok(value) = value.parse::<f64>() else {
                continue;
            };
            let role = match role {
                "unit" => WordRole::Unit,
                "ten" => WordRole::Ten,
                "scale" => WordRole::Scale,
                "dozen" => WordRole::Dozen,
                "ordinal" => WordRole::Ordinal,
                "fraction" => WordRole::Fraction,
                "times" => WordRole::Times,
                _ => continue,
            };
            words
                .entry(word.to_lowercase())
                .or_default()
                .push((value, role));
        }
        let scales = tsv_rows(include_str!("../../data/numbers/scales.tsv"))
            .filter_map(|row| match row[..] {
                [word, value] => Some((word.to_owned(), value.parse::<f64>().ok()?)),
                _ => None,
            })
            .collect();
        let currencies = tsv_rows(include_str!("../../data/numbers/currencies.tsv"))
            .filter_map(|row| match row[..] {
                [form, code, position] => Some((
                    form.to_owned(),
                    (
                        code.to_owned(),
                        match position {
                            "prefix" => CurrencyPosition::Prefix,
                            "minor" => CurrencyPosition::Minor,
                            _ => CurrencyPosition::Suffix,
                        },
                    ),
                )),
                _ => None,
            })
            .collect();
        let currencies = by_length_desc(currencies)
            .into_iter()
            .map(|(form, (code, position))| (form, code, position))
            .collect();
        let qualifiers = data_lines(include_str!("../../data/numbers/qualifiers.txt"))
            .map(|q| (q.to_lowercase(), ()))
            .collect();
        let qualifiers = by_length_desc(qualifiers)
            .into_iter()
            .map(|(q, ())| q)
            .collect();
        let changes = tsv_rows(include_str!("../../data/numbers/changes.tsv"))
            .filter_map(|row| match row[..] {
                [word, direction] => Some((word.to_lowercase(), direction == "up")),
                _ => None,
            })
            .collect();
        Lexicon {
            words,
            scales,
            currencies,
            qualifiers,
            changes: by_length_desc(changes),
            units: word_set(include_str!("../../data/numbers/units.txt")),
            not_units: word_set(include_str!("../../data/numbers/not_units.txt")),
            function_words: word_set(include_str!("../../data/numbers/function_words.txt")),
            date_words: data_lines(include_str!("../../data/numbers/date_words.txt"))
                .map(str::to_owned)
                .collect(),
            superlatives: tsv_rows(include_str!("../../data/numbers/superlatives.tsv"))
                .filter_map(|row| match row[..] {
                    [word, role] => Some((
                        word.to_lowercase(),
                        (role != "not").then_some(role == "degree"),
                    )),
                    _ => None,
                })
                .collect(),
        }
    }

    /// The value of `word` in `role`, if it has that role.
    pub(super) fn word_value(&self, word: &str, role: WordRole) -> Option<f64> {
        self.words
            .get(&word.to_lowercase())?
            .iter()
            .find(|(_, r)| *r == role)
            .map(|(v, _)| *v)
    }

    /// Whether `word` is a superlative (`largest`, `best`): `Some(true)`
    /// when it takes the adjective after it (`most`).
    pub(super) fn superlative(&self, word: &str) -> Option<bool> {
        let lower = word.to_lowercase();
        let regular = lower.len() > 4 && lower.ends_with("est");
        match self.superlatives.get(&lower) {
            Some(listed) => *listed,
            None => regular.then_some(false),
        }
    }

    /// True when `word` can be read as a number's unit noun.
    pub(super) fn is_unit_noun(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        if self.function_words.contains(&lower) || self.not_units.contains(&lower) {
            return false;
        }
        if self.units.contains(&lower) || self.units.contains(&singular(&lower)) {
            return true;
        }
        word.chars().all(|c| c.is_lowercase() || c == '-')
            && lower.len() > 3
            && lower.ends_with('s')
            && !lower.ends_with("ss")
            && !lower.ends_with("us")
            && !lower.ends_with("is")
    }
}

/// A naive English singular (`countries` -> `country`, `years` -> `year`).
fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = word.strip_suffix('s') {
        stem.to_owned()
    } else {
        word.to_owned()
    }
}
