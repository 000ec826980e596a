//! Event mentions: sentences that report something happening at a time.

use newsfacts_normalize::Annotations;
use newsfacts_parse::Article;

use crate::records::EventMention;

/// Every sentence of `article` that reports an event.
pub fn find_event_mentions(article: &Article, annotations: &Annotations) -> Vec<EventMention> {
    let _ = (article, annotations);
    Vec::new()
}
