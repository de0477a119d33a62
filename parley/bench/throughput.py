"""End-to-end throughput benchmark: ``make bench`` (``python -m parley.bench.throughput``).

Generates N documents, then measures, in one process tree each:
- the floor: read every file, hash it, decode it, write id + text to one Parquet file;
- ``parley ingest`` on a fresh warehouse (Prefect start-up included): wall time, docs/s,
  peak memory of the whole process tree (flow process + workers + API server);
- a second ``parley ingest`` over the unchanged corpus.
Prints a table and writes the figures as JSON. A benchmark, not a test: nothing asserts.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pyarrow as pa
import pyarrow.parquet as pq

from parley.bench.corpus import generate
from parley.ingest.decode import decode
from parley.ingest.discover import list_sources

POLL_SECONDS = 0.05


def floor_pass(corpus: Path, out: Path) -> float:
    """The least any ingest must do: read, hash, decode, write id + text to Parquet."""
    t = time.perf_counter()
    ids, texts = [], []
    for src in list_sources(corpus):
        data = Path(src.path).read_bytes()
        ids.append(hashlib.sha256(data).hexdigest())
        texts.append(decode(data).text)
    pq.write_table(pa.table({"doc_id": ids, "text": texts}), out)
    return time.perf_counter() - t


def run_measured(cmd: list[str], env: dict) -> tuple[float, int, int]:
    """Run ``cmd``; return (wall seconds, peak RSS bytes of its process tree, exit code)."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not stop.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
                rss = 0
                for p in procs:
                    with contextlib.suppress(psutil.NoSuchProcess):
                        rss += p.memory_info().rss
                peak = max(peak, rss)
            except psutil.NoSuchProcess:
                return
            time.sleep(POLL_SECONDS)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    out, _ = proc.communicate()
    stop.set()
    th.join()
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        sys.stderr.write(out[-4000:])
    return wall, peak, proc.returncode


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=20_000, help="documents to generate")
    ap.add_argument("--workdir", type=Path, default=Path("bench-out"))
    ap.add_argument("--workers", type=int, default=None, help="parley ingest --workers")
    ap.add_argument("--json", type=Path, default=None, help="where to write the figures")
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    a = ap.parse_args(argv)

    work = a.workdir.absolute()
    corpus = work / f"corpus-{a.docs}"
    if not (corpus / ".complete").exists():
        shutil.rmtree(corpus, ignore_errors=True)
        print(f"generating {a.docs} documents in {corpus} ...", flush=True)
        size = generate(corpus, a.docs, Path("seeds"), a.shared)
        (corpus / ".complete").write_text(str(size))
    size = int((corpus / ".complete").read_text())
    wh = work / f"warehouse-{a.docs}"
    shutil.rmtree(wh, ignore_errors=True)
    env = {**os.environ, "PREFECT_HOME": str(work / "prefect-home"),
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
    env.pop("PREFECT_API_URL", None)
    cmd = [sys.executable, "-m", "parley.cli", "ingest", str(corpus), "--warehouse", str(wh)]
    if a.workers:
        cmd += ["--workers", str(a.workers)]
    # Prefect creates its database on the very first start in a PREFECT_HOME (a one-time
    # install cost, ~10 s); do that outside the measurement.
    empty = work / "empty-input"
    empty.mkdir(parents=True, exist_ok=True)
    run_measured([sys.executable, "-m", "parley.cli", "ingest", str(empty), "--warehouse",
                  str(work / "warm-up-warehouse")], env)

    print("floor pass (read, hash, decode, write one Parquet file) ...", flush=True)
    floor = floor_pass(corpus, work / "floor.parquet")
    print("first ingest ...", flush=True)
    first, peak1, rc1 = run_measured(cmd, env)
    print("second ingest (unchanged corpus) ...", flush=True)
    second, peak2, rc2 = run_measured(cmd, env)
    figures = {
        "docs": a.docs, "corpus_mib": round(size / 2**20, 1),
        "cpus": os.cpu_count(), "python": platform.python_version(),
        "workers": a.workers or os.cpu_count(),
        "first_run_s": round(first, 2), "docs_per_s": round(a.docs / first, 1),
        "peak_rss_mib": round(peak1 / 2**20, 1),
        "second_run_s": round(second, 2),
        "second_over_first": round(second / first, 3),
        "second_peak_rss_mib": round(peak2 / 2**20, 1),
        "floor_s": round(floor, 2), "ratio_to_floor": round(first / floor, 2),
        "exit_codes": [rc1, rc2],
    }
    rows = [
        ("documents", f"{a.docs:,} ({figures['corpus_mib']} MiB)"),
        ("first run (wall, Prefect start-up included)", f"{first:.2f} s"),
        ("documents per second", f"{figures['docs_per_s']:,.0f}"),
        ("peak memory (process tree)", f"{figures['peak_rss_mib']:,.0f} MiB"),
        ("second run, unchanged corpus", f"{second:.2f} s ({second / first:.0%} of first)"),
        ("floor (read+hash+decode+write)", f"{floor:.2f} s"),
        ("ratio to floor", f"{first / floor:.1f}x"),
    ]
    w = max(len(k) for k, _ in rows)
    print("\n".join(f"{k.ljust(w)}  {v}" for k, v in rows))
    out = a.json or work / f"throughput-{a.docs}.json"
    out.write_text(json.dumps(figures, indent=1))
    print(f"figures written to {out}")
    return figures


if __name__ == "__main__":
    main()
