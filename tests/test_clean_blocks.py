"""Unit tests of the article-block choice (parley.clean.sidebar), on synthetic text."""

from __future__ import annotations

import pytest

from parley.clean import clean_text, sidebar
from parley.clean.language import stopwords
from parley.clean.lines import make_info

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


# --- headed items of the same site's other news under the article (sidebar.headed_tail) ----

DIALOGUE = [
    "Tokyo - The two countries held their eighth defence policy dialogue in Tokyo on Monday, "
    "co-chaired by the deputy defence minister and his counterpart from the other side.",
    "At the dialogue, the two sides reviewed defence ties over the past year and agreed that "
    "exchanges of delegations, training and peacekeeping had made progress.",
    "The deputy minister proposed that the two sides step up work on military medicine and "
    "cyber defence, and on the training of officers in each other's language.",
    "His counterpart said his country attached importance to the defence ties and wished to "
    "expand work on maritime security and disaster relief in the years ahead.",
    "The two sides also exchanged views on regional issues of mutual concern, including the "
    "situation at sea and the security of shipping lanes in the region.",
]
DIALOGUE_TITLE = "Two countries hold eighth defence policy dialogue in Tokyo"
# items of the outlet's other news: government words ("Deputy Prime Minister", "received",
# "delegation") that the article also uses, but nothing of its topic
ITEMS = [
    "Deputy PM receives vocational schools delegation",
    "The Deputy Prime Minister on November 19 received a delegation of a foreign aid agency, "
    "whose President pledged funds for vocational schools and hospitals in the river delta "
    "provinces.",
    "Rice exports up 12 percent in ten months",
    "The Ministry of Agriculture said rice exports in the first ten months rose 12 percent year "
    "on year to 7.8 million tonnes, worth 4.6 billion dollars, as buyers in Africa paid more.",
]


def test_headed_items_of_other_news_under_the_article_are_removed():
    r = reasons(clean_text(page(DIALOGUE_TITLE, *DIALOGUE, *ITEMS)))
    assert all(r[p] is None for p in DIALOGUE)
    assert [r[x] for x in ITEMS] == ["related_links", "sidebar", "related_links", "sidebar"]


def test_one_headed_item_alone_is_kept():
    # an article may end on a short section of its own: one item is no sidebar run
    r = reasons(clean_text(page(DIALOGUE_TITLE, *DIALOGUE, *ITEMS[:2])))
    assert all(r[x] is None for x in ITEMS[:2])


def test_numbered_sections_are_the_article_s_own():
    # "4. Shipping lanes": a numbered list of the article's points, not news items
    items = [f"{n}. {h}" if i % 2 == 0 else h
             for i, (n, h) in enumerate(zip([4, 4, 5, 5], ITEMS, strict=True))]
    r = reasons(clean_text(page(DIALOGUE_TITLE, *DIALOGUE, *items)))
    assert all(r[x] is None for x in items)


def test_headed_items_are_judged_only_on_english_pages():
    # the generic government words are English; elsewhere the run is left to the other rules
    texts = [DIALOGUE_TITLE, *DIALOGUE, *ITEMS]
    infos = [make_info(i, t) for i, t in enumerate(texts)]
    kept = list(range(1, len(texts)))
    assert sidebar.headed_tail(infos, kept, 0, stopwords()["en"]) == kept[len(DIALOGUE):]
    assert sidebar.headed_tail(infos, kept, 0, stopwords()["de"]) == []


# An article's own subheaded sections (each a headline and a paragraph) are kept: on-topic
# headlines over on-topic paragraphs; headlines of new words over paragraphs that continue the
# topic (only the teaser test keeps them); on-topic headlines over paragraphs of new words
# (only the headline test keeps them).
OWN_SECTIONS = {
    "on_topic": [
        "Maritime security and patrols",
        "Under the plan, the two sides will hold joint patrols at sea and train coast guard "
        "officers together, and the deputy minister said the defence ties would grow.",
        "Next dialogue in the capital",
        "The two sides agreed to hold the ninth defence policy dialogue in the other capital "
        "next year, the deputy minister told reporters after the talks in Tokyo.",
    ],
    "new_headline_words": [
        "A busy calendar ahead",
        "The two sides will hold joint patrols at sea next spring and train coast guard "
        "officers, the deputy minister said, adding that the defence ties would keep growing.",
        "Words of thanks before leaving",
        "His counterpart thanked the deputy minister for the dialogue and said his country "
        "would send more officers to the training courses on peacekeeping and military medicine.",
    ],
    "new_paragraph_words": [
        "Military medicine and cyber training",
        "Hospitals in both capitals will swap surgeons, nurses and burn specialists for six "
        "months, and a field clinic will open near the northern border before winter.",
        "Maritime security and disaster relief",
        "Rescue crews from both navies will rehearse evacuations of islands struck by storms, "
        "with helicopters, field kitchens and water pumps sent from nearby bases.",
    ],
}


@pytest.mark.parametrize("kind", sorted(OWN_SECTIONS))
def test_the_article_s_own_subheaded_sections_are_kept(kind):
    sections = OWN_SECTIONS[kind]
    r = reasons(clean_text(page(DIALOGUE_TITLE, *DIALOGUE, *sections)))
    assert all(r[x] is None for x in sections)


def test_headed_items_as_long_as_the_article_are_not_cut():
    # the run's text must be small next to the article's: otherwise the page holds two texts
    r = reasons(clean_text(page(DIALOGUE_TITLE, *DIALOGUE[:3], *ITEMS)))
    assert all(r[x] is None for x in ITEMS)


# --- a news brief with no long paragraph (pipeline._short_article) -------------------------

BRIEF = [
    "SEOUL, Oct. 17 (Yonhap) -- Seoul and Tokyo held their first vice-ministerial strategic "
    "dialogue in eight years on Thursday amid North Korea's growing nuclear threats.",
    "First Vice Foreign Minister Kim Min-soo and Japanese Vice Minister for Foreign Affairs "
    "Sato Ken co-chaired the talks.",
    "The two officials discussed exchanges ahead of next year's anniversary.",
]


def test_a_brief_of_short_paragraphs_is_kept():
    # no line reaches the length of a good paragraph, so nothing was kept at all
    r = reasons(clean_text(page("Seoul, Tokyo hold first strategic dialogue in eight years",
                                *BRIEF)))
    assert all(r[p] is None for p in BRIEF)


def test_one_short_sentence_alone_is_no_article():
    r = reasons(clean_text(page("Home", "World", BRIEF[0], "Contact us")))
    assert r[BRIEF[0]] is not None


# --- another story's lead with no headline under the article (sidebar.lead_tail) ----------

OTHER_LEAD = [
    "Deputy Prime Minister Tran Hong Ha on November 19 received a delegation of a foreign aid "
    "agency, whose President pledged funds for vocational schools and hospitals in the river "
    "delta provinces.",
    "The Ministry of Agriculture said rice exports in the first ten months rose 12 percent.",
]


def test_an_unheaded_lead_of_another_story_under_the_article_is_removed():
    r = reasons(clean_text(page(DIALOGUE_TITLE, *DIALOGUE, *OTHER_LEAD)))
    assert all(r[p] is None for p in DIALOGUE)
    assert all(r[p] == "sidebar" for p in OTHER_LEAD)


def test_a_closing_lead_shaped_paragraph_of_the_same_story_is_kept():
    # a new person commenting on this meeting, and a person the article has named
    for last in ("Prime Minister Kenji Ito on November 19 welcomed the outcome of the defence "
                 "policy dialogue, saying defence ties had never been stronger.",
                 "The Deputy Minister on November 19 also visited a naval base and a shipyard "
                 "building patrol vessels for maritime security."):
        r = reasons(clean_text(page(DIALOGUE_TITLE, *DIALOGUE, last)))
        assert r[last] is None, last


def test_a_lead_shaped_paragraph_about_a_person_the_article_named_is_kept():
    # few words shared with the article, but its person is the article's own
    named = [DIALOGUE[0].replace("his counterpart from the other side",
                                 "Deputy Defence Minister Ken Tanaka"), *DIALOGUE[1:]]
    last = ("Mr Tanaka on November 19 also toured a shipyard in Kobe and a hospital for "
            "veterans near the harbour.")
    r = reasons(clean_text(page(DIALOGUE_TITLE, *named, last)))
    assert r[last] is None
