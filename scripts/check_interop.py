#!/usr/bin/env python3
"""Check that the newsfacts tables open in the programs analysts use.

    python scripts/check_interop.py OUT_DIR

OUT_DIR is what `newsfacts build --out OUT_DIR` wrote (csv/, parquet/,
datapackage.json). For every table listed in the data package it:

- reads the Parquet file with pyarrow, pandas, polars and DuckDB and checks
  the column names and types against the package (`type` and `parquetType`):
  dates are dates, lists are lists, numbers are numbers, categories are
  dictionary-encoded, required columns hold no null;
- reads the CSV file with the standard library, pandas, polars and DuckDB,
  and checks that it holds the same values as the Parquet file, row by row;
- runs one DuckDB join per foreign key (and per `article_ids` list) and
  looks for orphans;
- validates the data package with frictionless;
- if LibreOffice is installed, converts every sheet of xlsx/newsfacts.xlsx
  back to CSV and checks it gives the values of the CSV tables.

Exit status 1, with every problem listed, if anything fails.
Needs: pyarrow pandas polars duckdb frictionless (scripts/interop-requirements.txt).
"""

import csv
import datetime
import io
import json
import shutil
import subprocess
import tempfile
import sys
import warnings
from pathlib import Path

import duckdb
import frictionless
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

PROBLEMS = []


def check(ok, message):
    if not ok:
        PROBLEMS.append(message)
    return ok


# --------------------------------------------------------------------------
# Types


def arrow_type_ok(parquet_type, t):
    """Whether the Arrow type `t` is the package's `parquetType`."""
    is_text = lambda x: pa.types.is_string(x) or pa.types.is_large_string(x)
    if parquet_type == "string":
        return is_text(t)
    if parquet_type == "dictionary<string>":
        return pa.types.is_dictionary(t) and is_text(t.value_type)
    if parquet_type == "date32":
        return pa.types.is_date32(t)
    if parquet_type == "int32":
        return pa.types.is_int32(t)
    if parquet_type == "int64":
        return pa.types.is_int64(t)
    if parquet_type == "float64":
        return pa.types.is_float64(t)
    if parquet_type == "list<string>":
        return (pa.types.is_list(t) or pa.types.is_large_list(t)) and is_text(t.value_type)
    return False


def polars_type_ok(parquet_type, t):
    expected = {
        "string": lambda: t == pl.String,
        "dictionary<string>": lambda: isinstance(t, (pl.Enum, pl.Categorical)),
        "date32": lambda: t == pl.Date,
        "int32": lambda: t == pl.Int32,
        "int64": lambda: t == pl.Int64,
        "float64": lambda: t == pl.Float64,
        "list<string>": lambda: t == pl.List(pl.String),
    }
    return expected.get(parquet_type, lambda: False)()


def pandas_type_ok(parquet_type, series):
    values = series.dropna()
    if parquet_type == "dictionary<string>":
        return isinstance(series.dtype, pd.CategoricalDtype)
    if parquet_type == "date32":
        return all(isinstance(v, datetime.date) for v in values) or pd.api.types.is_datetime64_any_dtype(series)
    if parquet_type in ("int32", "int64"):
        return pd.api.types.is_integer_dtype(series) or (series.isna().any() and pd.api.types.is_float_dtype(series))
    if parquet_type == "float64":
        return pd.api.types.is_float_dtype(series)
    if parquet_type == "list<string>":
        return all(all(isinstance(x, str) for x in v) for v in values)
    return all(isinstance(v, str) for v in values)


DUCKDB_TYPES = {
    "string": ("VARCHAR",),
    "dictionary<string>": ("VARCHAR",),  # DuckDB decodes dictionaries on read
    "date32": ("DATE",),
    "int32": ("INTEGER",),
    "int64": ("BIGINT",),
    "float64": ("DOUBLE",),
    "list<string>": ("VARCHAR[]",),
}


# --------------------------------------------------------------------------
# Values


def csv_text(value, field):
    """A Parquet value as the CSV cell it should be (floats are compared as numbers)."""
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return field.get("delimiter", "; ").join(value)
    return str(value)


def same_cell(value, cell, field):
    if field["type"] == "number" and value is not None and cell != "":
        return float(cell) == value
    return csv_text(value, field) == cell


def check_table(out, resource, con):
    name = resource["name"]
    fields = resource["schema"]["fields"]
    names = [f["name"] for f in fields]
    parquet_path = out / "parquet" / f"{name}.parquet"
    csv_path = out / resource["path"]

    # pyarrow: names, types, required, values against the CSV.
    table = pq.read_table(parquet_path)
    check(table.column_names == names, f"{name}.parquet: columns {table.column_names} != {names}")
    check(table.num_rows == resource["rows"], f"{name}.parquet: {table.num_rows} rows, package says {resource['rows']}")
    for f in fields:
        if f["name"] not in table.column_names:
            continue
        column = table.column(f["name"])
        check(arrow_type_ok(f["parquetType"], column.type), f"{name}.parquet: {f['name']} is {column.type}, expected {f['parquetType']}")
        if f.get("constraints", {}).get("required"):
            check(column.null_count == 0, f"{name}.parquet: required {f['name']} has {column.null_count} nulls")
        if f["type"] == "string":
            empty = sum(1 for v in column.to_pylist() if v == "")
            check(empty == 0, f"{name}.parquet: {f['name']} has {empty} empty strings instead of nulls")

    with open(csv_path, newline="", encoding="utf-8") as fh:
        raw = fh.read()
    check(not raw.split("\n", 1)[0].endswith("\r"), f"{name}.csv: line ends must be \\n")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    check(rows and rows[0] == names, f"{name}.csv: header {rows[:1]} != {names}")
    check(len(rows) - 1 == table.num_rows, f"{name}.csv: {len(rows) - 1} rows, parquet has {table.num_rows}")
    records = table.to_pylist()
    for number, (record, row) in enumerate(zip(records, rows[1:]), start=2):
        for f, cell in zip(fields, row):
            value = record.get(f["name"])
            if not same_cell(value, cell, f):
                check(False, f"{name}.csv line {number}: {f['name']} = {cell!r}, parquet has {value!r}")
                break

    # pandas
    frame = pd.read_parquet(parquet_path)
    check(list(frame.columns) == names, f"pandas {name}.parquet: columns")
    for f in fields:
        if f["name"] in frame:
            check(pandas_type_ok(f["parquetType"], frame[f["name"]]), f"pandas {name}.parquet: {f['name']} has dtype {frame[f['name']].dtype}")
    frame_csv = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    check(frame_csv.shape == (table.num_rows, len(names)), f"pandas {name}.csv: shape {frame_csv.shape}")

    # polars
    frame = pl.read_parquet(parquet_path)
    check(frame.columns == names, f"polars {name}.parquet: columns")
    for f in fields:
        if f["name"] in frame.columns:
            dtype = frame.schema[f["name"]]
            check(polars_type_ok(f["parquetType"], dtype), f"polars {name}.parquet: {f['name']} is {dtype}, expected {f['parquetType']}")
    frame_csv = pl.read_csv(csv_path, infer_schema=False)
    check(frame_csv.shape == (table.num_rows, len(names)), f"polars {name}.csv: shape {frame_csv.shape}")

    # DuckDB: a view per table (the joins below use them), types, CSV row count.
    con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{parquet_path}')")
    described = con.execute(f"DESCRIBE {name}").fetchall()
    types = {row[0]: row[1] for row in described}
    for f in fields:
        got = types.get(f["name"])
        check(got in DUCKDB_TYPES[f["parquetType"]], f"duckdb {name}.parquet: {f['name']} is {got}, expected {f['parquetType']}")
    (csv_rows,) = con.execute(f"SELECT count(*) FROM read_csv('{csv_path}', header = true, all_varchar = true)").fetchone()
    check(csv_rows == table.num_rows, f"duckdb {name}.csv: {csv_rows} rows")
    return table.num_rows


def check_references(resources, con):
    """One join per foreign key, plus every `article_ids` list: no orphans."""
    joins = []
    for resource in resources:
        schema = resource["schema"]
        for fk in schema.get("foreignKeys", []):
            (column,) = fk["fields"]
            (target,) = fk["reference"]["fields"]
            joins.append((resource["name"], column, fk["reference"]["resource"], target, False))
        for f in schema["fields"]:
            if f["name"] == "article_ids" and f["type"] == "list":
                joins.append((resource["name"], "article_ids", "articles", "article_id", True))
    for child, column, parent, target, is_list in joins:
        source = f"(SELECT unnest({column}) AS {column} FROM {child})" if is_list else child
        (orphans,) = con.execute(
            f"SELECT count(*) FROM {source} AS c LEFT JOIN {parent} AS p "
            f"ON c.{column} = p.{target} WHERE c.{column} IS NOT NULL AND p.{target} IS NULL"
        ).fetchone()
        check(orphans == 0, f"duckdb: {orphans} {child}.{column} values not in {parent}.{target}")
    return len(joins)


def same_spreadsheet_cell(sheet_cell, cell, field):
    if field["type"] in ("number", "integer") and cell != "" and sheet_cell != "":
        return float(sheet_cell) == float(cell)
    return sheet_cell == cell


def check_workbook(out, resources):
    """Every sheet, converted back to CSV by LibreOffice, holds the CSV's values."""
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        print("  libreoffice: not installed, workbook not checked")
        return
    workbook = out / "xlsx" / "newsfacts.xlsx"
    with tempfile.TemporaryDirectory() as tmp:
        # 44 = comma, 34 = double quote, 76 = UTF-8, formatted as shown, -1 = every sheet.
        target = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
        subprocess.run(
            [office, "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", target, "--outdir", tmp, str(workbook)],
            check=True, capture_output=True, timeout=300,
        )
        for resource in resources:
            name = resource["name"]
            sheet = Path(tmp) / f"{workbook.stem}-{name}.csv"
            if not check(sheet.exists(), f"libreoffice: no sheet {name}"):
                continue
            with open(sheet, newline="", encoding="utf-8") as fh:
                sheet_rows = list(csv.reader(fh))
            with open(out / resource["path"], newline="", encoding="utf-8") as fh:
                csv_rows = list(csv.reader(fh))
            check(len(sheet_rows) == len(csv_rows), f"libreoffice {name}: {len(sheet_rows)} lines, csv has {len(csv_rows)}")
            check(sheet_rows[:1] == csv_rows[:1], f"libreoffice {name}: header {sheet_rows[:1]}")
            fields = resource["schema"]["fields"]
            for number, (got, want) in enumerate(zip(sheet_rows[1:], csv_rows[1:]), start=2):
                got = got + [""] * (len(want) - len(got))
                bad = [(f["name"], g, w) for f, g, w in zip(fields, got, want) if not same_spreadsheet_cell(g, w, f)]
                if bad:
                    check(False, f"libreoffice {name} line {number}: {bad[0][0]} = {bad[0][1]!r}, csv has {bad[0][2]!r}")
                    break
    print(f"  libreoffice: {len(resources)} sheets of {workbook.name} read back")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = Path(sys.argv[1]).resolve()
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    con = duckdb.connect()
    for resource in package["resources"]:
        rows = check_table(out, resource, con)
        print(f"  {resource['name']}: {rows} rows read by pyarrow, pandas, polars, duckdb")
    joins = check_references(package["resources"], con)
    print(f"  {joins} foreign-key joins in duckdb")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report = frictionless.validate(out / "datapackage.json")
    if not report.valid:
        for task in report.tasks:
            for error in task.errors[:20]:
                check(False, f"frictionless {task.name}: {error.message}")
        for error in report.errors:
            check(False, f"frictionless: {error.message}")
    print(f"  frictionless: data package {'valid' if report.valid else 'INVALID'}")
    check_workbook(out, package["resources"])
    if PROBLEMS:
        print(f"check-interop: {len(PROBLEMS)} problem(s)", file=sys.stderr)
        for problem in PROBLEMS:
            print(f"  {problem}", file=sys.stderr)
        sys.exit(1)
    print("check-interop: ok")


if __name__ == "__main__":
    main()
