"""Resolve reports of the same real-world meeting into one event.

Two dialogue reports of the same two countries are the same meeting when nothing they say
conflicts (edition, mechanism, dates) and something ties them together:

- the same mechanism and edition ("14th Political, Security and Defence Dialogue");
- meeting dates within ``SAME_MEETING_DAYS`` of each other (a month/day printed without a
  year counts against the other report's date);
- a shared head of delegation (names compared folded, in any order: "Funakoshi Takehiro" =
  "Takehiro Funakoshi").

The event's date comes from the report that states it; a report that gives only a day
("December 18") and one that gives only the year (its publication date) complete each
other. Reports whose own date was weaker take the event's (basis ``event_merged``); so does
a missing city. Matching is blocked by country pair and indexed by edition, date and name,
so it stays near-linear in the number of reports.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict

import pandas as pd

from parley.extract.fold import fold

# Columns resolve_events reads from the articles' facts.
INPUT_COLUMNS = [
    "doc_id", "is_dialogue_report", "mechanism", "countries", "edition", "event_date",
    "event_date_basis", "event_date_note", "published_date", "city", "host_country",
    "event_month_day", "event_weekday", "cochair_keys",
]
# Reports of one meeting give its date at most this far apart (a two-day meeting, a report
# dated by its first or its second day).
SAME_MEETING_DAYS = 3
# Reports tied only by a head of delegation: a report is compared with at most this many
# earlier undated reports of that person per edition (an undated report: with this many earlier
# reports of any kind per edition), the earliest first. An official can head hundreds of
# meetings in an archive; the bound keeps resolution linear, and a dated match is found by its
# date, outside the bound.
MAX_NAME_SCAN = 200
# Strength of a report's own date: a stated date beats an inferred year beats a publication
# date standing in for the meeting's.
BASIS_RANK = {"stated": 3, "year_inferred": 2, "published": 1}
_WORD = re.compile(r"[a-z0-9+]+")


def _mech_words(mechanism) -> frozenset[str]:
    if not mechanism:
        return frozenset()
    return frozenset(_WORD.findall(fold(str(mechanism)).lower().replace("defense", "defence")))


def name_key(name: str) -> str:
    """A person's key: folded tokens in sorted order (name order differs between outlets)."""
    return " ".join(sorted(fold(name).lower().replace("-", " ").split()))


class _Report:
    __slots__ = ("basis", "cochairs", "countries", "date", "doc_id", "edition", "idx",
                 "md", "mech", "rec", "weekday")

    def __init__(self, idx: int, rec: dict):
        self.idx = idx
        self.rec = rec
        self.doc_id = rec["doc_id"]
        self.countries = tuple(sorted(rec.get("countries") or []))
        ed = rec.get("edition")
        self.edition = None if ed is None or ed != ed else int(ed)
        self.mech = _mech_words(rec.get("mechanism"))
        d = _date(rec.get("event_date"))
        self.basis = rec.get("event_date_basis") if d else None
        # a publication date standing in for the meeting's is not evidence of the meeting day
        self.date = d if self.basis in ("stated", "year_inferred") else None
        md = rec.get("event_month_day")
        self.md = tuple(md) if md else None
        wd = rec.get("event_weekday")
        self.weekday = None if wd is None or wd != wd else int(wd)
        self.cochairs = frozenset(rec.get("cochair_keys") or [])


def _date(value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        if value != value:  # NaN / NaT
            return None
        return pd.Timestamp(value).date()
    except (TypeError, ValueError):
        return None


def _scalar(value):
    """None for pandas' missing values (NaN, NaT, <NA>); lists and arrays unchanged."""
    if value is None or isinstance(value, (list, tuple)) or (hasattr(value, "__len__") and \
            not isinstance(value, str)):
        return value
    try:
        return None if value != value else value
    except (TypeError, ValueError):
        return value


def _md_distance(md: tuple[int, int], d: dt.date) -> int:
    """Days between a month/day and a date, taking the month/day in the date's year."""
    try:
        other = dt.date(d.year, md[0], md[1])
    except ValueError:
        return 999
    return abs((other - d).days)


def _compatible(a: _Report, b: _Report) -> bool:
    """Nothing the two reports say rules out one meeting."""
    if a.edition is not None and b.edition is not None and a.edition != b.edition:
        return False
    if a.mech and b.mech and not (a.mech <= b.mech or b.mech <= a.mech):
        return False
    if a.date and b.date and abs((a.date - b.date).days) > SAME_MEETING_DAYS:
        return False
    for x, y in ((a, b), (b, a)):
        if x.md and y.date and _md_distance(x.md, y.date) > SAME_MEETING_DAYS:
            return False
        if x.weekday is not None and y.date and y.date.weekday() != x.weekday and \
                not x.md:
            return False
    return not (a.md and b.md and abs((a.md[0] * 31 + a.md[1]) - (b.md[0] * 31 + b.md[1]))
                > SAME_MEETING_DAYS)


class _Union:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _link(reports: list[_Report], uf: _Union) -> None:
    """Union the reports of one country pair that describe the same meeting."""
    def join(a: _Report, b: _Report) -> None:
        if _compatible(a, b):
            uf.union(a.idx, b.idx)

    # the same mechanism and edition
    by_edition: dict[int, list[_Report]] = defaultdict(list)
    for r in reports:
        if r.edition is not None:
            by_edition[r.edition].append(r)
    for group in by_edition.values():
        for r in group[1:]:
            # join the first other report whose name is the same, fuller or shorter
            for other in group:
                if other is not r and (not other.mech or not r.mech or other.mech <= r.mech
                                       or r.mech <= other.mech):
                    join(other, r)
                    break
    # dates close together
    dated = sorted((r for r in reports if r.date), key=lambda r: r.date)
    for i, r in enumerate(dated):
        j = i + 1
        while j < len(dated) and (dated[j].date - r.date).days <= SAME_MEETING_DAYS:
            join(r, dated[j])
            j += 1
    # a month/day without a year against the dated reports
    by_md: dict[tuple[int, int], list[_Report]] = defaultdict(list)
    for r in dated:
        by_md[(r.date.month, r.date.day)].append(r)
    for r in reports:
        if r.md and not r.date:
            near = []
            for delta in range(-SAME_MEETING_DAYS, SAME_MEETING_DAYS + 1):
                try:
                    probe = dt.date(2000, r.md[0], r.md[1]) + dt.timedelta(days=delta)
                except ValueError:
                    continue
                near.extend(by_md.get((probe.month, probe.day), []))
            near = [o for o in near if _compatible(r, o)]
            if len({o.date.year for o in near}) == 1:  # one candidate year only
                for o in near:
                    uf.union(r.idx, o.idx)
    # a shared head of delegation
    by_name: dict[str, list[_Report]] = defaultdict(list)
    for r in reports:
        for key in r.cochairs:
            by_name[key].append(r)
    for group in by_name.values():
        if len(group) >= 2:
            _link_by_name(group, uf)


def _complete(r: _Report) -> bool:
    """A report that names its meeting fully (edition, mechanism, date): two such reports are
    tied by their editions and dates, never by a shared name alone."""
    return r.edition is not None and bool(r.mech) and r.date is not None


def _link_by_name(group: list[_Report], uf: _Union) -> None:
    """Join each report to the first earlier report with the same head of delegation that is
    compatible with it, when at least one of the two is incomplete.

    One official heads many meetings over the years (hundreds of reports in an archive), so
    the earlier reports are indexed by edition and date instead of scanned: only reports of
    the same (or no) edition can match, a dated report only an undated one or one dated within
    ``SAME_MEETING_DAYS``, a complete report only an incomplete one. Undated candidates are
    bounded by ``MAX_NAME_SCAN`` per edition.
    """
    # earlier reports, [0]: all of them, [1]: the incomplete ones; by edition (None: none
    # printed), undated ones also on their own, dated ones by (edition, date)
    seen: tuple[dict, dict] = (defaultdict(list), defaultdict(list))
    undated: tuple[dict, dict] = (defaultdict(list), defaultdict(list))
    by_day: tuple[dict, dict] = (defaultdict(list), defaultdict(list))
    for pos, r in enumerate(group):
        complete = _complete(r)
        if pos:
            k = int(complete)
            editions = [None, r.edition] if r.edition is not None else list(seen[k])
            if r.date is not None:
                cands = [i for e in editions for i in undated[k].get(e, ())[:MAX_NAME_SCAN]]
                cands += [i for e in editions for d in range(-SAME_MEETING_DAYS,
                                                             SAME_MEETING_DAYS + 1)
                          for i in by_day[k].get((e, r.date + dt.timedelta(days=d)), ())]
            else:
                cands = [i for e in editions for i in seen[k].get(e, ())[:MAX_NAME_SCAN]]
            cands.sort()
            other = next((group[i] for i in cands if _compatible(group[i], r)), None)
            if other is not None:
                uf.union(other.idx, r.idx)
        for k in (0,) if complete else (0, 1):
            seen[k][r.edition].append(pos)
            if r.date is None:
                undated[k][r.edition].append(pos)
            else:
                by_day[k][(r.edition, r.date)].append(pos)


def _event_date(members: list[_Report]) -> tuple[dt.date | None, _Report | None, str | None]:
    """The meeting's date from the strongest report; or a day from one report completed with
    the year of another's publication date."""
    best = max((m for m in members if m.rec.get("event_date") is not None
                and m.basis in ("stated", "year_inferred")),
               key=lambda m: (BASIS_RANK[m.basis], -m.idx), default=None)
    if best is not None:
        return best.date, best, None
    for m in members:
        if not m.md:
            continue
        for other in members:
            pub = _date(other.rec.get("published_date")) or (
                _date(other.rec.get("event_date")) if other.rec.get("event_date_basis")
                == "published" else None)
            if pub is None:
                continue
            for year in (pub.year, pub.year - 1):
                try:
                    day = dt.date(year, m.md[0], m.md[1])
                except ValueError:
                    continue
                if day <= pub:
                    note = (f"day printed in one report ({day:%B} {day.day}), year from another "
                            f"report's publication date {pub.isoformat()}")
                    return day, m, note
    pub = next((m for m in members if m.rec.get("event_date") is not None
                and m.rec.get("event_date_basis") == "published"), None)
    if pub is not None:
        return _date(pub.rec["event_date"]), pub, None
    return None, None, None


def _event_id(members: list[_Report]) -> str:
    first = min(m.doc_id for m in members)
    return "ev_" + hashlib.sha256(first.encode()).hexdigest()[:16]


def resolve_events(articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (assignments, events).

    assignments: doc_id, event_id, event_date, event_date_basis, event_date_note, city,
    host_country (the article's values after merging);
    events: the contract's events table (event_id, mechanism, countries, edition, event_date,
    city, host_country, report_count).
    """
    recs = [{k: _scalar(v) for k, v in r.items()} for r in articles.to_dict("records")]
    reports = [_Report(i, r) for i, r in enumerate(recs) if r.get("is_dialogue_report")
               and len(r.get("countries") if r.get("countries") is not None else []) == 2]
    uf = _Union(len(recs))
    by_pair: dict[tuple, list[_Report]] = defaultdict(list)
    for r in reports:
        by_pair[r.countries].append(r)
    for group in by_pair.values():
        _link(group, uf)
    clusters: dict[int, list[_Report]] = defaultdict(list)
    for r in reports:
        clusters[uf.find(r.idx)].append(r)

    assignments: dict[str, dict] = {}
    events = []
    for members in clusters.values():
        members.sort(key=lambda m: m.idx)
        eid = _event_id(members)
        day, source, merged_note = _event_date(members)
        city_src = next((m for m in members if m.rec.get("city")), None)
        city = city_src.rec.get("city") if city_src else None
        host = city_src.rec.get("host_country") if city_src else None
        for m in members:
            rec = m.rec
            own = _date(rec.get("event_date"))
            out = {"doc_id": m.doc_id, "event_id": eid, "event_date": own,
                   "event_date_basis": rec.get("event_date_basis") if own else None,
                   "event_date_note": rec.get("event_date_note") if own else None,
                   "city": rec.get("city") or city,
                   "host_country": rec.get("host_country") if rec.get("city") else host}
            own_rank = BASIS_RANK.get(rec.get("event_date_basis"), 0) if own else 0
            src_rank = BASIS_RANK.get(source.basis, 0) if source is not None and source.basis \
                else (2 if merged_note else 1)
            if day is not None and source is not m and (own is None or src_rank > own_rank) \
                    and own != day:
                out["event_date"] = day
                out["event_date_basis"] = "event_merged"
                out["event_date_note"] = merged_note or (
                    f"from another report of this meeting ({source.rec.get('event_date_basis')}"
                    f" there)")
            elif day is not None and source is m and merged_note and own != day:
                out["event_date"], out["event_date_basis"] = day, "event_merged"
                out["event_date_note"] = merged_note
            assignments[m.doc_id] = out
        editions = [m.edition for m in members if m.edition is not None]
        mechs = [m.rec.get("mechanism") for m in members if m.rec.get("mechanism")]
        events.append({
            "event_id": eid,
            "mechanism": max(mechs, key=lambda x: (Counter(mechs)[x], len(x))) if mechs else None,
            "countries": list(members[0].countries),
            "edition": Counter(editions).most_common(1)[0][0] if editions else None,
            "event_date": day,
            "city": city,
            "host_country": host,
            "report_count": len(members),
        })
    rows = []
    for rec in recs:
        if rec["doc_id"] in assignments:
            rows.append(assignments[rec["doc_id"]])
        else:
            own = _date(rec.get("event_date"))
            rows.append({"doc_id": rec["doc_id"], "event_id": None, "event_date": own,
                         "event_date_basis": rec.get("event_date_basis") if own else None,
                         "event_date_note": rec.get("event_date_note") if own else None,
                         "city": rec.get("city"), "host_country": rec.get("host_country")})
    return pd.DataFrame(rows), pd.DataFrame(events)
