"""Event resolution: reports of one meeting share an event and complete each other's date."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from parley.resolve.events import name_key, resolve_events

D = dt.date


def fact(doc_id, **kw):
    base = {"doc_id": doc_id, "is_dialogue_report": True, "mechanism": None,
            "countries": ["CL", "PE"], "edition": None, "event_date": None,
            "event_date_basis": None, "event_date_note": None, "published_date": None,
            "city": None, "host_country": None, "event_month_day": None, "event_weekday": None,
            "cochair_keys": []}
    base.update(kw)
    return base


def resolve(*facts):
    assignments, events = resolve_events(pd.DataFrame(list(facts)))
    return assignments.set_index("doc_id").to_dict("index"), events


def test_same_mechanism_and_edition_is_one_meeting():
    a, ev = resolve(
        fact("a", mechanism="Defence Policy Dialogue", edition=6, event_date=D(2025, 11, 12),
             event_date_basis="stated", city="Santiago", host_country="CL"),
        fact("b", mechanism="Defense Policy Dialogue", edition=6))
    assert a["a"]["event_id"] == a["b"]["event_id"]
    assert a["b"]["event_date"] == D(2025, 11, 12)
    assert a["b"]["event_date_basis"] == "event_merged"
    assert a["b"]["city"] == "Santiago"  # a missing city comes from the sibling report
    assert ev["report_count"].tolist() == [2]


def test_a_day_and_a_year_from_two_reports_make_the_date():
    a, ev = resolve(
        fact("a", mechanism="Strategic Dialogue", edition=3, event_month_day=(12, 18)),
        fact("b", mechanism="Strategic Dialogue", edition=3, event_date=D(2025, 12, 21),
             event_date_basis="published", published_date=D(2025, 12, 21)))
    assert a["a"]["event_date"] == a["b"]["event_date"] == D(2025, 12, 18)
    assert {a["a"]["event_date_basis"], a["b"]["event_date_basis"]} == {"event_merged"}
    assert ev["event_date"].tolist() == [D(2025, 12, 18)]


def test_different_editions_are_different_meetings():
    a, ev = resolve(
        fact("a", mechanism="Strategic Dialogue", edition=3, cochair_keys=["ana lopez"]),
        fact("b", mechanism="Strategic Dialogue", edition=4, cochair_keys=["ana lopez"]))
    assert a["a"]["event_id"] != a["b"]["event_id"]
    assert len(ev) == 2


def test_a_shared_head_of_delegation_links_a_report_without_name_or_number():
    a, _ = resolve(
        fact("a", mechanism="Defence Strategy Dialogue", edition=7, event_date=D(2021, 4, 23),
             event_date_basis="stated", cochair_keys=[name_key("Jorge Ruiz")],
             city="Lima", host_country="PE"),
        fact("b", cochair_keys=[name_key("Ruiz Jorge")]))
    assert a["a"]["event_id"] == a["b"]["event_id"]
    assert (a["b"]["event_date"], a["b"]["city"]) == (D(2021, 4, 23), "Lima")


def test_dates_a_week_apart_are_different_meetings():
    a, _ = resolve(
        fact("a", event_date=D(2024, 5, 1), event_date_basis="stated"),
        fact("b", event_date=D(2024, 5, 9), event_date_basis="stated"))
    assert a["a"]["event_id"] != a["b"]["event_id"]


def test_dates_close_together_are_one_meeting_and_keep_their_own_stated_dates():
    a, _ = resolve(
        fact("a", event_date=D(2024, 5, 1), event_date_basis="stated"),
        fact("b", event_date=D(2024, 5, 2), event_date_basis="stated"))
    assert a["a"]["event_id"] == a["b"]["event_id"]
    assert (a["a"]["event_date"], a["b"]["event_date"]) == (D(2024, 5, 1), D(2024, 5, 2))


def test_other_country_pairs_never_merge():
    a, _ = resolve(
        fact("a", mechanism="Strategic Dialogue", edition=2, countries=["CL", "PE"]),
        fact("b", mechanism="Strategic Dialogue", edition=2, countries=["AR", "PE"]))
    assert a["a"]["event_id"] != a["b"]["event_id"]


def test_articles_that_are_not_reports_get_no_event():
    a, ev = resolve(fact("a", is_dialogue_report=False, countries=[]))
    assert a["a"]["event_id"] is None
    assert ev.empty


def test_a_stated_date_beats_an_inferred_year():
    a, _ = resolve(
        fact("a", edition=5, event_date=D(2016, 11, 21), event_date_basis="stated"),
        fact("b", edition=5, event_date=D(2016, 11, 21), event_date_basis="year_inferred"),
        fact("c", edition=5, event_month_day=(11, 21)))
    assert a["c"]["event_date"] == D(2016, 11, 21)
    assert a["b"]["event_date_basis"] == "year_inferred"  # same day: its own reason stays


def test_many_reports_resolve_in_near_linear_time():
    import time

    facts = [fact(f"d{i}", mechanism="Strategic Dialogue", edition=i % 50 + 1,
                  event_date=D(2000 + i % 25, 1 + i % 12, 1 + i % 28),
                  event_date_basis="stated", cochair_keys=[f"person {i % 40}"])
             for i in range(20_000)]
    t = time.perf_counter()
    resolve_events(pd.DataFrame(facts))
    assert time.perf_counter() - t < 30


def _official(n_dated: int, n_undated: int) -> list[dict]:
    """Reports of one head of delegation over many years: meetings ~10 days apart, each
    with its own edition cycle, and undated reports of other editions."""
    key = [name_key("Ana Lopez")]
    facts = [fact(f"d{i}", mechanism="Strategic Dialogue", edition=1 + i % 40,
                  event_date=D(2000, 1, 1) + dt.timedelta(days=10 * i),
                  event_date_basis="stated", cochair_keys=key) for i in range(n_dated)]
    facts += [fact(f"u{i}", mechanism="Strategic Dialogue", edition=100 + i,
                   cochair_keys=key) for i in range(n_undated)]
    return facts


def test_a_long_serving_official_does_not_make_resolution_quadratic(monkeypatch):
    from parley.resolve import events

    calls = 0
    real = events._compatible

    def counting(a, b):
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(events, "_compatible", counting)
    facts = _official(3000, 300)
    _, ev = resolve(*facts)
    assert len(ev) == len(facts)  # nothing ties these reports but the name: all distinct
    assert calls < 20 * len(facts)  # every earlier report compared would be ~5 million


def test_a_name_links_the_report_of_the_same_edition_among_many_others():
    facts = _official(0, 500)  # 500 undated reports of other editions come first
    facts.append(fact("late", mechanism="Strategic Dialogue", edition=7,
                      cochair_keys=[name_key("Lopez Ana")]))
    facts.append(fact("dated", mechanism="Strategic Dialogue", edition=7,
                      event_date=D(2024, 3, 4), event_date_basis="stated",
                      cochair_keys=[name_key("Ana Lopez")]))
    a, _ = resolve(*facts)
    assert a["late"]["event_id"] == a["dated"]["event_id"]
    assert a["late"]["event_date"] == D(2024, 3, 4)
