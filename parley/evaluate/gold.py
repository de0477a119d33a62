"""Score extracted fields against gold labels (``gold.jsonl``, see corpus/GOLD_FORMAT.md).

The comparison rules are the project's scoring rules, written once here and used by
``parley eval``, the seed gold test and the extraction quality gate:

- names, titles, mechanisms, cities and headlines compare without diacritics, case and
  punctuation, with ``Defense`` = ``Defence`` (``compare_key``);
- dates, edition, countries and ``is_dialogue_report`` compare exactly;
- list fields (sources, co-chairs, topics, amounts) score by F1 per document (two empty
  lists agree); ``others`` by recall, because the gold lists other people optionally (the
  format says "optional, may be []"), so a person it leaves out is not an error;
- a field's score is the mean over documents.

``event_date`` is scored on the documents whose text states or implies the year
(``year_in_text`` in the gold, or no date at all); ``event_date_all`` over every document,
including those whose true date came from outside the text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from parley.extract.fold import fold

FIELDS = ("is_dialogue_report", "headline", "sources", "mechanism", "countries", "edition",
          "event_date", "event_date_all", "published_date", "city", "co_chairs",
          "co_chair_countries", "co_chair_titles", "others", "amounts", "topics")

_PUNCT = re.compile(r"[^0-9a-z+]+")


def compare_key(value: str | None) -> str:
    """The form two strings are compared in: folded, lower-case, no punctuation, Defence."""
    if value is None:
        return ""
    key = _PUNCT.sub(" ", fold(value).lower()).strip()
    return key.replace("defense", "defence")


def load_gold(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _recall(pred: Iterable, gold: Iterable) -> float:
    p, g = set(pred), set(gold)
    return 1.0 if not g else len(p & g) / len(g)


def _set_f1(pred: Iterable, gold: Iterable) -> float:
    p, g = set(pred), set(gold)
    if not p and not g:
        return 1.0
    tp = len(p & g)
    if not tp:
        return 0.0
    prec, rec = tp / len(p), tp / len(g)
    return 2 * prec * rec / (prec + rec)


def _date(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    s = str(value)
    return None if s in ("", "NaT", "None", "nan") else s[:10]


def _amount_key(amount: float, currency: str) -> tuple[float, str]:
    return (round(float(amount), 2), (currency or "").upper())


def _people(pred_people: list[dict], role: str) -> list[dict]:
    return [p for p in pred_people if p.get("role") == role]


@dataclass
class FieldResult:
    doc: str
    field: str
    expected: object
    extracted: object
    score: float


@dataclass
class Report:
    scores: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    wrong: list[FieldResult] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # gold documents with no prediction


def compare_doc(pred: dict, gold: dict) -> dict[str, tuple[float, object, object]]:
    """Per field: (score, expected, extracted) for one document."""
    out: dict[str, tuple[float, object, object]] = {}

    def exact(name, exp, got):
        out[name] = (1.0 if exp == got else 0.0, exp, got)

    def keyed(name, exp, got):
        out[name] = (1.0 if compare_key(exp) == compare_key(got) else 0.0, exp, got)

    exact("is_dialogue_report", bool(gold["is_dialogue_report"]),
          bool(pred.get("is_dialogue_report")))
    keyed("headline", gold.get("headline"), pred.get("headline"))
    g_src = sorted(gold.get("sources") or [])
    p_src = sorted(pred.get("sources") or [])
    out["sources"] = (_set_f1(map(compare_key, p_src), map(compare_key, g_src)), g_src, p_src)
    keyed("mechanism", gold.get("mechanism"), pred.get("mechanism"))
    exact("countries", sorted(gold.get("countries") or []), sorted(pred.get("countries") or []))
    exact("edition", gold.get("edition"), pred.get("edition"))
    g_date, p_date = gold.get("event_date"), _date(pred.get("event_date"))
    exact("event_date_all", g_date, p_date)
    if gold.get("year_in_text") or g_date is None:
        exact("event_date", g_date, p_date)
    exact("published_date", gold.get("published_date"), _date(pred.get("published_date")))
    keyed("city", gold.get("city"), pred.get("city"))

    people = pred.get("people") or []
    chairs = _people(people, "co_chair")
    g_chairs = gold.get("co_chairs") or []
    out["co_chairs"] = (
        _set_f1((compare_key(p["name"]) for p in chairs),
                (compare_key(c["name"]) for c in g_chairs)),
        sorted(c["name"] for c in g_chairs), sorted(p["name"] for p in chairs))
    out["co_chair_countries"] = (
        _set_f1(((compare_key(p["name"]), p.get("country")) for p in chairs),
                ((compare_key(c["name"]), c.get("country")) for c in g_chairs)),
        sorted(f"{c['name']} ({c.get('country')})" for c in g_chairs),
        sorted(f"{p['name']} ({p.get('country')})" for p in chairs))
    out["co_chair_titles"] = (
        _set_f1(((compare_key(p["name"]), compare_key(p.get("title"))) for p in chairs),
                ((compare_key(c["name"]), compare_key(c.get("title"))) for c in g_chairs)),
        sorted(f"{c['name']}: {c.get('title')}" for c in g_chairs),
        sorted(f"{p['name']}: {p.get('title')}" for p in chairs))
    others = [p for p in people if p.get("role") != "co_chair"]
    g_others = gold.get("others") or []
    out["others"] = (_recall((compare_key(p["name"]) for p in others), map(compare_key, g_others)),
                     sorted(g_others), sorted({p["name"] for p in others}))
    g_amounts = sorted(_amount_key(a["amount"], a["currency"]) for a in gold.get("amounts") or [])
    p_amounts = sorted(_amount_key(a["amount"], a["currency"]) for a in pred.get("amounts") or [])
    out["amounts"] = (_set_f1(p_amounts, g_amounts), g_amounts, p_amounts)
    g_topics, p_topics = sorted(gold.get("topics") or []), sorted(set(pred.get("topics") or []))
    out["topics"] = (_set_f1(p_topics, g_topics), g_topics, p_topics)
    return out


def score(predictions: dict[str, dict], gold: list[dict]) -> Report:
    """Compare predictions (keyed by source file name) with gold records."""
    report = Report()
    sums: dict[str, float] = {f: 0.0 for f in FIELDS}
    counts: dict[str, int] = {f: 0 for f in FIELDS}
    for rec in gold:
        pred = predictions.get(rec["id"])
        if pred is None:
            report.missing.append(rec["id"])
            pred = {}
        for name, (s, exp, got) in compare_doc(pred, rec).items():
            sums[name] += s
            counts[name] += 1
            if s < 1.0:
                report.wrong.append(FieldResult(rec["id"], name, exp, got, s))
    report.scores = {f: (sums[f] / counts[f] if counts[f] else 1.0) for f in FIELDS}
    report.counts = counts
    return report


def format_report(report: Report) -> str:
    lines = ["field                 score   docs", "-" * 34]
    for name in FIELDS:
        lines.append(f"{name:<20} {report.scores[name]:6.3f} {report.counts[name]:6d}")
    if report.missing:
        lines.append(f"\nno prediction for: {', '.join(report.missing)}")
    if report.wrong:
        lines.append(f"\n{len(report.wrong)} wrong fields:")
        for w in sorted(report.wrong, key=lambda w: (w.doc, FIELDS.index(w.field))):
            lines.append(f"- {w.doc} {w.field} ({w.score:.2f})\n    expected:  {w.expected!r}"
                         f"\n    extracted: {w.extracted!r}")
    return "\n".join(lines)


def _missing(value) -> bool:
    """pandas' ways of saying "no value": None, NaN, NaT, <NA>."""
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN and NaT are not equal to themselves
    except (TypeError, ValueError):
        return False


def _records(frame) -> list[dict]:
    return [{k: (None if not isinstance(v, (list, tuple)) and not hasattr(v, "__len__")
                 and _missing(v) else v) for k, v in rec.items()}
            for rec in frame.to_dict("records")]


def _predictions(articles, participants, amounts, topics) -> dict[str, dict]:
    """Build per-file predictions from the four tables (pandas DataFrames)."""
    by_doc: dict[str, dict] = {}
    for rec in _records(articles):
        rec["people"], rec["amounts"], rec["topics"] = [], [], []
        by_doc[rec["doc_id"]] = rec
    for table, key in ((participants, "people"), (amounts, "amounts")):
        for rec in _records(table):
            if rec["doc_id"] in by_doc:
                by_doc[rec["doc_id"]][key].append(rec)
    for rec in topics.to_dict("records"):
        if rec["doc_id"] in by_doc:
            by_doc[rec["doc_id"]]["topics"].append(rec["topic"])
    out = {}
    for rec in by_doc.values():
        for k in ("sources", "countries"):
            v = rec.get(k)
            rec[k] = [] if v is None else list(v)
        if rec.get("edition") is not None:
            rec["edition"] = int(rec["edition"])
        out[rec["source_file"]] = rec
    return out


def predictions_from_tables(tables: dict) -> dict[str, dict]:
    """Predictions from ``parley.pipeline.run_folder`` output (a dict of DataFrames)."""
    return _predictions(tables["articles"], tables["participants"], tables["amounts"],
                        tables["topics"])


def predictions_from_warehouse(warehouse: str | Path) -> dict[str, dict]:
    """Predictions read from a warehouse's Parquet tables, as outside scripts read them."""
    import duckdb

    frames = {}
    with duckdb.connect() as con:
        for t in ("articles", "participants", "amounts", "topics"):
            frames[t] = con.execute(
                f"select * from read_parquet('{Path(warehouse) / t}/**/*.parquet', "
                "hive_partitioning=true, union_by_name=true)").df()
    return _predictions(frames["articles"], frames["participants"], frames["amounts"],
                        frames["topics"])
