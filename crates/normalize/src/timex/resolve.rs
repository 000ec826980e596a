//! Turns an [`Expr`] into a TIMEX3 type and value, anchored on the document
//! creation time (DCT) and the tense of its clause.

use chrono::{Datelike, Duration, NaiveDate};

use super::grammar::{Amount, Direction, Expr, Period, Season, YearRef};
use super::lexicon::{HolidayRule, Tense, Unit};
use super::TimexType;

/// How far back (in characters) a quarter still anchors `a year ago`.
const QUARTER_REACH: usize = 600;

/// Resolves the expressions of one document, in text order: it remembers the
/// quarter the text last spoke of, which anchors `the quarter` and
/// `a year earlier` in financial reports.
pub(super) struct Resolver {
    dct: Option<NaiveDate>,
    /// (year, quarter, character offset) of the last quarter resolved.
    last_quarter: Option<(i32, u32, usize)>,
}

impl Resolver {
    /// A resolver for a document written on `dct`.
    pub fn new(dct: Option<NaiveDate>) -> Self {
        Resolver {
            dct,
            last_quarter: None,
        }
    }

    /// The type and value of `expr`, found at character `offset`.
    pub fn resolve(
        &mut self,
        expr: &Expr,
        tense: Option<Tense>,
        offset: usize,
    ) -> (TimexType, Option<String>) {
        let (kind, value) = self.value(expr, tense, offset);
        if let Some(v) = &value {
            if let Some((year, quarter)) = parse_quarter(v) {
                self.last_quarter = Some((year, quarter, offset));
            }
        }
        (kind, value)
    }

    fn value(
        &self,
        expr: &Expr,
        tense: Option<Tense>,
        offset: usize,
    ) -> (TimexType, Option<String>) {
        let dct = self.dct;
        match expr {
            Expr::Calendar { year, period } => {
                (TimexType::Date, calendar(dct, *year, *period, tense))
            }
            Expr::Weekday {
                day,
                direction,
                part,
            } => {
                let date = dct.map(|d| weekday(d, *day, *direction, tense));
                (TimexType::Date, date.map(|d| with_part(d, part.as_deref())))
            }
            Expr::DayOffset { days, part } => {
                let date = dct.map(|d| d + Duration::days(*days));
                let kind = if part.is_some() {
                    TimexType::Time
                } else {
                    TimexType::Date
                };
                (kind, date.map(|d| with_part(d, part.as_deref())))
            }
            Expr::Relative { unit, offset: by } => (
                TimexType::Date,
                dct.and_then(|d| relative(d, *unit, *by, tense)),
            ),
            Expr::Shifted {
                amount,
                unit,
                sign,
                from_reference,
            } => (
                TimexType::Date,
                self.shifted(*amount, *unit, *sign, *from_reference, offset),
            ),
            Expr::Reference(value) => (TimexType::Date, Some(value.clone())),
            Expr::Duration { amount, unit } => {
                (TimexType::Duration, Some(duration_value(*amount, *unit)))
            }
            Expr::Set(value) => (TimexType::Set, Some(value.clone())),
            Expr::Clock {
                hour,
                minute,
                second,
                day,
            } => {
                let date = match day {
                    Some(day) => self.value(day, tense, offset).1,
                    None => dct.map(|d| d.format("%Y-%m-%d").to_string()),
                };
                let date = date.filter(|d| d.len() >= 10).map(|d| d[..10].to_string());
                let time = match second {
                    Some(s) => format!("{hour:02}:{minute:02}:{s:02}"),
                    None => format!("{hour:02}:{minute:02}"),
                };
                (TimexType::Time, date.map(|d| format!("{d}T{time}")))
            }
            Expr::Decade(decade) => (TimexType::Date, Some(decade.to_string())),
            Expr::Century(century) => (TimexType::Date, Some(format!("{century:02}"))),
            Expr::ReportedQuarter { years_back } => {
                let quarter = self.reported_quarter(offset);
                (
                    TimexType::Date,
                    quarter.map(|(y, q)| format!("{}-Q{q}", y - years_back)),
                )
            }
            Expr::DayOfMonth(day) => (
                TimexType::Date,
                dct.and_then(|d| NaiveDate::from_ymd_opt(d.year(), d.month(), *day))
                    .map(|d| d.format("%Y-%m-%d").to_string()),
            ),
        }
    }

    /// The quarter a report speaks of: the last one named, else the last
    /// one completed before the DCT.
    fn reported_quarter(&self, offset: usize) -> Option<(i32, u32)> {
        if let Some((year, quarter, _)) = self.recent_quarter(offset) {
            return Some((year, quarter));
        }
        let dct = self.dct?;
        let index = dct.year() * 4 + (dct.month0() / 3) as i32 - 1;
        Some((index.div_euclid(4), index.rem_euclid(4) as u32 + 1))
    }

    fn recent_quarter(&self, offset: usize) -> Option<(i32, u32, usize)> {
        self.last_quarter
            .filter(|(_, _, at)| offset.saturating_sub(*at) <= QUARTER_REACH)
    }

    fn shifted(
        &self,
        amount: Amount,
        unit: Unit,
        sign: i32,
        from_reference: bool,
        offset: usize,
    ) -> Option<String> {
        let Amount::Exact(n) = amount else {
            return Some(if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.to_string());
        };
        // `a year ago` in a quarterly report means that quarter a year back.
        if unit == Unit::Year && n == 1.0 && (sign < 0 || from_reference) {
            if let Some((year, quarter, _)) = self.recent_quarter(offset) {
                return Some(format!("{}-Q{quarter}", year + sign));
            }
        }
        let dct = self.dct?;
        let n = n.floor() as i64 * i64::from(sign);
        let year = i64::from(dct.year());
        let format_day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
        Some(match unit {
            Unit::Year => (year + n).to_string(),
            Unit::Decade => (year + 10 * n).to_string(),
            Unit::Century => (year + 100 * n).to_string(),
            Unit::Millennium => (year + 1000 * n).to_string(),
            Unit::Quarter => {
                let index = year * 4 + i64::from(dct.month0() / 3) + n;
                format!("{}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1)
            }
            Unit::Month => {
                let index = year * 12 + i64::from(dct.month0()) + n;
                format!("{}-{:02}", index.div_euclid(12), index.rem_euclid(12) + 1)
            }
            Unit::Week | Unit::Weekend => format_day(dct + Duration::weeks(n)),
            Unit::Fortnight => format_day(dct + Duration::weeks(2 * n)),
            Unit::Day => format_day(dct + Duration::days(n)),
            Unit::Hour | Unit::Minute | Unit::Second => format_day(dct),
        })
    }
}

/// `1998-Q3` -> (1998, 3).
fn parse_quarter(value: &str) -> Option<(i32, u32)> {
    let (year, quarter) = value.split_once("-Q")?;
    Some((year.parse().ok()?, quarter.parse().ok()?))
}

fn with_part(date: NaiveDate, part: Option<&str>) -> String {
    match part {
        Some(part) => format!("{}T{part}", date.format("%Y-%m-%d")),
        None => date.format("%Y-%m-%d").to_string(),
    }
}

/// First and last day of `period` in `year`.
fn span(year: i32, period: Period) -> Option<(NaiveDate, NaiveDate)> {
    let month_span = |first: u32, last: u32| -> Option<(NaiveDate, NaiveDate)> {
        let start = NaiveDate::from_ymd_opt(year, first, 1)?;
        let (y, m) = if last == 12 {
            (year + 1, 1)
        } else {
            (year, last + 1)
        };
        let end = NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()?;
        Some((start, end))
    };
    match period {
        Period::Year => month_span(1, 12),
        Period::Month(m) => month_span(m, m),
        Period::Day(m, d) => {
            let day = NaiveDate::from_ymd_opt(year, m, d)?;
            Some((day, day))
        }
        Period::Quarter(q) => month_span(3 * q - 2, 3 * q),
        Period::Half(h) => month_span(6 * h - 5, 6 * h),
        Period::Season(Season::Winter) => {
            let start = NaiveDate::from_ymd_opt(year, 12, 1)?;
            let end = NaiveDate::from_ymd_opt(year + 1, 3, 1)?.pred_opt()?;
            Some((start, end))
        }
        Period::Season(s) => month_span(s.first_month(), s.first_month() + 2),
        Period::Holiday(rule) => {
            let day = holiday(year, rule)?;
            Some((day, day))
        }
    }
}

/// The TIMEX3 value of `period` in `year`.
fn format_period(year: i32, period: Period) -> Option<String> {
    Some(match period {
        Period::Year => format!("{year:04}"),
        Period::Month(m) => format!("{year:04}-{m:02}"),
        Period::Day(m, d) => NaiveDate::from_ymd_opt(year, m, d)?
            .format("%Y-%m-%d")
            .to_string(),
        Period::Quarter(q) => format!("{year:04}-Q{q}"),
        Period::Half(h) => format!("{year:04}-H{h}"),
        Period::Season(s) => format!("{year:04}-{}", s.code()),
        Period::Holiday(rule) => holiday(year, rule)?.format("%Y-%m-%d").to_string(),
    })
}

/// The date of a holiday in a year.
fn holiday(year: i32, rule: HolidayRule) -> Option<NaiveDate> {
    match rule {
        HolidayRule::Fixed { month, day } => NaiveDate::from_ymd_opt(year, month, day),
        HolidayRule::NthWeekday { n, weekday, month } => {
            let first = NaiveDate::from_ymd_opt(year, month, 1)?;
            if n > 0 {
                let shift = (weekday + 7 - first.weekday().number_from_monday()) % 7;
                first.checked_add_signed(Duration::days(i64::from(shift) + 7 * i64::from(n - 1)))
            } else {
                let (y, m) = if month == 12 {
                    (year + 1, 1)
                } else {
                    (year, month + 1)
                };
                let last = NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()?;
                let shift = (last.weekday().number_from_monday() + 7 - weekday) % 7;
                last.checked_sub_signed(Duration::days(i64::from(shift) + 7 * i64::from(-n - 1)))
            }
        }
        HolidayRule::Easter { offset } => {
            // Anonymous Gregorian algorithm.
            let a = year % 19;
            let b = year / 100;
            let c = year % 100;
            let d = b / 4;
            let e = b % 4;
            let f = (b + 8) / 25;
            let g = (b - f + 1) / 3;
            let h = (19 * a + b - d - g + 15) % 30;
            let i = c / 4;
            let k = c % 4;
            let l = (32 + 2 * e + 2 * i - h - k) % 7;
            let m = (a + 11 * h + 22 * l) / 451;
            let month = (h + l - 7 * m + 114) / 31;
            let day = (h + l - 7 * m + 114) % 31 + 1;
            NaiveDate::from_ymd_opt(year, month as u32, day as u32)?
                .checked_add_signed(Duration::days(offset))
        }
    }
}

/// The value of a calendar period, finding its year when the text gives none.
fn calendar(
    dct: Option<NaiveDate>,
    year: YearRef,
    period: Period,
    tense: Option<Tense>,
) -> Option<String> {
    let year = match year {
        YearRef::Explicit(y) => y,
        other => anchor_year(dct?, other, period, tense)?,
    };
    format_period(year, period)
}

/// The year of a period named without one, from the DCT and the tense: a
/// past clause takes the latest such period not after the DCT, a future one
/// the first not before it, and a clause without cues the nearest.
fn anchor_year(dct: NaiveDate, year: YearRef, period: Period, tense: Option<Tense>) -> Option<i32> {
    let here = dct.year();
    let candidates = [here - 1, here, here + 1];
    let spans: Vec<(i32, NaiveDate, NaiveDate)> = candidates
        .iter()
        .filter_map(|&y| span(y, period).map(|(s, e)| (y, s, e)))
        .collect();
    let latest_not_after = |strict: bool| {
        spans
            .iter()
            .filter(|(_, s, e)| if strict { *e < dct } else { *s <= dct })
            .map(|(y, _, _)| *y)
            .max()
    };
    let first_not_before = |strict: bool| {
        spans
            .iter()
            .filter(|(_, s, e)| if strict { *s > dct } else { *e >= dct })
            .map(|(y, _, _)| *y)
            .min()
    };
    match year {
        YearRef::Explicit(y) => Some(y),
        YearRef::Offset(n) => Some(here + n),
        YearRef::Previous => latest_not_after(true),
        YearRef::Next => first_not_before(true),
        YearRef::Infer => match tense {
            Some(Tense::Past) => latest_not_after(false),
            Some(Tense::Future) => first_not_before(false),
            None => spans
                .iter()
                .min_by_key(|(y, s, e)| {
                    let distance = if dct < *s {
                        (*s - dct).num_days()
                    } else if dct > *e {
                        (dct - *e).num_days()
                    } else {
                        0
                    };
                    (distance, (*y - here).abs())
                })
                .map(|(y, _, _)| *y),
        },
    }
}

/// The date a weekday names, seen from the DCT.
fn weekday(dct: NaiveDate, day: u32, direction: Direction, tense: Option<Tense>) -> NaiveDate {
    let today = dct.weekday().number_from_monday();
    let back = i64::from((today + 7 - day) % 7);
    let ahead = i64::from((day + 7 - today) % 7);
    let forward = match direction {
        Direction::Previous => return dct - Duration::days(if back == 0 { 7 } else { back }),
        Direction::Next => return dct + Duration::days(if ahead == 0 { 7 } else { ahead }),
        Direction::This => tense != Some(Tense::Past),
        Direction::ByTense => tense == Some(Tense::Future),
    };
    if forward {
        dct + Duration::days(ahead)
    } else {
        dct - Duration::days(back)
    }
}

/// `YYYY-Www` of the ISO week holding `date`.
fn iso_week(date: NaiveDate) -> String {
    let week = date.iso_week();
    format!("{:04}-W{:02}", week.year(), week.week())
}

/// `this month`, `last year`, `next week`, `the weekend`.
fn relative(dct: NaiveDate, unit: Unit, offset: i32, tense: Option<Tense>) -> Option<String> {
    let year = dct.year();
    let by = i64::from(offset);
    Some(match unit {
        Unit::Year => (year + offset).to_string(),
        Unit::Quarter => {
            let index = year * 4 + (dct.month0() / 3) as i32 + offset;
            format!("{}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1)
        }
        Unit::Month => {
            let index = year * 12 + dct.month0() as i32 + offset;
            format!("{}-{:02}", index.div_euclid(12), index.rem_euclid(12) + 1)
        }
        Unit::Week => iso_week(dct + Duration::weeks(by)),
        Unit::Fortnight => iso_week(dct + Duration::weeks(2 * by)),
        Unit::Weekend => {
            let today = i64::from(dct.weekday().number_from_monday());
            // The Saturday of this week, then moved by the tense or the offset.
            let saturday = dct + Duration::days(6 - today);
            let week_shift = match (offset, tense) {
                (0, Some(Tense::Future)) => 0,
                (0, _) if today >= 6 => 0,
                (0, _) => -1,
                (o, _) if o < 0 && today >= 6 => -1,
                (o, _) if o < 0 => -1,
                _ => 1,
            };
            format!("{}-WE", iso_week(saturday + Duration::weeks(week_shift)))
        }
        Unit::Day => (dct + Duration::days(by)).format("%Y-%m-%d").to_string(),
        Unit::Decade => (year.div_euclid(10) + offset).to_string(),
        Unit::Century => format!("{:02}", year.div_euclid(100) + offset),
        Unit::Millennium => (year.div_euclid(1000) + offset).to_string(),
        Unit::Hour | Unit::Minute | Unit::Second => return None,
    })
}

/// The TIMEX3 value of a length of time: `P6M`, `PT2H`, `P10Y`, `PXY`.
pub(super) fn duration_value(amount: Amount, unit: Unit) -> String {
    let (scale, code, clock) = match unit {
        Unit::Year => (1.0, "Y", false),
        Unit::Quarter => (3.0, "M", false),
        Unit::Month => (1.0, "M", false),
        Unit::Week => (1.0, "W", false),
        Unit::Fortnight => (2.0, "W", false),
        Unit::Day => (1.0, "D", false),
        Unit::Weekend => (2.0, "D", false),
        Unit::Hour => (1.0, "H", true),
        Unit::Minute => (1.0, "M", true),
        Unit::Second => (1.0, "S", true),
        Unit::Decade => (10.0, "Y", false),
        Unit::Century => (100.0, "Y", false),
        Unit::Millennium => (1000.0, "Y", false),
    };
    let t = if clock { "T" } else { "" };
    let Amount::Exact(n) = amount else {
        return match unit {
            Unit::Decade => "PXDE".to_string(),
            Unit::Century => "PXC".to_string(),
            _ => format!("P{t}X{code}"),
        };
    };
    let value = n * scale;
    if value.fract() == 0.0 {
        return format!("P{t}{}{code}", value as u64);
    }
    // A fraction goes down one unit when that makes it whole (`P18M`, `PT90M`).
    let smaller = match (unit, clock) {
        (Unit::Year | Unit::Decade | Unit::Century | Unit::Millennium, _) => Some((12.0, "M", "")),
        (Unit::Week | Unit::Fortnight, _) => Some((7.0, "D", "")),
        (Unit::Day | Unit::Weekend, _) => Some((24.0, "H", "T")),
        (Unit::Hour, _) => Some((60.0, "M", "T")),
        (Unit::Minute, _) => Some((60.0, "S", "T")),
        _ => None,
    };
    match smaller {
        Some((factor, code, t)) if (value * factor).fract() == 0.0 => {
            format!("P{t}{}{code}", (value * factor) as u64)
        }
        _ => format!("P{t}{value}{code}"),
    }
}
