use super::*;

fn people(text: &str) -> People {
    find_people(text, &[])
}

fn names(found: &People) -> Vec<&str> {
    found.persons.iter().map(|p| p.name.as_str()).collect()
}

fn person<'a>(found: &'a People, name: &str) -> &'a Person {
    found
        .persons
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} not found in {:?}", names(found)))
}

/// The name of the person the mention starting at the `nth` occurrence of
/// `word` refers to.
fn referent<'a>(found: &'a People, text: &str, word: &str, nth: usize) -> Option<&'a str> {
    let byte = text.match_indices(word).nth(nth)?.0;
    let start = text[..byte].chars().count();
    found.resolve(start).map(|p| p.name.as_str())
}

#[test]
fn titled_korean_and_japanese_names_get_country_from_the_title() {
    let text =
        "South Korean President Moon Jae-in met Japanese Prime Minister Yoshiro Mori in Tokyo.";
    let found = people(text);
    assert_eq!(names(&found), vec!["Moon Jae-in", "Yoshiro Mori"]);
    let moon = person(&found, "Moon Jae-in");
    assert_eq!(moon.titles, vec!["South Korean President"]);
    assert_eq!(moon.country.as_deref(), Some("KOR"));
    assert_eq!(
        person(&found, "Yoshiro Mori").country.as_deref(),
        Some("JPN")
    );
}

#[test]
fn korean_surname_is_the_first_word_and_japanese_the_last() {
    let text = "President Moon Jae-in hosted Prime Minister Yoshiro Mori. Moon said the talks went well, and Mori agreed.";
    let found = people(text);
    assert_eq!(referent(&found, text, "Moon", 1), Some("Moon Jae-in"));
    assert_eq!(referent(&found, text, "Mori", 1), Some("Yoshiro Mori"));
    assert_eq!(person(&found, "Moon Jae-in").aliases, vec!["Moon"]);
}

#[test]
fn three_word_korean_name_without_hyphen() {
    let text = "Former President Park Geun Hye was released. Park thanked her supporters.";
    let found = people(text);
    assert_eq!(names(&found), vec!["Park Geun Hye"]);
    assert_eq!(referent(&found, text, "Park", 1), Some("Park Geun Hye"));
    assert_eq!(
        person(&found, "Park Geun Hye").country.as_deref(),
        Some("KOR")
    );
}

#[test]
fn shared_surname_goes_to_the_nearer_gender_consistent_person() {
    let text = "Foreign Minister Kim Sung-han spoke first. \
                Later, Deputy Minister Kim Hye-jin and Trade Minister Alan Reed arrived. \
                Kim Sung-han said his visit was useful. \
                In her speech, Kim thanked the hosts.";
    let found = people(text);
    assert_eq!(referent(&found, text, "Kim", 3), Some("Kim Hye-jin"));
    assert_eq!(person(&found, "Kim Sung-han").gender, Some(Gender::Male));
}

#[test]
fn lone_surname_goes_to_the_most_recent_namesake() {
    let text = "Vice Minister Kim Tae-ho met Ambassador Kim So-ra on Monday. \
                Ambassador Kim So-ra later left. Kim stated that ties were strong.";
    let found = people(text);
    assert_eq!(referent(&found, text, "Kim stated", 0), Some("Kim So-ra"));
}

#[test]
fn pronouns_resolve_to_the_subject_of_the_sentence_or_the_one_before() {
    let text = "Chancellor Maria Keller arrived in Seoul on Friday. \
                She met business leaders. Her visit ends today.";
    let found = people(text);
    assert_eq!(referent(&found, text, "She", 0), Some("Maria Keller"));
    assert_eq!(referent(&found, text, "Her", 0), Some("Maria Keller"));
    assert_eq!(person(&found, "Maria Keller").gender, Some(Gender::Female));
}

#[test]
fn pronoun_skips_a_person_of_the_other_gender() {
    let text = "Ms. Laura Chen met Mr. David Brook. He praised the deal.";
    let found = people(text);
    assert_eq!(referent(&found, text, "He", 0), Some("David Brook"));
}

#[test]
fn title_alone_resolves_to_the_latest_holder() {
    let text = "Japanese Prime Minister Taro Yamada visited Seoul. \
                The prime minister called for closer ties. \
                The Japanese leader then flew home.";
    let found = people(text);
    assert_eq!(
        referent(&found, text, "The prime minister", 0),
        Some("Taro Yamada")
    );
    assert_eq!(
        referent(&found, text, "The Japanese leader", 0),
        Some("Taro Yamada")
    );
}

#[test]
fn title_with_surname_adds_the_title_and_an_alias() {
    let text = "Premier Li Qiang opened the forum. Later, Premier Li met investors.";
    let found = people(text);
    assert_eq!(names(&found), vec!["Li Qiang"]);
    assert_eq!(referent(&found, text, "Li met", 0), Some("Li Qiang"));
}

#[test]
fn organisations_places_and_calendar_words_are_not_people() {
    let text = "The National Assembly and the Foreign Ministry met on Monday in June. \
                Yonhap News Agency said the Korea-Japan Parliamentarians' Union would meet. \
                The Hotel Grand Palace hosted the Group of Seven summit in Seoul.";
    let found = people(text);
    assert!(found.persons.is_empty(), "{:?}", names(&found));
}

#[test]
fn appositive_titles_and_country() {
    let text = "The meeting included Haruto Mori, special adviser to the Japanese Prime Minister, \
                and Choi Min-jun, Vice Speaker of the National Assembly and President of the \
                Korea-Japan Friendship League, who spoke.";
    let found = people(text);
    let mori = person(&found, "Haruto Mori");
    assert_eq!(
        mori.titles,
        vec!["special adviser to the Japanese Prime Minister"]
    );
    assert_eq!(mori.country.as_deref(), Some("JPN"));
    let choi = person(&found, "Choi Min-jun");
    assert_eq!(
        choi.titles,
        vec![
            "Vice Speaker of the National Assembly",
            "President of the Korea-Japan Friendship League"
        ]
    );
    assert_eq!(choi.country.as_deref(), Some("KOR"));
}

#[test]
fn ambassador_to_a_country_keeps_the_sender_country() {
    let text = "Korean Ambassador to Japan Lim Dong-hyun spoke, and a former Japanese ambassador to South Korea, \
                Kenji Sato, listened. Ambassador to Japan Hugo Weber also came.";
    let found = people(text);
    let lim = person(&found, "Lim Dong-hyun");
    assert_eq!(lim.titles, vec!["Korean Ambassador to Japan"]);
    assert_eq!(lim.country.as_deref(), Some("KOR"));
    assert_eq!(person(&found, "Kenji Sato").country.as_deref(), Some("JPN"));
    assert_eq!(person(&found, "Hugo Weber").country, None);
}

#[test]
fn title_before_a_comma_introduces_the_name() {
    let text = "The nominee for South Korean Prime Minister, Han Duck-soo, conveyed his hopes.";
    let found = people(text);
    let han = person(&found, "Han Duck-soo");
    assert_eq!(han.titles, vec!["nominee for South Korean Prime Minister"]);
    assert_eq!(han.country.as_deref(), Some("KOR"));
    assert_eq!(referent(&found, text, "his", 0), Some("Han Duck-soo"));
}

#[test]
fn possessive_country_gives_the_country_not_the_title() {
    let text = "Germany’s Chancellor Olaf Brandt and U.S. President John Carter met.";
    let found = people(text);
    let brandt = person(&found, "Olaf Brandt");
    assert_eq!(brandt.titles, vec!["Chancellor"]);
    assert_eq!(brandt.country.as_deref(), Some("DEU"));
    let carter = person(&found, "John Carter");
    assert_eq!(carter.titles, vec!["U.S. President"]);
    assert_eq!(carter.country.as_deref(), Some("USA"));
}

#[test]
fn speech_verb_makes_an_untitled_name_a_person() {
    let text = "\"We are ready,\" Emma Lindqvist said on Tuesday.";
    let found = people(text);
    assert_eq!(names(&found), vec!["Emma Lindqvist"]);
}

#[test]
fn untitled_japanese_name_gets_its_country_from_its_shape() {
    let text = "Officials such as Chief Cabinet Secretary Hiroshi Nakamura attended.";
    let found = people(text);
    assert_eq!(
        person(&found, "Hiroshi Nakamura").country.as_deref(),
        Some("JPN")
    );
}

#[test]
fn former_title_inherits_the_country_of_the_current_holder() {
    let text = "Canadian Prime Minister Paul Green hosted former Prime Minister Brian Wells.";
    let found = people(text);
    assert_eq!(
        person(&found, "Brian Wells").country.as_deref(),
        Some("CAN")
    );
}

#[test]
fn lone_titled_surname_without_full_name_is_a_person() {
    let text = "President Carver said the talks failed.";
    let found = people(text);
    assert_eq!(names(&found), vec!["Carver"]);
}

#[test]
fn offsets_are_in_characters() {
    let text = "Café talks – President Moon Jae-in spoke.";
    let found = people(text);
    let mention = &found.mentions[0];
    let span: String = text
        .chars()
        .skip(mention.start)
        .take(mention.end - mention.start)
        .collect();
    assert_eq!(span, "Moon Jae-in");
}

#[test]
fn a_list_of_titled_names_is_not_an_appositive() {
    let text =
        "Guests included Speaker Ken Ota, Finance Minister Rina Sato, and Japanese Envoy Jun Abe.";
    let found = people(text);
    assert_eq!(person(&found, "Ken Ota").titles, vec!["Speaker"]);
    assert_eq!(person(&found, "Rina Sato").titles, vec!["Finance Minister"]);
}

#[test]
fn kinship_noun_gives_gender_for_the_shared_surname_trap() {
    let text = "Leader Kim Jong-un watched the test with his sister Kim Yo-jong. \
                She said the test succeeded.";
    let found = people(text);
    assert_eq!(person(&found, "Kim Yo-jong").gender, Some(Gender::Female));
    assert_eq!(referent(&found, text, "She", 0), Some("Kim Yo-jong"));
}

#[test]
fn korean_two_word_name_is_family_first_when_the_family_name_is_used_alone() {
    let text = "Foreign Minister Park Jin met his counterpart. Park said talks went well.";
    let found = people(text);
    let park = person(&found, "Park Jin");
    assert_eq!(park.aliases, vec!["Park"]);
    assert_eq!(park.country.as_deref(), Some("KOR"));
}

#[test]
fn truncated_and_odd_texts_never_panic_and_offsets_stay_in_bounds() {
    let sample = "“Kim’s visit,” said Ms. Kim Ha-na, Vice Minister of the Korea-Japan Union’s \
                  board — and the U.S. President J. D. Smith Jr., 64, the nominee for, 's \
                  Gen. ’s — 😀 Prime Minister Café Ō-no, he/her said. The president, the";
    let chars: Vec<char> = sample.chars().collect();
    for cut in 0..=chars.len() {
        let text: String = chars[..cut].iter().collect();
        let found = people(&text);
        let length = text.chars().count();
        for mention in &found.mentions {
            assert!(mention.start < mention.end && mention.end <= length);
            assert!(mention.person < found.persons.len());
        }
    }
    for odd in [
        "",
        " ",
        "'s",
        "’s ’s",
        ",",
        "The",
        "Mr.",
        "Gen. .",
        "A-",
        "-Kim",
        "\n\n",
    ] {
        assert!(people(odd).persons.is_empty(), "{odd}");
    }
}

#[test]
fn japanese_name_written_family_first_is_read_from_its_later_use() {
    let text = "Prime Minister Aso Taro spoke on Monday. Aso said the plan would pass.";
    let found = people(text);
    let aso = person(&found, "Aso Taro");
    assert_eq!(aso.aliases, vec!["Aso"]);
    assert_eq!(aso.country.as_deref(), Some("JPN"));
}

#[test]
fn honorific_picks_the_namesake_of_its_gender() {
    let text = "Bill Carter and Ann Carter arrived. Mr. Carter spoke after Mrs. Carter.";
    let found = people(text);
    assert_eq!(
        referent(&found, text, "Carter spoke", 0),
        Some("Bill Carter")
    );
    assert_eq!(referent(&found, text, "Carter.", 0), Some("Ann Carter"));
}

#[test]
fn possessive_country_with_a_title_alone_resolves_to_its_holder() {
    let text = "Japanese Prime Minister Taro Yamada met U.S. President John Carter. \
                Japan's prime minister later said the talks went well.";
    let found = people(text);
    assert_eq!(
        referent(&found, text, "Japan's prime minister", 0),
        Some("Taro Yamada")
    );
}

#[test]
fn an_organisation_before_a_title_belongs_to_the_title() {
    let text =
        "Democratic Party leader Park Chan-ho and Foreign Ministry spokesperson Lin Wei spoke.";
    let found = people(text);
    assert_eq!(
        person(&found, "Park Chan-ho").titles,
        vec!["Democratic Party leader"]
    );
    assert_eq!(
        person(&found, "Lin Wei").titles,
        vec!["Foreign Ministry spokesperson"]
    );
}

#[test]
fn a_place_that_is_a_given_name_can_start_a_name() {
    let text = "Rep. Virginia Foxx met voters in Virginia. Jordan Peterson said so.";
    let found = people(text);
    assert_eq!(names(&found), vec!["Virginia Foxx", "Jordan Peterson"]);
}

#[test]
fn a_participle_opening_a_sentence_is_not_a_given_name() {
    let text = "Questioning Vance Okafor, the senator said little.";
    let found = people(text);
    assert!(!names(&found).contains(&"Questioning Vance Okafor"));
}

#[test]
fn bare_shared_title_does_not_give_a_country() {
    let text = "Afghan President Ashraf Ghani thanked President Dwight Carter.";
    let found = people(text);
    assert_eq!(person(&found, "Dwight Carter").country, None);
}

#[test]
fn former_title_inherits_only_from_the_same_title() {
    let text = "Ukrainian President Ivan Petrenko met former Vice President Joe Biden.";
    let found = people(text);
    assert_eq!(person(&found, "Joe Biden").country, None);
}

#[test]
fn a_country_possessive_right_before_a_name_gives_its_country() {
    let text = "North Korea’s Kim Jong-un met China’s Xi Jinping.";
    let found = people(text);
    assert_eq!(
        person(&found, "Kim Jong-un").country.as_deref(),
        Some("PRK")
    );
    assert_eq!(person(&found, "Xi Jinping").country.as_deref(), Some("CHN"));
}

#[test]
fn object_pronoun_prefers_someone_other_than_the_subject() {
    let text = "Senator Mark Doyle said he called Governor Tim Shaw and asked him to wait.";
    let found = people(text);
    assert_eq!(referent(&found, text, "he", 0), Some("Mark Doyle"));
    assert_eq!(referent(&found, text, "him", 0), Some("Tim Shaw"));
}

#[test]
fn an_organisation_with_of_and_a_city_title_belong_to_the_title() {
    let text = "Democratic Party of Japan leader Kenta Ono met Tokyo Gov. Emi Sato.";
    let found = people(text);
    assert_eq!(
        person(&found, "Kenta Ono").titles,
        vec!["Democratic Party of Japan leader"]
    );
    let sato = person(&found, "Emi Sato");
    assert_eq!(sato.titles, vec!["Tokyo Gov."]);
    assert_eq!(sato.country.as_deref(), Some("JPN"));
}

#[test]
fn a_list_introduced_by_a_demonym_gives_its_country() {
    let text = "U.S. lawmakers, including Senator Ann Lowe and Rep. Tom Baird, visited Seoul.";
    let found = people(text);
    assert_eq!(person(&found, "Ann Lowe").country.as_deref(), Some("USA"));
    assert_eq!(person(&found, "Tom Baird").country.as_deref(), Some("USA"));
}

#[test]
fn a_headline_line_is_not_read_for_names() {
    let text =
        "Senator Jo Marsh Reportedly Caught In Yet Another Scandal.\n\nSenator Ann Lowe said no.";
    let found = people(text);
    assert_eq!(names(&found), vec!["Ann Lowe"]);
}

#[test]
fn title_with_a_shared_surname_picks_the_namesake_holding_it() {
    let text = "Foreign Minister Kim Ha-na and National Security Adviser Kim Do-yun came. \
                Adviser Kim Do-yun spoke first. Foreign Minister Kim then told reporters.";
    let found = people(text);
    assert_eq!(referent(&found, text, "Kim then", 0), Some("Kim Ha-na"));
    assert_eq!(
        person(&found, "Kim Do-yun").titles,
        vec!["National Security Adviser", "Adviser"]
    );
}

#[test]
fn appositive_title_with_a_noun_before_it_an_age_and_an_at_phrase() {
    let text = "\"It matters,\" said Aiko Mori, a history professor at Kyoto University, \
                and Ian Clegg, a 90-year-old British veteran, agreed.";
    let found = people(text);
    assert_eq!(
        person(&found, "Aiko Mori").titles,
        vec!["history professor at Kyoto University"]
    );
    let clegg = person(&found, "Ian Clegg");
    assert_eq!(clegg.titles, vec!["British veteran"]);
    assert_eq!(clegg.country.as_deref(), Some("GBR"));
}

#[test]
fn the_country_named_before_a_name_is_a_last_resort() {
    let text = "WASHINGTON (AP) — President Dan Hale spoke. Speaking in Seoul, Tom Ruiz said.";
    let found = people(text);
    assert_eq!(person(&found, "Dan Hale").country.as_deref(), Some("USA"));
    assert_eq!(person(&found, "Tom Ruiz").country, None);
}

#[test]
fn a_lower_case_organisation_word_joins_the_title() {
    let text = "ministry spokesperson Han Ji-woo told a briefing.";
    let found = people(text);
    assert_eq!(
        person(&found, "Han Ji-woo").titles,
        vec!["ministry spokesperson"]
    );
}

#[test]
fn party_and_state_tag_makes_a_us_lawmaker() {
    let text = "Sen. Dale Orvik (R-Utah) spoke first. Ward Tillman, D-Ore., disagreed \
                with the plan on Tuesday.";
    let found = people(text);
    assert_eq!(names(&found), vec!["Dale Orvik", "Ward Tillman"]);
    assert_eq!(person(&found, "Dale Orvik").country.as_deref(), Some("USA"));
    assert_eq!(
        person(&found, "Ward Tillman").country.as_deref(),
        Some("USA")
    );
}

#[test]
fn minority_whip_is_a_title_not_part_of_the_name() {
    let found = people("Senate Minority Whip Dale Orvik (D-Ill.) said no.");
    assert_eq!(names(&found), vec!["Dale Orvik"]);
}

#[test]
fn pronoun_referring_back_confirms_a_bare_name_used_alone_later() {
    let text = "Quella Varn spent the winter in her old house. \
                The court ignored the appeal. Varn was not surprised.";
    let found = people(text);
    assert_eq!(names(&found), vec!["Quella Varn"]);
    // Without a later lone surname the pronoun is not enough.
    let found = people("Quella Varn spent the winter in her old house.");
    assert!(found.persons.is_empty(), "{:?}", names(&found));
}

#[test]
fn pronoun_object_after_an_organisation_is_no_cue() {
    let text = "Halvorsen Brock paid her $600 for a speech. Brock later sold the building.";
    let found = people(text);
    assert!(
        !names(&found).contains(&"Halvorsen Brock"),
        "{:?}",
        names(&found)
    );
}

#[test]
fn short_given_names_start_a_name() {
    let found = people("The race was close, and Jeb Orvik won the county.");
    assert_eq!(names(&found), vec!["Jeb Orvik"]);
}

#[test]
fn month_after_a_given_name_is_a_surname_but_a_date_is_not() {
    let found = people("British Prime Minister Theresa May said Britain would leave in May 2019.");
    let may = person(&found, "Theresa May");
    assert_eq!(may.country.as_deref(), Some("GBR"));
    let found = people("Lawmakers met Theresa in May 2019 and she said no.");
    assert!(!names(&found).contains(&"Theresa May"));
}

#[test]
fn official_without_country_serves_the_country_the_text_is_about() {
    let text = "U.S. officials met in Washington on Monday. American diplomats said the \
                talks went well. Secretary of State Dale Orvik said they would go on.";
    let found = people(text);
    assert_eq!(person(&found, "Dale Orvik").country.as_deref(), Some("USA"));
    // A bare name gets no country from the text alone.
    let found =
        people("U.S. officials met in Washington. American diplomats spoke. Dale Orvik said so.");
    assert_eq!(person(&found, "Dale Orvik").country, None);
}

#[test]
fn demonym_in_an_appositive_with_an_age_gives_the_country() {
    let found = people("Harold Penn, a 92-year-old British veteran, said he remembered.");
    assert_eq!(
        person(&found, "Harold Penn").country.as_deref(),
        Some("GBR")
    );
}

#[test]
fn given_names_ending_in_ly_are_not_adverbs() {
    let found = people("Emily Varn said it. Currently Dale Orvik leads.");
    assert_eq!(names(&found)[0], "Emily Varn");
}

#[test]
fn headline_names_its_speaker_before_a_colon() {
    let text = "Ann Varn: ‘We Will Win The State Next Year’\n\nThe race goes on.";
    assert_eq!(names(&people(text)), vec!["Ann Varn"]);
    let text = "Varn Says We Will Win The State Next Year\n\nThe race goes on.";
    assert!(people(text).persons.is_empty());
}

#[test]
fn given_name_after_the_names_a_thing() {
    let found = people("She appeared on the Kelly Show on Monday.");
    assert!(found.persons.is_empty(), "{:?}", names(&found));
}

#[test]
fn given_name_after_the_is_a_person_when_the_surname_stands_alone() {
    let found = people("Critics of the Dale Orvik campaign spoke. Orvik won anyway.");
    assert_eq!(names(&found), vec!["Dale Orvik"]);
}

#[test]
fn headline_mentions_resolve_to_people_named_in_the_body() {
    let text = "Orvik Slams Critics Of His Plan For The State Budget\n\n\
                Senator Dale Orvik said on Monday that the plan would pass.";
    let found = people(text);
    assert_eq!(names(&found), vec!["Dale Orvik"]);
    assert_eq!(referent(&found, text, "Orvik", 0), Some("Dale Orvik"));
    // A headline name nobody in the body carries makes no person.
    let found = people("Varn Slams Critics Of His Plan For The State Budget\n\nNo one spoke.");
    assert!(found.persons.is_empty());
}

#[test]
fn relative_who_after_a_bare_name_makes_a_person() {
    let found = people("Varn Orvik, who chairs the panel, spoke for an hour.");
    assert_eq!(names(&found), vec!["Varn Orvik"]);
}

#[test]
fn demonym_after_a_given_name_is_a_surname() {
    let found = people("Mark Cuban, the billionaire investor, said he would not run.");
    let cuban = person(&found, "Mark Cuban");
    assert_eq!(cuban.titles, vec!["billionaire investor"]);
}

#[test]
fn present_tense_reporting_verb_is_a_cue() {
    let found = people("Varn Orvik argues that the plan is wrong.");
    assert_eq!(names(&found), vec!["Varn Orvik"]);
}

#[test]
fn relative_who_after_a_preposition_is_no_cue() {
    let found = people("Democrats on Varn Orvik, who argue a lot, met again.");
    assert!(found.persons.is_empty(), "{:?}", names(&found));
}

#[test]
fn contractions_are_not_names() {
    let found = people("“If I was a donor, I’d want answers,” he said.");
    assert!(found.persons.is_empty(), "{:?}", names(&found));
}

#[test]
fn title_word_after_a_given_name_is_a_surname() {
    let found = people("The investor Paul Singer gave money, and Singer said so.");
    assert_eq!(names(&found), vec!["Paul Singer"]);
}

#[test]
fn lone_surname_with_speech_verb_and_pronoun_is_a_person() {
    let text = "Orvik said he would not run again.";
    let found = people(text);
    assert_eq!(names(&found), vec!["Orvik"]);
    assert_eq!(referent(&found, text, "he", 0), Some("Orvik"));
    // An organisation that speaks takes `it`.
    let found = people("Varnco said it would not run again.");
    assert!(found.persons.is_empty(), "{:?}", names(&found));
}

#[test]
fn common_word_opening_a_sentence_is_no_lone_person() {
    let found = people("Critics said he was wrong. The critics were loud.");
    assert!(found.persons.is_empty(), "{:?}", names(&found));
}

#[test]
fn possessive_title_set_off_before_the_name_gives_title_country_and_mention() {
    let text = "Brazil's trade minister, Lucas Prado, said on Monday that talks would go on. \
                The trade minister added that tariffs stay.";
    let found = people(text);
    assert_eq!(names(&found), vec!["Lucas Prado"]);
    let prado = person(&found, "Lucas Prado");
    assert_eq!(prado.titles, vec!["trade minister"]);
    assert_eq!(prado.country.as_deref(), Some("BRA"));
    // The later title alone refers to him.
    assert_eq!(
        referent(&found, text, "trade minister", 1),
        Some("Lucas Prado")
    );
}

#[test]
fn company_possessive_title_before_the_name_is_a_title() {
    let text = "The firm's chief executive, Dana Whitlock, told staff the plant stays open. \
                The chief executive said demand was strong.";
    let found = people(text);
    assert_eq!(
        person(&found, "Dana Whitlock").titles,
        vec!["chief executive"]
    );
    assert_eq!(
        referent(&found, text, "chief executive", 1),
        Some("Dana Whitlock")
    );
}

#[test]
fn a_place_opening_an_institution_name_is_not_the_persons_country() {
    let text = "Nora Vance, a historian at Cambridge University, said the vote was close. \
                Ivan Petrov, an analyst at Oxford Economics, agreed, and Lena Fox of the \
                Washington Post said so too.";
    let found = people(text);
    for name in ["Nora Vance", "Ivan Petrov", "Lena Fox"] {
        assert_eq!(person(&found, name).country, None, "{name}");
    }
}

#[test]
fn occupation_title_before_a_name_with_an_affiliation_after_it() {
    let text = "Engineer Rosa Lindqvist of Tampere Polytechnic said the bridge was sound.";
    let found = people(text);
    assert_eq!(names(&found), vec!["Rosa Lindqvist"]);
    assert_eq!(person(&found, "Rosa Lindqvist").titles, vec!["Engineer"]);
    assert_eq!(referent(&found, text, "Rosa", 0), Some("Rosa Lindqvist"));
}

#[test]
fn national_office_takes_the_articles_clear_main_country() {
    let text = "OSLO - Prime Minister Eva Strand's government cut fuel taxes in Norway on \
                Friday after talks with Denmark. Finance Minister Pal Haug backed the cut, \
                and the party chair Jon Rud agreed.";
    let found = people(text);
    assert_eq!(person(&found, "Eva Strand").country.as_deref(), Some("NOR"));
    assert_eq!(person(&found, "Pal Haug").country.as_deref(), Some("NOR"));
    // Not a national office: no guess.
    assert_eq!(person(&found, "Jon Rud").country, None);
}

#[test]
fn national_office_gets_no_country_when_the_main_country_is_unclear() {
    let text = "Prime Minister Eva Strand met leaders from Norway, Denmark and Finland on Friday.";
    assert_eq!(person(&people(text), "Eva Strand").country, None);
}

#[test]
fn credit_and_show_title_lines_name_no_one() {
    let text = "Senator Ann Ray said the bill would pass.\n\
                Watch: Kristen Welker asks Senator Ann Ray about the bill\n\
                Meet the Nation with Dana Whitlock\n\
                Photo: Johan Nilsson/Reuters\n\
                Additional reporting by Omar Haddad; Editing by Tom Finn\n\
                Lena Fox contributed reporting.";
    assert_eq!(names(&people(text)), vec!["Ann Ray"]);
}

#[test]
fn prose_citing_reporting_by_a_paper_keeps_its_people() {
    let text = "According to reporting by the Tribune, Senator Ann Ray said she would \
                back the bill, and her aide Tom Finn agreed with Lena Fox.";
    assert!(names(&people(text)).contains(&"Ann Ray"));
    assert!(names(&people(text)).contains(&"Tom Finn"));
}
