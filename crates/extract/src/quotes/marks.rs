//! Quotation marks paired into quoted spans.
//!
//! Marks are paired paragraph by paragraph, so one bad mark can spoil at most
//! its own paragraph. A quotation runs over a paragraph break only in the
//! newspaper convention: the paragraph ends inside the quotation and the next
//! one opens with a quote mark again.

/// A quoted stretch of the text, in Unicode scalar values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quoted {
    /// Position of the opening mark.
    pub open: usize,
    /// One past the closing mark (or the paragraph end when unclosed).
    pub outer_end: usize,
    /// First character inside the marks.
    pub start: usize,
    /// One past the last character inside the marks.
    pub end: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    pos: usize,
    len: usize,
    role: Role,
}

/// Paragraphs of `chars`: maximal runs without a line break, trimmed.
pub(crate) fn paragraphs(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..=chars.len() {
        if i == chars.len() || chars[i] == '\n' {
            let (mut s, mut e) = (start, i);
            while s < e && chars[s].is_whitespace() {
                s += 1;
            }
            while e > s && chars[e - 1].is_whitespace() {
                e -= 1;
            }
            if s < e {
                out.push((s, e));
            }
            start = i + 1;
        }
    }
    out
}

fn is_double_glyph(chars: &[char], i: usize) -> Option<(usize, Role)> {
    let c = chars[i];
    let next = chars.get(i + 1).copied();
    match c {
        '\u{201C}' | '\u{201E}' | '\u{00AB}' => Some((1, Role::Open)),
        '\u{201D}' | '\u{00BB}' | '\u{201F}' => Some((1, Role::Close)),
        '"' => Some((1, Role::Either)),
        '\'' if next == Some('\'') => Some((2, Role::Either)),
        '`' if next == Some('`') => Some((2, Role::Open)),
        _ => None,
    }
}

fn is_single_glyph(chars: &[char], i: usize) -> Option<(usize, Role)> {
    let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
    let next = chars.get(i + 1).copied();
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    match chars[i] {
        // An apostrophe inside a word (`don't`, `Korea’s`) is no mark.
        '\u{2019}' | '\'' if letter(prev) && letter(next) => None,
        '\u{2018}' | '\u{2039}' | '\u{201A}' => Some((1, Role::Open)),
        '\u{2019}' | '\u{203A}' => Some((1, Role::Close)),
        '\'' => Some((1, Role::Either)),
        _ => None,
    }
}

fn opens_context(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || "([{\u{2014}\u{2013}-/".contains(c))
}

fn closes_context(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || ",.;:!?)]}\u{2014}\u{2013}-…".contains(c))
}

/// The role of a mark from its glyph and from what surrounds it: the
/// surroundings win, since writers and converters confuse the glyphs.
fn role_in_context(
    chars: &[char],
    para: (usize, usize),
    pos: usize,
    len: usize,
    glyph: Role,
) -> Role {
    let prev = if pos > para.0 {
        Some(chars[pos - 1])
    } else {
        None
    };
    let next = if pos + len < para.1 {
        Some(chars[pos + len])
    } else {
        None
    };
    let (open_ctx, close_ctx) = (opens_context(prev), closes_context(next));
    match (open_ctx, close_ctx) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => glyph,
    }
}

fn marks_in(chars: &[char], para: (usize, usize), single: bool) -> Vec<Mark> {
    let mut marks = Vec::new();
    let mut i = para.0;
    while i < para.1 {
        let found = if single {
            is_single_glyph(chars, i)
        } else {
            is_double_glyph(chars, i)
        };
        match found {
            Some((len, glyph)) => {
                let role = role_in_context(chars, para, i, len, glyph);
                marks.push(Mark { pos: i, len, role });
                i += len;
            }
            None => i += 1,
        }
    }
    marks
}

/// Every quoted span of a text, in text order.
pub(crate) fn quoted_spans(chars: &[char], paras: &[(usize, usize)]) -> Vec<Quoted> {
    let mut out = Vec::new();
    // An opening mark carried over from the previous paragraph.
    let mut carried: Option<Mark> = None;
    for (index, &para) in paras.iter().enumerate() {
        let double = marks_in(chars, para, false);
        let single_style = double.is_empty() && carried.is_none();
        let marks = if single_style {
            marks_in(chars, para, true)
        } else {
            double
        };
        let mut open: Option<Mark> = None;
        let mut first = 0;
        if let Some(previous) = carried.take() {
            // The continuation mark at the start of this paragraph is not a
            // new quotation.
            open = Some(previous);
            if marks.first().is_some_and(|m| m.pos == para.0) {
                first = 1;
            }
        }
        for mark in &marks[first..] {
            let closes = match mark.role {
                Role::Close => true,
                Role::Open => false,
                Role::Either => open.is_some(),
            };
            if closes {
                if let Some(o) = open.take() {
                    push_span(
                        &mut out,
                        chars,
                        o.pos,
                        o.len,
                        mark.pos,
                        mark.pos + mark.len,
                        single_style,
                    );
                }
                // A closing mark with nothing open is a stray: ignored.
            } else {
                // A second opening mark means the first was never closed:
                // drop it rather than let it swallow text.
                open = Some(*mark);
            }
        }
        if let Some(o) = open {
            let next_opens = paras.get(index + 1).is_some_and(|&(s, e)| {
                is_double_glyph(chars, s).is_some_and(|(len, glyph)| {
                    role_in_context(chars, (s, e), s, len, glyph) != Role::Close
                })
            });
            if next_opens && !single_style {
                carried = Some(o);
            } else if o.pos <= para.0 || preceded_by_colon(chars, para, o.pos) {
                // An unclosed quotation that fills its paragraph.
                push_span(&mut out, chars, o.pos, o.len, para.1, para.1, single_style);
            }
        }
    }
    out
}

fn preceded_by_colon(chars: &[char], para: (usize, usize), pos: usize) -> bool {
    chars[para.0..pos]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        .is_some_and(|&c| c == ':')
}

fn push_span(
    out: &mut Vec<Quoted>,
    chars: &[char],
    open: usize,
    open_len: usize,
    close: usize,
    outer_end: usize,
    single_style: bool,
) {
    let (mut start, mut end) = (open + open_len, close);
    while start < end && chars[start].is_whitespace() {
        start += 1;
    }
    while end > start && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    if start >= end {
        return;
    }
    if single_style {
        // Single marks are also apostrophes (`the leaders' summit`): keep
        // only spans of two words or more.
        let words = chars[start..end]
            .iter()
            .filter(|c| c.is_whitespace())
            .count()
            + 1;
        if words < 2 {
            return;
        }
    }
    out.push(Quoted {
        open,
        outer_end,
        start,
        end,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let paras = paragraphs(&chars);
        quoted_spans(&chars, &paras)
            .into_iter()
            .map(|q| chars[q.start..q.end].iter().collect())
            .collect()
    }

    #[test]
    fn curly_and_straight_marks_pair_up() {
        assert_eq!(
            spans("\u{201C}We will win,\u{201D} he said. \"It is done.\""),
            ["We will win,", "It is done."]
        );
    }

    #[test]
    fn mixed_straight_and_curly_marks_pair_up() {
        assert_eq!(spans("\u{201C}We will win,\" he said."), ["We will win,"]);
    }

    #[test]
    fn unbalanced_mark_does_not_swallow_the_next_paragraphs() {
        let text = "He said \"we will win today.\n\nThe talks ended.\n\n\"Fine,\" Kim said.";
        assert_eq!(spans(text), ["Fine,"]);
    }

    #[test]
    fn second_opening_mark_drops_the_unclosed_first() {
        let text = "Lee called it \u{201C}historic. Kim said \u{201C}We agree.\u{201D}";
        assert_eq!(spans(text), ["We agree."]);
    }

    #[test]
    fn quotation_over_several_paragraphs_is_one_span() {
        let text =
            "\u{201C}First part.\n\n\u{201C}Second part.\n\n\u{201C}Last part,\u{201D} she said.";
        let chars: Vec<char> = text.chars().collect();
        let found = quoted_spans(&chars, &paragraphs(&chars));
        assert_eq!(found.len(), 1);
        let inner: String = chars[found[0].start..found[0].end].iter().collect();
        assert!(inner.starts_with("First part.") && inner.ends_with("Last part,"));
    }

    #[test]
    fn wire_style_double_apostrophes_are_marks() {
        assert_eq!(spans("''It is over,'' he said."), ["It is over,"]);
    }

    #[test]
    fn single_marks_count_only_without_double_marks() {
        assert_eq!(
            spans("\u{2018}We are ready to talk,\u{2019} he said."),
            ["We are ready to talk,"]
        );
        assert!(spans("The leaders' summit is on Korea\u{2019}s agenda.").is_empty());
    }
}
