"""Two runs on one warehouse at once: the second waits or exits with a clear message; neither
corrupts anything."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.integration
REPO = Path(__file__).resolve().parents[1]


def start(inp, wh, env, *extra):
    return subprocess.Popen([sys.executable, "-m", "parley.cli", "ingest", str(inp),
                             "--warehouse", str(wh), "--workers", "1", *extra],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_pause(proc) -> None:
    for line in proc.stderr:
        if "PARLEY-PAUSED" in line:
            return
    raise AssertionError("the first run never reached its pause point")


def test_second_run_refused_or_waits(tmp_path):
    inp, wh = tmp_path / "in", tmp_path / "wh"
    shutil.copytree(REPO / "seeds", inp)
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "ph")}
    env.pop("PREFECT_API_URL", None)
    holder_env = {**env, "PARLEY_FAULT_PAUSE": "before_commit",
                  "PARLEY_FAULT_PAUSE_SECONDS": "25"}
    first = start(inp, wh, holder_env)
    wait_for_pause(first)  # the first run now holds the lock, mid-commit
    t = time.monotonic()
    refused = subprocess.run([sys.executable, "-m", "parley.cli", "ingest", str(inp),
                              "--warehouse", str(wh), "--wait", "1"], env=env,
                             capture_output=True, text=True, timeout=120)
    assert refused.returncode == 3
    assert "being written by another run" in refused.stderr
    assert "Traceback" not in refused.stderr
    waiting = start(inp, wh, env, "--wait", "120")
    out, err = waiting.communicate(timeout=300)
    assert waiting.returncode == 0, err[-2000:]
    assert time.monotonic() - t > 5  # it really waited for the first run to finish
    assert first.wait(timeout=120) == 0
    assert "0 new" in out and "5 unchanged" in out  # it saw the first run's commit
    con = duckdb.connect(str(wh / "parley.duckdb"), read_only=True)
    assert con.execute("select count(*) from articles").fetchall() == [(5,)]
    assert con.execute("select count(*) from runs").fetchall() == [(2,)]
