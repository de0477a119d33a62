"""Resolve reports of the same real-world meeting into one event.

Input: one row per article with its own extracted facts. Output: per article the event_id and
the event date after merging (basis ``event_merged`` when the date came from another report),
and the ``events`` table. Placeholder: every dialogue report is its own event.
"""

from __future__ import annotations

import hashlib

import pandas as pd

# Columns resolve_events reads from the articles frame.
INPUT_COLUMNS = [
    "doc_id", "is_dialogue_report", "mechanism", "countries", "edition", "event_date",
    "event_date_basis", "event_date_note", "published_date", "city", "host_country",
    "event_month_day", "event_weekday",
]


def resolve_events(articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (assignments, events).

    assignments: doc_id, event_id, event_date, event_date_basis, event_date_note
    events: the contract's events table (event_id, mechanism, countries, edition, event_date,
    city, host_country, report_count).
    """
    rows, events = [], []
    for rec in articles.to_dict("records"):
        if not rec["is_dialogue_report"]:
            rows.append({"doc_id": rec["doc_id"], "event_id": None,
                         "event_date": rec["event_date"],
                         "event_date_basis": rec["event_date_basis"],
                         "event_date_note": rec["event_date_note"]})
            continue
        eid = "ev_" + hashlib.sha256(rec["doc_id"].encode()).hexdigest()[:16]
        rows.append({"doc_id": rec["doc_id"], "event_id": eid, "event_date": rec["event_date"],
                     "event_date_basis": rec["event_date_basis"],
                     "event_date_note": rec["event_date_note"]})
        events.append({"event_id": eid, "mechanism": rec["mechanism"],
                       "countries": list(rec["countries"] or []), "edition": rec["edition"],
                       "event_date": rec["event_date"], "city": rec["city"],
                       "host_country": rec["host_country"], "report_count": 1})
    return pd.DataFrame(rows), pd.DataFrame(events)
