//! Poll shares, ranks and figures of every article in a folder, as JSON:
//! `cargo run -p newsfacts-extract --example stats -- raw/`.

use std::path::Path;

use newsfacts_extract::stats::find_statistics;
use newsfacts_normalize::annotate;
use newsfacts_parse::{parse_article, read_page};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let folder = std::env::args().nth(1).unwrap_or_else(|| "raw".to_owned());
    let mut paths: Vec<_> = std::fs::read_dir(Path::new(&folder))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    for path in paths {
        let page = read_page(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let article = parse_article(&name, &page);
        let stats = find_statistics(&article, &annotate(&article));
        let json = serde_json::json!({
            "source_file": name,
            "poll_results": stats.polls,
            "gender_gap_ranks": stats.ranks,
            "figures": stats.figures,
        });
        println!("{}", serde_json::to_string_pretty(&json)?);
    }
    Ok(())
}
