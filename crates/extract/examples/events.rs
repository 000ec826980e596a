//! The merged events of a folder of raw pages, one JSON object a line:
//! parse, annotate and extract every file, then merge.
//!
//! `cargo run -p newsfacts-extract --example events -- raw/`
//!
//! To score events against the gold tables, build the real tables instead:
//! `newsfacts build --raw raw --out target/events`, then
//! `python3 ../shared/eval/score_articles.py --gold ../shared/gold/seeds --out target/events`.

use newsfacts_extract::{extract_article, merge::merge};
use newsfacts_normalize::annotate;
use newsfacts_parse::{parse_article, read_page};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let folder = std::env::args().nth(1).ok_or("usage: events RAW_DIR")?;
    let mut paths: Vec<_> = std::fs::read_dir(&folder)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    let mut records = Vec::new();
    for path in paths {
        let page = read_page(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let article = parse_article(name.as_deref().unwrap_or_default(), &page);
        records.push(extract_article(&article, &annotate(&article)));
    }
    for event in merge(records).events {
        println!("{}", serde_json::to_string(&event)?);
    }
    Ok(())
}
