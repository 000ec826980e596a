//! The `newsfacts` command: flags and wiring only; every stage lives in its own crate.

use std::io::{BufRead, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use serde::{Deserialize, Serialize};

/// Turns raw news page dumps into tables of events, quotes and statistics.
#[derive(Parser)]
#[command(name = "newsfacts", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build every table from the raw page dumps under --raw into --out.
    Build {
        /// Folder of raw page dumps (read recursively).
        #[arg(long)]
        raw: PathBuf,
        /// Output folder (gets csv/ and parquet/).
        #[arg(long)]
        out: PathBuf,
    },
    /// Print one parsed article as pretty JSON.
    Parse {
        /// A raw page dump.
        file: PathBuf,
    },
    /// Tag temporal expressions: JSON lines {"doc_id", "dct", "text"} on stdin.
    Timex,
    /// Extract quotations: JSON lines {"id", "text"} on stdin.
    Quotes,
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("newsfacts: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Build { raw, out } => {
            let report = newsfacts_pipeline::build(&raw, &out)?;
            eprint!("{report}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Parse { file } => {
            let source_file = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let article = newsfacts_pipeline::read_article(&file, &source_file)
                .map_err(|r| anyhow::anyhow!("{}: {}", r.path.display(), r.reason))?;
            println!("{}", serde_json::to_string_pretty(&article)?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Timex => {
            json_lines(|doc: TimexInput| {
                let dct = doc.dct.as_deref().and_then(chrono_date);
                TimexOutput {
                    timexes: newsfacts_normalize::timex::tag_timexes(&doc.text, dct),
                    doc_id: doc.doc_id,
                }
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Quotes => {
            json_lines(|doc: QuotesInput| QuotesOutput {
                quotes: newsfacts_extract::quotes::quotes_in_text(&doc.text),
                id: doc.id,
            })?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn chrono_date(text: &str) -> Option<newsfacts_normalize::timex::NaiveDate> {
    newsfacts_normalize::timex::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// Maps each JSON line of stdin to one JSON line of stdout.
fn json_lines<I, O>(mut map: impl FnMut(I) -> O) -> Result<()>
where
    I: for<'de> Deserialize<'de>,
    O: Serialize,
{
    let stdin = std::io::stdin().lock();
    let mut stdout = BufWriter::new(std::io::stdout().lock());
    for (number, line) in stdin.lines().enumerate() {
        let line = line.context("cannot read stdin")?;
        if line.trim().is_empty() {
            continue;
        }
        let input: I = serde_json::from_str(&line)
            .with_context(|| format!("stdin line {}: not a valid input object", number + 1))?;
        serde_json::to_writer(&mut stdout, &map(input))?;
        stdout.write_all(b"\n")?;
    }
    stdout.flush()?;
    Ok(())
}

#[derive(Deserialize)]
struct TimexInput {
    doc_id: String,
    dct: Option<String>,
    text: String,
}

#[derive(Serialize)]
struct TimexOutput {
    doc_id: String,
    timexes: Vec<newsfacts_normalize::timex::Timex>,
}

#[derive(Deserialize)]
struct QuotesInput {
    id: String,
    text: String,
}

#[derive(Serialize)]
struct QuotesOutput {
    id: String,
    quotes: Vec<newsfacts_extract::quotes::QuoteSpan>,
}
