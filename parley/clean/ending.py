"""Where the article stops: the headings and notices that open the part of a page after it
(comment section, related-stories box, author box, next/previous article, tags, copyright).

A cue line cuts the article only when little article text follows it, so a box placed inside
a long article does not cut the article's second half; the cue line itself (a box heading:
"Related stories", "Comments") is still removed. After a related-stories heading the
article may also resume: prose after the box's link list that is on the article's topic is
kept, and only the box is removed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from parley.clean import metadata, navigation
from parley.clean.cues import cues, literal_finder, literal_pattern
from parley.clean.headline import info_words, lines_words
from parley.clean.lines import Info, nearest_text

# Section headings are short ("Related articles", "Leave a reply", "Über den Autor"); a
# heading that quotes the article's title ("11 responses to "<title>"") may be longer but
# does not end like a sentence.
MAX_END_CUE_WORDS = 8
MAX_QUOTING_CUE_WORDS = 40
# Characters stripped from both ends before matching: counters ("11 Comments", "(3)"),
# arrows and bullets of link rows, and colons of headings ("Related:").
_EDGE = " .:!?»«›‹<>|•·-–—()[]*#0123456789←→↓↑\"'“”„"
# A copyright line ends the page only when it is a footer ("© 2021 Name", "All rights
# reserved"); "© AFP" or "Image copyright Reuters" is a photo credit inside the article.
_FOOTER_RE = re.compile(r"\b(?:19|20)\d\d\b|rights|rechte|derechos|droits|prawa|diritti|direitos")
# A cue cuts the article when the kept article text after it is below this share of the text
# before it: the tail of a page holds short comment and teaser paragraphs, while a box in the
# middle of an article has about as much article text after it as before.
# 0.6-0.8 score alike on the even half of the peer benchmark (0.3-1.0 tried), above 0.5.
END_CUT_RATIO = 0.7
# A call to action ("Subscribe to our newsletter") sometimes sits inside an article as an
# inline promotion; it ends the article only in the last part of the text.
END_CTA_RATIO = 0.25
# ... but a short one (a sentence or two) is removed wherever it stands: an inline promotion.
MAX_CTA_LINE_WORDS = 25
# A related-stories box is a heading and a few link lines; the article resumes within this
# many non-blank lines after the heading, or the box is taken as the end of the article.
MAX_BOX_LINES = 8
# Prose after a box continues the article when it shares this many content words with the
# article text before the box (a teaser about another story shares one or two by chance).
MIN_RESUME_SHARED = 3


@lru_cache(maxsize=1)
def _cue_sets() -> dict:
    end = cues()["end"]
    def alt(words: list[str]) -> tuple[Callable[[str], bool], re.Pattern[str]]:
        # the literal test first: most lines hold none of the words, and a line the
        # word-bounded pattern matches holds one of them
        return literal_finder(words), re.compile(rf"\b(?:{literal_pattern(words)})\b")

    return {
        "exact": frozenset(end["exact"]),
        "prefix": tuple(end["prefix"]),
        "related_exact": frozenset(end["related_exact"]),
        "related_prefix": tuple(end["related_prefix"]),
        "contains": alt(end["contains"]),
        # a paywall's prompt is a call to action too (see _hard_wall for where it cuts)
        "cta": alt([*end["cta"], *end["paywall"]]),
    }


# A paragraph cut off by a paywall is long and stops without a sentence end ("... supplied
# by Dutch"), or with an ellipsis; a subheading without a final stop is a few words.
TRUNCATED_MIN_WORDS = 15


def _hard_wall(infos: list[Info], idx: int, kept_before: int | None) -> bool:
    """Is the cue at ``idx`` a paywall's prompt right under a paragraph that it cut off?
    ``kept_before`` is the last kept article line above it."""
    if kept_before is None or not navigation.is_paywall_prompt(infos[idx].low):
        return False
    if nearest_text(infos, idx, -1) != kept_before:
        return False  # other lines stand between the paragraph and the prompt
    para = infos[kept_before]
    return para.n_words >= TRUNCATED_MIN_WORDS and (
        not para.sentence_end or para.text.endswith(("…", "...")))


def end_cue(info: Info) -> str | None:
    """"end" for a heading or notice that opens the after-article part of a page, "related"
    for a related-stories heading (after which the article may resume), "cta" for a call to
    action (newsletter, app, donation), else None."""
    if info.reason == "tags":
        return "end"
    if info.reason == "copyright":
        return "end" if _FOOTER_RE.search(info.low) else None
    if info.n_words == 0 or info.n_words > MAX_QUOTING_CUE_WORDS:
        return None
    cs = _cue_sets()
    low = info.low
    holds, rx = cs["contains"]
    if holds(low) and rx.search(low):
        return "end"
    holds, rx = cs["cta"]
    if holds(low) and rx.search(low):
        return "cta"
    core = low.strip(_EDGE)
    short = info.n_words <= MAX_END_CUE_WORDS
    if short and core in cs["exact"]:
        return "end"
    if short and core in cs["related_exact"]:
        return "related"
    if short or not info.sentence_end:
        if core.startswith(cs["prefix"]):
            return "end"
        if core.startswith(cs["related_prefix"]):
            return "related"
    return None


def _resume(infos: list[Info], cue: int, kept: list[int], topic: set[str],
            stop: frozenset[str]) -> int | None:
    """The first article line after the box opened at ``cue`` when it is prose on the
    article's topic, else None. A paragraph right under a date stamp is an item of the box
    (a "Latest news" list stamps each story), whatever words it shares by chance."""
    seen = 0
    for idx in kept:
        if idx <= cue:
            continue
        seen = sum(1 for j in range(cue + 1, idx) if infos[j].text)
        if seen > MAX_BOX_LINES:
            return None
        info = infos[idx]
        if info.sentence_end and len(info_words(info, stop) & topic) \
                >= MIN_RESUME_SHARED and not _under_stamp(infos, idx) \
                and not _over_stamp(infos, idx):
            return idx
    return None


def _under_stamp(infos: list[Info], idx: int) -> bool:
    """Is the nearest non-blank line above line ``idx`` a publication stamp?"""
    k = nearest_text(infos, idx, -1)
    return k is not None and infos[k].reason == "publication_line"


def _over_stamp(infos: list[Info], idx: int) -> bool:
    """Is the nearest non-blank line below line ``idx`` a relative stamp ("The Astana Daily •
    1d")? Cards of a "More for you" box print their source and age under the teaser; the
    article's own paragraphs are not stamped. (A dated line below a paragraph may be the next
    entry's date in a chronology the article lists, so only relative ages count.)"""
    k = nearest_text(infos, idx, 1)
    return k is not None and metadata.is_relative_stamp(infos[k].text)


def find_cut(infos: list[Info], kept: list[int],
             stop: frozenset[str]) -> tuple[int | None, list[int]]:
    """(index of the first end cue inside the article with little article text after it,
    or None; lines of related boxes inside the article to remove). ``kept`` holds the kept
    article lines in page order."""
    boxes: list[int] = []
    if len(kept) < 2:
        return None, boxes
    total = sum(infos[i].n_chars for i in kept)
    pos = 0  # next kept line
    before = 0
    idx = kept[0] + 1
    while idx <= kept[-1]:
        while pos < len(kept) and kept[pos] < idx:
            before += infos[kept[pos]].n_chars
            pos += 1
        info = infos[idx]
        kind = end_cue(info) if info.text else None
        if kind is None:
            idx += 1
            continue
        own = info.n_chars if pos < len(kept) and kept[pos] == idx else 0
        if _hard_wall(infos, idx, kept[pos - 1] if pos else None):
            return idx, boxes
        ratio = END_CTA_RATIO if kind == "cta" else END_CUT_RATIO
        if total - before - own >= ratio * before:
            if kind == "cta" and info.n_words <= MAX_CTA_LINE_WORDS:
                boxes.append(idx)
            elif info.n_words <= MAX_END_CUE_WORDS and not info.sentence_end:
                boxes.append(idx)  # the heading of a box inside the article, never its text
            idx += 1
            continue
        if kind == "related":
            topic = lines_words(infos, kept[:pos], stop)
            back = _resume(infos, idx, kept, topic, stop)
            if back is not None:
                boxes.extend(range(idx, back))
                idx = back
                continue
        return idx, boxes
    return None, boxes
