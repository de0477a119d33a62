"""Rules added for the held-out set ``fixtures/unseen12``, each on made-up sentences."""

from __future__ import annotations

import datetime as dt

from parley.extract.amounts import find_amounts
from parley.extract.mechanism import find_mentions
from parley.extract.people import find_people
from parley.extract.sources import credit_line
from parley.extract.topics import find_topics


def _extract(raw: str, today: dt.date = dt.date(2026, 6, 1)):
    from parley.clean import clean_text
    from parley.extract import extract

    return extract(clean_text(raw), today=today)


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.title) for m in find_people(text, 0, [(0, len(text))], 0)]


_BODY = ("Norway and Chile held the sixth round of their Political Consultations in Oslo on "
         "{day}. The Norwegian delegation was headed by State Secretary Ola Nordvik, and the "
         "Chilean delegation by Vice Minister of Foreign Affairs Rosa Aguilar Pinto. The two "
         "sides discussed fisheries and bilateral trade.")


def test_a_stamp_line_is_read_in_the_order_its_other_date_proves():
    raw = ("Ministry for Foreign Affairs\nNorway and Chile hold political consultations\n"
           "Published 04/05/2025 10:00 · Updated 19/05/2025 08:00\n\n"
           + _BODY.format(day="Monday") + "\n")
    ex = _extract(raw)
    assert ex.published_date == dt.date(2025, 5, 4)


def test_a_dateline_without_year_dates_the_page_after_the_meeting():
    raw = ("Norway and Chile hold political consultations\n\n"
           "Oslo, 6 May (NTB) - " + _BODY.format(day="5 May 2025") + "\n")
    ex = _extract(raw)
    assert ex.published_date == dt.date(2025, 5, 6)
    # a dateline weeks after the meeting is no stamp of its report
    raw = ("Norway and Chile hold political consultations\n\n"
           "Oslo, 30 June (NTB) - " + _BODY.format(day="5 May 2025") + "\n")
    assert _extract(raw).published_date is None


def test_a_byline_after_a_posted_stamp_is_no_other_word():
    raw = ("Nordic Policy Institute\nReadout: Norway-Chile Political Consultations\n"
           "Posted on 8 May 2025 by Events Desk Team\n\n"
           + _BODY.format(day="Monday") + "\n")
    ex = _extract(raw)
    assert ex.published_date == dt.date(2025, 5, 8)
    assert ex.event_date == dt.date(2025, 5, 5)


def test_delegations_led_respectively_by_are_cochairs():
    raw = ("Norway and Chile hold political consultations\n\n"
           "Norwegian Foreign Minister Espen Dahl opened the sixth round of the Norway-Chile "
           "Political Consultations in Oslo on 5 May 2025. The Norwegian and Chilean "
           "delegations were led respectively by the "
           "State Secretary of the Ministry of Foreign Affairs, Ola Nordvik, and the Vice "
           "Minister of Foreign Affairs of Chile, Rosa Aguilar Pinto.\n")
    ex = _extract(raw)
    chairs = sorted(p.name for p in ex.people if p.role == "co_chair")
    assert chairs == ["Ola Nordvik", "Rosa Aguilar Pinto"]


def test_title_words_added_for_unseen12():
    assert _names("It was led by the Vice Minister of Foreign Affairs and Human Mobility, "
                  "Ana Ruiz Loor.") == [
        ("Ana Ruiz Loor", "Vice Minister of Foreign Affairs and Human Mobility")]
    # an office not yet taken up: the head keeps its "-designate"
    assert _names("They met the Ambassador-designate of Chile to Norway, Luis de la Vega, "
                  "there.") == [("Luis de la Vega", "Ambassador-designate of Chile to Norway")]


def test_a_country_with_its_own_article_in_a_title():
    assert _names("and the Permanent Secretary at the Ministry of Interior of The Bahamas, "
                  "Carla Rolle-Pinder.") == [
        ("Carla Rolle-Pinder", "Permanent Secretary at the Ministry of Interior of The Bahamas")]


def test_two_regions_share_the_closing_affairs():
    assert _names("and the Director of the Nordic and Baltic Affairs Bureau, Lars Holm.") == [
        ("Lars Holm", "Director of the Nordic and Baltic Affairs Bureau")]
    # the next person's title after "and" is no remit
    assert _names("Minister of Defence Pia Lund and Foreign Affairs Minister Ola Berg met.") == [
        ("Pia Lund", "Minister of Defence"), ("Ola Berg", "Foreign Affairs Minister")]


def test_a_title_goes_on_after_its_bracketed_remit():
    assert _names("and Ravi Menon, Joint Secretary (Americas) at the Ministry of External "
                  "Affairs.") == [
        ("Ravi Menon", "Joint Secretary (Americas) at the Ministry of External Affairs")]


def test_a_mechanism_named_the_spanish_way():
    (m,) = [m for m in find_mentions("Chile and Uruguay held the V Meeting of the Mechanism "
                                     "of Political Consultations in Montevideo.", 0) if m.name]
    assert (m.name, m.edition) == ("Mechanism of Political Consultations", 5)
    assert not [m for m in find_mentions("They agreed on a mechanism for consultations.", 0)
                if m.name and m.name.startswith("Mechanism")]


def test_an_ordinal_before_edition_of_is_the_edition():
    eds = [m.edition for m in find_mentions(
        "Ghana and Togo closed the fifth edition of their Joint Commission in Lome.", 0)]
    assert eds == [5]


def test_a_byline_of_two_outlets_drops_its_by():
    assert [c[0] for c in credit_line("By Baltic Daily / NTB", False)] == ["Baltic Daily", "NTB"]


def test_currency_and_topic_cues_added_for_unseen12():
    found = [(a.amount, a.currency) for a in find_amounts("It set aside 15 million dalasis.")]
    assert found == [(15000000, "GMD")]
    assert "transnational_crime" in find_topics("They discussed illegal logging and timber "
                                                "trafficking on the border.")
    assert "trade_economy" in find_topics("They also discussed trade, which reached US$ 3 "
                                          "billion in 2024.")
