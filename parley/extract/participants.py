"""From person mentions to participants: one row per person, who co-chaired, which side.

Mentions of one person are merged (a surname alone, "Chien", joins "Hoang Xuan Chien"; the
longest title printed for them is kept). Co-chairs are the people in sentences that say who
headed the delegations ("co-chaired", "the Vietnamese delegation was led by", "met with
counterparts from ..."), else the people in the sentence that reports the meeting, else the
first official of each side in the lead. Each co-chair's side comes from the mention itself,
then from the sentence ("... led the Indian delegation while the Japanese side was headed by
..."), then from a family name known for one side only, then by elimination between the two
sides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parley.extract import lexicon
from parley.extract.countries import find_countries
from parley.extract.fold import fold
from parley.extract.people import PersonMention, _vocab

# "A and B met with C and D": the verb between two groups of officials (see _cochairs), from
# the cue list in data/people.toml (``group_meet_cues``).
_MET_RE = re.compile("|".join(f"(?:{c})" for c in lexicon.people_vocab()["group_meet_cues"]))
# Paragraphs at the top where the heads of delegation are named.
COCHAIR_PARAGRAPHS = 4
# Paragraphs searched for the first official of each side when no sentence names co-chairs.
FALLBACK_PARAGRAPHS = 5


@dataclass
class Person:
    mentions: list[PersonMention] = field(default_factory=list)
    name: str = ""
    role: str = "mentioned"
    country: str | None = None
    key_words: list[str] = field(default_factory=list)  # the folded name's words

    @property
    def tokens(self) -> list[str]:
        return fold(self.name).lower().split()

    @property
    def title(self) -> str | None:
        titles = [m.title for m in self.mentions if m.title]
        return max(titles, key=lambda t: (len(t.split()), -titles.index(t))) if titles else None

    @property
    def rank(self) -> str | None:
        return next((m.rank for m in self.mentions if m.rank), None)

    @property
    def head(self) -> str | None:
        heads = [m.head for m in self.mentions if m.head and not m.reference]
        return heads[0] if heads else None

    @property
    def explicit_country(self) -> str | None:
        return next((m.country for m in self.mentions if m.country), None)


def merge_people(mentions: list[PersonMention]) -> list[Person]:
    """One Person per distinct name; surname-only mentions join the full name they abbreviate."""
    people: list[Person] = []
    by_key: dict[str, Person] = {}

    def add(key: str, m: PersonMention) -> None:
        p = by_key.get(key)
        if p is None:
            p = by_key[key] = Person(name=m.name)
            p.key_words = key.split()
            people.append(p)
        p.mentions.append(m)

    keyed = [(" ".join(fold(m.name).lower().split()), m) for m in mentions]
    given_ranks = _vocab()["given_ranks"]
    # "Gen Sanitchanog said" after "General Sanitchanog Sangkachantra": the people parser reads
    # a rank abbreviation printed without its period before one word as a given name ("Defence
    # Minister Gen Tanaka"); where the word is the given or family name of one person already
    # named, it is that person's rank and name (joined below, as a surname alone is)
    ranked_one = {id(m) for key, m in keyed
                  if m.rank is None and len(words := key.split()) == 2
                  and words[0] in given_ranks}
    # full names first, longest first, so a surname alone or a shorter form can find its person
    for key, m in sorted((km for km in keyed if " " in km[0] and id(km[1]) not in ranked_one),
                         key=lambda km: -len(km[0].split())):
        words = key.split()
        # "General Ould Sidi Baba" after "General Mohamed Ould Sidi Baba": a family name of
        # several words, printed alone, joins the one full name it ends
        n = len(words)
        longer = [p for p in people if len(p.key_words) > n and p.key_words[-n:] == words] \
            if key not in by_key else []
        if key not in by_key and len(longer) == 1:
            longer[0].mentions.append(m)
        else:
            add(key, m)
    for key, m in keyed:
        ranked = id(m) in ranked_one
        if " " in key and not ranked:
            continue
        word = key.split()[-1]
        matches = [p for p in people if len(p.tokens) > 1 and word in (p.tokens[0], p.tokens[-1])
                   and p.key_words != key.split()]
        if len(matches) == 1:
            matches[0].mentions.append(m)
        else:
            add(key, m)
    for p in people:
        p.mentions.sort(key=lambda m: (m.para, m.start))
    people.sort(key=lambda p: (p.mentions[0].para, p.mentions[0].start))
    return people


@dataclass
class SentenceRef:
    para: int
    start: int
    end: int
    text: str
    index: int


def _cue(sentence: str) -> str | None:
    """'cochair' for an explicit co-chair verb, 'delegation' for other head-of-delegation cues,
    'counterpart' for an official named with their counterpart (leaders excluded)."""
    low = fold(sentence).lower()
    v = _vocab()
    if any(p.search(low) for p in v["cochair_any"]):
        return "cochair"
    if any(p.search(low) for p in v["delegation_any"]):
        return "delegation"
    if any(p.search(low) for p in v["counterpart_any"]):
        return "counterpart"
    return None


def _in_sentence(p: Person, s: SentenceRef) -> list[PersonMention]:
    return [m for m in p.mentions if m.para == s.para and s.start <= m.name_start < s.end]


def _is_non_delegation(p: Person) -> bool:
    """An ambassador, spokesperson or member attends but does not lead; unless the title
    gives the head a remit ("Ambassador in charge of Cyber Policy": an envoy of the ministry,
    ``envoy_remits``)."""
    v = _vocab()
    head = p.head or ""
    if head not in v["non_delegation"]:
        return False
    title = fold(p.title or "").lower()
    at = title.rfind(head)
    return not (at >= 0 and v["envoy_remit"].match(title, at + len(head)))


def _is_leader(p: Person) -> bool:
    v = _vocab()
    title = fold(p.title or "").lower()
    if (p.head or "") in v["leader_heads"]:
        return True
    deputies = lexicon.people_vocab()["leader_deputy_words"]
    for t in v["leader_titles"]:
        for m in re.finditer(rf"\b{re.escape(t)}\b", title):
            before = title[:m.start()].rstrip()
            if not any(before.endswith(d.rstrip("-")) or title[:m.start()].endswith(d)
                       for d in deputies):
                return True
    return False


def _side_groups(s: SentenceRef, members: list[tuple[Person, PersonMention]],
                 sides: list[str]) -> list[tuple[list[Person], str | None]]:
    """Split the people of one sentence into the sides it lists, with a country per side when
    the sentence names one ("The Vietnamese delegation was led by A and B, while Japan was
    represented by C and D"; "A and B led the Indian delegation while the Japanese side was
    headed by C and D")."""
    v = _vocab()
    groups: list[tuple[list[Person], str | None]] = []
    current: list[Person] = []
    pending: str | None = None
    prev_end = s.start
    for person, m in members:
        between = s.text[prev_end - s.start:m.start - s.start]
        after = _side_after(between, sides)
        if not current:
            pending = _one_side(between, sides, last=True)
        elif after is not None:  # "A on the Bulgarian side and by B ..."
            groups.append((current, after[0]))
            current, pending = [], _one_side(between[after[1]:], sides, last=False)
        else:
            cut = _elliptic_side(between, sides)
            if cut is None and _demonym_switch(s, between, m, current, sides):
                # the people before are the other side's ("A and Australian Minister B")
                other = [c for c in sides if c != m.country]
                groups.append((current, pending or (other[0] if len(other) == 1 else None)))
                current, pending = [], None
            else:
                if cut is None:
                    cut = _separator(fold(between).lower(), v, _styled(s, m, v))
                if cut is not None:
                    groups.append((current, _one_side(between[:cut], sides, last=True)
                                   or pending))
                    current, pending = [], _one_side(between[cut:], sides, last=False)
        current.append(person)
        prev_end = max(m.end, m.name_end)
    if current:
        tail = s.text[prev_end - s.start:]
        after = _side_after(tail, sides)
        if after is not None and after[2] and len(current) > 1:
            # "A, Deputy Chief of Army Staff, and B of the Kenya Defence Forces": B's body
            groups.append((current[:-1], pending))
            current, pending = current[-1:], after[0]
        elif after is not None:  # "... and by B on the Greek side."
            pending = after[0]
        if pending is None:  # "... with Minister X leading the Argentine delegation"
            m = _LEADS_RE.match(fold(tail).lower())
            if m:
                pending = _one_side(tail[:m.end()], sides, last=True)
        groups.append((current, pending))
    if members:
        groups = _respectively(s, members[0][1], groups, sides)
    return groups


# Only "and" between two people: "A and Australian Foreign Minister B".
_AND_ONLY_RE = re.compile(r"^\.?\s*,?\s*and\s*$")


def _demonym_switch(s: SentenceRef, between: str, m: PersonMention, current: list[Person],
                    sides: list[str]) -> bool:
    """"Foreign Secretary A and Australian Foreign Minister B": a side's demonym opening the
    next person's mention right after "and" names that person's side alone, so the people
    before it are the other side's (had they shared it, it would stand before the first:
    "Australian Foreign Minister A and Defence Minister B"). Not when the person right before
    shows that same country already."""
    if not m.country or m.country not in sides or not _AND_ONLY_RE.match(between):
        return False
    at = m.start - s.start
    lead = find_countries(s.text[at:at + 40])
    if not lead or lead[0].start != 0 or lead[0].code != m.country:
        return False
    return current[-1].country != m.country


def _respectively(s: SentenceRef, first: PersonMention,
                  groups: list[tuple[list[Person], str | None]], sides: list[str]
                  ) -> list[tuple[list[Person], str | None]]:
    """"The Japanese and Indian delegations were led respectively by A and B, and by C and D"
    (or "by A and B respectively"): the sides named before the people, in their order, are
    the groups' sides. Two single people ("by A and B") are two groups. Only when the sentence
    says "respectively", the text before the people names exactly the two sides, and no group
    has a side yet."""
    if "respectively" not in s.text.lower() or any(c for _, c in groups):
        return groups
    head = s.text[:first.start - s.start]
    order = list(dict.fromkeys(c.code for c in find_countries(head) if c.code in sides))
    if len(order) != 2:
        return groups
    if len(groups) == 1 and len(groups[0][0]) == 2:
        a, b = groups[0][0]
        groups = [([a], None), ([b], None)]
    if len(groups) != 2:
        return groups
    return [(groups[0][0], order[0]), (groups[1][0], order[1])]


# Right after a person, the side named after the name: "chaired by A on the Bulgarian side and
# by B on the Greek side", "A for the Indian delegation". Why: some agencies give each head of
# delegation's side after the name, not before it; the words after a name otherwise belong to
# the next person's stretch, and both sides went unnamed. At most MAX_SIDE_AFTER_WORDS words
# name the side.
MAX_SIDE_AFTER_WORDS = 3
_SIDE_AFTER_RE = re.compile(
    r"^[\s,]{0,3}(?:on|from|for)\s+the\s+(?P<c>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)"
    rf"{{0,{MAX_SIDE_AFTER_WORDS - 1}}})\s+(?:side|delegation|team)\b")


# "Vice Minister A of Chile and Vice Minister B of Peru", "A of the Foreign Ministry of Chile",
# "A of Chile's foreign ministry": the country right after the name, maybe after the
# capitalised name of its body (at most OF_BODY_MAX_CHARS), closed by a comma, "and", a stop,
# the sentence's end or a possessive; the body's name may also follow the country ("Maj Gen
# A of the Kenya Defence Forces", "B of the Indonesian Navy"; at most OF_BODY_AFTER_WORDS
# capitalised words).
OF_BODY_MAX_CHARS = 50
OF_BODY_AFTER_WORDS = 4
_OF_COUNTRY_RE = re.compile(r"^[\s,]{0,3}of\s+(?:the\s+)?(?=[A-Z])")
_OF_BODY_RE = re.compile(r"^(?:(?:the|of|for|and|[A-Z][\w-]*)\s+)*$")
_OF_COUNTRY_END_RE = re.compile(rf"^(?P<body>(?:\s[A-Z][\w-]*){{0,{OF_BODY_AFTER_WORDS}}})"
                                r"(?:['’]s\b|\s?(?:$|[,;.)]|and\b|while\b|who\b))")


def _side_after(text: str, sides: list[str]) -> tuple[str, int, bool] | None:
    """The side named right after a person ("on the Greek side", "of Chile"), where that
    phrase ends, and whether it is a body of that side ("of the Kenya Defence Forces": the
    person's own body, not a side that a list of people before shares)."""
    m = _SIDE_AFTER_RE.match(text)
    if m:
        side = _one_side(m.group("c"), sides, last=False)
        return (side, m.end(), False) if side else None
    m = _OF_COUNTRY_RE.match(text)
    if m:
        rest = text[m.end():]
        c = next(iter(find_countries(rest[:OF_BODY_MAX_CHARS + 40])), None)
        end = _OF_COUNTRY_END_RE.match(rest[c.end:]) if c is not None else None
        if c is not None and c.code in sides and c.start <= OF_BODY_MAX_CHARS \
                and _OF_BODY_RE.match(rest[:c.start]) and end:
            return c.code, m.end() + c.end, bool(end.group("body"))
    return None


# "Japan was represented by A and B, and Indonesia by C and D": an elliptical clause that names
# the other side by its country (capitalised, at most MAX_ELLIPTIC_WORDS words) and leaves
# its verb out; the "and" before it is no "and" between two people of one side. Only when
# those words name a side of the meeting ("..., and accompanied by C" names none).
MAX_ELLIPTIC_WORDS = 3
_ELLIPTIC_SIDE_RE = re.compile(
    r"[,;]\s+and\s+(?:the\s+)?(?P<c>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)"
    rf"{{0,{MAX_ELLIPTIC_WORDS - 1}}})\s+(?:side\s+)?by\s*$")


def _elliptic_side(between: str, sides: list[str]) -> int | None:
    """Where an elliptical ", and <Country> by" clause switches sides, else None."""
    m = _ELLIPTIC_SIDE_RE.search(between)
    if m and _one_side(m.group("c"), sides, last=False) is not None:
        return m.start()
    return None


# After the last person: "... leading the Argentine delegation", "..., who headed the side"
# (the side may be an abbreviation with periods: "led the U.S. delegation")
_LEADS_RE = re.compile(r"^[\s,]{0,3}(?:who\s)?(?:led|leading|headed|heading)\s(?:the|their|its)\s"
                       r"(?:[\w.-]+\s){0,3}(?:delegation|side|team)\b")


def _one_side(text: str, sides: list[str], last: bool) -> str | None:
    """The side a stretch of text names; None when it names both ("the 8th Việt Nam-Japan
    dialogue" says nothing about which side a person is on)."""
    codes = [c.code for c in find_countries(text) if c.code in sides]
    if not codes or len(set(codes)) > 1:
        return None
    return codes[-1] if last else codes[0]


def _separator(low: str, v, styled: bool = False) -> int | None:
    """Where the text between two people switches sides: at a strong separator ("while",
    "with", ";") when there is one, else at the first weak one ("led", "counterpart").
    ``styled``: the next person's mention starts with a style ("the Honourable Bill Blair"),
    so an "and the" right before it is that style's article, not "and the other side's"."""
    for rx in v["clause_separators"]:  # ", the Polish delegation by ..."
        m = rx.search(low)
        if m:
            return m.start()
    m = v["strong_separators"].search(low)
    if m:
        return m.start()
    m = v["separators"].search(low)
    if m and styled and m.group().endswith(" the") and not low[m.end():].strip():
        return None  # nothing follows the style's article: no other separator either
    if m and m.group().startswith("counterpart"):
        # "received their Argentine counterparts, C": the possessive and the demonym before
        # "counterparts" describe the people after it, so the sides switch before them
        p = _POSSESSIVE_RE.search(low, 0, m.start())
        if p:
            return p.start()
    return m.start() if m else None


# "their Argentine " right before "counterparts" (at most two words after the possessive)
_POSSESSIVE_RE = re.compile(r"\b(?:their|his|her|its)\s+(?:[\w'-]+\s+){0,2}$")


def _styled(s: SentenceRef, m: PersonMention, v) -> bool:
    """Whether a person's mention starts with an honorific ("Honourable", "Hon")."""
    at = m.start - s.start
    first = s.text[at:at + 24].split(" ", 1)[0].strip(".,").lower()  # a bounded look
    return first in v["honorific_starts"]


def assign(people: list[Person], sentences: list[SentenceRef], event_sentences: list[int],
           sides: list[str], is_report: bool) -> None:
    """Set role and country of every person (in place)."""
    v = _vocab()
    for p in people:
        for m in p.mentions:
            if m.office_country and sides and m.country not in sides:
                m.country = None  # "Foreign Secretary" of the Philippines at a PH-JP meeting
        p.country = p.explicit_country
        p.role = "mentioned"
    if is_report and people:
        chairs, groups = _cochairs(people, sentences, event_sentences, sides)
        for p in chairs:
            p.role = "co_chair"
        _chair_countries(chairs, groups, sides)
    # the rest: met on the sidelines, or mentioned
    for p in people:
        if p.role == "co_chair":
            continue
        for m in p.mentions:
            s = next((x for x in sentences if x.para == m.para and x.start <= m.name_start < x.end),
                     None)
            if s is None:
                continue
            before = fold(s.text[:m.start - s.start]).lower()
            if any(c.search(before) for c in v["meet_any"]):
                p.role = "met"
                break


# a head-of-delegation cue right before a person: an ambassador, who is no head of delegation
# when only listed, heads this one ("The Pakistani delegation was led by Ambassador X", "led
# by Special Representative for Afghanistan Ambassador X": at most LED_BY_MAX_CHARS of title
# words, no punctuation and no "and", between the cue and the mention: "led by Minister A and
# attended by Ambassador B" names B no head)
LED_BY_MAX_CHARS = 60
_LED_BY_RE = re.compile(rf"\b(?:led|headed) by\b(?:(?!\band\b)[^,.;:]){{0,{LED_BY_MAX_CHARS}}}$")


def _cochairs(people, sentences, event_sentences, sides):
    cue_sentences = [(s, _cue(s.text)) for s in sentences if s.para < COCHAIR_PARAGRAPHS]
    cue_sentences = [(s, c) for s, c in cue_sentences if c]
    chairs: list[Person] = []
    groups: list[list[tuple[list[Person], str | None]]] = []  # per sentence
    for s, cue in cue_sentences:
        members = []
        for p in people:
            ms = _in_sentence(p, s)
            if not ms:
                continue
            if cue != "cochair" and _is_non_delegation(p) \
                    and not _LED_BY_RE.search(s.text[:ms[0].start - s.start]):
                continue  # "led by Ambassador X": the object of the cue leads all the same
            members.append((p, ms[0]))
        if cue == "counterpart" and any(_is_leader(p) for p, _ in members):
            continue  # a leader and "his counterpart" (untitled): leaders, not delegations
        members.sort(key=lambda pm: pm[1].start)
        if not members:
            continue
        groups.append(_side_groups(s, members, sides))
        for p, _ in members:
            if p not in chairs:
                chairs.append(p)
    if chairs:
        return chairs, groups
    for idx in event_sentences:
        s = sentences[idx]
        members = [p for p in people if _in_sentence(p, s) and not _is_non_delegation(p)]
        if len(members) >= 2:
            # the sentence may still say which side is whose ("A and B held talks with their
            # Philippine counterparts, C and D")
            placed = sorted(((p, _in_sentence(p, s)[0]) for p in members),
                            key=lambda pm: pm[1].start)
            return members, [_side_groups(s, placed, sides)]
    # "A and B met with C and D" in the lead: when no sentence names the heads of
    # delegation and the meeting sentence names no one, officials on both sides of "met"
    # are the two delegations (leaders are not: "A met with President X" is a call on them)
    for s in sentences:
        if s.para >= COCHAIR_PARAGRAPHS:
            break
        m = _MET_RE.search(s.text)
        if not m:
            continue
        placed = sorted(((p, ms[0]) for p in people for ms in (_in_sentence(p, s),)
                         if ms and not _is_non_delegation(p) and not _is_leader(p)
                         and p.head is not None),
                        key=lambda pm: pm[1].start)
        cut = s.start + m.start()
        if sum(pm.end <= cut for _, pm in placed) >= 1 and \
                sum(pm.start >= cut for _, pm in placed) >= 1 and len(placed) >= 3:
            return [p for p, _ in placed], [_side_groups(s, placed, sides)]
    # the first official of each side in the lead
    picked: list[Person] = []
    seen_sides: set[str] = set()
    for p in people:
        if p.mentions[0].para >= FALLBACK_PARAGRAPHS or _is_non_delegation(p) or _is_leader(p):
            continue
        if p.head is None or (p.explicit_country and p.explicit_country not in sides):
            continue
        c = p.explicit_country
        if c and c in seen_sides:
            continue
        picked.append(p)
        if c:
            seen_sides.add(c)
        if len(picked) == 2:
            break
    if len(picked) == 2:
        return picked, [[(picked, None)]]
    return [], []


def _surname_side(p: Person, sides: list[str]) -> str | None:
    surnames = _vocab()["surnames"]
    if not p.tokens:
        return None
    # folded: "Hoàng Xuân Chiến" is a Hoang as "Hoang Xuan Chien" is
    first = fold(p.name.split()[0])
    hits = [c for c in sides if first in surnames.get(c, ())]
    return hits[0] if len(hits) == 1 else None


def _chair_countries(chairs: list[Person], sentence_groups, sides: list[str]) -> None:
    """Sides for co-chairs without one of their own (see the module docstring)."""
    if len(sides) == 2:
        # a head of delegation is on one of the two sides: a country outside the pair came
        # from an office name several countries use ("Secretary of State" is a US office
        # and a Cambodian or Thai ministry rank), so the side is decided as if none were shown
        for p in chairs:
            if p.country is not None and p.country not in sides:
                p.country = None
    # 1. the sentence names a side for a group of people
    for groups in sentence_groups:
        for members, country in groups:
            if country:
                for p in members:
                    if p.country is None:
                        p.country = country
    # 2. a sentence that lists two sides: the people of one side share the country one of
    #    them shows ("Naidu (Ministry of External Affairs) and Negi with US ... Lu and Royal")
    for groups in sentence_groups:
        if len(groups) < 2:
            continue
        for members, _ in groups:
            known = {p.country for p in members if p.country in sides}
            if len(known) == 1:
                (c,) = known
                for p in members:
                    if p.country is None:
                        p.country = c
    # 3. a family name known for one side only
    for p in chairs:
        if p.country is None:
            p.country = _surname_side(p, sides)
    if len(sides) != 2:
        return
    # 4. elimination: a listed side without a country takes the side the other lacks
    for groups in sentence_groups:
        if len(groups) != 2:
            continue
        for members, _ in groups:
            if not any(p.country for p in members):
                others = {p.country for g, _ in groups if g is not members for p in g}
                rest = [c for c in sides if c not in others]
                if len(rest) == 1:
                    for p in members:
                        p.country = rest[0]
    missing = [p for p in chairs if p.country is None]
    taken = {p.country for p in chairs if p.country}
    rest = [c for c in sides if c not in taken]
    if len(missing) == 1 and len(rest) == 1:
        missing[0].country = rest[0]


# A signatory line above the article ("The Hon Jane Doe MP, Minister for Foreign Affairs"): one
# person must cover at least this share of the line.
SIGNATORY_COVER = 0.7


def signatories(lines: list[tuple[int, str]], sides: list[str],
                side_order: list[str]) -> list[Person]:
    """Heads of delegation listed one per line above a joint statement, when the body names
    nobody ("Australian and Indonesian Foreign and Defence Ministers met ...").

    ``lines`` are (key, text) of removed lines above the body (page furniture such as a
    "related ministers" box or a list of signatories). A side without a mark of its own comes
    from the order: such lists name one side's officials, then the other's, with the same
    offices, in the order the meeting sentence names the countries (``side_order``).
    """
    from parley.extract.people import find_people

    mentions = []
    for key, text in lines:
        found = find_people(text, key, [(0, len(text))], 0)
        if len(found) == 1 and found[0].head and not found[0].reference and \
                (found[0].end - found[0].start) >= SIGNATORY_COVER * len(text.strip(" •|")):
            mentions.append(found[0])
    position = {key: k for k, (key, _) in enumerate(lines)}
    people = sorted(merge_people(mentions), key=lambda p: position[p.mentions[0].para])
    if len(people) < 2:
        return []
    for p in people:
        p.role, p.country = "co_chair", p.explicit_country
    half = len(people) // 2
    titles = [_title_key(p.title) for p in people]
    order = list(dict.fromkeys([c for c in side_order if c in sides] + list(sides)))
    if len(people) % 2 == 0 and titles[:half] == titles[half:] and len(order) == 2:
        for k, p in enumerate(people):
            if p.country is None:
                p.country = order[0] if k < half else order[1]
    _chair_countries(people, [], sides)
    return people


def _title_key(title: str | None) -> str:
    """An office for comparing two sides' lists: "Minister of Defence" = "Minister for
    Defence" (connectors differ between countries' styles)."""
    words = fold(title or "").lower().replace("defense", "defence").split()
    return " ".join(w for w in words if w not in _vocab()["conn"])
