"""Lists the article introduces with a colon ("Key points:", "Highlights:", "What was
agreed:"): a heading line ending with ":" and the short item lines under it, each of which
restates the article in a few words. Such items are too short and too poor in stopwords for the
density stage and, without a final full stop, have the shape of a headline or a related link;
they are the article's own when every one of them shares several content words with the
article's text. A related-stories list shares a word or two (a country, "talks") by chance, and
its heading is an end cue ("Related stories", "Read more:"), which never opens such a list.
"""

from __future__ import annotations

from parley.clean import ending
from parley.clean.headline import info_words, lines_words
from parley.clean.lines import Info

# The heading is a short phrase ending with a colon: "Key points:", "The agreements at a
# glance:"; a longer line ending with ":" introduces a quote or a paragraph, not a list.
MAX_INTRO_WORDS = 6
# An item is a clause: "The two sides agreed to hold joint exercises"; a one- or two-word item
# ("Trade", "Energy and climate") is a menu's shape, a paragraph is longer than a bullet.
MIN_ITEM_WORDS = 4
MAX_ITEM_WORDS = 40
# A list has at least two items ...
MIN_ITEMS = 2
# ... each sharing this many content words with the article text (its summary repeats the
# article's names and nouns; a teaser of another story on the same topic shares one or two).
MIN_ITEM_SHARED = 3
# The heading may stand this many non-blank lines above the article's first paragraph (a
# summary box between the title and the text, with a byline and a date under it; the
# headline stage looks as far, headline.MAX_LINES_BEFORE) or anywhere inside the article.
MAX_LINES_BEFORE = 8
# Reasons an item may carry from the shape rules before its place in the article is known.
_OPEN = (None, "related_links", "navigation", "boilerplate")


def _item(info: Info) -> bool:
    return bool(info.text) and info.reason in _OPEN \
        and MIN_ITEM_WORDS <= info.n_words <= MAX_ITEM_WORDS


def article_lists(infos: list[Info], article: list[int], first: int, last: int,
                  stop: frozenset[str]) -> list[int]:
    """Indices of the headings and items of the article's colon-introduced lists (see the
    module docstring), between MAX_LINES_BEFORE lines above ``first`` and ``last``."""
    if not article:
        return []
    start = first
    seen = 0
    while start > 0 and seen < MAX_LINES_BEFORE:
        start -= 1
        seen += bool(infos[start].text)
    kept = set(article)
    topic: set[str] | None = None
    out: list[int] = []
    idx = start
    while idx < last:
        intro = infos[idx]
        idx += 1
        if (idx - 1 in kept or not intro.text.endswith(":") or intro.reason is not None
                or not 1 <= intro.n_words <= MAX_INTRO_WORDS
                or ending.end_cue(intro) is not None):
            continue
        items: list[int] = []
        k = idx
        while k < len(infos) and k not in kept:
            info = infos[k]
            if info.text:
                if not _item(info):
                    break
                if topic is None:
                    topic = lines_words(infos, article, stop)
                if len(info_words(info, stop) & topic) < MIN_ITEM_SHARED:
                    break
                items.append(k)
            k += 1
        if len(items) >= MIN_ITEMS:
            out.append(intro.index)
            out.extend(items)
            idx = items[-1] + 1
    return out
