"""Parley: scraped reports of diplomatic and defence dialogues -> clean, queryable tables.

Layers (as in dbt's jaffle-shop): raw bytes -> decoded text (``parley.ingest``) ->
cleaned document (``parley.clean``) -> extracted fields (``parley.extract``) ->
resolved events (``parley.resolve``) -> validated tables (``parley.validate``) ->
Parquet + DuckDB warehouse (``parley.warehouse``). Each stage is plain functions;
Prefect orchestration lives in ``flows/``.
"""

__version__ = "0.1.0"
