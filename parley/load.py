"""One ingest run's bookkeeping, as plain functions and one class (no Prefect here).

- ``plan_run`` decides which files to read: a path whose size and modification time match its
  last loaded version is unchanged without being read; everything else is read and hashed,
  and a file whose bytes (``doc_id``) did not change is still skipped.
- ``RunLoader`` receives processed batches in any order, stages their rows in a warehouse
  transaction chunk by chunk (validated per chunk, so memory does not grow with the corpus),
  replaces older versions of changed files, resolves events over all articles, validates
  the derived tables, writes the run row and the reports, and commits atomically.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import gc
import json
import os
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from parley.ingest.discover import SourceFile
from parley.pipeline import EVENT_COLUMNS, FACT_COLUMNS, Batch, facts_from_article
from parley.resolve.events import resolve_events
from parley.schema import DOC_TABLES, SCHEMAS, to_table
from parley.validate import frames
from parley.validate.gx import ValidationResult, Validator
from parley.validate.report import RunSummary, write_reports
from parley.warehouse.store import Transaction, Warehouse

# Validate and write after this many loaded documents: bounds memory (rows are held until
# their chunk is validated) while keeping Great Expectations' per-check overhead (~50 ms per
# expectation and table) small relative to the work. Measured with `make bench` at 20,000
# documents (peak of the whole process tree; speed the same within noise): 10,000 -> 1.85 GB
# (the flow process alone held ~940 MB), 4,000 -> 1.63 GB, 2,500 -> 1.56 GB; with the freed
# memory handed back after each chunk (``release_memory``) 4,000 -> 1.53 GB, 2,500 -> 1.47 GB.
VALIDATION_CHUNK_DOCS = 2_500


@dataclass
class Plan:
    to_read: list[SourceFile]
    unchanged: list[SourceFile]
    known_doc: dict[str, str]  # source_path -> doc_id of its latest loaded version
    known_ids: set[str]  # every doc_id with rows in the clean tables
    path_of_doc: dict[str, set[str]]  # doc_id -> paths whose latest version it is


def plan_run(sources: Iterable[SourceFile], wh: Warehouse) -> Plan:
    docs = wh.read("documents", ["doc_id", "source_path", "size_bytes", "mtime", "status",
                                 "ingested_at"])
    # oldest first (a stable sort; no time first), sorted in Arrow and without the time in
    # the row dicts: half the cost of sorting the dicts (65 vs 124 ms at 20,000 documents)
    order = pc.sort_indices(docs, sort_keys=[("ingested_at", "ascending", "at_start")])
    rows = docs.take(order).select(["doc_id", "source_path", "size_bytes", "mtime", "status"])
    latest: dict[str, dict] = {}
    for r in rows.to_pylist():
        latest[r["source_path"]] = r  # last write wins: the newest version of each path
    known_doc = {p: r["doc_id"] for p, r in latest.items() if r["status"] == "loaded"}
    path_of_doc: dict[str, set[str]] = {}
    for p, d in known_doc.items():
        path_of_doc.setdefault(d, set()).add(p)
    known_ids = set(wh.read("articles", ["doc_id"]).column(0).to_pylist())
    to_read, unchanged = [], []
    for src in sources:
        last = latest.get(src.rel_path)
        if (last is not None and src.problem is None and last["status"] == "loaded"
                and last["size_bytes"] == src.size and last["mtime"] == src.mtime):
            unchanged.append(src)
        else:
            to_read.append(src)
    return Plan(to_read, unchanged, known_doc, known_ids, path_of_doc)


@dataclass
class Counts:
    seen: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    quarantined: int = 0
    rows: dict[str, int] = field(default_factory=dict)


class RunLoader:
    """Collects processed batches of one run and commits them (see the module docstring)."""

    def __init__(self, wh: Warehouse, run_id: str, input_dir: str, plan: Plan,
                 started_at: dt.datetime, log: Callable[[str], None] = print,
                 chunk_docs: int = VALIDATION_CHUNK_DOCS):
        self.wh, self.run_id, self.input_dir, self.plan = wh, run_id, input_dir, plan
        self.started_at = started_at
        self.log = log
        self.chunk_docs = chunk_docs
        self.tx: Transaction = wh.begin()
        self.counts = Counts(seen=len(plan.to_read) + len(plan.unchanged),
                             unchanged=len(plan.unchanged))
        self._pending: dict[str, list[pa.Table]] = {t: [] for t in DOC_TABLES}
        self._pending_docs: list[dict] = []
        self._facts_pending: dict[str, dict] = {}
        self._extra_docs: list[dict] = []  # documents rows of quarantined/duplicate files
        self._facts: dict[str, dict] = {}  # doc_id -> resolver facts of newly loaded docs
        self._dropped: set[str] = set()
        self._seen_ids: dict[str, str] = {}  # doc_id -> first path loaded this run
        self._failures: list[dict] = []
        self._quarantined_files: list[tuple[str, str]] = []
        self._checked: dict[str, int] = {}
        self._data_docs: Path | None = None
        self._validated_docs = 0
        self.validator = Validator(wh.root / "reports" / "data_docs")
        if plan.to_read:
            self.validator.warm_up()

    # -- staging ---------------------------------------------------------------------------
    def add(self, batch: Batch) -> None:
        """Take one processed batch: decide each file's fate, stage the rows to keep."""
        facts = {f["doc_id"]: f for f in batch.facts}
        keep: list[str] = []
        for doc in batch.documents:
            if self._admit(doc):
                keep.append(doc["doc_id"])
                self._pending_docs.append(doc)
                self._facts_pending[doc["doc_id"]] = facts[doc["doc_id"]]
        if keep:
            ids = pa.array(keep, pa.string())
            for t, table in batch.tables.items():
                if table.num_rows:
                    self._pending[t].append(table.filter(pc.is_in(table["doc_id"], ids)))
        if len(self._pending_docs) >= self.chunk_docs:
            self.flush()

    def _admit(self, doc: dict) -> bool:
        """Record a file's documents row; True when its derived rows are new and kept."""
        path, doc_id = doc["source_path"], doc["doc_id"]
        previous = self.plan.known_doc.get(path)
        if doc["status"] == "quarantined":
            self.counts.quarantined += 1
            self._quarantined_files.append((path, doc["error"]))
            self._extra_docs.append(doc)
            return False
        if previous == doc_id:  # touched but identical bytes: nothing new
            self.counts.unchanged += 1
            return False
        if previous is not None:
            self.counts.changed += 1
            others = self.plan.path_of_doc.get(previous, set()) - {path}
            self.plan.path_of_doc[previous] = others
            if not others:  # no other current path still holds the old bytes
                self._dropped.add(previous)
                for t in DOC_TABLES:
                    self.tx.drop_docs(t, [previous])
        else:
            self.counts.new += 1
        self.plan.path_of_doc.setdefault(doc_id, set()).add(path)
        first = self._seen_ids.get(doc_id)
        if first is not None or (doc_id in self.plan.known_ids and doc_id not in self._dropped):
            # the same bytes under another name: recorded, but its rows exist already
            self._extra_docs.append({**doc, "duplicate_of": first or next(
                (p for p in sorted(self.plan.path_of_doc.get(doc_id, ())) if p != path), None)})
            return False
        self._seen_ids[doc_id] = path
        return True

    def flush(self) -> None:
        """Validate the pending documents' rows and write them as one part per table."""
        docs, self._pending_docs = self._pending_docs, []
        pending, self._pending = self._pending, {t: [] for t in DOC_TABLES}
        facts, self._facts_pending = self._facts_pending, {}
        if self._extra_docs:
            self.tx.append("documents", self._extra_docs)
            self._extra_docs = []
        if not docs:
            return
        tables = {t: (pa.concat_tables(parts) if parts else SCHEMAS[t].empty_table())
                  for t, parts in pending.items()}
        tables["documents"] = to_table("documents", docs)
        frames_ = {t: self._validation_frame(t, tb) for t, tb in tables.items()}
        raw_chars = dict(zip(frames_["articles"]["doc_id"], frames_["articles"]["raw_chars"],
                             strict=True))
        result = self.validator.validate(frames.derive(frames_, raw_chars))
        tables = self._record(result, tables, frames_)
        for t, tb in tables.items():
            self.tx.append(t, tb)
            self.counts.rows[t] = self.counts.rows.get(t, 0) + tb.num_rows
        self._facts.update(facts)
        self._validated_docs += len(docs)
        del tables, frames_, result
        release_memory()
        self.log(f"validated and staged {self._validated_docs} documents")

    def _validation_frame(self, table: str, tb: pa.Table) -> pd.DataFrame:
        """The columns validation reads, as pandas (Great Expectations validates pandas)."""
        keep = frames.needed_columns(table, self.validator.suites.get(table, []))
        return tb.select([c for c in tb.column_names if c in keep]).to_pandas()

    def _record(self, result: ValidationResult, tables: dict[str, pa.Table],
                frames_: dict[str, pd.DataFrame]) -> dict[str, pa.Table]:
        """Turn failures into validation_failures rows; quarantine failing rows.

        Articles stay in place, flagged ``quarantined``; failing rows of the other derived
        tables leave their table, their whole row kept in ``validation_failures.row_json``
        (nothing is lost). Returns the tables to write.
        """
        for t, n in result.checked.items():
            self._checked[t] = max(self._checked.get(t, 0), n)
        names = {}
        if "documents" in tables:
            docs = tables["documents"]
            names = dict(zip(docs["doc_id"].to_pylist(), docs["source_file"].to_pylist(),
                             strict=True))
        for f in result.failures:
            row_json = None
            if f.row is not None and f.severity == "error" and \
                    f.table not in ("articles", "documents"):
                row_json = json.dumps(_whole_row(f.table, f.row, tables, frames_), default=str,
                                      ensure_ascii=False)
            self._failures.append({
                "run_id": self.run_id, "table_name": f.table, "expectation": f.expectation,
                "column_name": f.column, "doc_id": f.doc_id, "observed": f.observed,
                "source_file": names.get(f.doc_id), "hint": f.hint, "severity": f.severity,
                "row_json": row_json,
            })
        out = dict(tables)
        for t, tb in tables.items():
            bad = result.bad_rows(t)
            if not bad or tb.num_rows == 0:
                continue
            mask = np.zeros(tb.num_rows, dtype=bool)
            mask[sorted(bad)] = True
            if t == "articles":
                idx = tb.schema.get_field_index("quarantined")
                out[t] = tb.set_column(idx, tb.schema.field(idx), pa.array(mask))
            elif t in DOC_TABLES:
                out[t] = tb.filter(pa.array(~mask))
        return out

    # -- finishing -------------------------------------------------------------------------
    def _all_facts(self) -> pd.DataFrame:
        """Resolver input: every committed article not replaced, plus this run's articles."""
        stored = self.wh.read("articles", FACT_COLUMNS, self.tx.base).to_pylist()
        facts = {a["doc_id"]: facts_from_article(a) for a in stored
                 if a["doc_id"] not in self._dropped}
        facts.update(self._facts)
        return pd.DataFrame(list(facts.values()))

    def resolve(self) -> None:
        facts = self._all_facts()
        if facts.empty:
            self.tx.replace("events", [])
            return
        assignments, events = resolve_events(facts)
        current = {a["doc_id"]: a for a in self.wh.read(
            "articles", ["doc_id", *EVENT_COLUMNS], self.tx.base).to_pylist()}
        updates: dict[str, dict] = {}
        for a in assignments.to_dict("records"):
            new = {c: _none(a.get(c)) for c in EVENT_COLUMNS}
            old = current.get(a["doc_id"])
            if a["doc_id"] in self._facts or old is None or any(
                    _none(old.get(c)) != new[c] for c in EVENT_COLUMNS):
                updates[a["doc_id"]] = new
        self.tx.update_rows("articles", "doc_id", updates)
        self.tx.update_rows("participants", "doc_id",
                            {d: {"event_id": u["event_id"]} for d, u in updates.items()})
        ev = events if not events.empty else pd.DataFrame(columns=SCHEMAS["events"].names)
        result = self.validator.validate(frames.derive({"events": ev}, {}))
        self._record(result, {}, {"events": ev})
        self.tx.replace("events", pa.Table.from_pandas(
            ev.reindex(columns=SCHEMAS["events"].names), schema=SCHEMAS["events"],
            preserve_index=False) if not ev.empty else SCHEMAS["events"].empty_table())
        self.counts.rows["events"] = len(ev)

    def finish(self, status: str | None = None) -> RunSummary:
        """Flush, resolve events, validate, write run row + reports, and commit."""
        self.flush()
        changed = bool(self.tx.touched()) or self.counts.new or self.counts.changed
        if changed:
            t = time.perf_counter()
            self.resolve()
            self.log(f"resolved {self.counts.rows.get('events', 0)} events "
                     f"({time.perf_counter() - t:.1f} s)")
        finished = dt.datetime.now(dt.UTC)
        errors = sum(1 for f in self._failures if f["severity"] == "error")
        status = status or ("completed_with_failures" if errors else "completed")
        run_row = {
            "run_id": self.run_id, "started_at": self.started_at, "finished_at": finished,
            "files_seen": self.counts.seen, "files_new": self.counts.new,
            "files_unchanged": self.counts.unchanged,
            "files_quarantined": self.counts.quarantined,
            "rows_failed_validation": errors, "status": status, "input_dir": self.input_dir,
            "files_changed": self.counts.changed, "error": None,
        }
        if changed or self.counts.quarantined:
            rv = self.validator.validate({"runs": pd.DataFrame([run_row])})
            self._record(rv, {}, {})
            t = time.perf_counter()
            self._data_docs = self.validator.build_docs()
            self.log(f"rendered Data Docs ({time.perf_counter() - t:.1f} s)")
        else:  # nothing new was loaded: nothing to validate, and Great Expectations (seconds
            # to import) is not started; the previous run's Data Docs stay current
            docs = self.wh.root / "reports" / "data_docs" / "index.html"
            self._data_docs = docs if docs.exists() else None
        if self._failures:
            self.tx.append("validation_failures", to_table("validation_failures",
                                                           self._failures))
        self.tx.append("runs", [run_row])
        summary = RunSummary(
            run_id=self.run_id, started_at=_iso(self.started_at), finished_at=_iso(finished),
            input_dir=self.input_dir, status=status, files_seen=self.counts.seen,
            files_new=self.counts.new, files_changed=self.counts.changed,
            files_unchanged=self.counts.unchanged, files_quarantined=self.counts.quarantined,
            rows=self.counts.rows, quarantined_files=self._quarantined_files,
            failures=self._failures, checked=self._checked,
            data_docs=str(self._data_docs) if self._data_docs else None,
        )
        write_reports(self.wh.root / "reports", summary)
        t = time.perf_counter()
        self.tx.commit()
        self.log(f"committed the warehouse ({time.perf_counter() - t:.1f} s)")
        return summary


def _whole_row(table: str, row: int, tables: dict[str, pa.Table],
               frames_: dict[str, pd.DataFrame]) -> dict | None:
    """Every stored column of a failing row: from the Arrow table when there is one (the
    validated frame holds only the columns the checks read), else from the frame itself."""
    if table in tables:
        return tables[table].slice(row, 1).to_pylist()[0]
    df = frames_.get(table)
    return None if df is None else df.iloc[row].to_dict()


def release_memory() -> None:
    """Hand the freed memory of a validated chunk back to the OS.

    A chunk's pandas frames are many small objects; once freed, glibc keeps their pages in
    the process, so the flow process's resident memory would stay at its largest chunk's
    high-water mark for the rest of the run.
    """
    gc.collect()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6").malloc_trim(0)


def record_failed_run(wh: Warehouse, run_id: str, input_dir: str, started_at: dt.datetime,
                      error: str) -> None:
    """Append a ``failed`` row to ``runs`` in its own small transaction (data untouched)."""
    wh.recover()
    tx = wh.begin()
    tx.append("runs", [{
        "run_id": run_id, "started_at": started_at, "finished_at": dt.datetime.now(dt.UTC),
        "files_seen": 0, "files_new": 0, "files_unchanged": 0, "files_quarantined": 0,
        "rows_failed_validation": 0, "status": "failed", "input_dir": input_dir,
        "files_changed": 0, "error": error[:2000],
    }])
    tx.commit()


def _none(v):
    if v is None:
        return None
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        return v
    if isinstance(v, pd.Timestamp):
        return v.date()
    return v


def _iso(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def relpath_for_display(path: str | os.PathLike) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)
