//! Prints the quantities and places found in texts, one JSON line per
//! document.
//!
//! Page dumps: `cargo run -p newsfacts-normalize --example quantities -- raw/*.txt`.
//! Clean texts: `... --example quantities -- --jsonl < docs.jsonl`, where
//! each input line is `{"id": ..., "text": ...}` (`doc_id` also accepted).

use std::io::BufRead;
use std::process::ExitCode;

use newsfacts_normalize::numbers::find_quantities;
use newsfacts_normalize::places::Gazetteer;
use newsfacts_parse::{parse_article, read_page};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--jsonl") {
        for line in std::io::stdin().lock().lines() {
            let Ok(line) = line else {
                return ExitCode::FAILURE;
            };
            let Ok(doc) = serde_json::from_str::<serde_json::Value>(&line) else {
                continue;
            };
            let id = doc
                .get("id")
                .or_else(|| doc.get("doc_id"))
                .and_then(|v| v.as_str())
                .unwrap_or("");
            print_found(id, doc.get("text").and_then(|v| v.as_str()).unwrap_or(""));
        }
        return ExitCode::SUCCESS;
    }
    let mut status = ExitCode::SUCCESS;
    for path in args {
        let text = match read_page(path.as_ref()) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("{path}: {error}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        let name = path.rsplit('/').next().unwrap_or(&path);
        print_found(name, &parse_article(name, &text).text);
    }
    status
}

fn print_found(name: &str, text: &str) {
    let line = serde_json::json!({
        "source_file": name,
        "quantities": find_quantities(text),
        "places": Gazetteer::global().find(text),
    });
    println!("{line}");
}
