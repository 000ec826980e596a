//! The records one article yields, before any cross-article merge.

use chrono::NaiveDate;
use newsfacts_normalize::people::{People, Person};
use newsfacts_parse::{Article, PartialDate};
use serde::Serialize;

/// The contract's event types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EventType {
    /// A summit of leaders.
    Summit,
    /// A meeting or talks.
    Meeting,
    /// A ceremony.
    Ceremony,
    /// A reception.
    Reception,
    /// A visit.
    Visit,
    /// A statement released.
    Statement,
    /// A signed agreement or treaty.
    Agreement,
    /// An anniversary marked.
    Anniversary,
    /// A taking of office.
    Inauguration,
    /// An election.
    Election,
    /// An opinion poll's fieldwork.
    Poll,
    /// A report released.
    Report,
    /// Anything else.
    Other,
}

impl EventType {
    /// Every type, in the contract's order.
    pub const ALL: [EventType; 13] = [
        EventType::Summit,
        EventType::Meeting,
        EventType::Ceremony,
        EventType::Reception,
        EventType::Visit,
        EventType::Statement,
        EventType::Agreement,
        EventType::Anniversary,
        EventType::Inauguration,
        EventType::Election,
        EventType::Poll,
        EventType::Report,
        EventType::Other,
    ];

    /// The contract's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Summit => "summit",
            EventType::Meeting => "meeting",
            EventType::Ceremony => "ceremony",
            EventType::Reception => "reception",
            EventType::Visit => "visit",
            EventType::Statement => "statement",
            EventType::Agreement => "agreement",
            EventType::Anniversary => "anniversary",
            EventType::Inauguration => "inauguration",
            EventType::Election => "election",
            EventType::Poll => "poll",
            EventType::Report => "report",
            EventType::Other => "other",
        }
    }

    /// Parses the contract's spelling (as used in data files).
    pub fn parse(name: &str) -> Option<EventType> {
        EventType::ALL.into_iter().find(|t| t.as_str() == name)
    }
}

/// Whether an event has happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EventStatus {
    /// It happened.
    Occurred,
    /// The article says it is yet to happen.
    Scheduled,
}

impl EventStatus {
    /// The contract's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Occurred => "occurred",
            EventStatus::Scheduled => "scheduled",
        }
    }
}

/// One sentence of one article that reports an event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventMention {
    /// The kind of event.
    pub event_type: EventType,
    /// When it starts, with precision; `None` when the text does not date it.
    pub date: Option<PartialDate>,
    /// The last day of a multi-day event.
    pub date_end: Option<NaiveDate>,
    /// The words that gave the date (`on Sunday`).
    pub date_expression: Option<String>,
    /// Occurred or scheduled.
    pub status: EventStatus,
    /// A short description.
    pub summary: String,
    /// Where it happened, as written (`Seoul`, `Hotel New Otani in Tokyo`).
    pub location: Option<String>,
    /// ISO 3166-1 alpha-3 code of the location.
    pub country_code: Option<String>,
    /// Canonical person names, or country codes where no person is named.
    pub participants: Vec<String>,
    /// The sentence, verbatim from the article text.
    pub sentence: String,
    /// Sentence start, in Unicode scalar values into the article text.
    pub char_start: usize,
    /// Sentence end.
    pub char_end: usize,
    /// Index of an earlier mention of the same article that reports the
    /// same event (`the ceremony` after `a ceremony in Seoul`).
    pub refers_to: Option<usize>,
    /// The cue was a vague noun (`an event held in Seoul`): its type is a
    /// guess that other mentions of the event may correct.
    pub generic: bool,
    /// For an anniversary, which one (`60` for the 60th).
    pub ordinal: Option<u32>,
    /// Undated, but its sentence places it in time vaguely (`later in the
    /// week`): another report may give the day.
    pub vague_date: bool,
}

/// The contract's quote kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A sentence or more in quote marks.
    Direct,
    /// A quoted phrase inside the reporter's sentence.
    Partial,
    /// Reported speech without quote marks.
    Indirect,
}

impl QuoteKind {
    /// The contract's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// One quotation in one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// Canonical full name of the speaker, or the institution.
    pub speaker: Option<String>,
    /// The speaker's title.
    pub speaker_title: Option<String>,
    /// ISO 3166-1 alpha-3 code of the speaker's country.
    pub speaker_country: Option<String>,
    /// The quoted words without the quote marks; for `indirect`, the reported clause.
    pub text: String,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// The speech verb (`said`, `stressed`).
    pub cue: Option<String>,
    /// When it was said, if the text dates it.
    pub said_on: Option<PartialDate>,
    /// Index into [`ArticleRecords::event_mentions`] of the event where it was said.
    pub event_mention: Option<usize>,
    /// Start of the quoted words, in Unicode scalar values into the article text.
    pub char_start: usize,
    /// End of the quoted words.
    pub char_end: usize,
}

/// One answer share of one opinion poll.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PollResult {
    /// Who ran the poll.
    pub pollster: Option<String>,
    /// When the fieldwork started, with precision.
    pub fieldwork: Option<PartialDate>,
    /// ISO code of the country whose people were asked.
    pub population_country: Option<String>,
    /// The question or topic.
    pub question: Option<String>,
    /// The answer this share chose.
    pub answer: Option<String>,
    /// The share, in percent.
    pub share_pct: f64,
    /// The sentence, verbatim.
    pub sentence: String,
}

/// One country's place in one ranking (the table is `gender_gap_ranks`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rank {
    /// The report (`Global Gender Gap Report`).
    pub report: String,
    /// Its publisher (`World Economic Forum`).
    pub publisher: Option<String>,
    /// The edition's year.
    pub edition_year: Option<i32>,
    /// The country as named.
    pub country: String,
    /// Its ISO code.
    pub country_code: Option<String>,
    /// The rank.
    pub rank: u32,
    /// Out of how many.
    pub out_of: Option<u32>,
    /// The sentence, verbatim.
    pub sentence: String,
}

/// Any other number stated as fact.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// The value.
    pub value: f64,
    /// Its unit (`USD`, `months`, `%`).
    pub unit: Option<String>,
    /// What it measures: a short noun phrase.
    pub measure: Option<String>,
    /// The date it refers to.
    pub date: Option<PartialDate>,
    /// The country it concerns.
    pub country_code: Option<String>,
    /// The sentence, verbatim.
    pub sentence: String,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleRecords {
    /// Stable id of the article.
    pub article_id: String,
    /// The article itself.
    pub article: Article,
    /// Sentences that report events.
    pub event_mentions: Vec<EventMention>,
    /// Quotations.
    pub quotes: Vec<Quote>,
    /// Poll shares.
    pub polls: Vec<PollResult>,
    /// Ranks in rankings.
    pub ranks: Vec<Rank>,
    /// Other figures.
    pub figures: Vec<Figure>,
    /// People named in the body.
    pub people: Vec<Person>,
    /// Mentions per person, parallel to `people`.
    pub person_mention_counts: Vec<usize>,
}

/// Mentions per person, parallel to `people.persons`.
pub fn mention_counts(people: &People) -> Vec<usize> {
    let mut counts = vec![0; people.persons.len()];
    for mention in &people.mentions {
        counts[mention.person] += 1;
    }
    counts
}
