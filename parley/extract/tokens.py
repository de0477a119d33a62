"""Word tokens with offsets, on diacritic-folded text of the same length.

Folding keeps one character per character (``fold_same_length``), so a token's offsets are
offsets in the original paragraph too; matchers compare the folded lower-case form and
evidence points at what was printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from parley.extract.fold import fold_same_length

# A word: an acronym with dots between single letters ("U.S", "D.C", "R.O.K"; the trailing dot
# is not part of it), or letters/digits with inner apostrophes, hyphens and "+" ("2+2").
# Bounded, non-nested quantifiers: linear time.
WORD_RE = re.compile(r"(?:[A-Za-z]\.){1,5}[A-Za-z](?![A-Za-z0-9])"
                     r"|[A-Za-z0-9]+(?:['’+\-][A-Za-z0-9]+)*")


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # as printed
    low: str  # folded, lower-case
    start: int
    end: int

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


@lru_cache(maxsize=4096)
def tokenize(text: str) -> tuple[Token, ...]:
    """The words of ``text`` (cached: mention and people stages read the same paragraph)."""
    folded = fold_same_length(text)
    return tuple(Token(text[m.start():m.end()], m.group().lower(), m.start(), m.end())
                 for m in WORD_RE.finditer(folded))


def gap(text: str, left: Token, right: Token) -> str:
    """The characters between two tokens."""
    return text[left.end:right.start]
