//! One table as a typed, zstd-compressed Parquet file (polars).

use std::collections::BTreeSet;
use std::io::Write;

use chrono::{Datelike, NaiveDate};
use polars::prelude::*;

use crate::schema::{ColumnSchema, ColumnType};
use crate::table::{Cell, Table};

/// Days from 0001-01-01 (chrono's day 1) to 1970-01-01, the `date32` epoch.
const UNIX_EPOCH_FROM_CE: i32 = 719_163;

/// A date as `date32`: days since 1970-01-01.
pub(crate) fn date32(date: NaiveDate) -> i32 {
    date.num_days_from_ce() - UNIX_EPOCH_FROM_CE
}

/// The date of a `date32` day number.
pub(crate) fn from_date32(days: i32) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(days.checked_add(UNIX_EPOCH_FROM_CE)?)
}

/// The cell of `row` in column `index`, checked against the column's type.
fn typed<'a>(table: &'a Table, column: &ColumnSchema, index: usize) -> PolarsResult<Vec<&'a Cell>> {
    table
        .rows
        .iter()
        .enumerate()
        .map(|(row_number, row)| match row.get(index) {
            Some(cell) if cell.fits(column.column_type) => Ok(cell),
            _ => polars_bail!(
                SchemaMismatch: "row {row_number}: the value of column {} does not fit its type {:?}",
                column.name,
                column.column_type
            ),
        })
        .collect()
}

fn text(cell: &Cell) -> Option<&str> {
    match cell {
        Cell::Text(text) => Some(text),
        _ => None,
    }
}

fn int(cell: &Cell) -> Option<i64> {
    match cell {
        Cell::Int(value) => Some(*value),
        _ => None,
    }
}

/// The Parquet column for `column`: real types, dictionary-encoded categories.
fn series(table: &Table, column: &ColumnSchema, index: usize) -> PolarsResult<Series> {
    let cells = typed(table, column, index)?;
    let name = PlSmallStr::from_static(column.name);
    Ok(match column.column_type {
        ColumnType::Text => {
            StringChunked::from_iter_options(name, cells.iter().map(|c| text(c))).into_series()
        }
        ColumnType::Category => {
            let strings =
                StringChunked::from_iter_options(name, cells.iter().map(|c| text(c))).into_series();
            // Closed vocabularies list every allowed value; open ones (country
            // codes) the values present, sorted, so the dictionary is deterministic.
            let categories: Vec<&str> = match column.vocabulary {
                Some(vocabulary) => vocabulary.values(),
                None => cells
                    .iter()
                    .filter_map(|c| text(c))
                    .collect::<BTreeSet<&str>>()
                    .into_iter()
                    .collect(),
            };
            let dtype = DataType::from_frozen_categories(FrozenCategories::new(categories)?);
            strings.strict_cast(&dtype)?
        }
        ColumnType::Date => Int32Chunked::from_iter_options(
            name,
            cells.iter().map(|c| match c {
                Cell::Date(date) => Some(date32(*date)),
                _ => None,
            }),
        )
        .into_date()
        .into_series(),
        ColumnType::Int32 => Int32Chunked::from_iter_options(
            name,
            cells
                .iter()
                .map(|c| int(c).and_then(|v| i32::try_from(v).ok())),
        )
        .into_series(),
        ColumnType::Int64 => {
            Int64Chunked::from_iter_options(name, cells.iter().map(|c| int(c))).into_series()
        }
        ColumnType::Float64 => Float64Chunked::from_iter_options(
            name,
            cells.iter().map(|c| match c {
                Cell::Float(value) => Some(*value),
                _ => None,
            }),
        )
        .into_series(),
        ColumnType::TextList => {
            let mut builder = ListStringChunkedBuilder::new(name, cells.len(), cells.len());
            for cell in &cells {
                match cell {
                    Cell::List(items) => {
                        builder.append_values_iter(items.iter().map(String::as_str))
                    }
                    _ => builder.append_null(),
                }
            }
            builder.finish().into_series()
        }
    })
}

/// The table as a polars `DataFrame` with the schema's types.
pub fn data_frame(table: &Table) -> PolarsResult<DataFrame> {
    let columns = table
        .schema
        .columns
        .iter()
        .enumerate()
        .map(|(index, column)| series(table, column, index).map(Column::from))
        .collect::<PolarsResult<Vec<Column>>>()?;
    DataFrame::new(table.rows.len(), columns)
}

/// The Arrow schema stored in the file's footer, in the oldest Arrow
/// layout (`large_string`, not `string_view`): polars' writer would store
/// the newest, and pandas cannot convert lists of `string_view`.
fn portable_arrow_schema(frame: &DataFrame) -> KeyValueMetadata {
    let schema = frame.schema().to_arrow(CompatLevel::oldest());
    let key_value = polars_parquet::write::schema_to_metadata_key(&schema);
    KeyValueMetadata::from_static(vec![(key_value.key, key_value.value.unwrap_or_default())])
}

/// Writes `table` as Parquet to `out`: one row group, zstd, statistics.
pub fn write_parquet(table: &Table, out: impl Write) -> PolarsResult<()> {
    let mut frame = data_frame(table)?;
    ParquetWriter::new(out)
        .with_compression(ParquetCompression::Zstd(None))
        .with_key_value_metadata(Some(portable_arrow_schema(&frame)))
        .finish(&mut frame)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;
    use crate::table::tables;

    #[test]
    fn date32_counts_days_from_1970() {
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
        assert_eq!(date32(epoch), 0);
        let day = NaiveDate::from_ymd_opt(2025, 6, 22).unwrap_or_default();
        assert_eq!(from_date32(date32(day)), Some(day));
    }

    #[test]
    fn footer_stores_the_oldest_arrow_layout_not_polars_newest() {
        let table = &tables(&sample::dataset())[1];
        let mut bytes = Vec::new();
        write_parquet(table, &mut bytes).expect("written");
        let mut reader = ParquetReader::new(std::io::Cursor::new(bytes));
        let metadata = reader.get_metadata().expect("footer");
        let stored: Vec<_> = metadata
            .key_value_metadata()
            .iter()
            .flatten()
            .filter(|kv| kv.key == "ARROW:schema")
            .map(|kv| kv.value.clone())
            .collect();
        let frame = data_frame(table).expect("frame");
        let oldest = frame.schema().to_arrow(CompatLevel::oldest());
        let newest = frame.schema().to_arrow(CompatLevel::newest());
        let encode = |schema| polars_parquet::write::schema_to_metadata_key(schema).value;
        assert_eq!(stored, [encode(&oldest)]);
        assert_ne!(encode(&oldest), encode(&newest));
    }
}
