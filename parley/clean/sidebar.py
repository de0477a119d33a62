"""Where the article is: the main run of prose, where it ends, and which trailing paragraphs
are other stories (sidebars, related news) rather than this one."""

from __future__ import annotations

import re
from functools import lru_cache

from parley.clean.cues import cues
from parley.clean.headline import content_words, info_words, lines_words, title_shaped
from parley.clean.language import stopwords
from parley.clean.lines import Info

# Two prose lines belong to the same block when at most this many non-prose lines separate
# them: a caption plus its credit plus a subheading fit, a related-news box does not
# (3 and 6 both scored lower on the peer benchmark).
MAX_GAP_LINES = 4
# A secondary block is kept when it holds at least this share of the main block's text: a
# long article split by an ad or a picture gallery keeps both parts; a teaser box or an author
# bio is small next to the article. Measured on the peer benchmark: 0.5 loses article parts
# (recall 0.83), 0.1 lets teasers in (precision 0.83); 0.15 balanced them while block sizes
# counted every line. Counting prose lines only (block_chars), 0.12 scores best on the even
# half (0.06-0.25 tried) and also on the odd half.
KEEP_BLOCK_RATIO = 0.12
# Topical coherence with the main block: the share of a block's content words that the main
# block also uses. A lead or standfirst set apart from the body by a picture, a byline and a
# date repeats the body's words (>= 0.4 on the even half of the peer benchmark, where teasers
# above an article stay below 0.3), so it is kept whatever its size.
LEAD_MIN_SHARE = 0.4
# A block after the article that shares almost none of its words is another story, an author
# box or a site blurb, even when it is long enough to pass KEEP_BLOCK_RATIO...
TAIL_MIN_SHARE = 0.15
# ... unless it is nearly as long as the article itself: then the page holds two texts, and
# which one is "the" article is not clear from the words alone.
TAIL_BIG_RATIO = 0.9


def blocks(infos: list[Info], good: list[int]) -> list[list[int]]:
    """Group prose line indices into blocks separated by more than MAX_GAP_LINES lines."""
    out: list[list[int]] = []
    prev = None
    for i in good:
        if prev is not None:
            gap = sum(1 for j in range(prev + 1, i) if infos[j].text)
            if gap <= MAX_GAP_LINES:
                out[-1].append(i)
                prev = i
                continue
        out.append([i])
        prev = i
    return out


def block_chars(infos: list[Info], block: list[int]) -> int:
    """A block's size: the characters of its prose lines (classed good or near-good before
    smoothing). Short lines that smoothing pulled in do not count: a mega-menu of a few office
    blurbs among hundreds of menu items is smaller than an article of five paragraphs."""
    return sum(infos[i].n_chars for i in block if infos[i].init in _PROSE)


_PROSE = frozenset({"good", "neargood"})


def _share(infos: list[Info], block: list[int], topic: set[str],
           stop: frozenset[str]) -> float:
    words = lines_words(infos, block, stop)
    return len(words & topic) / len(words) if words else 0.0


def select_article(infos: list[Info], good: list[int],
                   stop: frozenset[str] = frozenset()) -> tuple[list[int], int, int]:
    """Prose lines that form the article, and the first/last line index of its span."""
    bl = blocks(infos, good)
    if not bl:
        return [], -1, -1
    sizes = [block_chars(infos, b) for b in bl]
    main = max(range(len(bl)), key=sizes.__getitem__)
    topic: set[str] = set()

    def share(block: list[int]) -> float:
        if not topic:  # the main block's words, gathered only when a block needs them
            for i in bl[main]:
                topic.update(info_words(infos[i], stop))
        return _share(infos, block, topic, stop)

    keep = []
    for k, (b, size) in enumerate(zip(bl, sizes, strict=True)):
        ratio = size / sizes[main]
        if k == main:
            keep.append(b)
        elif k < main:
            if ratio >= KEEP_BLOCK_RATIO or share(b) >= LEAD_MIN_SHARE:
                keep.append(b)
        elif ratio >= KEEP_BLOCK_RATIO and (ratio >= TAIL_BIG_RATIO
                                            or share(b) >= TAIL_MIN_SHARE):
            keep.append(b)
    lines = [i for b in keep for i in b]
    return lines, lines[0], lines[-1]


# A sidebar paragraph printed straight under the article, with no heading or gap between
# them ("Thousands of visitors came to the festival ..."), lands in the article's block. Such
# a paragraph is another story's when it shares no content word with the headline and less
# than TAIL_OFF_TOPIC_SHARE of its content words with the article text above it. Only long
# paragraphs are judged (TAIL_OFF_TOPIC_MIN_WORDS content words, about 40 words of running
# text), where the share is a measure: an article's closing sentence ("The ministry will
# publish the details later.") is short, a reader's quote or a teaser line in a list is
# mostly shorter, and a background paragraph names the story's people or places, which the
# headline also names. Articles drift in topic, so the share is low: on-topic closing
# paragraphs of hand-written dumps share 0.11 or more with the text above and a word with the
# headline. On the peer benchmark the rule fires on 4 of 976 pages, all author boxes,
# promotions or prompts (with a minimum of 15 words: 8 pages, one of them an article's own
# closing reference).
TAIL_OFF_TOPIC_MIN_WORDS = 20
TAIL_OFF_TOPIC_SHARE = 0.15
# At most this many such paragraphs are removed from the end, and they may hold at most this
# share of the article's text: beyond that the page holds two texts (see TAIL_BIG_RATIO).
TAIL_OFF_TOPIC_MAX_LINES = 3
TAIL_OFF_TOPIC_MAX_RATIO = 0.5
# The article keeps at least this many lines above them, enough words to know its topic.
TAIL_OFF_TOPIC_MIN_ABOVE = 3
# The headline must name the topic: with fewer content words than this ("COLLECTED BY", a
# one-word section title taken for the headline) sharing none of them says nothing.
TAIL_OFF_TOPIC_MIN_TITLE_WORDS = 3


def off_topic_tail(infos: list[Info], kept: list[int], headline: int | None,
                   stop: frozenset[str]) -> list[int]:
    """The trailing lines of ``kept`` (the article's lines in page order) that are unmarked
    paragraphs of other stories (see TAIL_OFF_TOPIC_MIN_WORDS), last first; [] when the
    article has no headline to compare with."""
    if headline is None or len(kept) < TAIL_OFF_TOPIC_MIN_ABOVE + 1:
        return []
    title = info_words(infos[headline], stop)
    if len(title) < TAIL_OFF_TOPIC_MIN_TITLE_WORDS:
        return []
    total = sum(infos[i].n_chars for i in kept)
    out: list[int] = []
    removed = 0
    for pos in range(len(kept) - 1, TAIL_OFF_TOPIC_MIN_ABOVE - 1, -1):
        if len(out) >= TAIL_OFF_TOPIC_MAX_LINES:
            break
        info = infos[kept[pos]]
        words = info_words(info, stop)
        if (not info.sentence_end or len(words) < TAIL_OFF_TOPIC_MIN_WORDS or words & title
                or (removed + info.n_chars) > TAIL_OFF_TOPIC_MAX_RATIO * total):
            break
        above = lines_words(infos, kept[:pos], stop) | title
        if len(words & above) / len(words) >= TAIL_OFF_TOPIC_SHARE:
            break
        out.append(kept[pos])
        removed += info.n_chars
    return out


# A dateline opening a paragraph: the city in capitals, maybe a date and an agency in
# brackets, then a dash ("NEW DELHI –", "HANOI (VNA) –", "TOKYO, March 3 (Reuters) -"); or a
# city printed in title case, then always an agency in brackets ("Hanoi (VNA) –",
# "Phnom Penh(AKP) -": VNA's style). A title-case word and a dash alone open sentences too
# ("Hanoi - the capital - ...").
DATELINE_RE = re.compile(r"^(?:[A-Z][A-Z .'’-]{1,28}[A-Z](?:,\s?[A-Z][a-z]{2,8}\.?\s\d{1,2})?"
                         r"(?:\s?\([^()]{1,20}\))?"
                         r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\s?\([A-Z][^()]{1,19}\))"
                         r"\s?[–—-]{1,2}\s")


def second_dateline(infos: list[Info], kept: list[int]) -> list[int]:
    """An article that opens with a dateline is one story from one place: a later paragraph
    near its end that opens with a dateline of its own starts another story (a sidebar about
    another meeting, however many words it shares). Returns that paragraph and the kept lines
    after it, or []. Only the last TAIL_OFF_TOPIC_MAX_LINES paragraphs are looked at, and at
    least TAIL_OFF_TOPIC_MIN_ABOVE must stand above: a round-up of several places has its
    datelines all through."""
    if len(kept) < TAIL_OFF_TOPIC_MIN_ABOVE + 1 or not DATELINE_RE.match(infos[kept[0]].text):
        return []
    for pos in range(max(TAIL_OFF_TOPIC_MIN_ABOVE, len(kept) - TAIL_OFF_TOPIC_MAX_LINES),
                     len(kept)):
        if DATELINE_RE.match(infos[kept[pos]].text):
            # the other story's headline right above its dateline goes with it ("Vietnam,
            # Cambodia boost tourism cooperation" / "Hanoi (VNA) - The ...")
            if pos - 1 >= TAIL_OFF_TOPIC_MIN_ABOVE and _item_headline(infos[kept[pos - 1]]):
                pos -= 1
            return kept[pos:]
    return []


# A sidebar of the same site's other news printed straight under the article, each item a
# headline and a teaser with no box heading above them ("Deputy PM receives KOICA delegation"
# / "Deputy Prime Minister X on November 19 received ..."). Its words are government-news
# words the article also uses, so the share tests above keep it; without the words every
# government story uses (``generic_news_words`` in cues.toml, English) an item shares nothing
# with the article. The article's end is cut before a run of such items when:
# - the run holds at least HEADED_MIN_ITEMS items and nothing else: each a headline (title-
#   shaped, HEADED_MIN_WORDS to HEADED_MAX_WORDS words, no final punctuation, no list number:
#   "4. Concern about China" is the article's own numbered section) and one or two
#   paragraphs under it;
# - each headline has at most HEADED_MAX_HEAD_SHARED of its distinctive words in the article's
#   headline or text above the run, and less than half of them ("Senate opens probe into
#   flood control projects" shares "projects" by chance, "Marcos signs new budget into law"
#   "law"; a subheading of the article's "Maritime patrols" section shares both words), and
#   each teaser holds at least HEADED_MIN_TEASER_WORDS distinctive words, less than
#   TAIL_OFF_TOPIC_SHARE of them from the text above (the test that does most of the work);
# - at least TAIL_OFF_TOPIC_MIN_ABOVE article lines stand above, and the run's text is below
#   HEADED_MAX_RATIO of the text above it (ending.END_CUT_RATIO: a heading with as much text
#   under it as above is the article's own section).
# One such item alone is not cut: an article may end on a short section of its own.
HEADED_MIN_ITEMS = 2
HEADED_MIN_WORDS = 3
HEADED_MAX_WORDS = 14
HEADED_MAX_TEASERS = 2
HEADED_MIN_TEASER_WORDS = 8
HEADED_MAX_HEAD_SHARED = 1
HEADED_MAX_RATIO = 0.7
# the stopword list whose language ``generic_news_words`` is in (the page's list is the one
# object ``language.stopwords()`` caches, so it is compared by identity)
HEADED_LANGUAGE = "en"
_LIST_NUMBER_RE = re.compile(r"^(?:\d{1,2}|[IVX]{1,4}|[a-z])[.)]\s")


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    return frozenset(content_words(cues()["sidebar"]["generic_news_words"], frozenset()))


def _item_headline(info: Info) -> bool:
    t = info.text
    return (HEADED_MIN_WORDS <= info.n_words <= HEADED_MAX_WORDS and not info.sentence_end
            and t[-1:] not in "!?…:;,." and not _LIST_NUMBER_RE.match(t) and title_shaped(info))


def _teaser(info: Info) -> bool:
    return info.sentence_end and info.text.rstrip("\"'”’)")[-1:] in ".!?"


def headed_tail(infos: list[Info], kept: list[int], headline: int | None,
                stop: frozenset[str]) -> list[int]:
    """The kept lines of a run of headed sidebar items ending the article (see
    HEADED_MIN_ITEMS), or []."""
    if headline is None or len(kept) < TAIL_OFF_TOPIC_MIN_ABOVE + 2 * HEADED_MIN_ITEMS \
            or stop is not stopwords().get(HEADED_LANGUAGE):
        return []
    chars = [infos[i].n_chars for i in kept]
    total = sum(chars)
    # the run's items, read from the end: each teaser paragraph belongs to the nearest
    # headline above it
    start, items, teasers = len(kept), 0, 0
    for pos in range(len(kept) - 1, TAIL_OFF_TOPIC_MIN_ABOVE - 1, -1):
        info = infos[kept[pos]]
        if _item_headline(info) and teasers:
            items, teasers, start = items + 1, 0, pos
        elif _teaser(info) and teasers < HEADED_MAX_TEASERS:
            teasers += 1
        else:
            break
    # the run starts at a headline; drop items from its top while the text above is too
    # little for the run's size
    while items >= HEADED_MIN_ITEMS and sum(chars[start:]) >= \
            HEADED_MAX_RATIO * (total - sum(chars[start:])):
        start += 1
        while start < len(kept) and not _item_headline(infos[kept[start]]):
            start += 1
        items -= 1
    if items < HEADED_MIN_ITEMS:
        return []
    generic = _generic()
    above = lines_words(infos, kept[:start], stop) | info_words(infos[headline], stop)
    for pos in range(start, len(kept)):
        info = infos[kept[pos]]
        words = info_words(info, stop) - generic
        if _item_headline(info):
            shared = len(words & above)
            if not words or shared > HEADED_MAX_HEAD_SHARED or 2 * shared >= len(words):
                return []
        elif len(words) < HEADED_MIN_TEASER_WORDS \
                or len(words & above) / len(words) >= TAIL_OFF_TOPIC_SHARE:
            return []
    return kept[start:]


# Another story's lead printed under the article with no headline or marker, as wire sites
# append their other news ("Deputy Prime Minister Tran Hong Ha on November 19 received a
# delegation of ..."): a paragraph that opens with a titled name and a date of its own, the
# shape of a news lead. The article is cut there when:
# - the opening names someone the article has not named (an article's later paragraph about
#   its own people, "Chien on November 19 also visited ...", names them again);
# - less than TAIL_OFF_TOPIC_SHARE of the paragraph's distinctive words (without
#   ``generic_news_words``) are in the headline or text above (a minister who "on Tuesday
#   welcomed the outcome of the dialogue" comments on this story);
# - at least TAIL_OFF_TOPIC_MIN_ABOVE article lines stand above, and the text from there on is
#   below HEADED_MAX_RATIO of the text above (English pages only, as for headed items).
_NEW_LEAD_RE = re.compile(
    r"^(?P<who>(?:[A-Z][\w'’.-]*\s){2,8}?)on\s(?:(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\s\d{1,2}|\d{1,2}\s(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b,?\s[a-z]")


def lead_tail(infos: list[Info], kept: list[int], headline: int | None,
              stop: frozenset[str]) -> list[int]:
    """The kept lines from an unmarked lead of another story on (see ``_NEW_LEAD_RE``), or
    []."""
    if headline is None or len(kept) < TAIL_OFF_TOPIC_MIN_ABOVE + 1 \
            or stop is not stopwords().get(HEADED_LANGUAGE):
        return []
    chars = [infos[i].n_chars for i in kept]
    total = sum(chars)
    before = sum(chars[:TAIL_OFF_TOPIC_MIN_ABOVE])
    generic = _generic()
    for pos in range(TAIL_OFF_TOPIC_MIN_ABOVE, len(kept)):
        info = infos[kept[pos]]
        if total - before < HEADED_MAX_RATIO * before:
            m = _NEW_LEAD_RE.match(info.text)
            if m and info.sentence_end:
                above_text = " ".join(infos[i].low for i in (headline, *kept[:pos]))
                names = [w for w in m.group("who").lower().split()
                         if w[:5] not in generic and len(w) > 1]
                if names and not any(re.search(rf"\b{re.escape(w)}\b", above_text)
                                     for w in names):
                    words = info_words(info, stop) - generic
                    above = lines_words(infos, kept[:pos], stop) | info_words(infos[headline],
                                                                               stop)
                    if words and len(words & above) / len(words) < TAIL_OFF_TOPIC_SHARE:
                        return kept[pos:]
        before += chars[pos]
    return []
