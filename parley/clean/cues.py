"""Load the generic cue lists (data/cues.toml) once."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources

import ahocorasick


@lru_cache(maxsize=1)
def cues() -> dict:
    data = (resources.files("parley.clean") / "data" / "cues.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)


def literal_pattern(words) -> str:
    """A regex source matching any of ``words`` (literal strings), as a trie of alternations:
    "abc|abd|x" becomes "(?:ab(?:c|d)|x)". The regex engine tries the branches of an
    alternation one by one at every position, so a flat list of a hundred cue phrases costs a
    hundred tests per character; the trie costs one test per distinct next character. A word
    that ends where a longer one continues gets an empty last branch ("abc(?:de|)"), which
    keeps the longest-first order of a flat list sorted by length. No quantifiers at all."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if "" in node and branches:
            branches.append("")
        if not branches:
            return ""
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return build(trie)


def literal_finder(words: Iterable[str]) -> Callable[[str], bool]:
    """A test "does the text contain any of ``words`` (literal strings, anywhere)?" as one
    Aho-Corasick pass (pyahocorasick): linear in the text whatever the number of words. The
    regex engine, even on a ``literal_pattern`` trie, tries the trie at every character that
    starts some word (most characters, for a list of a few hundred cues): three times slower
    on the cleaner's lines. For patterns with anchors or word boundaries, use
    ``literal_pattern``."""
    automaton = ahocorasick.Automaton()
    for w in {w for w in words if w}:
        automaton.add_word(w, w)
    if not len(automaton):
        return lambda text: False
    automaton.make_automaton()
    first = automaton.iter

    def found(text: str) -> bool:
        return next(first(text), None) is not None

    return found


def with_spaced_colons(words) -> list[str]:
    """``words`` plus, for each cue ending in ":", the same cue with a space before the colon:
    French typography prints "Mots-clés :" and "Lire aussi :" (a no-break space, which the
    cleaner has made a space)."""
    out = list(words)
    out += [w[:-1].rstrip() + " :" for w in words if w.endswith(":") and not w.endswith(" :")]
    return out
