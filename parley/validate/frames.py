"""Derived columns that let plain Great Expectations column checks express row-level rules.

GX's pandas checks work on scalar columns; rules such as "exactly two valid country codes" or
"every offset lies inside its document" need a computed column first. Each derived column
starts with ``_`` and is named in the suites in ``expectations/``.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import pandas as pd

from parley.validate.suites import Check

# The stored columns each table's derived columns are computed from (see the functions below).
# With the suites' own columns they are all that validation reads: ``needed_columns`` keeps
# the rest (removed lines, evidence sentences, contexts) out of the pandas copy that Great
# Expectations gets, which is most of a chunk's memory.
DERIVED_FROM: dict[str, tuple[str, ...]] = {
    "articles": ("doc_id", "body", "raw_chars", "removed_chars", "countries", "event_date",
                 "published_date", "city"),
    "participants": ("doc_id", "name", "title", "country", "role"),
    "amounts": ("currency",),
    "events": ("countries",),
    "provenance": ("doc_id", "start", "end"),
}
# Column names in a pandas ``row_condition`` ("is_dialogue_report==True").
_CONDITION_NAME_RE = re.compile(r"[A-Za-z_]\w*(?=\s*(?:==|!=|<|>|\.))")


@cache
def _country_codes() -> frozenset[str]:
    import pycountry

    # XK (Kosovo) is user-assigned but used by news and many data sets
    return frozenset(c.alpha_2 for c in pycountry.countries) | {"XK"}


@cache
def _currency_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def _list_len(v) -> int:
    return 0 if v is None or (isinstance(v, float) and pd.isna(v)) else len(v)


def _words(v) -> float:
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return float("nan")
    return len(str(v).split())


def _as_date(v):
    if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NaT:
        return None
    if isinstance(v, pd.Timestamp):
        return v.date()
    return v


def articles(df: pd.DataFrame, participants: pd.DataFrame | None = None,
             today: dt.date | None = None) -> pd.DataFrame:
    today = today or dt.date.today()
    codes = _country_codes()
    out = df.copy()
    out["_body_chars"] = out["body"].fillna("").str.len()
    raw = out["raw_chars"].astype("float").where(out["raw_chars"].fillna(0) > 0)
    out["_removed_share"] = (out["removed_chars"].astype("float") / raw).fillna(0.0)
    out["_country_count"] = out["countries"].map(_list_len)
    out["_invalid_countries"] = out["countries"].map(
        lambda cs: sum(1 for c in (cs if cs is not None else []) if c not in codes))
    ev = out["event_date"].map(_as_date)
    pub = out["published_date"].map(_as_date)
    out["_event_year"] = ev.map(lambda d: d.year if d else None).astype("Int64")
    out["_event_in_future"] = ev.map(lambda d: bool(d and d > today))
    out["_event_after_published"] = [bool(e and p and e > p) for e, p in zip(ev, pub, strict=True)]
    out["_city_words"] = out["city"].map(_words)
    sides: dict[str, int] = {}
    if participants is not None and not participants.empty:
        cc = participants[participants["role"] == "co_chair"]
        sides = cc.groupby("doc_id")["country"].nunique().to_dict()
    out["_co_chair_sides"] = out["doc_id"].map(lambda d: sides.get(d, 0))
    return out


def participants(df: pd.DataFrame) -> pd.DataFrame:
    codes = _country_codes()
    out = df.copy()
    out["_name_words"] = out["name"].map(_words)
    out["_title_words"] = out["title"].map(_words)
    out["_country_valid"] = out["country"].map(lambda c: c is None or pd.isna(c) or c in codes)
    return out


def amounts(df: pd.DataFrame) -> pd.DataFrame:
    codes = _currency_codes()
    out = df.copy()
    out["_currency_valid"] = out["currency"].map(lambda c: c in codes)
    return out


def events(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["_country_count"] = out["countries"].map(_list_len)
    return out


def provenance(df: pd.DataFrame, raw_chars: dict[str, int]) -> pd.DataFrame:
    out = df.copy()
    limit = pd.to_numeric(out["doc_id"].map(raw_chars), errors="coerce").astype("float64")
    out["_offsets_inside"] = ((out["start"] >= 0) & (out["start"] <= out["end"])
                              & (limit.notna()) & (out["end"] <= limit.fillna(-1))).astype(bool)
    return out


def needed_columns(table: str, checks: list[Check]) -> set[str]:
    """The stored columns that validating ``table`` with ``checks`` reads."""
    cols = {"doc_id", *DERIVED_FROM.get(table, ())}
    for c in checks:
        kw = c.kwargs
        cols.update(kw.get("column_list") or ())
        if "column" in kw:
            cols.add(kw["column"])
        cols.update(_CONDITION_NAME_RE.findall(kw.get("row_condition") or ""))
    return {c for c in cols if not c.startswith("_")}


def derive(tables: dict[str, pd.DataFrame], raw_chars: dict[str, int]) -> dict[str, pd.DataFrame]:
    """Every table with its derived columns, ready for the suites."""
    out = dict(tables)
    if "articles" in tables:
        out["articles"] = articles(tables["articles"], tables.get("participants"))
    if "participants" in tables:
        out["participants"] = participants(tables["participants"])
    if "amounts" in tables:
        out["amounts"] = amounts(tables["amounts"])
    if "events" in tables:
        out["events"] = events(tables["events"])
    if "provenance" in tables:
        out["provenance"] = provenance(tables["provenance"], raw_chars)
    return out
