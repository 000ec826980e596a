//! The word lists of the people finder, read once from `data/people/`.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::Gender;
use crate::places::data_lines;

/// What a title says beyond its words.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct TitleInfo {
    /// Head of state or government: what `the leader` can refer to.
    pub(super) head: bool,
    /// An office of a national government (`prime minister`, `minister`).
    pub(super) national: bool,
    pub(super) gender: Option<Gender>,
}

pub(super) struct Lexicon {
    /// Lower-case title (one or more words) -> what it implies.
    pub(super) titles: HashMap<String, TitleInfo>,
    /// Every word of every title, connectors (`of`) aside.
    pub(super) title_words: HashSet<String>,
    /// Most words in a title, to bound the longest-match search.
    pub(super) longest_title: usize,
    pub(super) title_modifiers: HashSet<String>,
    /// Honorific as written -> gender it implies.
    pub(super) honorifics: HashMap<String, Option<Gender>>,
    /// Lower-case kinship noun -> the gender of the person named after it.
    pub(super) kinship: HashMap<String, Gender>,
    /// Lower-case pronoun -> gender.
    pub(super) pronouns: HashMap<String, Gender>,
    pub(super) speech_verbs: HashSet<String>,
    /// Auxiliaries and adverbs between a name and its speech verb.
    pub(super) auxiliaries: HashSet<String>,
    /// Common given names (Western order) -> the gender they mostly carry.
    pub(super) given_names: HashMap<String, Option<Gender>>,
    pub(super) particles: HashSet<String>,
    pub(super) suffixes: HashSet<String>,
    /// Family name written first -> its most common country.
    pub(super) family_names: HashMap<String, String>,
    pub(super) non_names: HashSet<String>,
    /// Cues of credit and chrome lines (`editing by`, `photo:`), lower case,
    /// with whether they may stand anywhere in the line (else at its start).
    pub(super) credit_cues: Vec<(String, bool)>,
    /// Calendar and other non-name words that are also family names
    /// (`May`), read as a name only right after a given name.
    pub(super) surname_homographs: HashSet<String>,
    /// Capitalised words of organisation, event and place names.
    pub(super) org_words: HashSet<String>,
}

fn gender_of(flag: &str) -> Option<Gender> {
    match flag {
        "m" => Some(Gender::Male),
        "f" => Some(Gender::Female),
        _ => None,
    }
}

fn lines_set(data: &str, lower: bool) -> HashSet<String> {
    data_lines(data)
        .map(|l| {
            if lower {
                l.to_lowercase()
            } else {
                l.to_owned()
            }
        })
        .collect()
}

impl Lexicon {
    /// True when a bare title (`foreign minister`, `prime minister`) ends
    /// in a national office.
    pub(super) fn is_national_title(&self, bare: &str) -> bool {
        let words: Vec<&str> = bare.split(' ').collect();
        (0..words.len()).any(|k| {
            self.titles
                .get(&words[k..].join(" "))
                .is_some_and(|info| info.national)
        })
    }

    pub(super) fn global() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::load)
    }

    fn load() -> Lexicon {
        let mut titles = HashMap::new();
        for line in data_lines(include_str!("../../data/people/titles.tsv")) {
            let mut fields = line.split('\t');
            let title = fields.next().unwrap_or("").trim().to_lowercase();
            if title.is_empty() {
                continue;
            }
            let mut info = TitleInfo::default();
            for flag in fields.next().unwrap_or("").split(',').map(str::trim) {
                if flag == "head" {
                    info.head = true;
                } else if flag == "national" {
                    info.national = true;
                } else if let Some(gender) = gender_of(flag) {
                    info.gender = Some(gender);
                }
            }
            titles.insert(title, info);
        }
        let longest_title = titles
            .keys()
            .map(|t| t.split(' ').count())
            .max()
            .unwrap_or(1);
        let title_words = titles
            .keys()
            .flat_map(|t| t.split(' '))
            .filter(|w| !matches!(*w, "of" | "to" | "for" | "the"))
            .map(str::to_owned)
            .collect();
        let honorifics = data_lines(include_str!("../../data/people/honorifics.tsv"))
            .map(|line| {
                let mut fields = line.split('\t').map(str::trim);
                let form = fields.next().unwrap_or("").to_owned();
                (form, gender_of(fields.next().unwrap_or("")))
            })
            .collect();
        let gendered_words = |data: &str| -> HashMap<String, Gender> {
            data_lines(data)
                .filter_map(|line| {
                    let (word, flag) = line.split_once('\t')?;
                    Some((word.trim().to_lowercase(), gender_of(flag.trim())?))
                })
                .collect()
        };
        let pronouns = gendered_words(include_str!("../../data/people/pronouns.tsv"));
        let kinship = gendered_words(include_str!("../../data/people/kinship.tsv"));
        let given_names = data_lines(include_str!("../../data/people/given_names.tsv"))
            .map(|line| {
                let mut fields = line.split('\t').map(str::trim);
                let name = fields.next().unwrap_or("").to_owned();
                (name, gender_of(fields.next().unwrap_or("")))
            })
            .collect();
        let mut family_names = HashMap::new();
        for line in data_lines(include_str!("../../data/people/family_names.tsv")) {
            if let Some((name, country)) = line.split_once('\t') {
                family_names
                    .entry(name.trim().to_owned())
                    .or_insert_with(|| country.trim().to_owned());
            }
        }
        Lexicon {
            titles,
            title_words,
            longest_title,
            title_modifiers: lines_set(include_str!("../../data/people/title_modifiers.txt"), true),
            honorifics,
            pronouns,
            kinship,
            speech_verbs: lines_set(include_str!("../../data/people/speech_verbs.txt"), true),
            auxiliaries: lines_set(include_str!("../../data/people/auxiliaries.txt"), true),
            given_names,
            particles: lines_set(include_str!("../../data/people/name_particles.txt"), true),
            suffixes: lines_set(include_str!("../../data/people/name_suffixes.txt"), false),
            family_names,
            non_names: lines_set(include_str!("../../data/people/non_names.txt"), false),
            credit_cues: data_lines(include_str!("../../data/people/credit_cues.tsv"))
                .filter_map(|line| {
                    let (cue, place) = line.split_once('\t')?;
                    Some((cue.trim().to_lowercase(), place.trim() == "any"))
                })
                .collect(),
            surname_homographs: lines_set(
                include_str!("../../data/people/surname_homographs.txt"),
                false,
            ),
            org_words: lines_set(include_str!("../../data/people/org_words.txt"), false),
        }
    }

    /// True when the lower-cased word is a title modifier or a word of a
    /// title (`prime` of `prime minister`), connectors aside.
    pub(super) fn is_title_word(&self, lower: &str) -> bool {
        self.title_modifiers.contains(lower) || self.title_words.contains(lower)
    }
}
