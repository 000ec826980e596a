//! Attribution frames: a speech cue, the phrase of its speaker, and the
//! content it reports, found sentence by sentence in any order
//! (`"...," Lee said` / `Lee said, "..."` / `"...," said Lee` /
//! `Lee said that ...` / `..., Lee said`).

use std::cell::OnceCell;

use super::doc::{Doc, Kind};
use super::lexicon::{Function, Lexicon, Strength, WordClass};
use crate::records::QuoteKind;

/// Number words that count the units of a time adjunct (`two days ago`).
const NUMBER_WORDS: [&str; 11] = [
    "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
];

/// A speech cue: a verb form or `according to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cue {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// How reliably it reports speech.
    pub strength: Strength,
    /// `according to X`: the speaker follows the cue.
    pub according: bool,
}

/// Who a frame's speaker phrase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Subject {
    /// A phrase of the text, as a token range.
    Phrase(usize, usize),
    /// Nothing in the sentence names the speaker.
    Missing,
}

/// One attribution: a cue, its speaker and what it reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Frame {
    /// The cue, if any (a continuation has none of its own).
    pub cue: Option<Cue>,
    /// The speaker phrase.
    pub subject: Subject,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// The reported words, in characters.
    pub span: (usize, usize),
    /// Index of the sentence.
    pub sentence: usize,
    /// Quoted spans the frame covers.
    pub quotes: Vec<usize>,
}

impl Doc {
    fn lower(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.lower.as_str())
    }

    pub(crate) fn function(&self, i: usize) -> Option<Function> {
        self.tokens
            .get(i)
            .filter(|t| t.is_word())
            .and_then(|t| Lexicon::global().function(&t.lower))
    }

    fn is_outside_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.is_word() && t.inside.is_none())
    }

    /// Speech cues of sentence `s..e`, outside quotation marks.
    pub(crate) fn cues(&self, s: usize, e: usize) -> Vec<Cue> {
        let lexicon = Lexicon::global();
        let mut cues = Vec::new();
        let mut i = s;
        while i < e {
            if !self.is_outside_word(i) {
                i += 1;
                continue;
            }
            if self.lower(i) == "according" && self.lower(i + 1) == "to" {
                cues.push(Cue {
                    start: i,
                    end: i + 2,
                    strength: Strength::Plain,
                    according: true,
                });
                i += 2;
                continue;
            }
            let form = lexicon.verb_forms(self.lower(i)).iter().find(|form| {
                form.words.iter().enumerate().all(|(k, w)| {
                    i + k < e && self.is_outside_word(i + k) && self.lower(i + k) == w
                })
            });
            let Some(form) = form else {
                i += 1;
                continue;
            };
            let end = i + form.words.len();
            let before = i.checked_sub(1).filter(|&b| b >= s);
            let before_lower = before.map_or("", |b| self.lower(b));
            // Passives (`was told`), infinitives (`declined to say`) and nouns
            // (`his remarks`, `the call`) report nobody's speech here.
            let passive = matches!(
                before_lower,
                "is" | "are" | "was" | "were" | "be" | "been" | "being"
            ) && form.words.len() == 1
                && !self.lower(i).ends_with("ing");
            let infinitive = before_lower == "to";
            // `both` is a determiner that also floats before a verb.
            let noun = before.is_some_and(|b| {
                self.function(b) == Some(Function::Det) && !lexicon.is_modifier(self.lower(b))
            }) || form.bare
                && !infinitive
                && lexicon.is_noun_form(&format!("{}s", form.words[0]))
                && !self.bare_verb_after(s, i)
                || form.words.len() == 1
                    && lexicon.is_noun_form(&form.words[0])
                    && !self.speaker_before(s, i)
                    && !(self.complement_after(end)
                        && self.may_precede_verb(s, i)
                        && !self.tokens[i].is_capitalized());
            if !(passive || noun) {
                cues.push(Cue {
                    start: i,
                    end,
                    strength: form.strength,
                    according: false,
                });
            }
            i = end;
        }
        cues
    }

    /// A form that is also a plural noun reports speech only after a
    /// speaker: a name, a subject pronoun or a speaker noun, written in
    /// lower case itself (`the United States` is a name).
    fn speaker_before(&self, s: usize, i: usize) -> bool {
        let lexicon = Lexicon::global();
        if self.tokens[i].is_capitalized() && i > s {
            return false;
        }
        let mut b = i;
        while b > s
            && self.is_outside_word(b - 1)
            && (lexicon.is_modifier(self.lower(b - 1)) || self.is_adverb(b - 1))
        {
            b -= 1;
        }
        let Some(p) = b.checked_sub(1).filter(|&p| p >= s) else {
            return false;
        };
        let word = self.lower(p);
        // `Kim's remarks` is a noun phrase.
        !self.is_possessive(p) && self.is_name_word(p)
            || matches!(word, "he" | "she" | "it" | "who" | "which" | "that")
            || lexicon.word_class(word).is_some()
    }

    /// Not a preposition, a determiner or a number: what may stand right
    /// before a verb (`in states that ...` is a noun).
    fn may_precede_verb(&self, s: usize, i: usize) -> bool {
        i > s
            && !matches!(self.function(i - 1), Some(Function::Prep | Function::Det))
            && !NUMBER_WORDS.contains(&self.lower(i - 1))
            && !self.lower(i - 1).starts_with(|c: char| c.is_ascii_digit())
    }

    /// `notes that the vote ...`: a complement `that`, not a relative one
    /// (`the claims that were made`), follows a verb form.
    fn complement_after(&self, i: usize) -> bool {
        let next = i + 1;
        self.lower(i) == "that"
            && self.tokens.get(next).is_some_and(|t| t.is_word())
            && (self.is_subject_pronoun(next)
                || self.pronoun_contraction(next)
                || self.function(next) != Some(Function::Aux) && !self.is_finite(next))
    }

    /// A bare form (`say`, `state`, `report`) is a verb after a plural or
    /// first- or second-person subject or an auxiliary; otherwise a noun
    /// (`his home state`).
    fn bare_verb_after(&self, s: usize, i: usize) -> bool {
        let lexicon = Lexicon::global();
        let mut b = i;
        while b > s && self.is_outside_word(b - 1) && self.is_adverb(b - 1) {
            b -= 1;
        }
        let Some(p) = b.checked_sub(1).filter(|&p| p >= s) else {
            return false;
        };
        let t = &self.tokens[p];
        let word = t.lower.as_str();
        matches!(word, "i" | "we" | "they" | "you" | "who")
            || self.function(p) == Some(Function::Aux)
            || lexicon.is_modifier(word) && self.function(p).is_none()
            || t.is_word()
                && word.ends_with('s')
                && !word.ends_with("'s")
                && !word.ends_with("ss")
                && self.function(p).is_none()
    }

    /// A lower-case `-ly` word (`Jolly` is a name).
    fn is_adverb(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| !t.is_capitalized() && t.lower.ends_with("ly"))
    }

    pub(crate) fn is_name_word(&self, i: usize) -> bool {
        let lexicon = Lexicon::global();
        self.tokens.get(i).is_some_and(|t| {
            t.is_capitalized()
                && self.function(i).is_none()
                && lexicon.pronoun(&t.lower).is_none()
                && (lexicon.verb_forms(&t.lower).is_empty() || self.first_name(i))
        })
    }

    /// `Hope Hicks`: a capitalised verb form opening a name, before a
    /// capitalised word and after no name (`Trump Says Obama` is a verb).
    fn first_name(&self, i: usize) -> bool {
        let lexicon = Lexicon::global();
        let plain_name = |j: usize| {
            self.tokens.get(j).is_some_and(|t| {
                t.is_word()
                    && t.is_capitalized()
                    && self.function(j).is_none()
                    && lexicon.pronoun(&t.lower).is_none()
                    && lexicon.verb_forms(&t.lower).is_empty()
            })
        };
        plain_name(i + 1) && !(i > 0 && plain_name(i - 1))
    }

    fn is_phrase_word(&self, i: usize) -> bool {
        let lexicon = Lexicon::global();
        self.is_name_word(i)
            || self
                .tokens
                .get(i)
                .is_some_and(|t| t.is_word() && lexicon.word_class(&t.lower).is_some())
    }

    /// The noun phrase that ends just before token `end`, not reaching back
    /// past `floor`.
    fn phrase_ending_at(&self, floor: usize, end: usize) -> Option<(usize, usize)> {
        let lexicon = Lexicon::global();
        if end <= floor {
            return None;
        }
        let mut end = end;
        let mut k = end;
        // A parenthesis after a name (`Ted Cruz (R-Texas)`) belongs to it.
        if self.tokens[k - 1].is_punct(')') {
            let open = (floor..k - 1)
                .rev()
                .find(|&j| self.tokens[j].is_punct('('))?;
            k = open;
            end = k.max(floor);
        }
        if k <= floor {
            return None;
        }
        let head = &self.tokens[k - 1];
        if !head.is_word() || head.inside.is_some() {
            return None;
        }
        if lexicon.pronoun(&head.lower).is_some() {
            return Some((k - 1, k));
        }
        // A plain noun heads a subject when it opens its clause
        // (`But opponents say`) or follows a determiner (`the clip says`).
        let opener = |j: usize| {
            j < floor
                || self.tokens[j].kind != Kind::Word
                || matches!(self.function(j), Some(Function::Det | Function::Conj))
        };
        // Nouns, names and possessives may stand before the head
        // (`the IG review`, `Romney's associates`, `early ratings data`).
        let modifier = |j: usize| {
            let t = &self.tokens[j];
            t.is_word()
                && t.inside.is_none()
                && self.function(j).is_none()
                && lexicon.pronoun(&t.lower).is_none()
        };
        let mut j = k - 1;
        while j > floor && k - j <= 4 && modifier(j - 1) {
            j -= 1;
        }
        let opens_clause = j == floor || opener(j - 1);
        let plain_noun = self.function(k - 1).is_none()
            && !head.text.starts_with(|c: char| c.is_numeric())
            && lexicon.verb_forms(&head.lower).is_empty()
            && !head.lower.ends_with("ly");
        let head_ok =
            self.is_phrase_word(k - 1) || head.lower.ends_with("'s") || plain_noun && opens_clause;
        if !head_ok {
            return None;
        }
        k -= 1;
        while k > floor {
            let j = k - 1;
            let t = &self.tokens[j];
            if !t.is_word() || t.inside.is_some() {
                break;
            }
            if self.is_phrase_word(j) || t.lower.ends_with("'s") {
                k = j;
                continue;
            }
            match self.function(j) {
                Some(Function::Det) => {
                    k = j;
                    break;
                }
                // `Ministry of Foreign Affairs`, `Bureau of Labor Statistics`.
                Some(Function::Prep | Function::Conj)
                    if matches!(t.lower.as_str(), "of" | "for" | "and" | "to")
                        && j > floor
                        && self.is_phrase_word(j - 1)
                        && self.is_phrase_word(j + 1) =>
                {
                    k = j;
                    continue;
                }
                _ => {}
            }
            // A lower-case noun inside a name-like phrase (`White House press
            // secretary Josh Earnest`).
            if self.function(j).is_none()
                && j > floor
                && self.is_phrase_word(j - 1)
                && self.is_phrase_word(j + 1)
                && lexicon.verb_forms(&t.lower).is_empty()
            {
                k = j;
                continue;
            }
            // Lower-case modifiers after a determiner (`the senior official`).
            let det = (j.saturating_sub(2).max(floor)..j)
                .rev()
                .find(|&d| self.function(d) == Some(Function::Det));
            match det {
                Some(d)
                    if (d + 1..=j)
                        .all(|m| self.tokens[m].is_word() && self.function(m).is_none()) =>
                {
                    k = d;
                    break;
                }
                _ => {}
            }
            // A lower-case modifier opening the clause before a speaker noun
            // (`, political experts said`), without a determiner.
            let adjective = |m: usize| {
                let t = &self.tokens[m];
                t.is_word()
                    && t.inside.is_none()
                    && self.function(m).is_none()
                    && lexicon.verb_forms(&t.lower).is_empty()
                    && lexicon.pronoun(&t.lower).is_none()
                    && !t.lower.ends_with("ly")
            };
            let mut first = j;
            while first > floor && j - first < 1 && adjective(first - 1) {
                first -= 1;
            }
            let boundary = first == floor
                || !self.tokens[first - 1].is_word()
                || self.function(first - 1) == Some(Function::Conj);
            let speaker_noun = matches!(
                lexicon.word_class(&self.tokens[end - 1].lower),
                Some(WordClass::Role | WordClass::Institution)
            );
            if adjective(j) && boundary && speaker_noun && k + 1 == end {
                k = first;
            }
            break;
        }
        if k >= end {
            return None;
        }
        Some((k, end))
    }

    /// The speaker phrase before a cue: modifiers skipped, appositives and
    /// relative clauses (`Kim, the envoy, said`; `Kim, who ..., said`) jumped.
    pub(crate) fn subject_before(&self, floor: usize, cue: usize) -> Option<(usize, usize)> {
        let lexicon = Lexicon::global();
        let mut end = cue;
        while end > floor
            && self.is_outside_word(end - 1)
            && (lexicon.is_modifier(self.lower(end - 1)) || self.is_adverb(end - 1))
        {
            end -= 1;
        }
        if end <= floor {
            return None;
        }
        if self.tokens[end - 1].is_dash() {
            // `Byrne — who was posted there — states`.
            let dash = (floor..end - 1)
                .rev()
                .take(40)
                .find(|&j| self.tokens[j].is_dash())?;
            return self.phrase_ending_at(floor, dash);
        }
        if self.tokens[end - 1].is_punct(',') {
            // `X, <apposition>, said`: of the phrases before the earlier
            // commas, the one that opens its clause, else the nearest.
            // `The opposition's leader, Tom Vale, said`: the name in the
            // apposition is the better speaker phrase.
            let named_apposition = self.phrase_ending_at(floor, end - 1).filter(|p| {
                p.0 > floor && self.tokens[p.0 - 1].is_punct(',') && self.is_name_word(p.1 - 1)
            });
            let mut nearest = None;
            for comma in (floor..end - 1)
                .rev()
                .take(50)
                .filter(|&j| self.tokens[j].is_punct(',') && self.tokens[j].inside.is_none())
                .take(5)
            {
                let Some(phrase) = self.phrase_ending_at(floor, comma) else {
                    continue;
                };
                let opens = phrase.0 == floor
                    || self.tokens[phrase.0 - 1].kind != Kind::Word
                    || self.function(phrase.0 - 1) == Some(Function::Conj);
                if opens {
                    if !self.is_name_word(phrase.1 - 1) {
                        if let Some(name) = named_apposition {
                            return Some(name);
                        }
                    }
                    return Some(phrase);
                }
                nearest = nearest.or(Some(phrase));
            }
            return nearest;
        }
        let mut phrase = self.phrase_ending_at(floor, end)?;
        // `Trump at the time said`, `a source close to him said`: the phrase
        // is a preposition's object.
        if phrase.0 > floor
            && self.function(phrase.0 - 1) == Some(Function::Prep)
            && (lexicon.pronoun(self.lower(phrase.0)).is_none()
                || matches!(self.lower(phrase.0), "him" | "them" | "us" | "me"))
        {
            if let Some(outer) = self.phrase_ending_at(floor, phrase.0 - 1) {
                phrase = outer;
            }
        }
        if self.lower(phrase.0) == "who" && phrase.1 - phrase.0 == 1 {
            // The relative pronoun's antecedent, with or without a comma.
            let before = phrase.0;
            let before = if before > floor && self.tokens[before - 1].is_punct(',') {
                before - 1
            } else {
                before
            };
            return self.phrase_ending_at(floor, before);
        }
        Some(phrase)
    }

    /// The speaker phrase right after a cue (`said Lee`, `said the minister`).
    pub(crate) fn subject_after(&self, start: usize, ceiling: usize) -> Option<(usize, usize)> {
        let lexicon = Lexicon::global();
        let mut k = start;
        if k < ceiling && self.function(k) == Some(Function::Det) {
            k += 1;
        }
        if k < ceiling && self.is_outside_word(k) && lexicon.pronoun(self.lower(k)).is_some() {
            return Some((k, k + 1));
        }
        let mut last_head = None;
        while k < ceiling && self.is_outside_word(k) {
            let lower = self.lower(k);
            if self.is_phrase_word(k) || lower.ends_with("'s") {
                last_head = Some(k + 1);
            } else if self.function(k).is_some() && lower != "of" || self.tokens[k].is_capitalized()
            {
                break;
            }
            k += 1;
        }
        let end = last_head?;
        Some((start, end))
    }

    /// The subject of the sentence's main clause, for participles
    /// (`..., stating`) and continuations.
    pub(crate) fn sentence_subject(&self, s: usize, e: usize) -> Option<(usize, usize)> {
        let lexicon = Lexicon::global();
        let mut k = s;
        // Leading adverbials (`In Tokyo,`, `Speaking on Monday,`, `Often,`).
        for _ in 0..2 {
            let opener = self
                .function(k)
                .is_some_and(|f| matches!(f, Function::Prep | Function::Conj))
                || self.lower(k).ends_with("ing")
                || self.lower(k).ends_with("ly");
            if !opener {
                break;
            }
            let comma = (k..e)
                .find(|&j| self.tokens[j].is_punct(',') && self.tokens[j].inside.is_none())?;
            k = comma + 1;
        }
        if self.is_outside_word(k)
            && lexicon.pronoun(self.lower(k)).is_some()
            && self.function(k) != Some(Function::Det)
        {
            return Some((k, k + 1));
        }
        // The phrase before the first verb, or before a comma (`Khan, who
        // is Muslim, said`).
        let verb = (k..e.min(k + 16)).find(|&j| {
            let t = &self.tokens[j];
            t.is_punct(',')
                || t.is_word()
                    && !t.is_capitalized()
                    && (self.function(j) == Some(Function::Aux)
                        || lexicon.is_modifier(&t.lower) && self.function(j).is_none()
                        || lexicon.verb_forms(&t.lower).iter().any(|f| !f.bare)
                        || t.lower.ends_with("ed")
                            && j.checked_sub(1).and_then(|p| self.function(p))
                                != Some(Function::Det))
        })?;
        self.subject_before(k, verb)
            .filter(|p| p.0 == k || self.function(k) == Some(Function::Det))
    }

    /// Token range of quoted span `q`, marks included.
    fn quote_tokens(&self, q: usize) -> Option<(usize, usize)> {
        let open = self.open_token.get(q).copied().flatten()?;
        let close = self.close_token.get(q).copied().flatten();
        let end = match close {
            Some(c) => c + 1,
            None => (open + 1..self.tokens.len())
                .find(|&j| self.tokens[j].inside != Some(q))
                .unwrap_or(self.tokens.len()),
        };
        Some((open, end))
    }

    /// A quoted span that names or labels something rather than quoting
    /// anyone: a title, a nickname, a slogan, a scare-quoted modifier, a poll
    /// answer.
    pub(crate) fn is_label(&self, q: usize, sentence: (usize, usize)) -> bool {
        let lexicon = Lexicon::global();
        let Some((open, close_end)) = self.quote_tokens(q) else {
            return true;
        };
        if self.looks_like_sentence(q) && self.quote_words(q) >= 4 {
            return false;
        }
        // Cue words right before the mark, a determiner allowed in between.
        let mut before = open;
        if before > sentence.0 && self.function(before - 1) == Some(Function::Det) {
            before -= 1;
        }
        for cue in &lexicon.non_quote_cues {
            let n = cue.len();
            if before >= sentence.0 + n
                && cue
                    .iter()
                    .enumerate()
                    .all(|(k, w)| self.lower(before - n + k) == w)
            {
                return true;
            }
        }
        let words: Vec<&str> = self.tokens[open..close_end]
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.text.as_str())
            .collect();
        if words.len() >= 2 && self.is_title_quote(q) {
            return true;
        }
        // A quoted word before its noun: a "two-track" approach.
        let after = self.tokens.get(close_end);
        if words.len() == 1
            && after.is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalized()
                    && lexicon.function(&t.lower).is_none()
                    && lexicon.verb_forms(&t.lower).is_empty()
            })
        {
            return true;
        }
        // A short answer label next to a share of a poll.
        let share = self.tokens[sentence.0..sentence.1]
            .iter()
            .any(|t| t.inside.is_none() && (t.text == "%" || t.lower == "percent"));
        share && words.len() <= 4 && !self.looks_like_sentence(q)
    }

    /// Every content word of quoted span `q` capitalised: a title or a name
    /// (`"Meet the Press"`).
    fn is_title_quote(&self, q: usize) -> bool {
        let lexicon = Lexicon::global();
        let Some((open, close_end)) = self.quote_tokens(q) else {
            return false;
        };
        let mut content = self.tokens[open..close_end]
            .iter()
            .filter(|t| t.is_word() && lexicon.function(&t.lower).is_none())
            .peekable();
        content.peek().is_some()
            && content.all(|t| {
                t.text
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric())
            })
    }

    /// Whether tokens `s..e` read as a reported clause: a complementiser, a
    /// subject pronoun, or a noun phrase followed by a finite verb. `loose`
    /// (content before `, X said`) takes any finite verb, or four words.
    fn looks_like_clause(&self, s: usize, e: usize, loose: bool) -> bool {
        let lexicon = Lexicon::global();
        // Counted up to four, all the tests below need: the span may be long.
        let words = (s..e).filter(|&i| self.tokens[i].is_word()).take(4).count();
        let first = self.tokens[s].lower.as_str();
        let subject_pronoun = matches!(
            first,
            "he" | "she" | "they" | "we" | "i" | "it" | "you" | "there"
        );
        if words < 3 && !(subject_pronoun && words == 2) {
            return false;
        }
        match self.function(s) {
            Some(Function::Comp) => return true,
            Some(Function::Prep | Function::Aux) if !loose => return false,
            _ => {}
        }
        if first.ends_with("ed") && !loose {
            return false;
        }
        if subject_pronoun || self.pronoun_contraction(s) {
            return self.tokens.get(s + 1).is_some_and(|t| t.is_word());
        }
        for i in s + 1..e.min(s + 14) {
            let t = &self.tokens[i];
            // `revitalization and measures to`: a plural noun after `and`.
            let after_and = matches!(self.lower(i - 1), "and" | "or")
                && self.function(i) != Some(Function::Aux);
            if self.is_finite(i) && !after_and {
                return true;
            }
            if loose {
                continue;
            }
            let breaks = match t.kind {
                Kind::Punct => !matches!(t.text.as_str(), "-" | "'" | "\u{2019}"),
                // `Maine and Vermont will`: a coordinated subject.
                Kind::Word => {
                    self.function(i) == Some(Function::Conj)
                        && !matches!(t.lower.as_str(), "and" | "or")
                }
                _ => false,
            };
            if breaks {
                return false;
            }
        }
        loose && words >= 4 && lexicon.function(first) != Some(Function::Prep)
    }

    /// A that-less clause after a reporting verb (`said the campaign
    /// violated the law`, `said neither Roe nor Vale played a role`): it
    /// opens like a subject, not a preposition, an auxiliary or an
    /// infinitive, and a finite verb follows within twenty tokens.
    fn finite_after_subject(&self, s: usize, e: usize) -> bool {
        let first = &self.tokens[s];
        // Counted up to four, all the tests below need: the span may be long.
        let words = (s..e).filter(|&i| self.tokens[i].is_word()).take(4).count();
        words >= 3
            && first.is_word()
            && !matches!(
                self.function(s),
                Some(Function::Prep | Function::Aux | Function::Comp)
            )
            && first.lower != "to"
            && !first.lower.ends_with("ed")
            && (s + 1..e.min(s + 14))
                .take_while(|&i| self.may_stand_in_subject(i))
                // `revitalization and measures to`: a plural noun after `and`.
                .any(|i| {
                    (self.is_finite(i)
                        || self.past_with_object(i)
                        || self.plural_present_with_object(i))
                        && (self.function(i) == Some(Function::Aux)
                            || !matches!(self.lower(i - 1), "and" | "or"))
                })
    }

    /// `the campaign violated the law`: an `-ed` word after a noun, before
    /// what only a verb takes (a determiner, a pronoun, a name).
    fn past_with_object(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let before = &self.tokens[i - 1];
        t.is_word()
            && !t.is_capitalized()
            && t.lower.ends_with("ed")
            && before.is_word()
            && self.function(i - 1).is_none()
            && self.tokens.get(i + 1).is_some_and(|n| {
                n.is_capitalized()
                    || self.function(i + 1) == Some(Function::Det)
                    || Lexicon::global().pronoun(&n.lower).is_some()
            })
    }

    /// `the attacks highlight the threat`: a bare word after a plural noun,
    /// before what only a verb takes (a determiner, a pronoun, a name).
    fn plural_present_with_object(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let before = &self.tokens[i - 1];
        let plural = before.is_word()
            && before.lower.ends_with('s')
            && !before.lower.ends_with("ss")
            && !before.lower.ends_with("'s")
            && self.function(i - 1).is_none()
            && Lexicon::global().pronoun(&before.lower).is_none();
        let bare = t.is_word()
            && !t.is_capitalized()
            && t.lower.len() > 2
            && self.function(i).is_none()
            && !["s", "ed", "ing", "ly"]
                .iter()
                .any(|x| t.lower.ends_with(x));
        plural
            && bare
            && self.tokens.get(i + 1).is_some_and(|n| {
                n.is_word()
                    && (n.is_capitalized()
                        || self.function(i + 1) == Some(Function::Det)
                        || Lexicon::global().pronoun(&n.lower).is_some())
            })
    }

    /// A token that may belong to a clause's subject phrase or be its verb:
    /// not `to`, no clause-joining word or relative pronoun, no
    /// punctuation (`a sense of crisis when he ...` is an object phrase).
    fn may_stand_in_subject(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        if !t.is_word() {
            return t.is_punct('-');
        }
        match self.function(i) {
            Some(Function::Prep) => t.lower != "to",
            Some(Function::Conj) => {
                matches!(t.lower.as_str(), "and" | "or" | "also" | "still" | "here")
            }
            Some(Function::Comp) => false,
            _ => !matches!(t.lower.as_str(), "to" | "which" | "who" | "that"),
        }
    }

    /// `he's`, `it'll`, `they're`: a pronoun with a contracted verb.
    fn pronoun_contraction(&self, i: usize) -> bool {
        let word = self.lower(i);
        ["'s", "'re", "'ll", "'ve", "'d", "'m"].iter().any(|c| {
            word.strip_suffix(c).is_some_and(|base| {
                Lexicon::global().pronoun(base).is_some()
                    || matches!(base, "there" | "that" | "what")
            })
        })
    }

    /// A finite verb at token `i`: an auxiliary, a contraction, or a past or
    /// present form that is not an adjective before its noun.
    fn is_finite(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        if !t.is_word() || t.is_capitalized() {
            return false;
        }
        if self.function(i) == Some(Function::Aux)
            || self.pronoun_contraction(i)
            || t.lower.ends_with("n't")
        {
            return true;
        }
        let after_det =
            i > 0 && matches!(self.function(i - 1), Some(Function::Det | Function::Prep));
        if Lexicon::global().is_irregular_past(&t.lower) {
            return !after_det;
        }
        let next = self.tokens.get(i + 1);
        let before_noun = next.is_some_and(|n| {
            n.is_word()
                && !n.is_capitalized()
                && self.function(i + 1).is_none()
                && !n.lower.ends_with("ly")
        });
        // `the act required of`, `the plan backed by`: participles.
        let participle_next = next.is_some_and(|n| matches!(n.lower.as_str(), "of" | "by"));
        let past = t.lower.ends_with("ed") && !participle_next;
        let present = t.lower.ends_with('s')
            && !t.lower.ends_with("ss")
            && !t.lower.ends_with("'s")
            && t.lower.len() > 3;
        // A plural noun also ends in -s: a present verb follows a name, or
        // comes before what a verb takes (`needs to`, `says the`, `sees it`).
        let takes_object = next.is_some_and(|n| {
            matches!(self.function(i + 1), Some(Function::Det | Function::Comp))
                || matches!(n.lower.as_str(), "to" | "not" | "no")
                || Lexicon::global().pronoun(&n.lower).is_some()
                || n.lower.ends_with("ly")
        });
        let after_name = i > 0 && self.tokens[i - 1].is_capitalized();
        !after_det
            && (past && !before_noun || present && (after_name && next.is_some() || takes_object))
    }

    /// Where a forward content starts after a cue ending at `cue_end`:
    /// after `that`, a colon, or the cue itself, skipping a time or place
    /// adjunct or a listener between them (`said on Monday he would`,
    /// `told reporters that`).
    fn forward_start(&self, cue_end: usize, stop: usize) -> usize {
        let mut m = cue_end;
        while m < stop && m < cue_end + 15 {
            let t = &self.tokens[m];
            match t.kind {
                // A quotation right after the verb is the content; after
                // other words, those words are its object (`called X "Y"`).
                // `said on CBS's "Face the Nation" that`: a title in an adjunct.
                Kind::Open(q) if m > cue_end && self.is_title_quote(q) => {
                    match self.close_token.get(q).copied().flatten() {
                        Some(close) => m = close,
                        None => return cue_end,
                    }
                }
                Kind::Open(_) => return if m == cue_end { m } else { cue_end },
                Kind::Punct if t.text == ":" => return m + 1,
                Kind::Punct if t.text == "," => {
                    if matches!(self.tokens.get(m + 1).map(|n| n.kind), Some(Kind::Open(_))) {
                        return m + 1;
                    }
                    // `says, however, that`, `saying, for the first time, that`:
                    // an adverb or an adjunct set off by commas.
                    let close = (m + 2..stop.min(m + 10)).find(|&j| self.tokens[j].is_punct(','));
                    if let Some(c) = close.filter(|&c| self.lower(c + 1) == "that") {
                        let adverb = c == m + 2
                            && (self.function(m + 1) == Some(Function::Conj)
                                || self.is_adverb(m + 1));
                        if adverb || self.is_adjunct(m + 1, c) {
                            return c + 1;
                        }
                    }
                    // `said on Thursday, in Seoul, that ...`: go on looking.
                    if !self.is_adjunct(cue_end, m) {
                        return cue_end;
                    }
                }
                // `said — on Twitter, as it happens — that`: an aside.
                Kind::Punct if t.is_dash() && self.aside_before_that(m, stop).is_some() => {
                    return self.aside_before_that(m, stop).unwrap_or(cue_end);
                }
                Kind::Punct if t.text != "-" && t.text != "'" => return cue_end,
                Kind::Word if matches!(t.lower.as_str(), "that" | "whether" | "if") => {
                    // `in a statement that was released`: a relative clause;
                    // `on Monday that it's over`: a subject follows.
                    let subject_next =
                        self.is_subject_pronoun(m + 1) || self.pronoun_contraction(m + 1);
                    let relative = m > cue_end
                        && !subject_next
                        && (self.function(m + 1) == Some(Function::Aux) || self.is_finite(m + 1));
                    let complement = m == cue_end && t.lower != "if"
                        || m > cue_end
                            && (self.is_adjunct(cue_end, m) || self.short_object(cue_end, m))
                            && !relative;
                    return if complement { m } else { cue_end };
                }
                Kind::Word if self.function(m) == Some(Function::Aux) => return cue_end,
                // `told reporters the team had`, `said Monday the plan`: a
                // new noun phrase after the listener or the adjunct.
                Kind::Word
                    if m > cue_end
                        && self.function(m) == Some(Function::Det)
                        && self.is_adjunct(cue_end, m)
                        && !self.tokens[m - 1].is_punct(',')
                        && self.function(m - 1) != Some(Function::Prep) =>
                {
                    return m;
                }
                Kind::Word if self.is_subject_pronoun(m) => {
                    return if self.is_adjunct(cue_end, m) {
                        m
                    } else {
                        cue_end
                    };
                }
                _ => {}
            }
            m += 1;
        }
        cue_end
    }

    /// After a dash at `m`, the `that` that follows the closing dash of an
    /// aside (`— on Twitter, as it happens — that`).
    fn aside_before_that(&self, m: usize, stop: usize) -> Option<usize> {
        let close = (m + 1..stop.min(m + 12)).find(|&j| self.tokens[j].is_dash())?;
        (self.lower(close + 1) == "that").then_some(close + 1)
    }

    /// `he`, `she`, `they`, `we`, `I`, `it`, `you`: a clause's subject.
    fn is_subject_pronoun(&self, i: usize) -> bool {
        matches!(
            self.lower(i),
            "he" | "she" | "they" | "we" | "i" | "it" | "you"
        )
    }

    /// Whether tokens `a..b` after a speech verb are an adjunct or a
    /// listener, not the start of what was said: they open with a
    /// preposition, a time word or an adverb (or follow a verb that takes a
    /// listener) and hold no verb, subject pronoun or conjunction.
    fn is_adjunct(&self, a: usize, b: usize) -> bool {
        let lexicon = Lexicon::global();
        if a >= b {
            return false;
        }
        // `promised to deliver that message`: an infinitive, not a listener.
        let infinitive = self.lower(a) == "to" && !self.listener_after_to(a + 1);
        let listener = a > 0 && lexicon.takes_listener(self.lower(a - 1)) && !infinitive;
        let opens = listener
            || self.function(a) == Some(Function::Prep)
                && (self.lower(a) != "to" || self.listener_after_to(a + 1))
            || lexicon.is_time_word(self.lower(a)) && !self.bare_time_determiner(a, b)
            || self.counted_time(a, b)
            || self.is_adverb(a)
            || lexicon.is_modifier(self.lower(a));
        // A quoted title may stand in it (`said on CBS's "Face the Nation"`).
        let title = |j: usize| {
            let t = &self.tokens[j];
            let q = match t.kind {
                Kind::Open(q) | Kind::Close(q) => Some(q),
                _ => t.inside,
            };
            q.is_some_and(|q| self.is_title_quote(q))
        };
        opens
            && (a..b).all(|j| {
                let t = &self.tokens[j];
                title(j)
                    || (t.is_word() || t.is_punct(',') || t.is_punct('.'))
                        && t.inside.is_none()
                        && !matches!(self.function(j), Some(Function::Aux | Function::Comp))
                        && !matches!(self.lower(j), "and" | "but" | "or")
                        && !self.is_subject_pronoun(j)
                        && !(j > a && self.is_finite(j))
            })
    }

    /// `expressed concern`, `made the point`, `denied the notion`: a short
    /// noun phrase between a speech verb and its `that`, headed by a noun
    /// that takes a that-clause.
    fn short_object(&self, a: usize, b: usize) -> bool {
        b - a <= 3
            && Lexicon::global().is_clause_noun(self.lower(b - 1))
            && (a..b).all(|j| {
                let t = &self.tokens[j];
                t.is_word()
                    && t.inside.is_none()
                    && (self.function(j).is_none() || self.function(j) == Some(Function::Det))
                    && !self.is_subject_pronoun(j)
                    && !self.is_finite(j)
                    && Lexicon::global().verb_forms(&t.lower).is_empty()
            })
    }

    /// `two days earlier`, `10 weeks ago`: a number before a time word.
    fn counted_time(&self, a: usize, b: usize) -> bool {
        let number = |w: &str| w.chars().all(|c| c.is_ascii_digit()) || NUMBER_WORDS.contains(&w);
        a + 1 < b && number(self.lower(a)) && Lexicon::global().is_time_word(self.lower(a + 1))
    }

    /// `while saying this, he ...`: `this`, `last`, `next` or `past` opens a
    /// time adjunct only before a time word of its own (`this week`).
    fn bare_time_determiner(&self, a: usize, b: usize) -> bool {
        matches!(self.lower(a), "this" | "last" | "next" | "past")
            && (a + 1 >= b || !Lexicon::global().is_time_word(self.lower(a + 1)))
    }

    /// `said to reporters`, `explained to the crowd`, `wrote to Kim`: a
    /// listener after `to`, not an infinitive (`promised to deliver`).
    fn listener_after_to(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i).filter(|t| t.is_word()) else {
            return false;
        };
        self.function(i) == Some(Function::Det)
            || self.is_name_word(i)
            || matches!(t.lower.as_str(), "me" | "him" | "her" | "us" | "them")
            || t.lower.ends_with('s')
                && !t.lower.ends_with("ss")
                && self.function(i).is_none()
                && Lexicon::global().verb_forms(&t.lower).is_empty()
    }

    /// The frame a content range `s..e` makes, judged by its quotation marks.
    fn frame_for(
        &self,
        cue: Option<Cue>,
        subject: Subject,
        (s, e): (usize, usize),
        sentence: usize,
        inverted: bool,
    ) -> Option<Frame> {
        let (mut s, mut e) = (s, e);
        let complementiser = s < e && self.function(s) == Some(Function::Comp);
        while s < e
            && (self.tokens[s].kind == Kind::Punct
                || self.lower(s) == "that" && self.tokens[s].inside.is_none())
        {
            s += 1;
        }
        while e > s && self.tokens[e - 1].kind == Kind::Punct && self.tokens[e - 1].inside.is_none()
        {
            e -= 1;
        }
        if s >= e {
            return None;
        }
        let bounds = self.sentences[sentence];
        let quotes: Vec<usize> = (s..e)
            .filter_map(|i| match self.tokens[i].kind {
                Kind::Open(q) => Some(q),
                _ => None,
            })
            .filter(|&q| !self.is_label(q, bounds))
            .collect();
        let cue_strength = cue.map_or(Strength::Plain, |c| c.strength);
        if let [q] = quotes[..] {
            let (open, close_end) = self.quote_tokens(q)?;
            if open == s && close_end >= e {
                let quote = self.quotes[q];
                let direct = self.stands_alone(q) || self.looks_like_sentence(q);
                if cue_strength == Strength::Thought && !direct {
                    return None;
                }
                return Some(Frame {
                    cue,
                    subject,
                    kind: if direct {
                        QuoteKind::Direct
                    } else {
                        QuoteKind::Partial
                    },
                    span: (quote.start, quote.end),
                    sentence,
                    quotes: vec![q],
                });
            }
        }
        let span = (self.tokens[s].start, self.tokens[e - 1].end);
        if !quotes.is_empty() {
            return Some(Frame {
                cue,
                subject,
                kind: QuoteKind::Partial,
                span,
                sentence,
                quotes,
            });
        }
        let plain = cue.is_some_and(|c| c.strength >= Strength::Thought);
        if cue.is_some_and(|c| c.according)
            || !(complementiser
                || self.looks_like_clause(s, e, inverted)
                || plain && !inverted && self.finite_after_subject(s, e))
        {
            return None;
        }
        Some(Frame {
            cue,
            subject,
            kind: QuoteKind::Indirect,
            span,
            sentence,
            quotes: Vec::new(),
        })
    }

    /// `a strike that executives said could hurt earnings`, `what she said
    /// was a mistake`: a report inside a relative clause, whose content
    /// opens on the verb of the relative pronoun's gap, right after the cue.
    fn relative_report(
        &self,
        cue: &Cue,
        phrase: (usize, usize),
        (s, e): (usize, usize),
        sentence: usize,
    ) -> Option<Frame> {
        let relative = phrase.0 > s
            && matches!(
                self.lower(phrase.0 - 1),
                "that" | "which" | "who" | "whom" | "what"
            );
        if !relative
            || cue.strength == Strength::Thought
            || cue.end >= e
            || self.function(cue.end) != Some(Function::Aux)
        {
            return None;
        }
        let end = (cue.end..e)
            .find(|&j| {
                let t = &self.tokens[j];
                t.inside.is_none()
                    && (t.is_punct(',') && self.function(j + 1) == Some(Function::Conj)
                        || t.is_punct(';')
                        || t.is_punct('.')
                        || t.is_dash()
                        || matches!(t.kind, Kind::Close(_)))
            })
            .unwrap_or(e);
        if (cue.end..end).filter(|&j| self.tokens[j].is_word()).count() < 3 {
            return None;
        }
        let subject = Subject::Phrase(phrase.0, phrase.1);
        let frame = self.frame_for(Some(*cue), subject, (cue.end, end), sentence, true);
        frame.or_else(|| {
            Some(Frame {
                cue: Some(*cue),
                subject,
                kind: QuoteKind::Indirect,
                span: (self.tokens[cue.end].start, self.tokens[end - 1].end),
                sentence,
                quotes: Vec::new(),
            })
        })
    }

    /// The words before a parenthetical attribution that opens a sentence,
    /// as the first piece of what was said.
    fn opening_piece(
        &self,
        cue: Cue,
        subject: Subject,
        (s, e): (usize, usize),
        sentence: usize,
    ) -> Option<Frame> {
        let (s, e) = (s.max(self.sentences[sentence].0), e);
        let words: Vec<usize> = (s..e).filter(|&i| self.tokens[i].is_word()).collect();
        let (&first, &last) = (words.first()?, words.last()?);
        if words.len() < 2 || (s..e).any(|i| self.tokens[i].inside.is_some()) {
            return None;
        }
        Some(Frame {
            cue: Some(cue),
            subject,
            kind: QuoteKind::Indirect,
            span: (self.tokens[first].start, self.tokens[last].end),
            sentence,
            quotes: Vec::new(),
        })
    }

    /// A cue whose subject is the main clause's (`..., adding that`,
    /// `... and said`): a participle after a comma or conjunction, or a verb
    /// coordinated with the one before.
    fn shares_subject(&self, s: usize, cue: &Cue) -> bool {
        let mut b = cue.start;
        while b > s
            && self.is_outside_word(b - 1)
            && Lexicon::global().is_modifier(self.lower(b - 1))
        {
            b -= 1;
        }
        if b <= s {
            return false;
        }
        if self.lower(b - 1) == "to" {
            return true;
        }
        // A comma inside the closing mark counts (`... "old friends," adding`).
        // A dash counts before a participle (`on the spot \u{2013} saying`).
        let comma = self.tokens[b - 1].is_punct(',')
            || self.tokens[b - 1].is_dash() && self.lower(cue.start).ends_with("ing")
            || matches!(self.tokens[b - 1].kind, Kind::Close(_))
                && b >= 2
                && self.tokens[b - 2].is_punct(',');
        let joined = comma
            || matches!(
                self.lower(b - 1),
                "and" | "but" | "or" | "while" | "before" | "after" | "of" | "by"
            );
        joined && (self.lower(cue.start).ends_with("ing") || !comma)
    }

    /// Where a later cue's own attribution begins, if it starts one (its
    /// subject, a participle, an inversion), with the comma before it.
    /// `ends_or_reports` holds the cue's answer to [`Doc::ends_or_reports`]
    /// once asked: every earlier cue of the sentence asks again.
    fn attribution_edge(
        &self,
        floor: usize,
        (s, e): (usize, usize),
        cue: &Cue,
        ends_or_reports: &OnceCell<bool>,
    ) -> Option<usize> {
        if cue.strength == Strength::Thought
            || !cue.according && !*ends_or_reports.get_or_init(|| self.ends_or_reports(cue, e))
        {
            return None;
        }
        let start = if cue.according || self.shares_subject(s, cue) {
            cue.start
        } else if let Some(phrase) = self.subject_before(floor, cue.start) {
            phrase.0
        } else if cue.start > floor && self.tokens[cue.start - 1].is_punct(',') {
            cue.start
        } else {
            return None;
        };
        // A cue nested in the content (`said that Kim told ...`) starts no
        // attribution of its own; one after a clause boundary does.
        let separator = |j: usize| {
            let t = &self.tokens[j];
            t.is_punct(',')
                || t.is_punct(';')
                || t.is_dash()
                || matches!(t.kind, Kind::Close(_))
                || matches!(self.lower(j), "and" | "but" | "while" | "with" | "as")
        };
        let mut edge = start;
        while edge > floor && separator(edge - 1) {
            edge -= 1;
        }
        (edge < start || cue.according).then_some(edge)
    }

    /// Whether a cue closes its sentence (`..., he said on Monday.`) or
    /// introduces content of its own; `even if they did not agree with him`
    /// does neither, and stays inside the content before it.
    fn ends_or_reports(&self, cue: &Cue, e: usize) -> bool {
        let after = self.subject_after(cue.end, e).map_or(cue.end, |p| p.1);
        let rest = (after..e)
            .find(|&j| self.tokens[j].is_word() || j > after && !self.tokens[j].is_punct(','));
        let Some(first) = rest else {
            return true;
        };
        if self.tokens[first].kind == Kind::Punct && !self.tokens[first].is_punct(',') {
            return true;
        }
        let end = (first..e)
            .find(|&j| self.tokens[j].is_punct('.') || self.tokens[j].is_punct(';'))
            .unwrap_or(e);
        if self.is_adjunct(after, end) {
            return true;
        }
        let from = self.forward_start(after, e);
        from > after
            || matches!(self.tokens.get(from).map(|t| t.kind), Some(Kind::Open(_)))
            || self.looks_like_clause(from, e, false)
    }

    /// The subject of the nearest finite verb before `end` (`Trump hewed to
    /// the line, noting ...`), for participles and coordinated verbs.
    pub(crate) fn subject_of_main_verb(&self, s: usize, end: usize) -> Option<(usize, usize)> {
        let lexicon = Lexicon::global();
        (s..end)
            .rev()
            .filter(|&v| self.is_outside_word(v))
            .find_map(|v| {
                let t = &self.tokens[v];
                let verb = !t.is_capitalized()
                    && (self.function(v) == Some(Function::Aux)
                        || lexicon
                            .verb_forms(&t.lower)
                            .iter()
                            .any(|f| !f.bare && !t.lower.ends_with("ing"))
                        || (t.lower.ends_with("ed") || lexicon.is_irregular_past(&t.lower))
                            && v > s
                            && !matches!(
                                self.function(v - 1),
                                Some(Function::Det | Function::Prep)
                            ));
                if !verb {
                    return None;
                }
                self.subject_before(s, v)
                    .filter(|p| self.lower(p.0) != "who")
            })
    }

    /// The words from the last clause boundary before `end`: at most eight
    /// tokens, no quotation, no punctuation.
    fn clause_opening(&self, floor: usize, end: usize) -> Option<(usize, usize)> {
        let mut start = end;
        while start > floor && end - start < 8 {
            let t = &self.tokens[start - 1];
            if !t.is_word()
                || t.inside.is_some()
                || self.function(start - 1) == Some(Function::Conj)
            {
                break;
            }
            start -= 1;
        }
        let bounded = start == floor
            || !self.tokens[start - 1].is_word()
            || self.function(start - 1) == Some(Function::Conj);
        (start < end && bounded).then_some((start, end))
    }

    /// Every frame of sentence `index`.
    pub(crate) fn frames_in_sentence(&self, index: usize) -> Vec<Frame> {
        let lexicon = Lexicon::global();
        let (s, e) = self.sentences[index];
        let cues = self.cues(s, e);
        let ends_or_reports: Vec<OnceCell<bool>> = cues.iter().map(|_| OnceCell::new()).collect();
        let mut frames = Vec::new();
        let mut consumed = s;
        let mut main_subject: Option<(usize, usize)> = None;
        for (n, cue) in cues.iter().enumerate() {
            if cue.start < consumed {
                continue;
            }
            let next_edge = cues[n + 1..]
                .iter()
                .zip(&ends_or_reports[n + 1..])
                .find_map(|(c, ends)| self.attribution_edge(cue.end, (s, e), c, ends))
                .unwrap_or(e);
            if cue.according {
                let subject = self
                    .subject_after(cue.end, e)
                    .map_or(Subject::Missing, |(a, b)| Subject::Phrase(a, b));
                let after = subject_end(subject, cue.end);
                let leading = self.tokens[s..cue.start].iter().enumerate().all(|(k, t)| {
                    t.kind == Kind::Punct || self.function(s + k) == Some(Function::Conj)
                });
                let frame = if leading && self.tokens.get(after).is_some_and(|t| t.is_punct(',')) {
                    self.frame_for(Some(*cue), subject, (after + 1, next_edge), index, false)
                } else {
                    self.frame_for(Some(*cue), subject, (consumed, cue.start), index, true)
                };
                if let Some(frame) = frame {
                    consumed = consumed.max(after);
                    frames.push(frame);
                }
                continue;
            }
            let shared = self.shares_subject(s, cue);
            let pre = if shared {
                None
            } else {
                self.subject_before(s, cue.start)
            };
            let mut edge = pre.map_or(cue.start, |p| p.0);
            while edge > s
                && lexicon.is_modifier(self.lower(edge - 1))
                && self.is_outside_word(edge - 1)
            {
                edge -= 1;
            }
            let before_edge = edge.checked_sub(1).filter(|&b| b >= consumed);
            let inverted_slot = !shared
                && before_edge.is_some_and(|b| {
                    let t = &self.tokens[b];
                    t.is_punct(',') || matches!(t.kind, Kind::Close(_)) || t.is_dash()
                });
            let post = if pre.is_none() && inverted_slot {
                self.subject_after(cue.end, e)
            } else {
                None
            };
            let subject = match (pre, post) {
                (Some((a, b)), _) | (None, Some((a, b))) => Subject::Phrase(a, b),
                _ if shared => main_subject
                    .or_else(|| self.subject_of_main_verb(s, cue.start))
                    .or_else(|| self.sentence_subject(s, cue.start))
                    .map_or(Subject::Missing, |(a, b)| Subject::Phrase(a, b)),
                _ => Subject::Missing,
            };
            if let (Subject::Phrase(a, b), false) = (subject, shared) {
                main_subject = Some((a, b));
            }
            if subject == Subject::Missing {
                // A subject the phrase grammar cannot parse (`all the experts I
                // interviewed said that ...`): the words since the clause
                // began, when a that-clause follows.
                let Some(words) = self.clause_opening(s.max(consumed), edge) else {
                    continue;
                };
                let from = self.forward_start(cue.end, next_edge);
                let pronoun_clause =
                    matches!(self.lower(from), "he" | "she" | "they" | "we" | "it")
                        && self.tokens.get(from + 1).is_some_and(|t| t.is_word());
                let plain_clause = cue.strength == Strength::Plain
                    && from < next_edge
                    && self.finite_after_subject(from, next_edge);
                if self.lower(from) == "that" || pronoun_clause || plain_clause {
                    if let Some(frame) = self.frame_for(
                        Some(*cue),
                        Subject::Phrase(words.0, words.1),
                        (from, next_edge),
                        index,
                        false,
                    ) {
                        consumed = self.frame_end_token(&frame).max(cue.end);
                        frames.push(frame);
                    }
                }
                continue;
            }
            if let Some(frame) =
                pre.and_then(|phrase| self.relative_report(cue, phrase, (s, next_edge), index))
            {
                consumed = self.frame_end_token(&frame).max(cue.end);
                frames.push(frame);
                continue;
            }
            let after_cue = post.map_or(cue.end, |p| p.1);
            let forward_from = self.forward_start(after_cue, next_edge);
            let quote_before = before_edge.is_some_and(|b| {
                matches!(self.tokens[b].kind, Kind::Close(_))
                    || b > s && matches!(self.tokens[b - 1].kind, Kind::Close(_))
            });
            let forward =
                self.frame_for(Some(*cue), subject, (forward_from, next_edge), index, false);
            let forward_is_quote = forward
                .as_ref()
                .is_some_and(|f| f.kind != QuoteKind::Indirect)
                && matches!(
                    self.tokens.get(forward_from).map(|t| t.kind),
                    Some(Kind::Open(_))
                );
            if inverted_slot && (quote_before || forward.is_none() || post.is_some()) {
                let end = before_edge.unwrap_or(edge);
                let before = self.frame_for(Some(*cue), subject, (consumed, end), index, true);
                // `The museum, Mr. Obama said, would make ...`: a parenthetical
                // attribution reports what follows it.
                let parenthetical = || {
                    let comma = after_cue;
                    // `said Lee Roe, who teaches ...`, `says Dan Holt, a
                    // political scientist`: the speaker's apposition.
                    let apposition = post.is_some()
                        && (matches!(self.function(comma + 1), Some(Function::Det))
                            || matches!(self.lower(comma + 1), "who" | "which" | "whose" | "whom"));
                    (self.tokens.get(comma).is_some_and(|t| t.is_punct(','))
                        && !quote_before
                        && !apposition)
                        .then(|| {
                            self.frame_for(Some(*cue), subject, (comma + 1, next_edge), index, true)
                        })
                        .flatten()
                };
                // `The bridge, she said, would reopen`: both pieces, however
                // short the first.
                let after = parenthetical();
                let before = before.or_else(|| {
                    after
                        .as_ref()
                        .and_then(|_| self.opening_piece(*cue, subject, (consumed, end), index))
                });
                for frame in [before, after].into_iter().flatten() {
                    consumed = self.frame_end_token(&frame).max(after_cue).max(consumed);
                    frames.push(frame);
                }
                if forward_is_quote {
                    if let Some(frame) = forward {
                        consumed = self.frame_end_token(&frame).max(consumed);
                        frames.push(frame);
                    }
                }
                continue;
            }
            if let Some(frame) = forward {
                consumed = self.frame_end_token(&frame).max(after_cue);
                frames.push(frame);
            }
        }
        let mut frames: Vec<Frame> = frames
            .into_iter()
            .flat_map(|frame| self.split_coordinated_clause(frame))
            .collect();
        let nominal = self.nominal_frames(index, &frames);
        frames.extend(nominal);
        frames
    }

    /// `over his claim that ...`, `at the envoy's warning that ...`,
    /// `complaints from the mayor that ...`: a speech noun after a verb or a
    /// preposition, whose that-clause reports what its owner said.
    fn nominal_frames(&self, index: usize, taken: &[Frame]) -> Vec<Frame> {
        let lexicon = Lexicon::global();
        let (s, e) = self.sentences[index];
        let mut frames = Vec::new();
        for i in s..e {
            if !self.is_outside_word(i) || !lexicon.is_speech_noun(self.lower(i)) {
                continue;
            }
            let at = self.tokens[i].start;
            if taken
                .iter()
                .chain(&frames)
                .any(|f| f.span.0 <= at && at < f.span.1)
            {
                continue;
            }
            // The owner: a possessive before the noun, adjectives between.
            let mut p = i;
            while p > s
                && i - p < 3
                && self.is_outside_word(p - 1)
                && self.function(p - 1).is_none()
                && lexicon.pronoun(self.lower(p - 1)).is_none()
                && !self.is_possessive(p - 1)
            {
                p -= 1;
            }
            let possessor = p.checked_sub(1).filter(|&q| q >= s).and_then(|q| {
                if matches!(self.lower(q), "his" | "her" | "their" | "its") {
                    Some((q, q + 1))
                } else if self.is_possessive(q) {
                    self.phrase_ending_at(s, q + 1)
                } else {
                    None
                }
            });
            // Or the `by`/`from` phrase after it.
            let mut m = i + 1;
            let mut agent = None;
            if matches!(self.lower(m), "by" | "from") {
                if let Some(phrase) = self.subject_after(m + 1, e) {
                    agent = Some(phrase);
                    m = phrase.1;
                }
            }
            let Some(owner) = possessor.or(agent) else {
                continue;
            };
            // Only a noun that is an object, not the sentence's subject.
            let start = owner.0.min(i);
            if !(s..start).any(|j| {
                self.is_outside_word(j)
                    && (self.function(j) == Some(Function::Prep) || self.is_finite(j))
            }) {
                continue;
            }
            let Some(that) = (m..e.min(m + 6)).find(|&j| self.lower(j) == "that") else {
                continue;
            };
            if that > m && !self.is_adjunct(m, that) || self.tokens[that].inside.is_some() {
                continue;
            }
            // `a remark that drew criticism`: a relative clause.
            let next = that + 1;
            let subject_next = self.is_subject_pronoun(next) || self.pronoun_contraction(next);
            if next >= e
                || !subject_next
                    && (self.function(next) == Some(Function::Aux) || self.is_finite(next))
            {
                continue;
            }
            let end = (next..e)
                .find(|&j| {
                    let t = &self.tokens[j];
                    t.inside.is_none() && (t.is_punct(';') || t.is_punct('.') || t.is_dash())
                })
                .unwrap_or(e);
            let cue = Cue {
                start: i,
                end: i + 1,
                strength: Strength::Stance,
                according: false,
            };
            let subject = Subject::Phrase(owner.0, owner.1);
            if let Some(frame) = self.frame_for(Some(cue), subject, (that, end), index, false) {
                frames.push(frame);
            }
        }
        frames
    }

    /// `Kim's`, `the envoy’s`: a possessive word.
    fn is_possessive(&self, i: usize) -> bool {
        let word = self.lower(i);
        word.ends_with("'s") || word.ends_with("\u{2019}s") || word.ends_with("s'")
    }

    /// `said the towns had "never been closer" and that the port would
    /// grow`: a quoted phrase and a further that-clause are a partial and an
    /// indirect quotation.
    fn split_coordinated_clause(&self, frame: Frame) -> Vec<Frame> {
        if frame.kind != QuoteKind::Partial {
            return vec![frame];
        }
        let first = self.tokens.partition_point(|t| t.start < frame.span.0);
        let last = self.frame_end_token(&frame);
        let last_close = frame
            .quotes
            .iter()
            .filter_map(|&q| self.close_token.get(q).copied().flatten())
            .max();
        let split = last_close.and_then(|close| {
            (close + 1..last.saturating_sub(2)).find(|&j| {
                self.lower(j) == "and"
                    && self.lower(j + 1) == "that"
                    && self.tokens[j].inside.is_none()
            })
        });
        let Some(and) = split else {
            return vec![frame];
        };
        let mut head_end = and;
        while head_end > first && self.tokens[head_end - 1].is_punct(',') {
            head_end -= 1;
        }
        let clause = (self.tokens[and + 2].start, frame.span.1);
        let mut head = frame.clone();
        head.span.1 = self.tokens[head_end - 1].end;
        let tail = Frame {
            kind: QuoteKind::Indirect,
            span: clause,
            quotes: Vec::new(),
            ..frame
        };
        vec![head, tail]
    }

    fn frame_end_token(&self, frame: &Frame) -> usize {
        self.tokens.partition_point(|t| t.start < frame.span.1)
    }
}

fn subject_end(subject: Subject, default: usize) -> usize {
    match subject {
        Subject::Phrase(_, b) => b,
        Subject::Missing => default,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(text: &str) -> Vec<(String, String, QuoteKind)> {
        let doc = Doc::new(text);
        (0..doc.sentences.len())
            .flat_map(|i| doc.frames_in_sentence(i))
            .map(|f| {
                let speaker = match f.subject {
                    Subject::Phrase(a, b) => doc.token_text(a, b),
                    Subject::Missing => String::new(),
                };
                (doc.slice(f.span.0, f.span.1), speaker, f.kind)
            })
            .collect()
    }

    #[test]
    fn text_opening_on_an_ed_word_has_no_token_before_it() {
        let doc = Doc::new("ed by him at home.");
        assert_eq!(doc.sentence_subject(0, doc.tokens.len()), None);
    }

    #[test]
    fn quote_then_speaker_then_verb() {
        assert_eq!(
            frames("\u{201C}We will build it together,\u{201D} Mayor Jane Roe said on Friday."),
            [(
                "We will build it together,".into(),
                "Mayor Jane Roe".into(),
                QuoteKind::Direct
            )]
        );
    }

    #[test]
    fn quote_then_verb_then_speaker() {
        assert_eq!(
            frames("\"The door stays open,\" said the foreign minister, adding nothing."),
            [(
                "The door stays open,".into(),
                "the foreign minister".into(),
                QuoteKind::Direct
            )]
        );
    }

    #[test]
    fn speaker_verb_comma_quote_after_an_opening_phrase() {
        assert_eq!(
            frames("In a video message, Tom Baker said, \u{201C}Our ties are strong.\u{201D}"),
            [(
                "Our ties are strong.".into(),
                "Tom Baker".into(),
                QuoteKind::Direct
            )]
        );
    }

    #[test]
    fn colon_introduces_a_quote() {
        assert_eq!(
            frames("The ministry said in a statement: \u{201C}The talks will resume.\u{201D}"),
            [(
                "The talks will resume.".into(),
                "The ministry".into(),
                QuoteKind::Direct
            )]
        );
    }

    #[test]
    fn that_clause_is_indirect_without_that() {
        assert_eq!(
            frames("Governor Ann Lake said on Monday that the bridge would reopen in May."),
            [(
                "the bridge would reopen in May".into(),
                "Governor Ann Lake".into(),
                QuoteKind::Indirect
            )]
        );
    }

    #[test]
    fn phrase_without_a_reported_clause_is_no_quote() {
        assert!(frames("Lee reportedly expressed a sense of crisis over the budget.").is_empty());
    }

    #[test]
    fn quoted_phrase_inside_the_reporters_sentence_is_partial() {
        let found = frames("Mr. Doe described the talks as \u{201C}frank and useful.\u{201D}");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].2, QuoteKind::Partial);
        assert_eq!(found[0].1, "Mr. Doe");
        assert!(found[0].0.contains("frank and useful"));
    }

    #[test]
    fn appositive_between_speaker_and_verb_is_skipped() {
        let found = frames("\u{201C}It is a start,\u{201D} Anna Berg, a senior diplomat, said.");
        assert_eq!(found[0].1, "Anna Berg");
    }

    #[test]
    fn clause_then_speaker_is_inverted_indirect() {
        assert_eq!(
            frames("The plant will close next year, the company said."),
            [(
                "The plant will close next year".into(),
                "the company".into(),
                QuoteKind::Indirect
            )]
        );
    }

    #[test]
    fn split_quote_gives_two_frames_with_one_speaker() {
        let found =
            frames("\u{201C}We agree,\u{201D} Kim said, \u{201C}on almost everything.\u{201D}");
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|f| f.1 == "Kim"));
    }

    #[test]
    fn participle_takes_the_main_subject() {
        let found = frames("Kim praised the deal, stating, \u{201C}This is a new day.\u{201D}");
        assert_eq!(
            found,
            [("This is a new day.".into(), "Kim".into(), QuoteKind::Direct)]
        );
    }

    #[test]
    fn according_to_without_marks_is_no_quote() {
        assert!(frames("According to officials, the ministry examined the plan.").is_empty());
    }

    #[test]
    fn nickname_and_scare_quotes_are_not_quotes() {
        assert!(frames(
            "The boom was known as the \u{201C}Miracle on the River\u{201D} at the time."
        )
        .is_empty());
        assert!(frames("Lee has committed to a \u{201C}two-track\u{201D} approach.").is_empty());
    }
    #[test]
    fn time_adjunct_between_verb_and_thatless_clause() {
        assert_eq!(
            frames("Mayor Ann Lake said on Tuesday she would close the bridge in June."),
            [(
                "she would close the bridge in June".into(),
                "Mayor Ann Lake".into(),
                QuoteKind::Indirect
            )]
        );
    }

    #[test]
    fn listener_between_verb_and_clause() {
        let found = frames("The coach told reporters the team had trained for a month.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "the team had trained for a month");
    }

    #[test]
    fn relative_that_after_the_verb_is_not_a_complementiser() {
        let found =
            frames("Sam Ortiz says Nora Pike ran a clever race in Ohio that won her the county.");
        assert_eq!(found.len(), 1);
        assert!(found[0].0.starts_with("Nora Pike ran"));
    }

    #[test]
    fn thatless_clause_with_coordinated_subject_after_a_stance_verb() {
        let found = frames("Dana Holt argued Maine and Vermont will settle the matter first.");
        assert_eq!(found.len(), 1);
        assert!(found[0].0.starts_with("Maine and Vermont will"));
        assert_eq!(found[0].2, QuoteKind::Indirect);
    }

    #[test]
    fn noun_object_after_a_stance_verb_is_not_indirect() {
        assert!(frames("The senator criticized the mayor for the delay.").is_empty());
        assert!(frames("The governor said nothing.").is_empty());
    }

    #[test]
    fn nested_cue_without_content_does_not_cut_the_clause() {
        let found = frames(
            "Several farmers said they liked the plan, even if they did not agree with the mayor.",
        );
        assert_eq!(found.len(), 1);
        assert!(found[0].0.ends_with("agree with the mayor"));
    }

    #[test]
    fn parenthetical_attribution_gives_both_pieces() {
        let found = frames("The new rules, the chairman said, will apply from next year.");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].0, "The new rules");
        assert_eq!(found[1].0, "will apply from next year");
    }

    #[test]
    fn bare_say_after_a_name_is_a_verb() {
        let found = frames("Supporters of Governor Ann Lake say they will march again.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "they will march again");
    }

    #[test]
    fn naming_verbs_and_what_they_call_are_not_quotes() {
        assert!(
            frames("Critics have dubbed it the \u{201C}budget dissolution.\u{201D}").is_empty()
        );
        assert!(frames(
            "Both parties warned against what they call \u{201C}river modernization\u{201D} on Monday."
        )
        .is_empty());
    }
    #[test]
    fn quoted_phrase_and_a_further_that_clause_are_two_rows() {
        let found = frames(
            "Ms. Vale said the two towns had \u{201C}never been closer\u{201D} and that the port would grow.",
        );
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].2, QuoteKind::Partial);
        assert!(found[0].0.ends_with("closer\u{201D}"));
        assert_eq!(
            found[1],
            (
                "the port would grow".into(),
                "Ms. Vale".into(),
                QuoteKind::Indirect
            )
        );
    }
    #[test]
    fn participle_after_a_quoted_label_is_no_inverted_attribution() {
        let found = frames(
            "Critics have warned against what they call \u{201C}river modernization,\u{201D} fearing it could raise costs.",
        );
        assert!(found.iter().all(|f| !f.0.starts_with("Critics")));
    }

    #[test]
    fn that_before_a_contracted_pronoun_is_a_complementiser() {
        let found =
            frames("The council members said on Friday that it's time to rebuild the pier.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "it's time to rebuild the pier");
    }

    #[test]
    fn listener_after_to_between_verb_and_that() {
        let found = frames("Mayor Ann Lake explained to the farmers that the dam would hold.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "the dam would hold");
    }

    #[test]
    fn infinitive_after_a_listener_verb_is_not_a_listener() {
        assert!(frames("Mayor Ann Lake promised to deliver that letter soon.").is_empty());
    }

    #[test]
    fn sentence_adverb_between_commas_before_that() {
        let found = frames("Dana Holt says, however, that the vote will be close.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "the vote will be close");
    }

    #[test]
    fn adjunct_between_commas_before_that() {
        let found =
            frames("Dana Holt said, in a long talk with the crew, that the ship would sail.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "the ship would sail");
    }

    #[test]
    fn listener_of_ask_stays_out_of_the_question() {
        let found = frames("The coach asked the players whether the field was too wet.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "whether the field was too wet");
    }

    #[test]
    fn report_inside_a_relative_clause_opens_on_the_verb() {
        let found =
            frames("The council rejected a levy that the mayor said would ruin small shops.");
        assert_eq!(
            found,
            [(
                "would ruin small shops".into(),
                "the mayor".into(),
                QuoteKind::Indirect
            )]
        );
        assert!(frames(
            "The council rejected a levy that the mayor believes would ruin small shops."
        )
        .is_empty());
    }

    #[test]
    fn thatless_clause_with_a_bare_plural_present_verb() {
        let found = frames("Ms. Roe said the repeated floods cost the town a fortune.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "the repeated floods cost the town a fortune");
    }

    #[test]
    fn object_with_a_plural_noun_before_a_preposition_is_no_clause() {
        assert!(frames(
            "The envoy conveyed his hopes for closer ties between Norway and Sweden during the talks."
        )
        .is_empty());
    }

    #[test]
    fn unparsed_subject_before_a_thatless_clause() {
        let found = frames("Several farmers I met at the market said the harvest would be late.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "the harvest would be late");
    }

    #[test]
    fn place_adverb_between_speaker_and_verb() {
        let found = frames("The volunteers here said they had slept in the hall.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, "The volunteers");
    }

    #[test]
    fn time_adjunct_opening_on_last_before_that() {
        let found = frames("The mayor said last week that the ferry would stop in winter.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "the ferry would stop in winter");
    }

    #[test]
    fn demonstrative_object_is_no_time_adjunct() {
        let found = frames(
            "Kim admitted that the road was steep, but while saying this, he praised the plan.",
        );
        assert_eq!(found.len(), 1);
        assert!(found[0].0.starts_with("the road was steep"));
    }

    #[test]
    fn quoted_show_title_in_the_adjunct_before_that() {
        let found = frames(
            "The senator said on the radio show \u{201C}Morning Desk\u{201D} on Friday that the port would reopen.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "the port would reopen");
    }

    #[test]
    fn possessive_before_a_noun_form_is_no_speaker() {
        let found = frames("Ann Lake said she agrees with Tom Vale's remarks on the budget.");
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].0,
            "she agrees with Tom Vale's remarks on the budget"
        );
    }

    #[test]
    fn attitude_noun_between_verb_and_that() {
        let found = frames("The mayor expressed concern that the old dam might fail.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "the old dam might fail");
    }

    #[test]
    fn object_relative_after_a_speech_verb_is_no_clause() {
        assert!(frames("The clerk confirmed a judge that the senators like.").is_empty());
    }

    #[test]
    fn noun_form_before_a_complement_that_is_a_verb() {
        let found = frames("Tom Vale, a local farmer, notes that the river is rising.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "the river is rising");
        assert!(frames("Rain is heavier in states that border the lake.").is_empty());
    }

    #[test]
    fn country_name_before_that_is_no_cue() {
        assert!(frames("It is the United States that they fear most.").is_empty());
    }

    #[test]
    fn counted_time_adjunct_before_that() {
        let found = frames("The board announced two days ago that the port would close.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "the port would close");
    }

    #[test]
    fn place_adverb_inside_a_thatless_subject() {
        let found = frames("The mayor said the crowd here was calm all night.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "the crowd here was calm all night");
    }

    #[test]
    fn speaker_with_a_pronoun_object_after_the_clause() {
        let found = frames("The talks are over, a source close to him said.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "The talks are over");
    }

    #[test]
    fn participle_after_an_irregular_past_main_verb() {
        let found = frames(
            "After the storm, Mayor Ann Lake struck a hopeful tone, saying the town would recover.",
        );
        assert_eq!(
            found,
            [(
                "the town would recover".into(),
                "Mayor Ann Lake".into(),
                QuoteKind::Indirect
            )]
        );
    }

    #[test]
    fn participle_after_a_dash_shares_the_subject() {
        let found =
            frames("Tom Vale changed his vote on the spot \u{2013} saying he had been wrong.");
        assert_eq!(
            found,
            [(
                "he had been wrong".into(),
                "Tom Vale".into(),
                QuoteKind::Indirect
            )]
        );
    }

    #[test]
    fn apposition_after_an_inverted_speaker_is_no_content() {
        let found = frames(
            "The harbour will freeze early, said Dan Holt, a fisherman who has worked there for years.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "The harbour will freeze early");
        let found = frames("The vote was close, said Ann Lake, who teaches law in Oslo.");
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn floating_both_before_the_verb() {
        let found = frames("Tom Vale and Ann Lake have both argued that the port is too small.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "the port is too small");
    }

    #[test]
    fn speech_noun_with_a_that_clause_reports_its_owner() {
        let found = frames("The council rejected the mayor's claim that the old bridge was safe.");
        assert_eq!(
            found,
            [(
                "the old bridge was safe".into(),
                "the mayor's".into(),
                QuoteKind::Indirect
            )]
        );
    }

    #[test]
    fn speech_noun_with_a_relative_clause_is_no_quote() {
        assert!(frames("Ms. Roe made a remark that drew criticism from her own party.").is_empty());
        assert!(frames(
            "The two leaders issued a joint statement that commits both towns to talks."
        )
        .is_empty());
    }

    #[test]
    fn aside_between_dashes_before_that() {
        let found = frames(
            "The coach said \u{2014} on the radio, of all places \u{2014} that he would stay.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "he would stay");
    }

    #[test]
    fn modifier_before_a_speaker_noun_without_a_determiner() {
        let found = frames("The harbour will freeze early this year, senior officials said.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, "senior officials");
        assert_eq!(found[0].0, "The harbour will freeze early this year");
    }

    #[test]
    fn noun_object_with_a_later_clause_is_not_indirect() {
        assert!(
            frames("The mayor highlighted the many shared problems facing both towns.").is_empty()
        );
        assert!(
            frames("Ms. Roe expressed a sense of alarm over the budget when she was in Oslo.")
                .is_empty()
        );
        assert!(frames("The towns agreed to create a joint panel to study the floods.").is_empty());
    }
}
