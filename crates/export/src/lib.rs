//! Typed tables from newsfacts records, written atomically as CSV, Parquet,
//! a workbook, charts and a Frictionless data package.
//!
//! This is the last stage of newsfacts: a merged
//! [`Dataset`] in, files out. Every table
//! is defined once in [`schema::TABLES`] (columns, types, keys,
//! descriptions); [`table::tables`] turns a dataset into sorted rows of typed
//! cells, and the writers turn those into `csv/<table>.csv`,
//! `parquet/<table>.parquet`, `xlsx/newsfacts.xlsx`, `figures/*.svg` and
//! `datapackage.json`. The README's data dictionary comes from
//! [`data_dictionary_markdown`].
//!
//! ```
//! use newsfacts_extract::merge::Dataset;
//!
//! let out = tempfile::tempdir()?;
//! let rows = newsfacts_export::write_dataset(&Dataset::default(), out.path())?;
//! assert_eq!(rows[0], ("articles".to_owned(), 0));
//! assert!(out.path().join("parquet/quotes.parquet").is_file());
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod charts;
mod csv_file;
mod dictionary;
mod output;
mod package;
mod parquet_file;
pub mod schema;
pub mod table;
mod workbook;

use std::fmt;
use std::path::{Path, PathBuf};

use newsfacts_extract::merge::Dataset;

pub use charts::charts;
pub use csv_file::{cell_text, write_csv, LIST_SEPARATOR};
pub use dictionary::data_dictionary_markdown;
pub use package::data_package_json;
pub use parquet_file::{data_frame, write_parquet};
pub use workbook::workbook_bytes;

/// Why the tables could not be written: the file or folder, and the cause.
/// When it is returned, the previous outputs under the output folder are intact.
#[derive(Debug)]
pub struct ExportError {
    /// The file or folder being written.
    pub path: PathBuf,
    /// What went wrong.
    pub reason: String,
}

impl ExportError {
    fn new(path: &Path, reason: impl fmt::Display) -> Self {
        ExportError {
            path: path.to_path_buf(),
            reason: reason.to_string(),
        }
    }
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for ExportError {}

/// Writes every table of `dataset` under `out_dir` (`csv/`, `parquet/`,
/// `xlsx/newsfacts.xlsx`, `figures/*.svg`, `datapackage.json`), replacing
/// the previous ones only once all are written; returns the rows per table,
/// in [`schema::TABLES`] order.
pub fn write_dataset(
    dataset: &Dataset,
    out_dir: &Path,
) -> Result<Vec<(String, usize)>, ExportError> {
    let tables = table::tables(dataset);
    let staging = output::Staging::new(out_dir)?;
    let mut csv_files = Vec::with_capacity(tables.len());
    for table in &tables {
        let name = table.schema.name;
        let csv_path = format!("csv/{name}.csv");
        let mut csv = Vec::new();
        write_csv(table, &mut csv).map_err(|e| ExportError::new(&out_dir.join(&csv_path), e))?;
        staging.write_bytes(&csv_path, &csv)?;
        staging.write(&format!("parquet/{name}.parquet"), |file| {
            write_parquet(table, file).map_err(|e| e.to_string())
        })?;
        csv_files.push((table.rows.len(), csv));
    }
    let workbook =
        workbook_bytes(&tables).map_err(|e| ExportError::new(&out_dir.join(WORKBOOK_FILE), e))?;
    staging.write_bytes(WORKBOOK_FILE, &workbook)?;
    let figures = charts(&tables).map_err(|e| ExportError::new(&out_dir.join("figures"), e))?;
    for (name, svg) in figures {
        staging.write_bytes(&format!("figures/{name}"), svg.as_bytes())?;
    }
    let package = data_package_json(&csv_files)
        .map_err(|e| ExportError::new(&out_dir.join(PACKAGE_FILE), e))?;
    staging.write_bytes(PACKAGE_FILE, package.as_bytes())?;
    staging.publish(&["csv", "parquet", "xlsx", "figures", PACKAGE_FILE])?;
    Ok(tables
        .iter()
        .map(|t| (t.schema.name.to_owned(), t.rows.len()))
        .collect())
}

/// The data package's file name, directly under the output folder.
pub const PACKAGE_FILE: &str = "datapackage.json";

/// The workbook's path under the output folder.
pub const WORKBOOK_FILE: &str = "xlsx/newsfacts.xlsx";

#[cfg(test)]
mod sample;

#[cfg(test)]
mod tests {
    use super::*;
    use polars::prelude::*;

    /// The contract's columns (DATA_CONTRACT.md), in its order.
    const CONTRACT: [(&str, &[&str]); 8] = [
        (
            "articles",
            &[
                "article_id",
                "source_file",
                "outlet",
                "title",
                "author",
                "published_date",
                "published_precision",
                "dateline",
                "word_count",
                "text",
            ],
        ),
        (
            "events",
            &[
                "event_id",
                "date_start",
                "date_end",
                "date_precision",
                "event_type",
                "summary",
                "location",
                "country_code",
                "participants",
                "status",
                "article_ids",
                "mention_count",
            ],
        ),
        (
            "event_mentions",
            &[
                "event_id",
                "article_id",
                "sentence",
                "char_start",
                "char_end",
                "date_expression",
            ],
        ),
        (
            "quotes",
            &[
                "quote_id",
                "article_id",
                "speaker",
                "speaker_title",
                "speaker_country",
                "quote_text",
                "kind",
                "cue",
                "said_on",
                "said_on_precision",
                "event_id",
                "char_start",
                "char_end",
                "cluster_id",
            ],
        ),
        (
            "poll_results",
            &[
                "poll_id",
                "pollster",
                "fieldwork_start",
                "fieldwork_precision",
                "population_country",
                "question",
                "answer",
                "share_pct",
                "article_id",
                "sentence",
            ],
        ),
        (
            "gender_gap_ranks",
            &[
                "report",
                "publisher",
                "edition_year",
                "country",
                "country_code",
                "rank",
                "out_of",
                "article_id",
                "sentence",
            ],
        ),
        (
            "figures",
            &[
                "figure_id",
                "value",
                "unit",
                "measure",
                "date",
                "date_precision",
                "country_code",
                "article_id",
                "sentence",
            ],
        ),
        (
            "people",
            &[
                "person_id",
                "name",
                "titles",
                "country_code",
                "aliases",
                "article_ids",
                "mention_count",
            ],
        ),
    ];

    fn read_csv(path: &Path) -> Vec<csv::StringRecord> {
        let mut reader = csv::Reader::from_path(path).expect("csv opens");
        let mut rows = vec![reader.headers().expect("header").clone()];
        rows.extend(reader.records().map(|r| r.expect("csv row")));
        rows
    }

    fn read_parquet(path: &Path) -> DataFrame {
        let file = std::fs::File::open(path).expect("parquet opens");
        ParquetReader::new(file).finish().expect("parquet reads")
    }

    #[test]
    fn every_table_starts_with_the_contract_columns_in_both_formats() {
        let out = tempfile::tempdir().expect("tempdir");
        let rows = write_dataset(&sample::dataset(), out.path()).expect("written");
        let names: Vec<&str> = rows.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, CONTRACT.map(|(n, _)| n));
        for (name, contract) in CONTRACT {
            let csv = read_csv(&out.path().join(format!("csv/{name}.csv")));
            let header: Vec<&str> = csv[0].iter().collect();
            assert_eq!(&header[..contract.len()], contract, "{name}.csv");
            let frame = read_parquet(&out.path().join(format!("parquet/{name}.parquet")));
            let columns: Vec<&str> = frame
                .get_column_names()
                .into_iter()
                .map(|c| c.as_str())
                .collect();
            assert_eq!(columns, header, "{name}.parquet");
            assert_eq!(frame.height(), csv.len() - 1, "{name} rows");
        }
    }

    #[test]
    fn parquet_columns_have_real_types() {
        let out = tempfile::tempdir().expect("tempdir");
        write_dataset(&sample::dataset(), out.path()).expect("written");
        let events = read_parquet(&out.path().join("parquet/events.parquet"));
        let dtype = |name: &str| events.column(name).expect("column").dtype().clone();
        assert_eq!(dtype("date_start"), DataType::Date);
        assert_eq!(
            dtype("participants"),
            DataType::List(Box::new(DataType::String))
        );
        assert_eq!(dtype("mention_count"), DataType::Int64);
        assert!(matches!(dtype("event_type"), DataType::Enum(_, _)));
        let ranks = read_parquet(&out.path().join("parquet/gender_gap_ranks.parquet"));
        assert_eq!(
            ranks.column("rank").expect("rank").dtype(),
            &DataType::Int32
        );
        let polls = read_parquet(&out.path().join("parquet/poll_results.parquet"));
        let share = polls
            .column("share_pct")
            .expect("share")
            .f64()
            .expect("f64")
            .get(0);
        assert_eq!(share, Some(52.5));
    }

    #[test]
    fn rows_follow_the_documented_sort_keys() {
        let out = tempfile::tempdir().expect("tempdir");
        write_dataset(&sample::dataset(), out.path()).expect("written");
        let articles = read_csv(&out.path().join("csv/articles.csv"));
        assert_eq!(&articles[1][1], "a/first.txt");
        let events = read_csv(&out.path().join("csv/events.csv"));
        assert_eq!(
            &events[1][0], "e-signing",
            "dated events before undated ones"
        );
        let mentions = read_csv(&out.path().join("csv/event_mentions.csv"));
        let order: Vec<(&str, &str)> = mentions[1..].iter().map(|r| (&r[1], &r[3])).collect();
        assert_eq!(order, [("aaaa", "0"), ("aaaa", "32"), ("bbbb", "0")]);
    }

    #[test]
    fn csv_cells_keep_curly_quotes_lists_dates_and_nulls() {
        let out = tempfile::tempdir().expect("tempdir");
        write_dataset(&sample::dataset(), out.path()).expect("written");
        let quotes = read_csv(&out.path().join("csv/quotes.csv"));
        assert_eq!(&quotes[1][5], "It’s a good day — truly.");
        assert_eq!(&quotes[1][8], "2024-05-17");
        assert_eq!(&quotes[1][3], "", "a missing title is an empty field");
        let events = read_csv(&out.path().join("csv/events.csv"));
        assert_eq!(&events[1][8], "Anne Berg; ISL");
        assert_eq!(&events[2][5], "", "an empty summary is null");
        let figures = read_csv(&out.path().join("csv/figures.csv"));
        assert_eq!(&figures[1][1], "1000.0");
        assert_eq!(
            figures.len(),
            2,
            "a figure whose value is not a number is left out"
        );
        let text = std::fs::read_to_string(out.path().join("csv/articles.csv")).expect("read");
        assert!(!text.contains('\r'));
    }

    #[test]
    fn parquet_nulls_are_nulls_not_empty_strings() {
        let out = tempfile::tempdir().expect("tempdir");
        write_dataset(&sample::dataset(), out.path()).expect("written");
        let events = read_parquet(&out.path().join("parquet/events.parquet"));
        let summary = events.column("summary").expect("summary");
        assert_eq!(summary.null_count(), 1);
    }

    #[test]
    fn a_rebuild_is_byte_identical() {
        let first = tempfile::tempdir().expect("tempdir");
        let second = tempfile::tempdir().expect("tempdir");
        write_dataset(&sample::dataset(), first.path()).expect("written");
        write_dataset(&sample::dataset(), second.path()).expect("written");
        write_dataset(&sample::dataset(), second.path()).expect("rewritten in place");
        for (name, _) in CONTRACT {
            for file in [
                format!("csv/{name}.csv"),
                format!("parquet/{name}.parquet"),
                WORKBOOK_FILE.to_owned(),
            ] {
                let a = std::fs::read(first.path().join(&file)).expect("first");
                let b = std::fs::read(second.path().join(&file)).expect("second");
                assert!(a == b, "{file} differs between runs");
            }
        }
        let leftovers: Vec<_> = std::fs::read_dir(second.path())
            .expect("list")
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
            .collect();
        assert!(leftovers.is_empty(), "no staging folder left behind");
    }

    #[test]
    fn an_empty_dataset_gives_empty_typed_tables() {
        let out = tempfile::tempdir().expect("tempdir");
        let rows = write_dataset(&Dataset::default(), out.path()).expect("written");
        assert!(rows.iter().all(|(_, n)| *n == 0));
        let people = read_parquet(&out.path().join("parquet/people.parquet"));
        assert_eq!(people.height(), 0);
        assert_eq!(
            people.column("aliases").expect("aliases").dtype(),
            &DataType::List(Box::new(DataType::String))
        );
    }

    #[test]
    fn an_unwritable_output_folder_is_named_in_the_error() {
        let out = tempfile::tempdir().expect("tempdir");
        let file = out.path().join("not-a-folder");
        std::fs::write(&file, "x").expect("write");
        let error = write_dataset(&Dataset::default(), &file).expect_err("must fail");
        assert_eq!(error.path, file);
    }
}
