//! Temporal expressions (TimeML TIMEX3) resolved against a document date.

pub use chrono::NaiveDate;
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

/// Finds and resolves every temporal expression in `text`. `dct` is the
/// document creation time; without it relative expressions get no value.
pub fn tag_timexes(text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
    let _ = (text, dct);
    Vec::new()
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
