//! A text prepared for attribution: paragraphs, quoted spans, tokens and
//! quotation-aware sentences, all in Unicode scalar values.

use super::lexicon::Lexicon;
use super::marks::{paragraphs, quoted_spans, Quoted};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters or digits (with inner hyphens, apostrophes and periods).
    Word,
    /// Any other single character.
    Punct,
    /// The opening mark of quoted span `n`.
    Open(usize),
    /// The closing mark of quoted span `n`.
    Close(usize),
}

/// One token of the text.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The token as written.
    pub text: String,
    /// Lower case, curly apostrophes straightened.
    pub lower: String,
    /// What it is.
    pub kind: Kind,
    /// The quoted span whose words it is, if any.
    pub inside: Option<usize>,
    /// Index of its paragraph.
    pub para: usize,
}

impl Token {
    /// Whether it is a word.
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// Whether it is a word starting with a capital letter.
    pub fn is_capitalized(&self) -> bool {
        self.is_word() && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether it is this punctuation character.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.text.starts_with(c) && self.text.chars().count() == 1
    }

    /// Whether it is a dash used as a separator.
    pub fn is_dash(&self) -> bool {
        self.kind == Kind::Punct
            && matches!(
                self.text.as_str(),
                "\u{2014}" | "\u{2013}" | "-" | "\u{2015}"
            )
    }
}

/// The prepared text.
#[derive(Debug)]
pub(crate) struct Doc {
    /// The characters of the text.
    pub chars: Vec<char>,
    /// Paragraph ranges.
    pub paras: Vec<(usize, usize)>,
    /// Quoted spans.
    pub quotes: Vec<Quoted>,
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// Sentences as token ranges.
    pub sentences: Vec<(usize, usize)>,
    /// For each quoted span, the token index of its opening mark.
    pub open_token: Vec<Option<usize>>,
    /// For each quoted span, the token index of its closing mark.
    pub close_token: Vec<Option<usize>>,
}

impl Doc {
    /// Prepares `text`.
    pub fn new(text: &str) -> Doc {
        let chars: Vec<char> = text.chars().collect();
        let paras = paragraphs(&chars);
        let quotes = quoted_spans(&chars, &paras);
        let tokens = tokenize(&chars, &paras, &quotes);
        let mut open_token = vec![None; quotes.len()];
        let mut close_token = vec![None; quotes.len()];
        for (i, t) in tokens.iter().enumerate() {
            match t.kind {
                Kind::Open(q) => open_token[q] = Some(i),
                Kind::Close(q) => close_token[q] = Some(i),
                _ => {}
            }
        }
        let sentences = sentences(&tokens);
        Doc {
            chars,
            paras,
            quotes,
            tokens,
            sentences,
            open_token,
            close_token,
        }
    }

    /// The characters `start..end` as a string.
    pub fn slice(&self, start: usize, end: usize) -> String {
        self.chars[start.min(self.chars.len())..end.min(self.chars.len())]
            .iter()
            .collect()
    }

    /// The text from the first to the last of tokens `from..to`.
    pub fn token_text(&self, from: usize, to: usize) -> String {
        if from >= to || to > self.tokens.len() {
            return String::new();
        }
        self.slice(self.tokens[from].start, self.tokens[to - 1].end)
    }

    /// The sentence (token range) holding token `i`.
    pub fn sentence_of(&self, i: usize) -> Option<(usize, usize)> {
        let n = self.sentences.partition_point(|&(_, e)| e <= i);
        self.sentences.get(n).copied().filter(|&(s, _)| s <= i)
    }

    /// The quoted span `q` stands on its own: it opens a paragraph or follows
    /// punctuation, rather than following a word of the reporter's sentence.
    pub fn stands_alone(&self, q: usize) -> bool {
        let Some(quote) = self.quotes.get(q) else {
            return false;
        };
        let para_start = self
            .paras
            .iter()
            .find(|p| p.0 <= quote.open && quote.open < p.1)
            .map_or(0, |p| p.0);
        self.chars[para_start..quote.open]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace())
            .is_none_or(|&c| ".!?:,;\u{2014}\u{2013}-([\u{201D}\"".contains(c))
    }

    /// The quoted words of `q` look like a sentence: a capital first letter and
    /// a final `. ? ! ,` inside the marks.
    pub fn looks_like_sentence(&self, q: usize) -> bool {
        let Some(quote) = self.quotes.get(q) else {
            return false;
        };
        let inner = &self.chars[quote.start..quote.end];
        let first = inner.iter().find(|c| c.is_alphanumeric() || **c == '[');
        let last = inner.iter().rev().find(|c| !c.is_whitespace());
        first.is_some_and(|c| c.is_uppercase() || c.is_numeric() || *c == '[')
            && last.is_some_and(|c| ".?!,\u{2026}".contains(*c))
    }

    /// Number of words inside quoted span `q`.
    pub fn quote_words(&self, q: usize) -> usize {
        self.quotes.get(q).map_or(0, |quote| {
            self.chars[quote.start..quote.end]
                .split(|c| c.is_whitespace())
                .filter(|w| w.iter().any(|c| c.is_alphanumeric()))
                .count()
        })
    }
}

fn tokenize(chars: &[char], paras: &[(usize, usize)], quotes: &[Quoted]) -> Vec<Token> {
    let lexicon = Lexicon::global();
    let mut tokens = Vec::new();
    let mut q = 0;
    for (para_index, &(ps, pe)) in paras.iter().enumerate() {
        let mut i = ps;
        while i < pe {
            while q < quotes.len() && quotes[q].outer_end <= i {
                q += 1;
            }
            let quote = quotes.get(q).filter(|quote| quote.open <= i);
            if let Some(quote) = quote {
                if i == quote.open {
                    let end = quote.start.min(pe).max(i + 1);
                    push(
                        &mut tokens,
                        chars,
                        i,
                        mark_end(chars, i, end),
                        Kind::Open(q),
                        None,
                        para_index,
                    );
                    i = end;
                    continue;
                }
                if i >= quote.end && i < quote.outer_end {
                    if !chars[i].is_whitespace() {
                        push(
                            &mut tokens,
                            chars,
                            i,
                            quote.outer_end,
                            Kind::Close(q),
                            None,
                            para_index,
                        );
                    }
                    i = quote.outer_end;
                    continue;
                }
            }
            let inside = quote
                .filter(|quote| i >= quote.start && i < quote.end)
                .map(|_| q);
            let limit = inside.map_or(pe, |_| quotes[q].end.min(pe));
            let limit = next_quote_boundary(quotes, q, i, limit);
            let c = chars[i];
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            if c.is_alphanumeric() {
                let mut j = i + 1;
                while j < limit {
                    if chars[j].is_alphanumeric() {
                        j += 1;
                    } else if "-'\u{2019}.&".contains(chars[j])
                        && j + 1 < limit
                        && chars[j + 1].is_alphanumeric()
                    {
                        j += 2;
                    } else {
                        break;
                    }
                }
                if j < limit && chars[j] == '.' {
                    let word: String = chars[i..j].iter().collect::<String>().to_lowercase();
                    let initial = j - i == 1 && c.is_uppercase();
                    if initial || word.contains('.') || lexicon.is_abbreviation(&word) {
                        j += 1;
                    }
                }
                push(&mut tokens, chars, i, j, Kind::Word, inside, para_index);
                i = j;
            } else {
                push(
                    &mut tokens,
                    chars,
                    i,
                    i + 1,
                    Kind::Punct,
                    inside,
                    para_index,
                );
                i += 1;
            }
        }
    }
    tokens
}

/// Words stop at the next quoted span's opening mark.
fn next_quote_boundary(quotes: &[Quoted], q: usize, i: usize, limit: usize) -> usize {
    quotes[q.min(quotes.len())..]
        .iter()
        .map(|quote| quote.open)
        .find(|&open| open > i)
        .map_or(limit, |open| open.min(limit))
}

fn mark_end(chars: &[char], start: usize, limit: usize) -> usize {
    let mut end = start + 1;
    while end < limit
        && !chars[end].is_whitespace()
        && !chars[end].is_alphanumeric()
        && chars[end] != '['
    {
        end += 1;
    }
    end.min(limit)
}

fn push(
    tokens: &mut Vec<Token>,
    chars: &[char],
    start: usize,
    end: usize,
    kind: Kind,
    inside: Option<usize>,
    para: usize,
) {
    let text: String = chars[start..end].iter().collect();
    let lower = text.to_lowercase().replace('\u{2019}', "'");
    tokens.push(Token {
        start,
        end,
        text,
        lower,
        kind,
        inside,
        para,
    });
}

/// Sentences as token ranges. Nothing inside quotation marks ends a sentence;
/// a paragraph break does, unless a quotation runs over it.
fn sentences(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    // Whether each quotation so far opened after a word of the reporter's.
    let mut embedded: Vec<(usize, bool)> = Vec::new();
    for i in 0..tokens.len() {
        let t = &tokens[i];
        if let Kind::Open(q) = t.kind {
            let after_word = i > 0
                && tokens[i - 1].is_word()
                && tokens[i - 1].inside.is_none()
                && tokens[i - 1].para == t.para;
            embedded.push((q, after_word));
        }
        let next = tokens.get(i + 1);
        let boundary = match next {
            None => true,
            Some(n) if n.para != t.para => {
                let open_quote = match t.kind {
                    Kind::Open(q) => Some(q),
                    _ => t.inside,
                };
                open_quote.is_none() || open_quote != n.inside
            }
            Some(n) => {
                let starts_new = n.is_capitalized()
                    || matches!(n.kind, Kind::Open(_))
                    || n.text.chars().next().is_some_and(char::is_numeric);
                let full_stop = |x: &Token| matches!(x.text.as_str(), "." | "!" | "?");
                let ends = match t.kind {
                    Kind::Punct => t.inside.is_none() && full_stop(t),
                    Kind::Close(q) => {
                        i > 0
                            && tokens[i - 1].inside == Some(q)
                            && full_stop(&tokens[i - 1])
                            && (embedded
                                .iter()
                                .rev()
                                .find(|(o, _)| *o == q)
                                .is_some_and(|(_, e)| *e)
                                || !attribution_follows(tokens, i + 1))
                    }
                    _ => false,
                };
                ends && starts_new && n.inside.is_none()
            }
        };
        if boundary {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    out
}

/// `"Where is he?" Trump asked.`: a speaker and a speech verb right after a
/// quotation keep it in their sentence, whatever its last mark.
fn attribution_follows(tokens: &[Token], from: usize) -> bool {
    let lexicon = Lexicon::global();
    let is_verb = |t: &Token| {
        t.is_word() && t.inside.is_none() && lexicon.verb_forms(&t.lower).iter().any(|f| !f.bare)
    };
    // A capitalised pronoun after a full stop starts a new sentence.
    let speakerish = |t: &Token| {
        t.is_capitalized() && lexicon.pronoun(&t.lower).is_none()
            || lexicon.word_class(&t.lower).is_some()
            || t.lower == "the"
    };
    let rest = &tokens[from.min(tokens.len())..];
    // `"..." Kim said`, `"..." said the minister`.
    let short = rest
        .iter()
        .take(5)
        .take_while(|t| t.is_word() && t.inside.is_none())
        .enumerate()
        .any(|(k, t)| is_verb(t) && rest[..k].iter().all(speakerish));
    // `"..." Jane Roe, a delegate wearing a badge, said`.
    let apposed = rest
        .first()
        .is_some_and(|t| speakerish(t) && t.is_capitalized())
        && rest
            .iter()
            .take(30)
            .take_while(|t| t.inside.is_some() || !matches!(t.text.as_str(), "." | "!" | "?"))
            .zip(rest.iter().skip(1))
            .any(|(before, t)| before.is_punct(',') && is_verb(t));
    short || apposed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_texts(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        doc.sentences
            .iter()
            .map(|&(s, e)| doc.token_text(s, e))
            .collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentence_texts("Sen. John Q. Public met the U.S. envoy. He left."),
            ["Sen. John Q. Public met the U.S. envoy.", "He left."]
        );
    }

    #[test]
    fn periods_inside_quotes_do_not_end_the_sentence() {
        assert_eq!(
            sentence_texts("\u{201C}We won. It is over,\u{201D} he said. Then he left."),
            [
                "\u{201C}We won. It is over,\u{201D} he said.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn closing_mark_after_a_full_stop_ends_the_sentence() {
        assert_eq!(
            sentence_texts("Lee said: \u{201C}We won.\u{201D} Kim disagreed."),
            ["Lee said: \u{201C}We won.\u{201D}", "Kim disagreed."]
        );
    }

    #[test]
    fn attribution_after_a_question_stays_in_the_sentence() {
        assert_eq!(
            sentence_texts("\u{201C}Where is he?\u{201D} Mayor Roe asked. He left."),
            ["\u{201C}Where is he?\u{201D} Mayor Roe asked.", "He left."]
        );
    }

    #[test]
    fn tokens_mark_quote_openings_and_insides() {
        let doc = Doc::new("Lee called it a \u{201C}good deal\u{201D} today.");
        let kinds: Vec<Kind> = doc.tokens.iter().map(|t| t.kind).collect();
        assert!(kinds.contains(&Kind::Open(0)) && kinds.contains(&Kind::Close(0)));
        assert_eq!(doc.tokens.iter().filter(|t| t.inside == Some(0)).count(), 2);
    }
}
