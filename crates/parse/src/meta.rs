//! Headline, outlet, byline, publication date and dateline of a page.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use regex::Regex;

use crate::body::{author_of_bio, is_end_heading};
use crate::dates::{find_dates, in_year, month_day, year_of};
use crate::lexicon::Lexicon;
use crate::lines::{is_unspaced_script, Line};
use crate::{MonthDay, PartialDate};

/// Everything the page says about the article besides its body.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Metadata {
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub author: Option<String>,
    pub published: Option<PartialDate>,
    pub dateline: Option<String>,
    pub dateline_day: Option<MonthDay>,
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
    /// `© 2025 Site Name. All rights reserved.`, `ⓒ Site Name: All rights
    /// reserved` (the circled letter of Korean sites).
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
                r"(?i)(?:[©ⓒⒸ]|\(c\)|copyright)\s*:?\s*(?:[©ⓒⒸ]\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.,:|©ⓒⒸ]{2,60}?)\s*(?:\.|,|:|\||all rights|$)",
            ),
            by: build(
                r"(?:^(?:By|BY|by)|[\p{L}|·,–—-]\s*(?:By|BY))[:\s]\s*(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|da|van|von|der|del|la|le|bin)){0,6})",
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
    let outlet = outlet(lines, header, &lines[body_end..], dateline.as_ref());
    let title = title(
        lines,
        header,
        &lines[body_start..body_end],
        outlet.as_deref(),
    );
    let trailer = &lines[body_end..(body_end + TRAILER_REACH).min(lines.len())];
    // Some pages sign the article under it (`By Jane Doe, staff
    // reporter`); an opinion piece may name its author only in the bio.
    let author = author(header, outlet.as_deref())
        .or_else(|| author(trailer, outlet.as_deref()))
        .or_else(|| {
            trailer
                .iter()
                .find_map(|line| author_of_bio(line, Lexicon::get()))
                .map(str::to_owned)
        });
    let published = published(header, trailer);
    let day = first_paragraph.and_then(|line| dateline_month_day(line.content));
    let (published, dateline_day) = match (published, day) {
        (Some(date), _) => (Some(date), None),
        (None, Some(day)) => match year_on_page(lines) {
            Some(year) => (in_year(year, (day.month, day.day)), None),
            None => (None, Some(day)),
        },
        (None, None) => (None, None),
    };
    Metadata {
        outlet,
        title,
        author,
        published,
        dateline: dateline.and_then(|d| d.place),
        dateline_day,
    }
}

/// The dateline opening an article's first paragraph: a place, perhaps a
/// date, perhaps a wire credit in brackets, then a dash (`TOKYO, Nov 12
/// (Wire) -`). A news agency's name before the dash (`AGENCY NEWS -`) is
/// its credit, and the dateline has no place.
#[derive(Debug, Clone, PartialEq)]
struct Dateline {
    place: Option<String>,
    credit: Option<String>,
    /// Where the text after the dateline starts, in chars.
    end: usize,
}

/// Where a dateline opening `paragraph` ends, in chars (Unicode scalar
/// values): the offset of the first character after `TOKYO, Nov 12 (Wire) -`,
/// `SEOUL (Agency) —` or `AGENCY NEWS -` and the spaces after it. `None`
/// when the paragraph opens with no dateline. Later stages read the first
/// sentence's clauses from there: the dateline says where and when the
/// story was filed.
pub fn dateline_end(paragraph: &str) -> Option<usize> {
    dateline(paragraph).map(|d| d.end)
}

fn dateline(paragraph: &str) -> Option<Dateline> {
    let p = patterns();
    let (caps, dated) = match p.dated_dateline.captures(paragraph) {
        Some(caps) => (caps, true),
        None => (p.dash_dateline.captures(paragraph)?, false),
    };
    let whole = caps.get(0)?;
    let place = caps.get(1)?.as_str().trim().to_owned();
    // A dateline is a place, not the start of a sentence: a handful of words.
    if place.split_whitespace().count() > 5 {
        return None;
    }
    let credit = caps
        .get(2)
        .map(|m| m.as_str().trim().to_owned())
        .filter(|c| c.chars().next().is_some_and(char::is_uppercase));
    // "Apple — the company said" opens a sentence; a dash dateline is in
    // capitals (`TOKYO –`), names a country (`Tokyo, Japan –`) or credits a
    // wire (`Tokyo (Agency) –`).
    let capitals = !place.chars().any(char::is_lowercase);
    let agency = Lexicon::get().agencies.contains(&place.to_lowercase());
    if !dated && !capitals && !place.contains(',') && credit.is_none() && !agency {
        return None;
    }
    // The dash pattern reads the first character of the text to be sure
    // some follows.
    let end_byte = if dated {
        whole.end()
    } else {
        whole.end() - whole.as_str().chars().next_back().map_or(0, char::len_utf8)
    };
    let end = paragraph
        .get(..end_byte)
        .map_or(0, |head| head.chars().count());
    Some(if agency {
        Dateline {
            place: None,
            credit: credit.or(Some(place)),
            end,
        }
    } else {
        Dateline {
            place: Some(place),
            credit,
            end,
        }
    })
}

/// The outlet's name: a `Site | tagline` line, else an `<Outlet> Reporter`
/// byline, else a copyright notice in the footer, else the wire credit of
/// the dateline.
fn outlet(
    lines: &[Line],
    header: &[Line],
    footer: &[Line],
    dateline: Option<&Dateline>,
) -> Option<String> {
    let p = patterns();
    let lexicon = Lexicon::get();
    // A section of the site ("Politics | ...") is listed in its menu.
    let menu_item = |name: &str| {
        lines
            .iter()
            .any(|line| line.bullet && same_name(line.content, name))
    };
    let tagline = lines.iter().take(200).find_map(|line| {
        let caps = p.site_tagline.captures(line.content)?;
        let name = caps.get(1)?.as_str().trim();
        // "Privacy Policy | Terms" is a row of links, "Jane Doe | Agency |
        // Getty Images" a photo credit, "By Jane Doe | May 1" a byline,
        // "Politics | May 1, 2025" a section and a date.
        let plausible = !lexicon.has_boilerplate(line.content)
            && find_dates(line.content).is_empty()
            && !name
                .split_whitespace()
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("by"))
            && !name.chars().any(|c| c.is_ascii_digit())
            && !name.split_whitespace().any(|w| unglue(w).1)
            && !menu_item(name)
            && !is_link_row(line.content);
        plausible.then(|| name.to_owned())
    });
    let reporter = header
        .iter()
        .find_map(|line| outlet_of_byline(line.content));
    let credit = dateline.and_then(|d| d.credit.clone());
    let copyright = footer.iter().rev().find_map(|line| {
        if line.words > 20 {
            return None;
        }
        let caps = p.copyright.captures(line.content)?;
        let name = caps.get(1)?.as_str().trim();
        let name = name.trim_start_matches("Copyright").trim();
        // The name ends where its capitalised words do ("Foo Media unless
        // otherwise noted", "Foo (www.foo.com)").
        let name: Vec<&str> = name
            .split_whitespace()
            .take_while(|w| {
                !w.starts_with('(') && !w.chars().next().is_some_and(char::is_lowercase)
            })
            .collect();
        let plausible = !name.is_empty()
            && name.len() <= 5
            && name[0].chars().next().is_some_and(char::is_alphabetic)
            && !name[0].eq_ignore_ascii_case("by")
            && !name.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()));
        plausible.then(|| name.join(" "))
    });
    // The footer names the publisher; a wire credit names the agency that
    // wrote the story, which is the outlet only when nothing else is said.
    let outlet = [
        tagline,
        reporter,
        copyright,
        title_suffix(lines),
        credit,
        masthead(lines),
    ]
    .into_iter()
    .flatten()
    .map(|name| without_legal_form(&name))
    .find(|name| !name.is_empty() && !is_menu_name(name))?;
    let outlet = page_spelling(lines, &outlet);
    // A wire's initials (`WASHINGTON (AP) —`) stand for the name the page
    // spells out elsewhere.
    Some(spelled_out(lines, &outlet).unwrap_or(outlet))
}

/// The site named after a headline the page prints elsewhere (`Headline |
/// Site`, `Headline - Site`): a document title or a share text.
fn title_suffix(lines: &[Line]) -> Option<String> {
    let printed: HashSet<&str> = lines.iter().map(|line| line.content).collect();
    lines.iter().take(200).find_map(|line| {
        let (head, name) = [" | ", " - ", " – ", " — "]
            .iter()
            .find_map(|sep| line.content.rsplit_once(sep))?;
        let (head, name) = (head.trim(), name.trim());
        let words: Vec<&str> = name.split_whitespace().collect();
        let is_name = (1..=5).contains(&words.len())
            && words.iter().all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                    || *w == "of"
                    || *w == "and"
            })
            && find_dates(name).is_empty();
        (is_name && head.split_whitespace().count() >= 4 && printed.contains(head))
            .then(|| name.to_owned())
    })
}

/// The site's name as a page's first line prints it (the logo's text):
/// a few capitalised words that are no menu entry, date or widget label and
/// that the page does not print again as a headline.
fn masthead(lines: &[Line]) -> Option<String> {
    let first = lines.first()?;
    let words: Vec<&str> = first.content.split_whitespace().collect();
    let capitalised = words.iter().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase) || matches!(*w, "of" | "and" | "the")
    });
    let plausible = (1..=4).contains(&words.len())
        && capitalised
        && !first.bullet
        && !first.terminal
        && !first.is_furniture()
        && !first
            .content
            .chars()
            .any(|c| c.is_ascii_digit() || c == '|')
        && !is_end_heading(first.content, Lexicon::get())
        && !lines[1..].iter().any(|line| line.content == first.content);
    plausible.then(|| first.content.to_owned())
}

/// `name` as the page writes it in mixed case when it was found in capitals
/// (`KYODO NEWS` -> `Kyodo News`); initials (`AP`) stay as they are.
fn page_spelling(lines: &[Line], name: &str) -> String {
    let shouted = !name.chars().any(char::is_lowercase)
        && name.split_whitespace().all(|w| w.chars().count() >= 4);
    if !shouted {
        return name.to_owned();
    }
    let lower = name.to_lowercase();
    lines
        .iter()
        .find_map(|line| {
            let at = line.content.to_lowercase().find(&lower)?;
            let written = line.content.get(at..at + name.len())?;
            let same = written.to_lowercase() == lower;
            (same && written.chars().any(char::is_lowercase)).then(|| written.to_owned())
        })
        .unwrap_or_else(|| name.to_owned())
}

/// Whether a `A | B | C` line is a row of links: three items or more, each
/// of one or two words (`Home | News | Sport`).
fn is_link_row(text: &str) -> bool {
    let items: Vec<&str> = text.split('|').map(str::trim).collect();
    items.len() >= 3
        && items
            .iter()
            .all(|item| (1..=2).contains(&item.split_whitespace().count()))
}

/// Whether every word of `name` is a menu entry (`Home`, `News`, `English`).
fn is_menu_name(name: &str) -> bool {
    let menu = &Lexicon::get().menu_words;
    name.split_whitespace().all(|w| {
        menu.contains(
            &w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase(),
        )
    })
}

/// A company's name without the legal forms closing it (`The Example Review
/// Ltd` -> `The Example Review`, `Example Co., Ltd.` -> `Example`).
fn without_legal_form(name: &str) -> String {
    let suffixes = &Lexicon::get().legal_suffixes;
    let mut words: Vec<&str> = name.split_whitespace().collect();
    // `The Example Corporation` keeps its form: `The Example` names nothing.
    let fewest_before = if words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        4
    } else {
        2
    };
    while words.len() >= fewest_before
        && words.last().is_some_and(|w| {
            let bare: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
            suffixes.contains(&bare.to_lowercase())
        })
    {
        words.pop();
    }
    words.join(" ").trim_end_matches([',', '.', ' ']).to_owned()
}

/// The name whose initials `abbreviation` (2 to 5 capitals) gives, as the
/// page writes it: a run of capitalised words, hyphenated parts counting
/// apart (`Agence France-Presse` for `AFP`). Initials that happen to match a
/// person's name are ruled out by asking for the article (`The Associated
/// Press`) or for the same run twice.
fn spelled_out(lines: &[Line], abbreviation: &str) -> Option<String> {
    let letters = abbreviation.chars().count();
    if !(2..=5).contains(&letters) || !abbreviation.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let mut seen: HashMap<String, (usize, bool)> = HashMap::new();
    for line in lines {
        for (run, after_the) in capitalised_runs(line.content) {
            let initials: String = run
                .iter()
                .flat_map(|w| w.split('-'))
                .filter_map(|part| part.chars().next())
                .collect();
            if initials == abbreviation {
                let entry = seen.entry(run.join(" ")).or_default();
                entry.0 += 1;
                entry.1 |= after_the;
            }
        }
    }
    let (name, (_, after_the)) = seen
        .into_iter()
        .filter(|(_, (count, after_the))| *after_the || *count >= 2)
        .max_by_key(|(name, (count, after_the))| (*after_the, *count, name.len()))?;
    Some(if after_the {
        format!("The {name}")
    } else {
        name
    })
}

/// The maximal runs of capitalised words in `text` (punctuation ends a
/// run), each with whether `The` opens it (the `The` left out).
fn capitalised_runs(text: &str) -> Vec<(Vec<&str>, bool)> {
    let mut runs: Vec<(Vec<&str>, bool)> = vec![(Vec::new(), false)];
    for token in text.split_whitespace() {
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        let capitalised = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(|c| c.is_alphabetic() || c == '-');
        let Some((run, after_the)) = runs.last_mut() else {
            break;
        };
        if capitalised {
            if run.is_empty() && word == "The" {
                *after_the = true;
            } else {
                run.push(word);
            }
        }
        // A lower-case word, or punctuation after a word (`Press,`), ends
        // the name.
        let ends = !capitalised || token.ends_with(|c: char| !c.is_alphanumeric());
        if ends && (!run.is_empty() || *after_the) {
            runs.push((Vec::new(), false));
        }
    }
    runs.retain(|(run, _)| !run.is_empty());
    runs
}

/// Whether the last word of `text` names a byline role (`... Reporter`).
fn ends_with_role(text: &str) -> bool {
    text.split_whitespace()
        .next_back()
        .is_some_and(|w| Lexicon::get().byline_roles.contains(&w.to_lowercase()))
}

/// `Jane Doe, Staff Reporter` (perhaps after `By`) -> `Jane Doe`.
fn person_of_role_byline(text: &str) -> Option<String> {
    // `By Jane Doe, Staff Reporter`: the opener is no part of the name.
    let text = match text.split_once(' ') {
        Some((opener, rest))
            if Lexicon::get()
                .byline_openers
                .contains(&opener.trim_end_matches(':').to_lowercase()) =>
        {
            rest
        }
        _ => text,
    };
    let (name, role) = text.split_once(", ")?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_name = (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    (is_name && ends_with_role(role) && role.split_whitespace().count() <= 4)
        .then(|| name.to_owned())
}

/// `Daily Planet Reporter` -> `Daily Planet`.
fn outlet_of_byline(text: &str) -> Option<String> {
    let lexicon = Lexicon::get();
    let roles = &lexicon.byline_roles;
    let words: Vec<&str> = text.split_whitespace().collect();
    let (last, name) = words.split_last()?;
    if name.len() < 2 || name.len() > 5 || !roles.contains(&last.to_lowercase()) {
        return None;
    }
    let all_capitalised = name
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let has_role = name.iter().any(|w| {
        let w = w.to_lowercase();
        roles.contains(&w) || lexicon.byline_role_words.contains(&w)
    });
    // "By Jane DoeBusiness Columnist" is a person's byline glued to a role.
    let personal = name[0].eq_ignore_ascii_case("by") || name.iter().any(|w| unglue(w).1);
    (all_capitalised && !has_role && !personal).then(|| name.join(" "))
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

/// The headline: the heading-shaped line above the body that shares the
/// most words with the opening of the body (a headline names what the lead
/// paragraph tells; a site name, a teaser or a widget label does not),
/// helped by being repeated on the page (breadcrumb, list of stories) and by
/// title case. `None` when no line above the body shares enough with it.
fn title(lines: &[Line], header: &[Line], body: &[Line], outlet: Option<&str>) -> Option<String> {
    let lexicon = Lexicon::get();
    let mut opening = HashSet::new();
    for line in body.iter().take(4) {
        opening.extend(terms(line.content));
    }
    let mut best: Option<(f32, &str)> = None;
    for (distance, line) in header.iter().rev().enumerate() {
        let text = line.content;
        if !is_headline_shaped(line, lexicon) || outlet.is_some_and(|o| same_name(o, text)) {
            continue;
        }
        let own = terms(text);
        let shared = own.iter().filter(|t| opening.contains(*t)).count();
        let overlap = shared as f32 / own.len().max(1) as f32;
        let repeated = line.words >= 4
            && lines.iter().any(|other| {
                other.number != line.number
                    && (other.content == text || breadcrumb_tail(other.content) == Some(text))
            });
        if overlap < 0.15 && !repeated {
            continue;
        }
        let mut score = 3.0 * overlap - 0.03 * distance as f32;
        if repeated {
            score += 1.0;
        }
        if line.capitalised >= 0.6 {
            score += 0.5;
        }
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, text));
        }
    }
    best.map(|(_, text)| text.to_owned())
        .or_else(|| headline_over_dateline(header, lexicon, outlet))
}

/// The headline of a page whose opening shares few words with it (a live
/// blog opens with its latest entry): the nearest headline-shaped line of
/// five words or more printed right above the date or the byline.
fn headline_over_dateline(
    header: &[Line],
    lexicon: &Lexicon,
    outlet: Option<&str>,
) -> Option<String> {
    header.windows(2).rev().find_map(|pair| {
        let (line, next) = (&pair[0], &pair[1]);
        let stamped = !find_dates(next.content).is_empty() || patterns().by.is_match(next.content);
        (stamped
            && line.words >= 5
            && is_headline_shaped(line, lexicon)
            && !outlet.is_some_and(|o| same_name(o, line.content)))
        .then(|| line.content.to_owned())
    })
}

/// The content words of `text`, lower case: words of four letters or more,
/// and pairs of characters in scripts written without spaces.
fn terms(text: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        let chars: Vec<char> = word.chars().collect();
        if chars.iter().any(|c| is_unspaced_script(*c)) {
            out.extend(chars.windows(2).map(|pair| pair.iter().collect::<String>()));
        } else if chars.len() >= 4 {
            out.insert(word.to_lowercase());
        }
    }
    out
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
        && !is_section_kicker(line)
        && !text.contains('©')
        && !(text.starts_with('(') && text.ends_with(')'))
        && !is_end_heading(text, lexicon)
        && find_dates(text).is_empty()
        && !patterns().by.is_match(text)
        && !ends_with_role(text)
        && text.chars().filter(|c| c.is_alphabetic()).count() * 2 > text.chars().count()
}

/// Whether a line is a section kicker above the headline: short, in
/// capitals, its parts set apart (`OPINION · EAST ASIA`, `WORLD / ASIA`).
fn is_section_kicker(line: &Line) -> bool {
    let text = line.content;
    line.words <= 6 && !text.chars().any(char::is_lowercase) && text.contains(['·', '|', '•', '/'])
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
        } else if let Some(name) = person_of_role_byline(line.content) {
            Some(name)
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
    let lexicon = Lexicon::get();
    if name.split_whitespace().all(|w| {
        let w = w.to_lowercase();
        lexicon.byline_roles.contains(&w) || lexicon.byline_role_words.contains(&w)
    }) {
        return None;
    }
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
/// after it (before any list of other stories). A date marked as an update
/// (`Updated Nov. 4`) gives way to an unmarked one on its line or up to
/// [`UPDATE_REACH`] lines above it (`Published Nov. 3`).
fn published(header: &[Line], trailer: &[Line]) -> Option<PartialDate> {
    let lexicon = Lexicon::get();
    let dated = |line: &Line| -> Option<(usize, PartialDate, bool)> {
        if lexicon.is_crawl_note(line.content) {
            return None;
        }
        let dates = find_dates(line.content);
        let first = dates.first()?;
        // The words before each date, from the date before it on.
        let unmarked = dates.iter().enumerate().find(|(i, f)| {
            let from = i.checked_sub(1).map_or(0, |j| dates[j].start);
            !is_update(line.content.get(from..f.start).unwrap_or_default())
        });
        Some(match unmarked {
            Some((_, f)) => (line.number, f.date, false),
            None => (line.number, first.date, true),
        })
    };
    let mut above = header.iter().rev().filter_map(dated);
    if let Some((number, date, update)) = above.next() {
        if !update {
            return Some(date);
        }
        let published = above
            .take_while(|&(other, _, _)| number - other <= UPDATE_REACH)
            .find(|&(_, _, marked)| !marked)
            .map(|(_, date, _)| date);
        return Some(published.unwrap_or(date));
    }
    trailer
        .iter()
        .take_while(|line| !is_end_heading(line.content, lexicon))
        .find_map(|line| dated(line).map(|(_, date, _)| date))
}

/// How many lines above an update's date its publication date may stand.
const UPDATE_REACH: usize = 3;

/// Whether the few words at the end of `text` (what precedes a date on its
/// line) mark the date as an update.
fn is_update(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let tail: String = chars[chars.len().saturating_sub(24)..]
        .iter()
        .collect::<String>()
        .to_lowercase();
    Lexicon::get()
        .update_words
        .iter()
        .any(|word| tail.contains(word.as_str()))
}

/// The year of the first full date anywhere on the page.
fn year_on_page(lines: &[Line]) -> Option<i32> {
    let lexicon = Lexicon::get();
    lines
        .iter()
        .filter(|line| !lexicon.is_crawl_note(line.content))
        .find_map(|line| find_dates(line.content).first().map(|f| year_of(f.date)))
}

/// The month and day of a dateline that opens `paragraph` (`Seoul, June 16`).
fn dateline_month_day(paragraph: &str) -> Option<MonthDay> {
    let opening: String = paragraph.chars().take(80).collect();
    let caps = patterns().dated_dateline.captures(&opening)?;
    let (month, day) = month_day(caps.get(0)?.as_str())?;
    Some(MonthDay { month, day })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn place(paragraph: &str) -> Option<String> {
        dateline(paragraph).and_then(|d| d.place)
    }

    #[test]
    fn datelines_in_several_styles() {
        assert_eq!(
            place("TOKYO – Japan and Korea met.").as_deref(),
            Some("TOKYO")
        );
        assert_eq!(
            place("Seoul, June 16 (Harbor Wire) The nominee spoke.").as_deref(),
            Some("Seoul")
        );
        assert_eq!(
            place("Tokyo, June 20 (Jiji Press)--The talks resumed.").as_deref(),
            Some("Tokyo")
        );
        assert_eq!(
            place("Tokyo, Japan – The prime minister said.").as_deref(),
            Some("Tokyo, Japan")
        );
        assert_eq!(
            place("SAN FRANCISCO (AP) — The utility cut power.").as_deref(),
            Some("SAN FRANCISCO")
        );
    }

    #[test]
    fn ordinary_opening_is_no_dateline() {
        assert_eq!(place("The two leaders met on Sunday in Seoul."), None);
        assert_eq!(
            place("President Smith — who took office in May — spoke."),
            None
        );
        assert_eq!(
            place("Officials said on Monday that talks would go on."),
            None
        );
    }

    #[test]
    fn wire_credit_of_a_dateline() {
        let d = dateline("Seoul, June 16 (Harbor Wire) The nominee spoke.");
        assert_eq!(d.and_then(|d| d.credit).as_deref(), Some("Harbor Wire"));
    }

    #[test]
    fn glued_byline_parts_are_cut() {
        assert_eq!(clean_name("Jane SmithBusiness Columnist"), "Jane Smith");
        assert_eq!(clean_name("DAILY NEWSJune 23"), "DAILY NEWS");
        assert_eq!(clean_name("Ronald McDonald"), "Ronald McDonald");
    }

    #[test]
    fn reporter_byline_names_the_outlet_unless_it_is_a_role() {
        assert_eq!(
            outlet_of_byline("Daily Planet Reporter").as_deref(),
            Some("Daily Planet")
        );
        assert_eq!(outlet_of_byline("Senior Staff Reporter"), None);
        assert_eq!(outlet_of_byline("Claim Your Business"), None);
    }

    #[test]
    fn crawl_date_is_not_the_publication_date() {
        let page = "\
Fetched 2025-06-20 from the web
Harbour reopens after storm
The harbour reopened on Friday after a week of repairs to the breakwater, the port authority said.
";
        let lines = crate::lines::lines(page);
        let meta = metadata(&lines, 2, 3);
        assert_eq!(meta.published, None);
        assert_eq!(meta.title.as_deref(), Some("Harbour reopens after storm"));
    }

    #[test]
    fn wire_initials_give_way_to_the_name_the_page_spells_out() {
        let page = "\
Harbor Wire Service staff contributed.
LISBON (HWS) — Dockworkers walked out on Monday over a new shift system, the union said.
The Harbor Wire Service is an independent news agency.
";
        let lines = crate::lines::lines(page);
        assert_eq!(
            spelled_out(&lines, "HWS").as_deref(),
            Some("The Harbor Wire Service")
        );
        let meta = metadata(&lines, 1, 2);
        assert_eq!(meta.outlet.as_deref(), Some("The Harbor Wire Service"));
    }

    #[test]
    fn hyphenated_name_spells_out_a_wire_credit_seen_twice() {
        let page = "\
Agence Nord-Presse reported the talks.
Material from Agence Nord-Presse was used.
";
        let lines = crate::lines::lines(page);
        assert_eq!(
            spelled_out(&lines, "ANP").as_deref(),
            Some("Agence Nord-Presse")
        );
    }

    #[test]
    fn a_person_named_once_does_not_spell_out_initials() {
        let lines = crate::lines::lines("Ana Pereira said the port would reopen.\n");
        assert_eq!(spelled_out(&lines, "AP"), None);
        assert_eq!(
            capitalised_runs("ask The Harbor Wire, now"),
            [(vec!["Harbor", "Wire"], true)]
        );
    }

    #[test]
    fn section_and_date_line_is_no_outlet() {
        let page = "\
Politics | September 28, 2026
LISBON — Dockworkers walked out on Monday over a new shift system, the union said.
";
        let lines = crate::lines::lines(page);
        assert_eq!(metadata(&lines, 1, 2).outlet, None);
    }

    #[test]
    fn menu_section_with_a_blurb_is_no_site_line() {
        let page = "\
Harbour Courier
  • Diplomacy
  • Business
Diplomacy | Treaties, defence and the courts
LISBON — Dockworkers walked out on Monday over a new shift system, the union said.
";
        let lines = crate::lines::lines(page);
        assert_eq!(
            metadata(&lines, 4, 5).outlet.as_deref(),
            Some("Harbour Courier")
        );
        let page = page.replace("  • Diplomacy\n", "");
        let lines = crate::lines::lines(&page);
        assert_eq!(metadata(&lines, 3, 4).outlet.as_deref(), Some("Diplomacy"));
    }

    #[test]
    fn names_compare_without_case_or_spaces() {
        assert!(same_name("DAILY  PLANET", "Daily Planet"));
        assert!(!same_name("Daily Planet", "Daily Bugle"));
    }
    #[test]
    fn wire_dateline_with_date_and_credit_ends_after_its_dash() {
        let paragraph = "OSLO, Sep 8 (Nordwire) - The centre-right bloc pulled ahead.";
        let d = dateline(paragraph);
        assert_eq!(d.as_ref().and_then(|d| d.place.as_deref()), Some("OSLO"));
        assert_eq!(
            d.as_ref().and_then(|d| d.credit.as_deref()),
            Some("Nordwire")
        );
        let end = dateline_end(paragraph).unwrap_or_default();
        assert_eq!(
            paragraph.chars().skip(end).collect::<String>(),
            "The centre-right bloc pulled ahead."
        );
        assert_eq!(dateline_end("KYODO NEWS - The leaders met."), Some(13));
        assert_eq!(dateline_end("The bloc pulled ahead on Monday."), None);
    }

    #[test]
    fn agency_before_the_dash_is_a_credit_not_a_place() {
        let d = dateline("KYODO NEWS - The leaders pledged closer ties.");
        assert_eq!(d.as_ref().and_then(|d| d.place.clone()), None);
        assert_eq!(d.and_then(|d| d.credit).as_deref(), Some("KYODO NEWS"));
        assert_eq!(place("AP — The storm reached the coast."), None);
        assert_eq!(
            place("LISBON (AP) — The storm reached the coast.").as_deref(),
            Some("LISBON")
        );
    }

    #[test]
    fn row_of_menu_links_and_language_names_are_no_outlet() {
        let page = "\
Home | News | Sport | Weather
LISBON — Dockworkers walked out on Monday over a new shift system, the union said.
";
        let lines = crate::lines::lines(page);
        assert_eq!(metadata(&lines, 1, 2).outlet, None);
        assert!(is_menu_name("English"));
        assert!(!is_menu_name("Harbour Courier"));
    }

    #[test]
    fn copyright_holder_loses_its_legal_form() {
        assert_eq!(
            without_legal_form("The Harbour Courier Ltd"),
            "The Harbour Courier"
        );
        assert_eq!(
            without_legal_form("Harbour Media Co., Ltd."),
            "Harbour Media"
        );
        assert_eq!(
            without_legal_form("Nordhavn Presse GmbH"),
            "Nordhavn Presse"
        );
        assert_eq!(without_legal_form("Harbour Courier"), "Harbour Courier");
        assert_eq!(
            without_legal_form("The Harbour Corporation"),
            "The Harbour Corporation"
        );
        assert_eq!(without_legal_form("Harbour LLC"), "Harbour");
        let page = "\
LISBON — Dockworkers walked out on Monday over a new shift system, the union said.
© 2026 Harbour Courier Ltd. All rights reserved.
";
        let lines = crate::lines::lines(page);
        assert_eq!(
            metadata(&lines, 0, 1).outlet.as_deref(),
            Some("Harbour Courier")
        );
    }

    #[test]
    fn section_kicker_is_no_headline() {
        let page = "\
Dockworkers strike over new shift system
OPINION · PORTS AND SHIPPING
Dockworkers walked out on Monday over a new shift system, the union said, and the strike closed the port.
";
        let lines = crate::lines::lines(page);
        assert_eq!(
            metadata(&lines, 2, 3).title.as_deref(),
            Some("Dockworkers strike over new shift system")
        );
    }
    #[test]
    fn circled_copyright_sign_names_the_outlet() {
        let page = "\
LISBON — Dockworkers walked out on Monday over a new shift system, the union said.
ⓒ Harbour Courier: All rights reserved.
";
        let lines = crate::lines::lines(page);
        assert_eq!(
            metadata(&lines, 0, 1).outlet.as_deref(),
            Some("Harbour Courier")
        );
    }

    #[test]
    fn site_after_a_printed_headline_names_the_outlet() {
        let page = "\
Dockworkers strike over new shift system | Harbour Courier
Dockworkers strike over new shift system
Dockworkers walked out on Monday over a new shift system, the union said, and the port closed.
";
        let lines = crate::lines::lines(page);
        assert_eq!(
            metadata(&lines, 2, 3).outlet.as_deref(),
            Some("Harbour Courier")
        );
    }

    #[test]
    fn masthead_line_is_the_outlet_when_nothing_else_names_one() {
        let page = "\
Harbour Courier
  • Ports
  • Shipping
Dockworkers strike over new shift system
Dockworkers walked out on Monday over a new shift system, the union said, and the port closed.
";
        let lines = crate::lines::lines(page);
        assert_eq!(
            metadata(&lines, 4, 5).outlet.as_deref(),
            Some("Harbour Courier")
        );
        let headline_first = "\
Dockworkers strike over shifts
Dockworkers strike over shifts
Dockworkers walked out on Monday over a new shift system, the union said, and the port closed.
";
        let lines = crate::lines::lines(headline_first);
        assert_eq!(metadata(&lines, 2, 3).outlet, None);
    }

    #[test]
    fn agency_in_capitals_takes_the_spelling_the_page_gives() {
        let page = "\
Stories from Nordwire Press are shared with partners.
NORDWIRE PRESS - The leaders met on Monday and agreed to talk again next year.
";
        let lines = crate::lines::lines(page);
        assert_eq!(page_spelling(&lines, "NORDWIRE PRESS"), "Nordwire Press");
        assert_eq!(page_spelling(&lines, "AP"), "AP");
    }
    #[test]
    fn bio_under_an_opinion_piece_names_its_author() {
        let page = "\
Why the ferry deal matters
The ferry deal tells us more about the region than any speech made at the summit this week.
Ana Silva is a senior fellow at the Institute for Ports.
";
        let lines = crate::lines::lines(page);
        assert_eq!(metadata(&lines, 1, 2).author.as_deref(), Some("Ana Silva"));
    }
    #[test]
    fn byline_under_the_article_names_the_author() {
        let page = "\
Dockworkers strike over new shift system
Dockworkers walked out on Monday over a new shift system, the union said, and the port closed.
By Ana Silva, staff reporter
";
        let lines = crate::lines::lines(page);
        assert_eq!(metadata(&lines, 1, 2).author.as_deref(), Some("Ana Silva"));
    }

    #[test]
    fn live_blog_headline_sits_over_its_date() {
        let page = "\
LIVE
Storm live: towns on the coast brace for the worst
Nov. 3, 2026, 11:58 PM ET
Power crews were moved inland overnight and shelters opened in three schools, officials said.
";
        let lines = crate::lines::lines(page);
        assert_eq!(
            metadata(&lines, 3, 4).title.as_deref(),
            Some("Storm live: towns on the coast brace for the worst")
        );
    }
    #[test]
    fn publication_date_is_preferred_to_an_update() {
        let page = "\
Storm live: towns on the coast brace for the worst
Published Nov. 3, 2026, 7:02 PM ET
Updated Nov. 4, 2026, 1:45 AM ET
Power crews were moved inland overnight and shelters opened in three schools, officials said.
";
        let lines = crate::lines::lines(page);
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).map(PartialDate::day);
        assert_eq!(metadata(&lines, 3, 4).published, day(3));
        let one_line = "\
Storm live: towns on the coast brace for the worst
Updated 04.11.2026 01:45 | Published 03.11.2026 19:02
Power crews were moved inland overnight and shelters opened in three schools, officials said.
";
        let lines = crate::lines::lines(one_line);
        assert_eq!(metadata(&lines, 2, 3).published, day(3));
        let only_update = "\
Storm live: towns on the coast brace for the worst
Updated Nov. 4, 2026
Power crews were moved inland overnight and shelters opened in three schools, officials said.
";
        let lines = crate::lines::lines(only_update);
        assert_eq!(metadata(&lines, 2, 3).published, day(4));
    }
}
