"""Boilerplate-removal benchmark: ``make bench-clean`` (``python -m parley.bench.boilerplate``).

Runs ``parley.clean.clean_text`` over the text dumps in ``../shared/bench/boilerplate/pages``
and scores the output (headline + "\\n" + body) with the rules of that folder's README
("How the score is computed"): output and snippets are whitespace-normalised (``\\s+`` -> one
space, stripped); a snippet counts as found when it is a plain substring of the output;
TP/FN come from the ``with`` snippets, FP/TN from the ``without`` snippets; counts are summed
over pages (micro-average); a crash gives TP = FP = 0 for that page.

Prints precision, recall and F1 for all pages and for ``lang == "en"`` pages, plus the mean
cleaning time per page in milliseconds (file reading excluded; the one-time loading of the
word-frequency dictionary is done before timing and reported separately).
A benchmark, not a test: nothing asserts (``tests/test_clean_quality_gate.py`` does).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_PAGES = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "boilerplate"
_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The README's whitespace normalisation: ``\\s+`` -> one space, then strip."""
    return _WS.sub(" ", text).strip()


@dataclass
class Counts:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    pages: int = 0
    crashes: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fn += other.fn
        self.fp += other.fp
        self.tn += other.tn
        self.pages += other.pages
        self.crashes += other.crashes

    def scores(self) -> dict[str, float]:
        tp, fn, fp, tn = self.tp, self.fn, self.fp, self.tn
        total = tp + fn + fp + tn
        return {
            "precision": tp / (tp + fp) if tp + fp else 0.0,
            "recall": tp / (tp + fn) if tp + fn else 0.0,
            "f1": 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 0.0,
            "accuracy": (tp + tn) / total if total else 0.0,
            "leakage": fp / (fp + tn) if fp + tn else 0.0,
            "tp": tp, "fn": fn, "fp": fp, "tn": tn,
            "pages": self.pages, "crashes": self.crashes,
        }


def score_page(output: str | None, with_: list[str], without: list[str]) -> Counts:
    """One page's confusion counts; ``output`` None means the cleaner crashed."""
    c = Counts(pages=1)
    if output is None:
        # README: a crash or None output gives TP = FP = 0.
        c.fn, c.tn, c.crashes = len(with_), len(without), 1
        return c
    out = normalise(output)
    for snip in with_:
        if normalise(snip) in out:
            c.tp += 1
        else:
            c.fn += 1
    for snip in without:
        if normalise(snip) in out:
            c.fp += 1
        else:
            c.tn += 1
    return c


def cleaned_output(raw: str) -> str:
    """What the benchmark scores: headline + "\\n" + body of the cleaned document."""
    from parley.clean import clean_text

    doc = clean_text(raw)
    return (doc.headline or "") + "\n" + doc.body


@dataclass
class Result:
    all: Counts = field(default_factory=Counts)
    en: Counts = field(default_factory=Counts)
    seconds: float = 0.0
    warmup_seconds: float = 0.0
    per_page: list[dict] = field(default_factory=list)

    def summary(self) -> dict:
        n = self.all.pages
        return {
            "all": self.all.scores(),
            "en": self.en.scores(),
            "ms_per_page": 1000 * self.seconds / n if n else 0.0,
            "warmup_ms": 1000 * self.warmup_seconds,
        }


def load_labels(pages_dir: Path) -> list[dict]:
    labels = pages_dir / "labels.jsonl"
    return [json.loads(ln) for ln in labels.read_text(encoding="utf-8").splitlines() if ln]


def run(pages_dir: Path = DEFAULT_PAGES, limit: int | None = None) -> Result:
    """Clean and score every labelled page (the first ``limit`` ones when given)."""
    from parley.clean import clean_text

    records = load_labels(pages_dir)
    if limit:
        records = records[:limit]
    texts = [(r, (pages_dir / "pages" / r["id"]).read_text(encoding="utf-8")) for r in records]
    res = Result()
    t0 = time.perf_counter()
    # Warm-up outside the timing: an English text with a glued word loads the word list.
    clean_text("Warm-up text.\nThe two sides held the dialogue in the city and agreed "
               "to meet again next year; theyheld it.")
    res.warmup_seconds = time.perf_counter() - t0
    for rec, raw in texts:
        t = time.perf_counter()
        try:
            output: str | None = cleaned_output(raw.replace("\r\n", "\n").replace("\r", "\n"))
        except Exception as exc:  # a crash scores TP = FP = 0, as the README says
            output = None
            print(f"crash on {rec['id']}: {exc!r}", file=sys.stderr)
        res.seconds += time.perf_counter() - t
        c = score_page(output, rec["with"], rec["without"])
        res.all.add(c)
        if rec.get("lang") == "en":
            res.en.add(c)
        res.per_page.append({"id": rec["id"], "lang": rec.get("lang"), "tp": c.tp, "fn": c.fn,
                             "fp": c.fp, "tn": c.tn, "crash": bool(c.crashes)})
    return res


def _fmt(name: str, s: dict) -> str:
    return (f"{name:<4} pages {s['pages']:>4}  P {s['precision']:.4f}  R {s['recall']:.4f}  "
            f"F1 {s['f1']:.4f}  (TP {s['tp']} FN {s['fn']} FP {s['fp']} TN {s['tn']}, "
            f"crashes {s['crashes']})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=Path, default=DEFAULT_PAGES,
                    help="benchmark folder holding labels.jsonl and pages/ "
                         "(default: ../shared/bench/boilerplate)")
    ap.add_argument("--json", type=Path, default=None, help="write the scores as JSON here")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    args = ap.parse_args(argv)
    if not (args.pages / "labels.jsonl").is_file():
        print(f"boilerplate benchmark not found at {args.pages} (needs labels.jsonl and pages/); "
              "nothing to do.", file=sys.stderr)
        return 0
    res = run(args.pages, args.limit)
    summary = res.summary()
    print(_fmt("all", summary["all"]))
    print(_fmt("en", summary["en"]))
    print(f"cleaning time: {summary['ms_per_page']:.2f} ms/page "
          f"(one-time warm-up {summary['warmup_ms']:.0f} ms, not included)")
    if args.json:
        summary["per_page"] = res.per_page
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
