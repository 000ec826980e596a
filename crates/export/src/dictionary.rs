//! The data dictionary in Markdown, generated from [`TABLES`] so the docs
//! cannot drift from the files.

use crate::csv_file::LIST_SEPARATOR;
use crate::package::frictionless_type;
use crate::schema::{ColumnSchema, ColumnType, TableSchema, TABLES};

/// A table cell's text, safe inside a Markdown table.
fn escape(text: &str) -> String {
    text.replace('|', "\\|")
}

fn column_line(column: &ColumnSchema) -> String {
    let mut description = escape(column.description);
    if let Some(vocabulary) = column.vocabulary {
        let values: Vec<String> = vocabulary
            .values()
            .iter()
            .map(|v| format!("`{v}`"))
            .collect();
        description.push_str(&format!(" One of {}.", values.join(", ")));
    }
    if column.column_type == ColumnType::TextList {
        description.push_str(&format!(" In CSV: items joined by `{LIST_SEPARATOR}`."));
    }
    format!(
        "| `{}` | `{}` | `{}` | {} | {} |",
        column.name,
        column.column_type.parquet_name(),
        frictionless_type(column.column_type),
        if column.required { "yes" } else { "" },
        description
    )
}

fn table_section(table: &TableSchema) -> String {
    let mut lines = vec![format!("### `{}`", table.name), String::new()];
    let mut intro = format!("{} Sorted by {}.", table.description, table.sort_order);
    if !table.primary_key.is_empty() {
        let key: Vec<String> = table.primary_key.iter().map(|c| format!("`{c}`")).collect();
        intro.push_str(&format!(" Key: {}.", key.join(", ")));
    }
    for fk in table.foreign_keys {
        intro.push_str(&format!(
            " `{}` → `{}.{}`.",
            fk.columns.join("`, `"),
            fk.table,
            fk.references.join("`, `")
        ));
    }
    lines.push(intro);
    lines.push(String::new());
    lines.push("| column | Parquet type | CSV type | required | meaning |".to_owned());
    lines.push("|---|---|---|---|---|".to_owned());
    lines.extend(table.columns.iter().map(column_line));
    lines.join("\n")
}

/// Every table's columns, types, keys and meaning, as Markdown (the data
/// dictionary section of the README).
pub fn data_dictionary_markdown() -> String {
    let mut out = String::from(
        "Generated from the schema definitions in `crates/export/src/schema.rs` \
         (`cargo run -p newsfacts-export --example data_dictionary`). \
         Dates are ISO `YYYY-MM-DD` in CSV and `date32` in Parquet; \
         an empty CSV field is a null.\n",
    );
    for table in TABLES.iter() {
        out.push('\n');
        out.push_str(&table_section(table));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const START: &str = "<!-- data-dictionary:start -->\n";
    const END: &str = "<!-- data-dictionary:end -->";

    #[test]
    fn readme_data_dictionary_matches_the_schema() {
        let readme = include_str!("../README.md");
        let section = readme
            .split_once(START)
            .and_then(|(_, rest)| rest.split_once(END))
            .map(|(section, _)| section);
        assert_eq!(
            section,
            Some(data_dictionary_markdown().as_str()),
            "crates/export/README.md is stale: paste the output of \
             `cargo run -p newsfacts-export --example data_dictionary` between the markers"
        );
    }

    #[test]
    fn closed_vocabularies_and_list_separators_are_spelled_out() {
        let markdown = data_dictionary_markdown();
        assert!(markdown.contains("One of `direct`, `partial`, `indirect`."));
        assert!(markdown.contains("| `participants` | `list<string>` | `list` |"));
        assert!(markdown.contains("`article_id` → `articles.article_id`."));
    }
}
