//! Prints the quantities and places found in each raw page dump, one JSON
//! line per file.
//!
//! `cargo run -p newsfacts-normalize --example quantities -- raw/*.txt`

use std::process::ExitCode;

use newsfacts_normalize::numbers::find_quantities;
use newsfacts_normalize::places::Gazetteer;
use newsfacts_parse::{decode, parse_article};

fn main() -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    for path in std::env::args().skip(1) {
        let text = match std::fs::read(&path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| decode(&bytes).map_err(|e| e.to_string()))
        {
            Ok(text) => text,
            Err(error) => {
                eprintln!("{path}: {error}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        let name = path.rsplit('/').next().unwrap_or(&path);
        let article = parse_article(name, &text);
        let line = serde_json::json!({
            "source_file": name,
            "quantities": find_quantities(&article.text),
            "places": Gazetteer::global().find(&article.text),
        });
        println!("{line}");
    }
    status
}
