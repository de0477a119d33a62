"""--dask-address: the CPU-bound stages run on an existing Dask cluster (a scheduler and two
worker processes started here) and the tables come out identical to a local run."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import contract_snapshot

from parley.cli import run_ingest

pytestmark = pytest.mark.integration
REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def dask_cluster(tmp_path):
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = open(tmp_path / "dask.log", "w")  # noqa: SIM115
    procs = [subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1",
                               "--port", str(port), "--no-dashboard"],
                              stdout=logs, stderr=logs)]
    # Each worker process starts its own temporary Prefect API when its first task runs
    # (they have no PREFECT_API_URL: the cluster predates the run). Prefect waits 20 s for it
    # by default; on a loaded 2-core machine (CI beside other jobs) that start has taken
    # longer, and the batches failed. A real cluster points its workers at a Prefect server.
    env = {**os.environ, "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120"}
    procs.append(subprocess.Popen([str(BIN / "dask"), "worker", address, "--nworkers", "2",
                                   "--nthreads", "1", "--no-dashboard"],
                                  stdout=logs, stderr=logs, cwd=REPO, env=env))
    from distributed import Client

    deadline = time.monotonic() + 60
    while True:
        try:
            with Client(address, timeout=5) as c:
                if len(c.scheduler_info()["workers"]) == 2:
                    break
        except OSError:
            pass
        assert time.monotonic() < deadline, (tmp_path / "dask.log").read_text()[-2000:]
        time.sleep(0.5)
    yield address
    for p in reversed(procs):
        p.terminate()
    for p in procs:
        try:
            p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            p.kill()
    logs.close()


def test_dask_run_writes_the_same_tables_as_a_local_run(tmp_path, dask_cluster):
    inp = tmp_path / "in"
    shutil.copytree(REPO / "seeds", inp)
    os.environ.pop("PARLEY_WAREHOUSE", None)
    local = run_ingest(str(inp), str(tmp_path / "local"), workers=1, dask_address=None,
                       batch_size=2, wait_seconds=5)
    dask = run_ingest(str(inp), str(tmp_path / "dask"), workers=2,
                      dask_address=dask_cluster, batch_size=2, wait_seconds=5)
    assert local["files_new"] == dask["files_new"] == 5
    assert contract_snapshot(tmp_path / "dask") == contract_snapshot(tmp_path / "local")
