"""Unit tests of the article-block choice (parley.clean.sidebar), on synthetic text."""

from __future__ import annotations

from parley.clean import clean_text

ARTICLE = [
    "The two ministers met in the capital on Tuesday and agreed that the partnership between "
    "their countries should grow in trade, education and the protection of the sea.",
    "They also discussed the situation in the region and said that all disputes must be "
    "settled by peaceful means, in line with the law of the sea and with the charter.",
    "Both sides will hold the next round of the talks in the other capital next year, when "
    "they expect to sign an agreement on training and on the exchange of students.",
    "The ministers said the partnership in trade and education had grown in the past year, "
    "and that the talks on the sea would go on in the capital after the summer.",
    "The ministers also agreed to open a new office for the exchange of students in the "
    "capital, and to hold a meeting on trade with the partners of the region in the autumn.",
]
MENU = ["Home", "World", "Business", "Sport", "Culture", "Weather"]


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def reasons(doc):
    return {ln.text: ln.reason for ln in doc.lines if ln.reason != "blank"}


def test_lead_set_apart_by_furniture_is_kept_when_on_topic():
    lead = ("Ministers agreed in the capital on Tuesday that the partnership in trade, education "
            "and the sea should grow.")
    raw = page(lead, *MENU, *ARTICLE)
    assert reasons(clean_text(raw))[lead] is None


def test_small_block_before_article_off_topic_is_dropped():
    teaser = "A new bakery opened in the harbour district, and it sold out of apple cakes."
    raw = page(teaser, *MENU, *ARTICLE)
    assert reasons(clean_text(raw))[teaser] is not None


def test_off_topic_block_after_article_is_dropped_even_when_long():
    bio = [
        "Jane Roe has written about food, gardens and old houses for many years and lives with "
        "her two dogs in a small village by a lake in the hills.",
        "Before she became a writer she worked as a cook in several famous kitchens, where she "
        "learned to bake bread and to love long walks early in the morning.",
    ]
    raw = page(*ARTICLE, *MENU, *bio)
    r = reasons(clean_text(raw))
    assert all(r[p] is None for p in ARTICLE)
    assert all(r[p] == "sidebar" for p in bio)


def test_block_size_counts_prose_lines_not_menu_items():
    # A mega-menu: two office blurbs with dozens of short menu items between them, which the
    # smoothing pulls into one block. Its items outweigh the article in characters, not in prose.
    blurb1 = ("Our office in the north runs programmes on local government and helps young people "
              "who want to take part in the work of their town councils and clubs.")
    blurb2 = ("Our office in the south works with schools and universities on courses about the "
              "history of the coast and organises summer camps for pupils and their teachers.")
    items = [f"Regional office number {k}" for k in range(40)]
    raw = page(blurb1, *items, blurb2, "Search", "Login", "Contact", "Imprint", "Jobs",
               *ARTICLE[:3])
    r = reasons(clean_text(raw))
    assert all(r[p] is None for p in ARTICLE[:3])


def test_code_line_between_paragraphs_is_kept():
    code = "result = session.query(Model).filter(Model.created_at >= start_date).all()"
    menu_item = "Weather Sport Business Culture Travel Music Films Books Games Podcasts Maps"
    raw = page(*ARTICLE[:2], code, *ARTICLE[2:4], menu_item, *ARTICLE[4:])
    r = reasons(clean_text(raw))
    assert r[code] is None
    assert r[menu_item] is not None


# A paragraph of another story, sharing no word with the ARTICLE or its titles below.
OTHER_STORY = ("Thousands of spectators filled the old stadium on Sunday evening for the "
               "opening of the horse games, where riders from every valley competed in contests "
               "that villagers have held for centuries, and the organisers expect many visitors.")


def test_unmarked_paragraph_of_another_story_under_the_article_is_a_sidebar():
    title = "Ministers widen partnership in trade and education"
    other = OTHER_STORY
    r = reasons(clean_text(page(title, *ARTICLE, other)))
    assert r[other] == "sidebar"
    assert all(r[p] is None for p in ARTICLE)


def test_a_headline_of_one_or_two_content_words_judges_no_paragraph_off_topic():
    # "COLLECTED BY" or a section name taken for the headline names no topic
    title = "Partnership talks"
    other = OTHER_STORY
    r = reasons(clean_text(page(title, *ARTICLE, other)))
    assert r[other] is None


def test_long_closing_paragraph_naming_the_headline_topic_stays():
    title = "Ministers widen partnership in trade and education"
    close = ("Trade between the two countries, which have worked together since the war, grew "
             "by a fifth last year as farmers sold more grain, fruit and timber abroad, and "
             "universities opened new offices for visiting students and teachers.")
    r = reasons(clean_text(page(title, *ARTICLE, close)))
    assert r[close] is None
