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

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa

from parley.ingest.discover import SourceFile
from parley.pipeline import FACT_COLUMNS, DocRows, facts_from_article
from parley.resolve.events import resolve_events
from parley.schema import DOC_TABLES, SCHEMAS, to_table
from parley.validate import frames
from parley.validate.gx import ValidationResult, Validator
from parley.validate.report import RunSummary, write_reports
from parley.warehouse.store import Transaction, Warehouse

# Validate and write after this many loaded documents: bounds memory (rows are held until
# their chunk is validated) while keeping Great Expectations' per-check overhead (~50 ms per
# expectation and table) small relative to the work.
VALIDATION_CHUNK_DOCS = 10_000
EVENT_COLUMNS = ("event_id", "event_date", "event_date_basis", "event_date_note")


@dataclass
class Plan:
    to_read: list[SourceFile]
    unchanged: list[SourceFile]
    known_doc: dict[str, str]  # source_path -> doc_id of its latest loaded version
    known_ids: set[str]  # every doc_id with rows in the clean tables
    path_of_doc: dict[str, set[str]]  # doc_id -> paths whose latest version it is


def plan_run(sources: Iterable[SourceFile], wh: Warehouse) -> Plan:
    docs = wh.read("documents", ["doc_id", "source_path", "size_bytes", "mtime", "status",
                                 "ingested_at"]).to_pylist()
    docs.sort(key=lambda r: (r["ingested_at"] or dt.datetime.min.replace(tzinfo=dt.UTC)))
    latest: dict[str, dict] = {}
    for r in docs:
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
        self._pending: list[DocRows] = []
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

    # -- staging ---------------------------------------------------------------------------
    def add(self, results: Iterable[DocRows]) -> None:
        for r in results:
            self._add_one(r)
        if sum(1 for r in self._pending if r.facts is not None) >= self.chunk_docs:
            self.flush()

    def _add_one(self, r: DocRows) -> None:
        doc = r.document
        path, doc_id = doc["source_path"], doc["doc_id"]
        previous = self.plan.known_doc.get(path)
        if doc["status"] == "quarantined":
            self.counts.quarantined += 1
            self._quarantined_files.append((path, doc["error"]))
            self._extra_docs.append(doc)
            return
        if previous == doc_id:  # touched but identical bytes: nothing new
            self.counts.unchanged += 1
            return
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
            doc = {**doc, "duplicate_of": first or next(
                (p for p in sorted(self.plan.path_of_doc.get(doc_id, ())) if p != path), None)}
            self._extra_docs.append(doc)
            return
        self._seen_ids[doc_id] = path
        self._pending.append(r)

    def flush(self) -> None:
        """Validate the pending documents' rows and write them as one part per table."""
        batch, self._pending = self._pending, []
        if self._extra_docs:
            self.tx.append("documents", self._extra_docs)
            self._extra_docs = []
        if not batch:
            return
        rows: dict[str, list[dict]] = {t: [] for t in (*DOC_TABLES, "documents")}
        for r in batch:
            rows["documents"].append(r.document)
            for t in DOC_TABLES:
                rows[t].extend(r.rows[t])
        tables = {t: pd.DataFrame(v, columns=SCHEMAS[t].names) for t, v in rows.items()}
        raw_chars = dict(zip(tables["articles"]["doc_id"], tables["articles"]["raw_chars"],
                             strict=True))
        result = self.validator.validate(frames.derive(tables, raw_chars))
        self._record(result, tables, raw_chars)
        for t, df in tables.items():
            self.tx.append(t, pa.Table.from_pandas(df, schema=SCHEMAS[t], preserve_index=False)
                           if not df.empty else SCHEMAS[t].empty_table())
            self.counts.rows[t] = self.counts.rows.get(t, 0) + len(df)
        for a in rows["articles"]:
            self._facts[a["doc_id"]] = facts_from_article(a)
        self._validated_docs += len(batch)
        self.log(f"validated and staged {self._validated_docs} documents")

    def _record(self, result: ValidationResult, tables: dict[str, pd.DataFrame],
                raw_chars: dict) -> None:
        """Turn failures into validation_failures rows; quarantine failing rows."""
        for t, n in result.checked.items():
            self._checked[t] = max(self._checked.get(t, 0), n)
        names = {}
        if "documents" in tables:
            names = dict(zip(tables["documents"]["doc_id"], tables["documents"]["source_file"],
                             strict=True))
        for f in result.failures:
            row_json = None
            df = tables.get(f.table)
            if f.row is not None and df is not None and f.severity == "error" and \
                    f.table not in ("articles", "documents"):
                row_json = json.dumps(df.iloc[f.row].to_dict(), default=str, ensure_ascii=False)
            self._failures.append({
                "run_id": self.run_id, "table_name": f.table, "expectation": f.expectation,
                "column_name": f.column, "doc_id": f.doc_id, "observed": f.observed,
                "source_file": names.get(f.doc_id), "hint": f.hint, "severity": f.severity,
                "row_json": row_json,
            })
        # articles stay in place, flagged; rows of other derived tables leave the clean table
        # (their whole row is kept in validation_failures.row_json: nothing is lost)
        for t, df in tables.items():
            bad = result.bad_rows(t)
            if not bad or df.empty:
                continue
            if t == "articles":
                df.loc[df.index.isin(sorted(bad)), "quarantined"] = True
            elif t in DOC_TABLES:
                tables[t] = df.drop(index=sorted(bad)).reset_index(drop=True)

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
        self._record(result, {"events": ev}, {})
        self.tx.replace("events", pa.Table.from_pandas(
            ev.reindex(columns=SCHEMAS["events"].names), schema=SCHEMAS["events"],
            preserve_index=False) if not ev.empty else SCHEMAS["events"].empty_table())
        self.counts.rows["events"] = len(ev)

    def finish(self, status: str | None = None) -> RunSummary:
        """Flush, resolve events, validate, write run row + reports, and commit."""
        self.flush()
        changed = bool(self.tx.touched()) or self.counts.new or self.counts.changed
        if changed:
            self.resolve()
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
        rv = self.validator.validate({"runs": pd.DataFrame([run_row])})
        self._record(rv, {}, {})
        self._data_docs = self.validator.build_docs()
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
        self.tx.commit()
        return summary


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
