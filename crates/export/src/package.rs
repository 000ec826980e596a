//! `datapackage.json`: a Frictionless Data Package (profile
//! `tabular-data-package`) describing every CSV table from [`TABLES`].

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::csv_file::LIST_SEPARATOR;
use crate::schema::{ColumnSchema, ColumnType, TableSchema, TABLES};

#[derive(Serialize)]
struct Package {
    profile: &'static str,
    name: &'static str,
    title: &'static str,
    description: &'static str,
    resources: Vec<Resource>,
}

#[derive(Serialize)]
struct Resource {
    name: &'static str,
    path: String,
    profile: &'static str,
    description: String,
    format: &'static str,
    mediatype: &'static str,
    encoding: &'static str,
    dialect: Dialect,
    rows: usize,
    bytes: usize,
    hash: String,
    schema: Schema,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Dialect {
    delimiter: &'static str,
    line_terminator: &'static str,
    quote_char: &'static str,
    double_quote: bool,
    header: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Schema {
    fields: Vec<Field>,
    missing_values: [&'static str; 1],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    primary_key: &'static [&'static str],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    foreign_keys: Vec<ForeignKey>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Field {
    name: &'static str,
    #[serde(rename = "type")]
    field_type: &'static str,
    description: &'static str,
    /// Not a Frictionless property: the column's type in the Parquet copy.
    parquet_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    delimiter: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    item_type: Option<&'static str>,
    #[serde(skip_serializing_if = "Constraints::is_empty")]
    constraints: Constraints,
}

#[derive(Serialize)]
struct Constraints {
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    required: bool,
    #[serde(rename = "enum", skip_serializing_if = "Option::is_none")]
    values: Option<Vec<&'static str>>,
}

impl Constraints {
    fn is_empty(&self) -> bool {
        !self.required && self.values.is_none()
    }
}

#[derive(Serialize)]
struct ForeignKey {
    fields: &'static [&'static str],
    reference: Reference,
}

#[derive(Serialize)]
struct Reference {
    resource: &'static str,
    fields: &'static [&'static str],
}

/// The Frictionless type of a column, as read from the CSV file.
pub fn frictionless_type(column_type: ColumnType) -> &'static str {
    match column_type {
        ColumnType::Text | ColumnType::Category => "string",
        ColumnType::Date => "date",
        ColumnType::Int32 | ColumnType::Int64 => "integer",
        ColumnType::Float64 => "number",
        ColumnType::TextList => "list",
    }
}

fn field(column: &ColumnSchema) -> Field {
    let is_list = column.column_type == ColumnType::TextList;
    Field {
        name: column.name,
        field_type: frictionless_type(column.column_type),
        description: column.description,
        parquet_type: column.column_type.parquet_name(),
        delimiter: is_list.then_some(LIST_SEPARATOR),
        item_type: is_list.then_some("string"),
        constraints: Constraints {
            required: column.required,
            values: column.vocabulary.map(|v| v.values()),
        },
    }
}

fn resource(table: &'static TableSchema, rows: usize, csv: &[u8]) -> Resource {
    let digest = Sha256::digest(csv);
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    Resource {
        name: table.name,
        path: format!("csv/{}.csv", table.name),
        profile: "tabular-data-resource",
        description: format!("{} Sorted by {}.", table.description, table.sort_order),
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: Dialect {
            delimiter: ",",
            line_terminator: "\n",
            quote_char: "\"",
            double_quote: true,
            header: true,
        },
        rows,
        bytes: csv.len(),
        hash: format!("sha256:{hex}"),
        schema: Schema {
            fields: table.columns.iter().map(field).collect(),
            missing_values: [""],
            primary_key: table.primary_key,
            foreign_keys: table
                .foreign_keys
                .iter()
                .map(|fk| ForeignKey {
                    fields: fk.columns,
                    reference: Reference {
                        resource: fk.table,
                        fields: fk.references,
                    },
                })
                .collect(),
        },
    }
}

/// The data package for the CSV files: `csv_files[i]` holds the row count
/// and the bytes of the file of `TABLES[i]`. Pretty-printed, with a final newline.
pub fn data_package_json(csv_files: &[(usize, Vec<u8>)]) -> serde_json::Result<String> {
    let package = Package {
        profile: "tabular-data-package",
        name: "newsfacts",
        title: "newsfacts: events, quotes and statistics from news articles",
        description: "Tables extracted from news page dumps by newsfacts. Each table is also \
                      in parquet/<table>.parquet with typed columns; list columns are \
                      `; `-joined in CSV; dates are ISO; an empty field is null.",
        resources: TABLES
            .iter()
            .zip(csv_files)
            .map(|(table, (rows, bytes))| resource(table, *rows, bytes))
            .collect(),
    };
    let mut json = serde_json::to_string_pretty(&package)?;
    json.push('\n');
    Ok(json)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resources_carry_hash_bytes_rows_and_keys() {
        let files: Vec<(usize, Vec<u8>)> = TABLES.iter().map(|_| (1, b"a\nb\n".to_vec())).collect();
        let json = data_package_json(&files)
            .map_err(|e| e.to_string())
            .unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["profile"], "tabular-data-package");
        let quotes = &value["resources"][3];
        assert_eq!(quotes["path"], "csv/quotes.csv");
        assert_eq!(quotes["bytes"], 4);
        assert_eq!(
            quotes["hash"],
            "sha256:911169ddaaf146aff539f58c26c489af3b892dff0fe283c1c264c65ae5aa59a2"
        );
        assert_eq!(quotes["schema"]["primaryKey"][0], "quote_id");
        let fk = &quotes["schema"]["foreignKeys"][1];
        assert_eq!(fk["fields"][0], "event_id");
        assert_eq!(fk["reference"]["resource"], "events");
        let kind = &quotes["schema"]["fields"][6];
        assert_eq!(kind["constraints"]["enum"][0], "direct");
        assert_eq!(kind["constraints"]["required"], true);
    }

    #[test]
    fn list_columns_are_frictionless_lists_split_on_the_csv_separator() {
        let files: Vec<(usize, Vec<u8>)> = TABLES.iter().map(|_| (0, Vec::new())).collect();
        let json = data_package_json(&files)
            .map_err(|e| e.to_string())
            .unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let participants = &value["resources"][1]["schema"]["fields"][8];
        assert_eq!(participants["name"], "participants");
        assert_eq!(participants["type"], "list");
        assert_eq!(participants["delimiter"], "; ");
    }
}
