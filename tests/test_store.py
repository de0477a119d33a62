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


@pytest.mark.parametrize("point,visible", [("before_commit", ["a"]),
                                           ("after_commit", ["a", "b"])])
def test_crash_at_commit_leaves_old_or_new_state_never_a_mix(tmp_path, monkeypatch, point,
                                                             visible):
    wh = Warehouse(tmp_path / "wh")
    tx = wh.begin()
    tx.append("topics", topic_rows("a", "peacekeeping"))
    tx.append("amounts", [{"doc_id": "a", "amount": 1.0, "currency": "USD"}])
    tx.commit()
    tx = wh.begin()
    tx.append("topics", topic_rows("b", "cyber_security"))
    tx.append("amounts", [{"doc_id": "b", "amount": 2.0, "currency": "EUR"}])

    def die(name):
        if name == point:
            raise KeyboardInterrupt(f"killed at {name}")

    monkeypatch.setattr(store, "pause_point", die)
    with pytest.raises(KeyboardInterrupt):
        tx.commit()
    monkeypatch.undo()
    # both tables show the same snapshot
    assert [r[0] for r in glob_rows(wh, "topics")] == visible
    assert [r[0] for r in glob_rows(wh, "amounts")] == visible
    Warehouse(wh.root).recover()
    assert [r[0] for r in glob_rows(wh, "topics")] == visible
    tx = Warehouse(wh.root).begin()
    tx.append("topics", topic_rows("c", "uxo_clearance"))
    tx.commit()
    assert [r[0] for r in glob_rows(wh, "topics")] == [*visible, "c"]


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


def test_read_selected_columns_of_parts_written_before_a_column_existed(tmp_path):
    """Reading a few columns decodes only those, in the asked order; a part written before a
    column was added gives nulls for it, as a full read does."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    wh = Warehouse(tmp_path / "wh")
    tx = wh.begin()
    tx.append("topics", topic_rows("a", "peacekeeping"))
    tx.commit()
    part = wh.parts("topics")[0]
    old = pq.read_table(part).drop_columns(["evidence"])  # as an older release wrote it
    pq.write_table(old, part)
    got = wh.read("topics", ["evidence", "doc_id"])
    assert got.column_names == ["evidence", "doc_id"]
    assert got.to_pylist() == [{"evidence": None, "doc_id": "a"}]
    assert got.schema.field("evidence").type == pa.string()
    assert wh.read("topics").to_pylist() == [{"doc_id": "a", "topic": "peacekeeping",
                                              "evidence": None}]
