"""A scheduled deployment fires and loads files (real Prefect server started by `parley serve`).

Cron's finest grain is a minute, so this test waits for the next minute boundary (~1-2 min).
"""

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

pytestmark = pytest.mark.integration
REPO = Path(__file__).resolve().parents[1]


def test_scheduled_run_fires_and_loads_files(tmp_path):
    inp, wh = tmp_path / "in", tmp_path / "wh"
    shutil.copytree(REPO / "seeds", inp)
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "ph"), "PREFECT_UI_ENABLED": "0"}
    env.pop("PREFECT_API_URL", None)
    log = open(tmp_path / "serve.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "-m", "parley.cli", "serve", str(inp), "--cron", "* * * * *",
         "--warehouse", str(wh), "--workers", "1"],
        env=env, stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path, start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        loaded = 0
        while time.monotonic() < deadline and proc.poll() is None:
            if (wh / "parley.duckdb").exists():
                try:
                    con = duckdb.connect(str(wh / "parley.duckdb"), read_only=True)
                    loaded = con.execute("select count(*) from articles").fetchall()[0][0]
                    con.close()
                except duckdb.Error:
                    loaded = 0
                if loaded:
                    break
            time.sleep(2)
        output = (tmp_path / "serve.log").read_text()
        assert loaded == 5, output[-4000:]
        assert "Started a local Prefect server" in output
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()
