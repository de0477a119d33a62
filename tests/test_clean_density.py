"""Unit tests of the line classes (density, language, teasers, inline calls to action), on
synthetic text written for these tests."""

from __future__ import annotations

from clean_pages import P1, P2, P3, P4, page, reasons

from parley.clean import clean_text, density, navigation
from parley.clean.language import best_stop_ratio, stopwords
from parley.clean.lines import make_info


def test_short_sentence_is_near_good():
    info = make_info(0, "The next round will be held in the capital.")
    info.stop_ratio = 0.5
    assert density.initial_class(info, True) == "neargood"
    menu = make_info(1, "World news and sport")
    menu.stop_ratio = 0.25
    assert density.initial_class(menu, True) == "short"


def test_a_sentence_of_names_and_titles_is_near_good():
    s = ("Foreign Minister Ann Lee and Defence Minister Bo Park met Foreign Minister Cy Wu "
         "and Defence Minister Di Ma.")
    info = make_info(0, s)
    en = stopwords()["en"]
    info.stop_ratio = best_stop_ratio(info.words, en)
    assert info.stop_ratio < density.SENTENCE_MIN_STOP
    assert density.initial_class(info, True, en) == "neargood"
    # a list of names with no joining words stays bad
    names = make_info(1, "Anna Berg, Boris Cole, Clara Diaz, Emil Fox, Frida Gold, Gustav Hill, "
                         "Hanna Ibsen, Ivan Jung, Karl Lund.")
    names.stop_ratio = best_stop_ratio(names.words, en)
    assert density.initial_class(names, True, en) == "bad"


def test_short_last_sentence_of_article_is_kept():
    last = "The next round will be held in the capital."
    r = reasons(clean_text(page(P1, P2, P3, last, "Home", "Contact")))
    assert r[last] is None


def test_line_in_another_language_keeps_its_stopword_share():
    de = ("Die beiden Minister haben sich am Dienstag in der Hauptstadt getroffen und über die "
          "Zusammenarbeit gesprochen").lower().split()
    en = stopwords()["en"]
    assert best_stop_ratio(de, en) >= 0.3  # German function words, not the page's English


def test_teaser_ending_in_read_more():
    s = "A new bakery opened in the harbour district and sold out of apple cakes… Read more »"
    assert navigation.classify(s, s.lower(), len(s.split())) == "related_links"
    s = "He said he would read more about the talks."
    assert navigation.classify(s, s.lower(), len(s.split())) is None


def test_inline_call_to_action_is_removed():
    promo = "Download our app to read the news on your phone."
    r = reasons(clean_text(page(P1, P2, promo, P3, P4)))
    assert r[promo] is not None
    assert r[P3] is None and r[P4] is None


def test_cjk_sentence_end_and_density():
    # Hand-written Chinese sentences: short in characters, but whole sentences of prose.
    zh = ["两国部长星期二在首都举行会谈，同意今后在贸易、教育、科技和海洋保护等方面"
          "进一步加强合作。",
          "双方还讨论了地区局势，表示所有争端都必须通过和平方式解决，并且应当遵守国际法"
          "和联合国宪章。",
          "双方将于明年在另一国首都举行下一轮会谈，届时有望签署关于人员培训和学生交流的"
          "合作协议。"]
    info = make_info(0, zh[0])
    assert info.sentence_end
    assert density.initial_class(info, False) == "good"
    doc = clean_text(page("首页", "新闻", *zh, "分享"))
    assert all(reasons(doc)[p] is None for p in zh)


def test_hard_wrapped_paragraphs_are_classed_as_one():
    wrapped = [
        "The two ministers met in the capital on Tuesday and agreed",
        "that the partnership between their countries should grow in",
        "trade, education and the protection of the sea, and they said",
        "that the next round of the talks would be held next year.",
        "They also discussed the situation in the region and said that",
        "all disputes must be settled by peaceful means, in line with",
        "the law of the sea and with the charter of the organisation.",
    ]
    doc = clean_text(page("Home", "World", "Sport", *wrapped, "Contact", "Imprint"))
    r = reasons(doc)
    assert all(r[w] is None for w in wrapped)
    assert r["Contact"] is not None
