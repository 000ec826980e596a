//! Statistics: poll shares, ranks in rankings, and other figures.
//!
//! Three passes over the article's [`Quantity`] annotations, each claiming the
//! numbers it explains so that no number lands in two tables: `ranks`
//! first (a country's place in a ranking named in `data/stats/rankings.tsv`,
//! and the `among N countries` that goes with it), then `polls` (answer
//! shares of opinion polls), then `figures` (every other number stated as
//! fact). The word lists live in `data/stats/` (see the crate README).
//!
//! [`Quantity`]: newsfacts_normalize::numbers::Quantity

mod figures;
mod lexicon;
mod polls;
mod ranks;
mod tables;
mod text;

use newsfacts_normalize::numbers::Quantity;
use newsfacts_normalize::Annotations;
use newsfacts_parse::{Article, PartialDate};

use crate::records::{Figure, PollResult, Rank};
use lexicon::lexicon;
use text::Doc;

/// The numbers of one article, by table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Statistics {
    /// Poll shares.
    pub polls: Vec<PollResult>,
    /// Ranks in rankings.
    pub ranks: Vec<Rank>,
    /// Every other figure.
    pub figures: Vec<Figure>,
}

/// A figure with the offset it was found at, for ordering and de-duplication.
struct PlacedFigure {
    at: usize,
    /// The date the figure takes when neither its sentence nor the poll or
    /// ranking it is about dates it.
    context_date: Option<PartialDate>,
    figure: Figure,
}

/// Finds the poll shares, ranks and figures of one article.
pub fn find_statistics(article: &Article, annotations: &Annotations) -> Statistics {
    let doc = Doc::new(article, annotations);
    let mut claimed = vec![false; annotations.quantities.len()];
    let ranking = ranks::find_ranks(&doc, &mut claimed);
    let polls = polls::find_polls(&doc, &mut claimed);
    let mut placed = ranking.sub_index_figures;
    placed.extend(figures::find_figures(&doc, &claimed));
    placed.sort_by_key(|p| p.at);
    date_survey_figures(&doc, &polls, &mut placed);
    date_ranking_figures(&doc, &ranking.ranks, &mut placed);
    for p in placed.iter_mut().filter(|p| p.figure.date.is_none()) {
        p.figure.date = p.context_date;
    }
    // A number restated later in the article (`the 60th anniversary` in the
    // lead and again in a quote) is one fact.
    let mut figures: Vec<Figure> = Vec::with_capacity(placed.len());
    for p in placed {
        let seen = figures
            .iter()
            .any(|f| same_value(f.value, p.figure.value) && f.unit == p.figure.unit);
        if !seen {
            figures.push(p.figure);
        }
    }
    Statistics {
        polls,
        ranks: ranking.ranks,
        figures,
    }
}

/// An undated figure about a poll (its sample, `margin of error`, `response
/// rate`) refers to when the article's main poll was in the field: the
/// fieldwork date most of its shares have.
fn date_survey_figures(doc: &Doc, polls: &[PollResult], placed: &mut [PlacedFigure]) {
    let dates: Vec<_> = polls.iter().filter_map(|p| p.fieldwork).collect();
    let main = dates
        .iter()
        .max_by_key(|d| {
            (
                dates.iter().filter(|x| x == d).count(),
                std::cmp::Reverse(**d),
            )
        })
        .copied();
    let Some(main) = main else {
        return;
    };
    for p in placed.iter_mut().filter(|p| p.figure.date.is_none()) {
        let Some(sentence) = doc.sentence_at(p.at).and_then(|s| doc.sentences.get(s)) else {
            continue;
        };
        let about_the_poll = polls::names_a_poll(doc, sentence.start, sentence.end)
            || doc.contains(&lexicon().survey_terms, sentence.start, sentence.end);
        if about_the_poll {
            p.figure.date = Some(main);
        }
    }
}

/// An undated figure in a sentence that names a ranking report (`topped
/// the index for the 14th consecutive year`) belongs to the edition the
/// article reports: the latest edition of its ranks.
fn date_ranking_figures(doc: &Doc, ranks: &[Rank], placed: &mut [PlacedFigure]) {
    let Some(edition) = ranks.iter().filter_map(|r| r.edition_year).max() else {
        return;
    };
    let Some(date) = chrono::NaiveDate::from_ymd_opt(edition, 1, 1) else {
        return;
    };
    for p in placed.iter_mut().filter(|p| p.figure.date.is_none()) {
        let Some(sentence) = doc.sentence_at(p.at).and_then(|s| doc.sentences.get(s)) else {
            continue;
        };
        if doc.contains(&lexicon().report_cues, sentence.start, sentence.end) {
            p.figure.date = Some(PartialDate {
                date,
                precision: newsfacts_parse::Precision::Year,
            });
        }
    }
}

fn same_value(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// The single country code that the country mentions between two offsets
/// name, if they name exactly one.
fn sole_country(doc: &Doc, start: usize, end: usize) -> Option<String> {
    let mentions = doc.countries_between(start, end);
    let first = mentions.first()?;
    mentions
        .iter()
        .all(|m| m.code == first.code)
        .then(|| first.code.clone())
}

/// The country a number concerns: the only country its clause names (a
/// clause that names two, `between the two countries`, concerns neither).
fn country_of(doc: &Doc, sentence: usize, pos: usize) -> Option<String> {
    let (start, end) = doc.clause(sentence, pos);
    sole_country(doc, start, end)
}

/// The noun that makes an ordinal a figure of its own (`anniversary` in
/// `60th anniversary`): the quantity's unit, or the word after it.
fn ordinal_unit(doc: &Doc, q: &Quantity) -> Option<String> {
    let units = &lexicon().ordinal_units;
    let hit = doc.find(units, q.start, q.end + 40).into_iter().next()?;
    // Only a name may stand between (`80th Liberation Day`, `35th ASEAN
    // Summit`).
    let between = doc.words(q.end, hit.start);
    let adjacent = hit.start < q.end
        || between
            .iter()
            .all(|w| text::is_capitalised(&doc.text(w.start, w.end)));
    adjacent.then(|| doc.text(hit.start, hit.end).to_lowercase())
}

/// A short noun phrase for what the number between `start` and `end`
/// measures: the words just before it (`economic cooperation worth`), else
/// the words just after it (`meetings`, `anniversary of the normalization`).
fn measure_phrase(doc: &Doc, sentence: usize, start: usize, end: usize) -> Option<String> {
    let (clause_start, clause_end) = doc.clause(sentence, start);
    let left = doc.words(clause_start, start);
    let mut kept = Vec::new();
    let mut links_done = false;
    for word in left.iter().rev() {
        let w = word.lower.as_str();
        if !links_done && lexicon().is("left_links", w) {
            continue;
        }
        links_done = true;
        if lexicon().is("left_stops", w) || word.lower.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        kept.push(word);
        if kept.len() == 4 {
            break;
        }
    }
    kept.reverse();
    // `that U.S. tariffs on Korean cars would remain at 15%`: the subject,
    // not the verb group after it nor the complementiser before it.
    if let Some(modal) = kept
        .iter()
        .position(|w| lexicon().is("modals", w.lower.as_str()))
        .filter(|&i| i > 0)
    {
        kept.truncate(modal);
    }
    let subject_from = kept
        .iter()
        .position(|w| !lexicon().is("relatives", w.lower.as_str()))
        .unwrap_or(kept.len());
    if let (Some(first), Some(last)) = (kept.get(subject_from), kept.last()) {
        return Some(doc.text(first.start, last.end));
    }
    let right = doc.words(end, clause_end.max(end));
    let taken: Vec<_> = right
        .iter()
        .take_while(|w| !lexicon().is("right_stops", w.lower.as_str()))
        .take(8)
        .collect();
    match (taken.first(), taken.last()) {
        (Some(first), Some(last)) => Some(doc.text(first.start, last.end)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::Fixture;
    use chrono::{Datelike, NaiveDate};

    #[test]
    fn every_row_sentence_is_a_substring_of_the_article_text() {
        let mut f = Fixture::dated(
            "In a Gallup poll conducted this month, 62% of Japanese respondents backed the plan. \
             Japan ranked 120th among 148 countries in the Global Gender Gap Report. \
             The deal is worth $500 million.",
        );
        f.percent("62%", 62.0)
            .ordinal("120th", 120.0)
            .count("148 countries", 148.0, Some("countries"))
            .money("$500 million", 500_000_000.0, "USD")
            .country("Japanese", "JPN")
            .country("Japan", "JPN")
            .date("this month", "2025-06");
        let stats = f.run();
        assert_eq!(stats.polls.len(), 1);
        assert_eq!(stats.ranks.len(), 1);
        assert_eq!(stats.figures.len(), 1);
        let text = &f.article.text;
        for sentence in stats
            .polls
            .iter()
            .map(|p| &p.sentence)
            .chain(stats.ranks.iter().map(|r| &r.sentence))
            .chain(stats.figures.iter().map(|f| &f.sentence))
        {
            assert!(text.contains(sentence.as_str()), "{sentence}");
        }
    }

    #[test]
    fn a_number_restated_later_is_one_figure() {
        let mut f = Fixture::dated(
            "The two nations marked the 60th anniversary on Sunday. \
             \"The 60th anniversary is a milestone for our two peoples and for the region,\" he said.",
        );
        f.ordinal_nth("60th", 60.0, 0).ordinal_nth("60th", 60.0, 1);
        let stats = f.run();
        assert_eq!(stats.figures.len(), 1);
        assert_eq!(stats.figures[0].unit.as_deref(), Some("anniversary"));
    }

    #[test]
    fn the_method_figures_of_a_poll_take_its_fieldwork_date() {
        let mut f = Fixture::dated(
            "A Gallup poll conducted on June 20 found 55% of Ruritanians backed the plan. \
             The survey has a margin of error of 3 percentage points. \
             The response rate was 11%.",
        );
        f.percent("55%", 55.0)
            .points("3 percentage points", 3.0)
            .percent("11%", 11.0)
            .country("Ruritanians", "RUR")
            .date("June 20", "2025-06-20");
        let stats = f.run();
        assert_eq!(stats.polls.len(), 1);
        let dated: Vec<(f64, Option<String>)> = stats
            .figures
            .iter()
            .map(|f| (f.value, f.date.map(|d| d.date.to_string())))
            .collect();
        let june = Some("2025-06-20".to_owned());
        assert_eq!(dated, vec![(3.0, june.clone()), (11.0, june)]);
    }

    #[test]
    fn an_undated_figure_beside_a_ranking_takes_its_edition() {
        let mut f = Fixture::dated(
            "Ruritania ranked 40th in this year's Global Gender Gap Report. \
             Freedonia topped the Global Gender Gap Report for the 9th straight year.",
        );
        f.ordinal("40th", 40.0)
            .ordinal("9th", 9.0)
            .country("Ruritania", "RUR")
            .country("Freedonia", "FRE");
        let stats = f.run();
        let nine = stats.figures.iter().find(|f| f.value == 9.0);
        let year = nine.and_then(|f| f.date).map(|d| d.date.year());
        assert_eq!(year, stats.ranks[0].edition_year);
        assert!(year.is_some());
    }

    #[test]
    fn an_article_without_numbers_has_no_statistics() {
        let f = Fixture::dated("Leaders met. They talked.");
        let stats = f.run();
        assert_eq!(stats, Statistics::default());
    }

    #[test]
    fn rows_from_the_real_normalisers_quote_their_sentences_verbatim() {
        let text = "SEOUL – In a Gallup Korea survey of 1,001 adults conducted this month, \
                    58% of South Koreans said they view Japan favorably, while 31% did not.\n\n\
                    Japan ranked 120th among 148 countries in the Global Gender Gap Report, \
                    while South Korea stood at 99th. Mexico was 33rd in 2022.\n\n\
                    The “two-track” deal, worth $500 million, took about six months.";
        let mut article = Article::from_text("real.txt", text);
        article.published = NaiveDate::from_ymd_opt(2025, 6, 23).map(PartialDate::day);
        let stats = find_statistics(&article, &newsfacts_normalize::annotate(&article));
        let sentences = stats
            .polls
            .iter()
            .map(|p| &p.sentence)
            .chain(stats.ranks.iter().map(|r| &r.sentence))
            .chain(stats.figures.iter().map(|f| &f.sentence));
        for sentence in sentences {
            assert!(article.text.contains(sentence.as_str()), "{sentence}");
        }
        let shares: Vec<f64> = stats.polls.iter().map(|p| p.share_pct).collect();
        assert_eq!(shares, vec![58.0, 31.0]);
        let ranks: Vec<u32> = stats.ranks.iter().map(|r| r.rank).collect();
        assert_eq!(ranks, vec![120, 99, 33]);
        let values: Vec<f64> = stats.figures.iter().map(|f| f.value).collect();
        assert!(values.contains(&500_000_000.0), "{values:?}");
        assert!(!values.contains(&2022.0), "{values:?}");
    }

    #[test]
    fn odd_input_never_panics() {
        let texts = [
            "",
            "%",
            "50%",
            "1st 2nd 3rd",
            "“”‘’ 12% of İstanbul’s 3rd\n\n\n- 4 – 5 — 6%",
            "Poll: 40% — 60%; survey (30%) ranked 1st, topped the ranking, followed by",
            "日本 ranked 2nd in the gender gap index; 한국 99th 🙂 with 45% in a poll.",
            "Poll\nParty   Share %\n\n  \n  Ö   17,9\nX  5%\n   4\n12,\n— 3rd-largest 9",
        ];
        for text in texts {
            let mut article = Article::from_text("odd.txt", text);
            article.published = NaiveDate::from_ymd_opt(2025, 1, 1).map(PartialDate::day);
            let annotations = newsfacts_normalize::annotate(&article);
            let stats = find_statistics(&article, &annotations);
            for sentence in stats.figures.iter().map(|f| &f.sentence) {
                assert!(text.contains(sentence.as_str()));
            }
        }
    }

    #[test]
    fn annotations_beyond_the_text_are_ignored() {
        let mut f = Fixture::dated("Japan ranked 3rd in the gender gap index. It rose 5%.");
        f.ordinal("3rd", 3.0).country("Japan", "JPN");
        let mut stray = f.annotations.quantities[0].clone();
        stray.start = 500;
        stray.end = 490;
        f.annotations.quantities.push(stray);
        let mut place = f.annotations.places[0].clone();
        place.start = 900;
        place.end = 950;
        f.annotations.places.push(place);
        let stats = f.run();
        assert_eq!(stats.ranks.len(), 1);
    }
}
