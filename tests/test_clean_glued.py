"""Glued-word repair (parley/clean/glued.py) on hand-written sentences: what is split, and the
names, compounds, spellings and code that must be left alone."""

from __future__ import annotations

from parley.clean import clean_text
from parley.clean.glued import split_glued, split_token


def test_function_word_glued_in_front_or_behind():
    s = "theregional talks, an exchangeof views and anenormous effort haddiscussions today"
    assert split_glued(s) == ("the regional talks, an exchange of views and an enormous effort "
                              "had discussions today")


def test_two_content_words_after_a_modifier():
    assert split_glued("the bilateralsummit strengthenedties") == (
        "the bilateral summit strengthened ties")
    assert split_token("maintainpartnership") == "maintain partnership"  # two long words


def test_an_only_before_a_vowel():
    assert split_token("anboard") == "anboard"


def test_names_in_a_run_of_capitalised_words_stay():
    s = "Defence Minister Peter Hillis met Anna Jenkinson and Paul Davison in Perth"
    assert split_glued(s) == s


def test_capitalised_word_in_a_name_run_is_not_split_without_case_change():
    s = "Senator Ann Parkwelcomed the guests"
    assert split_glued(s) == s


def test_a_name_that_splits_into_function_words_stays_inside_a_sentence():
    assert split_glued("The frigate will sail next year, Anand said.") == (
        "The frigate will sail next year, Anand said.")
    # at a sentence's start the same shape is a lost space
    assert split_glued("Andthe two sides agreed.") == "And the two sides agreed."


def test_capitalised_glue_outside_a_name_run():
    assert split_glued("prices rose. Tradewith the region grew") == (
        "prices rose. Trade with the region grew")


def test_prefixed_words_stay():
    s = "counterpiracy, interagency, postconflict and codeveloped antismuggling plans"
    assert split_glued(s) == s


def test_prefixed_word_glued_to_a_function_word():
    assert split_token("counterpiracyand") == "counterpiracy and"


def test_compounds_us_spellings_and_suffixes_stay():
    s = ("the lockdown, labor and humor, a rollout roadmap, colored and modeled behavioral data, "
         "aromatically")
    assert split_glued(s) == s


def test_name_starts_that_look_like_verbs_stay():
    for tok in ("Hassan", "hassan", "Wasser", "Hadley"):
        assert split_token(tok) == tok


def test_case_change_is_a_lost_space():
    assert split_glued("Lt. Gen. Tran VanMinh of the NavalStaff Office") == (
        "Lt. Gen. Tran Van Minh of the Naval Staff Office")
    assert split_token("NguyenThiLan") == "Nguyen Thi Lan"


def test_case_change_after_a_lower_case_glue_word():
    assert split_token("fromParliament") == "from Parliament"
    assert split_token("fileName") == "fileName"  # a code identifier


def test_lower_case_word_glued_to_a_proper_noun_of_the_page():
    line = "The minister thanked Britain for supportingKenya's energy transition."
    # the page prints the name (or a word it starts) mid-sentence: a lost space
    page = line + "\nThe Kenyan side said talks in Nairobi went well for Kenyan exporters."
    assert split_glued(line, page) == (
        "The minister thanked Britain for supporting Kenya's energy transition.")
    # nowhere else on the page: the shape of a camelCase identifier, left alone
    assert split_glued(line, line) == line
    code = "Set the currentUser field, then the user logs in as a User of the site."
    assert split_glued(code, code) == code  # "user" in lower case too: a common noun
    # a short lower-case start is a brand or code prefix, even before a page's proper noun
    page2 = "He bought an iPhone in Kenya. Then he visited friends in Kenya."
    assert split_glued("He bought an iPhone in Kenya.", page2) == "He bought an iPhone in Kenya."
    assert split_token("getKenya") == "getKenya"


def test_case_change_exceptions():
    for tok in ("McDonald", "MacArthur", "DeSantis", "LeBlanc", "iPhone", "YouTube",
                "LinkedIn", "RoK", "MoU", "FitzGerald", "NATO"):
        assert split_token(tok) == tok, tok


def test_case_change_word_repeated_on_the_page_is_a_brand():
    page = "Read it on StoryHub.\nStoryHub readers liked it.\n"
    assert split_glued("Read it on StoryHub.", page) == "Read it on StoryHub."
    assert split_glued("Read it on StoryHub.", "Read it on StoryHub.") == "Read it on Story Hub."


def test_code_addresses_and_paths_stay():
    s = "write to anna.smithson@example.org or see www.example.com/lockdownand and config_fileand"
    assert split_glued(s) == s


def test_case_change_repaired_on_english_page():
    p1 = ("The two ministers met in the capital on Tuesday and agreed that the partnership "
          "between their countries should grow in trade, education and the protection of the "
          "sea, said Deputy Minister Le VanHai.")
    p2 = ("They also discussed the situation in the region and said that all disputes must be "
          "settled by peaceful means, in line with the law of the sea and with the charter.")
    p3 = ("Both sides will hold the next round of the talks in the other capital next year, when "
          "they expect to sign an agreement on training and on the exchange of students.")
    doc = clean_text("\n".join([p1, p2, p3]) + "\n")
    assert "Le Van Hai." in doc.body


def test_very_long_letter_runs_are_left_alone_quickly():
    import time

    t = time.perf_counter()
    for tok in ("anti" * 3000, "theand" * 2000, "Xuan" * 3000):
        assert split_token(tok) == tok
    assert time.perf_counter() - t < 1.0


def test_many_case_change_words_stay_linear():
    import time

    letters = "abcdefghijklmnopqrstuvwxyz"
    page = "\n".join(
        f"The two sides met in the capital and said that Mr Abc{letters[k % 26]}"
        f"{letters[k // 26 % 26]}Def{letters[k // 676]} was good for all of the talks."
        for k in range(3000))
    t = time.perf_counter()
    doc = clean_text(page)
    assert time.perf_counter() - t < 2.0
    assert "Abcaa Defa" in doc.body  # the first ones are still repaired


def test_case_change_brand_among_lower_case_words_stays():
    s = "the navy will buy ZentaVox radars and more"
    assert split_glued(s, s) == s  # "Zenta" is no word: a coined brand, printed once


def test_case_change_split_needs_words_or_a_name_run():
    assert split_glued("the navy will buy RadarShip units") == "the navy will buy Radar Ship units"
    assert split_glued("met General Hoang ZentaVox today") == "met General Hoang Zenta Vox today"
    assert split_glued("met ZentaVox Hoang today") == "met Zenta Vox Hoang today"
    assert split_glued("As ZentaVox reports, it rained") == "As ZentaVox reports, it rained"
    assert split_glued("the navy will buy ZentaVoxKira units") == (
        "the navy will buy Zenta Vox Kira units")


def test_dictionary_is_built_without_the_deletes_index_and_segments_the_same():
    """The segmenter's SymSpell skips the index of deletes (65 MB per worker); exact-match
    segmentation must come out as with a fully built SymSpell."""
    import os

    import symspellpy
    from symspellpy import SymSpell

    from parley.clean.glued import _symspell

    sym = _symspell()
    assert len(sym.deletes) == 0
    assert len(sym.words) > 80_000
    full = SymSpell(max_dictionary_edit_distance=0, prefix_length=7)
    full.load_dictionary(os.path.join(os.path.dirname(symspellpy.__file__),
                                      "frequency_dictionary_en_82_765.txt"), 0, 1)
    for glued in ("extensiveand", "regionalissues", "theco-chair", "maintainpartnership",
                  "thebilateralsummitstrengthenedties"):
        a = sym.word_segmentation(glued, max_edit_distance=0)
        b = full.word_segmentation(glued, max_edit_distance=0)
        assert (a.corrected_string, a.log_prob_sum) == (b.corrected_string, b.log_prob_sum)
