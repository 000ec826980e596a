//! Countries, demonyms, capitals and cities mapped to ISO 3166-1 alpha-3.
//!
//! The names live in `data/places/gazetteer.tsv` (`name<TAB>code<TAB>kind`),
//! loaded once. [`Gazetteer::from_tsv`] builds a gazetteer from any text in
//! the same format, so a user can extend the bundled list
//! ([`Gazetteer::BUNDLED_TSV`] plus their own lines).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Serialize;

/// What kind of place name a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    /// A country name (`South Korea`).
    Country,
    /// An adjective or people name (`Japanese`).
    Demonym,
    /// A city, capital or other place inside one country (`Seoul`,
    /// `Gyeonggi`, a US state).
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

/// One gazetteer line: `None` code marks a region that belongs to no country.
#[derive(Debug, Clone)]
struct Entry {
    code: Option<String>,
    kind: PlaceKind,
}

/// The place-name gazetteer, loaded once from the crate's data file.
#[derive(Debug, Default)]
pub struct Gazetteer {
    /// Pattern `i` of `matcher` is `names[i]`, described by `entries[i]`.
    names: Vec<String>,
    entries: Vec<Entry>,
    matcher: Option<AhoCorasick>,
    /// Lower-cased name -> index, for [`Gazetteer::country_code`].
    by_lower: HashMap<String, usize>,
}

impl Gazetteer {
    /// The bundled data file, for callers who want to extend it.
    pub const BUNDLED_TSV: &'static str = include_str!("../data/places/gazetteer.tsv");

    /// The gazetteer built from the bundled data file.
    pub fn global() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(|| Gazetteer::from_tsv(Gazetteer::BUNDLED_TSV))
    }

    /// A gazetteer from `name<TAB>code<TAB>kind` lines (`#` starts a comment;
    /// malformed lines are skipped). Later lines do not override earlier ones.
    pub fn from_tsv(data: &str) -> Gazetteer {
        let mut gazetteer = Gazetteer::default();
        for line in data.lines() {
            let line = line.trim_end();
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let mut fields = line.split('\t').map(str::trim);
            let (Some(name), Some(code), kind) = (fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            if name.is_empty() || code.is_empty() {
                continue;
            }
            let kind = match kind.unwrap_or("country") {
                "demonym" => PlaceKind::Demonym,
                "city" => PlaceKind::City,
                _ => PlaceKind::Country,
            };
            let code = (code != "-").then(|| code.to_owned());
            for variant in surface_variants(name, kind) {
                gazetteer.push(variant, code.clone(), kind);
            }
        }
        gazetteer.matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&gazetteer.names)
            .ok();
        gazetteer
    }

    fn push(&mut self, name: String, code: Option<String>, kind: PlaceKind) {
        if self.names.contains(&name) {
            return;
        }
        self.by_lower
            .entry(name.to_lowercase())
            .or_insert(self.names.len());
        self.names.push(name);
        self.entries.push(Entry { code, kind });
    }

    /// The country code for a name, demonym or city (`Seoul` -> `KOR`),
    /// ignoring case and a leading `the`.
    pub fn country_code(&self, name: &str) -> Option<&str> {
        let lower = name.trim().to_lowercase();
        let key = lower.strip_prefix("the ").unwrap_or(&lower);
        let index = *self.by_lower.get(key)?;
        self.entries.get(index)?.code.as_deref()
    }

    /// Every place name in `text`, longest match first, in text order.
    /// A match must stand as whole words; regions that belong to no
    /// country (`Latin American`) are consumed but not returned.
    pub fn find(&self, text: &str) -> Vec<PlaceMention> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        let mut mentions = Vec::new();
        let mut chars_before = 0;
        let mut counted_to = 0;
        for found in matcher.find_iter(text) {
            let (start, end) = (found.start(), found.end());
            if !is_word_boundary(text, start, end) {
                continue;
            }
            let entry = &self.entries[found.pattern().as_usize()];
            let Some(code) = &entry.code else {
                continue;
            };
            if entry.kind != PlaceKind::Demonym && opens_institution_name(&text[end..]) {
                continue;
            }
            chars_before += text[counted_to..start].chars().count();
            counted_to = start;
            let name = &text[start..end];
            let length = name.chars().count();
            mentions.push(PlaceMention {
                start: chars_before,
                end: chars_before + length,
                text: name.to_owned(),
                code: code.clone(),
                kind: entry.kind,
            });
        }
        mentions
    }
}

/// True when `rest`, the text right after a place name, starts with an
/// institution head noun (`data/places/institution_heads.txt`): the place
/// then opens an organisation's name (`Georgetown University`).
fn opens_institution_name(rest: &str) -> bool {
    static HEADS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let heads = HEADS
        .get_or_init(|| data_lines(include_str!("../data/places/institution_heads.txt")).collect());
    let Some(after_space) = rest.strip_prefix(' ') else {
        return false;
    };
    let word = after_space
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    heads.contains(word)
}

/// The spellings of one data-file name: itself, its all-capitals form
/// (datelines and headlines) and, for demonyms in -an or -i, the plural.
fn surface_variants(name: &str, kind: PlaceKind) -> Vec<String> {
    let mut variants = vec![name.to_owned()];
    if kind == PlaceKind::Demonym && (name.ends_with("an") || name.ends_with('i')) {
        variants.push(format!("{name}s"));
    }
    let upper = name.to_uppercase();
    if upper != name && name.chars().filter(|c| c.is_alphabetic()).count() > 3 {
        variants.push(upper);
    }
    variants
}

/// Non-empty, non-comment lines of a data file, trimmed: the format of every
/// word list of this crate.
pub(crate) fn data_lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// Byte offsets -> Unicode scalar offsets for one text, shared by the
/// normalisers that match on bytes (regexes, Aho-Corasick) but must report
/// character offsets.
pub(crate) struct CharOffsets {
    /// Byte offset of every char, plus the text length at the end.
    byte_starts: Vec<usize>,
}

impl CharOffsets {
    pub(crate) fn new(text: &str) -> CharOffsets {
        let mut byte_starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        byte_starts.push(text.len());
        CharOffsets { byte_starts }
    }

    /// The char offset of a byte offset (a byte inside a char maps to it).
    pub(crate) fn char_at(&self, byte: usize) -> usize {
        match self.byte_starts.binary_search(&byte) {
            Ok(index) => index,
            Err(index) => index.saturating_sub(1),
        }
    }
}

/// True when `start..end` (bytes) is not glued to letters or digits.
fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<(String, String)> {
        Gazetteer::global()
            .find(text)
            .into_iter()
            .map(|m| (m.text, m.code))
            .collect()
    }

    #[test]
    fn korea_variants_map_to_kor_and_north_korea_to_prk() {
        let found =
            codes("The Republic of Korea (ROK) and North Korea met; Pyongyang and Seoul agreed.");
        let pairs: Vec<(&str, &str)> = found
            .iter()
            .map(|(t, c)| (t.as_str(), c.as_str()))
            .collect();
        assert_eq!(
            pairs,
            vec![
                ("Republic of Korea", "KOR"),
                ("ROK", "KOR"),
                ("North Korea", "PRK"),
                ("Pyongyang", "PRK"),
                ("Seoul", "KOR")
            ]
        );
    }

    #[test]
    fn longest_match_wins_over_its_prefix() {
        let found = codes("South Korean and North Korean officials");
        assert_eq!(found[0], ("South Korean".to_owned(), "KOR".to_owned()));
        assert_eq!(found[1], ("North Korean".to_owned(), "PRK".to_owned()));
    }

    #[test]
    fn offsets_count_characters_not_bytes() {
        let text = "Café – Tokyo";
        let found = Gazetteer::global().find(text);
        assert_eq!(found.len(), 1);
        let tokyo: String = text
            .chars()
            .skip(found[0].start)
            .take(found[0].end - found[0].start)
            .collect();
        assert_eq!(tokyo, "Tokyo");
        assert_eq!(found[0].kind, PlaceKind::City);
    }

    #[test]
    fn names_inside_longer_words_are_not_matched() {
        assert!(codes("Omanism Koreanic Japanesey").is_empty());
    }

    #[test]
    fn region_names_are_not_read_as_a_country() {
        assert!(codes("Latin American leaders met on the Korean Peninsula").is_empty());
    }

    #[test]
    fn a_place_opening_an_institution_name_is_no_place() {
        let found = codes(
            "Lind teaches at Georgetown University, writes for the Washington Post \
             and once worked for Oxford Economics in Oxford.",
        );
        assert_eq!(found, vec![("Oxford".to_owned(), "GBR".to_owned())]);
        assert_eq!(codes("Japanese Embassy staff left")[0].1, "JPN");
    }

    #[test]
    fn every_iso_country_has_a_name() {
        let gazetteer = Gazetteer::global();
        let coded: std::collections::HashSet<&str> = gazetteer
            .entries
            .iter()
            .filter_map(|e| e.code.as_deref())
            .collect();
        assert!(coded.len() >= 249, "only {} codes", coded.len());
    }

    #[test]
    fn country_code_ignores_case_and_article() {
        let gazetteer = Gazetteer::global();
        assert_eq!(gazetteer.country_code("the United States"), Some("USA"));
        assert_eq!(gazetteer.country_code("japanese"), Some("JPN"));
        assert_eq!(gazetteer.country_code("Atlantis"), None);
    }

    #[test]
    fn demonym_plurals_and_capitals_forms_are_found() {
        let found = codes("TOKYO – Koreans and Americans");
        let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, vec!["TOKYO", "Koreans", "Americans"]);
    }

    #[test]
    fn user_lines_extend_the_bundled_data() {
        let data = format!("{}\nAtlantis\tATL\tcountry\n", Gazetteer::BUNDLED_TSV);
        let gazetteer = Gazetteer::from_tsv(&data);
        assert_eq!(gazetteer.country_code("Atlantis"), Some("ATL"));
        assert_eq!(gazetteer.country_code("Seoul"), Some("KOR"));
    }
}
