//! Event mentions: sentences that report something happening at a time.
//!
//! Two stages. The sentence stage ([`sentence`]) finds event cues (the word
//! lists of `data/events/`), drops the cues that are no event of their own
//! (a count of meetings, the setting of an earlier event, a reference point
//! such as `since taking office`), and gives each cue the dates, place and
//! people of its clause. The article stage ([`resolve`]) joins parts to
//! their summit and references back to what they refer to, dates
//! anniversaries and undated events from their context, and never falls
//! back on the publication date: an event nothing dates has no date.

mod compare;
mod lexicon;
mod resolve;
mod sentence;
mod text;

use newsfacts_normalize::Annotations;
use newsfacts_parse::Article;

pub(crate) use compare::{dates_agree, places_agree, PlaceRef};
pub(crate) use lexicon::data_lines;

/// Whether two event types may name one event (`ceremony` ~ `reception`).
pub(crate) fn types_compatible(a: crate::records::EventType, b: crate::records::EventType) -> bool {
    Lexicon::global().types_compatible(a, b)
}

use crate::records::{EventMention, EventStatus};
use lexicon::Lexicon;
use resolve::SentenceInfo;
use sentence::{Context, Draft};
use text::Text;

/// Every sentence of `article` that reports an event.
pub fn find_event_mentions(article: &Article, annotations: &Annotations) -> Vec<EventMention> {
    let text = Text::new(&article.text);
    let ctx = Context {
        text: &text,
        annotations,
        lexicon: Lexicon::global(),
    };
    let mut drafts: Vec<Draft> = Vec::new();
    let mut sentences = Vec::with_capacity(article.sentences.len());
    for (index, &sentence) in article.sentences.iter().enumerate() {
        let facts = sentence::analyse(&ctx, index, sentence);
        let offset = drafts.len();
        drafts.extend(facts.drafts.into_iter().map(|mut d| {
            d.coincides_with = d.coincides_with.map(|k| k + offset);
            d
        }));
        sentences.push(SentenceInfo {
            start: sentence.start,
            end: sentence.end,
            free_dates: facts.free_dates,
            has_timex: facts.has_timex,
        });
    }
    let dct = article.published.map(|p| p.date);
    let drafts = resolve::resolve(&ctx, drafts, &sentences, dct);
    drafts
        .into_iter()
        .map(|draft| mention_of(&ctx, draft, dct))
        .collect()
}

fn mention_of(ctx: &Context<'_>, draft: Draft, dct: Option<chrono::NaiveDate>) -> EventMention {
    let persons = &ctx.annotations.people.persons;
    let mut participants: Vec<String> = draft
        .persons
        .iter()
        .filter_map(|&p| persons.get(p).map(|p| p.name.clone()))
        .collect();
    if participants.is_empty() {
        participants = draft.countries.clone();
    }
    let future = match (draft.date.as_ref(), dct) {
        (Some(date), Some(dct)) => resolve::after(date.date, dct),
        _ => false,
    };
    let status = if draft.scheduled || future {
        EventStatus::Scheduled
    } else {
        EventStatus::Occurred
    };
    let (location, country_code) = match draft.location {
        Some(location) => (Some(location.text), Some(location.code)),
        None => (None, draft.country_code),
    };
    EventMention {
        event_type: draft.event_type,
        date: draft.date.as_ref().map(|d| d.date),
        date_end: draft.date.as_ref().and_then(|d| d.end),
        date_expression: draft.date.map(|d| d.expression),
        status,
        summary: draft.summary,
        location,
        country_code,
        participants,
        sentence: ctx.text.slice(draft.sentence_start, draft.sentence_end),
        char_start: draft.sentence_start,
        char_end: draft.sentence_end,
        refers_to: draft.refers_to,
        generic: draft.generic,
        ordinal: draft.ordinal,
    }
}
