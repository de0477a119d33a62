"""Where the meeting took place: a canonical city name and the host country.

Read from the sentences that report the meeting ("... Dialogue in Washington, D.C. on
December 18", "In the Tokyo meeting"), then from the dateline ("HÀ NỘI —", "Hanoi (VNA) –",
a lone "New Delhi" line above the text). Known cities (``data/cities.csv``) come out under
their canonical name (``Ha Noi`` -> ``Hanoi``); an unknown one is accepted where the text
says so ("in Dongxing city", "in Sydney, Australia"). A videoconference has no city.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from parley.extract import lexicon
from parley.extract.countries import find_countries

# Words that say the meeting was held online.
VIRTUAL_RE = re.compile(r"\b(?:via |by |through |in a |an? )?(?:video ?conferenc\w*|"
                        r"videoconferenc\w*|teleconferenc\w*|virtual(?:ly)? (?:meeting|format)|"
                        r"online (?:meeting|format)|(?:held|met|conducted|took place) "
                        r"(?:virtually|online))\b", re.I)
# "held in the Indian capital": a capital named by its country's demonym only
_DEMONYM_CAPITAL_RE = re.compile(r"\b(?:in|at) the (?P<dem>[A-Z][\w-]+(?: [A-Z][\w-]+)?) "
                                 r"capital\b(?!,? [A-Z])")
# "in X city", "in X, <Country>" for a city the table does not know (1-3 capitalised words).
UNKNOWN_CITY_RE = re.compile(
    r"\b(?:in|at) (?:the )?(?:(?:central|northern|southern|eastern|western|coastal) )?"
    r"(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?: (?P<kind>city|City)\b|, (?=[A-Z]))")
# "the meeting held in Moyale.", "was held in Kigali on Tuesday": a place the table does not
# know right after "held in", closing the clause or followed by when. Why: a meeting away from
# the capital (a border town) lost to the dateline's city, where the report was filed.
HELD_IN_RE = re.compile(r"\bheld in (?P<city>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)"
                        r"(?=[.,;]|\s(?:on|from|last|this|earlier|between)\b)")
# A dateline at the start of the article: "HANOI (VNA) -", "TOKYO —", "New Delhi:".
DATELINE_RE = re.compile(r"^(?P<city>[A-Z][\w .'’]{1,30}?)\s?(?:\([^()]{1,30}\))?\s?[—–:-]")
# How far after a city its country may be named ("Dongxing city in the Chinese province").
HOST_WINDOW = 60


@dataclass(frozen=True)
class Place:
    city: str
    country: str | None
    para: int
    start: int
    end: int


def known_cities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical) of every known city in ``text``."""
    # ", " joins too: "Washington, D.C"; and "-": "Port-au-Prince", "Porto-Novo" (the longest
    # known name still wins, so "Seoul-Tokyo" is Seoul)
    return [(a, b, city) for a, b, city in lexicon.match_phrases(text, lexicon.cities(),
                                                                 (" ", ", ", "-")) if city]


def _host(text: str, end: int, city: str) -> str | None:
    info = lexicon.city_info().get(city)
    if info:
        return info.country
    after = find_countries(text[end:end + HOST_WINDOW])
    return after[0].code if after else None


def in_sentence(text: str, para: int, a: int, b: int) -> Place | bool | None:
    """The meeting place named in ``text[a:b]``; False when it says the meeting was online.

    A city after "in"/"at" ("in Hanoi", "in central Da Nang city") or before "meeting" ("In
    the Tokyo meeting") wins over one that only stands in the sentence: a dateline at the
    paragraph's start ("HÀ NỘI — ...") or a country that shares a city's name ("Viet
    Nam–Singapore Defence Policy Dialogue in Da Nang").
    """
    sentence = text[a:b]
    if VIRTUAL_RE.search(sentence):
        return False
    cities = [c for c in known_cities(sentence) if not _earlier_place(sentence, c[1])]
    for s, e, city in cities:
        before = sentence[max(0, s - 24):s].lower()
        if _PLACE_BEFORE_RE.search(before) or _PLACE_AFTER_RE.match(sentence[e:e + 12]):
            return Place(city, _host(text, a + e, city), para, a + s, a + e)
    m = HELD_IN_RE.search(sentence)
    found = _unknown_city(text, para, a, sentence, m) if m else None
    if found:
        return found
    m = _DEMONYM_CAPITAL_RE.search(sentence)
    if m:
        country = find_countries(m.group("dem"))
        capital = _capitals().get(country[0].code) if len(country) == 1 else None
        if capital:
            return Place(capital, country[0].code, para, a + m.start("dem"), a + m.end())
    m = UNKNOWN_CITY_RE.search(sentence)
    if m:
        venue = _venue_city(text, para, a, sentence, m)
        if venue is not None:
            return venue
        found = _unknown_city(text, para, a, sentence, m)
        if found:
            return found
    for s, e, city in cities:
        if a + s == 0 and DATELINE_RE.match(text):
            continue  # the dateline says where the report was filed
        if find_countries(sentence[s:e]):
            continue  # "Singapore" the country
        return Place(city, _host(text, a + e, city), para, a + s, a + e)
    return None


def _unknown_city(text: str, para: int, a: int, sentence: str, m: re.Match) -> Place | None:
    """The city group of ``m`` (a match in ``sentence``, which starts at ``a`` in ``text``) as
    a place the table does not know, unless it is a country, a calendar or other non-place
    word, or an earlier round's place ("in Kigali in 2019")."""
    name = m.group("city")
    if find_countries(name) or name.split()[0] in _NOT_PLACES \
            or _earlier_place(sentence, m.end("city")):
        return None
    s, e = a + m.start("city"), a + m.end("city")
    return Place(name, _host(text, e, name), para, s, e)


# How far after a city a past-time phrase is looked for (characters): "in Paris last year".
PAST_WINDOW = 24


@cache
def _past_after() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in lexicon.places_vocab()["past_after_city"]))


def _earlier_place(sentence: str, end: int) -> bool:
    """Whether the city ending at ``end`` is dated before the meeting ("... launched the
    format in Paris last year", ``past_after_city``): an earlier round's place."""
    return bool(_past_after().match(sentence[end:end + PAST_WINDOW]))


# the capitalised name after a venue's comma ("at the Army Headquarters, Lahore")
_AFTER_VENUE_RE = re.compile(r"^, (?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b")


def _venue_city(text: str, para: int, a: int, sentence: str, m: re.Match) -> Place | None:
    """``m`` matched "at X, Y" with X a building ("at the Army Headquarters, Lahore"): the
    city is Y, a known city under its canonical name or, if no country, as printed. Why: a
    venue's name has the shape of an unknown city (``data/places.toml``)."""
    if m.group("kind") or m.group("city").split()[-1].lower() not in _venue_words():
        return None
    after = _AFTER_VENUE_RE.match(sentence[m.end("city"):])
    if not after:
        return None
    name = after.group("city")
    s, e = a + m.end("city") + after.start("city"), a + m.end("city") + after.end("city")
    known = known_cities(name)
    if known and known[0][0] == 0:
        return Place(known[0][2], _host(text, e, known[0][2]), para, s, e)
    if find_countries(name) or name.split()[0] in _NOT_PLACES:
        return None
    return Place(name, _host(text, e, name), para, s, e)


@cache
def _venue_words() -> frozenset[str]:
    return frozenset(lexicon.places_vocab()["venue_words"])


# "in Hanoi", "at the Tokyo meeting", "in central Da Nang city"
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|at)\s(?:the\s)?(?:(?:central|northern|southern|eastern|"
                              r"western|coastal|capital)\s)?$")
_PLACE_AFTER_RE = re.compile(r"^\s(?:meeting|talks|dialogue)\b", re.I)


def in_dateline(text: str, para: int) -> Place | None:
    """A city printed as the dateline at the start of a paragraph or on its own line."""
    cities = known_cities(text[:40])
    if cities and cities[0][0] <= 2:
        s, e, city = cities[0]
        rest = text[e:e + 4]
        if not rest.strip(" ,.;:(—–-•|") or re.match(r"^\s?(?:\(|[—–:-]|,)", rest):
            return Place(city, _host(text, e, city), para, s, e)
    m = DATELINE_RE.match(text)
    if m and m.group("city").isupper() and not find_countries(m.group("city")):
        name = m.group("city").strip().title()
        return Place(name, None, para, m.start("city"), m.end("city"))
    return None


# Capitalised words after "in" that are not places.
_NOT_PLACES = frozenset({"The", "This", "That", "January", "February", "March", "April", "May",
                         "June", "July", "August", "September", "October", "November",
                         "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                         "Saturday", "Sunday", "Party", "Asia", "Europe", "Africa", "Southeast",
                         "Northeast", "ASEAN", "Indo", "Pacific", "Congress", "Parliament"})


@cache
def _capitals() -> dict[str, str]:
    """country -> its capital's canonical name (``metonym_capitals``)."""
    info = lexicon.city_info()
    return {info[c].country: c for c in lexicon.places_vocab()["metonym_capitals"] if c in info}


@cache
def _capital_pair_re() -> tuple[re.Pattern[str], frozenset[str]]:
    v = lexicon.places_vocab()
    verbs = "|".join(re.escape(w) for w in sorted(v["capital_pair_verbs"], key=len, reverse=True))
    # the pair at the start of the text or of the lead after its dateline ("SEOUL, Oct. 17
    # (Korea Herald) -- Seoul and Tokyo held ...")
    pair = re.compile(rf"(?:^|[-–—:]\s)(?P<a>[A-Z][\w.,'’ -]{{1,30}}?)(?:,| and| &)\s"
                      rf"(?P<b>[A-Z][\w.,'’ -]{{1,30}}?)\s(?:{verbs})\b")
    return pair, frozenset(v["metonym_capitals"])


def capital_pair(text: str) -> list[str] | None:
    """The two countries of "Seoul, Tokyo hold ..." / "Seoul and Tokyo held their ...":
    national capitals standing for their governments as the subjects of a meeting verb
    (``metonym_capitals``), or None."""
    pair_re, capitals = _capital_pair_re()
    info = lexicon.city_info()
    for m in pair_re.finditer(text):
        codes = []
        for g in ("a", "b"):
            found = known_cities(m.group(g))
            if len(found) != 1 or found[0][2] not in capitals \
                    or (found[0][1] - found[0][0]) != len(m.group(g).strip(" ,")):
                break
            codes.append(info[found[0][2]].country)
        if len(codes) == 2 and codes[0] != codes[1]:
            return codes
    return None
