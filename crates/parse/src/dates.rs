//! Calendar dates written in page furniture and datelines.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use crate::lexicon::Lexicon;
use crate::{PartialDate, Precision};

/// A date found in a line, with where it starts (byte offset).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct FoundDate {
    pub date: PartialDate,
    pub start: usize,
}

struct Patterns {
    month_day_year: Regex,
    day_month_year: Regex,
    numeric_ymd: Regex,
    numeric_dmy: Regex,
    cjk_ymd: Regex,
    month_year: Regex,
    month_day: Regex,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let months = Lexicon::get().month_alternation();
        let build = |pattern: String| {
            Regex::new(&pattern).unwrap_or_else(|e| panic!("date pattern {pattern}: {e}"))
        };
        Patterns {
            month_day_year: build(format!(
                r"(?i)\b({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(\d{{4}})(?:\d{{1,2}}:\d{{2}})?\b"
            )),
            day_month_year: build(format!(
                r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?({months})\.?,?\s+(?:de\s+)?(\d{{4}})(?:\d{{1,2}}:\d{{2}})?\b"
            )),
            // `2026-11-12`, `2026/11/12`, and the East Asian dotted form,
            // spaced or not (`2026. 11. 12.`, `2026.11.12`).
            numeric_ymd: build(
                r"\b(\d{4})(?:[-/]|\.\s?)(\d{1,2})(?:[-/]|\.\s?)(\d{1,2})(?:\b|T\d)".to_owned(),
            ),
            numeric_dmy: build(r"\b(\d{1,2})([./])(\d{1,2})[./](\d{4})\b".to_owned()),
            cjk_ymd: build(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]".to_owned()),
            month_year: build(format!(r"(?i)\b({months})\.?,?\s+(\d{{4}})\b")),
            month_day: build(format!(r"(?i)\b({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b")),
        }
    })
}

fn day(year: &str, month: u32, day: &str) -> Option<PartialDate> {
    let year: i32 = year.parse().ok()?;
    if !(1900..=2100).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, day.parse().ok()?).map(PartialDate::day)
}

/// Every full or month-precision date in `line`, in order of position.
pub(crate) fn find_dates(line: &str) -> Vec<FoundDate> {
    let p = patterns();
    let lexicon = Lexicon::get();
    let mut found: Vec<FoundDate> = Vec::new();
    let push = |c: &regex::Captures, date: Option<PartialDate>, found: &mut Vec<FoundDate>| {
        if let (Some(date), Some(whole)) = (date, c.get(0)) {
            found.push(FoundDate {
                date,
                start: whole.start(),
            });
        }
    };
    for c in p.month_day_year.captures_iter(line) {
        let month = lexicon.month(&c[1]);
        push(&c, month.and_then(|m| day(&c[3], m, &c[2])), &mut found);
    }
    for c in p.day_month_year.captures_iter(line) {
        let month = lexicon.month(&c[2]);
        push(&c, month.and_then(|m| day(&c[3], m, &c[1])), &mut found);
    }
    for c in p.numeric_ymd.captures_iter(line) {
        let month = c[2].parse().ok();
        push(&c, month.and_then(|m| day(&c[1], m, &c[3])), &mut found);
    }
    for c in p.cjk_ymd.captures_iter(line) {
        let month = c[2].parse().ok();
        push(&c, month.and_then(|m| day(&c[1], m, &c[3])), &mut found);
    }
    for c in p.numeric_dmy.captures_iter(line) {
        let (Ok(a), Ok(b)) = (c[1].parse::<u32>(), c[3].parse::<u32>()) else {
            continue;
        };
        // Dotted dates are day first; slashed ones month first (the US
        // custom) unless the first number cannot be a month or a time zone
        // of a day-first country follows (`08/09/2026 14:30 CEST`).
        let day_first = &c[2] == "."
            || a > 12
            || c.get(0)
                .is_some_and(|m| day_first_zone_follows(&line[m.end()..]));
        let (month, dom) = if day_first { (b, a) } else { (a, b) };
        push(&c, day(&c[4], month, &dom.to_string()), &mut found);
    }
    if found.is_empty() {
        for c in p.month_year.captures_iter(line) {
            let date = lexicon.month(&c[1]).and_then(|m| {
                let year: i32 = c[2].parse().ok()?;
                NaiveDate::from_ymd_opt(year, m, 1).map(|date| PartialDate {
                    date,
                    precision: Precision::Month,
                })
            });
            push(&c, date, &mut found);
        }
    }
    found.sort_by_key(|f| f.start);
    found.dedup_by_key(|f| f.start);
    found
}

/// Whether the few words after a date name a time zone of a country that
/// writes dates day first (`14:30 CEST`, `09:15 CET`, `BST`).
fn day_first_zone_follows(rest: &str) -> bool {
    let zones = &Lexicon::get().day_first_zones;
    rest.split_whitespace().take(4).any(|token| {
        let letters: String = token.chars().filter(|c| c.is_alphabetic()).collect();
        letters.chars().all(|c| c.is_uppercase()) && zones.contains(&letters.to_lowercase())
    })
}

/// A month and day written without a year (`June 16`), as (month, day).
pub(crate) fn month_day(text: &str) -> Option<(u32, u32)> {
    let c = patterns().month_day.captures(text)?;
    let month = Lexicon::get().month(&c[1])?;
    let day: u32 = c[2].parse().ok()?;
    // A leap year accepts every real month/day pair.
    NaiveDate::from_ymd_opt(2000, month, day).map(|_| (month, day))
}

/// The month and day in `year`, if that day exists.
pub(crate) fn in_year(year: i32, (month, day): (u32, u32)) -> Option<PartialDate> {
    NaiveDate::from_ymd_opt(year, month, day).map(PartialDate::day)
}

/// The year of a partial date.
pub(crate) fn year_of(date: PartialDate) -> i32 {
    date.date.year()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(line: &str) -> Option<(String, Precision)> {
        find_dates(line)
            .first()
            .map(|f| (f.date.date.to_string(), f.date.precision))
    }

    #[test]
    fn english_dates_with_and_without_weekday() {
        assert_eq!(
            first("Wednesday, Aug 27, 2025"),
            Some(("2025-08-27".into(), Precision::Day))
        );
        assert_eq!(
            first("Nov. 19, 2019 8:03 am ET"),
            Some(("2019-11-19".into(), Precision::Day))
        );
        assert_eq!(
            first("Published 3rd March 2024"),
            Some(("2024-03-03".into(), Precision::Day))
        );
    }

    #[test]
    fn numeric_dates_in_several_orders() {
        assert_eq!(
            first("mail@example.com | 2025-06-19 23:40:00"),
            Some(("2025-06-19".into(), Precision::Day))
        );
        assert_eq!(
            first("21/06/2014 Tony"),
            Some(("2014-06-21".into(), Precision::Day))
        );
        assert_eq!(
            first("05.10.2018"),
            Some(("2018-10-05".into(), Precision::Day))
        );
        assert_eq!(
            first("2019年11月20日"),
            Some(("2019-11-20".into(), Precision::Day))
        );
    }

    #[test]
    fn dates_glued_to_a_time() {
        assert_eq!(
            first("Nov 15, 20195:45 AM"),
            Some(("2019-11-15".into(), Precision::Day))
        );
        assert_eq!(
            first("By Jane Doe 2019-11-18T20:51:19Z Science"),
            Some(("2019-11-18".into(), Precision::Day))
        );
    }

    #[test]
    fn month_and_year_alone_has_month_precision() {
        assert_eq!(
            first("June 2025"),
            Some(("2025-06-01".into(), Precision::Month))
        );
    }

    #[test]
    fn impossible_dates_are_ignored() {
        assert_eq!(first("February 30, 2025"), None);
        assert_eq!(first("Call 2025-13-45"), None);
    }

    #[test]
    fn month_and_day_without_year() {
        assert_eq!(month_day("Seoul, June 16 (Agency)"), Some((6, 16)));
        assert_eq!(month_day("Seoul, Someday"), None);
    }
    #[test]
    fn east_asian_dotted_dates_with_or_without_spaces() {
        assert_eq!(
            first("Date 2026. 11. 12."),
            Some(("2026-11-12".into(), Precision::Day))
        );
        assert_eq!(
            first("Posted 2026.11.12 09:00"),
            Some(("2026-11-12".into(), Precision::Day))
        );
        assert_eq!(first("In 2026. 11 people"), None);
    }

    #[test]
    fn slashed_date_is_day_first_before_a_european_zone() {
        assert_eq!(
            first("10/03/2027 09:15 CET"),
            Some(("2027-03-10".into(), Precision::Day))
        );
        assert_eq!(
            first("Updated 08/09/2026 14:30 CEST"),
            Some(("2026-09-08".into(), Precision::Day))
        );
        assert_eq!(
            first("11/03/2026 5:21 PM ET"),
            Some(("2026-11-03".into(), Precision::Day))
        );
        assert_eq!(
            first("04/05/2026 the cat"),
            Some(("2026-04-05".into(), Precision::Day))
        );
    }
}
