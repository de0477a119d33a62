"""The DuckDB database of views over the warehouse's Parquet tables, and read-only queries."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import duckdb

from parley.warehouse.store import DB_FILE, Warehouse

VIEWS_SQL = Path(__file__).with_name("views.sql")


def views_sql(warehouse_root: Path) -> str:
    root = str(warehouse_root).replace("'", "''")
    return VIEWS_SQL.read_text().replace("{warehouse}", root)


def refresh_views(wh: Warehouse) -> Path:
    """Rebuild ``parley.duckdb`` under a temporary name and rename it into place (atomic)."""
    target = wh.root / DB_FILE
    tmp = wh.root / f".{DB_FILE}.{uuid.uuid4().hex[:8]}.tmp"
    con = duckdb.connect(str(tmp))
    try:
        con.execute(views_sql(wh.root))
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, target)
    wal = tmp.with_name(tmp.name + ".wal")
    wal.unlink(missing_ok=True)
    return target


class NoWarehouse(FileNotFoundError):
    pass


def connect_read_only(warehouse: str | os.PathLike) -> duckdb.DuckDBPyConnection:
    db = Path(warehouse) / DB_FILE
    if not db.exists():
        raise NoWarehouse(f"no Parley warehouse at {Path(warehouse).absolute()} "
                          f"(no {DB_FILE}); run `parley ingest INPUT_DIR` first, or pass "
                          "--warehouse / set PARLEY_WAREHOUSE")
    return duckdb.connect(str(db), read_only=True)


def run_query(warehouse: str | os.PathLike, sql: str) -> tuple[list[str], list[tuple]]:
    """Run SQL against the views; return column names and rows."""
    con = connect_read_only(warehouse)
    try:
        cur = con.execute(sql)
        cols = [d[0] for d in cur.description] if cur.description else []
        rows = cur.fetchall() if cur.description else []
        return cols, rows
    finally:
        con.close()
