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
