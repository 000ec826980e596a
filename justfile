# newsfacts tasks. `just --list` shows them all.

# Where the shared yardsticks live (gold annotations, benchmarks, scorers).
shared := env_var_or_default("NEWSFACTS_SHARED", "../shared")
python := env_var_or_default("PYTHON", "python3")

# Build the release binary and every table from raw/ into output/.
build-datasets:
    cargo build --release --locked
    cargo run --release --locked --quiet -- build --raw raw --out output

# Everything CI runs: lint, every unit, doc and end-to-end test, then the interop check.
test: lint
    cargo test --workspace --locked
    just check-interop

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


# TempEval-3 dates: tag train.jsonl, score DATE+DURATION and all types, print docs/s.
bench-timex:
    #!/usr/bin/env bash
    set -euo pipefail
    cargo build --release --locked --quiet
    mkdir -p target/bench
    gold={{shared}}/benchmarks/timex/train.jsonl
    start=$(date +%s.%N)
    cargo run --release --locked --quiet -- timex < "$gold" > target/bench/timex.jsonl
    end=$(date +%s.%N)
    {{python}} {{shared}}/benchmarks/score_timex.py "$gold" target/bench/timex.jsonl --types DATE,DURATION
    {{python}} {{shared}}/benchmarks/score_timex.py "$gold" target/bench/timex.jsonl
    docs=$(wc -l < "$gold")
    {{python}} -c "print(f'timex: {$docs} documents in {$end - $start:.2f} s = {$docs / ($end - $start):.1f} documents/s')"

# PolNeAR quotations: extract from train, score all kinds and direct only, print articles/s.
bench-quotes:
    #!/usr/bin/env bash
    set -euo pipefail
    cargo build --release --locked --quiet
    mkdir -p target/bench
    gold={{shared}}/benchmarks/quotes/polnear.train.jsonl
    start=$(date +%s.%N)
    cargo run --release --locked --quiet -- quotes < "$gold" > target/bench/quotes.jsonl
    end=$(date +%s.%N)
    {{python}} {{shared}}/benchmarks/score_quotes.py "$gold" target/bench/quotes.jsonl
    {{python}} {{shared}}/benchmarks/score_quotes.py "$gold" target/bench/quotes.jsonl --kinds direct
    docs=$(wc -l < "$gold")
    {{python}} -c "print(f'quotes: {$docs} articles in {$end - $start:.2f} s = {$docs / ($end - $start):.1f} articles/s')"

# Read every table with pyarrow, pandas, polars and DuckDB, join every foreign key, validate the data package (Python venv in .venv). Checks a fresh build, or DIR if given.
check-interop dir="":
    #!/usr/bin/env bash
    set -euo pipefail
    if [ ! -x .venv/bin/python ]; then {{python}} -m venv .venv; fi
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -r scripts/interop-requirements.txt
    dir="{{dir}}"
    if [ -z "$dir" ]; then
        dir=$(mktemp -d)
        trap 'rm -rf "$dir"' EXIT
        cargo run --locked --quiet -- build --raw raw --out "$dir"
    fi
    .venv/bin/python scripts/check_interop.py "$dir"

# Build the red-team articles (tests/data/unseen, other outlets than the seeds) into target/unseen and score them against their hand gold (tests/data/unseen-gold). Pass --verbose for every miss.
score-unseen *args:
    cargo run --release --locked --quiet -- build --raw tests/data/unseen --out target/unseen
    {{python}} {{shared}}/eval/score_articles.py --gold tests/data/unseen-gold --out target/unseen {{args}}

# Build the second held-out set (tests/data/holdout, outlets and layouts nobody tuned on) into target/holdout and score it against its blind hand gold (tests/data/holdout-gold). Pass --verbose for every miss.
score-holdout *args:
    cargo run --release --locked --quiet -- build --raw tests/data/holdout --out target/holdout
    {{python}} {{shared}}/eval/score_articles.py --gold tests/data/holdout-gold --out target/holdout {{args}}

# Scaling check: one article of 0.5, 1 and 2 MB (seed prose on one line, and one paragraph a line) built alone; prints seconds per MB, which should stay flat.
bench-scale:
    #!/usr/bin/env bash
    set -euo pipefail
    cargo build --release --locked --quiet
    rm -rf target/bench/scale
    {{python}} scripts/scale_inputs.py raw crates/parse/data/boilerplate.txt target/bench/scale/pages 0.5 1 2
    newsfacts="${CARGO_TARGET_DIR:-target}/release/newsfacts"
    for mode in line para; do
        for size in 0.5 1 2; do
            start=$(date +%s.%N)
            "$newsfacts" build --raw target/bench/scale/pages/$mode-$size --out target/bench/scale/out 2> /dev/null
            end=$(date +%s.%N)
            {{python}} -c "print(f'scale: $mode {$size:g} MB in {$end - $start:.2f} s = {($end - $start) / $size:.2f} s/MB')"
        done
    done

# Build the newest held-out set (tests/data/holdout2: wire, business, UK poll, index ranking, feature and brief pages nobody tuned on) into target/holdout2 and score it against its blind hand gold (tests/data/holdout2-gold). Pass --verbose for every miss.
score-holdout2 *args:
    cargo run --release --locked --quiet -- build --raw tests/data/holdout2 --out target/holdout2
    {{python}} {{shared}}/eval/score_articles.py --gold tests/data/holdout2-gold --out target/holdout2 {{args}}
