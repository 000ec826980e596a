//! Events and people of a folder of raw pages, without the rest of the
//! pipeline: parse, annotate, extract and merge every file, print the
//! events, and write the `articles`, `events` and `people` tables that the
//! article scorer reads.
//!
//! `cargo run -p newsfacts-extract --example events -- raw/ target/events`
//! then `python3 ../shared/eval/score_articles.py --gold ../shared/gold/seeds --out target/events`.

use std::error::Error;
use std::path::Path;

use newsfacts_extract::extract_article;
use newsfacts_extract::merge::{merge, Dataset};
use newsfacts_normalize::annotate;
use newsfacts_parse::{decode, parse_article};

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let raw = args.next().ok_or("usage: events RAW_DIR [OUT_DIR]")?;
    let out = args.next();
    let show_annotations = std::env::var_os("SHOW_ANNOTATIONS").is_some();
    let mut paths: Vec<_> = std::fs::read_dir(&raw)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    let mut records = Vec::new();
    for path in &paths {
        let bytes = std::fs::read(path)?;
        let text = decode(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let article = parse_article(name, &text);
        let annotations = annotate(&article);
        if show_annotations {
            print_annotations(&article, &annotations);
        }
        records.push(extract_article(&article, &annotations));
    }
    let dataset = merge(records);
    print_events(&dataset);
    if let Some(out) = out {
        write_tables(&dataset, Path::new(&out))?;
    }
    Ok(())
}

/// Every sentence with its timexes, people and places (`SHOW_ANNOTATIONS=1`).
fn print_annotations(
    article: &newsfacts_parse::Article,
    annotations: &newsfacts_normalize::Annotations,
) {
    println!(
        "== {} published {:?}",
        article.source_file, article.published
    );
    let chars: Vec<char> = article.text.chars().collect();
    let span = |s: usize, e: usize| {
        chars[s.min(chars.len())..e.min(chars.len())]
            .iter()
            .collect::<String>()
    };
    for sentence in &article.sentences {
        println!("  | {}", span(sentence.start, sentence.end));
        let inside = |s: usize| sentence.start <= s && s < sentence.end;
        for t in annotations.timexes.iter().filter(|t| inside(t.start)) {
            println!("      timex {:?} {:?} {:?}", t.text, t.kind, t.value);
        }
        for m in annotations
            .people
            .mentions
            .iter()
            .filter(|m| inside(m.start))
        {
            let name = annotations
                .people
                .persons
                .get(m.person)
                .map_or("?", |p| p.name.as_str());
            println!(
                "      person {:?} -> {name} ({:?})",
                span(m.start, m.end),
                m.form
            );
        }
        for p in annotations.places.iter().filter(|p| inside(p.start)) {
            println!("      place {:?} {} {:?}", p.text, p.code, p.kind);
        }
    }
    for p in &annotations.people.persons {
        println!(
            "  person {} {:?} {:?} {:?}",
            p.name, p.titles, p.country, p.aliases
        );
    }
}

fn print_events(dataset: &Dataset) {
    let file_of = |id: &str| {
        dataset
            .articles
            .iter()
            .find(|a| a.article_id == id)
            .map_or("?".to_owned(), |a| {
                a.article.source_file.chars().take(3).collect()
            })
    };
    for event in &dataset.events {
        let articles: Vec<String> = event.article_ids.iter().map(|id| file_of(id)).collect();
        println!(
            "{} {:<5} {:<12} {:<9} {:<24} {:<4} [{}] x{} in {}",
            event
                .date_start
                .map_or("----------".to_owned(), |d| d.to_string()),
            event.date_precision.map_or("", |p| p.as_str()),
            event.event_type.as_str(),
            event.status.as_str(),
            event.location.as_deref().unwrap_or("-"),
            event.country_code.as_deref().unwrap_or("-"),
            event.participants.join("; "),
            event.mention_count,
            articles.join(","),
        );
        for row in dataset
            .event_mentions
            .iter()
            .filter(|r| r.event_id == event.event_id)
        {
            let sentence: String = row.sentence.chars().take(110).collect();
            println!(
                "      {} [{}] {sentence}",
                file_of(&row.article_id),
                row.date_expression.as_deref().unwrap_or("")
            );
        }
    }
    println!(
        "{} events, {} people",
        dataset.events.len(),
        dataset.people.len()
    );
}

fn write_tables(dataset: &Dataset, out: &Path) -> Result<(), Box<dyn Error>> {
    let dir = out.join("csv");
    std::fs::create_dir_all(&dir)?;
    let mut articles = csv::Writer::from_path(dir.join("articles.csv"))?;
    articles.write_record(["article_id", "source_file"])?;
    for row in &dataset.articles {
        articles.write_record([row.article_id.as_str(), row.article.source_file.as_str()])?;
    }
    articles.flush()?;
    let mut events = csv::Writer::from_path(dir.join("events.csv"))?;
    events.write_record([
        "event_id",
        "date_start",
        "date_end",
        "date_precision",
        "event_type",
        "summary",
        "location",
        "country_code",
        "participants",
        "status",
        "article_ids",
        "mention_count",
    ])?;
    for e in &dataset.events {
        events.write_record([
            e.event_id.clone(),
            e.date_start.map(|d| d.to_string()).unwrap_or_default(),
            e.date_end.map(|d| d.to_string()).unwrap_or_default(),
            e.date_precision
                .map(|p| p.as_str().to_owned())
                .unwrap_or_default(),
            e.event_type.as_str().to_owned(),
            e.summary.clone(),
            e.location.clone().unwrap_or_default(),
            e.country_code.clone().unwrap_or_default(),
            e.participants.join("; "),
            e.status.as_str().to_owned(),
            e.article_ids.join("; "),
            e.mention_count.to_string(),
        ])?;
    }
    events.flush()?;
    let mut people = csv::Writer::from_path(dir.join("people.csv"))?;
    people.write_record([
        "person_id",
        "name",
        "titles",
        "country_code",
        "aliases",
        "article_ids",
        "mention_count",
    ])?;
    for p in &dataset.people {
        people.write_record([
            p.person_id.clone(),
            p.name.clone(),
            p.titles.join("; "),
            p.country_code.clone().unwrap_or_default(),
            p.aliases.join("; "),
            p.article_ids.join("; "),
            p.mention_count.to_string(),
        ])?;
    }
    people.flush()?;
    Ok(())
}
