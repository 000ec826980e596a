//! The quotations of raw article files through parse, annotate, extraction
//! and the cross-article merge, one JSON line per `quotes` row:
//! `cargo run -p newsfacts-extract --example article_quotes -- raw/*.txt`.

use newsfacts_extract::{extract_article, merge::merge};

fn main() -> std::io::Result<()> {
    let mut records = Vec::new();
    let mut files = std::collections::BTreeMap::new();
    for path in std::env::args().skip(1) {
        let page = newsfacts_parse::read_page(path.as_ref()).map_err(std::io::Error::other)?;
        let article = newsfacts_parse::parse_article(&path, &page);
        let annotations = newsfacts_normalize::annotate(&article);
        let record = extract_article(&article, &annotations);
        files.insert(record.article_id.clone(), path);
        records.push(record);
    }
    for row in merge(records).quotes {
        let file = files.get(&row.article_id).cloned().unwrap_or_default();
        let line = serde_json::json!({
            "file": file,
            "quote_id": row.quote_id,
            "cluster_id": row.cluster_id,
            "event_id": row.event_id,
            "quote": row.quote,
        });
        println!("{line}");
    }
    Ok(())
}
