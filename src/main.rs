//! The `newsfacts` command: flags and wiring only; every stage lives in its own crate.

use std::io::BufWriter;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

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
            let stdout = BufWriter::new(std::io::stdout().lock());
            newsfacts_normalize::timex::tag_json_lines(std::io::stdin().lock(), stdout)
                .context("newsfacts timex")?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Quotes => {
            let stdout = BufWriter::new(std::io::stdout().lock());
            newsfacts_extract::quotes::quote_json_lines(std::io::stdin().lock(), stdout)
                .context("newsfacts quotes")?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
