//! One table as an RFC 4180 CSV file.

use std::io::Write;

use crate::table::{Cell, Table};

/// How list items are joined in a CSV cell.
pub const LIST_SEPARATOR: &str = "; ";

/// A cell as CSV text: ISO dates, `; `-joined lists, empty for null.
pub fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Null => String::new(),
        Cell::Text(text) => text.clone(),
        Cell::Date(date) => date.format("%Y-%m-%d").to_string(),
        Cell::Int(value) => value.to_string(),
        Cell::Float(value) => float_text(*value),
        Cell::List(items) => items.join(LIST_SEPARATOR),
    }
}

/// The shortest text that reads back as the same `f64`, with a decimal
/// point even for whole numbers, so a CSV reader infers a float column.
fn float_text(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.1}")
    } else {
        value.to_string()
    }
}

/// Writes `table` as CSV to `out`: a header, then one line per row, `\n` line ends.
pub fn write_csv(table: &Table, out: impl Write) -> csv::Result<()> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(out);
    writer.write_record(table.schema.columns.iter().map(|c| c.name))?;
    for row in &table.rows {
        writer.write_record(row.iter().map(cell_text))?;
    }
    writer.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::ARTICLES;
    use chrono::NaiveDate;

    #[test]
    fn whole_floats_keep_a_decimal_point() {
        assert_eq!(float_text(3.0), "3.0");
        assert_eq!(float_text(49.25), "49.25");
        assert_eq!(float_text(0.1), "0.1");
    }

    #[test]
    fn cells_use_iso_dates_and_joined_lists() {
        let date = NaiveDate::from_ymd_opt(2024, 3, 1).map(Cell::Date);
        assert_eq!(date.as_ref().map(cell_text).as_deref(), Some("2024-03-01"));
        let list = Cell::List(vec!["a".into(), "b c".into()]);
        assert_eq!(cell_text(&list), "a; b c");
        assert_eq!(cell_text(&Cell::Null), "");
    }

    #[test]
    fn text_with_commas_quotes_and_newlines_is_quoted() {
        let mut row = vec![Cell::Null; ARTICLES.columns.len()];
        row[0] = Cell::Text("a,b".into());
        row[3] = Cell::Text("He said “yes” – \"no\"\nthen left".into());
        let table = Table {
            schema: &ARTICLES,
            rows: vec![row],
        };
        let mut out = Vec::new();
        write_csv(&table, &mut out)
            .map_err(|e| e.to_string())
            .unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.split('\n').collect();
        assert!(lines[0].starts_with("article_id,source_file,outlet,title,"));
        assert!(lines[1].starts_with("\"a,b\",,,\"He said “yes” – \"\"no\"\""));
        assert!(!text.contains('\r'));
    }
}
