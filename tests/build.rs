//! End-to-end tests of `newsfacts build` on the seed articles in `raw/`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TABLES: [&str; 8] = [
    "articles",
    "events",
    "event_mentions",
    "quotes",
    "poll_results",
    "gender_gap_ranks",
    "figures",
    "people",
];

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn newsfacts(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsfacts"))
        .args(args)
        .current_dir(workspace())
        .output()
        .expect("the newsfacts binary runs")
}

fn build(raw: &Path, out: &Path) -> Output {
    let output = newsfacts(&[
        "build",
        "--raw",
        raw.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn read_csv(path: &Path) -> (Vec<String>, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader.records().map(Result::unwrap).collect();
    (header, rows)
}

/// Every file under `dir`, as paths relative to it, sorted.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    files.sort();
    files
}

#[test]
fn build_writes_every_table_as_csv_and_parquet() {
    let out = tempfile::tempdir().unwrap();
    let output = build(&workspace().join("raw"), out.path());
    let summary = String::from_utf8_lossy(&output.stderr);
    assert!(summary.contains("files read: 5"), "{summary}");
    assert!(summary.contains("articles written: 5"), "{summary}");
    for table in TABLES {
        assert!(
            out.path().join(format!("csv/{table}.csv")).is_file(),
            "{table}.csv"
        );
        assert!(
            out.path()
                .join(format!("parquet/{table}.parquet"))
                .is_file(),
            "{table}.parquet"
        );
    }
}

#[test]
fn articles_table_has_the_contract_columns_and_one_row_per_seed() {
    let out = tempfile::tempdir().unwrap();
    build(&workspace().join("raw"), out.path());
    let (header, rows) = read_csv(&out.path().join("csv/articles.csv"));
    let contract = [
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
    ];
    assert_eq!(&header[..contract.len()], contract);
    assert_eq!(rows.len(), 5);
    let mut sources: Vec<&str> = rows.iter().map(|r| &r[1]).collect();
    sources.sort();
    assert_eq!(sources[0], "000_7c9ee5a51bed38ce.txt");
    for row in &rows {
        assert!(!row[9].is_empty(), "{} has a body", &row[1]);
        assert!(
            row[8].parse::<usize>().unwrap() > 100,
            "{} word count",
            &row[1]
        );
    }
}

#[test]
fn parquet_dates_are_real_dates() {
    use polars::prelude::*;
    let out = tempfile::tempdir().unwrap();
    build(&workspace().join("raw"), out.path());
    let file = std::fs::File::open(out.path().join("parquet/articles.parquet")).unwrap();
    let frame = ParquetReader::new(file).finish().unwrap();
    assert_eq!(frame.height(), 5);
    assert_eq!(
        frame.column("published_date").unwrap().dtype(),
        &DataType::Date
    );
}

#[test]
fn unreadable_files_are_reported_and_the_run_goes_on() {
    let raw = tempfile::tempdir().unwrap();
    let seed = workspace().join("raw/003_3a57a37acd5ed9bc.txt");
    std::fs::copy(&seed, raw.path().join("good.txt")).unwrap();
    std::fs::write(raw.path().join("latin1.txt"), b"Caf\xe9 au lait\n").unwrap();
    std::fs::write(raw.path().join("empty.txt"), b"").unwrap();
    let out = tempfile::tempdir().unwrap();
    let output = build(raw.path(), out.path());
    let summary = String::from_utf8_lossy(&output.stderr);
    assert!(summary.contains("files read: 3"), "{summary}");
    assert!(summary.contains("articles written: 1"), "{summary}");
    assert!(summary.contains("files rejected: 2"), "{summary}");
    assert!(
        summary.contains("latin1.txt") && summary.contains("invalid UTF-8"),
        "{summary}"
    );
    assert!(summary.contains("empty.txt"), "{summary}");
    let (_, rows) = read_csv(&out.path().join("csv/articles.csv"));
    assert_eq!(rows.len(), 1);
}

#[test]
fn a_missing_raw_folder_fails_with_its_name() {
    let out = tempfile::tempdir().unwrap();
    let output = newsfacts(&[
        "build",
        "--raw",
        "no/such/folder",
        "--out",
        out.path().to_str().unwrap(),
    ]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("no/such/folder"));
}

#[test]
fn every_traceable_row_quotes_its_article_verbatim() {
    let out = tempfile::tempdir().unwrap();
    build(&workspace().join("raw"), out.path());
    let (_, articles) = read_csv(&out.path().join("csv/articles.csv"));
    let text_of = |id: &str| -> String {
        articles
            .iter()
            .find(|a| &a[0] == id)
            .map(|a| a[9].to_owned())
            .unwrap_or_else(|| panic!("unknown article {id}"))
    };
    for table in [
        "event_mentions",
        "poll_results",
        "gender_gap_ranks",
        "figures",
    ] {
        let (header, rows) = read_csv(&out.path().join(format!("csv/{table}.csv")));
        let column = |name: &str| header.iter().position(|h| h == name).unwrap();
        let (article, sentence) = (column("article_id"), column("sentence"));
        for row in &rows {
            let text = text_of(&row[article]);
            assert!(text.contains(&row[sentence]), "{table}: {}", &row[sentence]);
        }
    }
    let (header, quotes) = read_csv(&out.path().join("csv/quotes.csv"));
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    for row in &quotes {
        let text: Vec<char> = text_of(&row[column("article_id")]).chars().collect();
        let start: usize = row[column("char_start")].parse().unwrap();
        let end: usize = row[column("char_end")].parse().unwrap();
        let span: String = text[start..end].iter().collect();
        assert_eq!(span, row[column("quote_text")]);
    }
}

/// `output/` is committed so readers can take the tables without building;
/// this proves a fresh build reproduces it byte for byte.
#[test]
fn committed_outputs_are_reproduced_byte_for_byte() {
    let committed = workspace().join("output");
    let out = tempfile::tempdir().unwrap();
    build(&workspace().join("raw"), out.path());
    let fresh_files = files_under(out.path());
    assert_eq!(
        files_under(&committed),
        fresh_files,
        "output/ lists other files than a fresh build: run `just build-datasets`"
    );
    for file in fresh_files {
        let fresh = std::fs::read(out.path().join(&file)).unwrap();
        let kept = std::fs::read(committed.join(&file)).unwrap();
        assert!(
            fresh == kept,
            "output/{} differs from a fresh build: run `just build-datasets`",
            file.display()
        );
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let (first, second) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    build(&workspace().join("raw"), first.path());
    build(&workspace().join("raw"), second.path());
    for file in files_under(first.path()) {
        assert_eq!(
            std::fs::read(first.path().join(&file)).unwrap(),
            std::fs::read(second.path().join(&file)).unwrap(),
            "{}",
            file.display()
        );
    }
}

#[test]
fn parse_prints_one_article_as_json() {
    let output = newsfacts(&["parse", "raw/004_9730816149b5759b.txt"]);
    assert!(output.status.success());
    let article: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(article["source_file"], "004_9730816149b5759b.txt");
    assert!(article["sentences"].as_array().unwrap().len() > 5);
}

#[test]
fn timex_answers_one_line_per_document() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsfacts"))
        .arg("timex")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            b"{\"doc_id\": \"a\", \"dct\": \"2025-06-23\", \"text\": \"It was signed on June 22, 1965.\"}\n\
              {\"doc_id\": \"b\", \"dct\": null, \"text\": \"Nothing here.\"}\n",
        )
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["doc_id"], "a");
    assert_eq!(lines[0]["timexes"][0]["value"], "1965-06-22");
    assert_eq!(lines[0]["timexes"][0]["type"], "DATE");
    assert_eq!(lines[1]["timexes"].as_array().unwrap().len(), 0);
}
