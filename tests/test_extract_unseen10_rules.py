"""Rules added for the held-out set ``fixtures/unseen10``, each on made-up sentences."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from parley.extract.amounts import find_amounts, side_marks
from parley.extract.countries import codes
from parley.extract.dates import find_dates
from parley.extract.mechanism import bare_roman, find_mentions
from parley.extract.places import known_cities
from parley.extract.sources import credit_line, credits_in_lead
from parley.extract.tokens import tokenize
from parley.extract.topics import find_topics
from parley.extract.when import dateline_of, days_before_end


def _extract(raw: str, today: dt.date = dt.date(2026, 6, 1)):
    from parley.clean import clean_text
    from parley.extract import extract

    return extract(clean_text(raw), today=today)


def test_lead_word_in_capitals_names_a_country():
    assert codes("PAPUA New Guinea and Fiji agreed to hold joint patrols.") == ["PG", "FJ"]
    assert codes("KENYA and Uganda held talks.") == ["KE", "UG"]
    assert codes("the 3rd PNG-Australia Ministerial Forum") == ["PG", "AU"]
    assert codes("THE port upgrade and US aid") == ["US"]  # "THE" is no country


def test_bare_roman_numeral_before_an_edition_noun():
    ed = [m.edition for m in find_mentions(
        "Chile and Peru held in Lima the IX Round of Political Consultations.", 0)]
    assert ed == [9]
    ed = [m.edition for m in find_mentions(
        "Spain and Morocco held the XIV Meeting of the Spain–Morocco Joint Commission.", 0)]
    assert ed == [14]
    toks = tokenize("Pope Leo XIV Dialogue, World War II talks")
    assert bare_roman(toks[2], toks[3]) is None  # "XIV" before no edition noun
    assert bare_roman(toks[6], toks[7]) is None


def test_national_capitals_are_known_cities():
    found = [c for _, _, c in known_cities(
        "talks in Windhoek, then Lusaka, Asunción, Bishkek and Port-au-Prince")]
    assert found == ["Windhoek", "Lusaka", "Asuncion", "Bishkek", "Port-au-Prince"]
    assert [c for _, _, c in known_cities("the Seoul-Tokyo flight")] == ["Seoul", "Tokyo"]


def test_dateline_after_a_standfirst():
    view = SimpleNamespace(paras=[
        SimpleNamespace(text="Trade and migration top the agenda of two-day talks"),
        SimpleNamespace(text="(XYZ) - LIMA, MAR 4 - Peru and Chile on Tuesday ended ...")])
    k, d = dateline_of(view)
    assert (k, d.month, d.day) == (1, 3, 4)
    view.paras[0].text = "Peru and Chile held talks in Lima on 3-4 March, officials said."
    assert dateline_of(view) is None  # a lead sentence, not a standfirst


def test_standfirst_dateline_is_not_the_meeting_date():
    raw = ("Chile, Peru wrap up third Strategic Dialogue in Lima\n"
           "Trade and migration top the agenda of two-day talks\n"
           "4 March 2026 18:47\n"
           "(XYZ) - SANTIAGO, MAR 4 - Chile and Peru on Wednesday concluded the third round "
           "of their Strategic Dialogue, a two-day meeting held in Lima on 3-4 March.\n"
           "The Chilean delegation was led by Deputy Foreign Minister Ana Rojas, while the "
           "Peruvian side was led by Vice Minister Luis Paredes.\n")
    ex = _extract(raw)
    assert ex.event_date == dt.date(2026, 3, 3)


def test_a_multi_day_meeting_dated_by_its_end_began_earlier():
    text = "a three-day meeting which ended in Nairobi yesterday"
    d = next(x for x in find_dates(text) if x.kind == "relative")
    assert days_before_end(text, d) == 2
    text = "a two-day meeting which took place in Nairobi yesterday"
    assert days_before_end(text, next(x for x in find_dates(text))) == 0
    text = "the two-day talks concluded on 9-10 May"
    assert days_before_end(text, next(x for x in find_dates(text))) == 0  # a range


def test_yesterday_of_the_meeting_sentence_beats_a_later_weekday():
    raw = ("Fiji, Samoa agree on fisheries patrols\n"
           "Wednesday, May 6, 2026\n"
           "Fiji and Samoa have agreed to hold joint fisheries patrols.\n"
           "This was agreed at the 4th Fiji-Samoa Joint Ministerial Commission meeting held "
           "in Suva yesterday.\n"
           "The meeting was co-chaired by Foreign Minister Ana Tuilagi and Samoa's Foreign "
           "Minister Sione Leota, who arrived in the capital on Monday.\n")
    ex = _extract(raw)
    assert ex.event_date == dt.date(2026, 5, 5)


def test_sides_named_after_the_heads_of_delegation():
    raw = ("Romania, Hungary hold defence dialogue\n"
           "Bucharest, May 5 (XYZ) - Romania and Hungary held the third round of their "
           "Defence Policy Dialogue in Bucharest on Tuesday.\n"
           "The dialogue was chaired by State Secretary Ion Marinescu on the Romanian side "
           "and by Deputy State Secretary Gabor Kertesz on the Hungarian side.\n")
    ex = _extract(raw)
    chairs = {p.name: p.country for p in ex.people if p.role == "co_chair"}
    assert chairs == {"Ion Marinescu": "RO", "Gabor Kertesz": "HU"}


def test_currencies_added_for_unseen10():
    got = {(m.amount, m.currency) for m in find_amounts(
        "N$12 million a year, 3.5 billion soms, 40 million leva, BGN 2 billion and "
        "80 million denars")}
    assert got == {(12e6, "NAD"), (3.5e9, "KGS"), (40e6, "BGN"), (2e9, "BGN"), (80e6, "MKD")}


def test_spanish_figure_with_dot_thousands_and_scale():
    assert [(m.amount, m.currency) for m in find_amounts("un aporte de US$ 12.500 millones")] \
        == [(12.5e9, "USD")]
    assert [(m.amount, m.currency) for m in side_marks(
        "a counterpart of G. 7.000 millones", ["PY", "CL"], [])] == [(7e9, "PYG")]
    assert side_marks("a counterpart of G. 7.000 millones", ["CL", "AR"], []) == []


def test_glued_kwacha_and_kina_marks_need_a_side():
    text = "Lusaka set aside K60 million while Lilongwe budgeted MK1.2 billion"
    got = [(m.amount, m.currency) for m in side_marks(text, ["ZM", "MW"], [])]
    assert sorted(got) == [(60e6, "ZMW"), (1.2e9, "MWK")]
    # two kwacha sides and no "MK" printed: "K" is undecided
    assert side_marks("allocated K60 million", ["ZM", "MW"], []) == []
    assert [m.currency for m in side_marks("allocated K60 million", ["PG", "AU"], [])] \
        == ["PGK"]
    assert side_marks("allocated K60 million", ["FR", "DE"], []) == []


def test_topic_cues_added_for_unseen10():
    found = find_topics(
        "They agreed on joint production of 120 mm mortar ammunition with a state defence "
        "manufacturer, and the police, customs and immigration services will share data.")
    assert {"defence_industry", "law_enforcement"} <= set(found)
    assert "trade_economy" in find_topics(
        "Regarding trade, both agreed to promote coffee exports, which reached $20 million.")
    assert "trade_economy" not in find_topics("arms exports worth 150 million euros")


def test_credit_shapes_added_for_unseen10():
    assert [n for n, _, _ in credits_in_lead("NAIROBI (KeNews) - Kenya and Uganda held")] \
        == ["KeNews"]
    assert [n for n, _, _ in credits_in_lead(
        "Lima, 04/03/2026 (AP).- Peru and Chile held ...")] == ["AP"]
    assert [n for n, _, _ in credits_in_lead(
        "Quito, 04/03/2026 (XQ).- Ecuador and Peru held ...")] == ["XQ"]
    assert [n for n, _, _ in credit_line("Ritzau/The Nordic Post", True)] \
        == ["Ritzau", "The Nordic Post"]
    assert credit_line("Fine Arts/The Daily Life", True) == []  # no known outlet
