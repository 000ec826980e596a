//! `xlsx/newsfacts.xlsx`: every table as a sheet, for spreadsheet users
//! (a UTF-8 CSV without a byte-order mark is mangled by Excel; a workbook is not).

use chrono::Datelike;
use rust_xlsxwriter::{Color, DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

use crate::csv_file::cell_text;
use crate::table::{Cell, Table};

/// Excel's limit on the characters of one cell.
const MAX_CELL_CHARS: usize = 32_767;
/// Column widths, in characters: wide enough to read, narrow enough to scan.
const MIN_WIDTH: usize = 8;
const MAX_WIDTH: usize = 60;

/// The text of a cell, cut at Excel's limit (only a body text can be that long).
fn cell_string(text: &str) -> String {
    match text.char_indices().nth(MAX_CELL_CHARS) {
        Some((end, _)) => text[..end].to_owned(),
        None => text.to_owned(),
    }
}

/// Excel dates run from 1900 to 9999; other dates stay ISO text.
fn excel_date(date: chrono::NaiveDate) -> Option<ExcelDateTime> {
    let year = u16::try_from(date.year()).ok()?;
    let month = u8::try_from(date.month()).ok()?;
    let day = u8::try_from(date.day()).ok()?;
    ExcelDateTime::from_ymd(year, month, day).ok()
}

/// The workbook as bytes: one sheet per table, a bold header row that is
/// frozen and filtered, dates as date cells, numbers as numbers, lists as
/// `; `-joined text. The same tables give the same bytes (the creation time
/// is fixed, and the zip entries carry no time).
pub fn workbook_bytes(tables: &[Table]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    workbook.set_properties(
        &DocProperties::new()
            .set_title("newsfacts tables")
            .set_creation_datetime(&created),
    );
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDDE7F0));
    let date_format = Format::new().set_num_format("yyyy-mm-dd");
    for table in tables {
        let sheet = workbook.add_worksheet();
        sheet.set_name(table.schema.name)?;
        let mut widths: Vec<usize> = table.schema.columns.iter().map(|c| c.name.len()).collect();
        for (col, column) in table.schema.columns.iter().enumerate() {
            sheet.write_string_with_format(0, col as u16, column.name, &header)?;
        }
        for (index, row) in table.rows.iter().enumerate() {
            let r = u32::try_from(index + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
            for (col, cell) in row.iter().enumerate() {
                let c = u16::try_from(col).map_err(|_| XlsxError::RowColumnLimitError)?;
                match cell {
                    Cell::Null => {}
                    Cell::Date(date) => match excel_date(*date) {
                        Some(value) => {
                            sheet.write_datetime_with_format(r, c, value, &date_format)?;
                        }
                        None => {
                            sheet.write_string(r, c, cell_text(cell))?;
                        }
                    },
                    Cell::Int(value) => {
                        // Counts, offsets and ranks are far below 2^53.
                        sheet.write_number(r, c, *value as f64)?;
                    }
                    Cell::Float(value) => {
                        sheet.write_number(r, c, *value)?;
                    }
                    Cell::Text(_) | Cell::List(_) => {
                        sheet.write_string(r, c, cell_string(&cell_text(cell)))?;
                    }
                }
                if let Some(width) = widths.get_mut(col) {
                    let chars = cell_text(cell).chars().take(MAX_WIDTH).count();
                    *width = (*width).max(chars);
                }
            }
        }
        for (col, width) in widths.iter().enumerate() {
            let width = (*width + 2).clamp(MIN_WIDTH, MAX_WIDTH);
            sheet.set_column_width(col as u16, width as f64)?;
        }
        let last_row =
            u32::try_from(table.rows.len()).map_err(|_| XlsxError::RowColumnLimitError)?;
        let last_col = table.schema.columns.len().saturating_sub(1) as u16;
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, last_row, last_col)?;
    }
    workbook.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;
    use crate::table::tables;

    #[test]
    fn cells_longer_than_excel_allows_are_cut_on_a_char_boundary() {
        let long = "é".repeat(MAX_CELL_CHARS + 5);
        assert_eq!(cell_string(&long).chars().count(), MAX_CELL_CHARS);
        assert_eq!(cell_string("short"), "short");
    }

    #[test]
    fn dates_outside_excel_range_are_not_date_cells() {
        let early = chrono::NaiveDate::from_ymd_opt(1800, 1, 1).unwrap_or_default();
        assert!(excel_date(early).is_none());
        let fine = chrono::NaiveDate::from_ymd_opt(2025, 6, 22).unwrap_or_default();
        assert!(excel_date(fine).is_some());
    }

    #[test]
    fn the_same_tables_give_the_same_workbook_bytes() {
        let tables = tables(&sample::dataset());
        let first = workbook_bytes(&tables).expect("workbook");
        let second = workbook_bytes(&tables).expect("workbook");
        assert!(first == second);
        assert!(first.starts_with(b"PK"));
    }
}
