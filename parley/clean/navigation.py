"""Page furniture recognised by shape and generic cue words: share/print/back-to-top buttons,
menus, "Also read" cross-references, tags, cookie notices, copyright footers, scrape artifacts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from parley.clean.captions import CUE_WORDS, MAX_CAPTION_CHARS
from parley.clean.cues import cues, literal_finder, literal_pattern, with_spaced_colons

# A button row is short: "Share Tweet Email Print" is 4 words; a real sentence using "share"
# is longer. 8 words leaves room for rows of 6-8 network names.
MAX_CUE_WORDS = 8
# "Also read: <another story's headline>" lines: a headline is rarely over 25 words.
MAX_PREFIX_WORDS = 30
# A teaser (headline plus a few lines of lead, then "Read more") is at most this long.
MAX_TEASER_WORDS = 80
_TEASER_EDGE = " .:!?»«›‹<>|•·-–—()[]→…"
# The teaser suffix is searched for only in the line's last characters: longer than the
# longest suffix with its word boundary.
_TEASER_TAIL = 40
# Copyright footers are one or two sentences; a long paragraph mentioning copyright is text.
MAX_COPYRIGHT_WORDS = 40
# A cookie banner is a few sentences; longer text about cookies is an article about them.
MAX_COOKIE_WORDS = 80
# Disclosures, disclaimers and consent notices are a few sentences too.
MAX_NOTICE_WORDS = 80
MAX_TAG_WORDS = 40
# Comment/newsletter prompts are two or three sentences of instructions.
MAX_PROMPT_WORDS = 60
# "Follow the Ministry on twitter @handle" is ~8 words; body sentences about social media run
# longer and rarely carry a follow verb plus a network name.
MAX_SOCIAL_WORDS = 12
_FOLLOW_WORDS = frozenset({"follow", "folgen", "folge", "síguenos", "suivez", "seguici",
                           "obserwuj", "volg", "siga", "on", "auf", "en", "sur", "su", "na"})

# Lines without any letter or digit: "|", "»", "•", "...", "![]() |".
_NO_ALNUM_RE = re.compile(r"^[\W_]*$")
# Markdown/HTML leftovers of images and links: "![]()", "[]()", "<img", "{{...}}".
_MARKUP_RE = re.compile(r"!\[[^\]]{0,200}\]\(|^\[\]\(|<img\b|\{\{|\}\}")
# Separators between the items of a button row or menu.
_SEP_RE = re.compile(r"\s*[|•·/,;:›»>–—\-]+\s*|\s+")
# The first item: every separator character is inside some _SEP_RE match, so a line that does
# not start with a separator starts with its first item, a run of the other characters.
_FIRST_ITEM_RE = re.compile(r"[^\s|•·/,;:›»>–—\-]+")
# A video teaser: "Watch: <a clip's title> (1:45)", a video cue, a colon, and the clip's running
# time in brackets closing the line. Without the running time a "VIDEO: ..." line may be a
# video story's own title, so the time is required.
_VIDEO_TEASER_RE = re.compile(
    r"^(?:watch|video|vídeo|vidéo|wideo)\s?:\s.{3,200}\(\d{1,2}:\d{2}(?::\d{2})?\)$")
MAX_VIDEO_TEASER_WORDS = 30
# Counters glued to buttons: "Share 12", "Comments (3)".
_COUNT_RE = re.compile(r"^\(?\d{1,6}\)?$")


@lru_cache(maxsize=1)
def _share_exact() -> frozenset[str]:
    return frozenset(cues()["share"]["exact"]) | frozenset(cues()["share"]["buttons"])


@lru_cache(maxsize=1)
def _scraper_fields() -> tuple[str, ...]:
    return tuple(cues()["byline"]["scraper_fields"])


@lru_cache(maxsize=1)
def _consent_buttons() -> frozenset[str]:
    return frozenset(cues()["cookie"]["buttons"])


# A consent banner's button is at most this many words ("continue without accepting").
MAX_CONSENT_BUTTON_WORDS = 4
_BUTTON_EDGE = " .:!?»«›‹>|•·-–—()[]✓✔×"


@lru_cache(maxsize=1)
def _share_words() -> frozenset[str]:
    out: set[str] = set()
    for phrase in cues()["share"]["exact"]:
        out.update(phrase.split())
    return frozenset(out)


def is_share_row(low: str, n_words: int) -> bool:
    """A short line that is a button, a menu item from the cue list, or a row of them."""
    if n_words > MAX_CUE_WORDS:
        return False
    stripped = low.strip(" .:!?»«›‹>|•·-–—()[]")
    if stripped in _share_exact():
        return True
    vocab = _share_words()
    lead = _SEP_RE.match(stripped)  # split(maxsplit=1)'s first piece, found without a split
    if lead:
        head = stripped[lead.end():]
    else:
        first = _FIRST_ITEM_RE.match(stripped)
        head = first.group() if first else ""
    if head and head not in vocab and not _COUNT_RE.match(head):
        return False  # the first item is no cue word: not a row of buttons (fast path)
    items = [t for t in _SEP_RE.split(stripped) if t]
    if not items:
        return False
    known = sum(1 for t in items if t in vocab or _COUNT_RE.match(t))
    # Every item a cue word (or a counter), and at least two of them: "Share Tweet Email".
    return known == len(items) and known >= 2


@lru_cache(maxsize=1)
def _regexes() -> dict[str, re.Pattern[str]]:
    """Each cue list as one trie-shaped alternation, so a line costs one C-level scan per
    list."""
    c = cues()
    alt = literal_pattern

    return {
        "share_prefix": re.compile(alt(with_spaced_colons(c["share"]["prefix"]))),
        "tags_prefix": re.compile(alt(with_spaced_colons(c["tags"]["prefix"]))),
        "teaser_suffix": re.compile(rf"\b(?:{alt(c['teaser']['suffix'])})$"),
        "networks": re.compile(alt(c["share"]["networks"])),
        "cookie_with": re.compile(rf"\b(?:{alt(c['cookie']['with'])})\b"),
        "copyright": re.compile(alt(c["copyright"]["contains"])),
        "prompt_widget": re.compile(rf"\b(?:{alt(c['prompt']['widget'])})"),
        "prompt_action": re.compile(rf"\b(?:{alt(c['prompt']['action'])})"),
        "disclaimer": re.compile(alt([*c["notice"]["disclaimer"], *c["notice"]["printed"]])),
        "consent": re.compile(alt(c["notice"]["consent"])),
    }


@lru_cache(maxsize=1)
def _teaser_suffixes() -> tuple[str, ...]:
    return tuple(cues()["teaser"]["suffix"])


@lru_cache(maxsize=1)
def _hint_finder() -> Callable[[str], bool]:
    """One test for every cue that the checks below (and the caption check) look for anywhere
    in a line: a line holding none of them skips those checks. One C-level scan instead of
    five on most lines."""
    c = cues()
    words = [*c["copyright"]["contains"], "cookie", *c["prompt"]["widget"],
             *c["share"]["networks"], *c["notice"]["disclaimer"], *c["notice"]["consent"],
             *c["notice"]["printed"], *c["ad"]["prompts"]]
    return literal_finder(set(words) | set(CUE_WORDS))


@lru_cache(maxsize=1)
def _ad_labels() -> frozenset[str]:
    return frozenset(cues()["ad"]["labels"])


@lru_cache(maxsize=1)
def _ad_prompt_re() -> re.Pattern[str]:
    return re.compile(literal_pattern(cues()["ad"]["prompts"]))


# An ad slot's prompt is a short line: "Story continues below advertisement" is 4 words,
# "L'articolo continua dopo la pubblicità" 5.
MAX_AD_PROMPT_WORDS = 10


def is_ad_prompt(low: str, n_words: int) -> bool:
    return n_words <= MAX_AD_PROMPT_WORDS and _ad_prompt_re().search(low) is not None


def is_ad_label(low: str, n_words: int) -> bool:
    """A line that only labels an ad ("Advertisement", "Publicidade")."""
    return n_words <= MAX_CONSENT_BUTTON_WORDS and low.strip(_BUTTON_EDGE) in _ad_labels()


@lru_cache(maxsize=1)
def _ad_buttons() -> frozenset[str]:
    return frozenset(cues()["share"]["buttons"])


def is_ad_button(low: str) -> bool:
    """An ad's call-to-action button ("Book now", "Learn more")."""
    return low.strip(_BUTTON_EDGE) in _ad_buttons()


def is_ad_slot(low: str, n_words: int) -> bool:
    """An ad's label or the prompt under it (cues.toml [ad])."""
    return is_ad_label(low, n_words) or is_ad_prompt(low, n_words)


@lru_cache(maxsize=1)
def _paywall_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{literal_pattern(cues()['end']['paywall'])})\b")


def is_paywall_prompt(low: str) -> bool:
    """Does the lower-cased line hold a paywall's prompt or label ("Subscribers only",
    "Already a subscriber?")? A prompt is never a title, and under a cut-off paragraph it
    ends the article (ending.py)."""
    return _paywall_re().search(low) is not None


# The anywhere-checks apply only to lines up to this many words (the largest of their limits)
# and the caption check to lines up to captions.MAX_CAPTION_CHARS characters.
_HINT_MAX_WORDS = max(MAX_SOCIAL_WORDS, MAX_COOKIE_WORDS, MAX_COPYRIGHT_WORDS, MAX_PROMPT_WORDS,
                      MAX_NOTICE_WORDS)


def hinted(low: str, n_words: int, n_chars: int) -> bool:
    """Does the lower-cased line hold any word the anywhere-checks look for?"""
    if n_words > _HINT_MAX_WORDS and n_chars > MAX_CAPTION_CHARS:
        return False
    return _hint_finder()(low)


def classify(text: str, low: str, n_words: int, hint: bool = True) -> str | None:
    """The reason a line is page furniture, or None. ``hint`` False (from ``hinted``) skips
    the checks for cue words anywhere in the line."""
    if not text:
        return "blank"
    if (n_words == 0 and _NO_ALNUM_RE.match(text)) or (("[" in text or "<" in text or "{" in text
                                    or "}" in text) and _MARKUP_RE.search(text)):
        return "scrape_artifact"
    rx = _regexes()
    if low[:1] in "tdukoTDUKO" and low.startswith(_scraper_fields()):
        return "boilerplate"  # "Description: ...": a scraper's header field
    core = low.strip(_BUTTON_EDGE) if n_words <= MAX_CONSENT_BUTTON_WORDS else None
    if core is not None and core in _consent_buttons():
        return "cookie_notice"
    if n_words <= MAX_CUE_WORDS and is_share_row(low, n_words):
        return "share"
    if core is not None and core in _ad_labels():
        return "boilerplate"  # an ad's label ("Publicidade"), where no share list has it
    if n_words <= MAX_PREFIX_WORDS and rx["share_prefix"].match(low):
        return "share"
    if hint and n_words <= MAX_SOCIAL_WORDS and rx["networks"].search(low) and (
        "@" in low or any(w in _FOLLOW_WORDS for w in low.split())
    ):
        return "share"
    if n_words <= MAX_VIDEO_TEASER_WORDS and low[-1:] == ")" and _VIDEO_TEASER_RE.match(low):
        return "related_links"
    if 2 < n_words <= MAX_TEASER_WORDS:
        tail = low.rstrip(_TEASER_EDGE)[-_TEASER_TAIL:]
        # the pattern ends at the line's end: only a tail ending in a suffix can match
        if tail.endswith(_teaser_suffixes()) and rx["teaser_suffix"].search(tail):
            return "related_links"
    if n_words <= MAX_TAG_WORDS and rx["tags_prefix"].match(low):
        return "tags"
    if not hint:
        return None
    if is_ad_prompt(low, n_words):
        return "boilerplate"
    if n_words <= MAX_COOKIE_WORDS and "cookie" in low and rx["cookie_with"].search(low):
        return "cookie_notice"
    if n_words <= MAX_NOTICE_WORDS:
        if rx["consent"].search(low):
            return "cookie_notice"
        if rx["disclaimer"].search(low):
            return "boilerplate"
    if n_words <= MAX_COPYRIGHT_WORDS and rx["copyright"].search(low):
        return "copyright"
    if n_words <= MAX_PROMPT_WORDS and rx["prompt_widget"].search(low) \
            and rx["prompt_action"].search(low):
        return "boilerplate"  # comment-box / newsletter sign-up prompt
    return None
