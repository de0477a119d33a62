"""Money figures: "130 million USD", "USD 130 million", "$2.5 billion", "US$34 million",
"£4.8 billion", "AUD 94.5 million", "7.41 trillion VND (282.5 million USD)" (both figures).
A bare "$" is USD, unless the report marks US dollars apart ("US$") and the meeting was held
in a country with its own dollar (``local_dollars``): then it is that country's dollar.
"Rs" is INR unless a side has a rupee of its own and India is not a side (``local_rupees``);
a bare "pesos" likewise is PHP unless a side has a peso and the Philippines is none
(``local_pesos``).
A one- or two-letter mark glued to a figure with a scale ("N40 billion", "R3 billion",
"Sh12 billion") is the currency of a side that prints it so (``side_marks``), never money
otherwise: such letters are road numbers, grades and model names elsewhere.

Amounts are in units ("130 million" -> 130000000) with an ISO 4217 currency: symbols and
words from ``data/currencies.toml``, codes checked against pycountry's currency list. A
number needs a currency next to it: a bare "130 million" (people, kilometres) is not money.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from parley.extract import lexicon
from parley.extract.spans import SpanSet

# Western grouping ("1,505,900"), the Indian lakh grouping ("1,50,590": pairs of digits
# before the last three), or no grouping.
_NUM = (r"(?P<num>\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
        r"|\d+(?:\.\d+)?)")


@dataclass(frozen=True)
class Money:
    amount: float
    currency: str
    start: int  # offsets of the figure in the text
    end: int
    text: str


@cache
def _codes() -> list[str]:
    """ISO 4217 codes: pycountry's and the withdrawn ones of ``data/currencies.toml``."""
    import pycountry

    return sorted({c.alpha_3 for c in pycountry.currencies}
                  | set(lexicon.currencies().get("codes", {}).get("withdrawn", [])))


@cache
def _patterns():
    cur = lexicon.currencies()
    symbols = sorted(cur["symbols"], key=len, reverse=True)
    words = sorted(cur["words"], key=len, reverse=True)
    scales = sorted(cur["scales"], key=len, reverse=True)
    codes = _codes()
    sym = "|".join(re.escape(s) for s in symbols)
    scale = r"(?:\s?(?P<scale>" + "|".join(re.escape(s) for s in scales) + r")\b)?"
    # a figure as a compound adjective: "a 100-million-dollar fund", "a 5-billion-yen loan"
    joined_scale = r"(?:[\s-]?(?P<scale>" + "|".join(re.escape(s) for s in scales) + r")\b)?"
    code = r"(?P<code>" + "|".join(codes) + r")"
    word = r"(?P<word>" + "|".join(re.escape(w) for w in words) + r")"
    # a symbol glued to the number is preceded by a letter only in "US$", "A$", ...: symbols
    # that are words ("RM", "Rs") need a boundary before them
    before = r"(?<![\w$£€¥])"
    return [
        # Spanish and Portuguese figures first: "US$ 18.000 millones" is 18 billion
        re.compile(rf"{before}(?:(?P<sym>{sym})|\b{code})\s?{_LATIN_NUM}\s{_latin_scale()}"),
        re.compile(rf"{before}(?P<sym>{sym})\s?{_NUM}{scale}"),
        re.compile(rf"\b{code}\s?{_NUM}{scale}"),
        re.compile(rf"(?<![\w.,]){_NUM}{scale}\s?{code}\b"),
        re.compile(rf"(?<![\w.,]){_NUM}{joined_scale}[\s-](?:of\s)?{word}\b"),
    ], cur


# A Spanish or Portuguese figure: dots between thousands, a comma before decimals
# ("18.000", "2,5"); read only before a scale word of ``[latin_scales]``.
_LATIN_NUM = r"(?P<lnum>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"


def _latin_scale() -> str:
    scales = sorted(lexicon.currencies().get("latin_scales", {}), key=len, reverse=True)
    return r"(?P<lscale>" + "|".join(re.escape(s) for s in scales) + r")(?!\w)"


@cache
def _latin_scale_words() -> tuple[str, ...]:
    return tuple(lexicon.currencies().get("latin_scales", {}))


def _has_latin_scale(text: str) -> bool:
    """Does ``text`` hold a Spanish/Portuguese scale word at all (a plain substring test)?"""
    return any(w in text for w in _latin_scale_words())


def _latin_value(gd: dict) -> float:
    """The value of a Spanish/Portuguese figure with its scale ("18.000 millones")."""
    num = float(gd["lnum"].replace(".", "").replace(",", "."))
    return num * float(lexicon.currencies()["latin_scales"][gd["lscale"]])


_DIGIT = re.compile(r"\d")
# What every match of the code-first pattern ("USD 130 million") contains: a code's last
# capital, an optional space, a digit (``_code_first`` checks that codes are capitals).
_CODE_DIGIT = re.compile(r"[A-Z]\s?\d")


@cache
def _code_first() -> re.Pattern[str] | None:
    """The code-first pattern of ``_patterns``, when every currency code is in capitals (so
    ``_CODE_DIGIT`` finds all its matches' places); else None and it always runs."""
    return _patterns()[0][2] if all(re.fullmatch("[A-Z]+", c) for c in _codes()) else None
# A currency code glued to a short bare number ("COP29", "the EUR5 note") with no scale word
# is a name or a denomination, not a figure the article reports: glued code figures need at
# least this many digits ("USD500", "EUR1,200") or a scale ("USD5 million").
GLUED_CODE_MIN_DIGITS = 3


def find_amounts(text: str) -> list[Money]:
    if not _DIGIT.search(text):
        return []
    pats, cur = _patterns()
    taken = SpanSet()
    out: list[Money] = []
    if not _has_latin_scale(text):
        pats = pats[1:]  # the Spanish/Portuguese pattern needs its scale word: skip its scan
    if not _CODE_DIGIT.search(text):
        # "USD 130 million" needs a capital letter, at most one space and a digit: skip it
        skip = _code_first()
        pats = [p for p in pats if p is not skip]
    for pat in pats:
        for m in pat.finditer(text):
            a, b = m.span()
            if not taken.free(a, b):
                continue
            gd = m.groupdict()
            if gd.get("code") and gd.get("num") and not gd.get("scale") \
                    and m.start("num") == m.end("code") \
                    and len(_DIGIT.findall(gd["num"])) < GLUED_CODE_MIN_DIGITS:
                continue  # "the COP29 climate conference"
            if gd.get("sym"):
                currency = cur["symbols"][gd["sym"]]
            elif gd.get("code"):
                currency = gd["code"]
            else:
                currency = cur["words"][gd["word"]]
            if gd.get("lnum"):
                value = _latin_value(gd)
            else:
                value = float(gd["num"].replace(",", ""))
                if gd.get("scale"):
                    value *= float(cur["scales"][gd["scale"]])
            if value <= 0:
                continue
            taken.add(a, b)
            out.append(Money(value, currency, a, b, text[a:b]))
    out.sort(key=lambda x: x.start)
    return out


def local_dollars(found: list[Money], host: str | None) -> list[Money]:
    """Bare "$" figures as the host country's dollar when the article prints US dollars with
    their own mark ("US$", "USD") and never marks the local dollar: an outlet that writes
    "US$" for American money writes "$" for its own (see ``data/currencies.toml``)."""
    local = lexicon.currencies().get("local_dollars", {}).get(host or "")
    if not local or not any(m.text.startswith("$") for m in found):
        return found
    marked_usd = any(m.currency == "USD" and not m.text.startswith("$") for m in found)
    if not marked_usd or any(m.currency == local for m in found):
        return found
    return [Money(m.amount, local, m.start, m.end, m.text) if m.text.startswith("$") else m
            for m in found]


# the symbols read as Indian rupees that other countries' press prints for their own rupee
_RUPEE_MARKS = ("Rs",)


def local_rupees(found: list[Money], sides: list[str]) -> list[Money]:
    """"Rs" figures as the rupee of the side that has one of its own (Pakistan, Sri Lanka...),
    when India is not a side: the default INR is right only for Indian reports, and a report
    of a meeting that India is no party to prints its own side's rupee (see
    ``data/currencies.toml`` [local_rupees])."""
    if not any(m.text.startswith(_RUPEE_MARKS) for m in found):
        return found
    return _as_sides_own(found, sides, "local_rupees", "IN", "INR",
                         lambda m: m.text.startswith(_RUPEE_MARKS))


def _as_sides_own(found: list[Money], sides: list[str], table_key: str, default_side: str,
                  default_code: str, marked) -> list[Money]:
    """Figures read as ``default_code`` (the currency of ``default_side``) and ``marked`` as
    the currency of the one side that has its own of that name (``data/currencies.toml``
    [table_key]), when ``default_side`` is not a side of the meeting."""
    table = lexicon.currencies().get(table_key, {})
    if default_side in sides:
        return found
    own = {table[c] for c in sides if c in table}
    if len(own) != 1:
        return found
    local = own.pop()
    return [Money(m.amount, local, m.start, m.end, m.text)
            if m.currency == default_code and marked(m) else m for m in found]


def local_pesos(found: list[Money], sides: list[str]) -> list[Money]:
    """A bare "pesos" figure as the peso of the side that has one, when the Philippines is
    not a side: "pesos" reads as PHP by default, but a Mexican or Chilean report of a meeting
    the Philippines is no party to prints its own peso (``data/currencies.toml``
    [local_pesos]); a peso named with its country ("Chilean pesos") is read as printed."""
    return _as_sides_own(found, sides, "local_pesos", "PH", "PHP",
                         lambda m: _BARE_PESO_RE.search(m.text) is not None)


# a figure whose currency is the bare word ("1,200 million pesos"), not "Philippine pesos"
_BARE_PESO_RE = re.compile(r"(?<!Philippine )\bpesos?$")


@cache
def _side_patterns() -> list[tuple[re.Pattern[str], dict[str, str]]]:
    cur = lexicon.currencies()
    marks = cur.get("side_marks", {})
    scales = sorted(cur["scales"], key=len, reverse=True)
    scale = r"\s?(?P<scale>" + "|".join(re.escape(s) for s in scales) + r")\b"
    out = []
    for mark in sorted(marks, key=len, reverse=True):
        # glued to the figure and followed by a scale word: "N40 billion", "Sh12bn"; a mark
        # ending in a dot may stand a space before it ("G. 18.000 millones"), and a Spanish
        # figure is read with its own scale first
        gap = r"\s?" if mark.endswith(".") else ""
        out.append((re.compile(rf"(?<![\w$£€¥.,]){re.escape(mark)}{gap}(?:{_LATIN_NUM}\s"
                               rf"{_latin_scale()}|{_NUM}{scale})"), mark, marks[mark]))
    return out


def _own_longer_mark(mark: str, side: str, context: str) -> bool:
    """Whether ``side`` has a longer mark of its own ending in ``mark`` ("MK" for "K") that
    ``context`` prints glued to a figure: the report then marks that side's money apart."""
    for pat, other, by_country in _side_patterns():
        if other != mark and other.endswith(mark) and side in by_country \
                and pat.search(context):
            return True
    return False


def side_marks(text: str, sides: list[str], taken: list[Money],
               context: str | None = None) -> list[Money]:
    """Figures in a side's own one- or two-letter currency mark (``[side_marks]`` in
    ``data/currencies.toml``: mark -> {country: ISO code}); only for a side that uses the mark,
    and never over a figure already read. A mark both sides use ("K": Zambian and Malawian
    kwacha) is the one side's when the other's longer mark ("MK") stands in ``context`` (the
    report's body; ``text`` when not given); else it is left."""
    if not _DIGIT.search(text):
        return []
    cur = lexicon.currencies()
    spans = SpanSet()
    for m in taken:
        spans.add(m.start, m.end)
    out: list[Money] = []
    for pat, mark, by_country in _side_patterns():
        users = [c for c in sides if c in by_country]
        if len({by_country[c] for c in users}) > 1:
            users = [c for c in users
                     if not _own_longer_mark(mark, c, context if context is not None else text)]
        codes = {by_country[c] for c in users}
        if len(codes) != 1:
            continue
        code = codes.pop()
        for m in pat.finditer(text):
            a, b = m.span()
            if not spans.free(a, b):
                continue
            gd = m.groupdict()
            if gd.get("lnum"):
                value = _latin_value(gd)
            else:
                value = float(gd["num"].replace(",", "")) * float(cur["scales"][gd["scale"]])
            spans.add(a, b)
            out.append(Money(value, code, a, b, text[a:b]))
    return out
