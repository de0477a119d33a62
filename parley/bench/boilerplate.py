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

Corpus section: over ``../shared/corpus/seeds`` and ``../shared/corpus/real``, how many gold
``keep`` snippets stay in the cleaned output, how many ``drop`` snippets leave it, and how
many headlines equal the gold ``headline`` (counted as ``tests/test_clean_quality_gate.py``
counts them).

``--split even|odd`` scores only the pages whose id hashes (MD5) to that parity: rules are
tuned on one half and checked on the other. ``--pin`` rewrites
``tests/quality/clean_baseline.json`` with the scores just measured (do it only when they
improved; the quality gate fails on a later drop).
A benchmark, not a test: nothing asserts (``tests/test_clean_quality_gate.py`` does).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PAGES = ROOT.parent / "shared" / "bench" / "boilerplate"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
BASELINE = ROOT / "tests" / "quality" / "clean_baseline.json"
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


def split_of(page_id: str) -> str:
    """"even" or "odd": the parity of the MD5 of a page id (a fixed, arbitrary half)."""
    return "even" if int(hashlib.md5(page_id.encode()).hexdigest(), 16) % 2 == 0 else "odd"


def run(pages_dir: Path = DEFAULT_PAGES, limit: int | None = None,
        split: str | None = None) -> Result:
    """Clean and score every labelled page (the first ``limit`` ones when given; only one
    half when ``split`` is "even" or "odd")."""
    from parley.clean import clean_text

    records = load_labels(pages_dir)
    if split:
        records = [r for r in records if split_of(r["id"]) == split]
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


def corpus_counts(folder: Path) -> dict[str, int]:
    """keep/drop snippets and headlines passing over one corpus folder (seeds or real).

    Keep snippets are copied from the raw text, so one with a glued word ("regionalissues")
    no longer matches after repair: such a snippet passes when it occurs in the *raw* text of
    a kept line (or of the headline line), i.e. the paragraph holding it was kept.
    """
    from parley.clean import clean_text

    out = {"keep_pass": 0, "keep_total": 0, "drop_pass": 0, "drop_total": 0,
           "headline_pass": 0, "docs": 0}
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        raw = (folder / rec["id"]).read_text(encoding="utf-8")
        doc = clean_text(raw)
        output = normalise((doc.headline or "") + "\n" + doc.body)
        kept_raw = normalise("\n".join(ln.raw for ln in doc.lines
                                       if ln.reason in (None, "headline")))
        out["docs"] += 1
        out["headline_pass"] += int(doc.headline == rec.get("headline"))
        for snip in rec["keep"]:
            out["keep_total"] += 1
            out["keep_pass"] += int(normalise(snip) in output or normalise(snip) in kept_raw)
        for snip in rec["drop"]:
            out["drop_total"] += 1
            out["drop_pass"] += int(normalise(snip) not in output)
    return out


def corpus(corpus_dir: Path = DEFAULT_CORPUS) -> dict[str, dict[str, int]]:
    """keep/drop/headline pass counts per corpus folder present (seeds, real)."""
    return {name: corpus_counts(corpus_dir / name) for name in ("seeds", "real")
            if (corpus_dir / name / "gold.jsonl").is_file()}


def pin(summary: dict, corpus_counts: dict, path: Path = BASELINE) -> None:
    """Write the measured scores as the quality gate's new baseline."""
    keys = ("precision", "recall", "f1", "tp", "fn", "fp", "tn")
    data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    data["command"] = "python -m parley.bench.boilerplate --pin"
    data["benchmark"] = {part: {k: round(summary[part][k], 4) if isinstance(summary[part][k],
                                                                               float)
                                else summary[part][k] for k in keys}
                         for part in ("all", "en")}
    data["ms_per_page_measured"] = round(summary["ms_per_page"], 2)
    data["corpus"] = corpus_counts
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=Path, default=DEFAULT_PAGES,
                    help="benchmark folder holding labels.jsonl and pages/ "
                         "(default: ../shared/bench/boilerplate)")
    ap.add_argument("--json", type=Path, default=None, help="write the scores as JSON here")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    ap.add_argument("--split", choices=("even", "odd"), default=None,
                    help="score only the pages whose id hash has this parity")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="folder holding seeds/ and real/ with gold.jsonl "
                         "(default: ../shared/corpus)")
    ap.add_argument("--pin", action="store_true",
                    help=f"write the scores to {BASELINE.relative_to(ROOT)} (full run only)")
    args = ap.parse_args(argv)
    if not (args.pages / "labels.jsonl").is_file():
        print(f"boilerplate benchmark not found at {args.pages} (needs labels.jsonl and pages/); "
              "nothing to do.", file=sys.stderr)
        return 0
    res = run(args.pages, args.limit, args.split)
    summary = res.summary()
    print(_fmt("all", summary["all"]))
    print(_fmt("en", summary["en"]))
    print(f"cleaning time: {summary['ms_per_page']:.2f} ms/page "
          f"(one-time warm-up {summary['warmup_ms']:.0f} ms, not included)")
    counts = corpus(args.corpus)
    for name, c in counts.items():
        print(f"corpus {name:<5} keep {c['keep_pass']}/{c['keep_total']}  "
              f"drop {c['drop_pass']}/{c['drop_total']}  "
              f"headline {c['headline_pass']}/{c['docs']}")
    if args.pin:
        if args.limit or args.split:
            print("--pin needs a full run (no --limit, no --split)", file=sys.stderr)
            return 2
        pin(summary, counts)
        print(f"pinned to {BASELINE}")
    if args.json:
        summary["per_page"] = res.per_page
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
