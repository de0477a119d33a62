"""Split words glued together where a scraper lost a line break ("extensiveand").

English only. A token is split only when it is not a dictionary word and every part of the
split is a *frequent* dictionary word; proper names and correctly spelled words are left alone.
The symspellpy frequency dictionary is loaded lazily, once per process.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

# Parts must be at least this frequent in the 82,765-word English frequency list. The list
# counts occurrences in a ~1e11-word corpus; 1e6 keeps common words ("hung": 1.3e7,
# "issues": 1.5e8) and rejects rare fragments the segmenter would otherwise invent ("ion",
# "idation"-style pieces of typos, at ~1e5-1e6) and most surname fragments.
MIN_PART_COUNT = 1_000_000
# One-letter parts are allowed only for real one-letter words.
ONE_LETTER_WORDS = frozenset({"a", "i"})
# Tokens shorter than this are never split: short non-words are mostly abbreviations.
MIN_TOKEN_LEN = 5
# At most this many parts: "theco" -> 2, "nationalsecurityadviser" -> 3; more is noise.
MAX_PARTS = 3
# Letters-only tokens (ASCII), optionally capitalised; hyphenated compounds split per part.
# Only runs of MIN_TOKEN_LEN+ letters can be split, so shorter runs are not even matched.
_TOKEN_RE = re.compile(rf"[A-Za-z]{{{MIN_TOKEN_LEN},}}")


@lru_cache(maxsize=1)
def _symspell():
    """The SymSpell instance with the English frequency dictionary (built once per process)."""
    import symspellpy
    from symspellpy import SymSpell

    path = os.path.join(os.path.dirname(symspellpy.__file__),
                        "frequency_dictionary_en_82_765.txt")
    sym = SymSpell(max_dictionary_edit_distance=0, prefix_length=7)
    sym.load_dictionary(path, term_index=0, count_index=1)
    return sym


def words() -> dict[str, int]:
    """Word -> corpus count of the English frequency dictionary."""
    return _symspell().words


def is_word(token: str) -> bool:
    return token.lower() in words()


# A capitalised token is often a name whose syllables are words ("Yuanming", "Taufanto"). It
# is split only as <first part of 3+ letters> + <one word that is long (5+ letters) or very
# common (1e8+: "from", "has", "was")>: "Hungconveyed", "Newsfrom"; name syllables are short
# and rarely that common.
CAP_SECOND_MIN_LEN = 5
CAP_SECOND_COMMON = 100_000_000


def _capitalised_ok(parts: list[str], vocab: dict[str, int]) -> bool:
    if len(parts) != 2 or len(parts[0]) < 3:
        return False
    second = parts[1]
    return len(second) >= CAP_SECOND_MIN_LEN or vocab.get(second, 0) >= CAP_SECOND_COMMON


@lru_cache(maxsize=65536)
def split_token(token: str) -> str:
    """``token`` with spaces inserted where it is two or three glued frequent words."""
    if len(token) < MIN_TOKEN_LEN or not token.isascii() or not token.isalpha():
        return token
    low = token.lower()
    vocab = words()
    if low in vocab:
        return token
    rest = token[1:]
    if not (rest.islower() or token.islower()):
        return token  # ALLCAPS or CamelCase: acronyms and brand names, leave alone
    seg = _symspell().word_segmentation(low, max_edit_distance=0)
    parts = seg.corrected_string.split()
    if not 2 <= len(parts) <= MAX_PARTS or "".join(parts) != low:
        return token
    for p in parts:
        if len(p) == 1 and p not in ONE_LETTER_WORDS:
            return token
        if vocab.get(p, 0) < MIN_PART_COUNT:
            return token
    if token[0].isupper() and not _capitalised_ok(parts, vocab):
        return token
    out, pos = [], 0
    for p in parts:
        out.append(token[pos:pos + len(p)])
        pos += len(p)
    return " ".join(out)


def split_glued(text: str) -> str:
    """Repair glued words in an English line (other lines should not be passed in)."""
    return _TOKEN_RE.sub(lambda m: split_token(m.group()), text)
