"""kill -9 at any moment of a real run leaves the previous warehouse readable and consistent,
and the next run completes to the same result as an uninterrupted one."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from conftest import contract_snapshot as snapshot

from parley.warehouse.store import Warehouse
from parley.warehouse.views import refresh_views

pytestmark = pytest.mark.integration
REPO = Path(__file__).resolve().parents[1]
def ingest_cmd(inp: Path, wh: Path) -> list[str]:
    return [sys.executable, "-m", "parley.cli", "ingest", str(inp), "--warehouse", str(wh),
            "--workers", "1", "--batch-size", "1", "--wait", "5"]


def run_ok(inp: Path, wh: Path, env: dict) -> None:
    p = subprocess.run(ingest_cmd(inp, wh), env=env, capture_output=True, text=True,
                       timeout=300)
    assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-2000:]


def run_and_kill(inp: Path, wh: Path, env: dict, point: str | None, after: float) -> None:
    """Start a run; SIGKILL its whole process group at a pause point or after a delay."""
    env = {**env, "PARLEY_FAULT_PAUSE": point} if point else env
    log = wh.parent / f"kill-{point or after}.log"
    with open(log, "w") as fh:
        p = subprocess.Popen(ingest_cmd(inp, wh), env=env, stdout=fh, stderr=fh,
                             start_new_session=True)
        deadline = time.monotonic() + (120 if point else after)
        while time.monotonic() < deadline and p.poll() is None:
            if point and f"PARLEY-PAUSED {point}" in log.read_text():
                break
            time.sleep(0.05)
        assert p.poll() is None, f"run ended before the kill:\n{log.read_text()[-2000:]}"
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    base = tmp_path_factory.mktemp("crash")
    env = {**os.environ, "PREFECT_HOME": str(base / "ph")}
    env.pop("PREFECT_API_URL", None)
    first, second = base / "in1", base / "in2"
    shutil.copytree(REPO / "seeds", first)
    shutil.copytree(REPO / "seeds", second)
    victim = sorted(second.glob("*.txt"))[0]
    victim.write_text(victim.read_text() + "\nA new closing paragraph changes these bytes.\n")
    for i in range(30):  # enough documents that a timed kill lands mid-processing
        src = sorted(REPO.joinpath("seeds").glob("*.txt"))[i % 5]
        (second / f"extra{i:02d}.txt").write_text(src.read_text() + f"\nVariant {i}.\n")
    base_wh = base / "base-wh"
    run_ok(first, base_wh, env)
    ref_wh = base / "ref-wh"
    shutil.copytree(base_wh, ref_wh, symlinks=True)
    refresh_views(Warehouse(ref_wh))
    run_ok(second, ref_wh, env)
    return base, env, second, base_wh, snapshot(base_wh), snapshot(ref_wh)


@pytest.mark.parametrize("point,after", [(None, 6.0), (None, 7.5), ("before_commit", 0),
                                         ("after_commit", 0)])
def test_kill_9_then_rerun(setup, point, after):
    base, env, second, base_wh, before, reference = setup
    wh = base / f"wh-{point or after}"
    shutil.copytree(base_wh, wh, symlinks=True)
    refresh_views(Warehouse(wh))  # the copy's views must name the copy, not the original
    run_and_kill(second, wh, env, point, after)
    # readable and consistent: exactly the previous state, or (once committed) the new one
    state = snapshot(wh)
    if point is None:  # a timed kill lands anywhere: old or new, never a mix
        assert state in (before, reference)
    else:
        assert state == (reference if point == "after_commit" else before)
    con = duckdb.connect(str(wh / "parley.duckdb"), read_only=True)
    assert con.execute("select count(*) from articles").fetchall()[0][0] == len(state["articles"])
    con.close()
    run_ok(second, wh, env)
    assert snapshot(wh) == reference
