"""Split words glued together where a scraper lost a line break ("extensiveand").

English only (the pipeline calls it on English pages). Two signals, both conservative: a
correctly spelled word, a proper name, a brand or a prefixed compound left alone matters more
than a glued pair missed.

1. A change of case inside a word ("XuanChien", "JointStaff"): split where a lower-case letter
   is followed by a capital, when both sides have at least three letters, the left side is
   capitalised (or a glue word: "fromParliament"; "fileName" is code) and is not a name
   particle ("MacArthur"; "McDonald", "DeSantis", "iPhone" have shorter sides), the whole
   word is not in the frequency list ("YouTube", "PowerPoint"), it occurs only once on
   the page (a brand is spelled the same way every time), and it is either frequent words
   ("JointStaff"), three or more humps, or stands next to another capitalised word, as the
   parts of a name do ("Hoang XuanChien"); a coined brand among lower-case words ("buy
   BrahMos missiles") is left alone.
2. A word missing from the frequency list that segments into frequent words joined in a way
   glued text shows and compounds do not: a function word in front ("theregional") or at the
   end ("exchangeof"), or an adjective/adverb/verb form followed by a word
   ("regionalissues"). Compounds ("lockdown", "coronavirus"), prefixed words
   ("counterterrorism"), US spellings the list lacks ("labor": "lab"+"or") and names
   ("Mattis": "Matt"+"is") are left alone. A capitalised word that follows another
   capitalised word is part of a name and is split only on the case-change signal.

Only words standing as prose are looked at: a word inside an e-mail address, a URL, a file
name or code (next to ``@ / . _ = (``) is left alone. The symspellpy frequency dictionary is
loaded lazily, once per process; the word lists are in data/glued.toml.
"""

from __future__ import annotations

import os
import re
import tomllib
from functools import lru_cache
from importlib import resources

# Parts must be at least this frequent in the 82,765-word English frequency list. The list
# counts occurrences in a ~1e11-word corpus; 1e6 keeps common words ("hung": 1.3e7,
# "issues": 1.5e8) and rejects rare fragments the segmenter would otherwise invent ("ion",
# "idation"-style pieces of typos, at ~1e5-1e6) and most surname fragments.
MIN_PART_COUNT = 1_000_000
# Tokens shorter than this are never split: short non-words are mostly abbreviations.
MIN_TOKEN_LEN = 5
# ... nor longer than this: three glued words rarely exceed 40 letters, and longer runs of
# letters (hashes, base64, scraped code) would only cost segmentation time.
MAX_TOKEN_LEN = 40
# At most this many parts: "theco" -> 2, "theregionalissues" -> 3; more is noise.
MAX_PARTS = 3
# Every part has at least this many letters (a two-letter function word such as "of" is a
# glue word, handled by its own rule); one-letter parts ("a", "i") are word fragments far
# more often than glued articles ("anomy" -> "a no my").
MIN_PART_LEN = 2
# A content word standing next to a glue word has at least this many letters, except a
# word-forming prefix before a hyphen ("theco-chair", "ofnon-traditional").
MIN_CONTENT_LEN = 3
# After a glued verb ("haddiscussions") the word has at least this many letters: names start
# with the same letters ("Hassan", "Hadass", "Wasser").
MIN_AFTER_VERB = 4
# A two-letter trailing glue word ("especiallyin", "chairedby") ends many names and words
# ("Pantin", "Saxby"): it is split off only a lower-case word at least this long.
MIN_BEFORE_SHORT_TRAILING = 5
# Two glued content words: the first is an adjective/adverb/verb form of at least this many
# letters ("regional", "evaluated"), as compounds start with short nouns ("lock", "road") ...
MIN_MODIFIER_LEN = 5
# ... or both are long: a word of LONG_FIRST_LEN+ letters before one of LONG_SECOND_LEN+
# ("maintaincooperation"); long compound nouns in the list's gaps start with short words.
LONG_FIRST_LEN = 6
LONG_SECOND_LEN = 8
# The case-change rule needs this many letters on each side of the cut: "McDonald",
# "DeSantis", "LeBlanc", "iPhone", "RoK", "MoU", "LinkedIn" keep their short side.
MIN_CASE_PART = 3
# A lower-case word glued to a capitalised one ("supportingVietnam", a space lost at a link's
# edge) has the shape of a camelCase identifier ("fileName", "currentUser"). It is split only
# when the left side is a frequent word of at least this many letters (shorter lower-case
# starts are brand and code prefixes: "iPhone", "eBay", "macOS", "getName") and the right side
# is a proper noun of the page: printed elsewhere on it capitalised after a lower-case word
# (mid-sentence, also as the start of a longer word: "Vietnamese") and never in lower case,
# as a name is and a code identifier's part ("User", "Name") is not.
MIN_LOWER_LEFT = 5
# A capitalised word before a space ends a run of capitalised words (a name) when it ends
# with one of these; a word ending in "." continues the run only when it is an abbreviated
# title of at most ABBREV_MAX_CHARS characters ("Gen.", "Lt.", "Sen.").
_RUN_BREAK = ",;:!?)]”\"'’"
ABBREV_MAX_CHARS = 4
_VOWELS = frozenset("aeiouy")

# Candidate words: runs of letters standing as prose, i.e. after a space, the line start, a
# hyphen, an opening quote or bracket, and before a space, the line end, a hyphen, a closing
# quote/bracket or punctuation (a "." only at the end of the word, not inside "file.py").
# Single-character lookarounds only: linear on any input.
_TOKEN_RE = re.compile(
    rf"(?<![^\s\-“\"‘'(\[—–«„])[^\W\d_]{{{MIN_TOKEN_LEN},}}"
    r"(?=$|[\s\-,;:!?”\"’')\]—–…»]|\.(?:$|[\s”\"’')\]]))"
)


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str] | tuple[str, ...]]:
    text = (resources.files("parley.clean") / "data" / "glued.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return {
        "leading": frozenset(data["glue"]["leading"]),
        "verbs": frozenset(data["glue"]["leading_verbs"]),
        "trailing": frozenset(data["glue"]["trailing"]),
        "prefixes": frozenset(data["compound"]["prefixes"]),
        "suffixes": tuple(data["compound"]["modifier_suffixes"]),
        "suffix_words": frozenset(data["compound"]["suffix_words"]),
        "particles": frozenset(data["names"]["prefixes"]),
        "brands": frozenset(data["brands"]["keep"]),
    }


@lru_cache(maxsize=1)
def _may_split() -> re.Pattern[str]:
    """A cheap necessary condition for an accepted split, checked before the (slow) word
    segmentation: the lower-cased token starts with a leading glue word, holds a trailing glue
    word after three letters, holds a modifier ending with room for a word after it, or is long
    enough for two long words (see ``_junction_ok``)."""
    lists = _lists()

    def alt(words) -> str:
        return "|".join(sorted(words, key=len, reverse=True))

    return re.compile(
        rf"^(?:{alt(lists['leading'] | lists['verbs'])})"
        rf"|^[a-z]{{3}}[a-z]*?(?:{alt(lists['trailing'])})"
        rf"|^[a-z]{{2}}[a-z]*?(?:{alt(lists['suffixes'])})[a-z]{{3}}"
        rf"|^[a-z]{{{LONG_FIRST_LEN + LONG_SECOND_LEN}}}"
    )


@lru_cache(maxsize=1)
def _symspell():
    """The SymSpell instance with the English frequency dictionary (built once per process).

    Built without SymSpell's index of deletes: segmentation here looks words up with edit
    distance 0, and SymSpell answers those from its word counts alone (``lookup`` returns
    before it reads the deletes). The index cost 65 MB and 0.8 s in every worker process.
    """
    import symspellpy
    from symspellpy import SymSpell

    class ExactSymSpell(SymSpell):
        def _edits_prefix(self, key: str) -> set[str]:
            return set()  # no deletes: exact lookups only (symspellpy 6.10, pinned)

    path = os.path.join(os.path.dirname(symspellpy.__file__),
                        "frequency_dictionary_en_82_765.txt")
    sym = ExactSymSpell(max_dictionary_edit_distance=0, prefix_length=7)
    sym.load_dictionary(path, term_index=0, count_index=1)
    return sym


def words() -> dict[str, int]:
    """Word -> corpus count of the English frequency dictionary."""
    return _symspell().words


def is_word(token: str) -> bool:
    return token.lower() in words()


def _case_split(token: str) -> str:
    """``token`` with a space at each lower-to-upper case change that rule 1 accepts. The left
    side is capitalised ("XuanChien") or a glue word ("fromUniversity"): other lower-case
    starts are code identifiers ("moduleName") and brands ("iBuyPower")."""
    cuts = [i for i in range(1, len(token)) if token[i].isupper() and token[i - 1].islower()]
    if not cuts:
        return token
    lists = _lists()
    particles = lists["particles"]
    bounds = [0, *cuts, len(token)]
    out, start = [], 0
    for k, cut in enumerate(cuts, start=1):
        left, right = token[start:cut], token[cut:bounds[k + 1]]
        low = left.lower()
        if (len(left) >= MIN_CASE_PART and left[1:].islower() and low not in particles
                and (left[0].isupper() or low in lists["leading"] or low in lists["trailing"]
                     or (start == 0 and _lower_left(left)))
                and len(right) >= MIN_CASE_PART and right[1:].islower()):
            out.append(token[start:cut])
            start = cut
    out.append(token[start:])
    return " ".join(out)


def _lower_left(left: str) -> bool:
    """May the lower-case word ``left`` be glued to the capitalised word after it? (The page
    must then show that word as a proper noun: ``split_glued``.)"""
    return (len(left) >= MIN_LOWER_LEFT and left.islower()
            and words().get(left, 0) >= MIN_PART_COUNT)


def _needs_proper_noun(token: str, parts: list[str]) -> bool:
    """Did the case-change split of ``token`` cut after a lower-case content word (rather than
    after a capitalised word or a glue word)?"""
    lists = _lists()
    first = parts[0]
    return (token[0].islower() and first not in lists["leading"]
            and first not in lists["trailing"])


def _proper_noun_on_page(word: str, page: str) -> bool:
    """Is ``word`` printed on ``page`` as a proper noun: a capitalised word that it starts,
    after a lower-case word and a space ("for Vietnam's", "training for Vietnamese",
    "in Hanoi"), and never in lower case ("the user logs in" makes "a User" a common noun)?
    A page that names the country only in another spelling ("Viet Nam") still prints its
    adjective."""
    return (re.search(rf"[a-z,] {re.escape(word)}", page) is not None
            and re.search(rf"(?<![^\W\d_]){re.escape(word.lower())}", page) is None)


def _prefixed(low: str, vocab: dict[str, int]) -> bool:
    """``low`` is a word-forming prefix plus a word ("counterterrorism", "codeveloped")."""
    prefixes = _lists()["prefixes"]
    for cut in range(2, min(len(low) - 2, 8)):
        if low[:cut] in prefixes:
            rest = low[cut:]
            if rest in vocab or _prefixed(rest, vocab):
                return True
    return False


def _junction_ok(left: str, right: str, capitalised: bool, right_is_last: bool,
                 hyphen_after: bool) -> bool:
    """May two adjacent parts of a segmentation be two glued words?"""
    lists = _lists()
    prefixes = lists["prefixes"]

    def content(w: str, may_be_prefix: bool) -> bool:
        if may_be_prefix:
            return True  # "co", "non" before a hyphen: the first half of a compound
        return len(w) >= MIN_CONTENT_LEN and w not in prefixes

    right_prefix_ok = right_is_last and hyphen_after
    if left in lists["leading"] and content(right, right_prefix_ok):
        return left != "an" or right[0] in _VOWELS  # "an" only before a vowel
    if left in lists["verbs"]:
        return len(right) >= MIN_AFTER_VERB and right not in prefixes
    if right in lists["trailing"] and content(left, False):
        if len(right) < 3:
            return not capitalised and len(left) >= MIN_BEFORE_SHORT_TRAILING
        return True
    if (capitalised or not content(left, False) or not content(right, right_prefix_ok)
            or right in lists["suffix_words"]):
        return False  # two content words: lower-case only (capitalised ones are names)
    if len(left) >= MIN_MODIFIER_LEN and left.endswith(lists["suffixes"]):
        return True
    return len(left) >= LONG_FIRST_LEN and len(right) >= LONG_SECOND_LEN


@lru_cache(maxsize=65536)
def split_token(token: str, hyphen_after: bool = False) -> str:
    """``token`` with spaces inserted where it is two or three glued words (see the module
    docstring); ``hyphen_after`` when a hyphen follows it ("theco" in "theco-chair")."""
    if not MIN_TOKEN_LEN <= len(token) <= MAX_TOKEN_LEN:
        return token
    low = token.lower()
    vocab = words()
    if low in vocab:
        return token
    rest = token[1:]
    if not rest.islower():
        return token if token.isupper() else _case_split(token)
    if not token.isascii():
        return token
    capitalised = token[0].isupper()
    if not _may_split().match(low) or _prefixed(low, vocab):
        return token
    seg = _symspell().word_segmentation(low, max_edit_distance=0)
    parts = seg.corrected_string.split()
    if not 2 <= len(parts) <= MAX_PARTS or "".join(parts) != low:
        return token
    # A prefix joins the word after it: "counterterrorismand" -> "counterterrorism" + "and".
    lists = _lists()
    merged: list[str] = []
    for p in parts:
        if merged and merged[-1] in lists["prefixes"] and p not in lists["trailing"]:
            merged[-1] += p
        else:
            merged.append(p)
    if len(merged) < 2:
        return token
    for p in merged:
        if len(p) < MIN_PART_LEN:
            return token
        if vocab.get(p, 0) < MIN_PART_COUNT and not _prefixed(p, vocab):
            return token
    for k in range(1, len(merged)):
        if not _junction_ok(merged[k - 1], merged[k], capitalised and k == 1,
                            k == len(merged) - 1, hyphen_after):
            return token
    out, pos = [], 0
    for p in merged:
        out.append(token[pos:pos + len(p)])
        pos += len(p)
    return " ".join(out)


def _continues_name(text: str, start: int) -> bool:
    """Is the word starting at ``start`` preceded by a capitalised word (a name's run)?"""
    if start < 2 or text[start - 1] != " ":
        return False
    k = text.rfind(" ", 0, start - 1)
    prev = text[k + 1:start - 1].lstrip("“\"‘'([«„")
    if not prev or not prev[0].isupper() or prev[-1] in _RUN_BREAK:
        return False
    return not prev.endswith(".") or len(prev) <= ABBREV_MAX_CHARS


def _case_split_ok(text: str, start: int, end: int, parts: list[str]) -> bool:
    """May the case-change split of the word at ``text[start:end]`` into ``parts`` stand?

    A lost space joins two words ("JointStaff", "fromParliament": every part a frequent
    word, MIN_PART_COUNT) or two parts of a name ("Hoang XuanChien", "Le VanHai", printed in
    a run of capitalised words). A word of two humps that is neither, among lower-case words
    ("to buy BrahMos missiles"), is a coined brand or product name: it is left alone, as a
    brand printed once cannot be told from a lost space by the page. A word of three or more
    humps ("NguyenThiLan") is a run of name parts in itself."""
    if text[start:end] in _lists()["brands"]:
        return False  # "WhatsApp": one name in camel case (glued.toml [brands])
    vocab = words()
    if len(parts) > 2 or all(vocab.get(p.lower(), 0) >= MIN_PART_COUNT for p in parts):
        return True
    stop = _english_stopwords()
    if _continues_name(text, start):
        k = text.rfind(" ", 0, start - 1)
        if text[k + 1:start - 1].lstrip("“\"‘'([«„").lower() not in stop:
            return True
    if end + 1 < len(text) and text[end] == " " and text[end + 1].isupper():
        nxt = text[end + 1:].split(" ", 1)[0].rstrip(_RUN_BREAK + ".")
        return nxt.isalpha() and nxt.lower() not in stop
    return False


# What may stand before a sentence's first word: its start, or a sentence end and a space.
_SENTENCE_OPENERS = ".!?:;\"“‘'(«„"


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in _SENTENCE_OPENERS


def _only_function_words(parts: list[str]) -> bool:
    """Are all parts function words? Inside a sentence, a capitalised word that splits only
    into them is a name ("Anand" -> "An and", "Asif" -> "As if", "Isa" -> "Is a"), not a lost
    space; at a sentence's start it may be one ("Andthe", "Forthe")."""
    stop = _english_stopwords()
    return all(p.lower() in stop for p in parts)


@lru_cache(maxsize=1)
def _english_stopwords() -> frozenset[str]:
    """English function words: a capitalised one next to a word starts a sentence ("As
    AnandTech reports"), it is not part of a name."""
    from parley.clean.language import stopwords

    return stopwords().get("en", frozenset())


# At most this many distinct case-change words are looked up on one page (each lookup scans
# the page); later ones are left alone, so a page full of CamelCase stays linear.
MAX_CASE_LOOKUPS = 50


def split_glued(text: str, page: str | None = None, seen: dict[str, bool] | None = None) -> str:
    """Repair glued words in an English line (other lines should not be passed in).

    ``page`` is the whole page's text: a word with a case change that occurs on it more than
    once is written that way on purpose (a brand or product, "WordPress" every time), while a
    space lost at a tag boundary is an accident of one place; such words are not split.
    ``seen`` (one dict per page, shared by its lines) remembers the answers.
    """
    vocab = words()
    if all(t.lower() in vocab or split_token(t) == split_token(t, True) == t
           for t in _TOKEN_RE.findall(text)):
        # Nothing to split: one C-level scan and dictionary lookups spare a prose line (nearly
        # every word listed, the rest cached) a Python callback per word in the sub below.
        return text
    if seen is None:
        seen = {}

    def once_on_page(token: str) -> bool:
        if page is None:
            return True
        if token not in seen:
            if len(seen) >= MAX_CASE_LOOKUPS:
                return False
            seen[token] = page.count(token) <= 1
        return seen[token]

    def proper_on_page(word: str) -> bool:
        key = " " + word  # one dict per page for both lookups; a token has no space
        if key not in seen:
            if page is None or len(seen) >= MAX_CASE_LOOKUPS:
                return False
            seen[key] = _proper_noun_on_page(word, page)
        return seen[key]

    def fix(m: re.Match[str]) -> str:
        token = m.group()
        end = m.end()
        out = split_token(token, end < len(text) and text[end] == "-")
        if out == token:
            return out
        if not token[1:].islower():  # a case-change split
            parts = out.split()
            if not _case_split_ok(text, m.start(), end, parts):
                return token
            if _needs_proper_noun(token, parts) and not proper_on_page(parts[1]):
                return token
            return out if once_on_page(token) else token
        if token[0].isupper() and (_continues_name(text, m.start()) or (
                _only_function_words(out.split()) and not _sentence_start(text, m.start()))):
            return token
        return out

    return _TOKEN_RE.sub(fix, text)


# A sentence glued to the one before it where a line break was lost ("... Takehiro
# Funakoshi.According to a statement"): a full stop between two lower-case letters and a
# capitalised word. Two lower-case letters before the stop, so initials and abbreviations
# ("U.S.", "St.Gallen", "Dr.Grossmann") never match; the word after it is capitalised and
# then lower-case to its end, so code ("webdriver.PhantomJS", "library.ThingIWant") does not
# either (see _written_so for addresses, file names and coined names).
# (The stop first: the engine then skips quickly to each "."; the letters before it are
# checked in split_sentences.)
_GLUED_SENTENCE_RE = re.compile(r"\.(?=[^\W\d_]{2})")
# What a token holding the stop may not contain or start with: a web or e-mail address, code
# ("mod.Bar()", "a=b.C"), a coined name in quotes or brackets ('"Heimspiel.Dortmund"').
_ADDRESS_CHARS = ("/", "@", "(", "=", "_")
_OPENERS = "\"'“‘«»›‹„([{"


def _written_so(text: str, dot: int) -> bool:
    """Is the full stop at ``dot`` written on purpose: its token (between spaces) holds an
    address or code character, "www.", or another full stop after it ("Report.Final.pdf"),
    or starts with a quote or bracket?"""
    start = text.rfind(" ", 0, dot) + 1
    end = text.find(" ", dot)
    token = text[start:end if end >= 0 else len(text)]
    return (any(c in token for c in _ADDRESS_CHARS) or "www." in token.lower()
            or "." in token[dot - start + 1:] or token[:1] in _OPENERS)


def _plain_word_after(text: str, k: int) -> bool:
    """Is the word starting at ``k`` a capital followed only by lower-case letters?"""
    if not text[k].isupper():
        return False
    j = k + 1
    while j < len(text) and text[j].isalpha():
        if not text[j].islower():
            return False
        j += 1
    return j > k + 1


def split_sentences(text: str) -> str:
    """Put the space back between two sentences glued at a full stop (any language)."""
    if "." not in text:
        return text
    out, pos = [], 0
    for m in _GLUED_SENTENCE_RE.finditer(text):
        k = m.start()
        if k < 2 or not (text[k - 1].islower() and text[k - 2].islower()) \
                or not _plain_word_after(text, k + 1) or _written_so(text, k):
            continue
        out.append(text[pos:k + 1])
        out.append(" ")
        pos = k + 1
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)
