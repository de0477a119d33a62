"""A paragraph repeated verbatim (standfirst repeated as first paragraph, doubled caption,
headline printed twice) is kept once; later copies are removed. A caption's copy without
its credit, next to it, is a caption. A pull quote (a sentence of the text printed again,
in quotation marks, on a line of its own) is a duplicate of the paragraph holding it."""

from __future__ import annotations

from parley.clean.captions import photo_credit_at
from parley.clean.lines import Info, nearest_text

# Only paragraphs this long count: short lines ("Share", "Read more") repeat legitimately
# and are handled by the furniture rules.
MIN_DUP_CHARS = 30
# A truncated copy of the headline (image alt text cut at N characters) shares its first
# characters; this many are enough to call it a copy.
HEADLINE_PREFIX_CHARS = 40
# A short line printed twice with fewer than NEAR_COPY_LINES lines between is an image's
# caption and its alt text (or a link and its title): both copies are furniture. A repeated
# standfirst is longer.
NEAR_COPY_LINES = 3
NEAR_COPY_MAX_WORDS = 20


def info_key(info: Info) -> str:
    """What copies of a line share: its lowered text (already whitespace-normalised)."""
    return info.low


def _near(infos: list[Info], a: int, b: int) -> bool:
    """Fewer than NEAR_COPY_LINES non-blank lines between lines ``a`` and ``b``? Stops
    counting at the limit, so copies far apart cost little."""
    n = 0
    for j in range(a + 1, b):
        if infos[j].text:
            n += 1
            if n >= NEAR_COPY_LINES:
                return False
    return True


# A caption's copy without its credit ("<caption>" beside "<caption> VNA/VNS Photo": the
# image's alt text or title next to its caption) is the caption minus at most this many
# trailing characters, as captions.CREDIT_TAIL_CHARS bounds where a credit stands.
CREDIT_TAIL_CHARS = 60


# What separates a caption from its credit ("... in Athens. Photo: X", "... in Athens (Photo:").
_CREDIT_SEPARATORS = " .,;:-–—|(["


def _caption_copies(infos: list[Info]) -> None:
    """Kept lines next to a caption (within NEAR_COPY_LINES non-blank lines) that are the
    caption without its credit are captions too: the credit marked only one copy. Farther
    away, anywhere on the page, only a copy of exactly the caption's text before its photo
    credit ("Photo: X") is: the gallery or the page's end repeats the caption uncredited."""
    uncredited: set[str] = set()
    for cap in infos:
        if cap.reason != "caption":
            continue
        ck = info_key(cap)
        at = photo_credit_at(cap.text)
        if at > 0:
            core = ck[:at].rstrip(_CREDIT_SEPARATORS)
            if len(core) >= MIN_DUP_CHARS:
                uncredited.add(core)
        for step in (-1, 1):
            j, seen = cap.index + step, 0
            while 0 <= j < len(infos) and seen < NEAR_COPY_LINES:
                info = infos[j]
                if info.text:
                    seen += 1
                    k = info_key(info)
                    if (info.reason is None and len(k) >= MIN_DUP_CHARS and ck.startswith(k)
                            and len(ck) - len(k) <= CREDIT_TAIL_CHARS):
                        info.reason = "caption"
                j += step
    if uncredited:
        for info in infos:
            if info.reason is None and info.text \
                    and info_key(info).rstrip(_CREDIT_SEPARATORS) in uncredited:
                info.reason = "caption"


# Opening quotation marks of a pull quote, and every mark stripped from its ends before it is
# looked for inside the paragraphs (the paragraph's quotation may go on past the pulled part).
_QUOTE_OPEN = "\"'“‘«„"
_QUOTE_MARKS = "\"'“”‘’«»„ "


def _pull_quotes(infos: list[Info]) -> None:
    """A kept line that opens with a quotation mark and whose words, without the marks, stand
    inside a longer kept line is a pull quote: the text is kept once, in its paragraph. Only
    quoted lines are looked for, so a subheading that a paragraph repeats stays."""
    kept = [info for info in infos if info.reason is None and info.text]
    quotes = [info for info in kept
              if info.text[:1] in _QUOTE_OPEN and len(info.text) >= MIN_DUP_CHARS]
    if not quotes:
        return
    keys = {info.index: info_key(info) for info in kept}
    for q in quotes:
        # the quoted sentence's last mark becomes a comma before "he said" in the paragraph
        core = keys[q.index].strip(_QUOTE_MARKS).rstrip(".,!?…").rstrip(_QUOTE_MARKS)
        if len(core) < MIN_DUP_CHARS:
            continue
        if any(info is not q and info.reason is None and len(info.text) > len(q.text)
               and core in keys[info.index] for info in kept):
            q.reason = "duplicate"
            _attribution(infos, q.index)


# A pull quote's attribution on the line under it ("— A B, the ambassador"): a dash, a name
# and a title of at most this many words, without a final stop.
MAX_ATTRIBUTION_WORDS = 12
_DASHES = ("—", "–", "-", "―")


def _attribution(infos: list[Info], idx: int) -> None:
    """Mark the attribution directly under the pull quote at ``idx`` as part of it. Only next
    to a removed pull quote: a quoted post's attribution in the text stays with its post."""
    k = nearest_text(infos, idx, 1)
    if k is not None:
        info = infos[k]
        if (info.reason is None and info.text.startswith(_DASHES)
                and info.n_words <= MAX_ATTRIBUTION_WORDS and not info.sentence_end):
            info.reason = "duplicate"


# A feed excerpt or a teaser of the article itself ("ASTANA – Hungary and Kazakhstan held ...
# through the Druzhba […]"): the start of a longer kept line, cut off with an ellipsis mark.
_ELLIPSES = ("[…]", "[...]", "…", "...", "(…)", "(...)")


def _truncated_copies(infos: list[Info]) -> None:
    cut = [info for info in infos
           if info.reason is None and info.text[-1:] in ".…)]" and info.text.endswith(_ELLIPSES)]
    if not cut:
        return
    kept = [info for info in infos if info.reason is None and info.text]
    for c in cut:
        low = c.low
        for mark in _ELLIPSES:
            if low.endswith(mark):
                low = low[:-len(mark)]
                break
        core = low.rstrip(" .,;:–—-")
        if len(core) < MIN_DUP_CHARS:
            continue
        if any(info is not c and info.reason is None and len(info.low) > len(core)
               and info.low.startswith(core) for info in kept):
            c.reason = "duplicate"


# A line that holds the headline and a few more words ("The post <headline> appeared first on
# <site>.", "<headline> - printed from <site>") is a feed's or print version's footer: an
# article's sentence does not quote its own title whole. At most this many other words.
MAX_HEADLINE_WRAP_WORDS = 8


def _headline_wraps(infos: list[Info], headline: int | None) -> None:
    if headline is None:
        return
    hl = infos[headline]
    key = hl.low
    if len(key) < MIN_DUP_CHARS:
        return
    most = hl.n_words + MAX_HEADLINE_WRAP_WORDS
    for info in infos:
        if (info.reason is None and hl.n_words <= info.n_words <= most
                and info.index != headline and key in info.low
                and "=" not in info.text):  # code quoting it: 'query = "<title>"
            info.reason = "boilerplate"


def mark_duplicates(infos: list[Info], headline: int | None) -> None:
    _caption_copies(infos)
    _pull_quotes(infos)
    _headline_wraps(infos, headline)
    seen: dict[str, int] = {}
    hl_key = info_key(infos[headline]) if headline is not None else None
    for info in infos:
        if not info.text or len(info.text) < MIN_DUP_CHARS or info.index == headline:
            continue
        k = info_key(info)
        if hl_key is not None and info.reason in (None, "boilerplate", "related_links") and (
            k == hl_key or (len(k) >= HEADLINE_PREFIX_CHARS
                            and k[:HEADLINE_PREFIX_CHARS] == hl_key[:HEADLINE_PREFIX_CHARS]
                            and len(k) <= len(hl_key) + 10)
        ):
            info.reason = "duplicate"
            continue
        if k in seen:
            first = infos[seen[k]]
            if (info.n_words <= NEAR_COPY_MAX_WORDS and first.reason is None
                    and info.reason is None and _near(infos, first.index, info.index)):
                first.reason = info.reason = "caption"
                continue
            if info.reason is None and first.reason in (None, "caption", "photo_credit"):
                info.reason = "caption" if first.reason == "caption" else "duplicate"
                continue
            if first.reason is not None and info.reason is None:
                seen[k] = info.index  # the kept copy is the one later copies repeat
            continue
        seen[k] = info.index
    _truncated_copies(infos)  # after the exact copies: a list printed twice stays as it was
