"""Unit tests of where the article ends (parley.clean.ending), on synthetic text."""

from __future__ import annotations

from clean_pages import COMMENT, P1, P2, P3, P4, TEASER, page, reasons

from parley.clean import clean_text, ending
from parley.clean.lines import make_info


def cue(text: str, reason: str | None = None) -> str | None:
    info = make_info(0, text)
    info.reason = reason
    return ending.end_cue(info)


def test_end_cue_kinds():
    assert cue("Leave a Reply") == "end"
    assert cue("3 Kommentare") == "end"
    assert cue("11 responses to “Ministers widen partnership in trade”") == "end"
    assert cue("Your email address will not be published. Required fields are marked *") == "end"
    assert cue("Related articles:") == "related"
    assert cue("Lesen Sie auch") is None  # a cross-reference prefix, handled as a share line
    assert cue("Sign up for our newsletter and get the news every morning") == "cta"
    assert cue("Tags: trade, sea", "tags") == "end"


def test_end_cue_ignores_sentences_and_credits():
    assert cue("The comments of the minister were welcomed by the other side.") is None
    assert cue("He said the firm uses our application for its reports.") is None
    assert cue("© AFP", "copyright") is None  # a photo credit, not a footer
    assert cue("© 2024 Example Media", "copyright") == "end"


def test_comment_heading_cuts_trailing_prose():
    raw = page(P1, P2, P3, P4, "Leave a Reply", COMMENT)
    r = reasons(clean_text(raw))
    assert r[P4] is None
    assert r[COMMENT] is not None


def test_comment_heading_early_in_article_does_not_cut():
    # Much more article text follows the cue than precedes it: not the end.
    raw = page(P1, "Comments", P2, P3, P4)
    r = reasons(clean_text(raw))
    assert r[P2] is None and r[P4] is None


def test_related_box_inside_article_is_removed_and_article_resumes():
    raw = page(P1, P2, P3, "Related stories", "Bakery opens in the harbour district",
               "Festival draws crowds to the old town", P4)
    r = reasons(clean_text(raw))
    assert r[P4] is None  # on topic: the article goes on after the box
    assert r["Related stories"] is not None
    assert r["Bakery opens in the harbour district"] is not None


def test_stamped_items_of_a_latest_news_box_do_not_resume_the_article():
    # P4 shares the article's words, but it stands under a date stamp: an item of the box.
    raw = page(P1, P2, P3, "Latest news", "12 March 2024, 10:15", P4, "12 March 2024, 09:40",
               TEASER)
    r = reasons(clean_text(raw))
    assert r[P3] is None
    assert r[P4] is not None and r[TEASER] is not None


def test_related_box_followed_by_off_topic_prose_ends_article():
    raw = page(P1, P2, P3, "Related stories", "Bakery opens in the harbour district", TEASER)
    r = reasons(clean_text(raw))
    assert r[P3] is None
    assert r[TEASER] is not None


def test_call_to_action_cuts_only_at_the_end():
    promo = "Subscribe to our newsletter to get the news in your inbox every morning."
    r = reasons(clean_text(page(P1, P2, P3, P4, promo, TEASER)))
    assert r[P4] is None and r[TEASER] is not None
    r = reasons(clean_text(page(P1, promo, P2, P3, P4)))
    assert r[P2] is None and r[P4] is None  # an inline promotion does not end the article


def test_box_heading_inside_a_long_article_is_removed():
    heading = "Recommended for you"
    r = reasons(clean_text(page(P1, heading, P2, P3, P4)))
    assert r[heading] is not None
    assert r[P2] is None and r[P3] is None and r[P4] is None


def test_agency_credit_ends_the_article_only_before_another_text():
    title = "Ministers widen partnership in trade and sea"
    r = reasons(clean_text(page(title, P1, P2, P3, "(XNA)", TEASER)))
    assert r["(XNA)"] == "credit" and r[TEASER] is not None
    # A heading in capitals looks like a credit, but the article goes on below it.
    r = reasons(clean_text(page(title, P1, P2, P3, "FAQ", P4)))
    assert r[P4] is None
    # A reader's signature in a list of quotes is no agency sign-off.
    r = reasons(clean_text(page(title, P1, P2, P3, "—Garrett", TEASER)))
    assert r[TEASER] is None
