//! Whether two reports of an event can be the same event: dates at the
//! coarser precision, places by country and words.

use chrono::{Datelike, NaiveDate};
use newsfacts_parse::{PartialDate, Precision};

/// Same date at the coarser of the two precisions; a date inside the other's
/// multi-day span also agrees.
pub(crate) fn dates_agree(
    a: PartialDate,
    a_end: Option<NaiveDate>,
    b: PartialDate,
    b_end: Option<NaiveDate>,
) -> bool {
    let within = |d: PartialDate, start: PartialDate, end: Option<NaiveDate>| {
        end.is_some_and(|end| {
            d.precision == Precision::Day && start.date <= d.date && d.date <= end
        })
    };
    if within(a, b, b_end) || within(b, a, a_end) {
        return true;
    }
    let precision = a.precision.min(b.precision);
    truncate(a.date, precision) == truncate(b.date, precision)
}

fn truncate(date: NaiveDate, precision: Precision) -> (i32, u32, u32) {
    match precision {
        Precision::Year => (date.year(), 0, 0),
        Precision::Month => (date.year(), date.month(), 0),
        Precision::Day => (date.year(), date.month(), date.day()),
    }
}

/// A place as two reports may give it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PlaceRef<'a> {
    pub text: &'a str,
    pub code: Option<&'a str>,
    /// The place is a whole country.
    pub country_level: bool,
}

/// Same country, and one place inside the other (`Tokyo` in `Japan`) or
/// one's words among the other's (`Tokyo` ~ `Hotel X, Tokyo`).
pub(crate) fn places_agree(a: PlaceRef<'_>, b: PlaceRef<'_>) -> bool {
    if let (Some(x), Some(y)) = (a.code, b.code) {
        if x != y {
            return false;
        }
        if a.country_level || b.country_level {
            return true;
        }
    }
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (x, y) = (words(a.text), words(b.text));
    !x.is_empty()
        && !y.is_empty()
        && (x.iter().all(|w| y.contains(w)) || y.iter().all(|w| x.contains(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> PartialDate {
        PartialDate::day(NaiveDate::from_ymd_opt(y, m, d).expect("valid date"))
    }

    #[test]
    fn a_year_agrees_with_any_day_of_it() {
        let year = PartialDate {
            date: NaiveDate::from_ymd_opt(2025, 1, 1).expect("valid date"),
            precision: Precision::Year,
        };
        assert!(dates_agree(year, None, day(2025, 6, 22), None));
        assert!(!dates_agree(day(2025, 6, 21), None, day(2025, 6, 22), None));
    }

    #[test]
    fn a_day_inside_a_span_agrees() {
        let end = NaiveDate::from_ymd_opt(2025, 8, 24);
        assert!(dates_agree(day(2025, 8, 23), end, day(2025, 8, 24), None));
    }

    #[test]
    fn a_venue_agrees_with_its_city_not_another_city() {
        let tokyo = PlaceRef {
            text: "Tokyo",
            code: Some("JPN"),
            country_level: false,
        };
        let hotel = PlaceRef {
            text: "Hotel Azure, Tokyo",
            code: Some("JPN"),
            country_level: false,
        };
        let osaka = PlaceRef {
            text: "Osaka",
            code: Some("JPN"),
            country_level: false,
        };
        assert!(places_agree(tokyo, hotel));
        assert!(!places_agree(tokyo, osaka));
    }
}
