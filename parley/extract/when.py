"""When: the publication date printed on the page and the day the meeting took place.

Publication: the scraper's " date YYYY-MM-DD" prefix, a stamp line ("Published 22 October
2013", "13:43 JST, December 13, 2024", "11/16/2021"; "05/03/2025" only when the dateline prints
its day in words, "Mar 5"), or a dateline with a year ("Hanoi,
April 24, 2024, The Europe Today:"). A dateline without a year ("New Delhi, December 6.")
is not a publication date.

The meeting: the first date printed in a sentence that reports it ("... Dialogue in
Washington, D.C. on December 18"), or a weekday there ("held ... on Thursday") counted back
from the publication date. A day without a year takes the publication date's year (the year
before when that would put the meeting after publication), else the year the text's own
years allow (``dates.infer_year``); never a year from removed boilerplate, which extraction
does not read. A printed weekday that contradicts a year rejects it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

from parley.document import METADATA_REASONS, Line
from parley.extract import lexicon
from parley.extract.dates import (
    DateMention,
    YearBounds,
    ambiguous_numeric,
    bound_dates,
    date_on_or_before,
    find_dates,
    infer_year,
    weekday_before,
)
from parley.extract.view import DocView, Sentence

# A dateline: a place (at most this many words) and a comma before the date, at the start of
# the article's first paragraph.
MAX_DATELINE_PLACE_WORDS = 5
MAX_DATELINE_START = 45
_DATELINE_PLACE_RE = re.compile(r"^[\W_]{0,3}[A-Z][^!?]{0,40}?,\s?$")
_DATELINE_END_RE = re.compile(r"^\s?(?:[—–:,.(-]|--|$)")
# ... or the agency's acronym, then the dash: "Lima, March 4, 2025 ANDX -- ...". Why:
# some agencies print their credit between the date and the dash with no comma or bracket,
# and the date was then taken for no dateline (no publication date, and the dateline's date
# read as the meeting's, so "yesterday" in the lead was never counted back).
_DATELINE_AGENCY_END_RE = re.compile(r"^\s[A-Z]{2,6}\s{0,2}(?:--|[—–-])\s")
# Removed lines that belong to other stories: their dates are never this article's.
NOT_OURS = frozenset({"sidebar", "related_links", "caption", "duplicate"})
# A stamp line holds a date and at most this many other words ("Updated:", "IST").
MAX_STAMP_WORDS = 3
# Characters that separate a stamp line's fields (pages print "|", a middle dot or a bullet).
STAMP_FIELD_SEPARATORS = ("|", "·", "•")
_TIME_RE = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s?(?:[ap]\.?m\.?)?(?:\s?\(?[A-Z]{2,4}\)?)?",
                      re.I)
_WORDS_RE = re.compile(r"[^\W\d_]+")
# A Hijri date printed beside the Gregorian one on a Gulf or Arab page's stamp ("Sunday, 19 Dhu
# al-Hijjah 1446 AH - 15 June 2025"): a day, a month of one to three words, a year of the
# Hijri era (13xx-15xx: AD 1882-2174) and its "AH" mark. Why: its month's words counted as
# the stamp's other words, so the line was no stamp and the page had no publication date.
# Looked for only when the line prints an "AH" mark.
_HIJRI_RE = re.compile(r"\b\d{1,2}\s[A-Z][\w'’-]*(?:\s[\w'’-]+){0,2}\s1[345]\d\d\s?"
                       r"(?:AH|A\.H\.)(?!\w)")
# How many tokens before a year are searched for a word that puts it in the future.
FUTURE_WINDOW = 8
_THIS_YEAR_RE = re.compile(r"\bthis year\b", re.I)
_RANGE_END_RE = re.compile(r"^\s?[-–]\s?((?:19|20)\d\d)\b")


@cache
def _cues():
    v = lexicon.dates_vocab()["cues"]
    pub = "|".join(re.escape(c) for c in sorted(v["publication"], key=len, reverse=True))
    fut = "|".join(re.escape(c) for c in sorted(v["future"], key=len, reverse=True))
    per = "|".join(re.escape(c) for c in v["period"])
    adj = "|".join(re.escape(c) for c in sorted(v["future_adjacent"], key=len, reverse=True))
    return (re.compile(rf"^[\W_]{{0,3}}(?:{pub})\b", re.I),
            re.compile(rf"\b(?:{fut})\b|\b(?:{adj})(?:\s\w+)?\s?$", re.I),
            re.compile(rf"\b(?:{per})\s?$", re.I))


# How long the place between a meeting verb and "from" may be ("held in Dar es Salaam from").
MAX_HELD_PLACE_CHARS = 40
# ... and the meeting's name before it ("the 14th Political, Security and Defence Dialogue" is
# 52 characters; it must end in a meeting word, so "held talks during his visit from" is no
# meeting's own days).
MAX_HELD_OBJECT_CHARS = 80


@cache
def _held_period_re() -> re.Pattern[str]:
    """A meeting verb, maybe the meeting's name ("held the fifth Defence Policy Dialogue"),
    at most a place ("in Maputo"), then a period cue, at the end of the text before a range:
    the range is the meeting's own days (``period_held``)."""
    v = lexicon.dates_vocab()["cues"]
    verbs = "|".join(re.escape(c) for c in sorted(v["period_held"], key=len, reverse=True))
    per = "|".join(re.escape(c) for c in v["period"])
    objects = "|".join(re.escape(c) for c in v["period_held_objects"])
    return re.compile(rf"\b(?:{verbs})"
                      rf"(?:\s(?:the|their|its|a|an)\s[^;.]{{0,{MAX_HELD_OBJECT_CHARS}}}?"
                      rf"\b(?:{objects}))?"
                      rf"(?:\s(?:in|at)\s[A-Z][^,;.]{{0,{MAX_HELD_PLACE_CHARS}}}?)?"
                      rf"\s(?:{per})\s?$", re.I)


@cache
def _reported_on_re() -> re.Pattern[str]:
    """A reporting verb and maybe "on" at the end of the text before a date (a weekday printed
    with the date is part of its mention; see ``dates.toml`` [cues] ``reported_on``)."""
    v = lexicon.dates_vocab()["cues"]
    verbs = "|".join(re.escape(c) for c in sorted(v["reported_on"], key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs})\s(?:on\s)?$", re.I)


@cache
def _ended_re() -> re.Pattern[str]:
    """A duration ("two-day", "3-day") and an end verb ("ended") in one sentence (see
    ``dates.toml`` [cues] ``ended``)."""
    v = lexicon.dates_vocab()["cues"]
    words = "|".join(re.escape(w) for w in v["duration_words"])
    return re.compile(rf"\b(?P<n>{words}|[2-7])-day\b", re.I), lexicon.words_re(v["ended"])


def days_before_end(text: str, d: DateMention) -> int:
    """How many days before the printed day a meeting began, when ``text`` dates a meeting of
    several days by its end ("a two-day meeting which ended in Lusaka yesterday" -> 1); 0
    otherwise, and for a printed range ("9-10 February"), whose first day is read already."""
    if d.is_range:
        return 0
    duration, ended = _ended_re()
    m = duration.search(text)
    if not m or not ended.search(text.lower()):
        return 0
    n = m.group("n").lower()
    words = lexicon.dates_vocab()["cues"]["duration_words"]
    return (int(n) if n.isdigit() else words[n]) - 1


@dataclass
class Found:
    """A date with where its evidence stands (a line and offsets in its text)."""

    date: dt.date
    line: Line
    start: int
    end: int


@dataclass
class When:
    published: Found | None = None
    dateline: DateMention | None = None  # the date of the article's dateline, if any
    event_date: dt.date | None = None
    basis: str | None = None
    note: str | None = None
    evidence: tuple[Line, int, int] | None = None
    month_day: tuple[int, int] | None = None  # printed without a year
    weekday: int | None = None  # printed without a day


# A byline leading a stamp line ("By Ana Maria Cruz  May 6, 2025, 3:10 pm"): the
# author's name (at most this many words) is not one of the stamp's other words, nor the
# section it was filed in and an "on" before the date ("By Ana Cruz in Foreign Affairs on 4
# March 2025", as magazine-style sites print it; at most ``MAX_SECTION_WORDS`` capitalised
# words). Why: those words pushed the line over ``MAX_STAMP_WORDS``, and the page had no
# publication date.
MAX_BYLINE_WORDS = 6
MAX_SECTION_WORDS = 3
_BYLINE_RE = re.compile(r"^\s*By\s+[A-Z][\w.'’-]*(?:\s{1,2}[A-Z][\w.'’-]*)"
                        rf"{{0,{MAX_BYLINE_WORDS - 1}}}"
                        r"(?:\s+in\s+[A-Z][\w&'’-]*(?:\s[A-Z&][\w&'’-]*)"
                        rf"{{0,{MAX_SECTION_WORDS - 1}}})?(?:\s+on)?[\s,|•·–-]*$")


@cache
def _weekday_re() -> re.Pattern[str]:
    """Weekday names and their three-letter forms ("Wed Apr 16, 2025"), which a stamp prints
    beside its date."""
    days = list(lexicon.dates_vocab()["weekdays"])
    forms = sorted({*days, *(d[:3] for d in days)}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(forms) + r")\b\.?,?", re.I)


@cache
def _place_before_cue() -> re.Pattern[str]:
    """A place of at most ``MAX_DATELINE_PLACE_WORDS`` capitalised words and a comma, right
    before a publication cue ("New Delhi, Updated At :", "Colombo, Published"). Why: some pages
    glue the dateline to the stamp line, and its words pushed the line over
    ``MAX_STAMP_WORDS``, so the page had no publication date (and no weekday to count back
    from)."""
    pub = "|".join(re.escape(c) for c in sorted(lexicon.dates_vocab()["cues"]["publication"],
                                                key=len, reverse=True))
    return re.compile(r"^\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)"
                      rf"{{0,{MAX_DATELINE_PLACE_WORDS - 1}}},\s?(?=(?i:{pub})\b)")

# A byline after the date of a line led by a publication cue ("Posted on 7 October 2025 by
# HCMS Events Team", as blog and think-tank pages print): the author's capitalised words are
# not counted as the stamp's other words. Why: the stamp had too many words and the page no
# publication date. Only after a publication cue (a body sentence "... 2025 by Reuters" is no
# stamp).
_TRAILING_BYLINE_RE = re.compile(r"^\s+by\s+[A-Z][\w.'’-]*(?:\s{1,2}[A-Z][\w.'’-]*)"
                                 rf"{{0,{MAX_BYLINE_WORDS - 1}}}\s*$")


def _is_stamp(text: str, d: DateMention) -> bool:
    # the other "|" fields of a stamp are labels ("KYODO NEWS - Mar 4, 2025 | World, All",
    # "Source: Xinhua | 2025-05-21 23:14:05 | Editor: huaxia", "By Lusa, in News · 14 Oct
    # 2025, 09:12 · 0 Comments")
    left = max(text.rfind(sep, 0, d.start) for sep in STAMP_FIELD_SEPARATORS) + 1
    rights = [i for i in (text.find(sep, d.end) for sep in STAMP_FIELD_SEPARATORS) if i >= 0]
    right = min(rights) if rights else len(text)
    before = text[left:d.start]
    if _BYLINE_RE.match(before):
        before = ""
    # "Lima, Updated At : 09:30 AM Mar 11, 2025 PET": the dateline's place leading a
    # publication cue is not one of the stamp's other words
    before = _place_before_cue().sub("", before)
    after = text[d.end:right]
    if " by " in after and _cues()[0].match(text) and _TRAILING_BYLINE_RE.match(after):
        after = ""  # "Posted on 7 October 2025 by Events Team": the author is no other word
    rest = before + " " + after
    if "AH" in rest or "A.H." in rest:
        rest = _HIJRI_RE.sub(" ", rest)
    rest = _TIME_RE.sub(" ", rest)
    # weekday names are part of the stamp ("Wed Apr 16, 2025 09:12 PM"), not other words
    rest = _weekday_re().sub(" ", rest)
    rest = _cues()[0].sub(" ", rest.strip())
    return len(_WORDS_RE.findall(rest)) <= MAX_STAMP_WORDS


# A kept first paragraph of at most this many words and no full stop at its end is a
# standfirst above the dateline paragraph ("Energy, migration and Sahel security top two-day
# talks" / "(ANSA) - ROME, FEB 10 - ..."): the dateline is then looked for in the next one.
MAX_STANDFIRST_WORDS = 25


def _dateline_in(text: str) -> DateMention | None:
    for d in find_dates(text[:MAX_DATELINE_START + 30]):
        if d.start > MAX_DATELINE_START or d.kind not in ("full", "md"):
            return None
        place = text[:d.start]
        if (_DATELINE_PLACE_RE.match(place)
                and len(place.split()) <= MAX_DATELINE_PLACE_WORDS
                and (_DATELINE_END_RE.match(text[d.end:d.end + 3])
                     or _DATELINE_AGENCY_END_RE.match(text[d.end:d.end + 12]))):
            return d
        return None
    return None


def dateline_of(view: DocView) -> tuple[int, DateMention] | None:
    """The paragraph index and date of the article's dateline: in the first paragraph, or in
    the second when the first is a standfirst (``MAX_STANDFIRST_WORDS``). Why: a standfirst
    kept above "(ANSA) - ROME, FEB 10 - ..." hid the dateline, whose date was then read as
    the meeting's over the "9-10 February" of the meeting sentence."""
    for k, ln in enumerate(view.paras[:2]):
        d = _dateline_in(ln.text)
        if d is not None:
            return k, d
        text = ln.text.rstrip()
        if len(text.split()) > MAX_STANDFIRST_WORDS or text.endswith((".", "!", "?", ":")):
            return None
    return None


def publication(view: DocView, today: dt.date) -> tuple[Found | None, DateMention | None]:
    """The page's publication date, and the dateline's date mention (with or without year)."""
    pub_cue = _cues()[0]
    candidates: list[tuple[int, Found]] = []
    if view.date_prefix:
        iso, a, b = view.date_prefix
        first = view.doc.lines[0]
        candidates.append((0, Found(dt.date.fromisoformat(iso), first, a, b)))
    # stamp lines: metadata lines anywhere, short kept lines at the top, any line above the
    # article that is only a date ("11/16/2021"), and "Published ..." lines below it
    lines = list(view.meta) + [ln for ln in view.paras[:2] if len(ln.text.split()) <= 12]
    first_body = view.first_body_line
    lines += [ln for ln in view.doc.lines
              if ln.reason not in (None, "blank", *METADATA_REASONS, *NOT_OURS)
              and (ln.number < first_body or pub_cue.match(ln.text))]
    # a stamp line right under the headline that cleaning took for a related link
    # ("October 3, 20245:12 AM GMT+7Updated 2 hours ago"): a related link is a headline
    stamps_above = [ln for ln in view.doc.lines
                    if ln.reason == "related_links" and ln.number < first_body]
    # a footer stamp: a removed line below the article that is only a date and time
    # ("2025-05-21 15:47"), as some agencies print under the text; ranked after the stamps
    # above the article
    for ln in view.doc.lines:
        if ln.number > first_body and ln.reason not in (None, "blank", *NOT_OURS) \
                and len(ln.text) <= MAX_FOOTER_STAMP_CHARS:
            d = _only_date_and_time(ln.text)
            if d is not None and not _under_related_link(view, ln):
                candidates.append((5, Found(d.as_date(), ln, d.start, d.end)))
    undecided: list[tuple[Line, int, int, dt.date, dt.date]] = []
    for ln in lines + stamps_above:
        if ln.reason is not None and _under_related_link(view, ln):
            continue  # a listing's date line belongs to the story linked above it
        for d in sorted(find_dates(ln.text) + _ordered_by_line(ln.text), key=lambda d: d.start):
            if d.kind != "full" or not _is_stamp(ln.text, d):
                continue
            rank = 1 if pub_cue.match(ln.text) else 4 if ln.reason == "related_links" else 3
            candidates.append((rank, Found(d.as_date(), ln, d.start, d.end)))
            break
        else:
            if ln.reason != "related_links":
                undecided += [(ln, a, b, r1, r2) for a, b, r1, r2 in ambiguous_numeric(ln.text)
                              if _is_stamp(ln.text, DateMention(a, b, "full"))]
    found_dateline = dateline_of(view)
    dateline = found_dateline[1] if found_dateline else None
    if found_dateline is not None and dateline.kind == "full":
        first = view.paras[found_dateline[0]]
        candidates.append((2, Found(dateline.as_date(), first, dateline.start, dateline.end)))
    if dateline is not None and dateline.month and dateline.day:
        # "EFE | 05/03/2025 18:42" under a "Santiago, Mar 5 (EFE)" dateline: a stamp whose
        # day and month cannot be told apart takes the reading the dateline prints in words
        for ln, a, b, r1, r2 in undecided:
            fits = [r for r in (r1, r2) if (r.month, r.day) == (dateline.month, dateline.day)]
            if len(fits) == 1:
                candidates.append((3, Found(fits[0], ln, a, b)))
                break
    elif undecided and view.paras:
        lead_stamp = _stamp_after_lead(view.paras[0].text, undecided)
        if lead_stamp is not None:
            candidates.append((3, lead_stamp))
    candidates = [(r, f) for r, f in candidates if f.date and f.date <= today]
    if not candidates:
        return None, dateline
    return min(candidates, key=lambda rf: rf[0])[1], dateline


# How many days after the meeting day its lead prints a release may be stamped
# ("... in Lima on Monday 9 March" under "Date: 10/03/2025").
LEAD_STAMP_DAYS = 7


def _ordered_by_line(text: str) -> tuple[DateMention, ...]:
    """The slashed dates of a stamp line whose day and month cannot be told apart, read in the
    order another numeric date on the same line proves ("Published 03/06/2025 · Updated
    17/06/2025": 17 is no month, so the line is day-first and 03/06 is 3 June). Why: a page
    prints its dates in one order; without this the "Updated" date, the only one read, was
    taken for the publication date. Only a "/" line with both kinds is looked at (cheap test)."""
    if text.count("/") < 4:
        return ()
    amb = ambiguous_numeric(text)
    if not amb:
        return ()
    orders = set()
    for m in re.finditer(r"(?<!\d)(\d{1,2})/(\d{1,2})/(?:19|20)\d\d(?!\d)", text):
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b:
            orders.add("day_first")
        elif b > 12 >= a:
            orders.add("month_first")
    if len(orders) != 1:
        return ()
    k = 2 if "day_first" in orders else 3
    return tuple(DateMention(r[0], r[1], "full", year=r[k].year, month=r[k].month, day=r[k].day)
                 for r in amb)


def _stamp_after_lead(lead: str, undecided) -> Found | None:
    """A slashed stamp whose day and month cannot be told apart ("Date: 10/03/2025"), on a
    page with no dateline: the reading that falls on, or up to ``LEAD_STAMP_DAYS`` after, a
    day the first paragraph prints in words ("on Monday 9 March"). Why: a press release is
    stamped the day of the meeting or soon after; the other reading (3 October) is months
    away from it. Only when exactly one reading fits."""
    days = [(d.month, d.day) for d in find_dates(lead) if d.month and d.day]
    for ln, a, b, r1, r2 in undecided:
        fits = set()
        for r in (r1, r2):
            for month, day in days:
                try:
                    gap = (r - dt.date(r.year, month, day)).days
                except ValueError:
                    continue
                if 0 <= gap <= LEAD_STAMP_DAYS:
                    fits.add(r)
        if len(fits) == 1:
            return Found(fits.pop(), ln, a, b)
    return None


# A footer stamp is short: a date and a time ("2025-05-21 15:47", "May 21, 2025, 3:47 pm").
MAX_FOOTER_STAMP_CHARS = 40


def _only_date_and_time(text: str) -> DateMention | None:
    """The date of a line that is one full date and a time, and no word; else None."""
    if not _TIME_RE.search(text):
        return None
    ds = find_dates(text)
    if len(ds) != 1 or ds[0].kind != "full":
        return None
    rest = _TIME_RE.sub(" ", text[:ds[0].start] + " " + text[ds[0].end:])
    return None if _WORDS_RE.search(rest) or re.search(r"\d", rest) else ds[0]


def _under_related_link(view: DocView, ln) -> bool:
    """Whether the removed line right above ``ln`` (blank lines skipped) is a related link:
    "Japan, India hold 16th strategic dialogue" / "03/02/2025" in a list of other stories
    (unless the article's body follows right below ``ln``)."""
    lines = view.doc.lines
    k = ln.number - 1  # lines are numbered from 1, every raw line kept
    if not (0 <= k < len(lines) and lines[k] is ln):
        return False
    n = k + 1
    while n < len(lines) and lines[n].reason == "blank":
        n += 1
    if n < len(lines) and lines[n].reason is None:
        # the article's first paragraph follows: the line above is this story's byline
        # ("Ana Cruz (El Diario)" / "Lima ● Tue, March 11, 2025"), not a
        # listing, whose entries are followed by more entries
        return False
    k -= 1
    while k >= 0 and lines[k].reason == "blank":
        k -= 1
    return k >= 0 and lines[k].reason == "related_links"


# A meeting sentence dated only by a month or year this long before publication recalls an
# earlier meeting ("At the fourth ... Consultation, held in Wellington in March 2023, ..."):
# a report of the meeting itself prints its day, or is published within weeks of it.
PAST_MEETING_DAYS = 62
_IN_YEAR_RE = re.compile(r"\bin\s$")


def recalls_past_meeting(text: str, published: dt.date | None) -> bool:
    """Whether a sentence dates its meeting to a month or year well before publication and
    prints no day of its own."""
    if published is None:
        return False
    found = find_dates(text)
    if any(d.kind in ("full", "md", "weekday", "relative") for d in found):
        return False
    for d in found:
        if d.kind == "month_year" and d.year and d.month:
            if (published - dt.date(d.year, d.month, 1)).days > PAST_MEETING_DAYS:
                return True
        elif d.kind == "year" and d.year and d.year < published.year \
                and _IN_YEAR_RE.search(text[max(0, d.start - 4):d.start]):
            return True
    return False


def year_bounds(view: DocView, skip: set[tuple[int, int, int]], today: dt.date) -> YearBounds:
    """What the body's years say: past ones bound the meeting below, future ones above.

    Years inside names ("the 1982 United Nations Convention", "UNCLOS 1982") and ranges
    ("2018-2028") say nothing about the meeting and are left out; a year beside "this year"
    is the meeting's year.
    """
    future_re = _cues()[1]
    past: list[tuple[dt.date, str]] = []
    future: list[tuple[dt.date, str]] = []
    this_year = None
    for para, ln in enumerate(view.paras):
        for pd_ in find_dates(ln.text):
            if pd_.kind not in ("year", "month_year", "full"):
                continue
            if (para, pd_.start, pd_.end) in skip:
                continue
            s = view.sentence_at(para, pd_.start)
            if s is None:
                continue
            text = s.text
            d = replace(pd_, start=pd_.start - s.start, end=pd_.end - s.start)
            label = text[d.start:d.end]
            range_end = _RANGE_END_RE.match(text[d.end:d.end + 8])
            if _THIS_YEAR_RE.search(text):
                y = int(range_end.group(1)) if range_end else d.year
                if y and y <= today.year:
                    this_year = y
            if range_end or (d.kind == "year" and _in_name(text, d)):
                continue
            span = bound_dates(d)
            if span is None:
                continue
            before = " ".join(text[:d.start].split()[-FUTURE_WINDOW:])
            if future_re.search(before):
                future.append((span[0], label))
            else:
                past.append((span[0], label))
    upper = min(future, default=None)
    if upper:
        # a past mention of the future bound's period contradicts it: the cue was missed
        past = [p for p in past if p[0] < upper[0]]
    lower = max(past, default=None)
    return YearBounds(lower[0] - dt.timedelta(days=1) if lower else None,
                      upper[0] if upper else None, this_year,
                      lower[1] if lower else None, upper[1] if upper else None)


def _in_name(text: str, d: DateMention) -> bool:
    """A year that is part of a name: a capitalised word right before or after it."""
    before = text[:d.start].rstrip().rsplit(" ", 1)[-1] if text[:d.start].strip() else ""
    after = text[d.end:].lstrip().split(" ", 1)[0] if text[d.end:].strip() else ""
    low_before = before.lower()
    if before[:1].isupper() and low_before not in ("in", "since", "by", "until", "from", "of"):
        return True
    return bool(after[:1].isupper())


def event_when(view: DocView, event_sentences: list[Sentence], is_report: bool,
               today: dt.date, stamps: tuple[Found | None, DateMention | None]) -> When:
    """The meeting's date, how it was found, and the publication date; ``stamps`` is what
    ``publication`` found (read once per document by the caller)."""
    published, dateline = stamps
    w = When(published=published, dateline=dateline)
    if not is_report:
        return w
    period_re = _cues()[2]
    skip: set[tuple[int, int, int]] = set()
    found_dateline = dateline_of(view)
    if found_dateline is not None:
        skip.add((found_dateline[0], dateline.start, dateline.end))
    chosen: tuple[DateMention, Sentence] | None = None
    weekday: tuple[DateMention, Sentence] | None = None
    relative: tuple[DateMention, Sentence] | None = None
    rank: dict[str, int] = {}  # "weekday"/"relative" -> index of its event sentence
    for k, s in enumerate(event_sentences):
        for d in find_dates(s.text):
            span = (s.para, s.start + d.start, s.start + d.end)
            if span in skip:
                continue
            if d.kind in ("full", "md"):
                if _reported_on_re().search(s.text[:d.start]):
                    continue  # "..., the ministry said on Monday, May 19": the report's day
                if d.is_range and period_re.search(s.text[:d.start]) \
                        and not _held_period_re().search(s.text[:d.start]):
                    continue  # "a visit from December 11-13": not the meeting's day
                if published and d.year and d.as_date() and d.as_date() > published.date:
                    continue  # a date after publication is a plan, not this meeting
                chosen = (d, s)
                break
            if d.kind == "weekday" and weekday is None:
                weekday = (d, s)
                rank["weekday"] = k
            if d.kind == "relative" and relative is None:
                relative = (d, s)
                rank["relative"] = k
        if chosen:
            skip.add((chosen[1].para, chosen[1].start + chosen[0].start,
                      chosen[1].start + chosen[0].end))
            break
    if weekday and relative and rank["relative"] < rank["weekday"]:
        # "the meeting held ... yesterday" beats a later sentence's "who arrived on Monday":
        # event sentences come best first, and the weekday of a lesser one is another day's
        weekday = None
    if chosen:
        _from_day(view, w, chosen, published, skip, today)
    elif weekday and published:
        d, s = weekday
        day = weekday_before(published.date, d.weekday)
        if day:
            day -= dt.timedelta(days=days_before_end(s.text, d))
            name = s.text[d.start:d.end]
            _set(view, w, day, "year_inferred",
                 f"the {name} before the publication date {published.date.isoformat()}", s, d)
    elif relative and published:
        d, s = relative
        day = published.date + dt.timedelta(days=(d.offset_days or 0)
                                            - days_before_end(s.text, d))
        _set(view, w, day, "published",
             f"'{s.text[d.start:d.end]}' in a report published {published.date.isoformat()}",
             s, d)
    if w.event_date is None and weekday and not chosen:
        w.weekday = weekday[0].weekday
    if w.published is None and w.event_date and found_dateline is not None \
            and dateline.kind == "md":
        w.published = _dateline_after_event(view, found_dateline, w.event_date)
    if w.event_date is None and w.month_day is None and published and not weekday:
        _day_of_month(view, w, event_sentences, published)
    if w.event_date is None and w.month_day is None and published:
        w.event_date, w.basis = published.date, "published"
        w.note = "only the publication date is printed"
        w.evidence = (published.line, published.start, published.end)
    return w


# "held ... in Lima on the 18th" under a "November 20, 2025" stamp: a day of the month alone,
# the publication's month (or the month before, for a day after the publication's)
_DAY_OF_MONTH_RE = re.compile(r"\bon the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\b)")


def _day_of_month(view: DocView, w: When, event_sentences: list[Sentence],
                  published: Found) -> None:
    for s in event_sentences:
        m = _DAY_OF_MONTH_RE.search(s.text)
        if not m:
            continue
        day, pub = int(m.group(1)), published.date
        month = pub.replace(day=1) if day <= pub.day else \
            (pub.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        try:
            date = month.replace(day=day)
        except ValueError:
            return  # "the 31st" of a shorter month: no date
        w.event_date, w.basis = date, "year_inferred"
        w.note = (f"'{m.group(0)}' of the month of the publication date "
                  f"{pub.isoformat()}")
        line = view.paras[s.para]
        w.evidence = (line, s.start + m.start(), s.start + m.end())
        return


def _dateline_after_event(view: DocView, found_dateline: tuple[int, DateMention],
                          event: dt.date) -> Found | None:
    """The day of a dateline printed without a year ("Dakar, 4 June (APS) -", "Manama, June 24
    (BNA):") as the publication date, when it falls on or up to ``LEAD_STAMP_DAYS`` after the
    meeting day read from the body: the year is the meeting's (or the next, across New Year).
    Why: agency wires print only day and month in the dateline, and a page with no other stamp
    had no publication date although the wire is dated the day after the meeting."""
    k, d = found_dateline
    for year in (event.year, event.year + 1):
        day = d.as_date(year)
        if day is not None and 0 <= (day - event).days <= LEAD_STAMP_DAYS:
            return Found(day, view.paras[k], d.start, d.end)
    return None


def _set(view, w: When, day: dt.date, basis: str, note: str | None, s: Sentence,
         d: DateMention) -> None:
    w.event_date, w.basis, w.note = day, basis, note
    w.evidence = (view.paras[s.para], s.start + d.start, s.start + d.end)


def _from_day(view, w: When, chosen, published: Found | None, skip, today: dt.date) -> None:
    d, s = chosen
    back = dt.timedelta(days=days_before_end(s.text, d))  # "the two-day talks ended on ..."
    if d.year:
        _set(view, w, d.as_date() - back, "stated", None, s, d)
        return
    w.month_day = (d.month, d.day)
    if published:
        day = date_on_or_before(d.month, d.day, published.date)
        if day and (d.weekday is None or day.weekday() == d.weekday):
            _set(view, w, day - back, "year_inferred",
                 f"year from the publication date {published.date.isoformat()}", s, d)
            return
    bounds = year_bounds(view, skip, today)
    year, note = infer_year(d.month, d.day, bounds, today, d.weekday)
    if year:
        _set(view, w, dt.date(year, d.month, d.day) - back, "year_inferred", note, s, d)
    w.weekday = d.weekday
