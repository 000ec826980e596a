//! The sentence stage: event cues of one sentence, with the dates, places
//! and people of their clauses.

use chrono::NaiveDate;
use newsfacts_normalize::people::{MentionForm, PersonMention};
use newsfacts_normalize::places::{PlaceKind, PlaceMention};
use newsfacts_normalize::timex::{Timex, TimexType};
use newsfacts_normalize::Annotations;
use newsfacts_parse::{PartialDate, Precision, Sentence};

use super::lexicon::{Cue, CueKind, Lexicon, WordList};
use super::text::{Text, Word};
use crate::records::EventType;
use crate::spans::SpanIndex;

/// A date and the words that gave it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DateInfo {
    pub date: PartialDate,
    pub end: Option<NaiveDate>,
    pub expression: String,
}

/// Where an event took place.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Location {
    pub text: String,
    pub code: String,
    /// The place is a whole country.
    pub country_level: bool,
}

/// One event mention before the article-level resolution.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub event_type: EventType,
    /// A part of a summit, to be attached to its summit.
    pub part: bool,
    /// A vague noun (`event`) whose type says little.
    pub generic: bool,
    /// A reference back to an event already named (`the ceremony`).
    pub definite: bool,
    /// A vague noun outside a commemorative context (`the event`): an event
    /// only if it refers back to one.
    pub needs_antecedent: bool,
    pub plural: bool,
    pub sentence: usize,
    pub sentence_start: usize,
    pub sentence_end: usize,
    pub cue_start: usize,
    pub date: Option<DateInfo>,
    /// Its own clause dates it (possibly vaguely): it borrows no date.
    pub own_date: bool,
    /// Its own clause dates it only vaguely (`later in the week`).
    pub vague_date: bool,
    /// The weekday its own clause names when nothing resolved it (no
    /// publication date), with the words that named it.
    pub weekday: Option<(chrono::Weekday, String)>,
    /// `60` for the 60th anniversary.
    pub ordinal: Option<u32>,
    /// Its clause is set before the rest of the sentence (`had traveled`).
    pub anterior: bool,
    /// A dated reference point (`since Lee took office on June 4`): it lends
    /// no date to the other events of its sentence.
    pub anchor: bool,
    /// An undated reference point in the news (`after their summit`): an
    /// event only if the article's lead dates it.
    pub lead_only: bool,
    /// The cue's words, lower case (`joint statement`).
    pub cue: String,
    /// The cue is capitalised as a name (`the Joint Statement`).
    pub named: bool,
    /// The base of a comparison (`up from the survey in May`): no
    /// antecedent of a later reference back.
    pub compared: bool,
    pub scheduled: bool,
    pub location: Option<Location>,
    /// Indices into the article's persons.
    pub persons: Vec<usize>,
    /// Country codes named in its clause, for events without people.
    pub countries: Vec<String>,
    pub country_code: Option<String>,
    /// Index of the anniversary it coincides with: into the sentence's drafts
    /// from the sentence stage, into the article's after.
    pub coincides_with: Option<usize>,
    pub summary: String,
    /// Index of the earlier draft it refers back to.
    pub refers_to: Option<usize>,
}

/// What one sentence yields.
#[derive(Debug, Default)]
pub(crate) struct SentenceFacts {
    pub drafts: Vec<Draft>,
    /// Dates of the sentence that no event cue claimed.
    pub free_dates: Vec<DateInfo>,
    /// The sentence has a temporal expression that dates something (not the
    /// date of a saying, a length of time or a relative clause about a name).
    pub has_timex: bool,
    /// It ends like a sentence (not a headline or a caption).
    pub prose: bool,
}

/// The shared inputs of the sentence stage.
pub(crate) struct Context<'a> {
    pub text: &'a Text,
    pub annotations: &'a Annotations,
    pub lexicon: &'a Lexicon,
    /// The two countries the article names most, for `both countries`.
    pub pair: Option<[String; 2]>,
    /// The spans of the timexes, places and people mentions, for the
    /// sentence at hand.
    timex_spans: SpanIndex,
    place_spans: SpanIndex,
    mention_spans: SpanIndex,
}

impl<'a> Context<'a> {
    pub fn new(text: &'a Text, annotations: &'a Annotations) -> Context<'a> {
        let people = &annotations.people;
        Context {
            text,
            annotations,
            lexicon: Lexicon::global(),
            pair: Context::main_pair(annotations),
            timex_spans: SpanIndex::new(annotations.timexes.iter().map(|t| (t.start, t.end))),
            place_spans: SpanIndex::new(annotations.places.iter().map(|p| (p.start, p.end))),
            mention_spans: SpanIndex::new(people.mentions.iter().map(|m| (m.start, m.end))),
        }
    }

    /// The timexes inside `start..end`, in annotation order.
    fn timexes_within(&self, start: usize, end: usize) -> impl Iterator<Item = &'a Timex> + '_ {
        let timexes = &self.annotations.timexes;
        self.timex_spans
            .within(start, end)
            .into_iter()
            .map(|i| &timexes[i])
    }

    /// The places inside `start..end`, in annotation order.
    fn places_within(
        &self,
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = &'a PlaceMention> + '_ {
        let places = &self.annotations.places;
        self.place_spans
            .within(start, end)
            .into_iter()
            .map(|i| &places[i])
    }

    /// The people mentions inside `start..end`, in annotation order.
    fn mentions_within(
        &self,
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = &'a PersonMention> + '_ {
        let mentions = &self.annotations.people.mentions;
        self.mention_spans
            .within(start, end)
            .into_iter()
            .map(|i| &mentions[i])
    }

    /// The two countries named most often in the article, if two are named.
    pub fn main_pair(annotations: &Annotations) -> Option<[String; 2]> {
        let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
        for place in &annotations.places {
            if place.kind != PlaceKind::City {
                *counts.entry(place.code.as_str()).or_default() += 1;
            }
        }
        let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        match ranked.as_slice() {
            [first, second, ..] => Some([first.0.to_owned(), second.0.to_owned()]),
            _ => None,
        }
    }
}

/// An event cue found in a sentence, while it is being analysed.
#[derive(Debug, Clone)]
struct Hit<'l> {
    cue: &'l Cue,
    word_start: usize,
    word_end: usize,
    start: usize,
    segment: usize,
    timexes: Vec<usize>,
    /// Where each cue of this hit starts (several after a same-type merge).
    cue_starts: Vec<usize>,
    /// A cue of this hit is a plural noun (`agreements`).
    plural: bool,
    /// Its subject is the article's two countries (`both countries`).
    pair_subject: bool,
    anchor: bool,
    anterior: bool,
    scheduled: bool,
    definite: bool,
    /// The sentence commemorates or celebrates something.
    commemorative: bool,
    ordinal: Option<u32>,
    coincides_with: Option<usize>,
    /// An earlier wave of a poll, named by a compared figure, or an event
    /// named as the base of a comparison (`up from the survey in May`).
    wave: bool,
}

impl Hit<'_> {
    fn event_type(&self) -> Option<EventType> {
        match self.cue.kind {
            CueKind::Event(t) => Some(t),
            CueKind::Part => None,
        }
    }
}

/// A sentence being analysed: its words, segments, timexes and places.
struct SentenceView<'a> {
    ctx: &'a Context<'a>,
    sentence: Sentence,
    words: Vec<Word>,
    segments: Vec<(usize, usize)>,
    /// Dates and times outside quotations, appositions resolved.
    timexes: Vec<Timex>,
    places: Vec<&'a PlaceMention>,
}

impl<'a> SentenceView<'a> {
    fn strs(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.lower.as_str()).collect()
    }

    fn segment_of(&self, offset: usize) -> usize {
        self.segments
            .iter()
            .position(|&(s, e)| s <= offset && offset < e)
            .unwrap_or_else(|| {
                self.segments
                    .iter()
                    .rposition(|&(s, _)| s <= offset)
                    .unwrap_or(0)
            })
    }

    /// Words of one segment, as a range of word indices.
    fn segment_words(&self, segment: usize) -> std::ops::Range<usize> {
        let Some(&(start, end)) = self.segments.get(segment) else {
            return 0..0;
        };
        let first = self.words.partition_point(|w| w.start < start);
        let last = self.words.partition_point(|w| w.start < end);
        first..last
    }

    /// The index of the last word that ends at or before `offset`.
    fn word_before(&self, offset: usize) -> Option<usize> {
        self.words
            .partition_point(|w| w.end <= offset)
            .checked_sub(1)
    }

    /// Whether a phrase of `list` ends within `gap` words before word
    /// `start`, inside the same segment.
    fn phrase_before(&self, list: &WordList, start: usize, gap: usize) -> bool {
        let strs = self.strs();
        let floor = self
            .segment_words(self.segment_of(self.words[start].start))
            .start;
        (start.saturating_sub(gap).max(floor)..=start)
            .filter(|&end| end > floor)
            .any(|end| list.phrase_ending_at(&strs, end).is_some())
    }

    /// Whether a phrase of `list` starts within `gap` words after word `end`
    /// (exclusive), inside the same segment.
    fn phrase_after(&self, list: &WordList, end: usize, gap: usize) -> Option<usize> {
        let strs = self.strs();
        let ceiling = self
            .segment_words(self.segment_of(self.words[end - 1].start))
            .end;
        (end..(end + gap + 1).min(ceiling))
            .find_map(|start| list.phrase_starting_at(&strs, start).map(|n| start + n))
    }
}

/// Finds the event mentions of one sentence.
pub(crate) fn analyse(ctx: &Context<'_>, index: usize, sentence: Sentence) -> SentenceFacts {
    let text = ctx.text;
    let end = sentence.end;
    // A wire dateline (`Oslo, May 4 (Agency) --`) dates the dispatch, not
    // the events of the sentence it opens.
    let start = dateline_end(ctx, sentence.start, end).unwrap_or(sentence.start);
    let timexes: Vec<Timex> = ctx
        .timexes_within(start, end)
        .filter(|t| !text.in_quote(t.start, t.end))
        .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
        .cloned()
        .collect();
    let timexes = resolve_appositions(ctx, timexes);
    let mut facts = SentenceFacts::default();
    if !ends_like_a_sentence(text, start, end) {
        return facts;
    }
    let segments = text.segments(start, end);
    if segments.is_empty() {
        return facts;
    }
    facts.prose = true;
    let view = SentenceView {
        ctx,
        sentence,
        words: text.words(start, end),
        segments,
        timexes,
        places: ctx
            .places_within(start, end)
            .filter(|p| !text.in_quote(p.start, p.end))
            .collect(),
    };
    let mut hits = find_hits(&view);
    let free = attach_timexes(&view, &mut hits);
    facts.has_timex = !free.is_empty() || hits.iter().any(|h| !h.timexes.is_empty());
    facts.free_dates = free
        .iter()
        .filter_map(|&t| date_of(&view, &[t], view.timexes[t].start))
        .collect();
    let hits = merge_same_type(&view, hits);
    // Hit index to the index of its first draft, for `coincides_with`.
    let mut first_draft = Vec::with_capacity(hits.len());
    for hit in &hits {
        let drafts = drafts_of(&view, index, hit, &hits, &free);
        first_draft.push((!drafts.is_empty()).then_some(facts.drafts.len()));
        facts.drafts.extend(drafts);
    }
    for draft in &mut facts.drafts {
        draft.coincides_with = draft
            .coincides_with
            .and_then(|k| first_draft.get(k).copied().flatten());
    }
    facts
}

/// `in 2015, the year of the accord`: a determined date right after another
/// and a comma is an apposition, the same period.
fn resolve_appositions(ctx: &Context<'_>, mut timexes: Vec<Timex>) -> Vec<Timex> {
    for k in 1..timexes.len() {
        let (before, rest) = timexes.split_at_mut(k);
        let (previous, timex) = (&before[k - 1], &mut rest[0]);
        let gap = ctx.text.slice(previous.end, timex.start);
        let determined = ctx
            .text
            .words(timex.start, timex.end)
            .first()
            .is_some_and(|w| ctx.lexicon.definite.has_word(&w.lower));
        if gap.trim() == "," && determined && previous.value.is_some() {
            timex.value.clone_from(&previous.value);
        }
    }
    timexes
}

/// The end of a wire dateline opening a sentence (`TOKYO, Nov 12 (Wire) -`),
/// as the parser reads it.
fn dateline_end(ctx: &Context<'_>, start: usize, end: usize) -> Option<usize> {
    newsfacts_parse::dateline_end(&ctx.text.slice(start, end)).map(|n| start + n)
}

/// Headlines and subheads end without punctuation: they report no event.
fn ends_like_a_sentence(text: &Text, start: usize, end: usize) -> bool {
    text.chars
        .get(start..end.min(text.chars.len()))
        .unwrap_or_default()
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | '\''))
}

/// Every cue of the sentence that reports an event of its own.
fn find_hits<'l>(view: &SentenceView<'l>) -> Vec<Hit<'l>> {
    let lexicon = view.ctx.lexicon;
    let strs = view.strs();
    if is_imperative(view) {
        return Vec::new();
    }
    let commemorative = view.words.iter().any(|w| {
        !view.ctx.text.in_quote(w.start, w.end) && lexicon.commemorative.has_word(&w.lower)
    });
    let mut kept: Vec<Hit<'l>> = Vec::new();
    let mut previous_cue: Option<Hit<'l>> = None;
    let mut i = 0;
    while i < view.words.len() {
        let word = &view.words[i];
        let found = if view.ctx.text.in_quote(word.start, word.end) {
            None
        } else {
            lexicon.cue_at(&strs, i)
        };
        let Some((cue, len)) = found else {
            i += 1;
            continue;
        };
        let hit = Hit {
            cue,
            word_start: i,
            word_end: i + len,
            start: word.start,
            segment: view.segment_of(word.start),
            timexes: Vec::new(),
            cue_starts: vec![word.start],
            plural: !cue.verb && strs[i + len - 1].ends_with('s'),
            pair_subject: view.phrase_before(&lexicon.pair_subjects, i, 3),
            anchor: view.phrase_before(&lexicon.anchors, i, 3),
            anterior: view.phrase_before(&lexicon.anterior, i, 2),
            // `after their summit that the tunnel would open`: a modal
            // past `that` is the reported clause's.
            scheduled: view.phrase_before(&lexicon.scheduled, i, 5)
                || view
                    .phrase_after(&lexicon.scheduled, i + len, 3)
                    .is_some_and(|end| !strs[i + len..end].contains(&"that")),
            definite: !cue.verb && is_definite(view, i),
            commemorative,
            ordinal: ordinal_before(&strs, i),
            coincides_with: None,
            wave: view.phrase_before(&lexicon.comparison, i, 3),
        };
        i += len;
        if keeps(view, &hit, &kept, previous_cue.as_ref()) && !recurs(view, &hit) {
            kept.push(hit.clone());
        } else if let Some(last) = kept.last_mut().filter(|last| {
            // `Berg will meet Tamm on May 2 for the talks`: the meeting is
            // the talks named before.
            hit.definite
                && last.event_type() == hit.event_type()
                && last.segment == hit.segment
                && view.phrase_before(&lexicon.context_prepositions, hit.word_start, 3)
        }) {
            last.definite = true;
        }
        previous_cue = Some(hit);
    }
    // `will visit Oslo next week, when he meets the king`: a `when` clause
    // shares the time of the clause before it.
    for k in 0..kept.len() {
        let segment = kept[k].segment;
        let opens_when = view
            .words
            .get(view.segment_words(segment).start)
            .is_some_and(|w| w.lower == "when");
        if opens_when && kept.iter().any(|h| h.scheduled && h.segment + 1 == segment) {
            kept[k].scheduled = true;
        }
    }
    add_releases(view, &mut kept);
    add_earlier_waves(view, &mut kept);
    for k in 0..kept.len() {
        if kept[k].event_type() == Some(EventType::Anniversary) {
            continue;
        }
        if let Some(after) = view.phrase_after(&lexicon.coincide, kept[k].word_end, 2) {
            kept[k].coincides_with = kept.iter().position(|h| {
                h.word_start >= after
                    && h.word_start <= after + 3
                    && h.event_type() == Some(EventType::Anniversary)
            });
        }
    }
    kept
}

/// `Third, invite Berg to a summit.`: after an opener that lists points, a
/// word that is no subject or determiner is a verb in the imperative; not a
/// plural noun (`Finally, leaders agreed`) nor a past form.
fn is_imperative(view: &SentenceView<'_>) -> bool {
    let lexicon = view.ctx.lexicon;
    let (Some(opener), Some(next)) = (view.words.first(), view.words.get(1)) else {
        return false;
    };
    let comma = view.ctx.text.slice(opener.end, next.start).trim() == ",";
    comma
        && lexicon.enumerators.has_word(&opener.lower)
        && !next.capitalised
        && !next.lower.ends_with("ly")
        && !next.lower.ends_with("ed")
        && !(next.lower.ends_with('s')
            && !next.lower.ends_with("ss")
            && !next.lower.ends_with("us"))
        && !lexicon.subjects.has_word(&next.lower)
        && !lexicon.definite.has_word(&next.lower)
        && !matches!(next.lower.as_str(), "a" | "an")
}

/// `talks twice a year`: a cue right before a set of times is a series of
/// events, none of them reported.
fn recurs(view: &SentenceView<'_>, hit: &Hit<'_>) -> bool {
    let Some(next) = view.words.get(hit.word_end) else {
        return false;
    };
    // The set may begin with a multiplier the tagger leaves out (`twice`).
    let after_next = view.words.get(hit.word_end + 1).map(|w| w.start);
    view.ctx
        .timexes_within(view.sentence.start, view.sentence.end)
        .any(|t| t.kind == TimexType::Set && (t.start == next.start || Some(t.start) == after_next))
}

/// `a survey released Friday`: the release of a poll is a report event of
/// its own, beside the poll's fieldwork.
fn add_releases<'l>(view: &SentenceView<'l>, kept: &mut Vec<Hit<'l>>) {
    let lexicon = view.ctx.lexicon;
    let Some((report, _)) = lexicon.cue_at(&["report"], 0) else {
        return;
    };
    let mut added = Vec::new();
    let mut fieldwork = Vec::new();
    for poll in kept
        .iter()
        .filter(|h| h.event_type() == Some(EventType::Poll))
    {
        let words = view.segment_words(poll.segment);
        let next_start = view.segment_words(poll.segment + 1).start;
        let release = (poll.word_end..words.end.min(poll.word_end + 10))
            .chain((next_start < view.words.len()).then_some(next_start))
            .find(|&j| lexicon.release.has_word(&view.words[j].lower));
        let Some(j) = release else { continue };
        let word = &view.words[j];
        if kept
            .iter()
            .any(|h| h.start > poll.start && h.start <= word.start)
        {
            continue;
        }
        // The fieldwork came before the release: it borrows no date from it.
        fieldwork.push(poll.start);
        added.push(Hit {
            cue: report,
            word_start: j,
            word_end: j + 1,
            start: word.start,
            segment: view.segment_of(word.start),
            timexes: Vec::new(),
            cue_starts: vec![word.start],
            plural: false,
            definite: false,
            ordinal: None,
            coincides_with: None,
            ..poll.clone()
        });
    }
    for poll in kept.iter_mut().filter(|h| fieldwork.contains(&h.start)) {
        poll.anterior = true;
    }
    kept.extend(added);
    kept.sort_by_key(|h| h.start);
}

/// `42 percent, up from 35 percent in March`: a share compared with a dated
/// earlier figure in a poll's sentence is an earlier wave of that poll.
fn add_earlier_waves<'l>(view: &SentenceView<'l>, kept: &mut Vec<Hit<'l>>) {
    let Some(poll) = kept
        .iter()
        .find(|h| h.event_type() == Some(EventType::Poll))
        .cloned()
    else {
        return;
    };
    let Some(from) = view
        .words
        .iter()
        .position(|w| w.start > poll.start && w.lower == "from")
    else {
        return;
    };
    let mut added = Vec::new();
    for timex in &view.timexes {
        let at = view.words.partition_point(|w| w.end <= timex.start);
        let compared = at >= 3
            && at - 2 > from
            && matches!(view.words[at - 1].lower.as_str(), "in" | "on")
            && matches!(view.words[at - 2].lower.as_str(), "percent" | "%")
            && view.words[at - 3].lower.chars().any(|c| c.is_ascii_digit());
        if !compared {
            continue;
        }
        let word = &view.words[at - 2];
        added.push(Hit {
            word_start: at - 2,
            word_end: at - 1,
            start: word.start,
            segment: view.segment_of(word.start),
            timexes: Vec::new(),
            cue_starts: vec![word.start],
            anterior: false,
            scheduled: false,
            definite: false,
            coincides_with: None,
            wave: true,
            ..poll.clone()
        });
    }
    kept.extend(added);
    kept.sort_by_key(|h| h.start);
}

/// The filters that make a cue a reported event rather than a word.
fn keeps(
    view: &SentenceView<'_>,
    hit: &Hit<'_>,
    kept: &[Hit<'_>],
    previous_cue: Option<&Hit<'_>>,
) -> bool {
    let lexicon = view.ctx.lexicon;
    let strs = view.strs();
    let previous = hit.word_start.checked_sub(1).map(|j| strs[j]);
    let next = strs.get(hit.word_end).copied();
    let cue = hit.cue;
    // `a sign of`, `the visit` read as a noun: a verb cue after a determiner is not one.
    if cue.verb && previous.is_some_and(|w| w == "a" || w == "an" || lexicon.definite.has_word(w)) {
        return false;
    }
    if cue.generic && (next == Some("of") || !(hit.definite || hit.commemorative)) {
        return false;
    }
    let in_clause = |list: &WordList| {
        let words = view.segment_words(hit.segment);
        strs[words].iter().any(|w| list.has_word(w))
    };
    // `the Report 2024, released on Tuesday`: a participle clause after it.
    let released_after = {
        let next = view.segment_words(hit.segment + 1).start;
        view.segments.len() > hit.segment + 1
            && strs.get(next).is_some_and(|w| lexicon.release.has_word(w))
    };
    if (cue.release && !in_clause(&lexicon.release) && !released_after)
        || (cue.document && !in_clause(&lexicon.documents))
    {
        return false;
    }
    // `the government should hold a referendum`: advice, no plan.
    if view.phrase_before(&lexicon.advice, hit.word_start, 5) {
        return false;
    }
    // `never met`; `didn't visit` also for cues that are nouns or verbs.
    if view.phrase_before(
        &lexicon.negations,
        hit.word_start,
        if cue.verb { 3 } else { 1 },
    ) {
        return false;
    }
    // `election results`, `the summit venue`: a modifier of another noun.
    if !cue.verb && next.is_some_and(|w| lexicon.compound_heads.has_word(w)) {
        return false;
    }
    if cue.agent && !has_agent(view, hit.segment) {
        return false;
    }
    if cue.noun && follows_its_subject(view, hit) {
        return false;
    }
    // `the deal`, `a new deal`; not `to deal with`, `a great deal of`.
    let determined = (hit.word_start.saturating_sub(2)..hit.word_start).any(|j| {
        matches!(strs[j], "a" | "an")
            || lexicon.definite.has_word(strs[j])
            || strs[j].ends_with("'s")
    });
    if cue.determined && (!determined || next == Some("of")) {
        return false;
    }
    let plural = !cue.verb && strs[hit.word_end - 1].ends_with('s');
    let counted = (hit.word_start.saturating_sub(3)..hit.word_start).any(|j| {
        let w = strs[j];
        plural && (w.chars().any(|c| c.is_ascii_digit()) || lexicon.quantifiers.has_word(w))
    }) || (hit.word_start.saturating_sub(3)..=hit.word_start).any(|end| {
        end > 0
            && strs[end - 1] == "of"
            && lexicon.quantifiers.phrase_ending_at(&strs, end).is_some()
    });
    if counted {
        return false;
    }
    // The setting of an earlier event (`held during the G7 summit`).
    // `to prepare for a possible visit` and a dated setting (`during the
    // May 12 summit`) introduce a new event.
    let indefinite = (hit.word_start.saturating_sub(3)..hit.word_start)
        .any(|j| strs[j] == "a" || strs[j] == "an");
    let premodified = view
        .timexes
        .iter()
        .any(|t| view.words.partition_point(|w| w.start < t.end) == hit.word_start);
    if !kept.is_empty()
        && cue.kind != CueKind::Part
        && !indefinite
        && !premodified
        && view.phrase_before(&lexicon.context_prepositions, hit.word_start, 3)
    {
        return false;
    }
    // `the anniversary of the normalization`, `the signing of the treaty`,
    // `a meeting of the G7 summit`: one event, the first cue's.
    if let Some(head) = previous_cue {
        let absorbed = head.segment == hit.segment
            && strs.get(head.word_end) == Some(&"of")
            && hit.word_start - head.word_end <= 6
            && !matches!(
                (head.event_type(), hit.event_type()),
                (Some(EventType::Report), Some(EventType::Poll))
                    | (Some(EventType::Poll), Some(EventType::Report))
            );
        if absorbed {
            return false;
        }
    }
    true
}

/// Whether a clause names a person, a country or people who meet
/// (`ministers`).
fn has_agent(view: &SentenceView<'_>, segment: usize) -> bool {
    let Some(&(start, end)) = view.segments.get(segment) else {
        return false;
    };
    view.ctx
        .mentions_within(start, end)
        .any(|m| !view.ctx.text.in_quote(m.start, m.end))
        || view
            .places
            .iter()
            .any(|p| start <= p.start && p.end <= end && p.kind != PlaceKind::City)
        || view
            .words
            .iter()
            .any(|w| start <= w.start && w.end <= end && view.ctx.lexicon.agents.has_word(&w.lower))
}

/// `Tamm talks about reform`: the cue right after a person or a subject
/// pronoun is a verb.
fn follows_its_subject(view: &SentenceView<'_>, hit: &Hit<'_>) -> bool {
    let Some(previous) = hit.word_start.checked_sub(1).map(|j| &view.words[j]) else {
        return false;
    };
    let mentions = &view.ctx.annotations.people.mentions;
    matches!(previous.lower.as_str(), "he" | "she" | "it" | "they")
        || view
            .ctx
            .mention_spans
            .near(previous.end, previous.end)
            .map(|i| &mentions[i])
            .any(|m| m.end == previous.end && m.form != MentionForm::Pronoun)
}

/// `the ceremony`, `this meeting`, `Lee's visit`; not `the first visit`.
fn is_definite(view: &SentenceView<'_>, start: usize) -> bool {
    let lexicon = view.ctx.lexicon;
    let floor = view
        .segment_words(view.segment_of(view.words[start].start))
        .start;
    for j in (start.saturating_sub(5).max(floor)..start).rev() {
        let w = view.words[j].lower.as_str();
        if lexicon.novelty.has_word(w) || w == "a" || w == "an" {
            return false;
        }
        if lexicon.definite.has_word(w) || w.ends_with("'s") {
            return true;
        }
        if w == "of"
            || w == "with"
            || lexicon.place_prepositions.contains_key(w)
            || lexicon.context_prepositions.has_word(w)
            || lexicon.anchors.has_word(w)
        {
            return false;
        }
    }
    false
}

/// `60` in `the 60th anniversary`.
fn ordinal_before(words: &[&str], start: usize) -> Option<u32> {
    let word = words.get(start.checked_sub(1)?)?;
    let digits = word
        .strip_suffix("th")
        .or_else(|| word.strip_suffix("st"))
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))?;
    digits.parse().ok()
}

/// Gives each timex to the cue whose clause it dates; returns the timexes
/// that no cue took.
fn attach_timexes(view: &SentenceView<'_>, hits: &mut [Hit<'_>]) -> Vec<usize> {
    let mut free = Vec::new();
    for (t, timex) in view.timexes.iter().enumerate() {
        let segment = view.segment_of(timex.start);
        let word_at = view.words.partition_point(|w| w.end <= timex.start);
        if dates_a_saying(view, word_at)
            || names_an_edition(view, hits, timex, word_at)
            || is_a_length(view, word_at)
            || describes_a_series(view, segment)
        {
            continue;
        }
        // `called the accord historic and said funding would follow by the
        // end of the year`: a date in a reported clause dates no cue before
        // the verb of saying.
        let in_clause: Vec<(usize, &Hit<'_>)> = hits
            .iter()
            .enumerate()
            .filter(|(_, h)| h.segment == segment)
            .collect();
        let unreported: Vec<(usize, &Hit<'_>)> = in_clause
            .iter()
            .copied()
            .filter(|(_, h)| !saying_between(view, h, word_at))
            .collect();
        if unreported.is_empty() && !in_clause.is_empty() {
            continue;
        }
        let relative = opens_relative(view, segment);
        if names_the_head(view, segment) && unreported.is_empty() {
            continue;
        }
        // `during the Nov. 12 summit`, `ahead of Sunday's election`: a date
        // right before a cue modifies it.
        let after_date = view.words.partition_point(|w| w.start < timex.end);
        let premodified = unreported
            .iter()
            .find(|(_, h)| h.word_start == after_date && !h.cue.verb)
            .map(|&(k, _)| k);
        let nearest = unreported
            .into_iter()
            .min_by_key(|(_, h)| {
                if h.start <= timex.start {
                    word_at.saturating_sub(h.word_end)
                } else {
                    2 * h.word_start.saturating_sub(word_at) + 1
                }
            })
            .map(|(k, _)| k);
        let owner = premodified.or(nearest).or_else(|| {
            let words = view.segment_words(segment);
            let (seg_start, seg_end) = view.segments[segment];
            let dated_words = view
                .timexes
                .iter()
                .filter(|t| seg_start <= t.start && t.end <= seg_end)
                .map(|t| view.ctx.text.words(t.start, t.end).len())
                .sum::<usize>();
            let fronted = words.len() <= dated_words + 2;
            // `The election, in May 2020, cost ...`: a date between
            // commas right after a cue is that cue's.
            let appositive = segment
                .checked_sub(1)
                .and_then(|previous| {
                    let last = view.segment_words(previous).end;
                    hits.iter().rposition(|h| {
                        h.segment == previous
                            && h.word_end + 1 >= last
                            && segment + 1 < view.segments.len()
                    })
                })
                .filter(|_| fronted);
            if relative {
                hits.iter().rposition(|h| h.start < timex.start)
            } else if appositive.is_some() {
                appositive
            } else if fronted {
                hits.iter().position(|h| h.start > timex.end)
            } else {
                None
            }
        });
        match owner {
            Some(k) => hits[k].timexes.push(t),
            None => free.push(t),
        }
    }
    free
}

/// `which was held on May 2`, `, released on Friday`: a relative or
/// participle clause, which dates the noun before it.
fn opens_relative(view: &SentenceView<'_>, segment: usize) -> bool {
    let lexicon = view.ctx.lexicon;
    let words = view.segment_words(segment);
    view.words.get(words.start).is_some_and(|w| {
        lexicon.relative_pronouns.has_word(&w.lower)
            || lexicon.release.has_word(&w.lower)
            || lexicon.venue_participles.has_word(&w.lower)
    })
}

/// `a statement on Russia, whose drills last month ...`: a name ends right
/// before a relative clause, which describes the name, not an event.
fn names_the_head(view: &SentenceView<'_>, segment: usize) -> bool {
    let Some(previous) = segment.checked_sub(1) else {
        return false;
    };
    let first = view.segment_words(segment).start;
    if !view
        .words
        .get(first)
        .is_some_and(|w| view.ctx.lexicon.relative_pronouns.has_word(&w.lower))
    {
        return false;
    }
    let Some(last) = view.segment_words(previous).last() else {
        return false;
    };
    let end = view.words[last].end;
    let mentions = &view.ctx.annotations.people.mentions;
    view.places.iter().any(|p| p.end == end)
        || view
            .ctx
            .mention_spans
            .near(end, end)
            .any(|i| mentions[i].end == end)
}

/// Whether a verb of saying, or the `that` of its reported clause, lies
/// between `hit` and word `word_at` (`told reporters after their summit
/// that the tunnel would open by 2035`).
fn saying_between(view: &SentenceView<'_>, hit: &Hit<'_>, word_at: usize) -> bool {
    let reporting = |w: &Word| view.ctx.lexicon.reporting.has_word(&w.lower);
    let said_before = view.words[..hit.word_start].iter().any(reporting);
    hit.word_end < word_at
        && view.words[hit.word_end..word_at]
            .iter()
            .any(|w| reporting(w) || (said_before && w.lower == "that"))
}

/// `spent the last month briefing`: a length of time, not a date.
fn is_a_length(view: &SentenceView<'_>, word_at: usize) -> bool {
    word_at
        .checked_sub(1)
        .and_then(|j| view.words.get(j))
        .is_some_and(|w| view.ctx.lexicon.durations.has_word(&w.lower))
}

/// `talks twice a year, the first in March`: a date in a clause that
/// follows a recurring event (a set such as `twice a year` ends the clause
/// before) dates one of the series, no event of the sentence.
fn describes_a_series(view: &SentenceView<'_>, segment: usize) -> bool {
    let Some(&(start, _)) = segment.checked_sub(1).and_then(|p| view.segments.get(p)) else {
        return false;
    };
    let previous_end = view.segments[segment - 1].1;
    view.ctx.timexes_within(start, previous_end).any(|t| {
        t.kind == TimexType::Set && view.ctx.text.slice(t.end, previous_end).trim().is_empty()
    })
}

/// `the Trust Report 2024`: a year right after a capitalised cue is part of
/// a name.
fn names_an_edition(
    view: &SentenceView<'_>,
    hits: &[Hit<'_>],
    timex: &Timex,
    word_at: usize,
) -> bool {
    let year = view.ctx.text.slice(timex.start, timex.end);
    let Some(previous) = word_at.checked_sub(1) else {
        return false;
    };
    year.len() == 4
        && year.chars().all(|c| c.is_ascii_digit())
        && view.words[previous].capitalised
        && hits.iter().any(|h| h.word_end == word_at)
}

/// `the ministry said Tuesday`, `told reporters on Monday`: a date right
/// after a verb of saying dates the saying, no event.
fn dates_a_saying(view: &SentenceView<'_>, word_at: usize) -> bool {
    let lexicon = view.ctx.lexicon;
    let mut j = word_at;
    for _ in 0..3 {
        let Some(previous) = j.checked_sub(1) else {
            return false;
        };
        let word = view.words[previous].lower.as_str();
        if lexicon.reporting.has_word(word) {
            return true;
        }
        if !(lexicon.date_prepositions.has_word(word) || word == "reporters") {
            return false;
        }
        j = previous;
    }
    false
}

/// The date of some timexes of the sentence: a range when several days are
/// given together (`on August 23 and 24`), else the timex nearest to `near`.
fn date_of(view: &SentenceView<'_>, timexes: &[usize], near: usize) -> Option<DateInfo> {
    let spans: Vec<(&Timex, PartialDate, Option<NaiveDate>)> = timexes
        .iter()
        .filter_map(|&t| view.timexes.get(t))
        .filter_map(|t| timex_span(t).map(|(d, e)| (t, d, e)))
        .collect();
    let together = spans.windows(2).all(|pair| {
        let gap = view.ctx.text.words(pair[0].0.end, pair[1].0.start).len();
        gap <= 2
    });
    if spans.len() > 1 && together {
        let days: Vec<NaiveDate> = spans
            .iter()
            .filter(|s| s.1.precision == Precision::Day)
            .flat_map(|s| std::iter::once(s.1.date).chain(s.2))
            .collect();
        let (first, last) = (spans[0].0, spans[spans.len() - 1].0);
        let expression = expression(view.ctx, first.start, last.end);
        if let (Some(min), Some(max)) = (days.iter().min(), days.iter().max()) {
            if days.len() == spans.len() && (*max - *min).num_days() <= 14 && max > min {
                return Some(DateInfo {
                    date: PartialDate::day(*min),
                    end: Some(*max),
                    expression,
                });
            }
        }
    }
    let (timex, date, end) = *spans
        .iter()
        .min_by_key(|s| s.0.start.abs_diff(near).min(s.0.end.abs_diff(near)))?;
    Some(DateInfo {
        date,
        end,
        expression: expression(view.ctx, timex.start, timex.end),
    })
}

/// The calendar span of a timex, also for `A/B` range values.
pub(crate) fn timex_span(timex: &Timex) -> Option<(PartialDate, Option<NaiveDate>)> {
    let value = timex.value.as_deref()?;
    match value.split_once('/') {
        Some((from, to)) => {
            let part = |v: &str| {
                Timex {
                    value: Some(v.to_owned()),
                    ..timex.clone()
                }
                .date()
            };
            let start = part(from)?;
            let end = part(to).filter(|e| e.precision == Precision::Day && e.date > start.date);
            Some((start, end.map(|e| e.date)))
        }
        None => timex.date().map(|d| (d, None)),
    }
}

/// The words of a date, with the preposition in front (`on Sunday`).
pub(crate) fn expression(ctx: &Context<'_>, start: usize, end: usize) -> String {
    let text = ctx.text;
    let mut from = start;
    let before = text.words(start.saturating_sub(12), start);
    if let Some(word) = before.last() {
        let only_space = text.chars[word.end..start]
            .iter()
            .all(|c| c.is_whitespace());
        if only_space && ctx.lexicon.date_prepositions.has_word(&word.lower) {
            from = word.start;
        }
    }
    text.slice(from, end)
}

/// One mention per type and sentence, unless their dates differ.
fn merge_same_type<'l>(view: &SentenceView<'_>, hits: Vec<Hit<'l>>) -> Vec<Hit<'l>> {
    let mut merged: Vec<Hit<'l>> = Vec::new();
    let mut index_map = Vec::with_capacity(hits.len());
    for hit in &hits {
        let same = hit.event_type().and_then(|t| {
            merged.iter().position(|m| {
                m.event_type() == Some(t)
                    && m.wave == hit.wave
                    && (m.timexes.is_empty()
                        || hit.timexes.is_empty()
                        || date_of(view, &m.timexes, m.start)
                            == date_of(view, &hit.timexes, hit.start))
            })
        });
        match same {
            Some(k) => {
                let m = &mut merged[k];
                m.timexes.extend(hit.timexes.iter().copied());
                m.cue_starts.push(hit.start);
                m.plural |= hit.plural;
                m.pair_subject |= hit.pair_subject;
                m.scheduled |= hit.scheduled;
                m.anterior &= hit.anterior;
                m.anchor &= hit.anchor;
                m.ordinal = m.ordinal.or(hit.ordinal);
                m.coincides_with = m.coincides_with.or(hit.coincides_with);
                index_map.push(k);
            }
            None => {
                index_map.push(merged.len());
                merged.push(hit.clone());
            }
        }
    }
    for m in &mut merged {
        m.timexes.sort_unstable();
        m.timexes.dedup();
        m.coincides_with = m.coincides_with.and_then(|k| index_map.get(k).copied());
    }
    merged
}

/// The drafts of one hit: one, or one per destination of a visit.
fn drafts_of(
    view: &SentenceView<'_>,
    sentence_index: usize,
    hit: &Hit<'_>,
    hits: &[Hit<'_>],
    free: &[usize],
) -> Vec<Draft> {
    let own = date_of(view, &hit.timexes, hit.start);
    let event_type = hit.event_type().unwrap_or(EventType::Summit);
    // `after their summit`: a gathering the news presupposes, kept for the
    // lead's date; `since taking office` is a reference point only.
    let lead_only = hit.anchor
        && own.is_none()
        && !hit.cue.verb
        && view.ctx.lexicon.presupposed_after.contains(&event_type);
    if (hit.anchor && own.is_none() && !lead_only) || (hit.cue.dated && hit.timexes.is_empty()) {
        return Vec::new();
    }
    if in_purpose_clause(view, hit, hits) {
        return Vec::new();
    }
    let borrows = own.is_none()
        && hit.timexes.is_empty()
        && !hit.anterior
        && event_type != EventType::Anniversary;
    let date = own.or_else(|| {
        if !borrows {
            return None;
        }
        free.iter()
            .min_by_key(|&&t| view.timexes[t].start.abs_diff(hit.start))
            .and_then(|&t| date_of(view, &[t], hit.start))
    });
    // An anniversary is a date, not a gathering: it has no place or people.
    let placeless = view.ctx.lexicon.placeless.contains(&event_type);
    let persons = if placeless {
        Vec::new()
    } else {
        participants(view, hit, hits)
    };
    let pair = view
        .ctx
        .pair
        .as_ref()
        .filter(|_| hit.pair_subject && persons.is_empty());
    let countries = match pair {
        Some(pair) => pair.to_vec(),
        None if persons.is_empty() => country_participants(view, hit),
        None => Vec::new(),
    };
    let locations = if placeless {
        Vec::new()
    } else {
        locations(view, hit)
    };
    let summary = {
        let (s, e) = view.segments[hit.segment];
        let text = view.ctx.text.slice(s, e);
        text.trim().chars().take(200).collect::<String>()
    };
    let base = Draft {
        event_type,
        part: hit.cue.kind == CueKind::Part,
        generic: hit.cue.generic,
        definite: hit.definite,
        needs_antecedent: hit.cue.generic && !hit.commemorative,
        plural: hit.plural,
        sentence: sentence_index,
        sentence_start: view.sentence.start,
        sentence_end: view.sentence.end,
        cue_start: hit.start,
        own_date: !hit.timexes.is_empty(),
        vague_date: !hit.timexes.is_empty() && date.is_none(),
        weekday: if date.is_none() {
            unresolved_weekday(view, &hit.timexes)
        } else {
            None
        },
        date,
        ordinal: hit.ordinal,
        anterior: hit.anterior,
        anchor: hit.anchor,
        lead_only,
        cue: hit.cue.words.join(" "),
        compared: hit.wave,
        named: hit.word_start > 0
            && view.words[hit.word_start..hit.word_end]
                .iter()
                .all(|w| w.capitalised),
        scheduled: hit.scheduled,
        location: None,
        country_code: None,
        countries,
        coincides_with: hit.coincides_with,
        summary,
        refers_to: None,
        persons,
    };
    if locations.is_empty() {
        // `both countries signed trade agreements`: one agreement each.
        if let Some(pair) = pair.filter(|_| hit.plural) {
            return pair
                .iter()
                .map(|country| Draft {
                    countries: vec![country.clone()],
                    country_code: Some(country.clone()),
                    ..base.clone()
                })
                .collect();
        }
        let mut draft = base;
        if !placeless {
            // A visitor's nationality is where the visit comes from.
            let hosts: &[usize] = if event_type == EventType::Visit {
                &[]
            } else {
                &draft.persons
            };
            draft.country_code = inferred_country(view, hit, hosts);
        }
        return vec![draft];
    }
    locations
        .into_iter()
        .map(|location| Draft {
            country_code: Some(location.code.clone()),
            location: Some(location),
            ..base.clone()
        })
        .collect()
}

/// `plans to visit Oslo to meet investors`, `flew in to prepare the next
/// round of talks`: an undated cue in an infinitive clause after another
/// event is that event's purpose; so is an undated setting (`traveled to
/// Oslo for a meeting`).
fn in_purpose_clause(view: &SentenceView<'_>, hit: &Hit<'_>, hits: &[Hit<'_>]) -> bool {
    let lexicon = view.ctx.lexicon;
    if !hit.timexes.is_empty() || !hits.iter().any(|h| h.start < hit.start) {
        return false;
    }
    let strs = view.strs();
    if view.phrase_before(&lexicon.context_prepositions, hit.word_start, 3) {
        return true;
    }
    (hit.word_start.saturating_sub(7)..hit.word_start).any(|j| {
        let infinitive = strs[j] == "to"
            && view.words.get(j + 1).is_some_and(|w| {
                !w.capitalised && !lexicon.definite.has_word(&w.lower) && w.lower != "a"
            });
        infinitive
            && !hits
                .iter()
                .any(|h| h.start >= view.words[j].start && h.start < hit.start)
    })
}

/// `on Wednesday evening` when no publication date resolved it.
fn unresolved_weekday(
    view: &SentenceView<'_>,
    timexes: &[usize],
) -> Option<(chrono::Weekday, String)> {
    timexes
        .iter()
        .filter_map(|&t| view.timexes.get(t))
        .find_map(|timex| {
            let weekday = view
                .ctx
                .text
                .words(timex.start, timex.end)
                .iter()
                .find_map(|w| w.lower.parse::<chrono::Weekday>().ok())?;
            Some((weekday, expression(view.ctx, timex.start, timex.end)))
        })
}

/// Segments whose people take part in `hit`: its own, and those without
/// another cue; for a `who` clause, the person it describes.
fn participants(view: &SentenceView<'_>, hit: &Hit<'_>, hits: &[Hit<'_>]) -> Vec<usize> {
    let people = &view.ctx.annotations.people;
    let mentions: Vec<_> = view
        .ctx
        .mentions_within(view.sentence.start, view.sentence.end)
        .filter(|m| {
            m.person < people.persons.len()
                && !view.ctx.text.in_quote(m.start, m.end)
                && !is_title_dependent(view, m.start)
                && !reports(view, m.end)
        })
        .collect();
    let first_word = view.segment_words(hit.segment).start;
    if view.words.get(first_word).is_some_and(|w| w.lower == "who") {
        let segment_start = view.segments[hit.segment].0;
        if let Some(m) = mentions.iter().rev().find(|m| m.end <= segment_start) {
            return vec![m.person];
        }
    }
    let busy: Vec<usize> = hits
        .iter()
        .filter(|h| h.segment != hit.segment)
        .map(|h| h.segment)
        .collect();
    // `a visit ... by Xi`: a person after a later cue of the clause is its.
    let later_cue = |start: usize| {
        hits.iter()
            .any(|h| h.start > hit.start && h.start < start && h.segment == hit.segment)
    };
    let mut persons = Vec::new();
    for m in &mentions {
        let segment = view.segment_of(m.start);
        if (segment == hit.segment || !busy.contains(&segment))
            && !later_cue(m.start)
            && !persons.contains(&m.person)
        {
            persons.push(m.person);
        }
    }
    if persons.is_empty() {
        // The nearest clause that names someone (`..., resulting in a joint statement`).
        if let Some(m) = mentions
            .iter()
            .filter(|m| !later_cue(m.start))
            .min_by_key(|m| view.segment_of(m.start).abs_diff(hit.segment))
        {
            persons.push(m.person);
            let segment = view.segment_of(m.start);
            for other in &mentions {
                if view.segment_of(other.start) == segment && !persons.contains(&other.person) {
                    persons.push(other.person);
                }
            }
        }
    }
    persons
}

/// `Kim told reporters that ...`, `..., Kim said.`: the mention ending at
/// `end` is the subject of a verb of saying, who reports the event.
fn reports(view: &SentenceView<'_>, end: usize) -> bool {
    let next = view.words.partition_point(|w| w.start < end);
    let reporting = |k: usize| {
        view.words
            .get(k)
            .is_some_and(|w| view.ctx.lexicon.reporting.has_word(&w.lower))
    };
    let adverb = view.words.get(next).is_some_and(|w| {
        w.lower.ends_with("ly") || matches!(w.lower.as_str(), "also" | "later" | "then")
    });
    reporting(next) || (adverb && reporting(next + 1))
}

/// `adviser to Prime Minister X`: X is part of someone's title.
fn is_title_dependent(view: &SentenceView<'_>, start: usize) -> bool {
    let Some(mut j) = view.word_before(start) else {
        return false;
    };
    for _ in 0..5 {
        let word = &view.words[j];
        if matches!(word.lower.as_str(), "to" | "of" | "for") {
            // `Secretary of State X` is X's own title; `adviser to X` is not.
            return j == 0 || !view.words[j - 1].capitalised;
        }
        if !word.capitalised || j == 0 {
            return false;
        }
        j -= 1;
    }
    false
}

/// Countries named before the cue in its clause, the subject of an event
/// without people (`France and Germany signed a treaty`).
fn country_participants(view: &SentenceView<'_>, hit: &Hit<'_>) -> Vec<String> {
    let segment_start = view.segments[hit.segment].0;
    let mut codes = Vec::new();
    for place in &view.places {
        if place.kind == PlaceKind::Country
            && place.start >= segment_start
            && place.end <= hit.start
            && !codes.contains(&place.code)
        {
            codes.push(place.code.clone());
        }
    }
    codes
}

/// The one country of an event without a place: its people's and its
/// clause's countries, if they agree.
fn inferred_country(view: &SentenceView<'_>, hit: &Hit<'_>, persons: &[usize]) -> Option<String> {
    let people = &view.ctx.annotations.people.persons;
    let mut codes: Vec<String> = persons
        .iter()
        .filter_map(|&p| people.get(p).and_then(|p| p.country.clone()))
        .collect();
    codes.extend(
        view.places
            .iter()
            .filter(|p| view.segment_of(p.start) == hit.segment && p.kind != PlaceKind::City)
            .filter(|p| !is_topic(view, p))
            // `a visit by a Japanese minister`: the visitor's nationality.
            .filter(|p| {
                !(p.kind == PlaceKind::Demonym && hit.event_type() == Some(EventType::Visit))
            })
            .map(|p| p.code.clone()),
    );
    codes.sort();
    codes.dedup();
    match codes.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// `a joint statement on North Korea`: a place after a topic preposition is
/// what the event is about.
fn is_topic(view: &SentenceView<'_>, place: &PlaceMention) -> bool {
    let Some(mut j) = view.word_before(place.start) else {
        return false;
    };
    if view.words[j].lower == "the" && j > 0 {
        j -= 1;
    }
    view.ctx
        .lexicon
        .topic_prepositions
        .has_word(&view.words[j].lower)
}

/// Where the event of `hit` took place: the first place introduced by a
/// place preposition in its clause (`in Seoul`, `at the Hotel X in Tokyo`),
/// or named just before it (`the Tokyo reception`). A visit may have several
/// destinations (`visits to Tokyo and Washington`).
fn locations(view: &SentenceView<'_>, hit: &Hit<'_>) -> Vec<Location> {
    let lexicon = view.ctx.lexicon;
    let event_type = hit.event_type().unwrap_or(EventType::Summit);
    let (seg_start, seg_end) = view.segments[hit.segment];
    let mut end = seg_end;
    if let Some(&(next_start, next_end)) = view.segments.get(hit.segment + 1) {
        let words = view.segment_words(hit.segment + 1);
        let first = view.words.get(words.start);
        let opens_with_country = first.is_some_and(|w| {
            view.places
                .iter()
                .any(|p| p.start == w.start && p.kind == PlaceKind::Country)
        });
        if first.is_some_and(|w| lexicon.venue_participles.has_word(&w.lower)) || opens_with_country
        {
            end = next_end.max(next_start);
        }
    }
    let mut candidates: Vec<&PlaceMention> = view
        .places
        .iter()
        .filter(|p| p.start >= hit.start && p.end <= end)
        .copied()
        .collect();
    let mut before: Vec<&PlaceMention> = view
        .places
        .iter()
        .filter(|p| p.start >= seg_start && p.end <= hit.start)
        .copied()
        .collect();
    before.reverse();
    candidates.extend(before);
    if hit.segment > 0 && !view.segments.is_empty() {
        let (first_start, first_end) = view.segments[0];
        candidates.extend(
            view.places
                .iter()
                .filter(|p| p.start >= first_start && p.end <= first_end)
                .copied(),
        );
    }
    for place in candidates {
        let between = view.ctx.text.slice(place.end, hit.start);
        if !hit.cue.verb
            && place.end <= hit.start
            && between.chars().all(char::is_whitespace)
            && place.kind != PlaceKind::Demonym
        {
            return vec![location_of(place, None)];
        }
        let Some(mut j) = view.word_before(place.start) else {
            continue;
        };
        // `visit Japan`: a visit's direct object is where it goes.
        if event_type == EventType::Visit && j + 1 == hit.word_end {
            return vec![location_of(place, None)];
        }
        // `in Kananaskis, Canada`: a place the gazetteer does not know,
        // with its country.
        if let Some(named) = named_with_country(view, place, j) {
            return vec![named];
        }
        if matches!(view.words[j].lower.as_str(), "the" | "a" | "an") && j > 0 {
            j -= 1;
        }
        let preposition = view.words[j].lower.as_str();
        let allowed = match lexicon.place_prepositions.get(preposition) {
            Some(None) => true,
            Some(Some(types)) => types.contains(&event_type),
            None => false,
        };
        // A place far after the cue belongs to another phrase (`his visit
        // ... remarks about sending troops to Ukraine`).
        let reach = if preposition == "to" { 6 } else { 10 };
        let place_segment = view.segment_of(place.start);
        let from = hit
            .cue_starts
            .iter()
            .copied()
            .filter(|&c| c <= place.start)
            .max()
            .unwrap_or(hit.start)
            .max(if place_segment == hit.segment {
                0
            } else {
                view.segments[place_segment].0
            });
        let distance = view
            .words
            .iter()
            .filter(|w| w.start >= from && w.end <= place.start)
            .count();
        if !allowed || place.kind == PlaceKind::Demonym || distance > reach {
            continue;
        }
        let venue = if preposition == "in" {
            venue_before(view, j)
        } else {
            None
        };
        let mut found = vec![location_of(place, venue)];
        if event_type == EventType::Visit {
            let mut last = place;
            for next in view
                .places
                .iter()
                .filter(|p| p.start > place.end && p.end <= end)
            {
                let gap = view.ctx.text.slice(last.end, next.start);
                if gap.trim() != "and" && gap.trim() != "," {
                    break;
                }
                found.push(location_of(next, None));
                last = next;
            }
        }
        return found;
    }
    place_of_where_clause(view, hit)
        .or_else(|| venue_in_dateline_city(view, hit))
        .into_iter()
        .collect()
}

/// `WASHINGTON (AP) -- ... a summit at the White House`: a venue the
/// gazetteer does not know, in the city of the wire dateline.
fn venue_in_dateline_city(view: &SentenceView<'_>, hit: &Hit<'_>) -> Option<Location> {
    let body_start = view.words.first()?.start;
    let city = view
        .ctx
        .places_within(view.sentence.start, body_start)
        .find(|p| p.kind == PlaceKind::City)?;
    let words = view.segment_words(hit.segment);
    let at = (hit.word_end..words.end.min(hit.word_end + 4)).find(|&j| {
        view.words[j].lower == "at"
            && view.words.get(j + 1).is_some_and(|w| w.lower == "the")
            && view.words.get(j + 2).is_some_and(|w| w.capitalised)
    })?;
    let first = at + 2;
    let mut last = first;
    while last + 1 < words.end && view.words[last + 1].capitalised {
        last += 1;
    }
    let name = view
        .ctx
        .text
        .slice(view.words[first].start, view.words[last].end);
    let city_name: String = {
        let mut chars = city.text.chars();
        match chars.next() {
            Some(c) => c
                .to_uppercase()
                .chain(chars.flat_map(char::to_lowercase))
                .collect(),
            None => return None,
        }
    };
    Some(Location {
        text: format!("{name}, {city_name}"),
        code: city.code.clone(),
        country_level: false,
    })
}

/// `flew to Washington, where he met Trump`: a `where` clause takes the
/// last place named before it.
fn place_of_where_clause(view: &SentenceView<'_>, hit: &Hit<'_>) -> Option<Location> {
    let words = view.segment_words(hit.segment);
    if view.words.get(words.start)?.lower != "where" || hit.segment == 0 {
        return None;
    }
    let (previous_start, previous_end) = *view.segments.get(hit.segment - 1)?;
    let place = view.places.iter().rev().find(|p| {
        p.start >= previous_start && p.end <= previous_end && p.kind != PlaceKind::Demonym
    })?;
    Some(location_of(place, None))
}

/// `in Kananaskis, Canada`: a capitalised name after `in` or `at`, then a
/// comma and a country (`word` is the last word before the country).
fn named_with_country(
    view: &SentenceView<'_>,
    country: &PlaceMention,
    word: usize,
) -> Option<Location> {
    if country.kind != PlaceKind::Country || !view.words[word].capitalised {
        return None;
    }
    let gap = view.ctx.text.slice(view.words[word].end, country.start);
    if gap.trim() != "," {
        return None;
    }
    let mut first = word;
    while first > 0 && view.words[first - 1].capitalised {
        first -= 1;
    }
    let preposition = view.words.get(first.checked_sub(1)?)?;
    if !matches!(preposition.lower.as_str(), "in" | "at") {
        return None;
    }
    let name_start = view.words[first].start;
    if view
        .places
        .iter()
        .any(|p| p.start < country.start && p.end > name_start)
    {
        return None;
    }
    Some(Location {
        text: view.ctx.text.slice(name_start, country.end),
        code: country.code.clone(),
        country_level: false,
    })
}

/// `at the Grand Hotel in Oslo`: the capitalised name between `at` and
/// `in` (word `in_word`).
fn venue_before(view: &SentenceView<'_>, in_word: usize) -> Option<String> {
    let mut j = in_word;
    while j > 0 && view.words[j - 1].capitalised {
        j -= 1;
    }
    if j == in_word || j == 0 {
        return None;
    }
    let mut k = j - 1;
    if view.words[k].lower == "the" && k > 0 {
        k -= 1;
    }
    (view.words[k].lower == "at").then(|| {
        view.ctx
            .text
            .slice(view.words[j].start, view.words[in_word - 1].end)
    })
}

fn location_of(place: &PlaceMention, venue: Option<String>) -> Location {
    Location {
        text: match venue {
            Some(venue) => format!("{venue}, {}", place.text),
            None => place.text.clone(),
        },
        code: place.code.clone(),
        country_level: place.kind == PlaceKind::Country,
    }
}
