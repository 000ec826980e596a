//! The event word lists of `data/events/`, loaded once.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::records::EventType;

/// What an event cue announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// An event of this type.
    Event(EventType),
    /// A part of a summit (a press conference): the summit itself.
    Part,
}

/// One entry of `cues.tsv`.
#[derive(Debug, Clone)]
pub(crate) struct Cue {
    /// The cue's words, lower case.
    pub words: Vec<String>,
    pub kind: CueKind,
    /// A verb, never an anaphoric noun phrase.
    pub verb: bool,
    /// A vague noun (`event`), an event only in a commemorative context.
    pub generic: bool,
    /// An event only when a release verb is in its clause.
    pub release: bool,
    /// An event only when a document or relation noun is in its clause.
    pub document: bool,
    /// An event only when its own clause dates it.
    pub dated: bool,
    /// An event only when a person or country is named in its clause.
    pub agent: bool,
    /// Not an event when used as a verb right after its subject.
    pub noun: bool,
    /// Only after a determiner or possessive, and not before `of`.
    pub determined: bool,
}

/// A list of words or phrases; a line ending in `*` is a prefix.
#[derive(Debug, Default)]
pub(crate) struct WordList {
    phrases: Vec<Vec<String>>,
    prefixes: Vec<String>,
}

impl WordList {
    fn parse(data: &str) -> WordList {
        let mut list = WordList::default();
        for line in data_lines(data) {
            match line.strip_suffix('*') {
                Some(prefix) => list.prefixes.push(prefix.to_owned()),
                None => list
                    .phrases
                    .push(line.split_whitespace().map(str::to_owned).collect()),
            }
        }
        list
    }

    /// Whether one word is in the list (as a one-word phrase or by prefix).
    pub fn has_word(&self, word: &str) -> bool {
        self.phrases.iter().any(|p| p.len() == 1 && p[0] == word)
            || self.prefixes.iter().any(|p| word.starts_with(p.as_str()))
    }

    /// The length in words of the longest phrase of the list that ends at
    /// `words[end - 1]`.
    pub fn phrase_ending_at(&self, words: &[&str], end: usize) -> Option<usize> {
        let mut best = None;
        for phrase in &self.phrases {
            let n = phrase.len();
            if n <= end && phrase.iter().zip(&words[end - n..end]).all(|(a, b)| a == b) {
                best = best.max(Some(n));
            }
        }
        if best.is_none() && end > 0 && self.has_word(words[end - 1]) {
            best = Some(1);
        }
        best
    }

    /// The length in words of the longest phrase of the list that starts at
    /// `words[start]`.
    pub fn phrase_starting_at(&self, words: &[&str], start: usize) -> Option<usize> {
        let mut best = None;
        for phrase in &self.phrases {
            let n = phrase.len();
            if start + n <= words.len()
                && phrase
                    .iter()
                    .zip(&words[start..start + n])
                    .all(|(a, b)| a == b)
            {
                best = best.max(Some(n));
            }
        }
        if best.is_none() && start < words.len() && self.has_word(words[start]) {
            best = Some(1);
        }
        best
    }
}

/// Every event word list.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// Cues by their first word.
    cues: HashMap<String, Vec<Cue>>,
    pub scheduled: WordList,
    pub commemorative: WordList,
    pub release: WordList,
    pub documents: WordList,
    pub negations: WordList,
    pub compound_heads: WordList,
    pub agents: WordList,
    pub pair_subjects: WordList,
    pub anchors: WordList,
    pub context_prepositions: WordList,
    pub quantifiers: WordList,
    pub definite: WordList,
    pub anterior: WordList,
    pub venue_participles: WordList,
    pub relative_pronouns: WordList,
    pub leader_titles: WordList,
    pub not_sitting: WordList,
    pub novelty: WordList,
    pub coincide: WordList,
    pub date_prepositions: WordList,
    /// Verbs of saying: their dates and subjects belong to the report.
    pub reporting: WordList,
    /// Words that make the date after them a length of time (`spent`).
    pub durations: WordList,
    /// Phrases that make the cue after them a comparison base (`up from`).
    pub comparison: WordList,
    /// Prepositions that make the country after them a topic (`on`).
    pub topic_prepositions: WordList,
    /// Modals of advice (`should`): no plan, no event.
    pub advice: WordList,
    /// Openers that list points (`Third,`), before an imperative.
    pub enumerators: WordList,
    /// Subjects after an opener (`we`): no imperative.
    pub subjects: WordList,
    /// Place prepositions and the event types they place (`None`: any).
    pub place_prepositions: HashMap<String, Option<Vec<EventType>>>,
    /// Types that have no place or participants of their own (`anniversary`).
    pub placeless: Vec<EventType>,
    /// Types whose undated reference point (`after their summit`) is the
    /// news event, dated by the article's lead.
    pub presupposed_after: Vec<EventType>,
    /// Types whose undated definite mention (`the summit`) takes the lead's
    /// date.
    pub presupposed_definite: Vec<EventType>,
    /// Pairs of types that may name one event (`ceremony` ~ `reception`).
    pub compatible: Vec<(EventType, EventType)>,
}

impl Lexicon {
    /// The lexicon built from the bundled data files.
    pub fn global() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| Lexicon {
            cues: parse_cues(include_str!("../../data/events/cues.tsv")),
            scheduled: WordList::parse(include_str!("../../data/events/scheduled.txt")),
            commemorative: WordList::parse(include_str!("../../data/events/commemorative.txt")),
            release: WordList::parse(include_str!("../../data/events/release.txt")),
            documents: WordList::parse(include_str!("../../data/events/documents.txt")),
            negations: WordList::parse(include_str!("../../data/events/negations.txt")),
            compound_heads: WordList::parse(include_str!("../../data/events/compound_heads.txt")),
            agents: WordList::parse(include_str!("../../data/events/agents.txt")),
            pair_subjects: WordList::parse(include_str!("../../data/events/pair_subjects.txt")),
            anchors: WordList::parse(include_str!("../../data/events/anchors.txt")),
            context_prepositions: WordList::parse(include_str!(
                "../../data/events/context_prepositions.txt"
            )),
            quantifiers: WordList::parse(include_str!("../../data/events/quantifiers.txt")),
            definite: WordList::parse(include_str!("../../data/events/definite.txt")),
            anterior: WordList::parse(include_str!("../../data/events/anterior.txt")),
            venue_participles: WordList::parse(include_str!(
                "../../data/events/venue_participles.txt"
            )),
            relative_pronouns: WordList::parse(include_str!(
                "../../data/events/relative_pronouns.txt"
            )),
            leader_titles: WordList::parse(include_str!("../../data/events/leader_titles.txt")),
            not_sitting: WordList::parse(include_str!("../../data/events/not_sitting.txt")),
            novelty: WordList::parse(include_str!("../../data/events/novelty.txt")),
            coincide: WordList::parse(include_str!("../../data/events/coincide.txt")),
            date_prepositions: WordList::parse(include_str!(
                "../../data/events/date_prepositions.txt"
            )),
            reporting: WordList::parse(include_str!("../../data/events/reporting.txt")),
            durations: WordList::parse(include_str!("../../data/events/durations.txt")),
            comparison: WordList::parse(include_str!("../../data/events/comparison.txt")),
            topic_prepositions: WordList::parse(include_str!(
                "../../data/events/topic_prepositions.txt"
            )),
            advice: advice_role("modal"),
            enumerators: advice_role("enumerator"),
            subjects: advice_role("subject"),
            place_prepositions: parse_place_prepositions(include_str!(
                "../../data/events/place_prepositions.tsv"
            )),
            placeless: data_lines(include_str!("../../data/events/placeless.txt"))
                .filter_map(EventType::parse)
                .collect(),
            presupposed_after: presupposed("after"),
            presupposed_definite: presupposed("the"),
            compatible: parse_compatible(include_str!("../../data/events/compatible.tsv")),
        })
    }

    /// The longest cue that starts at `words[start]`, with its length.
    pub fn cue_at(&self, words: &[&str], start: usize) -> Option<(&Cue, usize)> {
        let candidates = self.cues.get(words[start])?;
        candidates
            .iter()
            .filter(|cue| {
                let n = cue.words.len();
                start + n <= words.len()
                    && cue
                        .words
                        .iter()
                        .zip(&words[start..start + n])
                        .all(|(a, b)| a == b)
            })
            .max_by_key(|cue| cue.words.len())
            .map(|cue| (cue, cue.words.len()))
    }

    /// Whether two different types may name one event.
    pub fn types_compatible(&self, a: EventType, b: EventType) -> bool {
        a == b
            || self
                .compatible
                .iter()
                .any(|&(x, y)| (x == a && y == b) || (x == b && y == a))
    }
}

/// The types of `presupposed.tsv` with one form.
fn presupposed(form: &str) -> Vec<EventType> {
    data_lines(include_str!("../../data/events/presupposed.tsv"))
        .filter_map(|line| {
            let (name, forms) = line.split_once('\t')?;
            forms
                .split(',')
                .any(|f| f.trim() == form)
                .then(|| EventType::parse(name.trim()))
                .flatten()
        })
        .collect()
}

/// The phrases of one role of `advice.tsv`.
fn advice_role(role: &str) -> WordList {
    let data = include_str!("../../data/events/advice.tsv");
    let lines: Vec<&str> = data_lines(data)
        .filter_map(|line| {
            let (r, phrase) = line.split_once('\t')?;
            (r.trim() == role).then_some(phrase.trim())
        })
        .collect();
    WordList::parse(&lines.join("\n"))
}

/// Non-empty, non-comment lines, trimmed.
pub(crate) fn data_lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

fn parse_cues(data: &str) -> HashMap<String, Vec<Cue>> {
    let mut cues: HashMap<String, Vec<Cue>> = HashMap::new();
    for line in data_lines(data) {
        let mut fields = line.split('\t');
        let (Some(phrase), Some(kind)) = (fields.next(), fields.next()) else {
            continue;
        };
        let kind = match kind.trim() {
            "part" => CueKind::Part,
            name => match EventType::parse(name) {
                Some(t) => CueKind::Event(t),
                None => continue,
            },
        };
        let flags: Vec<&str> = fields
            .next()
            .map(|f| f.split(',').map(str::trim).collect())
            .unwrap_or_default();
        let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
        let Some(first) = words.first().cloned() else {
            continue;
        };
        cues.entry(first).or_default().push(Cue {
            words,
            kind,
            verb: flags.contains(&"verb"),
            generic: flags.contains(&"generic"),
            release: flags.contains(&"release"),
            document: flags.contains(&"document"),
            dated: flags.contains(&"dated"),
            agent: flags.contains(&"agent"),
            noun: flags.contains(&"noun"),
            determined: flags.contains(&"determined"),
        });
    }
    cues
}

fn parse_place_prepositions(data: &str) -> HashMap<String, Option<Vec<EventType>>> {
    data_lines(data)
        .filter_map(|line| {
            let (word, types) = line.split_once('\t')?;
            let types = match types.trim() {
                "any" => None,
                list => Some(
                    list.split(',')
                        .filter_map(|t| EventType::parse(t.trim()))
                        .collect(),
                ),
            };
            Some((word.trim().to_lowercase(), types))
        })
        .collect()
}

fn parse_compatible(data: &str) -> Vec<(EventType, EventType)> {
    data_lines(data)
        .filter_map(|line| {
            let (a, b) = line.split_once('\t')?;
            Some((EventType::parse(a.trim())?, EventType::parse(b.trim())?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_file_loads_with_entries() {
        let lexicon = Lexicon::global();
        assert!(lexicon.cues.contains_key("summit"));
        assert!(
            lexicon
                .scheduled
                .phrase_ending_at(&["is", "scheduled", "to"], 3)
                == Some(3)
        );
        assert!(lexicon.commemorative.has_word("commemorating"));
        assert!(lexicon.types_compatible(EventType::Ceremony, EventType::Reception));
        assert!(!lexicon.types_compatible(EventType::Ceremony, EventType::Visit));
        assert_eq!(
            lexicon.place_prepositions.get("to"),
            Some(&Some(vec![EventType::Visit]))
        );
    }

    #[test]
    fn longest_cue_wins() {
        let words = ["summit", "meeting", "with"];
        let (cue, len) = Lexicon::global().cue_at(&words, 0).expect("a cue");
        assert_eq!(len, 2);
        assert_eq!(cue.kind, CueKind::Event(EventType::Summit));
        let words = ["press", "conference"];
        let (cue, _) = Lexicon::global().cue_at(&words, 0).expect("a cue");
        assert_eq!(cue.kind, CueKind::Part);
    }
}
