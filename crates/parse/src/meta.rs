//! Headline, outlet, byline, publication date and dateline of a page.

use std::sync::OnceLock;

use regex::Regex;

use crate::body::is_end_heading;
use crate::dates::{find_dates, in_year, month_day, year_of};
use crate::lexicon::Lexicon;
use crate::lines::Line;
use crate::PartialDate;

/// Everything the page says about the article besides its body.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Metadata {
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub author: Option<String>,
    pub published: Option<PartialDate>,
    pub dateline: Option<String>,
}

/// How many lines before the body may hold the headline and the byline.
const HEADER_REACH: usize = 40;
/// How many lines right after the body may hold its date ("First published").
const TRAILER_REACH: usize = 3;

struct Patterns {
    /// `SEOUL, June 16 (Agency) –`: a place, a date, perhaps a wire credit.
    dated_dateline: Regex,
    /// `TOKYO –`, `Tokyo, Japan –`, `WASHINGTON (Agency) -`.
    dash_dateline: Regex,
    /// `Site Name | what the site is about`.
    site_tagline: Regex,
    /// `© 2025 Site Name. All rights reserved.`
    copyright: Regex,
    /// `By Jane Doe`, also glued to what precedes it.
    by: Regex,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let months = Lexicon::get().month_alternation();
        let build = |pattern: &str| {
            Regex::new(pattern).unwrap_or_else(|e| panic!("metadata pattern {pattern}: {e}"))
        };
        let place = r"\p{Lu}[\p{L}.'’-]*(?:[ -]\p{Lu}[\p{L}.'’-]*){0,3}";
        Patterns {
            dated_dateline: build(&format!(
                r"^({place}(?:,\s*{place})?),\s+(?i:{months})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?\s*(?:\(([^)]{{2,40}})\))?\s*(?:[-–—]+|:)?\s*"
            )),
            dash_dateline: build(&format!(
                r"^({place}(?:,\s*{place})?)\s*(?:\(([^)]{{2,40}})\))?\s*[-–—]{{1,2}}\s+\S"
            )),
            site_tagline: build(
                r"^(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+[\p{Lu}\p{N}&][\p{L}\p{N}&.'’-]*){0,4})\s+\|\s+\S+(?:\s+\S+){2,}",
            ),
            copyright: build(
                r"(?i)(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.,|©]{2,60}?)\s*(?:\.|,|\||all rights|$)",
            ),
            by: build(
                r"(?:^|[^\p{L}])(?:By|BY|by)[:\s]\s*(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|da|van|von|der|del|la|le|bin)){0,6})",
            ),
        }
    })
}

/// Reads the metadata of a page whose body is `lines[body_start..body_end]`
/// (`body_start == body_end` when no body was found).
pub(crate) fn metadata(lines: &[Line], body_start: usize, body_end: usize) -> Metadata {
    let header_from = body_start.saturating_sub(HEADER_REACH);
    let header = &lines[header_from..body_start];
    let first_paragraph = lines.get(body_start).filter(|_| body_start < body_end);
    let dateline = first_paragraph.and_then(|line| dateline(line.text));
    let outlet = outlet(lines, header, dateline.as_ref());
    let title = title(lines, header, outlet.as_deref());
    let author = author(header, outlet.as_deref());
    let trailer = &lines[body_end..(body_end + TRAILER_REACH).min(lines.len())];
    let published = published(lines, header, trailer, first_paragraph);
    Metadata {
        outlet,
        title,
        author,
        published,
        dateline: dateline.map(|d| d.place),
    }
}

/// The place (and wire credit) opening an article's first paragraph.
#[derive(Debug, Clone, PartialEq)]
struct Dateline {
    place: String,
    credit: Option<String>,
}

fn dateline(paragraph: &str) -> Option<Dateline> {
    let p = patterns();
    let caps = p
        .dated_dateline
        .captures(paragraph)
        .or_else(|| p.dash_dateline.captures(paragraph))?;
    let place = caps.get(1)?.as_str().trim().to_owned();
    // A dateline is a place, not the start of a sentence: a handful of words.
    if place.split_whitespace().count() > 5 {
        return None;
    }
    let credit = caps
        .get(2)
        .map(|m| m.as_str().trim().to_owned())
        .filter(|c| c.chars().next().is_some_and(char::is_uppercase));
    Some(Dateline { place, credit })
}

/// The outlet's name: a `Site | tagline` line, a copyright notice, an
/// `<Outlet> Reporter` byline, or the wire credit of the dateline.
fn outlet(lines: &[Line], header: &[Line], dateline: Option<&Dateline>) -> Option<String> {
    let p = patterns();
    let tagline = lines.iter().take(200).find_map(|line| {
        let caps = p.site_tagline.captures(line.content)?;
        Some(caps.get(1)?.as_str().trim().to_owned())
    });
    let reporter = header
        .iter()
        .find_map(|line| outlet_of_byline(line.content));
    let credit = dateline.and_then(|d| d.credit.clone());
    let copyright = lines.iter().rev().find_map(|line| {
        let caps = p.copyright.captures(line.content)?;
        let name = caps.get(1)?.as_str().trim();
        let name = name.trim_start_matches("Copyright").trim();
        (name.chars().next().is_some_and(char::is_alphabetic)
            && name.split_whitespace().count() <= 5)
            .then(|| name.to_owned())
    });
    tagline.or(reporter).or(credit).or(copyright)
}

/// `Daily Planet Reporter` -> `Daily Planet`.
fn outlet_of_byline(text: &str) -> Option<String> {
    let roles = &Lexicon::get().byline_roles;
    let words: Vec<&str> = text.split_whitespace().collect();
    let (last, name) = words.split_last()?;
    if name.len() < 2 || name.len() > 5 || !roles.contains(&last.to_lowercase()) {
        return None;
    }
    let all_capitalised = name
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let has_role = name.iter().any(|w| roles.contains(&w.to_lowercase()));
    (all_capitalised && !has_role).then(|| name.join(" "))
}

/// Compares names ignoring case, spaces and punctuation.
fn same_name(a: &str, b: &str) -> bool {
    let key = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (a, b) = (key(a), key(b));
    !a.is_empty() && a == b
}

/// The headline: a heading-like line before the body, preferably one the
/// page repeats (breadcrumb, share text, list of stories) and in title case;
/// not the outlet's name, a date, a byline or a widget label.
fn title(lines: &[Line], header: &[Line], outlet: Option<&str>) -> Option<String> {
    let lexicon = Lexicon::get();
    let mut best: Option<(f32, &str)> = None;
    for (distance, line) in header.iter().rev().enumerate() {
        let text = line.content;
        if !is_headline_shaped(line, lexicon) || outlet.is_some_and(|o| same_name(o, text)) {
            continue;
        }
        let repeated = lines.iter().any(|other| {
            other.number != line.number
                && (other.content == text || breadcrumb_tail(other.content) == Some(text))
        });
        let mut score = 1.0 - 0.05 * distance as f32;
        if repeated {
            score += 2.0;
        }
        if line.capitalised >= 0.6 {
            score += 0.5;
        }
        if line.words >= 4 {
            score += 0.5;
        }
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, text));
        }
    }
    best.map(|(_, text)| text.to_owned())
}

fn is_headline_shaped(line: &Line, lexicon: &Lexicon) -> bool {
    let text = line.content;
    let ends_with_period = text.ends_with('.') && !text.ends_with("..");
    line.words >= 3
        && line.words <= 30
        && !line.bullet
        && !line.is_furniture()
        && !ends_with_period
        && !line.truncated
        && breadcrumb_tail(text).is_none()
        && !text.contains(" | ")
        && !is_end_heading(text, lexicon)
        && find_dates(text).is_empty()
        && !patterns().by.is_match(text)
        && outlet_of_byline(text).is_none()
        && text.chars().filter(|c| c.is_alphabetic()).count() * 2 > text.chars().count()
}

/// `Home » News » Title` -> `Title`.
fn breadcrumb_tail(text: &str) -> Option<&str> {
    let (_, tail) = text
        .rsplit_once(['»', '›'])
        .or_else(|| text.rsplit_once(" > "))?;
    let tail = tail.trim();
    (!tail.is_empty()).then_some(tail)
}

/// The byline's person: `By Jane Doe`, or the line after a lone `By`. None
/// when the byline names the outlet.
fn author(header: &[Line], outlet: Option<&str>) -> Option<String> {
    let p = patterns();
    let mut found = None;
    for (i, line) in header.iter().enumerate() {
        let name = if line.content.eq_ignore_ascii_case("by") {
            header.get(i + 1).map(|next| next.content.to_owned())
        } else {
            p.by.captures(line.content)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str().to_owned())
        };
        if let Some(name) = name.map(|n| clean_name(&n)).filter(|n| !n.is_empty()) {
            found = Some(name);
        }
    }
    let name = found?;
    let words = name.split_whitespace().count();
    if !(1..=6).contains(&words) || outlet.is_some_and(|o| same_name(o, &name)) {
        return None;
    }
    Some(name)
}

/// Cuts a byline name where the page glued the next item to it
/// (`Jane DoeBusiness Columnist`, `DAILY NEWSJune 23`), and drops a role
/// or month that follows the name.
fn clean_name(name: &str) -> String {
    let lexicon = Lexicon::get();
    let mut words: Vec<String> = Vec::new();
    for word in name.split_whitespace() {
        let (head, glued) = unglue(word);
        words.push(head.to_owned());
        if glued {
            break;
        }
    }
    while words.last().is_some_and(|w| {
        let lower = w.to_lowercase();
        lexicon.month(&lower).is_some()
            || lexicon.byline_roles.contains(&lower)
            || matches!(lower.as_str(), "and" | "&")
    }) {
        words.pop();
    }
    words.join(" ")
}

/// The part of `word` before a glued second word, and whether one was glued.
fn unglue(word: &str) -> (&str, bool) {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    for i in 1..chars.len() {
        let (at, c) = chars[i];
        let prev = chars[i - 1].1;
        let next_lower = chars.get(i + 1).is_some_and(|(_, n)| n.is_lowercase());
        let glued = c.is_uppercase()
            && ((prev.is_lowercase() && i > 3) || (prev.is_uppercase() && next_lower && i > 1));
        if glued {
            return (&word[..at], true);
        }
    }
    (word, false)
}

/// The publication date: the date nearest above the body, else one just
/// after it, else the month and day of the dateline in the year of another
/// date on the page.
fn published(
    lines: &[Line],
    header: &[Line],
    trailer: &[Line],
    first_paragraph: Option<&Line>,
) -> Option<PartialDate> {
    let lexicon = Lexicon::get();
    let first_on = |line: &Line| find_dates(line.content).first().map(|f| f.date);
    if let Some(date) = header.iter().rev().find_map(first_on) {
        return Some(date);
    }
    let trailer_date = trailer
        .iter()
        .take_while(|line| !is_end_heading(line.content, lexicon))
        .find_map(first_on);
    if trailer_date.is_some() {
        return trailer_date;
    }
    let opening: String = first_paragraph?.content.chars().take(80).collect();
    let (month, day) = month_day(&dateline_prefix(&opening)?)?;
    let year = lines
        .iter()
        .find_map(|line| find_dates(line.content).first().map(|f| year_of(f.date)))?;
    in_year(year, (month, day))
}

/// The dateline part of an opening paragraph, if it has one.
fn dateline_prefix(opening: &str) -> Option<String> {
    let caps = patterns().dated_dateline.captures(opening)?;
    Some(caps.get(0)?.as_str().to_owned())
}
