//! Answer shares of opinion polls.
//!
//! A sentence that names a poll (`poll`, `survey`, `respondents`) sets the
//! poll being reported: pollster, fieldwork date, population, question. Its
//! percentages are answer shares, and so are the percentages of the next few
//! sentences that stand beside an answer word (`who`, `said`, `backed`). A
//! percentage tied to a non-opinion measure (`tariffs of 25%`, `grew 3%`) is
//! left to the figures. A share with a date of its own (`58% in May`) is an
//! earlier wave and keeps that date.

use newsfacts_normalize::numbers::{Quantity, QuantityKind};
use newsfacts_normalize::places::PlaceKind;
use newsfacts_normalize::timex::Timex;
use newsfacts_parse::PartialDate;

use super::lexicon::lexicon;
use super::tables::share_tables;
use super::text::{is_capitalised, Doc, Word};
use crate::records::PollResult;

/// How many sentences after a poll's last share may still continue it.
const CONTINUATION_SENTENCES: usize = 3;

/// The poll being reported.
#[derive(Default)]
struct PollState {
    pollster: Option<String>,
    fieldwork: Option<PartialDate>,
    /// Whether the fieldwork date was stated as such (`conducted in May`).
    fieldwork_stated: bool,
    population: Option<String>,
    question: Option<String>,
    last_sentence: Option<usize>,
}

/// Finds every answer share; claims their quantities.
pub(super) fn find_polls(doc: &Doc, claimed: &mut [bool]) -> Vec<PollResult> {
    let lex = lexicon();
    let quantities = &doc.annotations.quantities;
    let mut state = PollState::default();
    let mut rows: Vec<PollResult> = Vec::new();
    // Each pollster's fieldwork date, for shares reported before it is given.
    let mut poll_dates: Vec<(Option<String>, PartialDate)> = Vec::new();
    let tables = share_tables(doc);
    // The end of the last table read: sentences inside it are done.
    let mut table_end = 0;
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let has_cue = names_a_poll(doc, sentence.start, sentence.end);
        let continues = state
            .last_sentence
            .is_some_and(|last| s.saturating_sub(last) <= CONTINUATION_SENTENCES);
        // `Moderates      17.9` under a `Share` heading, beside a poll: its
        // rows are shares of the poll being reported.
        let table = tables.iter().find(|t| {
            t.start >= table_end
                && t.start < sentence.end
                && t.end > sentence.start
                && (continues || has_cue || poll_after(doc, t.end))
        });
        if let Some(table) = table {
            for row in &table.rows {
                for &qi in &row.cells {
                    claimed[qi] = true;
                }
                rows.push(PollResult {
                    pollster: state.pollster.clone(),
                    fieldwork: state.fieldwork,
                    population_country: state.population.clone(),
                    question: state.question.clone(),
                    answer: Some(row.label.clone()),
                    share_pct: row.share,
                    sentence: doc.sentence_text(doc.sentence_at(row.start).unwrap_or(s)),
                });
            }
            table_end = table.end;
            state.last_sentence = doc.sentence_at(table.end.saturating_sub(1)).or(Some(s));
        }
        if sentence.end <= table_end && !has_cue {
            continue;
        }
        let percents: Vec<usize> = doc
            .quantities_between(sentence.start, sentence.end)
            .into_iter()
            .filter(|&i| !claimed[i] && share_of(doc, &quantities[i]).is_some())
            .collect();
        let segments: Vec<(usize, usize)> = percents
            .iter()
            .enumerate()
            .map(|(n, &qi)| {
                let q = &quantities[qi];
                let (_, clause_end) = doc.clause(s, q.start);
                let next = percents
                    .get(n + 1)
                    .map_or(sentence.end, |&j| quantities[j].start);
                (q.end, next.min(clause_end).max(q.end))
            })
            .collect();
        let sentence_fieldwork = if has_cue {
            update_state(doc, s, &segments, &mut state)
        } else {
            None
        };
        if has_cue {
            if let Some(date) = state.fieldwork {
                poll_dates.retain(|(p, _)| *p != state.pollster);
                poll_dates.push((state.pollster.clone(), date));
            }
        }
        if !has_cue && !continues {
            continue;
        }
        let mut previous_end = sentence.start;
        let rows_before = rows.len();
        let mut row_quantities: Vec<&Quantity> = Vec::new();
        for (n, &qi) in percents.iter().enumerate() {
            let q = &quantities[qi];
            let (after_start, after_end) = segments[n];
            let (clause_start, clause_end) = doc.clause(s, q.start);
            // Before a later share, only its own clause: the words after the
            // previous share (`33.1 percent last year, while`) are not its.
            let before_start = if n == 0 {
                previous_end
                    .max(doc.dateline_end())
                    .max(leading_clause_start(doc, s, clause_start))
            } else {
                previous_end.max(clause_start)
            };
            previous_end = q.end;
            if is_plain_figure(doc, s, q) {
                continue;
            }
            let answer_word = doc.contains(
                &lex.answer_cues,
                before_start.max(clause_start),
                after_end.max(clause_end),
            );
            // A share beside another share of the sentence is one too
            // (`45 percent ..., while the opposition garnered 21 percent`).
            let parallel = rows.len() > rows_before;
            if !has_cue && !answer_word && !parallel {
                continue;
            }
            claimed[qi] = true;
            let current = sentence_fieldwork.or(state.fieldwork);
            let fieldwork = fieldwork_dates(doc, after_start, after_end, current)
                .first()
                .map(|(_, d)| *d)
                .or_else(|| {
                    fieldwork_dates(doc, before_start, q.start, current)
                        .first()
                        .map(|(_, d)| *d)
                })
                .or(current);
            let population = population_in(doc, q.end, after_end)
                .into_iter()
                .next()
                .or_else(|| population_in(doc, before_start, q.start).pop())
                .or_else(|| {
                    rows[rows_before..]
                        .last()
                        .and_then(|r: &PollResult| r.population_country.clone())
                })
                .or_else(|| state.population.clone());
            rows.push(PollResult {
                pollster: state.pollster.clone(),
                fieldwork,
                population_country: population,
                question: state.question.clone(),
                answer: answer(doc, q, before_start.max(clause_start), after_end),
                share_pct: share_of(doc, q).unwrap_or(q.value),
                sentence: doc.sentence_text(s),
            });
            row_quantities.push(q);
            state.last_sentence = Some(s);
        }
        share_answers(&mut rows[rows_before..], &row_quantities);
        if has_cue {
            state.last_sentence = Some(s);
        }
    }
    for row in rows.iter_mut().filter(|r| r.fieldwork.is_none()) {
        row.fieldwork = poll_dates
            .iter()
            .find(|(p, _)| *p == row.pollster)
            .map(|(_, d)| *d);
    }
    // `A new survey showed ...` before the pollster is named: when the
    // article names a single pollster, it ran every poll.
    let mut named = rows.iter().filter_map(|r| r.pollster.clone());
    if let Some(only) = named.next() {
        if named.all(|p| p == only) {
            for row in rows.iter_mut().filter(|r| r.pollster.is_none()) {
                row.pollster = Some(only.clone());
            }
        }
    }
    // A share restated in a later sentence (the lead, then the details) is
    // one row.
    let mut kept: Vec<PollResult> = Vec::with_capacity(rows.len());
    for row in rows {
        let restated = kept.iter().any(|k| {
            (k.share_pct - row.share_pct).abs() < 1e-9
                && k.sentence != row.sentence
                && k.pollster == row.pollster
                && k.fieldwork == row.fieldwork
        });
        if !restated {
            kept.push(row);
        }
    }
    let mut rows = kept;
    // A poll that names no population asked the people where the story was
    // filed (a Seoul-datelined Gallup Korea story), else those of the
    // country the story is about.
    if rows.iter().any(|r| r.population_country.is_none()) {
        let home = doc.dateline_country.clone().or_else(|| main_country(doc));
        for row in rows.iter_mut().filter(|r| r.population_country.is_none()) {
            row.population_country = home.clone();
        }
    }
    rows
}

/// The country the article names most often, its cities included (the
/// first named on a tie).
fn main_country(doc: &Doc) -> Option<String> {
    let end = doc.sentences.last()?.end;
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for m in doc.places_between(0, end) {
        match counts.iter_mut().find(|(code, _)| *code == m.code) {
            Some((_, n)) => *n += 1,
            None => counts.push((&m.code, 1)),
        }
    }
    // `max_by_key` keeps the last of equal counts; the first named wins.
    counts
        .iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .map(|(code, _)| (*code).to_owned())
}

/// Whether a poll is named just after a table that ends at `end`
/// (`Source: Novus poll of 2,000 voters`, `Margin of error ...`).
fn poll_after(doc: &Doc, end: usize) -> bool {
    let Some(next) = doc.sentences.iter().position(|x| x.start >= end) else {
        return false;
    };
    doc.sentences.iter().skip(next).take(2).any(|x| {
        names_a_poll(doc, x.start, x.end) || doc.contains(&lexicon().survey_terms, x.start, x.end)
    })
}

/// Whether the words between two offsets name an opinion poll; a report
/// that `surveyed 148 economies` is not one.
pub(super) fn names_a_poll(doc: &Doc, start: usize, end: usize) -> bool {
    doc.find(&lexicon().poll_cues, start, end)
        .iter()
        .any(|cue| {
            !doc.words(cue.end, end)
                .iter()
                .take(3)
                .any(|w| lexicon().is("field_nouns", &w.lower))
        })
}

/// Reads the pollster, fieldwork date, population and question of a
/// sentence that names a poll; a new pollster starts a new poll.
fn update_state(
    doc: &Doc,
    s: usize,
    share_segments: &[(usize, usize)],
    state: &mut PollState,
) -> Option<PartialDate> {
    let sentence = doc.sentences.get(s)?;
    let pollster = find_pollster(doc, s);
    if let Some((name, start, end)) = &pollster {
        if state.pollster.is_none() {
            // `a new survey showed ...`, then `conducted by X`: one poll.
            state.pollster = Some(name.clone());
        } else if state.pollster.as_deref() != Some(name.as_str()) {
            *state = PollState {
                pollster: Some(name.clone()),
                last_sentence: state.last_sentence,
                ..PollState::default()
            };
        }
        // The pollster's own country (`South Korean's Korea Gallup`,
        // `Gallup Korea`, `Seoul-based pollster Realmeter`) is whose people
        // it asks, unless the text says.
        let own = doc
            .places_between(start.saturating_sub(24), *end)
            .into_iter()
            .rev()
            .find(|m| m.end <= *end)
            .map(|m| m.code.clone());
        if state.population.is_none() {
            state.population = own;
        }
    }
    let question = find_question(doc, s);
    // Dates inside a share's own words (`58% in May`) belong to that wave;
    // dates inside the question (`the election on July 20`) to its topic.
    let topic = question.as_ref().map_or((0, 0), |q| (q.1, q.2));
    let candidates: Vec<(&Timex, PartialDate)> =
        fieldwork_dates(doc, sentence.start, sentence.end, state.fieldwork)
            .into_iter()
            .filter(|(t, _)| {
                let in_topic = t.start >= topic.0 && t.end <= topic.1;
                !in_topic
                    && !share_segments
                        .iter()
                        .any(|&(a, b)| t.start >= a && t.end <= b)
            })
            .collect();
    // `conducted from July 7 to 11` says when the poll was in the field.
    let stated = candidates
        .iter()
        .find(|(t, _)| {
            doc.words(t.start.saturating_sub(40), t.start)
                .iter()
                .rev()
                .take(3)
                .any(|w| lexicon().is("fieldwork_verbs", w.lower.as_str()))
        })
        .map(|(_, d)| *d);
    let fieldwork = stated.or_else(|| candidates.first().map(|(_, d)| *d));
    // The first date a poll is given is its fieldwork, unless a later one is
    // stated as such; a later cue sentence with another date (`in a similar
    // survey in 2020`) reports an earlier wave.
    if state.fieldwork.is_none() || (stated.is_some() && !state.fieldwork_stated) {
        state.fieldwork = fieldwork;
        state.fieldwork_stated = stated.is_some();
    }
    if let Some(population) = population_in(doc, sentence.start, sentence.end).pop() {
        state.population = Some(population);
    }
    if let Some((question, _, _)) = question {
        state.question = Some(question);
    }
    fieldwork
}

/// The dates between two offsets that can say when a poll was in the field:
/// not `since 1995`, not `released on Friday`. An offset (`a year earlier`)
/// counts from `current`, the fieldwork of the poll being reported.
fn fieldwork_dates<'a>(
    doc: &Doc<'a>,
    start: usize,
    end: usize,
    current: Option<PartialDate>,
) -> Vec<(&'a Timex, PartialDate)> {
    doc.dates_between(start, end)
        .into_iter()
        .map(|(t, d)| (t, doc.offset_from(t, current).unwrap_or(d)))
        .filter(|(t, d)| {
            let before = doc.words(t.start.saturating_sub(60), t.start);
            let blocked = before
                .iter()
                .rev()
                .take(2)
                .any(|w| lexicon().is("not_fieldwork", w.lower.as_str()));
            // `down 3 points from the survey early last month` compares;
            // `conducted from Friday` dates the fieldwork.
            let range = doc
                .words(t.end, t.end + 12)
                .first()
                .is_some_and(|w| lexicon().is("range_words", &w.lower));
            let comparison = doc.base_word_before(t).is_some_and(|base| {
                !doc.words(base.start.saturating_sub(80), base.start)
                    .iter()
                    .rev()
                    .take(10)
                    .any(|w| lexicon().is("fieldwork_verbs", w.lower.as_str()))
            }) && !range;
            // A poll cannot be in the field after its story is out
            // (`relations would improve next year`).
            let future = doc
                .published
                .is_some_and(|published| d.date > published.date);
            !blocked && !comparison && !future
        })
        .collect()
}

/// The share in percent a number can give: a percentage (`42%`, `seven in
/// 10`), or a fraction of the people asked (`a third of respondents`, `half
/// opposed it`): a fraction before `of` or an answer word. A spelled
/// fraction is loose, so it keeps one decimal (`a third` is 33.3, not
/// 33.333...).
fn share_of(doc: &Doc, q: &Quantity) -> Option<f64> {
    if q.kind == QuantityKind::Percent {
        return Some(q.value);
    }
    let fraction = q.kind == QuantityKind::Count && q.unit.as_deref() == Some("fraction");
    let next = doc.words(q.end, q.end + 20);
    let of_people = next
        .first()
        .is_some_and(|w| w.lower == "of" || doc.contains(&lexicon().answer_cues, w.start, w.end));
    (fraction && of_people && q.value > 0.0 && q.value < 1.0)
        .then(|| (q.value * 1000.0).round() / 10.0)
}

/// A percentage that is a change or the level of a non-opinion measure.
fn is_plain_figure(doc: &Doc, s: usize, q: &Quantity) -> bool {
    let lex = lexicon();
    let (clause_start, clause_end) = doc.clause(s, q.start);
    let before = doc.words(clause_start, q.start);
    if q.change.is_some() {
        return true;
    }
    let window_start = before.iter().rev().nth(2).map_or(clause_start, |w| w.start);
    let after = doc.words(q.end, clause_end);
    let window_end = after.get(2).or(after.last()).map_or(q.end, |w| w.end);
    doc.contains(&lex.non_poll_measures, window_start, q.start)
        || doc.contains(&lex.non_poll_measures, q.end, window_end)
}

/// The pollster named in a sentence, with its offsets: `by X`, `X poll`,
/// `according to X`, or a known pollster.
fn find_pollster(doc: &Doc, s: usize) -> Option<(String, usize, usize)> {
    let lex = lexicon();
    let sentence = doc.sentences.get(s)?;
    let words = doc.words(sentence.start, sentence.end);
    let cues = doc.find(&lex.poll_cues, sentence.start, sentence.end);
    let first_cue = cues.first()?;
    let after_by = words.iter().enumerate().find_map(|(i, w)| {
        let after_cue = w.start >= first_cue.end;
        let by = w.lower == "by" || (w.lower == "to" && i > 0 && words[i - 1].lower == "according");
        (after_cue && by)
            .then(|| name_forward(doc, &words, i + 1))
            .flatten()
    });
    let before_cue = || {
        cues.iter().find_map(|cue| {
            let noun = doc.lower(cue.start, cue.end);
            if !lexicon().is("poll_nouns", noun) {
                return None;
            }
            let end = words.iter().position(|w| w.start >= cue.start)?;
            name_backward(doc, &words, end)
        })
    };
    let according = || {
        words.windows(2).enumerate().find_map(|(i, pair)| {
            (pair[0].lower == "according" && pair[1].lower == "to")
                .then(|| name_forward(doc, &words, i + 2))
                .flatten()
        })
    };
    let known = || {
        let text = doc.sentence_text(s);
        lex.pollsters
            .iter()
            .filter_map(|name| {
                let byte = text.find(name.as_str())?;
                let start = sentence.start + text[..byte].chars().count();
                Some((name.clone(), start, start + name.chars().count()))
            })
            .max_by_key(|(name, _, _)| name.len())
    };
    // `a Realmeter poll commissioned by YTN`: the name before the poll is
    // who ran it; `by` names it when nothing stands before.
    before_cue().or(after_by).or_else(according).or_else(known)
}

/// A capitalised name starting at word `i` (`the Pew Research Center`,
/// `the Yomiuri Shimbun and the Hankook Ilbo`, `South Korean's Korea
/// Gallup` -> `Korea Gallup`).
fn name_forward(doc: &Doc, words: &[Word], mut i: usize) -> Option<(String, usize, usize)> {
    let capitalised = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| is_capitalised(&doc.text(w.start, w.end)) && !in_timex(doc, w))
    };
    if words.get(i).is_some_and(|w| w.lower == "the") {
        i += 1;
    }
    // `by Japanese think tank Genron NPO`: the name follows its description.
    let described = words.iter().enumerate().skip(i).take(5).find_map(|(k, w)| {
        if capitalised(k) {
            return None;
        }
        let descriptor = doc
            .find(&lexicon().pollster_descriptors, w.start, w.end + 20)
            .into_iter()
            .find(|h| h.start == w.start)?;
        let after = words.iter().position(|x| x.start >= descriptor.end)?;
        (after > k && capitalised(after)).then_some(after)
    });
    if let Some(after) = described {
        i = after;
    }
    let mut start = None;
    let mut end = i;
    while let Some(w) = words.get(end) {
        if capitalised(end) {
            start.get_or_insert(end);
            end += 1;
            let text = doc.text(w.start, w.end);
            if text.ends_with("'s") || text.ends_with("’s") {
                if !capitalised(end) {
                    break;
                }
                // A country before the name (`South Korean's Korea Gallup`)
                // says whose pollster it is; it is not part of the name.
                let first = start
                    .and_then(|k| words.get(k))
                    .map_or(w.start, |x| x.start);
                let only_place = doc
                    .countries_between(first, w.end)
                    .iter()
                    .any(|m| m.start == first);
                if only_place {
                    start = Some(end);
                }
            }
            continue;
        }
        // Connectors inside a name or between partners (`and the`).
        let connector = start.is_some() && matches!(w.lower.as_str(), "of" | "and" | "&" | "for");
        let skip_the = words.get(end + 1).is_some_and(|n| n.lower == "the");
        let resume = end + 1 + usize::from(skip_the);
        if connector && capitalised(resume) {
            end = resume;
            continue;
        }
        break;
    }
    name_between(doc, words, start?, end)
}

/// A capitalised name ending just before word `end` (`a Gallup Korea poll`).
fn name_backward(doc: &Doc, words: &[Word], end: usize) -> Option<(String, usize, usize)> {
    let mut start = end;
    while start > 0 {
        let w = &words[start - 1];
        let text = doc.text(w.start, w.end);
        let connector = matches!(w.lower.as_str(), "of" | "and" | "&") && start < end;
        if in_timex(doc, w) || !(is_capitalised(&text) || connector) {
            break;
        }
        start -= 1;
    }
    while start < end
        && (lexicon().is("name_prefixes", words[start].lower.as_str())
            || matches!(words[start].lower.as_str(), "of" | "and" | "&"))
    {
        start += 1;
    }
    name_between(doc, words, start, end)
}

/// The name spanning words `start..end`, without a possessive `'s`, and not
/// a bare country or demonym.
fn name_between(
    doc: &Doc,
    words: &[Word],
    start: usize,
    end: usize,
) -> Option<(String, usize, usize)> {
    let first = words.get(start)?;
    let last = words.get(end.checked_sub(1)?)?;
    if start >= end {
        return None;
    }
    let text = doc.text(first.start, last.end);
    let name = text
        .strip_suffix("'s")
        .or_else(|| text.strip_suffix("’s"))
        .unwrap_or(&text);
    let only_a_place = doc
        .countries_between(first.start, last.end)
        .iter()
        .any(|m| m.start == first.start && m.text.chars().count() >= name.chars().count());
    (!only_a_place && !name.is_empty()).then(|| (name.to_owned(), first.start, last.end))
}

/// Whether a word is part of a dated temporal expression (not `future` in
/// `future-oriented`, which names no date).
fn in_timex(doc: &Doc, w: &Word) -> bool {
    doc.timexes_overlapping(w.start, w.end)
        .any(|t| t.date().is_some())
}

/// The countries whose people answered, when the words between two offsets
/// say it: `of South Koreans`, `respondents in Japan`, `Japanese adults`.
fn population_in(doc: &Doc, start: usize, end: usize) -> Vec<String> {
    let lex = lexicon();
    doc.countries_between(start, end)
        .into_iter()
        .filter(|m| {
            let before = doc.words(m.start.saturating_sub(12), m.start);
            let previous = before.last().map(|w| w.lower.as_str());
            let plural = doc.char_at(m.end) == Some('s') || m.text.ends_with('s');
            let noun_after = doc
                .words(m.end, m.end + 30)
                .first()
                .is_some_and(|w| doc.find(&lex.population_nouns, w.start, w.end).len() == 1);
            // `of Japanese` is who answered; `an impression of Japan` is
            // what they were asked about.
            match m.kind {
                PlaceKind::Demonym => {
                    plural
                        || noun_after
                        || matches!(previous, Some("of" | "among" | "in" | "across"))
                }
                _ => noun_after || matches!(previous, Some("in" | "among" | "across")),
            }
        })
        .map(|m| m.code.clone())
        .collect()
}

/// The question or topic of a poll: the words after `regarding`, `on`,
/// `whether` ... that follow the poll cue, to the end of the clause.
fn find_question(doc: &Doc, s: usize) -> Option<(String, usize, usize)> {
    let sentence = doc.sentences.get(s)?;
    let cue = doc
        .find(&lexicon().poll_cues, sentence.start, sentence.end)
        .into_iter()
        .find(|c| {
            let cue = doc.lower(c.start, c.end);
            lexicon().is("poll_nouns", cue) || cue.contains("asked")
        })?;
    let (_, cue_clause_end) = doc.clause(s, cue.start);
    let words = doc.words(cue.start, cue_clause_end);
    let at = words.iter().position(|w| {
        lexicon().is("topic_words", w.lower.as_str()) && !in_timex_after(doc, w.end)
    })?;
    let topic_word = &words[at];
    let first = if topic_word.lower == "whether" {
        topic_word
    } else {
        words.get(at + 1)?
    };
    if first.lower.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let (_, clause_end) = doc.clause(s, first.start);
    let phrase = doc.text(first.start, clause_end);
    let phrase = phrase.trim().trim_end_matches(['.', ',']);
    let phrase = phrase.strip_prefix("the ").unwrap_or(phrase);
    (!phrase.is_empty()).then(|| (phrase.to_owned(), first.start, clause_end))
}

/// Where the words that may date a share begin: its clause, with a short
/// clause just before it (`In May, 55% approved`).
fn leading_clause_start(doc: &Doc, s: usize, clause_start: usize) -> usize {
    let Some(sentence) = doc.sentences.get(s) else {
        return clause_start;
    };
    if clause_start <= sentence.start {
        return clause_start;
    }
    let (previous_start, _) = doc.clause(s, clause_start.saturating_sub(2).max(sentence.start));
    if doc.words(previous_start, clause_start).len() <= 5 {
        previous_start
    } else {
        clause_start
    }
}

/// Whether a temporal expression begins right after `pos` (`on June 5`).
fn in_timex_after(doc: &Doc, pos: usize) -> bool {
    doc.timexes_overlapping(pos + 1, pos + 2)
        .any(|t| t.start > pos && t.start <= pos + 1)
}

/// The answer a share chose: the words after it (`sought the resolution of
/// historical issues`), else the words before it (`support for the
/// opposition stood at`), with the share's qualifier.
fn answer(doc: &Doc, q: &Quantity, before_start: usize, after_end: usize) -> Option<String> {
    let after = doc.words(q.end, after_end);
    let mut i = 0;
    while let Some(w) = after.get(i) {
        if lexicon().is("answer_lead_words", w.lower.as_str())
            || doc.find(&lexicon().population_nouns, w.start, w.end).len() == 1
        {
            i += 1;
            continue;
        }
        // `in their 30s`: the age group that answered.
        let age_group = w.lower == "in"
            && after.get(i + 1).is_some_and(|x| x.lower == "their")
            && after.get(i + 2).is_some_and(|x| {
                x.lower.starts_with(|c: char| c.is_ascii_digit()) && x.lower.ends_with('s')
            });
        if age_group {
            i += 3;
            continue;
        }
        // `of South Koreans`: who answered, not what (`chose China` is).
        let after_of = i > 0 && after[i - 1].lower == "of";
        let place_end = doc
            .countries_between(w.start, after_end)
            .first()
            .filter(|m| m.start == w.start && after_of)
            .map(|m| m.end);
        match place_end {
            Some(end) => {
                while after.get(i).is_some_and(|x| x.start < end) {
                    i += 1;
                }
            }
            None => break,
        }
    }
    while after.get(i).is_some_and(|w| w.lower == "the") {
        i += 1;
    }
    let right = after
        .get(i)
        .filter(|w| !lexicon().is("non_answer_starts", w.lower.as_str()) && !in_timex(doc, w))
        .and_then(|first| {
            let last = after.get(i + 24).or(after.last())?;
            Some(doc.text(first.start, last.end))
        });
    let phrase = right.or_else(|| {
        let before = doc.words(before_start, q.start);
        let keep = before.iter().rposition(|w| {
            !lexicon().is("level_words", w.lower.as_str()) && !lexicon().is("hedges", &w.lower)
        })?;
        // `followed by North Korea at 30.1 percent`: the answer is the name.
        let first = before[..=keep]
            .iter()
            .find(|w| !lexicon().is("answer_connectors", &w.lower))?;
        Some(doc.text(first.start, before[keep].end))
    })?;
    Some(match &q.qualifier {
        Some(qualifier) => format!("{phrase} ({qualifier})"),
        None => phrase,
    })
}

/// Shares that state no answer of their own take their neighbour's: the
/// next share's (`70% of A and 60% of B want ...`), else the previous one's
/// (`..., compared with 34% last year`).
fn share_answers(rows: &mut [PollResult], quantities: &[&Quantity]) {
    for i in (0..rows.len()).rev() {
        if rows[i].answer.is_none() {
            let next = rows.get(i + 1).and_then(|r| r.answer.clone());
            rows[i].answer = next.map(|a| with_qualifier(&a, quantities.get(i).copied()));
        }
    }
    for i in 1..rows.len() {
        if rows[i].answer.is_none() {
            let previous = rows[i - 1].answer.clone();
            rows[i].answer = previous.map(|a| with_qualifier(&a, quantities.get(i).copied()));
        }
    }
}

/// A neighbour's answer with this share's own qualifier instead of theirs.
fn with_qualifier(answer: &str, q: Option<&Quantity>) -> String {
    let bare = match answer.rfind(" (") {
        Some(at) if answer.ends_with(')') => &answer[..at],
        _ => answer,
    };
    match q.and_then(|q| q.qualifier.as_deref()) {
        Some(qualifier) => format!("{bare} ({qualifier})"),
        None => bare.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use crate::testkit::Fixture;
    use newsfacts_parse::Precision;

    /// A Gallup-style story: a current wave, a share continued in the next
    /// sentence, an earlier wave with its own month, a tariff trap.
    fn gallup_story() -> Fixture {
        let mut f = Fixture::dated(
            "In a Gallup Korea survey of 1,001 adults conducted this month, 58% of South Koreans \
             said they view Japan favorably, while 31% said they did not. This is well above the \
             42% who held a favorable view in March. \n\nThe poll also found that 64% support \
             closer security ties. Meanwhile, Washington imposed a 25% tariff on steel.",
        );
        f.percent("58%", 58.0)
            .percent("31%", 31.0)
            .percent("42%", 42.0)
            .percent("64%", 64.0)
            .percent("25%", 25.0)
            .count("1,001 adults", 1001.0, Some("adults"))
            .country("South Koreans", "KOR")
            .country("Japan", "JPN")
            .country("Washington", "USA")
            .date("this month", "2025-06")
            .date("March", "2025-03");
        f
    }

    #[test]
    fn every_share_of_a_poll_is_a_row() {
        let stats = gallup_story().run();
        let shares: Vec<f64> = stats.polls.iter().map(|p| p.share_pct).collect();
        assert_eq!(shares, vec![58.0, 31.0, 42.0, 64.0]);
        assert!(stats
            .polls
            .iter()
            .all(|p| p.pollster.as_deref() == Some("Gallup Korea")));
        assert!(stats
            .polls
            .iter()
            .all(|p| p.population_country.as_deref() == Some("KOR")));
    }

    #[test]
    fn an_earlier_wave_keeps_its_own_month() {
        let stats = gallup_story().run();
        let dates: Vec<String> = stats
            .polls
            .iter()
            .map(|p| p.fieldwork.map(|d| d.date.to_string()).unwrap_or_default())
            .collect();
        assert_eq!(
            dates,
            vec!["2025-06-01", "2025-06-01", "2025-03-01", "2025-06-01"]
        );
        assert!(stats
            .polls
            .iter()
            .all(|p| p.fieldwork.map(|d| d.precision) == Some(Precision::Month)));
    }

    #[test]
    fn a_tariff_percentage_is_a_figure_not_a_share() {
        let stats = gallup_story().run();
        assert!(stats.polls.iter().all(|p| p.share_pct != 25.0));
        let values: Vec<f64> = stats.figures.iter().map(|f| f.value).collect();
        assert!(values.contains(&25.0), "{values:?}");
    }

    #[test]
    fn the_answer_is_the_words_after_the_share() {
        let stats = gallup_story().run();
        assert_eq!(
            stats.polls[2].answer.as_deref(),
            Some("held a favorable view in March")
        );
    }

    #[test]
    fn a_hedged_share_stores_the_number_and_keeps_the_hedge_in_the_answer() {
        let mut f = Fixture::dated(
            "A survey by the Pew Research Center found about 70% of Canadians trust the courts.",
        );
        f.percent("about 70%", 70.0).country("Canadians", "CAN");
        let stats = f.run();
        assert_eq!(stats.polls.len(), 1);
        assert_eq!(stats.polls[0].share_pct, 70.0);
        assert_eq!(
            stats.polls[0].pollster.as_deref(),
            Some("Pew Research Center")
        );
        assert_eq!(stats.polls[0].population_country.as_deref(), Some("CAN"));
        assert!(stats.polls[0]
            .answer
            .as_deref()
            .is_some_and(|a| a.ends_with("(about)")));
    }

    #[test]
    fn a_percentage_far_from_any_poll_is_not_a_share() {
        let mut f = Fixture::dated(
            "The economy grew 2.1% last year. Officials said 40% of the budget went to defense.",
        );
        f.percent_change("2.1%", 2.1).percent("40%", 40.0);
        let stats = f.run();
        assert!(stats.polls.is_empty());
        assert_eq!(stats.figures.len(), 2);
    }

    #[test]
    fn a_topic_country_is_not_the_population() {
        let mut f = Fixture::dated(
            "In a survey released on Friday, 31.2 percent of South Koreans said they had a good \
             impression of Japan, down from 33.1 percent last year, while 52.5 percent held an \
             unfavorable view.",
        );
        f.percent("31.2 percent", 31.2)
            .percent("33.1 percent", 33.1)
            .percent("52.5 percent", 52.5)
            .country("South Koreans", "KOR")
            .country("Japan", "JPN")
            .date("Friday", "2025-06-20")
            .date("last year", "2024");
        let stats = f.run();
        let rows: Vec<(f64, Option<&str>, Option<String>)> = stats
            .polls
            .iter()
            .map(|p| {
                (
                    p.share_pct,
                    p.population_country.as_deref(),
                    p.fieldwork.map(|d| d.date.to_string()),
                )
            })
            .collect();
        assert_eq!(
            rows,
            vec![
                (31.2, Some("KOR"), None),
                (33.1, Some("KOR"), Some("2024-01-01".to_owned())),
                (52.5, Some("KOR"), None),
            ]
        );
        assert_eq!(
            stats.polls[0].answer.as_deref(),
            Some("a good impression of Japan")
        );
    }

    fn fieldwork_of(stats: &super::super::Statistics, share: f64) -> Option<(String, Precision)> {
        stats
            .polls
            .iter()
            .find(|p| p.share_pct == share)
            .and_then(|p| p.fieldwork)
            .map(|d| (d.date.to_string(), d.precision))
    }

    #[test]
    fn the_comparison_rounds_date_is_not_the_shares_fieldwork() {
        let mut f = Fixture::dated(
            "In a Gallup poll conducted on June 20, 55% backed the cabinet. Approval of the \
             party fell to 41.3%, down 2.8 points from the survey early last month.",
        );
        f.percent("55%", 55.0)
            .percent("41.3%", 41.3)
            .points("2.8 points", 2.8)
            .date("June 20", "2025-06-20")
            .date("early last month", "2025-05");
        let stats = f.run();
        assert_eq!(
            fieldwork_of(&stats, 41.3),
            Some(("2025-06-20".to_owned(), Precision::Day))
        );
    }

    #[test]
    fn a_round_a_year_earlier_keeps_the_month_of_the_current_one() {
        let mut f = Fixture::dated(
            "In a Realmeter survey conducted on May 28, 38.5% backed the ruling party. \
             A year earlier, 44.1% said they backed it.",
        );
        f.percent("38.5%", 38.5)
            .percent("44.1%", 44.1)
            .date("May 28", "2025-05-28")
            .date("A year earlier", "2024");
        let stats = f.run();
        assert_eq!(
            fieldwork_of(&stats, 44.1),
            Some(("2024-05-01".to_owned(), Precision::Month))
        );
    }

    #[test]
    fn without_a_named_population_or_dateline_the_most_named_country_answered() {
        let mut f = Fixture::dated(
            "Freedonia and its allies in Freedonia watch as Ruritania votes on Sunday. In a \
             Novus poll, 35% backed the Greens, who lead in Rurburg and Ruriton.",
        );
        f.percent("35%", 35.0)
            .country("Ruritania", "RUR")
            .place(
                "Rurburg",
                "RUR",
                newsfacts_normalize::places::PlaceKind::City,
            )
            .place(
                "Ruriton",
                "RUR",
                newsfacts_normalize::places::PlaceKind::City,
            )
            .country("Freedonia", "FRE");
        let stats = f.run();
        assert_eq!(stats.polls[0].population_country.as_deref(), Some("RUR"));
    }

    #[test]
    fn the_rows_of_a_share_table_beside_a_poll_are_shares() {
        let mut f = Fixture::dated(
            "A Novus poll conducted on June 20 put the Greens ahead.\n\n\
             Party            Share\n\
             Greens           34.5    +1.2\n\
             Liberal Party    17.9    -0.4\n\
             Source: Novus. Margin of error 2.1 points.\n\n\
             Party            Seats\n\
             Greens           120\n\
             Liberal Party    45",
        );
        f.count("34.5", 34.5, None)
            .count("+1.2", 1.2, None)
            .count("17.9", 17.9, None)
            .count("-0.4", -0.4, None)
            .count("2.1 points", 2.1, Some("points"))
            .count("120", 120.0, None)
            .count("45", 45.0, None)
            .date("June 20", "2025-06-20");
        let stats = f.run();
        let rows: Vec<(f64, Option<&str>, Option<String>)> = stats
            .polls
            .iter()
            .map(|p| {
                (
                    p.share_pct,
                    p.answer.as_deref(),
                    p.fieldwork.map(|d| d.date.to_string()),
                )
            })
            .collect();
        let june = Some("2025-06-20".to_owned());
        assert_eq!(
            rows,
            vec![
                (34.5, Some("Greens"), june.clone()),
                (17.9, Some("Liberal Party"), june),
            ]
        );
    }

    #[test]
    fn a_pollster_based_in_a_city_asks_that_citys_country() {
        let mut f = Fixture::dated(
            "Approval of the summit reached 46.8% in a survey by Seoul-based pollster Realmeter. \
             Japan and Ruritania signed the deal in Japan.",
        );
        f.percent("46.8%", 46.8)
            .place("Seoul", "KOR", newsfacts_normalize::places::PlaceKind::City)
            .country("Japan", "JPN")
            .country("Ruritania", "RUR");
        let stats = f.run();
        assert_eq!(stats.polls[0].pollster.as_deref(), Some("Realmeter"));
        assert_eq!(stats.polls[0].population_country.as_deref(), Some("KOR"));
    }

    #[test]
    fn a_dateline_date_is_not_the_fieldwork() {
        let mut f = Fixture::dated(
            "SEOUL, June 20 (Wire) - In a Gallup Korea poll, 62% of South Koreans backed the plan.",
        );
        f.percent("62%", 62.0)
            .country("South Koreans", "KOR")
            .date("June 20", "2025-06-20");
        let stats = f.run();
        assert_eq!(stats.polls.len(), 1);
        assert_eq!(stats.polls[0].fieldwork, None);
    }

    #[test]
    fn shares_before_the_fieldwork_sentence_take_the_poll_date() {
        let mut f = Fixture::dated(
            "A survey by the Daily Bugle found that 56% of Canadians trust the mayor, the highest \
             since the survey began in 1995. The poll was conducted by telephone in May.",
        );
        f.percent("56%", 56.0)
            .country("Canadians", "CAN")
            .date("1995", "1995")
            .date("May", "2025-05");
        let stats = f.run();
        assert_eq!(stats.polls.len(), 1);
        assert_eq!(stats.polls[0].pollster.as_deref(), Some("Daily Bugle"));
        assert_eq!(
            stats.polls[0]
                .fieldwork
                .map(|d| d.date.to_string())
                .as_deref(),
            Some("2025-05-01")
        );
    }

    #[test]
    fn a_date_inside_the_question_is_not_the_fieldwork() {
        let mut f = Fixture::dated(
            "Asked about the referendum on July 20, 38 percent said they would vote yes.",
        );
        f.percent("38 percent", 38.0).date("July 20", "2025-07-20");
        let stats = f.run();
        assert_eq!(stats.polls.len(), 1);
        assert_eq!(stats.polls[0].fieldwork, None);
        assert_eq!(
            stats.polls[0].question.as_deref(),
            Some("referendum on July 20")
        );
    }

    #[test]
    fn a_change_inside_a_poll_sentence_is_a_figure() {
        let mut f = Fixture::dated("The Gallup poll found 52% backed the plan, up 3% from May.");
        f.percent("52%", 52.0).percent_change("3%", 3.0);
        let stats = f.run();
        let shares: Vec<f64> = stats.polls.iter().map(|p| p.share_pct).collect();
        assert_eq!(shares, vec![52.0]);
        assert_eq!(stats.figures.len(), 1);
        assert_eq!(stats.figures[0].value, 3.0);
    }

    #[test]
    fn a_described_pollster_and_its_partner_make_one_pollster() {
        let mut f = Fixture::dated(
            "A joint survey by Ruritanian think tank Civic Lens and Freedonia's Polar Institute \
             found 41.8 percent of Ruritanians like their neighbours. In a Tally poll commissioned \
             by Daily Planet, 30 percent of Freedonians agreed.",
        );
        f.percent("41.8 percent", 41.8)
            .percent("30 percent", 30.0)
            .country("Ruritanian", "RUR")
            .country("Freedonia", "FRE");
        let pollsters: Vec<Option<String>> =
            f.run().polls.into_iter().map(|p| p.pollster).collect();
        assert_eq!(
            pollsters,
            vec![
                Some("Civic Lens and Freedonia's Polar Institute".to_owned()),
                Some("Tally".to_owned())
            ]
        );
    }

    #[test]
    fn a_vote_share_is_a_figure_and_a_restated_share_one_row() {
        let mut f = Fixture::dated(
            "A Gallup poll shows 48% of voters back the mayor. The mayor won 52% of the vote in \
             2022, and 48% of those polled said they back her again.",
        );
        f.percent("48%", 48.0).percent("52%", 52.0);
        let second = f
            .article
            .text
            .rfind("48%")
            .map(|b| f.article.text[..b].chars().count());
        if let Some(start) = second {
            let mut q = f.annotations.quantities[0].clone();
            q.start = start;
            q.end = start + 3;
            f.annotations.quantities.push(q);
            f.annotations.quantities.sort_by_key(|q| q.start);
        }
        let stats = f.run();
        let shares: Vec<f64> = stats.polls.iter().map(|p| p.share_pct).collect();
        assert_eq!(shares, vec![48.0]);
        let figures: Vec<f64> = stats.figures.iter().map(|f| f.value).collect();
        assert_eq!(figures, vec![52.0]);
    }

    #[test]
    fn an_earlier_survey_in_a_later_sentence_keeps_the_current_fieldwork() {
        let mut f = Fixture::dated(
            "A Tally poll conducted from June 2 to 5 found 49 percent of Ruritanians back the \
             treaty. In a similar survey in 2020, only 25 percent backed it. Support among those \
             in their 20s was 52 percent.",
        );
        f.percent("49 percent", 49.0)
            .percent("only 25 percent", 25.0)
            .percent("52 percent", 52.0)
            .country("Ruritanians", "RUR")
            .date("June 2", "2025-06-02")
            .date("5", "2025-06-05")
            .date("2020", "2020");
        let dates: Vec<(f64, String)> = f
            .run()
            .polls
            .iter()
            .map(|p| {
                (
                    p.share_pct,
                    p.fieldwork.map(|d| d.date.to_string()).unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            dates,
            vec![
                (49.0, "2025-06-02".to_owned()),
                (25.0, "2020-01-01".to_owned()),
                (52.0, "2025-06-02".to_owned())
            ]
        );
    }

    #[test]
    fn a_country_chosen_is_the_answer_and_followers_name_theirs() {
        let mut f = Fixture::dated(
            "Asked which country poses the biggest threat, 45.2 percent chose Freedonia, \
             followed by Sylvania at 30.1 percent.",
        );
        f.percent("45.2 percent", 45.2)
            .percent("30.1 percent", 30.1)
            .country("Freedonia", "FRE")
            .country("Sylvania", "SYL");
        let answers: Vec<Option<String>> = f.run().polls.into_iter().map(|p| p.answer).collect();
        assert_eq!(
            answers,
            vec![Some("Freedonia".to_owned()), Some("Sylvania".to_owned())]
        );
    }

    #[test]
    fn a_report_that_surveyed_countries_is_not_a_poll() {
        let mut f = Fixture::dated(
            "The report, which surveyed 148 economies, found the gap was 68.8 percent closed.",
        );
        f.percent("68.8 percent", 68.8)
            .count("148 economies", 148.0, Some("economies"));
        let stats = f.run();
        assert!(stats.polls.is_empty());
        assert_eq!(stats.figures.len(), 2);
    }

    /// The real normalisers on a poll story of our own.
    fn real_stats(text: &str) -> super::super::Statistics {
        let mut article = newsfacts_parse::Article::from_text("poll.txt", text);
        article.published =
            chrono::NaiveDate::from_ymd_opt(2025, 6, 23).map(newsfacts_parse::PartialDate::day);
        super::super::find_statistics(&article, &newsfacts_normalize::annotate(&article))
    }

    #[test]
    fn shares_in_words_are_poll_shares() {
        let stats = real_stats(
            "OTTAWA – In an Angus Reid poll of 1,500 adults conducted this month, 44% of \
             Canadians backed the pipeline. Nine in 10 farmers in their 50s said relations \
             would improve next year, a third opposed the plan and half of respondents wanted a referendum.",
        );
        let shares: Vec<f64> = stats.polls.iter().map(|p| p.share_pct).collect();
        assert_eq!(shares, vec![44.0, 90.0, 33.3, 50.0]);
        let answer = stats.polls[1].answer.as_deref().unwrap_or("");
        assert!(answer.starts_with("relations would improve"), "{answer}");
        // `next year` is what they expect, not when they were asked.
        let months: Vec<String> = stats
            .polls
            .iter()
            .map(|p| p.fieldwork.map(|d| d.date.to_string()).unwrap_or_default())
            .collect();
        assert_eq!(months, vec!["2025-06-01"; 4]);
        let values: Vec<f64> = stats.figures.iter().map(|f| f.value).collect();
        assert!(!values.contains(&10.0), "{values:?}");
    }
}
