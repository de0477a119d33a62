"""Dialogue mentions: the mechanism's name, its edition, the country pair printed with it.

A mention is found from its head noun ("Dialogue", "Consultation", "2+2 Meeting") by walking
left over modifier words (the name), then over a country pair, skip words ("annual") and level
phrases to an ordinal (the edition). Which mention is *the* meeting the article reports is
decided by ``pick``: the headline and early sentences that report a meeting with an ordinal
win, and mentions of a past or future meeting ("since the second dialogue", "the next 2+2")
lose. The vocabulary is ``data/mechanism.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

from parley.extract import lexicon
from parley.extract.countries import CountryMention, find_countries
from parley.extract.tokens import Token, tokenize

_ORDINAL_DIGITS = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$")
# Punctuation allowed between the words of one name: a comma or a dash of a spelled-out list
# ("Political, Security and Defence", "Political - Security - Defense"), quotes ("“2+2”").
_NAME_GAP = re.compile(r"^(?:\s{0,3}[,\-]?\s{0,3}|\s{0,2}[\"'“”‘’]\s{0,2})$")
_PREFIX_GAP = re.compile(r"^[\s,.\-\"'“”‘’()]{0,6}$")
# A list-shaped name gets commas and a final "and": "Political, Security and Defence".
MIN_LIST_ITEMS = 3
# How far a past/future marker may stand from a mention (tokens): "since the second
# dialogue", "agreed to hold the 11th dialogue"; further away the words describe something else
# ("reviewed the outcomes of cooperation at their second dialogue").
MARKER_WINDOW = 4
# Paragraphs at the top where the reported meeting is named (later ones: background).
LEAD_PARAGRAPHS = 3
# Different meetings (pair, name, edition) named in the headline and lead that make a listing
# page, not a report: a report names its own meeting, and earlier or later ones are marked.
LISTING_MIN_PAIRS = 3
# How many lead words an aside after the name may have before its ordinal ("the X Mechanism,
# meeting for its second edition"); more words and the ordinal describes something else.
ASIDE_MAX_LEAD = 3
# "The X Dialogue was held for the fifth time": the edition counted after the name, at most
# this many tokens after the head ("was held in Tokyo for the fifth time"), in its sentence.
NTH_TIME_WINDOW = 8


@cache
def _vocab():
    v = lexicon.mechanism_vocab()
    return {
        "heads": frozenset(v["heads"]),
        "weak_heads": frozenset(v["weak_heads"]),
        "needs": frozenset(v["meeting_needs"]),
        # each body head -> the words one of which its name needs ("Joint Commission")
        "body_needs": {h: frozenset(v["body_needs"].get(h, v["commission_needs"]))
                       for h in v["commission_heads"]},
        "proper_bodies": frozenset(v["proper_body_heads"]),
        "word_forms": {w: f for w, f in v["name_word_forms"].items() if "-" not in w},
        # hyphenated forms are replaced in the whole name before it is split into words
        "phrase_forms": [(w, f) for w, f in v["name_word_forms"].items() if "-" in w],
        "multilateral": frozenset(v["multilateral_words"]),
        "mechanism_heads": frozenset(v["mechanism_heads"]),
        "mechanism_needs": frozenset(v["mechanism_needs"]),
        "mechanism_of": frozenset(v["mechanism_of_connectors"]),
        "aside_lead": frozenset(v["aside_lead_words"]),
        "aside_nouns": frozenset(v["aside_nouns"]),
        "mods": frozenset(v["modifiers"]),
        "weak_mods": frozenset(v["weak_modifiers"]),
        "proper_only_mods": frozenset(v["proper_only_modifiers"]),
        "conn": frozenset(v["connectors"]),
        "level": frozenset(v["level_words"]),
        "spaced": {tuple(c.split("-")): c for c in v["spaced_compounds"]},
        "skip": frozenset(v["skip_before_name"]),
        "field_complements": frozenset(v["field_complements"]),
        "between_ends": frozenset(v["between_complement_ends"]),
        "verbs": lexicon.words_re(v["meeting_verbs"]),
        "before": lexicon.words_re(v["before_markers"]),
        "time_adverbs": lexicon.words_re(v["time_adverbs"]),
        "after": lexicon.words_re(v["after_markers"]),
        "resumed": re.compile("|".join(v["resumed_after"])),
        "cancel": lexicon.words_re(v["cancel_verbs"]),
        "passive_cancel": re.compile(
            r"\b(?:has|have|had|was|were|is|are|be|been|being)\s(?:been\s)?(?:"
            + "|".join(re.escape(w) for w in v["cancel_participles"]) + r")\b"),
        "held": lexicon.words_re(v["held_verbs"]),
        "negated": re.compile(r"(?:" + "|".join(v["verb_negations"]) + r")\s+(?:\w+\s+)?$"),
    }



def meeting_verbs() -> re.Pattern[str]:
    """Verbs that make a sentence report a meeting being held ("held", "co-chaired")."""
    return _vocab()["verbs"]


# Roman ordinals ("the XIth Consultations", "IInd round"), printed in capitals with an ordinal
# suffix; without the suffix a capital "I"/"V" is a pronoun or an initial, and lower case
# "list" would read as LI-st.
_ROMAN_ORDINAL = re.compile(r"^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})(?:st|nd|rd|th)$")
_ROMAN = {"C": 100, "XC": 90, "XL": 40, "L": 50, "X": 10, "IX": 9, "IV": 4, "V": 5, "I": 1}


def _roman_value(group: str) -> int:
    """One group of the numeral (hundreds, tens or ones): "XC" = 90, "LXX" = 70."""
    return _ROMAN[group] if group in _ROMAN else sum(_ROMAN[ch] for ch in group)


def roman_ordinal(text: str) -> int | None:
    """The value of a Roman ordinal as printed ("XIth" -> 11), else None."""
    m = _ROMAN_ORDINAL.match(text)
    if not m or not any(m.groups()):
        return None
    n = sum(_roman_value(g) for g in m.groups() if g)
    return n if 0 < n <= 300 else None


_BARE_ROMAN = re.compile(r"^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def bare_roman(t: Token, nxt: Token | None) -> int | None:
    """A Roman numeral printed without a suffix ("VII"), read as an ordinal only when the
    next word is an edition noun of ``ordinals.toml`` [roman] ("the VII Round of ..."),
    so a pronoun "I" or "World War II" is none."""
    if nxt is None or nxt.low not in lexicon.ordinal_nouns():
        return None
    m = _BARE_ROMAN.match(t.text)
    if not m or not any(m.groups()):
        return None
    n = sum(_roman_value(g) for g in m.groups() if g)
    return n if 0 < n <= 300 else None


def token_ordinal(t: Token) -> int | None:
    """A token's ordinal value: "14th", "fourteenth", "XIVth"."""
    return ordinal_value(t.low) or roman_ordinal(t.text)


def ordinal_value(low: str) -> int | None:
    m = _ORDINAL_DIGITS.match(low)
    if m:
        n = int(m.group(1))
        return n if 0 < n <= 300 else None
    return lexicon.ordinals().get(low)


@dataclass
class Mention:
    """One mention of a dialogue in one paragraph (or the headline)."""

    where: int  # paragraph index; -1 for the headline
    start: int  # offsets of the whole mention (ordinal .. head) in that text
    end: int
    name: str | None  # canonical name, None for a bare head ("the dialogue")
    name_start: int
    head: str  # lower-case head noun
    n_modifiers: int
    edition: int | None = None
    ordinal_span: tuple[int, int] | None = None
    countries: list[str] = field(default_factory=list)
    verb: bool = False  # its sentence reports a meeting being held
    marked: bool = False  # a past/future meeting
    sentence_index: int = 0  # position of its sentence in the document
    proper: bool = False  # its name and head are printed capitalised ("Strategic Dialogue")

    @property
    def key(self) -> str:
        return (self.name or "").lower().replace("defense", "defence")


def _is_modifier(low: str, mods: frozenset[str]) -> bool:
    if low in mods:
        return True
    parts = low.split("-")
    return len(parts) > 1 and all(p in mods for p in parts if p)


_POSSESSIVE_RE = re.compile(r"\b(\w+s)['’](?=\s)")


def _possessives(name: str, span: str) -> str:
    """The name with the plural possessives its printed words had: "Foreign Ministers'
    Strategic Dialogue", "Annual Leaders' Consultation" (the walk reads words, not marks)."""
    for m in _POSSESSIVE_RE.finditer(span):
        name = re.sub(rf"\b({re.escape(m.group(1))})\b(?!')", r"\1'", name, count=1,
                      flags=re.I)
    return name


def _title_word(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] if p.rstrip("'").isalpha() else p
                    for p in word.split("-"))


def format_name(words: list[str], seps: list[str], head: str) -> str:
    """Canonical spelling: title case, Defence, spelled-out lists as "A, B and C".

    ``words`` are the modifier words in order (hyphenated lists already split) and ``seps``
    the separator before each (``""`` for the first): ``","``, ``"-"``, ``"and"`` or ``" "``.
    """
    items = [w.lower().replace("defense", "defence") for w in words]
    out: list[str] = []
    i = 0
    while i < len(items):
        # a run joined by commas/dashes and a final "and": a spelled-out list
        j = i + 1
        while j < len(items) and seps[j] in (",", "-", "and"):
            j += 1
        run = items[i:j]
        if len(run) >= MIN_LIST_ITEMS:
            titled = [_title_word(w) for w in run]
            out.append(", ".join(titled[:-1]) + " and " + titled[-1])
        else:
            piece = _title_word(run[0])
            for k in range(1, len(run)):
                sep = seps[i + k]
                piece += "-" if sep == "-" else " and " if sep == "and" else " "
                piece += _title_word(run[k])
            out.append(piece)
        i = j
    out.append(_title_word(head))
    return " ".join(out)


def _walk_name(text: str, toks: tuple[Token, ...], h: int,
               v) -> tuple[int, list[str], list[str], int]:
    """From head index ``h`` walk left over the name. Returns (first name token index, words,
    separators, number of real modifiers). Before a capitalised name, a lower-case word
    ends it ("their bilateral Cyber Dialogue" -> "Cyber Dialogue"): the letter case shows
    where the proper name starts, and the lower-case word describes it."""
    mods = v["mods"] | v["mechanism_needs"] if toks[h].low in v["mechanism_heads"] \
        else v["mods"]
    words: list[str] = []
    seps: list[str] = []
    first = h
    j = h - 1
    pending_conn = None
    while j >= 0:
        t = toks[j]
        between = text[t.end:toks[j + 1].start]
        if not _NAME_GAP.match(between):
            break
        sep = "," if "," in between else "-" if "-" in between else " "
        if j > 0 and t.cap and toks[j - 1].cap and (toks[j - 1].low, t.low) in v["spaced"] \
                and text[toks[j - 1].end:t.start] == " ":
            # "High Level Security Dialogue": the two words of a hyphenated modifier
            if pending_conn is not None:
                seps.insert(0, "and")
                pending_conn = None
            elif words:
                seps.insert(0, sep)
            words.insert(0, f"{toks[j - 1].text}-{t.text}")
            first = j - 1
            j -= 2
            continue
        if (t.low in v["level"] or t.low.endswith("-level")) and not (
                t.cap and _is_modifier(t.low, v["mods"])):
            # a level phrase ends the name ("Deputy Minister-level Security Dialogue"), but a
            # level word that is a modifier and printed capitalised is part of the proper name
            # ("the first High-Level Security Dialogue")
            break
        if _is_modifier(t.low, mods):
            if words and toks[h].cap and not t.cap and t.text[:1].isalpha() \
                    and all(w[:1].isupper() for w in words):
                break  # "their bilateral Cyber Dialogue": a description before the name
            if pending_conn is not None:
                seps.insert(0, "and")
                pending_conn = None
            elif words:
                seps.insert(0, sep)
            # "Political-Security-Defence" is a list written with hyphens; "two-plus-two" and
            # "vice-ministerial" are single words
            split = t.low.count("-") >= MIN_LIST_ITEMS - 1 and not any(
                p in v["weak_mods"] for p in t.low.split("-"))
            parts = t.text.split("-") if split else [t.text]
            for k, part in enumerate(reversed(parts)):
                words.insert(0, part)
                if k < len(parts) - 1:
                    seps.insert(0, "-")
            first = j
            j -= 1
            continue
        if t.low in v["conn"] and words and pending_conn is None:
            pending_conn = j
            j -= 1
            continue
        if not words and j == h - 1 and t.cap and toks[h].cap and between == " " \
                and t.low in v["proper_only_mods"]:
            words.insert(0, t.text)  # "the 6th Annual Consultation": the whole proper name
            first = j
        break
    seps.insert(0, "")
    seps = seps[:len(words)]
    n_real = sum(1 for w in words if w.lower() not in v["weak_mods"])
    return first, words, seps, n_real


def _complement(text: str, toks: tuple[Token, ...], h: int, v,
                n_real: int = 0) -> tuple[str | None, int]:
    """A capitalised subject after the head: "Strategic Dialogue on Foreign and Security
    Policy", and after a standing commission's head also "for" ("Permanent Joint Commission
    for Cooperation", "Joint Committee for Economic Cooperation"), and "between" with the ranks
    that meet ("Japan-Mongolia Consultations between Senior Foreign Ministry Officials", as
    Japan's foreign ministry names them). Lower-case words after "on" ("talks on regional
    issues") are not part of a name. Returns (the preposition and the subject in canonical
    spelling, end offset of the mention)."""
    end = toks[h].end
    if h + 2 >= len(toks) or text[toks[h].end:toks[h + 1].start] != " ":
        return None, end
    prep = toks[h + 1].text
    if prep not in ("on", "between") and not (prep == "for" and toks[h].low in v["body_needs"]):
        return None, end
    words: list[str] = []
    seps: list[str] = []
    j = h + 2
    while j < len(toks) and toks[j].cap and _is_modifier(toks[j].low, v["mods"]):
        between = text[toks[j - 1].end:toks[j].start]
        if not _NAME_GAP.match(between):
            break
        seps.append("" if not words else "," if "," in between else " ")
        words.append(toks[j].text)
        end = toks[j].end
        j += 1
        if j + 1 < len(toks) and toks[j].low in v["conn"] and toks[j + 1].cap and \
                _is_modifier(toks[j + 1].low, v["mods"]):
            seps.append("and")
            words.append(toks[j + 1].text)
            end = toks[j + 1].end
            j += 2
    if not words and n_real and j < len(toks) and toks[j].low in v["field_complements"] \
            and (j + 1 >= len(toks) or not _NAME_GAP.match(text[toks[j].end:toks[j + 1].start])
                 or not (_is_modifier(toks[j + 1].low, v["mods"])
                         or toks[j + 1].low in v["conn"])):
        # "the Chile-Peru strategic dialogue on defence in Lima": a named dialogue's
        # field, printed in lower case, ends the phrase ("dialogue on defence cooperation"
        # goes on: a topic, not a name)
        return "on " + format_name([], [""], toks[j].low.replace("defense", "defence")), \
            toks[j].end
    if not words or (prep == "between" and words[-1].lower() not in v["between_ends"]):
        return None, toks[h].end  # "Strategic Dialogue between Foreign Ministries": no name
    # format_name's last argument is the head; here the subject's words are all passed as
    # modifiers (and the empty head stripped), so an "and" before the last word stays: "on
    # Defence and Security" (as the head, "Security" lost its separator: "Defence Security")
    return f"{prep} " + format_name(words, seps, "").rstrip(), end


def _named_forum(text: str, toks: tuple[Token, ...], first: int,
                 countries: tuple[CountryMention, ...], v) -> bool:
    """Whether a proper name stands right before the mechanism's name: a multilateral forum
    or conference ("Shangri-La Dialogue", "ASEAN Defence Ministers' Meeting"), not a
    meeting of two countries (those print the pair or an ordinal there)."""
    if first == 0:
        return False
    t = toks[first - 1]
    if t.low in v["multilateral"]:
        return True  # "hold trilateral strategic dialogue": more than two sides
    if not t.cap or not _NAME_GAP.match(text[t.end:toks[first].start]):
        return False
    if token_ordinal(t) is not None or t.low in v["skip"] or t.low in v["level"] \
            or t.low in v["conn"] or t.low.endswith("-level") or v["verbs"].fullmatch(t.low):
        return False
    return not any(c.start < t.end and t.start < c.end for c in countries)


def _walk_prefix(text: str, toks: tuple[Token, ...], first: int,
                 countries: tuple[CountryMention, ...], v):
    """Left of the name: the country pair, skip words, then an ordinal."""
    pair: list[str] = []
    j = first - 1
    steps = 0
    while j >= 0 and steps < 10:
        t = toks[j]
        between = text[t.end:toks[j + 1].start] if j + 1 < len(toks) else ""
        if not _PREFIX_GAP.match(between):
            return pair, None
        n = token_ordinal(t)
        if n is None:
            n = bare_roman(t, toks[j + 1] if j + 1 < len(toks) else None)
        if n is not None:
            return pair, (j, n)
        inside = [c.code for c in countries if c.start < t.end and t.start < c.end]
        if inside:
            for code in reversed(inside):
                if code not in pair:
                    pair.insert(0, code)
        elif not (t.low in v["skip"] or t.low in v["level"] or t.low.endswith("-level")
                  or t.low in v["conn"]):
            return pair, None
        j -= 1
        steps += 1
    return pair, None


def aside_ordinal(text: str, toks: tuple[Token, ...], h: int, v=None) -> tuple[int, int] | None:
    """An edition in an aside right after the name at head ``h``: "The X Dialogue, the
    second such meeting since ...", "the X Mechanism, meeting for its second edition".
    Returns (the ordinal's token index, its value). The comma must follow the head, at most
    ``ASIDE_MAX_LEAD`` of ``aside_lead_words`` lead to the ordinal, and one of
    ``aside_nouns`` follows it."""
    v = v or _vocab()
    if h + 2 >= len(toks) or not text.startswith(",", toks[h].end):
        return None
    j = h + 1
    while j < len(toks) and j - h - 1 <= ASIDE_MAX_LEAD:
        t = toks[j]
        n = token_ordinal(t)
        if n is not None:
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if nxt is not None and nxt.low in v["aside_nouns"] \
                    and not _CLAUSE_END_RE.search(text, toks[h].end + 1, nxt.start):
                return j, n
            return None
        if t.low not in v["aside_lead"]:
            return None
        j += 1
    return None


def nth_time(text: str, toks: tuple[Token, ...], h: int) -> tuple[int, int] | None:
    """"... was held for the fifth time": (the ordinal's token index, its value) when "for the
    <ordinal> time" follows the head at ``h`` within ``NTH_TIME_WINDOW`` tokens of its
    sentence; None otherwise."""
    for j in range(h + 3, min(len(toks) - 1, h + NTH_TIME_WINDOW + 1)):
        if _CLAUSE_END_RE.search(text, toks[h].end, toks[j].start):
            return None
        if toks[j + 1].low == "time" and toks[j - 1].low == "the" and toks[j - 2].low == "for":
            n = token_ordinal(toks[j])
            if n is not None:
                return j, n
    return None


@cache
def head_stems() -> tuple[str, ...]:
    """Substrings one of which every paragraph naming a mechanism holds: the heads, less
    those that hold another ("dialogues" holds "dialogue"); for "mechanism", the words its
    name needs ("Political Consultative Mechanism"). A precheck built from the vocabulary, so
    a new head is never skipped by a stale list."""
    v = _vocab()
    heads = (v["heads"] - v["mechanism_heads"]) | v["mechanism_needs"]
    return tuple(sorted(h for h in heads if not any(o != h and o in h for o in heads)))


def find_mentions(text: str, where: int, spans: list[tuple[int, int]] | None = None,
                  first_sentence: int = 0) -> list[Mention]:
    """Every dialogue mention in one paragraph.

    ``spans`` are the paragraph's sentence spans and ``first_sentence`` the document-wide
    index of its first sentence (how early a mention stands).
    """
    spans = spans or [(0, len(text))]
    v = _vocab()
    low = text.lower()
    if not any(h in low for h in head_stems()):
        return []
    toks = tokenize(text)
    countries = find_countries(text)
    span_starts = [a for a, _ in spans]
    verb_in: dict[int, bool] = {}  # sentence index -> it reports a meeting being held
    out = []
    for h, t in enumerate(toks):
        if t.low not in v["heads"]:
            continue
        if h + 1 < len(toks) and toks[h + 1].low in v["mechanism_heads"] \
                and t.low in v["mechanism_needs"] and text[t.end:toks[h + 1].start] == " ":
            continue  # "Political Consultation Mechanism": the name goes on to its own head
        first, words, seps, n_real = _walk_name(text, toks, h, v)
        if _named_forum(text, toks, first, countries, v):
            continue  # "the Shangri-La Dialogue", "the ASEAN Defence Ministers' Meeting"
        weak = t.low in v["weak_heads"]
        if weak and not any(w.lower() in v["needs"] or "2+2" in w for w in words):
            continue
        if t.low in v["body_needs"] and (not any(
                w.lower() in v["body_needs"][t.low] for w in words)
                or (t.low in v["proper_bodies"] and not t.cap)):
            continue  # "the European Commission": a standing body, not two sides' meeting
        if t.low in v["mechanism_heads"] and not any(
                w.lower() in v["mechanism_needs"] for w in words):
            continue  # "the Tallinn Mechanism", "the mechanism had lost time"
        of_head = _mechanism_of(text, toks, first, t, words, v)
        if of_head is not None:  # "the III Meeting of the Mechanism of Political Consultations"
            first = of_head
        pair, ordinal = _walk_prefix(text, toks, first, countries, v)
        aside = None
        if ordinal is None:
            aside = aside_ordinal(text, toks, h, v) or nth_time(text, toks, h)
            if aside and aside[1] == 1 and _resumed(text, toks[h].end, v):
                aside = None  # "held for the first time in five years": resumed, no edition
        if not n_real and words and t.cap and where >= 0 and (pair or ordinal) \
                and all(w[:1].isupper() for w in words):
            # weak words printed as a proper name after a pair or an ordinal: "the 9th
            # Malaysia-Thailand Senior Officials' Consultation" (not "the second level meeting")
            n_real = len(words)
        if ordinal and ordinal[1] == 1 and _resumed(text, toks[h].end, v):
            ordinal = None  # "the first X in seven years": no edition
        start = toks[ordinal[0]].start if ordinal else toks[first].start
        head_word = t.low.rstrip("s") if t.low.endswith("ues") else t.low
        topic, end = _complement(text, toks, h, v, n_real)
        if topic:
            n_real += 1
        name = format_name(words, seps, head_word) + (f" {topic}" if topic else "") \
            if n_real else None
        if name and "s'" in (span := text[toks[first].start:toks[h].start]).replace("’", "'"):
            name = _possessives(name, span)
        if name and of_head is not None:
            name = f"{toks[of_head].text} {toks[of_head + 1].low} {name}"
        ed = ordinal or aside
        m = Mention(where, start, end, name, toks[first].start, t.low, n_real,
                    edition=ed[1] if ed else None,
                    ordinal_span=(toks[ed[0]].start, toks[ed[0]].end) if ed
                    else None, countries=pair)
        m.proper = bool(words) and t.cap and not any(w[:1].islower() for w in words)
        k = max(0, bisect_right(span_starts, start) - 1)
        m.sentence_index = first_sentence + k
        if k not in verb_in:
            verb_in[k] = _reports_meeting(low, spans[k][0], spans[k][1], v)
        m.verb = verb_in[k]
        anchor = ordinal[0] if ordinal else _phrase_start(toks, first, countries, v)
        before = " ".join(x.low for x in toks[max(0, anchor - MARKER_WINDOW):anchor])
        # "last Tuesday held the fifth ...": the report's own day, not a past meeting
        before = v["time_adverbs"].sub(" ", before)
        after = " ".join(x.low for x in toks[h + 1:h + 1 + MARKER_WINDOW + 1])
        m.marked = bool(v["before"].search(before) or v["after"].search(after))
        if not m.marked:
            m.marked = _called_off(before, low[toks[h].end:spans[k][1]],
                                   low[spans[k][0]:spans[k][1]], v)
        out.append(m)
    return out


def _mechanism_of(text: str, toks, first: int, head, words: list[str], v) -> int | None:
    """The token of a capitalised "Mechanism" right before "of"/"for" and a proper dialogue
    name ("the Mechanism of Political Consultations", "Mechanism for Political Dialogue"), as
    Spanish and Portuguese names are built ("Mecanismo de Consultas Politicas"); None if none.
    Why: the name was cut to its last words and the ordinal before "Mechanism" ("the III
    Meeting of the Mechanism of ...") was no edition. Only for a capitalised name whose head is
    a consultation/dialogue word (``mechanism_needs``), so "a mechanism for consultations"
    stays a description."""
    k = first - 2
    if k < 0 or not (toks[k].cap and toks[k].low in v["mechanism_heads"]) \
            or toks[k + 1].low not in v["mechanism_of"] \
            or head.low not in v["mechanism_needs"] or not head.cap \
            or not all(w[:1].isupper() for w in words) \
            or text[toks[k].end:toks[first].start] != f" {toks[k + 1].text} ":
        return None
    return k


# How far before a meeting verb a negation is looked for (characters): "have not held",
# "has never formally held" (one word may stand between, see ``verb_negations``).
NEGATION_WINDOW = 30


def _reports_meeting(low: str, a: int, b: int, v) -> bool:
    """Does the sentence ``low[a:b]`` report a meeting being held: a meeting verb that is not
    negated ("the two ministries have not held bilateral consultations for two years" reports
    none; ``verb_negations`` in the data)?"""
    for m in v["verbs"].finditer(low, a, b):
        if not v["negated"].search(low, max(a, m.start() - NEGATION_WINDOW), m.start()):
            return True
    return False


def _called_off(before: str, rest: str, sentence: str, v) -> bool:
    """Was the mention's meeting called off? A cancel verb in the words just ``before`` it
    ("postpone strategic dialogue"), or a passive cancel in the ``rest`` of its sentence
    ("... has been postponed"), and its ``sentence`` does not report it held (lower case;
    ``cancel_verbs``, ``cancel_participles`` and ``held_verbs`` in the data)."""
    if not (v["cancel"].search(before) or v["passive_cancel"].search(rest)):
        return False
    return not v["held"].search(sentence)


def _phrase_start(toks: tuple[Token, ...], first: int,
                  countries: tuple[CountryMention, ...], v) -> int:
    """Where an unnumbered mention's noun phrase starts: left of its name over a level
    phrase and the country pair ("the next round of the Chile-Peru Foreign Secretary-level
    Consultations"). The past/future markers are looked for before this point, so a long
    level phrase or pair does not push "next" out of the window. Skip words ("their",
    "round") are not crossed: the window already spans them."""
    j = first - 1
    while j >= 0:
        t = toks[j]
        if t.low in v["level"] or t.low.endswith("-level") or _is_modifier(t.low, v["mods"]) \
                or any(c.start < t.end and t.start < c.end for c in countries):
            j -= 1
            continue
        break
    return j + 1


# How far after a dialogue's name "in seven years" may stand ("first Dialogue in Canberra in
# seven years"): the rest of the clause, up to this many characters.
RESUMED_WINDOW = 60
_CLAUSE_END_RE = re.compile(r"[.;:!?]|, (?:and|but|which|while)\b")


def _resumed(text: str, end: int, v) -> bool:
    """Does the clause after the name at ``end`` say the meeting resumed after a gap?"""
    rest = text[end:end + RESUMED_WINDOW]
    m = _CLAUSE_END_RE.search(rest)
    return bool(v["resumed"].search(rest[:m.start()] if m else rest))


def _head_class(head: str) -> str:
    return head.rstrip("s") if head not in ("talks",) else head


def score(m: Mention) -> float:
    """How likely a mention names the meeting the article reports."""
    s = 0.0
    if m.where == -1:
        # a headline that names the meeting (an ordinal, the pair, "hold") beats the body; one
        # that only talks about a dialogue ("Germany and India deepen security dialogue") does
        # not outrank a body mention with an ordinal and the pair
        s += 10 if (m.edition is not None or m.countries or m.verb) else 5
    s += 5 if m.edition is not None else 0
    s += 3 if m.verb else 0
    s += 2 if len(m.countries) == 2 else 0
    s += 1 if m.name else 0
    s -= 12 if m.marked else 0
    s -= 0.5 * min(m.sentence_index, 10)
    return s


@dataclass
class Pick:
    mention: Mention | None
    name: str | None
    name_mention: Mention | None
    edition: int | None
    edition_mention: Mention | None
    is_report: bool
    listing: bool


def pick(mentions: list[Mention]) -> Pick:
    """The reported meeting's mention, its best name and its edition."""
    live = [m for m in mentions if not m.marked]
    if not live:
        return Pick(None, None, None, None, None, False, False)
    best = max(live, key=lambda m: (score(m), -m.where, -m.start))
    head = _head_class(best.head)
    same = [m for m in live if _head_class(m.head) == head
            and (m.edition is None or best.edition is None or m.edition == best.edition)]
    # the fullest name among mentions of the same meeting: the same words and more, or the
    # same edition ("first 'two-plus-two' dialogue" = "inaugural foreign and defence
    # ministerial dialogue")
    named = [m for m in same if m.name and (
        m is best or _extends(m, best) or _extends(best, m)
        or (m.edition is not None and m.edition == best.edition))]
    # the same edition under another head noun: the headline's "2nd '2+2' talks" is the body's
    # "second Japan-Philippines Foreign and Defense Ministerial Meeting"
    named += [m for m in live if m.name and m not in same and best.edition is not None
              and m.edition == best.edition and _same_pair(m, best)]
    ed_m = best if best.edition is not None else next(
        (m for m in sorted(same, key=lambda m: (m.where != -1, m.where, m.start))
         if m.edition is not None and (_extends(m, best) or _extends(best, m))), None)
    if ed_m is None and best.where == -1:
        # a headline's loose description under another head noun: "S. Korea, Indonesia hold
        # 2+2 talks" is the lead's "second two-plus-two foreign and defense ministerial meeting"
        ed_m = _lead_edition(live, best)
        if ed_m is not None and ed_m.name:
            named.append(ed_m)
    # a name printed as a proper name beats a lower-case description with more words: "their
    # fifth Political Dialogue at the vice-ministerial level" under a headline "... at
    # vice-ministerial political dialogue" (the level is described, not part of the name)
    if any(m.proper for m in named):
        named = [m for m in named if m.proper]
    # most real modifiers, then most words: a weak word printed in one mention ("third
    # Bilateral Political Consultations" in the body, "political consultations" in the
    # headline) is part of the fullest name
    name_m = max(named, key=lambda m: (m.n_modifiers, len(m.key.split()), score(m))) \
        if named else None
    lead = [m for m in live if m.where < LEAD_PARAGRAPHS and m.edition is not None]
    meetings = {(tuple(m.countries), m.key, m.edition) for m in lead}
    listing = len(meetings) >= LISTING_MIN_PAIRS
    reported = (best.where < LEAD_PARAGRAPHS and (best.verb or best.edition is not None
                                                  or best.where == -1))
    if reported and best.where == -1 and not best.verb and best.edition is None:
        # a headline that only talks about a dialogue ("X-Y dialogue needs substance") is a
        # report only when the lead reports a meeting too: a commentary or a piece about the
        # dialogue's next or last round names it in its title and nowhere as being held
        reported = any(m.where >= 0 and m.where < LEAD_PARAGRAPHS
                       and (m.verb or m.edition is not None) for m in live)
    return Pick(best, name_m.name if name_m else best.name, name_m or best,
                ed_m.edition if ed_m else None, ed_m, reported and not listing, listing)


def _lead_edition(live: list[Mention], best: Mention) -> Mention | None:
    """The first lead mention that reports an edition of the headline's meeting under another
    head noun: the same pair (or none printed), with every real name word of the headline's
    (not its head, nor weak words such as "joint"). A headline with none ("Ghana, Nigeria hold
    Joint Commission") takes the lead's "second session of the Joint Committee on ..."."""
    v = _vocab()
    core = _name_words(best.key) - _name_words(best.head) - v["weak_mods"]
    return next((m for m in sorted(live, key=lambda m: (m.where, m.start))
                 if 0 <= m.where < LEAD_PARAGRAPHS and m.edition is not None and m.verb
                 and _same_pair(m, best) and core <= _name_words(m.key)), None)


def _same_pair(a: Mention, b: Mention) -> bool:
    """Whether two mentions' country pairs do not conflict (one may print none)."""
    return not a.countries or not b.countries or set(a.countries) == set(b.countries)


def _extends(longer: Mention, shorter: Mention) -> bool:
    """Whether ``longer``'s name has every word of ``shorter``'s (a fuller form of it)."""
    if not shorter.name:
        return True
    return _name_words(shorter.key) <= _name_words(longer.key)


def _name_words(key: str) -> set[str]:
    """A name's words in one form each (``name_word_forms``; a plural as its singular)."""
    forms = _vocab()["word_forms"]
    for phrase, form in _vocab()["phrase_forms"]:
        if phrase in key:
            key = key.replace(phrase, form)
    out = set()
    for w in re.findall(r"[\w+]+", key):
        w = w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        out.add(forms.get(w, w))
    return out
