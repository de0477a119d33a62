"""Shared test setup: an isolated Prefect home, no telemetry, and the ../shared corpora."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PARLEY_SHARED") or REPO.parent / "shared")
SEEDS_GOLD = SHARED / "corpus" / "seeds" / "gold.jsonl"

# Before anything imports prefect: a throw-away PREFECT_HOME, no analytics, quiet server.
_PREFECT_HOME = tempfile.mkdtemp(prefix="parley-prefect-")
# removed when the test session ends (each is ~6 MB of Prefect database; they piled up in /tmp)
atexit.register(shutil.rmtree, _PREFECT_HOME, ignore_errors=True)
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["DO_NOT_TRACK"] = "1"
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.pop("PREFECT_API_URL", None)
os.environ.pop("PARLEY_WAREHOUSE", None)


def with_extra_check(tmp_path: Path, monkeypatch, table: str, column: str, max_value: float,
                     hint: str) -> Path:
    """A copy of ``expectations/`` with one more (test-only) check on ``table``, in force for
    the test: rows whose ``column`` exceeds ``max_value`` fail it."""
    import json
    import shutil

    suites = tmp_path / "suites"
    shutil.copytree(REPO / "expectations", suites)
    path = suites / f"{table}.json"
    strict = json.loads(path.read_text())
    strict["expectations"].append({
        "type": "expect_column_values_to_be_between",
        "kwargs": {"column": column, "max_value": max_value}, "meta": {"hint": hint}})
    path.write_text(json.dumps(strict))
    monkeypatch.setenv("PARLEY_EXPECTATIONS", str(suites))
    return suites


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
