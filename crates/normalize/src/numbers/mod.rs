//! Numbers in news text: percentages, ordinals and ranks, money, counts.
//!
//! Figures written in digits (`49%`, `$500 million`, `2 trillion won`, `60th`,
//! `No. 1`) and in words (`seventeen`, `a dozen`, `two-thirds`, `twice`) are
//! read with their unit, the hedge before them (`about`, `more than`) and a
//! change cue (`up`, `fell by`). Years, days of the month, times, decades and
//! figures glued to letters (`G7`, `F-35`) are not quantities and are skipped.
//! Word lists live in `data/numbers/`.

mod lexicon;

use std::sync::OnceLock;

use regex::Regex;
use serde::Serialize;

use crate::places::CharOffsets;
use lexicon::{CurrencyPosition, Lexicon, WordRole};

/// What a number measures.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    /// A share in percent (`42.5%`).
    Percent,
    /// A change in percentage points.
    PercentagePoints,
    /// An ordinal or rank (`97th`, `No. 1`).
    Ordinal,
    /// An amount of money; the unit holds the currency code.
    Money,
    /// A plain count or amount, possibly with a unit noun (`12 meetings`);
    /// a fraction (`two-thirds`) has the unit `fraction`, a multiple
    /// (`twice`) the unit `times`.
    Count,
}

/// Which way a number moved, when the text says it is a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    /// `up`, `rose`, `increased by`.
    Up,
    /// `down`, `fell`, `dropped`.
    Down,
}

/// A number found in a text, normalised.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// Offset of the first character, in Unicode scalar values.
    pub start: usize,
    /// Offset one past the last character.
    pub end: usize,
    /// The words as written.
    pub text: String,
    /// The numeric value (`500000000` for `$500 million`).
    pub value: f64,
    /// What kind of number it is.
    pub kind: QuantityKind,
    /// The unit (`%`, `USD`, `KRW`, `years`, `countries`), when stated.
    pub unit: Option<String>,
    /// A hedge or bound (`about`, `more than`), when stated.
    pub qualifier: Option<String>,
    /// Set when the number is a change (`up 3.2 percentage points`).
    pub change: Option<Change>,
}

/// A quantity being built, in byte offsets.
struct Reading {
    start: usize,
    end: usize,
    value: f64,
    kind: QuantityKind,
    unit: Option<String>,
}

fn digits_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3},\d{1,2}\b|\d+(?:\.\d+)?|\.\d+")
            .expect("valid regex")
    })
}

fn word_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"[A-Za-z]+(?:-[A-Za-z]+)*").expect("valid regex"))
}

/// Every number in `text`, in text order.
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    let lexicon = Lexicon::global();
    let mut readings: Vec<Reading> = digits_regex()
        .find_iter(text)
        .filter_map(|m| read_figure(text, m.start(), m.end(), lexicon))
        .collect();
    readings.extend(read_spelled_numbers(text, lexicon));
    readings.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let readings = merge_ratios(text, readings);
    let offsets = CharOffsets::new(text);
    let mut quantities: Vec<Quantity> = Vec::new();
    let mut last_end = 0;
    for reading in readings {
        if reading.start < last_end {
            continue;
        }
        last_end = reading.end;
        quantities.push(finish(text, reading, lexicon, &offsets));
    }
    quantities
}

/// `seven in 10 respondents`, `one out of four`, `two of every three`: a
/// share of people, read as a percentage (one decimal, since `one in
/// three` is loose) over the whole span. The denominator must be a plain
/// whole number of at most 1,000 with no time unit (`once in 10 years` is
/// not a share).
fn merge_ratios(text: &str, readings: Vec<Reading>) -> Vec<Reading> {
    let mut merged: Vec<Reading> = Vec::with_capacity(readings.len());
    for reading in readings {
        let ratio = merged.last().and_then(|part| {
            let link = text.get(part.end..reading.start)?.to_lowercase();
            let linked = matches!(link.as_str(), " in " | " out of " | " of every ");
            let whole = |v: f64| v.fract() == 0.0 && v >= 1.0;
            let plain = |r: &Reading| r.kind == QuantityKind::Count && whole(r.value);
            let timed = reading.unit.as_deref().is_some_and(is_time_unit);
            (linked
                && plain(part)
                && part.unit.is_none()
                && plain(&reading)
                && !timed
                && reading.value <= 1000.0
                && part.value < reading.value)
                .then(|| (part.value / reading.value * 1000.0).round() / 10.0)
        });
        match (ratio, merged.last_mut()) {
            (Some(share), Some(part)) => {
                part.end = reading.end;
                part.value = share;
                part.kind = QuantityKind::Percent;
                part.unit = Some("%".to_owned());
            }
            _ => merged.push(reading),
        }
    }
    merged
}

fn is_time_unit(unit: &str) -> bool {
    let unit = unit.to_lowercase();
    let singular = unit.strip_suffix('s').unwrap_or(&unit);
    matches!(
        singular,
        "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "decade" | "century"
    ) || unit == "centuries"
}

/// Adds the qualifier and change cue before a reading and converts offsets.
fn finish(text: &str, reading: Reading, lexicon: &Lexicon, offsets: &CharOffsets) -> Quantity {
    let qualifier = word_before(
        text,
        reading.start,
        lexicon.qualifiers.iter().map(String::as_str),
    );
    let start = qualifier
        .as_ref()
        .map_or(reading.start, |(q_start, _)| *q_start);
    let mut cue_end = start;
    if let Some((by_start, _)) = word_before(text, cue_end, ["by"].into_iter()) {
        cue_end = by_start;
    }
    let change = word_before(
        text,
        cue_end,
        lexicon.changes.iter().map(|(w, _)| w.as_str()),
    )
    .and_then(|(_, cue)| lexicon.changes.iter().find(|(w, _)| *w == cue))
    .map(|(_, up)| if *up { Change::Up } else { Change::Down });
    Quantity {
        start: offsets.char_at(start),
        end: offsets.char_at(reading.end),
        text: text[start..reading.end].to_owned(),
        value: reading.value,
        kind: reading.kind,
        unit: reading.unit,
        qualifier: qualifier.map(|(_, q)| q),
        change,
    }
}

/// The longest of `candidates` (lower case) that ends, as whole words,
/// right before `pos` (one space between); its byte start and the words.
fn word_before<'a>(
    text: &str,
    pos: usize,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<(usize, String)> {
    let before = text[..pos].strip_suffix(' ')?;
    let mut best: Option<(usize, String)> = None;
    for candidate in candidates {
        let n = candidate.len();
        if before.len() < n || !before.is_char_boundary(before.len() - n) {
            continue;
        }
        let start = before.len() - n;
        if !before[start..].eq_ignore_ascii_case(candidate) {
            continue;
        }
        if before[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        if best.as_ref().is_none_or(|(s, _)| start < *s) {
            best = Some((start, candidate.to_owned()));
        }
    }
    best
}

/// A figure in digits at `start..end`, with what stands around it.
fn read_figure(text: &str, start: usize, end: usize, lexicon: &Lexicon) -> Option<Reading> {
    let digits = &text[start..end];
    let before = &text[..start];
    let after = &text[end..];
    if glued_to_word_or_date(before, after) {
        return None;
    }
    let decimal_comma = digits
        .rsplit_once(',')
        .is_some_and(|(_, fraction)| fraction.len() < 3);
    if decimal_comma && !ends_a_cell(after) {
        return None;
    }
    let mut value: f64 = if decimal_comma {
        digits.replace(',', ".").parse().ok()?
    } else {
        digits.replace(',', "").parse().ok()?
    };
    let mut reading_start = start;
    // A minus sign that stands alone before the digits (`-3.2%`, `−5`).
    if let Some(sign) = before
        .chars()
        .next_back()
        .filter(|c| matches!(c, '-' | '−'))
    {
        value = -value;
        reading_start -= sign.len_utf8();
    }
    let mut reading_end = end;
    let mut kind = QuantityKind::Count;
    let mut unit: Option<String> = None;
    let mut scaled = false;

    if let Some(suffix) = ordinal_suffix(after) {
        reading_end += suffix;
        kind = QuantityKind::Ordinal;
    } else if after.starts_with(|c: char| c.is_alphabetic()) {
        // Only a scale abbreviation may be glued to the digits (`3bn`, `$5m`).
        let (word, len) = leading_word(after);
        let multiplier = lexicon.scales.get(word)?;
        value *= multiplier;
        reading_end += len;
        scaled = true;
    } else if let Some((multiplier, len)) = spaced_scale(after, lexicon) {
        value *= multiplier;
        reading_end += len;
        scaled = true;
    }

    if kind != QuantityKind::Ordinal {
        if let Some((form_kind, len)) = percent_after(&text[reading_end..]) {
            kind = form_kind;
            unit = Some("%".to_owned());
            reading_end += len;
        } else if let Some((code, len, factor)) = currency_after(&text[reading_end..], lexicon) {
            kind = QuantityKind::Money;
            unit = Some(code);
            value *= factor;
            reading_end += len;
        }
        if kind != QuantityKind::Percent && kind != QuantityKind::PercentagePoints {
            if let Some((code, len)) = currency_before(before, lexicon) {
                kind = QuantityKind::Money;
                unit = Some(code);
                reading_start -= len;
            }
        }
    }
    if kind == QuantityKind::Count {
        if let Some(len) = number_sign_before(before) {
            kind = QuantityKind::Ordinal;
            reading_start -= len;
        }
    }

    if next_to_month(before, &text[reading_end..], lexicon) {
        return None;
    }
    let is_year_like = !digits.contains([',', '.'])
        && digits.len() == 4
        && (1000.0..=2100.0).contains(&value)
        && !scaled;
    if kind == QuantityKind::Count {
        if let Some((noun, len)) = hyphen_unit_after(&text[reading_end..], lexicon) {
            return Some(Reading {
                start: reading_start,
                end: reading_end + len,
                value,
                kind,
                unit: Some(plural_unit(noun, value)),
            });
        }
    }
    if kind == QuantityKind::Ordinal {
        if let Some((superlative, len)) = superlative_after(&text[reading_end..], lexicon) {
            return Some(Reading {
                start: reading_start,
                end: reading_end + len,
                value,
                kind,
                unit: Some(superlative),
            });
        }
    }
    if matches!(kind, QuantityKind::Count | QuantityKind::Ordinal) {
        if let Some((noun, noun_end)) = unit_noun_after(text, reading_end, lexicon, &kind) {
            if is_year_like && !lexicon.units.contains(&noun.to_lowercase()) {
                return None;
            }
            if noun_end.is_some() {
                reading_end = noun_end.unwrap_or(reading_end);
            }
            unit = Some(noun);
        } else if is_year_like && kind == QuantityKind::Count {
            return None;
        }
    }
    Some(Reading {
        start: reading_start,
        end: reading_end,
        value,
        kind,
        unit,
    })
}

/// True when digits are part of a code, a date, a time or a range of years
/// (`G7`, `F-35`, `2+2`, `2025-06-19`, `23:40`, `1910-1945`, `1990s`, `06/19`).
fn glued_to_word_or_date(before: &str, after: &str) -> bool {
    let mut back = before.chars().rev();
    let prev = back.next();
    let prev2 = back.next();
    if prev.is_some_and(|c| c.is_alphanumeric() || c == ':') {
        return true;
    }
    if prev.is_some_and(|c| matches!(c, '-' | '–' | '/' | '+'))
        && prev2.is_some_and(|c| c.is_alphanumeric())
    {
        return true;
    }
    let mut ahead = after.chars();
    let next = ahead.next();
    let next2 = ahead.next();
    if next.is_some_and(|c| matches!(c, '-' | '–' | '/' | ':' | '+'))
        && next2.is_some_and(|c| c.is_ascii_digit())
    {
        return true;
    }
    // Decades: `1990s`, `the 80s`.
    next == Some('s') && !next2.is_some_and(char::is_alphanumeric)
}

/// Whether a number written with a decimal comma (`17,9`) stands where a
/// share or a table cell ends: before `%`, `percent`, a column gap of two
/// spaces or a tab, or the end of the line. Elsewhere `17,9` may be a list.
fn ends_a_cell(after: &str) -> bool {
    let rest = after.trim_start_matches(' ');
    rest.is_empty()
        || rest.starts_with(['%', '\n', '\r', '\t'])
        || rest.starts_with("percent")
        || rest.starts_with("per cent")
        || after.starts_with("  ")
}

/// Length of `st`/`nd`/`rd`/`th` right after the digits, if it ends a word.
fn ordinal_suffix(after: &str) -> Option<usize> {
    let suffix = after.get(..2)?;
    let is_suffix = ["st", "nd", "rd", "th"].contains(&suffix.to_ascii_lowercase().as_str());
    let ends_word = !after[2..].starts_with(|c: char| c.is_alphanumeric());
    (is_suffix && ends_word).then_some(2)
}

/// The leading run of letters of `text` and its byte length.
fn leading_word(text: &str) -> (&str, usize) {
    let len = text
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(text.len(), |(i, _)| i);
    (&text[..len], len)
}

/// A spelled scale word after one space (`500 million`); abbreviations such
/// as `m` only count when glued, so `5 m` (metres) is not five million.
fn spaced_scale(after: &str, lexicon: &Lexicon) -> Option<(f64, usize)> {
    let rest = after.strip_prefix(' ')?;
    let (word, len) = leading_word(rest);
    if word.len() < 4 {
        return None;
    }
    lexicon.scales.get(word).map(|m| (*m, len + 1))
}

/// `%`, `percent`, `per cent` or `percentage point(s)` after the figure.
fn percent_after(after: &str) -> Option<(QuantityKind, usize)> {
    const FORMS: [(&str, bool); 8] = [
        (" percentage points", true),
        (" percentage point", true),
        ("%", false),
        (" %", false),
        (" percent", false),
        (" per cent", false),
        ("-percent", false),
        (" pct", false),
    ];
    FORMS.iter().find_map(|(form, points)| {
        let rest = after.strip_prefix(form)?;
        if form.ends_with(|c: char| c.is_alphabetic()) && rest.starts_with(char::is_alphanumeric) {
            return None;
        }
        let kind = if *points || rest.starts_with(" points") {
            QuantityKind::PercentagePoints
        } else {
            QuantityKind::Percent
        };
        let extra = if !points && rest.starts_with(" points") {
            " points".len()
        } else {
            0
        };
        Some((kind, form.len() + extra))
    })
}

/// A currency written after the figure (`won`, `yen`, `dollars`).
/// Returns the code, the bytes taken and the factor (0.01 for `cents`).
fn currency_after(after: &str, lexicon: &Lexicon) -> Option<(String, usize, f64)> {
    let rest = after.strip_prefix(' ')?;
    lexicon
        .currencies
        .iter()
        .find_map(|(form, code, position)| {
            let factor = match position {
                CurrencyPosition::Prefix => return None,
                CurrencyPosition::Suffix => 1.0,
                CurrencyPosition::Minor => 0.01,
            };
            let tail = rest.strip_prefix(form.as_str())?;
            (!tail.starts_with(char::is_alphanumeric))
                .then(|| (code.clone(), form.len() + 1, factor))
        })
}

/// A currency written before the figure (`$`, `US$`, `€`, `USD `).
fn currency_before(before: &str, lexicon: &Lexicon) -> Option<(String, usize)> {
    lexicon
        .currencies
        .iter()
        .find_map(|(form, code, position)| {
            if *position != CurrencyPosition::Prefix {
                return None;
            }
            let (head, len) = match before.strip_suffix(form.as_str()) {
                Some(head) => (head, form.len()),
                None if form.ends_with(char::is_alphanumeric) || form.ends_with('.') => {
                    let head = before.strip_suffix(' ')?.strip_suffix(form.as_str())?;
                    (head, form.len() + 1)
                }
                None => return None,
            };
            let glued = form.starts_with(char::is_alphanumeric)
                && head.chars().next_back().is_some_and(char::is_alphanumeric);
            (!glued).then(|| (code.clone(), len))
        })
}

/// `No. ` or `No.` before a figure (a rank), and its byte length.
fn number_sign_before(before: &str) -> Option<usize> {
    ["No. ", "No.", "no. "].iter().find_map(|sign| {
        let head = before.strip_suffix(sign)?;
        (!head.chars().next_back().is_some_and(char::is_alphanumeric)).then_some(sign.len())
    })
}

/// True when a month name stands right before or after (`June 22`, `22 June`).
fn next_to_month(before: &str, after: &str, lexicon: &Lexicon) -> bool {
    let prev_word = before
        .trim_end()
        .trim_end_matches('.')
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let next_word = after
        .trim_start_matches([',', ' '])
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let spaced_prev = before.ends_with(' ') || before.ends_with(". ");
    (spaced_prev && lexicon.date_words.contains(prev_word))
        || (after.starts_with(' ') && lexicon.date_words.contains(next_word))
        || second_day_of_a_range(before, lexicon)
}

/// True when `before` ends with a month, a day and a joining word, so the
/// number that follows is the second day of a range (`August 23 and 24`,
/// `June 16 to 19`).
fn second_day_of_a_range(before: &str, lexicon: &Lexicon) -> bool {
    let words: Vec<&str> = before
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .rev()
        .take(3)
        .collect();
    let [joiner, day, month] = words[..] else {
        return false;
    };
    let day = day.trim_end_matches(|c: char| c.is_alphabetic());
    matches!(
        joiner,
        "and" | "to" | "or" | "through" | "until" | "-" | "–"
    ) && !day.is_empty()
        && day.chars().all(|c| c.is_ascii_digit())
        && lexicon.date_words.contains(month.trim_end_matches('.'))
}

/// The unit noun after a count (`148 countries`, `12 Korea-Japan meetings`):
/// up to three words, stopping at a function word or punctuation. Returns
/// the noun and, when it follows the figure directly, where the span may end.
fn unit_noun_after(
    text: &str,
    pos: usize,
    lexicon: &Lexicon,
    kind: &QuantityKind,
) -> Option<(String, Option<usize>)> {
    let mut cursor = pos;
    // Capitalised, unhyphenated words right before the noun name what is
    // counted (`ten National Assembly members`); an adjective does not
    // (`12 Korea-Japan meetings`, `12 bilateral meetings`).
    let mut compound_start: Option<usize> = None;
    for index in 0..3 {
        let rest = text[cursor..].strip_prefix(' ')?;
        let word_start = cursor + 1;
        // Only the token at the cursor can be the word: searching the whole
        // rest of the text would make a long run of numbers quadratic.
        let token = rest.split(char::is_whitespace).next().unwrap_or("");
        let found = word_regex().find(token)?;
        if found.start() != 0 {
            return None;
        }
        let word = found.as_str();
        let word_end = word_start + found.end();
        if lexicon.function_words.contains(&word.to_lowercase()) {
            return None;
        }
        let is_unit = if *kind == QuantityKind::Ordinal {
            index == 0 && word.chars().all(|c| c.is_lowercase() || c == '-')
        } else {
            lexicon.is_unit_noun(word)
        };
        if is_unit {
            let span_end = (index == 0).then_some(word_end);
            let unit_start = compound_start.unwrap_or(word_start);
            return Some((text[unit_start..word_end].to_owned(), span_end));
        }
        if *kind == QuantityKind::Ordinal {
            return None;
        }
        let proper = word.starts_with(char::is_uppercase) && !word.contains('-');
        compound_start = if proper {
            compound_start.or(Some(word_start))
        } else {
            None
        };
        cursor = word_end;
    }
    None
}

/// Numbers written in words (`seventeen`, `a dozen`, `two-thirds`, `twice`).
fn read_spelled_numbers(text: &str, lexicon: &Lexicon) -> Vec<Reading> {
    let words: Vec<regex::Match> = word_regex().find_iter(text).collect();
    let mut readings = Vec::new();
    let mut index = 0;
    while index < words.len() {
        match read_spelled_at(text, &words, index, lexicon) {
            Some((reading, next)) => {
                readings.push(reading);
                index = next;
            }
            None => index += 1,
        }
    }
    readings
}

/// `half of respondents`, but not `the second half of the year` nor `a
/// half`: a lone `half` before `of`, after no article or ordinal.
fn half_of_a_whole(text: &str, part: &Part, lexicon: &Lexicon) -> bool {
    let followed_by_of = text
        .get(part.end..)
        .is_some_and(|after| after.to_lowercase().starts_with(" of "));
    let before = text.get(..part.start).unwrap_or("");
    let window = before.char_indices().rev().nth(24).map_or(0, |(i, _)| i);
    let previous = word_regex()
        .find_iter(&before[window..])
        .last()
        .map(|m| m.as_str().to_lowercase());
    let determined = previous.as_deref().is_some_and(|w| {
        matches!(w, "a" | "an" | "the" | "one" | "latter" | "other")
            || lexicon.word_value(w, WordRole::Ordinal).is_some()
    });
    followed_by_of && !determined
}

/// One part of a spelled number: a word or a piece of a hyphenated word.
struct Part {
    word: String,
    start: usize,
    end: usize,
    /// Index of the word this part belongs to.
    word_index: usize,
}

/// The spelled number starting at word `first`, and the index of the word
/// after it.
fn read_spelled_at(
    text: &str,
    words: &[regex::Match],
    first: usize,
    lexicon: &Lexicon,
) -> Option<(Reading, usize)> {
    let head = words[first];
    let head_word = head.as_str();
    let capitalised = head_word.starts_with(char::is_uppercase);
    if capitalised
        && !(is_sentence_start(&text[..head.start()])
            && head_word[1..].chars().all(char::is_lowercase))
    {
        return None;
    }
    let parts = spelled_parts(text, words, first, lexicon);
    if parts.is_empty() {
        return None;
    }
    let mut total = 0.0;
    let mut current = 0.0;
    let mut kind = QuantityKind::Count;
    let mut unit: Option<String> = None;
    let mut used = 0;
    let mut has_numerator = false;
    for (i, part) in parts.iter().enumerate() {
        let word = part.word.as_str();
        let is_last = i + 1 == parts.len();
        if word == "a" || word == "an" {
            if i != 0 {
                break;
            }
            current = 1.0;
            has_numerator = true;
            used += 1;
            continue;
        }
        if word == "and" {
            // Only inside a number: `three hundred and five`.
            if i == 0 || total + current < 100.0 {
                break;
            }
            continue;
        }
        if i == 0 && lexicon.word_value(word, WordRole::Fraction) == Some(0.5) {
            // `half a million`: half of the scale that follows.
            let article = parts
                .get(1)
                .is_some_and(|p| matches!(p.word.as_str(), "a" | "an"));
            let scale = parts
                .get(2)
                .and_then(|p| lexicon.word_value(&p.word, WordRole::Scale));
            if let (true, Some(scale)) = (article, scale) {
                total = 0.5 * scale;
                used = 3;
            } else if half_of_a_whole(text, part, lexicon) {
                current = 0.5;
                unit = Some("fraction".to_owned());
                used = 1;
            }
            break;
        }
        if has_numerator || current > 0.0 || total > 0.0 {
            if let Some(fraction) = lexicon.word_value(word, WordRole::Fraction) {
                let numerator = if current > 0.0 { current } else { 1.0 };
                current = numerator * fraction;
                kind = QuantityKind::Count;
                unit = Some("fraction".to_owned());
                used = i + 1;
                break;
            }
        }
        if let Some(times) = lexicon.word_value(word, WordRole::Times) {
            if i == 0 {
                current = times;
                unit = Some("times".to_owned());
                used = 1;
            }
            break;
        }
        if let Some(ordinal) = lexicon.word_value(word, WordRole::Ordinal) {
            if !capitalised && (i == 0 || current >= 20.0) {
                current += ordinal;
                kind = QuantityKind::Ordinal;
                used = i + 1;
            }
            break;
        }
        if let Some(v) = lexicon
            .word_value(word, WordRole::Unit)
            .or_else(|| lexicon.word_value(word, WordRole::Ten))
        {
            let previous_small = current % 100.0;
            if previous_small > 0.0
                && !(previous_small % 10.0 == 0.0 && previous_small >= 20.0 && v < 10.0)
            {
                break;
            }
            current += v;
            has_numerator = true;
        } else if let Some(v) = lexicon.word_value(word, WordRole::Dozen) {
            current = current.max(1.0) * v;
        } else if let Some(v) = lexicon.word_value(word, WordRole::Scale) {
            if i == 0 {
                break;
            }
            if v < 1000.0 {
                current = current.max(1.0) * v;
            } else {
                total += current.max(1.0) * v;
                current = 0.0;
            }
        } else {
            break;
        }
        used = i + 1;
        if is_last {
            break;
        }
    }
    // A trailing `and` or `a` belongs to the next words.
    while used > 0 && matches!(parts[used - 1].word.as_str(), "and" | "a" | "an") {
        used -= 1;
    }
    if used == 0 {
        return None;
    }
    let last = &parts[used - 1];
    let mut value = total + current;
    if value == 0.0 && parts[0].word != "zero" {
        return None;
    }
    let start = parts[0].start;
    let mut end = last.end;
    let hyphen_unit = hyphen_unit_after(&text[end..], lexicon);
    let superlative = (kind == QuantityKind::Ordinal)
        .then(|| superlative_after(&text[end..], lexicon))
        .flatten();
    // Other partial hyphenated words (`one-sided`) are not numbers.
    if words[last.word_index].end() != last.end && hyphen_unit.is_none() && superlative.is_none() {
        return None;
    }
    let next_word = last.word_index + 1;
    if let Some((words_after, len)) = superlative {
        unit = Some(words_after);
        end += len;
    } else if let (None, Some((noun, len))) = (&unit, hyphen_unit) {
        unit = Some(plural_unit(noun, total + current));
        end += len;
    } else if unit.is_none() {
        if let Some((form_kind, len)) = percent_after(&text[end..]) {
            kind = form_kind;
            unit = Some("%".to_owned());
            end += len;
        } else if let Some((code, len, factor)) = currency_after(&text[end..], lexicon) {
            kind = QuantityKind::Money;
            unit = Some(code);
            value *= factor;
            end += len;
        } else if let Some((noun, noun_end)) = unit_noun_after(text, end, lexicon, &kind) {
            if let Some(noun_end) = noun_end {
                end = noun_end;
            }
            unit = Some(noun);
        }
    }
    let single_word = used == 1 || (used == 2 && parts[0].word_index == parts[1].word_index);
    // `one` alone is mostly a pronoun (`one of the`, `no one`).
    let lone_one = single_word && parts[0].word == "one" && kind == QuantityKind::Count;
    // `one in five`, `one out of three`: the first term of a ratio.
    let ratio_follows = [" in ", " out of ", " of every "].iter().any(|link| {
        text.get(end..end + link.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(link))
            && text[end + link.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
    });
    if lone_one
        && !ratio_follows
        && !unit
            .as_deref()
            .is_some_and(|u| lexicon.units.contains(&u.to_lowercase()))
    {
        return None;
    }
    if next_to_month(&text[..start], &text[end..], lexicon) {
        return None;
    }
    let words_after = words
        .iter()
        .skip(next_word)
        .take_while(|w| w.start() < end)
        .count();
    Some((
        Reading {
            start,
            end,
            value,
            kind,
            unit,
        },
        next_word + words_after,
    ))
}

/// The parts of consecutive number words (hyphenated words split), lower case.
fn spelled_parts(text: &str, words: &[regex::Match], first: usize, lexicon: &Lexicon) -> Vec<Part> {
    let mut parts = Vec::new();
    for (word_index, word) in words.iter().enumerate().skip(first) {
        if word_index > first && &text[words[word_index - 1].end()..word.start()] != " " {
            break;
        }
        let lower = word.as_str().to_lowercase();
        let is_number_part =
            |p: &str| lexicon.words.contains_key(p) || matches!(p, "a" | "an" | "and");
        let pieces: Vec<&str> = lower.split('-').collect();
        // `two-year`: number pieces, then a unit that `hyphen_unit_after` reads.
        let number_pieces = pieces.iter().take_while(|p| is_number_part(p)).count();
        let unit_follows = number_pieces > 0
            && number_pieces < pieces.len()
            && (lexicon.units.contains(pieces[number_pieces])
                || lexicon.superlative(pieces[number_pieces]).is_some());
        if number_pieces < pieces.len() && !unit_follows {
            break;
        }
        let mut offset = word.start();
        for piece in &pieces[..number_pieces] {
            parts.push(Part {
                word: (*piece).to_owned(),
                start: offset,
                end: offset + piece.len(),
                word_index,
            });
            offset += piece.len() + 1;
        }
        if unit_follows {
            break;
        }
    }
    parts
}

/// The plural of a unit read from a hyphenated adjective, so that
/// `two-year` and `two years` give the same unit; `-old` ages stay as they
/// are.
fn plural_unit(unit: String, value: f64) -> String {
    if value == 1.0 || unit.ends_with("-old") {
        unit
    } else if let Some(stem) = unit.strip_suffix('y') {
        if stem.ends_with(['a', 'e', 'o', 'u']) {
            format!("{unit}s")
        } else {
            format!("{stem}ies")
        }
    } else {
        format!("{unit}s")
    }
}

/// A unit joined by a hyphen (`60-year`, `two-year`, `24-hour`, and
/// `-old` after it): the unit and the bytes it takes.
fn hyphen_unit_after(after: &str, lexicon: &Lexicon) -> Option<(String, usize)> {
    let rest = after.strip_prefix('-')?;
    let (word, len) = leading_word(rest);
    if !lexicon.units.contains(word) {
        return None;
    }
    let old = if rest[len..].starts_with("-old") {
        4
    } else {
        0
    };
    Some((rest[..len + old].to_owned(), 1 + len + old))
}

/// Whether a quantity's unit is a superlative (`largest`, `most populous`):
/// the ordinal before it is a rank among things (`third-largest`).
pub fn is_superlative(unit: &str) -> bool {
    let first = unit.split([' ', '-']).next().unwrap_or("");
    Lexicon::global().superlative(first).is_some()
}

/// A superlative right after an ordinal, joined by a hyphen or a space
/// (`third-largest`, `2nd-biggest`, `fifth most populous`): a rank among
/// things. The superlative's words and the bytes they take.
fn superlative_after(after: &str, lexicon: &Lexicon) -> Option<(String, usize)> {
    let rest = after.strip_prefix(['-', ' '])?;
    let (word, len) = leading_word(rest);
    let takes_adjective = lexicon.superlative(word)?;
    if rest[len..].starts_with(|c: char| c.is_alphanumeric() || c == '-') {
        return None;
    }
    let mut taken = len;
    if takes_adjective {
        let (adjective, adjective_len) = rest[len..]
            .strip_prefix(' ')
            .map(leading_word)
            .filter(|(a, _)| a.chars().next().is_some_and(char::is_lowercase))?;
        if lexicon.function_words.contains(adjective) {
            return None;
        }
        taken += 1 + adjective_len;
    }
    Some((rest[..taken].to_owned(), 1 + taken))
}

/// True when `before` ends a sentence (or is empty): a capitalised number
/// word there is not part of a name (`Group of Seven`).
fn is_sentence_start(before: &str) -> bool {
    let trimmed = before.trim_end_matches([' ', '"', '“', '‘', '\'']);
    trimmed.is_empty() || trimmed.ends_with(['.', '!', '?', '\n', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn only(text: &str) -> Quantity {
        let found = find_quantities(text);
        assert_eq!(found.len(), 1, "{found:?}");
        found.into_iter().next().expect("one quantity")
    }

    #[test]
    fn long_run_of_bare_numbers_is_read_in_linear_time() {
        // Each number used to look for its unit noun through the whole rest
        // of the text: minutes for this input, milliseconds now.
        let text = "7 ".repeat(60_000) + "7 countries";
        let started = std::time::Instant::now();
        let found = find_quantities(&text);
        assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
        let last = found.last().expect("quantities");
        assert_eq!(last.unit.as_deref(), Some("countries"));
    }

    #[test]
    fn percent_sign_and_word_give_percent() {
        let q = only("Support stood at 49.5% in May.");
        assert_eq!((q.value, q.kind.clone()), (49.5, QuantityKind::Percent));
        let q = only("Some 31.2 percent said no.");
        assert_eq!(q.value, 31.2);
        assert_eq!(q.qualifier.as_deref(), Some("some"));
        assert_eq!(q.text, "Some 31.2 percent");
    }

    #[test]
    fn qualifier_before_a_number_is_kept() {
        let q = only("about 70 percent of voters");
        assert_eq!(q.qualifier.as_deref(), Some("about"));
        assert_eq!(q.text, "about 70 percent");
        let q = only("It took more than 40 days.");
        assert_eq!(q.qualifier.as_deref(), Some("more than"));
        assert_eq!(q.unit.as_deref(), Some("days"));
    }

    #[test]
    fn percentage_point_change_has_direction() {
        let q = only("Approval was up 3.2 percentage points.");
        assert_eq!(q.kind, QuantityKind::PercentagePoints);
        assert_eq!(q.change, Some(Change::Up));
        let q = only("Exports fell by 4% last year.");
        assert_eq!(q.change, Some(Change::Down));
    }

    #[test]
    fn money_with_scale_and_currency() {
        let q = only("aid worth $500 million");
        assert_eq!((q.value, q.unit.as_deref()), (500_000_000.0, Some("USD")));
        assert_eq!(q.kind, QuantityKind::Money);
        let q = only("a budget of 2 trillion won");
        assert_eq!((q.value, q.unit.as_deref()), (2e12, Some("KRW")));
        let q = only("loans of 1.5 billion yen");
        assert_eq!((q.value, q.unit.as_deref()), (1.5e9, Some("JPY")));
        let q = only("a €3bn fund");
        assert_eq!((q.value, q.unit.as_deref()), (3e9, Some("EUR")));
        let q = only("raised US$1,200 in May");
        assert_eq!((q.value, q.unit.as_deref()), (1200.0, Some("USD")));
    }

    #[test]
    fn ordinals_and_ranks() {
        let found = find_quantities("It ranked 97th among 150 nations, and No. 1 in Asia.");
        let summary: Vec<(f64, QuantityKind, Option<&str>)> = found
            .iter()
            .map(|q| (q.value, q.kind.clone(), q.unit.as_deref()))
            .collect();
        assert_eq!(
            summary,
            vec![
                (97.0, QuantityKind::Ordinal, None),
                (150.0, QuantityKind::Count, Some("nations")),
                (1.0, QuantityKind::Ordinal, None)
            ]
        );
        let q = only("the 70th anniversary");
        assert_eq!(q.unit.as_deref(), Some("anniversary"));
    }

    #[test]
    fn and_before_a_number_is_not_part_of_it() {
        let q = only("his family and three other people");
        assert_eq!(q.text, "three");
    }

    #[test]
    fn spelled_out_counts() {
        let q = only("They met seventeen years ago.");
        assert_eq!((q.value, q.unit.as_deref()), (17.0, Some("years")));
        let q = only("about ten lawmakers attended");
        assert_eq!((q.value, q.qualifier.as_deref()), (10.0, Some("about")));
        let q = only("a dozen people");
        assert_eq!(q.value, 12.0);
        let q = only("twenty-five tanks");
        assert_eq!(q.value, 25.0);
        let q = only("three hundred and five seats");
        assert_eq!(q.value, 305.0);
    }

    #[test]
    fn cents_are_hundredths_of_a_dollar() {
        let q = only("earned 54 cents a share");
        assert_eq!((q.value, q.unit.as_deref()), (0.54, Some("USD")));
    }

    #[test]
    fn a_minus_sign_makes_the_value_negative() {
        let q = only("growth of -3.2% last year");
        assert_eq!((q.value, q.text.as_str()), (-3.2, "-3.2%"));
    }

    #[test]
    fn an_ordinal_before_a_superlative_keeps_the_superlative_as_unit() {
        let q = only("Ruritania is its third-largest trading partner.");
        assert_eq!((q.value, &q.kind), (3.0, &QuantityKind::Ordinal));
        assert_eq!(q.unit.as_deref(), Some("largest"));
        assert_eq!(q.text, "third-largest");
        let q = only("the 2nd-biggest port");
        assert_eq!((q.value, q.unit.as_deref()), (2.0, Some("biggest")));
        let q = only("the fifth-most populous state");
        assert_eq!((q.value, q.unit.as_deref()), (5.0, Some("most populous")));
        let q = only("the second best result");
        assert_eq!((q.value, q.unit.as_deref()), (2.0, Some("best")));
        assert!(is_superlative("most populous"));
        // Not a superlative: a noun that only ends in -est.
        assert_eq!(
            only("a second interest payment").unit.as_deref(),
            Some("interest")
        );
        assert!(!is_superlative("interest"));
    }

    #[test]
    fn a_decimal_comma_is_read_at_the_end_of_a_cell_only() {
        let q = only("Moderates      17,9\nGreens");
        assert_eq!(q.value, 17.9);
        assert_eq!(only("a share of 27,4% of the vote").value, 27.4);
        assert_eq!(only("a crowd of 12,500 people").value, 12_500.0);
        assert!(find_quantities("seats 12,13 and 14").len() == 1);
    }

    #[test]
    fn hyphenated_units_are_read() {
        let q = only("his two-year tenure");
        assert_eq!(
            (q.value, q.unit.as_deref(), q.text.as_str()),
            (2.0, Some("years"), "two-year")
        );
        let q = only("a 60-year-old man");
        assert_eq!((q.value, q.unit.as_deref()), (60.0, Some("year-old")));
        assert!(find_quantities("a one-sided game").is_empty());
    }

    #[test]
    fn n_in_ten_people_is_a_percentage() {
        let q = only("Nine in 10 farmers backed the plan.");
        assert_eq!((q.value, q.kind), (90.0, QuantityKind::Percent));
        assert_eq!(q.text, "Nine in 10 farmers");
        let q = only("one out of three voters");
        assert_eq!(q.value, 33.3);
        let q = only("two of every five drivers");
        assert_eq!(q.value, 40.0);
    }

    #[test]
    fn a_count_in_a_span_of_time_is_not_a_ratio() {
        let found = find_quantities("the first summit in 10 years drew 3 in 2024");
        assert!(found.iter().all(|q| q.kind != QuantityKind::Percent));
    }

    #[test]
    fn half_a_scale_is_half_of_it() {
        let q = only("a grant of half a million dollars");
        assert_eq!((q.value, q.unit.as_deref()), (500_000.0, Some("USD")));
    }

    #[test]
    fn half_of_a_whole_is_a_fraction_but_the_second_half_is_not() {
        let q = only("Half of the farmers sold.");
        assert_eq!((q.value, q.unit.as_deref()), (0.5, Some("fraction")));
        let found = find_quantities("in the second half of the year");
        assert!(found.iter().all(|q| q.unit.as_deref() != Some("fraction")));
    }

    #[test]
    fn fractions_and_multiples() {
        let q = only("two-thirds of members");
        assert!((q.value - 2.0 / 3.0).abs() < 1e-3);
        assert_eq!(q.unit.as_deref(), Some("fraction"));
        let q = only("about twice the size");
        assert_eq!((q.value, q.unit.as_deref()), (2.0, Some("times")));
    }

    #[test]
    fn years_dates_times_and_codes_are_not_quantities() {
        let text =
            "On June 22, 1965, at 23:40 on 2025-06-19, G7 leaders and F-35 jets; 1910-1945; \
                    the 1990s; on August 23 and 24; a 2+2 meeting.";
        assert!(
            find_quantities(text).is_empty(),
            "{:?}",
            find_quantities(text)
        );
    }

    #[test]
    fn one_as_pronoun_is_skipped_but_one_year_is_kept() {
        assert!(find_quantities("one of the poorest nations").is_empty());
        assert_eq!(only("for one year").value, 1.0);
    }

    #[test]
    fn capitalised_number_words_inside_names_are_skipped() {
        assert!(find_quantities("the Group of Seven summit").is_empty());
        assert_eq!(only("Seven people died.").value, 7.0);
    }

    #[test]
    fn offsets_count_characters() {
        let text = "Café — 12 meetings";
        let q = only(text);
        let span: String = text.chars().skip(q.start).take(q.end - q.start).collect();
        assert_eq!(span, "12 meetings");
    }

    #[test]
    fn truncated_texts_never_panic_and_offsets_stay_in_bounds() {
        let sample = "About US$1,200.5bn — up 3.2 percentage points; No. 1, 2nd, \
                      two-thirds of €3 trillion won, a dozen 😀 twenty-first 45% ½ .5 1,";
        let chars: Vec<char> = sample.chars().collect();
        for cut in 0..=chars.len() {
            let text: String = chars[..cut].iter().collect();
            for q in find_quantities(&text) {
                let span: String = text.chars().skip(q.start).take(q.end - q.start).collect();
                assert_eq!(span, q.text);
            }
        }
    }

    #[test]
    fn capitalised_words_before_the_noun_join_the_unit() {
        let q = only("about ten National Assembly members came");
        assert_eq!(q.unit.as_deref(), Some("National Assembly members"));
        let q = only("his 12 Korea-Japan meetings");
        assert_eq!(q.unit.as_deref(), Some("meetings"));
    }

    #[test]
    fn counts_take_a_later_plural_noun_as_unit() {
        let q = only("his 12 bilateral meetings");
        assert_eq!(q.unit.as_deref(), Some("meetings"));
        assert_eq!(q.text, "12");
    }
}
