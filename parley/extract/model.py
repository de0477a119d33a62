"""What extraction returns for one document. One definition, used by the pipeline to build rows.

Every value carries its evidence span as character offsets into the *decoded raw text*
(``CleanedDoc.raw``), which becomes the ``provenance`` table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    field: str  # mechanism, edition, event_date, city, co_chair, amount, topic, country, ...
    value: str  # the extracted value as text
    start: int  # offsets into the decoded raw text
    end: int


@dataclass(frozen=True)
class Person:
    name: str  # as printed, diacritics kept
    name_ascii: str  # diacritics folded
    country: str | None  # ISO alpha-2 of the side they represent
    title: str | None  # office as printed; a military rank printed with it is in ``rank``
    role: str  # co_chair | met | mentioned
    rank: str | None = None


@dataclass(frozen=True)
class Topic:
    topic: str  # from the vocabulary in corpus/GOLD_FORMAT.md
    evidence: str  # the body sentence that shows it


@dataclass(frozen=True)
class Amount:
    amount: float  # in units: "130 million USD" -> 130000000
    currency: str  # ISO 4217
    text: str  # the figure as printed
    context: str  # the sentence it stands in


@dataclass
class Extraction:
    is_dialogue_report: bool = False
    sources: list[str] = field(default_factory=list)
    mechanism: str | None = None
    countries: list[str] = field(default_factory=list)  # sorted alpha-2
    edition: int | None = None
    event_date: dt.date | None = None
    event_date_basis: str | None = None  # stated|year_inferred|published; resolve: event_merged
    event_date_note: str | None = None
    published_date: dt.date | None = None
    city: str | None = None
    host_country: str | None = None
    people: list[Person] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    # Partial date facts that event resolution may complete from another report of the same
    # meeting: e.g. month/day printed without a year, or a weekday only.
    event_month_day: tuple[int, int] | None = None
    event_weekday: int | None = None  # Monday=0
