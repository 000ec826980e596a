//! Line-level features of a page dump.

use crate::lexicon::Lexicon;

/// Characters w3m and similar renderers put before list items.
const BULLETS: &[char] = &[
    '•', '□', '◦', '▪', '○', '■', '●', '◆', '►', '▶', '·', '☆', '★', '◇', '▸', '‣',
];

/// One non-blank line of a page dump and what its shape says about it.
#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    /// Index of the line in the page (blank lines counted).
    pub number: usize,
    /// The line without surrounding white space.
    pub text: &'a str,
    /// The text without a list-item marker.
    pub content: &'a str,
    /// Whether the line is a list item (`  • Home`, `- point`).
    pub bullet: bool,
    /// Word count, counting two CJK characters as a word.
    pub words: usize,
    /// Whether the line ends like a sentence (`.`, `!`, `?`, `。`, possibly
    /// followed by closing quotes or brackets).
    pub terminal: bool,
    /// Whether the line ends with an ellipsis (a cut-off teaser or quote).
    pub truncated: bool,
    /// Share of the cased words after the first that start with a capital.
    pub capitalised: f32,
    /// Words that belong to share/follow/sign-in/footer vocabulary.
    pub furniture_words: usize,
}

impl<'a> Line<'a> {
    fn new(number: usize, raw: &'a str, lexicon: &Lexicon) -> Line<'a> {
        let text = raw.trim();
        let (bullet, content) = match text.strip_prefix(BULLETS) {
            Some(rest) => (true, rest.trim_start()),
            None => match text.strip_prefix("- ").or_else(|| text.strip_prefix("* ")) {
                Some(rest) => (true, rest.trim_start()),
                None => (false, text),
            },
        };
        let ending =
            content.trim_end_matches(['"', '”', '’', '\'', '»', ')', ']', '」', '』', '*']);
        let truncated = ending.ends_with('…') || ending.ends_with("...");
        let terminal = !truncated && ending.ends_with(['.', '!', '?', '。', '！', '？', '؟', '।']);
        Line {
            number,
            text,
            content,
            bullet,
            words: word_count(content),
            terminal,
            truncated,
            capitalised: capitalised_share(content),
            furniture_words: lexicon.boilerplate_words(content),
        }
    }

    /// Whether the line reads like running text: long enough and ending like
    /// a sentence, or long enough to be a paragraph whatever its end.
    pub fn is_prose(&self) -> bool {
        let punctuated = self
            .content
            .contains([',', '.', ';', ':', '、', '，', '。']);
        (self.terminal && self.words >= 7 && self.capitalised < 0.7)
            || (self.words >= 25 && punctuated)
    }

    /// Whether the line is a byline: `By Jane Doe`, `By JANE DOE | May 1`.
    pub fn is_byline(&self) -> bool {
        let mut words = self.content.split_whitespace();
        let opener = words.next().map(|w| w.trim_end_matches(':').to_lowercase());
        let name = words.next();
        self.words <= 10
            && !self.terminal
            && opener.is_some_and(|w| Lexicon::get().byline_openers.contains(&w))
            && name.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
    }

    /// Whether the line is mostly share/follow/sign-in/footer vocabulary.
    pub fn is_furniture(&self) -> bool {
        self.furniture_words > 0 && (self.words <= 6 || self.furniture_words * 4 >= self.words)
    }
}

/// The non-blank lines of a page.
pub(crate) fn lines(page: &str) -> Vec<Line<'_>> {
    let lexicon = Lexicon::get();
    page.lines()
        .enumerate()
        .filter(|(_, raw)| !raw.trim().is_empty())
        .map(|(number, raw)| Line::new(number, raw, lexicon))
        .collect()
}

/// Whether `c` belongs to a script written without spaces between words.
pub(crate) fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' // kana
        | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' // CJK ideographs
        | '\u{0E00}'..='\u{0E7F}' // Thai
    )
}

/// Whitespace-separated words that hold a letter or digit; runs of
/// unspaced-script characters count one word per two characters.
pub(crate) fn word_count(text: &str) -> usize {
    let mut words = 0;
    let mut unspaced = 0;
    for token in text.split_whitespace() {
        // An empty inline element as w3m draws it: `[INS::INS]`.
        if token.starts_with('[') && token.ends_with(']') && token.contains("::") {
            continue;
        }
        let cjk = token.chars().filter(|c| is_unspaced_script(*c)).count();
        if cjk > 0 {
            unspaced += cjk;
        } else if token.chars().any(char::is_alphanumeric) {
            words += 1;
        }
    }
    words + unspaced.div_ceil(2)
}

/// Share of the cased words (after the first) that start with a capital:
/// high for menus, headlines in title case and lists of names.
fn capitalised_share(text: &str) -> f32 {
    let mut cased = 0usize;
    let mut capitals = 0usize;
    for word in text.split_whitespace().skip(1) {
        let Some(first) = word.chars().find(|c| c.is_alphanumeric()) else {
            continue;
        };
        if first.is_uppercase() {
            cased += 1;
            capitals += 1;
        } else if first.is_lowercase() {
            // Short function words stay lower case in English title case.
            if word.chars().count() > 3 {
                cased += 1;
            }
        }
    }
    if cased == 0 {
        0.0
    } else {
        capitals as f32 / cased as f32
    }
}
