//! Sentence splitting with offsets in Unicode scalar values.

use crate::Sentence;

/// Splits `text` into sentences. Paragraph breaks always end a sentence.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let chars: Vec<char> = text.chars().collect();
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let boundary = if c == '\n' {
            true
        } else if matches!(c, '.' | '!' | '?') {
            chars.get(i + 1).is_none_or(|n| n.is_whitespace())
        } else {
            false
        };
        if boundary {
            let end = if c == '\n' { i } else { i + 1 };
            push_trimmed(&chars, start, end, &mut sentences);
            start = i + 1;
        }
        i += 1;
    }
    push_trimmed(&chars, start, chars.len(), &mut sentences);
    sentences
}

fn push_trimmed(chars: &[char], mut start: usize, mut end: usize, out: &mut Vec<Sentence>) {
    while start < end && chars[start].is_whitespace() {
        start += 1;
    }
    while end > start && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    if start < end {
        out.push(Sentence { start, end });
    }
}
