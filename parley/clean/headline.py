"""Find the article's title line: a title-shaped line just before the text that shares
content words with the lead."""

from __future__ import annotations

from parley.clean.lines import Info
from parley.clean.metadata import is_publication_stamp

# How far back from the first paragraph a title may sit (menus, dates, bylines in between).
MAX_LINES_BEFORE = 8
# Titles are between a couple of words and a long sentence; German titles can be 2 words.
MIN_TITLE_WORDS = 2
MAX_TITLE_WORDS = 40
MIN_TITLE_CHARS = 12
MAX_TITLE_CHARS = 300
# Content words shared with the lead. One shared word is enough only for short titles
# (<= 3 content words); a section name ("News from Japan") shares one word by chance.
MIN_SHARED = 2
# Content words: this long at least, and compared on their first PREFIX letters so
# "defence"/"defense" and "dialogue"/"dialogues" match.
MIN_CONTENT_LEN = 3
PREFIX = 5
# Reasons a title candidate may already carry (it may look like a related link or furniture
# before we know it is the title); never captions, credits or buttons.
_OVERRIDABLE = (None, "boilerplate", "related_links", "navigation", "duplicate")


def content_words(words: list[str], stop: frozenset[str]) -> set[str]:
    out = set()
    for w in words:
        lw = w.lower()
        if len(lw) >= MIN_CONTENT_LEN and lw not in stop and not lw.isdigit():
            out.add(lw[:PREFIX])
    return out


def title_shaped(info: Info) -> bool:
    t = info.text
    if info.sentence_end and not t.endswith(("?", "!", "...", "…")):
        return False
    if not (MIN_TITLE_WORDS <= info.n_words <= MAX_TITLE_WORDS):
        return False
    if not (MIN_TITLE_CHARS <= len(t) <= MAX_TITLE_CHARS):
        return False
    if t.endswith((",", ";")) or is_publication_stamp(t, t.lower()):
        return False
    return t[0].isupper() or t[0].isdigit() or t[0] in "\"'“‘«„"


def find_headline(infos: list[Info], first: int, lead: set[str],
                  stop: frozenset[str]) -> int | None:
    """Index of the headline among the lines before ``first`` (the first paragraph)."""
    seen = 0
    i = first - 1
    best, best_shared = None, 0
    while i >= 0 and seen < MAX_LINES_BEFORE:
        info = infos[i]
        i -= 1
        if not info.text:
            continue
        seen += 1
        if info.reason not in _OVERRIDABLE or not title_shaped(info):
            continue
        cw = content_words(info.words, stop)
        shared = len(cw & lead)
        # Enough shared words, or every content word of a one/two-word title shared.
        if (shared >= MIN_SHARED or (shared >= 1 and shared == len(cw))) \
                and shared > best_shared:
            best, best_shared = info.index, shared  # the most similar; nearest on ties
    return best
