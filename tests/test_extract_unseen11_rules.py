"""Rules added for the held-out set ``fixtures/unseen11``, each on made-up sentences."""

from __future__ import annotations

import datetime as dt

from parley.extract.amounts import find_amounts
from parley.extract.dates import find_dates
from parley.extract.mechanism import find_mentions
from parley.extract.participants import _is_non_delegation, merge_people
from parley.extract.people import find_people
from parley.extract.places import in_sentence
from parley.extract.topics import find_topics
from parley.extract.when import _is_stamp


def _extract(raw: str, today: dt.date = dt.date(2026, 6, 1)):
    from parley.clean import clean_text
    from parley.extract import extract

    return extract(clean_text(raw), today=today)


def _people(text: str):
    return find_people(text, 0, [(0, len(text))], 0)


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.title) for m in _people(text)]


def test_mechanism_head_needs_a_consultation_word():
    names = [m.name for m in find_mentions(
        "The Chile-Peru Political Consultation Mechanism met in Lima on Monday.", 0)]
    assert names == ["Political Consultation Mechanism"]
    assert find_mentions("Donors pledged more to the Kyiv Mechanism and the financing "
                         "mechanism of the consultations.", 0)[0].head != "mechanism"
    assert not [m for m in find_mentions("The mechanism had lost time, the consultations "
                                         "said.", 0) if m.head == "mechanism"]


def test_an_ordinal_in_an_aside_after_the_name_is_the_edition():
    eds = [m.edition for m in find_mentions(
        "The Strategic Dialogue, the third such meeting since 2019, was held in Rome.", 0)]
    assert eds == [3]
    eds = [m.edition for m in find_mentions(
        "The Ghana-Togo Political Consultation Mechanism, meeting for its fourth edition, "
        "closed on Friday.", 0)]
    assert eds == [4]
    eds = [m.edition for m in find_mentions(
        "The Strategic Dialogue, the first to be held abroad, opened in Rome.", 0)]
    assert eds == [None]


def test_a_lower_case_word_before_a_capitalised_name_is_no_part_of_it():
    names = [m.name for m in find_mentions(
        "Chile and Peru held the sixth round of their bilateral Space Dialogue in Lima.", 0)]
    assert names == ["Space Dialogue"]
    names = [m.name for m in find_mentions(
        "Chile and Peru held the sixth round of their bilateral space dialogue in Lima.", 0)]
    assert names == ["Bilateral Space Dialogue"]  # all lower case: the words still describe it


def test_two_honorifics_in_a_row_are_left_out_of_the_name():
    found = _names("The Qatari side was headed by the Assistant Minister, Dr. Sheikh Ali bin "
                   "Hamad Al Thani, in Doha.")
    assert found == [("Ali bin Hamad Al Thani", "Assistant Minister")]


def test_a_rank_with_its_service_after_of_the():
    (m,) = _people("The talks were co-chaired by the Chief of Defence Staff, General of the "
                   "Army Juan Perez Gomez.")
    assert (m.name, m.title, m.rank) == ("Juan Perez Gomez", "Chief of Defence Staff",
                                         "General of the Army")


def test_title_words_added_for_unseen11():
    assert _names("It was led by Ambassador-at-Large for Cyber Diplomacy Anna Berg.") == [
        ("Anna Berg", "Ambassador-at-Large for Cyber Diplomacy")]
    assert _names("It was led by Ambassador in charge of Cyber Policy TANAKA Ken.") == [
        ("TANAKA Ken", "Ambassador in charge of Cyber Policy")]
    assert _names("It was led by the Chief of General Staff of the Armies, General Amadou "
                  "Diallo.") == [("Amadou Diallo", "Chief of General Staff of the Armies")]


def test_a_remit_named_by_capitalised_words_before_affairs():
    (m,) = _people("They met Fiji's Director-General of the Department of Oceanian Affairs, "
                   "Li Wei, in Suva.")
    assert (m.name, m.title, m.country) == (
        "Li Wei", "Director-General of the Department of Oceanian Affairs", "FJ")
    assert _names("They met the Minister of Veterans Affairs Tom Harris.") == [
        ("Tom Harris", "Minister of Veterans Affairs")]
    # a capitalised word that no "Affairs" closes is the name
    assert _names("They met the Minister of Foreign Affairs Anna Roe.") == [
        ("Anna Roe", "Minister of Foreign Affairs")]


def test_an_ambassador_with_a_remit_may_lead_a_delegation():
    (envoy,) = merge_people(_people("It was led by Ambassador in charge of Cyber Policy "
                                    "TANAKA Ken."))
    assert not _is_non_delegation(envoy)
    (posted,) = merge_people(_people("It was attended by Ambassador Tom Lee."))
    assert _is_non_delegation(posted)


def test_a_family_name_of_several_words_joins_its_full_name():
    text = ("It was co-chaired by General Amadou Ould Sidi Ba, the Chief of Staff. Later, "
            "General Ould Sidi Ba spoke.")
    people = merge_people(_people(text))
    assert [p.name for p in people] == ["Amadou Ould Sidi Ba"]
    assert len(people[0].mentions) == 2


def test_a_hijri_date_beside_the_gregorian_one_is_a_stamp():
    line = "Thursday, 5 Jumada al-Akhirah 1447 AH - 25 December 2025"
    d = next(x for x in find_dates(line) if x.kind == "full")
    assert (d.year, d.month, d.day) == (2025, 12, 25)
    assert _is_stamp(line, d)
    line = "Thursday, five more words of a headline - 25 December 2025"
    d = next(x for x in find_dates(line) if x.kind == "full")
    assert not _is_stamp(line, d)


def test_a_city_dated_before_the_meeting_is_no_meeting_place():
    s = ("The Defence Dialogue, first held in Rome last year, was co-chaired by the two "
         "ministers.")
    assert in_sentence(s, 0, 0, len(s)) is None
    s = "The Defence Dialogue, held in Rome on Monday, was co-chaired by the two ministers."
    assert in_sentence(s, 0, 0, len(s)).city == "Rome"


def test_currencies_added_for_unseen11():
    found = find_amounts("J$1.2 billion, RD$45 million, SI$42 million, BD 142 million, "
                         "Bs 35 million, S/ 20 million, 670 billion drams and 480 million "
                         "ouguiyas (MRU)")
    assert [(m.amount, m.currency) for m in found] == [
        (1.2e9, "JMD"), (45e6, "DOP"), (42e6, "SBD"), (142e6, "BHD"), (35e6, "BOB"),
        (20e6, "PEN"), (670e9, "AMD"), (480e6, "MRU")]


def test_topic_cues_added_for_unseen11():
    def topics(text):
        return sorted(find_topics(text))

    assert topics("a hotline set up with the Barbados Constabulary") == ["law_enforcement"]
    assert topics("a hotline set up with the Haitian National Police") == ["law_enforcement"]
    assert topics("cooperation between Italian and Greek defence companies") == [
        "defence_industry"]
    assert topics("joint research on quantum computing") == ["high_technology"]
    assert topics("the training of army doctors") == ["military_medicine"]
    assert topics("a Cuban medical team works at the hospital") == ["health_cooperation"]
    assert topics("the lake suffers from pollution") == ["climate_environment"]
    assert topics("ransomware attacks against hospitals") == []  # "hospitals" alone: none


def test_unseen11_shapes_end_to_end():
    raw = ("Ghana and Togo review border security\n"
           "Thursday, 5 Jumada al-Akhirah 1447 AH - 25 December 2025\n"
           "The Ghana-Togo Political Consultation Mechanism, meeting for its fourth edition, "
           "closed today in Accra with an agreement on border patrols.\n"
           "The Ghanaian delegation was led by the Deputy Minister of Foreign Affairs, Dr. "
           "Nana Kofi Mensah, and the Togolese delegation by the Secretary General of the "
           "Ministry of Foreign Affairs, Mr. Koffi Agbeko.\n")
    ex = _extract(raw)
    assert ex.is_dialogue_report
    assert (ex.mechanism, ex.edition) == ("Political Consultation Mechanism", 4)
    assert ex.published_date == dt.date(2025, 12, 25)
