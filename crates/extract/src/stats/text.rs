//! The article as the statistics extractors read it: characters, lower-cased
//! text for phrase look-ups, sentences, clauses and words, all addressed by
//! offsets in Unicode scalar values.

use std::cell::OnceCell;

use aho_corasick::{AhoCorasick, MatchKind};
use chrono::Datelike;
use newsfacts_normalize::places::{Gazetteer, PlaceKind, PlaceMention};
use newsfacts_normalize::timex::Timex;
use newsfacts_normalize::Annotations;
use newsfacts_parse::{Article, PartialDate, Precision, Sentence};

use super::lexicon::lexicon;

/// A phrase list compiled once: lower-case patterns, each with a payload
/// (an index into whatever the list describes).
pub(super) struct Phrases {
    matcher: Option<AhoCorasick>,
    payloads: Vec<usize>,
}

/// One phrase found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Hit {
    pub start: usize,
    pub end: usize,
    pub payload: usize,
}

impl Phrases {
    /// Compiles `(pattern, payload)` pairs; patterns are lower-cased.
    pub fn new(entries: impl IntoIterator<Item = (String, usize)>) -> Phrases {
        let (patterns, payloads): (Vec<String>, Vec<usize>) = entries
            .into_iter()
            .map(|(p, v)| (lower_one_to_one(&p), v))
            .filter(|(p, _)| !p.is_empty())
            .unzip();
        // Standard semantics allow overlapping search: a pattern that fails
        // the whole-word test (`in education` inside `in educational`) must
        // not hide one that passes (`educational attainment`).
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .ok();
        Phrases { matcher, payloads }
    }

    /// The payload of the first whole-word phrase in a short text (a
    /// headline), if any.
    pub fn first_in(&self, text: &str) -> Option<usize> {
        let lower = lower_one_to_one(text);
        let is_word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        self.matcher
            .as_ref()?
            .find_overlapping_iter(&lower)
            .filter(|m| {
                !is_word_char(lower[..m.start()].chars().next_back())
                    && !is_word_char(lower[m.end()..].chars().next())
            })
            .min_by_key(|m| m.start())
            .and_then(|m| self.payloads.get(m.pattern().as_usize()).copied())
    }

    /// Compiles the entries of a one-phrase-a-line data file.
    pub fn from_lines(data: &str) -> Phrases {
        Phrases::new(data_lines(data).map(|l| (l.to_owned(), 0)))
    }
}

/// The non-comment, non-empty lines of a data file, trimmed.
pub(super) fn data_lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Lower-cases character by character, keeping one character for each, so
/// that offsets into the result are offsets into the original.
fn lower_one_to_one(text: &str) -> String {
    text.chars().map(lower_char).collect()
}

fn lower_char(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Longer than any temporal expression, in characters.
const MAX_TIMEX_CHARS: usize = 200;

/// How many words before a date a comparison word may stand (`since they
/// restored ties in 1991`).
const BASE_WORD_REACH: usize = 8;

/// A word of the text: a run of letters and digits, with inner hyphens and
/// apostrophes (`Korea-Japan`, `Korea's`, `1,000`, `12.5`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Word {
    pub start: usize,
    pub end: usize,
    pub lower: String,
}

/// The article prepared for look-ups.
pub(super) struct Doc<'a> {
    pub annotations: &'a Annotations,
    chars: Vec<char>,
    lower: String,
    byte_of_char: Vec<usize>,
    pub sentences: Vec<Sentence>,
    pub published: Option<PartialDate>,
    /// The headline, which is not part of the text.
    pub title: Option<String>,
    /// Quantity indices, places and timexes in text order, for range look-ups.
    quantity_order: Vec<usize>,
    places: Vec<&'a PlaceMention>,
    timexes: Vec<&'a Timex>,
    /// The country of the article's dateline (`SEOUL` -> `KOR`).
    pub dateline_country: Option<String>,
    /// End of a leading dateline (`SEOUL, June 28 (Reuters) -`), 0 if none.
    dateline_end: usize,
    /// Offsets of the line breaks, which end paragraphs.
    line_breaks: Vec<usize>,
    /// Every double quotation mark, with whether a quotation stands open
    /// after it (read from the start of its paragraph).
    double_marks: Vec<(usize, bool)>,
    /// Per sentence, built on first use: its clause breaks, and its closed
    /// quotations as (open mark, close mark, words inside). Numbers ask for
    /// them one by one, and a sentence may be very long.
    clause_breaks: Vec<OnceCell<Vec<(usize, usize)>>>,
    quotations: Vec<OnceCell<Vec<(usize, usize, usize)>>>,
}

impl<'a> Doc<'a> {
    pub fn new(article: &'a Article, annotations: &'a Annotations) -> Doc<'a> {
        let chars: Vec<char> = article.text.chars().collect();
        let lower: String = chars.iter().copied().map(lower_char).collect();
        let mut byte_of_char = Vec::with_capacity(chars.len() + 1);
        let mut offset = 0;
        for c in lower.chars() {
            byte_of_char.push(offset);
            offset += c.len_utf8();
        }
        byte_of_char.push(offset);
        let sentences: Vec<Sentence> = article
            .sentences
            .iter()
            .copied()
            .filter(|s| s.start < s.end && s.end <= chars.len())
            .collect();
        let dateline_end = sentences.first().map_or(0, |first| {
            let head: String = chars[first.start..first.end.min(first.start + 60)]
                .iter()
                .collect();
            [" – ", " — ", " -- ", " - "]
                .iter()
                .filter_map(|dash| head.find(dash).map(|b| b + dash.len()))
                .min()
                .map_or(0, |byte| first.start + head[..byte].chars().count())
        });
        let dateline_country = article.dateline.as_deref().and_then(|place| {
            Gazetteer::global()
                .find(place)
                .into_iter()
                .next()
                .map(|m| m.code)
        });
        let mut quantity_order: Vec<usize> = (0..annotations.quantities.len()).collect();
        quantity_order.sort_by_key(|&i| annotations.quantities[i].start);
        let mut places: Vec<&PlaceMention> = annotations.places.iter().collect();
        places.sort_by_key(|p| p.start);
        let mut timexes: Vec<&Timex> = annotations.timexes.iter().collect();
        timexes.sort_by_key(|t| t.start);
        let line_breaks = chars
            .iter()
            .enumerate()
            .filter(|(_, &c)| c == '\n')
            .map(|(i, _)| i)
            .collect();
        let mut doc = Doc {
            clause_breaks: sentences.iter().map(|_| OnceCell::new()).collect(),
            quotations: sentences.iter().map(|_| OnceCell::new()).collect(),
            line_breaks,
            double_marks: Vec::new(),
            title: article.title.clone(),
            quantity_order,
            places,
            timexes,
            dateline_country,
            dateline_end,
            annotations,
            chars,
            lower,
            byte_of_char,
            sentences,
            published: article.published,
        };
        doc.double_marks = doc.double_mark_states();
        doc
    }

    /// The publication year.
    pub fn published_year(&self) -> Option<i32> {
        self.published.map(|p| p.date.year())
    }

    /// Where the body starts after a leading dateline.
    pub fn dateline_end(&self) -> usize {
        self.dateline_end
    }

    /// The text between two offsets (clamped to the text).
    pub fn text(&self, start: usize, end: usize) -> String {
        let end = end.min(self.chars.len());
        self.chars[start.min(end)..end].iter().collect()
    }

    /// The lower-cased text between two offsets.
    pub fn lower(&self, start: usize, end: usize) -> &str {
        let end = end.min(self.chars.len());
        let start = start.min(end);
        &self.lower[self.byte_of_char[start]..self.byte_of_char[end]]
    }

    /// The character at an offset.
    pub fn char_at(&self, pos: usize) -> Option<char> {
        self.chars.get(pos).copied()
    }

    /// The text of sentence `s`, verbatim.
    pub fn sentence_text(&self, s: usize) -> String {
        self.sentences
            .get(s)
            .map(|x| self.text(x.start, x.end))
            .unwrap_or_default()
    }

    /// The index of the sentence containing `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        self.sentences
            .get(i)
            .filter(|s| s.start <= pos && pos < s.end)
            .map(|_| i)
    }

    /// Every phrase of `phrases` between two offsets, as whole words.
    pub fn find(&self, phrases: &Phrases, start: usize, end: usize) -> Vec<Hit> {
        let Some(matcher) = &phrases.matcher else {
            return Vec::new();
        };
        let end = end.min(self.chars.len());
        let start = start.min(end);
        let base = self.byte_of_char[start];
        let slice = &self.lower[base..self.byte_of_char[end]];
        let mut hits: Vec<Hit> = matcher
            .find_overlapping_iter(slice)
            .filter_map(|m| {
                let s = self.char_of_byte(base + m.start())?;
                let e = self.char_of_byte(base + m.end())?;
                let payload = *phrases.payloads.get(m.pattern().as_usize())?;
                self.is_word_span(s, e).then_some(Hit {
                    start: s,
                    end: e,
                    payload,
                })
            })
            .collect();
        // Leftmost, then longest, without overlaps.
        hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        let mut kept: Vec<Hit> = Vec::with_capacity(hits.len());
        for hit in hits {
            if kept.last().is_none_or(|k| hit.start >= k.end) {
                kept.push(hit);
            }
        }
        kept
    }

    /// Whether any phrase of `phrases` occurs between two offsets.
    pub fn contains(&self, phrases: &Phrases, start: usize, end: usize) -> bool {
        !self.find(phrases, start, end).is_empty()
    }

    fn char_of_byte(&self, byte: usize) -> Option<usize> {
        self.byte_of_char.binary_search(&byte).ok()
    }

    fn is_word_span(&self, start: usize, end: usize) -> bool {
        let before = start
            .checked_sub(1)
            .and_then(|i| self.chars.get(i))
            .is_some_and(|c| c.is_alphanumeric());
        let after = self.chars.get(end).is_some_and(|c| c.is_alphanumeric());
        !before && !after
    }

    /// The words between two offsets.
    pub fn words(&self, start: usize, end: usize) -> Vec<Word> {
        let end = end.min(self.chars.len());
        let mut words = Vec::new();
        let mut i = start.min(end);
        while i < end {
            if !self.chars[i].is_alphanumeric() {
                i += 1;
                continue;
            }
            let word_start = i;
            while i < end {
                let c = self.chars[i];
                let joins = matches!(c, '-' | '\'' | '’' | '.' | ',')
                    && i + 1 < end
                    && self.chars[i + 1].is_alphanumeric()
                    && i > word_start
                    && (!matches!(c, '.' | ',') || self.chars[i - 1].is_ascii_digit())
                    && (!matches!(c, '.' | ',') || self.chars[i + 1].is_ascii_digit());
                if c.is_alphanumeric() || joins {
                    i += 1;
                } else {
                    break;
                }
            }
            words.push(Word {
                start: word_start,
                end: i,
                lower: self.lower(word_start, i).to_owned(),
            });
        }
        words
    }

    /// The clause around `pos` within sentence `s`: bounded by punctuation
    /// (`,` `;` `:` dashes, brackets) and by contrastive conjunctions.
    pub fn clause(&self, s: usize, pos: usize) -> (usize, usize) {
        let Some(sentence) = self.sentences.get(s) else {
            return (pos, pos);
        };
        let bounds = self.clause_breaks[s]
            .get_or_init(|| self.clause_breaks_between(sentence.start, sentence.end));
        // Breaks are sorted by start and never overlap (a contrastive word
        // holds no punctuation), so their ends are sorted too.
        let before = bounds.partition_point(|b| b.1 <= pos);
        let start = before
            .checked_sub(1)
            .map_or(sentence.start, |i| bounds[i].1);
        let after = bounds.partition_point(|b| b.0 <= pos);
        let end = bounds.get(after).map_or(sentence.end, |b| b.0);
        (start, end)
    }

    /// The clause breaks between two offsets, as (start, end) of the break.
    fn clause_breaks_between(&self, start: usize, end: usize) -> Vec<(usize, usize)> {
        let mut breaks = Vec::new();
        for i in start..end.min(self.chars.len()) {
            let c = self.chars[i];
            let is_break = match c {
                ';' | ':' | '—' | '–' | '(' | ')' => true,
                ',' => {
                    !(i > 0
                        && self.chars[i - 1].is_ascii_digit()
                        && self.chars.get(i + 1).is_some_and(|n| n.is_ascii_digit()))
                }
                _ => false,
            };
            if is_break {
                breaks.push((i, i + 1));
            }
        }
        for word in self.words(start, end) {
            if lexicon().is("contrast", word.lower.as_str()) {
                breaks.push((word.start, word.end));
            }
        }
        breaks.sort_unstable();
        breaks
    }

    /// Indices of the quantities that lie between two offsets, in text order.
    pub fn quantities_between(&self, start: usize, end: usize) -> Vec<usize> {
        let quantities = &self.annotations.quantities;
        let from = self
            .quantity_order
            .partition_point(|&i| quantities[i].start < start);
        self.quantity_order[from..]
            .iter()
            .copied()
            .take_while(|&i| quantities[i].start < end)
            .filter(|&i| quantities[i].end <= end)
            .collect()
    }

    /// The country and demonym mentions between two offsets (not cities).
    pub fn countries_between(&self, start: usize, end: usize) -> Vec<&'a PlaceMention> {
        self.places_between(start, end)
            .into_iter()
            .filter(|p| p.kind != PlaceKind::City)
            .collect()
    }

    /// Every place mention between two offsets, cities included.
    pub fn places_between(&self, start: usize, end: usize) -> Vec<&'a PlaceMention> {
        let from = self.places.partition_point(|p| p.start < start);
        self.places[from..]
            .iter()
            .take_while(|p| p.start < end)
            .filter(|p| p.end <= end)
            .copied()
            .collect()
    }

    /// The temporal expressions that overlap `start..end`.
    pub fn timexes_overlapping(
        &self,
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = &'a Timex> + '_ {
        // Expressions are short: one that starts well before `start` cannot
        // reach it.
        let from = self
            .timexes
            .partition_point(|t| t.start + MAX_TIMEX_CHARS < start);
        self.timexes[from..]
            .iter()
            .take_while(move |t| t.start < end)
            .filter(move |t| t.end > start)
            .copied()
    }

    /// The dated temporal expressions between two offsets.
    /// A dateline's date is when the story was filed, not what it reports.
    pub fn dates_between(&self, start: usize, end: usize) -> Vec<(&'a Timex, PartialDate)> {
        let from = self.timexes.partition_point(|t| t.start < start);
        self.timexes[from..]
            .iter()
            .take_while(|t| t.start < end)
            .filter(|t| t.end <= end && t.start >= self.dateline_end)
            .filter_map(|t| t.date().map(|d| (*t, d)))
            .collect()
    }

    /// The comparison or span word that governs the date expression `t`
    /// (`from` in `down 3 points from the survey early last month`, `since`
    /// in `the largest since they restored ties in 1991`, `than` in `less
    /// than estimated last year`): a `base_words` entry a few words before it
    /// in its clause, with no number between (`delegates from 12 countries
    /// met in May`, `more than a dozen people died on Monday` compare
    /// nothing with the date).
    pub fn base_word_before(&self, t: &Timex) -> Option<Word> {
        let s = self.sentence_at(t.start)?;
        let (clause_start, _) = self.clause(s, t.start);
        let before = self.words(clause_start, t.start);
        let base = before
            .iter()
            .rev()
            .take(BASE_WORD_REACH)
            .take_while(|w| !w.lower.chars().any(|c| c.is_ascii_digit()))
            .find(|w| lexicon().is("base_words", w.lower.as_str()))?;
        self.quantities_between(base.end, t.start)
            .is_empty()
            .then(|| base.clone())
    }

    /// A date stated as an offset (`a year earlier`, `two months before`,
    /// `a year ago`) lies that far from its anchor (`current`, the time the
    /// text is speaking of; the publication date for `ago`) and is known to
    /// the month when the anchor is (`a year earlier` than October 2026 is
    /// October 2025, not just 2025).
    pub fn offset_from(&self, t: &Timex, current: Option<PartialDate>) -> Option<PartialDate> {
        let words = self.words(t.start, t.end);
        let [.., count, unit, direction] = words.as_slice() else {
            return None;
        };
        let direction = direction.lower.as_str();
        if !lexicon().is("offset_words", direction) {
            return None;
        }
        let n: u32 = if lexicon().is("singular_articles", count.lower.as_str()) {
            1
        } else {
            let quantity = self
                .quantities_between(count.start, unit.end)
                .into_iter()
                .filter_map(|i| self.annotations.quantities.get(i))
                .find(|q| q.value.fract() == 0.0 && q.value >= 1.0)?;
            u32::try_from(quantity.value as i64).ok()?
        };
        let anchor = if direction == "ago" {
            self.published
        } else {
            current.or(self.published)
        }?;
        if anchor.precision == Precision::Year {
            return None;
        }
        let months = match unit.lower.trim_end_matches('s') {
            "year" => n.checked_mul(12)?,
            "month" => n,
            _ => return None,
        };
        let first_of_month = anchor.date.with_day(1)?;
        Some(PartialDate {
            date: first_of_month.checked_sub_months(chrono::Months::new(months))?,
            precision: Precision::Month,
        })
    }

    /// Whether `start..end` lies inside a short quotation (a title, slogan or
    /// scare quote) of at most `max_words` words within sentence `s`.
    pub fn in_short_quote(&self, s: usize, start: usize, end: usize, max_words: usize) -> bool {
        let Some(sentence) = self.sentences.get(s) else {
            return false;
        };
        let quotations = self.quotations[s].get_or_init(|| {
            let mut pairs = Vec::new();
            let mut open: Option<usize> = None;
            for i in sentence.start..sentence.end {
                let (opens, closes) = self.quote_mark(i);
                match open {
                    Some(o) if closes => {
                        pairs.push((o, i, self.words(o, i).len()));
                        open = None;
                    }
                    None if opens => open = Some(i),
                    _ => {}
                }
            }
            pairs
        });
        // Quotations follow one another: the first that closes at or after
        // `end` is the only one that may open before `start`.
        let first = quotations.partition_point(|&(_, close, _)| close < end);
        quotations
            .get(first)
            .is_some_and(|&(open, _, words)| open < start && words <= max_words)
    }
}

impl Doc<'_> {
    /// Whether the character at `i` opens or closes a quotation (an
    /// apostrophe in `Korea's` does neither).
    fn quote_mark(&self, i: usize) -> (bool, bool) {
        let prev_alnum = i > 0 && self.chars.get(i - 1).is_some_and(|c| c.is_alphanumeric());
        let next_alnum = self.chars.get(i + 1).is_some_and(|c| c.is_alphanumeric());
        match self.chars.get(i) {
            Some('“' | '‘') => (true, false),
            Some('”') => (false, true),
            Some('’') => (false, !next_alnum),
            Some('"') => (!prev_alnum, prev_alnum || !next_alnum),
            Some('\'') => (!prev_alnum && next_alnum, !next_alnum),
            _ => (false, false),
        }
    }

    /// Whether `pos` stands inside double quotation marks opened earlier in
    /// its paragraph (a quote may run over several sentences).
    pub fn in_quotation(&self, pos: usize) -> bool {
        let end = pos.min(self.chars.len());
        let breaks = self.line_breaks.partition_point(|&b| b < end);
        let paragraph_start = breaks.checked_sub(1).map_or(0, |i| self.line_breaks[i] + 1);
        let marks = self.double_marks.partition_point(|&(at, _)| at < end);
        marks
            .checked_sub(1)
            .map(|i| self.double_marks[i])
            .is_some_and(|(at, open)| at >= paragraph_start && open)
    }

    /// The table behind [`Doc::in_quotation`]: each double quotation mark
    /// with the state it leaves, starting closed at each paragraph.
    fn double_mark_states(&self) -> Vec<(usize, bool)> {
        let mut marks = Vec::new();
        let mut open = false;
        for (i, &c) in self.chars.iter().enumerate() {
            if c == '\n' {
                open = false;
                continue;
            }
            if !matches!(c, '“' | '”' | '"') {
                continue;
            }
            let (opens, closes) = self.quote_mark(i);
            if open && closes {
                open = false;
            } else if !open && opens {
                open = true;
            }
            marks.push((i, open));
        }
        marks
    }
}

/// Whether a word starts with an upper-case letter.
pub(super) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use newsfacts_normalize::Annotations;
    use newsfacts_parse::Article;

    use super::*;

    fn doc_of(article: &Article) -> Doc<'_> {
        static EMPTY: std::sync::OnceLock<Annotations> = std::sync::OnceLock::new();
        Doc::new(article, EMPTY.get_or_init(Annotations::default))
    }

    #[test]
    fn a_partial_word_match_does_not_hide_an_overlapping_phrase() {
        let article = Article::from_text("t", "It led in educational attainment.");
        let doc = doc_of(&article);
        let phrases = Phrases::from_lines("in education\neducational attainment\n");
        let found: Vec<String> = doc
            .find(&phrases, 0, 40)
            .iter()
            .map(|h| doc.text(h.start, h.end))
            .collect();
        assert_eq!(found, vec!["educational attainment"]);
    }

    #[test]
    fn offsets_count_characters_not_bytes() {
        let article = Article::from_text("t", "Café – Japan’s survey found 5%.");
        let doc = doc_of(&article);
        let phrases = Phrases::from_lines("survey\n");
        let hit = doc.find(&phrases, 0, 100)[0];
        assert_eq!(doc.text(hit.start, hit.end), "survey");
        assert_eq!(hit.start, 15);
    }

    #[test]
    fn a_contrastive_conjunction_ends_a_clause() {
        let article = Article::from_text("t", "Japan ranked 120th while Korea stood at 99th.");
        let doc = doc_of(&article);
        let pos = article.text.find("99th").map_or(0, |b| b);
        let (start, end) = doc.clause(0, pos);
        assert_eq!(doc.text(start, end).trim(), "Korea stood at 99th.");
    }

    /// Short texts dense in quotation marks, clause breaks and line breaks.
    fn tangled_texts() -> Vec<String> {
        let pieces = [
            "\"",
            "“",
            "”",
            "'",
            "’",
            "Korea's",
            "5,000",
            "said",
            "but",
            "while",
            ",",
            ";",
            "(",
            ")",
            "—",
            "\n",
            "\n\n",
            "Roe",
            "12",
            "ends.",
            "“two-track”",
        ];
        (0..60u64)
            .map(|seed| {
                let mut x = seed.wrapping_mul(2654435761).wrapping_add(12345);
                (0..30)
                    .map(|_| {
                        x = x
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        pieces[((x >> 33) % pieces.len() as u64) as usize]
                    })
                    .collect::<Vec<_>>()
                    .join(if seed % 3 == 0 { "" } else { " " })
            })
            .collect()
    }

    #[test]
    fn look_up_tables_answer_as_the_scans_they_replace() {
        for text in tangled_texts() {
            let mut article = Article::from_text("t", &text);
            let length = text.chars().count();
            // A few sentences of every size, the whole text among them.
            article.sentences = vec![
                Sentence {
                    start: 0,
                    end: length,
                },
                Sentence {
                    start: 0,
                    end: length / 2,
                },
                Sentence {
                    start: length / 3,
                    end: length,
                },
            ];
            let doc = doc_of(&article);
            for pos in 0..=length + 1 {
                assert_eq!(
                    doc.in_quotation(pos),
                    scanned_in_quotation(&doc, pos),
                    "{text:?} {pos}"
                );
                for s in 0..doc.sentences.len() {
                    assert_eq!(
                        doc.clause(s, pos),
                        scanned_clause(&doc, s, pos),
                        "{text:?} {pos}"
                    );
                    for end in pos..(pos + 4).min(length) {
                        assert_eq!(
                            doc.in_short_quote(s, pos, end, 2),
                            scanned_in_short_quote(&doc, s, pos, end, 2),
                            "{text:?} {s} {pos}..{end}"
                        );
                    }
                }
            }
        }
    }

    /// The straightforward versions of the look-ups, scanning the text.
    fn scanned_in_quotation(doc: &Doc, pos: usize) -> bool {
        let end = pos.min(doc.chars.len());
        let paragraph_start = doc.chars[..end]
            .iter()
            .rposition(|&c| c == '\n')
            .map_or(0, |i| i + 1);
        let mut open = false;
        for i in paragraph_start..end {
            if !matches!(doc.chars[i], '“' | '”' | '"') {
                continue;
            }
            let (opens, closes) = doc.quote_mark(i);
            if open && closes {
                open = false;
            } else if !open && opens {
                open = true;
            }
        }
        open
    }

    fn scanned_clause(doc: &Doc, s: usize, pos: usize) -> (usize, usize) {
        let sentence = doc.sentences[s];
        let bounds = doc.clause_breaks_between(sentence.start, sentence.end);
        let start = bounds
            .iter()
            .rev()
            .find(|b| b.1 <= pos)
            .map_or(sentence.start, |b| b.1);
        let end = bounds
            .iter()
            .find(|b| b.0 > pos)
            .map_or(sentence.end, |b| b.0);
        (start, end)
    }

    fn scanned_in_short_quote(doc: &Doc, s: usize, start: usize, end: usize, most: usize) -> bool {
        let sentence = doc.sentences[s];
        let mut open: Option<usize> = None;
        for i in sentence.start..sentence.end {
            let (opens, closes) = doc.quote_mark(i);
            match open {
                Some(o) if closes => {
                    if o < start && end <= i {
                        return doc.words(o, i).len() <= most;
                    }
                    open = None;
                }
                None if opens => open = Some(i),
                _ => {}
            }
        }
        false
    }

    #[test]
    fn only_short_quotations_count_as_titles() {
        let text = "He called it \"two-track\" diplomacy and said \"we sold 5 million cars in a \
                    single good year\".";
        let article = Article::from_text("t", text);
        let doc = doc_of(&article);
        let at = |w: &str| text.find(w).map_or(0, |b| text[..b].chars().count());
        assert!(doc.in_short_quote(0, at("two"), at("two") + 3, 6));
        assert!(!doc.in_short_quote(0, at("5 million"), at("5 million") + 1, 6));
        assert!(!doc.in_short_quote(0, at("diplomacy"), at("diplomacy") + 9, 6));
    }
}
