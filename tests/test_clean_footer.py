"""The article's own publication stamp at the foot of the page (parley.clean.pipeline
``_footer_stamp``), on synthetic pages written for these tests."""

from __future__ import annotations

from clean_pages import COMMENT, P1, P2, P3, page

from parley.clean import clean_text
from parley.document import METADATA_REASONS


def reason_of(raw: str, text: str) -> str | None:
    return next(ln.reason for ln in clean_text(raw).lines if ln.text == text)


def test_cued_stamp_in_the_footer_is_the_articles_own():
    raw = page(P1, P2, P3, "Share", "Contact us", "Published 3 March 2021")
    assert reason_of(raw, "Published 3 March 2021") == "publication_line"
    assert "publication_line" in METADATA_REASONS
    raw = page(P1, P2, P3, "Print", "Last updated: 14.06.2019", "Privacy policy")
    assert reason_of(raw, "Last updated: 14.06.2019") == "publication_line"


def test_stamps_in_a_list_of_other_stories_are_not():
    raw = page(P1, P2, P3, "Related stories",
               "Farmers in the north expect a record harvest of apples this autumn",
               "Published 1 March 2021",
               "New railway line to the coast opens to passengers next month",
               "Published 2 March 2021")
    assert reason_of(raw, "Published 1 March 2021") == "boilerplate"
    assert reason_of(raw, "Published 2 March 2021") == "boilerplate"


def test_stamp_followed_by_another_story_is_not():
    raw = page(P1, P2, P3, "Published 1 March 2021",
               "Farmers in the north expect a record harvest of apples this autumn",
               "Published 2 March 2021")
    assert reason_of(raw, "Published 1 March 2021") == "boilerplate"


def test_stamp_of_a_comment_is_not():
    raw = page(P1, P2, P3, "Comments", "Posted 4 March 2021 10:15", COMMENT)
    assert reason_of(raw, "Posted 4 March 2021 10:15") == "boilerplate"


def test_bare_date_below_the_article_is_not():
    raw = page(P1, P2, P3, "Share", "3 March 2021")
    assert reason_of(raw, "3 March 2021") == "boilerplate"


def test_stamp_after_another_story_or_a_comment_section_is_not():
    raw = page(P1, P2, P3, "Related stories",
               "Farmers in the north expect a record harvest of apples this autumn",
               "Published 1 March 2021", "Contact us")
    assert reason_of(raw, "Published 1 March 2021") == "boilerplate"
    raw = page(P1, P2, P3, "Leave a reply", "Posted 4 March 2021 10:15", "Contact us")
    assert reason_of(raw, "Posted 4 March 2021 10:15") == "boilerplate"


def test_labelled_date_between_paragraphs_is_text():
    raw = page(P1, "Deadline: 3 March 2021", P2, P3)
    assert reason_of(raw, "Deadline: 3 March 2021") is None
    raw = page(P1, "Updated: 3 March 2021", P2, P3)
    assert reason_of(raw, "Updated: 3 March 2021") == "publication_line"
