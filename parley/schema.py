"""The one definition of every warehouse table's schema (Arrow types, as in CONTRACT.md).

Writers cast to these schemas, the views are created over them, and the Great Expectations
suites name their columns. Columns beyond the contract are allowed; contract columns are never
renamed or dropped.
"""

from __future__ import annotations

import pyarrow as pa

TS = pa.timestamp("us", tz="UTC")
STR_LIST = pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", pa.string()),
        ("source_file", pa.string()),
        ("source_path", pa.string()),
        ("size_bytes", pa.int64()),
        ("encoding", pa.string()),
        ("status", pa.string()),
        ("error", pa.string()),
        ("run_id", pa.string()),
        ("ingested_at", TS),
        ("mtime", TS),  # extra: file modification time when seen (fast unchanged check)
        ("duplicate_of", pa.string()),  # extra: an earlier path with the same bytes
    ]),
    "articles": pa.schema([
        ("doc_id", pa.string()),
        ("source_file", pa.string()),
        ("is_dialogue_report", pa.bool_()),
        ("headline", pa.string()),
        ("body", pa.string()),
        ("sources", STR_LIST),
        ("mechanism", pa.string()),
        ("countries", STR_LIST),
        ("edition", pa.int32()),
        ("event_date", pa.date32()),
        ("event_date_basis", pa.string()),
        ("event_date_note", pa.string()),
        ("published_date", pa.date32()),
        ("city", pa.string()),
        ("event_id", pa.string()),
        ("word_count", pa.int32()),
        ("source_path", pa.string()),  # extra: path relative to INPUT_DIR
        ("host_country", pa.string()),  # extra
        ("raw_chars", pa.int32()),  # extra: length of the decoded raw text
        ("removed_chars", pa.int32()),  # extra: characters of raw text removed by cleaning
        ("quarantined", pa.bool_()),  # extra: a row failed validation (see validation_failures)
        # extra: the report's own date facts before event resolution, so a later run can
        # resolve events again without re-reading the text
        ("own_event_date", pa.date32()),
        ("own_event_date_basis", pa.string()),
        ("own_event_date_note", pa.string()),
        ("event_month_day", pa.string()),  # "MM-DD" when printed without a year
        ("event_weekday", pa.int8()),  # Monday=0, when only a weekday is printed
        ("own_city", pa.string()),  # extra: the report's own city (event resolution may fill
        ("own_host_country", pa.string()),  # city/host_country from another report)
        ("cochair_keys", STR_LIST),  # extra: co-chairs' folded names, for event resolution
    ]),
    "participants": pa.schema([
        ("doc_id", pa.string()),
        ("event_id", pa.string()),
        ("name", pa.string()),
        ("name_ascii", pa.string()),
        ("country", pa.string()),
        ("title", pa.string()),
        ("role", pa.string()),
        ("rank", pa.string()),  # extra: military rank printed with the name ("Sen. Lt. Gen.")
    ]),
    "topics": pa.schema([
        ("doc_id", pa.string()),
        ("topic", pa.string()),
        ("evidence", pa.string()),
    ]),
    "amounts": pa.schema([
        ("doc_id", pa.string()),
        ("amount", pa.float64()),
        ("currency", pa.string()),
        ("text", pa.string()),
        ("context", pa.string()),
    ]),
    "removed": pa.schema([
        ("doc_id", pa.string()),
        ("position", pa.int32()),
        ("text", pa.string()),
        ("reason", pa.string()),
    ]),
    "events": pa.schema([
        ("event_id", pa.string()),
        ("mechanism", pa.string()),
        ("countries", STR_LIST),
        ("edition", pa.int32()),
        ("event_date", pa.date32()),
        ("city", pa.string()),
        ("host_country", pa.string()),
        ("report_count", pa.int32()),
    ]),
    "provenance": pa.schema([
        ("doc_id", pa.string()),
        ("field", pa.string()),
        ("value", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
    ]),
    "validation_failures": pa.schema([
        ("run_id", pa.string()),
        ("table_name", pa.string()),
        ("expectation", pa.string()),
        ("column_name", pa.string()),
        ("doc_id", pa.string()),
        ("observed", pa.string()),
        ("source_file", pa.string()),  # extra: so a person can find the file
        ("hint", pa.string()),  # extra: what to look at
        ("severity", pa.string()),  # extra: error (row quarantined) or warning (reported only)
        ("row_json", pa.string()),  # extra: the whole failing row when it left its table
    ]),
    "runs": pa.schema([
        ("run_id", pa.string()),
        ("started_at", TS),
        ("finished_at", TS),
        ("files_seen", pa.int64()),
        ("files_new", pa.int64()),
        ("files_unchanged", pa.int64()),
        ("files_quarantined", pa.int64()),
        ("rows_failed_validation", pa.int64()),
        ("status", pa.string()),
        ("input_dir", pa.string()),  # extra
        ("files_changed", pa.int64()),  # extra: new versions of paths seen before
        ("error", pa.string()),  # extra: why a run failed
    ]),
}

TABLES = tuple(SCHEMAS)
# Tables that hold one document's derived rows; a new version of a file replaces its rows here.
DOC_TABLES = ("articles", "participants", "topics", "amounts", "removed", "provenance")
# Tables that only grow (history).
APPEND_TABLES = ("documents", "validation_failures", "runs")


def empty_table(name: str) -> pa.Table:
    return SCHEMAS[name].empty_table()


def to_table(name: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts) -> Arrow table with exactly the schema's columns and types."""
    schema = SCHEMAS[name]
    cols = {f.name: [r.get(f.name) for r in rows] for f in schema}
    return pa.Table.from_pydict(cols, schema=schema)
