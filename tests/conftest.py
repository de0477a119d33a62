"""Shared test setup: an isolated Prefect home, no telemetry, and the ../shared corpora."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PARLEY_SHARED") or REPO.parent / "shared")
SEEDS_GOLD = SHARED / "corpus" / "seeds" / "gold.jsonl"

# Before anything imports prefect: a throw-away PREFECT_HOME, no analytics, quiet server.
_PREFECT_HOME = tempfile.mkdtemp(prefix="parley-prefect-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["DO_NOT_TRACK"] = "1"
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.pop("PREFECT_API_URL", None)
os.environ.pop("PARLEY_WAREHOUSE", None)


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not present (../shared is optional)")
    return p


@pytest.fixture
def seeds_dir() -> Path:
    return REPO / "seeds"


# Contract tables and the columns compared between warehouses (left out: what depends on
# when or by which run a row was written, and validation flags).
COMPARE = {"articles": "* EXCLUDE (quarantined)", "participants": "*", "topics": "*",
           "amounts": "*", "removed": "*", "events": "*", "provenance": "*",
           "documents": "doc_id, source_path, status, error"}


def contract_snapshot(wh: Path) -> dict[str, list]:
    """Every contract table's rows, read as outside scripts read them, sorted for comparing."""
    import duckdb

    out = {}
    for table, cols in COMPARE.items():
        rows = duckdb.sql(f"select {cols} from read_parquet('{wh}/{table}/**/*.parquet', "
                          "hive_partitioning=true, union_by_name=true)").fetchall()
        out[table] = sorted(map(repr, rows))
    return out
