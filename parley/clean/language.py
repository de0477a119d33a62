"""Stopword lists (data/stopwords/<lang>.txt) and page-level language guessing."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from importlib import resources

# A page's language is the list that covers the most of its words, provided it covers at
# least this share: function words are ~40% of running text in these languages, while a page
# of menus and names in an unlisted language reaches a few percent by accident.
MIN_LANG_SHARE = 0.08


@lru_cache(maxsize=1)
def stopwords() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    folder = resources.files("parley.clean") / "data" / "stopwords"
    for entry in folder.iterdir():
        if not entry.name.endswith(".txt"):
            continue
        words: set[str] = set()
        for line in entry.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                words.update(line.split())
        out[entry.name[:-4]] = frozenset(words)
    return out


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, ...]]:
    """Stopword -> the languages listing it (one dict lookup per word instead of eight)."""
    idx: dict[str, list[str]] = {}
    for lang, sw in stopwords().items():
        for w in sw:
            idx.setdefault(w, []).append(lang)
    return {w: tuple(langs) for w, langs in idx.items()}


def guess_language(words: list[str]) -> str | None:
    """The stopword list that covers most of ``words`` (already lower-cased), or None."""
    if not words:
        return None
    counts = dict.fromkeys(stopwords(), 0)
    index = _index()
    for w, c in Counter(words).items():  # each distinct word once
        for lang in index.get(w, ()):
            counts[lang] += c
    lang, best = max(counts.items(), key=lambda kv: kv[1])
    return lang if best >= MIN_LANG_SHARE * len(words) else None


def stop_ratio(words: list[str], sw: frozenset[str]) -> float:
    if not words:
        return 0.0
    return sum(1 for w in words if w in sw) / len(words)


# The line's own language is looked up only for lines of at least this many words whose share
# under the page's list is below this: menu items are too short to matter, and a share this
# high already marks prose (density.STOPWORDS_HIGH). Saves most of the lookups.
OWN_LANG_MIN_WORDS = 6
OWN_LANG_BELOW = 0.30


def best_stop_ratio(words: list[str], sw: frozenset[str]) -> float:
    """Stopword share of ``words`` under the page's list ``sw`` or, when higher, under the
    list of the line's own language: a page may quote a paragraph in another language, and a
    page whose language guess was swayed by English furniture still has prose in its own."""
    if not words:
        return 0.0
    own = sum(map(sw.__contains__, words))  # True counts 1; the C-level loop is faster
    if len(words) < OWN_LANG_MIN_WORDS or own >= OWN_LANG_BELOW * len(words):
        return own / len(words)
    counts: dict[str, int] = {}
    index = _index()
    for w in words:
        for lang in index.get(w, ()):
            counts[lang] = counts.get(lang, 0) + 1
    best = max(counts.values(), default=0)
    return max(own, best) / len(words)
