//! Prints the data dictionary (Markdown) generated from the table schemas.

fn main() {
    print!("{}", newsfacts_export::data_dictionary_markdown());
}
