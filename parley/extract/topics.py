"""Cooperation areas a report discusses, from the vocabulary in corpus/GOLD_FORMAT.md.

Each topic has cue phrases in ``data/topics.toml`` (regular expressions on folded lower-case
text); a topic is listed with the first body sentence that names it, even inside a list of
cooperation areas ("training, military medicine, and UN peacekeeping").
"""

from __future__ import annotations

from parley.extract import lexicon
from parley.extract.fold import fold_same_length


def find_topics(sentences: list[str]) -> dict[str, tuple[int, int, int]]:
    """topic -> (sentence index, start, end of the cue in that sentence), first hit only."""
    cues = lexicon.topic_cues()
    found: dict[str, tuple[int, int, int]] = {}
    for i, sentence in enumerate(sentences):
        low = fold_same_length(sentence).lower()
        exact = len(low) == len(sentence)  # else offsets fall back to the whole sentence
        for topic, pat in cues.items():
            if topic in found:
                continue
            m = pat.search(low)
            if m:
                found[topic] = (i, m.start(), m.end()) if exact else (i, 0, len(sentence))
    return found
