"""The warehouse store: atomic commits, replacement of documents, recovery, one writer."""

from __future__ import annotations

import duckdb
import pytest

from parley.warehouse import store
from parley.warehouse.store import Warehouse, WarehouseBusy


def topic_rows(doc, *topics):
    return [{"doc_id": doc, "topic": t, "evidence": f"{doc} {t}"} for t in topics]


def glob_rows(wh: Warehouse, table: str):
    path = f"{wh.root}/{table}/**/*.parquet"
    return sorted(duckdb.sql(
        f"select * from read_parquet('{path}', hive_partitioning=true, union_by_name=true)"
    ).fetchall())


def test_commit_makes_rows_visible_to_contract_readers_and_views(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    tx = wh.begin()
    tx.append("topics", topic_rows("a", "peacekeeping"))
    tx.commit()
    assert glob_rows(wh, "topics") == [("a", "peacekeeping", "a peacekeeping")]
    # every table exists (an empty file at least), so every view can be queried
    con = duckdb.connect(str(wh.root / "parley.duckdb"), read_only=True)
    assert con.execute("select count(*) from amounts").fetchall() == [(0,)]
    assert con.execute("select topic from topics").fetchall() == [("peacekeeping",)]


def test_uncommitted_work_is_invisible_and_cleaned_up(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    tx = wh.begin()
    tx.append("topics", topic_rows("a", "peacekeeping"))
    tx.commit()
    tx = wh.begin()
    tx.append("topics", topic_rows("b", "cyber_security"))  # written, never committed (crash)
    assert glob_rows(wh, "topics") == [("a", "peacekeeping", "a peacekeeping")]
    wh.recover()
    assert not (wh.root / ".versions" / "topics" / tx.new_version).exists()


def test_drop_and_replace_a_document(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    tx = wh.begin()
    tx.append("topics", topic_rows("a", "peacekeeping", "uxo_clearance") + topic_rows("b", "x"))
    tx.commit()
    tx = wh.begin()
    tx.drop_docs("topics", ["a"])
    tx.append("topics", topic_rows("a2", "cyber_security"))
    tx.commit()
    assert [r[:2] for r in glob_rows(wh, "topics")] == [("a2", "cyber_security"), ("b", "x")]


def test_readding_a_dropped_doc_in_the_same_run_keeps_it(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    tx = wh.begin()
    tx.append("topics", topic_rows("a", "peacekeeping"))
    tx.commit()
    tx = wh.begin()
    tx.drop_docs("topics", ["a"])
    tx.append("topics", topic_rows("a", "peacekeeping"))
    tx.commit()
    assert [r[:2] for r in glob_rows(wh, "topics")] == [("a", "peacekeeping")]


def test_update_rows_by_key(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    tx = wh.begin()
    tx.append("participants", [{"doc_id": "a", "name": "N", "name_ascii": "N", "role": "met"}])
    tx.commit()
    tx = wh.begin()
    tx.update_rows("participants", "doc_id", {"a": {"event_id": "ev1"}})
    tx.commit()
    assert wh.read("participants", ["event_id"]).column(0).to_pylist() == ["ev1"]


def test_crash_after_commit_point_is_rolled_forward(tmp_path, monkeypatch):
    wh = Warehouse(tmp_path / "wh")
    tx = wh.begin()
    tx.append("topics", topic_rows("a", "peacekeeping"))
    tx.commit()
    tx = wh.begin()
    tx.append("topics", topic_rows("b", "cyber_security"))

    def die(*args, **kwargs):
        raise KeyboardInterrupt("killed between manifest and links")

    monkeypatch.setattr(Warehouse, "_swap_link", die)
    with pytest.raises(KeyboardInterrupt):
        tx.commit()
    monkeypatch.undo()
    # the old links still give the previous, consistent state
    assert [r[0] for r in glob_rows(wh, "topics")] == ["a"]
    notes = Warehouse(wh.root).recover()
    assert any("topics" in n for n in notes)
    assert [r[0] for r in glob_rows(wh, "topics")] == ["a", "b"]


def test_second_writer_is_refused_with_a_clear_message(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    with wh.lock(), pytest.raises(WarehouseBusy, match="being written by another run"), \
            Warehouse(tmp_path / "wh").lock(wait_seconds=0.3):
        pass


def test_many_runs_are_compacted(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "MAX_PARTS", 3)
    wh = Warehouse(tmp_path / "wh")
    for i in range(6):
        tx = wh.begin()
        tx.append("topics", topic_rows(f"d{i}", "peacekeeping"))
        tx.commit()
    assert len(wh.parts("topics")) <= 3
    assert len(glob_rows(wh, "topics")) == 6
