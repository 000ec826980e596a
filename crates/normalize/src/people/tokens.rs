//! Tokens for name finding: words, place names (one token each, from the
//! gazetteer: `U.S.`, `South Korea`), possessive marks and punctuation.

use crate::places::{PlaceKind, PlaceMention};

/// What a token is.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum TokenKind {
    /// A word; an abbreviation or initial keeps its period (`Gen.`, `J.`).
    Word,
    /// A place name from the gazetteer.
    Place { code: String, kind: PlaceKind },
    /// `'s` or `’s` after a word.
    Possessive,
    /// Any other character (digits included).
    Punct,
}

#[derive(Debug, Clone)]
pub(super) struct Token {
    pub(super) text: String,
    /// Char offsets into the text.
    pub(super) start: usize,
    pub(super) end: usize,
    /// Byte offsets into the text, for slicing.
    pub(super) byte_start: usize,
    pub(super) byte_end: usize,
    pub(super) kind: TokenKind,
    /// Only spaces or tabs separate it from the previous token (no line break).
    pub(super) joined_by_space: bool,
    /// Nothing separates it from the previous token.
    pub(super) glued: bool,
}

impl Token {
    pub(super) fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub(super) fn is_punct(&self, text: &str) -> bool {
        self.kind == TokenKind::Punct && self.text == text
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text` into tokens; `places` (sorted, from the gazetteer) become
/// single tokens; `keeps_period` says which words own a following period.
pub(super) fn tokenize(
    text: &str,
    places: &[PlaceMention],
    keeps_period: impl Fn(&str) -> bool,
) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut byte_of: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    byte_of.push(text.len());
    let mut tokens: Vec<Token> = Vec::new();
    let mut place_iter = places.iter().peekable();
    let mut i = 0;
    let mut gap = String::new();
    while i < chars.len() {
        while place_iter.peek().is_some_and(|p| p.start < i) {
            place_iter.next();
        }
        let c = chars[i];
        if c.is_whitespace() {
            gap.push(c);
            i += 1;
            continue;
        }
        let joined_by_space = !gap.is_empty() && !gap.contains('\n');
        let glued = gap.is_empty();
        gap.clear();
        let (end, kind) = if let Some(place) = place_iter.next_if(|p| p.start == i) {
            (
                place.end,
                TokenKind::Place {
                    code: place.code.clone(),
                    kind: place.kind,
                },
            )
        } else if is_apostrophe(c)
            && chars.get(i + 1).is_some_and(|n| *n == 's')
            && !chars.get(i + 2).is_some_and(|n| n.is_alphanumeric())
            && tokens.last().is_some_and(|t| t.end == i)
        {
            (i + 2, TokenKind::Possessive)
        } else if c.is_alphabetic() {
            let mut end = i + 1;
            while end < chars.len() {
                let here = chars[end];
                let joins = (here == '-' || is_apostrophe(here))
                    && chars.get(end + 1).is_some_and(|n| n.is_alphabetic())
                    && !(is_apostrophe(here)
                        && chars.get(end + 1) == Some(&'s')
                        && !chars.get(end + 2).is_some_and(|n| n.is_alphanumeric()));
                if here.is_alphabetic() || here.is_numeric() || joins {
                    end += if joins { 2 } else { 1 };
                } else {
                    break;
                }
            }
            if chars.get(end) == Some(&'.') {
                let word: String = chars[i..end].iter().collect();
                if keeps_period(&word) {
                    end += 1;
                }
            }
            (end, TokenKind::Word)
        } else {
            (i + 1, TokenKind::Punct)
        };
        tokens.push(Token {
            text: chars[i..end].iter().collect(),
            start: i,
            end,
            byte_start: byte_of[i],
            byte_end: byte_of[end],
            kind,
            joined_by_space,
            glued,
        });
        i = end;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::places::Gazetteer;

    fn texts(text: &str) -> Vec<String> {
        let places = Gazetteer::global().find(text);
        tokenize(text, &places, |w| w == "Gen" || w.len() == 1)
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn places_abbreviations_and_possessives_are_single_tokens() {
        assert_eq!(
            texts("U.S. President J. Smith met Gen. Kim, South Korea’s envoy."),
            vec![
                "U.S.",
                "President",
                "J.",
                "Smith",
                "met",
                "Gen.",
                "Kim",
                ",",
                "South Korea",
                "’s",
                "envoy",
                "."
            ]
        );
    }

    #[test]
    fn hyphenated_given_names_stay_whole() {
        assert_eq!(
            texts("Moon Jae-in's plan"),
            vec!["Moon", "Jae-in", "'s", "plan"]
        );
    }
}
