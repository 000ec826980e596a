//! Raw news page dumps to clean [`Article`]s.
//!
//! This is the first stage of newsfacts: bytes in, one [`Article`] out. It
//! decodes the bytes ([`decode`]), drops page boilerplate (menus, share
//! widgets, related links, footers), finds the headline, byline, publication
//! date and dateline, and splits the body into sentences whose offsets count
//! Unicode scalar values into [`Article::text`].
//!
//! ```
//! use newsfacts_parse::{decode, parse_article};
//!
//! let page = "Home\nWorld\n\nTwo leaders meet in Seoul\n\nMarch 3, 2024\n\n\
//!             SEOUL – The two leaders met on Sunday. They agreed to talk again.\n";
//! let text = decode(page.as_bytes()).map_err(|e| e.to_string())?;
//! let article = parse_article("example.txt", &text);
//! assert_eq!(article.title.as_deref(), Some("Two leaders meet in Seoul"));
//! assert_eq!(article.sentences.len(), 2);
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod article;
mod body;
mod dates;
mod decode;
mod lexicon;
mod lines;
mod meta;
mod sentences;

pub use article::{
    complete_dateline_years, parse_article, Article, MonthDay, PartialDate, Precision, Sentence,
};
pub use decode::{decode, read_page, DecodeError, ReadError};
pub use meta::dateline_end;
pub use sentences::split_sentences;
