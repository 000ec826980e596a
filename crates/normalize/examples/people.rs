//! Prints the people found in texts, one JSON line per document.
//!
//! Page dumps: `cargo run -p newsfacts-normalize --example people -- raw/*.txt`
//! (each file is parsed into an article first).
//! Clean texts: `... --example people -- --jsonl < docs.jsonl`, where each
//! input line is `{"id": ..., "text": ...}` (`doc_id` also accepted).

use std::io::BufRead;
use std::process::ExitCode;

use newsfacts_normalize::people::find_people;
use newsfacts_parse::{parse_article, read_page, Article};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--jsonl") {
        return people_of_jsonl();
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
        print_people(name, &parse_article(name, &text));
    }
    status
}

fn people_of_jsonl() -> ExitCode {
    for (number, line) in std::io::stdin().lock().lines().enumerate() {
        let Ok(line) = line else {
            return ExitCode::FAILURE;
        };
        let Ok(doc) = serde_json::from_str::<serde_json::Value>(&line) else {
            eprintln!("line {}: not JSON", number + 1);
            continue;
        };
        let id = doc
            .get("id")
            .or_else(|| doc.get("doc_id"))
            .and_then(|v| v.as_str())
            .unwrap_or("");
        let text = doc.get("text").and_then(|v| v.as_str()).unwrap_or("");
        print_people(id, &Article::from_text(id, text));
    }
    ExitCode::SUCCESS
}

fn print_people(name: &str, article: &Article) {
    let people = find_people(&article.text, &article.sentences);
    let line = serde_json::json!({ "source_file": name, "people": people });
    println!("{line}");
}
