//! Every other number an article states as fact: money, counts, durations,
//! ordinals with a noun of their own (`60th anniversary`), scores, changes in
//! percentage points, multiples (`twice the size`).
//!
//! Left out: dates and bare years, `first`, numbers inside names and titles
//! (`Group of Seven`, `F-35`), short quoted phrases (`"two-track"`),
//! anaphoric counts (`the two countries`), framing spans (`over the past six
//! decades`), and unit-less counts that measure nothing named.

use newsfacts_normalize::numbers::{is_superlative, Quantity, QuantityKind};
use newsfacts_normalize::timex::Timex;
use newsfacts_parse::PartialDate;

use super::lexicon::lexicon;
use super::text::{is_capitalised, Doc};
use super::{country_of, measure_phrase, ordinal_unit, PlacedFigure};
use crate::records::Figure;

/// Every unclaimed number that is a figure.
pub(super) fn find_figures(doc: &Doc, claimed: &[bool]) -> Vec<PlacedFigure> {
    let quantities = &doc.annotations.quantities;
    quantities
        .iter()
        .zip(claimed)
        .filter(|(_, &c)| !c)
        .filter_map(|(q, _)| figure(doc, q))
        .collect()
}

fn figure(doc: &Doc, q: &Quantity) -> Option<PlacedFigure> {
    let s = doc.sentence_at(q.start)?;
    if !q.value.is_finite() || is_date(doc, q) || in_name(doc, s, q) {
        return None;
    }
    // A number inside a quotation is the speaker's rhetoric, not a fact
    // the article states (`one of the world's ten largest economies`).
    if doc.in_short_quote(s, q.start, q.end, 6) || doc.in_quotation(q.start) {
        return None;
    }
    let spelled = !q.text.chars().any(|c| c.is_ascii_digit());
    let before = doc.words(doc.clause(s, q.start).0, q.start);
    let previous = before.last().map(|w| w.lower.as_str());
    if spelled {
        let first_word = q.text.split([' ', '-']).next().unwrap_or("").to_lowercase();
        // `these three`, `both`, `the two countries` point back at things
        // already named; `all eight parties`, `the four parties` state how
        // many there are.
        let anaphoric = q.kind == QuantityKind::Count
            && previous.is_some_and(|w| {
                lexicon().is("anaphoric_determiners", w)
                    || (lexicon().is("set_determiners", w) && q.value == 2.0)
            });
        if anaphoric || q.value == 1.0 || lexicon().is("bare_scales", first_word.as_str()) {
            return None;
        }
    }
    // `a third of the budget` is a share; `a third paper`, `a year and a
    // half` are not figures.
    let fraction = q.unit.as_deref() == Some("fraction");
    if fraction
        && doc
            .words(q.end, q.end + 8)
            .first()
            .is_none_or(|w| w.lower != "of")
    {
        return None;
    }
    let unit = match q.kind {
        QuantityKind::Percent => Some("%".to_owned()),
        QuantityKind::PercentagePoints => Some("percentage points".to_owned()),
        QuantityKind::Money => q.unit.clone(),
        QuantityKind::Ordinal => {
            if q.value <= 1.0 {
                return None;
            }
            // `third-largest trading partner`: a place among things.
            if q.unit.as_deref().is_some_and(is_superlative) {
                Some("rank".to_owned())
            } else {
                Some(ordinal_unit(doc, q)?)
            }
        }
        QuantityKind::Count => match q.unit.clone() {
            Some(unit) => Some(unit),
            None => {
                let is_score = before
                    .iter()
                    .any(|w| lexicon().is("score_words", w.lower.as_str()));
                // `about 7 million Koreans`: a people or a scale word says
                // what is counted.
                let people = doc
                    .countries_between(q.end, q.end + 40)
                    .first()
                    .filter(|m| {
                        let gap = doc.lower(q.end, m.start);
                        gap.trim().is_empty() && !gap.contains('\n')
                    })
                    .map(|m| m.text.clone());
                // `1,047 randomly selected voters`: the people counted.
                let counted = doc
                    .words(q.end, q.end + 60)
                    .into_iter()
                    .take(4)
                    .find(|w| doc.find(&lexicon().population_nouns, w.start, w.end).len() == 1)
                    .filter(|w| !doc.text(q.end, w.start).contains([',', '.', ';']))
                    .map(|w| doc.text(w.start, w.end));
                let scaled = q
                    .text
                    .split_whitespace()
                    .any(|w| lexicon().is("scale_words", &w.to_lowercase()));
                if is_score {
                    Some("score".to_owned())
                } else if let Some(noun) = counted_subject(doc, s, q) {
                    Some(noun)
                } else if people.is_some() {
                    people
                } else if counted.is_some() {
                    counted
                } else if scaled {
                    None
                } else {
                    return None;
                }
            }
        },
    };
    let unit_word = unit.as_deref().unwrap_or("").to_lowercase();
    let framing = before
        .iter()
        .rev()
        .take(3)
        .any(|w| lexicon().is("framing_words", w.lower.as_str()));
    if framing && lexicon().is("time_units", unit_word.as_str()) && !beside_money(doc, s, q) {
        return None;
    }
    // `two decades` is 20 years: a duration is stored in its base unit,
    // as money is.
    let (value, unit) = match unit.as_deref().and_then(|u| lexicon().in_base_unit(u)) {
        Some((base, factor)) => (q.value * factor, Some(base.to_owned())),
        None => (q.value, unit),
    };
    Some(PlacedFigure {
        at: q.start,
        context_date: previous_sentence_date(doc, s, q),
        figure: Figure {
            value,
            unit,
            measure: counted_phrase(doc, s, q, unit_word.as_str())
                .or_else(|| superlative_phrase(doc, s, q))
                .or_else(|| measure_phrase(doc, s, q.start, q.end)),
            date: date_of(doc, s, q),
            country_code: country_of(doc, s, q.start),
            sentence: doc.sentence_text(s),
        },
    })
}

/// Whether the clause of `q` states an amount of money.
fn beside_money(doc: &Doc, s: usize, q: &Quantity) -> bool {
    let (start, end) = doc.clause(s, q.start);
    doc.quantities_between(start, end)
        .into_iter()
        .filter_map(|i| doc.annotations.quantities.get(i))
        .any(|m| m.kind == QuantityKind::Money)
}

/// What a count of things measures: its noun and what completes it
/// (`troops in the war`, `votes in the runoff`), rather than the verb before
/// it (`which lost`). Not for durations, shares or multiples.
fn counted_phrase(doc: &Doc, s: usize, q: &Quantity, unit: &str) -> Option<String> {
    let counted = q.kind == QuantityKind::Count
        && !unit.is_empty()
        && !matches!(unit, "fraction" | "times" | "score")
        && !lexicon().is("time_units", unit);
    if !counted {
        return None;
    }
    let head = unit.split_whitespace().last()?;
    let (_, clause_end) = doc.clause(s, q.start);
    let words = doc.words(q.start, clause_end.max(q.end));
    let from = words.iter().take(6).position(|w| w.lower == head)?;
    let mut taken: Vec<_> = words[from..]
        .iter()
        .take_while(|w| {
            !lexicon().is("phrase_stops", w.lower.as_str())
                && !w.lower.chars().any(|c| c.is_ascii_digit())
        })
        .take(5)
        .collect();
    while taken.len() > 1
        && taken
            .last()
            .is_some_and(|w| lexicon().is("left_stops", w.lower.as_str()))
    {
        taken.pop();
    }
    let (first, last) = (taken.first()?, taken.last()?);
    Some(doc.text(first.start, last.end))
}

/// `the number of people travelling abroad exceeded 12 million`: the noun
/// counted by a `number of` subject earlier in the clause is the unit of a
/// count that names none.
fn counted_subject(doc: &Doc, s: usize, q: &Quantity) -> Option<String> {
    let (clause_start, _) = doc.clause(s, q.start);
    let words = doc.words(clause_start, q.start);
    words.windows(3).rev().find_map(|w| {
        let counts = lexicon().is("count_heads", w[0].lower.as_str()) && w[1].lower == "of";
        let noun = &w[2];
        (counts && !noun.lower.chars().any(|c| c.is_ascii_digit()))
            .then(|| doc.text(noun.start, noun.end))
    })
}

/// What a rank among things places (`third-largest trading partner`): the
/// superlative and the noun phrase after it.
fn superlative_phrase(doc: &Doc, s: usize, q: &Quantity) -> Option<String> {
    let superlative = q.unit.as_deref().filter(|u| is_superlative(u))?;
    let (_, clause_end) = doc.clause(s, q.start);
    let noun: Vec<_> = doc
        .words(q.end, clause_end.max(q.end))
        .into_iter()
        .take_while(|w| {
            !lexicon().is("phrase_stops", w.lower.as_str())
                && !lexicon().is("right_stops", w.lower.as_str())
        })
        .take(3)
        .collect();
    Some(match (noun.first(), noun.last()) {
        (Some(first), Some(last)) => format!("{superlative} {}", doc.text(first.start, last.end)),
        _ => superlative.to_owned(),
    })
}

/// A date or a bare year: covered by a dated temporal expression, or a
/// four-digit number between 1800 and 2100 with no unit.
fn is_date(doc: &Doc, q: &Quantity) -> bool {
    let covered = doc
        .timexes_overlapping(q.start, q.end)
        .any(|t| t.start <= q.start && q.end <= t.end && t.date().is_some());
    let digits: String = q.text.chars().filter(|c| !c.is_whitespace()).collect();
    let bare_year = q.kind == QuantityKind::Count
        && q.unit.is_none()
        && digits.len() == 4
        && digits.chars().all(|c| c.is_ascii_digit())
        && (1800.0..=2100.0).contains(&q.value);
    covered || bare_year
}

/// A number inside a name or title: `Group of Seven`, `F-35`, `G7`,
/// `Game 7`, `Second Vice Foreign Minister`.
fn in_name(doc: &Doc, s: usize, q: &Quantity) -> bool {
    let sentence_start = doc.sentences.get(s).map_or(0, |x| x.start);
    if q.start > sentence_start && is_capitalised(&q.text) {
        return true;
    }
    let before = q.start.checked_sub(1).and_then(|i| doc.char_at(i));
    let before2 = q.start.checked_sub(2).and_then(|i| doc.char_at(i));
    let attached_before = before.is_some_and(char::is_alphabetic)
        || (before == Some('-') && before2.is_some_and(char::is_alphabetic));
    let after = doc.char_at(q.end);
    let after2 = doc.char_at(q.end + 1);
    let attached_after = after.is_some_and(char::is_alphabetic)
        || (after == Some('-') && after2.is_some_and(char::is_uppercase));
    // `Game 7`, `Type 1 diabetes`: digits right after a capitalised word.
    let label = q.kind == QuantityKind::Count
        && q.text.starts_with(|c: char| c.is_ascii_digit())
        && doc.words(sentence_start, q.start).last().is_some_and(|w| {
            w.start > sentence_start
                && is_capitalised(&doc.text(w.start, w.end))
                && !w.lower.ends_with("'s")
                && !w.lower.ends_with("’s")
        });
    attached_before || attached_after || label
}

/// The date a number refers to: the nearest date of its clause, else the
/// nearest before it in its sentence (`on Oct. 4, 2025, with 215 votes`),
/// else the first after it. A comparison base or the start of a span (`down 4.6
/// points from August`, `six times since 1953`) is not the number's date.
fn date_of(doc: &Doc, s: usize, q: &Quantity) -> Option<PartialDate> {
    let (start, end) = (q.start, q.end);
    let change = q.change.is_some() || q.kind == QuantityKind::PercentagePoints;
    let own = |t: &Timex| (t.end <= start || t.start >= end) && !is_base(doc, t, change);
    let distance = |t: &Timex| {
        if t.end <= start {
            start - t.end
        } else {
            t.start - end
        }
    };
    let (clause_start, clause_end) = doc.clause(s, start);
    let in_clause = doc
        .dates_between(clause_start, clause_end)
        .into_iter()
        .filter(|(t, _)| own(t))
        .min_by_key(|(t, _)| distance(t));
    let sentence = doc.sentences.get(s)?;
    let in_sentence = || {
        let dates: Vec<_> = doc
            .dates_between(sentence.start, sentence.end)
            .into_iter()
            .filter(|(t, _)| own(t))
            .collect();
        dates
            .iter()
            .filter(|(t, _)| t.end <= start)
            .min_by_key(|(t, _)| distance(t))
            .or_else(|| dates.first())
            .copied()
    };
    let picked = in_clause.or_else(in_sentence);
    // `up from $4 billion a year earlier`: an offset counts from the date
    // the text speaks of before it, in its sentence or the one before.
    let picked = picked.map(|(t, d)| {
        let from = s
            .checked_sub(1)
            .and_then(|p| doc.sentences.get(p))
            .map_or(sentence.start, |p| p.start);
        let anchor = doc
            .dates_between(from, t.start)
            .into_iter()
            .rfind(|(a, _)| a.end <= t.start && doc.offset_from(a, None).is_none())
            .map(|(_, a)| a);
        (t, doc.offset_from(t, anchor).unwrap_or(d))
    });
    // `conducted Saturday and Sunday`: a span is dated by its start.
    let span_start = picked.and_then(|(t, _)| {
        doc.dates_between(sentence.start, t.start)
            .into_iter()
            .rfind(|(t0, _)| t0.end <= t.start)
            .filter(|(t0, _)| {
                let link = doc.lower(t0.end, t.start).trim();
                matches!(link, "and" | "-" | "–" | "to")
            })
    });
    span_start.or(picked).map(|(_, d)| d)
}

/// The last date of the sentence before `s` in the same paragraph that is
/// not a comparison base: the date of an undated figure `q` when nothing
/// more specific dates it. A figure whose clause has a date of its own (a
/// comparison base, `since 1991`) has its own time frame and borrows none.
fn previous_sentence_date(doc: &Doc, s: usize, q: &Quantity) -> Option<PartialDate> {
    let sentence = doc.sentences.get(s)?;
    let (clause_start, clause_end) = doc.clause(s, q.start);
    if !doc.dates_between(clause_start, clause_end).is_empty() {
        return None;
    }
    let previous = doc.sentences.get(s.checked_sub(1)?)?;
    let same_paragraph = !doc.text(previous.end, sentence.start).contains('\n');
    same_paragraph
        .then(|| {
            doc.dates_between(previous.start, previous.end)
                .into_iter()
                .rfind(|(t, _)| !is_base(doc, t, true))
        })
        .flatten()
        .map(|(_, d)| d)
}

/// A date governed by `since` or `than` (`the largest since they restored
/// ties in 1991`, `two less than estimated last year`), or by `from` after
/// a change (`down 2.5 points from March`), that does not open a range
/// (`from Tuesday to Thursday` dates the fieldwork itself). Without a
/// change, `from` starts the period a number applies to (`20,000 places a
/// year from 2027`), which dates it.
fn is_base(doc: &Doc, t: &Timex, change: bool) -> bool {
    let base = doc
        .base_word_before(t)
        .is_some_and(|w| change || w.lower != "from");
    let range = doc
        .words(t.end, t.end + 12)
        .first()
        .is_some_and(|w| lexicon().is("range_words", &w.lower));
    base && !range
}

#[cfg(test)]
mod tests {
    use crate::stats::Statistics;
    use crate::testkit::Fixture;
    use newsfacts_parse::Precision;

    /// Each figure's date as `YYYY-MM-DD`, in row order.
    fn figure_dates(stats: &Statistics) -> Vec<Option<String>> {
        stats
            .figures
            .iter()
            .map(|f| f.date.map(|d| d.date.to_string()))
            .collect()
    }

    #[test]
    fn an_anniversary_ordinal_is_a_figure_with_its_noun_as_unit() {
        let mut f = Fixture::dated("The club marked its 75th anniversary on Sunday.");
        f.ordinal("75th", 75.0).date("Sunday", "2025-06-22");
        let stats = f.run();
        assert_eq!(stats.figures.len(), 1);
        assert_eq!(stats.figures[0].value, 75.0);
        assert_eq!(stats.figures[0].unit.as_deref(), Some("anniversary"));
        assert_eq!(
            stats.figures[0].date.map(|d| d.date.to_string()).as_deref(),
            Some("2025-06-22")
        );
    }

    #[test]
    fn a_year_is_not_a_figure() {
        let mut f = Fixture::dated("The treaty dates from 1965 and cost $300 million.");
        f.count("1965", 1965.0, None)
            .money("$300 million", 300_000_000.0, "USD");
        let stats = f.run();
        let values: Vec<f64> = stats.figures.iter().map(|f| f.value).collect();
        assert_eq!(values, vec![300_000_000.0]);
        assert_eq!(stats.figures[0].unit.as_deref(), Some("USD"));
        assert_eq!(stats.figures[0].measure.as_deref(), Some("cost"));
    }

    #[test]
    fn first_and_numbers_in_names_are_not_figures() {
        let mut f = Fixture::dated(
            "It was the first meeting of the Group of Seven since the F-35 deal, and the two \
             leaders called it \"two-track\" diplomacy.",
        );
        f.ordinal("first", 1.0)
            .count("Seven", 7.0, None)
            .count("35", 35.0, None)
            .count("two leaders", 2.0, Some("leaders"))
            .count("two-track", 2.0, None);
        assert!(f.run().figures.is_empty());
    }

    #[test]
    fn twice_the_size_is_two_times() {
        let mut f = Fixture::dated(
            "The aid was worth $800 million, about twice the size of Ruritania's budget at the time.",
        );
        f.money("$800 million", 800_000_000.0, "USD")
            .count("about twice", 2.0, Some("times"))
            .country("Ruritania", "RUR");
        let stats = f.run();
        let twice = stats.figures.iter().find(|f| f.value == 2.0);
        assert_eq!(twice.and_then(|f| f.unit.as_deref()), Some("times"));
        assert_eq!(twice.and_then(|f| f.country_code.as_deref()), Some("RUR"));
    }

    #[test]
    fn counts_durations_and_point_changes_are_figures() {
        let mut f = Fixture::dated(
            "During his two-year tenure he held 12 summits. Support rose 3.5 percentage points. \
             The country had no government for about six months.",
        );
        f.count("two-year", 2.0, Some("years"))
            .count("12 summits", 12.0, Some("summits"))
            .points("3.5 percentage points", 3.5)
            .count("about six months", 6.0, Some("months"))
            .duration("about six months", "P6M");
        let stats = f.run();
        let rows: Vec<(f64, Option<&str>)> = stats
            .figures
            .iter()
            .map(|f| (f.value, f.unit.as_deref()))
            .collect();
        assert_eq!(
            rows,
            vec![
                (2.0, Some("years")),
                (12.0, Some("summits")),
                (3.5, Some("percentage points")),
                (6.0, Some("months")),
            ]
        );
        assert_eq!(stats.figures[3].measure.as_deref(), Some("no government"));
    }

    #[test]
    fn a_counted_set_is_a_figure_but_a_pair_named_before_is_not() {
        let mut f = Fixture::dated(
            "Leaders of all eight parties met. The four parties in the coalition hold a \
             majority, and the two countries agreed. A 12-member panel sits in the 349-seat \
             parliament.",
        );
        f.count("eight parties", 8.0, Some("parties"))
            .count("four parties", 4.0, Some("parties"))
            .count("two countries", 2.0, Some("countries"))
            .count("12-member", 12.0, Some("members"))
            .count("349-seat", 349.0, Some("seats"));
        let rows: Vec<(f64, Option<String>)> = f
            .run()
            .figures
            .into_iter()
            .map(|f| (f.value, f.unit))
            .collect();
        assert_eq!(
            rows,
            vec![
                (8.0, Some("parties".to_owned())),
                (4.0, Some("parties".to_owned())),
                (12.0, Some("members".to_owned())),
                (349.0, Some("seats".to_owned())),
            ]
        );
    }

    #[test]
    fn an_ordinal_superlative_is_a_rank_among_things() {
        let mut f = Fixture::dated(
            "Ruritania is Freedonia's third-largest trading partner, and the first-biggest \
             is Sylvania.",
        );
        f.ordinal("third-largest", 3.0)
            .ordinal("first-biggest", 1.0);
        f.annotations.quantities[0].unit = Some("largest".to_owned());
        f.annotations.quantities[1].unit = Some("biggest".to_owned());
        let stats = f.run();
        assert_eq!(stats.figures.len(), 1);
        assert_eq!(stats.figures[0].value, 3.0);
        assert_eq!(stats.figures[0].unit.as_deref(), Some("rank"));
        assert_eq!(
            stats.figures[0].measure.as_deref(),
            Some("largest trading partner")
        );
    }

    #[test]
    fn the_noun_of_a_number_of_subject_is_the_unit_of_its_count() {
        let mut f =
            Fixture::dated("Last year the number of people travelling abroad exceeded 12 million.");
        f.count("12 million", 12_000_000.0, None);
        let stats = f.run();
        assert_eq!(stats.figures.len(), 1);
        assert_eq!(stats.figures[0].unit.as_deref(), Some("people"));
    }

    #[test]
    fn decades_and_centuries_are_counted_in_years() {
        let mut f =
            Fixture::dated("The feud lasted two decades. The bridge stood for three centuries.");
        f.count("two decades", 2.0, Some("decades")).count(
            "three centuries",
            3.0,
            Some("centuries"),
        );
        let rows: Vec<(f64, Option<String>)> = f
            .run()
            .figures
            .into_iter()
            .map(|f| (f.value, f.unit))
            .collect();
        assert_eq!(
            rows,
            vec![
                (20.0, Some("years".to_owned())),
                (300.0, Some("years".to_owned()))
            ]
        );
    }

    #[test]
    fn a_framing_span_is_not_a_figure() {
        let mut f = Fixture::dated("Trade has grown over the past six decades.");
        f.count("six decades", 6.0, Some("decades"));
        assert!(f.run().figures.is_empty());
    }

    #[test]
    fn the_period_of_an_amount_is_a_figure() {
        let mut f = Fixture::dated(
            "The city will invest $2 billion over the next four years. \
             Peace should last for the next 100 years.",
        );
        f.money("$2 billion", 2_000_000_000.0, "USD")
            .count("four years", 4.0, Some("years"))
            .count("100 years", 100.0, Some("years"));
        let values: Vec<f64> = f.run().figures.iter().map(|f| f.value).collect();
        assert_eq!(values, vec![2_000_000_000.0, 4.0]);
    }

    #[test]
    fn a_number_labelling_a_name_is_not_a_figure() {
        let mut f = Fixture::dated("Last night Game 7 drew 20 million viewers.");
        f.count("7", 7.0, None)
            .count("20 million viewers", 20_000_000.0, Some("viewers"));
        let values: Vec<f64> = f.run().figures.iter().map(|f| f.value).collect();
        assert_eq!(values, vec![20_000_000.0]);
    }

    #[test]
    fn a_figure_takes_the_date_of_the_sentence_before_in_its_paragraph() {
        let mut f = Fixture::dated(
            "The pact was signed on May 5, 1970. It came with aid worth $80 million.\n\n\
             Trade grew for six years.",
        );
        f.money("$80 million", 80_000_000.0, "USD")
            .count("six years", 6.0, Some("years"))
            .date("May 5, 1970", "1970-05-05");
        let dates = figure_dates(&f.run());
        assert_eq!(dates, vec![Some("1970-05-05".to_owned()), None]);
    }

    #[test]
    fn an_ordinal_before_a_named_day_is_a_figure() {
        let mut f = Fixture::dated("The nation marked the 80th Liberation Day on Friday.");
        f.ordinal("80th", 80.0);
        let stats = f.run();
        assert_eq!(stats.figures.len(), 1);
        assert_eq!(stats.figures[0].unit.as_deref(), Some("day"));
    }

    #[test]
    fn a_scaled_count_of_people_is_a_figure() {
        let mut f = Fixture::dated("Last year about 7 million Ruritanians visited Freedonia.");
        f.count("about 7 million", 7_000_000.0, None)
            .country("Ruritanians", "RUR")
            .country("Freedonia", "FRE");
        let stats = f.run();
        assert_eq!(stats.figures.len(), 1);
        assert_eq!(stats.figures[0].unit.as_deref(), Some("Ruritanians"));
    }

    #[test]
    fn only_a_fraction_of_something_is_a_figure() {
        let mut f = Fixture::dated("A third of the budget went to a third agency.");
        f.count("A third", 1.0 / 3.0, Some("fraction"));
        let second = f
            .article
            .text
            .rfind("a third")
            .map(|b| f.article.text[..b].chars().count());
        if let Some(start) = second {
            let mut q = f.annotations.quantities[0].clone();
            q.start = start;
            q.end = start + 7;
            q.text = "a third".to_owned();
            f.annotations.quantities.push(q);
        }
        let stats = f.run();
        assert_eq!(stats.figures.len(), 1);
        assert_eq!(stats.figures[0].unit.as_deref(), Some("fraction"));
    }

    #[test]
    fn a_sample_of_people_is_a_figure_even_with_words_between() {
        let mut f = Fixture::dated("The survey reached 1,047 randomly selected voters.");
        f.count("1,047", 1047.0, None);
        let stats = f.run();
        assert_eq!(stats.figures.len(), 1);
        assert_eq!(stats.figures[0].unit.as_deref(), Some("voters"));
    }

    #[test]
    fn a_comparison_base_is_not_the_date_of_a_change() {
        let mut f = Fixture::dated(
            "A poll taken on Sunday put support at 40%, down 2.5 percentage points from March.",
        );
        f.points("2.5 percentage points", 2.5)
            .date("Sunday", "2025-06-22")
            .date("March", "2025-03");
        let stats = f.run();
        let date = stats.figures[0].date.map(|d| d.date.to_string());
        assert_eq!(date.as_deref(), Some("2025-06-22"));
    }

    #[test]
    fn a_date_governed_by_since_or_than_a_few_words_back_is_not_the_figures() {
        let mut f = Fixture::dated(
            "The mayor spoke on Monday. The council met for two hours, the longest since they \
             merged the districts in 1991. The bridge is 123 years old, two less than estimated \
             last year.",
        );
        f.count("two hours", 2.0, Some("hours"))
            .count("123 years", 123.0, Some("years"))
            .date("Monday", "2025-06-16")
            .date("1991", "1991")
            .date("last year", "2024");
        let dates = figure_dates(&f.run());
        // The talk borrows the day of the sentence before; the bridge's
        // neighbour sentence has only a comparison base to lend.
        assert_eq!(dates, vec![Some("2025-06-16".to_owned()), None]);
    }

    #[test]
    fn a_bound_on_a_number_is_no_comparison_with_the_date() {
        let mut f = Fixture::dated("More than a dozen towns reported cases on Monday.");
        f.count("a dozen towns", 12.0, Some("towns"))
            .date("Monday", "2025-06-16");
        let stats = f.run();
        let date = stats
            .figures
            .first()
            .and_then(|f| f.date)
            .map(|d| d.date.to_string());
        assert_eq!(date.as_deref(), Some("2025-06-16"));
    }

    #[test]
    fn from_a_date_without_a_change_starts_the_figures_period() {
        let mut f = Fixture::dated(
            "The ministry spoke on Wednesday. It will fund 20,000 places a year from 2027. \
             Support fell 2.8 points from the survey early last month.",
        );
        f.count("20,000 places", 20_000.0, Some("places"))
            .points("2.8 points", 2.8)
            .date("Wednesday", "2025-06-18")
            .date("2027", "2027")
            .date("early last month", "2025-05");
        f.annotations.quantities[1].change = Some(newsfacts_normalize::numbers::Change::Down);
        let dates = figure_dates(&f.run());
        assert_eq!(dates, vec![Some("2027-01-01".to_owned()), None]);
    }

    #[test]
    fn an_offset_counts_from_the_month_its_sentence_speaks_of() {
        let mut f = Fixture::dated(
            "Exports reached $5 billion in March, against $4 billion a year earlier. \
             Imports fell in May. A year earlier they were worth $3 billion.",
        );
        f.money("$5 billion", 5e9, "USD")
            .money("$4 billion", 4e9, "USD")
            .money("$3 billion", 3e9, "USD")
            .date("March", "2025-03")
            .date("a year earlier", "2024")
            .date("May", "2025-05")
            .date("A year earlier", "2024");
        let dates: Vec<Option<(String, Precision)>> = f
            .run()
            .figures
            .iter()
            .map(|f| f.date.map(|d| (d.date.to_string(), d.precision)))
            .collect();
        assert_eq!(
            dates,
            vec![
                Some(("2025-03-01".to_owned(), Precision::Month)),
                Some(("2024-03-01".to_owned(), Precision::Month)),
                Some(("2024-05-01".to_owned(), Precision::Month)),
            ]
        );
    }

    #[test]
    fn a_span_of_days_dates_a_figure_by_its_first_day() {
        let mut f =
            Fixture::dated("Turnout, counted Saturday and Sunday, rose 2.5 percentage points.");
        f.points("2.5 percentage points", 2.5)
            .date("Saturday", "2025-06-21")
            .date("Sunday", "2025-06-22");
        let date = f.run().figures[0].date.map(|d| d.date.to_string());
        assert_eq!(date.as_deref(), Some("2025-06-21"));
    }

    #[test]
    fn a_figure_takes_the_nearest_date_before_it_not_the_first() {
        let mut f = Fixture::dated(
            "She joined the party in May 2019 before winning the primary on June 2, 2020, \
             with 412 votes.",
        );
        f.count("412 votes", 412.0, Some("votes"))
            .date("May 2019", "2019-05")
            .date("June 2, 2020", "2020-06-02");
        let stats = f.run();
        let date = stats.figures[0].date.map(|d| d.date.to_string());
        assert_eq!(date.as_deref(), Some("2020-06-02"));
    }

    #[test]
    fn a_number_inside_a_quotation_is_not_a_figure() {
        let mut f = Fixture::dated(
            "\"We have come far. Today we are among the five biggest exporters,\" he said. \
             Exports reached $90 billion.",
        );
        f.count("five biggest exporters", 5.0, Some("exporters"))
            .money("$90 billion", 90_000_000_000.0, "USD");
        let values: Vec<f64> = f.run().figures.iter().map(|f| f.value).collect();
        assert_eq!(values, vec![90_000_000_000.0]);
    }

    #[test]
    fn the_measure_is_the_subject_before_a_modal_verb() {
        let mut f = Fixture::dated("Officials said that port fees would total $40 million.");
        f.money("$40 million", 40_000_000.0, "USD");
        let stats = f.run();
        assert_eq!(stats.figures[0].measure.as_deref(), Some("port fees"));
    }

    #[test]
    fn a_count_of_things_is_measured_by_its_noun_not_the_verb_before() {
        let mut f = Fixture::dated("The league, which sold 40,000 tickets for the final, grew.");
        f.count("40,000 tickets", 40_000.0, Some("tickets"));
        let stats = f.run();
        assert_eq!(
            stats.figures[0].measure.as_deref(),
            Some("tickets for the final")
        );
    }
}
