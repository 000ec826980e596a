//! Parses one page dump and prints the article as pretty JSON, without
//! building the rest of the pipeline.
//!
//! ```text
//! cargo run -p newsfacts-parse --example article -- PAGE.txt
//! ```

use std::path::PathBuf;

use newsfacts_parse::{parse_article, read_page};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .ok_or("usage: article PAGE")?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = read_page(&path)?;
    let article = parse_article(&name, &text);
    println!("{}", serde_json::to_string_pretty(&article)?);
    Ok(())
}
