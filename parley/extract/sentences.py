"""Sentence splitting with offsets, aware of the abbreviations of titles and ranks.

Diplomatic reports are full of ``Sen. Lt. Gen.``, ``U.S.``, ``D.C.`` and initials (``Andrew J.
Shapiro``): a period after them does not end a sentence. Linear scan, no backtracking.
"""

from __future__ import annotations

import re

# a candidate boundary: terminal punctuation, optional closing quote/bracket, whitespace
_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9\u00c0-\u024f])")
# abbreviations of titles, ranks, months and company words: a period after them is not an end
_ABBREV = frozenset([
    "mr", "mrs", "ms", "dr", "st", "sen", "lt", "gen", "col", "maj", "capt", "cdr", "adm", "brig",
    "lieut", "rt", "hon", "gov", "rep", "no", "vol", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "co", "corp", "inc", "ltd", "jr", "sr", "prof",
    "ma", "vs", "etc", "est",
    # the retired mark after a rank ("Lieutenant General (Ret.) X", "Rear Admiral (ret.) X")
    "ret", "retd",
])
_LAST_TOKEN = re.compile(r"([A-Za-z.]+)$")


def split_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``; whitespace-trimmed, never empty."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        punct_at = m.start()
        if text[punct_at] == ".":
            tok = _LAST_TOKEN.search(text, max(0, punct_at - 12), punct_at)
            word = tok.group(1) if tok else ""
            bare = word.rstrip(".").split(".")[-1].lower()
            if (len(bare) == 1 or bare in _ABBREV or "." in word.rstrip(".")) and tok:
                continue  # an initial, a rank/title abbreviation, or U.S./D.C.
        end = m.end()
        _append(text, start, end, spans)
        start = end
    _append(text, start, len(text), spans)
    return spans


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_spans(text)]
