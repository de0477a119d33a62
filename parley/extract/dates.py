"""Date expressions with offsets, and how a year is inferred when the text leaves it out.

Recognised (unambiguous styles only): ``March 30``, ``Dec. 18``, ``June 17, 2011``,
``30 March 2023``, ``November 15-16``, ``Thursday (August 1)``, ``2024-04-24``,
``17-Nov-2025``, ``11/16/2021`` (slashed: only when the day is > 12, else the order is
unknowable; ``ambiguous_numeric`` lists those for a caller that knows the day),
``11.02.2025`` and ``04-03-2025`` (dotted or dashed: always day-first), ``December 2022``
(month and year), weekdays alone (``on Thursday``), bare years, and ``today``/``yesterday``.
Patterns are bounded (no nested quantifiers): linear time.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from parley.extract import lexicon
from parley.extract.fold import fold_same_length
from parley.extract.spans import SpanSet


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    kind: str  # full | md | month_year | weekday | year | relative
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday=0, when printed
    is_range: bool = False
    offset_days: int | None = None  # relative: 0 today, -1 yesterday

    @property
    def has_day(self) -> bool:
        return self.day is not None

    def as_date(self, year: int | None = None) -> dt.date | None:
        y = self.year if year is None else year
        if y is None or self.month is None or self.day is None:
            return None
        try:
            return dt.date(y, self.month, self.day)
        except ValueError:
            return None


def _vocab():
    v = lexicon.dates_vocab()
    return v["months"], v["weekdays"]


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _compile():
    months, weekdays = _vocab()
    mon = rf"(?P<mon>{_alt(months)})"
    wd = rf"(?:(?P<wd>{_alt(weekdays)}),?\s{{1,3}}\(?)?"
    # never the minutes of a time ("10:12 March 05, 2025" is 5 March)
    day = r"(?<![:\d])(?P<d>\d{1,2})(?!\d)(?:st|nd|rd|th)?"
    day2 = r"(?:\s{0,2}(?:-|to|and)\s{0,2}(?P<d2>\d{1,2})(?!\d)(?:st|nd|rd|th)?)?"
    # a year glued to a time by a scraper ("October 3, 20245:12 AM") still ends the date; a
    # stamp may put a dash before the year when a time follows it ("Oct 14 - 2025 , 18:05",
    # West African agency pages), never in running text ("March 5 - 2025 talks")
    # (or a slash glued to the day: "Addis Ababa, February 10/2025 (ENA)", as some African
    # agencies print their datelines)
    year = (r"(?:(?:\)?,?\s{1,3}|\s[-–]\s(?=(?:19|20)\d\d\s?,?\s{0,2}\d{1,2}:\d\d)|(?<=\d)/)"
            r"(?P<y>(?:19|20)\d\d)(?:(?!\d)|(?=\d{1,2}:\d\d(?!\d))))?")
    # a month glued to the lower-case word before it by a scraper ("Published onSeptember 19,
    # 2025"): the month is capitalised (checked in _mention), so a lower-case letter before it
    # is a lost space, not part of a word
    glued = r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))"
    flags = re.IGNORECASE
    return [
        # year first, with one separator throughout: "2024-11-19", and the dotted or slashed
        # stamps of East Asian and broadcaster pages ("2025.07.09", "2025/07/09")
        ("iso", re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<isep>[-./])(?P<m>[01]\d)"
                           r"(?P=isep)(?P<d>[0-3]\d)(?![\d]|\.\d)")),
        ("num", re.compile(
            rf"(?:\b(?P<wd>{_alt(weekdays)}),?\s{{1,3}})?"
            r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)"
            r"(?P<y>(?:19|20)\d\d)(?!\d)", flags)),
        # a month name between hyphens, as broadcasters' and databases' stamps print it
        # ("Updated 22:14, 17-Nov-2025", "05-MAR-2024"): the month is spelled, so day and
        # month cannot be mistaken for each other as in "05-03-2024"
        ("dmy", re.compile(rf"(?<![\w-]){day}-{mon}-(?P<y>(?:19|20)\d\d)(?![\d-])", flags)),
        ("dm", re.compile(rf"\b{wd}{day}{day2}\s{{1,3}}(?:of\s)?{mon}\b\.?{year}", flags)),
        ("md", re.compile(rf"{glued}{wd}{mon}\b\.?\s{{0,3}}{day}{day2}{year}", flags)),
        ("my", re.compile(rf"\b{mon}\b\.?,?\s{{1,3}}(?P<y>(?:19|20)\d\d)(?!\d)", flags)),
        ("wd", re.compile(rf"\b(?P<wd>{_alt(weekdays)})\b", flags)),
        ("year", re.compile(r"(?<![\d$£€¥.,/-])(?P<y>(?:19[5-9]|20[0-9])\d)(?![\d%])")),
        ("rel", re.compile(r"\b(?P<rel>[Tt]oday|[Yy]esterday)\b")),
    ]


_PATTERNS: list | None = None
# a capitalised word right before a position (then "Today" there is part of a name)
_PREV_WORD_CAP = re.compile(r"\b[A-Z][\w'’-]*\s$")


def _patterns():
    global _PATTERNS
    if _PATTERNS is None:
        _PATTERNS = _compile()
    return _PATTERNS


def _capitalised(m: re.Match, group: str) -> bool:
    s = m.group(group)
    return s is None or s[:1].isupper()


@lru_cache(maxsize=4096)
def find_dates(text: str) -> tuple[DateMention, ...]:
    """Every date expression in ``text``, non-overlapping, left to right (cached)."""
    return tuple(_find_dates(text))


# Every pattern but weekdays and today/yesterday holds a digit: those run only on windows
# around digit runs (a weekday and a month can precede the day by ~25 characters, a month and
# a year follow it within ~20), which skips most of a paragraph's text.
_DIGIT_RUN = re.compile(r"\d+")
DIGIT_KINDS = frozenset({"iso", "num", "dmy", "dm", "md", "my", "year"})
LOOK_BEFORE_DIGITS = 40
LOOK_AFTER_DIGITS = 24


def _regions(folded: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _DIGIT_RUN.finditer(folded):
        a, b = max(0, m.start() - LOOK_BEFORE_DIGITS), m.end() + LOOK_AFTER_DIGITS
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _find_dates(text: str) -> list[DateMention]:
    months, weekdays = _vocab()
    folded = fold_same_length(text)
    regions = _regions(folded)
    has_day = "day" in folded.lower()  # every weekday and today/yesterday end in "day"
    taken = SpanSet()
    out: list[DateMention] = []
    for kind, pat in _patterns():
        if kind in DIGIT_KINDS:
            matches = (m for a, b in regions for m in pat.finditer(folded, a, b))
        elif has_day:
            matches = pat.finditer(folded)
        else:
            continue
        for m in matches:
            a, b = m.span()
            if not taken.free(a, b):
                continue
            mention = _mention(kind, m, months, weekdays)
            if mention is None:
                continue
            taken.add(a, b)
            out.append(mention)
    out.sort(key=lambda d: d.start)
    return out


def _mention(kind, m, months, weekdays) -> DateMention | None:
    a, b = m.span()
    gd = m.groupdict()
    wd = weekdays.get(gd["wd"].lower()) if gd.get("wd") else None
    if gd.get("wd") and not _capitalised(m, "wd"):
        if kind != "num":
            return None
        wd = None  # "tuesday, 18/12/2024": the number stands without the weekday
    y = int(gd["y"]) if gd.get("y") else None
    if kind == "iso":
        return _checked(DateMention(a, b, "full", y, int(gd["m"]), int(gd["d"])))
    if kind == "num":
        first, second = int(gd["a"]), int(gd["b"])
        if gd["sep"] in _day_first_separators() and first <= 12 and second <= 12:
            # "11.02.2025", "04-03-2025": dotted and dashed dates are day-first wherever they
            # are printed; month-first dates are written with slashes (``day_first_separators``)
            return _checked(DateMention(a, b, "full", y, second, first, wd))
        if first > 12 >= second or first == second:
            day, month = first, second
        elif second > 12 >= first:
            day, month = second, first
        else:
            # 03/04/2021: day and month cannot be told apart, unless a printed weekday
            # matches one reading only ("Tuesday, 10/12/2024" is 10 December)
            fits = [(d_, m_) for d_, m_ in ((first, second), (second, first))
                    if wd is not None and _weekday_of(y, m_, d_) == wd]
            if len(fits) != 1:
                return None
            day, month = fits[0]
        return _checked(DateMention(a, b, "full", y, month, day, wd))
    if kind in ("dm", "md", "dmy"):
        if not _capitalised(m, "mon"):
            return None
        month = months[gd["mon"].lower()]
        mention = DateMention(a, b, "full" if y else "md", y, month, int(gd["d"]), wd,
                              is_range=bool(gd.get("d2")))
        return _checked(mention)
    if kind == "my":
        if not _capitalised(m, "mon"):
            return None
        return DateMention(a, b, "month_year", y, months[gd["mon"].lower()])
    if kind == "wd":
        return DateMention(a, b, "weekday", weekday=wd)
    if kind == "year":
        return DateMention(a, b, "year", y)
    if kind == "rel":
        if m.group("rel")[0].isupper() and _PREV_WORD_CAP.search(m.string, 0, a):
            return None  # "The Europe Today": part of a name, not a day
        return DateMention(a, b, "relative", offset_days=0 if gd["rel"].lower() == "today"
                           else -1)
    return None


@cache
def _day_first_separators() -> frozenset[str]:
    """Numeric-date separators that make a date day-first (``day_first_separators``)."""
    return frozenset(lexicon.dates_vocab()["numeric"]["day_first_separators"])


def ambiguous_numeric(text: str) -> list[tuple[int, int, dt.date, dt.date]]:
    """Numeric dates whose day and month cannot be told apart ("05/03/2025"): (start, end,
    day-first reading, month-first reading). ``find_dates`` leaves them out; a caller that
    knows the day from elsewhere (the page's dateline, "Mar 5") may pick one reading."""
    pat = dict(_patterns())["num"]
    out = []
    for m in pat.finditer(fold_same_length(text)):
        first, second, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        if m.group("sep") in _day_first_separators() or first == second or first > 12 \
                or second > 12:
            continue  # not ambiguous: find_dates reads these
        try:
            out.append((m.start(), m.end(), dt.date(y, second, first), dt.date(y, first, second)))
        except ValueError:
            continue
    return out


def _weekday_of(year: int | None, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday() if year else None
    except ValueError:
        return None


def _checked(d: DateMention) -> DateMention | None:
    """A day that does not exist (February 30) is not a date; a year makes it checkable."""
    if d.month is None or d.day is None or not 1 <= d.month <= 12 or not 1 <= d.day <= 31:
        return None
    if d.year is not None and d.as_date() is None:
        return None
    if d.year is None and d.as_date(2024) is None:  # 2024: a leap year admits February 29
        return None
    return d


def weekday_before(anchor: dt.date, weekday: int, max_days: int = 6) -> dt.date | None:
    """The last date on or before ``anchor`` that falls on ``weekday``."""
    back = (anchor.weekday() - weekday) % 7
    return anchor - dt.timedelta(days=back) if back <= max_days else None


def date_on_or_before(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The month/day in the anchor's year, or the year before if that would be after it."""
    for year in (anchor.year, anchor.year - 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d <= anchor:
            return d
    return None


@dataclass(frozen=True)
class YearBounds:
    """What the body's own years say about the meeting's year."""

    lower: dt.date | None = None  # the meeting is after this (past events the report names)
    upper: dt.date | None = None  # ... and before this (future events it names)
    this_year: int | None = None  # a year printed beside "this year"
    lower_text: str | None = None
    upper_text: str | None = None


def infer_year(month: int, day: int, bounds: YearBounds, today: dt.date,
               weekday: int | None = None) -> tuple[int | None, str | None]:
    """A year for a month/day printed without one, and the reason, from the text's bounds.

    With a year named beside "this year", that year. Otherwise the meeting lies after the
    latest past date the report names and before the earliest future one: with a future
    bound the latest such year is taken (reports name what comes next), else the earliest
    after the past bound (reports name what came just before). A printed weekday that does
    not fall on the date in a candidate year rejects that year. No bound: no year.
    """
    def ok(year: int) -> bool:
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return False
        if d > today:
            return False
        if weekday is not None and d.weekday() != weekday:
            return False
        if bounds.lower and d <= bounds.lower:
            return False
        return not (bounds.upper and d >= bounds.upper)

    if bounds.this_year and ok(bounds.this_year):
        return bounds.this_year, f"year printed beside 'this year' ({bounds.this_year})"
    if bounds.upper:
        for year in range(bounds.upper.year, max(bounds.upper.year - 12, 1899), -1):
            if ok(year):
                return year, (f"year inferred from the text: before {bounds.upper_text}"
                              + (f", after {bounds.lower_text}" if bounds.lower else ""))
    elif bounds.lower:
        for year in range(bounds.lower.year, min(bounds.lower.year + 12, today.year) + 1):
            if ok(year):
                return year, f"year inferred from the text: after {bounds.lower_text}"
    return None, None


def month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def bound_dates(mention: DateMention) -> tuple[dt.date, dt.date] | None:
    """The first and last day a year or month-year mention covers."""
    if mention.year is None:
        return None
    if mention.kind == "month_year" and mention.month:
        return dt.date(mention.year, mention.month, 1), month_end(mention.year, mention.month)
    if mention.kind == "year":
        return dt.date(mention.year, 1, 1), dt.date(mention.year, 12, 31)
    d = mention.as_date()
    return (d, d) if d else None

