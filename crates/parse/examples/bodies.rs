//! Parses every file of a folder and prints one JSON line per file:
//! `{"file": <file name>, "body": <article text>}`, the input of
//! `score_body.py`.
//!
//! ```text
//! cargo run --release -p newsfacts-parse --example bodies -- PAGES_DIR > bodies.jsonl
//! ```

use std::io::Write;
use std::path::PathBuf;

use newsfacts_parse::{parse_article, read_page};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .ok_or("usage: bodies PAGES_DIR")?;
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_file())
        .collect();
    paths.sort();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = match read_page(&path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("{name}: {e}");
                continue;
            }
        };
        let article = parse_article(&name, &text);
        let line = serde_json::json!({"file": name, "body": article.text});
        writeln!(out, "{line}")?;
    }
    Ok(())
}
