"""Quality gate of the cleaner: the boilerplate benchmark and the corpora's keep/drop snippets.

Pinned values live in tests/quality/clean_baseline.json. The benchmark F1 (all pages and
English pages) may not drop more than F1_TOLERANCE below the pin; the corpus pass counts may
not drop at all. Skips when ../shared is absent.

The corpus counting (``parley.bench.boilerplate.corpus_counts``) is shared with the benchmark
command, whose ``--pin`` rewrites the pinned file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from parley.bench.boilerplate import corpus_counts

SHARED = Path(os.environ.get("PARLEY_SHARED") or Path(__file__).resolve().parents[2] / "shared")

BASELINE = Path(__file__).parent / "quality" / "clean_baseline.json"
F1_TOLERANCE = 0.01


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
