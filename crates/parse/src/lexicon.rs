//! The word lists of `data/`, loaded once.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// The entries of a data file: one per line, `#` starts a comment line.
fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// The entries of a data file, lower case.
fn lower_set(file: &'static str) -> HashSet<String> {
    entries(file).map(str::to_lowercase).collect()
}

/// Every word list the parser uses.
pub(crate) struct Lexicon {
    /// Share/follow/newsletter/cookie/footer vocabulary.
    pub boilerplate: AhoCorasick,
    /// Headings of the lists that end an article ("Related posts").
    pub end_headings: HashSet<String>,
    /// Marks of captions and photo credits, lower case.
    pub caption_markers: Vec<String>,
    /// Words that open a byline line (`by`, `por`), lower case.
    pub byline_openers: HashSet<String>,
    /// Words that open an author box heading ("About Jane Doe").
    pub author_box: Vec<String>,
    /// Words of a crawler's note on a page (`fetched`, `retrieved`).
    pub crawl_words: HashSet<String>,
    /// Month name (lower case) to month number.
    pub months: HashMap<String, u32>,
    /// Abbreviations whose dot does not end a sentence.
    pub abbreviations: HashSet<&'static str>,
    /// Capitalised words that often open a sentence.
    pub sentence_starters: HashSet<&'static str>,
    /// Role nouns that close a byline (`reporter`, `correspondent`).
    pub byline_roles: HashSet<String>,
    /// Words that qualify a byline role (`staff`, `senior`).
    pub byline_role_words: HashSet<String>,
    /// Heads of the note under a text table (`source`, `note`), lower case.
    pub table_notes: HashSet<String>,
    /// Phrases of a box set into an article (letters call, newsletter
    /// pitch), lower case.
    pub box_phrases: AhoCorasick,
    /// Role words of an author's bio line (`fellow`, `professor`), lower case.
    pub bio_roles: HashSet<String>,
    /// News agencies (`Reuters`, `Kyodo News`), lower case.
    pub agencies: HashSet<String>,
    /// Legal-form suffixes of company names (`ltd`, `gmbh`), lower case,
    /// without dots.
    pub legal_suffixes: HashSet<String>,
    /// Navigation words and language names a site menu lists, lower case.
    pub menu_words: HashSet<String>,
    /// Time zones whose countries write dates day first (`cet`, `bst`).
    pub day_first_zones: HashSet<String>,
    /// Words marking a date as an update (`updated`, `modified`), lower case.
    pub update_words: Vec<String>,
}

impl Lexicon {
    /// The lexicon built from the bundled data files.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            let boilerplate: Vec<String> = entries(include_str!("../data/boilerplate.txt"))
                .map(str::to_lowercase)
                .collect();
            Lexicon {
                boilerplate: AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(boilerplate)
                    .unwrap_or_else(|e| panic!("data/boilerplate.txt: {e}")),
                end_headings: entries(include_str!("../data/end_headings.txt"))
                    .map(str::to_lowercase)
                    .collect(),
                caption_markers: entries(include_str!("../data/caption_markers.txt"))
                    .map(str::to_lowercase)
                    .collect(),
                byline_openers: entries(include_str!("../data/byline_openers.txt"))
                    .map(str::to_lowercase)
                    .collect(),
                author_box: entries(include_str!("../data/author_box.txt"))
                    .map(str::to_lowercase)
                    .collect(),
                crawl_words: entries(include_str!("../data/crawl_words.txt"))
                    .map(str::to_lowercase)
                    .collect(),
                months: entries(include_str!("../data/months.txt"))
                    .filter_map(|line| {
                        let (name, number) = line.split_once('\t')?;
                        Some((name.trim().to_lowercase(), number.trim().parse().ok()?))
                    })
                    .collect(),
                abbreviations: entries(include_str!("../data/abbreviations.txt")).collect(),
                sentence_starters: entries(include_str!("../data/sentence_starters.txt")).collect(),
                byline_roles: entries(include_str!("../data/byline_roles.txt"))
                    .map(str::to_lowercase)
                    .collect(),
                byline_role_words: lower_set(include_str!("../data/byline_role_words.txt")),
                table_notes: lower_set(include_str!("../data/table_notes.txt")),
                box_phrases: AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .build(entries(include_str!("../data/box_phrases.txt")))
                    .unwrap_or_else(|e| panic!("data/box_phrases.txt: {e}")),
                bio_roles: lower_set(include_str!("../data/bio_roles.txt")),
                agencies: lower_set(include_str!("../data/agencies.txt")),
                legal_suffixes: lower_set(include_str!("../data/legal_suffixes.txt")),
                menu_words: lower_set(include_str!("../data/menu_words.txt")),
                day_first_zones: lower_set(include_str!("../data/day_first_zones.txt")),
                update_words: entries(include_str!("../data/update_words.txt"))
                    .map(str::to_lowercase)
                    .collect(),
            }
        })
    }

    /// Whether `line` holds a boilerplate word or phrase.
    pub fn has_boilerplate(&self, line: &str) -> bool {
        self.boilerplate_words(line) > 0
    }

    /// How many words of `line` belong to boilerplate phrases.
    pub fn boilerplate_words(&self, line: &str) -> usize {
        let line = line.to_lowercase();
        self.boilerplate
            .find_iter(&line)
            .filter(|m| is_word_edge(&line, m.start(), m.end()))
            .map(|m| line[m.start()..m.end()].split_whitespace().count())
            .sum()
    }

    /// A regex alternation of every month name, longest first.
    pub fn month_alternation(&self) -> String {
        let mut names: Vec<&str> = self.months.keys().map(String::as_str).collect();
        names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        names
            .iter()
            .map(|n| regex::escape(n))
            .collect::<Vec<_>>()
            .join("|")
    }

    /// Whether `line` is a crawler's note: an address, or a crawl word.
    pub fn is_crawl_note(&self, line: &str) -> bool {
        line.contains("://")
            || line
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| self.crawl_words.contains(&w.to_lowercase()))
    }

    /// The month number of a month name or abbreviation, any case.
    pub fn month(&self, name: &str) -> Option<u32> {
        self.months
            .get(&name.trim_end_matches('.').to_lowercase())
            .copied()
    }
}

/// Whether `line[start..end]` is bounded by non-word characters.
fn is_word_edge(line: &str, start: usize, end: usize) -> bool {
    let before = line[..start].chars().next_back();
    let after = line[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}
