"""People named in a report: "<Title> <Name>" and "<Name>, <Title>", with rank and country.

A title is a run of office words that holds a head word ("Deputy Minister of National
Defence"); a name is the run of capitalised words after it that are not office words,
countries or sentence words. A rank ("Sen. Lt. Gen.") and courtesy words ("the Rt Hon") may
stand between them and are not part of the title. The country comes from a demonym before the
title ("Vietnamese Deputy Minister"), a country inside it ("... of the Indonesian Ministry of
Defence"), "his counterpart from X", or an office that names its country. Who co-chaired is
decided in ``cochairs.py``. The vocabulary is ``data/people.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from parley.extract import lexicon
from parley.extract.countries import CountryMention, find_countries
from parley.extract.fold import fold
from parley.extract.tokens import Token, tokenize

# The longest name taken (tokens): longer capitalised runs are organisations or headlines.
MAX_NAME_TOKENS = 6
# The longest title and rank (tokens): "Assistant Secretary of State for the Bureau of South and
# Central Asian Affairs" has 13; bounding the runs keeps the scan linear on any input.
MAX_TITLE_TOKENS = 24
MAX_RANK_TOKENS = 6
# Courtesy words in a row before a name ("H.E. Dr. Shaikh X"): more is no style but a list.
MAX_HONORIFICS = 3
# the possessive ending of a side or an office before a title ("Indonesia's Director General")
_POSSESSIVE = ("'s", "’s")
# "Foreign, Commonwealth and Development Office": how far a listed body's name may run.
MAX_BODY_LIST_TOKENS = 8
# "Deputy Secretary (Policy)": the longest bracketed remit kept in a title (tokens).
MAX_REMIT_TOKENS = 4
# "Department of Oceanian Affairs": how many capitalised non-office words may name a remit
# before its closing "Affairs" (more is a name or a heading, not an office).
MAX_NAMED_REMIT = 2
_SPACE = re.compile(r"^ {1,2}$")
_INITIAL_GAP = re.compile(r"^\. ?$")
_TITLE_GAP = re.compile(r"^(?: {1,2}|\. | ?[’']s )$")
_COMMA_GAP = re.compile(r"^ ?, ?$")
# The gap a bracketed mark after a rank leaves before the name: "General (retired) X", and with
# an abbreviation's period inside the bracket, "Lieutenant General (Ret.) X", "Rear Admiral
# (ret.) X" (the period is no sentence end there).
_CLOSE_GAPS = (") ", ".) ")
# a two-letter initial glued to the name by its period, as Mongolian names print the father's
# initial ("Ts.Lkhagvasuren", "Ch.Batbayar": Cyrillic Ц, Ч, Ш, Х romanised in two letters);
# without it the name stopped at the initial
_DIGRAPH_INITIAL = re.compile(r"^[A-Z][a-z]$")
# several initials in one token: "Retno L.P. Marsudi"
_INITIALS = re.compile(r"^(?:[A-Z]\.)+[A-Z]$")


@cache
def _vocab():
    v = lexicon.people_vocab()

    def phrases(items):  # as the tokenizer splits them: "H.E." -> ("h.e",)
        return frozenset(tuple(t.low for t in tokenize(p)) for p in items)

    return {
        "title": frozenset(v["title_words"]),
        "conn": frozenset(v["connectors"]),
        "heads": frozenset(v["title_heads"]),
        "styles_after_title": frozenset(v["styles_after_title"]),
        "possessive_names": frozenset(v["possessive_name_words"]),
        "head_suffixes": frozenset(v["title_head_suffixes"]),
        "ref_heads": frozenset(v["reference_heads"]),
        "non_delegation": frozenset(v["non_delegation_heads"]),
        "envoy_remit": re.compile("|".join(f"(?:{p})" for p in v["envoy_remits"])),
        "leader_heads": frozenset(v["leader_heads"]),
        "leader_titles": frozenset(v["leader_titles"]),
        "rank": frozenset(v["rank_words"]),
        "bodies": frozenset(v["body_words"]),
        "remit_ends": frozenset(v["remit_ends"]),
        "rank_heads": frozenset(v["rank_heads"]),
        "rank_services": frozenset(v["rank_services"]),
        "honorifics": phrases(v["honorifics"]),
        "honorific_starts": frozenset(p[0] for p in phrases(v["honorifics"])),
        "suffixes": frozenset(v["name_suffixes"]),
        "generational": frozenset(v["generational_suffixes"]),
        "particles": frozenset(v["name_particles"]),
        "article_prefixes": tuple(v["name_article_prefixes"]),
        "given_ranks": frozenset(v["ranks_also_given_names"]),
        "retired": frozenset(v["retired_marks"]),
        "abbrev": frozenset(v["name_abbreviations"]),
        "not_names": frozenset(v["not_names"]),
        "calendar": frozenset(v["calendar_words"]),
        "regions": frozenset(v["region_title_words"]),
        "offices": sorted(((fold(k).lower(), c) for k, c in v["office_country"].items()),
                          key=lambda kc: -len(kc[0])),
        "surnames": {code: frozenset(names) for code, names in v["surnames"].items()},
        # cues for "does any match" tests (participants._cue), fewer scans (lexicon.any_of):
        # the first four are the co-chair verbs, the others head-of-delegation cues
        "cochair_any": lexicon.any_of(v["cochair_cues"][:4]),
        "delegation_any": lexicon.any_of(v["cochair_cues"][4:]),
        "counterpart_any": lexicon.any_of(v["counterpart_cues"]),
        "separators": lexicon.words_re(v["side_separators"]),
        "strong_separators": lexicon.words_re(v["strong_side_separators"]),
        "clause_separators": [re.compile(p) for p in v["side_clause_separators"]],
        "meet_any": lexicon.any_of(v["meet_cues"]),
    }


# "... at the Ministry of", "... of the Department": an office title that goes on to name the
# body it belongs to (see Scanner.office_country)
_OF_BODY = re.compile(r"\s+(?:at|of|in)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?([a-z]+)\b")


@dataclass
class PersonMention:
    para: int
    sentence: int  # document-wide sentence index
    name: str
    name_start: int  # offsets in the paragraph text
    name_end: int
    title: str | None
    title_start: int | None
    title_end: int | None
    head: str | None  # lower-case head word of the title
    rank: str | None
    country: str | None  # from the mention itself
    start: int  # the whole mention (country word .. name or appositive title)
    end: int
    reference: bool = False  # "his counterpart X": the title says nothing of X's office
    # the country came only from an office that names it ("Foreign Secretary": GB); several
    # governments share such offices (India's, Pakistan's, the Philippines' Foreign
    # Secretary), so it yields to the meeting's sides (participants.assign)
    office_country: bool = False

    @property
    def n_tokens(self) -> int:
        return len(self.name.split())


@lru_cache(maxsize=1 << 16)
def is_title_word(low: str) -> bool:
    """An office word, or a hyphenated compound of them ("Vice-Minister"). Cached per word."""
    v = _vocab()
    if low.endswith(("'s", "’s")):
        low = low[:-2]
    if low in v["title"]:
        return True
    return "-" in low and all(p in v["title"] or p in v["heads"] for p in low.split("-") if p)


@lru_cache(maxsize=1 << 16)
def head_of(low: str) -> bool:
    """A head word of a title: "minister", or a compound ending in one ("vice-minister")."""
    v = _vocab()
    if low in v["heads"] or "-" not in low:
        return low in v["heads"]
    first, last = low.split("-", 1)[0], low.rsplit("-", 1)[-1]
    # "Ambassador-designate", "President-elect": the head is before the mark of an office not
    # yet taken up (``head_suffixes``)
    return last in v["heads"] or (last in v["head_suffixes"] and first in v["heads"])


class _Parser:
    """Scans one paragraph's tokens for person mentions."""

    def __init__(self, text: str, para: int, spans: list[tuple[int, int]], first_sentence: int):
        self.text = text
        self.para = para
        self.spans = spans
        self.span_starts = [a for a, _ in spans]
        self._sentence_starts = frozenset(self.span_starts[1:])
        self.first_sentence = first_sentence
        self.toks: tuple[Token, ...] = tokenize(text)
        self.v = _vocab()
        self.countries: tuple[CountryMention, ...] = find_countries(text)
        # token index -> country mention covering it
        self.country_at: dict[int, CountryMention] = {}
        ci = 0
        for k, t in enumerate(self.toks if self.countries else ()):  # none: nothing to map
            while ci < len(self.countries) and self.countries[ci].end <= t.start:
                ci += 1
            if ci < len(self.countries) and self.countries[ci].start < t.end:
                self.country_at[k] = self.countries[ci]

    # -- token helpers -----------------------------------------------------------------
    def gap(self, k: int) -> str:
        """Text between token k-1 and token k."""
        return self.text[self.toks[k - 1].end:self.toks[k].start]

    def sentence_of(self, offset: int) -> int:
        k = max(0, bisect_right(self.span_starts, offset) - 1)
        return self.first_sentence + k

    def same_sentence(self, a: int, b: int) -> bool:
        return self.sentence_of(self.toks[a].start) == self.sentence_of(self.toks[b].start)

    def country_span_end(self, k: int) -> int:
        """Index after the country mention that covers token k."""
        c = self.country_at[k]
        j = k
        while j < len(self.toks) and self.country_at.get(j) is c:
            j += 1
        return j

    def is_office_alias(self, k: int) -> bool:
        """Whether the country mention at token k is an office ("Ministry of External Affairs",
        "FCO"): part of a title that also tells the country."""
        c = self.country_at.get(k)
        if c is None:
            return False
        j = k
        while j > 0 and self.country_at.get(j - 1) is c:
            j -= 1
        end = self.country_span_end(j)
        if all(self.toks[x].low in self.v["regions"] for x in range(j, end)):
            return False  # "South African": a demonym made of region words, not an office
        return all(is_title_word(self.toks[x].low) or self.toks[x].text in self.v["conn"]
                   for x in range(j, end))

    # -- pieces ------------------------------------------------------------------------
    def title_run(self, i: int) -> tuple[int, str | None]:
        """End index of the title starting at i (i if none) and its head word."""
        toks, v = self.toks, self.v
        j = i
        head = None
        while j < len(toks) and j - i < MAX_TITLE_TOKENS:
            t = toks[j]
            if j > i and t.start in self._sentence_starts:
                break  # "... and education. Defense Secretary X": a title ends with its sentence
            if j > i and t.text == "and" and head is None \
                    and any(toks[x].low in v["bodies"] for x in range(i, j)) \
                    and any(x in self.country_at for x in range(max(0, i - 1), j)):
                # "A of the Foreign Ministry of Chile and Vice Minister B": a country's body
                # without an office closes the person before; the next title starts after "and"
                break
            if j > i and self.gap(j) == ") " and t.text in ("at", "of", "in") \
                    and j + 1 < len(toks) and toks[j + 1].text == "the" \
                    and self.text.count("(", toks[i].start, t.start) == 1:
                # "Joint Secretary (Indo-Pacific) at the Ministry of External Affairs": the
                # title goes on after its bracketed remit to the body it belongs to (not to
                # "at India's Ministry ...", whose possessive names the side: x06 gold)
                j += 1
                continue
            if j > i and not _TITLE_GAP.match(self.gap(j)) and not self._listed_body(j):
                p = self._paren_remit(j)
                if p > j:  # "Deputy Secretary (Policy)"
                    j = p
                    continue
                break
            if j in self.country_at and j > i and not self.is_office_alias(j) and (
                    toks[j - 1].text in v["conn"] or toks[j - 1].text == "The"
                    or (toks[j - 1].cap
                    and is_title_word(toks[j - 1].low))):
                # "of the Indonesian Ministry of Defence", "Communist Party USA Co-Chairs";
                # but "the co-chair of Vietnamese Deputy Minister X": a new title starts
                e = self.country_span_end(j)
                if self._starts_new_title(e):
                    break
                j = e
                continue
            if j > i and head is not None and t.low in v["styles_after_title"] \
                    and j + 1 < len(toks) and (toks[j + 1].cap
                                               or toks[j + 1].low in v["honorific_starts"]):
                break  # "Minister for Foreign Affairs Senator Penny Wong": a style, not office
            if is_title_word(t.low) and (j not in self.country_at or self.is_office_alias(j)):
                if head_of(t.low):
                    head = t.low
                j += 1
                continue
            if j > i and t.text == "The" and j + 1 in self.country_at \
                    and toks[j - 1].text in v["conn"]:
                # "of The Gambia", "of The Bahamas": the country's own capitalised article
                j += 1
                continue
            if j > i and t.text in v["conn"]:
                j += 1
                continue
            r = self._named_remit(j) if j > i else j
            if r > j:  # "Department of Oceanian Affairs", "Minister of Veterans Affairs"
                j = r
                continue
            break
        while j > i and toks[j - 1].text in v["conn"]:
            j -= 1
        if head is None:
            return i, None
        head = self._last_head(i, j)  # the head must be inside what is kept
        return (j, head) if head else (i, None)

    def _named_remit(self, k: int) -> int:
        """End index of a remit named by capitalised words that are no office words, closed
        by one of ``remit_ends``: "of the Department of Oceanian Affairs", "Minister of
        Defence and Veterans Affairs". At most ``MAX_NAMED_REMIT`` such words, right after a
        connector or an office word; k if none (a capitalised word not closed so is the
        name: "Minister of Foreign Affairs Anna Roe")."""
        toks, v = self.toks, self.v
        if not (toks[k - 1].text in v["conn"] or is_title_word(toks[k - 1].low)):
            return k
        x = k
        while x < len(toks) and x - k < MAX_NAMED_REMIT and toks[x].cap \
                and not is_title_word(toks[x].low) and x not in self.country_at \
                and (x == k or _SPACE.match(self.gap(x))):
            x += 1
        if x > k and x + 1 < len(toks) and toks[x].text == "and" \
                and _SPACE.match(self.gap(x)):
            # "the Middle Eastern and African Affairs Bureau": two regions share the closing
            # word; the capitalised words after the "and" (office words too) run to it
            y = x + 1
            # ... region words or words of no office ("and Foreign Affairs Minister X" is the
            # next person's title, not a remit)
            while y < len(toks) and y - x <= MAX_NAMED_REMIT and toks[y].cap \
                    and toks[y].low not in v["remit_ends"] and y not in self.country_at \
                    and (toks[y].low in v["regions"] or not is_title_word(toks[y].low)) \
                    and _SPACE.match(self.gap(y)):
                y += 1
            if y > x + 1 and y < len(toks) and toks[y].low in v["remit_ends"] \
                    and _SPACE.match(self.gap(y)):
                return y + 1
        if x == k or x >= len(toks) or not _SPACE.match(self.gap(x)) \
                or toks[x].low not in v["remit_ends"]:
            return k
        return x + 1

    def _last_head(self, i: int, j: int) -> str | None:
        """The last head word of tokens i..j-1 ("minister"; "vice-minister" -> "minister"
        unless the compound is a head itself), or None."""
        head = next((self.toks[k].low for k in range(j - 1, i - 1, -1)
                     if head_of(self.toks[k].low)), None)
        if head is None or head in self.v["heads"]:
            return head
        return head.rsplit("-", 1)[-1]

    def _paren_remit(self, k: int) -> int:
        """End index of a bracketed remit after a title word at k-1: "Deputy Secretary
        (Policy)", "Director (Operations and Plans)"; k if none."""
        toks = self.toks
        if self.gap(k) != " (" or not is_title_word(toks[k - 1].low):
            return k
        for x in range(k, min(len(toks), k + MAX_REMIT_TOKENS)):
            if x > k and not (_SPACE.match(self.gap(x)) or self.gap(x) == " & "):
                return k
            # office words, or the capitalised words and acronyms of a remit ("CPV & OIA")
            if not (is_title_word(toks[x].low) or toks[x].text in self.v["conn"]
                    or (toks[x].cap and len(toks[x].text) > 1)):
                return k
            # (the remit may close the paragraph: "..., Secretary (Economic Relations).")
            closing = self.text[toks[x].end:toks[x + 1].start] if x + 1 < len(toks) \
                else self.text[toks[x].end:]
            if closing.startswith(")"):
                return x + 1 if toks[x].cap else k
        return k

    def end_offset(self, a: int, k: int) -> int:
        """Where a title ending with token k-1 ends in the text: after a bracket it opened."""
        b = self.toks[k - 1].end
        if self.text[b:b + 1] == ")" and self.text.count("(", a, b) > self.text.count(")", a, b):
            return b + 1
        return b

    def _listed_body(self, k: int) -> bool:
        """Whether a comma before token k is inside a title or a body's name that lists its
        remits: "the UK Foreign, Commonwealth and Development Office", "Deputy Secretary for
        Strategy, Policy and Industry Hugh Jeffrey" (capitalised office words, a final "and",
        then an organisation noun or the name)."""
        toks, v = self.toks, self.v
        if not _COMMA_GAP.match(self.gap(k)) or not toks[k - 1].cap \
                or not is_title_word(toks[k - 1].low):
            return False
        seen_and = False
        for x in range(k, min(len(toks), k + MAX_BODY_LIST_TOKENS)):
            t = toks[x]
            if x > k and not (_SPACE.match(self.gap(x)) or _COMMA_GAP.match(self.gap(x))):
                return False
            if t.text == "and" and x > k:
                seen_and = True
                continue
            if seen_and and t.text == "the" and toks[x - 1].text == "and":
                continue  # "Foreign Affairs, African Integration and the Diaspora"
            if seen_and and toks[x - 1].text != "and" and _SPACE.match(self.gap(x)) \
                    and self.name_run(x, after_title=True)[0] > x:
                return True  # the list ends where the name starts
            if not (t.cap and is_title_word(t.low)) or head_of(t.low):
                return False
            if seen_and and t.low in v["bodies"]:
                return True
            if seen_and and t.low in v["remit_ends"] and (
                    x + 1 >= len(toks) or not _SPACE.match(self.gap(x + 1))):
                return True  # "Director General for Asia, Pacific and African Affairs."
            if seen_and and x + 1 < len(toks) and _SPACE.match(self.gap(x + 1)) \
                    and toks[x + 1].text in v["conn"] and toks[x + 1].text not in ("and", "&") \
                    and self._listed_tail(x + 1):
                # the listed remits close and the office goes on: "Deputy Secretary Strategy,
                # Policy and Industry at the Department of Defence"
                return True
            if seen_and and toks[x - 1].text == "the" and (
                    x + 1 >= len(toks) or not _SPACE.match(self.gap(x + 1))):
                # a body's listed remits closed by "and the" and a remit ending the clause:
                # "the Ministry of Foreign Affairs, African Integration and the Diaspora."
                return True
        return False

    def _listed_tail(self, k: int) -> bool:
        """Whether a connector at token k opens more of the office: connectors and
        capitalised office words up to a body word ("at the Department of Defence")."""
        toks, v = self.toks, self.v
        for x in range(k, min(len(toks), k + MAX_BODY_LIST_TOKENS)):
            t = toks[x]
            if x > k and not _SPACE.match(self.gap(x)):
                return False
            if t.text in v["conn"]:
                continue
            if not (t.cap and is_title_word(t.low)):
                return False
            if t.low in v["bodies"]:
                return True
        return False

    def _starts_new_title(self, k: int) -> bool:
        """Whether the title words from token k hold a head before the next connector."""
        v = self.v
        while k < len(self.toks) and is_title_word(self.toks[k].low) \
                and self.toks[k].text not in v["conn"]:
            if head_of(self.toks[k].low):
                return True
            k += 1
        return False

    def title_text_end(self, i: int, j: int) -> int:
        """Where the printed title ends: a trailing "of <Country>" names the side, not the
        office ("Deputy Minister of Public Security of Vietnam"), unless the office is a named
        body ("... of the Central Military Commission of China")."""
        k = j - 1
        if k in self.country_at and not self.is_office_alias(k):
            c = self.country_at[k]
            first = k
            while first > i and self.country_at.get(first - 1) is c:
                first -= 1
            p = first - 1
            if p > i and self.toks[p].low == "the":  # "of the Republic of Indonesia"
                p -= 1
            if p > i and self.toks[p].text == "of" and not any(
                    self.toks[x].text == "the" for x in range(i, p)):
                return p
        return j

    def rank_run(self, i: int) -> int:
        """End index of a military rank starting at i (i if none)."""
        toks, v = self.toks, self.v
        j, last_head = i, i
        while j - i < MAX_RANK_TOKENS and (
                (j < len(toks) and toks[j].low in v["rank"] and toks[j].cap)
                or (j < len(toks) and (toks[j].text == "(retired)"
                                       or toks[j].text in v["retired"]))):
            if j > i and not (_SPACE.match(self.gap(j)) or _INITIAL_GAP.match(self.gap(j))
                              or self.gap(j) in (" (", ") ")):
                break
            j += 1
            if toks[j - 1].low in v["rank_heads"]:
                last_head = j
        last_head = self._rank_service(last_head) if last_head > i else last_head
        # "(retired)" after the rank head (alone, "Academy (retired) Jane" holds no rank)
        if i < last_head < len(toks) and toks[last_head].low in v["retired"] and \
                self.gap(last_head).strip() == "(":
            last_head += 1
        return last_head

    def _rank_service(self, k: int) -> int:
        """After a rank head ending at token k: "of the Army", "of the Air Force" (capitalised
        words of ``rank_services``) belong to the rank ("General of the Army X"). Returns
        the index after them, or k."""
        toks, v = self.toks, self.v
        if k + 2 >= len(toks) or toks[k].text != "of" or toks[k + 1].text != "the" \
                or not all(_SPACE.match(self.gap(x)) for x in (k, k + 1, k + 2)):
            return k
        j = k + 2
        while j < len(toks) and j - k < 4 and toks[j].cap and toks[j].low in v["rank_services"] \
                and _SPACE.match(self.gap(j)):
            j += 1
        return j if j > k + 2 else k

    def rank_text(self, i: int, j: int) -> str | None:
        """The rank as printed, with a closing bracket ("General (retired)")."""
        if j <= i:
            return None
        end = self.toks[j - 1].end
        closing = self.text[end:end + 1]
        # "General (retired)" keeps its bracket, "Sen. Lt. Gen." its last period, and
        # "General (Ret.)" both
        opened = "(" in self.text[self.toks[i].start:end]
        if opened and self.text[end:end + 2] == ".)":
            end += 2
        elif closing == "." or (closing == ")" and opened):
            end += 1
        return self.text[self.toks[i].start:end]

    def honorific_run(self, i: int) -> int:
        """End index of the courtesy words starting at i; several may stand in a row ("Dr.
        Shaikh X", "H.E. Dr. X"), up to ``MAX_HONORIFICS``."""
        for _ in range(MAX_HONORIFICS):
            j = self._one_honorific(i)
            if j == i or j >= len(self.toks) or not (
                    _SPACE.match(self.gap(j)) or _INITIAL_GAP.match(self.gap(j))):
                return j
            i = j
        return i

    def _one_honorific(self, i: int) -> int:
        toks = self.toks
        if i >= len(toks) or toks[i].low not in self.v["honorific_starts"]:
            return i
        for n in (4, 3, 2, 1):
            if i + n > len(toks):
                continue
            key = tuple(t.low for t in toks[i:i + n])
            if key in self.v["honorifics"] and all(
                    _SPACE.match(self.gap(k)) or _INITIAL_GAP.match(self.gap(k))
                    for k in range(i + 1, i + n)):
                return i + n
        return i

    def name_run(self, i: int, after_title: bool = False) -> tuple[int, int]:
        """(end index of the name, end index including suffixes); i if no name starts here.

        After a title or rank a capitalised "To" or "The" is a name ("Party General Secretary
        To Lam"); elsewhere such words start sentences, not names.
        """
        toks, v = self.toks, self.v
        if i >= len(toks):
            return i, i
        t = toks[i]
        blocked = v["calendar"] if after_title else v["not_names"]
        if not t.cap or t.low in blocked or is_title_word(t.low) or i in self.country_at \
                or (t.text.isupper() and len(t.text) > 3 and not self._caps_family_name(i,
                                                                                after_title)) \
                or t.text[0].isdigit():
            return i, i
        j = i + 1
        if t.text.endswith(("’s", "'s")):
            return j, j
        while j < len(toks) and j - i < MAX_NAME_TOKENS:
            g = self.gap(j)
            prev = toks[j - 1]
            nxt = toks[j]
            joined = _SPACE.match(g) or (_INITIAL_GAP.match(g) and (
                len(prev.text) == 1 or prev.text in v["abbrev"] or _INITIALS.match(prev.text)
                or (g == "." and _DIGRAPH_INITIAL.match(prev.text))))
            if not joined:
                break
            if nxt.text in v["particles"] and j + 1 < len(toks) and (toks[j + 1].cap or (
                    toks[j + 1].text in v["particles"] and j + 2 < len(toks)
                    and toks[j + 2].cap and _SPACE.match(self.gap(j + 2)))) \
                    and _SPACE.match(self.gap(j + 1)):
                # "Ursula von der Leyen", "Paul van den Berg": up to two particles in a row
                j += 1 if toks[j + 1].cap else 2
                continue
            if not nxt.cap and nxt.text.startswith(v["article_prefixes"]) \
                    and nxt.text[nxt.text.index("-") + 1:][:1].isupper():
                j += 1  # "Hussein al-Amin": the article joined to the family name
                continue
            if not nxt.cap or is_title_word(nxt.low) or j in self.country_at \
                    or nxt.text in v["suffixes"] or (nxt.low in v["not_names"] \
                    and nxt.text != "The"):
                break
            j += 1
            if nxt.text.endswith(("’s", "'s")):
                break
        # "Ferdinand Marcos Jr.": a generational suffix is part of the name
        while j < len(toks) and j - i < MAX_NAME_TOKENS and toks[j].text in v["generational"] \
                and j > i + 1 and (_SPACE.match(self.gap(j)) or _COMMA_GAP.match(self.gap(j))):
            j += 1
        end = j
        while j < len(toks) and toks[j].text in v["suffixes"] and _SPACE.match(self.gap(j)):
            j += 1
        return end, j

    def _caps_family_name(self, i: int, after_title: bool) -> bool:
        """A family name printed in capitals before the given name, after a title or "Mr."
        ("Mr. FUNAKOSHI Takehiro"); elsewhere a capitalised word is an acronym."""
        toks, v = self.toks, self.v
        if not after_title or i + 1 >= len(toks) or not _SPACE.match(self.gap(i + 1)):
            return False
        nxt = toks[i + 1]
        return (nxt.cap and not nxt.text.isupper() and not is_title_word(nxt.low)
                and i + 1 not in self.country_at and nxt.low not in v["not_names"])

    def name_text(self, i: int, j: int) -> tuple[str, int, int]:
        a, b = self.toks[i].start, self.toks[j - 1].end
        s = self.text[a:b]
        if s.endswith(("’s", "'s")):
            s, b = s[:-2], b - 2
        return s, a, b

    def title_country(self, i: int, j: int) -> str | None:
        """A country inside the title i..j, unless it follows "to" or "for" (an ambassador's or
        an envoy's post).

        A country's name beats an office that stands for one: Kenya has a "State Department
        for Defence", so "Principal Secretary of the State Department for Defence of Kenya"
        is Kenya's, not the US State Department's."""
        alias = None
        for k in range(i, j):
            if k in self.country_at and (k == i or self.country_at.get(k - 1)
                                         is not self.country_at[k]):
                if self.is_office_alias(k):
                    alias = alias or self.country_at[k].code
                    continue
                if k == i:
                    continue
                before = self.toks[k - 1].text
                before2 = self.toks[k - 2].text if k >= 2 else ""
                if before == "to" or (before == "the" and before2 == "to"):
                    continue
                if (before == "for" or (before == "the" and before2 == "for")) \
                        and self.country_span_end(k) >= j:
                    # an envoy's post closing the title: "Special Representative for
                    # Afghanistan" (not "spokesman for the Cambodian Ministry of ...")
                    continue
                return self.country_at[k].code
        return alias

    def office_country(self, title: str | None) -> str | None:
        if not title:
            return None
        low = fold(title).lower()
        for office, code in self.v["offices"]:
            at = low.find(office)
            if at < 0:
                continue
            # "Secretary of State at the Ministry of National Defense": the office of another
            # government's ministry, not the one that names its country
            m = _OF_BODY.match(low, at + len(office))
            if m and m.group(1) in self.v["bodies"]:
                continue
            return code
        return None

    # -- the scan ----------------------------------------------------------------------
    def parse(self) -> list[PersonMention]:
        toks, v = self.toks, self.v
        out: list[PersonMention] = []
        i = 0
        while i < len(toks):
            t = toks[i]
            m = None
            # a mention starts at a title word, a country word or a rank, or at a capitalised
            # word (a name followed by its title)
            if i in self.country_at or is_title_word(t.low) or t.low in v["rank"]:
                m = self._pre_title(i)
            if m is None and t.cap:
                m = self._name_first(i)
            if m is None:
                i += 1
                continue
            person, i = m
            out.append(person)
            # "Co-Chairs Joe Sims and Rossana Cambron": a plural title covers the next name
            while person.head and person.head.endswith("s") and i + 1 < len(toks) \
                    and toks[i].text == "and" and _SPACE.match(self.gap(i + 1)):
                e, e2 = self.name_run(i + 1)
                if e == i + 1:
                    break
                name, a, b = self.name_text(i + 1, e)
                person = PersonMention(self.para, person.sentence, name, a, b, person.title,
                                       person.title_start, person.title_end, person.head,
                                       None, person.country, a, b, person.reference)
                out.append(person)
                i = e2
        return out

    def _pre_title(self, i: int):
        """``[Country] [Title][,] [Rank] [Honorific] Name [Suffix] [, Title]``."""
        toks, v = self.toks, self.v
        country = None
        j = i
        if i in self.country_at and not self.is_office_alias(i):
            if i > 0 and self.country_at.get(i - 1) is self.country_at[i]:
                return None
            e = self.country_span_end(i)
            if e < len(toks) and _TITLE_GAP.match(self.gap(e)) and (
                    is_title_word(toks[e].low) or (toks[e].low in v["rank"] and toks[e].cap)):
                # "Special Representative for Afghanistan Ambassador X": the country closes
                # the envoy's post before it, it is not X's side
                post = i > 1 and toks[i - 1].low in ("for", "to") \
                    and is_title_word(toks[i - 2].low)
                country = None if post else self.country_at[i].code
                j = e
            else:
                return None
        t_end, head = self.title_run(j)
        if head:
            t_end = self._drop_trailing_rank(j, t_end)
            if t_end - j >= 2 and toks[t_end - 1].low == "ambassador" and toks[t_end - 1].cap \
                    and any(head_of(toks[x].low) for x in range(j, t_end - 1)):
                # "Assistant Foreign Minister Ambassador X": a diplomatic rank, not the office
                t_end -= 1
                head = self._last_head(j, t_end)
        k = t_end if head else j
        attached = self._attached_body(k) if head else None
        if attached is not None:
            # "Vice-Minister of ..., Ministry of Defence, Peru, Mr X": the body and the
            # country the title belongs to, printed between the title and the name
            k, side = attached
            country = country or side
        # "Deputy Defense Minister, Senior Lt. Gen. X": a comma may follow the title, also
        # after a bracket the title closes ("Director of the Policy Office (PO), Jane Roe")
        elif head and k < len(toks) and not (_COMMA_GAP.match(self.gap(k))
                                           or _SPACE.match(self.gap(k))
                                           or (self.gap(k) in (") ", "), ") and k > j
                                               and self.end_offset(toks[j].start, k)
                                               > toks[k - 1].end)):
            return None
        r_end = self.rank_run(k)
        rank = self.rank_text(k, r_end)
        if head is None and rank is None:
            return None
        n_start = self.honorific_run(r_end)
        if n_start >= len(toks):
            return None
        if (n_start > k or r_end > k) and not (
                _SPACE.match(self.gap(n_start)) or _INITIAL_GAP.match(self.gap(n_start))
                or _TITLE_GAP.match(self.gap(n_start)) or self.gap(n_start) in _CLOSE_GAPS):
            return None
        n_end, n_full = self.name_run(n_start, after_title=True)
        if n_end == n_start:
            return None
        if r_end == k + 1 and n_start == r_end and n_end == n_start + 1 \
                and toks[k].low in v["given_ranks"] and rank == toks[k].text:
            # "Defence Minister Gen Tanaka": a rank abbreviation printed without its period
            # before a lone word is the given name; a rank stands before a full name
            n_start, rank = k, None
        name, a, b = self.name_text(n_start, n_end)
        title = ts = te = None
        if head:
            ts = toks[j].start
            te = self.end_offset(ts, self.title_text_end(j, t_end))
            title = self.text[ts:te]
        person = PersonMention(self.para, self.sentence_of(a), name, a, b, title, ts, te, head,
                               rank, country, toks[i].start, toks[n_full - 1].end)
        end = n_full
        app = self._appositive(n_full)
        if app is not None and head is not None and (app[1] - app[0]) <= (t_end - j):
            app = None  # "Minister Mark Field, Minister of State": keep the longer title
        if app is not None:
            t_start, t_end, head, side = app
            person.country = person.country or side
            ts = toks[t_start].start
            te = self.end_offset(ts, self.title_text_end(t_start, t_end))
            person.title, person.title_start, person.title_end = self.text[ts:te], ts, te
            person.head, person.end = head, toks[t_end - 1].end
            end = t_end
            j = t_start
        person.reference = head in v["ref_heads"]
        if head and person.country is None:
            person.country = self.title_country(j, t_end)
        if person.reference:
            person.title = None
        elif person.country is None:
            person.country = self.office_country(person.title)
            person.office_country = person.country is not None
        return person, end

    def _attached_body(self, k: int) -> tuple[int, str | None] | None:
        """After a title ending at token k: ", [the] <Body>[, <Country>], " and then a name
        ("Vice-Minister of Defence for Policy, Ministry of Defence, Peru, Mr X", as
        government press releases print a foreign official). The body is capitalised
        office words holding a body noun ("Ministry"); it is not part of the title (the office
        is), and the country it names, or the one printed after it, is the person's side.
        Returns (index where the rank, honorific or name starts, side) or None."""
        toks, v = self.toks, self.v
        if k >= len(toks) or not _COMMA_GAP.match(self.gap(k)):
            return None
        x = k + 1 if toks[k].low == "the" else k
        b_start, has_body, side = x, False, None
        while x < len(toks) and x - b_start < MAX_BODY_LIST_TOKENS:
            t = toks[x]
            if x > b_start and not _SPACE.match(self.gap(x)):
                break
            if x in self.country_at:
                side = side or self.country_at[x].code
                x = self.country_span_end(x)
                continue
            if t.cap and is_title_word(t.low) and not head_of(t.low):
                has_body = has_body or t.low in v["bodies"]
                x += 1
                continue
            if x > b_start and t.text in v["conn"]:
                x += 1
                continue
            break
        if not has_body or x >= len(toks) or not _COMMA_GAP.match(self.gap(x)):
            return None
        if x in self.country_at and not self.is_office_alias(x):  # ", Japan,"
            e = self.country_span_end(x)
            side = self.country_at[x].code
            if e >= len(toks) or not _COMMA_GAP.match(self.gap(e)):
                return None
            x = e
        n = self.honorific_run(self.rank_run(x))
        if self.name_run(n, after_title=True)[0] == n:
            return None
        return x, side

    def _drop_trailing_rank(self, i: int, j: int) -> int:
        """"Minister of National Defence General Phan Van Giang": the title ends before a rank
        that stands right before the name."""
        best = j
        for s in range(j - 1, i, -1):
            if self.toks[s].low not in self.v["rank"]:
                break
            # the rank may run on past the title words: "Minister Senior Lieutenant General
            # X", "Defence Ministry Air Marshal X" ("senior", "air" are also office words).
            # The earliest start wins: "Defence Secretary Air Chief Marshal X" has the rank
            # "Air Chief Marshal", not "Chief Marshal" after a title ending in "Air".
            r = self.rank_run(s)
            if r >= j and self.name_run(self.honorific_run(r))[0] > r and any(
                    head_of(self.toks[x].low) for x in range(i, s)):
                best = s
        return best

    def _appositive(self, k: int) -> tuple[int, int, str, str | None] | None:
        """``, Title`` after a name at token k, unless that title belongs to a next name.
        Returns (title start, title end, head, side named by a possessive before the title).

        A possessive names the side and is left out of the title: "X, Indonesia's Director
        General for ...", "X, the State Department's Acting Coordinator for ..." (the office
        tells the country, as "State Department" alone does)."""
        toks = self.toks
        if k >= len(toks) or not _COMMA_GAP.match(self.gap(k)):
            return None
        t_start = k
        if toks[t_start].low == "the" and t_start + 1 < len(toks):
            t_start += 1
        side = None
        if t_start in self.country_at and not self.is_office_alias(t_start):
            e = self.country_span_end(t_start)
            if e < len(toks) and (toks[e - 1].text.endswith(_POSSESSIVE) or (
                    _TITLE_GAP.match(self.gap(e)) and is_title_word(toks[e].low)
                    and self.title_run(e)[1] is not None)):
                # "X, Indonesia's Director General", "Kurt Campbell, U.S. Deputy Secretary of
                # State", "X, Japanese Foreign Minister": the side, left out of the title
                side, t_start = self.country_at[t_start].code, e
        t_end, head = self.title_run(t_start)
        if head is None:
            return None
        for x in range(t_end - 2, t_start - 1, -1):
            if toks[x].text.endswith(_POSSESSIVE) and \
                    toks[x].low.replace("’", "'") not in self.v["possessive_names"]:
                rest = self._last_head(x + 1, t_end)
                if rest is None:
                    break
                body = self.text[toks[t_start].start:toks[x].end - 2]
                side = side or self.title_country(t_start, x + 1) or self.office_country(body)
                t_start, head = x + 1, rest
                break
        if t_end < len(toks) and (_SPACE.match(self.gap(t_end))
                                  or _COMMA_GAP.match(self.gap(t_end))):
            r = self.honorific_run(self.rank_run(t_end))
            if self.name_run(r)[0] > r:
                return None  # "Romualdez, Department of Foreign Affairs Undersecretary Lazaro"
        return t_start, t_end, head, side

    def _name_first(self, i: int):
        """``[Honorific] [Rank] Name, Title``: "Nguyen Minh Vu, permanent deputy minister of
        foreign affairs", "His Excellency General (retired) X, Minister of Defence" """
        toks, v = self.toks, self.v
        k = self.honorific_run(i)
        r = self.rank_run(k) if k > i else k
        rank = self.rank_text(k, r)
        n_end, n_full = self.name_run(r, after_title=r > i)
        if n_end - r < 2 and not (r > i and n_end > r):
            return None
        app = self._appositive(n_full)
        if app is None:
            return None
        t_start, t_end, head, side = app
        name, a, b = self.name_text(r, n_end)
        ts = toks[t_start].start
        te = self.end_offset(ts, self.title_text_end(t_start, t_end))
        reference = head in v["ref_heads"]
        title = None if reference else self.text[ts:te]
        person = PersonMention(self.para, self.sentence_of(a), name, a, b, title, ts, te, head,
                               rank, None, toks[i].start, toks[t_end - 1].end,
                               reference=reference)
        person.country = self.title_country(t_start, t_end) or side
        if person.country is None and not reference:
            person.country = self.office_country(title)
            person.office_country = person.country is not None
        return person, t_end


# Heads and ranks this short are matched as whole words by the precheck: as substrings ("pm",
# "gen", "col") they are inside too many common words ("equipment", "agenda", "protocol").
SHORT_PRECHECK = 4


@cache
def _precheck():
    """What a paragraph must hold for the parser to find anyone in it: a title head
    ("minister", also inside "Vice-Minister" and "ministers") or a rank head ("Admiral"), as
    ``_pre_title`` needs one of them and an appositive title needs a head. Built from the
    vocabulary so that a new head or rank cannot be skipped by a stale list: (substrings,
    whole-word regex for the short ones)."""
    v = _vocab()
    words = v["heads"] | v["rank_heads"]
    short = sorted(w for w in words if len(w) <= SHORT_PRECHECK)
    long_ = sorted(w for w in words if len(w) > SHORT_PRECHECK)
    # drop a substring test that another one implies ("ministers" and "vice-president" hold
    # "minister" and "president"; a compound head ends in a head, see ``head_of``)
    long_ = [w for w in long_ if not any(o != w and o in w for o in long_)]
    alts = "|".join(map(re.escape, short))
    short_re = re.compile(rf"\b(?:{alts})\b") if short else None
    return tuple(long_), short_re


def _may_name_people(text: str) -> bool:
    """The precheck of ``find_people`` on one paragraph (folded: "Attaché")."""
    low = text.lower()
    if not low.isascii():
        low = fold(low)
    subs, short_re = _precheck()
    return any(h in low for h in subs) or bool(short_re and short_re.search(low))


def find_people(text: str, para: int, spans: list[tuple[int, int]],
                first_sentence: int) -> list[PersonMention]:
    """Every person mention in one paragraph. Most paragraphs name no office or rank; they
    are skipped by a substring precheck before tokenizing."""
    if not _may_name_people(text):
        return []
    return _Parser(text, para, spans, first_sentence).parse()
