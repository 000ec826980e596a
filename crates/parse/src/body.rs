//! Finding the article body among the lines of a page dump.
//!
//! Each line gets a score: running text scores by its length, anything else
//! (menus, bylines, share widgets, headlines of other stories) costs, and the
//! cost of a line grows with the length of the run of such lines it sits in.
//! The body is the contiguous stretch of lines with the highest total (a
//! maximum-sum subarray, found in one pass): a sub-heading or a caption
//! between two paragraphs costs little, while a long list of links between
//! the article and a block of teasers costs more than the teasers bring.
//! The stretch is then cut at a heading that opens a list of other stories
//! ("Related posts"), and widget lines inside it are dropped.

use crate::lexicon::Lexicon;
use crate::lines::Line;

/// How a line counts towards a stretch of body text.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// Running text worth this much.
    Prose(f64),
    /// A short line that may belong to an article: a sub-heading, a caption,
    /// a line of a recipe or a table.
    Neutral,
    /// A menu item, a widget label, a date, one of a run of
    /// title-case headlines.
    Junk,
    /// A heading that opens a list of other stories ("Related posts").
    ListHeading,
    /// A copyright notice: the page footer, which no body crosses.
    Footer,
}

/// The kind of every line, in page order.
fn kinds(lines: &[Line]) -> Vec<Kind> {
    let mut kinds: Vec<Kind> = lines.iter().map(kind).collect();
    // Four or more title-case lines in a row are a list of links or headlines.
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while j < lines.len() && kinds[j] == Kind::Neutral && lines[j].capitalised >= 0.6 {
            j += 1;
        }
        if j - i >= 4 {
            kinds[i..j].fill(Kind::Junk);
        }
        i = j.max(i + 1);
    }
    kinds
}

fn kind(line: &Line) -> Kind {
    let lexicon = Lexicon::get();
    if is_footer(line.content) {
        return Kind::Footer;
    }
    if is_end_heading(line.content, lexicon) {
        return Kind::ListHeading;
    }
    if line.is_furniture() || !line.content.chars().any(char::is_alphabetic) {
        return Kind::Junk;
    }
    if line.is_prose() && !line.truncated {
        // Cookie notices and sign-up pitches are prose full of widget words.
        let words = line.words.min(80) as f64 - 8.0 * line.furniture_words as f64;
        let words = if line.bullet { words * 0.5 } else { words };
        if words > 0.0 {
            return Kind::Prose(words);
        }
        return Kind::Junk;
    }
    if line.bullet || line.truncated {
        Kind::Junk
    } else {
        Kind::Neutral
    }
}

/// What each line adds to a stretch of lines that contains it: prose its
/// worth, other lines a cost that grows along a run of non-prose lines.
fn scores(kinds: &[Kind]) -> Vec<f64> {
    let mut run = 0.0;
    kinds
        .iter()
        .map(|kind| match *kind {
            Kind::Prose(worth) => {
                run = 0.0;
                worth
            }
            Kind::Neutral => {
                run += 0.25;
                -1.0
            }
            Kind::Junk => {
                run += 1.0;
                -(1.0 + 2.0 * run)
            }
            Kind::ListHeading => {
                run += 1.0;
                -40.0
            }
            Kind::Footer => -1e6,
        })
        .collect()
}

/// Indices into `lines` of the body's lines, in page order.
pub(crate) fn body_lines(lines: &[Line]) -> Vec<usize> {
    let kinds = kinds(lines);
    let Some((start, end)) = best_stretch(&scores(&kinds)) else {
        return Vec::new();
    };
    // A list before the first paragraph is a summary box or a menu.
    let start = (start..end)
        .find(|&i| matches!(kinds[i], Kind::Prose(_)) && !lines[i].bullet)
        .unwrap_or(end);
    let lexicon = Lexicon::get();
    (start..end)
        .filter(|&i| {
            let line = &lines[i];
            !line.is_furniture() && !is_list_pointer(line.content, lexicon)
        })
        .collect()
}

/// The maximum-sum stretch `[start, end)` of `scores`, if any is positive.
fn best_stretch(scores: &[f64]) -> Option<(usize, usize)> {
    let mut best: Option<(f64, usize, usize)> = None;
    let mut sum = 0.0;
    let mut start = 0;
    for (i, &score) in scores.iter().enumerate() {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += score;
        if sum > 0.0 && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, start, i + 1));
        }
    }
    best.map(|(_, s, e)| (s, e))
}

/// Whether a line is a heading that opens a list of other stories.
pub(crate) fn is_end_heading(text: &str, lexicon: &Lexicon) -> bool {
    let key = text
        .trim_end_matches([':', '.', '!', '»', '›', '>', ' '])
        .trim()
        .to_lowercase();
    !key.is_empty() && lexicon.end_headings.contains(&key)
}

/// Whether a line is a copyright notice.
fn is_footer(text: &str) -> bool {
    let lower = text.to_lowercase();
    text.contains('©') || lower.contains("all rights reserved") || lower.starts_with("copyright")
}

/// Whether a line points to another story: `Related: ...`, `Read more: ...`.
fn is_list_pointer(text: &str, lexicon: &Lexicon) -> bool {
    text.split_once(':')
        .is_some_and(|(head, _)| is_end_heading(head, lexicon))
}
