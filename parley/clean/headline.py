"""Find the article's title line: a title-shaped line just before the text that shares
content words with the lead."""

from __future__ import annotations

import re
from functools import lru_cache

from parley.clean.cues import cues
from parley.clean.lines import Info, nearest_text
from parley.clean.metadata import DATE_RE, is_publication_stamp
from parley.clean.navigation import is_paywall_prompt

# How far back from the first paragraph a title may sit (menus, dates, bylines in between).
MAX_LINES_BEFORE = 8
# A title further back (a press release's title above a block of contacts and names) counts
# only within this many lines and when it shares at least FAR_MIN_SHARED content words with
# the lead, more than any nearer candidate: a related link or a section name that far up
# shares one or two words by chance.
MAX_LINES_BEFORE_FAR = 30
FAR_MIN_SHARED = 4
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
# A caption ends with its credit after a slash ("... / Agency", "(Name / Agency)"); a title
# rarely holds a slash in its last TITLE_CREDIT_TAIL characters.
TITLE_CREDIT_TAIL = 40
_CREDIT_TAIL_RE = re.compile(r"\s/\s?[^\s/][^/]{0,38}$|/[^/()]{1,38}\)$")
# A breadcrumb trail ("Home > Press releases > 2024 > <page title>") or a row of sections
# ("News | World | Business") names the page's place in the site, not its title, even when its
# last part is the title: a headline holds a spaced separator of this kind at most once
# ("Talks end | Analysis"), a trail twice or more.
_TRAIL_SEPARATORS = (" > ", " › ", " » ", " | ")
MAX_TITLE_SEPARATORS = 1
# Reasons a title candidate may already carry (it may look like a related link or furniture
# before we know it is the title); never captions, credits or buttons.
_OVERRIDABLE = (None, "boilerplate", "related_links", "navigation", "duplicate")


def content_words(words: list[str], stop: frozenset[str]) -> set[str]:
    """Prefixes of the content words (``words`` are lower-cased, as ``Info.words`` are); a
    hyphenated compound ("uk-vietnam") also gives its parts, so it matches the parts written
    apart."""
    kept = [w for w in words if len(w) >= MIN_CONTENT_LEN and w not in stop and not w.isdigit()]
    out = {w[:PREFIX] for w in kept}
    for w in kept:
        if "-" in w:
            out.update(part[:PREFIX] for part in w.split("-")
                       if len(part) >= MIN_CONTENT_LEN and part not in stop and not part.isdigit())
    return out


def info_words(info: Info, stop: frozenset[str]) -> set[str]:
    """``content_words`` of a line, computed once (one page has one stopword list)."""
    if info.cw is None:
        info.cw = content_words(info.words, stop)
    return info.cw


def lines_words(infos: list[Info], indices, stop: frozenset[str]) -> set[str]:
    """The content words of several lines together (a block's or an article's topic)."""
    words: set[str] = set()
    for i in indices:
        words |= info_words(infos[i], stop)
    return words


@lru_cache(maxsize=1)
def _metadata_labels() -> tuple[str, ...]:
    return tuple(cues()["byline"]["label"])


# A wire's status tag before its title: "(LEAD)", "(2nd LD)", "(URGENT)", "(UPDATE 2)".
_WIRE_TAG_RE = re.compile(r"\((?:LEAD|\d(?:st|nd|rd|th) LD|URGENT|UPDATE(?: \d)?|"
                          r"FLASH|ALERT|CORRECTED|REFILE|WRAPUP(?: \d)?)\)\s")


def title_shaped(info: Info) -> bool:
    t = info.text
    if info.sentence_end and not t.endswith(("?", "!", "...", "…")):
        return False
    if not (MIN_TITLE_WORDS <= info.n_words <= MAX_TITLE_WORDS):
        return False
    if not (MIN_TITLE_CHARS <= len(t) <= MAX_TITLE_CHARS):
        return False
    low = info.low
    if t.endswith((",", ";")) or is_publication_stamp(t, low):
        return False
    if low.startswith(_metadata_labels()):
        return False  # "From: Ministry of Defence", "Tags: ...": a metadata field, not a title
    if any(t.count(sep) > MAX_TITLE_SEPARATORS for sep in _TRAIL_SEPARATORS):
        return False  # a breadcrumb trail or a row of sections
    if t[0].isdigit() and DATE_RE.match(t):
        return False  # "13 May 2020 | Politics | 3 comments": a story's metadata line
    if "/" in t[-TITLE_CREDIT_TAIL:] and _CREDIT_TAIL_RE.search(t[-TITLE_CREDIT_TAIL:]):
        return False  # "<caption> / Agency": an image caption with its credit
    if t[0] == "(" and (m := _WIRE_TAG_RE.match(t)):
        t = t[m.end():]  # "(LEAD) S. Korea, Mongolia hold ...": a wire's status tag
    return t[:1].isupper() or t[:1].isdigit() or t[:1] in "\"'“‘«„"


def find_headline(infos: list[Info], first: int, lead: set[str], stop: frozenset[str],
                  skip: frozenset[int] = frozenset()) -> int | None:
    """Index of the headline among the lines before ``first`` (the first paragraph); lines in
    ``skip`` (a list the article introduces, see ``lists``) are text, neither candidates nor
    counted in the distance."""
    seen = 0
    i = first - 1
    best, best_shared = None, 0
    signed, signed_shared = None, 0  # the best line a photo credit signs: taken only alone
    while i >= 0 and seen < MAX_LINES_BEFORE_FAR:
        info = infos[i]
        i -= 1
        if not info.text or info.index in skip:
            continue
        seen += 1
        if info.reason not in _OVERRIDABLE or not title_shaped(info):
            continue
        cw = info_words(info, stop)
        shared = len(cw & lead)
        if seen > MAX_LINES_BEFORE and shared < FAR_MIN_SHARED:
            continue
        # Enough shared words, or every content word of a one/two-word title shared, unless
        # that short title stands between two menu lines (a menu item: "About the Ministry").
        weak = shared < MIN_SHARED and shared >= 1 and shared == len(cw)
        if weak and _between_menu_lines(infos, info.index):
            continue
        if not (shared >= MIN_SHARED or weak):
            continue
        if _credited(infos, info):
            if shared > signed_shared:
                signed, signed_shared = info.index, shared
        elif shared > best_shared:
            best, best_shared = info.index, shared  # the most similar; nearest on ties
    return best if best is not None else signed


def _credited(infos: list[Info], info: Info) -> bool:
    """Is the next non-blank line a photo credit ("Photo credit: gov.ro")? The line it signs
    is more likely the picture's caption than the title, however many words it shares with
    the text; it is the headline only when no other line qualifies (a title may stand right
    above its picture's credit)."""
    k = nearest_text(infos, info.index, 1)
    if k is None or infos[k].reason != "photo_credit":
        return False
    after = nearest_text(infos, k, 1)  # a credit printed above its caption signs that one
    return after is None or infos[after].reason != "caption"


# The lines around a menu item: buttons and navigation found by cue words, or (as menus are
# classed by position only after the headline is found) short lines without a sentence end,
# the size of pipeline.MAX_NAV_WORDS.
_MENU_REASONS = frozenset({"navigation", "share"})
MENU_ITEM_MAX_WORDS = 4


def _between_menu_lines(infos: list[Info], idx: int) -> bool:
    """Are the non-blank lines directly above and below line ``idx`` both menu lines? A
    title is followed by its byline, date or text; a menu item by the next item."""
    def menu(k: int | None) -> bool:
        n = infos[k] if k is not None else None
        return n is not None and (n.reason in _MENU_REASONS or (
            n.reason is None and n.n_words <= MENU_ITEM_MAX_WORDS and not n.sentence_end))

    return menu(nearest_text(infos, idx, -1)) and menu(nearest_text(infos, idx, 1))


def _separated(t: str) -> bool:
    return any(c in t for c in "|•·»›>/")


# A title above a standfirst is a phrase of a few words at least: a line of three words or
# fewer above the title is a kicker or a section label ("Defence Industry & Budgets", "Klettern
# News Schweiz", "Deutsche G7-Präsidentschaft 2022"); at 4 the peer benchmark's headlines
# change 7 times, 5 of them to the title, and one leaked line less.
MIN_ABOVE_DECK_WORDS = 4
# ... and not the issuing body's name alone (cues.toml [byline] issuer), at most this long.
MAX_ISSUER_WORDS = 8


@lru_cache(maxsize=1)
def _issuer_prefixes() -> tuple[str, ...]:
    return tuple(cues()["byline"]["issuer"])


def is_issuer_label(info: Info) -> bool:
    """A line that only names a ministry, embassy or department ("Ministry of Defence")."""
    return (info.n_words <= MAX_ISSUER_WORDS and not info.sentence_end
            and info.low.startswith(_issuer_prefixes()))


def _longer_title(up: Info, deck: Info, lead: set[str], stop: frozenset[str]) -> bool:
    """May a line longer than the standfirst below it be the title? Only a plain statement
    that shares FAR_MIN_SHARED content words with the lead: not a kicker or label ending in
    a colon ("Er sagt: ..."), not a line holding figures or dates (another story's title in
    a list), not a breadcrumb or tag row that ends with the standfirst's own words."""
    return (":" not in up.text and not any(c.isdigit() for c in up.text)
            and deck.low not in up.low
            and len(info_words(up, stop) & lead) >= FAR_MIN_SHARED)


def above_standfirst(infos: list[Info], best: int, lead: set[str],
                      stop: frozenset[str]) -> int:
    """A standfirst (deck) without final punctuation repeats the lead's words more than the
    title above it does, so it wins ``find_headline``'s similarity test: when the line
    directly above the winner ``best`` is a shorter title-shaped line that also shares
    MIN_SHARED words with the lead, that line is the title (its index is returned) and the
    winner is the standfirst, a part of the text."""
    k = nearest_text(infos, best, -1)
    if k is None:
        return best
    up, deck = infos[k], infos[best]
    if up.n_words < MIN_ABOVE_DECK_WORDS or is_issuer_label(up) or is_paywall_prompt(up.low) or (
            up.n_words >= deck.n_words and not _longer_title(up, deck, lead, stop)):
        return best
    t = up.text
    # Not a row of sections, a breadcrumb or a category list ("Blog | News", "Home » Tech",
    # "Politics, Europe, World", "NEWS FEATURES BEAUTY"), and the standfirst is no metadata
    # line ("January 13, 2020 | categories: ...", "Published on 3 May 2020 by ...").
    if (t.isupper() or t.count(",") > 1 or t.endswith("!") or _separated(t)
            or _separated(deck.text) or DATE_RE.search(deck.text)):
        return best
    if (up.reason in _OVERRIDABLE and title_shaped(up)
            and len(info_words(up, stop) & lead) >= MIN_SHARED):
        return k
    return best


# A title as the browser shows it, "<title> | <site>": the site's name after the last
# separator, at most SITE_NAME_MAX_WORDS words, is cut when the page's copyright line names
# it ("© 2025 Baltic Ledger OÜ"). A line of its own is not enough: a title's own second part
# ("... Blue Economy – Analysis") may also be a section in the menu.
SITE_NAME_MAX_WORDS = 5
_TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ")


def strip_site_name(title: str, infos: list[Info], headline: int) -> str:
    for sep in _TITLE_SEPARATORS:
        k = title.rfind(sep)
        if k <= 0:
            continue
        site = title[k + len(sep):].strip().lower()
        if not site or len(site.split()) > SITE_NAME_MAX_WORDS:
            continue
        for info in infos:
            if info.index != headline and info.reason == "copyright" and site in info.low:
                return title[:k].rstrip()
    return title
