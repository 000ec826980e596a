//! Countries, demonyms, capitals and cities mapped to ISO 3166-1 alpha-3.

use std::sync::OnceLock;

use serde::Serialize;

/// What kind of place name a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    /// A country name (`South Korea`).
    Country,
    /// An adjective or people name (`Japanese`).
    Demonym,
    /// A city or capital (`Seoul`).
    City,
}

/// A place name found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlaceMention {
    /// Offset of the first character, in Unicode scalar values.
    pub start: usize,
    /// Offset one past the last character.
    pub end: usize,
    /// The words as written.
    pub text: String,
    /// ISO 3166-1 alpha-3 code.
    pub code: String,
    /// Country, demonym or city.
    pub kind: PlaceKind,
}

/// The place-name gazetteer, loaded once from the crate's data file.
#[derive(Debug, Default)]
pub struct Gazetteer {}

impl Gazetteer {
    /// The gazetteer built from the bundled data file.
    pub fn global() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(Gazetteer::default)
    }

    /// The country code for a name, demonym or city (`Seoul` -> `KOR`).
    pub fn country_code(&self, name: &str) -> Option<&str> {
        let _ = name;
        None
    }

    /// Every place name in `text`, longest match first, in text order.
    pub fn find(&self, text: &str) -> Vec<PlaceMention> {
        let _ = text;
        Vec::new()
    }
}
