//! Countries' places in rankings (`Japan ranked 120th among 148 countries in
//! the Global Gender Gap Report`), for any report of `rankings.tsv`.
//!
//! An ordinal is a rank when the article names a report, the ordinal's
//! clause says it is a place (`ranked`, `stood at`, `among N countries`) or
//! continues a list of ranks, and a country owns it. A rank in a sub-index
//! (`112th in economic participation`) is a figure with unit `rank`.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use newsfacts_normalize::numbers::{Quantity, QuantityKind};
use newsfacts_normalize::places::{PlaceKind, PlaceMention};

use super::lexicon::lexicon;
use super::text::{Doc, Hit};
use super::{ordinal_unit, PlacedFigure};
use crate::records::{Figure, Rank};
use newsfacts_parse::{PartialDate, Precision};

/// What the rank pass found.
pub(super) struct Ranking {
    pub ranks: Vec<Rank>,
    pub sub_index_figures: Vec<PlacedFigure>,
}

struct RankRow {
    report: usize,
    country: String,
    code: String,
    rank: u32,
    edition: Option<i32>,
    out_of: Option<u32>,
    sentence: usize,
    at: usize,
}

/// Finds rank rows and sub-index rank figures; claims their quantities.
pub(super) fn find_ranks(doc: &Doc, claimed: &mut [bool]) -> Ranking {
    let lex = lexicon();
    let Some(last) = doc.sentences.last() else {
        return empty();
    };
    let mut report_hits = doc.find(&lex.report_cues, 0, last.end);
    if report_hits.is_empty() {
        // A story may name its report only in the headline.
        let Some(report) = doc
            .title
            .as_deref()
            .and_then(|t| lex.report_cues.first_in(t))
        else {
            return empty();
        };
        report_hits.push(Hit {
            start: 0,
            end: 0,
            payload: report,
        });
    }
    let mut rows: Vec<RankRow> = Vec::new();
    let mut figures = Vec::new();
    let mut field_sizes: HashMap<(usize, Option<i32>), u32> = HashMap::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let in_sentence = doc.quantities_between(sentence.start, sentence.end);
        let report = report_for(&report_hits, sentence.start, sentence.end);
        let sentence_year = sentence_edition(doc, &report_hits, s);
        let field = field_size(doc, s, &in_sentence);
        // `came last`: the last place of the edition's field, when known.
        let last_place = field
            .map(|(size, _)| size)
            .or_else(|| report.and_then(|r| field_sizes.get(&(r, sentence_year)).copied()));
        let places = places_in(doc, s, &in_sentence, last_place);
        let rows_before = rows.len();
        // The owner of the sentence's latest rank, overall or sub-index.
        let mut last_owner: Option<(String, String)> = None;
        for (n, place) in places.iter().enumerate() {
            let seg_start = n.checked_sub(1).map_or(sentence.start, |p| places[p].end);
            let seg_end = places.get(n + 1).map_or(sentence.end, |next| next.start);
            let (clause_start, clause_end) = doc.clause(s, place.start);
            let continues_list = last_owner.is_some();
            let has_cue = place.quantity.is_none()
                || doc.contains(&lex.rank_cues, clause_start, clause_end)
                || doc.contains(&lex.report_cues, clause_start, clause_end)
                || doc
                    .words(clause_start, place.start)
                    .last()
                    .is_some_and(|w| lexicon().is("copulas", w.lower.as_str()))
                || place.start.checked_sub(1).and_then(|i| doc.char_at(i)) == Some('(');
            if !has_cue && !continues_list {
                continue;
            }
            let owner = owner_country(doc, seg_start, place.start, sentence.start)
                .map(|m| (m.text.clone(), m.code.clone()))
                .or_else(|| last_owner.clone())
                .or_else(|| subject_of_previous_sentence(doc, s))
                .or_else(|| {
                    // `Ranked 120th of 148 countries, Japan ...`
                    doc.countries_between(place.end, sentence.end)
                        .first()
                        .filter(|_| n == 0)
                        .map(|m| (m.text.clone(), m.code.clone()))
                });
            let Some((country, code)) = owner else {
                continue;
            };
            let rank = place.rank;
            if let Some(qi) = place.quantity {
                claimed[qi] = true;
            }
            last_owner = Some((country.clone(), code.clone()));
            let window_end = place.end.max(seg_end.min(clause_end));
            // The first place of a sentence may name its sub-index anywhere
            // before it (`In economic participation, Japan was 112th`),
            // unless a verb ranks its country as object (`The index, which
            // tracks economic participation ..., ranks Iceland first`): what
            // comes before that verb describes the ranking.
            let window_start = if n == 0 && !ranked_as_object(doc, clause_start, place.start) {
                seg_start
            } else {
                seg_start.max(clause_start).min(place.start)
            };
            if let Some(sub) = sub_index(doc, window_start, place.start, window_end) {
                figures.push(PlacedFigure {
                    at: place.start,
                    context_date: None,
                    figure: Figure {
                        value: f64::from(rank),
                        unit: Some("rank".to_owned()),
                        measure: Some(format!("{sub} rank")),
                        // Undated, it belongs to the edition the article
                        // reports, that of its latest overall rank.
                        date: doc
                            .dates_between(sentence.start, sentence.end)
                            .first()
                            .map(|(_, d)| *d)
                            .or_else(|| rows.last().and_then(|r| r.edition).and_then(edition_date)),
                        country_code: Some(code),
                        sentence: doc.sentence_text(s),
                    },
                });
                continue;
            }
            let Some(report) = report else {
                continue;
            };
            // Before a later rank, only its own clause: the previous rank's
            // year (`94th a year earlier, while China came in 103rd`) is not its.
            let before_from = if n == 0 {
                seg_start
            } else {
                seg_start.max(clause_start)
            };
            let edition = year_near(doc, place.end, seg_end.min(clause_end))
                .or_else(|| year_near(doc, before_from, place.start))
                .or_else(|| {
                    let from_previous = doc
                        .words(clause_start, place.start)
                        .last()
                        .is_some_and(|w| w.lower == "from");
                    sentence_year.map(|y| if from_previous { y - 1 } else { y })
                });
            rows.push(RankRow {
                report,
                country,
                code,
                rank,
                edition,
                out_of: None,
                sentence: s,
                at: place.start,
            });
        }
        if let (Some((size, qi)), Some(report)) = (field, report) {
            field_sizes.entry((report, sentence_year)).or_insert(size);
            // The field belongs to the ranks beside it; alone (`the report
            // covers 148 economies`) it is also a figure.
            if last_owner.is_some() {
                claimed[qi] = true;
            }
            // `103rd out of 146 countries, down from 94th last year`: the
            // field is the edition of the rank it follows.
            let field_at = doc.annotations.quantities.get(qi).map_or(0, |q| q.start);
            let edition = rows[rows_before..]
                .iter()
                .rev()
                .find(|r| r.at < field_at)
                .or(rows[rows_before..].first())
                .map(|r| r.edition);
            for row in &mut rows[rows_before..] {
                if Some(row.edition) == edition {
                    row.out_of = Some(size);
                    field_sizes.entry((row.report, row.edition)).or_insert(size);
                }
            }
        }
    }
    let mut ranks: Vec<Rank> = Vec::new();
    for row in rows {
        let out_of = row
            .out_of
            .or_else(|| field_sizes.get(&(row.report, row.edition)).copied());
        let duplicate = ranks.iter().any(|r| {
            r.country_code.as_deref() == Some(row.code.as_str())
                && r.rank == row.rank
                && r.edition_year == row.edition
        });
        if duplicate {
            continue;
        }
        let Some(report) = lex.reports.get(row.report) else {
            continue;
        };
        ranks.push(Rank {
            report: report.name.clone(),
            publisher: report.publisher.clone(),
            edition_year: row.edition,
            country: row.country,
            country_code: Some(row.code),
            rank: row.rank,
            out_of,
            sentence: doc.sentence_text(row.sentence),
        });
    }
    Ranking {
        ranks,
        sub_index_figures: figures,
    }
}

/// An edition year as a date of year precision.
fn edition_date(year: i32) -> Option<PartialDate> {
    NaiveDate::from_ymd_opt(year, 1, 1).map(|date| PartialDate {
        date,
        precision: Precision::Year,
    })
}

fn empty() -> Ranking {
    Ranking {
        ranks: Vec::new(),
        sub_index_figures: Vec::new(),
    }
}

/// A candidate place in a ranking: an ordinal, or `topped` (place 1).
struct Place {
    start: usize,
    end: usize,
    rank: u32,
    quantity: Option<usize>,
}

/// The candidate places of sentence `s`, in text order: ordinals that are
/// not `60th anniversary` or `20th century`, and `topped the ranking`.
fn places_in(doc: &Doc, s: usize, in_sentence: &[usize], last_place: Option<u32>) -> Vec<Place> {
    let quantities = &doc.annotations.quantities;
    let mut places: Vec<Place> = in_sentence
        .iter()
        .filter_map(|&qi| {
            let q = &quantities[qi];
            let rank = u32::try_from(q.value as i64).ok()?;
            is_rank_candidate(doc, q).then_some(Place {
                start: q.start,
                end: q.end,
                rank,
                quantity: Some(qi),
            })
        })
        .collect();
    if let Some(sentence) = doc.sentences.get(s) {
        let words = doc.words(sentence.start, sentence.end);
        for (i, w) in words.iter().enumerate() {
            let names_list = words
                .iter()
                .skip(i + 1)
                .take(6)
                .any(|n| lexicon().is("list_nouns", n.lower.as_str()));
            // `remained at the top for ...`, `took the top spot`.
            let the_top = w.lower == "top"
                && i > 0
                && lexicon().is("top_leads", words[i - 1].lower.as_str())
                && words
                    .get(i + 1)
                    .is_none_or(|n| lexicon().is("top_followers", n.lower.as_str()));
            // `named the world's most competitive economy`, `the world's
            // happiest country`.
            let superlative = i > 0
                && (words[i - 1].lower == "world's" || words[i - 1].lower == "world’s")
                && (w.lower == "most" || w.lower.ends_with("est"))
                && words
                    .iter()
                    .skip(i + 1)
                    .take(2)
                    .any(|n| lexicon().is("country_nouns", &n.lower));
            if (lexicon().is("top_words", w.lower.as_str()) && names_list) || the_top || superlative
            {
                places.push(Place {
                    start: w.start,
                    end: w.end,
                    rank: 1,
                    quantity: None,
                });
            }
            // `Pakistan ranked last`, `came last among 148 countries`.
            let ranked_last = w.lower == "last"
                && i > 0
                && lexicon().is("last_leads", &words[i - 1].lower)
                && doc.timexes_overlapping(w.start, w.end).next().is_none();
            if let Some(rank) = last_place.filter(|_| ranked_last) {
                places.push(Place {
                    start: w.start,
                    end: w.end,
                    rank,
                    quantity: None,
                });
            }
        }
    }
    places.sort_by_key(|p| p.start);
    let followers = followers(doc, s, &places);
    places.extend(followers);
    places.sort_by_key(|p| p.start);
    places
}

/// `Iceland topped the ranking, followed by Finland and Norway`: the
/// countries listed after `followed by` take the next places, in order,
/// when none of them carries its own ordinal.
fn followers(doc: &Doc, s: usize, places: &[Place]) -> Vec<Place> {
    let Some(sentence) = doc.sentences.get(s) else {
        return Vec::new();
    };
    let words = doc.words(sentence.start, sentence.end);
    let Some(by) = words
        .windows(2)
        .find(|pair| pair[0].lower == "followed" && pair[1].lower == "by")
        .map(|pair| pair[1].end)
    else {
        return Vec::new();
    };
    let Some(base) = places.iter().rev().find(|p| p.end <= by) else {
        return Vec::new();
    };
    if places.iter().any(|p| p.start >= by) {
        return Vec::new();
    }
    let separator = |from: usize, to: usize| {
        doc.words(from, to)
            .iter()
            .all(|w| matches!(w.lower.as_str(), "and" | "the"))
            && doc
                .text(from, to)
                .chars()
                .all(|c| c.is_alphanumeric() || c == ',' || c.is_whitespace())
    };
    let mut followers = Vec::new();
    let mut from = by;
    for mention in doc.countries_between(by, sentence.end) {
        if !separator(from, mention.start) {
            break;
        }
        let rank = base.rank + 1 + followers.len() as u32;
        followers.push(Place {
            start: mention.end,
            end: mention.end,
            rank,
            quantity: None,
        });
        from = mention.end;
    }
    followers
}

/// An ordinal that could be a place: no noun of its own after it.
fn is_rank_candidate(doc: &Doc, q: &Quantity) -> bool {
    if q.kind != QuantityKind::Ordinal || q.value < 1.0 || q.value.fract() != 0.0 {
        return false;
    }
    // `the 15th of June` is a date.
    let in_date = doc
        .timexes_overlapping(q.start, q.end)
        .any(|t| t.start <= q.start && t.date().is_some());
    if in_date {
        return false;
    }
    // The normaliser may read the next word as a unit (`120th out`, `23rd
    // last year`); only a noun makes the ordinal something other than a place.
    let date_follows = doc
        .timexes_overlapping(q.start, q.end + 2)
        .any(|t| t.start >= q.start && t.start <= q.end + 1);
    if date_follows {
        return true;
    }
    let sequence_noun = doc
        .words(q.end, q.end + 40)
        .first()
        .is_some_and(|w| lexicon().is("sequence_nouns", &w.lower));
    let noun_unit = q
        .unit
        .as_deref()
        .is_some_and(|u| !lexicon().is("place_units", &u.to_lowercase()));
    !sequence_noun && !noun_unit && ordinal_unit(doc, q).is_none()
}

/// `It was 125th in 2023.`: the country a sentence that names none speaks
/// of, taken from the first country of one of the two sentences before it.
fn subject_of_previous_sentence(doc: &Doc, s: usize) -> Option<(String, String)> {
    let sentence = doc.sentences.get(s)?;
    if !doc
        .countries_between(sentence.start, sentence.end)
        .is_empty()
    {
        return None;
    }
    (s.saturating_sub(2)..s).rev().find_map(|p| {
        let previous = doc.sentences.get(p)?;
        let mentions = doc.countries_between(previous.start, previous.end);
        mentions
            .iter()
            .find(|m| m.kind == PlaceKind::Country)
            .or(mentions.first())
            .map(|m| (m.text.clone(), m.code.clone()))
    })
}

/// The report a sentence is about: one it names, else the nearest named
/// before it, else the first named after it.
fn report_for(hits: &[Hit], start: usize, end: usize) -> Option<usize> {
    hits.iter()
        .find(|h| h.start >= start && h.end <= end)
        .or_else(|| hits.iter().rev().find(|h| h.end <= start))
        .or_else(|| hits.first())
        .map(|h| h.payload)
}

/// The edition a sentence speaks of when a rank carries no year of its own:
/// a year stated beside the report's name (`the 2025 Global Gender Gap
/// Report`, `this year's report`), else the publication year unless the
/// sentence is set in an earlier past.
fn sentence_edition(doc: &Doc, report_hits: &[Hit], s: usize) -> Option<i32> {
    let sentence = doc.sentences.get(s)?;
    let beside_report = report_hits
        .iter()
        .filter(|h| h.start < h.end && h.start >= sentence.start && h.end <= sentence.end)
        .find_map(|h| {
            year_near(doc, h.start.saturating_sub(16).max(sentence.start), h.start)
                .or_else(|| year_near(doc, h.end, (h.end + 8).min(sentence.end)))
        });
    if beside_report.is_some() {
        return beside_report;
    }
    let past = doc
        .words(sentence.start, sentence.end)
        .iter()
        .any(|w| lexicon().is("past_markers", w.lower.as_str()));
    if past {
        return None;
    }
    doc.published_year()
}

/// The year nearest to `start` stated between two offsets: a dated temporal
/// expression, or a bare four-digit year.
fn year_near(doc: &Doc, start: usize, end: usize) -> Option<i32> {
    if start >= end {
        return None;
    }
    let from_timex = doc
        .dates_between(start, end)
        .first()
        .map(|(t, d)| (t.start, d.date.year()));
    let bare = doc.words(start, end).into_iter().find_map(|w| {
        let year: i32 = w.lower.parse().ok()?;
        (w.lower.len() == 4 && (1900..=2100).contains(&year)).then_some((w.start, year))
    });
    match (from_timex, bare) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a.1 } else { b.1 }),
        (a, b) => a.or(b).map(|x| x.1),
    }
}

/// The country that owns a rank: the nearest country named before it since
/// the previous rank (countries preferred to demonyms), else the nearest in
/// the sentence before it.
fn owner_country<'a>(
    doc: &Doc<'a>,
    seg_start: usize,
    pos: usize,
    sentence_start: usize,
) -> Option<&'a PlaceMention> {
    let nearest = |from: usize| {
        let mentions = doc.countries_between(from, pos);
        mentions
            .iter()
            .rev()
            .find(|m| m.kind == PlaceKind::Country)
            .or_else(|| mentions.last())
            .copied()
    };
    nearest(seg_start).or_else(|| nearest(sentence_start))
}

/// `ranks Iceland first`, `puts Norway third`: the place at `pos` follows
/// a country that follows a rank verb, in the clause from `clause_start`.
fn ranked_as_object(doc: &Doc, clause_start: usize, pos: usize) -> bool {
    let Some(country) = doc.countries_between(clause_start, pos).pop() else {
        return false;
    };
    let adjacent = doc.lower(country.end, pos).trim().is_empty();
    let verb = doc.words(clause_start, country.start).pop();
    adjacent
        && verb.is_some_and(|v| {
            doc.find(&lexicon().rank_cues, v.start, v.end)
                .iter()
                .any(|h| h.start == v.start && h.end == v.end)
        })
}

/// The sub-index a rank belongs to, if its words name one and not `overall`.
fn sub_index(doc: &Doc, start: usize, pos: usize, end: usize) -> Option<String> {
    let lex = lexicon();
    let overall = doc
        .words(start, end)
        .iter()
        .any(|w| w.lower == "overall" || w.lower == "general");
    if overall {
        return None;
    }
    // A name after the rank (`99th in political empowerment`) is its own;
    // one before it may be the previous rank's. Within a side, the most
    // specific name (`economic participation and opportunity` over
    // `sub-index`), then the nearest.
    let best = |from: usize, to: usize| {
        doc.find(&lex.sub_indices, from, to)
            .into_iter()
            .max_by_key(|h| {
                let words = doc.words(h.start, h.end).len();
                (words, std::cmp::Reverse(h.start.abs_diff(pos)))
            })
    };
    best(pos, end).or_else(|| best(start, pos)).map(|h| {
        let name = doc.text(h.start, h.end);
        name.strip_prefix("in ").map_or(name.clone(), str::to_owned)
    })
}

/// The field of the ranking stated in a sentence (`among 148 countries`,
/// `out of 146 economies`): its size and the quantity's index.
fn field_size(doc: &Doc, s: usize, in_sentence: &[usize]) -> Option<(u32, usize)> {
    let quantities = &doc.annotations.quantities;
    let sentence = doc.sentences.get(s)?;
    in_sentence.iter().copied().find_map(|qi| {
        let q = &quantities[qi];
        if q.kind != QuantityKind::Count || q.value < 2.0 || q.value.fract() != 0.0 {
            return None;
        }
        let before = doc.words(sentence.start, q.start);
        let mut previous = before.iter().rev().map(|w| w.lower.as_str());
        let first = previous.next();
        let preceded_by_the = first == Some("the");
        let (first, second) = if preceded_by_the {
            (previous.next(), previous.next())
        } else {
            (first, previous.next())
        };
        let unit_is_field = q
            .unit
            .as_deref()
            .is_some_and(|u| lexicon().is("field_nouns", &u.to_lowercase()));
        let after_of = matches!(
            (first, second),
            (Some("among"), _) | (Some("of"), Some("out"))
        ) || (first == Some("of") && unit_is_field);
        let assessed = doc
            .words(q.end, sentence.end)
            .first()
            .is_some_and(|w| lexicon().is("assessed", w.lower.as_str()));
        let covering = first.is_some_and(|w| lexicon().is("covering", w));
        let field = after_of || (unit_is_field && (assessed || covering));
        let size = u32::try_from(q.value as i64).ok()?;
        field.then_some((size, qi))
    })
}

#[cfg(test)]
mod tests {
    use crate::testkit::Fixture;

    #[test]
    fn two_countries_in_one_sentence_share_the_field_size() {
        let mut f = Fixture::dated(
            "Japan ranked 120th among 150 countries in the Global Gender Gap Report by the \
             World Economic Forum, while South Korea stood at 99th.",
        );
        f.ordinal("120th", 120.0)
            .ordinal("99th", 99.0)
            .count("150 countries", 150.0, Some("countries"))
            .country("Japan", "JPN")
            .country("South Korea", "KOR");
        let stats = f.run();
        assert_eq!(stats.ranks.len(), 2);
        assert_eq!(stats.ranks[0].country_code.as_deref(), Some("JPN"));
        assert_eq!(stats.ranks[0].rank, 120);
        assert_eq!(stats.ranks[1].country_code.as_deref(), Some("KOR"));
        assert_eq!(stats.ranks[1].rank, 99);
        assert!(stats.ranks.iter().all(|r| r.out_of == Some(150)));
        assert!(stats.ranks.iter().all(|r| r.edition_year == Some(2025)));
        assert_eq!(
            stats.ranks[0].publisher.as_deref(),
            Some("World Economic Forum")
        );
        assert!(stats.figures.is_empty(), "{:?}", stats.figures);
    }

    #[test]
    fn a_year_by_year_list_gives_one_row_per_edition() {
        let mut f = Fixture::dated(
            "The World Economic Forum's gender gap index tells a long story. \
             Mexico was ranked 50th in 2019, 25th in 2020 and 33rd in 2022.",
        );
        f.ordinal("50th", 50.0)
            .ordinal("25th", 25.0)
            .ordinal("33rd", 33.0)
            .country("Mexico", "MEX");
        let stats = f.run();
        let rows: Vec<(u32, Option<i32>)> = stats
            .ranks
            .iter()
            .map(|r| (r.rank, r.edition_year))
            .collect();
        assert_eq!(
            rows,
            vec![(50, Some(2019)), (25, Some(2020)), (33, Some(2022))]
        );
        assert!(stats.ranks.iter().all(|r| r.country == "Mexico"));
    }

    #[test]
    fn a_sub_index_rank_is_a_figure_with_unit_rank() {
        let mut f = Fixture::dated(
            "Brazil placed 70th overall in this year's Global Gender Gap Report. \
             It came 85th in economic participation and opportunity and 110th in \
             political empowerment.",
        );
        f.ordinal("70th", 70.0)
            .ordinal("85th", 85.0)
            .ordinal("110th", 110.0)
            .country("Brazil", "BRA")
            .date("this year", "2025");
        let stats = f.run();
        assert_eq!(stats.ranks.len(), 1);
        assert_eq!(stats.ranks[0].rank, 70);
        let sub: Vec<(f64, Option<&str>)> = stats
            .figures
            .iter()
            .map(|f| (f.value, f.unit.as_deref()))
            .collect();
        assert_eq!(sub, vec![(85.0, Some("rank")), (110.0, Some("rank"))]);
        // An undated sub-index rank belongs to the edition being reported.
        let years: Vec<Option<String>> = stats
            .figures
            .iter()
            .map(|f| f.date.map(|d| d.date.to_string()))
            .collect();
        assert_eq!(years, vec![Some("2025-01-01".to_owned()); 2]);
        assert!(stats
            .figures
            .iter()
            .all(|f| f.country_code.as_deref() == Some("BRA")));
    }

    #[test]
    fn up_from_a_rank_without_a_year_is_the_previous_edition() {
        let mut f = Fixture::dated("Canada ranked 30th in the press freedom index, up from 40th.");
        f.ordinal("30th", 30.0)
            .ordinal("40th", 40.0)
            .country("Canada", "CAN");
        let stats = f.run();
        let rows: Vec<(u32, Option<i32>)> = stats
            .ranks
            .iter()
            .map(|r| (r.rank, r.edition_year))
            .collect();
        assert_eq!(rows, vec![(30, Some(2025)), (40, Some(2024))]);
        assert_eq!(stats.ranks[0].report, "World Press Freedom Index");
    }

    #[test]
    fn an_anniversary_is_not_a_rank() {
        let mut f = Fixture::dated(
            "Peru ranked 40th in the gender gap report as it marked the 200th anniversary \
             of its independence.",
        );
        f.ordinal("40th", 40.0)
            .ordinal("200th", 200.0)
            .country("Peru", "PER");
        let stats = f.run();
        assert_eq!(stats.ranks.len(), 1);
        assert_eq!(stats.figures.len(), 1);
        assert_eq!(stats.figures[0].value, 200.0);
    }

    #[test]
    fn ordinals_without_a_report_are_not_ranks() {
        let mut f = Fixture::dated("Chile ranked 40th in the football league.");
        f.ordinal("40th", 40.0).country("Chile", "CHL");
        assert!(f.run().ranks.is_empty());
    }

    #[test]
    fn a_rank_down_from_last_year_keeps_its_owner() {
        let mut f = Fixture::dated(
            "Peru is in the World Happiness Report. The United States fell to 24th, its lowest \
             position ever, down from 23rd last year.",
        );
        f.ordinal("24th", 24.0)
            .ordinal("23rd", 23.0)
            .country("United States", "USA")
            .date("last year", "2024");
        let rows: Vec<(u32, Option<i32>)> = f
            .run()
            .ranks
            .iter()
            .map(|r| (r.rank, r.edition_year))
            .collect();
        assert_eq!(rows, vec![(24, Some(2025)), (23, Some(2024))]);
    }

    #[test]
    fn topped_and_bracketed_places_are_ranks() {
        let mut f = Fixture::dated(
            "Iceland topped the Global Gender Gap Index again, followed by Finland (2nd) and \
             Norway (3rd).",
        );
        f.ordinal("2nd", 2.0)
            .ordinal("3rd", 3.0)
            .country("Iceland", "ISL")
            .country("Finland", "FIN")
            .country("Norway", "NOR");
        let rows: Vec<(String, u32)> = f
            .run()
            .ranks
            .iter()
            .map(|r| (r.country.clone(), r.rank))
            .collect();
        assert_eq!(
            rows,
            vec![
                ("Iceland".to_owned(), 1),
                ("Finland".to_owned(), 2),
                ("Norway".to_owned(), 3)
            ]
        );
    }

    #[test]
    fn the_countries_surveyed_are_the_field() {
        let mut f = Fixture::dated(
            "In the World Happiness Report, Chile came in 40th among the 147 countries surveyed.",
        );
        f.ordinal("40th", 40.0)
            .count("147 countries", 147.0, Some("countries"))
            .country("Chile", "CHL");
        let stats = f.run();
        assert_eq!(stats.ranks.len(), 1);
        assert_eq!(stats.ranks[0].out_of, Some(147));
        assert!(stats.figures.is_empty());
    }

    #[test]
    fn a_country_ranked_as_object_takes_the_place_after_it() {
        let mut f = Fixture::dated(
            "The Global Gender Gap Report came out on Wednesday. The index, which tracks \
             gaps in health, economic participation and political empowerment, ranks Chile \
             first among 148 countries. It puts Peru third, and Peru 90th in political \
             empowerment.",
        );
        f.ordinal("first", 1.0)
            .ordinal("third", 3.0)
            .ordinal("90th", 90.0)
            .count("148 countries", 148.0, Some("countries"))
            .country("Chile", "CHL")
            .country("Peru", "PER");
        let stats = f.run();
        let ranks: Vec<(&str, u32, Option<u32>)> = stats
            .ranks
            .iter()
            .map(|r| (r.country_code.as_deref().unwrap_or(""), r.rank, r.out_of))
            .collect();
        assert_eq!(ranks, vec![("CHL", 1, Some(148)), ("PER", 3, Some(148))]);
        let sub: Vec<f64> = stats.figures.iter().map(|f| f.value).collect();
        assert_eq!(sub, vec![90.0]);
    }

    #[test]
    fn a_sub_index_named_before_its_clause_is_still_a_sub_index() {
        let mut f = Fixture::dated(
            "Chile ranked 40th in the gender gap index. The nation scored low in political \
             empowerment, ranking 90th.",
        );
        f.ordinal("40th", 40.0)
            .ordinal("90th", 90.0)
            .country("Chile", "CHL");
        let stats = f.run();
        assert_eq!(stats.ranks.len(), 1);
        assert_eq!(stats.figures.len(), 1);
        assert_eq!(
            stats.figures[0].measure.as_deref(),
            Some("political empowerment rank")
        );
    }

    #[test]
    fn first_in_a_sub_index_is_a_figure() {
        let mut f = Fixture::dated(
            "Chile ranked 40th in the gender gap index. In the economic participation \
             sub-index, Chile ranked 123rd, while it placed first in educational attainment \
             together with 30 other countries.",
        );
        f.ordinal("40th", 40.0)
            .ordinal("123rd", 123.0)
            .ordinal("first", 1.0)
            .count("30", 30.0, Some("countries"))
            .country("Chile", "CHL");
        let stats = f.run();
        let ranks: Vec<u32> = stats.ranks.iter().map(|r| r.rank).collect();
        assert_eq!(ranks, vec![40]);
        let figures: Vec<(f64, Option<&str>)> = stats
            .figures
            .iter()
            .map(|f| (f.value, f.unit.as_deref()))
            .collect();
        assert_eq!(
            figures,
            vec![
                (123.0, Some("rank")),
                (1.0, Some("rank")),
                (30.0, Some("countries"))
            ]
        );
    }

    #[test]
    fn a_country_named_after_its_rank_owns_it() {
        let mut f = Fixture::dated(
            "Ranked 40th out of 148 countries in the gender gap index, Chile trails its \
             neighbours.",
        );
        f.ordinal("40th", 40.0)
            .count("148 countries", 148.0, Some("countries"))
            .country("Chile", "CHL");
        let stats = f.run();
        assert_eq!(stats.ranks.len(), 1);
        assert_eq!(stats.ranks[0].country_code.as_deref(), Some("CHL"));
        assert_eq!(stats.ranks[0].out_of, Some(148));
    }

    #[test]
    fn a_report_named_only_in_the_headline_still_frames_the_ranks() {
        let mut f = Fixture::dated("Chile ranked 40th out of 148 countries this year.");
        f.article.title = Some("Chile climbs in gender-gap ranking".to_owned());
        f.ordinal("40th", 40.0)
            .count("148 countries", 148.0, Some("countries"))
            .country("Chile", "CHL");
        let stats = f.run();
        assert_eq!(stats.ranks.len(), 1);
        assert_eq!(stats.ranks[0].report, "Global Gender Gap Report");
    }

    #[test]
    fn countries_followed_by_take_the_next_places() {
        let mut f = Fixture::dated(
            "Iceland topped the gender gap ranking again, followed by Finland and Norway. \
             Chile was 40th.",
        );
        f.ordinal("40th", 40.0)
            .country("Iceland", "ISL")
            .country("Finland", "FIN")
            .country("Norway", "NOR")
            .country("Chile", "CHL");
        let rows: Vec<(String, u32)> = f
            .run()
            .ranks
            .iter()
            .map(|r| (r.country.clone(), r.rank))
            .collect();
        assert_eq!(
            rows,
            vec![
                ("Iceland".to_owned(), 1),
                ("Finland".to_owned(), 2),
                ("Norway".to_owned(), 3),
                ("Chile".to_owned(), 40)
            ]
        );
    }

    #[test]
    fn the_field_belongs_to_the_edition_of_its_rank() {
        let mut f = Fixture::dated(
            "Chile ranked 40th out of 148 countries in the gender gap index, down from 35th \
             last year.",
        );
        f.ordinal("40th", 40.0)
            .ordinal("35th", 35.0)
            .count("148 countries", 148.0, Some("countries"))
            .country("Chile", "CHL")
            .date("last year", "2024");
        let rows: Vec<(u32, Option<i32>, Option<u32>)> = f
            .run()
            .ranks
            .iter()
            .map(|r| (r.rank, r.edition_year, r.out_of))
            .collect();
        assert_eq!(
            rows,
            vec![(40, Some(2025), Some(148)), (35, Some(2024), None)]
        );
    }

    #[test]
    fn the_worlds_happiest_country_is_first() {
        let mut f = Fixture::dated(
            "Chile was named the world's happiest country in the World Happiness Report, \
             followed by Peru.",
        );
        f.country("Chile", "CHL").country("Peru", "PER");
        let rows: Vec<(String, u32)> = f
            .run()
            .ranks
            .iter()
            .map(|r| (r.country.clone(), r.rank))
            .collect();
        assert_eq!(rows, vec![("Chile".to_owned(), 1), ("Peru".to_owned(), 2)]);
    }

    #[test]
    fn ranked_last_is_the_last_place_of_the_field() {
        let mut f = Fixture::dated(
            "Chile ranked 40th out of 148 countries in the gender gap index, while Peru \
             ranked last.",
        );
        f.ordinal("40th", 40.0)
            .count("148 countries", 148.0, Some("countries"))
            .country("Chile", "CHL")
            .country("Peru", "PER");
        let rows: Vec<(String, u32)> = f
            .run()
            .ranks
            .iter()
            .map(|r| (r.country.clone(), r.rank))
            .collect();
        assert_eq!(
            rows,
            vec![("Chile".to_owned(), 40), ("Peru".to_owned(), 148)]
        );
    }
}
