//! The seed articles of `raw/`, through parse, normalise, extract and merge:
//! the events several of them report are each one event, and no headline
//! became an event.

use std::path::Path;

use newsfacts_extract::extract_article;
use newsfacts_extract::merge::{merge, Dataset};
use newsfacts_extract::records::EventType;
use newsfacts_normalize::annotate;
use newsfacts_parse::{parse_article, read_page};

fn seeds() -> Option<Dataset> {
    let raw = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../raw");
    let mut paths: Vec<_> = std::fs::read_dir(raw)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    paths.sort();
    let mut records = Vec::new();
    for path in paths {
        let text = read_page(&path).ok()?;
        let name = path.file_name()?.to_string_lossy().into_owned();
        let article = parse_article(&name, &text);
        records.push(extract_article(&article, &annotate(&article)));
    }
    Some(merge(records))
}

fn articles_of(dataset: &Dataset, event_type: EventType, date: &str) -> usize {
    dataset
        .events
        .iter()
        .filter(|e| e.event_type == event_type)
        .filter(|e| e.date_start.map(|d| d.to_string()).as_deref() == Some(date))
        .map(|e| e.article_ids.len())
        .max()
        .unwrap_or(0)
}

#[test]
fn events_reported_by_several_seeds_are_merged() {
    let Some(dataset) = seeds() else {
        panic!("the seed articles in raw/ could not be read");
    };
    assert!(articles_of(&dataset, EventType::Anniversary, "2025-06-22") >= 3);
    assert!(articles_of(&dataset, EventType::Ceremony, "2025-06-16") >= 2);
    assert!(articles_of(&dataset, EventType::Summit, "2025-06-17") >= 2);
    assert!(articles_of(&dataset, EventType::Reception, "2025-06-19") >= 2);
}

#[test]
fn no_headline_became_an_event() {
    let Some(dataset) = seeds() else {
        panic!("the seed articles in raw/ could not be read");
    };
    for row in &dataset.event_mentions {
        let article = dataset
            .articles
            .iter()
            .find(|a| a.article_id == row.article_id)
            .expect("every mention has its article");
        assert_ne!(
            article.article.title.as_deref(),
            Some(row.sentence.as_str())
        );
        assert!(row.sentence.ends_with(['.', '!', '?', '"', '”', '’', '\'']));
    }
}
