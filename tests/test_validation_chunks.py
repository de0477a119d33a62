"""Validation of a run's rows in chunks: what Great Expectations is given, and what a failing
row leaves behind (without Prefect: ``RunLoader`` straight on a temporary warehouse)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

from conftest import with_extra_check

from parley import pipeline
from parley.ingest.discover import list_sources
from parley.load import RunLoader, plan_run
from parley.validate.frames import needed_columns
from parley.validate.suites import Check, load_suites
from parley.warehouse.store import Warehouse

REPO = Path(__file__).resolve().parents[1]


def test_validation_reads_suite_condition_and_derivation_columns_only():
    suites = load_suites()
    removed = needed_columns("removed", suites["removed"])
    assert {"doc_id", "position", "reason"} <= removed
    assert "text" not in removed  # the removed lines themselves are never checked
    articles = needed_columns("articles", suites["articles"])
    assert "is_dialogue_report" in articles  # named only in a row_condition
    assert {"countries", "event_date", "published_date", "body"} <= articles  # derived from
    assert not any(c.startswith("_") for c in articles)  # derived columns are computed
    check = Check("expect_column_values_to_not_be_null",
                  {"column": "evidence", "row_condition": 'topic=="x"',
                   "condition_parser": "pandas"}, {})
    assert needed_columns("topics", [check]) == {"doc_id", "evidence", "topic"}


def test_a_quarantined_row_keeps_every_stored_column_in_validation_failures(tmp_path,
                                                                            monkeypatch):
    with_extra_check(tmp_path, monkeypatch, "participants", "_name_words", 1,
                     "test-only rule: one-word names")
    inp = tmp_path / "in"
    shutil.copytree(REPO / "seeds", inp)
    wh = Warehouse(tmp_path / "wh")
    plan = plan_run(list_sources(inp), wh)
    loader = RunLoader(wh, "run-1", str(inp), plan, dt.datetime.now(dt.UTC), log=lambda m: None,
                       chunk_docs=2)  # several chunks: each validated on its own
    batch = pipeline.process_batch(plan.to_read, "run-1")
    loader.add(batch)
    loader.finish()
    stored = batch.tables["participants"].to_pylist()
    failures = [f for f in wh.read("validation_failures").to_pylist()
                if f["column_name"] == "_name_words"]
    assert failures and len(failures) == sum(len(p["name"].split()) > 1 for p in stored)
    kept = wh.read("participants").to_pylist()
    assert all(len(p["name"].split()) <= 1 for p in kept)  # failing rows left the table
    for f in failures:
        row = json.loads(f["row_json"])
        assert set(row) == {c for p in stored for c in p}  # not just the validated columns
        assert row in [json.loads(json.dumps(p, default=str)) for p in stored]
