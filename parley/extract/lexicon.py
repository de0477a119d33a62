"""The extraction vocabularies, loaded once from ``parley/extract/data``.

Cue lists, aliases and thresholds live in data files with a comment saying why (so they can
be extended for new outlets and country pairs without touching code); this module only reads
them into lookup structures. Everything is cached: worker processes load it once.
"""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from parley.extract.fold import fold, fold_same_length

# Tokens for phrase lookup: letter runs with inner apostrophes and inner dots ("U.S", "R.O.K",
# "People's"); a trailing dot is left out so "U.S." and "U.S" look up the same key.
PHRASE_TOKEN_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*(?:\.[A-Za-z]+)*")


def _data(name: str) -> str:
    return resources.files("parley.extract").joinpath("data", name).read_text(encoding="utf-8")


@cache
def _toml(name: str) -> dict:
    return tomllib.loads(_data(name))


def phrase_key(text: str) -> tuple[str, ...]:
    """Lookup key of a phrase: its folded tokens (case kept)."""
    return tuple(PHRASE_TOKEN_RE.findall(fold(text)))


@dataclass(frozen=True)
class PhraseIndex:
    """Longest-match lookup of multi-word phrases over a token sequence."""

    table: dict[tuple[str, ...], str | None]
    max_len: int
    # first word -> the most words of a phrase starting with it (``lookup_tokens`` tries no
    # longer keys)
    reach: dict[str, int]


def _index(pairs: list[tuple[str, str | None]]) -> PhraseIndex:
    table: dict[tuple[str, ...], str | None] = {}
    for phrase, value in pairs:
        key = phrase_key(phrase)
        if key:
            table.setdefault(key, value)
    reach: dict[str, int] = {}
    for key in table:
        reach[key[0]] = max(reach.get(key[0], 0), len(key))
    return PhraseIndex(table, max((len(k) for k in table), default=1), reach)


@cache
def countries() -> PhraseIndex:
    """Country names, short forms, demonyms and ministries -> alpha-2 (None: not a country).

    pycountry gives the official and common names; ``countries.toml`` adds what news text
    uses. Phrases in its ``ignore`` list ("South China Sea") map to None, so the longest match
    hides the country word inside them.
    """
    import pycountry

    data = _toml("countries.toml")
    pairs: list[tuple[str, str | None]] = []
    for phrase in data["ignore"]["phrases"]:
        pairs.append((phrase, None))
    for code, aliases in data["aliases"].items():
        for alias in aliases:
            pairs.append((alias, code))
            if len(alias) >= 4 and alias.upper() != alias:
                pairs.append((alias.upper(), code))  # datelines in capitals: "VIETNAM, April 24"
    skip = set(data["ignore"]["names"])
    for c in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            name = getattr(c, attr, None)
            if name and "," not in name and name not in skip:
                pairs.append((name, c.alpha_2))
    return _index(pairs)


@cache
def country_combining_forms() -> dict[str, str]:
    """"Indo" -> IN, "Sino" -> CN: first parts of a hyphenated pair ("Indo-German")."""
    return dict(_toml("countries.toml").get("combining", {}).get("forms", {}))


@cache
def ordinals() -> dict[str, int]:
    """Ordinal words -> numbers, including compounds ("twenty-first")."""
    data = _toml("ordinals.toml")
    words = dict(data["words"])
    units = {k: v for k, v in words.items() if v < 10}
    for tens_word, tens in data["tens"].items():
        for unit_word, unit in units.items():
            words[f"{tens_word}-{unit_word}"] = tens + unit
    return words


@cache
def ordinal_nouns() -> frozenset[str]:
    """Nouns after which a bare Roman numeral is an edition ("VII Round")."""
    return frozenset(_toml("ordinals.toml").get("roman", {}).get("before", []))


@cache
def outlets() -> dict[str, str]:
    """Folded, lower-cased outlet spelling -> canonical outlet name."""
    out = {}
    for canon, others in _toml("outlets.toml")["outlets"].items():
        for name in (canon, *others):
            out[fold(name).lower()] = canon
    return out


@dataclass(frozen=True)
class City:
    canonical: str
    country: str


@cache
def cities() -> PhraseIndex:
    """City spellings -> canonical name (see ``city_info`` for the country)."""
    pairs: list[tuple[str, str | None]] = []
    for row in _city_rows():
        for alias in (row.canonical, *row.aliases):
            pairs.append((alias, row.canonical))
            pairs.append((alias.upper(), row.canonical))  # datelines: "HANOI (VNA) -"
    return _index(pairs)


@dataclass(frozen=True)
class _CityRow:
    canonical: str
    country: str
    aliases: tuple[str, ...]


@cache
def _city_rows() -> list[_CityRow]:
    lines = [ln for ln in _data("cities.csv").splitlines() if ln and not ln.startswith("#")]
    rows = []
    for rec in csv.DictReader(lines):
        aliases = tuple(a for a in (rec["aliases"] or "").split("|") if a)
        rows.append(_CityRow(rec["canonical"], rec["country"], aliases))
    return rows


@cache
def city_info() -> dict[str, City]:
    return {r.canonical: City(r.canonical, r.country) for r in _city_rows()}


@cache
def currencies() -> dict:
    return _toml("currencies.toml")


@cache
def people_vocab() -> dict:
    return _toml("people.toml")


@cache
def mechanism_vocab() -> dict:
    return _toml("mechanism.toml")


@cache
def places_vocab() -> dict:
    return _toml("places.toml")


@cache
def dates_vocab() -> dict:
    return _toml("dates.toml")


@cache
def topic_cues() -> dict[str, tuple[re.Pattern[str], frozenset[str] | None]]:
    """Topic -> one compiled pattern of its cue phrases (matched on folded lower-case text) and
    the literals one of which any match contains (None: no prefilter; see ``prefilter``)."""
    from parley.extract.prefilter import required_literals

    out = {}
    for topic, spec in _toml("topics.toml").items():
        triggers: set[str] | None = set()
        for cue in spec["cues"]:
            lits = required_literals(cue)
            if lits is None or triggers is None:
                triggers = None
            else:
                triggers |= lits
        out[topic] = (re.compile(_cue_alternation(spec["cues"])),
                      frozenset(triggers) if triggers is not None else None)
    return out


# A cue's leading lookbehinds ("(?<!pacific )") and word boundary, as written in topics.toml.
_LEADING_BOUNDARY = re.compile(r"^((?:\(\?<!\w[^()]*\))*)\\b")


def _cue_alternation(cues: list[str]) -> str:
    """One pattern matching any of ``cues``, each as written ("(?:c1)|(?:c2)|...").

    When every cue starts with a word boundary (after lookbehinds only), the boundary is
    written once in front: ``\\b(?:(?:c1)|(?:c2))`` matches exactly the same spans (both
    are zero-width tests at the same position, and assertions commute), but the engine
    tests it once per position instead of once per cue, and skips the lookbehinds inside a
    word (trade_economy's whole-text search: 7x faster).
    """
    if not all(_hoistable(c) for c in cues):
        return "|".join(f"(?:{c})" for c in cues)
    rests = []
    for cue in cues:
        m = _LEADING_BOUNDARY.match(cue)
        rests.append(m.group(1) + cue[m.end():])
    return r"\b(?:" + "|".join(f"(?:{r})" for r in rests) + ")"


def any_of(patterns: list[str]) -> list[re.Pattern[str]]:
    """Fewer patterns that match some text exactly when one of ``patterns`` does: those that
    start with a word boundary as one alternation (``_cue_alternation``), the others alone.
    For ``any(p.search(s) for p in ...)`` tests, which then scan the text once or twice."""
    bounded = [p for p in patterns if _hoistable(p)]
    rest = [re.compile(p) for p in patterns if not _hoistable(p)]
    return ([re.compile(_cue_alternation(bounded))] if bounded else []) + rest


def _hoistable(cue: str) -> bool:
    m = _LEADING_BOUNDARY.match(cue)
    return bool(m) and _starts_with_boundary(cue, m.group(1).count("(?<!"))


def _starts_with_boundary(cue: str, n_lookbehinds: int) -> bool:
    """Whether the parsed ``cue`` is ``n_lookbehinds`` lookbehinds, then ``\\b``, then the
    rest in sequence (a top-level "|" would parse as one branch: not hoistable)."""
    import re._constants as C
    import re._parser as P

    items = list(P.parse(cue).data)
    if len(items) <= n_lookbehinds:
        return False
    if any(op is not C.ASSERT_NOT or av[0] != -1 for op, av in items[:n_lookbehinds]):
        return False
    op, av = items[n_lookbehinds]
    return op is C.AT and av is C.AT_BOUNDARY


def words_re(phrases: list[str]) -> re.Pattern[str]:
    """Any of ``phrases`` as whole words ("held", "agreed to hold"), longest first."""
    alts = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


def lookup_tokens(index: PhraseIndex, tokens: list[str], i: int,
                  limit: int | None = None) -> tuple[int, str | None]:
    """Longest phrase of ``index`` starting at token ``i`` and at most ``limit`` tokens long:
    (length, value); (0, None) if none.

    The last token may carry a possessive ("Vietnam's") that the phrase does not.
    """
    table = index.table
    longest = min(index.max_len, len(tokens) - i, limit or index.max_len)
    # A key of two or more words starts with the first word as printed or uncapped (only the
    # last word loses a possessive): longer keys than the phrases starting with either are
    # not in the table. One word is always tried (its possessive-less form may be).
    first = tokens[i]
    reach = index.reach.get(first, 0)
    if _is_caps(first):
        reach = max(reach, index.reach.get(first.capitalize(), 0))
    longest = min(longest, max(reach, 1))
    for n in range(longest, 0, -1):
        key = tuple(tokens[i:i + n])
        for k in (key, _uncapped(key)):
            if k is None:
                continue
            if k in table:
                return n, table[k]
            last = k[-1]
            if last.endswith(("'s", "’s")):
                key2 = (*k[:-1], last[:-2])
                if key2 in table:
                    return n, table[key2]
    return 0, None


# A word printed in capitals at least this long may be a name in newspaper lead style
# ("PAPUA New Guinea and Indonesia ...", "ZAMBIA and Malawi ..."): shorter ones are acronyms
# ("US", "UK", "EU") that the vocabularies list as printed.
CAPS_WORD_MIN = 3


def _is_caps(t: str) -> bool:
    """A word in capitals that ``_uncapped`` title-cases."""
    return len(t) >= CAPS_WORD_MIN and t.isupper() and t.isalpha()


def _uncapped(key: tuple[str, ...]) -> tuple[str, ...] | None:
    """``key`` with its words in capitals title-cased ("PAPUA New Guinea" -> "Papua New
    Guinea"), or None when none is. Why: a lead's first word(s) in capitals are the same
    name; only tried when the key as printed names nothing."""
    if not any(len(t) >= CAPS_WORD_MIN and t.isupper() and t.isalpha() for t in key):
        return None
    return tuple(t.capitalize() if len(t) >= CAPS_WORD_MIN and t.isupper() and t.isalpha()
                 else t for t in key)


def match_phrases(text: str, index: PhraseIndex,
                  joiners: tuple[str, ...] = (" ",)) -> list[tuple[int, int, str | None]]:
    """Longest non-overlapping phrases of ``index`` in ``text``: (start, end, value).

    A phrase starts at a capitalised token and spans only tokens separated by one of
    ``joiners`` ("Vietnam, US" is two countries; "Washington, D.C" one city when ", " joins).
    A phrase whose value is None (an ignore-list entry) is returned too, so callers can let it
    hide what it contains.
    """
    folded = fold_same_length(text)
    matches = list(PHRASE_TOKEN_RE.finditer(folded))
    words = [m.group() for m in matches]
    reach = index.reach
    out = []
    i = 0
    while i < len(words):
        if words[i][0].isupper() and _may_start(words[i], reach):
            limit = _joined(folded, matches, i, index.max_len, joiners)
            n, value = lookup_tokens(index, words, i, limit)
            if n:
                out.append((matches[i].start(), matches[i + n - 1].end(), value))
                i += n
                continue
        i += 1
    return out


def _may_start(word: str, reach: dict[str, int]) -> bool:
    """Whether a phrase may start at ``word``: as printed, uncapped or (alone) without its
    possessive, it is some phrase's first word. Why: most capitalised words start none, and
    ``lookup_tokens`` would find nothing for them."""
    return word in reach or (_is_caps(word) and word.capitalize() in reach) or (
        word.endswith(("'s", "’s")) and word[:-2] in reach)


def _joined(folded: str, matches: list[re.Match[str]], i: int, most: int,
            joiners: tuple[str, ...]) -> int:
    """How many tokens from ``i`` on are joined by ``joiners`` (itself included), counted up
    to ``most`` (no phrase is longer)."""
    n = 1
    while n < most and i + n < len(matches) and \
            folded[matches[i + n - 1].end():matches[i + n].start()] in joiners:
        n += 1
    return n
