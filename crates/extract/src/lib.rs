//! Per-article extraction of events, quotes and statistics, and the
//! cross-article merge.
//!
//! This is the third stage of newsfacts. [`extract_article`] is a pure
//! function of one parsed article and its normaliser annotations: it returns
//! [`ArticleRecords`], which can be computed in parallel or on a cluster.
//! [`merge::merge`] then joins every article's records into the final
//! [`merge::Dataset`]: events and people merged across articles, quote
//! clusters, stable ids. The merge is deterministic and does not depend on the
//! order of its input.
//!
//! ```
//! use newsfacts_extract::{extract_article, merge::merge};
//! use newsfacts_normalize::annotate;
//! use newsfacts_parse::parse_article;
//!
//! let article = parse_article(
//!     "a.txt",
//!     "Leaders meet\n\nPresident Jane Doe said, \"We will talk again.\"\n",
//! );
//! let records = extract_article(&article, &annotate(&article));
//! let dataset = merge(vec![records]);
//! assert_eq!(dataset.articles.len(), 1);
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod events;
pub mod ids;
pub mod merge;
pub mod quotes;
pub mod records;
mod spans;
pub mod stats;
#[cfg(test)]
mod testkit;

use newsfacts_normalize::Annotations;
use newsfacts_parse::Article;

pub use records::ArticleRecords;

/// Extracts every record of one article. A pure function of its inputs.
pub fn extract_article(article: &Article, annotations: &Annotations) -> ArticleRecords {
    let article_id = ids::article_id(article);
    let event_mentions = events::find_event_mentions(article, annotations);
    let quotes = quotes::find_quotes(article, annotations, &event_mentions);
    let stats = stats::find_statistics(article, annotations);
    ArticleRecords {
        article_id,
        article: article.clone(),
        event_mentions,
        quotes,
        polls: stats.polls,
        ranks: stats.ranks,
        figures: stats.figures,
        people: annotations.people.persons.clone(),
        person_mention_counts: records::mention_counts(&annotations.people),
    }
}

#[cfg(test)]
mod hostile_input_tests {
    //! Pages no outlet writes: every stage must take them without a panic
    //! and without output that grows faster than the page.

    use newsfacts_normalize::annotate;
    use newsfacts_parse::{decode, parse_article, Article};

    use super::*;

    /// Runs a page dump and the same text as a bare body through every stage.
    fn run_everything(page: &str) -> Vec<ArticleRecords> {
        let parsed = parse_article("hostile.txt", page);
        let bare = Article::from_text("bare.txt", page);
        let records: Vec<ArticleRecords> = [parsed, bare]
            .iter()
            .map(|article| extract_article(article, &annotate(article)))
            .collect();
        quotes::quotes_in_text(page);
        merge::merge(records.clone());
        records
    }

    /// Rows of every per-article table, for bounds on the output.
    fn rows(records: &[ArticleRecords]) -> usize {
        records
            .iter()
            .map(|r| r.event_mentions.len() + r.quotes.len() + r.figures.len() + r.polls.len())
            .sum()
    }

    #[test]
    fn empty_and_blank_pages_yield_nothing() {
        for page in ["", " ", "\n", "\u{feff}", "\t\r\n"] {
            assert_eq!(rows(&run_everything(page)), 0, "{page:?}");
        }
    }

    #[test]
    fn a_hundred_thousand_blank_lines_yield_nothing() {
        let page = "\n".repeat(100_000) + "   \n\t\n" + &"\n \n".repeat(1_000);
        assert_eq!(rows(&run_everything(&page)), 0);
    }

    #[test]
    fn binary_bytes_are_refused_or_read_without_a_panic() {
        let mut x: u32 = 7;
        let bytes: Vec<u8> = (0..20_000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                x as u8
            })
            .collect();
        assert!(decode(&bytes).is_err());
        // The same noise as text: controls, NULs, stray marks and symbols.
        let text = String::from_utf8_lossy(&bytes);
        run_everything(&text);
        let chars: String = (0..20_000u32)
            .filter_map(|i| char::from_u32((i * 7919) % 0x3_0000))
            .collect();
        run_everything(&chars);
    }

    #[test]
    fn a_one_megabyte_word_is_read_without_a_panic() {
        let word = "Aé".repeat(512 * 1024);
        let records = run_everything(&format!("Title\n\n{word}\n"));
        assert_eq!(rows(&records), 0);
        run_everything(&format!("He said \"{word}"));
    }

    #[test]
    fn unbalanced_quotation_marks_everywhere_are_read_without_a_panic() {
        let marks = ["\"", "“", "”", "'", "‘", "’", "«", "»", "\"\"", "“”"];
        // In short paragraphs, then all on one line: one sentence for the
        // quotation reader, with a speech verb every few words.
        for line_every in [50, usize::MAX] {
            let mut text = String::new();
            for i in 0..4_000 {
                let mark = marks[i % marks.len()];
                let word = ["said", "Jo Roe", "on Monday", "42%", "summit", "."][i % 6];
                text.push_str(&format!("{mark}{word} "));
                if i % line_every == line_every - 1 {
                    text.push('\n');
                }
            }
            let records = run_everything(&text);
            // At most one quotation per mark, one figure per number.
            assert!(rows(&records) <= 2 * 4_000 * 2);
        }
    }
}
