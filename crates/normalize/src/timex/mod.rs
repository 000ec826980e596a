//! Temporal expressions (TimeML TIMEX3) resolved against a document date.
//!
//! The text is cut into tokens (`tokens.rs`), a grammar over the tokens finds
//! each expression and builds its meaning (`grammar.rs`), the tense of the
//! clause is read from cue words (`tense.rs`), and the meaning is resolved
//! against the document creation time (`resolve.rs`). Word lists live in
//! `data/timex/*.tsv` (`lexicon.rs`).

mod grammar;
mod lexicon;
mod resolve;
mod tense;
mod tokens;

use chrono::Datelike;
pub use chrono::NaiveDate;
use grammar::{Direction, Expr};
use lexicon::{EventCue, Tense};
use newsfacts_parse::{PartialDate, Precision};
use serde::Serialize;

/// The TIMEX3 type of an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period (`June 22, 1965`, `last year`).
    Date,
    /// A time of day (`23:40`, `this morning`).
    Time,
    /// A length of time (`six months`).
    Duration,
    /// A recurrence (`every year`).
    Set,
}

/// One temporal expression found in a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timex {
    /// Offset of the first character, in Unicode scalar values.
    pub start: usize,
    /// Offset one past the last character.
    pub end: usize,
    /// The words of the expression.
    pub text: String,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value (`2025-06-22`, `2025-06`, `P6M`, `PRESENT_REF`); `None`
    /// when it cannot be resolved (a relative date with no document date).
    pub value: Option<String>,
}

impl Timex {
    /// The calendar date this expression names, with its precision, for a
    /// `DATE` or `TIME` whose value is a plain `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
    /// (with an optional time part).
    pub fn date(&self) -> Option<PartialDate> {
        if !matches!(self.kind, TimexType::Date | TimexType::Time) {
            return None;
        }
        let value = self.value.as_deref()?;
        let day_part = value.split('T').next()?;
        let mut parts = day_part.split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        match (parts.next(), parts.next()) {
            (None, _) => Some(PartialDate {
                date: NaiveDate::from_ymd_opt(year, 1, 1)?,
                precision: Precision::Year,
            }),
            (Some(month), None) => Some(PartialDate {
                date: NaiveDate::from_ymd_opt(year, month.parse().ok()?, 1)?,
                precision: Precision::Month,
            }),
            (Some(month), Some(day)) => Some(PartialDate {
                date: NaiveDate::from_ymd_opt(year, month.parse().ok()?, day.parse().ok()?)?,
                precision: Precision::Day,
            }),
        }
    }
}

impl Timex {
    /// The first and last calendar day a `DATE` or `TIME` value covers, for
    /// callers that need dates: an ISO week (`2026-W11`, what `next week`
    /// and `early next week` give) is its Monday to Sunday, a weekend
    /// (`2026-W11-WE`) its Saturday and Sunday, a quarter (`2026-Q1`) or
    /// half (`2026-H2`) its months, and a year, month or day (with any time
    /// part) itself. Other values (`PRESENT_REF`, seasons, decades) give
    /// `None`.
    pub fn day_range(&self) -> Option<(NaiveDate, NaiveDate)> {
        if !matches!(self.kind, TimexType::Date | TimexType::Time) {
            return None;
        }
        let value = self.value.as_deref()?;
        let (year, rest) = value.split_once('-').unwrap_or((value, ""));
        let year: i32 = year.parse().ok().filter(|_| year.len() == 4)?;
        if let Some(week) = rest.strip_prefix('W') {
            let (week, weekend) = match week.strip_suffix("-WE") {
                Some(week) => (week, true),
                None => (week, false),
            };
            let week: u32 = week.parse().ok()?;
            let first = if weekend {
                chrono::Weekday::Sat
            } else {
                chrono::Weekday::Mon
            };
            let start = NaiveDate::from_isoywd_opt(year, week, first)?;
            let end = NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Sun)?;
            return Some((start, end));
        }
        let months = |first: u32, count: u32| -> Option<(NaiveDate, NaiveDate)> {
            let start = NaiveDate::from_ymd_opt(year, first, 1)?;
            let next = start.checked_add_months(chrono::Months::new(count))?;
            Some((start, next.pred_opt()?))
        };
        let numbered = |prefix: char| rest.strip_prefix(prefix)?.parse::<u32>().ok();
        if let Some(quarter) = numbered('Q').filter(|q| (1..=4).contains(q)) {
            return months(quarter * 3 - 2, 3);
        }
        if let Some(half) = numbered('H').filter(|h| (1..=2).contains(h)) {
            return months(half * 6 - 5, 6);
        }
        let date = self.date()?;
        match date.precision {
            Precision::Day => Some((date.date, date.date)),
            Precision::Month => months(date.date.month(), 1),
            Precision::Year => months(1, 12),
        }
    }
}

/// Finds and resolves every temporal expression in `text`. `dct` is the
/// document creation time; without it relative expressions get no value.
pub fn tag_timexes(text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
    let lex = lexicon::Lexicon::global();
    let toks = tokens::tokenize(text);
    let sentences = tense::sentence_ids(&toks, lex);
    let matches = grammar::Parser::new(&toks, lex).scan();
    let chars: Vec<char> = text.chars().collect();
    let mut resolver = resolve::Resolver::new(dct);
    matches
        .into_iter()
        .map(|m| {
            let start = toks[m.start].start;
            let end = toks[m.end - 1].end;
            let (expr, tense) = match m.expr {
                Expr::Weekday { day, direction } => {
                    weekday_by_event(&toks, lex, &sentences, &m, day, direction)
                }
                expr => {
                    let tense = tense::tense_near(&toks, lex, &sentences, m.start, m.end);
                    (expr, tense)
                }
            };
            let (kind, value) = resolver.resolve(&expr, tense, start);
            Timex {
                start,
                end,
                text: chars[start..end].iter().collect(),
                kind,
                value,
            }
        })
        .collect()
}

/// A weekday and the tense of its clause. After a cue that places the day's
/// event ahead of the clause's (`ahead of Sunday's election` in a clause
/// not past, `before Friday` in one without tense, `after Friday's vote` in
/// a future one) the day is the coming one, even as a possessive. The cue
/// itself (`ahead`) is no tense cue.
fn weekday_by_event(
    toks: &[tokens::Token],
    lex: &lexicon::Lexicon,
    sentences: &[usize],
    m: &grammar::Match,
    day: u32,
    direction: Direction,
) -> (Expr, Option<Tense>) {
    let cue = tense::event_cue(toks, lex, m.start)
        .filter(|_| matches!(direction, Direction::ByTense | Direction::Latest));
    let clause_start = cue.map_or(m.start, |(at, _)| at);
    let tense = tense::tense_near(toks, lex, sentences, clause_start, m.end);
    let ahead = match cue {
        Some((_, EventCue::Ahead)) => tense != Some(Tense::Past),
        Some((_, EventCue::Before)) => match tense {
            None => direction == Direction::ByTense,
            tense => tense == Some(Tense::Future),
        },
        Some((_, EventCue::After)) => tense == Some(Tense::Future),
        None => false,
    };
    if ahead {
        let coming = Expr::Weekday {
            day,
            direction: Direction::This,
        };
        (coming, Some(Tense::Future))
    } else {
        (Expr::Weekday { day, direction }, tense)
    }
}

/// One document of the `newsfacts timex` protocol.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct TimexRequest {
    /// Document id, echoed back.
    pub doc_id: String,
    /// Document creation time, `YYYY-MM-DD`, or null.
    pub dct: Option<String>,
    /// The text to tag.
    pub text: String,
}

/// The answer to one [`TimexRequest`].
#[derive(Debug, Clone, Serialize)]
pub struct TimexResponse {
    /// Document id.
    pub doc_id: String,
    /// Every temporal expression found.
    pub timexes: Vec<Timex>,
}

/// Tags one request; a `dct` that is not a `YYYY-MM-DD` date counts as absent.
pub fn answer(request: TimexRequest) -> TimexResponse {
    let dct = request
        .dct
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    TimexResponse {
        timexes: tag_timexes(&request.text, dct),
        doc_id: request.doc_id,
    }
}

/// The `newsfacts timex` protocol: JSON lines `{"doc_id", "dct", "text"}` in,
/// `{"doc_id", "timexes": [{"start", "end", "text", "type", "value"}]}` out.
pub fn tag_json_lines(
    input: impl std::io::BufRead,
    output: impl std::io::Write,
) -> std::io::Result<()> {
    crate::jsonl::map_json_lines(input, output, answer)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dct() -> Option<NaiveDate> {
        // A Monday.
        NaiveDate::from_ymd_opt(2025, 6, 23)
    }

    /// (text, type, value) of every expression found.
    fn tag(text: &str) -> Vec<(String, TimexType, Option<String>)> {
        tag_timexes(text, dct())
            .into_iter()
            .map(|t| (t.text, t.kind, t.value))
            .collect()
    }

    /// The single expression found, as (text, value).
    fn one(text: &str) -> (String, String) {
        let found = tag(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let (words, _, value) = found.into_iter().next().unwrap_or_else(|| unreachable!());
        (words, value.unwrap_or_default())
    }

    fn value_of(text: &str) -> String {
        one(text).1
    }

    /// The values of every expression found in `text` written on `dct`.
    fn values_on(text: &str, dct: &str) -> Vec<String> {
        let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
        tag_timexes(text, dct)
            .into_iter()
            .map(|t| t.value.unwrap_or_default())
            .collect()
    }

    #[test]
    fn full_dates_in_words_and_digits() {
        assert_eq!(
            one("The treaty was signed on June 22, 1965."),
            ("June 22, 1965".into(), "1965-06-22".into())
        );
        assert_eq!(
            one("Filed Aug. 27, 2025 by staff."),
            ("Aug. 27, 2025".into(), "2025-08-27".into())
        );
        assert_eq!(value_of("It opened on 22 June 1965."), "1965-06-22");
        assert_eq!(value_of("It happened in December 2021."), "2021-12");
    }

    #[test]
    fn iso_timestamp_is_a_time() {
        let found = tag("Updated 2025-06-19 23:40:00 local time.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "2025-06-19 23:40:00");
        assert_eq!(found[0].1, TimexType::Time);
        assert_eq!(found[0].2.as_deref(), Some("2025-06-19T23:40:00"));
    }

    #[test]
    fn month_without_year_takes_the_document_year() {
        assert_eq!(value_of("The vote is in February."), "2025-02");
        assert_eq!(value_of("Talks resume on June 30."), "2025-06-30");
    }

    #[test]
    fn later_month_in_past_tense_goes_back_a_year() {
        assert_eq!(value_of("The plant closed in November."), "2024-11");
        assert_eq!(value_of("The plant will close in March."), "2026-03");
    }

    #[test]
    fn modal_may_and_verb_march_are_not_months() {
        assert!(tag("Prices may rise, and workers march on.").is_empty());
        assert_eq!(value_of("He resigned in May."), "2025-05");
    }

    #[test]
    fn year_span_gives_two_years() {
        let found = tag("the occupation of 1910-1945");
        let values: Vec<_> = found
            .iter()
            .map(|t| t.2.clone().unwrap_or_default())
            .collect();
        assert_eq!(values, ["1910", "1945"]);
    }

    #[test]
    fn decades_centuries_and_modified_years() {
        assert_eq!(
            one("Prices rose in the 1990s."),
            ("the 1990s".into(), "199".into())
        );
        assert_eq!(
            one("Growth slows in mid-2024."),
            ("mid-2024".into(), "2024".into())
        );
        assert_eq!(value_of("the late 1970s"), "197");
        assert_eq!(value_of("in the 20th century"), "19");
    }

    #[test]
    fn a_year_with_its_century_clipped() {
        assert_eq!(
            one("Prices peaked in '97 and fell."),
            ("'97".into(), "1997".into())
        );
        assert_eq!(value_of("It opened in June '05."), "2005-06");
        assert_eq!(value_of("Revenue in FY99 grew."), "1999");
        assert_eq!(value_of("The order is dated 3/15/98."), "1998-03-15");
        // A quoted number is no year.
        assert!(tag("He said '97 percent' twice.").is_empty());
        assert_eq!(value_of("It said '10 days' was enough."), "P10D");
    }

    #[test]
    fn quarters_and_fiscal_years() {
        assert_eq!(
            value_of("Profit rose in the third quarter of 1998."),
            "1998-Q3"
        );
        assert_eq!(one("Third-quarter profit will rise.").1, "2025-Q3");
        assert_eq!(one("Third-quarter profit rose.").1, "2024-Q3");
        assert_eq!(value_of("Sales in fiscal 1989 fell."), "1989");
        assert_eq!(value_of("the first half of 2024"), "2024-H1");
        assert_eq!(
            value_of("Sales fell in the final quarter of 1997."),
            "1997-Q4"
        );
        assert_eq!(
            value_of("Sales fell in the last quarter of 1997."),
            "1997-Q4"
        );
        // Alone, `last quarter` is the quarter before the document's.
        assert_eq!(value_of("Sales fell last quarter."), "2025-Q1");
    }

    #[test]
    fn weekday_in_past_tense_resolves_backwards() {
        // The DCT is a Monday: Thursday in a past clause is four days back.
        assert_eq!(
            value_of("The minister said on Thursday that talks failed."),
            "2025-06-19"
        );
        assert_eq!(value_of("He resigned Monday."), "2025-06-23");
    }

    #[test]
    fn weekday_after_will_resolves_forwards() {
        assert_eq!(
            value_of("The minister will visit on Thursday."),
            "2025-06-26"
        );
        assert_eq!(
            value_of("Talks are scheduled to resume Thursday."),
            "2025-06-26"
        );
    }

    #[test]
    fn future_weekday_before_a_speech_tag_resolves_forwards() {
        // 2026-03-04 is a Wednesday.
        let wednesday = "2026-03-04";
        assert_eq!(
            values_on(
                "The two delegations will sign the accord in a ceremony at the palace in the capital on Friday, a spokesperson said.",
                wednesday
            ),
            ["2026-03-06"]
        );
        assert_eq!(
            values_on(
                "The hearing is set for 10:30 a.m. Thursday, according to court papers.",
                wednesday
            ),
            ["2026-03-05T10:30"]
        );
        assert_eq!(
            values_on(
                "The final is slated for Saturday, organisers said.",
                wednesday
            ),
            ["2026-03-07"]
        );
        assert_eq!(
            values_on("A verdict is due on Monday, a lawyer said.", wednesday),
            ["2026-03-09"]
        );
        // The speech verb still counts when it is the clause's own.
        assert_eq!(
            values_on("Officials said on Friday that talks failed.", wednesday),
            ["2026-02-27"]
        );
    }

    #[test]
    fn weekday_event_ahead_of_a_present_clause_is_the_coming_one() {
        let wednesday = "2026-03-04";
        assert_eq!(
            values_on(
                "Parties are campaigning ahead of Sunday's general election.",
                wednesday
            ),
            ["2026-03-08"]
        );
        assert_eq!(
            values_on("Prices firm in the run-up to Sunday's vote.", wednesday),
            ["2026-03-08"]
        );
        assert_eq!(
            values_on("The bill must pass before Friday.", wednesday),
            ["2026-03-06"]
        );
        // A past clause keeps the day behind; `ahead` is no tense cue.
        assert_eq!(
            values_on(
                "Parties campaigned hard ahead of Sunday's general election.",
                wednesday
            ),
            ["2026-03-01"]
        );
        // `before Friday's purchases` in a present clause: an event over.
        assert_eq!(
            values_on("Its share before Friday's purchases is 7%.", wednesday),
            ["2026-02-27"]
        );
    }

    #[test]
    fn weekday_event_after_a_future_clause_is_the_coming_one() {
        let wednesday = "2026-03-04";
        assert_eq!(
            values_on("Talks will resume after Sunday's vote.", wednesday),
            ["2026-03-08"]
        );
        assert_eq!(
            values_on("Shares rose after Friday's jobs report.", wednesday),
            ["2026-02-27"]
        );
    }

    #[test]
    fn week_phrases_give_iso_weeks_with_their_days() {
        // 2026-03-04 is a Wednesday of ISO week 10.
        let dct = NaiveDate::from_ymd_opt(2026, 3, 4);
        let found = tag_timexes(
            "Talks resume early next week. Sales slowed later this week. \
             The fund closes by the end of next week. They rested last weekend.",
            dct,
        );
        let values: Vec<_> = found.iter().map(|t| t.value.as_deref()).collect();
        assert_eq!(
            values,
            [
                Some("2026-W11"),
                Some("2026-W10"),
                Some("2026-W11"),
                Some("2026-W09-WE")
            ]
        );
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default();
        assert_eq!(found[0].day_range(), Some((day(3, 9), day(3, 15))));
        assert_eq!(found[3].day_range(), Some((day(2, 28), day(3, 1))));
    }

    #[test]
    fn day_range_covers_quarters_months_and_days() {
        let timex = |value: &str| Timex {
            start: 0,
            end: 0,
            text: String::new(),
            kind: TimexType::Date,
            value: Some(value.to_string()),
        };
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        assert_eq!(
            timex("2026-Q1").day_range(),
            Some((day(2026, 1, 1), day(2026, 3, 31)))
        );
        assert_eq!(
            timex("2024-02").day_range(),
            Some((day(2024, 2, 1), day(2024, 2, 29)))
        );
        assert_eq!(
            timex("2025-06-19T23:40").day_range(),
            Some((day(2025, 6, 19), day(2025, 6, 19)))
        );
        assert_eq!(
            timex("2020-W53").day_range(),
            Some((day(2020, 12, 28), day(2021, 1, 3)))
        );
        assert_eq!(timex("PRESENT_REF").day_range(), None);
        assert_eq!(timex("2026-W99").day_range(), None);
        assert_eq!(timex("199").day_range(), None);
    }

    #[test]
    fn this_weekday_is_the_coming_one() {
        assert_eq!(
            one("The vote is this Sunday."),
            ("this Sunday".into(), "2025-06-29".into())
        );
        assert_eq!(value_of("They met last Friday."), "2025-06-20");
        assert_eq!(value_of("They meet next Friday."), "2025-06-27");
    }

    #[test]
    fn month_at_the_end_of_a_sentence_leaves_the_full_stop_out() {
        assert_eq!(one("The vote was moved to December.").0, "December");
        assert_eq!(one("Rates rose in Sept. and fell.").0, "Sept.");
    }

    #[test]
    fn days_relative_to_the_document() {
        assert_eq!(value_of("It rained yesterday."), "2025-06-22");
        assert_eq!(value_of("It rains today."), "2025-06-23");
        assert_eq!(value_of("It is over now."), "PRESENT_REF");
        assert_eq!(value_of("Prices recently fell."), "PAST_REF");
        assert_eq!(value_of("Prices are currently high."), "PRESENT_REF");
        assert_eq!(one("Rent is due on the 20th.").1, "2025-06-20");
    }

    #[test]
    fn periods_relative_to_the_document() {
        assert_eq!(value_of("Sales rose this month."), "2025-06");
        assert_eq!(
            one("He arrived earlier this month.").0,
            "earlier this month"
        );
        assert_eq!(value_of("He arrived earlier this month."), "2025-06");
        assert_eq!(value_of("Sales fell last year."), "2024");
        assert_eq!(value_of("Sales rise next month."), "2025-07");
        assert_eq!(one("More news later in the week.").0, "later in the week");
        assert_eq!(value_of("More news later in the week."), "2025-W26");
        assert_eq!(value_of("He left two weeks ago."), "2025-06-09");
        assert_eq!(value_of("They met last April."), "2025-04");
    }

    #[test]
    fn ranges_give_each_day() {
        let values: Vec<_> = tag("Rallies will be held on August 23 and 24.")
            .into_iter()
            .map(|t| (t.0, t.2.unwrap_or_default()))
            .collect();
        assert_eq!(
            values,
            [
                ("August 23".to_string(), "2025-08-23".to_string()),
                ("24".into(), "2025-08-24".into())
            ]
        );
        let found = tag("The fair runs from June 16 to 19.");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].2.as_deref(), Some("2025-06-19"));
    }

    #[test]
    fn durations_with_numbers_in_words_and_modifiers() {
        assert_eq!(
            one("It took about six months."),
            ("about six months".into(), "P6M".into())
        );
        assert_eq!(value_of("He served seventeen years."), "P17Y");
        assert_eq!(value_of("It lasted a decade."), "P10Y");
        assert_eq!(value_of("It stood for 60 years."), "P60Y");
        assert_eq!(one("Rain fell in the past 24 hours.").1, "PT24H");
        assert_eq!(one("a two-year deal").1, "P2Y");
        assert_eq!(value_of("It lasted twenty-four hours."), "PT24H");
        assert_eq!(value_of("It lasted 2 1/2 years."), "P2Y6M");
        assert_eq!(value_of("It took a minute and a half."), "PT1M30S");
        let found = tag("It took six months.");
        assert_eq!(found[0].1, TimexType::Duration);
    }

    #[test]
    fn sets_of_recurring_times() {
        let found = tag("The board meets every year and reports weekly.");
        let sets: Vec<_> = found
            .iter()
            .map(|t| (t.0.as_str(), t.1, t.2.as_deref()))
            .collect();
        assert_eq!(
            sets,
            [
                ("every year", TimexType::Set, Some("P1Y")),
                ("weekly", TimexType::Set, Some("P1W"))
            ]
        );
        assert_eq!(value_of("The board meets twice a year."), "P1Y");
    }

    #[test]
    fn rates_are_not_times() {
        assert!(tag("It earns $5 a year and sells 700 seats a week.").is_empty());
    }

    #[test]
    fn times_of_day() {
        let found =
            tag("It began this morning and ended at 23:40; it will resume at 3 p.m. Tuesday.");
        let times: Vec<_> = found
            .iter()
            .map(|t| (t.0.as_str(), t.1, t.2.as_deref()))
            .collect();
        assert_eq!(
            times,
            [
                ("this morning", TimexType::Time, Some("2025-06-23TMO")),
                ("23:40", TimexType::Time, Some("2025-06-23T23:40")),
                ("3 p.m. Tuesday", TimexType::Time, Some("2025-06-24T15:00")),
            ]
        );
    }

    #[test]
    fn a_year_ago_in_a_quarterly_report_is_that_quarter() {
        let found = tag("Profit rose in the third quarter of 2024 from a year ago.");
        assert_eq!(found[1].2.as_deref(), Some("2023-Q3"));
    }

    #[test]
    fn recent_months_is_a_vague_duration() {
        let found = tag("Prices climbed in recent months.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, TimexType::Duration);
        assert_eq!(found[0].2.as_deref(), Some("PXM"));
        assert_eq!(value_of("Few left in recent years."), "PXY");
        assert_eq!(value_of("Rates may fall in coming weeks."), "FUTURE_REF");
    }

    #[test]
    fn one_day_between_a_modal_and_a_verb_is_the_future() {
        assert_eq!(value_of("Robots will one day run the plant."), "FUTURE_REF");
        assert_eq!(value_of("She hopes she one day flies."), "FUTURE_REF");
        assert_eq!(value_of("The strike lasted one day."), "P1D");
        assert_eq!(value_of("It will take one day to fix."), "P1D");
    }

    #[test]
    fn within_weeks_is_a_vague_duration() {
        assert_eq!(value_of("Troops arrive within weeks."), "PXW");
    }

    #[test]
    fn the_before_an_adjectival_duration_belongs_to_the_noun() {
        assert_eq!(
            one("They ended the ten-year feud."),
            ("ten-year".into(), "P10Y".into())
        );
        assert_eq!(one("He chaired the three day summit.").0, "three day");
        assert_eq!(
            one("Analysts await the third-quarter results.").0,
            "third-quarter"
        );
        assert_eq!(one("Workers held a day-long strike.").0, "day-long");
        assert_eq!(
            one("The decade-long war ended."),
            ("decade-long".into(), "P10Y".into())
        );
        // Ages are no times.
        assert!(tag("A century-old bridge fell.").is_empty());
        // A noun phrase that is itself the time keeps its article.
        assert_eq!(
            one("Sales fell in the past two years.").0,
            "the past two years"
        );
        assert_eq!(one("It took the four days.").0, "the four days");
    }

    #[test]
    fn the_next_morning_is_the_day_after_the_one_last_named() {
        let found = tag("He was arrested on May 2, 2024, and freed the next morning.");
        assert_eq!(found[1].0, "the next morning");
        assert_eq!(found[1].2.as_deref(), Some("2024-05-03"));
        let found = tag("The vote was on June 3, 2024; the previous night was calm.");
        assert_eq!(found[1].2.as_deref(), Some("2024-06-02"));
    }

    #[test]
    fn march_and_may_after_mid_are_months() {
        assert_eq!(
            one("The plant reopened in mid-March."),
            ("mid-March".into(), "2025-03".into())
        );
        assert_eq!(value_of("Talks stalled by early-May."), "2025-05");
    }

    #[test]
    fn prepositions_within_and_over_stay_outside_a_duration() {
        assert_eq!(
            one("The plant must close within 90 days."),
            ("90 days".into(), "P90D".into())
        );
        assert_eq!(
            one("Costs were spread over four years."),
            ("four years".into(), "P4Y".into())
        );
        assert_eq!(one("It ran for well over an hour.").0, "well over an hour");
    }

    #[test]
    fn quarters_stay_the_unit_of_a_duration() {
        assert_eq!(
            value_of("Losses mounted over the past two quarters."),
            "P2Q"
        );
        assert_eq!(value_of("It lost money for several quarters."), "PXQ");
    }

    #[test]
    fn a_year_earlier_after_an_amount_is_no_rate() {
        let found = tag("Revenue fell to $80 million from $93.3 million a year earlier.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "a year earlier");
        assert_eq!(found[0].2.as_deref(), Some("2024"));
        // A true rate stays untagged.
        assert!(tag("It costs $5 million a year.").is_empty());
    }

    #[test]
    fn weekday_after_a_background_date_anchors_on_the_document() {
        // 2025-03-04 is a Tuesday; October 2024 must not become the anchor.
        let dct = NaiveDate::from_ymd_opt(2025, 3, 4);
        let found = tag_timexes(
            "Ozawa became prime minister in October 2024. The minister arrived in Seoul on Monday.",
            dct,
        );
        assert_eq!(found[1].text, "Monday");
        assert_eq!(found[1].value.as_deref(), Some("2025-03-03"));
    }

    #[test]
    fn no_dct_leaves_relative_unresolved() {
        let found = tag_timexes(
            "He left on Friday and returns next month, not in 1998.",
            None,
        );
        let values: Vec<_> = found.iter().map(|t| t.value.as_deref()).collect();
        assert_eq!(values, [None, None, Some("1998")]);
    }

    #[test]
    fn offsets_count_characters() {
        let text = "Séoul — élection le June 3, 2025";
        let found = tag_timexes(text, dct());
        let chars: String = text
            .chars()
            .skip(found[0].start)
            .take(found[0].end - found[0].start)
            .collect();
        assert_eq!(chars, "June 3, 2025");
    }

    #[test]
    fn holidays_fall_on_their_day() {
        assert_eq!(value_of("They met on Thanksgiving Day 2024."), "2024-11-28");
        assert_eq!(value_of("Easter 2025 was early."), "2025-04-20");
    }

    #[test]
    fn date_gives_precision() {
        let found = tag_timexes("It started in December 2021.", dct());
        let date = found[0].date().map(|d| (d.date, d.precision));
        assert_eq!(
            date,
            NaiveDate::from_ymd_opt(2021, 12, 1).map(|d| (d, Precision::Month))
        );
    }

    #[test]
    fn words_that_are_not_times_stay_untagged() {
        assert!(tag("The second man said a few words as prices may fall.").is_empty());
    }

    #[test]
    fn intention_before_to_looks_ahead() {
        assert_eq!(
            value_of("Talks are set to resume Thursday in Geneva."),
            "2025-06-26"
        );
        assert_eq!(
            value_of("The team planned to leave on Thursday."),
            "2025-06-26"
        );
    }

    #[test]
    fn participle_after_be_is_no_past_tense() {
        // `will be paid` looks ahead although `paid` is a past form.
        assert_eq!(value_of("The dividend will be paid Jan. 2."), "2026-01-02");
        assert_eq!(value_of("Bonuses were paid in January."), "2025-01");
    }

    #[test]
    fn forward_preposition_decides_only_without_verbs() {
        assert_eq!(value_of("Results by August."), "2025-08");
        assert_eq!(
            value_of("Until Thursday, police had named nobody."),
            "2025-06-19"
        );
    }

    #[test]
    fn near_month_ahead_is_the_coming_one() {
        // Two months ahead in a past clause: a deadline, not last year.
        assert_eq!(value_of("The offer was extended to Aug. 16."), "2025-08-16");
        assert_eq!(value_of("The summit in September drew crowds."), "2024-09");
    }

    #[test]
    fn reported_quarters_follow_the_text() {
        let found =
            tag("Profit rose in the third quarter of 2024. In the year-ago quarter it fell.");
        assert_eq!(found[1].0, "the year-ago quarter");
        assert_eq!(found[1].2.as_deref(), Some("2023-Q3"));
        assert_eq!(value_of("Sales rose in the latest quarter."), "2025-Q1");
        let found =
            tag("Profit rose in the third quarter of 2024, up from the same period last year.");
        assert_eq!(found[1].2.as_deref(), Some("2023-Q3"));
        assert_eq!(one("Sales for last year's quarter fell.").1, "2024-Q1");
    }

    #[test]
    fn following_year_counts_from_the_date_named() {
        let found = tag("He was promoted on May 22, 1995, and the following year he retired.");
        assert_eq!(found[1].2.as_deref(), Some("1996"));
        let found = tag("He arrived in 1998 and left later that year.");
        assert_eq!(found[1].0, "later that year");
        assert_eq!(found[1].2.as_deref(), Some("1998"));
    }

    #[test]
    fn year_ended_is_a_year_long_duration() {
        let found = tag("For the year ended Sept. 30, profit rose.");
        assert_eq!(found[0].0, "the year");
        assert_eq!(found[0].1, TimexType::Duration);
        assert_eq!(found[0].2.as_deref(), Some("P1Y"));
        assert_eq!(value_of("Sales for the full year rose."), "2025");
    }

    #[test]
    fn ages_and_fractions_are_not_durations() {
        assert!(tag("Mr. Smith, 52 years old, met a 6-year-old boy.").is_empty());
        assert!(tag("About three-quarters of voters agreed.").is_empty());
        assert_eq!(one("an 8-month-old truce").1, "P8M");
    }

    #[test]
    fn year_earlier_adjective_stands_alone() {
        assert_eq!(one("compared with a year-earlier loss").0, "year-earlier");
        assert_eq!(value_of("compared with a five year plan"), "P5Y");
    }

    #[test]
    fn decade_words_and_year_end() {
        assert_eq!(value_of("Prices soared in the nineties."), "199");
        assert!(tag("He is in his nineties.").is_empty());
        assert_eq!(value_of("The deal closes by year-end."), "2025-12-31");
    }

    #[test]
    fn last_month_and_day_is_the_latest_before() {
        assert_eq!(one("He was shot last Oct. 23 at home.").1, "2024-10-23");
    }

    #[test]
    fn huge_amounts_leave_no_value_and_no_panic() {
        let found = tag_timexes("It began 999999999999 days ago.", dct());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].value, None);
        let edge = NaiveDate::from_ymd_opt(9999, 12, 31);
        assert!(tag_timexes("tomorrow and next week", edge)
            .iter()
            .all(|t| t.value.is_some()));
    }

    #[test]
    fn short_quarters_and_fiscal_years() {
        assert_eq!(one("Sales rose in Q1 1998.").1, "1998-Q1");
        assert_eq!(one("Sales rose in 1998-Q1.").1, "1998-Q1");
        assert_eq!(one("first-quarter 2024 results").1, "2024-Q1");
        assert_eq!(one("Guidance for FY2024 held.").1, "2024");
        assert_eq!(one("Sales in 2Q 2025 rose.").1, "2025-Q2");
        assert_eq!(one("Sales in H1 2024 rose.").1, "2024-H1");
    }

    #[test]
    fn stated_year_covers_both_days_of_a_range() {
        let values: Vec<_> = tag("They met on August 23 and 24, 2024.")
            .into_iter()
            .map(|t| t.2.unwrap_or_default())
            .collect();
        assert_eq!(values, ["2024-08-23", "2024-08-24"]);
    }

    #[test]
    fn article_before_a_period_part_is_inside() {
        assert_eq!(one("Prices fell in the late 1970s.").0, "the late 1970s");
    }

    #[test]
    fn weekday_range_is_placed_as_a_whole() {
        // DCT Monday: a past survey ran last Monday to Wednesday...
        let found = tag("The survey, conducted Monday through Wednesday, is out.");
        let values: Vec<_> = found
            .iter()
            .map(|t| t.2.clone().unwrap_or_default())
            .collect();
        assert_eq!(values, ["2025-06-16", "2025-06-18"]);
        // ... and talks ahead run from the coming Tuesday.
        let found = tag("Talks will run Tuesday to Thursday.");
        let values: Vec<_> = found
            .iter()
            .map(|t| t.2.clone().unwrap_or_default())
            .collect();
        assert_eq!(values, ["2025-06-24", "2025-06-26"]);
        // A list is no range.
        let found = tag("He spoke Friday and Thursday.");
        assert_eq!(found[0].2.as_deref(), Some("2025-06-20"));
    }

    #[test]
    fn consecutive_weekdays_joined_by_and_are_one_span() {
        // 2026-11-13 is a Friday. In a past clause the pair ends by the DCT
        // and stays consecutive: the previous Friday and Saturday.
        let friday = "2026-11-13";
        assert_eq!(
            values_on("The poll was conducted on Friday and Saturday.", friday),
            ["2026-11-06", "2026-11-07"]
        );
        // In a future clause it starts from the DCT.
        assert_eq!(
            values_on("Talks will be held on Friday or Saturday.", friday),
            ["2026-11-13", "2026-11-14"]
        );
    }

    #[test]
    fn weekday_possessive_names_a_past_event() {
        // `would` looks ahead, but `Wednesday's ruling` is already out.
        let found = tag("They said they would fight Wednesday's ruling.");
        assert_eq!(found[0].2.as_deref(), Some("2025-06-18"));
    }

    #[test]
    fn as_soon_as_looks_ahead() {
        let found = tag("Officials said he could arrive as soon as Thursday.");
        assert_eq!(found[0].2.as_deref(), Some("2025-06-26"));
    }

    #[test]
    fn earlier_that_day_is_the_day_last_named() {
        let found =
            tag("He was shot on Oct. 23, 1998. Earlier that day, a fax came. That day was cold.");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].0, "Earlier that day");
        assert_eq!(found[1].2.as_deref(), Some("1998-10-23"));
    }

    #[test]
    fn numeric_dates_with_slashes_and_dots() {
        assert_eq!(
            one("Posted 2025.06.23 14:05 local time.").1,
            "2025-06-23T14:05"
        );
        assert_eq!(one("Filed 2025/06/19.").1, "2025-06-19");
        assert_eq!(one("Filed 6/19/2025.").1, "2025-06-19");
        assert_eq!(one("Filed 19/6/2025.").1, "2025-06-19");
        assert_eq!(one("Updated 2025-06-19T23:40:00.").1, "2025-06-19T23:40:00");
        assert!(tag("Version 1.2.3.4 shipped.").is_empty());
    }

    #[test]
    fn week_of_a_day_is_its_iso_week() {
        assert_eq!(
            one("A hearing is set for the week of March 6, 2000.").1,
            "2000-W10"
        );
    }

    #[test]
    fn part_of_day_after_a_position_word() {
        let found = tag("Shares fell in mid-afternoon yesterday, after morning trading.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "mid-afternoon yesterday");
        assert_eq!(found[0].1, TimexType::Time);
        assert_eq!(found[0].2.as_deref(), Some("2025-06-22TAF"));
    }
}
