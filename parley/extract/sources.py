"""Outlets credited in the text: "(VNA)", "- (VNA/VLLF)", a lone "VNA" line, "PANO –",
"The Europe Today:", "(Jiji Press)--", "(Photo: VNA)", "Photo Credit: PTI", a dateline's
"/TASS/", a byline's "Jane Doe (Reuters)", a caption's closing "(Kyodo)".

An outlet in a credit position counts (the start of the article, its end, a credit line, a
photo credit); in a photo credit only a known outlet does ("Photo: mod.gov.vn" is a web site,
"(Photo: Ministry of Foreign Affairs)" a ministry). Known outlets and their spellings are in
``data/outlets.toml``; an unknown agency is accepted only in the strict credit shapes.
"""

from __future__ import annotations

import re
from functools import cache

from parley.extract import lexicon
from parley.extract.countries import find_countries
from parley.extract.fold import fold
from parley.extract.places import known_cities

# A dateline's place and its date, month or day first ("TASHKENT, 11 February", "Lima, Mar 04").
_DATED_PLACE = r"^[A-Z][\w .'’-]{1,30}?,\s(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8})"
# "(VNA)" or "(VNA/VNS)" followed by a dash or colon, within a dateline at the article start.
_LEAD_PAREN_RE = re.compile(
    r"^.{0,50}?\((?P<o>[A-Za-z][\w .&'-]{1,30}(?:/[A-Za-z][\w .&-]{1,20}){0,3})\)"
    r"\s{0,2}(?:[—–:-]|--)")
# "New Delhi, Jun 12 (PTI) India and ...": a known outlet in brackets right after a dateline.
_LEAD_PAREN_BARE_RE = re.compile(
    r"^[A-Z][^()]{2,40}?\((?P<o>[A-Za-z][\w .&'-]{1,30})\)\s{1,2}(?=[A-Z])")
# "Ulaanbaatar, May 21 (MONTSAME). The ...": an agency in brackets right after a dateline
# that prints a date. Nothing but a credit stands there, so an unknown agency written as one
# capitalised word (up to AGENCY_WORD_MAX letters) is accepted, not only a short acronym. The
# day may come first ("TASHKENT, 11 February (UzA).", as agencies of the former Soviet states
# print it), and an acronym may mix cases ("UzA", "KazTAG"); a bracketed weekday or month after
# the date ("May 21 (Tuesday)") is no agency (``_CALENDAR``).
_LEAD_DATED_PAREN_RE = re.compile(
    _DATED_PLACE + r"(?:,\s\d{4})?\s?"
    r"\((?P<o>[A-Z][A-Za-z]{1,11}(?:/[A-Z]{2,12}){0,2})\)\.?\s{1,2}(?=[A-Z])")
# "Lima, Mar 04, 2025, ANDX -- The ...", "Quito, 4 March 2025 ABCD - ...": the agency
# as one word between a dated dateline and a dash, with no brackets (the same one-word agency
# shape). Why: a date and a dash around one capitalised word leave room for nothing but a
# credit, as the brackets do.
_LEAD_DATED_DASH_RE = re.compile(
    _DATED_PLACE + r",?\s\d{4},?\s(?P<o>[A-Z][A-Za-z]{1,11})\s{0,2}(?:--|[—–-])\s")
# "ASTANA. KAZINFORM - Kazakhstan and ...": a capitalised dateline city, a period, then the
# agency and a dash (the same one-word agency shape).
_LEAD_CITY_WORD_RE = re.compile(
    r"^[A-Z]{3,20}(?:[ -][A-Z]{3,20})?\.\s(?P<o>[A-Z]{2,12})\s{0,2}[—–-]\s")
# "BISHKEK (AKIpress) - ...": a dateline city in capitals, then one bracketed word and a dash
# (the same one-word agency shape: nothing but a credit stands between a capitalised city and
# the dash, so a mixed-case name "AKIpress" is accepted as "UzA" is after a dated dateline).
_LEAD_CITY_PAREN_RE = re.compile(
    r"^[A-Z]{3,20}(?:[ -][A-Z]{3,20})?,?\s\((?P<o>[A-Z][A-Za-z]{1,11})\)\s{0,2}(?:--|[—–-])\s")
# "Asunción, 13/03/2026 (IP).- Paraguay ...": a dateline with a numeric date, the agency in
# brackets, and Spanish-style ".-" (or a dash, a dot) before the text.
_LEAD_NUMERIC_PAREN_RE = re.compile(
    r"^[A-Z][\w .'’-]{1,30}?,\s\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s?"
    r"\((?P<o>[A-Z][A-Za-z]{1,11})\)\s?(?:\.-|\.|--|[—–-])\s{1,2}(?=[A-Z])")
# An unknown agency printed as one capitalised word in those two shapes: at most this long
# (news agency names written as one word run to 8-10 letters; the looser shapes keep the
# 2-6 letter acronym limit).
AGENCY_WORD_MAX = 10
# "- With inputs from WAM", "(With inputs from PTI and ANI)": a line closing the article that
# credits the agencies it drew on.
_INPUTS_RE = re.compile(r"^[\W_]{0,3}(?:with )?inputs? from (?:agencies and )?"
                        r"(?P<o>[A-Za-z][\w .&'-]{1,30}?)(?: and (?P<o2>[A-Za-z][\w .&'-]{1,30}?))?"
                        r"[\s.)]*$", re.I)
# "PANO –", "WVR - " at the article start.
_LEAD_WORD_RE = re.compile(r"^(?P<o>[A-Z][A-Za-z]{1,11})\s{0,2}[—–-]\s")
# "LIMA, May 3. /TASS/. ": an agency between slashes closing a dateline.
_LEAD_SLASH_RE = re.compile(r"^[^/]{0,60}?\s/(?P<o>[A-Za-z][\w-]{1,20})/\.?(?:\s|$)")
# "..., The Europe Today: " in a dateline.
_LEAD_COLON_RE = re.compile(r"^.{0,60}?(?:,|[—–-])\s(?P<o>[A-Z][\w .&'-]{2,40}?):\s")
# "- (VNA/VLLF)" or "(VNA)" at the end of the article.
_TAIL_RE = re.compile(r"(?:[—–-]\s{0,2})?\((?P<o>[A-Za-z]{2,12}(?:/[A-Za-z]{2,12}){0,3})\)\s{0,2}"
                      r"\.?\s{0,2}$")
# "... and overflight. — VNS", "... he said. - Reuters": a dash and the agency after the last
# sentence's end, closing the article (agencies that sign with a dash instead of brackets).
_TAIL_DASH_RE = re.compile(r"[.!?”\"’]\s{0,2}(?:[—–]|--?)\s{0,2}"
                           r"(?P<o>[A-Za-z][A-Za-z.]{1,11}(?:/[A-Za-z]{2,12}){0,3})\s{0,2}$")
# "... in the region. (Antara News)": a bracketed outlet of two to four words closing the
# article (only a known one counts: "(Photo)", "(File)" or a place have the same shape).
_TAIL_WORDS_RE = re.compile(r"\((?P<o>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){1,3})\)"
                            r"\s{0,2}\.?\s{0,2}$")
# A lone credit line: "VNA", "• PTI", "VNA/VNS".
_LINE_RE = re.compile(r"^[•·\-–—\s|]{0,4}(?P<o>[A-Za-z][A-Za-z .]{1,24}(?:/[A-Za-z]{2,12}){0,3})"
                      r"[\s|•·]{0,4}$")
# Photo credits: "(Photo: VNA)", "Photo: VNA", "VNA/VNS Photo", "Photo: mod.gov.vn".
_PHOTO_RE = re.compile(r"(?:photo|image|ảnh|source)(?: credits?)?\s?:\s?"
                       r"(?P<a>[^()\n]{2,40}?)\s?(?:\)|$|\|)"
                       r"|(?P<b>[A-Za-z]{2,12}(?:/[A-Za-z]{2,12}){0,3}) photo\b", re.I)
# "according to Xinhua", "Xinhua reported": only known outlets.
_NAME = r"[A-Z][\w-]{1,20}(?: [A-Z][\w-]{1,20}){0,2}"
_REPORTED_RE = re.compile(rf"\baccording to (?:the )?(?P<a>{_NAME})"
                          rf"|(?P<b>{_NAME}) (?:reported|quoted)\b")
# An unknown agency in a strict credit shape: an acronym of 2-6 capitals, or two such joined
# by a hyphen, as merged national agencies print theirs ("ATHENS (ANA-MPA) - ...").
_ACRONYM_RE = re.compile(r"^[A-Z]{2,6}(?:-[A-Z]{2,6})?$")
# A slash credit of this many parts or more is a desk signature: the agency and its editors'
# initials ("DC/ART/SB", "BSS/AS/1720" under the article); an agency credit names one or two
# outlets ("VNA/VLLF"), so in a longer one only known outlets count, not every acronym.
INITIALS_MIN_PARTS = 3
# ... and in a shorter one, a part of at most this many letters that is no known outlet is an
# editor's initials too ("VK/SR" under an Indian government release, "AS/RK"); the two-letter
# agencies a page credits are in data/outlets.toml ("AP")
SLASH_INITIALS_MAX_CHARS = 2


def _canonical(name: str, strict: bool) -> str | None:
    name = name.strip(" .")
    known = lexicon.outlets().get(fold(name).lower())
    if known:
        return known
    if strict and _ACRONYM_RE.match(name) and not known_cities(name.title()) \
            and name not in _NOT_OUTLETS:
        return name
    return None


def _split(credit: str) -> list[str]:
    return [p for p in credit.split("/") if p.strip()]


def _credited(m: re.Match, group: str, strict: bool, base: int = 0) -> list[tuple[str, int, int]]:
    """The outlets in a matched credit ("VNA/VLLF" -> VNA, VLLF) with their offsets."""
    credit = m.group(group)
    out = []
    parts = _split(credit)
    if len(parts) >= INITIALS_MIN_PARTS:
        strict = False  # "DC/ART/SB": editors' initials, not agencies
    for part in parts:
        short = len(parts) > 1 and len(part.strip(" .")) <= SLASH_INITIALS_MAX_CHARS
        name = _canonical(part, strict and not short)
        if name:
            a = base + m.start(group) + credit.find(part)
            out.append((name, a, a + len(part)))
    return out


def _agency_word(m: re.Match) -> list[tuple[str, int, int]]:
    """The one-word agency of a dated-dateline or city-dot credit (``AGENCY_WORD_MAX``)."""
    out = _credited(m, "o", True)
    if out:
        return out
    credit = m.group("o")
    for part in _split(credit):
        if len(part) <= AGENCY_WORD_MAX and part not in _NOT_OUTLETS \
                and part.lower() not in _calendar() \
                and not known_cities(part.title()):
            a = m.start("o") + credit.find(part)
            out.append((part, a, a + len(part)))
    return out


@cache
def _calendar() -> frozenset[str]:
    """Weekday and month names (and their short forms): bracketed after a dateline's date
    they are part of the date ("May 21 (Tuesday)"), not an agency."""
    v = lexicon.dates_vocab()
    return frozenset([*v["months"], *v["weekdays"]])


def credit_inputs(text: str) -> list[tuple[str, int, int]]:
    """Agencies credited by a closing "With inputs from X (and Y)" line (known outlets and
    acronyms only: "with inputs from agencies" names none)."""
    m = _INPUTS_RE.match(text)
    if not m:
        return []
    out = _credited(m, "o", True)
    if m.group("o2"):
        out += _credited(m, "o2", True)
    return out


def credits_in_lead(text: str) -> list[tuple[str, int, int]]:
    out = []
    for rx in (_LEAD_DATED_PAREN_RE, _LEAD_CITY_WORD_RE, _LEAD_DATED_DASH_RE,
               _LEAD_CITY_PAREN_RE, _LEAD_NUMERIC_PAREN_RE):
        m = rx.match(text)
        if m:
            out += _agency_word(m)
    for rx, strict in ((_LEAD_PAREN_RE, True), (_LEAD_WORD_RE, True), (_LEAD_COLON_RE, False),
                       (_LEAD_PAREN_BARE_RE, False), (_LEAD_SLASH_RE, True)):
        m = rx.match(text)
        if m:
            out += _credited(m, "o", strict)
    return out


def credits_in_tail(text: str, strict: bool = True) -> list[tuple[str, int, int]]:
    """"... (VNA)" or "... overflight. — VNS" closing the article; ``strict=False`` (a photo
    caption's closing credit, "... at the ministry, Monday. (Kyodo)") takes known outlets
    only."""
    tail = text[-40:]
    m = _TAIL_RE.search(tail) or _TAIL_DASH_RE.search(tail)
    if m:
        return _credited(m, "o", strict, len(text) - len(tail))
    m = _TAIL_WORDS_RE.search(tail)  # "(Antara News)": a known outlet of several words
    return _credited(m, "o", False, len(text) - len(tail)) if m else []


# "KYODO NEWS - Mar 4, 2025 - 21:07": an outlet before a dash or bar at the start of a stamp.
_STAMP_LEAD_RE = re.compile(r"^[\s•·|]{0,3}(?P<o>[A-Za-z][\w .&'-]{1,30}?)\s{0,2}(?:[—–|-]|--)\s")


# "Posted On: 3 MAR 2025 6:10PM by PNB Lima": a press bureau signing a release's stamp,
# an acronym after "by" and at most its office's city, closing the line.
_STAMP_BY_RE = re.compile(r"\d.{0,40}?\bby\s+(?P<o>[A-Z]{2,6})(?:\s+[A-Z][a-z]{2,15})?\s*$")


def credits_in_stamp(text: str) -> list[tuple[str, int, int]]:
    """A known outlet leading a publication stamp line (never an unknown word: "Updated -"),
    or an agency acronym signing its end ("... 6:10PM by PNB Lima"; a person's name after
    "by" is no acronym)."""
    m = _STAMP_LEAD_RE.match(text)
    out = _credited(m, "o", False) if m else []
    return out + stamp_signature(text)


# "Published in Dawn, August 22nd, 2025", "Printed in The Nation on 3 May 2024": a daily's
# note under a web copy of its print edition names the paper, known or not (the phrase is the
# newsroom's own); 1-4 capitalised words, then a comma or "on" and the date.
_PRINT_EDITION_RE = re.compile(
    r"^\s*(?:[Ff]irst\s+)?(?:[Pp]ublished|[Pp]rinted|[Aa]ppeared)\s+in\s+"
    r"(?P<o>(?:[Tt]he\s)?[A-Z][\w'’&.-]*(?:\s[A-Z][\w'’&.-]*){0,3})\s?(?:,|\s+on\b)")


def print_edition_credit(text: str) -> list[tuple[str, int, int]]:
    """The daily a "Published in X, <date>" stamp names (``_PRINT_EDITION_RE``)."""
    m = _PRINT_EDITION_RE.match(text)
    if not m:
        return []
    name = m.group("o")
    known = _canonical(name, False)
    if not known and (known_cities(name) or find_countries(name)):
        return []  # "Published in Hanoi, 3 May 2024": where, not in which paper
    return [(known or name, m.start("o"), m.end("o"))]


# "Pakistan, Turkiye hold ... | The Express Tribune", "... - Capital News": a page title that
# ends in its site's name after a bar or a spaced dash (at most 5 words after it)
_TITLE_SITE_RE = re.compile(r"\s(?:\||[-–—])\s(?P<o>[^|–—]{2,40})$")


def title_site_credit(text: str) -> list[tuple[str, int, int]]:
    """A known outlet closing the headline as its site's name (``_TITLE_SITE_RE``); an unknown
    name there may be a headline's own second part ("... - analysis"), so it is not taken."""
    m = _TITLE_SITE_RE.search(text)
    if not m or len(m.group("o").split()) > 5:
        return []
    known = _canonical(m.group("o"), False)
    return [(known, m.start("o"), m.end("o"))] if known else []


def stamp_signature(text: str) -> list[tuple[str, int, int]]:
    """An agency acronym signing a stamp ("... 6:10PM by PNB Lima"), alone."""
    m = _STAMP_BY_RE.search(text)
    return _credited(m, "o", True) if m else []


# "Source: Andina and news agencies", "Source(s): EFE": a line under the article that
# names where the story came from. Known outlets count (split at "/", "," and " and "); an
# unknown one only when the line credits it together with "news agencies" or "agencies", a
# phrase only a newsroom writes of its own copy (so capitalised words there are an outlet).
_SOURCE_LINE_RE = re.compile(r"^\s*sources?(?:\(s\))?\s?:\s?(?P<o>[^:()\n]{2,60}?)\s*\.?\s*$", re.I)
_WITH_AGENCIES_RE = re.compile(
    r"^(?P<o>[A-Z][\w'’-]{1,20}(?: [A-Z][\w'’-]{1,20}){0,3}),? and (?:news )?agencies$")
_LIST_SPLIT_RE = re.compile(r"\s*(?:/|,|\band\b)\s*")


def source_line(text: str) -> list[tuple[str, int, int]]:
    """The outlets a "Source: ..." line below the article credits."""
    m = _SOURCE_LINE_RE.match(text)
    if not m:
        return []
    credit, base = m.group("o"), m.start("o")
    w = _WITH_AGENCIES_RE.match(credit)
    if w:
        name = w.group("o")
        known = _canonical(name, False)
        return [(known or name, base, base + len(name))]
    return _known_parts(credit, base)


def _known_parts(credit: str, base: int) -> list[tuple[str, int, int]]:
    """The known outlets of a list ("Xinhua, AFP and Reuters") starting at offset ``base``."""
    out = []
    for part in _LIST_SPLIT_RE.split(credit):
        name = _canonical(part, False) if part else None
        if name:
            a = base + credit.find(part)
            out.append((name, a, a + len(part)))
    return out


# "sms/rc (AFP, dpa, Reuters)": the authors' and editors' initials, then the agencies the story
# drew on in brackets, on a line of its own under the article (German and other European
# broadcasters close their copy so). Lower-case initials only: a capitalised word before the
# bracket is a name or a headline.
_INITIALS_CREDIT_RE = re.compile(
    r"^\s*[a-z]{1,4}(?:/[a-z]{1,4}){0,3}\s{0,2}\((?P<o>[A-Za-z][\w .,&/'-]{1,60})\)\s*$")


def initials_credit(text: str) -> list[tuple[str, int, int]]:
    """The known outlets an initials line under the article credits ("sms/rc (AFP, dpa)")."""
    m = _INITIALS_CREDIT_RE.match(text)
    if not m:
        return []
    return _known_parts(m.group("o"), m.start("o"))


def byline_masthead(text: str, mastheads: set[str]) -> list[tuple[str, int, int]]:
    """An outlet that signs the byline with the page's own name ("By Mexico News Daily" under
    a "Mexico News Daily" masthead line): a person's name is never the masthead, so the
    outlet needs not be a known one."""
    m = _BYLINE_OUTLET_RE.match(text)
    if not m or m.group("o").strip() not in mastheads:
        return []
    return [(m.group("o").strip(), m.start("o"), m.start("o") + len(m.group("o").strip()))]


# "ISTANBUL - Reuters", "PARIS — Agence France-Presse": a line of its own under the article
# with the dateline city in capitals and the agency that signs the copy (a known outlet only:
# "LONDON - Updated" has the same shape).
_CITY_AGENCY_RE = re.compile(
    r"^\s*[A-Z][A-Z .'’-]{2,30}?\s{1,2}[—–-]{1,2}\s{1,2}(?P<o>[A-Za-z][\w .&'’-]{1,40}?)\s*\.?\s*$")


def city_agency_line(text: str) -> list[tuple[str, int, int]]:
    """The known agency of a "CITY - Agency" line closing the article. Why: some dailies
    print the wire's credit so, on its own line under the text, not as a dateline."""
    m = _CITY_AGENCY_RE.match(text)
    return _credited(m, "o", False) if m else []


# A web address or e-mail address: the site's own name is the label before its suffix
# ("leehaerin@example-times.co.kr", "www.example.com/contact"). Government sites (a "gov"
# label) are publishers, not outlets.
_DOMAIN_RE = re.compile(r"(?<![\w.-])(?:[\w.+-]+@)?(?:www\.)?(?P<site>[a-z0-9][a-z0-9-]{1,40})"
                        r"(?P<rest>(?:\.[a-z]{2,6}){1,2})(?![\w-])")
# Words of a masthead left out when it is compared with a domain ("The X Times" ~ xtimes).
_MASTHEAD_ARTICLE_RE = re.compile(r"^the\s+", re.I)


def _site_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _MASTHEAD_ARTICLE_RE.sub("", fold(text).lower()))


def masthead_by_domain(masthead: str, others: list[str]) -> list[tuple[str, int, int]]:
    """The page's masthead (its first line, a navigation line above the article) as a
    source when another line prints the outlet's own web or e-mail address with the same
    name ("The Example Times" and "jdoe@exampletimes.co.kr"; "Example" and
    "example.com/contact"). Why: an unknown outlet's name is accepted only in strict credit
    shapes, and a masthead alone may be a ministry or a section; a domain that spells the
    masthead confirms that the page is the outlet's own."""
    name = masthead.strip()
    if not name or len(name) > 40 or len(name.split()) > 4:
        return []
    key = _site_key(name.split(".")[0] if " " not in name else name)
    if len(key) < 3:
        return []
    for text in others:
        for m in _DOMAIN_RE.finditer(fold(text).lower()):
            if "gov" in m.group("rest") or m.group("site") == "gov":
                continue
            if m.group("site").replace("-", "") == key:
                a = masthead.find(name)
                return [(name, a, a + len(name))]
    return []


# "Jane Doe (Reuters)": an author's name (capitalised words only, unlike a
# related story's headline) and the outlet in brackets.
_BYLINE_CREDIT_RE = re.compile(
    r"^\s*(?:By\s+)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4}\s?"
    r"\((?P<o>[A-Za-z][\w .&'-]{1,30})\)\s*$")
# "By Lusa, in News · 14 Oct 2025": an outlet signing the story (only a known one counts: a
# person's name has the same shape)
# ("By Reuters Staff", "By AFP Correspondent": a desk word after the outlet is no part of it)
_BYLINE_OUTLET_RE = re.compile(
    r"^\s*By\s+(?P<o>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}?)"
    r"(?:\s(?:Staff(?:\s(?:Writer|Reporter))?|Reporters?|Correspondents?|News\sDesk|Desk|Bureau))?"
    r"\s*(?:[,·|•—–]|\s-\s|$)")


# "... her counterpart. (ABC News: Matt Roberts)": a caption closed by the outlet and its
# photographer in brackets, with no photo word.
_BRACKET_PHOTO_RE = re.compile(r"\((?P<o>[A-Z][\w .&'-]{1,30}?): ?[A-Z][\w .'’-]{1,40}\)\s*$")


def caption_credit(text: str) -> list[tuple[str, int, int]]:
    """A known outlet credited with its photographer at the end of a photo caption."""
    m = _BRACKET_PHOTO_RE.search(text, max(0, len(text) - 80))
    return _credited(m, "o", False) if m else []


def byline_credit(text: str) -> list[tuple[str, int, int]]:
    """A known outlet credited after the author's name in a byline above the article, or
    a known outlet that is the byline ("By Lusa, in News · 14 Oct 2025")."""
    m = _BYLINE_CREDIT_RE.match(text) or _BYLINE_OUTLET_RE.match(text)
    return _credited(m, "o", False) if m else []


def credit_line(text: str, strict: bool) -> list[tuple[str, int, int]]:
    m = _LINE_RE.match(text)
    if m:
        return _credited(m, "o", strict)
    return _partner_credit(text)


# "Ritzau/The Local": a lone line of two outlets joined by a slash, a known agency and the
# outlet that ran its copy; the partner may be several capitalised words (at most
# PARTNER_MAX_WORDS, "The Local"), which the one-word slash parts of ``_LINE_RE`` miss.
PARTNER_MAX_WORDS = 4
# A byline may print the pair ("By Hungary Today / MTI"): its "By" is no part of the outlet.
_PARTNER_RE = re.compile(r"^\s*(?:By\s+)?(?P<a>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})\s?/\s?"
                         r"(?P<b>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})\s*$")


def _partner_credit(text: str) -> list[tuple[str, int, int]]:
    """Both outlets of a two-part slash credit line when one of them is a known outlet (the
    other is then credited as printed, unless it is a city)."""
    m = _PARTNER_RE.match(text)
    if not m:
        return []
    parts = [(m.group(g), m.start(g)) for g in ("a", "b")]
    known = [lexicon.outlets().get(fold(p).lower()) for p, _ in parts]
    if not any(known):
        return []
    out = []
    for (part, a), canon in zip(parts, known, strict=True):
        if canon is None and (len(part.split()) > PARTNER_MAX_WORDS or known_cities(part)
                              or part in _NOT_OUTLETS):
            return []
        out.append((canon or part, a, a + len(part)))
    return out


_PHOTO_HINT = re.compile(r"(?i)photo|image|ảnh|source")
_PHOTO_HINT_WORDS = ("photo", "image", "source")


def _has_photo_hint(text: str) -> bool:
    """``_PHOTO_HINT.search(text)``, by substring tests on ASCII text: there a case-blind
    match is one in the lower-cased text ("ảnh" and the non-ASCII letters that case-fold to
    ASCII ones, as "ſ" to "s", cannot occur)."""
    if not text.isascii():
        return _PHOTO_HINT.search(text) is not None
    low = text.lower()
    return any(w in low for w in _PHOTO_HINT_WORDS)


def photo_credits(text: str) -> list[tuple[str, int, int]]:
    if not _has_photo_hint(text):
        return []
    out = []
    for m in _PHOTO_RE.finditer(text):
        out += _credited(m, "a" if m.group("a") else "b", False)
    return out


def reported(text: str) -> list[tuple[str, int, int]]:
    if "according to " not in text and " reported" not in text and " quoted" not in text:
        return []  # every match holds one of these: "according to X", "X reported/quoted"
    out = []
    for m in _REPORTED_RE.finditer(text):
        group = "a" if m.group("a") else "b"
        name = _canonical(m.group(group), False)
        if name:
            out.append((name, m.start(group), m.end(group)))
    return out


# Capitalised words that have the shape of an agency credit but are not one.
_NOT_OUTLETS = frozenset({"AM", "PM", "UN", "EU", "US", "UK", "USA", "GMT", "ICT", "IST", "JST",
                          "UTC", "EST", "ASEAN", "NATO", "APEC", "TOKYO", "PHOTO", "VIDEO", "MORE",
                          "NEWS", "LIVE", "UPDATE", "BREAKING", "HOME", "MENU", "TOP",
                          # headings of a page's furniture printed alone in capitals ("TAGS"
                          # above a tag list under a State Department release)
                          "TAGS", "TAG", "TOPICS", "RELATED", "SHARE", "PRINT", "EMAIL",
                          # end markers printed in brackets like a credit: "(END)", "(ENDS)"
                          "END", "ENDS"})
