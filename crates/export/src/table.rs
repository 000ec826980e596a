//! The dataset as typed, sorted rows: one [`Table`] per [`TableSchema`].

use std::cmp::Ordering;

use chrono::NaiveDate;
use newsfacts_extract::merge::{
    poll_id, ArticleRow, Dataset, Event, EventMentionRow, PersonRow, QuoteRow, Row,
};
use newsfacts_extract::records::{Figure, PollResult, Rank};
use newsfacts_parse::PartialDate;

use crate::schema::{self, ColumnType, TableSchema};

/// One value of one row. Empty texts are [`Cell::Null`]: a CSV cannot tell
/// them apart, so neither does the Parquet file.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// No value.
    Null,
    /// A text (never empty).
    Text(String),
    /// A calendar date.
    Date(NaiveDate),
    /// An integer.
    Int(i64),
    /// A finite number (rows whose number is not finite are left out:
    /// a figure that is not a number states nothing).
    Float(f64),
    /// A list of texts (possibly empty).
    List(Vec<String>),
}

impl Cell {
    fn text(value: &str) -> Cell {
        if value.is_empty() {
            Cell::Null
        } else {
            Cell::Text(value.to_owned())
        }
    }

    fn opt_text(value: Option<&str>) -> Cell {
        value.map_or(Cell::Null, Cell::text)
    }

    fn opt_date(value: Option<NaiveDate>) -> Cell {
        value.map_or(Cell::Null, Cell::Date)
    }

    fn count(value: usize) -> Cell {
        i64::try_from(value).map_or(Cell::Null, Cell::Int)
    }

    fn opt_int(value: Option<impl Into<i64>>) -> Cell {
        value.map_or(Cell::Null, |v| Cell::Int(v.into()))
    }

    /// Non-finite numbers (a failed parse upstream) are not values.
    fn float(value: f64) -> Cell {
        if value.is_finite() {
            Cell::Float(value)
        } else {
            Cell::Null
        }
    }

    fn list(values: &[String]) -> Cell {
        Cell::List(values.to_vec())
    }

    /// Whether this cell may sit in a column of type `column_type`.
    pub fn fits(&self, column_type: ColumnType) -> bool {
        matches!(
            (self, column_type),
            (Cell::Null, _)
                | (Cell::Text(_), ColumnType::Text | ColumnType::Category)
                | (Cell::Date(_), ColumnType::Date)
                | (Cell::Int(_), ColumnType::Int32 | ColumnType::Int64)
                | (Cell::Float(_), ColumnType::Float64)
                | (Cell::List(_), ColumnType::TextList)
        )
    }
}

/// A partial date as its two columns: the first day and the precision.
fn partial_date(value: Option<PartialDate>) -> [Cell; 2] {
    match value {
        Some(d) => [Cell::Date(d.date), Cell::text(d.precision.as_str())],
        None => [Cell::Null, Cell::Null],
    }
}

/// One table's rows, sorted, each with one cell per schema column.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The table's schema.
    pub schema: &'static TableSchema,
    /// The rows, in the schema's sort order.
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    fn build<T>(
        schema: &'static TableSchema,
        mut records: Vec<&T>,
        order: impl Fn(&T, &T) -> Ordering,
        cells: impl Fn(&T) -> Vec<Cell>,
    ) -> Table {
        records.sort_by(|a, b| order(a, b));
        Table {
            schema,
            rows: records.into_iter().map(cells).collect(),
        }
    }
}

/// Undated last, so a timeline reads from the first known date.
fn dates_first(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Every table of `dataset`, in [`schema::TABLES`] order, rows sorted.
pub fn tables(dataset: &Dataset) -> Vec<Table> {
    vec![
        articles(dataset),
        events(dataset),
        event_mentions(dataset),
        quotes(dataset),
        poll_results(dataset),
        gender_gap_ranks(dataset),
        figures(dataset),
        people(dataset),
    ]
}

fn articles(dataset: &Dataset) -> Table {
    Table::build(
        &schema::ARTICLES,
        dataset.articles.iter().collect(),
        |a: &ArticleRow, b| {
            (&a.article.source_file, &a.article_id).cmp(&(&b.article.source_file, &b.article_id))
        },
        |row| {
            let a = &row.article;
            let [published_date, published_precision] = partial_date(a.published);
            vec![
                Cell::text(&row.article_id),
                Cell::text(&a.source_file),
                Cell::opt_text(a.outlet.as_deref()),
                Cell::opt_text(a.title.as_deref()),
                Cell::opt_text(a.author.as_deref()),
                published_date,
                published_precision,
                Cell::opt_text(a.dateline.as_deref()),
                Cell::count(a.word_count()),
                Cell::text(&a.text),
                Cell::opt_text(a.published.map(|_| {
                    if a.published_year_inferred {
                        schema::DATE_FROM_DATELINE_AND_CRAWL
                    } else {
                        schema::DATE_FROM_PAGE
                    }
                })),
            ]
        },
    )
}

fn events(dataset: &Dataset) -> Table {
    Table::build(
        &schema::EVENTS,
        dataset.events.iter().collect(),
        |a: &Event, b| {
            dates_first(a.date_start, b.date_start)
                .then(a.event_type.cmp(&b.event_type))
                .then(a.event_id.cmp(&b.event_id))
        },
        |e| {
            vec![
                Cell::text(&e.event_id),
                Cell::opt_date(e.date_start),
                Cell::opt_date(e.date_end),
                Cell::opt_text(e.date_precision.map(|p| p.as_str())),
                Cell::text(e.event_type.as_str()),
                Cell::text(&e.summary),
                Cell::opt_text(e.location.as_deref()),
                Cell::opt_text(e.country_code.as_deref()),
                Cell::list(&e.participants),
                Cell::text(e.status.as_str()),
                Cell::list(&e.article_ids),
                Cell::count(e.mention_count),
            ]
        },
    )
}

fn event_mentions(dataset: &Dataset) -> Table {
    Table::build(
        &schema::EVENT_MENTIONS,
        dataset.event_mentions.iter().collect(),
        |a: &EventMentionRow, b| {
            (&a.article_id, a.char_start, &a.event_id).cmp(&(
                &b.article_id,
                b.char_start,
                &b.event_id,
            ))
        },
        |m| {
            vec![
                Cell::text(&m.event_id),
                Cell::text(&m.article_id),
                Cell::text(&m.sentence),
                Cell::count(m.char_start),
                Cell::count(m.char_end),
                Cell::opt_text(m.date_expression.as_deref()),
            ]
        },
    )
}

fn quotes(dataset: &Dataset) -> Table {
    Table::build(
        &schema::QUOTES,
        dataset.quotes.iter().collect(),
        |a: &QuoteRow, b| {
            (&a.article_id, a.quote.char_start, &a.quote_id).cmp(&(
                &b.article_id,
                b.quote.char_start,
                &b.quote_id,
            ))
        },
        |row| {
            let q = &row.quote;
            let [said_on, said_on_precision] = partial_date(q.said_on);
            vec![
                Cell::text(&row.quote_id),
                Cell::text(&row.article_id),
                Cell::opt_text(q.speaker.as_deref()),
                Cell::opt_text(q.speaker_title.as_deref()),
                Cell::opt_text(q.speaker_country.as_deref()),
                Cell::text(&q.text),
                Cell::text(q.kind.as_str()),
                Cell::opt_text(q.cue.as_deref()),
                said_on,
                said_on_precision,
                Cell::opt_text(row.event_id.as_deref()),
                Cell::count(q.char_start),
                Cell::count(q.char_end),
                Cell::text(&row.cluster_id),
            ]
        },
    )
}

/// Rows of an article-level table keep their order of appearance within
/// each article (the sort is stable).
fn by_article<T>(a: &Row<T>, b: &Row<T>) -> Ordering {
    a.article_id.cmp(&b.article_id)
}

fn poll_results(dataset: &Dataset) -> Table {
    Table::build(
        &schema::POLL_RESULTS,
        dataset
            .polls
            .iter()
            .filter(|r| r.record.share_pct.is_finite())
            .collect(),
        by_article::<PollResult>,
        |row| {
            let p = &row.record;
            let [fieldwork_start, fieldwork_precision] = partial_date(p.fieldwork);
            vec![
                Cell::text(&poll_id(&row.article_id, p)),
                Cell::opt_text(p.pollster.as_deref()),
                fieldwork_start,
                fieldwork_precision,
                Cell::opt_text(p.population_country.as_deref()),
                Cell::opt_text(p.question.as_deref()),
                Cell::opt_text(p.answer.as_deref()),
                Cell::float(p.share_pct),
                Cell::text(&row.article_id),
                Cell::text(&p.sentence),
                Cell::text(&row.id),
            ]
        },
    )
}

fn gender_gap_ranks(dataset: &Dataset) -> Table {
    Table::build(
        &schema::GENDER_GAP_RANKS,
        dataset.ranks.iter().collect(),
        |a: &Row<Rank>, b| {
            let (x, y) = (&a.record, &b.record);
            (
                &x.report,
                x.edition_year,
                x.rank,
                &x.country,
                &a.article_id,
                &a.id,
            )
                .cmp(&(
                    &y.report,
                    y.edition_year,
                    y.rank,
                    &y.country,
                    &b.article_id,
                    &b.id,
                ))
        },
        |row| {
            let r = &row.record;
            vec![
                Cell::text(&r.report),
                Cell::opt_text(r.publisher.as_deref()),
                Cell::opt_int(r.edition_year),
                Cell::text(&r.country),
                Cell::opt_text(r.country_code.as_deref()),
                Cell::Int(r.rank.into()),
                Cell::opt_int(r.out_of),
                Cell::text(&row.article_id),
                Cell::text(&r.sentence),
                Cell::text(&row.id),
            ]
        },
    )
}

fn figures(dataset: &Dataset) -> Table {
    Table::build(
        &schema::FIGURES,
        dataset
            .figures
            .iter()
            .filter(|r| r.record.value.is_finite())
            .collect(),
        by_article::<Figure>,
        |row| {
            let f = &row.record;
            let [date, date_precision] = partial_date(f.date);
            vec![
                Cell::text(&row.id),
                Cell::float(f.value),
                Cell::opt_text(f.unit.as_deref()),
                Cell::opt_text(f.measure.as_deref()),
                date,
                date_precision,
                Cell::opt_text(f.country_code.as_deref()),
                Cell::text(&row.article_id),
                Cell::text(&f.sentence),
            ]
        },
    )
}

fn people(dataset: &Dataset) -> Table {
    Table::build(
        &schema::PEOPLE,
        dataset.people.iter().collect(),
        |a: &PersonRow, b| (&a.name, &a.person_id).cmp(&(&b.name, &b.person_id)),
        |p| {
            vec![
                Cell::text(&p.person_id),
                Cell::text(&p.name),
                Cell::list(&p.titles),
                Cell::opt_text(p.country_code.as_deref()),
                Cell::list(&p.aliases),
                Cell::list(&p.article_ids),
                Cell::count(p.mention_count),
            ]
        },
    )
}
