//! Merging event mentions into real-world events, within and across
//! articles.
//!
//! Mentions that an article itself ties together (`refers_to`) start as one
//! event. Events then merge, strongest candidate pair first, when their
//! types are compatible (`ceremony` ~ `reception`; a summit and a meeting
//! only with people in common), their dates agree at the coarser precision
//! (a year-only date needs people and place too), and their people, place
//! or country agree without clashing. Two dated events that one article
//! keeps apart stay apart; meetings that each name two people or more
//! share two. An undated report joins a dated one only when it places the
//! event vaguely in time (`later in the week`) and its people and place
//! agree. An event dated after the last publication date among its
//! articles is scheduled; otherwise most of its mentions decide.
//!
//! Only groups in one block are compared (same family of types and month,
//! a year-only date against its year, undated groups by person,
//! anniversary or article), so the merge is not quadratic in the corpus.
//! The result does not depend on the order of the articles: nodes are
//! visited in content-key order and event ids hash the merged event's type,
//! date and the keys of its mentions.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};
use newsfacts_parse::{PartialDate, Precision};
use serde::Serialize;

use crate::events::{after, dates_agree, places_agree, types_compatible, PlaceRef};
use crate::ids::stable_id;
use crate::records::{ArticleRecords, EventMention, EventStatus, EventType};

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

/// One mention with the article it comes from.
struct Node<'a> {
    article_id: &'a str,
    /// The article's publication day, if known.
    published: Option<NaiveDate>,
    index: usize,
    mention: &'a EventMention,
}

impl Node<'_> {
    /// A content key: the same mention gives the same key in any run.
    fn key(&self) -> String {
        format!(
            "{}|{:08}|{}|{}|{}",
            self.article_id,
            self.mention.char_start,
            self.mention.event_type.as_str(),
            self.mention.location.as_deref().unwrap_or(""),
            self.mention.country_code.as_deref().unwrap_or("")
        )
    }

    /// Participants that are people (country codes aside).
    fn persons(&self) -> impl Iterator<Item = &str> {
        self.mention
            .participants
            .iter()
            .map(String::as_str)
            .filter(|p| !is_country_code(p))
    }
}

/// `KOR`: the participants of an event without named people.
fn is_country_code(name: &str) -> bool {
    name.len() == 3 && name.chars().all(|c| c.is_ascii_uppercase())
}

/// What the merge compares of a group of mentions.
#[derive(Debug, Clone)]
struct Summary {
    event_type: EventType,
    date: Option<PartialDate>,
    date_end: Option<NaiveDate>,
    persons: BTreeSet<String>,
    locations: Vec<(String, Option<String>)>,
    country: Option<String>,
    ordinal: Option<u32>,
    /// Some mention places it vaguely in time.
    vague: bool,
    articles: BTreeSet<String>,
}

impl Summary {
    fn of(nodes: &[Node<'_>], members: &[usize]) -> Summary {
        // Votes: first mentions (the words that introduce an event), then
        // every specific mention, then vague ones (`an event`).
        let mut type_votes: BTreeMap<EventType, (usize, usize, usize)> = BTreeMap::new();
        for &m in members {
            let mention = nodes[m].mention;
            let vote = type_votes.entry(mention.event_type).or_default();
            if mention.generic {
                vote.2 += 1;
            } else {
                vote.1 += 1;
                if mention.refers_to.is_none() {
                    vote.0 += 1;
                }
            }
        }
        let event_type = type_votes
            .iter()
            .max_by_key(|(t, votes)| (**votes, std::cmp::Reverse(**t)))
            .map_or(EventType::Other, |(t, _)| *t);
        let dates: Vec<(PartialDate, Option<NaiveDate>)> = members
            .iter()
            .filter_map(|&m| {
                nodes[m]
                    .mention
                    .date
                    .map(|d| (d, nodes[m].mention.date_end))
            })
            .collect();
        let date = most_common(
            dates
                .iter()
                .map(|d| d.0)
                .filter(|d| Some(d.precision) == dates.iter().map(|x| x.0.precision).max()),
        );
        let date_end = date.and_then(|date| {
            dates
                .iter()
                .filter(|(d, _)| *d == date)
                .filter_map(|(_, end)| *end)
                .max()
        });
        let locations: Vec<(String, Option<String>)> = members
            .iter()
            .filter_map(|&m| {
                let mention = nodes[m].mention;
                mention
                    .location
                    .clone()
                    .map(|l| (l, mention.country_code.clone()))
            })
            .collect();
        Summary {
            event_type,
            date,
            date_end,
            persons: members
                .iter()
                .flat_map(|&m| nodes[m].persons().map(str::to_owned))
                .collect(),
            country: most_common(
                members
                    .iter()
                    .filter_map(|&m| nodes[m].mention.country_code.clone()),
            ),
            locations,
            ordinal: members.iter().find_map(|&m| nodes[m].mention.ordinal),
            vague: members.iter().any(|&m| nodes[m].mention.vague_date),
            articles: members
                .iter()
                .map(|&m| nodes[m].article_id.to_owned())
                .collect(),
        }
    }

    fn places_agree(&self, other: &Summary) -> Option<bool> {
        if self.locations.is_empty() || other.locations.is_empty() {
            return None;
        }
        Some(self.locations.iter().all(|(a, ac)| {
            other.locations.iter().all(|(b, bc)| {
                places_agree(
                    PlaceRef {
                        text: a,
                        code: ac.as_deref(),
                        country_level: false,
                    },
                    PlaceRef {
                        text: b,
                        code: bc.as_deref(),
                        country_level: false,
                    },
                ) || (ac.is_some() && ac == bc && (is_country_name(a) || is_country_name(b)))
            })
        }))
    }
}

/// A place that names a whole country.
fn is_country_name(place: &str) -> bool {
    let gazetteer = newsfacts_normalize::places::Gazetteer::global();
    let found = gazetteer.find(place);
    found.len() == 1
        && found[0].kind == newsfacts_normalize::places::PlaceKind::Country
        && found[0].text.chars().count() == place.chars().count()
}

/// The most frequent value; ties go to the smallest.
fn most_common<T: Ord + Clone>(values: impl Iterator<Item = T>) -> Option<T> {
    let mut counts: BTreeMap<T, usize> = BTreeMap::new();
    for value in values {
        *counts.entry(value).or_default() += 1;
    }
    let best = counts.values().copied().max()?;
    counts.into_iter().find(|(_, n)| *n == best).map(|(v, _)| v)
}

/// Whether two groups of mentions can be one event, and how strongly.
fn affinity(a: &Summary, b: &Summary) -> Option<u32> {
    if !types_compatible(a.event_type, b.event_type) {
        return None;
    }
    let shared_persons = a.persons.intersection(&b.persons).count();
    let persons_clash = !a.persons.is_empty() && !b.persons.is_empty() && shared_persons == 0;
    let places = a.places_agree(b);
    if persons_clash || places == Some(false) {
        return None;
    }
    let talks = matches!(family(a.event_type), EventType::Summit);
    if talks && a.event_type != b.event_type && shared_persons == 0 {
        return None;
    }
    // Lee meeting Sato and Lee meeting Park the same day are two meetings:
    // when both name two people or more, they share two.
    if talks && a.persons.len() >= 2 && b.persons.len() >= 2 && shared_persons < 2 {
        return None;
    }
    if let (Some(x), Some(y)) = (a.ordinal, b.ordinal) {
        if x != y {
            return None;
        }
    }
    let same_article = !a.articles.is_disjoint(&b.articles);
    match (a.date, b.date) {
        // Dated reports that their own article kept apart are two events.
        (Some(_), Some(_)) if same_article => return None,
        (Some(x), Some(y)) => {
            if !dates_agree(x, a.date_end, y, b.date_end) {
                return None;
            }
            // `2025` agrees with any day of 2025: a coarse date needs both
            // people and place (or the same anniversary) to join a precise one.
            let same_anniversary = a.event_type == EventType::Anniversary
                && a.ordinal.is_some()
                && a.ordinal == b.ordinal;
            if x.precision != y.precision
                && !same_anniversary
                && (shared_persons == 0 || places != Some(true))
            {
                return None;
            }
        }
        (None, None) if same_article => {}
        (x, _) => {
            // An undated report that places the event vaguely in time
            // (`later in the week`) joins a dated one with the same people
            // and place.
            let undated = if x.is_none() { a } else { b };
            let same_anniversary = a.event_type == EventType::Anniversary
                && a.ordinal.is_some()
                && a.ordinal == b.ordinal;
            let agree = same_anniversary || (shared_persons > 0 && places == Some(true));
            if !undated.vague || !agree {
                return None;
            }
        }
    }
    let countries_agree = a.country.is_some() && a.country == b.country;
    let same_anniversary = a.event_type == EventType::Anniversary
        && b.event_type == EventType::Anniversary
        && a.ordinal.is_some()
        && a.ordinal == b.ordinal;
    // `the armistice signed on July 27, 1953`: the same type on the same day,
    // with nobody named on either side, is one event.
    let same_day = a.event_type == b.event_type
        && a.persons.is_empty()
        && b.persons.is_empty()
        && matches!((a.date, b.date), (Some(x), Some(y)) if x == y && x.precision == Precision::Day);
    if shared_persons == 0
        && places != Some(true)
        && !countries_agree
        && !same_anniversary
        && !same_day
    {
        return None;
    }
    let union = a.persons.union(&b.persons).count().max(1);
    let score = 100 * shared_persons / union
        + if places == Some(true) { 50 } else { 0 }
        + if countries_agree { 25 } else { 0 }
        + if a.event_type == b.event_type { 50 } else { 0 };
    u32::try_from(score).ok()
}

/// Union-find over nodes.
struct Clusters {
    parent: Vec<usize>,
}

impl Clusters {
    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Joins two clusters under the smaller root (the smaller content key,
    /// since nodes are sorted by key).
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// Groups the mentions of every article into events.
pub(crate) fn merge_events(
    records: &[ArticleRecords],
) -> (Vec<Event>, Vec<EventMentionRow>, MentionEventIds) {
    let mut nodes: Vec<Node<'_>> = records
        .iter()
        .flat_map(|article| {
            article
                .event_mentions
                .iter()
                .enumerate()
                .map(|(index, mention)| Node {
                    article_id: &article.article_id,
                    published: article.article.published.map(|p| p.date),
                    index,
                    mention,
                })
        })
        .collect();
    nodes.sort_by_cached_key(Node::key);
    let position: BTreeMap<(&str, usize), usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| ((n.article_id, n.index), i))
        .collect();
    let mut clusters = Clusters {
        parent: (0..nodes.len()).collect(),
    };
    for (i, node) in nodes.iter().enumerate() {
        let target = node
            .mention
            .refers_to
            .and_then(|r| position.get(&(node.article_id, r)));
        if let Some(&j) = target {
            clusters.union(i, j);
        }
    }
    let mut members = members_by_root(&mut clusters, nodes.len());
    let mut summaries: BTreeMap<usize, Summary> = members
        .iter()
        .map(|(&root, m)| (root, Summary::of(&nodes, m)))
        .collect();
    // Pairs are scored as they come, not gathered first: a long article can
    // put thousands of groups in one block. A pair met in several blocks is
    // scored again and kept once.
    let mut candidates: Vec<(u32, usize, usize)> = Vec::new();
    candidate_pairs(&summaries, |a, b| {
        if let Some(score) = affinity(&summaries[&a], &summaries[&b]) {
            candidates.push((score, a, b));
        }
    });
    candidates.sort_by(|p, q| q.0.cmp(&p.0).then((p.1, p.2).cmp(&(q.1, q.2))));
    candidates.dedup();
    for (_, a, b) in candidates {
        let (ra, rb) = (clusters.find(a), clusters.find(b));
        if ra == rb || affinity(&summaries[&ra], &summaries[&rb]).is_none() {
            continue;
        }
        clusters.union(ra, rb);
        let (root, gone) = (ra.min(rb), ra.max(rb));
        let moved = members.remove(&gone).unwrap_or_default();
        let kept = members.entry(root).or_default();
        kept.extend(moved);
        kept.sort_unstable();
        summaries.remove(&gone);
        summaries.insert(root, Summary::of(&nodes, kept));
    }
    build_tables(&nodes, &members, &summaries)
}

/// Where a group of mentions is looked for: pairs are only compared inside
/// a block, so the merge does not compare every event with every other.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Block {
    /// Dated to a month or a day, by month.
    Month(EventType, i32, u32),
    /// Dated (at any precision), by year.
    Year(EventType, i32),
    /// By person, for undated groups.
    Person(EventType, String),
    /// By anniversary ordinal, for undated groups.
    Ordinal(EventType, u32),
    /// By article, for undated groups.
    Article(EventType, String),
}

/// The first type of the family of compatible types (`summit` for a
/// meeting).
fn family(event_type: EventType) -> EventType {
    EventType::ALL
        .into_iter()
        .find(|&t| types_compatible(t, event_type))
        .unwrap_or(event_type)
}

/// The pairs of groups that may be one event: same family and month; a
/// year-only date against the same year; an undated group against groups
/// with a person, an anniversary or an article in common. Each goes to
/// `visit` (smaller root first), once per block that holds both.
fn candidate_pairs(summaries: &BTreeMap<usize, Summary>, mut visit: impl FnMut(usize, usize)) {
    let mut blocks: BTreeMap<Block, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    let mut year_only: Vec<(Block, usize)> = Vec::new();
    for (&root, summary) in summaries {
        let fam = family(summary.event_type);
        let mut add = |block: Block, dated: bool| {
            let entry = blocks.entry(block).or_default();
            if dated {
                entry.1.push(root);
            } else {
                entry.0.push(root);
            }
        };
        match summary.date {
            Some(date) => {
                let year = date.date.year();
                add(Block::Year(fam, year), true);
                if date.precision == Precision::Year {
                    year_only.push((Block::Year(fam, year), root));
                } else {
                    add(Block::Month(fam, year, date.date.month()), true);
                    if let Some(end) = summary.date_end {
                        add(Block::Month(fam, end.year(), end.month()), true);
                    }
                }
            }
            None => {
                for article in &summary.articles {
                    add(Block::Article(fam, article.clone()), false);
                }
            }
        }
        for person in &summary.persons {
            add(Block::Person(fam, person.clone()), summary.date.is_some());
        }
        if let Some(ordinal) = summary.ordinal {
            add(Block::Ordinal(fam, ordinal), summary.date.is_some());
        }
    }
    let mut pair = |a: usize, b: usize| {
        if a != b {
            visit(a.min(b), a.max(b));
        }
    };
    for (block, (undated, dated)) in &blocks {
        for (x, &a) in undated.iter().enumerate() {
            for &b in undated[x + 1..].iter().chain(dated) {
                pair(a, b);
            }
        }
        if matches!(block, Block::Month(..)) {
            for (x, &a) in dated.iter().enumerate() {
                for &b in &dated[x + 1..] {
                    pair(a, b);
                }
            }
        }
    }
    for (block, root) in year_only {
        if let Some((_, dated)) = blocks.get(&block) {
            for &other in dated {
                pair(root, other);
            }
        }
    }
}

fn members_by_root(clusters: &mut Clusters, n: usize) -> BTreeMap<usize, Vec<usize>> {
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let root = clusters.find(i);
        members.entry(root).or_default().push(i);
    }
    members
}

/// Scheduled when the date lies after the last publication date among the
/// event's articles; otherwise the status most mentions give (`occurred` on
/// a tie): an article may be stamped after it was written, so a past date
/// alone does not overrule `is scheduled to`.
fn status_of(nodes: &[Node<'_>], group: &[usize], date: Option<PartialDate>) -> EventStatus {
    let last_published = group.iter().filter_map(|&m| nodes[m].published).max();
    if let (Some(date), Some(published)) = (date, last_published) {
        if after(date, published) {
            return EventStatus::Scheduled;
        }
    }
    let scheduled = group
        .iter()
        .filter(|&&m| nodes[m].mention.status == EventStatus::Scheduled)
        .count();
    if 2 * scheduled > group.len() {
        EventStatus::Scheduled
    } else {
        EventStatus::Occurred
    }
}

fn build_tables(
    nodes: &[Node<'_>],
    members: &BTreeMap<usize, Vec<usize>>,
    summaries: &BTreeMap<usize, Summary>,
) -> (Vec<Event>, Vec<EventMentionRow>, MentionEventIds) {
    let mut events = Vec::new();
    let mut rows = Vec::new();
    let mut ids = MentionEventIds::new();
    for (root, group) in members {
        let Some(summary) = summaries.get(root) else {
            continue;
        };
        let keys: Vec<String> = group.iter().map(|&m| nodes[m].key()).collect();
        let date = summary.date.map(|d| d.date.to_string()).unwrap_or_default();
        let mut parts = vec!["event", summary.event_type.as_str(), date.as_str()];
        parts.extend(keys.iter().map(String::as_str));
        let event_id = stable_id(&parts);
        let lead = group
            .iter()
            .map(|&m| nodes[m].mention)
            .find(|m| m.event_type == summary.event_type && !m.generic)
            .unwrap_or(nodes[group[0]].mention);
        let location = summary
            .locations
            .iter()
            .filter(|(_, code)| summary.country.is_none() || *code == summary.country)
            .max_by_key(|(text, _)| {
                (
                    !is_country_name(text),
                    text.len(),
                    std::cmp::Reverse(text.clone()),
                )
            })
            .map(|(text, _)| text.clone());
        let mut participants: Vec<String> = summary.persons.iter().cloned().collect();
        if participants.is_empty() {
            let countries: BTreeSet<&String> = group
                .iter()
                .flat_map(|&m| nodes[m].mention.participants.iter())
                .collect();
            participants = countries.into_iter().cloned().collect();
        }
        let status = status_of(nodes, group, summary.date);
        for &m in group {
            let node = &nodes[m];
            rows.push(EventMentionRow {
                event_id: event_id.clone(),
                article_id: node.article_id.to_owned(),
                sentence: node.mention.sentence.clone(),
                char_start: node.mention.char_start,
                char_end: node.mention.char_end,
                date_expression: node.mention.date_expression.clone(),
            });
            ids.insert((node.article_id.to_owned(), node.index), event_id.clone());
        }
        events.push(Event {
            event_id,
            date_start: summary.date.map(|d| d.date),
            date_end: summary.date_end,
            date_precision: summary.date.map(|d| d.precision),
            event_type: summary.event_type,
            summary: lead.summary.clone(),
            location,
            country_code: summary.country.clone(),
            participants,
            status,
            article_ids: summary.articles.iter().cloned().collect(),
            mention_count: group.len(),
        });
    }
    events.sort_by(|a, b| {
        (a.date_start, a.event_type, &a.event_id).cmp(&(b.date_start, b.event_type, &b.event_id))
    });
    rows.sort_by(|a, b| {
        (&a.article_id, a.char_start, &a.event_id).cmp(&(&b.article_id, b.char_start, &b.event_id))
    });
    (events, rows, ids)
}

#[cfg(test)]
mod tests {
    use newsfacts_normalize::places::PlaceKind;

    use super::*;
    use crate::merge::merge;
    use crate::testkit::Fixture;

    fn tokyo_ceremony() -> ArticleRecords {
        Fixture::new("Prime Minister Aiko Sato said at a ceremony in Osaka on Thursday that ties were strong.")
            .published(2024, 5, 20)
            .timex("Thursday", "2024-05-16")
            .person("Aiko Sato", "Prime Minister", "JPN", &["Aiko Sato"])
            .place("Osaka", "JPN", PlaceKind::City)
            .records("a.txt")
    }

    fn hotel_reception() -> ArticleRecords {
        Fixture::new(
            "Speaking at a commemorative reception at the Harbour Hotel in Osaka on May 16, Sato and Ambassador Min Jun urged closer ties.",
        )
        .published(2024, 5, 17)
        .timex("May 16", "2024-05-16")
        .person("Aiko Sato", "Prime Minister", "JPN", &["Sato"])
        .person("Min Jun", "Ambassador", "KOR", &["Min Jun"])
        .place("Osaka", "JPN", PlaceKind::City)
        .records("b.txt")
    }

    #[test]
    fn same_event_in_two_articles_with_different_phrasing_merges() {
        let dataset = merge(vec![tokyo_ceremony(), hotel_reception()]);
        assert_eq!(dataset.events.len(), 1);
        let event = &dataset.events[0];
        assert_eq!(event.article_ids.len(), 2);
        assert_eq!(event.mention_count, 2);
        assert_eq!(event.participants, ["Aiko Sato", "Min Jun"]);
        assert_eq!(event.location.as_deref(), Some("Harbour Hotel, Osaka"));
    }

    #[test]
    fn input_order_does_not_change_ids() {
        let forward = merge(vec![tokyo_ceremony(), hotel_reception()]);
        let backward = merge(vec![hotel_reception(), tokyo_ceremony()]);
        assert_eq!(forward.events, backward.events);
        assert_eq!(forward.event_mentions, backward.event_mentions);
    }

    #[test]
    fn different_events_on_one_day_do_not_merge() {
        let seoul = Fixture::new("Minister Kim Dae met Minister Ito Ken in Busan on Monday.")
            .published(2024, 5, 22)
            .timex("Monday", "2024-05-20")
            .person("Kim Dae", "Minister", "KOR", &["Kim Dae"])
            .person("Ito Ken", "Minister", "JPN", &["Ito Ken"])
            .place("Busan", "KOR", PlaceKind::City)
            .records("a.txt");
        let kyoto = Fixture::new("Minister Park Lin met Minister Mori Aki in Kyoto on May 20.")
            .published(2024, 5, 21)
            .timex("May 20", "2024-05-20")
            .person("Park Lin", "Minister", "KOR", &["Park Lin"])
            .person("Mori Aki", "Minister", "JPN", &["Mori Aki"])
            .place("Kyoto", "JPN", PlaceKind::City)
            .records("b.txt");
        let dataset = merge(vec![seoul, kyoto]);
        assert_eq!(dataset.events.len(), 2);
        assert_ne!(dataset.events[0].event_id, dataset.events[1].event_id);
    }

    #[test]
    fn undated_report_joins_only_when_vaguely_dated_with_same_people_and_place() {
        let summit = |name: &str, text: &str| {
            Fixture::new(text)
                .published(2024, 6, 5)
                .timex("June 3", "2024-06-03")
                .timex("later that week", "2024-W23")
                .person("Kim Dae", "President", "KOR", &["Kim Dae"])
                .person("Ito Ken", "Prime Minister", "JPN", &["Ito Ken"])
                .place("Manila", "PHL", PlaceKind::City)
                .records(name)
        };
        let dated = summit(
            "a.txt",
            "Kim Dae held a summit with Ito Ken in Manila on June 3.",
        );
        let vague = summit(
            "b.txt",
            "In his first summit with Ito Ken in Manila later that week, Kim Dae spoke of trust.",
        );
        let placeless = summit(
            "c.txt",
            "In his first summit with Ito Ken later that week, Kim Dae spoke of trust.",
        );
        let timeless = summit(
            "d.txt",
            "In his first summit with Ito Ken in Manila, Kim Dae spoke of trust.",
        );
        let dataset = merge(vec![dated, vague, placeless, timeless]);
        assert_eq!(dataset.events.len(), 3);
        let merged = dataset
            .events
            .iter()
            .find(|e| e.date_start.is_some())
            .expect("the dated summit");
        assert_eq!(merged.article_ids.len(), 2);
    }

    #[test]
    fn same_person_meeting_different_people_on_one_day_are_two_meetings() {
        let meeting = |name: &str, guest: &str| {
            Fixture::new(&format!(
                "Minister Kim Dae met Minister {guest} in Busan on Monday."
            ))
            .published(2024, 5, 22)
            .timex("Monday", "2024-05-20")
            .person("Kim Dae", "Minister", "KOR", &["Kim Dae"])
            .person(guest, "Minister", "JPN", &[guest])
            .place("Busan", "KOR", PlaceKind::City)
            .records(name)
        };
        let dataset = merge(vec![
            meeting("a.txt", "Ito Ken"),
            meeting("b.txt", "Mori Aki"),
        ]);
        assert_eq!(dataset.events.len(), 2);
        let same = merge(vec![
            meeting("a.txt", "Ito Ken"),
            meeting("b.txt", "Ito Ken"),
        ]);
        assert_eq!(same.events.len(), 1);
    }

    #[test]
    fn dated_events_one_article_kept_apart_stay_apart() {
        let two = Fixture::new(
            "Berg attended a ceremony in Oslo on Monday. Berg also attended a wreath-laying ceremony in Oslo on May 20.",
        )
        .published(2024, 5, 22)
        .timex("Monday", "2024-05-20")
        .timex("May 20", "2024-05-20")
        .person("Alma Berg", "Minister", "SWE", &["Berg"])
        .place("Oslo", "NOR", PlaceKind::City)
        .records("a.txt");
        let dataset = merge(vec![two]);
        assert_eq!(dataset.events.len(), 2);
    }

    #[test]
    fn every_mention_row_points_at_an_event() {
        let dataset = merge(vec![tokyo_ceremony(), hotel_reception()]);
        assert_eq!(dataset.event_mentions.len(), 2);
        for row in &dataset.event_mentions {
            assert!(dataset.events.iter().any(|e| e.event_id == row.event_id));
        }
    }

    fn manila_meeting(name: &str, text: &str, published: u32) -> ArticleRecords {
        let mut fixture = Fixture::new(text);
        fixture.published(2024, 6, published);
        if text.contains("June 10") {
            fixture.timex("June 10", "2024-06-10");
        } else {
            fixture.timex("later that week", "2024-W24");
        }
        fixture
            .person("Kim Dae", "Minister", "KOR", &["Kim Dae"])
            .person("Ito Ken", "Minister", "JPN", &["Ito Ken"])
            .place("Manila", "PHL", PlaceKind::City)
            .records(name)
    }

    #[test]
    fn event_dated_after_every_publication_is_scheduled_despite_an_undated_present_tense() {
        let dataset = merge(vec![
            manila_meeting(
                "a.txt",
                "Kim Dae will meet Ito Ken in Manila on June 10.",
                5,
            ),
            manila_meeting(
                "b.txt",
                "Kim Dae meets Ito Ken in Manila later that week.",
                6,
            ),
        ]);
        assert_eq!(dataset.events.len(), 1);
        assert_eq!(dataset.events[0].status, EventStatus::Scheduled);
    }

    #[test]
    fn event_reported_before_and_after_its_date_has_occurred() {
        let dataset = merge(vec![
            manila_meeting(
                "a.txt",
                "Kim Dae will meet Ito Ken in Manila on June 10.",
                5,
            ),
            manila_meeting("b.txt", "Kim Dae met Ito Ken in Manila on June 10.", 12),
        ]);
        assert_eq!(dataset.events.len(), 1);
        assert_eq!(dataset.events[0].status, EventStatus::Occurred);
    }

    #[test]
    fn historical_signing_on_the_same_day_merges_without_people_or_place() {
        let first = Fixture::new("The treaty was signed on March 3, 1921, ending the war.")
            .published(2024, 5, 22)
            .timex("March 3, 1921", "1921-03-03")
            .records("a.txt");
        let second =
            Fixture::new("Decades after the treaty signed on March 3, 1921, the border opened.")
                .published(2024, 5, 23)
                .timex("March 3, 1921", "1921-03-03")
                .records("b.txt");
        let dataset = merge(vec![first, second]);
        let signings: Vec<_> = dataset
            .events
            .iter()
            .filter(|e| e.event_type == EventType::Agreement)
            .collect();
        assert_eq!(signings.len(), 1);
        assert_eq!(signings[0].article_ids.len(), 2);
    }
}
