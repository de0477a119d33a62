"""A page whose line breaks were all lost: re-flowed into lines before cleaning.

Why: every cleaning rule decides per line. A page scraped into one line ("Home | News |
Contact Malaysia, Thailand hold ... -- BERNAMA Share this article ... © 2024 Bernama. All
rights reserved") has its menu, its article and its footer on the same line, which is kept or
dropped whole; without a final stop it was dropped, and the article was lost. Re-flowing puts
a line break in place of the space at each boundary (a sentence's end, a menu separator, a
dateline, a copyright mark): the text keeps its length, so every offset into it is still the
offset into the decoded text, and the line rules see the pieces one by one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from parley.clean.cues import cues

# Only a page that is (almost) all one long line is re-flowed: a long paragraph of a page
# with line breaks is one paragraph, and splitting it would break the body into sentences.
FLAT_MIN_CHARS = 400  # the long line's length: a shorter one-line text is a teaser or a title
FLAT_MIN_SHARE = 0.9  # its share of the page's characters
FLAT_MAX_LINES = 3  # non-blank lines on the page
# ... and only when the line shows page furniture: menu separators (at least this many) or a
# copyright mark (cues.toml [copyright]). A one-paragraph brief without them stays as it is.
FLAT_MIN_SEPARATORS = 2

# a sentence's end: terminal punctuation, maybe a closing quote, a space, then a capital
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]? (?=[\"“‘(]?[A-Z])")
# a period after these is no sentence end (titles, ranks, months; initials and "U.S." are
# caught by their shape). The same list as extract/sentences.py keeps: cleaning runs before
# extraction and imports nothing from it.
_ABBREV = frozenset([
    "mr", "mrs", "ms", "dr", "st", "sen", "lt", "gen", "col", "maj", "capt", "cdr", "adm",
    "brig", "hon", "gov", "rep", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "co", "corp", "inc", "ltd", "jr", "sr", "prof", "vs", "etc"])
_LAST_WORD = re.compile(r"([A-Za-z.]+)$")
# a dateline inside the line: the city in capitals, maybe a date, maybe an agency in
# brackets, then a dash ("KUALA LUMPUR, Nov 20 (Bernama) --", "HANOI (VNA) –")
_DATELINE = re.compile(r"(?<![A-Z]) (?=[A-Z][A-Z .'’-]{1,28}[A-Z](?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
                       r"(?: ?\([^()]{1,20}\))? ?[–—-]{1,2} )")
_SEPARATOR = re.compile(r" [|›»] (?=\S)")
# an agency's credit after the last sentence ("... River. -- BERNAMA")
_CREDIT = re.compile(r" (?=[-–—]{1,2} [A-Z]{2,}\b)")
_COPYRIGHT = re.compile(r" (?=©|\(c\) (?:19|20)\d\d|[Cc]opyright )")


@lru_cache(maxsize=1)
def _furniture_re() -> re.Pattern[str]:
    """A space before a phrase that starts page furniture (cues.toml [flat] break_before)."""
    return re.compile(r" (?=(?:" + "|".join(map(re.escape, cues()["flat"]["break_before"]))
                      + r")\b)")


_NEXT_WORD = re.compile(r"(\w+) (?=[A-Z])")


def needs_reflow(raw: str) -> bool:
    """Whether ``raw`` is a page flattened into one line (see FLAT_MIN_CHARS)."""
    # more line breaks than a few lines and the blank lines between them: a page with lines
    # (one C-level count spares every such page the split)
    if len(raw) < FLAT_MIN_CHARS or raw.count("\n") > 4 * FLAT_MAX_LINES:
        return False
    lines = [ln for ln in raw.split("\n") if ln.strip()]
    if not lines or len(lines) > FLAT_MAX_LINES:
        return False
    longest = max(lines, key=len)
    if len(longest) < FLAT_MIN_CHARS or len(longest) < FLAT_MIN_SHARE * sum(map(len, lines)):
        return False
    low = longest.lower()
    return (len(_SEPARATOR.findall(longest)) >= FLAT_MIN_SEPARATORS
            or any(c in low for c in cues()["copyright"]["contains"]))


def reflow(raw: str) -> str:
    """``raw`` with a line break at each boundary of a flattened page, else ``raw`` itself.
    Same length: only spaces are replaced."""
    if not needs_reflow(raw):
        return raw
    breaks: set[int] = set()
    for m in _SENTENCE_END.finditer(raw):
        at = m.start()
        if raw[at] == ".":
            w = _LAST_WORD.search(raw, max(0, at - 12), at)
            word = w.group(1) if w else ""
            bare = word.rstrip(".").split(".")[-1].lower()
            if len(bare) <= 1 or bare in _ABBREV or "." in word.rstrip("."):
                continue  # an initial, an abbreviation, "U.S."
        breaks.add(m.end() - 1)
    # the menu's last item glued to what follows ("Home | News | World Malaysia, Thailand
    # hold ..."): when the items before it are single words, so is the last one
    seps = list(_SEPARATOR.finditer(raw))
    if len(seps) >= FLAT_MIN_SEPARATORS:
        items = [raw[a.end():b.start()] for a, b in pairwise(seps)]
        first = raw[:seps[0].start()].rsplit("\n", 1)[-1].split()
        m = _NEXT_WORD.match(raw, seps[-1].end())
        if m and first and len(first) == 1 and all(" " not in it for it in items):
            breaks.add(m.end(1))
    for rx, offset in ((_SEPARATOR, 2), (_DATELINE, 0), (_COPYRIGHT, 0), (_CREDIT, 0),
                       (_furniture_re(), 0)):
        breaks.update(m.start() + offset for m in rx.finditer(raw))
    chars = list(raw)
    for at in breaks:
        if chars[at] == " ":
            chars[at] = "\n"
    return "".join(chars)
