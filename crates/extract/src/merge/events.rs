//! Merging event mentions into real-world events.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use newsfacts_parse::Precision;
use serde::Serialize;

use crate::ids::stable_id;
use crate::records::{ArticleRecords, EventStatus, EventType};

/// One real-world event, merged across every article that reports it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// Stable id, hashed from the event's identity.
    pub event_id: String,
    /// First day.
    pub date_start: Option<NaiveDate>,
    /// Last day of a multi-day event.
    pub date_end: Option<NaiveDate>,
    /// Precision of `date_start`.
    pub date_precision: Option<Precision>,
    /// Kind of event.
    pub event_type: EventType,
    /// Short description.
    pub summary: String,
    /// Where it happened.
    pub location: Option<String>,
    /// ISO code of the location.
    pub country_code: Option<String>,
    /// Participants, sorted.
    pub participants: Vec<String>,
    /// Occurred or scheduled.
    pub status: EventStatus,
    /// Every article reporting it, sorted.
    pub article_ids: Vec<String>,
    /// Number of sentences reporting it.
    pub mention_count: usize,
}

/// One sentence of one article reporting an event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventMentionRow {
    /// The event.
    pub event_id: String,
    /// The article.
    pub article_id: String,
    /// The sentence, verbatim.
    pub sentence: String,
    /// Sentence start in the article text.
    pub char_start: usize,
    /// Sentence end.
    pub char_end: usize,
    /// The words that gave the date.
    pub date_expression: Option<String>,
}

/// Event id of each mention, keyed by article id and mention index.
pub type MentionEventIds = BTreeMap<(String, usize), String>;

/// Groups mentions of the same event (same type and date).
pub(crate) fn merge_events(
    records: &[ArticleRecords],
) -> (Vec<Event>, Vec<EventMentionRow>, MentionEventIds) {
    let mut groups: BTreeMap<String, Vec<(&str, usize)>> = BTreeMap::new();
    for article in records {
        for (index, mention) in article.event_mentions.iter().enumerate() {
            let date = mention.date.map(|d| d.date.to_string()).unwrap_or_default();
            let key = stable_id(&[mention.event_type.as_str(), &date, &mention.sentence]);
            groups
                .entry(key)
                .or_default()
                .push((&article.article_id, index));
        }
    }
    let by_id: BTreeMap<&str, &ArticleRecords> =
        records.iter().map(|r| (r.article_id.as_str(), r)).collect();
    let mut events = Vec::new();
    let mut rows = Vec::new();
    let mut ids = MentionEventIds::new();
    for (event_id, members) in groups {
        let (first_article, first_index) = members[0];
        let first = &by_id[first_article].event_mentions[first_index];
        let mut article_ids: Vec<String> = members.iter().map(|(a, _)| a.to_string()).collect();
        article_ids.dedup();
        for &(article_id, index) in &members {
            let mention = &by_id[article_id].event_mentions[index];
            rows.push(EventMentionRow {
                event_id: event_id.clone(),
                article_id: article_id.to_owned(),
                sentence: mention.sentence.clone(),
                char_start: mention.char_start,
                char_end: mention.char_end,
                date_expression: mention.date_expression.clone(),
            });
            ids.insert((article_id.to_owned(), index), event_id.clone());
        }
        events.push(Event {
            event_id,
            date_start: first.date.map(|d| d.date),
            date_end: first.date_end,
            date_precision: first.date.map(|d| d.precision),
            event_type: first.event_type,
            summary: first.summary.clone(),
            location: first.location.clone(),
            country_code: first.country_code.clone(),
            participants: first.participants.clone(),
            status: first.status,
            article_ids,
            mention_count: members.len(),
        });
    }
    (events, rows, ids)
}
