"""The Prefect flow ``parley-ingest``: discover -> read/decode -> clean -> extract -> validate
-> write -> refresh views. Orchestration only; every step is a function in the ``parley``
package.

Documents move in batches (a task per document would cost ~8 ms of orchestration each). The
CPU-bound ``process_batch`` task runs on the flow's task runner: local worker processes
(``--workers N``) or an existing Dask cluster (``--dask-address``). Results stream back to
the flow process, which is the only writer of the warehouse.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections import deque

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.context import get_run_context

from parley import pipeline
from parley.ingest.discover import SourceFile, list_sources
from parley.load import Plan, RunLoader, plan_run, record_failed_run
from parley.validate.report import render_markdown
from parley.warehouse.store import Warehouse

# Documents per task: large enough that orchestration is noise (<1% of the work), small
# enough that several batches keep every worker busy and progress is reported often.
BATCH_SIZE = 500
# Batches in flight per worker: enough that workers keep going while the flow process
# validates and writes a chunk (~1 s), without holding more than a few thousand documents.
IN_FLIGHT_PER_WORKER = 4


@task(name="discover", retries=2, retry_delay_seconds=1)
def discover_task(input_dir: str, warehouse: str) -> Plan:
    return plan_run(list_sources(input_dir), Warehouse(warehouse))


@task(name="process-batch", retries=3, retry_delay_seconds=[1, 5, 15],
      retry_condition_fn=lambda task, task_run, state: _transient(state))
def process_batch_task(sources: list[SourceFile], run_id: str) -> pipeline.Batch:
    return pipeline.process_batch(sources, run_id)


def _transient(state) -> bool:
    try:
        state.result()
    except pipeline.TransientReadError:
        return True
    except Exception:
        return False
    return False


def _batches(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


@flow(name="parley-ingest", log_prints=False)
def ingest_flow(input_dir: str, warehouse: str, workers: int = 1, batch_size: int = BATCH_SIZE,
                wait_seconds: float = 60.0, lock_held: bool = False) -> dict:
    """One ingest run. ``lock_held``: the caller already holds the warehouse's writer lock
    (the CLI takes it before starting the flow, so a busy warehouse is a message, not a
    failed flow run)."""
    log = get_run_logger()
    ctx = get_run_context()
    run_id = str(ctx.flow_run.id)
    started = dt.datetime.now(dt.UTC)
    wh = Warehouse(warehouse)
    input_dir = os.path.abspath(input_dir)
    lock = contextlib.nullcontext() if lock_held else wh.lock(
        wait_seconds, on_wait=lambda: log.info("waiting for another run to finish"))
    with lock:
        for note in wh.recover():
            log.warning("recovered warehouse after an interrupted run: %s", note)
        try:
            plan = discover_task(input_dir, str(wh.root))
            log.info("%d files found: %d to read, %d unchanged",
                     len(plan.to_read) + len(plan.unchanged), len(plan.to_read),
                     len(plan.unchanged))
            loader = RunLoader(wh, run_id, input_dir, plan, started, log=log.info)
            window: deque = deque()
            limit = max(1, workers) * IN_FLIGHT_PER_WORKER
            done = 0
            for batch in _batches(plan.to_read, batch_size):
                window.append((batch, process_batch_task.submit(batch, run_id)))
                if len(window) >= limit:
                    done += _collect(window.popleft(), loader, run_id, log)
            while window:
                done += _collect(window.popleft(), loader, run_id, log)
            summary = loader.finish()
        except Exception as exc:
            record_failed_run(wh, run_id, input_dir, started, f"{type(exc).__name__}: {exc}")
            raise
    create_markdown_artifact(key="parley-data-quality", markdown=render_markdown(summary),
                             description=f"Parley data-quality report, run {run_id}")
    return summary.__dict__


def _collect(item, loader: RunLoader, run_id: str, log) -> int:
    batch, future = item
    try:
        results = future.result()
    except Exception as exc:  # retries exhausted: quarantine the batch's files, keep going
        log.error("a batch of %d files failed: %s", len(batch), exc)
        results = pipeline.quarantine_batch(
            batch, f"processing failed after retries: {type(exc).__name__}: {exc}", run_id)
    loader.add(results)
    log.info("processed %d files", len(batch))
    return len(batch)
