//! The quotations of raw article files through parse, annotate and
//! `find_quotes`, one JSON line per quotation:
//! `cargo run -p newsfacts-extract --example article_quotes -- raw/*.txt`.

use newsfacts_extract::quotes::find_quotes;

fn main() -> std::io::Result<()> {
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path)?;
        let page = newsfacts_parse::decode(&bytes).map_err(std::io::Error::other)?;
        let article = newsfacts_parse::parse_article(&path, &page);
        let annotations = newsfacts_normalize::annotate(&article);
        let events = newsfacts_extract::events::find_event_mentions(&article, &annotations);
        for quote in find_quotes(&article, &annotations, &events) {
            let line = serde_json::json!({ "file": path, "quote": quote });
            println!("{line}");
        }
    }
    Ok(())
}
