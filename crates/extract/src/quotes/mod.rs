//! Quotations: direct, partial and indirect, attributed to a speaker.
//!
//! The text is prepared once (`doc`: paragraphs, paired quotation marks,
//! tokens, sentences that quotations do not break), then every sentence is
//! read for attribution frames (`attribution`: a speech cue, its speaker
//! phrase on either side, the content it reports). Quotations that no frame
//! covers but that stand alone continue the previous speaker, or take one
//! from an attribution line, a dash or the sentence before. Speaker phrases
//! become canonical names in `speaker`.

mod attribution;
mod doc;
mod lexicon;
mod marks;
mod speaker;

use newsfacts_normalize::Annotations;
use newsfacts_parse::{Article, PartialDate};

use crate::records::{EventMention, EventType, Quote, QuoteKind};
use crate::spans::SpanIndex;
use attribution::{Frame, Subject};
use doc::{Doc, Kind};
use lexicon::Strength;
use speaker::{Resolver, Speaker};

/// Every quotation in `article`, as rows of the `quotes` table: a partial
/// quotation is its quoted phrase, without the reporter's words around it.
/// `event_mentions` lets a quote point at the event where it was said.
pub fn find_quotes(
    article: &Article,
    annotations: &Annotations,
    event_mentions: &[EventMention],
) -> Vec<Quote> {
    let mut rows: Vec<Quote> = quotes_with_phrases(article, annotations, event_mentions)
        .into_iter()
        .map(|(mut quote, (start, end), text)| {
            quote.char_start = start;
            quote.char_end = end;
            quote.text = text;
            quote
        })
        .collect();
    rows.sort_by_key(|q| (q.char_start, q.char_end));
    rows.dedup_by(|b, a| a.char_start == b.char_start && a.char_end == b.char_end);
    rows
}

/// Every quotation with the reported clause as its span (the `newsfacts
/// quotes` convention, after PolNeAR), and the span and text of its quoted
/// phrase (the whole span but for partial quotations).
fn quotes_with_phrases(
    article: &Article,
    annotations: &Annotations,
    event_mentions: &[EventMention],
) -> Vec<(Quote, (usize, usize), String)> {
    let doc = Doc::new(&article.text);
    let mut resolver = Resolver::new(&doc, &annotations.people, &annotations.places);
    let dating = Dating::new(&doc, annotations, event_mentions);
    let mut quotes: Vec<(Quote, (usize, usize), String)> = Vec::new();
    let mut covered = vec![false; doc.quotes.len()];
    // The last quotation's speaker, cue and paragraph, for continuations.
    let mut last: Option<(Speaker, Option<String>, usize)> = None;
    let mut speaker_dates: Vec<(String, PartialDate)> = Vec::new();
    for index in 0..doc.sentences.len() {
        let (s, e) = doc.sentences[index];
        for frame in doc.frames_in_sentence(index) {
            let speaker = match frame.subject {
                Subject::Phrase(a, b) => resolver.resolve(a, b),
                Subject::Missing => None,
            };
            let Some(speaker) = speaker else { continue };
            for &q in &frame.quotes {
                covered[q] = true;
            }
            resolver.note(&speaker);
            let cue = frame.cue.map(|c| doc.token_text(c.start, c.end));
            if frame.kind != QuoteKind::Indirect {
                last = Some((speaker.clone(), cue.clone(), doc.tokens[e - 1].para));
            }
            quotes.push(dating.quote_with_phrase(&frame, speaker, cue, &mut speaker_dates));
        }
        let opened: Vec<(usize, usize)> = (s..e)
            .filter_map(|i| match doc.tokens[i].kind {
                Kind::Open(q) => Some((q, i)),
                _ => None,
            })
            .collect();
        for (q, open) in opened {
            if covered[q] {
                continue;
            }
            covered[q] = true;
            if !doc.stands_alone(q)
                || doc.is_label(q, (s, e))
                || !doc.looks_like_sentence(q) && doc.quote_words(q) < 4
            {
                continue;
            }
            let para = doc.tokens[open].para;
            // A person brought in by the sentence before, outside any
            // quotation, takes over from the last speaker.
            let previous_plain = index.checked_sub(1).is_some_and(|p| {
                let (ps, pe) = doc.sentences[p];
                doc.tokens[ps..pe]
                    .iter()
                    .all(|t| t.inside.is_none() && !matches!(t.kind, Kind::Open(_)))
            });
            let newcomer = previous_plain
                .then(|| previous_subject(&doc, &resolver, index))
                .flatten()
                .filter(|(speaker, _)| speaker.person);
            let attributed = attribution_line(&doc, &resolver, q, index)
                .or(newcomer)
                .or_else(|| {
                    last.as_ref()
                        .filter(|(_, _, p)| para <= p + 1)
                        .map(|(speaker, cue, _)| (speaker.clone(), cue.clone()))
                })
                .or_else(|| previous_subject(&doc, &resolver, index));
            let Some((speaker, cue)) = attributed else {
                continue;
            };
            let frame = Frame {
                cue: None,
                subject: Subject::Missing,
                kind: QuoteKind::Direct,
                span: (doc.quotes[q].start, doc.quotes[q].end),
                sentence: index,
                quotes: vec![q],
            };
            resolver.note(&speaker);
            last = Some((speaker.clone(), cue.clone(), doc.tokens[e - 1].para));
            quotes.push(dating.quote_with_phrase(&frame, speaker, cue, &mut speaker_dates));
        }
        // Who speaks in a dated sentence spoke then: later quotations of
        // theirs without a date of their own inherit it.
        let date = dating.sentence_date(index, None);
        for cue in doc.cues(s, e) {
            let Some((a, b)) = doc.subject_before(s, cue.start) else {
                continue;
            };
            if let Some(subject) = resolver.resolve(a, b).filter(|sp| sp.person) {
                if let Some(date) = date {
                    speaker_dates.push((subject.name.clone(), date));
                }
            }
        }
        if let Some((a, b)) = doc.sentence_subject(s, e) {
            if let Some(subject) = resolver.resolve(a, b).filter(|sp| sp.person) {
                resolver.note(&subject);
            }
        }
    }
    quotes.sort_by_key(|(q, _, _)| (q.char_start, q.char_end));
    quotes.dedup_by(|b, a| a.0.char_start == b.0.char_start && a.0.char_end == b.0.char_end);
    quotes
}

/// An attribution on the quotation's own line or the next one: a dash and a
/// name (`— Foreign Minister Jane Roe`), or a short `Name said.` sentence.
fn attribution_line(
    doc: &Doc,
    resolver: &Resolver,
    q: usize,
    sentence: usize,
) -> Option<(Speaker, Option<String>)> {
    let close = doc.close_token[q]?;
    let (_, e) = doc.sentences[sentence];
    let after = close + 1;
    if after < e && doc.tokens[after].is_dash() {
        let (a, b) = doc.subject_after(after + 1, e)?;
        return resolver.resolve(a, b).map(|s| (s, None));
    }
    // The next sentence, when it is nothing but an attribution: in the same
    // paragraph after a quotation that ends the sentence (`"...!" Kim
    // shouted.`), or alone on the next line.
    let &(ns, ne) = doc.sentences.get(sentence + 1)?;
    let same_para = doc.tokens[ns].para == doc.tokens[close].para;
    let own_line = doc.tokens[ns].para == doc.tokens[close].para + 1
        && doc
            .sentences
            .get(sentence + 2)
            .is_none_or(|&(s2, _)| doc.tokens[s2].para != doc.tokens[ns].para);
    if !(same_para || own_line)
        || ne - ns > 10
        || doc.tokens[ns..ne].iter().any(|t| t.inside.is_some())
    {
        return None;
    }
    if doc.tokens[ns].is_dash() {
        let (a, b) = doc.subject_after(ns + 1, ne)?;
        return resolver.resolve(a, b).map(|s| (s, None));
    }
    let cue = doc
        .cues(ns, ne)
        .into_iter()
        .find(|c| !c.according && c.strength == Strength::Plain)?;
    let phrase = doc
        .subject_before(ns, cue.start)
        .filter(|p| p.0 == ns)
        .or_else(|| {
            (cue.start == ns)
                .then(|| doc.subject_after(cue.end, ne))
                .flatten()
        })?;
    // Only adjuncts may follow: `Kim said on Monday.`, not a new clause.
    let rest = phrase.1.max(cue.end);
    if doc.tokens[rest..ne]
        .iter()
        .any(|t| matches!(t.lower.as_str(), "not" | "that"))
        || ne - rest > 5
    {
        return None;
    }
    let speaker = resolver.resolve(phrase.0, phrase.1)?;
    Some((speaker, Some(doc.token_text(cue.start, cue.end))))
}

/// The speaker named only in the sentence before: its subject, when that is
/// a person, or the speaker of a colon-ended introduction.
fn previous_subject(
    doc: &Doc,
    resolver: &Resolver,
    sentence: usize,
) -> Option<(Speaker, Option<String>)> {
    let previous = sentence.checked_sub(1)?;
    let (ps, pe) = doc.sentences[previous];
    let (s, _) = doc.sentences[sentence];
    if doc.tokens[s].para > doc.tokens[pe - 1].para + 1 {
        return None;
    }
    let colon = doc.tokens[pe - 1].is_punct(':');
    if colon {
        if let Some(cue) = doc.cues(ps, pe).into_iter().last() {
            let phrase = doc
                .subject_before(ps, cue.start)
                .or_else(|| doc.subject_after(cue.end, pe))
                .or_else(|| doc.sentence_subject(ps, pe));
            if let Some((a, b)) = phrase {
                let cue_text = doc.token_text(cue.start, cue.end);
                return resolver.resolve(a, b).map(|sp| (sp, Some(cue_text)));
            }
        }
    }
    let (a, b) = doc.sentence_subject(ps, pe)?;
    resolver
        .resolve(a, b)
        .filter(|sp| sp.person || colon)
        .map(|sp| (sp, None))
}

/// Dates and events for quotations.
struct Dating<'a> {
    doc: &'a Doc,
    annotations: &'a Annotations,
    event_mentions: &'a [EventMention],
    timex_spans: SpanIndex,
    event_spans: SpanIndex,
}

impl<'a> Dating<'a> {
    fn new(
        doc: &'a Doc,
        annotations: &'a Annotations,
        event_mentions: &'a [EventMention],
    ) -> Dating<'a> {
        Dating {
            doc,
            annotations,
            event_mentions,
            timex_spans: SpanIndex::new(annotations.timexes.iter().map(|t| (t.start, t.end))),
            event_spans: SpanIndex::new(event_mentions.iter().map(|m| (m.char_start, m.char_end))),
        }
    }

    /// The date a sentence gives outside `skip` (the reported words).
    fn sentence_date(&self, sentence: usize, skip: Option<(usize, usize)>) -> Option<PartialDate> {
        let (s, e) = self.doc.sentences[sentence];
        let (start, end) = (self.doc.tokens[s].start, self.doc.tokens[e - 1].end);
        let inside_quote = |a: usize| {
            let n = self.doc.quotes.partition_point(|q| q.end <= a);
            self.doc.quotes.get(n).is_some_and(|q| q.start <= a)
        };
        self.timex_spans
            .within(start, end)
            .into_iter()
            .map(|i| &self.annotations.timexes[i])
            .filter(|t| skip.is_none_or(|(a, b)| t.end <= a || t.start >= b))
            .filter(|t| !inside_quote(t.start))
            .find_map(|t| t.date())
    }

    fn event_of(&self, sentence: usize) -> Option<usize> {
        let (s, e) = self.doc.sentences[sentence];
        let (start, end) = (self.doc.tokens[s].start, self.doc.tokens[e - 1].end);
        // Events that are occasions for speaking; an anniversary or an
        // election named in the sentence is what was talked about.
        self.event_spans
            .near(start, end)
            .filter(|&i| {
                let m = &self.event_mentions[i];
                m.char_start < end
                    && m.char_end > start
                    && !matches!(
                        m.event_type,
                        EventType::Anniversary
                            | EventType::Election
                            | EventType::Poll
                            | EventType::Report
                            | EventType::Agreement
                            | EventType::Inauguration
                    )
            })
            .min()
    }

    /// [`Dating::quote`], with the span and text of the quoted phrase: the
    /// longest quoted span of a partial quotation, else the whole span.
    fn quote_with_phrase(
        &self,
        frame: &Frame,
        speaker: Speaker,
        cue: Option<String>,
        speaker_dates: &mut Vec<(String, PartialDate)>,
    ) -> (Quote, (usize, usize), String) {
        let quote = self.quote(frame, speaker, cue, speaker_dates);
        let phrase = (quote.kind == QuoteKind::Partial)
            .then(|| {
                frame
                    .quotes
                    .iter()
                    .filter_map(|&q| self.doc.quotes.get(q))
                    .map(|q| (q.start, q.end))
                    .max_by_key(|(a, b)| b - a)
            })
            .flatten()
            .unwrap_or((quote.char_start, quote.char_end));
        let text = self.doc.slice(phrase.0, phrase.1);
        (quote, phrase, text)
    }

    fn quote(
        &self,
        frame: &Frame,
        speaker: Speaker,
        cue: Option<String>,
        speaker_dates: &mut Vec<(String, PartialDate)>,
    ) -> Quote {
        // An event dated by the reported words (`said that Roe would visit
        // Seoul in May`) is what was talked about, not where it was said.
        let (start, end) = frame.span;
        let content_dates: Vec<PartialDate> = self
            .timex_spans
            .within(start, end)
            .into_iter()
            .filter_map(|i| self.annotations.timexes[i].date())
            .collect();
        let event_mention = self.event_of(frame.sentence).filter(|&i| {
            self.event_mentions[i]
                .date
                .is_none_or(|d| !content_dates.contains(&d))
        });
        // The utterance's own date; else its event's (an undated event
        // leaves the date to the merge, which may learn it from another
        // report); else the last date the speaker was seen speaking at.
        let own = self.sentence_date(frame.sentence, Some(frame.span));
        let said_on = match (own, event_mention) {
            (Some(date), _) => Some(date),
            (None, Some(i)) => self.event_mentions[i].date,
            (None, None) => speaker_dates
                .iter()
                .rev()
                .find(|(name, _)| *name == speaker.name)
                .map(|(_, date)| *date),
        };
        if let Some(date) = said_on {
            speaker_dates.push((speaker.name.clone(), date));
        }
        Quote {
            speaker: Some(speaker.name),
            speaker_title: speaker.title,
            speaker_country: speaker.country,
            text: self.doc.slice(frame.span.0, frame.span.1),
            kind: frame.kind,
            cue,
            said_on,
            event_mention,
            char_start: frame.span.0,
            char_end: frame.span.1,
        }
    }
}

/// One quotation as the `newsfacts quotes` command reports it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct QuoteSpan {
    /// Start of the quoted words (inside the marks), in Unicode scalar values.
    pub start: usize,
    /// End of the quoted words.
    pub end: usize,
    /// The quoted words.
    pub text: String,
    /// Canonical full name of the speaker, where the text gives it.
    pub speaker: Option<String>,
    /// `direct`, `partial` or `indirect`.
    pub kind: crate::records::QuoteKind,
    /// The speech verb.
    pub cue: Option<String>,
}

/// Every quotation in a plain text (paragraphs separated by blank lines).
pub fn quotes_in_text(text: &str) -> Vec<QuoteSpan> {
    let article = Article::from_text("", text);
    let annotations = newsfacts_normalize::annotate(&article);
    quotes_with_phrases(&article, &annotations, &[])
        .into_iter()
        .map(|(q, _, _)| QuoteSpan {
            start: q.char_start,
            end: q.char_end,
            text: q.text,
            speaker: q.speaker,
            kind: q.kind,
            cue: q.cue,
        })
        .collect()
}

/// One document of the `newsfacts quotes` protocol.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct QuotesRequest {
    /// Document id, echoed back.
    pub id: String,
    /// The article text, paragraphs separated by blank lines.
    pub text: String,
}

/// The answer to one [`QuotesRequest`].
#[derive(Debug, Clone, serde::Serialize)]
pub struct QuotesResponse {
    /// Document id.
    pub id: String,
    /// Every quotation found.
    pub quotes: Vec<QuoteSpan>,
}

/// The `newsfacts quotes` protocol: JSON lines `{"id", "text"}` in,
/// `{"id", "quotes": [{"start", "end", "text", "speaker", "kind", "cue"}]}` out.
pub fn quote_json_lines(
    input: impl std::io::BufRead,
    output: impl std::io::Write,
) -> std::io::Result<()> {
    newsfacts_normalize::jsonl::map_json_lines(input, output, |request: QuotesRequest| {
        QuotesResponse {
            quotes: quotes_in_text(&request.text),
            id: request.id,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::EventStatus;
    use crate::testkit::Fixture;

    fn found(text: &str) -> Vec<(String, Option<String>, QuoteKind)> {
        quotes_in_text(text)
            .into_iter()
            .map(|q| (q.text, q.speaker, q.kind))
            .collect()
    }

    #[test]
    fn split_quote_is_two_rows_with_one_speaker() {
        let rows = found("\u{201C}We are ready,\u{201D} Mayor Jane Roe said. \u{201C}The bridge opens in May.\u{201D}");
        assert_eq!(rows.len(), 2);
        assert!(rows
            .iter()
            .all(|r| r.1.as_deref() == Some("Jane Roe") && r.2 == QuoteKind::Direct));
    }

    #[test]
    fn quote_over_paragraphs_closes_only_in_the_last() {
        let text = "Mayor Jane Roe said:\n\n\u{201C}The first part is done.\n\n\u{201C}The second part starts now.\u{201D}\n\nThe council agreed.";
        let rows = found(text);
        assert_eq!(rows.len(), 1);
        assert!(rows[0].0.starts_with("The first part") && rows[0].0.ends_with("starts now."));
        assert_eq!(rows[0].1.as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn attribution_after_a_dash_names_the_speaker() {
        let rows = found("\u{201C}Peace is the only road forward for both nations.\u{201D} \u{2014} Foreign Minister Tom Vale");
        assert_eq!(rows[0].1.as_deref(), Some("Tom Vale"));
    }

    #[test]
    fn attribution_on_its_own_line() {
        let rows = found(
            "\u{201C}Peace is the only road forward for both nations.\u{201D}\n\nTom Vale said.",
        );
        assert_eq!(rows[0].1.as_deref(), Some("Tom Vale"));
    }

    #[test]
    fn speaker_named_only_in_the_sentence_before() {
        let text = "Mayor Jane Roe addressed the crowd on the square.\n\n\u{201C}This city will rebuild every home that was lost.\u{201D}";
        assert_eq!(found(text)[0].1.as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn person_introduced_between_quotes_takes_over() {
        let text = "\u{201C}We will win,\u{201D} Mayor Jane Roe said.\n\nCouncillor Tom Vale disagreed sharply.\n\n\u{201C}This plan has no money behind it.\u{201D}";
        let rows = found(text);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].1.as_deref(), Some("Tom Vale"));
    }

    #[test]
    fn pronoun_speaker_resolves_to_the_last_person() {
        let text = "Mayor Jane Roe visited the site. She said that the repairs would take a year.";
        let rows = found(text);
        assert_eq!(rows.len(), 1);
        assert_eq!(
            rows[0],
            (
                "the repairs would take a year".into(),
                Some("Jane Roe".into()),
                QuoteKind::Indirect
            )
        );
    }

    #[test]
    fn surname_and_title_resolve_to_the_full_name() {
        let text = "Prime Minister Anna Berg met the press. \u{201C}We will act,\u{201D} Berg said. \u{201C}We act now,\u{201D} the prime minister stressed.";
        let rows = found(text);
        assert_eq!(rows.len(), 2);
        assert!(rows.iter().all(|r| r.1.as_deref() == Some("Anna Berg")));
    }

    #[test]
    fn single_quote_style_and_a_named_apposition() {
        let text = "'We will not back down, and we don't intend to,' Mayor Jane Roe said.\n\nThe opposition's leader, Tom Vale, called the plan 'a costly gamble'.";
        let rows = found(text);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].0, "We will not back down, and we don't intend to,");
        assert_eq!(rows[1].1.as_deref(), Some("Tom Vale"));
    }

    #[test]
    fn institutions_speak() {
        let rows =
            found("The presidential office said in a statement that the visit would go ahead.");
        assert_eq!(rows[0].1.as_deref(), Some("The presidential office"));
    }

    #[test]
    fn unbalanced_mark_does_not_swallow_the_article() {
        let text = "Lee said the deal was \u{201C}historic.\n\nThe talks ended on time.\n\n\u{201C}We will meet again,\u{201D} Kim said.";
        let rows = found(text);
        assert_eq!(
            rows.last().map(|r| r.0.as_str()),
            Some("We will meet again,")
        );
        assert!(rows.iter().all(|r| !r.0.contains("talks ended")));
    }

    #[test]
    fn titles_slogans_and_poll_labels_are_not_quotes() {
        assert!(found(
            "The treaty, \u{201C}Basic Relations Between Two Nations,\u{201D} was signed in 1965."
        )
        .is_empty());
        assert!(found(
            "The phrase \u{201C}move toward a better future\u{201D} serves as the official slogan."
        )
        .is_empty());
        assert!(
            found("Some 40% of respondents said \u{201C}very likely\u{201D} in the survey.")
                .is_empty()
        );
        assert!(found("According to the ministry, the plan was examined last year.").is_empty());
    }

    #[test]
    fn parenthetical_attribution_reports_what_follows() {
        let rows = found("The bridge, Mayor Jane Roe said, would reopen in May after the repairs.");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].1.as_deref(), Some("Jane Roe"));
        assert!(rows[1].0.starts_with("would reopen"));
    }

    #[test]
    fn attribution_after_a_question_mark() {
        let rows = found("\u{201C}Where were the guards?\u{201D} Mayor Jane Roe asked.");
        assert_eq!(
            rows[0],
            (
                "Where were the guards?".into(),
                Some("Jane Roe".into()),
                QuoteKind::Direct
            )
        );
    }

    #[test]
    fn plural_pronoun_takes_its_sentence_subject() {
        let rows = found("Senate leaders blocked the bill because they said the text was a \u{201C}poison pill.\u{201D}");
        assert_eq!(rows[0].1.as_deref(), Some("Senate leaders"));
        assert_eq!(rows[0].2, QuoteKind::Partial);
    }

    #[test]
    fn object_before_a_quoted_complement_stays_in_the_partial() {
        let rows = found("Mayor Jane Roe called the plan \u{201C}a good start\u{201D} on Monday.");
        assert!(rows[0].0.starts_with("the plan"));
        assert_eq!(rows[0].2, QuoteKind::Partial);
    }

    #[test]
    fn reported_phrase_without_a_clause_is_not_indirect() {
        assert!(
            found("Lee reportedly expressed a sense of crisis over the low birthrate.").is_empty()
        );
    }

    #[test]
    fn said_on_comes_from_the_attribution_and_event_links_by_sentence() {
        let text = "\u{201C}We will act,\u{201D} Anna Berg said on Thursday.";
        let mut fixture = Fixture::new(text);
        fixture.timex("Thursday", "2025-06-19");
        let mention = fixture.whole_text_mention(EventType::Ceremony, EventStatus::Occurred, None);
        let quotes = find_quotes(&fixture.article, &fixture.annotations, &[mention]);
        assert_eq!(quotes.len(), 1);
        let said_on = quotes[0].said_on.map(|d| d.date.to_string());
        assert_eq!(said_on.as_deref(), Some("2025-06-19"));
        assert_eq!(quotes[0].event_mention, Some(0));
    }
    #[test]
    fn poll_shares_are_not_speakers() {
        assert!(found("In the survey, 42 percent said they trusted the council.").is_empty());
    }

    #[test]
    fn majority_leader_is_a_title_not_a_poll_share() {
        let rows =
            found("\u{201C}The vote is set for May,\u{201D} Senate Majority Leader Tom Vale said.");
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].1.as_deref(), Some("Tom Vale"));
        assert!(found("A majority of voters said the vote was fair.").is_empty());
    }

    #[test]
    fn first_name_that_is_also_a_verb() {
        let rows = found("\u{201C}The count is done,\u{201D} Hope Vale said.");
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].1.as_deref(), Some("Hope Vale"));
    }

    #[test]
    fn said_on_is_not_the_date_of_the_reported_event() {
        let text = "Mayor Ann Lake said that the king would visit Oslo in May.";
        let mut fixture = Fixture::new(text);
        fixture.timex("May", "2026-05");
        let date = fixture.annotations.timexes[0].date();
        let mention = fixture.whole_text_mention(EventType::Visit, EventStatus::Scheduled, date);
        let quotes = find_quotes(&fixture.article, &fixture.annotations, &[mention]);
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].said_on, None);
        assert_eq!(quotes[0].event_mention, None);
    }
    #[test]
    fn table_row_of_a_partial_is_the_quoted_phrase() {
        let text = "Mayor Jane Roe called the two towns \u{201C}natural allies\u{201D} on Monday.";
        let article = Article::from_text("", text);
        let annotations = newsfacts_normalize::annotate(&article);
        let rows = find_quotes(&article, &annotations, &[]);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].text, "natural allies");
        assert_eq!(rows[0].kind, QuoteKind::Partial);
        let spans = quotes_in_text(text);
        assert!(spans[0].text.starts_with("the two towns"));
    }
}
