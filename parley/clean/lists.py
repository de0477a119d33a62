"""Lists the article introduces with a colon ("Key points:", "Highlights:", "What was
agreed:"): a heading line ending with ":" and the short item lines under it, each of which
restates the article in a few words. Such items are too short and too poor in stopwords for the
density stage and, without a final full stop, have the shape of a headline or a related link;
they are the article's own when every one of them shares several content words with the
article's text. A related-stories list shares a word or two (a country, "talks") by chance, and
its heading is an end cue ("Related stories", "Read more:"), which never opens such a list.
"""

from __future__ import annotations

import re

from parley.clean import ending
from parley.clean.headline import info_words, lines_words
from parley.clean.lines import Info
from parley.clean.metadata import SOURCE_RE

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
# Items under a paragraph of the article ending with ":", up to the next paragraph, lie
# inside the text: they may add facts the article names nowhere else ("open a liaison post
# at the naval base in X"), so one shared content word is enough there.
MIN_ENCLOSED_ITEM_SHARED = 1
# The heading may stand this many non-blank lines above the article's first paragraph (a
# summary box between the title and the text, with a byline and a date under it; the
# headline stage looks as far, headline.MAX_LINES_BEFORE) or anywhere inside the article.
MAX_LINES_BEFORE = 8
# A bulleted or numbered item ("• open a liaison post", "2) train pilots") the density stage
# kept (a long one) does not end the list: the next items may be shorter.
_BULLET_RE = re.compile(r"^(?:[•·▪◦*\-–—]|\d{1,2}[.)])\s")
# Reasons an item may carry from the shape rules before its place in the article is known.
_OPEN = (None, "related_links", "navigation", "boilerplate")


# A table the article introduces with a colon ("... trade has grown steadily:"), printed one
# cell per line: header cells and rows of figures up to the next paragraph (a "Source:" line
# may close it and stays a credit). Cells are short; at least TABLE_MIN_CELLS of them, and at
# least TABLE_MIN_NUMERIC of them bare figures ("1,390", "12.5 %", "€ 214"): a link list or a
# menu under a colon is words, never mostly figures.
TABLE_MAX_CELL_WORDS = 8
TABLE_MIN_CELLS = 6
TABLE_MIN_NUMERIC = 0.5
_NUMERIC_CELL_RE = re.compile(r"^[-–+(]?[€$£¥]?\s?\d[\d.,\s]*(?:%|[€$£¥])?\)?$")
# Reasons a cell may carry: the shape rules take a lone figure for a counter ("share").
_CELL_OPEN = (*_OPEN, "share")


def _table(infos: list[Info], start: int, kept: set[int]) -> list[int]:
    """The cells of a one-cell-per-line table from line ``start`` up to the next kept
    paragraph, or [] when the lines there are no such table."""
    cells: list[int] = []
    numeric = 0
    k = start
    while k < len(infos) and k not in kept:
        info = infos[k]
        k += 1
        if not info.text:
            continue
        if SOURCE_RE.match(info.text) and k < len(infos):
            while k < len(infos) and not infos[k].text:
                k += 1
            break  # "Source: ELSTAT" closes the table
        if info.reason not in _CELL_OPEN or info.n_words > TABLE_MAX_CELL_WORDS:
            return []
        cells.append(info.index)
        numeric += bool(_NUMERIC_CELL_RE.match(info.text))
    if k not in kept or len(cells) < TABLE_MIN_CELLS or numeric < TABLE_MIN_NUMERIC * len(cells):
        return []
    return cells


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
        # A kept paragraph of the article may introduce the list too ("..., the two sides
        # agreed to:"); its items, too short for the density stage, were left out.
        if (not intro.text.endswith(":") or intro.reason is not None
                or not (idx - 1 in kept or 1 <= intro.n_words <= MAX_INTRO_WORDS)
                or ending.end_cue(intro) is not None):
            continue
        enclosed = idx - 1 in kept
        need = MIN_ENCLOSED_ITEM_SHARED if enclosed else MIN_ITEM_SHARED
        items: list[int] = []
        k = idx
        while k < len(infos) and (k not in kept or _BULLET_RE.match(infos[k].text)):
            info = infos[k]
            if info.text:
                if not _item(info):
                    break
                if topic is None:
                    topic = lines_words(infos, article, stop)
                if len(info_words(info, stop) & topic) < need:
                    break
                items.append(k)
            k += 1
        if enclosed and k not in kept:
            items = [i for i in items if i in kept]  # the run does not end in the article
        if enclosed and not items:
            items = _table(infos, idx, kept)
        if len(items) >= MIN_ITEMS:
            out.append(intro.index)
            out.extend(items)
            idx = items[-1] + 1
    return out
