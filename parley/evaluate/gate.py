"""The extraction quality gate: per-field scores on the gold corpora, pinned in a file.

``python -m parley.evaluate.gate`` prints the scores of ``../shared/corpus/seeds`` and
``../shared/corpus/real`` (and both together) next to the pinned ones; ``--pin`` writes the
current scores to ``tests/quality/extract_baseline.json``. ``tests/test_extract_quality_gate.py``
fails when any field scores below its pin.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from parley.evaluate.gold import FIELDS, load_gold, predictions_from_tables, score
from parley.pipeline import run_folder

REPO = Path(__file__).resolve().parents[2]
BASELINE = REPO / "tests" / "quality" / "extract_baseline.json"
CORPORA = ("seeds", "real")


def corpus_scores(shared: Path) -> dict[str, dict[str, float]]:
    """Field -> score per corpus and over both together (documents pooled)."""
    out: dict[str, dict[str, float]] = {}
    preds, golds = {}, []
    for name in CORPORA:
        folder = shared / "corpus" / name
        gold = load_gold(folder / "gold.jsonl")
        p = predictions_from_tables(run_folder(folder))
        out[name] = {k: round(v, 4) for k, v in score(p, gold).scores.items()}
        preds.update(p)
        golds.extend(gold)
    out["all"] = {k: round(v, 4) for k, v in score(preds, golds).scores.items()}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--pin", action="store_true", help="write the scores as the new pins")
    args = ap.parse_args(argv)
    scores = corpus_scores(Path(args.shared))
    pinned = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    print(f"{'field':<20}" + "".join(f"{c:>16}" for c in (*CORPORA, "all")))
    for f in FIELDS:
        row = ""
        for c in (*CORPORA, "all"):
            pin = pinned.get(c, {}).get(f)
            mark = "" if pin is None else (" ▼" if scores[c][f] < pin else "  ")
            row += f"{scores[c][f]:>14.3f}{mark}"
        print(f"{f:<20}{row}")
    if args.pin:
        BASELINE.write_text(json.dumps({
            "_comment": "Pinned by tests/test_extract_quality_gate.py: no field may score "
                        "below its pin. Re-pin with `python -m parley.evaluate.gate --pin` "
                        "only when scores improve.",
            **scores}, indent=1) + "\n")
        print(f"pinned in {BASELINE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
