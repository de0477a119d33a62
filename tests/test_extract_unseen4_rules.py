"""General rules exposed by ``fixtures/unseen4`` (each test fails without its rule)."""

from __future__ import annotations

import datetime as dt

from parley.clean import clean_text
from parley.extract import extract
from parley.extract.countries import find_countries
from parley.extract.dates import find_dates
from parley.extract.people import find_people
from parley.extract.sentences import split_spans
from parley.extract.sources import byline_credit

TODAY = dt.date(2026, 11, 23)


def _extract_text(text):
    return extract(clean_text(text), today=TODAY)


def _people(text):
    return [(p.name, p.title, p.country) for p in find_people(text, 0, split_spans(text), 0)]


def _chairs(ex):
    return {(p.name, p.country, p.title) for p in ex.people if p.role == "co_chair"}


def test_a_year_first_dotted_stamp_is_a_date():
    [d] = [d for d in find_dates("Posted 2025.07.09 by the desk") if d.kind != "year"]
    assert (d.kind, d.year, d.month, d.day) == ("full", 2025, 7, 9)
    [d] = [d for d in find_dates("2024/03/05") if d.kind != "year"]
    assert (d.year, d.month, d.day) == (2024, 3, 5)
    # a version number or a mixed separator is no date
    assert [d.kind for d in find_dates("release 2025.07.09.1")] != ["full"]
    assert all(d.kind != "full" for d in find_dates("2025.07-09"))


def test_an_office_of_another_governments_ministry_does_not_name_its_country():
    assert _people("Gen. Tomas Vera, Secretary of State at the Ministry of National Defense, "
                   "attended.") == [("Tomas Vera",
                                     "Secretary of State at the Ministry of National Defense",
                                     None)]
    assert _people("Secretary of State Mark Hale arrived.") == \
        [("Mark Hale", "Secretary of State", "US")]


def test_the_official_adjective_of_a_state_names_it():
    assert [c.code for c in find_countries("the Hellenic Ministry of Foreign Affairs")] == ["GR"]


def test_officials_who_sat_down_with_their_counterparts_are_both_delegations():
    ex = _extract_text(
        "Chile, Peru agree to expand naval ties\n\n"
        "LIMA, May 3 (Andina) -- Chile and Peru held their third \"two-plus-two\" foreign and "
        "defense ministerial meeting in Lima on Saturday, the ministry said.\n\n"
        "Foreign Minister Ana Lopez and Defense Minister Jorge Vidal sat down with Peruvian "
        "Foreign Minister Rosa Campos and Deputy Prime Minister and Defence Minister Luis "
        "Mora for the talks.\n\n"
        "Lopez also paid a courtesy call on Prime Minister Carlos Ruiz.\n")
    assert ex.is_dialogue_report
    assert {name for name, _, _ in _chairs(ex)} == {"Ana Lopez", "Jorge Vidal", "Rosa Campos",
                                                    "Luis Mora"}
    assert ("Luis Mora", "PE", "Deputy Prime Minister and Defence Minister") in _chairs(ex)


def test_the_first_round_of_a_dialogue_that_will_be_held_is_no_report():
    ex = _extract_text(
        "Chile and Peru to launch dialogue\n\n"
        "Chile and Peru will hold the first round of a new Strategic Dialogue in Lima in "
        "March, the Chilean foreign ministry announced on Monday.\n\n"
        "The agenda will include trade and fisheries.\n")
    assert not ex.is_dialogue_report
    held = _extract_text(
        "Chile and Peru launch dialogue\n\n"
        "Chile and Peru held the first round of a new Strategic Dialogue in Lima on March 3, "
        "2025, the Chilean foreign ministry said.\n\n"
        "The agenda included trade and fisheries.\n")
    assert held.is_dialogue_report and held.edition == 1


def test_an_outlet_that_signs_the_byline_is_a_source():
    assert [n for n, _, _ in byline_credit("By Reuters, in World · 14 Oct 2025, 09:12")] == \
        ["Reuters"]
    assert byline_credit("By Maria Silva, in News · 14 Oct 2025") == []


def test_a_stamp_line_with_middle_dot_fields():
    ex = _extract_text(
        "Chile and Peru hold Political Consultations\n"
        "By Reuters, in News · 14 Oct 2025, 09:12 · 0 Comments\n\n"
        "Chile and Peru held the fourth round of their Political Consultations in Lima on "
        "Monday, the ministry said.\n\n"
        "The two sides discussed trade.\n")
    assert ex.published_date == dt.date(2025, 10, 14)
    assert ex.sources == ["Reuters"]
