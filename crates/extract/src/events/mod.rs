//! Event mentions: sentences that report something happening at a time.
//!
//! Two stages. The sentence stage (`sentence.rs`) finds event cues (the word
//! lists of `data/events/`), drops the cues that are no event of their own
//! (a count of meetings, the setting of an earlier event, a reference point
//! such as `since taking office`), and gives each cue the dates, place and
//! people of its clause. The article stage (`resolve.rs`) joins parts to
//! their summit and references back to what they refer to, dates
//! anniversaries and undated events from their context, and never falls
//! back on the publication date: an event nothing dates has no date.

mod compare;
mod lexicon;
mod resolve;
mod sentence;
mod text;

use newsfacts_normalize::Annotations;
use newsfacts_parse::Article;

pub(crate) use compare::{dates_agree, places_agree, PlaceRef};
pub(crate) use lexicon::data_lines;
pub(crate) use resolve::after;

/// Whether two event types may name one event (`ceremony` ~ `reception`).
pub(crate) fn types_compatible(a: crate::records::EventType, b: crate::records::EventType) -> bool {
    Lexicon::global().types_compatible(a, b)
}

use crate::records::{EventMention, EventStatus};
use lexicon::Lexicon;
use resolve::SentenceInfo;
use sentence::{Context, Draft};
use text::Text;

/// Every sentence of `article` that reports an event.
pub fn find_event_mentions(article: &Article, annotations: &Annotations) -> Vec<EventMention> {
    let text = Text::new(&article.text);
    let ctx = Context::new(&text, annotations);
    let mut drafts: Vec<Draft> = Vec::new();
    let mut sentences = Vec::with_capacity(article.sentences.len());
    for (index, &sentence) in article.sentences.iter().enumerate() {
        let facts = sentence::analyse(&ctx, index, sentence);
        let offset = drafts.len();
        drafts.extend(facts.drafts.into_iter().map(|mut d| {
            d.coincides_with = d.coincides_with.map(|k| k + offset);
            d
        }));
        sentences.push(SentenceInfo {
            start: sentence.start,
            end: sentence.end,
            free_dates: facts.free_dates,
            has_timex: facts.has_timex,
            prose: facts.prose,
        });
    }
    let dct = article.published.map(|p| p.date);
    let drafts = resolve::resolve(&ctx, drafts, &sentences, dct);
    drafts
        .into_iter()
        .map(|draft| mention_of(&ctx, draft, dct))
        .collect()
}

fn mention_of(ctx: &Context<'_>, draft: Draft, dct: Option<chrono::NaiveDate>) -> EventMention {
    let persons = &ctx.annotations.people.persons;
    let mut participants: Vec<String> = draft
        .persons
        .iter()
        .filter_map(|&p| persons.get(p).map(|p| p.name.clone()))
        .collect();
    if participants.is_empty() {
        participants = draft.countries.clone();
    }
    let future = match (draft.date.as_ref(), dct) {
        (Some(date), Some(dct)) => resolve::after(date.date, dct),
        _ => false,
    };
    let status = if draft.scheduled || future {
        EventStatus::Scheduled
    } else {
        EventStatus::Occurred
    };
    let (location, country_code) = match draft.location {
        Some(location) => (Some(location.text), Some(location.code)),
        None => (None, draft.country_code),
    };
    let vague_date = draft.vague_date && draft.date.is_none();
    EventMention {
        vague_date,
        event_type: draft.event_type,
        date: draft.date.as_ref().map(|d| d.date),
        date_end: draft.date.as_ref().and_then(|d| d.end),
        date_expression: draft.date.map(|d| d.expression),
        status,
        summary: draft.summary,
        location,
        country_code,
        participants,
        sentence: ctx.text.slice(draft.sentence_start, draft.sentence_end),
        char_start: draft.sentence_start,
        char_end: draft.sentence_end,
        refers_to: draft.refers_to,
        generic: draft.generic,
        ordinal: draft.ordinal,
    }
}

#[cfg(test)]
mod tests {
    use newsfacts_normalize::places::PlaceKind;
    use newsfacts_parse::Precision;

    use crate::records::{EventStatus, EventType};
    use crate::testkit::Fixture;

    fn types(mentions: &[crate::records::EventMention]) -> Vec<EventType> {
        mentions.iter().map(|m| m.event_type).collect()
    }

    #[test]
    fn scheduled_meeting_is_scheduled_with_its_place_and_date() {
        let mentions = Fixture::new(
            "Minister Alma Berg is scheduled to meet Minister Ivo Tamm in Oslo on May 30.",
        )
        .published(2024, 5, 20)
        .timex("May 30", "2024-05-30")
        .person("Alma Berg", "Minister", "SWE", &["Alma Berg"])
        .person("Ivo Tamm", "Minister", "EST", &["Ivo Tamm"])
        .place("Oslo", "NOR", PlaceKind::City)
        .mentions();
        assert_eq!(types(&mentions), [EventType::Meeting]);
        let meeting = &mentions[0];
        assert_eq!(meeting.status, EventStatus::Scheduled);
        assert_eq!(
            meeting.date.map(|d| d.date.to_string()).as_deref(),
            Some("2024-05-30")
        );
        assert_eq!(meeting.date_expression.as_deref(), Some("on May 30"));
        assert_eq!(meeting.location.as_deref(), Some("Oslo"));
        assert_eq!(meeting.country_code.as_deref(), Some("NOR"));
        assert_eq!(meeting.participants, ["Alma Berg", "Ivo Tamm"]);
    }

    #[test]
    fn meeting_of_two_sitting_leaders_is_a_summit() {
        let mentions = Fixture::new("Berg met Tamm in Oslo on Friday.")
            .published(2024, 5, 20)
            .timex("Friday", "2024-05-17")
            .person("Alma Berg", "Prime Minister", "SWE", &["Berg"])
            .person("Ivo Tamm", "President", "EST", &["Tamm"])
            .mentions();
        assert_eq!(types(&mentions), [EventType::Summit]);
        assert_eq!(mentions[0].status, EventStatus::Occurred);
    }

    #[test]
    fn undated_event_has_no_date_not_the_publication_date() {
        let mentions = Fixture::new("The two ministers met in Oslo to discuss fisheries.")
            .published(2024, 5, 20)
            .place("Oslo", "NOR", PlaceKind::City)
            .mentions();
        assert_eq!(types(&mentions), [EventType::Meeting]);
        assert_eq!(mentions[0].date, None);
        assert_eq!(mentions[0].date_expression, None);
    }

    #[test]
    fn two_events_on_one_day_are_two_mentions() {
        let mentions = Fixture::new(
            "On Monday, Berg visited Bergen. On Monday, Tamm attended a ceremony in Tartu.",
        )
        .published(2024, 5, 22)
        .timex("Monday", "2024-05-20")
        .person("Alma Berg", "Minister", "SWE", &["Berg"])
        .person("Ivo Tamm", "Minister", "EST", &["Tamm"])
        .mentions();
        assert_eq!(types(&mentions), [EventType::Visit, EventType::Ceremony]);
        assert_eq!(mentions[0].participants, ["Alma Berg"]);
        assert_eq!(mentions[1].participants, ["Ivo Tamm"]);
        assert!(mentions.iter().all(|m| m.refers_to.is_none()));
    }

    #[test]
    fn historical_signing_counts_with_its_own_date() {
        let mentions =
            Fixture::new("The border treaty was signed on March 3, 1921, and ratified later.")
                .published(2024, 5, 20)
                .timex("March 3, 1921", "1921-03-03")
                .mentions();
        assert_eq!(types(&mentions), [EventType::Agreement]);
        assert_eq!(
            mentions[0].date.map(|d| d.date.to_string()).as_deref(),
            Some("1921-03-03")
        );
        assert_eq!(mentions[0].status, EventStatus::Occurred);
    }

    #[test]
    fn press_conference_inside_a_summit_is_the_summit() {
        let mentions = Fixture::new(
            "Berg and Tamm held a summit in Oslo on Saturday. At a joint press conference afterwards, Berg praised the partnership.",
        )
        .published(2024, 5, 20)
        .timex("Saturday", "2024-05-18")
        .person("Alma Berg", "Prime Minister", "SWE", &["Berg"])
        .person("Ivo Tamm", "President", "EST", &["Tamm"])
        .mentions();
        assert!(mentions.iter().all(|m| m.event_type == EventType::Summit));
        assert!(mentions.len() >= 2);
        assert!(mentions[1..].iter().all(|m| m.refers_to == Some(0)));
    }

    #[test]
    fn press_conference_on_another_day_is_not_part_of_the_summit() {
        let mentions = Fixture::new(
            "Berg and Tamm held a summit in Oslo on Saturday. Berg spoke at a press conference on Tuesday.",
        )
        .published(2024, 5, 22)
        .timex("Saturday", "2024-05-18")
        .timex("Tuesday", "2024-05-21")
        .person("Alma Berg", "Prime Minister", "SWE", &["Berg"])
        .person("Ivo Tamm", "President", "EST", &["Tamm"])
        .mentions();
        assert_eq!(mentions.len(), 1);
    }

    #[test]
    fn press_conference_without_a_summit_is_no_event() {
        let mentions = Fixture::new("Berg spoke at a press conference on Saturday.")
            .timex("Saturday", "2024-05-18")
            .mentions();
        assert!(mentions.is_empty());
    }

    #[test]
    fn anniversary_is_dated_from_the_event_it_marks() {
        let mentions = Fixture::new(
            "The treaty was signed on March 3, 1924. Berg spoke on May 2, marking the 100th anniversary of the treaty.",
        )
        .published(2024, 5, 3)
        .timex("March 3, 1924", "1924-03-03")
        .timex("May 2", "2024-05-02")
        .mentions();
        let anniversary = mentions
            .iter()
            .find(|m| m.event_type == EventType::Anniversary)
            .expect("an anniversary");
        assert_eq!(
            anniversary.date.map(|d| d.date.to_string()).as_deref(),
            Some("2024-03-03")
        );
        assert_eq!(anniversary.ordinal, Some(100));
    }

    #[test]
    fn date_in_a_relative_clause_belongs_to_the_noun_before() {
        let mentions = Fixture::new(
            "Berg sent a message to an event hosted in Oslo to celebrate the 50th anniversary of the accord, which falls this Sunday.",
        )
        .published(2024, 5, 20)
        .timex("this Sunday", "2024-05-26")
        .place("Oslo", "NOR", PlaceKind::City)
        .mentions();
        let anniversary = mentions
            .iter()
            .find(|m| m.event_type == EventType::Anniversary)
            .expect("an anniversary");
        assert_eq!(
            anniversary.date.map(|d| d.date.to_string()).as_deref(),
            Some("2024-05-26")
        );
        assert_eq!(anniversary.status, EventStatus::Scheduled);
        let ceremony = mentions
            .iter()
            .find(|m| m.event_type == EventType::Ceremony)
            .expect("the hosted event is a ceremony");
        assert_eq!(ceremony.date, None);
        assert_eq!(ceremony.location.as_deref(), Some("Oslo"));
    }

    #[test]
    fn count_of_meetings_is_no_event() {
        let mentions =
            Fixture::new("Berg recalled her 14 meetings with Tamm over two years.").mentions();
        assert!(mentions.is_empty());
    }

    #[test]
    fn reference_point_without_a_date_is_no_event() {
        let mentions =
            Fixture::new("Since taking office, Berg has favoured a pragmatic line.").mentions();
        assert!(mentions.is_empty());
    }

    #[test]
    fn later_definite_mention_dates_the_first_one() {
        let mentions = Fixture::new(
            "Berg sent a video message to a ceremony hosted in Oslo. Tamm did not attend the ceremony on Monday.",
        )
        .published(2024, 5, 22)
        .timex("Monday", "2024-05-20")
        .place("Oslo", "NOR", PlaceKind::City)
        .mentions();
        assert_eq!(types(&mentions), [EventType::Ceremony, EventType::Ceremony]);
        assert_eq!(mentions[1].refers_to, Some(0));
        assert_eq!(mentions[0].date, mentions[1].date);
        assert_eq!(mentions[1].location.as_deref(), Some("Oslo"));
    }

    #[test]
    fn poll_fieldwork_and_release_of_results_are_two_events() {
        let mentions = Fixture::new(
            "A poll conducted by Nordstat on June 3 found 40% support. The results were released on June 5.",
        )
        .published(2024, 6, 6)
        .timex("June 3", "2024-06-03")
        .timex("June 5", "2024-06-05")
        .mentions();
        assert_eq!(types(&mentions), [EventType::Poll, EventType::Report]);
        assert_ne!(mentions[0].date, mentions[1].date);
    }

    #[test]
    fn report_named_without_release_is_no_event() {
        let mentions = Fixture::new("Estonia ranked 12th in the Annual Freedom Report.").mentions();
        assert!(mentions.is_empty());
    }

    #[test]
    fn venue_and_city_make_the_location() {
        let mentions =
            Fixture::new("A reception was held at the Grand Palace Hotel in Tallinn on Friday.")
                .published(2024, 5, 20)
                .timex("Friday", "2024-05-17")
                .place("Tallinn", "EST", PlaceKind::City)
                .mentions();
        assert_eq!(
            mentions[0].location.as_deref(),
            Some("Grand Palace Hotel, Tallinn")
        );
        assert_eq!(mentions[0].country_code.as_deref(), Some("EST"));
    }

    #[test]
    fn embassy_host_places_the_event_in_its_city() {
        let mentions =
            Fixture::new("Berg spoke at a reception hosted by the Swedish Embassy in Tallinn.")
                .place("Tallinn", "EST", PlaceKind::City)
                .place("Swedish", "SWE", PlaceKind::Demonym)
                .mentions();
        assert_eq!(types(&mentions), [EventType::Reception]);
        assert_eq!(mentions[0].location.as_deref(), Some("Tallinn"));
        assert_eq!(mentions[0].country_code.as_deref(), Some("EST"));
    }

    #[test]
    fn headline_without_final_punctuation_is_no_event() {
        let mentions =
            Fixture::new("Leaders meet in Oslo for a summit\n\nThe weather was fine.").mentions();
        assert!(mentions.is_empty());
    }

    #[test]
    fn visit_to_two_cities_is_two_visits() {
        let mentions = Fixture::new("Berg made a trip with visits to Riga and Vilnius.")
            .person("Alma Berg", "Minister", "SWE", &["Berg"])
            .place("Riga", "LVA", PlaceKind::City)
            .place("Vilnius", "LTU", PlaceKind::City)
            .mentions();
        let places: Vec<_> = mentions
            .iter()
            .filter_map(|m| m.location.as_deref())
            .collect();
        assert_eq!(places, ["Riga", "Vilnius"]);
        assert!(mentions.iter().all(|m| m.event_type == EventType::Visit));
    }

    #[test]
    fn statement_resulting_from_a_summit_takes_its_dates() {
        let mentions = Fixture::new(
            "On May 4 and 5, Berg held a summit with Tamm, resulting in a joint declaration on energy.",
        )
        .published(2024, 5, 20)
        .timex("May 4", "2024-05-04")
        .timex("5", "2024-05-05")
        .person("Alma Berg", "Prime Minister", "SWE", &["Berg"])
        .person("Ivo Tamm", "President", "EST", &["Tamm"])
        .mentions();
        assert_eq!(types(&mentions), [EventType::Summit, EventType::Agreement]);
        for mention in &mentions {
            let date = mention.date.expect("dated");
            assert_eq!(date.date.to_string(), "2024-05-04");
            assert_eq!(date.precision, Precision::Day);
            assert_eq!(
                mention.date_end.map(|d| d.to_string()).as_deref(),
                Some("2024-05-05")
            );
            assert_eq!(mention.participants, ["Alma Berg", "Ivo Tamm"]);
        }
    }

    #[test]
    fn earlier_clause_in_past_perfect_keeps_no_date() {
        let mentions = Fixture::new(
            "Tamm missed the ceremony on Monday, as he had traveled to Riga for talks.",
        )
        .published(2024, 5, 22)
        .timex("Monday", "2024-05-20")
        .place("Riga", "LVA", PlaceKind::City)
        .mentions();
        assert_eq!(types(&mentions), [EventType::Ceremony, EventType::Visit]);
        assert!(mentions[0].date.is_some());
        assert_eq!(mentions[1].date, None);
        assert_eq!(mentions[1].location.as_deref(), Some("Riga"));
    }

    #[test]
    fn signing_up_is_no_agreement_but_signing_a_pact_is() {
        let mentions = Fixture::new(
            "Readers can sign up for the newsletter. Berg signed a fisheries pact with Tamm.",
        )
        .person("Alma Berg", "Minister", "SWE", &["Berg"])
        .person("Ivo Tamm", "Minister", "EST", &["Tamm"])
        .mentions();
        assert_eq!(types(&mentions), [EventType::Agreement]);
        assert_eq!(mentions[0].participants, ["Alma Berg", "Ivo Tamm"]);
    }

    #[test]
    fn denied_meeting_is_no_event() {
        let mentions = Fixture::new("Berg has never met Tamm.")
            .person("Alma Berg", "Minister", "SWE", &["Berg"])
            .person("Ivo Tamm", "Minister", "EST", &["Tamm"])
            .mentions();
        assert!(mentions.is_empty());
    }

    #[test]
    fn statement_counts_only_when_released() {
        let said =
            Fixture::new("The ministry said in a statement that talks would resume.").mentions();
        assert!(said.iter().all(|m| m.event_type != EventType::Statement));
        let released = Fixture::new("The ministry released a statement on Friday.")
            .published(2024, 5, 20)
            .timex("Friday", "2024-05-17")
            .mentions();
        assert_eq!(types(&released), [EventType::Statement]);
    }

    #[test]
    fn undated_event_with_nobody_and_nowhere_is_dropped() {
        let mentions = Fixture::new("Use a new password for every site you visit.").mentions();
        assert!(mentions.is_empty());
    }

    #[test]
    fn vague_noun_that_refers_back_to_nothing_is_dropped() {
        let mentions = Fixture::new("Tamm won the title in the event with a record score.")
            .person("Ivo Tamm", "Minister", "EST", &["Tamm"])
            .mentions();
        assert!(mentions.is_empty());
    }

    #[test]
    fn place_far_after_a_visit_belongs_to_another_phrase() {
        let mentions = Fixture::new(
            "Berg's visit came days after her remarks about sending troops to Latvia caused a stir.",
        )
        .person("Alma Berg", "Minister", "SWE", &["Berg"])
        .place("Latvia", "LVA", PlaceKind::Country)
        .mentions();
        assert_eq!(types(&mentions), [EventType::Visit]);
        assert_eq!(mentions[0].location, None);
    }

    #[test]
    fn countries_before_the_cue_take_part_when_nobody_is_named() {
        let mentions = Fixture::new("In 1951, Norway and Finland signed a fishing treaty in Helsinki, with Sweden observing.")
            .timex("1951", "1951")
            .place("Norway", "NOR", PlaceKind::Country)
            .place("Finland", "FIN", PlaceKind::Country)
            .place("Sweden", "SWE", PlaceKind::Country)
            .place("Helsinki", "FIN", PlaceKind::City)
            .mentions();
        assert_eq!(types(&mentions), [EventType::Agreement]);
        assert_eq!(mentions[0].participants, ["NOR", "FIN"]);
        assert_eq!(mentions[0].location.as_deref(), Some("Helsinki"));
    }

    #[test]
    fn country_before_a_verb_is_its_subject_not_its_place() {
        let mentions = Fixture::new("In 1951, Norway signed the fishing treaty.")
            .timex("1951", "1951")
            .place("Norway", "NOR", PlaceKind::Country)
            .mentions();
        assert_eq!(mentions[0].location, None);
        assert_eq!(mentions[0].participants, ["NOR"]);
    }

    #[test]
    fn election_without_a_date_of_its_own_is_no_event() {
        let undated = Fixture::new("Berg said the election results surprised Tamm.")
            .person("Alma Berg", "Minister", "SWE", &["Berg"])
            .person("Ivo Tamm", "Minister", "EST", &["Tamm"])
            .mentions();
        assert!(undated.is_empty());
        let dated = Fixture::new("Berg won the presidential election on May 12.")
            .published(2024, 5, 20)
            .timex("May 12", "2024-05-12")
            .person("Alma Berg", "Minister", "SWE", &["Berg"])
            .mentions();
        assert_eq!(types(&dated), [EventType::Election]);
    }

    #[test]
    fn meeting_verb_needs_someone_who_meets() {
        let mentions = Fixture::new("The plant was built to meet the new limits in Oslo.")
            .place("Oslo", "NOR", PlaceKind::City)
            .mentions();
        assert!(mentions.is_empty());
    }

    #[test]
    fn talks_as_a_verb_is_no_meeting() {
        let mentions = Fixture::new("Tamm talks about reform in Tartu.")
            .person("Ivo Tamm", "Minister", "EST", &["Tamm"])
            .place("Tartu", "EST", PlaceKind::City)
            .mentions();
        assert!(mentions.is_empty());
    }

    #[test]
    fn visit_takes_its_direct_object_as_place() {
        let mentions = Fixture::new("Berg is expected to visit Latvia later this year.")
            .published(2024, 5, 20)
            .timex("later this year", "2024")
            .person("Alma Berg", "Minister", "SWE", &["Berg"])
            .place("Latvia", "LVA", PlaceKind::Country)
            .mentions();
        assert_eq!(types(&mentions), [EventType::Visit]);
        assert_eq!(mentions[0].location.as_deref(), Some("Latvia"));
        assert_eq!(mentions[0].status, EventStatus::Scheduled);
    }

    #[test]
    fn unknown_town_with_its_country_is_the_place() {
        let mentions = Fixture::new("Berg and Tamm met in Kuressaare, Estonia, on June 17.")
            .published(2024, 6, 20)
            .timex("June 17", "2024-06-17")
            .person("Alma Berg", "Minister", "SWE", &["Berg"])
            .person("Ivo Tamm", "Minister", "EST", &["Tamm"])
            .place("Estonia", "EST", PlaceKind::Country)
            .mentions();
        assert_eq!(mentions[0].location.as_deref(), Some("Kuressaare, Estonia"));
        assert_eq!(mentions[0].country_code.as_deref(), Some("EST"));
        assert_eq!(mentions[0].date_expression.as_deref(), Some("on June 17"));
    }

    #[test]
    fn dateline_date_and_own_date_give_the_nearest_expression() {
        let mentions = Fixture::new("OSLO, May 12 -- Norway and Sweden on Sunday marked the 100th anniversary of the union.")
            .published(2024, 5, 12)
            .timex("May 12", "2024-05-12")
            .timex("Sunday", "2024-05-12")
            .mentions();
        assert_eq!(types(&mentions), [EventType::Anniversary]);
        assert_eq!(mentions[0].date_expression.as_deref(), Some("on Sunday"));
    }

    #[test]
    fn odd_text_and_offsets_past_the_end_do_not_panic() {
        let text = "İİ summit, , ;; “visit ” \"met\" — Ⅻ ceremony...\n\n\n,";
        let mut fixture = Fixture::new(text);
        fixture
            .timex("summit", "2024-13-45")
            .person("Ⅻ", "President", "EST", &["Ⅻ"])
            .place("visit", "EST", PlaceKind::City);
        let mut article = fixture.article("odd.txt");
        article.sentences.push(newsfacts_parse::Sentence {
            start: 500,
            end: 900,
        });
        let _ = super::find_event_mentions(&article, &newsfacts_normalize::annotate(&article));
        let _ = fixture.mentions();
    }

    #[test]
    fn meeting_that_coincides_with_an_anniversary_takes_its_date() {
        let mentions = Fixture::new(
            "Relations were normalized in 1925. Berg visited Tallinn and Riga, and the meeting with Tamm coincided with the 100th anniversary of relations.",
        )
        .timex("1925", "1925")
        .person("Alma Berg", "Minister", "SWE", &["Berg"])
        .person("Ivo Tamm", "Minister", "EST", &["Tamm"])
        .place("Tallinn", "EST", PlaceKind::City)
        .place("Riga", "LVA", PlaceKind::City)
        .mentions();
        let meeting = mentions
            .iter()
            .find(|m| m.event_type == EventType::Meeting)
            .expect("a meeting");
        assert_eq!(
            meeting.date.map(|d| d.date.to_string()).as_deref(),
            Some("2025-01-01")
        );
    }

    #[test]
    fn both_countries_signing_agreements_is_one_agreement_each() {
        let mut fixture = Fixture::new(
            "Norway and Estonia deepen ties. Norway hopes Estonia will help. Both countries recently signed trade agreements with Canada.",
        );
        fixture
            .place("Norway", "NOR", PlaceKind::Country)
            .place("Estonia", "EST", PlaceKind::Country)
            .place("Canada", "CAN", PlaceKind::Country);
        let mentions = fixture.mentions();
        assert_eq!(
            types(&mentions),
            [EventType::Agreement, EventType::Agreement]
        );
        let countries: Vec<_> = mentions.iter().map(|m| m.participants.clone()).collect();
        assert_eq!(countries, [vec!["EST".to_owned()], vec!["NOR".to_owned()]]);
        let dataset = crate::merge::merge(vec![fixture.records("a.txt")]);
        assert_eq!(dataset.events.len(), 2);
        assert_ne!(dataset.events[0].event_id, dataset.events[1].event_id);
    }

    #[test]
    fn reference_point_lends_no_date() {
        let mentions = Fixture::new(
            "Berg visited Riga, her first trip abroad since she took office on June 4.",
        )
        .published(2024, 6, 20)
        .timex("June 4", "2024-06-04")
        .person("Alma Berg", "Minister", "SWE", &["Berg", "she", "her"])
        .place("Riga", "LVA", PlaceKind::City)
        .mentions();
        assert_eq!(
            types(&mentions),
            [EventType::Visit, EventType::Inauguration]
        );
        assert_eq!(mentions[0].date, None);
        assert!(mentions[1].date.is_some());
    }

    #[test]
    fn where_clause_takes_the_place_before_it() {
        let mentions = Fixture::new("Berg then flew to Riga, where she met Tamm on Monday.")
            .published(2024, 5, 22)
            .timex("Monday", "2024-05-20")
            .person("Alma Berg", "Minister", "SWE", &["Berg", "she"])
            .person("Ivo Tamm", "Minister", "EST", &["Tamm"])
            .place("Riga", "LVA", PlaceKind::City)
            .mentions();
        let meeting = mentions
            .iter()
            .find(|m| m.event_type == EventType::Meeting)
            .expect("a meeting");
        assert_eq!(meeting.location.as_deref(), Some("Riga"));
    }

    #[test]
    fn cue_inside_a_quotation_is_ignored() {
        let mentions = Fixture::new("\"We will hold a summit soon,\" Berg said.").mentions();
        assert!(mentions.is_empty());
    }

    #[test]
    fn first_mention_takes_the_date_of_the_sentence_before() {
        let mentions = Fixture::new(
            "Berg stressed the value of the partnership on May 9. Speaking at a reception in Riga, she praised Latvia.",
        )
        .published(2024, 5, 10)
        .timex("May 9", "2024-05-09")
        .place("Riga", "LVA", PlaceKind::City)
        .mentions();
        assert_eq!(types(&mentions), [EventType::Reception]);
        assert_eq!(
            mentions[0].date.map(|d| d.date.to_string()).as_deref(),
            Some("2024-05-09")
        );
    }

    #[test]
    fn wire_dateline_and_date_of_saying_do_not_date_the_event() {
        let mentions = Fixture::new(
            "Oslo, May 2 (NTB) -- Norway and Estonia will hold fisheries talks in Tallinn, the ministry said Monday.",
        )
        .published(2024, 5, 2)
        .timex("May 2", "2024-05-02")
        .timex("Monday", "2024-04-29")
        .place("Oslo", "NOR", PlaceKind::City)
        .place("Norway", "NOR", PlaceKind::Country)
        .place("Estonia", "EST", PlaceKind::Country)
        .place("Tallinn", "EST", PlaceKind::City)
        .mentions();
        assert_eq!(types(&mentions), [EventType::Meeting]);
        assert_eq!(mentions[0].date, None);
        assert_eq!(mentions[0].status, EventStatus::Scheduled);
        assert_eq!(mentions[0].location.as_deref(), Some("Tallinn"));
    }

    #[test]
    fn taking_office_and_winning_an_election_each_keep_their_own_date() {
        let mentions = Fixture::new(
            "Berg became prime minister in March 2021 after winning the party leadership election on Feb. 2, 2021, by a wide margin.",
        )
        .timex("March 2021", "2021-03")
        .timex("Feb. 2, 2021", "2021-02-02")
        .person("Alma Berg", "Prime Minister", "SWE", &["Berg"])
        .mentions();
        assert_eq!(
            types(&mentions),
            [EventType::Inauguration, EventType::Election]
        );
        assert_eq!(
            mentions[0].date.map(|d| d.date.to_string()).as_deref(),
            Some("2021-03-01")
        );
        assert_eq!(
            mentions[1].date.map(|d| d.date.to_string()).as_deref(),
            Some("2021-02-02")
        );
    }

    #[test]
    fn purpose_infinitive_is_no_event_of_its_own() {
        let mentions = Fixture::new("Tamm also plans to visit Tartu on June 4 to meet farmers.")
            .published(2024, 5, 20)
            .timex("June 4", "2024-06-04")
            .person("Ivo Tamm", "Minister", "EST", &["Tamm"])
            .place("Tartu", "EST", PlaceKind::City)
            .mentions();
        assert_eq!(types(&mentions), [EventType::Visit]);
        assert_eq!(mentions[0].status, EventStatus::Scheduled);
    }

    #[test]
    fn indefinite_event_after_for_is_a_second_event() {
        let mentions = Fixture::new(
            "The ministers will hold talks in Oslo next week to prepare for a possible visit to Estonia by King Harald later this year.",
        )
        .published(2024, 3, 4)
        .timex("next week", "2024-W11")
        .timex("later this year", "2024")
        .person("Harald", "King", "NOR", &["King Harald"])
        .place("Oslo", "NOR", PlaceKind::City)
        .place("Estonia", "EST", PlaceKind::Country)
        .mentions();
        assert_eq!(types(&mentions), [EventType::Meeting, EventType::Visit]);
        assert_eq!(mentions[1].country_code.as_deref(), Some("EST"));
        assert_eq!(mentions[1].participants, ["Harald"]);
    }

    #[test]
    fn survey_released_on_a_day_is_a_report_and_a_poll() {
        let mentions = Fixture::new(
            "Support rose to 40 percent, according to a Norstat survey released Monday.",
        )
        .published(2024, 5, 22)
        .timex("Monday", "2024-05-20")
        .mentions();
        let report = mentions.iter().find(|m| m.event_type == EventType::Report);
        assert_eq!(
            report
                .and_then(|m| m.date)
                .map(|d| d.date.to_string())
                .as_deref(),
            Some("2024-05-20")
        );
        assert!(mentions
            .iter()
            .filter(|m| m.event_type == EventType::Poll)
            .all(|m| m.date.is_none()));
    }

    #[test]
    fn report_released_in_an_appositive_clause_is_dated() {
        let mentions = Fixture::new(
            "Estonia ranked fifth in the Nordic Trust Report 2024, released on Tuesday.",
        )
        .published(2024, 5, 22)
        .timex("Tuesday", "2024-05-21")
        .place("Estonia", "EST", PlaceKind::Country)
        .mentions();
        assert_eq!(types(&mentions), [EventType::Report]);
        assert_eq!(mentions[0].date_expression.as_deref(), Some("on Tuesday"));
    }

    #[test]
    fn date_between_commas_dates_the_noun_before() {
        let mentions = Fixture::new(
            "The last general election, in May 2019, gave the Greens their first seat in Tallinn.",
        )
        .timex("May 2019", "2019-05")
        .place("Tallinn", "EST", PlaceKind::City)
        .mentions();
        assert_eq!(types(&mentions), [EventType::Election]);
        assert_eq!(
            mentions[0].date.map(|d| d.date.to_string()).as_deref(),
            Some("2019-05-01")
        );
    }

    #[test]
    fn document_issued_later_comes_out_of_the_dated_summit() {
        let mentions = Fixture::new(
            "Prime Minister Berg met President Tamm in Oslo on Friday.\n\nThe leaders also issued a joint statement on fisheries.",
        )
        .published(2024, 5, 20)
        .timex("Friday", "2024-05-17")
        .person("Alma Berg", "Prime Minister", "NOR", &["Prime Minister Berg"])
        .person("Ivo Tamm", "President", "EST", &["President Tamm"])
        .place("Oslo", "NOR", PlaceKind::City)
        .mentions();
        let statement = mentions
            .iter()
            .find(|m| m.event_type == EventType::Agreement);
        let statement = statement.expect("the joint statement is an event");
        assert_eq!(
            statement.date.map(|d| d.date.to_string()).as_deref(),
            Some("2024-05-17")
        );
        assert_eq!(statement.participants, ["Alma Berg", "Ivo Tamm"]);
    }

    #[test]
    fn who_reports_an_event_is_no_participant() {
        let mentions = Fixture::new(
            "Foreign Minister Berg told reporters that Minister Ivo Tamm would visit Oslo in May.",
        )
        .published(2024, 3, 20)
        .timex("May", "2024-05")
        .person(
            "Alma Berg",
            "Foreign Minister",
            "NOR",
            &["Foreign Minister Berg"],
        )
        .person("Ivo Tamm", "Minister", "EST", &["Minister Ivo Tamm"])
        .place("Oslo", "NOR", PlaceKind::City)
        .mentions();
        assert_eq!(types(&mentions), [EventType::Visit]);
        assert_eq!(mentions[0].participants, ["Ivo Tamm"]);
        assert_eq!(mentions[0].status, EventStatus::Scheduled);
    }

    #[test]
    fn visit_country_is_the_destination_not_the_visitor() {
        let mentions = Fixture::new("Berg will visit Springfield on June 4.")
            .published(2024, 5, 20)
            .timex("June 4", "2024-06-04")
            .person("Alma Berg", "Minister", "NOR", &["Berg"])
            .mentions();
        assert_eq!(types(&mentions), [EventType::Visit]);
        assert_eq!(mentions[0].country_code, None);
    }

    #[test]
    fn agreeing_to_hold_a_meeting_schedules_it() {
        let mentions = Fixture::new(
            "Norway and Estonia agreed to hold a meeting of their defense ministers later this year.",
        )
        .published(2024, 5, 20)
        .timex("later this year", "2024")
        .place("Norway", "NOR", PlaceKind::Country)
        .place("Estonia", "EST", PlaceKind::Country)
        .mentions();
        assert_eq!(types(&mentions), [EventType::Meeting]);
        assert_eq!(mentions[0].status, EventStatus::Scheduled);
    }

    #[test]
    fn dissolving_the_lower_house_is_an_event() {
        let mentions = Fixture::new("Berg said he would dissolve the lower house on Friday.")
            .published(2024, 5, 20)
            .timex("Friday", "2024-05-24")
            .person("Alma Berg", "Prime Minister", "NOR", &["Berg"])
            .mentions();
        assert_eq!(types(&mentions), [EventType::Other]);
        assert_eq!(mentions[0].status, EventStatus::Scheduled);
    }

    #[test]
    fn ceremony_marking_an_anniversary_takes_its_day() {
        let mentions = Fixture::new(
            "Norway on Sunday marked the 50th anniversary of the accord, with a ceremony in Oslo.",
        )
        .timex("Sunday", "2024-05-26")
        .place("Norway", "NOR", PlaceKind::Country)
        .place("Oslo", "NOR", PlaceKind::City)
        .mentions();
        let ceremony = mentions
            .iter()
            .find(|m| m.event_type == EventType::Ceremony);
        assert_eq!(
            ceremony
                .and_then(|m| m.date)
                .map(|d| d.date.to_string())
                .as_deref(),
            Some("2024-05-26")
        );
    }

    #[test]
    fn year_in_a_report_title_is_no_date() {
        let mentions = Fixture::new(
            "Estonia ranked fifth in the Nordic Trust Report 2024, released on Tuesday.",
        )
        .published(2024, 5, 22)
        .timex("2024", "2024")
        .timex("Tuesday", "2024-05-21")
        .mentions();
        assert_eq!(types(&mentions), [EventType::Report]);
        assert_eq!(
            mentions[0].date.map(|d| d.date.to_string()).as_deref(),
            Some("2024-05-21")
        );
    }

    #[test]
    fn person_after_a_later_cue_belongs_to_it() {
        let mentions = Fixture::new(
            "Norway will hold talks in Oslo on May 2 to prepare a visit by King Harald on June 9.",
        )
        .published(2024, 4, 20)
        .timex("May 2", "2024-05-02")
        .timex("June 9", "2024-06-09")
        .person("Harald", "King", "NOR", &["King Harald"])
        .place("Norway", "NOR", PlaceKind::Country)
        .place("Oslo", "NOR", PlaceKind::City)
        .mentions();
        assert_eq!(types(&mentions), [EventType::Meeting, EventType::Visit]);
        assert!(mentions[0].participants.iter().all(|p| p != "Harald"));
        assert_eq!(mentions[1].participants, ["Harald"]);
    }

    #[test]
    fn dated_reference_point_is_its_own_historical_event() {
        let mentions = Fixture::new(
            "Berg and Tamm also signed a fisheries accord. It was their first deal since the treaty signed on June 2, 1989, ended the dispute.",
        )
        .published(2024, 5, 20)
        .timex("June 2, 1989", "1989-06-02")
        .person("Alma Berg", "Minister", "NOR", &["Berg"])
        .person("Ivo Tamm", "Minister", "EST", &["Tamm"])
        .mentions();
        let treaty = mentions
            .iter()
            .find(|m| m.date.is_some_and(|d| d.date.to_string() == "1989-06-02"))
            .expect("the 1989 treaty");
        assert_eq!(treaty.refers_to, None);
        assert_eq!(mentions[0].date, None);
    }

    #[test]
    fn meeting_for_the_talks_is_the_talks_named_before() {
        let mentions = Fixture::new(
            "Norway and Estonia will hold talks in Oslo next week. Minister Berg will meet Minister Tamm on March 11 for the talks.",
        )
        .published(2024, 3, 4)
        .timex("next week", "2024-W11")
        .timex("March 11", "2024-03-11")
        .person("Alma Berg", "Minister", "NOR", &["Minister Berg"])
        .person("Ivo Tamm", "Minister", "EST", &["Minister Tamm"])
        .place("Norway", "NOR", PlaceKind::Country)
        .place("Estonia", "EST", PlaceKind::Country)
        .place("Oslo", "NOR", PlaceKind::City)
        .mentions();
        assert_eq!(mentions.len(), 2);
        assert_eq!(mentions[1].refers_to, Some(0));
        assert_eq!(
            mentions[0].date.map(|d| d.date.to_string()).as_deref(),
            Some("2024-03-11")
        );
    }

    #[test]
    fn weekday_without_publication_date_anchors_on_a_dated_anniversary() {
        let mentions = Fixture::new(
            "The accord was signed on May 26, 1974, in Oslo. Norway on Sunday marked the 50th anniversary of the accord. On Saturday evening, King Harald hosted a reception in Oslo.",
        )
        .timex("May 26, 1974", "1974-05-26")
        .timex("Sunday", "")
        .timex("Saturday evening", "")
        .person("Harald", "King", "NOR", &["King Harald"])
        .place("Norway", "NOR", PlaceKind::Country)
        .place("Oslo", "NOR", PlaceKind::City)
        .mentions();
        let reception = mentions
            .iter()
            .find(|m| m.event_type == EventType::Reception);
        assert_eq!(
            reception
                .and_then(|m| m.date)
                .map(|d| d.date.to_string())
                .as_deref(),
            Some("2024-05-25")
        );
    }

    #[test]
    fn negated_visit_is_no_event() {
        let mentions = Fixture::new("Berg didn't visit Tartu on June 4.")
            .timex("June 4", "2024-06-04")
            .person("Alma Berg", "Minister", "NOR", &["Berg"])
            .place("Tartu", "EST", PlaceKind::City)
            .mentions();
        assert!(mentions.is_empty());
    }

    #[test]
    fn unknown_venue_lies_in_the_dateline_city() {
        let mentions = Fixture::new(
            "OSLO (NTB) — King Harald and President Tamm held a summit at the Royal Palace on Friday.",
        )
        .published(2024, 5, 20)
        .timex("Friday", "2024-05-17")
        .person("Harald", "King", "NOR", &["King Harald"])
        .person("Ivo Tamm", "President", "EST", &["President Tamm"])
        .place("OSLO", "NOR", PlaceKind::City)
        .mentions();
        assert_eq!(types(&mentions), [EventType::Summit]);
        assert_eq!(mentions[0].location.as_deref(), Some("Royal Palace, Oslo"));
        assert_eq!(mentions[0].country_code.as_deref(), Some("NOR"));
    }

    #[test]
    fn share_compared_with_a_dated_figure_is_an_earlier_poll_wave() {
        let mentions = Fixture::new(
            "In the survey conducted on Monday, 40 percent backed the plan, down from 52 percent in January.",
        )
        .published(2024, 5, 22)
        .timex("Monday", "2024-05-20")
        .timex("January", "2024-01")
        .mentions();
        let mut dates: Vec<String> = mentions
            .iter()
            .filter(|m| m.event_type == EventType::Poll)
            .filter_map(|m| m.date.map(|d| d.date.to_string()))
            .collect();
        dates.sort();
        assert_eq!(dates, ["2024-01-01", "2024-05-20"]);
    }

    fn date_of(mention: &crate::records::EventMention) -> Option<String> {
        mention.date.map(|d| d.date.to_string())
    }

    #[test]
    fn gathering_the_news_comes_after_takes_the_lead_date() {
        let mentions = Fixture::new(
            "OSLO, May 21 (NTB) - Berg and Tamm agreed on Tuesday to share the cost of a bridge.\n\nThe plan was announced after a two-hour summit at the city hall in Oslo.",
        )
        .published(2024, 5, 22)
        .timex("May 21", "2024-05-21")
        .timex("Tuesday", "2024-05-21")
        .person("Alma Berg", "Prime Minister", "NOR", &["Berg"])
        .person("Ivo Tamm", "Prime Minister", "EST", &["Tamm"])
        .place("OSLO", "NOR", PlaceKind::City)
        .place("Oslo", "NOR", PlaceKind::City)
        .mentions();
        assert_eq!(types(&mentions), [EventType::Summit]);
        assert_eq!(date_of(&mentions[0]).as_deref(), Some("2024-05-21"));
    }

    #[test]
    fn definite_summit_takes_no_lead_date_when_the_lead_gives_two() {
        let mentions = Fixture::new(
            "Berg arrived on Monday and met Tamm on Tuesday.\n\nThe summit in Oslo went well.",
        )
        .published(2024, 5, 22)
        .timex("Monday", "2024-05-20")
        .timex("Tuesday", "2024-05-21")
        .place("Oslo", "NOR", PlaceKind::City)
        .mentions();
        let summit = mentions
            .iter()
            .find(|m| m.event_type == EventType::Summit)
            .expect("the summit");
        assert_eq!(summit.date, None);
    }

    #[test]
    fn undated_reference_point_without_a_lead_date_is_no_event() {
        let mentions = Fixture::new("The plan was announced after a two-hour summit in Oslo.")
            .place("Oslo", "NOR", PlaceKind::City)
            .mentions();
        assert!(mentions.is_empty());
    }

    #[test]
    fn date_before_the_noun_dates_the_setting_event() {
        let mentions = Fixture::new("Berg met Tamm during the May 12 summit.")
            .published(2024, 5, 20)
            .timex("May 12", "2024-05-12")
            .person("Alma Berg", "Minister", "NOR", &["Berg"])
            .person("Ivo Tamm", "Minister", "EST", &["Tamm"])
            .mentions();
        let summit = mentions
            .iter()
            .find(|m| m.event_type == EventType::Summit)
            .expect("the dated summit is an event");
        assert_eq!(date_of(summit).as_deref(), Some("2024-05-12"));
    }

    #[test]
    fn possessive_weekday_dates_the_election_after_it() {
        let mentions = Fixture::new("Parties campaigned hard ahead of Sunday's general election.")
            .published(2024, 5, 22)
            .timex("Sunday", "2024-05-26")
            .mentions();
        assert_eq!(types(&mentions), [EventType::Election]);
        assert_eq!(date_of(&mentions[0]).as_deref(), Some("2024-05-26"));
    }

    #[test]
    fn date_of_a_saying_late_on_a_weekday_dates_no_reported_event() {
        let mentions =
            Fixture::new("Berg said late on Wednesday that she would run in the next election.")
                .published(2024, 5, 23)
                .timex("Wednesday", "2024-05-22")
                .person("Alma Berg", "Minister", "NOR", &["Berg"])
                .mentions();
        assert!(mentions.is_empty());
    }

    #[test]
    fn deadline_in_a_reported_clause_does_not_date_the_agreement() {
        let mentions = Fixture::new(
            "Berg called the agreement historic and said funding would follow by the end of the year.",
        )
        .published(2024, 5, 23)
        .timex("the end of the year", "2024")
        .person("Alma Berg", "Minister", "NOR", &["Berg"])
        .mentions();
        assert_eq!(types(&mentions), [EventType::Agreement]);
        assert_eq!(mentions[0].date, None);
    }

    #[test]
    fn relative_clause_about_a_name_and_a_topic_country_leave_the_statement_alone() {
        let mentions = Fixture::new(
            "Berg and Dahl signed a joint statement on Estonia, whose drills last month alarmed Oslo.",
        )
        .published(2024, 5, 23)
        .timex("last month", "2024-04")
        .person("Alma Berg", "Minister", "NOR", &["Berg"])
        .person("Ola Dahl", "Minister", "NOR", &["Dahl"])
        .place("Estonia", "EST", PlaceKind::Country)
        .place("Oslo", "NOR", PlaceKind::City)
        .mentions();
        assert_eq!(types(&mentions), [EventType::Agreement]);
        assert_eq!(mentions[0].date, None);
        assert_eq!(mentions[0].country_code.as_deref(), Some("NOR"));
    }

    #[test]
    fn length_of_time_is_no_date() {
        let mentions = Fixture::new(
            "Officials have spent the last month saying that the summit in Oslo would focus on energy.",
        )
        .published(2024, 5, 23)
        .timex("the last month", "2024-04")
        .place("Oslo", "NOR", PlaceKind::City)
        .mentions();
        assert!(mentions.iter().all(|m| m.date.is_none()));
    }

    #[test]
    fn year_in_apposition_dates_the_agreement_it_names() {
        let mentions =
            Fixture::new("Berg first visited Oslo in 2015, the year of the border agreement.")
                .published(2024, 5, 23)
                .timex("2015", "2015")
                .timex("the year", "2024")
                .person("Alma Berg", "Minister", "EST", &["Berg"])
                .place("Oslo", "NOR", PlaceKind::City)
                .mentions();
        let agreement = mentions
            .iter()
            .find(|m| m.event_type == EventType::Agreement)
            .expect("the agreement");
        assert_eq!(date_of(agreement).as_deref(), Some("2015-01-01"));
    }

    #[test]
    fn recurring_talks_and_the_first_of_them_date_nothing() {
        let mentions = Fixture::new(
            "Berg and Tamm issued a joint statement that commits them to talks twice a year, the first in March.",
        )
        .published(2024, 1, 23)
        .set("a year", "P1Y")
        .timex("March", "2024-03")
        .person("Alma Berg", "Minister", "NOR", &["Berg"])
        .person("Ivo Tamm", "Minister", "EST", &["Tamm"])
        .mentions();
        assert_eq!(types(&mentions), [EventType::Agreement]);
        assert_eq!(mentions[0].date, None);
    }

    #[test]
    fn imperative_after_an_enumerator_is_no_event() {
        let mentions = Fixture::new("Third, invite Tamm to a summit early next year.")
            .published(2024, 5, 23)
            .timex("early next year", "2025")
            .person("Ivo Tamm", "Minister", "EST", &["Tamm"])
            .mentions();
        assert!(mentions.is_empty());
    }

    #[test]
    fn plural_subject_after_an_enumerator_is_no_imperative() {
        let mentions = Fixture::new("Finally, leaders agreed to hold a summit in Oslo in March.")
            .published(2024, 1, 23)
            .timex("March", "2024-03")
            .place("Oslo", "NOR", PlaceKind::City)
            .mentions();
        assert_eq!(types(&mentions), [EventType::Summit]);
    }

    #[test]
    fn determined_deal_is_an_agreement_and_takes_the_lead_date() {
        let mentions = Fixture::new(
            "Berg and Tamm agreed on Tuesday to share the cost of a bridge.\n\nThe deal was announced in Oslo. Officials will have to deal with a great deal of paperwork.",
        )
        .published(2024, 5, 22)
        .timex("Tuesday", "2024-05-21")
        .person("Alma Berg", "Prime Minister", "NOR", &["Berg"])
        .person("Ivo Tamm", "Prime Minister", "EST", &["Tamm"])
        .place("Oslo", "NOR", PlaceKind::City)
        .mentions();
        assert_eq!(types(&mentions), [EventType::Agreement]);
        assert_eq!(date_of(&mentions[0]).as_deref(), Some("2024-05-21"));
    }

    #[test]
    fn advice_is_no_scheduled_event() {
        let mentions = Fixture::new("The government should hold a referendum in March.")
            .published(2024, 1, 23)
            .timex("March", "2024-03")
            .mentions();
        assert!(mentions.is_empty());
    }

    #[test]
    fn name_of_the_present_does_not_join_a_document_of_another_era() {
        let mentions = Fixture::new(
            "Berg and Tamm met in Oslo on Tuesday.\n\nIn 1998, the two countries issued the Oslo Joint Declaration.\n\nThe ministers also adopted the Joint Statement on fisheries.",
        )
        .published(2024, 5, 23)
        .timex("Tuesday", "2024-05-21")
        .timex("1998", "1998")
        .person("Alma Berg", "Minister", "NOR", &["Berg"])
        .person("Ivo Tamm", "Minister", "EST", &["Tamm"])
        .place("Oslo", "NOR", PlaceKind::City)
        .mentions();
        let statement = mentions.last().expect("the Joint Statement");
        assert_eq!(statement.event_type, EventType::Agreement);
        assert_eq!(date_of(statement).as_deref(), Some("2024-05-21"));
    }

    #[test]
    fn name_of_another_era_does_not_refer_back_to_one_of_the_present() {
        let mentions = Fixture::new(
            "The ministers adopted the Oslo Joint Statement on fisheries.\n\nIn 1998, the two countries issued the Baltic Joint Declaration.",
        )
        .published(2024, 5, 23)
        .timex("1998", "1998")
        .place("Oslo", "NOR", PlaceKind::City)
        .mentions();
        assert_eq!(mentions.len(), 2);
        assert_eq!(mentions[0].date, None);
        assert_eq!(mentions[1].refers_to, None);
    }

    #[test]
    fn date_and_modal_past_that_belong_to_the_reported_clause() {
        let mentions = Fixture::new(
            "Berg and Tamm held a summit in Oslo on Tuesday.\n\nBerg told reporters after their summit that the tunnel would open by 2035.",
        )
        .published(2024, 5, 23)
        .timex("Tuesday", "2024-05-21")
        .timex("2035", "2035")
        .person("Alma Berg", "Prime Minister", "NOR", &["Berg"])
        .person("Ivo Tamm", "Prime Minister", "EST", &["Tamm"])
        .place("Oslo", "NOR", PlaceKind::City)
        .mentions();
        assert!(mentions.iter().all(|m| m.event_type == EventType::Summit));
        assert!(mentions
            .iter()
            .all(|m| date_of(m).as_deref() == Some("2024-05-21")));
        assert!(mentions.iter().all(|m| m.status == EventStatus::Occurred));
    }

    #[test]
    fn when_clause_shares_the_scheduled_time_of_the_clause_before() {
        let mentions = Fixture::new("Tamm will visit Oslo next week, when he meets Berg.")
            .published(2024, 5, 23)
            .timex("next week", "2024-W22")
            .person("Alma Berg", "Minister", "NOR", &["Berg"])
            .person("Ivo Tamm", "Minister", "EST", &["Tamm"])
            .place("Oslo", "NOR", PlaceKind::City)
            .mentions();
        assert_eq!(types(&mentions), [EventType::Visit, EventType::Meeting]);
        assert!(mentions.iter().all(|m| m.status == EventStatus::Scheduled));
    }

    #[test]
    fn background_year_in_the_lead_leaves_the_news_date() {
        let mentions = Fixture::new(
            "Berg, in office since 2019, agreed with Tamm on Tuesday to share the cost of a bridge.\n\nThe plan was announced after a two-hour summit in Oslo.",
        )
        .published(2024, 5, 22)
        .timex("2019", "2019")
        .timex("Tuesday", "2024-05-21")
        .person("Alma Berg", "Prime Minister", "NOR", &["Berg"])
        .person("Ivo Tamm", "Prime Minister", "EST", &["Tamm"])
        .place("Oslo", "NOR", PlaceKind::City)
        .mentions();
        assert_eq!(types(&mentions), [EventType::Summit]);
        assert_eq!(date_of(&mentions[0]).as_deref(), Some("2024-05-21"));
    }

    #[test]
    fn survey_named_as_a_comparison_base_is_an_earlier_poll() {
        let mentions = Fixture::new(
            "Support fell to 41 percent in a Nordstat survey conducted on Saturday.\n\nThe survey found support down 2.8 points from the survey early last month. The poll of 1,000 adults has a margin of error of 3 points.",
        )
        .published(2024, 5, 22)
        .timex("Saturday", "2024-05-18")
        .timex("early last month", "2024-04")
        .mentions();
        let dates: Vec<Option<String>> = mentions.iter().map(date_of).collect();
        let saturday = Some("2024-05-18".to_owned());
        let april = Some("2024-04-01".to_owned());
        assert_eq!(dates, [saturday.clone(), saturday.clone(), april, saturday]);
    }

    #[test]
    fn visitor_demonym_gives_no_country_to_the_visit() {
        let mentions = Fixture::new("It was the first visit by a Swedish minister on June 4.")
            .timex("June 4", "2024-06-04")
            .place("Swedish", "SWE", PlaceKind::Demonym)
            .mentions();
        assert!(mentions
            .iter()
            .all(|m| m.country_code.as_deref() != Some("SWE")));
    }
}
