//! The root README's data dictionary is the one the code generates.

#[test]
fn readme_data_dictionary_matches_the_schema() {
    let readme = include_str!("../README.md");
    let section = readme
        .split_once("<!-- data-dictionary:start -->\n")
        .and_then(|(_, rest)| rest.split_once("<!-- data-dictionary:end -->"))
        .map(|(section, _)| section);
    assert_eq!(
        section,
        Some(newsfacts_export::data_dictionary_markdown().as_str()),
        "README.md is stale: paste the output of \
         `cargo run -p newsfacts-export --example data_dictionary` between the markers"
    );
}
