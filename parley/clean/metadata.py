"""Lines that state facts about *this* article: publication stamps, bylines, agency credits,
and end-of-article markers. Extraction may read these, so they are recognised narrowly.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parley.clean.cues import cues, literal_pattern

_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december|januar|jänner|februar|märz|mai|juni|juli|"
    "oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    "noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|"
    "novembre|décembre|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|"
    "października|listopada|grudnia|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|"
    "ottobre|dicembre"
)
# Numeric dates (30-11-2019, 11/16/2021, 2024-04-24, 22.10.2013), times (17:49) and
# "22 October 2013" / "October 22, 2013". A time may carry a meridiem and a zone ("5:12 AM
# GMT+7", "17:49 UTC"); a scraper that drops the space between a date and its time glues the
# year to the time ("October 3, 20245:12 AM"), so a written-out date may run into one.
_MONTHS_RE = literal_pattern(_MONTHS.split("|"))
_TIME = r"\d{1,2}:\d{2}(?:\s?[ap]\.?m\b\.?)?(?:\s?(?:gmt|utc)(?:[+-]\d{1,2}(?::\d{2})?)?)?"
# (a day may carry its ordinal suffix: "Published in Dawn, August 22nd, 2025", "3rd May 2024")
DATE_RE = re.compile(
    rf"\b\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|\b{_TIME}\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\.?\s(?:{_MONTHS_RE})\.?,?\s\d{{4}}(?:{_TIME})?\b"
    rf"|\b(?:{_MONTHS_RE})\.?\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}(?:{_TIME})?\b",
    re.I,
)
# A stamp line is mostly date: at most this many words besides the date/time tokens
# ("Updated: 30-11-2019 17:49 IST" has 2; "13:43 JST, December 13, 2024" has 1).
MAX_STAMP_OTHER_WORDS = 4
# ... so a stamp line is short: four words plus a long date and time fit in 80 characters.
MAX_STAMP_CHARS = 80
# Bylines are short: "By Jane Doe and John Roe, Reuters" is 7 words.
MAX_BYLINE_WORDS = 8
# A staff credit names a few reporters and editors: "(Reporting by A and B in C; Additional
# reporting by D; Writing by E; Editing by F and G)" is about 25 words.
MAX_STAFF_CREDIT_WORDS = 30
# An agency credit alone on a line: "VNA", "(VNA/VLLF)", "- (VNA)", "PTI", "(dpa)".
CREDIT_RE = re.compile(r"^[-–—\s]{0,3}\(?[A-Za-z]{2,8}(?:/[A-Za-z]{2,8}){0,3}\)?\.?$")
# "Source: VNA", "Quelle: dpa", "Fuente: EFE": a source line of one to four words.
SOURCE_RE = re.compile(r"^(?:source|sources|quelle|quellen|fuente|źródło|fonte|bron)\s?:", re.I)
MAX_SOURCE_WORDS = 6
# End-of-article markers: Vietnamese agencies close with "./.", others with "(END)", "-30-",
# "###" or "■"; press releases with "-- ENDS --", "- ends -" or a bare "ENDS" line (the word
# alone in capitals, or between dashes: an article's sentence never consists of it).
END_MARK_RE = re.compile(r"(?:\./\.|\(end\)|-30-|#{3}|■)\s?[\"'”’)\]]{0,2}$", re.I)
# Its longest match ("(end)", a space, two closing marks) is this long: only a line's last
# characters can hold one (the pattern ends at the line's end and looks at nothing before).
END_MARK_MAX_CHARS = 8
END_WORD_RE = re.compile(r"^(?:[-–—]+\s?(?i:ends?)\s?[-–—]+|ENDS)$")
DIGIT_RE = re.compile(r"\d")
_WORDISH_RE = re.compile(r"[^\W_]+")


# A capitalised month name glued to the word before it, where the scrape lost a space
# ("Published onSeptember 19, 2025"): the stamp is read with the space put back.
_GLUED_MONTH_RE = re.compile(
    r"(?<=[a-zà-ÿ])(?=(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s\d)")


_GLUED_HINT_RE = re.compile(r"[a-zà-ÿ][JFMASOND]")


def is_publication_stamp(text: str, low: str) -> bool:
    """A short line made of a date/time plus a few words ("Published 22 October 2013")."""
    if len(text) > MAX_STAMP_CHARS or not DIGIT_RE.search(text):
        return False
    if not DATE_RE.search(text):
        if not _GLUED_HINT_RE.search(text):
            return False  # no lower-case letter before a capital: nothing glued to a month
        text = _GLUED_MONTH_RE.sub(" ", text)
        if not DATE_RE.search(text):
            return False
    rest = DATE_RE.sub(" ", text)
    others = [w for w in _WORDISH_RE.findall(rest) if not w.isdigit()]
    return not len(others) > MAX_STAMP_OTHER_WORDS


@lru_cache(maxsize=1)
def _publication_prefixes() -> tuple[str, ...]:
    return tuple(cues()["publication"]["prefix"])


def is_cued_stamp(low: str) -> bool:
    """A stamp introduced by a publication cue word ("Published 22 October 2013", "Last
    updated: 3.5.2021"), as opposed to a bare date; ``low`` is the lower-cased line."""
    return low.startswith(_publication_prefixes())


@lru_cache(maxsize=1)
def _byline_prefixes() -> tuple[str, ...]:
    return tuple(cues()["byline"]["prefix"])


# A byline of two reporters with their cities ("By A B in Tokyo and C D in Ottawa") runs
# longer: up to this many words when every word after the cue is capitalised or joins names.
MAX_JOINT_BYLINE_WORDS = 14
_BYLINE_JOINERS = frozenset({"and", "in", "&", "und", "y", "et", "from"})


def _names_only(rest: str) -> bool:
    words = rest.replace(",", " ").split()
    return bool(words) and all(w[0].isupper() or w in _BYLINE_JOINERS for w in words)


def is_byline(text: str, low: str, n_words: int) -> bool:
    if n_words > MAX_JOINT_BYLINE_WORDS or text.endswith("."):
        return False
    prefixes = _byline_prefixes()
    if not low.startswith(prefixes):
        return False
    for p in prefixes:
        if low.startswith(p):
            rest = text[len(p):].strip(" :")
            if n_words > MAX_BYLINE_WORDS and not _names_only(rest):
                return False
            # "By Jane Doe": the name after "by" is capitalised; "by the way" is not.
            return bool(rest) and (rest[0].isupper() or p.endswith(":"))
    return False


@lru_cache(maxsize=1)
def _staff_prefixes() -> tuple[str, ...]:
    return tuple(cues()["byline"]["staff"])


def is_staff_credit(low: str, n_words: int) -> bool:
    """A wire story's closing staff credit ("(Reporting by A; Editing by B)"); ``low`` is the
    lower-cased line. Parenthesised, or short, or a list of roles split by ";"."""
    if n_words > MAX_STAFF_CREDIT_WORDS:
        return False
    core = low.lstrip("([ ")
    if not core.startswith(_staff_prefixes()):
        return False
    return low.startswith(("(", "[")) or ";" in low or n_words <= MAX_BYLINE_WORDS


def is_credit(text: str) -> bool:
    """A lone agency credit: an acronym or a short slash-joined one, maybe in parentheses."""
    if len(text) > 40 or not CREDIT_RE.match(text):
        return False
    letters = [c for c in text if c.isalpha()]
    # Acronyms: mostly capitals ("VNA", "dpa" in parentheses); plain words are not credits.
    upper = sum(1 for c in letters if c.isupper())
    acronym = upper >= 2 and upper * 2 >= len(letters)
    # A dash before one capitalised name signs a story off: "- Bernama", "— Xinhua".
    signed = text[:1] in "-–—" and text[1:].strip(" -–—")[:1].isupper()
    return acronym or signed or (text.startswith("(") and len(letters) <= 5)


def is_source_line(text: str, n_words: int) -> bool:
    return n_words <= MAX_SOURCE_WORDS and bool(SOURCE_RE.match(text))


def is_end_marker(text: str) -> bool:
    return bool(END_MARK_RE.search(text[-END_MARK_MAX_CHARS:]) or END_WORD_RE.match(text))


# "<Name> is a researcher at ...": two to four capitalised words, "is a/an/the", then within the
# next words a writer's or scholar's role (cues.toml [byline] bio_roles). One sentence only.
_BIO_RE = re.compile(r"^(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+ is (?:a|an|the|The) ")
MAX_BIO_WORDS = 40
# ... a note may present two authors, one sentence each ("A is X's correspondent. B covers
# ..."): at most this many sentences.
MAX_BIO_SENTENCES = 2


@lru_cache(maxsize=1)
def _bio_roles() -> re.Pattern[str]:
    roles = sorted(cues()["byline"]["bio_roles"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(r) for r in roles) + r")\b")


def is_author_bio(text: str, n_words: int) -> bool:
    """The author's note that closes an analysis ("Jane Roe is a researcher at a think tank
    focusing on maritime security."): not the article's text, though it reads as a sentence."""
    if n_words > MAX_BIO_WORDS or text.count(". ") >= MAX_BIO_SENTENCES:
        return False
    m = _BIO_RE.match(text)
    return bool(m) and _bio_roles().search(text.lower(), m.end(), m.end() + 40) is not None


# A note about the text itself under it ("This story has not been edited by X staff and is
# published from a syndicated feed.", "This article was originally written in Korean and
# translated by ..."): the demonstrative "this" with a word for the text, then an auxiliary
# and a production participle within a few words. An article's sentence refers to another
# report ("the report was published on Monday"), not to "this story" being edited or
# translated. English, German, French and Spanish forms. A correction ("This article was
# amended on 9 April to correct ...", "An earlier version ... incorrectly stated") is the
# article's own and stays: amending verbs are not production verbs, and a note that says
# what it corrects is never taken (_CORRECTION_WORDS).
_EDITORIAL_NOTE_RE = re.compile(
    r"\b(?:this (?:story|article|report|piece|copy|text|content)\b(?:\W+\w+){0,3}?\W+"
    r"(?:has|have|had|was|were|is|are)(?: not)?(?: been)?(?: \w+ly)?(?: been)? "
    r"(?:edited|written|translated|produced|generated|auto-generated|published|republished|"
    r"reviewed|adapted|syndicated|machine-translated|created)"
    r"|dieser (?:artikel|beitrag|text) (?:wurde|ist)\b"
    r"|cet article a été|este (?:artículo|texto) (?:fue|ha sido))\b")
# Such a note is a sentence or three.
MAX_EDITORIAL_NOTE_WORDS = 60


_CORRECTION_WORDS = ("correct", "earlier version", "misstated", "misspelled", "erroneous",
                     "berichtigt", "korrigiert", "rectifi", "corrig")


def is_editorial_note(low: str, n_words: int) -> bool:
    """A note about how this text was produced (see _EDITORIAL_NOTE_RE); ``low`` is the
    lower-cased line."""
    return (n_words <= MAX_EDITORIAL_NOTE_WORDS and _EDITORIAL_NOTE_RE.search(low) is not None
            and not any(w in low for w in _CORRECTION_WORDS))


# A line that is only a reporter's e-mail address, maybe after a name or a label ("Email:",
# "Jane Roe, jane.roe@example.com"): a contact line that signs the text off.
_CONTACT_RE = re.compile(
    r"^(?:[^\W\d_][\w.'’-]*(?:[,:]?\s|\s[|•·]\s)){0,5}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def is_contact_line(text: str) -> bool:
    return "@" in text and _CONTACT_RE.match(text) is not None


# A relative age closing a short line, after a separator or followed by "ago": "The Astana
# Daily • 1d", "R Venkataraman · 3h", "Reuters | 2 hours ago", "vor 3 Stunden", "hace 2
# horas", "il y a 5 heures": the stamp of a card in a list of other stories or comments.
_RELATIVE_STAMP_RE = re.compile(
    r"(?:[•·|]\s?\d{1,2}\s?(?:h|hr|hrs|d|m|min|mins|w)"
    r"|\b\d{1,2}\s(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\sago"
    r"|\bvor\s\d{1,2}\s(?:minuten|stunden|tagen)|\bhace\s\d{1,2}\s(?:minutos|horas|días)"
    r"|\bil y a\s\d{1,2}\s(?:minutes|heures|jours))\.?$", re.I)


def is_relative_stamp(text: str) -> bool:
    return len(text) <= MAX_STAMP_CHARS and _RELATIVE_STAMP_RE.search(text) is not None
