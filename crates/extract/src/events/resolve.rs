//! The article stage: what one sentence cannot know. Parts join their
//! summit, references back join what they refer to and share its date and
//! place, anniversaries are dated from the event they mark, and undated
//! events take the date of the clause or sentence that dates them. What the
//! news presupposes (`the summit`, `after their summit`) in a sentence
//! without dates takes the date of the article's lead, when the lead gives
//! one date only.

use chrono::{Datelike, NaiveDate};
use newsfacts_normalize::people::Person;
use newsfacts_parse::{PartialDate, Precision};

use super::compare::{dates_agree, places_agree, PlaceRef};
use super::lexicon::Lexicon;
use super::sentence::{Context, DateInfo, Draft, Location};
use crate::records::EventType;

/// What the article stage needs to know of each sentence.
#[derive(Debug, Clone)]
pub(crate) struct SentenceInfo {
    pub start: usize,
    pub end: usize,
    pub free_dates: Vec<DateInfo>,
    pub has_timex: bool,
    /// It ends like a sentence (not a headline or a caption).
    pub prose: bool,
}

/// Resolves the drafts of one article; returns those to keep, each later
/// mention of an event pointing at its first (`refers_to`).
pub(crate) fn resolve(
    ctx: &Context<'_>,
    mut drafts: Vec<Draft>,
    sentences: &[SentenceInfo],
    dct: Option<NaiveDate>,
) -> Vec<Draft> {
    promote_summits(ctx, &mut drafts);
    let lead = lead_date(ctx, &drafts, sentences, dct);
    // The present of the article, against which a date is of another era.
    let present = lead.as_ref().map(|d| d.date.date).or(dct);
    let mut groups = Groups::new(drafts.len());
    let mut keep = attach_parts(&mut drafts, &mut groups);
    for (i, draft) in drafts.iter().enumerate() {
        // `the commemorative events in Seoul and Tokyo`: several, not one.
        if draft.generic && draft.plural && draft.definite {
            keep[i] = false;
        }
    }
    corefer(ctx.lexicon, &drafts, sentences, &mut groups, &keep, present);
    propagate(&mut drafts, &groups);
    date_anniversaries(&mut drafts, &groups, dct);
    date_weekdays(&mut drafts);
    date_by_coincidence(&mut drafts, &groups);
    borrow_within_sentence(&mut drafts);
    inherit_from_previous_sentence(ctx, &mut drafts, sentences);
    if let Some(lead) = &lead {
        date_from_lead(ctx.lexicon, &mut drafts, sentences, lead, dct);
    }
    follow_up_documents(&mut drafts, sentences);
    propagate(&mut drafts, &groups);
    date_visits(&mut drafts, &groups);
    drop_empty_groups(&drafts, &groups, &mut keep);
    // Every draft points at the first member of its group.
    let kept: Vec<usize> = (0..drafts.len()).filter(|&i| keep[i]).collect();
    let new_index = |old: usize| kept.iter().position(|&k| k == old);
    let roots: Vec<Option<usize>> = kept
        .iter()
        .map(|&i| {
            let first = (0..drafts.len()).find(|&j| keep[j] && groups.find(j) == groups.find(i))?;
            (first != i).then(|| new_index(first)).flatten()
        })
        .collect();
    let mut out: Vec<Draft> = kept.iter().map(|&i| drafts[i].clone()).collect();
    for (draft, root) in out.iter_mut().zip(roots) {
        draft.refers_to = root;
        draft.coincides_with = None;
    }
    out
}

/// Union-find over the drafts of one article.
struct Groups {
    parent: Vec<usize>,
}

impl Groups {
    fn new(n: usize) -> Groups {
        Groups {
            parent: (0..n).collect(),
        }
    }

    fn find(&self, mut i: usize) -> usize {
        while self.parent[i] != i {
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }

    fn members(&self, i: usize) -> Vec<usize> {
        let root = self.find(i);
        (0..self.parent.len())
            .filter(|&j| self.find(j) == root)
            .collect()
    }
}

/// A meeting of two sitting leaders of different countries is a summit.
fn promote_summits(ctx: &Context<'_>, drafts: &mut [Draft]) {
    let persons = &ctx.annotations.people.persons;
    for draft in drafts.iter_mut() {
        if draft.event_type != EventType::Meeting {
            continue;
        }
        let mut countries: Vec<&str> = draft
            .persons
            .iter()
            .filter_map(|&p| persons.get(p))
            .filter(|p| is_leader(ctx.lexicon, p))
            .filter_map(|p| p.country.as_deref())
            .collect();
        countries.sort_unstable();
        countries.dedup();
        if countries.len() >= 2 {
            draft.event_type = EventType::Summit;
        }
    }
}

/// A sitting head of state or government by one of the person's titles.
pub(crate) fn is_leader(lexicon: &Lexicon, person: &Person) -> bool {
    person.titles.iter().any(|title| {
        let lower = title.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        let Some(first) = words.first() else {
            return false;
        };
        !lexicon.not_sitting.has_word(first)
            && !lexicon.not_sitting.has_word(first.trim_end_matches('-'))
            && !words.iter().any(|w| matches!(*w, "of" | "for" | "to"))
            && lexicon
                .leader_titles
                .phrase_ending_at(&words, words.len())
                .is_some()
    })
}

/// A part of a summit joins the nearest summit or meeting it does not
/// contradict (the one before it, else the one after); a part with no
/// summit is dropped.
fn attach_parts(drafts: &mut [Draft], groups: &mut Groups) -> Vec<bool> {
    let mut keep = vec![true; drafts.len()];
    for i in 0..drafts.len() {
        if !drafts[i].part {
            continue;
        }
        let part = &drafts[i];
        let is_summit = |d: &Draft| {
            !d.part
                && matches!(d.event_type, EventType::Summit | EventType::Meeting)
                && !clash(part, d)
        };
        let host = (0..i)
            .rev()
            .find(|&j| is_summit(&drafts[j]))
            .or_else(|| (i + 1..drafts.len()).find(|&j| is_summit(&drafts[j])));
        match host {
            Some(j) => {
                drafts[i].event_type = drafts[j].event_type;
                groups.union(i, j);
            }
            None => keep[i] = false,
        }
    }
    keep
}

/// How many earlier mentions a reference back may reach.
const ANTECEDENT_WINDOW: usize = 40;

/// A definite mention (`the ceremony`, `this meeting`) joins the nearest
/// earlier mention it can refer to: a compatible type, and no clash of
/// date or place with any mention of that event.
fn corefer(
    lexicon: &Lexicon,
    drafts: &[Draft],
    sentences: &[SentenceInfo],
    groups: &mut Groups,
    keep: &[bool],
    present: Option<NaiveDate>,
) {
    for i in 0..drafts.len() {
        // `after the armistice signed on July 27, 1953`: a reference point
        // dated on its own is a historical event of its own.
        let dated_anchor = drafts[i].anchor && drafts[i].own_date;
        if !keep[i] || !drafts[i].definite || drafts[i].part || dated_anchor {
            continue;
        }
        let antecedent = (i.saturating_sub(ANTECEDENT_WINDOW)..i).rev().find(|&j| {
            keep[j]
                && !drafts[j].compared
                && groups.find(j) != groups.find(i)
                && lexicon.types_compatible(drafts[i].event_type, drafts[j].event_type)
                // A dated mention of another type names its own event, not
                // an undated one before it (`the armistice signed in 1953`).
                && !(drafts[i].own_date
                    && drafts[i].event_type != drafts[j].event_type
                    && groups.members(j).iter().all(|&m| drafts[m].date.is_none()))
                && groups
                    .members(j)
                    .iter()
                    .all(|&m| !clash(&drafts[i], &drafts[m]))
                && !of_another_era(drafts, sentences, i, &groups.members(j), present)
                // `after the summit` presupposes that it took place.
                && !(drafts[i].lead_only
                    && groups.members(j).iter().any(|&m| drafts[m].scheduled))
        });
        if let Some(j) = antecedent {
            groups.union(i, j);
        }
    }
}

/// `In 1998 they issued the Joint Declaration ... adopted the Joint
/// Statement`: a name in a sentence without dates belongs to the article's
/// present, so it names no event of another era (two years or more before
/// it) that was named otherwise; nor does a name of another era refer back
/// to one of the present.
fn of_another_era(
    drafts: &[Draft],
    sentences: &[SentenceInfo],
    i: usize,
    group: &[usize],
    present: Option<NaiveDate>,
) -> bool {
    let Some(present) = present else {
        return false;
    };
    let historic = |d: &Draft| {
        d.date
            .as_ref()
            .is_some_and(|x| x.date.date.year() + 2 <= present.year())
    };
    let of_the_present =
        |d: &Draft| !d.own_date && sentences.get(d.sentence).is_some_and(|s| !s.has_timex);
    let draft = &drafts[i];
    let named_otherwise = |d: &Draft| d.named && d.cue != draft.cue;
    if !draft.named || group.iter().any(|&m| drafts[m].cue == draft.cue) {
        return false;
    }
    (of_the_present(draft) && group.iter().any(|&m| historic(&drafts[m])))
        || (historic(draft)
            && group
                .iter()
                .all(|&m| of_the_present(&drafts[m]) && named_otherwise(&drafts[m])))
}

/// Two mentions that cannot be one event: different dates, places or
/// anniversaries.
fn clash(a: &Draft, b: &Draft) -> bool {
    if let (Some(x), Some(y)) = (&a.date, &b.date) {
        if !dates_agree(x.date, x.end, y.date, y.end) {
            return true;
        }
    }
    if let (Some(x), Some(y)) = (&a.location, &b.location) {
        if !places_agree(place_ref(x), place_ref(y)) {
            return true;
        }
    }
    // People do not clash: a later mention often names other attendees.
    a.ordinal.is_some() && b.ordinal.is_some() && a.ordinal != b.ordinal
}

fn place_ref(location: &Location) -> PlaceRef<'_> {
    PlaceRef {
        text: &location.text,
        code: Some(&location.code),
        country_level: location.country_level,
    }
}

/// Gives every mention of an event the date and place that one of them
/// states: the most precise date, the most specific place.
fn propagate(drafts: &mut [Draft], groups: &Groups) {
    let mut done = vec![false; drafts.len()];
    for i in 0..drafts.len() {
        if done[i] {
            continue;
        }
        let members = groups.members(i);
        for &m in &members {
            done[m] = true;
        }
        let date = members
            .iter()
            .filter_map(|&m| drafts[m].date.as_ref())
            .max_by_key(|d| (d.date.precision, std::cmp::Reverse(d.date.date)))
            .cloned();
        let location = members
            .iter()
            .filter_map(|&m| drafts[m].location.as_ref())
            .max_by_key(|l| (!l.country_level, l.text.len()))
            .cloned();
        for &m in &members {
            let draft = &mut drafts[m];
            if draft.date.is_none() {
                draft.date = date.clone();
            }
            if draft.location.is_none() {
                if let Some(location) = &location {
                    draft.country_code = Some(location.code.clone());
                    draft.location = Some(location.clone());
                }
            }
        }
    }
}

/// `the 60th anniversary` of an event the article dates (`signed on June
/// 22, 1965`) falls 60 years after it. The origin is an event of the
/// article, an agreement first, whose date plus the ordinal lands near the
/// publication date.
fn date_anniversaries(drafts: &mut [Draft], groups: &Groups, dct: Option<NaiveDate>) {
    for i in 0..drafts.len() {
        if drafts[i].event_type != EventType::Anniversary || drafts[i].date.is_some() {
            continue;
        }
        let members = groups.members(i);
        let Some(ordinal) = members.iter().find_map(|&m| drafts[m].ordinal) else {
            continue;
        };
        let Some(date) = anniversary_date(drafts, ordinal, dct) else {
            continue;
        };
        for m in members {
            drafts[m].date = Some(date.clone());
        }
    }
}

/// Without a publication date, `on Thursday` stays unresolved; but when an
/// event so named was dated otherwise (the 70th anniversary of a known day,
/// a Thursday), that day anchors the article's other weekdays (`on
/// Wednesday evening`: the day before).
fn date_weekdays(drafts: &mut [Draft]) {
    let anchor = drafts.iter().find_map(|d| {
        let (weekday, _) = d.weekday.as_ref()?;
        let date = d.date.as_ref()?.date;
        (date.precision == Precision::Day && date.date.weekday() == *weekday).then_some(date.date)
    });
    let Some(anchor) = anchor else {
        return;
    };
    for draft in drafts.iter_mut().filter(|d| d.date.is_none()) {
        let Some((weekday, expression)) = draft.weekday.clone() else {
            continue;
        };
        let day = (-3..=3)
            .filter_map(|k| anchor.checked_add_signed(chrono::Duration::days(k)))
            .find(|day| day.weekday() == weekday);
        draft.date = day.map(|day| DateInfo {
            date: PartialDate::day(day),
            end: None,
            expression,
        });
    }
}

fn anniversary_date(drafts: &[Draft], ordinal: u32, dct: Option<NaiveDate>) -> Option<DateInfo> {
    let years = i32::try_from(ordinal).ok()?;
    drafts
        .iter()
        .filter(|d| d.event_type != EventType::Anniversary)
        .filter_map(|d| {
            let origin = d.date.as_ref()?;
            let year = origin.date.date.year().checked_add(years)?;
            let plausible = dct.is_none_or(|dct| (dct.year() - 1..=dct.year() + 1).contains(&year));
            let date =
                NaiveDate::from_ymd_opt(year, origin.date.date.month(), origin.date.date.day())?;
            let rank = (d.event_type == EventType::Agreement, origin.date.precision);
            plausible.then(|| {
                let info = DateInfo {
                    date: PartialDate {
                        date,
                        precision: origin.date.precision,
                    },
                    end: None,
                    expression: origin.expression.clone(),
                };
                (rank, std::cmp::Reverse(d.cue_start), info)
            })
        })
        .max_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)))
        .map(|(_, _, info)| info)
}

/// `the meeting coincided with the 60th anniversary`: the meeting takes the
/// anniversary's date.
fn date_by_coincidence(drafts: &mut [Draft], groups: &Groups) {
    for i in 0..drafts.len() {
        let Some(k) = drafts[i].coincides_with else {
            continue;
        };
        if drafts[i].date.is_some() {
            continue;
        }
        let Some(date) = drafts.get(k).and_then(|d| d.date.clone()) else {
            continue;
        };
        for m in groups.members(i) {
            if drafts[m].date.is_none() {
                drafts[m].date = Some(date.clone());
            }
        }
    }
}

/// Whether an undated draft may take a date from its context.
fn may_borrow(draft: &Draft) -> bool {
    draft.date.is_none()
        && !draft.own_date
        && !draft.definite
        && !draft.anterior
        && draft.event_type != EventType::Anniversary
}

/// `Lee held a summit on Monday, resulting in a joint statement`: the
/// statement takes the date of the nearest dated event of its sentence.
fn borrow_within_sentence(drafts: &mut [Draft]) {
    for i in 0..drafts.len() {
        if !may_borrow(&drafts[i]) {
            continue;
        }
        let lender = (0..drafts.len())
            .filter(|&j| {
                j != i
                    && drafts[j].sentence == drafts[i].sentence
                    && (drafts[j].own_date || drafts[j].coincides_with.is_some())
                    && !drafts[j].anchor
                    // `marked the anniversary on Monday, with a ceremony`.
                    && (drafts[j].event_type != EventType::Anniversary
                        || (drafts[j].own_date && marks_with(&drafts[i])))
            })
            .filter(|&j| drafts[j].date.is_some())
            .min_by_key(|&j| drafts[j].cue_start.abs_diff(drafts[i].cue_start));
        if let Some(j) = lender {
            drafts[i].date = drafts[j].date.clone();
        }
    }
}

/// A clause `with a ceremony ...`: the means by which its sentence marked
/// something.
fn marks_with(draft: &Draft) -> bool {
    draft.summary.to_lowercase().starts_with("with ")
}

/// A first mention in a sentence without any date takes the date the
/// previous sentence of its paragraph gave and no event claimed
/// (`He spoke on June 19. Speaking at a reception, ...`).
fn inherit_from_previous_sentence(
    ctx: &Context<'_>,
    drafts: &mut [Draft],
    sentences: &[SentenceInfo],
) {
    for draft in drafts.iter_mut() {
        if !may_borrow(draft) {
            continue;
        }
        let Some(current) = sentences.get(draft.sentence) else {
            continue;
        };
        if current.has_timex || draft.sentence == 0 {
            continue;
        }
        let previous = &sentences[draft.sentence - 1];
        if ctx
            .text
            .paragraph_break_between(previous.end, current.start)
        {
            continue;
        }
        if let Some(date) = previous.free_dates.last() {
            draft.date = Some(date.clone());
        }
    }
}

/// `The leaders also issued a joint statement.`: a document issued in a
/// sentence without dates comes out of the last dated summit or meeting
/// before it, and takes its date, place and people.
fn follow_up_documents(drafts: &mut [Draft], sentences: &[SentenceInfo]) {
    for i in 0..drafts.len() {
        let draft = &drafts[i];
        let document = matches!(
            draft.event_type,
            EventType::Agreement | EventType::Statement
        );
        let dateless = sentences.get(draft.sentence).is_some_and(|s| !s.has_timex);
        if !document || !dateless || !may_borrow(draft) {
            continue;
        }
        // Other documents of the same talks may come between.
        let Some(j) = (0..i).rev().find(|&j| {
            drafts[j].date.is_some()
                && !drafts[j].anterior
                && !matches!(
                    drafts[j].event_type,
                    EventType::Agreement | EventType::Statement
                )
        }) else {
            continue;
        };
        if !matches!(drafts[j].event_type, EventType::Summit | EventType::Meeting)
            || drafts[j].scheduled
        {
            continue;
        }
        let lender = drafts[j].clone();
        let draft = &mut drafts[i];
        draft.date = lender.date;
        if draft.persons.is_empty() && draft.countries.is_empty() {
            draft.persons = lender.persons;
            draft.countries = lender.countries;
        }
        if draft.location.is_none() {
            draft.location = lender.location;
            draft.country_code = draft.country_code.take().or(lender.country_code);
        }
    }
}

/// The date of the news: the one day the lead (the first paragraph of
/// prose) gives its events or leaves free near the publication (from a
/// month before it). Dates of sayings, reference points and background
/// (`their first summit since 2019`) do not count.
fn lead_date(
    ctx: &Context<'_>,
    drafts: &[Draft],
    sentences: &[SentenceInfo],
    dct: Option<NaiveDate>,
) -> Option<DateInfo> {
    let first = sentences.iter().position(|s| s.prose)?;
    let mut last = first;
    while sentences.get(last + 1).is_some_and(|next| {
        !ctx.text
            .paragraph_break_between(sentences[last].end, next.start)
    }) {
        last += 1;
    }
    let mut dates: Vec<&DateInfo> = sentences[first..=last]
        .iter()
        .flat_map(|s| s.free_dates.iter())
        .chain(
            drafts
                .iter()
                .filter(|d| {
                    (first..=last).contains(&d.sentence) && d.own_date && !d.anchor && !d.anterior
                })
                .filter_map(|d| d.date.as_ref()),
        )
        .filter(|d| dct.is_none_or(|dct| (dct - d.date.date).num_days() <= 31))
        .collect();
    dates.sort_by_key(|d| (d.date.date, d.end));
    dates.dedup_by_key(|d| (d.date, d.end));
    let [date] = dates.as_slice() else {
        return None;
    };
    (date.date.precision == Precision::Day).then(|| (*date).clone())
}

/// `The deal was announced after their summit.`: what the news presupposes
/// (a reference back, or a gathering it comes after) in a sentence without
/// dates, still undated, takes the lead's date; not in a scheduled clause
/// unless the lead's date lies ahead.
fn date_from_lead(
    lexicon: &Lexicon,
    drafts: &mut [Draft],
    sentences: &[SentenceInfo],
    lead: &DateInfo,
    dct: Option<NaiveDate>,
) {
    let ahead = dct.is_some_and(|dct| after(lead.date, dct));
    for draft in drafts.iter_mut() {
        let presupposed = draft.lead_only
            || (draft.definite && lexicon.presupposed_definite.contains(&draft.event_type));
        let dateless = sentences.get(draft.sentence).is_some_and(|s| !s.has_timex);
        if presupposed
            && dateless
            && draft.date.is_none()
            && !draft.own_date
            && !draft.anterior
            && draft.event_type != EventType::Anniversary
            && (!draft.scheduled || ahead)
        {
            draft.date = Some(lead.clone());
        }
    }
}

/// An undated visit to a place takes the date of what the visitor did
/// there (`visits to Tokyo` ... `the Tokyo summit on August 23`).
fn date_visits(drafts: &mut [Draft], groups: &Groups) {
    for i in 0..drafts.len() {
        let draft = &drafts[i];
        if draft.event_type != EventType::Visit || draft.date.is_some() {
            continue;
        }
        let Some(place) = &draft.location else {
            continue;
        };
        let host = (0..drafts.len())
            .filter(|&j| {
                let other = &drafts[j];
                other.event_type != EventType::Visit
                    && other.date.is_some()
                    && other
                        .location
                        .as_ref()
                        .is_some_and(|l| places_agree(place_ref(l), place_ref(place)))
                    && (draft.persons.is_empty()
                        || draft.persons.iter().any(|p| other.persons.contains(p)))
            })
            .min_by_key(|&j| drafts[j].cue_start.abs_diff(draft.cue_start));
        if let Some(j) = host {
            let (date, scheduled) = (drafts[j].date.clone(), drafts[j].scheduled);
            for m in groups.members(i) {
                if drafts[m].date.is_none() {
                    drafts[m].date = date.clone();
                    drafts[m].scheduled |= scheduled;
                }
            }
        }
    }
}

/// Drops what is too thin to be an event: a vague noun that refers back to
/// nothing (`won the event`), an event with no date, no hint of one, no
/// place and nobody taking part (`every site you visit`), and an undated
/// reference point.
fn drop_empty_groups(drafts: &[Draft], groups: &Groups, keep: &mut [bool]) {
    for i in 0..drafts.len() {
        let members = groups.members(i);
        let alone = members.len() == 1;
        let thin = members.iter().all(|&m| {
            let d = &drafts[m];
            d.date.is_none()
                && !d.vague_date
                && d.persons.is_empty()
                && d.countries.is_empty()
                && d.location.is_none()
        });
        // `after their summit` that nothing dated is a reference point only.
        let unconfirmed = drafts[i].lead_only && drafts[i].date.is_none();
        if thin || (alone && drafts[i].needs_antecedent) || unconfirmed {
            keep[i] = false;
        }
    }
}

/// Whether a date lies after the publication date, at its own precision.
pub(crate) fn after(date: PartialDate, dct: NaiveDate) -> bool {
    match date.precision {
        Precision::Day => date.date > dct,
        Precision::Month => (date.date.year(), date.date.month()) > (dct.year(), dct.month()),
        Precision::Year => date.date.year() > dct.year(),
    }
}
