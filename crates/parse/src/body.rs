//! Finding the article body among the lines of a page dump.
//!
//! Each line is classed by its shape ([`Kind`]): running text scores by its
//! length; anything else (menus, bylines, share widgets, captions, headlines
//! of other stories) costs, and the cost of menu-like lines grows along a
//! run of them. The body is the contiguous stretch of lines with the highest
//! total (a maximum-sum subarray, found in one pass): a sub-heading, a
//! caption or an advertisement label between two paragraphs costs little,
//! while a long menu or a list heading between the article and a block of
//! teasers costs more than the teasers bring. Copyright footers and date
//! stamps are barriers no body crosses, and prose counts less after many
//! stamps (dated teasers and comments are not the article). Inside the
//! stretch, widget labels, stamps, captions, list headings and the items
//! under them are dropped; sub-headings and in-text lists are kept.

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;

use crate::dates::find_dates;
use crate::lexicon::Lexicon;
use crate::lines::{word_count, Line};

/// How a line counts towards a stretch of body text.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// Running text worth this much.
    Prose(f64),
    /// A short line that may belong to an article: a sub-heading, a caption,
    /// a line of a recipe or a table.
    Neutral(usize),
    /// A menu item, a widget label, a date, one of a run of
    /// title-case headlines.
    Junk,
    /// A horizontal rule: the page's sections meet here.
    Rule,
    /// An image's alt text or caption.
    Caption,
    /// A byline: "By Jane Doe".
    Byline,
    /// A label or list item that the page prints three times or more.
    Repeated,
    /// A widget label: share, follow, sign in, advertisement.
    Furniture,
    /// A date or time standing alone: the stamp of a story, a teaser or a
    /// comment.
    Stamp,
    /// A heading that opens a list of other stories ("Related posts").
    ListHeading,
    /// A line of a teaser card for another story, its headline or its
    /// summary, of this many words: it costs what a short line does.
    Teaser(usize),
    /// A copyright notice: the page footer, which no body crosses.
    Footer,
    /// A bare time of day between two entries of a live blog (`1:45 a.m.
    /// ET`): the text goes on after it.
    EntryTime,
    /// A row of a text table (`Moderates    17.9`), its header or the note
    /// under it (`Source: ...`): part of the article, kept line by line.
    TableRow,
}

/// The kind of every line, in page order.
fn kinds(lines: &[Line]) -> Vec<Kind> {
    let mut copies: HashMap<&str, usize> = HashMap::new();
    for line in lines {
        *copies.entry(line.content).or_default() += 1;
    }
    let mut kinds: Vec<Kind> = lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            // A label or list item printed three times or more belongs to a
            // widget or a list of teasers.
            let repeated = copies.get(line.content).is_some_and(|&n| n >= 3);
            // Text printed twice within a few lines is a gallery's caption
            // or a highlight, not more of the article.
            let window = i.saturating_sub(ECHO_WINDOW)..(i + ECHO_WINDOW + 1).min(lines.len());
            let echoed = window
                .filter(|&j| j != i)
                .any(|j| lines[j].content == line.content);
            // A copy standing between two paragraphs is the article's own
            // sentence (the other copy was a highlight or a pull quote).
            let other_paragraph = |other: &Line| other.is_prose() && other.content != line.content;
            let between_paragraphs = i > 0
                && other_paragraph(&lines[i - 1])
                && lines.get(i + 1).is_some_and(other_paragraph);
            if repeated && (line.bullet || !line.is_prose()) {
                Kind::Repeated
            } else if echoed && line.is_prose() && !between_paragraphs {
                Kind::Caption
            } else {
                kind(line)
            }
        })
        .collect();
    // An image's alt text followed by its caption with a credit appended
    // ("A hospital in Beijing" then "A hospital in BeijingCredit: EPA").
    for i in 1..lines.len() {
        let (alt, caption) = (lines[i - 1].content, lines[i].content);
        let pair = lines[i - 1].words >= 3 && caption.len() > alt.len() && caption.starts_with(alt);
        // A paragraph may well open with the words of the sub-heading above it.
        if pair && !lines[i].is_prose() {
            kinds[i - 1] = Kind::Caption;
            kinds[i] = Kind::Caption;
        }
    }
    // A paragraph cut off with an ellipsis right after the article's text is
    // where a paywall cut it; a cut-off line elsewhere is a teaser.
    for i in 1..lines.len() {
        let line = &lines[i];
        let cut_paragraph = line.truncated && line.words >= 7 && !line.bullet;
        let after_paragraph = matches!(kinds[i - 1], Kind::Prose(_)) && !lines[i - 1].bullet;
        if cut_paragraph && after_paragraph && kinds[i] == Kind::Junk {
            kinds[i] = Kind::Prose(line.words.min(80) as f64);
        }
    }
    // Four or more title-case lines in a row are a list of links or headlines.
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while j < lines.len() && matches!(kinds[j], Kind::Neutral(_)) && lines[j].capitalised >= 0.6
        {
            j += 1;
        }
        if j - i >= 4 {
            kinds[i..j].fill(Kind::Junk);
        }
        i = j.max(i + 1);
    }
    // A teaser card inside or after the article: another story's headline
    // printed twice (link and picture) and the summary under it.
    let mut prose_above = 0;
    for i in 0..lines.len() {
        let line = &lines[i];
        // A row of a table (cells spaced apart) may repeat its header.
        let headline =
            !line.is_prose() && !line.terminal && line.words >= 4 && !line.content.contains("   ");
        let card = headline
            && prose_above >= ARTICLE_BEGUN_WORDS
            && (i.saturating_sub(CARD_ECHO)..i).any(|j| lines[j].content == line.content);
        if card {
            // A run of headlines stays as costly as it was.
            for j in i.saturating_sub(CARD_ECHO)..=i {
                if lines[j].content == line.content && matches!(kinds[j], Kind::Neutral(_)) {
                    kinds[j] = Kind::Teaser(lines[j].words);
                }
            }
            if let Some(next) = kinds.get_mut(i + 1).filter(|k| matches!(k, Kind::Prose(_))) {
                *next = Kind::Teaser(lines[i + 1].words);
            }
        }
        if matches!(kinds[i], Kind::Prose(_)) {
            prose_above += line.words;
        }
    }
    mark_tables(lines, &mut kinds);
    mark_entry_times(lines, &mut kinds);
    kinds
}

/// The cells of a text-table row: parts of the line set apart by two spaces
/// or more, or by tabs.
fn cells(text: &str) -> Vec<&str> {
    static GAP: OnceLock<Regex> = OnceLock::new();
    let gap = GAP.get_or_init(|| Regex::new(r"\s{2,}|\t").unwrap_or_else(|e| panic!("gap: {e}")));
    gap.split(text).filter(|cell| !cell.is_empty()).collect()
}

/// Whether a table cell is a number (`17.9`, `27,4`, `+2.1`, `45%`).
fn is_number_cell(cell: &str) -> bool {
    let digits = cell
        .trim_start_matches(['+', '-', '−', '±'])
        .trim_end_matches('%');
    digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// Rows of a text table printed with aligned columns, as a page dump shows
/// a `<pre>` block or an HTML table: a run of short lines of two to six
/// cells, most of them ending in a number (`Party    Share` then
/// `Moderates    17.9`), and a `Source:`/`Note:` line right under the run.
/// Each row is short and title-cased, so the line classes alone make the
/// run a menu; it is part of the article when prose stands on both sides.
fn mark_tables(lines: &[Line], kinds: &mut [Kind]) {
    let is_row = |line: &Line| {
        let cells = cells(line.content);
        !line.bullet
            && (2..=6).contains(&cells.len())
            && cells.iter().all(|cell| word_count(cell) <= 6)
    };
    let lexicon = Lexicon::get();
    let mut i = 0;
    while i < lines.len() {
        let mut end = i;
        while end < lines.len() && is_row(&lines[end]) {
            end += 1;
        }
        let numeric = (i..end)
            .filter(|&j| {
                cells(lines[j].content)
                    .last()
                    .is_some_and(|c| is_number_cell(c))
            })
            .count();
        let prose_before = (0..i)
            .rev()
            .take(3)
            .any(|j| matches!(kinds[j], Kind::Prose(_)));
        if end - i >= 2 && numeric >= 2 && numeric * 2 >= end - i && prose_before {
            kinds[i..end].fill(Kind::TableRow);
            let noted = lines.get(end).is_some_and(|line| {
                line.content.split_once(':').is_some_and(|(head, _)| {
                    lexicon.table_notes.contains(&head.trim().to_lowercase())
                })
            });
            if noted {
                kinds[end] = Kind::TableRow;
            }
        }
        i = end.max(i + 1);
    }
}

/// A live blog prints the time of each entry above it (`11:30 p.m. ET`,
/// `14:05 BST`, `Updated 3 hours ago`): a bare time of day or age that follows a paragraph and comes
/// right before the next one is no stamp that ends the article. A time
/// after a name or a label (a comment's header) still is one.
fn mark_entry_times(lines: &[Line], kinds: &mut [Kind]) {
    static TIME_OF_DAY: OnceLock<Regex> = OnceLock::new();
    let time_of_day = TIME_OF_DAY.get_or_init(|| {
        Regex::new(
            r"(?i)^(?:\p{L}+:?\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*\p{Lu}{2,5}(?:[+-]\d{1,2})?)?|\d{1,2}\s+(?:min|mins|minutes?|hours?|hrs?)\s+ago)$",
        )
        .unwrap_or_else(|e| panic!("time of day: {e}"))
    });
    for i in 1..lines.len() {
        let after_paragraph = matches!(kinds[i - 1], Kind::Prose(_) | Kind::TableRow);
        let before_paragraph =
            (i + 1..(i + 3).min(lines.len())).any(|j| matches!(kinds[j], Kind::Prose(_)));
        // `Updated` is a widget word too.
        if matches!(kinds[i], Kind::Stamp | Kind::Furniture)
            && after_paragraph
            && before_paragraph
            && time_of_day.is_match(lines[i].content)
        {
            kinds[i] = Kind::EntryTime;
        }
    }
}

fn kind(line: &Line) -> Kind {
    let lexicon = Lexicon::get();
    if is_footer(line) {
        return Kind::Footer;
    }
    if is_end_heading(line.content, lexicon) {
        return Kind::ListHeading;
    }
    if line.is_furniture() || lexicon.box_phrases.is_match(line.content) {
        return Kind::Furniture;
    }
    // A date line is short, or opens with its date ("Published: 10:48, Tue,
    // Nov 19 | Updated: ..."); a caption or a sentence mentions one later.
    // A picture's label or credit may date the picture: a caption, not a
    // stamp.
    if is_picture_label(line) || has_agency_credit(line) {
        return Kind::Caption;
    }
    // Checked on short lines only: a long one may hold thousands of dates.
    let stamp = line.words <= 16
        && stamp_at(line.content)
            .is_some_and(|at| line.words <= 10 || (!line.terminal && at <= 24));
    if stamp {
        return Kind::Stamp;
    }
    if is_caption(line, lexicon) {
        return Kind::Caption;
    }
    if line.is_byline() {
        return Kind::Byline;
    }
    if is_rule(line.content) {
        return Kind::Rule;
    }
    if !line.content.chars().any(char::is_alphabetic) {
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
        Kind::Neutral(line.words)
    }
}

/// How near a copy of a line must be for the pair to count as captions.
const ECHO_WINDOW: usize = 20;

/// What a list heading costs: more than a short list of teasers brings, less
/// than the rest of an article that a misplaced heading interrupts.
const LIST_HEADING_COST: f64 = 40.0;
/// A line no body crosses (a footer, a date stamp).
const BARRIER: f64 = -1e6;
/// Words of prose after which the article has begun: list headings and
/// teaser cards from here on point to other stories.
const ARTICLE_BEGUN_WORDS: usize = 100;
/// How near the two copies of a teaser card's headline are.
const CARD_ECHO: usize = 3;
/// Stamps that a page may show before its body (edition date, byline date,
/// update date) without the prose after them counting less.
const HEADER_STAMPS: f64 = 3.0;

/// What each line adds to a stretch of lines that contains it: prose its
/// worth, other lines a cost that grows along a run of non-prose lines.
/// Date stamps cut the page into sections, and prose counts less in each
/// section after the first few: a run of dated items is a list of teasers
/// or comments, not the article. Likewise a paragraph standing alone after
/// the article's list headings counts less for each of them.
fn scores(kinds: &[Kind]) -> Vec<f64> {
    let mut run = 0.0;
    let mut stamps: f64 = 0.0;
    let mut prose_seen = 0.0;
    let mut later_headings: f64 = 0.0;
    let mut previous_prose = false;
    kinds
        .iter()
        .map(|kind| {
            let score = match *kind {
                Kind::Prose(worth) => {
                    run = 0.0;
                    prose_seen += worth;
                    // A paragraph that follows a paragraph goes on with the
                    // text; one that follows the headline and byline of a
                    // teaser under a list heading is a summary of another
                    // story.
                    let listed = if previous_prose {
                        1.0
                    } else {
                        1.0 + later_headings
                    };
                    worth / (1.0 + 0.15 * (stamps - HEADER_STAMPS).max(0.0)) / listed
                }
                Kind::Neutral(words) | Kind::Teaser(words) => {
                    run += 0.25;
                    // A long line without a full stop reads like a headline.
                    if words > 8 {
                        -3.0
                    } else {
                        -1.0
                    }
                }
                Kind::Rule => {
                    run += 1.0;
                    -20.0
                }
                Kind::Byline | Kind::EntryTime => {
                    run += 0.25;
                    -1.0
                }
                // A table's rows and note: cheap, whatever their shape.
                Kind::TableRow => -0.5,
                Kind::Repeated => {
                    run += 0.25;
                    -3.0
                }
                // A caption belongs to the article's pictures: it costs little
                // and ends a run of page furniture.
                Kind::Caption => {
                    run = 0.0;
                    -1.0
                }
                Kind::Junk => {
                    run += 1.0;
                    -(1.0 + 2.0 * run)
                }
                Kind::Furniture => {
                    run += 1.0;
                    -(20.0 + 2.0 * run)
                }
                Kind::ListHeading => {
                    run += 1.0;
                    // Menus carry list headings too; those after the article
                    // has begun open lists of other stories.
                    if prose_seen >= ARTICLE_BEGUN_WORDS as f64 {
                        later_headings += 1.0;
                    }
                    -LIST_HEADING_COST
                }
                Kind::Stamp => {
                    stamps += 1.0;
                    BARRIER
                }
                Kind::Footer => BARRIER,
            };
            previous_prose = matches!(kind, Kind::Prose(_));
            score
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
    let end = with_closing_attribution(lines, start, end);
    let lexicon = Lexicon::get();
    let mut in_list = false;
    let mut kept: Vec<usize> = (start..end)
        .filter(|&i| {
            // A repeated label is cheap to cross but is dropped for what it is.
            let own = if kinds[i] == Kind::Repeated {
                kind(&lines[i])
            } else {
                kinds[i]
            };
            // The items under a list heading (however sentence-like), up to
            // the next paragraph that is no list item.
            match own {
                Kind::ListHeading => in_list = true,
                Kind::Prose(_) if !lines[i].bullet => in_list = false,
                _ => {}
            }
            !in_list
                && !matches!(
                    own,
                    Kind::Furniture
                        | Kind::Stamp
                        | Kind::EntryTime
                        | Kind::ListHeading
                        | Kind::Caption
                        | Kind::Byline
                        | Kind::Teaser(_)
                )
                && lines[i].words > 0
                && !is_list_pointer(lines[i].content, lexicon)
        })
        .collect();
    // An opinion piece closes with who wrote it; the bio is no paragraph.
    while kept.len() > 1
        && kept
            .last()
            .is_some_and(|&i| author_of_bio(&lines[i], lexicon).is_some())
    {
        kept.pop();
    }
    kept
}

/// The author named by a bio line: a name of two to four capitalised
/// words, `is` or `was`, an article, then a role (`Jane Doe is a senior
/// fellow at ...`, `Jane Doe is the author of ...`), in one or two
/// sentences. `None` for any other line.
pub(crate) fn author_of_bio<'a>(line: &Line<'a>, lexicon: &Lexicon) -> Option<&'a str> {
    static BIO: OnceLock<Regex> = OnceLock::new();
    let bio = BIO.get_or_init(|| {
        Regex::new(r"^[*_]?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),?\s+(?:is|was)\s+(?:a|an|the)\s+([^.;]+)")
            .unwrap_or_else(|e| panic!("bio pattern: {e}"))
    });
    let caps = bio.captures(line.content)?;
    let (name, role) = (caps.get(1)?, caps.get(2)?);
    let has_role = role
        .as_str()
        .split(|c: char| !c.is_alphanumeric())
        .take(6)
        .any(|w| lexicon.bio_roles.contains(&w.to_lowercase()));
    (line.words <= 60 && has_role).then_some(name.as_str())
}

/// `end` moved past a pull quote's attribution that closes the body (`"We
/// keep our promises."` then `— Foreign Minister Jane Roe`): a short line
/// costs more than it brings, yet without it the quote loses its speaker.
/// A short quoted line just before the attribution comes with it.
fn with_closing_attribution(lines: &[Line], start: usize, end: usize) -> usize {
    if start >= end {
        return end;
    }
    let attribution_at = |i: usize| lines.get(i).is_some_and(is_attribution);
    if attribution_at(end) {
        return end + 1;
    }
    let quoted = lines.get(end).is_some_and(|line| {
        !line.bullet && line.terminal && line.content.starts_with(['"', '“', '«', '„', '\''])
    });
    if quoted && attribution_at(end + 1) {
        return end + 2;
    }
    end
}

/// Whether a line names who said the quote above it: a dash, then a few
/// words opening with a capital (`— Jane Roe, mayor of Springfield`).
fn is_attribution(line: &Line) -> bool {
    let Some(rest) = line
        .content
        .strip_prefix(['—', '–', '―'])
        .or_else(|| line.content.strip_prefix("--"))
    else {
        return false;
    };
    let rest = rest.trim_start();
    !line.bullet
        && (1..=12).contains(&line.words)
        && rest.chars().next().is_some_and(char::is_uppercase)
        && !rest.contains("://")
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
    if key.is_empty() {
        return false;
    }
    if lexicon.end_headings.contains(&key) || is_author_box_heading(text, lexicon) {
        return true;
    }
    // "More from Sportsnet", "Most read in world news": a heading of two
    // words or more, then a few words naming the section or site.
    key.split_whitespace().count() <= 6
        && lexicon.end_headings.iter().any(|heading| {
            heading.contains(' ')
                && key
                    .strip_prefix(heading.as_str())
                    .is_some_and(|rest| rest.starts_with(' '))
        })
}

/// Whether a line opens an author box: "About Jane Doe".
fn is_author_box_heading(text: &str, lexicon: &Lexicon) -> bool {
    let lower = text.to_lowercase();
    lexicon.author_box.iter().any(|opener| {
        let Some(rest) = lower.strip_prefix(opener.as_str()) else {
            return false;
        };
        if !rest.starts_with(' ') {
            return false;
        }
        // The name, as written on the page: one to four capitalised words.
        let name: Vec<&str> = text
            .get(opener.len()..)
            .unwrap_or_default()
            .split_whitespace()
            .collect();
        (1..=4).contains(&name.len())
            && name
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    })
}

/// Where a line's first date, clock time or age ("2 hours ago") starts.
fn stamp_at(text: &str) -> Option<usize> {
    static TIME: OnceLock<Regex> = OnceLock::new();
    let time = TIME.get_or_init(|| {
        Regex::new(r"(?i)\b\d{1,2}:\d{2}\b|\b\d+\s*\p{L}{0,8}\s+ago\b")
            .unwrap_or_else(|e| panic!("time pattern: {e}"))
    });
    // An attribution ("— Name (@handle) May 1, 2020") closes a quoted post;
    // an address holds dates in its path.
    if text.starts_with(['—', '–']) || text.contains("://") {
        return None;
    }
    let clock = time.find(text).map(|m| m.start());
    let date = find_dates(text).first().map(|f| f.start);
    match (clock, date) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Whether a line is an image caption or a photo credit by its markers
/// (`Image caption`, `Credit:`).
fn is_caption(line: &Line, lexicon: &Lexicon) -> bool {
    let lower = line.content.to_lowercase();
    lexicon.caption_markers.iter().any(|marker| {
        lower.starts_with(marker.as_str()) || (!line.terminal && lower.contains(marker.as_str()))
    })
}

/// Whether a line closes with a photo agency's credit, `AGENCY/Photographer`
/// (`... in the capital on Monday. WIRE/Jane Roe`), perhaps followed by a
/// licensing link: the agency in capitals, a slash, a capitalised name.
fn has_agency_credit(line: &Line) -> bool {
    static CREDIT: OnceLock<Regex> = OnceLock::new();
    let credit = CREDIT.get_or_init(|| {
        Regex::new(
            r"\b\p{Lu}{2,}(?:\s\p{Lu}{2,})?/\s?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}",
        )
        .unwrap_or_else(|e| panic!("credit pattern: {e}"))
    });
    // In running text such a pair is rare; in a caption it is the end.
    credit.find_iter(line.content).any(|m| {
        !line.terminal
            || line.content[m.end()..]
                .chars()
                .filter(|c| c.is_alphabetic())
                .count()
                <= 30
    })
}

/// Whether a line is what a renderer prints for a picture: its file name
/// (`harbour-at-dawn.jpg`), a slug standing for it
/// (`night-bus-depot-opening-02`) or a gallery counter (`1 of 6`,
/// `2of4The mayor at the depot...`, `[1/3] The mayor ...`).
fn is_picture_label(line: &Line) -> bool {
    static PATTERNS: OnceLock<[Regex; 3]> = OnceLock::new();
    let [file, slug, counter] = PATTERNS.get_or_init(|| {
        let build = |p: &str| Regex::new(p).unwrap_or_else(|e| panic!("picture pattern: {e}"));
        [
            build(r"(?i)\.(?:jpe?g|png|gif|webp|svg)\b"),
            build(r"^\w+(?:[-_]\w+){3,}$"),
            build(r"^(?:\d+\s?of\s?\d+(?:$|\p{Lu})|\[\d+\s?/\s?\d+\])"),
        ]
    });
    let text = line.content;
    (line.words <= 4 && file.is_match(text))
        || (slug.is_match(text) && text.chars().any(char::is_alphabetic))
        || counter.is_match(text)
}

/// Whether a line is drawn, not written: `━━━━`, `-----`, `* * *`.
fn is_rule(text: &str) -> bool {
    text.chars().count() >= 3
        && text
            .chars()
            .all(|c| matches!(c, '━' | '─' | '-' | '—' | '_' | '=' | '*' | '•' | '·' | ' '))
}

/// A notice that opens with the mark, or a short line that holds one (a
/// long caption may end with a photo's copyright).
fn is_footer(line: &Line) -> bool {
    let lower = line.content.to_lowercase();
    // Korean sites print a circled letter for the sign.
    let signs = ['©', 'ⓒ', 'Ⓒ'];
    let opens =
        lower.starts_with(signs) || lower.starts_with("copyright") || lower.starts_with("(c)");
    let holds = lower.contains(signs) || lower.contains("all rights reserved");
    opens || (holds && line.words <= 25)
}

/// Whether a line points to another story: `Related: ...`, `Read more: ...`.
fn is_list_pointer(text: &str, lexicon: &Lexicon) -> bool {
    text.split_once(':')
        .is_some_and(|(head, _)| is_end_heading(head, lexicon))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::lines;

    /// The body's lines of `page`, as text.
    fn body(page: &str) -> Vec<String> {
        let lines = lines(page);
        body_lines(&lines)
            .into_iter()
            .map(|i| lines[i].text.to_owned())
            .collect()
    }

    const PARAGRAPH_A: &str = "The regional council voted on Tuesday to extend the night bus service to the three outer districts, after a year of complaints from shift workers.";
    const PARAGRAPH_B: &str = "The new routes will start in March and cost about two million a year, which the council plans to cover with a small rise in parking fees.";
    const PARAGRAPH_D: &str = "Drivers' unions welcomed the decision and asked for the new shifts to be posted well before the end of January.";
    const PARAGRAPH_E: &str = "The first buses will run from the northern depot, which is being refitted with chargers for the electric fleet.";
    const PARAGRAPH_C: &str = "Opposition members said the money would be better spent on repairing the ageing tram line, but the motion passed by a wide margin.";

    #[test]
    fn sub_heading_between_paragraphs_is_kept() {
        let page = format!("{PARAGRAPH_A}\n\nWhat comes next\n\n{PARAGRAPH_B}\n\n{PARAGRAPH_C}\n");
        assert_eq!(
            body(&page),
            [PARAGRAPH_A, "What comes next", PARAGRAPH_B, PARAGRAPH_C]
        );
    }

    #[test]
    fn menus_and_share_labels_around_the_article_are_dropped() {
        let page = format!(
            "  • Home\n  • News\n  • Sport\n  • Weather\nShare Facebook Twitter Email\n\n\
             {PARAGRAPH_A}\n\n{PARAGRAPH_B}\n\nShare this\nFollow us on Instagram\n  • About\n  • Contact\n"
        );
        assert_eq!(body(&page), [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn list_heading_ends_the_article_before_its_teasers() {
        let page = format!(
            "{PARAGRAPH_A}\n\n{PARAGRAPH_B}\n\nRelated posts\n\nCouncil approves budget\n\n\
             The budget for next year was approved after a long debate in which every party took part.\n"
        );
        assert_eq!(body(&page), [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn dated_comments_after_the_article_are_not_body() {
        let mut page = format!("{PARAGRAPH_A}\n\n{PARAGRAPH_B}\n\n{PARAGRAPH_C}\n\n");
        for n in 1..=8 {
            page.push_str(&format!(
                "reader{n} says:\nNovember {n}, 2019 at 6:3{n} am\n\
                 I think the council should have asked the people who actually ride these buses every night before deciding anything at all.\n"
            ));
        }
        assert_eq!(body(&page), [PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C]);
    }

    #[test]
    fn copyright_footer_is_never_crossed() {
        let page = format!(
            "{PARAGRAPH_A}\n\n{PARAGRAPH_B}\n\n© 2024 Example Media. All rights reserved.\n\n\
             Example Media is a trusted source of local news, politics and sport, committed to accuracy and fairness in everything it publishes.\n"
        );
        assert_eq!(body(&page), [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn caption_printed_twice_is_dropped() {
        let caption =
            "Commuters wait for the last bus at the central station in the rain on Monday evening.";
        let page =
            format!("{PARAGRAPH_A}\n\n{caption}\n{caption}\n\n{PARAGRAPH_B}\n\n{PARAGRAPH_C}\n");
        assert_eq!(body(&page), [PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C]);
    }

    #[test]
    fn sentence_also_shown_as_a_highlight_keeps_its_place_in_the_text() {
        let highlight = "Opposition members wanted the money spent on the trams.";
        let page =
            format!("Highlights\n{highlight}\n\n{PARAGRAPH_A}\n{highlight}\n{PARAGRAPH_B}\n");
        assert_eq!(body(&page), [PARAGRAPH_A, highlight, PARAGRAPH_B]);
    }

    #[test]
    fn paragraph_cut_by_a_paywall_is_kept() {
        let cut = "The council will meet again next month to discuss the timetable, and...";
        let page = format!("{PARAGRAPH_A}\n\n{PARAGRAPH_B}\n\n{cut}\n\nSubscribe to read more\n");
        assert_eq!(body(&page), [PARAGRAPH_A, PARAGRAPH_B, cut]);
    }

    #[test]
    fn byline_inside_the_text_is_dropped() {
        let page = format!("{PARAGRAPH_A}\nBy Jane Doe\n{PARAGRAPH_B}\n");
        assert_eq!(body(&page), [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn teasers_with_summaries_under_a_list_heading_are_not_body() {
        let mut page = format!(
            "{PARAGRAPH_A}\n\n{PARAGRAPH_B}\n\n{PARAGRAPH_C}\n\n{PARAGRAPH_D}\n\n{PARAGRAPH_E}\n\nMost popular\n\n"
        );
        for (section, headline, author, summary) in [
            ("Sport", "Harbour club wins the cup", "Ada Lund",
             "The harbour club beat the favourites in extra time on Saturday, and thousands of fans waited for hours on the quay to greet the team."),
            ("Business", "Ferry company posts record profit", "Ben Okoro",
             "The ferry company carried more passengers than ever last summer, helped by cheaper fuel and a new route to the islands in the south."),
            ("Culture", "Old cinema reopens after ten years", "Cleo Marsh",
             "The old cinema on the market square opened its doors again on Friday, after volunteers spent a decade raising money to restore it."),
        ] {
            page.push_str(&format!("{section}\n\n{headline}\n\nBy {author}\n{summary}\n\n"));
        }
        assert_eq!(
            body(&page),
            [
                PARAGRAPH_A,
                PARAGRAPH_B,
                PARAGRAPH_C,
                PARAGRAPH_D,
                PARAGRAPH_E
            ]
        );
    }

    #[test]
    fn article_goes_on_after_a_box_of_related_links() {
        let after = [
            "Residents of the outer districts can send their comments on the draft timetable to the council until the end of February.",
            "A review of the service is planned for next autumn, when the council will decide whether to keep all three routes.",
            "Until then, the night buses will stop at every request stop along the three routes, as the day buses do.",
        ];
        let page = format!(
            "{PARAGRAPH_A}\n\n{PARAGRAPH_B}\n\n{PARAGRAPH_C}\n\n{PARAGRAPH_D}\n\n{PARAGRAPH_E}\n\nRelated\n\n\
             Council approves budget\n\nTram line to close for repairs\n\n{}\n\n{}\n\n{}\n",
            after[0], after[1], after[2]
        );
        let mut expected = vec![
            PARAGRAPH_A,
            PARAGRAPH_B,
            PARAGRAPH_C,
            PARAGRAPH_D,
            PARAGRAPH_E,
        ];
        expected.extend(after);
        assert_eq!(body(&page), expected);
    }

    #[test]
    fn teaser_card_inside_the_article_is_dropped() {
        let headline = "Ferry company posts record profit after a busy summer";
        let summary = "The ferry company carried more passengers than ever last summer, helped by cheaper fuel and a new route.";
        let closing = "The council will publish the final timetable for the night buses in the first week of February.";
        let page = format!(
            "{PARAGRAPH_A}\n{PARAGRAPH_B}\n{PARAGRAPH_C}\n{PARAGRAPH_D}\n{PARAGRAPH_E}\n\
             Business\n{headline}\nferry-at-dawn-2019\n{headline}\n{summary}\n{closing}\n"
        );
        let mut expected = vec![
            PARAGRAPH_A,
            PARAGRAPH_B,
            PARAGRAPH_C,
            PARAGRAPH_D,
            PARAGRAPH_E,
        ];
        expected.extend(["Business", closing]);
        assert_eq!(body(&page), expected);
    }

    #[test]
    fn headline_printed_twice_above_the_article_keeps_the_lede() {
        let headline = "Night buses to reach the outer districts in March";
        let page = format!("{headline}\n{headline}\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n");
        assert_eq!(body(&page), [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn sentence_shaped_items_under_a_list_heading_are_dropped() {
        let items = "  • Harbour club wins the cup after a dramatic night at the stadium!\n\
                     • Ferry company posts record profit as passengers return to the islands.\n\
                     • Old cinema on the market square reopens after ten years of work.\n";
        let page = format!(
            "{PARAGRAPH_A}\n{PARAGRAPH_B}\nTrending News\n{items}{PARAGRAPH_C}\n{PARAGRAPH_D}\n{PARAGRAPH_E}\n"
        );
        assert_eq!(
            body(&page),
            [
                PARAGRAPH_A,
                PARAGRAPH_B,
                PARAGRAPH_C,
                PARAGRAPH_D,
                PARAGRAPH_E
            ]
        );
    }

    #[test]
    fn dash_attribution_under_a_closing_quote_is_kept() {
        let quote = "\"We do not build bridges to nowhere. We build them to each other.\"";
        let page = format!(
            "{PARAGRAPH_A}\n\n{PARAGRAPH_B}\n\n{quote}\n— Transport Minister Ana Kowalczyk\n\n___\n\nRecommended\n  • Tram fares rise again\n"
        );
        assert_eq!(
            body(&page),
            [
                PARAGRAPH_A,
                PARAGRAPH_B,
                quote,
                "— Transport Minister Ana Kowalczyk"
            ]
        );
    }

    #[test]
    fn short_pull_quote_comes_with_its_attribution() {
        let page = format!(
            "{PARAGRAPH_A}\n\n{PARAGRAPH_B}\n\n“Buses save lives.”\n– Mayor Tom Okafor\n\n© 2024 Example Media\n"
        );
        assert_eq!(
            body(&page),
            [
                PARAGRAPH_A,
                PARAGRAPH_B,
                "“Buses save lives.”",
                "– Mayor Tom Okafor"
            ]
        );
    }

    #[test]
    fn dash_line_without_a_name_does_not_extend_the_body() {
        let page = format!("{PARAGRAPH_A}\n\n{PARAGRAPH_B}\n— see also\nHome\n");
        assert_eq!(body(&page), [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn picture_file_names_slugs_and_gallery_counters_are_dropped() {
        let page = format!(
            "{PARAGRAPH_A}\nnight-bus-depot.jpgnight-bus-depot.jpg\n{PARAGRAPH_B}\n\
             night-bus-depot-opening-02\n2 of 5\n\
             3of5The mayor at the opening of the depot on Monday.\n{PARAGRAPH_C}\n"
        );
        assert_eq!(body(&page), [PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C]);
    }

    #[test]
    fn sentence_opening_with_a_share_is_no_gallery_counter() {
        let share = "1 of 3 riders said they would use the night buses at least once a week.";
        let page = format!("{PARAGRAPH_A}\n{share}\n{PARAGRAPH_B}\n");
        assert_eq!(body(&page), [PARAGRAPH_A, share, PARAGRAPH_B]);
    }

    #[test]
    fn summary_list_before_the_first_paragraph_is_dropped() {
        let page = format!(
            "Key points\n- The council extended the night buses to three districts.\n\
             - The service starts in March and costs two million a year.\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n"
        );
        assert_eq!(body(&page), [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn article_in_another_language_is_found_by_its_shape() {
        let page = "  • Início\n  • Política\n  • Esportes\n\n\
            A prefeitura anunciou nesta segunda-feira um novo plano de transporte noturno para os bairros da periferia, depois de meses de reclamações.\n\n\
            Segundo o secretário, as novas linhas começam a circular em março e vão custar cerca de dois milhões por ano aos cofres públicos.\n\n\
            Leia também\n\nPrefeito visita obras do metrô\n";
        assert_eq!(body(page).len(), 2);
    }
    #[test]
    fn times_between_live_blog_entries_continue_the_body() {
        let page = format!(
            "Storm live: towns brace\n\n11:30 p.m. ET\n\n{PARAGRAPH_A}\n\n10:05 p.m. ET\n\n{PARAGRAPH_B}\n\n\
             14:05 BST\n\n{PARAGRAPH_C}\n\nUpdated 3 hours ago\n\n{PARAGRAPH_D}\n\nShare this\n"
        );
        assert_eq!(
            body(&page),
            [PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C, PARAGRAPH_D]
        );
    }

    #[test]
    fn time_in_a_comment_header_still_ends_the_body() {
        let comment =
            "I think the council should have asked the people who ride these buses every night.";
        let page = format!("{PARAGRAPH_A}\n\n{PARAGRAPH_B}\n\nreader1 says:\n6:31 am\n{comment}\n");
        assert_eq!(body(&page), [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn text_table_and_its_source_note_stay_in_the_body() {
        let page = format!(
            "{PARAGRAPH_A}\n\nDistrict          Riders\nNorth             1,250\nRiverside         980\n\
             Old Town          1,410\nSource: council survey of 2,000 residents, 1-5 September 2026. \
             Margin of error 2.2 points.\n\n{PARAGRAPH_B}\n"
        );
        assert_eq!(
            body(&page),
            [
                PARAGRAPH_A,
                "District          Riders",
                "North             1,250",
                "Riverside         980",
                "Old Town          1,410",
                "Source: council survey of 2,000 residents, 1-5 September 2026. Margin of error 2.2 points.",
                PARAGRAPH_B
            ]
        );
    }

    #[test]
    fn agency_credit_and_gallery_counter_mark_a_caption() {
        let caption = "[1/3] The mayor cuts the ribbon at the new depot in the north of the city, \
                       November 3, 2026. WIRE/Jane Roe Purchase Licensing Rights";
        let page = format!("{PARAGRAPH_A}\n\n{caption}\n\n{PARAGRAPH_B}\n\n{PARAGRAPH_C}\n");
        assert_eq!(body(&page), [PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C]);
        let credit = "The mayor at the depot on Monday. (AP Photo/Jane Roe)";
        let page = format!("{PARAGRAPH_A}\n\n{credit}\n\n{PARAGRAPH_B}\n");
        assert_eq!(body(&page), [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn letters_box_and_author_bio_close_no_article() {
        let bio = "Ana Silva is a senior fellow at the Institute for Urban Transport and the author of a book on city buses.";
        let letters = "Do you have an opinion on this article? If you would like to submit a response of up to 300 words by email to be considered for publication, click here.";
        let page =
            format!("{PARAGRAPH_A}\n\n{PARAGRAPH_B}\n\n{PARAGRAPH_C}\n\n{bio}\n\n{letters}\n");
        assert_eq!(body(&page), [PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C]);
    }

    #[test]
    fn closing_sentence_about_a_source_is_no_bio() {
        let closing =
            "Ana Silva is a driver on the night route and says she will take the first bus.";
        let page = format!("{PARAGRAPH_A}\n\n{PARAGRAPH_B}\n\n{closing}\n");
        assert_eq!(body(&page), [PARAGRAPH_A, PARAGRAPH_B, closing]);
    }
}
