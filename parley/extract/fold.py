"""Diacritic folding without a GPL dependency (Unidecode is GPL).

``fold`` gives the ASCII form used for ``name_ascii`` and for comparisons; ``fold_same_length``
maps every character to exactly one character so that offsets found in the folded text are
offsets in the original text too (the matchers search folded text, evidence points at raw).
"""

from __future__ import annotations

import re
import unicodedata
from itertools import islice

# Letters NFKD does not decompose into base + combining mark.
_EXTRA = {
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
    "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th",
    "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T",
    # typographic punctuation: folded so patterns only need the ASCII form
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2013": "-", "\u2014": "-", "\u2012": "-",
    "\u2010": "-", "\u2011": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}


def _fold_char(ch: str) -> str:
    if ch in _EXTRA:
        return _EXTRA[ch]
    if ch.isascii():
        return ch
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base if base.isascii() and base else ch


class _FoldTable(dict):
    """str.translate table filled lazily: one computation per distinct character."""

    def __init__(self, same_length: bool):
        super().__init__()
        self.same_length = same_length

    def __missing__(self, code: int) -> str:
        out = _fold_char(chr(code))
        if self.same_length and len(out) != 1:
            out = out[:1] if out else chr(code)
        self[code] = out
        return out


_FULL = _FoldTable(same_length=False)
_SAME = _FoldTable(same_length=True)


# A text with at most this many non-ASCII characters is folded by replacing just those
# (``re.sub``): an English paragraph holds a few (curly quotes, a name's diacritics), and
# ``str.translate`` looks every character up in its table, 6x slower there (bench documents:
# 48 vs 7 us a body). A text with more (a Vietnamese or Cyrillic page) is translated.
SPARSE_NON_ASCII = 32
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


def _apply(text: str, table: _FoldTable) -> str:
    if len(list(islice(_NON_ASCII_RE.finditer(text), SPARSE_NON_ASCII + 1))) \
            > SPARSE_NON_ASCII:
        return text.translate(table)
    return _NON_ASCII_RE.sub(lambda m: table[ord(m.group())], text)


def fold(text: str) -> str:
    """ASCII-folded text: ``Đặng Hoàng Giang`` -> ``Dang Hoang Giang``."""
    if text.isascii():
        return text
    return _apply(text, _FULL)


def fold_same_length(text: str) -> str:
    """Folded text with exactly one output character per input character (offsets kept)."""
    if text.isascii():
        return text
    return _apply(text, _SAME)


def fold_key(text: str) -> str:
    """Comparison key: folded, lowercased, whitespace collapsed, Defense unified to Defence."""
    key = " ".join(fold(text).lower().split())
    return key.replace("defense", "defence")
