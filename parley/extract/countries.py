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
from parley.extract.fold import fold_same_length


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
    folded = fold_same_length(text)
    matches = list(lexicon.PHRASE_TOKEN_RE.finditer(folded))
    words = [m.group() for m in matches]
    # how many following tokens are joined to each by plain spaces (a phrase never spans
    # punctuation: "Vietnam, US" is two mentions, "Republic of Korea" is one)
    run = [1] * len(matches)
    for i in range(len(matches) - 2, -1, -1):
        between = folded[matches[i].end():matches[i + 1].start()]
        if between == " ":
            run[i] = run[i + 1] + 1
    index = lexicon.countries()
    out: list[CountryMention] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w[0].isupper():
            n, code = lexicon.lookup_tokens(index, words, i, run[i])
            if n:
                if code:
                    a, b = matches[i].start(), matches[i + n - 1].end()
                    out.append(CountryMention(a, b, code, text[a:b]))
                i += n
                continue
        i += 1
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
