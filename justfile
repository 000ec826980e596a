# newsfacts tasks. `just --list` shows them all.

# Where the shared yardsticks live (gold annotations, benchmarks, scorers).
shared := env_var_or_default("NEWSFACTS_SHARED", "../shared")
python := env_var_or_default("PYTHON", "python3")

# Build the release binary and every table from raw/ into output/.
build-datasets:
    cargo build --release --locked
    cargo run --release --locked --quiet -- build --raw raw --out output

# Everything CI runs: lint, then every test.
test: lint
    cargo test --workspace --locked

# Formatting and clippy, warnings as errors.
lint:
    cargo fmt --all --check
    cargo clippy --workspace --all-targets --locked -- -D warnings

# Score output/ against the hand annotations of the seeds.
score:
    {{python}} {{shared}}/eval/score_articles.py --gold {{shared}}/gold/seeds --out output

# Same, with every missed and spurious row.
score-verbose:
    {{python}} {{shared}}/eval/score_articles.py --gold {{shared}}/gold/seeds --out output --verbose

# Body extraction on the article-body benchmark (94 pages, 66 outlets).
bench-body:
    cargo build --release --locked
    rm -rf target/bench/body
    cargo run --release --locked --quiet -- build --raw {{shared}}/benchmarks/body/pages --out target/bench/body
    {{python}} {{shared}}/benchmarks/score_body.py {{shared}}/benchmarks/body/gold.jsonl --articles-csv target/bench/body/csv/articles.csv
