"""Field extraction: plain functions from a cleaned document to an ``Extraction``.

One module per field family, as trafilatura has one per extraction stage:

- ``view``: what extraction may read (body, headline, metadata lines) and raw offsets;
- ``mechanism``: dialogue mentions, the reported meeting, its name and edition;
- ``countries``: the two sides; ``when``/``dates``: publication and meeting dates;
- ``places``: city and host country; ``people``/``participants``: co-chairs and others;
- ``sources``, ``topics``, ``amounts``.

``extract`` runs them in order and records every value's evidence (``provenance``).
Vocabularies and cue lists live in ``parley/extract/data``.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from parley.document import CleanedDoc, Line
from parley.extract import amounts as amounts_mod
from parley.extract import countries as countries_mod
from parley.extract import places, sources
from parley.extract.fold import fold
from parley.extract.mechanism import (
    LEAD_PARAGRAPHS,
    Mention,
    find_mentions,
    head_stems,
    meeting_verbs,
    pick,
)
from parley.extract.model import Amount, Evidence, Extraction, Person, Topic
from parley.extract.participants import SentenceRef, assign, merge_people, signatories
from parley.extract.people import find_people
from parley.extract.topics import find_topics
from parley.extract.view import DocView, Sentence, make_view, raw_span
from parley.extract.when import NOT_OURS, event_when, publication, recalls_past_meeting

__all__ = ["Amount", "Evidence", "Extraction", "Person", "Topic", "extract"]

# Paragraphs at the top that may report the meeting (later ones are background).
EVENT_PARAGRAPHS = 3
# A kept paragraph this short at the top may be the release's stamp ("Posted On: 3 MAR 2025
# 6:10PM by PNB Lima" is 8 words); a sentence of the article is longer.
STAMP_MAX_WORDS = 12
# Removed lines whose photo credits name the article's outlet.
CREDIT_REASONS = frozenset({"caption", "photo_credit", "credit", "byline", "navigation",
                            "publication_line", "image_file"})
# Lines under the article that may hold its credits: kept ones, boilerplate and credits.
_BELOW_REASONS = (None, "boilerplate", *CREDIT_REASONS)
# Removed lines above the article that may hold a byline's credit.
_ABOVE_REASONS = (*CREDIT_REASONS, "related_links")
# Removed lines above the body that may list the heads of delegation (a release's box of
# ministers); never sidebars or captions, which name other stories' people.
SIGNATORY_REASONS = frozenset({"related_links", "navigation", "headline", "byline",
                               "boilerplate", "duplicate"})
# Words of a sentence that may report the meeting: the mechanism heads (the same list the
# mention precheck uses, so "council" and "committee" count too) and these.
_MEETING_EXTRA_WORDS = ("co-chair", "session")


@cache
def _meeting_words() -> tuple[str, ...]:
    return (*head_stems(), *_MEETING_EXTRA_WORDS)


def extract(doc: CleanedDoc, today: dt.date | None = None) -> Extraction:
    """Extract every contract field from one cleaned document."""
    today = today or dt.date.today()
    view = make_view(doc)
    ex = Extraction()
    evidence = ex.evidence

    def cite(field: str, value: object, line: Line, a: int, b: int) -> None:
        ra, rb = raw_span(line, a, b)
        evidence.append(Evidence(field, str(value), ra, rb))

    # -- the meeting: mechanism, edition, is it a report -----------------------------------
    mentions = _mentions(view)
    pk = pick(mentions)
    best = pk.mention
    event_sentences = _event_sentences(view, mentions, best)
    sides = _sides(view, pk, event_sentences) if pk.is_report else []
    stamps = publication(view, today)  # (publication date, dateline date), read once
    anchor = _report_anchor(mentions, best)
    if sides and anchor is not None:
        s = view.sentence_at(anchor.where, anchor.start)
        published = stamps[0]
        if s is not None and published and recalls_past_meeting(s.text, published.date):
            sides = []  # the article recalls an earlier meeting in passing
    ex.is_dialogue_report = bool(pk.is_report and len(sides) == 2)
    if ex.is_dialogue_report:
        ex.countries = sorted(sides)
        ex.mechanism = pk.name
        ex.edition = pk.edition
        if pk.name_mention is not None and pk.name:
            m = pk.name_mention
            cite("mechanism", pk.name, _line(view, m.where), m.name_start, m.end)
        if pk.edition_mention is not None and pk.edition_mention.ordinal_span:
            m = pk.edition_mention
            cite("edition", pk.edition, _line(view, m.where), *m.ordinal_span)
        cite("is_dialogue_report", True, _line(view, best.where), best.start, best.end)
        _cite_countries(view, sides, best, event_sentences, cite)

    # -- when ------------------------------------------------------------------------------
    w = event_when(view, event_sentences, ex.is_dialogue_report, today, stamps)
    if w.published:
        ex.published_date = w.published.date
        cite("published_date", w.published.date.isoformat(), w.published.line,
             w.published.start, w.published.end)
    if ex.is_dialogue_report:
        ex.event_date, ex.event_date_basis, ex.event_date_note = w.event_date, w.basis, w.note
        ex.event_month_day, ex.event_weekday = w.month_day, w.weekday
        if w.event_date and w.evidence:
            line, a, b = w.evidence
            cite("event_date", w.event_date.isoformat(), line, a, b)

    # -- where -----------------------------------------------------------------------------
    if ex.is_dialogue_report:
        found = _place(view, event_sentences)
        if found:
            place, line = found
            ex.city, ex.host_country = place.city, place.country
            cite("city", place.city, line, place.start, place.end)

    # -- who -------------------------------------------------------------------------------
    _people(view, ex, event_sentences, sides, cite)

    # -- sources, topics, amounts ----------------------------------------------------------
    _sources(view, ex, cite)
    if not ex.is_dialogue_report:
        return ex  # topics and amounts describe a reported meeting
    for topic, (a, b) in sorted(find_topics(view.body).items()):
        para, offset = view.locate(a)
        s = view.sentence_at(para, offset)
        ex.topics.append(Topic(topic, s.text if s else view.paras[para].text))
        cite("topic", topic, view.paras[para], offset, offset + (b - a))
    found = []
    body = "\n".join(ln.text for ln in view.paras)
    for para, ln in enumerate(view.paras):
        monies = amounts_mod.find_amounts(ln.text)
        monies += amounts_mod.side_marks(ln.text, ex.countries, monies, body)
        found += [(para, ln, money) for money in sorted(monies, key=lambda m: m.start)]
    host = ex.host_country if ex.host_country in ex.countries else None
    local = amounts_mod.local_dollars([m for _, _, m in found], host)
    local = amounts_mod.local_rupees(local, ex.countries)
    local = amounts_mod.local_pesos(local, ex.countries)
    for (para, ln, _), money in zip(found, local, strict=True):
        s = view.sentence_at(para, money.start)
        ex.amounts.append(Amount(money.amount, money.currency, money.text,
                                 s.text if s else ln.text))
        cite("amount", f"{money.amount:g} {money.currency}", ln, money.start, money.end)
    return ex


# Removed lines after the article that open the page's furniture: a share bar or a block of
# related links. Credits are the article's up to there; below, lone words are tags and menus.
FURNITURE_REASONS = frozenset({"share", "related_links"})


def _furniture_start(view: DocView) -> int:
    """The line number where the page's furniture under the article starts (10**9 if none)."""
    if not view.paras:
        return 10**9
    last = view.paras[-1].number
    return next((ln.number for ln in view.doc.lines
                 if ln.number > last and ln.reason in FURNITURE_REASONS), 10**9)


def _report_anchor(mentions: list[Mention], best: Mention | None) -> Mention | None:
    """The body mention that makes the article a report: the chosen one, or, when the chosen
    one is a headline that only talks about a dialogue (no ordinal, no meeting verb: "X and Y
    need their Joint Commission back"), the lead mention that reports a meeting for it
    (``mechanism.pick``). Why: a commentary's lead recalls the last session ("last sat down
    for a session of their Joint Commission, in Kampala in 2019, ... promised to meet again"),
    and that recall must be checked as a body mention's is."""
    if best is None:
        return None
    if best.where >= 0:
        return best
    if best.verb or best.edition is not None:
        return None
    return next((m for m in sorted(mentions, key=lambda m: (m.where, m.start))
                 if 0 <= m.where < LEAD_PARAGRAPHS and not m.marked
                 and (m.verb or m.edition is not None)), None)


def _line(view: DocView, where: int) -> Line:
    return view.headline if where == -1 else view.paras[where]


def _mentions(view: DocView) -> list[Mention]:
    out: list[Mention] = []
    if view.headline is not None:
        out.extend(find_mentions(view.headline.text, -1))
    for i, ln in enumerate(view.paras):
        out.extend(find_mentions(ln.text, i, view.para_spans[i], view.first_sentence[i]))
    return out


def _event_sentences(view: DocView, mentions: list[Mention], best: Mention | None
                     ) -> list[Sentence]:
    """Sentences that report the meeting, best first: the chosen mention's, other mentions of
    it, then early sentences with a meeting verb and a meeting word."""
    out: list[Sentence] = []

    def add(s: Sentence | None) -> None:
        if s is not None and s not in out:
            out.append(s)

    if best is not None and best.where >= 0:
        add(view.sentence_at(best.where, best.start))
    for m in mentions:
        if m.where >= 0 and not m.marked and best is not None and m.head == best.head:
            add(view.sentence_at(m.where, m.start))
    verbs = meeting_verbs()
    for s in view.sentences:
        if s.para >= EVENT_PARAGRAPHS:
            break
        low = s.text.lower()
        if any(w in low for w in _meeting_words()) and verbs.search(low):
            add(s)
    return out


def _sides(view: DocView, pk, event_sentences: list[Sentence]) -> list[str]:
    """The two countries of the meeting."""
    for m in (pk.mention, pk.name_mention, pk.edition_mention):
        if m is not None and len(m.countries) == 2:
            return list(m.countries)
    # "Seoul, Tokyo hold ...": two capitals standing for their governments
    for text in ([view.headline.text] if view.headline is not None else []) + \
            [s.text for s in event_sentences[:1]]:
        pair = places.capital_pair(text)
        if pair:
            return pair
    for s in event_sentences[:3]:
        codes = countries_mod.codes(s.text)
        if len(codes) >= 2:
            return codes[:2]
    if view.headline is not None:
        codes = countries_mod.codes(view.headline.text)
        if len(codes) == 2:
            return codes
    one = next((m.countries[0] for m in (pk.mention, pk.name_mention)
                if m is not None and len(m.countries) == 1), None)
    lead = [ln.text for ln in view.paras[:EVENT_PARAGRAPHS]]
    ranked = countries_mod.most_mentioned(lead, 3)
    if one:
        other = next((c for c in ranked if c != one), None)
        return [one, other] if other else [one]
    return ranked[:2]


def _cite_countries(view, sides, best, event_sentences, cite) -> None:
    lines = [] if best is None else [_line(view, best.where)]
    lines += [view.paras[s.para] for s in event_sentences]
    lines += view.paras[:EVENT_PARAGRAPHS]
    for code in sides:
        for line in lines:
            hit = next((c for c in countries_mod.find_countries(line.text) if c.code == code),
                       None)
            if hit:
                cite("country", code, line, hit.start, hit.end)
                break


def _place(view: DocView, event_sentences: list[Sentence]) -> tuple[places.Place, Line] | None:
    """The meeting place and the line its evidence stands in."""
    for s in event_sentences:
        found = places.in_sentence(view.paras[s.para].text, s.para, s.start, s.end)
        if found is False:
            return None  # held online
        if found:
            return found, view.paras[s.para]
    if view.paras:
        found = places.in_dateline(view.paras[0].text, 0)
        if found:
            return found, view.paras[0]
    for ln in view.meta:  # a dateline on its own line above the article ("• New Delhi")
        if ln.number < view.first_body_line and len(ln.text.split()) <= 4:
            text = ln.text.strip(" •|·-")
            found = places.in_dateline(text, -1)
            if found:
                offset = ln.text.find(text)
                return places.Place(found.city, found.country, -1, offset + found.start,
                                    offset + found.end), ln
    return None


def _people(view: DocView, ex: Extraction, event_sentences, sides, cite) -> None:
    if not ex.is_dialogue_report:
        return  # participants are the people of a dialogue report
    mentions = []
    for i, ln in enumerate(view.paras):
        mentions.extend(find_people(ln.text, i, view.para_spans[i], view.first_sentence[i]))
    people = merge_people(mentions)
    refs = [SentenceRef(s.para, s.start, s.end, s.text, s.index) for s in view.sentences]
    assign(people, refs, [s.index for s in event_sentences], sides, ex.is_dialogue_report)
    lines = {}
    if not any(p.role == "co_chair" for p in people):
        above = [ln for ln in view.doc.lines if ln.number < view.first_body_line
                 and ln.reason in SIGNATORY_REASONS]
        lines = {-1 - k: ln for k, ln in enumerate(above)}
        order = [c for s in event_sentences for c in countries_mod.codes(s.text)]
        people = signatories([(k, ln.text) for k, ln in lines.items()], sides, order) + people
    for p in people:
        first = p.mentions[0]
        ex.people.append(Person(p.name, fold(p.name), p.country, p.title, p.role, p.rank))
        line = lines[first.para] if first.para < 0 else view.paras[first.para]
        cite("co_chair" if p.role == "co_chair" else "participant", p.name,
             line, first.name_start, first.name_end)


# A page's section menu: at least this many navigation lines in a row, each of at most
# MENU_ITEM_WORDS words ("ECONOMY / WORLD / LIFE / SPORTS").
MENU_RUN_MIN = 3
MENU_ITEM_WORDS = 3


def _n_words(text: str) -> int:
    """Words with a letter ("ARCHIV •" is one)."""
    return sum(1 for w in text.split() if any(ch.isalpha() for ch in w))


def _in_menu(lines: list[Line], k: int) -> bool:
    """Is line ``k`` an item of a section menu (``MENU_RUN_MIN`` short navigation lines in a
    row)? Why: menu items printed in capitals ("WORLD", "LIFE", "SPORTS") have the shape of
    an agency acronym on a lone line; inside a menu only a known outlet is a credit. The
    page's first line is its masthead, not a menu item ("DW" above its menu still is)."""
    def item(x: int) -> bool:
        return lines[x].reason == "navigation" and len(lines[x].text.split()) <= MENU_ITEM_WORDS
    if not item(k):
        return False
    a = b = k
    while a > 0 and item(a - 1):
        a -= 1
    while b + 1 < len(lines) and item(b + 1):
        b += 1
    return b - a + 1 >= MENU_RUN_MIN


def _sources(view: DocView, ex: Extraction, cite) -> None:
    found: list[tuple[str, Line, int, int]] = []
    last = view.paras[-1] if view.paras else None
    if view.paras:
        first = view.paras[0]
        found += [(n, first, a, b) for n, a, b in sources.credits_in_lead(first.text)]
        if len(view.paras) > 1 and not found:
            # a standfirst kept above the dateline paragraph ("LIMA, May 3. /TASS/. ...")
            second = view.paras[1]
            found += [(n, second, a, b) for n, a, b in sources.credits_in_lead(second.text)]
        found += [(n, last, a, b) for n, a, b in sources.credits_in_tail(last.text)]
    if view.headline is not None:
        # "... | The Express Tribune": the page title's site name
        found += [(n, view.headline, a, b)
                  for n, a, b in sources.title_site_credit(view.headline.text)]
    lines = view.doc.lines
    furniture = _furniture_start(view)
    # the page's masthead: navigation lines above the article (its name, its menu)
    mastheads = {ln.text.strip() for ln in lines
                 if ln.reason == "navigation" and ln.number < view.first_body_line}
    top = next((ln for ln in lines if ln.text.strip()), None)
    if top is not None and top.reason == "navigation" and top.number < view.first_body_line:
        # "The X Times" masthead confirmed by an "@xtimes.co.kr" address on the page
        others = [ln.text for ln in lines if ln is not top and ln.reason not in NOT_OURS]
        found += [(n, top, a, b) for n, a, b in sources.masthead_by_domain(top.text, others)]
    for k, ln in enumerate(lines):
        below = ln.number > view.first_body_line
        if below and ln.reason in _BELOW_REASONS \
                and ln.number < furniture:
            # "Source: Andina and news agencies", "Source(s): EFE" under the article
            found += [(n, ln, a, b) for n, a, b in sources.source_line(ln.text)]
            # "sms/rc (AFP, dpa, Reuters)": initials and the agencies drawn on
            found += [(n, ln, a, b) for n, a, b in sources.initials_credit(ln.text)]
        if ln.reason in CREDIT_REASONS or ln.reason is None:
            strict = ln.reason == "credit" or (ln.reason is not None and ln.number
                                                < view.first_body_line
                                                and (ln is top or not _in_menu(lines, k)))
            lone = ln.reason is not None or len(ln.text.split()) <= 3
            if lone and (ln.number > furniture or (k and lines[k - 1].reason == "share"
                                                   and _n_words(ln.text) <= 1)):
                # a lone word in a tag list under the "Related"/share furniture ("Related
                # Topics / Peru / MFA"), or a share button's name ("Facebook / VK"); a
                # masthead of several words under the top bar ("Sign in | Subscribe" / "The
                # Straits Times") is no button
                lone = False
            if lone:
                found += [(n, ln, a, b) for n, a, b in sources.credit_line(ln.text, strict)]
            if ln.reason == "credit" and below and ln.number < furniture:
                # a credit line of its own under the article: "(NAN)"
                found += [(n, ln, a, b) for n, a, b in sources.credits_in_tail(ln.text)]
            found += [(n, ln, a, b) for n, a, b in sources.photo_credits(ln.text)]
            if ln.reason == "caption" or (ln.reason is None and ln is not last):
                # a caption's or paragraph's closing credit: "... at the ministry. (Kyodo)"
                found += [(n, ln, a, b) for n, a, b in sources.credits_in_tail(ln.text, False)]
            if ln.reason == "caption":
                found += [(n, ln, a, b) for n, a, b in sources.caption_credit(ln.text)]
            if ln.reason == "publication_line" or (
                    ln.reason is None and ln in view.paras[:EVENT_PARAGRAPHS]
                    and len(ln.text.split()) <= STAMP_MAX_WORDS):
                # a stamp line, also one cleaning kept at the top of the body
                found += [(n, ln, a, b) for n, a, b in sources.credits_in_stamp(ln.text)]
                found += [(n, ln, a, b) for n, a, b in sources.print_edition_credit(ln.text)]
        if ln.reason in _BELOW_REASONS and ln.number > \
                view.first_body_line:
            # "- With inputs from WAM" under the article
            found += [(n, ln, a, b) for n, a, b in sources.credit_inputs(ln.text)]
            if ln.number < furniture:
                # "ISTANBUL - Reuters": the dateline city and the agency signing the copy
                found += [(n, ln, a, b) for n, a, b in sources.city_agency_line(ln.text)]
        if ln.reason in _ABOVE_REASONS and ln.number < view.first_body_line:
            # a byline above the article that cleaning may take for a related link
            found += [(n, ln, a, b) for n, a, b in sources.byline_credit(ln.text)]
            if ln.reason == "byline":  # "By Mexico News Daily" under that masthead line
                found += [(n, ln, a, b) for n, a, b in sources.byline_masthead(ln.text, mastheads)]
            if ln.reason == "related_links":  # a release's stamp taken for one, too
                found += [(n, ln, a, b) for n, a, b in sources.stamp_signature(ln.text)]
    for s in view.sentences:
        ln = view.paras[s.para]
        found += [(n, ln, s.start + a, s.start + b) for n, a, b in sources.reported(s.text)]
    seen = []
    for name, line, a, b in found:
        if name not in seen:
            seen.append(name)
            cite("source", name, line, a, b)
    ex.sources = sorted(seen)
