"""A page whose line breaks were all lost (clean/flat.py), on made-up pages."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from parley.clean import clean_text, flat
from parley.extract import extract

ARTICLE = ("PORT CITY, Nov 20 (Agency) -- Country A and Country B held the 16th Joint Border "
           "Committee meeting in Port City today, co-chaired by Defence Minister Ali Rahman and "
           "his counterpart Somchai Prasert. The two ministers discussed cross-border crime, "
           "smuggling and the construction of a wall along the river that marks the border. "
           "They agreed that the next meeting would be held in the other capital next year.")
FLAT = ("Home | News | Politics | World Malaysia, Thailand hold 16th Joint Border Committee "
        f"meeting {ARTICLE.replace('Country A', 'Malaysia').replace('Country B', 'Thailand')}"
        " -- AGENCY Share this article Facebook Twitter WhatsApp © 2024 Agency. All rights "
        "reserved")


def test_a_flattened_page_keeps_its_article_and_drops_its_furniture():
    doc = clean_text(FLAT)
    assert "held the 16th Joint Border Committee meeting" in doc.body
    assert "They agreed that the next meeting" in doc.body
    for furniture in ("Home", "Share this article", "All rights reserved", "©"):
        assert furniture not in doc.body
    assert doc.headline == "Malaysia, Thailand hold 16th Joint Border Committee meeting"
    # the removed pieces keep their offsets into the text as decoded
    for ln in doc.lines:
        assert FLAT[ln.start:ln.end].replace("\n", " ") == ln.raw.replace("\n", " ")
    e = extract(doc, dt.date(2026, 6, 1))
    assert (e.is_dialogue_report, e.edition, sorted(e.countries)) == (True, 16, ["MY", "TH"])


def test_a_flattened_page_without_a_final_stop_is_not_lost():
    # the whole page was one line ending in menu words: it used to be dropped entirely
    raw = ARTICLE + " Home | News | Contact | About us"
    assert "held the 16th Joint Border Committee meeting" in clean_text(raw).body


def test_pages_with_lines_and_briefs_without_furniture_are_left_as_they_are():
    with_lines = "Title of the story\n\n" + ARTICLE + "\n\nHome | News | Contact\n"
    assert flat.reflow(with_lines) is with_lines
    assert flat.reflow(ARTICLE) is ARTICLE  # one long paragraph, no menu, no copyright


def test_abbreviations_and_initials_do_not_end_a_sentence():
    raw = ("Home | News | World U.S. Deputy Secretary of State John J. Smith and Lt. Gen. Ali "
           "Rahman met on Nov. 3 in the capital of the other country for the talks. " * 4)
    lines = flat.reflow(raw).split("\n")
    assert not any(ln.endswith(("U.S.", "J.", "Lt.", "Gen.", "Nov.")) for ln in lines)
    assert sum(ln.endswith("talks.") for ln in lines) >= 3


@given(st.text(alphabet=st.sampled_from(list("ab .|©-ABC\n")), max_size=900))
def test_reflow_only_turns_spaces_into_line_breaks(text):
    out = flat.reflow(text)
    assert len(out) == len(text)
    assert all(a == b or (a == " " and b == "\n") for a, b in zip(text, out, strict=True))

