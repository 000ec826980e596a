//! The tense of the clause around an expression, from nearby cue words:
//! `will`, `is scheduled to` point forward; `said`, `was`, verbs in `-ed`
//! point back. The nearest cue in the same sentence wins.

use super::lexicon::{EventCue, Lexicon, Tense};
use super::tokens::{Kind, Token};

/// How far (in tokens) a cue may be from the expression.
const WINDOW: usize = 12;

/// Sentence number of every token. A sentence ends at `.`, `!` or `?`
/// (not the period of an abbreviation or an initial) and at a line break.
pub(super) fn sentence_ids(toks: &[Token], lex: &Lexicon) -> Vec<usize> {
    let mut ids = Vec::with_capacity(toks.len());
    let mut id = 0;
    for (i, tok) in toks.iter().enumerate() {
        if tok.newline && i > 0 {
            id += 1;
        }
        ids.push(id);
        let ends = match tok.lower.as_str() {
            "!" | "?" | ";" => true,
            "." => {
                i == 0 || {
                    let before = &toks[i - 1];
                    !(before.kind == Kind::Word
                        && (before.lower.chars().count() == 1
                            || lex.abbreviations.contains(&before.lower)
                            || lex.months.get(&before.lower).is_some_and(|m| m.1)))
                }
            }
            _ => false,
        };
        if ends {
            id += 1;
        }
    }
    ids
}

/// Words that make a following past form a participle (`is planned`,
/// `will be paid`) or an adjective (`an unspecified date`): the words
/// around it tell the tense instead.
const PARTICIPLE_AUXILIARIES: &[&str] = &[
    "is", "are", "am", "be", "being", "been", "get", "gets", "a", "an", "the", "this", "that",
    "its", "their", "his", "her", "our", "still", "newly", "recently",
];
/// Prepositions that look ahead when right before the expression
/// (`until Friday`, `by August`).
const FORWARD_PREPOSITIONS: &[&str] = &["until", "till", "by"];

/// The tense token `k` signals.
fn cue(toks: &[Token], k: usize, lex: &Lexicon) -> Option<Tense> {
    let tok = &toks[k];
    // `is set to resume`, `planned to leave`, `slated for Monday`: an
    // intention or a schedule looks ahead.
    if matches!(tok.lower.as_str(), "to" | "for")
        && k > 0
        && lex
            .future_before
            .contains(&format!("{} {}", toks[k - 1].lower, tok.lower))
    {
        return Some(Tense::Future);
    }
    let tense = match lex.tense.get(&tok.lower) {
        Some(tense) => *tense,
        None => {
            let regular_past =
                tok.kind == Kind::Word && tok.lower.len() >= 5 && tok.lower.ends_with("ed");
            regular_past.then_some(Tense::Past)
        }
    };
    let participle = tense == Some(Tense::Past)
        && k > 0
        && PARTICIPLE_AUXILIARIES.contains(&toks[k - 1].lower.as_str());
    if participle {
        None
    } else {
        tense
    }
}

/// The cue phrase ending right before token `start` (`ahead of`,
/// `in the run-up to`), with the token it starts at.
pub(super) fn event_cue(toks: &[Token], lex: &Lexicon, start: usize) -> Option<(usize, EventCue)> {
    lex.event_cues
        .iter()
        .filter(|(phrase, _)| phrase.len() <= start)
        .find(|(phrase, _)| {
            let at = start - phrase.len();
            toks[at..start]
                .iter()
                .zip(phrase)
                .all(|(t, w)| t.lower == *w)
        })
        .map(|(phrase, cue)| (start - phrase.len(), *cue))
}

/// How many tokens (with the final stop) a trailing attribution may have.
const ATTRIBUTION_LEN: usize = 10;

/// The comma that starts a trailing attribution after token `end`
/// (`, a spokesperson said.`, `, according to the ministry.`): the last
/// clause of the sentence, short, with no comma of its own, holding a
/// speech word.
fn trailing_attribution(
    toks: &[Token],
    lex: &Lexicon,
    sentences: &[usize],
    sentence: usize,
    end: usize,
) -> Option<usize> {
    let stop = (end..toks.len())
        .find(|&k| sentences[k] != sentence)
        .unwrap_or(toks.len());
    let comma = (end..stop).rev().find(|&k| toks[k].lower == ",")?;
    let clause = &toks[comma + 1..stop];
    let attributed = clause.len() <= ATTRIBUTION_LEN
        && clause.iter().any(|t| lex.attributions.contains(&t.lower));
    attributed.then_some(comma)
}

/// The tense of the clause holding tokens `start..end`, if any cue says.
/// A trailing attribution (`..., officials said.`) is no part of that
/// clause: its verb is left out, and the clause's own verb is then looked
/// for back to the start of the sentence.
pub(super) fn tense_near(
    toks: &[Token],
    lex: &Lexicon,
    sentences: &[usize],
    start: usize,
    end: usize,
) -> Option<Tense> {
    let sentence = *sentences.get(start)?;
    // `as soon as Tuesday`, `as early as next week`: a possibility ahead.
    if start >= 3
        && toks[start - 3].lower == "as"
        && matches!(toks[start - 2].lower.as_str(), "soon" | "early")
        && toks[start - 1].lower == "as"
    {
        return Some(Tense::Future);
    }
    let attribution = trailing_attribution(toks, lex, sentences, sentence, end);
    let right_stop = attribution.unwrap_or(toks.len());
    // English puts the verb before its time more often than after: a cue
    // to the right counts as twice as far.
    for distance in 1..=WINDOW {
        let before = start.checked_sub(distance);
        let after = (distance % 2 == 0)
            .then(|| end + distance / 2 - 1)
            .filter(|&k| k < right_stop);
        for k in [before, after].into_iter().flatten() {
            if sentences.get(k) != Some(&sentence) {
                continue;
            }
            if let Some(tense) = cue(toks, k, lex) {
                return Some(tense);
            }
        }
    }
    if attribution.is_some() {
        let clause_start = (0..start).rev().take_while(|&k| sentences[k] == sentence);
        if let Some(tense) = clause_start.skip(WINDOW).find_map(|k| cue(toks, k, lex)) {
            return Some(tense);
        }
    }
    // With no verb to go by, `until Friday` and `by August` look ahead.
    let before = start.checked_sub(1).map(|k| toks[k].lower.as_str());
    before
        .is_some_and(|w| FORWARD_PREPOSITIONS.contains(&w))
        .then_some(Tense::Future)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn tense_of(text: &str, word: &str) -> Option<Tense> {
        let toks = tokenize(text);
        let lex = Lexicon::global();
        let ids = sentence_ids(&toks, lex);
        let at = toks.iter().position(|t| t.lower == word)?;
        tense_near(&toks, lex, &ids, at, at + 1)
    }

    #[test]
    fn said_makes_a_clause_past() {
        assert_eq!(
            tense_of("He said Friday that it rained.", "friday"),
            Some(Tense::Past)
        );
    }

    #[test]
    fn will_makes_a_clause_future() {
        assert_eq!(
            tense_of("They will meet on Friday.", "friday"),
            Some(Tense::Future)
        );
    }

    #[test]
    fn nearest_cue_wins() {
        assert_eq!(
            tense_of("He said the talks will resume Friday.", "friday"),
            Some(Tense::Future)
        );
    }

    #[test]
    fn trailing_attribution_does_not_set_the_tense() {
        let text = "The two delegations will sign the accord in a ceremony at the palace in the capital on Friday, a spokesperson said.";
        assert_eq!(tense_of(text, "friday"), Some(Tense::Future));
        assert_eq!(
            tense_of(
                "Both teams play on Friday, according to the league.",
                "friday"
            ),
            None
        );
        // A comma clause with its own verb is no attribution.
        assert_eq!(
            tense_of("On Friday, the suspect fled, police said.", "friday"),
            Some(Tense::Past)
        );
    }

    #[test]
    fn scheduled_for_looks_ahead() {
        assert_eq!(
            tense_of(
                "The hearing is set for Thursday, the court said.",
                "thursday"
            ),
            Some(Tense::Future)
        );
        assert_eq!(
            tense_of("The final is slated for Saturday.", "saturday"),
            Some(Tense::Future)
        );
    }

    #[test]
    fn cues_stop_at_the_sentence_end() {
        assert_eq!(tense_of("It rained. They meet Friday.", "friday"), None);
    }

    #[test]
    fn abbreviation_period_does_not_end_the_sentence() {
        assert_eq!(
            tense_of("Mr. Smith left on Friday.", "friday"),
            Some(Tense::Past)
        );
        assert_eq!(tense_of("They met Sept. 30.", "30"), Some(Tense::Past));
    }
}
