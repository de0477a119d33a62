"""Cue-word rules added for box headings, "see also" lead-ins, app and paywall prompts,
blog-engine post footers, disclosures and consent notices, on hand-written lines."""

from __future__ import annotations

from clean_pages import P1, P2, P3

from parley.clean import captions, clean_text, navigation
from parley.clean.ending import end_cue
from parley.clean.lines import make_info


def furniture(text: str) -> str | None:
    low = text.lower()
    n = len(text.split())
    return navigation.classify(text, low, n, navigation.hinted(low, n, len(text)))


def test_box_headings_alone_on_a_line():
    for s in ("Otras noticias", "Weitere Informationen", "Ansprechpartner", "Externer Inhalt",
              "Themen in diesem Artikel", "Add a comment", "Bild anzeigen Bild schließen"):
        assert furniture(s) == "share", s


def test_buttons_and_live_page_controls():
    for s in ("Book now", "Learn more", "PINNED", "Auto-update ON",
              "Refresh for the latest updates"):
        assert furniture(s) == "share", s
    # their words make no row of buttons: "On now" is no button
    assert furniture("On now") is None


def test_see_also_lead_ins():
    for s in ("LE PUEDE INTERESAR: El puerto abre una nueva terminal de carga",
              "Auch lesen: Warum der Winter so mild war",
              "Dowiedz się więcej: Nowe połączenie kolejowe nad morze",
              "Read the latest from Jane Roe",
              "Baca juga: Harga cabai turun di pasar induk",
              "READ: Coast guards hold a joint drill off the coast",
              "Lihat juga: Jadwal kereta mudik lebaran"):
        assert furniture(s) == "share", s


def test_disclosures_and_consent_notices():
    assert furniture("Advertising disclosure: We may receive compensation for some links on "
                     "this page.") == "boilerplate"
    assert furniture("Alle Angaben ohne Gewähr.") == "boilerplate"
    assert furniture("The advertising disclaimer below does not apply to this page.") == (
        "boilerplate")
    assert furniture("Wir zeigen externe Inhalte erst, wenn du zustimmst: Klicke hier, um den "
                     "Inhalt von einem anderen Anbieter zu laden.") == "cookie_notice"
    # The consent line under a newsletter box; "signing up to" a treaty is an article's.
    assert furniture("By signing up you agree to our privacy policy.") == "boilerplate"
    assert furniture("By subscribing, you agree to receive updates from us.") == "boilerplate"
    assert furniture("By signing up to the convention, the two countries agreed to share "
                     "data.") is None
    # A sentence about disclosure rules in an article is not a notice.
    assert furniture("The new rules on financial disclosure were passed by the parliament on "
                     "Tuesday after a long debate.") is None


def test_photograph_credit():
    assert captions.classify("Photograph by Jane Roe", 4) == "photo_credit"


def test_app_and_paywall_prompts_end_the_article():
    for s in ("Get our news app for iOS and Android.",
              "Wählen Sie Ihren Zugang und lesen Sie weiter:",
              "Sign up to get the best stories of the week in your mailbox."):
        info = make_info(0, s)
        assert end_cue(info) == "cta", s
    promo = "Get our news app for iOS and Android."
    doc = clean_text("\n".join([P1, P2, P3, promo]) + "\n")
    assert next(ln.reason for ln in doc.lines if ln.text == promo) is not None


def test_blog_engine_post_footer_ends_the_article():
    for s in ("This entry was posted in Travel and tagged harbour, boats. Bookmark the "
              "permalink.",
              "Dieser Eintrag wurde veröffentlicht in Reisen von anna. Setze ein Lesezeichen "
              "auf den Permalink."):
        assert end_cue(make_info(0, s)) == "end", s


def test_literal_pattern_matches_like_a_flat_alternation():
    import re

    from parley.clean.cues import literal_pattern

    words = ["read more", "read", "reader's picks", "more", "mehr lesen", "(c) 20", "a.b"]
    trie = re.compile(rf"\b(?:{literal_pattern(words)})\b")
    flat = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len,
                                                                        reverse=True)) + r")\b")
    for s in ("please read more here", "the reader's picks", "readers", "mehr lesen!",
              "(c) 2021 name", "axb", "a.b", "moreover", "nothing"):
        fm, tm = flat.search(s), trie.search(s)
        assert (fm and fm.group()) == (tm and tm.group()), s
    assert "*" not in literal_pattern(words) and "+" not in literal_pattern(words)


def test_comment_form_and_most_read_headings_with_extra_words():
    assert end_cue(make_info(0, "Leave a Reply Cancel reply")) == "end"
    assert end_cue(make_info(0, "Most read this week")) == "related"


def test_paywall_meter_is_removed_inside_the_article():
    meter = "You have read 2 of your 3 free articles this month."
    assert end_cue(make_info(0, meter)) == "cta"
    doc = clean_text("\n".join([P1, meter, P2, P3]) + "\n")
    r = {ln.text: ln.reason for ln in doc.lines}
    assert r[meter] is not None
    assert r[P2] is None and r[P3] is None
