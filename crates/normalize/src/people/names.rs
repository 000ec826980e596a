//! Name shapes: which tokens can be part of a name, name order, and the
//! romanisation patterns that hint at a person's country.

use super::lexicon::Lexicon;
use super::tokens::Token;

/// True when a word can be part of a person's name: capitalised, not an
/// acronym, not a title, calendar, organisation or sentence-starter word.
pub(super) fn is_name_word(token: &Token, lexicon: &Lexicon) -> bool {
    if !token.is_word() || token.text.ends_with('.') {
        return false;
    }
    let text = token.text.as_str();
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() || !chars.any(char::is_lowercase) {
        return false;
    }
    // `I’d`, `I'm`: a contraction (`O'Brien` goes on in capitals).
    let contraction = text
        .find(['\'', '’'])
        .and_then(|at| text[at..].chars().nth(1))
        .is_some_and(char::is_lowercase);
    if contraction {
        return false;
    }
    let lower = text.to_lowercase();
    !lexicon.non_names.contains(text)
        && !lexicon.org_words.contains(text)
        && !lexicon.honorifics.contains_key(text)
        && !lexicon.is_title_word(&lower)
        && !lexicon.pronouns.contains_key(&lower)
        && !lexicon.speech_verbs.contains(&lower)
}

/// An initial such as `J.`.
pub(super) fn is_initial(token: &Token) -> bool {
    let mut chars = token.text.chars();
    token.is_word()
        && chars.next().is_some_and(char::is_uppercase)
        && chars.next() == Some('.')
        && chars.next().is_none()
}

/// The parts of a personal name, in the order written.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct NameParts {
    /// Every word of the name as written (initials and particles included).
    pub(super) words: Vec<String>,
    /// The family name written first (Korean, Chinese order).
    pub(super) family_first: bool,
}

impl NameParts {
    /// The family name: the first word in East Asian order, otherwise the
    /// last word that is not a suffix (`Jr.`).
    pub(super) fn surname(&self, lexicon: &Lexicon) -> &str {
        if self.family_first {
            return self.words.first().map_or("", String::as_str);
        }
        self.words
            .iter()
            .rev()
            .find(|w| !lexicon.suffixes.contains(w.as_str()))
            .map_or("", String::as_str)
    }

    /// The words other than the surname, lower-cased, for matching.
    pub(super) fn given(&self, lexicon: &Lexicon) -> Vec<String> {
        let surname = self.surname(lexicon);
        let mut skipped = false;
        self.words
            .iter()
            .filter(|w| {
                if !skipped && w.as_str() == surname {
                    skipped = true;
                    return false;
                }
                !lexicon.suffixes.contains(w.as_str())
            })
            .map(|w| w.to_lowercase())
            .collect()
    }

    pub(super) fn full(&self) -> String {
        self.words.join(" ")
    }
}

/// Countries whose names are written family name first.
const FAMILY_FIRST_COUNTRIES: [&str; 6] = ["KOR", "PRK", "CHN", "TWN", "HKG", "MAC"];

/// Decides the name order of `words`, using `country` when the text gives
/// one and `used_alone` (does the text use a word of the name on its own,
/// as `Li` for `Li Qiang`).
pub(super) fn name_parts(
    words: Vec<String>,
    country: Option<&str>,
    used_alone: impl Fn(&str) -> bool,
    lexicon: &Lexicon,
) -> NameParts {
    let listed_family = words
        .first()
        .is_some_and(|w| lexicon.family_names.contains_key(w));
    let family_first = words.len() >= 2
        && ((listed_family
            && (words[1..].iter().any(|w| w.contains('-'))
                || (words.len() == 3 && words[1..].iter().all(|w| w.chars().count() <= 6))
                || country.is_some_and(|c| FAMILY_FIRST_COUNTRIES.contains(&c))))
            // `Aso Taro ... Aso`: the word used alone is the family name.
            || (used_alone(&words[0]) && !words[1..].iter().any(|w| used_alone(w))));
    NameParts {
        words,
        family_first,
    }
}

/// The country a name's shape suggests, when nothing else says: a Korean
/// family name written first (`Kim Ha-na`, `Park Jin`), a Chinese one
/// before one unhyphenated given name (`Wang Yi`), or Japanese (`Taro
/// Aso`: every word made of Japanese syllables).
pub(super) fn country_from_shape(parts: &NameParts, lexicon: &Lexicon) -> Option<String> {
    let words = &parts.words;
    let family_country = words.first().and_then(|w| lexicon.family_names.get(w));
    if let (true, Some(family_country)) = (parts.family_first, family_country) {
        let hyphenated = words[1..].iter().any(|w| w.contains('-'));
        return match family_country.as_str() {
            "KOR" => Some("KOR".to_owned()),
            "CHN" if !hyphenated && words.len() == 2 => Some("CHN".to_owned()),
            _ => None,
        };
    }
    // Western names can be Hepburn-shaped too (`Joe Biden`, `Rajon
    // Rondo`): a known Western given name, or a word longer than three
    // letters ending in `n` (Japanese has `Ken`, `Gen`, rarely more), says
    // they are not.
    let japanese = words.len() == 2
        && words.iter().all(|w| is_japanese_romaji(w))
        && !lexicon.given_names.contains_key(&words[0])
        && !words
            .iter()
            .any(|w| w.ends_with('n') && w.chars().count() > 3);
    japanese.then(|| "JPN".to_owned())
}

/// True when a word is made entirely of Hepburn syllables (`Yoshiro`,
/// `Mori`) and is long enough for that to mean something.
pub(super) fn is_japanese_romaji(word: &str) -> bool {
    const ONSETS: [&str; 26] = [
        "ch", "sh", "ts", "ky", "gy", "ny", "hy", "my", "ry", "by", "py", "j", "k", "s", "t", "n",
        "h", "f", "m", "y", "r", "w", "g", "z", "d", "b",
    ];
    const NOT_HEPBURN: [&str; 13] = [
        "si", "ti", "tu", "hu", "zi", "di", "du", "yi", "ye", "wi", "wu", "we", "fa",
    ];
    let lower = word
        .to_lowercase()
        .replace(['ō', 'ô'], "o")
        .replace('ū', "u");
    if lower.chars().count() < 3 || !lower.chars().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    let bytes = lower.as_bytes();
    let is_vowel = |b: u8| matches!(b, b'a' | b'i' | b'u' | b'e' | b'o');
    let mut pos = 0;
    while pos < bytes.len() {
        let c = bytes[pos];
        let next = bytes.get(pos + 1).copied();
        if is_vowel(c) {
            pos += 1;
            continue;
        }
        if c == b'n' && next.is_none_or(|n| !is_vowel(n) && n != b'y') {
            pos += 1;
            continue;
        }
        if matches!(c, b'k' | b's' | b't' | b'p') && next == Some(c) {
            pos += 1;
            continue;
        }
        if c == b'p' && next.is_some_and(is_vowel) {
            pos += 2;
            continue;
        }
        let rest = &lower[pos..];
        let Some(onset) = ONSETS.iter().find(|o| {
            rest.starts_with(**o) && rest.as_bytes().get(o.len()).is_some_and(|b| is_vowel(*b))
        }) else {
            return false;
        };
        let syllable = &rest[..onset.len() + 1];
        if NOT_HEPBURN.contains(&syllable) {
            return false;
        }
        pos += onset.len() + 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(name: &str, country: Option<&str>) -> NameParts {
        let words = name.split(' ').map(str::to_owned).collect();
        name_parts(words, country, |_| false, Lexicon::global())
    }

    #[test]
    fn korean_names_put_the_family_name_first() {
        let lexicon = Lexicon::global();
        assert_eq!(parts("Kim Ha-na", None).surname(lexicon), "Kim");
        assert_eq!(parts("Moon Jae-in", None).surname(lexicon), "Moon");
        assert_eq!(parts("Park Geun Hye", None).surname(lexicon), "Park");
        assert_eq!(parts("Xi Jinping", Some("CHN")).surname(lexicon), "Xi");
    }

    #[test]
    fn japanese_and_western_names_put_it_last() {
        let lexicon = Lexicon::global();
        assert_eq!(parts("Taro Aso", None).surname(lexicon), "Aso");
        assert_eq!(
            parts("Martin Luther King Jr.", None).surname(lexicon),
            "King"
        );
        assert_eq!(
            parts("Lee Anderson", Some("GBR")).surname(lexicon),
            "Anderson"
        );
    }

    #[test]
    fn name_shape_hints_at_country() {
        let lexicon = Lexicon::global();
        let shape = |n: &str| country_from_shape(&parts(n, None), lexicon);
        assert_eq!(shape("Choi Sang-mok").as_deref(), Some("KOR"));
        assert_eq!(shape("Yoshiro Mori").as_deref(), Some("JPN"));
        assert_eq!(shape("Taro Kono").as_deref(), Some("JPN"));
        assert_eq!(shape("Dana Carver"), None);
        assert_eq!(shape("Joe Biden"), None);
        assert_eq!(shape("Rajon Rondo"), None);
        assert_eq!(shape("Emmanuel Macron"), None);
    }

    #[test]
    fn romaji_check_rejects_english_spellings() {
        assert!(is_japanese_romaji("Masahiro"));
        assert!(is_japanese_romaji("Yamashita"));
        assert!(is_japanese_romaji("Ichiro"));
        assert!(!is_japanese_romaji("Smith"));
        assert!(!is_japanese_romaji("Tina"));
        assert!(!is_japanese_romaji("Mark"));
    }
}
