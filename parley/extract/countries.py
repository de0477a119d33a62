"""Country mentions: names, short forms, demonyms and ministries -> ISO alpha-2, with offsets.

Matching is case-sensitive on folded text ("US" the country, not "us"), longest phrase
first ("Republic of Korea" before "Korea"), and phrases in the ignore list hide the country
word inside them ("South China Sea"). The vocabulary is pycountry plus
``data/countries.toml``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from parley.extract import lexicon


@dataclass(frozen=True, slots=True)
class CountryMention:
    start: int
    end: int
    code: str
    text: str


@lru_cache(maxsize=4096)
def find_countries(text: str) -> tuple[CountryMention, ...]:
    """Every country mention in ``text``, left to right, non-overlapping.

    Cached: several stages read the same paragraph (mention, people, places).
    """
    return tuple(_find_countries(text))


# "Indo-German": a capitalised combining form right before a hyphen and a capital
_COMBINING_RE = re.compile(r"\b([A-Z][a-z]{2,6})-(?=[A-Z])")


def _find_countries(text: str) -> list[CountryMention]:
    # a phrase never spans other punctuation: "Vietnam, US" is two mentions; a hyphen joins
    # the words of one name ("Timor-Leste", "Guinea-Bissau"), while "Vietnam-US" stays two (no
    # name is "Vietnam US", and the longest name wins)
    out = [CountryMention(a, b, code, text[a:b])
           for a, b, code in lexicon.match_phrases(text, lexicon.countries(), (" ", "-"))
           if code]
    if "-" in text:
        forms = lexicon.country_combining_forms()
        starts = {m.start for m in out}
        extra = [CountryMention(m.start(), m.end() - 1, forms[m.group(1)], m.group(1))
                 for m in _COMBINING_RE.finditer(text)
                 if m.group(1) in forms and m.end() in starts]
        if extra:
            out = sorted(out + extra, key=lambda c: c.start)
    return out


def codes(text: str) -> list[str]:
    """Distinct country codes in order of first mention."""
    return list(dict.fromkeys(m.code for m in find_countries(text)))


def most_mentioned(texts: list[str], n: int = 2) -> list[str]:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    pos = 0
    for t in texts:
        for m in find_countries(t):
            counts[m.code] += 1
            first.setdefault(m.code, pos)
            pos += 1
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    return ranked[:n]
