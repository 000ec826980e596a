//! The word lists of the date grammar, read once from `data/timex/*.tsv`.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::tokens::tokenize;

/// A calendar or clock unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Unit {
    Year,
    Quarter,
    Month,
    Week,
    Fortnight,
    Day,
    Hour,
    Minute,
    Second,
    Decade,
    Century,
    Millennium,
    Weekend,
}

impl Unit {
    fn from_code(code: &str) -> Option<Unit> {
        Some(match code {
            "Y" => Unit::Year,
            "Q" => Unit::Quarter,
            "M" => Unit::Month,
            "W" => Unit::Week,
            "FN" => Unit::Fortnight,
            "D" => Unit::Day,
            "H" => Unit::Hour,
            "MIN" => Unit::Minute,
            "S" => Unit::Second,
            "DE" => Unit::Decade,
            "C" => Unit::Century,
            "MIL" => Unit::Millennium,
            "WE" => Unit::Weekend,
            _ => return None,
        })
    }
}

/// Which way a tense cue points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    Future,
}

/// Where a cue word places the event a weekday names, from the clause's own
/// event (`ahead of Sunday's election`, `after Friday's vote`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum EventCue {
    /// `ahead of`, `in the run-up to`: the named day comes later.
    Ahead,
    /// `before`: the named day comes later, but `Friday's` may be over.
    Before,
    /// `after`: the named day comes first.
    After,
}

/// How a holiday's date is found in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum HolidayRule {
    /// The same month and day every year.
    Fixed { month: u32, day: u32 },
    /// The n-th (negative: from the end) given weekday of a month.
    NthWeekday { n: i32, weekday: u32, month: u32 },
    /// Easter Sunday plus some days.
    Easter { offset: i64 },
}

/// A phrase of one or more lower-case tokens.
pub(super) type Phrase = Vec<String>;

/// Every word list the grammar uses.
pub(super) struct Lexicon {
    /// Month name -> (number, is an abbreviation).
    pub months: HashMap<String, (u32, bool)>,
    /// Weekday name -> (ISO number, is an abbreviation).
    pub weekdays: HashMap<String, (u32, bool)>,
    /// Cardinal number words.
    pub numbers: HashMap<String, u64>,
    /// Ordinal words.
    pub ordinals: HashMap<String, i32>,
    /// Unit words, singular and plural.
    pub units: HashMap<String, Unit>,
    /// Season words -> TIMEX3 code.
    pub seasons: HashMap<String, String>,
    /// Part-of-day words -> TIMEX3 code.
    pub parts_of_day: HashMap<String, String>,
    /// Phrases naming the present, past or future.
    pub references: Vec<(Phrase, String)>,
    /// Words naming a day by its distance from the document date.
    pub day_words: HashMap<String, (i64, Option<String>)>,
    /// Recurrence adverbs -> SET value.
    pub sets: HashMap<String, String>,
    /// Amount modifiers kept inside durations.
    pub approximators: Vec<Phrase>,
    /// Period-part modifiers kept inside dates.
    pub positions: Vec<Phrase>,
    /// Holiday names.
    pub holidays: Vec<(Phrase, HolidayRule)>,
    /// Tense cue words; `None` for words that look like cues but are not.
    pub tense: HashMap<String, Option<Tense>>,
    /// `word preposition` pairs that point ahead (`set to`, `slated for`).
    pub future_before: HashSet<String>,
    /// Words that make a short clause after a comma an attribution
    /// (`, a spokesperson said`, `, according to officials`).
    pub attributions: HashSet<String>,
    /// Phrases placing a weekday's event before or after the clause's.
    pub event_cues: Vec<(Phrase, EventCue)>,
    /// Abbreviations whose period does not end a sentence.
    pub abbreviations: HashSet<String>,
    /// Time-zone abbreviations.
    pub timezones: Vec<String>,
}

// Word lists, one entry per line (`#` starts a comment).
const MONTHS: &str = include_str!("../../data/timex/months.tsv");
const WEEKDAYS: &str = include_str!("../../data/timex/weekdays.tsv");
const NUMBERS: &str = include_str!("../../data/timex/numbers.tsv");
const ORDINALS: &str = include_str!("../../data/timex/ordinals.tsv");
const UNITS: &str = include_str!("../../data/timex/units.tsv");
const SEASONS: &str = include_str!("../../data/timex/seasons.tsv");
const PARTS_OF_DAY: &str = include_str!("../../data/timex/parts_of_day.tsv");
const REFERENCES: &str = include_str!("../../data/timex/references.tsv");
const DAY_WORDS: &str = include_str!("../../data/timex/day_words.tsv");
const SETS: &str = include_str!("../../data/timex/sets.tsv");
const APPROXIMATORS: &str = include_str!("../../data/timex/approximators.tsv");
const POSITIONS: &str = include_str!("../../data/timex/positions.tsv");
const HOLIDAYS: &str = include_str!("../../data/timex/holidays.tsv");
const TENSE: &str = include_str!("../../data/timex/tense.tsv");
const ATTRIBUTIONS: &str = include_str!("../../data/timex/attributions.tsv");
const EVENT_CUES: &str = include_str!("../../data/timex/event_cues.tsv");
const ABBREVIATIONS: &str = include_str!("../../data/timex/abbreviations.tsv");
const TIMEZONES: &str = include_str!("../../data/timex/timezones.tsv");

/// The non-comment, non-blank lines of a data file, split on tabs.
fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .map(str::trim_end)
        .filter(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .map(|line| line.split('\t').map(str::trim).collect())
}

fn phrase(text: &str) -> Phrase {
    tokenize(text).into_iter().map(|t| t.lower).collect()
}

fn numbered(data: &'static str) -> HashMap<String, (u32, bool)> {
    rows(data)
        .filter_map(|row| {
            let number = row.get(1)?.parse().ok()?;
            Some((row[0].to_string(), (number, row.get(2) == Some(&"abbr"))))
        })
        .collect()
}

fn pairs(data: &'static str) -> HashMap<String, String> {
    rows(data)
        .filter_map(|row| Some((row[0].to_string(), row.get(1)?.to_string())))
        .collect()
}

fn holiday_rule(rule: &str) -> Option<HolidayRule> {
    if let Some(rest) = rule.strip_prefix("easter") {
        let offset = if rest.is_empty() {
            0
        } else {
            rest.parse().ok()?
        };
        return Some(HolidayRule::Easter { offset });
    }
    let parts: Vec<&str> = rule.split(':').collect();
    match parts.as_slice() {
        [n, weekday, month] => Some(HolidayRule::NthWeekday {
            n: n.parse().ok()?,
            weekday: weekday.parse().ok()?,
            month: month.parse().ok()?,
        }),
        [fixed] => {
            let (month, day) = fixed.split_once('-')?;
            Some(HolidayRule::Fixed {
                month: month.parse().ok()?,
                day: day.parse().ok()?,
            })
        }
        _ => None,
    }
}

impl Lexicon {
    fn load() -> Lexicon {
        Lexicon {
            months: numbered(MONTHS),
            weekdays: numbered(WEEKDAYS),
            numbers: rows(NUMBERS)
                .filter_map(|row| Some((row[0].to_string(), row.get(1)?.parse().ok()?)))
                .collect(),
            ordinals: rows(ORDINALS)
                .filter_map(|row| Some((row[0].to_string(), row.get(1)?.parse().ok()?)))
                .collect(),
            units: rows(UNITS)
                .filter_map(|row| Some((row[0].to_string(), Unit::from_code(row.get(1)?)?)))
                .collect(),
            seasons: pairs(SEASONS),
            parts_of_day: pairs(PARTS_OF_DAY),
            references: rows(REFERENCES)
                .filter_map(|row| Some((phrase(row[0]), row.get(1)?.to_string())))
                .collect(),
            day_words: rows(DAY_WORDS)
                .filter_map(|row| {
                    let offset = row.get(1)?.parse().ok()?;
                    let part = row.get(2).map(|p| p.to_string());
                    Some((row[0].to_string(), (offset, part)))
                })
                .collect(),
            sets: pairs(SETS),
            approximators: rows(APPROXIMATORS).map(|row| phrase(row[0])).collect(),
            positions: rows(POSITIONS).map(|row| phrase(row[0])).collect(),
            holidays: rows(HOLIDAYS)
                .filter_map(|row| Some((phrase(row[0]), holiday_rule(row.get(1)?)?)))
                .collect(),
            tense: rows(TENSE)
                .filter_map(|row| {
                    let tense = match *row.get(1)? {
                        "past" => Some(Tense::Past),
                        "future" => Some(Tense::Future),
                        "none" => None,
                        _ => return None,
                    };
                    Some((row[0].to_string(), tense))
                })
                .collect(),
            future_before: rows(TENSE)
                .filter_map(|row| {
                    let preposition = row.get(1)?.strip_prefix("future-")?;
                    Some(format!("{} {preposition}", row[0]))
                })
                .collect(),
            attributions: rows(ATTRIBUTIONS).map(|row| row[0].to_string()).collect(),
            event_cues: rows(EVENT_CUES)
                .filter_map(|row| {
                    let cue = match *row.get(1)? {
                        "ahead" => EventCue::Ahead,
                        "before" => EventCue::Before,
                        "after" => EventCue::After,
                        _ => return None,
                    };
                    Some((phrase(row[0]), cue))
                })
                .collect(),
            abbreviations: rows(ABBREVIATIONS).map(|row| row[0].to_string()).collect(),
            timezones: rows(TIMEZONES).map(|row| row[0].to_string()).collect(),
        }
    }

    /// The lexicon, loaded on first use.
    pub fn global() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::load)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_file_loads_its_entries() {
        let lex = Lexicon::global();
        assert_eq!(lex.months.get("sept"), Some(&(9, true)));
        assert_eq!(lex.weekdays.get("sunday"), Some(&(7, false)));
        assert_eq!(lex.numbers.get("seventeen"), Some(&17));
        assert_eq!(lex.ordinals.get("third"), Some(&3));
        assert_eq!(lex.units.get("decades"), Some(&Unit::Decade));
        assert_eq!(lex.seasons.get("autumn").map(String::as_str), Some("FA"));
        assert!(lex
            .references
            .iter()
            .any(|(p, v)| p == &["now"] && v == "PRESENT_REF"));
        assert!(lex.approximators.iter().any(|p| p == &["more", "than"]));
        assert!(lex
            .holidays
            .iter()
            .any(|(p, r)| p[0] == "thanksgiving" && matches!(r, HolidayRule::NthWeekday { .. })));
        assert_eq!(lex.tense.get("will"), Some(&Some(Tense::Future)));
        assert_eq!(lex.tense.get("hundred"), Some(&None));
        assert!(lex.future_before.contains("slated for"));
        assert!(lex.attributions.contains("according"));
        assert!(lex
            .event_cues
            .iter()
            .any(|(p, c)| p == &["in", "advance", "of"] && *c == EventCue::Ahead));
        assert!(lex.abbreviations.contains("mr"));
        assert!(lex.timezones.iter().any(|z| z == "gmt"));
    }
}
