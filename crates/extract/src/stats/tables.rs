//! Text tables of shares, as page dumps print them: a heading line
//! (`Party        Share`), then one line per answer (`Moderates    17.9`),
//! maybe with more number columns (`17.9    -0.8`), or, headless, lines
//! whose numbers add up to most of 100.

use newsfacts_normalize::numbers::QuantityKind;

use super::lexicon::lexicon;
use super::text::Doc;

/// One line of a share table.
pub(super) struct TableRow {
    /// The answer the line gives a share to (`Moderates`).
    pub label: String,
    /// The share, in percent.
    pub share: f64,
    /// Indices of every quantity of the line (the share first).
    pub cells: Vec<usize>,
    /// Where the line's words start.
    pub start: usize,
}

/// A run of share rows.
pub(super) struct ShareTable {
    pub rows: Vec<TableRow>,
    /// Start of its first row, end of its last.
    pub start: usize,
    pub end: usize,
}

/// Most words a row's label or a heading may have.
const MAX_CELL_WORDS: usize = 6;

/// How much of 100 the shares of a headless table add up to: most of it
/// (a few small answers may be left out), and never more than rounding.
const MIN_WHOLE: f64 = 60.0;
const MAX_WHOLE: f64 = 100.5;

/// The share tables of the text: runs of rows (blank lines between them
/// allowed) under a heading that names a share (`Share`, `%`, `Support`),
/// of two rows or more whose shares are percentages, or of three rows or
/// more whose shares add up to most of 100.
pub(super) fn share_tables(doc: &Doc) -> Vec<ShareTable> {
    let Some(end) = doc.sentences.last().map(|s| s.end) else {
        return Vec::new();
    };
    let text = doc.text(0, end);
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for (i, c) in text.chars().enumerate() {
        if c == '\n' {
            lines.push((start, i));
            start = i + 1;
        }
    }
    lines.push((start, end));
    let lines: Vec<(usize, usize)> = lines
        .into_iter()
        .filter(|&(a, b)| !doc.text(a, b).trim().is_empty())
        .collect();
    let mut tables = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let mut rows = Vec::new();
        while let Some(row) = lines.get(i + rows.len()).and_then(|&(a, b)| row(doc, a, b)) {
            rows.push(row);
        }
        if rows.is_empty() {
            i += 1;
            continue;
        }
        let headed = i
            .checked_sub(1)
            .and_then(|h| lines.get(h))
            .is_some_and(|&(a, b)| is_share_heading(doc, a, b));
        let percents = rows.len() >= 2
            && rows.iter().all(|r| {
                r.cells.first().is_some_and(|&qi| {
                    doc.annotations
                        .quantities
                        .get(qi)
                        .is_some_and(|q| q.kind == QuantityKind::Percent)
                })
            });
        // Three rows or more whose first column adds up to most of a
        // whole are the parts of it (a heading lost with the page layout).
        let total: f64 = rows.iter().map(|r| r.share).sum();
        let parts_of_a_whole = rows.len() >= 3 && (MIN_WHOLE..=MAX_WHOLE).contains(&total);
        let last_end = lines.get(i + rows.len() - 1).map_or(end, |l| l.1);
        i += rows.len();
        if headed || percents || parts_of_a_whole {
            tables.push(ShareTable {
                start: rows[0].start,
                end: last_end,
                rows,
            });
        }
    }
    tables
}

/// A line `a..b` that is a row: a label without digits, then a share (a
/// bare number up to 100, or a percentage) and maybe other number columns;
/// cells may be apart by spaces, tabs or `|` (`| Moderates | 17.9 |`).
fn row(doc: &Doc, a: usize, b: usize) -> Option<TableRow> {
    let cells = doc.quantities_between(a, b);
    let &first = cells.first()?;
    let q = doc.annotations.quantities.get(first)?;
    let bare = q.kind == QuantityKind::Count && q.unit.is_none();
    let share = (bare || q.kind == QuantityKind::Percent) && (0.0..=100.0).contains(&q.value);
    let numbers_after = doc
        .text(q.end, b)
        .chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace() || "+-−–.,%()|".contains(c));
    let before = doc.text(a, q.start);
    let is_border = |c: char| c.is_whitespace() || c == '|';
    let label = before.trim_matches(is_border).to_owned();
    let indent = before.chars().take_while(|&c| is_border(c)).count();
    let words = doc.words(a, q.start).len();
    let plain_label = (1..=MAX_CELL_WORDS).contains(&words)
        && !label
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '.' | ':' | ';' | '|'));
    (share && numbers_after && plain_label).then_some(TableRow {
        label,
        share: q.value,
        cells,
        start: a + indent,
    })
}

/// A heading line over shares (`Party      Share`, `Party   Share Sept
/// 1-6   Change`): a few words, one of them a `share_headings` word, or a
/// `%`.
fn is_share_heading(doc: &Doc, a: usize, b: usize) -> bool {
    let line = doc.text(a, b);
    let words = doc.words(a, b);
    words.len() <= 2 * MAX_CELL_WORDS
        && !line.trim_end().ends_with('.')
        && (line.contains('%')
            || words
                .iter()
                .any(|w| lexicon().is("share_headings", w.lower.as_str())))
}

#[cfg(test)]
mod tests {
    use crate::testkit::Fixture;

    fn shares(text: &str, cells: &[(&str, f64)]) -> Vec<(f64, String)> {
        let mut f = Fixture::dated(text);
        for (words, value) in cells {
            if words.ends_with('%') {
                f.percent(words, *value);
            } else {
                f.count(words, *value, None);
            }
        }
        let doc = super::Doc::new(&f.article, &f.annotations);
        super::share_tables(&doc)
            .into_iter()
            .flat_map(|t| t.rows)
            .map(|r| (r.share, r.label))
            .collect()
    }

    #[test]
    fn rows_under_a_share_heading_are_shares_even_with_more_columns() {
        let rows = shares(
            "Party            Share    Change\n\nGreens           34.5     +1.2\n\
             Liberal Party    17.9     -0.4\nSource: a poll.",
            &[
                ("34.5", 34.5),
                ("+1.2", 1.2),
                ("17.9", 17.9),
                ("-0.4", -0.4),
            ],
        );
        assert_eq!(
            rows,
            vec![
                (34.5, "Greens".to_owned()),
                (17.9, "Liberal Party".to_owned())
            ]
        );
    }

    #[test]
    fn rows_of_seats_or_prose_lines_are_no_share_table() {
        let rows = shares(
            "Party     Seats\nGreens    120\nLiberals  45\n\nThe Greens won 45 of them.",
            &[("120", 120.0), ("45", 45.0)],
        );
        assert!(rows.is_empty(), "{rows:?}");
    }

    #[test]
    fn an_indented_table_starts_at_its_first_label() {
        let rows = shares(
            "  Party        Share\n  Greens       34,5\n  Liberals     17,9",
            &[("34,5", 34.5), ("17,9", 17.9)],
        );
        assert_eq!(rows.len(), 2);
        let mut f = Fixture::dated("  Party    Share\n  Greens   34.5");
        f.count("34.5", 34.5, None);
        let doc = super::Doc::new(&f.article, &f.annotations);
        let table = super::share_tables(&doc);
        assert_eq!(
            table
                .first()
                .map(|t| doc.text(t.start, t.start + 6))
                .as_deref(),
            Some("Greens")
        );
    }

    #[test]
    fn a_heading_may_date_its_columns() {
        let rows = shares(
            "Party     Share Sept 1-6    Change\nGreens    34.5              +1.2",
            &[("1-6", 1.0), ("34.5", 34.5), ("+1.2", 1.2)],
        );
        assert_eq!(rows, vec![(34.5, "Greens".to_owned())]);
    }

    #[test]
    fn headless_rows_that_add_up_to_a_whole_are_shares() {
        let rows = shares(
            "| Greens | 44.5 |\n| Liberals | 30.1 |\n| Others | 25.4 |",
            &[("44.5", 44.5), ("30.1", 30.1), ("25.4", 25.4)],
        );
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0], (44.5, "Greens".to_owned()));
        let scores = shares(
            "Oslo     80\nBergen   75\nTromso   70",
            &[("80", 80.0), ("75", 75.0), ("70", 70.0)],
        );
        assert!(scores.is_empty(), "{scores:?}");
    }

    #[test]
    fn two_percentage_rows_need_no_heading() {
        let rows = shares("Yes    61%\nNo     39%", &[("61%", 61.0), ("39%", 39.0)]);
        assert_eq!(rows.len(), 2);
    }
}
