"""Unit tests of the topic and repetition rules (cut-off paragraphs, near copies, headline
far above the text, off-topic notices), on synthetic text written for these tests."""

from __future__ import annotations

from clean_pages import P1, P2, P3, P4, page, reasons

from parley.clean import clean_text, density
from parley.clean.headline import content_words
from parley.clean.lines import make_info


def test_cut_off_long_paragraph_is_near_good():
    cut = ("The ministers noted the progress made since the last round of the talks, held in "
           "the northern city in the spring, and they said that the two navies, the coast "
           "guards and the border police would train together more often in the coming")
    info = make_info(0, cut)
    info.stop_ratio = 0.25
    assert density.initial_class(info, True) == "neargood"
    assert reasons(clean_text(page(P1, P2, P3, cut)))[cut] is None


def test_caption_printed_twice_is_removed_both_times():
    cap = "The two ministers at the start of the talks"
    r = clean_text(page(P1, cap, "", cap, P2, P3))
    assert [ln.reason for ln in r.lines if ln.text == cap] == ["caption", "caption"]


def test_hyphenated_compound_matches_its_parts():
    assert {"north", "south"} <= content_words(["north-south"], frozenset())


def test_headline_far_above_the_text_when_it_matches_the_lead_well():
    title = "Ministers agree partnership in trade, education and sea protection"
    furniture = [f"Contact person number {k}" for k in range(12)]
    doc = clean_text(page(title, *furniture, P1, P2, P3))
    assert doc.headline == title


def test_far_line_sharing_few_words_is_not_the_headline():
    far = "Ministers and the sea"
    furniture = [f"Contact person number {k}" for k in range(12)]
    doc = clean_text(page(far, *furniture, P1, P2, P3))
    assert doc.headline != far


def test_off_topic_notice_without_punctuation_is_removed():
    notice = "This page belongs to an archive of older material kept for historical reference"
    r = reasons(clean_text(page(P1, notice, P2, P3)))
    assert r[notice] == "boilerplate"
    on_topic = "Ministers agree to widen the partnership in trade and education"  # a subheading
    r = reasons(clean_text(page(P1, on_topic, P2, P3)))
    assert r[on_topic] is None


def test_caption_copy_without_its_credit_is_a_caption():
    cap = "The two ministers shake hands before the talks in the capital on Tuesday."
    r = clean_text(page(P1, cap + " XNA/XNS Photo", cap, P2, P3, P4, cap))
    assert [ln.reason for ln in r.lines if ln.text.startswith(cap)] == ["caption"] * 3
    assert cap not in r.body


def test_a_metadata_field_line_is_not_the_headline():
    # a government page's "From:" line names the ministers of the lead, more than the title
    title = "Ministers widen partnership at talks on the sea"
    meta = ("From: Ministers of Trade and Education, Partnership Office, Protection of the Sea "
            "Agency")
    deck = "Ministers host their counterparts for the second round of talks."
    doc = clean_text(page(title, deck, meta, "Published 14 March 2025", P1, P2, P3))
    assert doc.headline == title


def test_a_second_dateline_near_the_end_starts_another_story():
    lead = "CAPITAL CITY – " + P1
    other = ("PORT TOWN – The two foreign ministers met in the port town on Monday and agreed "
             "that the partnership between their countries should grow in trade and tourism.")
    r = reasons(clean_text(page("Ministers widen partnership in trade and sea", lead, P2, P3,
                                P4, other)))
    assert r[other] == "sidebar"
    assert r[P4] is None
    # without a dateline of its own at the top, an article's later dateline stays
    r = reasons(clean_text(page("Ministers widen partnership in trade and sea", P1, P2, P3,
                                P4, other)))
    assert r[other] is None


def test_a_title_case_dateline_with_an_agency_and_the_other_storys_headline():
    # VNA's style: "Hanoi (VNA) –"; the other story's headline above its dateline goes too
    lead = "Capital City (VNA) – " + P1
    title = "Both countries boost tourism cooperation"
    other = ("Port Town (VNA) - The two tourism authorities on Monday signed a memorandum of "
             "understanding that aims to welcome two million visitors between the countries.")
    r = reasons(clean_text(page("Ministers widen partnership in trade and sea", lead, P2, P3,
                                P4, title, other)))
    assert r[other] == "sidebar"
    assert r[title] is not None
    assert r[P4] is None
    # a title-case word and a dash alone open sentences too: no dateline, nothing cut
    lead = "Capital City – " + P1
    other = other.replace("Port Town (VNA) - ", "Port Town - ")
    r = reasons(clean_text(page("Ministers widen partnership in trade and sea", lead, P2, P3,
                                P4, title, other)))
    assert r[other] is None
