//! The `newsfacts quotes` protocol without the rest of the pipeline:
//! `cargo run --release -p newsfacts-extract --example quotes_jsonl < docs.jsonl`.

fn main() -> std::io::Result<()> {
    let stdout = std::io::BufWriter::new(std::io::stdout().lock());
    newsfacts_extract::quotes::quote_json_lines(std::io::stdin().lock(), stdout)
}
