//! The `newsfacts` command: flags and wiring only; every stage lives in its own crate.

use std::io::{BufWriter, Write};
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
        // A reader that stops early (`newsfacts parse f | head`) is not an error.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsfacts: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Whether the error comes from writing to a pipe whose reader has gone.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        let kind = cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
            .or_else(|| {
                cause
                    .downcast_ref::<serde_json::Error>()
                    .and_then(serde_json::Error::io_error_kind)
            });
        kind == Some(std::io::ErrorKind::BrokenPipe)
    })
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
            let mut stdout = std::io::stdout().lock();
            serde_json::to_writer_pretty(&mut stdout, &article)?;
            writeln!(stdout)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_pipe_is_recognised_through_context() {
        let gone = std::io::Error::from(std::io::ErrorKind::BrokenPipe);
        let wrapped = anyhow::Error::from(gone).context("newsfacts timex");
        assert!(is_broken_pipe(&wrapped));
        let json = serde_json::Error::io(std::io::Error::from(std::io::ErrorKind::BrokenPipe));
        assert!(is_broken_pipe(&anyhow::Error::from(json)));
        let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
        assert!(!is_broken_pipe(&anyhow::Error::from(missing)));
    }
}
