//! Sentence splitting with offsets in Unicode scalar values.

use crate::lexicon::Lexicon;
use crate::Sentence;

/// Marks that end a sentence when followed by a space (or the text's end).
const SPACED_ENDS: &[char] = &['.', '!', '?', '…', '؟'];
/// Marks of unspaced scripts that end a sentence wherever they stand.
const UNSPACED_ENDS: &[char] = &['。', '！', '？'];
/// Closing quotes and brackets that belong to the sentence they follow.
const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '」', '』'];

/// Splits `text` into sentences. Line breaks always end a sentence (the
/// article text has one paragraph per line block); a `.`, `!`, `?` or `…`
/// ends one when a space and a plausible sentence start follow, so
/// abbreviations (`Gen.`, `No. 1`), initials (`J. Smith`), dotted acronyms
/// (`U.S. President`), decimals (`3.5`) and quotes closed after the mark
/// (`."`) stay inside their sentence.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let chars: Vec<char> = text.chars().collect();
    let lexicon = Lexicon::get();
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            push_trimmed(&chars, start, i, &mut sentences);
            start = i + 1;
            i += 1;
            continue;
        }
        if UNSPACED_ENDS.contains(&c) || SPACED_ENDS.contains(&c) {
            // The sentence runs to the end of a cluster of marks and closers.
            let mut end = i + 1;
            while end < chars.len()
                && (SPACED_ENDS.contains(&chars[end])
                    || UNSPACED_ENDS.contains(&chars[end])
                    || CLOSERS.contains(&chars[end]))
            {
                end += 1;
            }
            let boundary = if UNSPACED_ENDS.contains(&c) {
                true
            } else {
                !is_paragraph_number(&chars[start..i]) && ends_here(&chars, i, end, lexicon)
            };
            if boundary {
                push_trimmed(&chars, start, end, &mut sentences);
                start = end;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    push_trimmed(&chars, start, chars.len(), &mut sentences);
    sentences
}

/// Whether `before_dot` is only the number of a numbered paragraph (`1.`,
/// `12.` opening a press release's point), which opens its sentence.
fn is_paragraph_number(before_dot: &[char]) -> bool {
    let digits: Vec<&char> = before_dot
        .iter()
        .skip_while(|c| c.is_whitespace())
        .collect();
    (1..=2).contains(&digits.len()) && digits.iter().all(|c| c.is_ascii_digit())
}

/// Whether the marks at `chars[mark..end]` end a sentence.
fn ends_here(chars: &[char], mark: usize, end: usize, lexicon: &Lexicon) -> bool {
    let Some(&after) = chars.get(end) else {
        return true;
    };
    if !after.is_whitespace() {
        return false;
    }
    let next_word = word_at(chars, end);
    let Some(first) = next_word
        .chars()
        .find(|c| !CLOSERS.contains(c) && *c != '“' && *c != '‘')
    else {
        return true;
    };
    if first.is_lowercase() {
        return false;
    }
    let only_a_dot = chars[mark] == '.' && end - mark == 1;
    if !only_a_dot {
        return true;
    }
    let token = word_before(chars, mark);
    let starts_sentence = lexicon.sentence_starters.contains(next_word.as_str());
    if token.chars().count() == 1 && token.chars().all(char::is_uppercase) {
        // An initial: "John J. Smith".
        return false;
    }
    if lexicon.abbreviations.contains(token.as_str()) {
        return false;
    }
    if token.contains('.') {
        // A dotted acronym such as "U.S." or "p.m.".
        return starts_sentence;
    }
    true
}

/// The word that starts after the white space at `from`.
fn word_at(chars: &[char], from: usize) -> String {
    chars[from..]
        .iter()
        .skip_while(|c| c.is_whitespace())
        .take_while(|c| !c.is_whitespace())
        .collect::<String>()
        .trim_end_matches([',', ';', ':', '.'])
        .to_owned()
}

/// The word that ends just before `chars[mark]`, without opening punctuation.
fn word_before(chars: &[char], mark: usize) -> String {
    let start = chars[..mark]
        .iter()
        .rposition(|c| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘' | '[' | '—' | '–'))
        .map_or(0, |p| p + 1);
    chars[start..mark].iter().collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        split_sentences(text)
            .into_iter()
            .map(|s| chars[s.start..s.end].iter().collect())
            .collect()
    }

    #[test]
    fn abbreviated_titles_do_not_end_sentences() {
        assert_eq!(
            texts("Gen. Smith met Dr. Jones and Mr. Lee. They talked."),
            ["Gen. Smith met Dr. Jones and Mr. Lee.", "They talked."]
        );
    }

    #[test]
    fn dotted_acronym_ends_a_sentence_only_before_a_sentence_opener() {
        assert_eq!(
            texts("U.S. President Trump spoke at 9 a.m. Tuesday in the U.S. The talks went on."),
            [
                "U.S. President Trump spoke at 9 a.m. Tuesday in the U.S.",
                "The talks went on."
            ]
        );
    }

    #[test]
    fn numbers_initials_and_decimals_stay_inside() {
        assert_eq!(
            texts("He ranked No. 1 with 49.5 points, said John F. Kennedy. Next one."),
            [
                "He ranked No. 1 with 49.5 points, said John F. Kennedy.",
                "Next one."
            ]
        );
    }

    #[test]
    fn month_abbreviation_before_a_day() {
        assert_eq!(
            texts("It opened on Jan. 5 in Seoul. Then it closed."),
            ["It opened on Jan. 5 in Seoul.", "Then it closed."]
        );
    }

    #[test]
    fn quote_closed_after_the_period_belongs_to_the_sentence() {
        assert_eq!(
            texts("He said, “We will win.” She disagreed. “Why?” he asked."),
            [
                "He said, “We will win.”",
                "She disagreed.",
                "“Why?” he asked."
            ]
        );
        assert_eq!(
            texts("\"Go home.\" The crowd left."),
            ["\"Go home.\"", "The crowd left."]
        );
    }

    #[test]
    fn ellipsis_ends_a_sentence_only_before_a_capital() {
        assert_eq!(
            texts("He paused... and went on. Then... Silence."),
            ["He paused... and went on.", "Then...", "Silence."]
        );
    }

    #[test]
    fn paragraph_break_ends_a_sentence_without_a_period() {
        assert_eq!(
            texts("A heading\n\nThe text starts here."),
            ["A heading", "The text starts here."]
        );
    }

    #[test]
    fn offsets_count_unicode_scalar_values() {
        let text = "Séoul – “Oui.” Ça va.";
        let sentences = split_sentences(text);
        assert_eq!(sentences.len(), 2);
        assert_eq!(
            sentences[1].start,
            text.chars().position(|c| c == 'Ç').unwrap_or(0)
        );
        assert_eq!(sentences[1].end, text.chars().count());
    }

    #[test]
    fn japanese_full_stops_split_without_spaces() {
        assert_eq!(
            texts("今日は晴れ。明日は雨。"),
            ["今日は晴れ。", "明日は雨。"]
        );
    }
    #[test]
    fn number_of_a_numbered_paragraph_opens_its_sentence() {
        assert_eq!(
            texts("1. The minister met her counterpart. They agreed to meet again.\n\n2. Trade was discussed."),
            [
                "1. The minister met her counterpart.",
                "They agreed to meet again.",
                "2. Trade was discussed."
            ]
        );
        assert_eq!(
            texts("Turnout rose to 71. The count goes on."),
            ["Turnout rose to 71.", "The count goes on."]
        );
    }
}
