"""Cooperation areas a report discusses, from the vocabulary in corpus/GOLD_FORMAT.md.

Each topic has cue phrases in ``data/topics.toml`` (regular expressions on folded lower-case
text); a topic is listed with the first body sentence that names it, even inside a list of
cooperation areas ("training, military medicine, and UN peacekeeping").
"""

from __future__ import annotations

from functools import cache

import ahocorasick

from parley.extract import lexicon
from parley.extract.fold import fold_same_length

# A cue match lies within this many characters of the literal it needs (the longest cues,
# "ASEAN ... central role" with a 40-character gap, are well under it), so the regex runs on
# windows around each literal instead of over the whole text.
WINDOW = 160
# Past this many occurrences of one literal, the whole text is scanned once instead.
MAX_WINDOWS = 8


def find_topics(text: str) -> dict[str, tuple[int, int]]:
    """topic -> (start, end) of its first cue in ``text``."""
    low = fold_same_length(text).lower()
    if len(low) != len(text):  # lower-casing changed the length: keep offsets valid
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in fold_same_length(text))
    where = _trigger_places(low)
    found: dict[str, tuple[int, int]] = {}
    for topic, (pat, triggers) in lexicon.topic_cues().items():
        if triggers is None:
            m = pat.search(low)
        elif topic not in where:
            continue  # none of its literals occurs: no cue can match
        else:
            m = _search(pat, where[topic], low)
        if m:
            found[topic] = (m.start(), m.end())
    return found


@cache
def _topics_of() -> dict[str, tuple[str, ...]]:
    """Trigger literal -> the topics whose cues need it."""
    out: dict[str, list[str]] = {}
    for topic, (_, triggers) in lexicon.topic_cues().items():
        for t in triggers or ():
            out.setdefault(t, []).append(topic)
    return {t: tuple(topics) for t, topics in out.items()}


@cache
def _trigger_automaton() -> ahocorasick.Automaton | None:
    """One Aho-Corasick automaton of every topic's trigger literals: a single pass over the
    text finds every occurrence of each (overlapping ones too, as repeated ``str.find`` from
    the next position does), instead of ~185 ``find`` calls per bench document (0.41 ms of
    a document's 3.1 ms of extraction went to topics)."""
    literals = _topics_of()
    if not literals:
        return None
    automaton = ahocorasick.Automaton()
    for lit in literals:
        automaton.add_word(lit, lit)
    automaton.make_automaton()
    return automaton


def _trigger_places(low: str) -> dict[str, list[int]]:
    """Topic -> start offsets in ``low`` of every occurrence of each of its trigger literals
    (one entry per literal and place, as the literals' separate searches would give them)."""
    automaton = _trigger_automaton()
    where: dict[str, list[int]] = {}
    if automaton is None:
        return where
    topics_of = _topics_of()
    for end, lit in automaton.iter(low):
        start = end - len(lit) + 1
        for topic in topics_of[lit]:
            where.setdefault(topic, []).append(start)
    return where


def _search(pat, where: list[int], low: str):
    """The first match of ``pat`` in windows around the places of its literals (the whole text
    once past ``MAX_WINDOWS`` of them)."""
    if len(where) > MAX_WINDOWS:
        return pat.search(low)
    best = None
    # a place two triggers share ("econom", "economic") is one window: its search again
    # would find the same match, which does not start before the best
    for i in sorted(set(where)):
        if best is not None and i - WINDOW > best.start():
            break
        m = pat.search(low, max(0, i - WINDOW), i + WINDOW)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best
