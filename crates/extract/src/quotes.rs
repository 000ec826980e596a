//! Quotations: direct, partial and indirect, attributed to a speaker.

use newsfacts_normalize::Annotations;
use newsfacts_parse::Article;

use crate::records::{EventMention, Quote};

/// Every quotation in `article`. `event_mentions` lets a quote point at the
/// event where it was said.
pub fn find_quotes(
    article: &Article,
    annotations: &Annotations,
    event_mentions: &[EventMention],
) -> Vec<Quote> {
    let _ = (article, annotations, event_mentions);
    Vec::new()
}

/// One quotation as the `newsfacts quotes` command reports it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct QuoteSpan {
    /// Start of the quoted words (inside the marks), in Unicode scalar values.
    pub start: usize,
    /// End of the quoted words.
    pub end: usize,
    /// The quoted words.
    pub text: String,
    /// Canonical full name of the speaker, where the text gives it.
    pub speaker: Option<String>,
    /// `direct`, `partial` or `indirect`.
    pub kind: crate::records::QuoteKind,
    /// The speech verb.
    pub cue: Option<String>,
}

/// Every quotation in a plain text (paragraphs separated by blank lines).
pub fn quotes_in_text(text: &str) -> Vec<QuoteSpan> {
    let article = Article::from_text("", text);
    let annotations = newsfacts_normalize::annotate(&article);
    find_quotes(&article, &annotations, &[])
        .into_iter()
        .map(|q| QuoteSpan {
            start: q.char_start,
            end: q.char_end,
            text: q.text,
            speaker: q.speaker,
            kind: q.kind,
            cue: q.cue,
        })
        .collect()
}

/// One document of the `newsfacts quotes` protocol.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct QuotesRequest {
    /// Document id, echoed back.
    pub id: String,
    /// The article text, paragraphs separated by blank lines.
    pub text: String,
}

/// The answer to one [`QuotesRequest`].
#[derive(Debug, Clone, serde::Serialize)]
pub struct QuotesResponse {
    /// Document id.
    pub id: String,
    /// Every quotation found.
    pub quotes: Vec<QuoteSpan>,
}

/// The `newsfacts quotes` protocol: JSON lines `{"id", "text"}` in,
/// `{"id", "quotes": [{"start", "end", "text", "speaker", "kind", "cue"}]}` out.
pub fn quote_json_lines(
    input: impl std::io::BufRead,
    output: impl std::io::Write,
) -> std::io::Result<()> {
    newsfacts_normalize::jsonl::map_json_lines(input, output, |request: QuotesRequest| {
        QuotesResponse {
            quotes: quotes_in_text(&request.text),
            id: request.id,
        }
    })
}
