"""Councils and committees of two countries as mechanisms (mechanism.toml: commission_heads,
body_needs, proper_body_heads), the remits named after them, and the mechanism precheck built
from the vocabulary. Made-up sentences; each test fails without its rule."""

from __future__ import annotations

from parley.extract.mechanism import find_mentions, head_stems, pick


def _pick(text: str):
    pk = pick(find_mentions(text, 0))
    return pk.is_report, pk.name, pk.edition


def test_a_partnership_or_coordination_council_is_a_mechanism():
    assert _pick("Chile and Peru held the second meeting of their Strategic Partnership "
                 "Council in Lima on Monday.") == (True, "Strategic Partnership Council", 2)
    assert _pick("Chile and Peru held the third Coordination Council in Lima.") \
        == (True, "Coordination Council", 3)


def test_a_council_of_one_country_or_a_bloc_is_none():
    for text in ("Chile's National Security Council met in Lima on Monday.",
                 "The Gulf Cooperation Council held its 45th summit in Kuwait.",
                 # no proper name before it: only the needs keep it out
                 "Chile and Peru discussed reform of the Security Council in Lima."):
        assert all(m.head != "council" for m in find_mentions(text, 0)), text


def test_a_joint_or_border_committee_is_a_mechanism():
    assert _pick("Chile and Peru held the 56th General Border Committee meeting in Arica.") \
        == (True, "General Border Committee", 56)
    assert _pick("The 27th Chile-Peru Joint Defence Cooperation Committee met in Lima.")[1] \
        == "Joint Defence Cooperation Committee"


def test_a_committee_in_lower_case_is_a_body_to_come():
    # "agreed to set up a joint technical committee" at their consultations
    text = ("Chile and Peru agreed to set up a joint technical committee on the river basins "
            "at the foreign secretary-level consultations held in Lima.")
    assert all(m.head != "committee" for m in find_mentions(text, 0))
    assert _pick("The Standing Committee of the Congress met in Lima.")[1] is None


def test_the_remits_of_a_joint_committee_belong_to_its_name():
    assert _pick("The 20th meeting of the Chile-Peru Joint Committee on Economic, Cultural, "
                 "Scientific and Technical Cooperation took place in Lima.")[1] \
        == "Joint Committee on Economic, Cultural, Scientific and Technical Cooperation"


def test_the_precheck_passes_every_paragraph_that_names_a_mechanism():
    # "Political Consultative Mechanism" holds no head but "mechanism", which needs
    # "consultative": the precheck holds the words such a name needs
    text = "Chile and Peru convened their Political Consultative Mechanism in Lima."
    assert any(s in text.lower() for s in head_stems())
    assert pick(find_mentions(text, 0)).name == "Political Consultative Mechanism"
    for head in ("council", "committee", "commission", "dialogue", "consultation"):
        assert any(s in head for s in head_stems()), head


def test_boundary_commissions_and_supreme_councils():
    # a capitalised word outside the name words ("Boundary", "Supreme") was read as a
    # forum's proper name before the name, and the meeting was lost
    assert _pick("The Chile-Peru Joint Boundary Commission met in Lima on 14 June.")[1] \
        == "Joint Boundary Commission"
    assert _pick("Chile and Peru held the first meeting of the Chilean-Peruvian Supreme "
                 "Coordination Council in Lima.")[:2] == (True, "Supreme Coordination Council")


def test_the_body_s_proper_name_wins_over_the_headline_s_description():
    # "ministers'" and "Ministerial", "consultations" and "consultation" are one name word
    head = find_mentions("Chile and Peru hold annual foreign and defence ministers' "
                         "consultations", -1)
    body = find_mentions("Chile and Peru held their annual Chile-Peru Foreign and Defence "
                         "Ministerial Consultations in Lima today.", 0)
    assert pick(head + body).name == "Foreign and Defence Ministerial Consultations"


def test_an_annual_leaders_consultation_is_a_mechanism():
    # two heads of government's yearly round; "leaders" was no name word
    assert _pick("Prime Minister A and Sultan B today held the 26th Annual Leaders' "
                 "Consultation between Chile and Peru.")[::2] == (True, 26)


def test_a_trilateral_dialogue_is_no_meeting_of_two_sides():
    for text in ("Japan, Australia and the US hold trilateral strategic dialogue in Tokyo",
                 "Chile, Peru and Bolivia held a tripartite security dialogue in Lima."):
        assert not pick(find_mentions(text, -1)).is_report, text
    assert pick(find_mentions("Chile and Peru hold strategic dialogue in Lima", -1)).is_report


def test_agreeing_to_resume_a_dialogue_reports_none():
    # a leaders' phone call that agrees to resume the talks; "resumed ... on Monday" is held
    assert not pick(find_mentions("The two leaders agreed to resume the Chile-Peru security "
                                  "dialogue, which has not been held since 2019.", 0)).is_report
    assert pick(find_mentions("Chile and Peru resumed their security dialogue in Lima on "
                              "Monday.", 0)).is_report


def test_a_three_plus_three_dialogue():
    # foreign, defence and public-security ministries together ("3+3"), as "2+2"
    assert _pick('Chile and Peru held the first ministerial-level "3+3" strategic dialogue in '
                 "Lima on Thursday.")[1:] == ("3+3 Strategic Dialogue", 1)
