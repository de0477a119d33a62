"""Extraction quality gate: no field may score below the pin on the gold corpora.

Scores come from ``parley.evaluate.gate`` (the same scorer as ``parley eval``); the pins are
in tests/quality/extract_baseline.json. Skips when ../shared is absent.
"""

from __future__ import annotations

import json

import pytest
from conftest import shared_path

from parley.evaluate.gate import BASELINE, CORPORA, corpus_scores

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def scores():
    shared = shared_path("corpus").parent
    return corpus_scores(shared)


@pytest.mark.parametrize("corpus", [*CORPORA, "all"])
def test_no_field_below_its_pin(scores, corpus):
    pinned = json.loads(BASELINE.read_text())[corpus]
    drops = {f: (scores[corpus][f], p) for f, p in pinned.items() if scores[corpus][f] < p}
    assert not drops, f"{corpus}: fields below their pin (now, pinned): {drops}"


def test_every_field_is_pinned():
    pinned = json.loads(BASELINE.read_text())
    from parley.evaluate.gold import FIELDS

    for corpus in (*CORPORA, "all"):
        assert set(pinned[corpus]) == set(FIELDS)
