//! The `newsfacts timex` protocol without the rest of the pipeline:
//! `cargo run --release -p newsfacts-normalize --example timex_jsonl < docs.jsonl`.

fn main() -> std::io::Result<()> {
    let stdout = std::io::BufWriter::new(std::io::stdout().lock());
    newsfacts_normalize::timex::tag_json_lines(std::io::stdin().lock(), stdout)
}
