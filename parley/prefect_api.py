"""Start Prefect's temporary API server ourselves, in parallel with our own imports.

Prefect starts the same server lazily when a flow is first called, but only after importing
its server module in the calling process (~3.7 s) and then waiting for the subprocess (~4 s),
and every worker process of a process pool would start its own. Starting the identical command
here, before anything imports Prefect, overlaps that wait with our imports, and exporting
``PREFECT_API_URL`` makes the flow and every worker process use this one server. It is stopped
when the process exits. With ``PREFECT_API_URL`` already set, nothing is started.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

STARTUP_TIMEOUT = 60.0  # seconds; the first start in a new PREFECT_HOME runs migrations

# The temporary server's settings: what Prefect's own ephemeral server sets (no UI, ephemeral
# services only, the app built once), and no registration of block types at start-up. A run
# uses no blocks, and checking whether the registry changed imports every installed Prefect
# collection in the server (prefect-dask brings Dask: ~0.7 s of a ~4.5 s start, which the
# run waits for). A server started later on the same PREFECT_HOME registers them as usual.
SERVER_ENV = {
    "PREFECT_UI_ENABLED": "0",
    "PREFECT__SERVER_EPHEMERAL": "1",
    "PREFECT__SERVER_FINAL": "1",
    "PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false",
    "PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
}


class TemporaryAPI:
    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self.url: str | None = None
        self._ready = threading.Event()
        self._error: str | None = None

    def start(self) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        spec = importlib.util.find_spec("prefect")
        app_dir = str(Path(spec.origin).parent.parent)
        env = {**os.environ, **SERVER_ENV}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", app_dir, "--factory",
             "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
             "--log-level", "error", "--lifespan", "on"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
        self.url = f"http://127.0.0.1:{port}/api"
        os.environ["PREFECT_API_URL"] = self.url
        # the temporary server has no UI and is gone after the run: print no "View at" link
        os.environ.setdefault("PREFECT_UI_URL", "")
        atexit.register(self.stop)
        threading.Thread(target=self._wait_healthy, daemon=True).start()

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self._error = "the temporary Prefect API server exited during start-up"
                break
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.1)
        else:
            self._error = f"the temporary Prefect API server did not start in {STARTUP_TIMEOUT} s"
        self._ready.set()

    def wait_ready(self) -> None:
        self._ready.wait()
        if self._error:
            raise RuntimeError(self._error + " (set PREFECT_API_URL to use another server)")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def _die_with_parent() -> None:
    """In the server's process, before it starts: ask Linux to stop it when the process that
    started it dies. ``atexit`` cannot run when a run is killed (kill -9, OOM), and an orphaned
    server would otherwise run forever."""
    import ctypes
    import signal

    pr_set_pdeathsig = 1
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def ensure_api() -> TemporaryAPI | None:
    """Start a temporary API unless ``PREFECT_API_URL`` names one; call before importing
    prefect. Returns the handle to ``wait_ready()`` on, or None."""
    if os.environ.get("PREFECT_API_URL"):
        return None
    api = TemporaryAPI()
    api.start()
    return api
