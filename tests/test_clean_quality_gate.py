"""Quality gate of the cleaner: the boilerplate benchmark and the corpora's keep/drop snippets.

Pinned values live in tests/quality/clean_baseline.json. The benchmark F1 (all pages and
English pages) may not drop more than F1_TOLERANCE below the pin; the corpus pass counts may
not drop at all. Skips when ../shared is absent.

Keep snippets are copied from the raw text, so one with a glued word ("regionalissues") no
longer matches after repair: such a snippet passes when it occurs in the *raw* text of a kept
line (or of the headline line), i.e. the paragraph holding it was kept.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from parley.clean import clean_text

SHARED = Path(os.environ.get("PARLEY_SHARED") or Path(__file__).resolve().parents[2] / "shared")

BASELINE = Path(__file__).parent / "quality" / "clean_baseline.json"
F1_TOLERANCE = 0.01
_WS = re.compile(r"\s+")


def _ws(s: str) -> str:
    return _WS.sub(" ", s).strip()


def corpus_counts(folder: Path) -> dict[str, int]:
    """keep/drop snippets passing over one corpus folder (seeds or real)."""
    out = {"keep_pass": 0, "keep_total": 0, "drop_pass": 0, "drop_total": 0,
           "headline_pass": 0, "docs": 0}
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        raw = (folder / rec["id"]).read_text(encoding="utf-8")
        doc = clean_text(raw)
        output = _ws((doc.headline or "") + "\n" + doc.body)
        kept_raw = _ws("\n".join(ln.raw for ln in doc.lines if ln.reason in (None, "headline")))
        out["docs"] += 1
        out["headline_pass"] += int(doc.headline == rec.get("headline"))
        for snip in rec["keep"]:
            out["keep_total"] += 1
            out["keep_pass"] += int(_ws(snip) in output or _ws(snip) in kept_raw)
        for snip in rec["drop"]:
            out["drop_total"] += 1
            out["drop_pass"] += int(_ws(snip) not in output)
    return out


def _baseline() -> dict:
    return json.loads(BASELINE.read_text(encoding="utf-8"))


@pytest.mark.shared
def test_benchmark_f1_not_below_pin():
    bench = SHARED / "bench" / "boilerplate"
    if not (bench / "labels.jsonl").is_file():
        pytest.skip(f"{bench} not present (../shared is optional)")
    from parley.bench.boilerplate import run

    summary = run(bench).summary()
    pin = _baseline()["benchmark"]
    for part in ("all", "en"):
        got = summary[part]["f1"]
        assert got >= pin[part]["f1"] - F1_TOLERANCE, (
            f"{part} F1 {got:.4f} fell below the pinned {pin[part]['f1']:.4f}")
    assert summary["all"]["crashes"] == 0


@pytest.mark.shared
@pytest.mark.parametrize("name", ["seeds", "real"])
def test_corpus_keep_drop_not_below_pin(name):
    folder = SHARED / "corpus" / name
    if not (folder / "gold.jsonl").is_file():
        pytest.skip(f"{folder} not present (../shared is optional)")
    got = corpus_counts(folder)
    pin = _baseline()["corpus"][name]
    for key in ("keep_pass", "drop_pass", "headline_pass"):
        assert got[key] >= pin[key], f"{name} {key}: {got[key]} < pinned {pin[key]}"
