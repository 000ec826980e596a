//! The one definition of every table: its columns and their types, keys and
//! documentation. The CSV and Parquet writers, the data package and the data
//! dictionary are all generated from [`TABLES`], so they cannot disagree.

use newsfacts_extract::records::{EventStatus, EventType, QuoteKind};
use newsfacts_parse::Precision;

/// The type of a column, as written to Parquet and described to readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    /// Free text (Parquet `string`).
    Text,
    /// Text from a small set of values (Parquet dictionary-encoded `Enum`).
    Category,
    /// A calendar date (Parquet `date32`, CSV `YYYY-MM-DD`).
    Date,
    /// A 32-bit integer (ranks, years).
    Int32,
    /// A 64-bit integer (counts, offsets).
    Int64,
    /// A floating-point number (shares, values).
    Float64,
    /// A list of texts (Parquet `list<string>`, CSV `; `-joined).
    TextList,
}

impl ColumnType {
    /// The Parquet type, as the data dictionary names it.
    pub fn parquet_name(self) -> &'static str {
        match self {
            ColumnType::Text => "string",
            ColumnType::Category => "dictionary<string>",
            ColumnType::Date => "date32",
            ColumnType::Int32 => "int32",
            ColumnType::Int64 => "int64",
            ColumnType::Float64 => "float64",
            ColumnType::TextList => "list<string>",
        }
    }
}

/// A closed set of values a column may take, owned by the crate that
/// produces it (so the schema cannot drift from the records).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vocabulary {
    /// `day`, `month`, `year`.
    Precision,
    /// The contract's event types.
    EventType,
    /// `occurred`, `scheduled`.
    EventStatus,
    /// `direct`, `partial`, `indirect`.
    QuoteKind,
    /// Where a publication date came from: `page`, or `dateline_and_crawl`
    /// (the page's dateline gave month and day, the crawl the year).
    DateSource,
}

/// A publication date stated in full on the page.
pub const DATE_FROM_PAGE: &str = "page";
/// A publication date whose year came from the rest of the crawl.
pub const DATE_FROM_DATELINE_AND_CRAWL: &str = "dateline_and_crawl";

impl Vocabulary {
    /// Every value, in the order the contract lists them.
    pub fn values(self) -> Vec<&'static str> {
        match self {
            Vocabulary::Precision => [Precision::Day, Precision::Month, Precision::Year]
                .map(Precision::as_str)
                .to_vec(),
            Vocabulary::EventType => EventType::ALL.map(EventType::as_str).to_vec(),
            Vocabulary::EventStatus => [EventStatus::Occurred, EventStatus::Scheduled]
                .map(EventStatus::as_str)
                .to_vec(),
            Vocabulary::QuoteKind => [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Indirect]
                .map(QuoteKind::as_str)
                .to_vec(),
            Vocabulary::DateSource => vec![DATE_FROM_PAGE, DATE_FROM_DATELINE_AND_CRAWL],
        }
    }
}

/// One column of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnSchema {
    /// The column name (the contract's name for contract columns).
    pub name: &'static str,
    /// Its type.
    pub column_type: ColumnType,
    /// What a value means.
    pub description: &'static str,
    /// Whether every row has a value.
    pub required: bool,
    /// The closed set of values, if any.
    pub vocabulary: Option<Vocabulary>,
}

/// Columns of this table that point at the primary key of another table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ForeignKey {
    /// The columns of this table.
    pub columns: &'static [&'static str],
    /// The table pointed at.
    pub table: &'static str,
    /// Its columns.
    pub references: &'static [&'static str],
}

/// One table: its name, what a row is, its columns and keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableSchema {
    /// The table (and file) name.
    pub name: &'static str,
    /// What one row is.
    pub description: &'static str,
    /// How rows are sorted, in words.
    pub sort_order: &'static str,
    /// The columns that identify a row, if any.
    pub primary_key: &'static [&'static str],
    /// Links to other tables.
    pub foreign_keys: &'static [ForeignKey],
    /// Every column, contract columns first.
    pub columns: &'static [ColumnSchema],
}

impl TableSchema {
    /// The column called `name`.
    pub fn column(&self, name: &str) -> Option<&ColumnSchema> {
        self.columns.iter().find(|c| c.name == name)
    }
}

/// The schema of the table called `name`.
pub fn table_schema(name: &str) -> Option<&'static TableSchema> {
    TABLES.iter().copied().find(|t| t.name == name)
}

const fn col(
    name: &'static str,
    column_type: ColumnType,
    required: bool,
    description: &'static str,
) -> ColumnSchema {
    ColumnSchema {
        name,
        column_type,
        description,
        required,
        vocabulary: None,
    }
}

const fn closed(
    name: &'static str,
    vocabulary: Vocabulary,
    required: bool,
    description: &'static str,
) -> ColumnSchema {
    ColumnSchema {
        name,
        column_type: ColumnType::Category,
        description,
        required,
        vocabulary: Some(vocabulary),
    }
}

use ColumnType::{Category, Date, Float64, Int32, Int64, Text, TextList};

const TO_ARTICLE: ForeignKey = ForeignKey {
    columns: &["article_id"],
    table: "articles",
    references: &["article_id"],
};

const TO_EVENT: ForeignKey = ForeignKey {
    columns: &["event_id"],
    table: "events",
    references: &["event_id"],
};

/// Every table, in the order they are written.
pub static TABLES: [&TableSchema; 8] = [
    &ARTICLES,
    &EVENTS,
    &EVENT_MENTIONS,
    &QUOTES,
    &POLL_RESULTS,
    &GENDER_GAP_RANKS,
    &FIGURES,
    &PEOPLE,
];

/// The `articles` table: One row per input document.
pub static ARTICLES: TableSchema = TableSchema {
    name: "articles",
    description: "One input document: its metadata and its body text.",
    sort_order: "source_file, then article_id",
    primary_key: &["article_id"],
    foreign_keys: &[],
    columns: &[
        col("article_id", Text, true, "Stable id: a hash of the source file name and the body text."),
        col("source_file", Text, true, "The input file, relative to the raw folder."),
        col("outlet", Text, false, "The publication's name, when the page states it."),
        col("title", Text, false, "The headline."),
        col("author", Text, false, "The byline's person or people."),
        col("published_date", Date, false, "Publication date (first day of the month or year when only that is known)."),
        closed("published_precision", Vocabulary::Precision, false, "How much of published_date the page states."),
        col("dateline", Text, false, "The dateline place (`TOKYO`, `Seoul`)."),
        col("word_count", Int64, true, "Words in the body text."),
        col("text", Text, true, "The body, boilerplate removed, paragraphs separated by blank lines; every char_start/char_end points into it."),
        closed(
            "published_source",
            Vocabulary::DateSource,
            false,
            "Where published_date came from: `page`, or `dateline_and_crawl` when the page's dateline gave only month and day and the year is the one most articles of the same build were published in.",
        ),
    ],
};

/// The `events` table: One row per real-world event.
pub static EVENTS: TableSchema = TableSchema {
    name: "events",
    description: "One real-world event, merged across every article that reports it.",
    sort_order: "date_start (undated last), event_type, event_id",
    primary_key: &["event_id"],
    foreign_keys: &[],
    columns: &[
        col(
            "event_id",
            Text,
            true,
            "Stable id, hashed from the event's identity.",
        ),
        col(
            "date_start",
            Date,
            false,
            "First day (first day of the month or year when only that is known).",
        ),
        col("date_end", Date, false, "Last day of a multi-day event."),
        closed(
            "date_precision",
            Vocabulary::Precision,
            false,
            "How much of date_start the articles state.",
        ),
        closed("event_type", Vocabulary::EventType, true, "Kind of event."),
        col("summary", Text, false, "Short description."),
        col("location", Text, false, "Where it happened, as written."),
        col(
            "country_code",
            Category,
            false,
            "ISO 3166-1 alpha-3 code of the location.",
        ),
        col(
            "participants",
            TextList,
            false,
            "Canonical person names, or country codes where no person is named.",
        ),
        closed(
            "status",
            Vocabulary::EventStatus,
            true,
            "Whether it has happened or is yet to happen.",
        ),
        col(
            "article_ids",
            TextList,
            true,
            "Every article that reports it (articles.article_id).",
        ),
        col(
            "mention_count",
            Int64,
            true,
            "Sentences reporting it, over all articles.",
        ),
    ],
};

/// The `event_mentions` table: One row per sentence reporting an event.
pub static EVENT_MENTIONS: TableSchema = TableSchema {
    name: "event_mentions",
    description: "One sentence of one article that reports an event.",
    sort_order: "article_id, char_start, event_id",
    primary_key: &["event_id", "article_id", "char_start"],
    foreign_keys: &[TO_EVENT, TO_ARTICLE],
    columns: &[
        col("event_id", Text, true, "The event (events.event_id)."),
        col(
            "article_id",
            Text,
            true,
            "The article (articles.article_id).",
        ),
        col("sentence", Text, true, "The sentence, verbatim."),
        col(
            "char_start",
            Int64,
            true,
            "Sentence start, in Unicode scalar values into articles.text.",
        ),
        col("char_end", Int64, true, "Sentence end (exclusive)."),
        col(
            "date_expression",
            Text,
            false,
            "The words that gave the date (`on Sunday`).",
        ),
    ],
};

/// The `quotes` table: One row per quotation.
pub static QUOTES: TableSchema = TableSchema {
    name: "quotes",
    description: "One quotation in one article.",
    sort_order: "article_id, char_start, quote_id",
    primary_key: &["quote_id"],
    foreign_keys: &[TO_ARTICLE, TO_EVENT],
    columns: &[
        col("quote_id", Text, true, "Stable id."),
        col("article_id", Text, true, "The article (articles.article_id)."),
        col("speaker", Text, false, "Canonical full name of the speaker, or the institution."),
        col("speaker_title", Text, false, "The speaker's title."),
        col("speaker_country", Category, false, "ISO 3166-1 alpha-3 code of the speaker's country."),
        col("quote_text", Text, true, "The quoted words without the quote marks; for indirect quotes, the reported clause."),
        closed("kind", Vocabulary::QuoteKind, true, "Direct (sentence in quote marks), partial (quoted phrase) or indirect (reported speech)."),
        col("cue", Text, false, "The speech verb (`said`)."),
        col("said_on", Date, false, "When it was said, if the text dates it."),
        closed("said_on_precision", Vocabulary::Precision, false, "How much of said_on the text states."),
        col("event_id", Text, false, "The event where it was said (events.event_id)."),
        col("char_start", Int64, true, "Start of the quoted words, in Unicode scalar values into articles.text."),
        col("char_end", Int64, true, "End of the quoted words (exclusive)."),
        col("cluster_id", Text, true, "Shared by every report of the same utterance."),
    ],
};

/// The `poll_results` table: One row per answer share of a poll.
pub static POLL_RESULTS: TableSchema = TableSchema {
    name: "poll_results",
    description: "One answer share of one opinion poll.",
    sort_order: "article_id, then order of appearance in the article",
    primary_key: &["share_id"],
    foreign_keys: &[TO_ARTICLE],
    columns: &[
        col(
            "poll_id",
            Text,
            true,
            "Stable id of the poll: shared by every answer share of one poll.",
        ),
        col("pollster", Text, false, "Who ran the poll."),
        col(
            "fieldwork_start",
            Date,
            false,
            "When the fieldwork started (first day of the month or year when only that is known).",
        ),
        closed(
            "fieldwork_precision",
            Vocabulary::Precision,
            false,
            "How much of fieldwork_start the text states.",
        ),
        col(
            "population_country",
            Category,
            false,
            "ISO 3166-1 alpha-3 code of the country whose people were asked.",
        ),
        col("question", Text, false, "The question or topic."),
        col("answer", Text, false, "The answer this share chose."),
        col("share_pct", Float64, true, "The share, in percent."),
        col(
            "article_id",
            Text,
            true,
            "The article (articles.article_id).",
        ),
        col("sentence", Text, true, "The sentence stating it, verbatim."),
        col("share_id", Text, true, "Stable id of the row."),
    ],
};

/// The `gender_gap_ranks` table: One row per country's place in a ranking.
pub static GENDER_GAP_RANKS: TableSchema = TableSchema {
    name: "gender_gap_ranks",
    description: "One country's place in one gender-gap ranking.",
    sort_order: "report, edition_year, rank, country, article_id, rank_id",
    primary_key: &["rank_id"],
    foreign_keys: &[TO_ARTICLE],
    columns: &[
        col(
            "report",
            Text,
            true,
            "The report (`Global Gender Gap Report`).",
        ),
        col("publisher", Text, false, "Its publisher."),
        col("edition_year", Int32, false, "The edition's year."),
        col("country", Text, true, "The country as named."),
        col(
            "country_code",
            Category,
            false,
            "Its ISO 3166-1 alpha-3 code.",
        ),
        col("rank", Int32, true, "The rank."),
        col("out_of", Int32, false, "Out of how many countries."),
        col(
            "article_id",
            Text,
            true,
            "The article (articles.article_id).",
        ),
        col("sentence", Text, true, "The sentence stating it, verbatim."),
        col("rank_id", Text, true, "Stable id of the row."),
    ],
};

/// The `figures` table: One row per other stated number.
pub static FIGURES: TableSchema = TableSchema {
    name: "figures",
    description: "Any other number an article states as fact (money, counts, durations, ordinals).",
    sort_order: "article_id, then order of appearance in the article",
    primary_key: &["figure_id"],
    foreign_keys: &[TO_ARTICLE],
    columns: &[
        col("figure_id", Text, true, "Stable id."),
        col("value", Float64, true, "The value."),
        col("unit", Text, false, "Its unit (`USD`, `months`, `%`)."),
        col(
            "measure",
            Text,
            false,
            "What it measures: a short noun phrase.",
        ),
        col(
            "date",
            Date,
            false,
            "The date it refers to (first day of the month or year when only that is known).",
        ),
        closed(
            "date_precision",
            Vocabulary::Precision,
            false,
            "How much of date the text states.",
        ),
        col(
            "country_code",
            Category,
            false,
            "ISO 3166-1 alpha-3 code of the country it concerns.",
        ),
        col(
            "article_id",
            Text,
            true,
            "The article (articles.article_id).",
        ),
        col("sentence", Text, true, "The sentence stating it, verbatim."),
    ],
};

/// The `people` table: One row per person.
pub static PEOPLE: TableSchema = TableSchema {
    name: "people",
    description: "One person, merged across articles.",
    sort_order: "name, person_id",
    primary_key: &["person_id"],
    foreign_keys: &[],
    columns: &[
        col(
            "person_id",
            Text,
            true,
            "Stable id, hashed from the canonical name.",
        ),
        col(
            "name",
            Text,
            true,
            "Canonical full name, in the form the articles use.",
        ),
        col("titles", TextList, false, "Every title the articles give."),
        col(
            "country_code",
            Category,
            false,
            "ISO 3166-1 alpha-3 code of the person's country.",
        ),
        col("aliases", TextList, false, "Other forms the articles use."),
        col(
            "article_ids",
            TextList,
            true,
            "Every article naming the person (articles.article_id).",
        ),
        col("mention_count", Int64, true, "Mentions over all articles."),
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_names_a_column_of_its_table() {
        for table in TABLES.iter() {
            for key in table.primary_key {
                let column = table.column(key).expect("primary key column");
                assert!(column.required, "{}.{key} must be required", table.name);
            }
            for fk in table.foreign_keys {
                let target = table_schema(fk.table).expect("target table");
                assert_eq!(
                    target.primary_key, fk.references,
                    "{} -> {}",
                    table.name, fk.table
                );
                for c in fk.columns {
                    assert!(table.column(c).is_some(), "{}.{c}", table.name);
                }
            }
        }
    }

    #[test]
    fn column_names_are_unique_within_a_table() {
        for table in TABLES.iter() {
            let mut names: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), table.columns.len(), "{}", table.name);
        }
    }

    #[test]
    fn vocabularies_spell_the_contract_values() {
        assert_eq!(Vocabulary::Precision.values(), ["day", "month", "year"]);
        assert_eq!(
            Vocabulary::QuoteKind.values(),
            ["direct", "partial", "indirect"]
        );
        assert_eq!(Vocabulary::EventType.values().len(), 13);
    }
}
