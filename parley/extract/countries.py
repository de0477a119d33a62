"""Country mentions: names, short forms, demonyms and ministries -> ISO alpha-2, with offsets.

Matching is case-sensitive on folded text ("US" the country, not "us"), longest phrase
first ("Republic of Korea" before "Korea"), and phrases in the ignore list hide the country
word inside them ("South China Sea"). The vocabulary is pycountry plus
``data/countries.toml``.
"""

from __future__ import annotations

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


def _find_countries(text: str) -> list[CountryMention]:
    # a phrase never spans punctuation: "Vietnam, US" is two mentions
    return [CountryMention(a, b, code, text[a:b])
            for a, b, code in lexicon.match_phrases(text, lexicon.countries()) if code]


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
