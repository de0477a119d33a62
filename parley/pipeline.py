"""The per-document pipeline as plain functions: read -> decode -> clean -> extract -> rows.

Everything here is pure (no Prefect, no warehouse) so it can be tested directly, run in worker
processes, and used by the evaluation and benchmark commands. ``flows/ingest.py`` orchestrates
these functions in batches.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd
import pyarrow as pa

from parley.clean import clean_text
from parley.extract import extract
from parley.ingest.decode import decode
from parley.ingest.discover import SourceFile, list_sources
from parley.resolve.events import name_key, resolve_events
from parley.schema import DOC_TABLES, SCHEMAS, to_table

WORD_SPLIT = str.split


# The articles columns that event resolution writes.
EVENT_COLUMNS = ("event_id", "event_date", "event_date_basis", "event_date_note", "city",
                 "host_country")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class DocRows:
    """Everything one input file contributes: its documents row and its derived rows."""

    document: dict
    rows: dict[str, list[dict]] = field(default_factory=lambda: {t: [] for t in DOC_TABLES})
    # the article's own facts that event resolution reads (not stored as-is)
    facts: dict | None = None


# errno values worth a retry (a network file system hiccup, an interrupted call); any other
# OSError (permission denied, vanished file) is final and quarantines the file at once.
TRANSIENT_ERRNOS = frozenset({errno.EIO, errno.EAGAIN, errno.EINTR, errno.ETIMEDOUT,
                              errno.ESTALE, errno.EBUSY})


class TransientReadError(OSError):
    """Reading failed in a way that may succeed when tried again (Prefect retries the batch)."""


def read_source(src: SourceFile) -> tuple[bytes | None, str | None]:
    """Read a file's bytes, or return why it could not be read."""
    if src.problem:
        return None, src.problem
    try:
        with open(src.path, "rb") as fh:
            return fh.read(), None
    except OSError as exc:
        if exc.errno in TRANSIENT_ERRNOS:
            raise TransientReadError(exc.errno, f"{src.rel_path}: {exc.strerror}") from exc
        return None, f"the file could not be read ({exc.strerror or exc})"


def document_row(src: SourceFile, doc_id: str, encoding: str | None, error: str | None,
                 run_id: str, now: dt.datetime) -> dict:
    return {
        "doc_id": doc_id,
        "source_file": src.name,
        "source_path": src.rel_path,
        "size_bytes": src.size,
        "encoding": encoding,
        "status": "quarantined" if error else "loaded",
        "error": error,
        "run_id": run_id,
        "ingested_at": now,
        "mtime": src.mtime,
        "duplicate_of": None,
    }


def process_bytes(src: SourceFile, data: bytes | None, read_error: str | None,
                  run_id: str = "", now: dt.datetime | None = None) -> DocRows:
    """One file's bytes -> its documents row plus cleaned/extracted rows (if loadable)."""
    now = now or dt.datetime.now(dt.UTC)
    if data is None:
        # doc_id must still be a stable key: hash what identifies the unreadable file
        doc_id = sha256_hex(f"unreadable:{src.rel_path}".encode())
        return DocRows(document_row(src, doc_id, None, read_error, run_id, now))
    doc_id = sha256_hex(data)
    decoded = decode(data)
    if decoded.text is None:
        return DocRows(document_row(src, doc_id, decoded.encoding, decoded.error, run_id, now))
    try:
        return process_text(src, doc_id, decoded.text, decoded.encoding, run_id, now)
    except Exception as exc:  # a bug on one odd file must not stop the run: quarantine it
        err = f"processing failed with {type(exc).__name__}: {exc}"[:500]
        return DocRows(document_row(src, doc_id, decoded.encoding, err, run_id, now))


def process_text(src: SourceFile, doc_id: str, text: str, encoding: str, run_id: str,
                 now: dt.datetime) -> DocRows:
    cleaned = clean_text(text)
    ex = extract(cleaned)
    body = cleaned.body
    out = DocRows(document_row(src, doc_id, encoding, None, run_id, now))
    removed_chars = sum(len(ln.raw) for ln in cleaned.removed if ln.reason != "headline")
    article = {
        "doc_id": doc_id,
        "source_file": src.name,
        "source_path": src.rel_path,
        "is_dialogue_report": bool(ex.is_dialogue_report),
        "headline": cleaned.headline,
        "body": body,
        "sources": list(ex.sources),
        "mechanism": ex.mechanism,
        "countries": sorted(ex.countries),
        "edition": ex.edition,
        "event_date": ex.event_date,
        "event_date_basis": ex.event_date_basis,
        "event_date_note": ex.event_date_note,
        "published_date": ex.published_date,
        "city": ex.city,
        "host_country": ex.host_country,
        "event_id": None,  # set by event resolution over all articles
        "word_count": len(WORD_SPLIT(body)),
        "raw_chars": len(text),
        "removed_chars": removed_chars,
        "quarantined": False,
        "own_event_date": ex.event_date,
        "own_event_date_basis": ex.event_date_basis,
        "own_event_date_note": ex.event_date_note,
        "event_month_day": (f"{ex.event_month_day[0]:02d}-{ex.event_month_day[1]:02d}"
                            if ex.event_month_day else None),
        "event_weekday": ex.event_weekday,
        "own_city": ex.city,
        "own_host_country": ex.host_country,
        "cochair_keys": sorted({name_key(p.name) for p in ex.people if p.role == "co_chair"}),
    }
    out.rows["articles"].append(article)
    out.facts = facts_from_article(article)
    for p in ex.people:
        out.rows["participants"].append({
            "doc_id": doc_id, "event_id": None, "name": p.name, "name_ascii": p.name_ascii,
            "country": p.country, "title": p.title, "role": p.role, "rank": p.rank,
        })
    for t in ex.topics:
        out.rows["topics"].append({"doc_id": doc_id, "topic": t.topic, "evidence": t.evidence})
    for a in ex.amounts:
        out.rows["amounts"].append({"doc_id": doc_id, "amount": a.amount, "currency": a.currency,
                                    "text": a.text, "context": a.context})
    for ln in cleaned.removed:
        out.rows["removed"].append({"doc_id": doc_id, "position": ln.number, "text": ln.raw,
                                    "reason": ln.reason})
    for ev in ex.evidence:
        out.rows["provenance"].append({"doc_id": doc_id, "field": ev.field, "value": ev.value,
                                       "start": ev.start, "end": ev.end})
    return out


# The articles columns event resolution reads (its own facts, before merging).
FACT_COLUMNS = ["doc_id", "is_dialogue_report", "mechanism", "countries", "edition",
                "own_event_date", "own_event_date_basis", "own_event_date_note",
                "published_date", "own_city", "own_host_country", "event_month_day",
                "event_weekday", "cochair_keys"]


def facts_from_article(article: dict) -> dict:
    """The resolver's input row for one article (see ``parley.resolve.events.INPUT_COLUMNS``)."""
    md = article.get("event_month_day")
    return {
        "doc_id": article["doc_id"],
        "is_dialogue_report": article["is_dialogue_report"],
        "mechanism": article["mechanism"],
        "countries": list(article["countries"]) if article["countries"] is not None else [],
        "edition": article["edition"],
        "event_date": article["own_event_date"],
        "event_date_basis": article["own_event_date_basis"],
        "event_date_note": article["own_event_date_note"],
        "published_date": article["published_date"],
        "city": article.get("own_city"),
        "host_country": article.get("own_host_country"),
        "event_month_day": (int(md[:2]), int(md[3:])) if isinstance(md, str) and md else None,
        "event_weekday": article["event_weekday"],
        "cochair_keys": list(article.get("cochair_keys") or []),
    }


def process_source(src: SourceFile, run_id: str = "", now: dt.datetime | None = None) -> DocRows:
    data, err = read_source(src)
    return process_bytes(src, data, err, run_id, now)


@dataclass
class Batch:
    """A processed batch in columnar form: what a worker sends back to the flow process.

    Arrow tables pickle as a few buffers (cheap to move between processes) and are built in
    the workers, in parallel, instead of by the single writer.
    """

    documents: list[dict]  # one row per input file, loaded or quarantined
    tables: dict[str, pa.Table]  # DOC_TABLES rows of the loaded documents
    facts: list[dict]  # event-resolution input, one per loaded document

    @classmethod
    def from_docrows(cls, results: Iterable[DocRows]) -> Batch:
        results = list(results)
        rows: dict[str, list[dict]] = {t: [] for t in DOC_TABLES}
        seen: set[str] = set()
        for r in results:
            if r.document["doc_id"] in seen:
                continue  # the same bytes twice in one batch: their rows once
            seen.add(r.document["doc_id"])
            for t in DOC_TABLES:
                rows[t].extend(r.rows[t])
        return cls(documents=[r.document for r in results],
                   tables={t: to_table(t, v) for t, v in rows.items()},
                   facts=[r.facts for r in results if r.facts is not None])



def process_batch(sources: list[SourceFile], run_id: str = "") -> Batch:
    """A batch of files -> their rows. The unit of work a worker process or Dask task runs."""
    now = dt.datetime.now(dt.UTC)
    return Batch.from_docrows(process_source(src, run_id, now) for src in sources)


def quarantine_batch(sources: list[SourceFile], reason: str, run_id: str = "") -> Batch:
    """Documents rows for a batch that could not be processed at all (nothing is lost)."""
    now = dt.datetime.now(dt.UTC)
    return Batch.from_docrows(process_bytes(src, None, reason, run_id, now) for src in sources)


def apply_resolution(tables: dict[str, pd.DataFrame], facts: pd.DataFrame) -> None:
    """Run event resolution over all articles' facts and write event columns in place."""
    assignments, events = resolve_events(facts)
    tables["events"] = events
    if assignments.empty:
        return
    amap = assignments.set_index("doc_id")
    arts = tables["articles"]
    if not arts.empty:
        idx = arts["doc_id"]
        for col in EVENT_COLUMNS:
            arts[col] = idx.map(amap[col]).where(idx.isin(amap.index), arts[col])
    parts = tables["participants"]
    if not parts.empty:
        parts["event_id"] = parts["doc_id"].map(amap["event_id"])


def frames_from_rows(results: Iterable[DocRows]) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """Collect DocRows into one DataFrame per table plus the facts frame for resolution.

    The same bytes under two names give two documents rows but their derived rows once (as
    in the warehouse: ``doc_id`` keys the derived tables)."""
    rows: dict[str, list[dict]] = {t: [] for t in (*DOC_TABLES, "documents")}
    facts = []
    seen: set[str] = set()
    for r in results:
        rows["documents"].append(r.document)
        if r.document["doc_id"] in seen:
            continue
        seen.add(r.document["doc_id"])
        for t in DOC_TABLES:
            rows[t].extend(r.rows[t])
        if r.facts is not None:
            facts.append(r.facts)
    tables = {t: pd.DataFrame(v, columns=SCHEMAS[t].names) for t, v in rows.items()}
    return tables, pd.DataFrame(facts)


def run_folder(input_dir: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """The whole pipeline over a folder, in memory, without Prefect or a warehouse.

    For evaluation, tests and benchmarks; ``parley ingest`` adds orchestration, incremental
    state, validation and atomic Parquet writes around the same functions.
    """
    results = [process_source(src) for src in list_sources(input_dir)]
    tables, facts = frames_from_rows(results)
    if facts.empty:
        tables["events"] = pd.DataFrame(columns=SCHEMAS["events"].names)
    else:
        apply_resolution(tables, facts)
    return tables
