"""The cleaning stages in order (see the package docstring)."""

from __future__ import annotations

import re
from itertools import takewhile

from parley.clean import (
    captions,
    density,
    duplicates,
    ending,
    flat,
    glued,
    lists,
    metadata,
    navigation,
    sidebar,
)
from parley.clean.headline import (
    above_standfirst,
    find_headline,
    info_words,
    lines_words,
    strip_site_name,
    title_shaped,
)
from parley.clean.language import best_stop_ratio, guess_language, stopwords
from parley.clean.lines import (
    Info,
    line_spans,
    nearest_text,
    normalise_ws,
    strip_date_prefix,
    strip_edit_label,
    strip_emphasis,
)
from parley.clean.mojibake import page_needs_repair, repair
from parley.document import CleanedDoc, Line

# Lines of at most this many words before the article are menu items ("Home", "World news").
MAX_NAV_WORDS = 4
# The lead (what the headline must share words with): this many first paragraphs. Three, as
# a standfirst or a one-sentence first paragraph may name the topic only in passing.
LEAD_PARAGRAPHS = 3


# The reasons the shape rules give an ad's label or prompt (navigation.is_ad_slot).
_AD_SLOT_REASONS = frozenset({"share", "boilerplate"})


def _ad_slot(info: Info) -> bool:
    return info.reason in _AD_SLOT_REASONS and navigation.is_ad_slot(info.low, info.n_words)


def _between_ad_slots(cand: list[Info]) -> None:
    """A whole sentence that the density stage left out only because an ad slot stands beside
    it ("They agreed to meet again." between a paragraph and an "Advertisement" / "Story
    continues below advertisement" slot of a mobile page) is text when the lines beyond the
    slots are paragraphs: sites insert ads between an article's paragraphs. ``cand`` are the
    non-blank lines in page order."""
    for k, info in enumerate(cand):
        if (info.reason is not None or info.cls == "good" or not info.sentence_end
                or not info.text[:1].isupper()):
            continue
        i, j = k - 1, k + 1
        if not (i >= 0 and j < len(cand)) or not (_ad_slot(cand[i]) or _ad_slot(cand[j])):
            continue
        while i >= 0 and _ad_slot(cand[i]):
            i -= 1
        while j < len(cand) and _ad_slot(cand[j]):
            j += 1
        if i >= 0 and j < len(cand) and cand[i].cls == cand[j].cls == "good":
            info.cls = "good"


def _furniture(info: Info) -> str | None:
    """Reason from the shape/cue rules, independent of position."""
    text, low, n = info.text, info.low, info.n_words
    if metadata.is_publication_stamp(text, low):
        # first: "12 May 2024" is made of share-row words too ("may" of "you may also like")
        return "publication_line"  # relabelled by position later (another story's date)
    hint = navigation.hinted(low, n, info.n_chars)
    reason = navigation.classify(text, low, n, hint)
    if reason:
        return reason
    reason = captions.classify(text, n, hint)
    if reason:
        return reason
    if n <= 1 and text.isascii() and text.isalpha() and text.islower():
        return "scrape_artifact"  # a lone lower-case token: a CSS class or widget name
    return None


def _positional(info: Info, where: str) -> str:
    """Reason for a non-prose line by where it stands relative to the article."""
    text, low, n = info.text, info.low, info.n_words
    if metadata.is_credit(text) or metadata.is_source_line(text, n):
        return "credit" if where != "before" else "navigation"
    if metadata.is_byline(text, low, n):
        return "byline" if where != "after" else "boilerplate"
    if where == "before" and n <= MAX_NAV_WORDS:
        return "navigation"
    if where != "inside" and title_shaped(info) and n > MAX_NAV_WORDS:
        return "related_links"
    if where == "after" and info.cls == "good":
        return "sidebar"
    return "boilerplate"


# A line inside the article (between its kept paragraphs) shaped like code or a formula is
# part of it: technical articles quote commands and code between paragraphs, and such lines
# have too few stopwords for the density stage ("x = f(y)", "import os", "cd build").
# Brackets, assignment and statement punctuation, or a shell/import keyword at the start.
_CODE_RE = re.compile(r"[=;{}$\[\]()]|^(?:import|from|cd|sudo|pip|git|npm) |^#")


# A labelled date ("Deadline: 3 May 2020", "Termin: 29.02.2020, 19 Uhr") between the article's
# paragraphs states a fact of the text (an event, a deadline), unless the label is a
# publication cue ("Updated:", "Stand:"): one word and a colon at the start of the line.
_LABEL_RE = re.compile(r"[^\W\d_][^\s:]{2,30}:\s")


# A kept line without final punctuation (a notice, a banner, a link) whose content words the
# rest of the article and its headline never use is not part of the text. Only lines with at
# least this many content words are judged: a subheading has too few to tell.
NOTICE_MIN_CONTENT_WORDS = 6


def _off_topic_notices(infos: list[Info], headline: int | None, stop: frozenset[str]) -> None:
    kept = [info for info in infos if info.reason is None]
    if len(kept) < 3 or not any(not info.sentence_end and info.n_words >= NOTICE_MIN_CONTENT_WORDS
                                for info in kept):
        return
    words = [info_words(info, stop) for info in kept]
    counts: dict[str, int] = {}
    for cw in words:
        for w in cw:
            counts[w] = counts.get(w, 0) + 1
    if headline is not None:
        for w in info_words(infos[headline], stop):
            counts[w] = counts.get(w, 0) + 1
    for info, cw in zip(kept, words, strict=True):
        if info.sentence_end or len(cw) < NOTICE_MIN_CONTENT_WORDS or _CODE_RE.search(info.text):
            continue
        nxt = infos[info.index + 1] if info.index + 1 < len(infos) else None
        if nxt is not None and nxt.reason is None and nxt.text[:1].islower():
            continue  # a hard-wrapped line: the sentence goes on in the next line
        if not any(counts[w] > 1 for w in cw):
            info.reason = "boilerplate"


# A line between two lines of a consent banner (its notice above, its buttons below) is the
# banner's text too ("You can change your choices at any time ..."), when it is no longer than
# a notice may be: a banner is one block, and an article paragraph is never framed by two.
def _framed(infos: list[Info]):
    """(line above, line, line below) for every non-blank line with non-blank lines on both
    sides, blank lines skipped: what the rules on a line framed by a box's parts read."""
    texts = [info for info in infos if info.text]
    return zip(texts, texts[1:], texts[2:], strict=False)  # the shorter slices end it


def _inside_notices(infos: list[Info]) -> None:
    for above, info, below in _framed(infos):
        if (info.reason is None and above.reason == "cookie_notice"
                and below.reason == "cookie_notice"
                and info.n_words <= navigation.MAX_NOTICE_WORDS):
            info.reason = "cookie_notice"


# A table of contents: a run of at least CONTENTS_MIN_ENTRIES numbered entries ("1 Background",
# "2.1 Seventh round (2025)") whose texts are, for at least half of them, headings printed
# further down the page. An article's numbered list says things; a contents list repeats the
# page's own headings.
CONTENTS_MIN_ENTRIES = 3
_CONTENTS_ENTRY_RE = re.compile(r"^(\d{1,2})(?:\.\d{1,2}){0,2}\.?\s+(\S.{0,80})$")


def _contents(infos: list[Info]) -> None:
    texts = [info for info in infos if info.text]
    k, n = 0, len(texts)
    while k < n:
        if not texts[k].text[:1].isdigit():
            k += 1
            continue
        run: list[tuple[Info, str]] = []
        number = 0
        j = k
        while j < n:
            info = texts[j]
            m = _CONTENTS_ENTRY_RE.match(info.text) if info.text[:1].isdigit() else None
            if not m or (run and int(m.group(1)) < number):
                break  # not an entry, or the numbering starts again: the first section
            number = int(m.group(1))
            run.append((info, m.group(2).lower()))
            j += 1
        if len(run) >= CONTENTS_MIN_ENTRIES:
            later = {strip_edit_label(info.text).lower() for info in texts[j:]}
            if sum(1 for _, t in run if t in later) * 2 >= len(run):
                for info, _ in run:
                    if info.reason != "headline":
                        info.reason = "navigation"
        k = max(j, k + 1)


# An ad inside the article is its label, its copy and its button ("Advertisement" / "Discover
# the Atacama like never before ..." / "Book now"): the copy reads as prose, but a paragraph
# framed by an ad's label above and an ad's button or prompt below is the ad's.
def _ad_copy(infos: list[Info]) -> None:
    for above, info, below in _framed(infos):
        if (info.reason is None and above.reason is not None
                and navigation.is_ad_label(above.low, above.n_words)
                and below.reason is not None
                and (navigation.is_ad_button(below.low)
                     or navigation.is_ad_prompt(below.low, below.n_words))):
            info.reason = "boilerplate"


# Reasons of the lines that show another story is near a stamp below the article: a
# related-stories list or a sidebar/comment paragraph (their dates are those stories' dates).
_OTHER_STORY = frozenset({"sidebar", "related_links"})
# A stamp directly followed, within this many non-blank lines, by another story's headline or
# text or by another stamp is the date of one item of a list (comments, related stories).
STAMP_FOLLOW_LINES = 3


# A box inside the article (a newsletter sign-up, an app prompt) is a heading line and a few
# furniture lines with at least one button or notice among them; the heading has no cue word
# of its own ("Get the morning briefing") and is left as text by the shape rules. A kept,
# capitalised line of a few words without digits or a final stop, directly above such a run
# (at least BOX_MIN_LINES removed lines, followed by more of the article), is the box's
# heading. An article's subheading is followed by its paragraph, or by a caption; a table's
# row ("(21 %)", "30. A B (ITA) +4.11") holds digits.
BOX_HEADING_MIN_WORDS = 3
BOX_HEADING_MAX_WORDS = 10
BOX_MIN_LINES = 3
BOX_MAX_LINES = 8
_BOX_BUTTONS = frozenset({"share", "cookie_notice"})


def _box_headings(infos: list[Info]) -> None:
    for info in infos:
        if (info.reason is not None or info.sentence_end or not info.text[:1].isupper()
                or not BOX_HEADING_MIN_WORDS <= info.n_words <= BOX_HEADING_MAX_WORDS
                or metadata.DIGIT_RE.search(info.text)):
            continue
        run: list[str] = []
        k = info.index + 1
        while k < len(infos) and len(run) <= BOX_MAX_LINES:
            nxt = infos[k]
            k += 1
            if nxt.reason == "blank":
                continue
            if nxt.reason is None:
                if len(run) >= BOX_MIN_LINES and _BOX_BUTTONS.intersection(run) \
                        and "caption" not in run:
                    info.reason = "boilerplate"
                break
            run.append(nxt.reason)


def _footer_stamp(infos: list[Info], stamps: list[int]) -> None:
    """A cued publication stamp below the article ("Published 22 October 2013" at the foot of
    a government page) is this article's own, and labelled "publication_line" so extraction
    may read it, when it is the first stamp below the article, no other story, comment
    section or author box comes between the article and it, and no other story or stamp
    follows it closely. ``stamps`` are the indices of the date lines below the article."""
    if not stamps:
        return
    cand = infos[stamps[0]]
    if not metadata.is_cued_stamp(cand.low):
        return
    k = cand.index - 1
    while k >= 0 and infos[k].reason not in (None, "headline"):
        info = infos[k]
        if info.reason in _OTHER_STORY or (info.text and ending.end_cue(info) == "end"):
            return
        k -= 1
    seen = 0
    for info in infos[cand.index + 1:]:
        if not info.text:
            continue
        if info.reason in _OTHER_STORY or info.index in stamps:
            return
        seen += 1
        if seen >= STAMP_FOLLOW_LINES:
            break
    cand.reason = "publication_line"


def _signature(info: Info, prev: Info | None) -> str | None:
    """The reason of a line that signs an article off, or None: a wire story's staff credit
    ("(Reporting by A; Editing by B)") or a lone agency credit after a complete paragraph,
    in capitals or marked by a bracket or a dash and a space ("KPL", "(dpa)", "- Bernama";
    "FAQs" is a heading, "—Garrett" signs a reader's quote). Sites print these under the
    text; a paragraph after one (a sidebar, another story) is not the article's, when little
    text follows (see the caller)."""
    if metadata.is_staff_credit(info.low, info.n_words):
        return "byline"
    if prev is None or not prev.sentence_end or prev.text.endswith((":", ";")):
        return None
    t = info.text
    marked = t[:1] == "(" or (t[1:2] == " " and t[:1] in "-–—")
    if metadata.is_credit(t) and (marked or not any(c.islower() for c in t)):
        return "credit"
    return None


# Another story after an agency credit shares only the site's everyday words with the
# article ("said", "Wednesday", "two"): less than this share of its content words.
OTHER_TEXT_MAX_SHARE = 0.25
# Credit-shaped lines near the end of one article checked against the text after them.
MAX_CREDIT_CHECKS = 3


def _lone_end_mark(text: str) -> bool:
    """Is the line an end-of-article marker alone ("./.", "(END)", "-30-", "###", "ENDS")?
    Removed as a scrape artifact or credit, it still ends the article as the same marker
    closing the last paragraph does, but only where little article text follows it
    (``ending.END_CUT_RATIO``): a lone "###" or "■" may also divide an article's sections."""
    t = text.strip()
    return len(t) <= metadata.END_MARK_MAX_CHARS and metadata.is_end_marker(t)


def _other_text_after(infos: list[Info], idx: int, article: list[int],
                      stop: frozenset[str]) -> bool:
    """Is the first article paragraph after line ``idx`` another text: one that shares less
    than OTHER_TEXT_MAX_SHARE of its content words with the article text before it? A
    short capitalised heading ("FAQ", "REVIEWS") looks like an agency credit too, but the
    article goes on below it on the same topic."""
    after = next((i for i in article if i > idx), None)
    if after is None:
        return False
    topic = lines_words(infos, takewhile(lambda i: i < idx, article), stop)
    words = info_words(infos[after], stop)
    return bool(words) and len(words & topic) / len(words) < OTHER_TEXT_MAX_SHARE


# The article's last paragraph may be one short sentence of names and figures ("X approved
# exports worth 150 million euros to Y last year.") that the density stage classes bad (few
# stopwords) and smoothing cannot rescue when page furniture follows. Up to this many such
# lines directly below the article are kept when each is a whole sentence of a few words that
# shares this many content words with the article; a headline, a menu or a teaser has no
# final full stop, a notice or another story's sentence shares fewer of the article's words.
MAX_TAIL_SENTENCES = 2
TAIL_MIN_SHARED = 2
MAX_TAIL_SENTENCE_WORDS = 40
# Lines of a picture printed between an article's paragraphs.
_PICTURE_REASONS = frozenset({"caption", "photo_credit", "image_file"})
# Ministries and agencies number their paragraphs ("5. Both sides agreed ..."): after its
# number (one or two digits, a full stop or a bracket) such a paragraph starts like a sentence.
_PARA_NUMBER_RE = re.compile(r"^\(?\d{1,2}[.)]\s+")
# a closing quote of the article ("\"We highly appreciate ...,\" Fomin said.") opens with one
_OPENING_QUOTES = "\"'“‘«„"


# A news brief of a few short paragraphs ("SEOUL, Oct. 17 (Yonhap) -- Seoul and Tokyo held
# ...", 150-190 characters each) has no line long enough to be good (density.LENGTH_HIGH),
# so smoothing had nothing to grow from, turned them bad, and the whole article was dropped.
# When no line is good, at least SHORT_ARTICLE_MIN_LINES lines first classed near-good that
# are whole sentences of density.SENTENCE_MIN_WORDS words or more, together
# SHORT_ARTICLE_MIN_CHARS long, are the article.
SHORT_ARTICLE_MIN_LINES = 2
SHORT_ARTICLE_MIN_CHARS = 250


def _neargood_sentence(info: Info) -> bool:
    """A line first classed near-good (so with no furniture reason when classed) that is a
    whole sentence of density.SENTENCE_MIN_WORDS words or more: prose that smoothing may have
    turned bad. Such a line is the article's when it stands between the article's kept lines
    with furniture around it ("READ: ..." above, "Advertisement" below), and such lines are
    the article when no line is good (``_short_article``)."""
    return info.init == "neargood" and info.sentence_end \
        and info.n_words >= density.SENTENCE_MIN_WORDS


def _short_article(cand: list[Info]) -> list[int]:
    lines = [info for info in cand if _neargood_sentence(info)]
    if len(lines) < SHORT_ARTICLE_MIN_LINES or \
            sum(info.n_chars for info in lines) < SHORT_ARTICLE_MIN_CHARS:
        return []
    for info in lines:
        info.cls = "good"
    return [info.index for info in lines]


def _last_sentences(infos: list[Info], last: int, keep: set[int], stop: frozenset[str]) -> int:
    """Add the article's trailing short sentences (see MAX_TAIL_SENTENCES) to ``keep``;
    return the new last line index."""
    topic: set[str] | None = None
    added = 0
    k = last + 1
    while k < len(infos) and added < MAX_TAIL_SENTENCES:
        info = infos[k]
        if not info.text or info.reason in _PICTURE_REASONS:
            k += 1  # a picture's caption or credit between the text and its last sentence
            continue
        if (info.reason is not None or info.cls == "good" or not info.sentence_end
                or not _PARA_NUMBER_RE.sub("", info.text).lstrip(_OPENING_QUOTES)[:1].isupper()
                or info.text.endswith((":", ";"))
                or _LABEL_RE.match(info.text)  # "Corresponding author: ...", "Note: ..."
                or not density.SHORT_SENTENCE_MIN_WORDS <= info.n_words
                <= MAX_TAIL_SENTENCE_WORDS or ending.end_cue(info) is not None):
            break
        if topic is None:
            topic = lines_words(infos, keep, stop)
        if len(info_words(info, stop) & topic) < TAIL_MIN_SHARED:
            break
        keep.add(k)
        last = k
        added += 1
        k += 1
    return last


# A standfirst printed right under the title, above the byline or date ("The two neighbours
# will also study a shared ammunition stockpile near the corridor"): a phrase of at least
# STANDFIRST_MIN_WORDS words without a final stop, sharing MIN_DECK_SHARED content words with
# the lead, is the text's own summary, kept with it (a related link under a title shares
# one or two).
STANDFIRST_MIN_WORDS = 8
MIN_DECK_SHARED = 3


def _standfirst(infos: list[Info], headline: int | None, first: int, lead: set[str],
                stop: frozenset[str]) -> int | None:
    k = nearest_text(infos, headline, 1) if headline is not None else None
    if k is None or k >= first:
        return None
    deck = infos[k]
    if (deck.reason not in (None, "related_links", "navigation", "boilerplate")
            or deck.n_words < STANDFIRST_MIN_WORDS or not title_shaped(deck)
            or metadata.DATE_RE.search(deck.text)  # a metadata row: date, categories
            or len(info_words(deck, stop) & lead) < MIN_DECK_SHARED):
        return None
    return k


# Lines under the text that may sign it off, in any order: an author's note, a byline or a
# reporter's e-mail address, and a note on how the text was made (translated, syndicated).
MAX_TRAILING_BYLINES = 3


def analyse(raw: str) -> tuple[list[tuple[int, int, int, str, str]], list[Info], str | None,
                                 int | None]:
    """Every line's working state after all stages: (line spans as ``line_spans`` gives them,
    infos, language, headline)."""
    lines = line_spans(raw)
    infos: list[Info] = []
    all_words: list[str] = []
    fix = page_needs_repair(raw)
    for k, (_, _, _, part, stripped) in enumerate(lines):
        text = normalise_ws(strip_date_prefix(repair(part) if fix else part)) if stripped else ""
        if text[:2] == "**":
            text = strip_emphasis(text)
        info = Info(k, text)
        if not text:
            info.reason = "blank"
        infos.append(info)
        all_words.extend(info.words)

    lang = guess_language(all_words)
    stop = stopwords().get(lang, frozenset()) if lang else frozenset()

    # Furniture by shape and cue words.
    notices = ads = slots = False  # consent notices, ad labels, ad labels or prompts
    for info in infos:
        if info.reason is None:
            info.reason = _furniture(info)
            if info.reason is None:
                info.stop_ratio = best_stop_ratio(info.words, stop)
            elif info.reason == "cookie_notice":
                notices = True
            elif info.reason in _AD_SLOT_REASONS and info.n_words <= \
                    navigation.MAX_AD_PROMPT_WORDS and not ads:
                if navigation.is_ad_label(info.low, info.n_words):
                    ads = slots = True
                elif not slots and navigation.is_ad_prompt(info.low, info.n_words):
                    slots = True
    if notices:
        _inside_notices(infos)
    if ads:
        _ad_copy(infos)

    # Density classes, smoothed over the candidate lines only.
    cand = [info for info in infos if info.reason is None or info.reason != "blank"]
    classes = [density.initial_class(info, bool(stop), stop) for info in cand]
    density.reflow(cand, classes, stop)
    for info, c, c0 in zip(cand, density.smooth(classes), classes, strict=True):
        info.cls = c
        info.init = c0
    if slots:
        _between_ad_slots(cand)
    good = [info.index for info in cand if info.cls == "good"] or _short_article(cand)

    # The article block, and where it ends.
    article, first, last = sidebar.select_article(infos, good, stop)
    keep = set(article)
    total = sum(infos[i].n_chars for i in article)
    before = 0
    prev = None
    credit_checks = 0
    for idx in range(first, last + 1) if article else ():
        info = infos[idx]
        if not info.text:
            continue
        if idx not in keep and info.reason is not None:
            if _lone_end_mark(info.text) and before and total - before \
                    < ending.END_CUT_RATIO * before:
                keep = {i for i in keep if i < idx}
                last = max(keep)
                break
            continue
        if idx not in keep and _neargood_sentence(info):
            keep.add(idx)  # (lines with a reason by now were passed over just above)
        if idx in keep and metadata.is_end_marker(info.text) and idx < last:
            keep = {i for i in keep if i <= idx}
            last = idx
            break
        signed = _signature(info, prev) if before else None
        if signed and total - before - info.n_chars >= ending.END_CUT_RATIO * before:
            signed = None  # much of the article follows: a credit inside it
        if signed == "credit":
            credit_checks += 1  # each check scans the article: a few per page keep it linear
            if credit_checks > MAX_CREDIT_CHECKS or not _other_text_after(infos, idx, article,
                                                                           stop):
                signed = None
        if signed:
            info.reason = signed  # the story is signed off: what follows is another text
            keep = {i for i in keep if i < idx}
            article = [i for i in article if i < idx]
            last = max(keep)
            break
        if idx in keep:
            before += info.n_chars
            prev = info
    if keep and last == max(keep) and not metadata.is_end_marker(infos[last].text):
        last = _last_sentences(infos, last, keep, stop)
    cut, boxes = ending.find_cut(infos, sorted(keep), stop)
    if boxes:
        keep.difference_update(boxes)
        article = [i for i in article if i in keep]
        last = max(keep)  # a box may have been the article's last line
    if cut is not None:
        keep = {i for i in keep if i < cut}
        article = [i for i in article if i < cut]
        last = max(keep)

    # Lists the article introduces with a colon ("Key points:"): kept, never the headline.
    listed = lists.article_lists(infos, article, first, last, stop)

    # Headline: a title line before the text, or the text's first line when it is
    # title-shaped (no sentence end) and shares words with what follows.
    if len(article) > 1 and title_shaped(infos[first]):
        infos[first].reason = None
        lead_words = lines_words(infos, article[1:1 + LEAD_PARAGRAPHS], stop)
        if len(info_words(infos[first], stop) & lead_words) >= 2:
            keep.discard(first)
            article = article[1:]
            first = article[0]
    lead_words = lines_words(infos, article[:LEAD_PARAGRAPHS], stop)
    headline = find_headline(infos, first, lead_words, stop, frozenset(listed)) \
        if first >= 0 else None
    keep.update(listed)
    if headline is not None:
        title = above_standfirst(infos, headline, lead_words, stop)
        if title != headline:
            keep.add(headline)  # the standfirst below the title is the text's first line
            headline = title
    deck = _standfirst(infos, headline, first, lead_words, stop)
    if deck is not None:
        keep.add(deck)
    kept_lines = sorted(keep)
    tail = sidebar.off_topic_tail(infos, kept_lines, headline, stop) \
        or sidebar.second_dateline(infos, kept_lines) \
        or sidebar.headed_tail(infos, kept_lines, headline, stop) \
        or sidebar.lead_tail(infos, kept_lines, headline, stop)
    if tail:
        keep.difference_update(tail)
        last = max(keep)
    # The author's note under an analysis ("X is a researcher at ..."), a byline printed
    # under the text with it or alone ("By A in Tokyo and B in Ottawa") or the reporter's
    # e-mail address: bylines, not text; a note on how the text was made: boilerplate.
    for _ in range(MAX_TRAILING_BYLINES):
        info = infos[last]
        if len(keep) < 2:
            break
        if metadata.is_editorial_note(info.low, info.n_words):
            info.reason = "boilerplate"
        elif (metadata.is_author_bio(info.text, info.n_words)
              or metadata.is_byline(info.text, info.low, info.n_words)
              or metadata.is_contact_line(info.text)):
            info.reason = "byline"
        else:
            break
        keep.discard(last)
        last = max(keep)

    lead_lines = frozenset(sorted(keep)[:LEAD_PARAGRAPHS])
    stamps_after: list[int] = []
    for info in infos:
        if info.reason == "blank":
            continue
        if info.index == headline:
            info.reason = "headline"
            continue
        if info.index in keep:
            # a byline the density stage took in with the text's first lines ("Por A B |
            # Corresponsal en C" between a standfirst and the first paragraph) is a byline;
            # deeper in, "Von Risiken und Nebenwirkungen" is a subheading
            info.reason = "byline" if info.index in lead_lines and metadata.is_byline(
                info.text, info.low, info.n_words) else None
            continue
        where = "before" if info.index < first else "after" if info.index > last else "inside"
        if info.reason is None:
            if where == "inside" and _CODE_RE.search(info.text):
                continue  # code or a formula between the article's paragraphs
            info.reason = _positional(info, where)
        elif (info.reason == "publication_line" and where == "inside"
              and _LABEL_RE.match(info.text) and not metadata.is_cued_stamp(info.low)):
            info.reason = None  # "Deadline: 3 May 2020" between paragraphs: a fact of the text
        elif info.reason == "publication_line" and where == "after":
            info.reason = "boilerplate"  # a date below the article: another story's, unless
            stamps_after.append(info.index)  # _footer_stamp finds it is the article's own
    _footer_stamp(infos, stamps_after)
    _box_headings(infos)
    # after the article is chosen: as furniture, a contents list would break the smoothing
    # around the section heading under it
    _contents(infos)

    duplicates.mark_duplicates(infos, headline)
    _off_topic_notices(infos, headline, stop)
    return lines, infos, lang, headline


def clean_text(raw: str) -> CleanedDoc:
    """Clean one decoded document (newlines already normalised to ``\\n``). A page flattened
    into one line is re-flowed first (``flat.reflow``: same length, so the same offsets)."""
    raw = flat.reflow(raw)
    spans, infos, lang, headline = analyse(raw)
    english = lang == "en"
    seen: dict[str, bool] = {}  # case-change words looked up on this page (glued.split_glued)
    out: list[Line] = []
    for (number, start, end, part, stripped), info in zip(spans, infos, strict=True):
        reason = info.reason
        if reason == "blank":
            out.append(Line(number, start, end, part, stripped, reason))
            continue
        text = info.text
        if reason is None or reason == "headline":
            text = glued.split_sentences(strip_edit_label(text))
            if english:
                text = glued.split_glued(text, raw, seen)
        out.append(Line(number, start, end, part, text, reason))
    if headline is not None:
        line = out[headline]
        title = strip_site_name(line.text, infos, headline)
        if title != line.text:
            out[headline] = Line(line.number, line.start, line.end, line.raw, title, line.reason)
    doc = CleanedDoc(raw=raw, lines=out)
    if headline is not None:
        doc.headline = out[headline].text
        doc.headline_line = out[headline].number
    return doc
