//! Splits text into the tokens the date grammar reads.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Letters only (`June`, `yesterday`).
    Word,
    /// Digits only (`1965`, `22`).
    Number,
    /// Letters and digits (`1990s`, `22nd`).
    Mixed,
    /// One character of anything else (`,`, `-`, `.`, `'`).
    Punct,
}

/// One token, with offsets in Unicode scalar values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Token {
    /// Offset of the first character.
    pub start: usize,
    /// Offset one past the last character.
    pub end: usize,
    /// The token in lower case.
    pub lower: String,
    /// What the token is made of.
    pub kind: Kind,
    /// Whether white space separates it from the previous token.
    pub gap: bool,
    /// Whether a line break separates it from the previous token.
    pub newline: bool,
}

impl Token {
    /// The numeric value of a digits-only token.
    pub fn number(&self) -> Option<u32> {
        if self.kind == Kind::Number && self.lower.len() <= 9 {
            self.lower.parse().ok()
        } else {
            None
        }
    }
}

/// Tokenizes `text`: runs of letters and digits, and single other characters.
pub(super) fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    let mut gap = true;
    let mut newline = true;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            gap = true;
            newline |= c == '\n';
            i += 1;
            continue;
        }
        let start = i;
        if c.is_alphanumeric() {
            while i < chars.len() && chars[i].is_alphanumeric() {
                i += 1;
            }
        } else {
            i += 1;
        }
        let run = &chars[start..i];
        let kind = if !c.is_alphanumeric() {
            Kind::Punct
        } else if run.iter().all(char::is_ascii_digit) {
            Kind::Number
        } else if run.iter().all(|c| c.is_alphabetic()) {
            Kind::Word
        } else {
            Kind::Mixed
        };
        let lower = run
            .iter()
            .flat_map(|c| c.to_lowercase())
            .map(|c| match c {
                '\u{2019}' | '\u{2018}' | '`' => '\'',
                '\u{2013}' | '\u{2014}' => '-',
                other => other,
            })
            .collect();
        tokens.push(Token {
            start,
            end: i,
            lower,
            kind,
            gap,
            newline,
        });
        gap = false;
        newline = false;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_characters_not_bytes() {
        let tokens = tokenize("Séoul, 22 juin");
        assert_eq!(tokens[0].lower, "séoul");
        assert_eq!((tokens[0].start, tokens[0].end), (0, 5));
        assert_eq!(tokens[2].number(), Some(22));
        assert_eq!(tokens[2].start, 7);
    }

    #[test]
    fn hyphen_and_apostrophe_are_own_tokens_without_gap() {
        let tokens = tokenize("third-quarter year's");
        let words: Vec<&str> = tokens.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(words, ["third", "-", "quarter", "year", "'", "s"]);
        assert!(!tokens[1].gap && !tokens[2].gap && tokens[3].gap);
    }

    #[test]
    fn digits_with_letters_are_mixed() {
        let tokens = tokenize("the 1990s");
        assert_eq!(tokens[1].kind, Kind::Mixed);
    }
}
