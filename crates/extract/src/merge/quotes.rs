//! Quote ids, their events, and clusters of the same utterance.

use super::events::MentionEventIds;
use super::QuoteRow;
use crate::ids::stable_id;
use crate::records::ArticleRecords;

/// One row per quotation, with its event and cluster.
pub(crate) fn quote_rows(records: &[ArticleRecords], event_ids: &MentionEventIds) -> Vec<QuoteRow> {
    let mut rows = Vec::new();
    for article in records {
        for quote in &article.quotes {
            let quote_id = stable_id(&[
                "quote",
                &article.article_id,
                &quote.char_start.to_string(),
                &quote.text,
            ]);
            rows.push(QuoteRow {
                cluster_id: quote_id.clone(),
                quote_id,
                article_id: article.article_id.clone(),
                event_id: quote
                    .event_mention
                    .and_then(|i| event_ids.get(&(article.article_id.clone(), i)).cloned()),
                quote: quote.clone(),
            });
        }
    }
    rows
}
