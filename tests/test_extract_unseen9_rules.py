"""Rules added for the held-out set ``fixtures/unseen9``, each on made-up sentences."""

from __future__ import annotations

import datetime as dt

from parley.extract.amounts import find_amounts
from parley.extract.dates import find_dates
from parley.extract.mechanism import find_mentions
from parley.extract.participants import _elliptic_side
from parley.extract.people import find_people
from parley.extract.sentences import split
from parley.extract.sources import credit_line, credits_in_lead
from parley.extract.topics import find_topics
from parley.extract.when import _held_period_re


def _names(text: str) -> list[str | None]:
    return [m.name for m in find_mentions(text, 0)]


def test_joint_commission_is_a_mechanism_head():
    assert _names("Ruritania and Freedonia held the fourth session of their Joint "
                  "Ministerial Commission in Elbonia.") == ["Joint Ministerial Commission"]
    assert _names("They held the 6th France-Chile Joint Commission in Paris.") \
        == ["Joint Commission"]


def test_commission_without_joint_word_is_no_mechanism():
    assert _names("The European Commission held a meeting on fisheries.") == []
    assert _names("The election commission has not met since June.") == []


def test_complement_keeps_and_before_its_last_word():
    assert _names("the 3rd Joint Commission on Trade and Investment was held") \
        == ["Joint Commission on Trade and Investment"]


def test_slash_year_after_month_day():
    d = find_dates("Elbonia City, March 4/2025 (ABC) Ruritania and ...")[0]
    assert (d.kind, d.year, d.month, d.day) == ("full", 2025, 3, 4)


def test_range_after_held_from_is_the_meetings_days():
    assert _held_period_re().search("The session held in Port Elbo from ")
    assert _held_period_re().search("The talks took place from ")
    assert not _held_period_re().search("during his working visit to Ruritania from ")


def test_currency_words_after_the_figure():
    got = {m.currency for m in find_amounts(
        "loans of 2.5 billion Birr, 4 billion meticais, 800 million manat and Kz 50 billion")}
    assert got == {"ETB", "MZN", "AZN", "AOA"}


def test_code_glued_to_a_short_number_is_no_amount():
    assert find_amounts("ahead of the COP31 climate summit") == []
    assert [(m.amount, m.currency) for m in find_amounts("fees of USD450 a month")] \
        == [(450.0, "USD")]


def test_hyphenated_agency_acronym_in_a_dateline():
    assert [n for n, _, _ in credits_in_lead("ROME (ABC-XYZ) – Ruritania and Freedonia")] \
        == ["ABC-XYZ"]


def test_desk_initials_after_a_slash_credit_are_no_outlets():
    assert credit_line("QR/TS/JB", True) == []
    assert [n for n, _, _ in credit_line("VNA/VLLF", True)] == ["VNA", "VLLF"]


def test_retired_mark_with_a_period_after_a_rank():
    text = ("The talks were led by the Chief of Staff, Major General (Ret.) Tomas Brand, "
            "and others.")
    people = find_people(text, 0, [(0, len(text))], 0)
    assert [(p.name, p.rank) for p in people] == [("Tomas Brand", "Major General (Ret.)")]
    assert len(split("He met Rear Admiral (ret.) Ana Lind. She agreed.")) == 2


def test_elliptical_and_country_by_switches_sides():
    assert _elliptic_side(", and Freedonia by ", ["FR", "US"]) is None  # not a side
    assert _elliptic_side(", and France by ", ["FR", "US"]) == 0
    assert _elliptic_side(", and accompanied by ", ["FR", "US"]) is None


def test_headline_only_commentary_recalling_a_past_session_is_no_report():
    from parley.clean import clean_text
    from parley.extract import extract

    raw = ("France and Chile need their Joint Commission back\n"
           "Published: 12 August 2025\n"
           "When the foreign ministers of France and Chile last sat down for a session of "
           "their Joint Commission, in Santiago in 2018, they promised to meet again within "
           "two years. They never did, and the trade disputes between the two have piled up "
           "ever since, with no forum to settle them.\n"
           "A commission is no magic wand, but it makes officials of a dozen ministries sit "
           "in one room and come back a year later to explain what they did about it.\n")
    ex = extract(clean_text(raw), today=dt.date(2026, 1, 1))
    assert not ex.is_dialogue_report


def test_topic_cues_added_for_unseen9():
    found = find_topics(
        "They discussed the trade deficit, cooperation in health, human traffickers, "
        "civil protection, military health services, the training of diplomats and the "
        "centrality and unity of ASEAN.")
    assert {"trade_economy", "health_cooperation", "transnational_crime",
            "humanitarian_relief", "military_medicine", "training_education",
            "asean_centrality"} <= set(found)
