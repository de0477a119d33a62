"""The temporary Prefect API server never outlives the run that started it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the parent-death signal is Linux's")

SCRIPT = textwrap.dedent("""
    import sys, time
    from parley.prefect_api import TemporaryAPI
    api = TemporaryAPI()
    api.start()
    print(api.proc.pid, flush=True)
    time.sleep(120)
""")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as fh:  # a zombie is dead too
        return fh.read().split()[2] != "Z"


def test_server_stops_when_its_run_is_killed(tmp_path):
    env = {**os.environ, "PREFECT_HOME": str(tmp_path)}
    env.pop("PREFECT_API_URL", None)
    run = subprocess.Popen([sys.executable, "-c", SCRIPT], stdout=subprocess.PIPE, text=True,
                           env=env)
    server = int(run.stdout.readline())
    assert alive(server)
    run.send_signal(signal.SIGKILL)  # no atexit, no cleanup: the run just vanishes
    run.wait()
    deadline = time.monotonic() + 15
    while alive(server) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(server)


def test_server_registers_no_block_types(tmp_path):
    """The temporary server skips block-type registration at start-up: checking the registry
    imports every installed Prefect collection (Dask with prefect-dask), which a run waits
    for, and a run uses no blocks."""
    import json

    script = textwrap.dedent("""
        import json, urllib.request
        from parley.prefect_api import TemporaryAPI
        api = TemporaryAPI()
        api.start()
        api.wait_ready()
        req = urllib.request.Request(api.url + "/block_types/filter", data=b"{}",
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as r:
            print(json.dumps([b["slug"] for b in json.load(r)]))
    """)
    env = {**os.environ, "PREFECT_HOME": str(tmp_path)}
    env.pop("PREFECT_API_URL", None)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env=env, timeout=120, check=True).stdout.splitlines()
    assert json.loads(out[0]) == []
