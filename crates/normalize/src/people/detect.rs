//! Finding name candidates and the titles, countries and cues around them.

use std::collections::HashSet;

use super::lexicon::Lexicon;
use super::names::{is_initial, is_name_word};
use super::tokens::{Token, TokenKind};
use super::Gender;
use crate::places::PlaceKind;

/// Words that join title words (`Ambassador to Japan`, `nominee for Prime
/// Minister`, `Speaker of the House`).
const CONNECTORS: [&str; 4] = ["of", "to", "for", "the"];

/// A run of capitalised name words and what surrounds it.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    /// Token indices of the run, first and last (inclusive).
    pub(super) first: usize,
    pub(super) last: usize,
    /// The run's words as written.
    pub(super) words: Vec<String>,
    /// Titles written with the name (before it or in an appositive).
    pub(super) titles: Vec<String>,
    /// Country from those titles (`Japanese Prime Minister`, `South Korea's`).
    pub(super) country: Option<String>,
    /// Gender from an honorific or a gendered title.
    pub(super) gender: Option<Gender>,
    /// A title is written right before the name (`President Lee`).
    pub(super) has_title: bool,
    /// Something besides capitalisation says this is a person.
    pub(super) cued: bool,
    /// An organisation word follows (`Carver Plaza`): not a person.
    pub(super) in_proper_noun: bool,
    /// A gendered pronoun later in the clause refers back to the run.
    pub(super) pronoun_follows: bool,
    /// `the` stands right before the run (`the Kelly File`).
    pub(super) after_the: bool,
    /// A lone word the text also writes in lower case (`Critics say`).
    pub(super) written_lower: bool,
    /// Country of the list the name stands in (`Japanese officials such as`).
    pub(super) list_country: Option<String>,
    /// Country named last before the name in its sentence (a weak hint).
    pub(super) context_country: Option<String>,
}

/// What a scan over title words found.
#[derive(Debug, Default)]
struct TitleScan {
    /// Token range of the title text (inclusive), if a title was found.
    span: Option<(usize, usize)>,
    country: Option<String>,
    gender: Option<Gender>,
}

pub(super) struct Detector<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    pub(super) lexicon: &'a Lexicon,
}

impl Detector<'_> {
    fn lower(&self, index: usize) -> String {
        self.tokens[index].text.to_lowercase()
    }

    /// The text between the start of token `a` and the end of token `b`.
    pub(super) fn span_text(&self, a: usize, b: usize) -> String {
        let (start, end) = (self.tokens[a].byte_start, self.tokens[b].byte_end);
        self.text.get(start..end).unwrap_or_default().to_owned()
    }

    /// Tokens `first..=last` as one lower-case phrase, when they are all
    /// words separated by single spaces (the form title lists are keyed by).
    fn word_phrase(&self, first: usize, last: usize) -> Option<String> {
        let words = self.tokens.get(first..=last)?;
        let joined =
            words.iter().all(Token::is_word) && words.iter().skip(1).all(|t| t.joined_by_space);
        joined.then(|| {
            words
                .iter()
                .map(|t| t.text.to_lowercase())
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    /// The longest title phrase ending at token `end` (inclusive), as
    /// (first token, gender).
    fn title_ending_at(&self, end: usize) -> Option<(usize, Option<Gender>)> {
        let max = self.lexicon.longest_title.min(end + 1);
        (1..=max).rev().find_map(|len| {
            let first = end + 1 - len;
            let info = self.lexicon.titles.get(&self.word_phrase(first, end)?)?;
            Some((first, info.gender))
        })
    }

    /// The longest title phrase starting at token `start`: its last token.
    pub(super) fn title_starting_at(&self, start: usize) -> Option<usize> {
        let max = self.lexicon.longest_title;
        (1..=max).rev().find_map(|len| {
            let last = start + len - 1;
            let phrase = self.word_phrase(start, last)?;
            self.lexicon.titles.contains_key(&phrase).then_some(last)
        })
    }

    /// The first country named in tokens `a..=b`, skipping a host country
    /// after `to` (`ambassador to Japan`) and halves of compounds
    /// (`Korea-Japan`).
    fn country_in(&self, a: usize, b: usize) -> Option<String> {
        (a..=b).find_map(|i| {
            let TokenKind::Place { code, kind } = &self.tokens[i].kind else {
                return None;
            };
            let after_to = i > 0 && self.lower(i - 1) == "to";
            if after_to && *kind == PlaceKind::Country {
                return None;
            }
            let glued_dash = |j: usize| {
                self.tokens
                    .get(j)
                    .is_some_and(|t| matches!(t.text.as_str(), "-" | "–"))
            };
            let compound = (self.tokens[i].glued && i > 0 && glued_dash(i - 1))
                || (glued_dash(i + 1) && self.tokens.get(i + 1).is_some_and(|t| t.glued));
            (!compound).then(|| code.clone())
        })
    }

    /// Scans leftwards from token `end` over a title (`former Japanese
    /// Prime Minister`, `Korean Ambassador to Japan`, `South Korea's
    /// President`).
    ///
    /// Before a name (`special adviser to Japanese Prime Minister X`) the
    /// title stops at a connector once one is found; a title set off by a
    /// comma (`the nominee for Prime Minister, X`) may go on through
    /// connectors (`inner_connectors`).
    fn scan_title_left(&self, end: usize, inner_connectors: bool) -> TitleScan {
        let mut scan = TitleScan::default();
        if CONNECTORS.contains(&self.lower(end).as_str()) {
            // `director of the Marist Institute`: the name is an object.
            return scan;
        }
        let mut committed: Option<usize> = None;
        let mut in_org_name = false;
        let mut possessive_country: Option<String> = None;
        let mut j = end as isize;
        while j >= 0 {
            let i = j as usize;
            let token = &self.tokens[i];
            let next_joined = i == end || self.tokens[i + 1].joined_by_space;
            if !next_joined
                && self
                    .tokens
                    .get(i + 1)
                    .is_none_or(|t| t.kind != TokenKind::Possessive)
            {
                break;
            }
            match &token.kind {
                TokenKind::Possessive => {
                    // `South Korea's President X`, `North Korea's X`.
                    if let Some(TokenKind::Place { code, .. }) =
                        i.checked_sub(1).map(|p| &self.tokens[p].kind)
                    {
                        if committed.is_some() || i == end {
                            possessive_country = Some(code.clone());
                        }
                    }
                    break;
                }
                TokenKind::Place { .. } => {
                    if committed.is_some() {
                        committed = Some(i);
                    }
                    j -= 1;
                }
                TokenKind::Word => {
                    if let Some((first, gender)) = self.title_ending_at(i) {
                        committed = Some(first);
                        scan.gender = scan.gender.or(gender);
                        j = first as isize - 1;
                        continue;
                    }
                    // Connectors and places wait for a title further left
                    // (`Ambassador to Japan`); modifiers need one to their
                    // right, and so does an organisation's name (`Democratic
                    // Party leader`, `Foreign Ministry spokesperson`).
                    let lower = token.text.to_lowercase();
                    let capitalised = token.text.starts_with(char::is_uppercase);
                    let org_word = self.is_org_word(&token.text);
                    let org_name = capitalised
                        && in_org_name
                        && committed == Some(i + 1)
                        && !self.lexicon.non_names.contains(&token.text);
                    if committed.is_some() && (org_word || org_name) {
                        committed = Some(i);
                        in_org_name = true;
                    } else if committed.is_some() && self.lexicon.title_modifiers.contains(&lower) {
                        committed = Some(i);
                    } else if !CONNECTORS.contains(&lower.as_str())
                        || (committed.is_some() && !inner_connectors && !self.joins_org_name(i))
                    {
                        break;
                    }
                    j -= 1;
                }
                TokenKind::Punct => break,
            }
        }
        if let Some(first) = committed {
            scan.span = Some((first, end));
            scan.country = self.country_in(first, end).or(possessive_country);
        } else if possessive_country.is_some() {
            scan.country = possessive_country;
        } else if let TokenKind::Place {
            code,
            kind: PlaceKind::Demonym,
        } = &self.tokens[end].kind
        {
            // A demonym alone before a name (`the Japanese Mori`): the
            // country, without a title.
            scan.country = Some(code.clone());
        }
        scan
    }

    /// True for an organisation word, capitalised or not (`Ministry`,
    /// `ministry spokesperson`).
    fn is_org_word(&self, word: &str) -> bool {
        let mut chars = word.chars();
        let capitalised: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        self.lexicon.org_words.contains(word) || self.lexicon.org_words.contains(&capitalised)
    }

    /// True when connector `i` is the `of` inside an organisation's name
    /// (`Democratic Party of Japan`).
    fn joins_org_name(&self, i: usize) -> bool {
        self.lower(i) == "of"
            && i.checked_sub(1)
                .is_some_and(|p| self.lexicon.org_words.contains(&self.tokens[p].text))
    }

    /// A title written as an appositive after `last`: `X, special adviser to
    /// the President, said` gives `special adviser to the President`.
    fn appositive_after(&self, last: usize) -> (Vec<String>, Option<String>, Option<Gender>) {
        let none = (Vec::new(), None, None);
        if !self.tokens.get(last + 1).is_some_and(|t| t.is_punct(",")) {
            return none;
        }
        let mut start = last + 2;
        if start < self.tokens.len() && ["a", "an", "the"].contains(&self.lower(start).as_str()) {
            start += 1;
        }
        // An age before the title is not part of it (`a 92-year-old veteran`).
        while self.tokens.get(start).is_some_and(|t| {
            t.text.chars().all(|c| c.is_ascii_digit())
                || t.is_punct("-")
                || (t.is_word() && t.text.ends_with("-old"))
        }) {
            start += 1;
        }
        let mut titles = Vec::new();
        let mut gender = None;
        let mut country = None;
        let mut i = start;
        'titles: loop {
            // One title: modifiers and places, then a title phrase, then its
            // complements, up to punctuation or a lower-case non-title word.
            let title_start = i;
            let mut seen_title = false;
            let mut only_title_words = true;
            while i < self.tokens.len() && i < title_start + 20 {
                let token = &self.tokens[i];
                let in_compound = token.glued
                    && (matches!(token.text.as_str(), "-" | "'" | "’")
                        || self.tokens[i - 1].is_punct("-"));
                if i > title_start
                    && !token.joined_by_space
                    && token.kind != TokenKind::Possessive
                    && !in_compound
                {
                    break;
                }
                if seen_title && only_title_words && is_name_word(token, self.lexicon) {
                    // `A, Foreign Minister B, ...`: a list, not an appositive.
                    return (Vec::new(), None, None);
                }
                if let Some(title_end) = self.title_starting_at(i) {
                    if !seen_title {
                        let phrase = self.span_text(i, title_end).to_lowercase();
                        gender = gender.or(self.lexicon.titles.get(&phrase).and_then(|t| t.gender));
                    }
                    seen_title = true;
                    i = title_end + 1;
                    continue;
                }
                let lower = token.text.to_lowercase();
                let capitalised = token.text.starts_with(char::is_uppercase);
                let fits = match &token.kind {
                    TokenKind::Place { .. } | TokenKind::Possessive => true,
                    TokenKind::Punct => {
                        matches!(token.text.as_str(), "-" | "'" | "’") && seen_title
                    }
                    TokenKind::Word => {
                        if lower == "and" && seen_title {
                            let next_starts_title = i + 1 < self.tokens.len()
                                && (self.title_starting_at(i + 1).is_some()
                                    || self.lexicon.title_modifiers.contains(&self.lower(i + 1)));
                            if next_starts_title {
                                titles.push(self.span_text(title_start, i - 1));
                                i += 1;
                                continue 'titles;
                            }
                            false
                        } else {
                            // A noun before the title (`sociology professor`)
                            // belongs to it; after it, `at` joins its place
                            // (`researcher at Gallup Korea`).
                            const NOT_NOUNS: [&str; 16] = [
                                "and", "or", "but", "who", "which", "that", "then", "also", "as",
                                "in", "on", "with", "by", "from", "at", "was",
                            ];
                            let title_ahead = !seen_title
                                && !capitalised
                                && !NOT_NOUNS.contains(&lower.as_str())
                                && !CONNECTORS.contains(&lower.as_str())
                                && (i + 1..=i + 2).any(|k| self.title_starting_at(k).is_some());
                            self.lexicon.title_modifiers.contains(&lower)
                                || title_ahead
                                || (seen_title
                                    && (capitalised
                                        || CONNECTORS.contains(&lower.as_str())
                                        || lower == "at"))
                        }
                    }
                };
                if !fits {
                    break;
                }
                only_title_words &= match &token.kind {
                    TokenKind::Word => self.lexicon.is_title_word(&lower),
                    TokenKind::Place { .. } => true,
                    _ => false,
                };
                i += 1;
            }
            if !seen_title || i == title_start {
                break;
            }
            // Trailing connectors or marks are not part of the title.
            let mut end = i - 1;
            while end > title_start
                && (CONNECTORS.contains(&self.lower(end).as_str())
                    || self.lower(end) == "at"
                    || self.tokens[end].kind == TokenKind::Punct)
            {
                end -= 1;
            }
            country = country.or_else(|| self.country_in(title_start, end));
            titles.push(self.span_text(title_start, end));
            break;
        }
        (titles, country, gender)
    }

    /// The last token of a US party-and-state tag right after the run
    /// (`Ted Cruz (R-Texas)`, `Paul Ryan, R-Wis.,`, `Andrew Cuomo (D)`),
    /// the convention of US papers for members of Congress and governors.
    fn party_tag_after(&self, last: usize) -> Option<usize> {
        let open = self.tokens.get(last + 1)?;
        if !(open.is_punct("(") || open.is_punct(",")) {
            return None;
        }
        let tag = self.tokens.get(last + 2)?;
        let mut letters = tag.text.chars();
        let party = letters.next().filter(|c| matches!(c, 'R' | 'D' | 'I'))?;
        let shaped = tag.is_word()
            && match letters.next() {
                None => open.is_punct("("),
                Some('-') => letters.next().is_some_and(char::is_uppercase),
                Some(_) => false,
            };
        if !shaped || party == 'I' && tag.text.len() == 1 {
            return None;
        }
        let close = if open.is_punct("(") { ")" } else { "," };
        // The state may run on over periods (`D-N.Y.`); the tag closes
        // within a few tokens.
        (last + 3..(last + 8).min(self.tokens.len())).find(|&i| self.tokens[i].is_punct(close))
    }

    /// True when a gendered pronoun later in the clause refers back to a
    /// run that opens it (`Jane Roe spent her savings`, `Jim Doe pointed out
    /// that his plan ...`): organisations take `its` and `their`.
    fn pronoun_follows(&self, first: usize, last: usize) -> bool {
        const PRONOUNS: [&str; 4] = ["he", "she", "his", "her"];
        const OPENERS: [&str; 6] = ["and", "but", "when", "while", "as", "that"];
        let opens_clause = first == 0
            || self.opens_sentence(first)
            || self.tokens[first - 1].is_punct(",")
            || OPENERS.contains(&self.lower(first - 1).as_str());
        let verb_follows = self.tokens.get(last + 1).is_some_and(|t| {
            t.is_word() && t.joined_by_space && t.text.starts_with(char::is_lowercase)
        });
        if !opens_clause || !verb_follows {
            return false;
        }
        for (i, token) in self.tokens.iter().enumerate().skip(last + 2).take(14) {
            let sentence_ends = token.kind == TokenKind::Punct
                && matches!(
                    token.text.as_str(),
                    "." | "!" | "?" | ";" | "\"" | "“" | "”"
                );
            if sentence_ends
                || !token.joined_by_space && !token.glued
                || is_name_word(token, self.lexicon)
            {
                return false;
            }
            let lower = token.text.to_lowercase();
            if PRONOUNS.contains(&lower.as_str()) {
                // `paid her $600`: an object, maybe not the run's.
                return lower != "her"
                    || self
                        .tokens
                        .get(i + 1)
                        .is_some_and(|n| n.is_word() && n.text.starts_with(char::is_lowercase));
            }
        }
        false
    }

    /// True when a speech verb follows the run (`Smith said`, `Kim also said`).
    fn speech_verb_after(&self, last: usize) -> bool {
        for token in self.tokens.iter().skip(last + 1).take(3) {
            if !token.is_word() || !token.joined_by_space {
                return false;
            }
            let lower = token.text.to_lowercase();
            if self.lexicon.speech_verbs.contains(&lower) {
                return true;
            }
            let between = self.lexicon.auxiliaries.contains(&lower)
                || (lower.ends_with("ly") && lower.len() > 3);
            if !between {
                return false;
            }
        }
        false
    }

    fn according_to_before(&self, first: usize) -> bool {
        first >= 2 && self.lower(first - 1) == "to" && self.lower(first - 2) == "according"
    }

    /// Token ranges (`start..end`) of the text's lines.
    fn line_ranges(&self) -> Vec<(usize, usize)> {
        let mut ranges = Vec::new();
        let mut start = 0;
        while start < self.tokens.len() {
            let end = (start + 1..self.tokens.len())
                .find(|&i| !self.tokens[i].joined_by_space && !self.tokens[i].glued)
                .unwrap_or(self.tokens.len());
            ranges.push((start, end));
            start = end;
        }
        ranges
    }

    /// True when line `start..end` ends as a sentence does (closing quotes
    /// and brackets aside).
    fn line_ends_sentence(&self, start: usize, end: usize) -> bool {
        self.tokens[start..end]
            .iter()
            .rev()
            .find(|t| !matches!(t.text.as_str(), "\"" | "”" | "'" | "’" | ")"))
            .is_some_and(|t| matches!(t.text.as_str(), "." | "!" | "?" | ":" | ","))
    }

    /// For every token, whether its line is written in title case and
    /// does not end as a sentence does (a headline or a menu: `Carver Says
    /// U.S. Holds Cards`), where capitals say nothing about names.
    pub(super) fn title_case_lines(&self) -> Vec<bool> {
        const SMALL: [&str; 14] = [
            "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "vs",
        ];
        let mut flags = vec![false; self.tokens.len()];
        for (start, end) in self.line_ranges() {
            let words: Vec<&Token> = self.tokens[start..end]
                .iter()
                .filter(|t| t.is_word() && !SMALL.contains(&t.text.to_lowercase().as_str()))
                .collect();
            let capitalised = words
                .iter()
                .filter(|t| t.text.starts_with(char::is_uppercase))
                .count();
            let ends_sentence = self.line_ends_sentence(start, end);
            // Prose never capitalises every word: a full stop does not save
            // a line of six or more words that does.
            let all_capitalised = words.len() >= 6 && capitalised == words.len();
            if words.len() >= 5 && capitalised * 5 >= words.len() * 4 && !ends_sentence
                || all_capitalised
            {
                // `Jane Roe: ‘We Will Win’`: the headline names its speaker
                // before a colon, and that name is read as in prose.
                let speaker_words = (start..end)
                    .take_while(|&i| is_name_word(&self.tokens[i], self.lexicon))
                    .count();
                let speaker = (2..=3).contains(&speaker_words)
                    && self
                        .tokens
                        .get(start + speaker_words)
                        .is_some_and(|t| t.is_punct(":") && t.glued);
                let first_flagged = if speaker {
                    start + speaker_words
                } else {
                    start
                };
                flags[first_flagged..end].iter_mut().for_each(|f| *f = true);
            }
        }
        flags
    }

    /// For every token, whether its line is page chrome that names people
    /// outside the story: a credit line (`Editing by X`, `Photo: X`,
    /// `credit_cues.tsv`; a cue inside the line only in a short one), or a
    /// show's title, a short line that is no
    /// sentence and ends in `with` and a name (`Meet the Press with X`).
    fn chrome_lines(&self) -> Vec<bool> {
        let mut flags = vec![false; self.tokens.len()];
        for (start, end) in self.line_ranges() {
            let line = self.span_text(start, end - 1).to_lowercase();
            let line = line.trim_start_matches('(');
            // Inside a line, a cue marks chrome only in a short line, not
            // in a paragraph of prose that cites `reporting by` a paper.
            let short = end - start <= 30;
            let credit = self.lexicon.credit_cues.iter().any(|(cue, anywhere)| {
                line.match_indices(cue.as_str()).any(|(at, _)| {
                    let before = line[..at].chars().next_back();
                    let after = line[at + cue.len()..].chars().next();
                    (at == 0 || *anywhere && short && !before.is_some_and(char::is_alphanumeric))
                        && !after.is_some_and(char::is_alphanumeric)
                })
            });
            let show_title = end - start <= 10
                && !self.line_ends_sentence(start, end)
                && (start..end).any(|k| {
                    self.lower(k) == "with"
                        && end - k >= 3
                        && (k + 1..end).all(|n| is_name_word(&self.tokens[n], self.lexicon))
                });
            if credit || show_title {
                flags[start..end].iter_mut().for_each(|f| *f = true);
            }
        }
        flags
    }

    /// Every run of name words, with its titles and cues.
    pub(super) fn candidates(&self) -> Vec<Candidate> {
        let title_case = self.title_case_lines();
        let chrome = self.chrome_lines();
        let mut candidates = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            if title_case[i] || chrome[i] {
                i += 1;
                continue;
            }
            let starts = is_name_word(&self.tokens[i], self.lexicon)
                || (is_initial(&self.tokens[i])
                    && self.tokens.get(i + 1).is_some_and(|t| {
                        (t.joined_by_space && is_name_word(t, self.lexicon))
                            || (t.glued && is_initial(t))
                    }))
                || self.place_as_given_name(i);
            if !starts {
                i += 1;
                continue;
            }
            let mut last = i;
            while let Some(next) = self.tokens.get(last + 1) {
                let glued_initial =
                    next.glued && is_initial(next) && is_initial(&self.tokens[last]);
                if !next.joined_by_space && !glued_initial {
                    break;
                }
                // A particle joins a name only before another name word
                // (`Ludwig van Beethoven`); an odd surname only at its end.
                let name_word_follows = self
                    .tokens
                    .get(last + 2)
                    .is_some_and(|t| t.joined_by_space && is_name_word(t, self.lexicon));
                let particle = self.lexicon.particles.contains(&next.text) && name_word_follows;
                let suffix = self.lexicon.suffixes.contains(&next.text);
                // `Theresa May`: a calendar word after a given name, not a date.
                let homograph = self.lexicon.surname_homographs.contains(&next.text)
                    && self
                        .lexicon
                        .given_names
                        .contains_key(&self.tokens[last].text)
                    && !self
                        .tokens
                        .get(last + 2)
                        .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()));
                // `Mark Cuban`, `Paul Singer`: a demonym, a country or a
                // title word as the surname of a given name (a two-word name
                // only).
                let surname_shaped = match &next.kind {
                    TokenKind::Place { kind, .. } => *kind != PlaceKind::City,
                    TokenKind::Word => {
                        next.text.starts_with(char::is_uppercase)
                            && !next.text.ends_with('.')
                            && self.lexicon.titles.contains_key(&next.text.to_lowercase())
                    }
                    _ => false,
                };
                let odd_surname = last == i
                    && surname_shaped
                    && self
                        .lexicon
                        .given_names
                        .contains_key(&self.tokens[last].text)
                    && !name_word_follows;
                if is_name_word(next, self.lexicon)
                    || is_initial(next)
                    || particle
                    || suffix
                    || homograph
                    || odd_surname
                {
                    last += 1;
                } else {
                    break;
                }
            }
            let mut first = i;
            // A sentence-opening adverb is not a given name (`Currently
            // Kim`), but `Emily` and `Kelly` are.
            let opener = &self.tokens[first].text;
            if last > first
                && opener.ends_with("ly")
                && !self.lexicon.given_names.contains_key(opener)
            {
                first += 1;
            }
            candidates.push(self.describe(first, last));
            i = last + 1;
        }
        self.drop_sentence_openers(candidates)
    }

    /// A place that is also a given name, written before a name word and
    /// not after a preposition (`Rep. Virginia Foxx`, `Jordan Peterson`).
    fn place_as_given_name(&self, i: usize) -> bool {
        const PREPOSITIONS: [&str; 10] = [
            "in", "at", "from", "of", "to", "across", "for", "near", "into", "and",
        ];
        let token = &self.tokens[i];
        matches!(token.kind, TokenKind::Place { .. })
            && self.lexicon.given_names.contains_key(&token.text)
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.joined_by_space && is_name_word(t, self.lexicon))
            && !i
                .checked_sub(1)
                .is_some_and(|p| PREPOSITIONS.contains(&self.lower(p).as_str()))
    }

    /// True when token `i` opens a sentence, a quote or a line.
    fn opens_sentence(&self, i: usize) -> bool {
        let Some(previous) = i.checked_sub(1).map(|p| &self.tokens[p]) else {
            return true;
        };
        let line_break = !self.tokens[i].joined_by_space && !self.tokens[i].glued;
        line_break
            || (previous.kind == TokenKind::Punct
                && matches!(
                    previous.text.as_str(),
                    "." | "!" | "?" | ":" | "\"" | "“" | "”" | "'" | "‘" | "(" | "—" | "–"
                ))
    }

    /// A capitalised word before a name is not part of it when a known given
    /// name follows it (`Crooked Hillary Clinton`), or when it opens a
    /// sentence and is also written in lower case in the text (`Without
    /// Scalia`).
    fn drop_sentence_openers(&self, candidates: Vec<Candidate>) -> Vec<Candidate> {
        let lower_words: HashSet<&str> = self
            .tokens
            .iter()
            .filter(|t| t.is_word() && t.text.starts_with(char::is_lowercase))
            .map(|t| t.text.as_str())
            .collect();
        let mut kept = Vec::with_capacity(candidates.len());
        for candidate in &candidates {
            let opener = &candidate.words[0];
            let known_first = self.lexicon.given_names.contains_key(opener)
                || self.lexicon.family_names.contains_key(opener);
            let rest = &candidate.words[1..];
            let given_follows = rest.len() >= 2 && self.lexicon.given_names.contains_key(&rest[0]);
            let participle = opener.ends_with("ing") && opener.chars().count() > 5;
            let drop = candidate.words.len() >= 2
                && !known_first
                && (given_follows
                    || (self.opens_sentence(candidate.first)
                        && (participle || lower_words.contains(opener.to_lowercase().as_str()))));
            if drop {
                kept.push(self.describe(candidate.first + 1, candidate.last));
            } else {
                kept.push(candidate.clone());
            }
            if let Some(last) = kept.last_mut() {
                last.written_lower = last.words.len() == 1
                    && lower_words.contains(last.words[0].to_lowercase().as_str());
            }
        }
        kept
    }

    fn describe(&self, first: usize, last: usize) -> Candidate {
        let words: Vec<String> = self.tokens[first..=last]
            .iter()
            .map(|t| t.text.clone())
            .collect();
        let mut titles = Vec::new();
        let mut country = None;
        let mut gender = None;
        let mut has_title = false;
        let mut cued = false;
        if first > 0 {
            let before = &self.tokens[first - 1];
            if let Some(honorific) = self.lexicon.honorifics.get(&before.text) {
                cued = true;
                gender = *honorific;
            } else if let Some(kin) = self.lexicon.kinship.get(&before.text.to_lowercase()) {
                gender = Some(*kin);
            } else if self.tokens[first].joined_by_space && !before.is_punct(",") {
                let scan = self.scan_title_left(first - 1, false);
                if let Some((a, b)) = scan.span {
                    titles.push(self.span_text(a, b));
                    has_title = true;
                    cued = true;
                }
                country = scan.country;
                gender = scan.gender;
            } else if before.is_punct(",") && first >= 2 {
                // `The nominee for Prime Minister, Han Duck-soo,`
                let scan = self.scan_title_left(first - 2, true);
                if let Some((a, b)) = scan.span {
                    // A determiner or a possessor opens the title (`the
                    // company's chief executive, X,`; `Japan's trade
                    // minister, X,`: the possessor is the country).
                    let opener = a.checked_sub(1).is_none_or(|p| {
                        self.tokens[p].kind == TokenKind::Possessive
                            || matches!(self.lower(p).as_str(), "the" | "a" | "an" | "." | "\n")
                    });
                    if opener {
                        titles.push(self.span_text(a, b));
                        has_title = true;
                        cued = true;
                        country = scan.country;
                        gender = scan.gender;
                    }
                }
            }
        }
        let (appositive, appositive_country, appositive_gender) = self.appositive_after(last);
        if !appositive.is_empty() {
            cued = true;
            titles.extend(appositive);
            country = country.or(appositive_country);
            gender = gender.or(appositive_gender);
        }
        let party_tag = self.party_tag_after(last);
        if party_tag.is_some() {
            country = country.or_else(|| Some("USA".to_owned()));
        }
        // `X, who ...`: organisations take `which`; not after a
        // preposition, where `who` may be the people of a place (`Democrats
        // on Capitol Hill, who`).
        const PREPOSITIONS: [&str; 10] = [
            "on", "at", "in", "of", "from", "for", "with", "by", "as", "to",
        ];
        let object = first
            .checked_sub(1)
            .is_some_and(|p| PREPOSITIONS.contains(&self.lower(p).as_str()));
        let relative_who = !object
            && words.iter().any(|w| !w.ends_with('.'))
            && self.tokens.get(last + 1).is_some_and(|t| t.is_punct(","))
            && self
                .tokens
                .get(last + 2)
                .is_some_and(|t| matches!(t.text.as_str(), "who" | "whose"));
        cued |= party_tag.is_some()
            || relative_who
            || self.speech_verb_after(last)
            || self.according_to_before(first);
        let pronoun_follows = self.pronoun_follows(first, last);
        let list_country = self.list_country(first);
        let context_country = self.context_country(first);
        let in_proper_noun = self.tokens.get(last + 1).is_some_and(|t| {
            t.joined_by_space && t.is_word() && self.lexicon.org_words.contains(&t.text)
        });
        Candidate {
            first,
            last,
            words,
            titles,
            country,
            gender,
            has_title,
            cued,
            in_proper_noun,
            pronoun_follows,
            after_the: first > 0 && self.lower(first - 1) == "the",
            written_lower: false,
            list_country,
            context_country,
        }
    }

    /// The country, demonym or city that last precedes the name in its
    /// sentence, with no other name between, when it qualifies or opens the
    /// clause (`WASHINGTON (AP) — President X`, `the United States sent a
    /// delegation led by X`) rather than being an object (`in Seoul`). A
    /// weak hint, used last.
    fn context_country(&self, first: usize) -> Option<String> {
        let mut i = first;
        while i > 0 && first - i < 30 {
            i -= 1;
            let token = &self.tokens[i];
            if token.is_punct(".") || token.is_punct(";") || is_name_word(token, self.lexicon) {
                return None;
            }
            if let TokenKind::Place { code, kind } = &token.kind {
                // Only a place that qualifies or heads the clause: a demonym,
                // a possessive, or one that opens it (`WASHINGTON (AP) —`,
                // `The United States, which ...`), not an object (`on
                // Ukraine`).
                let mut before = i.checked_sub(1);
                if before.is_some_and(|p| self.lower(p) == "the") {
                    before = before.and_then(|p| p.checked_sub(1));
                }
                let opens = before.is_none_or(|p| {
                    let previous = &self.tokens[p];
                    previous.kind == TokenKind::Punct || !self.tokens[i].joined_by_space
                });
                let qualifies = *kind == PlaceKind::Demonym
                    || self
                        .tokens
                        .get(i + 1)
                        .is_some_and(|t| t.kind == TokenKind::Possessive);
                return (opens || qualifies).then(|| code.clone());
            }
            if !token.joined_by_space && !token.glued {
                return None;
            }
        }
        None
    }

    /// The country of a list the name stands in, from the demonym or
    /// country that introduces it earlier in the sentence (`Japanese
    /// officials such as ...`, `U.S. lawmakers, including ...`).
    fn list_country(&self, first: usize) -> Option<String> {
        const OPENERS: [&str; 4] = ["including", "as", "like", "among"]; // `as` after `such`
        let mut i = first;
        while i > 0 && first - i < 60 {
            i -= 1;
            let token = &self.tokens[i];
            if token.is_punct(".") || token.is_punct(";") || !token.joined_by_space && !token.glued
            {
                return None;
            }
            let lower = token.text.to_lowercase();
            let opens_list = OPENERS.contains(&lower.as_str())
                && (lower != "as" || i.checked_sub(1).is_some_and(|p| self.lower(p) == "such"));
            if !token.is_word() || !opens_list {
                continue;
            }
            // The group noun and its country stand within four tokens before.
            return (i.saturating_sub(4)..i).find_map(|j| match &self.tokens[j].kind {
                TokenKind::Place { code, .. } => Some(code.clone()),
                _ => None,
            });
        }
        None
    }
}
