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
    /// (year, quarter, character offset) of the last quarter named.
    last_quarter: Option<(i32, u32, usize)>,
    /// The first day of the last calendar date named: the anchor of
    /// `the following year` or `that month`.
    reference: Option<NaiveDate>,
    /// The last single day named: the day of a bare clock time.
    reference_day: Option<NaiveDate>,
}

impl Resolver {
    /// A resolver for a document written on `dct`.
    pub fn new(dct: Option<NaiveDate>) -> Self {
        Resolver {
            dct,
            last_quarter: None,
            reference: None,
            reference_day: None,
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
        // Only what the text names anchors what follows, not what it counts.
        let named = matches!(
            expr,
            Expr::Calendar { .. }
                | Expr::Weekday { .. }
                | Expr::DayOffset { .. }
                | Expr::Clock { .. }
        ) || matches!(
            expr,
            Expr::Relative {
                unit: Unit::Quarter,
                ..
            }
        );
        if let (true, Some(v)) = (named, &value) {
            if let Some((year, quarter)) = parse_quarter(v) {
                self.last_quarter = Some((year, quarter, offset));
            }
            if let Some(date) = first_day(v) {
                self.reference = Some(date);
                if v.len() >= 10 {
                    self.reference_day = Some(date);
                }
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
            Expr::Weekday { day, direction } => {
                let date = dct.and_then(|d| weekday(d, *day, *direction, tense));
                (TimexType::Date, date.map(|d| with_part(d, None)))
            }
            Expr::DayOffset { days, part } => {
                let date = dct.and_then(|d| add_days(d, *days));
                let kind = if part.is_some() {
                    TimexType::Time
                } else {
                    TimexType::Date
                };
                (kind, date.map(|d| with_part(d, part.as_deref())))
            }
            Expr::Relative {
                unit,
                offset: by,
                from_reference,
            } => {
                let base = if *from_reference {
                    self.reference.or(dct)
                } else {
                    dct
                };
                (
                    TimexType::Date,
                    base.and_then(|d| relative(d, *unit, *by, tense)),
                )
            }
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
                    // A bare clock time happens on the day the text speaks of.
                    None => self
                        .reference_day
                        .or(dct)
                        .map(|d| d.format("%Y-%m-%d").to_string()),
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
            Expr::ReportedQuarter { years_back, year } => {
                let quarter = self.reported_quarter(offset);
                let value =
                    quarter.map(|(y, q)| format!("{}-Q{q}", year.unwrap_or(y) - years_back));
                (TimexType::Date, value)
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
        // Beyond this many units no calendar date is meant.
        if !(0.0..=100_000.0).contains(&n) {
            return None;
        }
        let n = n.floor() as i64 * i64::from(sign);
        let year = i64::from(dct.year());
        let format_day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
        Some(match unit {
            Unit::Year => format!("{:04}", year + n),
            Unit::Decade => format!("{:04}", year + 10 * n),
            Unit::Century => format!("{:04}", year + 100 * n),
            Unit::Millennium => format!("{:04}", year + 1000 * n),
            Unit::Quarter => {
                let index = year * 4 + i64::from(dct.month0() / 3) + n;
                format!("{:04}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1)
            }
            Unit::Month => {
                let index = year * 12 + i64::from(dct.month0()) + n;
                format!(
                    "{:04}-{:02}",
                    index.div_euclid(12),
                    index.rem_euclid(12) + 1
                )
            }
            Unit::Week | Unit::Weekend => format_day(add_days(dct, 7 * n)?),
            Unit::Fortnight => format_day(add_days(dct, 14 * n)?),
            Unit::Day => format_day(add_days(dct, n)?),
            Unit::Hour | Unit::Minute | Unit::Second => format_day(dct),
        })
    }
}

/// The first day of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value.
fn first_day(value: &str) -> Option<NaiveDate> {
    let day_part = value.split('T').next()?;
    let mut parts = day_part.split('-');
    let year = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let month = match parts.next() {
        Some(m) => m.parse().ok()?,
        None => 1,
    };
    let day = match parts.next() {
        Some(d) => d.parse().ok()?,
        None => 1,
    };
    NaiveDate::from_ymd_opt(year, month, day)
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
        Period::Day(m, d) | Period::WeekOf(m, d) => {
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
        Period::WeekOf(m, d) => iso_week(NaiveDate::from_ymd_opt(year, m, d)?),
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
                add_days(first, i64::from(shift) + 7 * i64::from(n - 1))
            } else {
                let (y, m) = if month == 12 {
                    (year + 1, 1)
                } else {
                    (year, month + 1)
                };
                let last = NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()?;
                let shift = (last.weekday().number_from_monday() + 7 - weekday) % 7;
                add_days(last, -(i64::from(shift) + 7 * i64::from(-n - 1)))
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
            add_days(
                NaiveDate::from_ymd_opt(year, month as u32, day as u32)?,
                offset,
            )
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

/// How long before the DCT `last April` must have ended to be this year's.
const PREVIOUS_GAP_DAYS: i64 = 30;
/// Quarters are reported after they end: a future clause may still speak of
/// the quarter just over.
const QUARTER_REPORT_DAYS: i64 = 92;
/// A month this many months ahead of the DCT or fewer is the coming one in
/// a past clause (`the offer was extended to Nov. 16`)...
const PAST_CLAUSE_AHEAD_MONTHS: u32 = 2;
/// ... and in a clause without tense cues (`the summit in April`).
const NEUTRAL_AHEAD_MONTHS: u32 = 4;

/// The year of a period named without one, from the DCT and the tense.
/// A month or day is the coming one when it is near ahead (nearer still in
/// a past clause) or the clause is future, else the latest one.
fn anchor_year(dct: NaiveDate, year: YearRef, period: Period, tense: Option<Tense>) -> Option<i32> {
    let here = dct.year();
    let spans: Vec<(i32, NaiveDate, NaiveDate)> = [here - 1, here, here + 1]
        .iter()
        .filter_map(|&y| span(y, period).map(|(s, e)| (y, s, e)))
        .collect();
    let latest_starting_by = |limit: NaiveDate| {
        spans
            .iter()
            .filter(|(_, s, _)| *s <= limit)
            .map(|(y, _, _)| *y)
            .max()
    };
    let latest_ended_by = |limit: NaiveDate| {
        spans
            .iter()
            .filter(|(_, _, e)| *e < limit)
            .map(|(y, _, _)| *y)
            .max()
    };
    let first_ending_after = |limit: NaiveDate| {
        spans
            .iter()
            .filter(|(_, _, e)| *e >= limit)
            .map(|(y, _, _)| *y)
            .min()
    };
    let first_starting_after = |limit: NaiveDate| {
        spans
            .iter()
            .filter(|(_, s, _)| *s > limit)
            .map(|(y, _, _)| *y)
            .min()
    };
    match year {
        YearRef::Explicit(y) => Some(y),
        YearRef::Offset(n) => Some(here + n),
        YearRef::Previous => latest_ended_by(add_days(dct, -PREVIOUS_GAP_DAYS)?),
        YearRef::Next => first_starting_after(dct),
        YearRef::Infer => match period {
            Period::Quarter(_) | Period::Half(_) | Period::Year => match tense {
                Some(Tense::Future) => first_ending_after(add_days(dct, -QUARTER_REPORT_DAYS)?),
                _ => latest_starting_by(dct),
            },
            _ => {
                let (_, start, _) = spans.iter().find(|(y, _, _)| *y == here)?;
                let ahead = (start.month() + 12 - dct.month()) % 12;
                if ahead == 0 {
                    return Some(here);
                }
                let forward = match tense {
                    Some(Tense::Future) => true,
                    Some(Tense::Past) => ahead <= PAST_CLAUSE_AHEAD_MONTHS,
                    None => ahead <= NEUTRAL_AHEAD_MONTHS,
                };
                let later_this_year = start.month() > dct.month();
                Some(match (forward, later_this_year) {
                    (true, true) | (false, false) => here,
                    (true, false) => here + 1,
                    (false, true) => here - 1,
                })
            }
        },
    }
}

/// The date a weekday names, seen from the DCT.
fn weekday(
    dct: NaiveDate,
    day: u32,
    direction: Direction,
    tense: Option<Tense>,
) -> Option<NaiveDate> {
    let today = dct.weekday().number_from_monday();
    let back = i64::from((today + 7 - day) % 7);
    let ahead = i64::from((day + 7 - today) % 7);
    let forward = match direction {
        Direction::Previous => return add_days(dct, -(if back == 0 { 7 } else { back })),
        Direction::Next => return add_days(dct, if ahead == 0 { 7 } else { ahead }),
        // A range is placed as a whole: in a past clause it ends by the
        // DCT, otherwise it starts from it.
        Direction::RangeStart { last } => {
            return if tense == Some(Tense::Future) {
                weekday(dct, day, Direction::This, tense)
            } else {
                let end = weekday(dct, last, Direction::ByTense, Some(Tense::Past))?;
                weekday(end, day, Direction::ByTense, Some(Tense::Past))
            };
        }
        Direction::RangeEnd { first } => {
            return if tense == Some(Tense::Future) {
                let start = weekday(dct, first, Direction::This, tense)?;
                weekday(start, day, Direction::ByTense, Some(Tense::Future))
            } else {
                weekday(dct, day, Direction::ByTense, Some(Tense::Past))
            };
        }
        Direction::Latest => false,
        Direction::This => tense != Some(Tense::Past),
        Direction::ByTense => tense == Some(Tense::Future),
    };
    if forward {
        add_days(dct, ahead)
    } else {
        add_days(dct, -back)
    }
}

/// `date` moved by `days`, if the calendar reaches that far.
fn add_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    date.checked_add_signed(Duration::try_days(days)?)
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
        Unit::Year => format!("{:04}", year + offset),
        Unit::Quarter => {
            let index = year * 4 + (dct.month0() / 3) as i32 + offset;
            format!("{:04}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1)
        }
        Unit::Month => {
            let index = year * 12 + dct.month0() as i32 + offset;
            format!(
                "{:04}-{:02}",
                index.div_euclid(12),
                index.rem_euclid(12) + 1
            )
        }
        Unit::Week => iso_week(add_days(dct, 7 * by)?),
        Unit::Fortnight => iso_week(add_days(dct, 14 * by)?),
        Unit::Weekend => {
            let today = i64::from(dct.weekday().number_from_monday());
            // The Saturday of this week, then moved by the tense or the offset.
            let saturday = add_days(dct, 6 - today)?;
            let week_shift = match (offset, tense) {
                (0, Some(Tense::Future)) => 0,
                (0, _) if today >= 6 => 0,
                (0, _) => -1,
                (o, _) if o < 0 && today >= 6 => -1,
                (o, _) if o < 0 => -1,
                _ => 1,
            };
            format!("{}-WE", iso_week(add_days(saturday, 7 * week_shift)?))
        }
        Unit::Day => add_days(dct, by)?.format("%Y-%m-%d").to_string(),
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
        // TimeML keeps the quarter as a unit: `the past two quarters` is P2Q.
        Unit::Quarter => (1.0, "Q", false),
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
    let whole = value.trunc();
    // A fraction goes into the next smaller unit: `P2Y6M`, `PT1M30S`.
    let smaller = match unit {
        Unit::Year | Unit::Decade | Unit::Century | Unit::Millennium => Some((12.0, "M", false)),
        Unit::Quarter => Some((3.0, "M", false)),
        Unit::Month => Some((30.0, "D", false)),
        Unit::Week | Unit::Fortnight => Some((7.0, "D", false)),
        Unit::Day | Unit::Weekend => Some((24.0, "H", true)),
        Unit::Hour => Some((60.0, "M", true)),
        Unit::Minute => Some((60.0, "S", true)),
        Unit::Second => None,
    };
    let rest = value - whole;
    match smaller {
        Some((factor, small, small_clock)) if rest > 0.0 && (rest * factor).fract() == 0.0 => {
            let big = if whole > 0.0 {
                format!("{}{code}", whole as u64)
            } else {
                String::new()
            };
            let small = format!("{}{small}", (rest * factor) as u64);
            match (clock, small_clock) {
                (true, _) => format!("PT{big}{small}"),
                (false, true) => format!("P{big}T{small}"),
                (false, false) => format!("P{big}{small}"),
            }
        }
        _ if rest == 0.0 => format!("P{t}{}{code}", whole as u64),
        _ => format!("P{t}{value}{code}"),
    }
}
