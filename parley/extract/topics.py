"""Cooperation areas a report discusses, from the vocabulary in corpus/GOLD_FORMAT.md.

Each topic has cue phrases in ``data/topics.toml`` (regular expressions on folded lower-case
text); a topic is listed with the first body sentence that names it, even inside a list of
cooperation areas ("training, military medicine, and UN peacekeeping").
"""

from __future__ import annotations

from parley.extract import lexicon
from parley.extract.fold import fold_same_length


def find_topics(text: str) -> dict[str, tuple[int, int]]:
    """topic -> (start, end) of its first cue in ``text`` (one scan of the text per topic)."""
    low = fold_same_length(text).lower()
    if len(low) != len(text):  # lower-casing changed the length: keep offsets valid
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in fold_same_length(text))
    found: dict[str, tuple[int, int]] = {}
    for topic, (pat, triggers) in lexicon.topic_cues().items():
        if triggers is not None and not any(t in low for t in triggers):
            continue  # no literal any cue needs: the regex cannot match
        m = pat.search(low)
        if m:
            found[topic] = (m.start(), m.end())
    return found
