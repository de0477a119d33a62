"""Integration: the real Prefect flow (ephemeral API) into a temporary warehouse, read back with
DuckDB exactly as outside scripts do (CONTRACT.md)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from parley.cli import run_ingest
from parley.schema import SCHEMAS

pytestmark = pytest.mark.integration
REPO = Path(__file__).resolve().parents[1]


def contract_read(wh: Path, table: str, what: str = "*", where: str = "") -> list[tuple]:
    path = f"{wh}/{table}/**/*.parquet"
    return duckdb.sql(f"select {what} from read_parquet('{path}', hive_partitioning=true, "
                      f"union_by_name=true) {where}").fetchall()


def ingest(inp: Path, wh: Path) -> dict:
    return run_ingest(str(inp), str(wh), workers=1, dask_address=None, batch_size=2,
                      wait_seconds=5)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    base = tmp_path_factory.mktemp("flow")
    inp, wh = base / "input", base / "warehouse"
    shutil.copytree(REPO / "seeds", inp)
    first = ingest(inp, wh)
    return inp, wh, first


def test_first_run_loads_every_seed(run):
    inp, wh, s = run
    assert s["status"] in ("completed", "completed_with_failures")
    assert (s["files_seen"], s["files_new"], s["files_quarantined"]) == (5, 5, 0)
    names = sorted(p.name for p in (REPO / "seeds").glob("*.txt"))
    assert [r[0] for r in contract_read(wh, "articles", "source_file", "order by 1")] == names
    docs = contract_read(wh, "documents", "doc_id, status, encoding, size_bytes")
    assert len(docs) == 5 and all(d[1] == "loaded" and d[2] == "utf-8" for d in docs)
    import hashlib

    first = inp / names[0]
    assert hashlib.sha256(first.read_bytes()).hexdigest() in {d[0] for d in docs}


def test_every_contract_table_and_column_is_queryable(run):
    _, wh, _ = run
    con = duckdb.connect(str(wh / "parley.duckdb"), read_only=True)
    for table, schema in SCHEMAS.items():
        cols = [r[0] for r in con.execute(f"describe {table}").fetchall()]
        assert set(schema.names) <= set(cols), table
    assert con.execute("select count(*) from runs").fetchall() == [(1,)]


def test_second_run_skips_unchanged_files_and_changes_nothing(run):
    inp, wh, _ = run
    before = {t: sorted(map(str, contract_read(wh, t))) for t in
              ("articles", "participants", "topics", "amounts", "removed", "events",
               "provenance", "documents")}
    s = ingest(inp, wh)
    assert (s["files_seen"], s["files_new"], s["files_unchanged"]) == (5, 0, 5)
    after = {t: sorted(map(str, contract_read(wh, t))) for t in before}
    assert after == before
    assert len(contract_read(wh, "runs")) == 2


def test_changed_file_replaces_its_rows_and_documents_keeps_history(run):
    inp, wh, _ = run
    victim = sorted(inp.glob("*.txt"))[0]
    old_id = contract_read(wh, "documents", "doc_id",
                           f"where source_file = '{victim.name}'")[0][0]
    victim.write_text(victim.read_text() + "\nAn appended line makes new bytes.\n")
    s = ingest(inp, wh)
    assert (s["files_changed"], s["files_new"]) == (1, 0)
    arts = contract_read(wh, "articles", "doc_id, source_file")
    assert len(arts) == 5 and old_id not in {a[0] for a in arts}
    hist = contract_read(wh, "documents", "doc_id", f"where source_file = '{victim.name}'")
    assert len(hist) == 2
    assert contract_read(wh, "removed", "count(*)", f"where doc_id = '{old_id}'") == [(0,)]


def test_bad_files_are_quarantined_and_the_run_goes_on(run, tmp_path):
    inp = tmp_path / "hostile"
    inp.mkdir()
    shutil.copy(next((REPO / "seeds").glob("*.txt")), inp / "good.txt")
    (inp / "empty.txt").write_bytes(b"")
    (inp / "binary.txt").write_bytes(bytes(range(256)) * 50)
    (inp / "ignored.md").write_text("not a txt")
    s = ingest(inp, tmp_path / "wh")
    assert (s["files_seen"], s["files_quarantined"]) == (3, 2)
    rows = dict(contract_read(tmp_path / "wh", "documents", "source_file, error",
                              "where status = 'quarantined'"))
    assert "empty" in rows["empty.txt"] and "binary" in rows["binary.txt"]
    assert len(contract_read(tmp_path / "wh", "articles")) == 1


def test_cli_run_prints_summary_and_no_traceback(tmp_path):
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "ph"), "PARLEY_WAREHOUSE":
           str(tmp_path / "wh")}
    cmd = [sys.executable, "-m", "parley.cli"]
    p = subprocess.run([*cmd, "ingest", str(REPO / "seeds"), "--workers", "2"],
                       capture_output=True, text=True, env=env, timeout=300, cwd=tmp_path)
    assert p.returncode == 0, p.stderr[-3000:]
    out = p.stdout + p.stderr
    assert "Traceback" not in out and "CancelledError" not in out
    assert "5 seen, 5 new" in p.stdout and "report:" in p.stdout
    q = subprocess.run([*cmd, "query", "select source_file, edition from articles order by 1",
                        "--format", "json"], capture_output=True, text=True, env=env,
                       timeout=120, cwd=tmp_path)
    assert q.returncode == 0, q.stderr
    assert len(json.loads(q.stdout)) == 5
    r = subprocess.run([*cmd, "report"], capture_output=True, text=True, env=env, timeout=60,
                       cwd=tmp_path)
    assert r.returncode == 0 and "data-quality report" in r.stdout
