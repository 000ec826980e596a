//! The word lists of the quote extractor, loaded once from `data/quotes/`.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// How reliably a verb reports speech (see `data/quotes/speech_verbs.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Strength {
    /// A thought or plan: reports a clause only.
    Thought = 1,
    /// A speech act with a stance.
    Stance = 2,
    /// A plain reporting verb.
    Plain = 3,
}

/// The class of a word in a speaker phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordClass {
    /// A title or honorific (`President`, `Mr.`).
    Title,
    /// A role that can speak alone (`spokesman`, `officials`).
    Role,
    /// A body that can speak (`ministry`).
    Institution,
    /// A noun for an utterance (`remarks`).
    Speech,
}

/// What a pronoun can point back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PronounKind {
    /// One person.
    Person,
    /// People or a body.
    Group,
}

/// The class of a closed-class word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Function {
    /// Determiner.
    Det,
    /// Preposition.
    Prep,
    /// Conjunction or sentence adverb.
    Conj,
    /// Auxiliary or modal.
    Aux,
    /// Complementiser.
    Comp,
}

/// One speech-verb form, possibly of several words.
#[derive(Debug, Clone)]
pub(crate) struct VerbForm {
    /// The words of the form, lower case.
    pub words: Vec<String>,
    /// The verb's strength.
    pub strength: Strength,
    /// The bare form (`say`, `state`), which is also often a noun.
    pub bare: bool,
}

/// Every word list of the extractor.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    /// Verb forms keyed by their first word, longest first.
    verbs: HashMap<String, Vec<VerbForm>>,
    words: HashMap<String, WordClass>,
    pronouns: HashMap<String, PronounKind>,
    /// Non-quote cues as word sequences, lower case.
    pub non_quote_cues: Vec<Vec<String>>,
    abbreviations: HashSet<String>,
    modifiers: HashSet<String>,
    functions: HashMap<String, Function>,
    noun_forms: HashSet<String>,
    time_words: HashSet<String>,
    object_verbs: HashSet<String>,
    irregular_past: HashSet<String>,
    non_speakers: HashSet<String>,
    speech_nouns: HashSet<String>,
    clause_nouns: HashSet<String>,
}

/// The text of every data file.
#[derive(Clone, Copy)]
struct Sources<'a> {
    verbs: &'a str,
    words: &'a str,
    pronouns: &'a str,
    cues: &'a str,
    abbreviations: &'a str,
    modifiers: &'a str,
    functions: &'a str,
    noun_forms: &'a str,
    time_words: &'a str,
    object_verbs: &'a str,
    irregular_past: &'a str,
    non_speakers: &'a str,
    speech_nouns: &'a str,
    clause_nouns: &'a str,
}

fn entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Lexicon {
    /// The bundled lexicon.
    pub fn global() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            Lexicon::from_data(&Sources {
                verbs: include_str!("../../data/quotes/speech_verbs.tsv"),
                words: include_str!("../../data/quotes/speaker_words.tsv"),
                pronouns: include_str!("../../data/quotes/pronouns.tsv"),
                cues: include_str!("../../data/quotes/non_quote_cues.txt"),
                abbreviations: include_str!("../../data/quotes/abbreviations.txt"),
                modifiers: include_str!("../../data/quotes/verb_modifiers.txt"),
                functions: include_str!("../../data/quotes/function_words.tsv"),
                noun_forms: include_str!("../../data/quotes/noun_forms.txt"),
                time_words: include_str!("../../data/quotes/time_words.txt"),
                object_verbs: include_str!("../../data/quotes/object_verbs.txt"),
                irregular_past: include_str!("../../data/quotes/irregular_past.txt"),
                non_speakers: include_str!("../../data/quotes/non_speakers.txt"),
                speech_nouns: include_str!("../../data/quotes/speech_nouns.txt"),
                clause_nouns: include_str!("../../data/quotes/clause_nouns.txt"),
            })
        })
    }

    fn from_data(sources: &Sources) -> Lexicon {
        let Sources {
            verbs,
            words,
            pronouns,
            cues,
            abbreviations,
            modifiers,
            functions,
            noun_forms,
            time_words,
            object_verbs,
            irregular_past,
            non_speakers,
            speech_nouns,
            clause_nouns,
        } = *sources;
        let mut lexicon = Lexicon::default();
        for line in entries(verbs) {
            let mut fields = line.split('\t');
            let (Some(lemma), Some(strength), Some(forms)) =
                (fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            let strength = match strength.trim() {
                "3" => Strength::Plain,
                "2" => Strength::Stance,
                _ => Strength::Thought,
            };
            for (n, form) in forms.split_whitespace().enumerate() {
                let words: Vec<String> = form.split('_').map(str::to_lowercase).collect();
                if let Some(first) = words.first().cloned() {
                    let bare = n == 0 && words.len() == 1 && form == lemma.trim();
                    lexicon.verbs.entry(first).or_default().push(VerbForm {
                        words,
                        strength,
                        bare,
                    });
                }
            }
        }
        for forms in lexicon.verbs.values_mut() {
            forms.sort_by_key(|form| std::cmp::Reverse(form.words.len()));
        }
        for line in entries(words) {
            let mut fields = line.split('\t');
            let (Some(word), Some(class)) = (fields.next(), fields.next()) else {
                continue;
            };
            let class = match class.trim() {
                "title" => WordClass::Title,
                "role" => WordClass::Role,
                "institution" => WordClass::Institution,
                _ => WordClass::Speech,
            };
            lexicon.words.insert(word.trim().to_lowercase(), class);
        }
        for line in entries(pronouns) {
            let mut fields = line.split('\t');
            let (Some(word), Some(kind)) = (fields.next(), fields.next()) else {
                continue;
            };
            let kind = if kind.trim() == "group" {
                PronounKind::Group
            } else {
                PronounKind::Person
            };
            lexicon.pronouns.insert(word.trim().to_lowercase(), kind);
        }
        lexicon.non_quote_cues = entries(cues)
            .map(|l| l.split_whitespace().map(str::to_lowercase).collect())
            .collect();
        lexicon.abbreviations = entries(abbreviations).map(str::to_lowercase).collect();
        lexicon.modifiers = entries(modifiers).map(str::to_lowercase).collect();
        for line in entries(functions) {
            let mut fields = line.split('\t');
            let (Some(word), Some(class)) = (fields.next(), fields.next()) else {
                continue;
            };
            let class = match class.trim() {
                "det" => Function::Det,
                "prep" => Function::Prep,
                "conj" => Function::Conj,
                "aux" => Function::Aux,
                _ => Function::Comp,
            };
            lexicon.functions.insert(word.trim().to_lowercase(), class);
        }
        lexicon.noun_forms = entries(noun_forms).map(str::to_lowercase).collect();
        lexicon.time_words = entries(time_words).map(str::to_lowercase).collect();
        lexicon.object_verbs = entries(object_verbs).map(str::to_lowercase).collect();
        lexicon.irregular_past = entries(irregular_past).map(str::to_lowercase).collect();
        lexicon.non_speakers = entries(non_speakers).map(str::to_lowercase).collect();
        lexicon.speech_nouns = entries(speech_nouns).map(str::to_lowercase).collect();
        lexicon.clause_nouns = entries(clause_nouns).map(str::to_lowercase).collect();
        lexicon
    }

    /// The verb forms that may start at a word, longest first.
    pub fn verb_forms(&self, lower: &str) -> &[VerbForm] {
        self.verbs.get(lower).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The class of a speaker-phrase word.
    pub fn word_class(&self, lower: &str) -> Option<WordClass> {
        self.words.get(lower).copied()
    }

    /// Whether a word is a title or honorific.
    pub fn is_title(&self, lower: &str) -> bool {
        self.word_class(lower) == Some(WordClass::Title)
    }

    /// What a pronoun points back to.
    pub fn pronoun(&self, lower: &str) -> Option<PronounKind> {
        self.pronouns.get(lower).copied()
    }

    /// Whether a word (lower case, without its period) is an abbreviation.
    pub fn is_abbreviation(&self, lower: &str) -> bool {
        self.abbreviations.contains(lower)
    }

    /// The class of a closed-class word.
    pub fn function(&self, lower: &str) -> Option<Function> {
        self.functions.get(lower).copied()
    }

    /// Whether a verb form is also a plural noun (`states`, `comments`).
    pub fn is_noun_form(&self, lower: &str) -> bool {
        self.noun_forms.contains(lower)
    }

    /// Whether a word belongs to a time adjunct (`Monday`, `last`, `week`).
    pub fn is_time_word(&self, lower: &str) -> bool {
        self.time_words.contains(lower)
    }

    /// Whether a speech-verb form takes its listener before the clause.
    pub fn takes_listener(&self, lower: &str) -> bool {
        self.object_verbs.contains(lower)
    }

    /// Whether a word is an irregular past-tense verb (`ran`, `won`).
    pub fn is_irregular_past(&self, lower: &str) -> bool {
        self.irregular_past.contains(lower)
    }

    /// Whether a phrase head counts people instead of naming a speaker.
    pub fn is_non_speaker(&self, lower: &str) -> bool {
        self.non_speakers.contains(lower)
    }

    /// Whether a noun names an utterance whose that-clause reports it.
    pub fn is_speech_noun(&self, lower: &str) -> bool {
        self.speech_nouns.contains(lower)
    }

    /// Whether a noun after a speech verb takes the reported that-clause
    /// (`expressed concern that`): a speech noun or a noun of attitude.
    pub fn is_clause_noun(&self, lower: &str) -> bool {
        self.speech_nouns.contains(lower) || self.clause_nouns.contains(lower)
    }

    /// Whether a word may stand between a speaker and the verb.
    pub fn is_modifier(&self, lower: &str) -> bool {
        self.modifiers.contains(lower)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_lists_load_with_strengths() {
        let lexicon = Lexicon::global();
        let said = &lexicon.verb_forms("said")[0];
        assert_eq!(said.strength, Strength::Plain);
        assert_eq!(
            lexicon.verb_forms("believes")[0].strength,
            Strength::Thought
        );
        assert_eq!(lexicon.verb_forms("pointed")[0].words, ["pointed", "out"]);
        assert!(lexicon.is_title("minister"));
        assert_eq!(lexicon.word_class("ministry"), Some(WordClass::Institution));
        assert_eq!(lexicon.pronoun("she"), Some(PronounKind::Person));
        assert!(lexicon.is_abbreviation("sen"));
        assert!(lexicon.is_modifier("reportedly"));
        assert_eq!(lexicon.function("whether"), Some(Function::Comp));
        assert!(lexicon.is_noun_form("states"));
        assert!(lexicon.verb_forms("say")[0].bare);
        assert!(!lexicon.verb_forms("branded")[0].bare);
        assert!(lexicon.non_quote_cues.iter().any(|c| c == &["known", "as"]));
    }
}
