"""``parley serve``: a Prefect deployment that runs the ingest flow on a cron schedule.

Prefect's temporary (ephemeral) API does not run the scheduler service, so a schedule
registered there would never fire. Unless ``PREFECT_API_URL`` names a server, ``serve`` starts
a full local Prefect server on a free loopback port for as long as it runs (the embedded
default: nothing to start by hand), registers the deployment there and serves it.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator

from prefect import flow

from flows.ingest import BATCH_SIZE, ingest_flow

SERVER_START_TIMEOUT = 120  # seconds: first start runs the database migrations


@flow(name="parley-scheduled-ingest")
def scheduled_ingest(input_dir: str, warehouse: str, workers: int = 1,
                     dask_address: str | None = None, batch_size: int = BATCH_SIZE,
                     wait_seconds: float = 600.0) -> dict:
    """One scheduled run: the ingest flow as a subflow on the chosen task runner."""
    from parley.cli import _task_runner

    runner = _task_runner(workers, dask_address)
    return ingest_flow.with_options(task_runner=runner)(
        input_dir=input_dir, warehouse=warehouse, workers=workers, batch_size=batch_size,
        wait_seconds=wait_seconds)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def local_server() -> Iterator[str]:
    """A full Prefect server (with its scheduler) on loopback for the life of the context."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    log_path = os.environ.get("PARLEY_PREFECT_SERVER_LOG")  # for debugging the server
    log = open(log_path, "a") if log_path else subprocess.DEVNULL  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
         "--port", str(port), "--scheduler", "--analytics-off"],
        env={**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
             "PREFECT_UI_ENABLED": os.environ.get("PREFECT_UI_ENABLED", "1")},
        stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while True:
            if proc.poll() is not None:
                raise RuntimeError("the local Prefect server exited during start-up; "
                                   "run `prefect server start` to see why")
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the local Prefect server did not start in "
                                   f"{SERVER_START_TIMEOUT} s")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


def serve_ingest(input_dir: str, cron: str, name: str, warehouse: str, workers: int | None,
                 dask_address: str | None, batch_size: int | None,
                 wait_seconds: float) -> None:
    """Register the scheduled deployment and run it until interrupted."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    params = {"input_dir": input_dir, "warehouse": warehouse,
              "workers": workers or (os.cpu_count() or 1), "dask_address": dask_address,
              "batch_size": batch_size or BATCH_SIZE, "wait_seconds": max(wait_seconds, 600.0)}
    if PREFECT_API_URL.value():
        print(f"Serving on the Prefect server at {PREFECT_API_URL.value()}", flush=True)
        scheduled_ingest.serve(name=name, cron=cron, parameters=params)
        return
    with local_server() as url, temporary_settings({PREFECT_API_URL: url}):
        os.environ["PREFECT_API_URL"] = url  # for the run subprocesses the runner starts
        print(f"Started a local Prefect server at {url.removesuffix('/api')} (UI there); "
              f"runs of '{name}' on schedule '{cron}'. Stop with Ctrl-C.", flush=True)
        scheduled_ingest.serve(name=name, cron=cron, parameters=params)
