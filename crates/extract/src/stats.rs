//! Statistics: poll shares, ranks in rankings, and other figures.

use newsfacts_normalize::Annotations;
use newsfacts_parse::Article;

use crate::records::{Figure, PollResult, Rank};

/// The numbers of one article, by table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Statistics {
    /// Poll shares.
    pub polls: Vec<PollResult>,
    /// Ranks in rankings.
    pub ranks: Vec<Rank>,
    /// Every other figure.
    pub figures: Vec<Figure>,
}

/// Finds the poll shares, ranks and figures of one article.
pub fn find_statistics(article: &Article, annotations: &Annotations) -> Statistics {
    let _ = (article, annotations);
    Statistics::default()
}
