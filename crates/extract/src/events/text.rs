//! Words, quotations and clause segments of an article, in char offsets.

/// One word of the text.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    /// Offset of the first char.
    pub start: usize,
    /// Offset one past the last char.
    pub end: usize,
    /// Lower case, with curly apostrophes straightened.
    pub lower: String,
    /// Whether the word starts with an upper-case letter.
    pub capitalised: bool,
}

/// The article text as chars, with its quotations.
#[derive(Debug)]
pub(crate) struct Text {
    pub chars: Vec<char>,
    /// Char ranges inside quotation marks (the marks included).
    quotes: Vec<(usize, usize)>,
}

impl Text {
    pub fn new(text: &str) -> Text {
        let chars: Vec<char> = text.chars().collect();
        let quotes = quotation_spans(&chars);
        Text { chars, quotes }
    }

    /// Whether `start..end` lies inside a quotation.
    pub fn in_quote(&self, start: usize, end: usize) -> bool {
        // Spans are sorted and do not nest: only the last one opening at or
        // before `start` can hold it.
        let after = self.quotes.partition_point(|&(s, _)| s <= start);
        after > 0 && end <= self.quotes[after - 1].1
    }

    /// The text of `start..end`.
    pub fn slice(&self, start: usize, end: usize) -> String {
        let end = end.min(self.chars.len());
        self.chars[start.min(end)..end].iter().collect()
    }

    /// The words of `start..end`.
    pub fn words(&self, start: usize, end: usize) -> Vec<Word> {
        let end = end.min(self.chars.len());
        let mut words = Vec::new();
        let mut i = start;
        while i < end {
            if !self.chars[i].is_alphanumeric() {
                i += 1;
                continue;
            }
            let word_start = i;
            while i < end
                && (self.chars[i].is_alphanumeric()
                    || (matches!(self.chars[i], '-' | '\'' | '’' | '.')
                        && i + 1 < end
                        && self.chars[i + 1].is_alphanumeric()))
            {
                i += 1;
            }
            let raw: String = self.chars[word_start..i].iter().collect();
            words.push(Word {
                start: word_start,
                end: i,
                lower: raw.to_lowercase().replace('’', "'"),
                capitalised: raw.chars().next().is_some_and(char::is_uppercase),
            });
        }
        words
    }

    /// Clause segments of `start..end`: split at commas, semicolons, colons,
    /// brackets and spaced dashes outside quotations.
    pub fn segments(&self, start: usize, end: usize) -> Vec<(usize, usize)> {
        let end = end.min(self.chars.len());
        let mut segments = Vec::new();
        let mut segment_start = start;
        for i in start..end {
            let c = self.chars[i];
            let digit_at = |k: Option<usize>| {
                k.and_then(|k| self.chars.get(k))
                    .is_some_and(|c| c.is_ascii_digit())
            };
            let boundary = match c {
                // `1,002 adults`: a thousands separator splits nothing.
                ',' => !(digit_at(i.checked_sub(1)) && digit_at(Some(i + 1))),
                ';' | ':' | '(' | ')' => true,
                '–' | '—' => self.chars.get(i + 1).is_none_or(|n| n.is_whitespace()),
                _ => false,
            };
            if boundary && !self.in_quote(i, i + 1) {
                if i > segment_start {
                    segments.push((segment_start, i));
                }
                segment_start = i + 1;
            }
        }
        if end > segment_start {
            segments.push((segment_start, end));
        }
        segments
    }

    /// Whether a paragraph break lies between two offsets.
    pub fn paragraph_break_between(&self, start: usize, end: usize) -> bool {
        let end = end.min(self.chars.len());
        self.chars[start.min(end)..end].contains(&'\n')
    }
}

/// Spans between paired quotation marks: curly pairs, and straight double
/// quotes paired within a paragraph.
fn quotation_spans(chars: &[char]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut curly_open: Option<usize> = None;
    let mut straight_open: Option<usize> = None;
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '“' => curly_open = Some(i),
            '”' => {
                if let Some(open) = curly_open.take() {
                    spans.push((open, i + 1));
                }
            }
            '"' => match straight_open.take() {
                Some(open) => spans.push((open, i + 1)),
                None => straight_open = Some(i),
            },
            '\n' if chars.get(i + 1) == Some(&'\n') => straight_open = None,
            _ => {}
        }
    }
    spans.sort_unstable();
    // A straight pair inside a curly one (or the reverse) adds nothing.
    let mut outer: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for span in spans {
        match outer.last() {
            Some(&(_, end)) if span.0 < end => {}
            _ => outer.push(span),
        }
    }
    outer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_hyphens_and_apostrophes() {
        let text = Text::new("Kim Dae-jung’s visit, U.S. ties.");
        let words: Vec<String> = text.words(0, 33).into_iter().map(|w| w.lower).collect();
        assert_eq!(words, ["kim", "dae-jung's", "visit", "u.s", "ties"]);
    }

    #[test]
    fn thousands_separator_is_no_clause_boundary() {
        let sentence = "In a poll of 1,002 adults, most agreed.";
        let text = Text::new(sentence);
        assert_eq!(text.segments(0, sentence.chars().count()).len(), 2);
    }

    #[test]
    fn segments_ignore_commas_inside_quotes() {
        let sentence = "“We met, and agreed,” he said, smiling.";
        let text = Text::new(sentence);
        let n = sentence.chars().count();
        assert_eq!(text.segments(0, n).len(), 2);
        assert!(text.in_quote(1, 5));
        assert!(!text.in_quote(22, 24));
    }
}
