"""People: title/name/rank/country of each mention; co-chairs and their sides."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.extract.participants import SentenceRef, assign, merge_people
from parley.extract.people import find_people
from parley.extract.sentences import split_spans


def people(text):
    return [(p.name, p.title, p.rank, p.country)
            for p in find_people(text, 0, split_spans(text), 0)]


@pytest.mark.parametrize("text, expected", [
    ("Chilean Deputy Foreign Minister Ana María Gómez met them",
     [("Ana María Gómez", "Deputy Foreign Minister", None, "CL")]),
    ("Permanent Secretary of the Kenyan Ministry of Defence Patrick Mwangi spoke",
     [("Patrick Mwangi", "Permanent Secretary of the Kenyan Ministry of Defence", None, "KE")]),
    ("Lt. Gen. Omar Haddad, Deputy Chief of the General Staff of the Jordanian Armed "
     "Forces, said",
     [("Omar Haddad", "Deputy Chief of the General Staff of the Jordanian Armed Forces",
       "Lt. Gen.", "JO")]),
    ("Deputy Minister of Defence, Senior Colonel Tran Van Binh, spoke",
     [("Tran Van Binh", "Deputy Minister of Defence", "Senior Colonel", None)]),
    ("Minister of State for Europe, the Rt Hon Anne Smith MP, said",
     [("Anne Smith", "Minister of State for Europe", None, None)]),
    ("Ambassador to the United States Maria Santos attended",
     [("Maria Santos", "Ambassador to the United States", None, None)]),
])
def test_mention_parts(text, expected):
    assert people(text)[:len(expected)] == expected


def test_a_country_that_ends_a_portfolio_is_the_side_not_the_office():
    [(name, title, _, country)] = people("Deputy Minister of Interior of Peru Luis Ortega spoke")
    assert (name, title, country) == ("Luis Ortega", "Deputy Minister of Interior", "PE")


def test_a_rank_before_the_name_is_not_part_of_the_title():
    [(name, title, rank, _)] = people("Minister of Defence General Hamid Karimi said")
    assert (name, title, rank) == ("Hamid Karimi", "Minister of Defence", "General")


def test_counterpart_gives_a_side_but_no_title():
    [first, second] = people("Foreign Minister Ana Lopez and her Peruvian counterpart "
                             "Jorge Ruiz co-chaired the talks")
    assert second == ("Jorge Ruiz", None, None, "PE")
    assert first[1] == "Foreign Minister"


def test_capitalised_small_words_after_a_title_are_names():
    assert people("General Secretary To Lam received him")[0][0] == "To Lam"
    assert people("Deputy Minister Pham The Tung spoke")[0][0] == "Pham The Tung"


def test_a_plural_title_covers_each_name():
    got = people("Party Co-Chairs Joe Ortiz and Mary Hale met them")
    assert [g[0] for g in got] == ["Joe Ortiz", "Mary Hale"]


def test_initials_and_abbreviated_given_names():
    assert people("Undersecretary Ma. Elena P. Cruz said")[0][0] == "Ma. Elena P. Cruz"
    assert people("Secretary of State Mark J. Doe said")[0][0] == "Mark J. Doe"


def test_a_title_before_the_next_name_belongs_to_it():
    got = people("including Ambassador Juan Reyes, Department of Trade Undersecretary Rosa "
                 "Lim and others")
    assert [(g[0], g[1]) for g in got] == [("Juan Reyes", "Ambassador"),
                                           ("Rosa Lim", "Department of Trade Undersecretary")]


def test_text_without_titles_names_nobody():
    assert people("The Comprehensive Strategic Partnership Agreement was signed in Lima.") == []


# -- co-chairs and sides ---------------------------------------------------------------------
def roles(text, sides):
    spans = split_spans(text)
    mentions = find_people(text, 0, spans, 0)
    ps = merge_people(mentions)
    refs = [SentenceRef(0, a, b, text[a:b], k) for k, (a, b) in enumerate(spans)]
    assign(ps, refs, [0], sides, True)
    return {p.name: (p.role, p.country, p.title) for p in ps}


def test_cochairs_and_sides_from_the_delegation_sentence():
    text = ("The Chilean delegation was led by Deputy Minister Ana Lopez and Vice Admiral "
            "Pedro Diaz, while Peru was represented by Vice Minister Jorge Ruiz and General "
            "Luis Soto. Later, Lopez met Senator Carla Mendez.")
    got = roles(text, ["CL", "PE"])
    assert {n: (r, c) for n, (r, c, _) in got.items()} == {
        "Ana Lopez": ("co_chair", "CL"), "Pedro Diaz": ("co_chair", "CL"),
        "Jorge Ruiz": ("co_chair", "PE"), "Luis Soto": ("co_chair", "PE"),
        "Carla Mendez": ("met", None)}


def test_the_side_not_taken_goes_to_the_other_cochair():
    text = ("The meeting was co-chaired by Samir Nasser, Deputy National Security Adviser "
            "and Lt. Gen. Omar Haddad, Deputy Minister of Interior of Jordan.")
    got = roles(text, ["EG", "JO"])
    assert got["Samir Nasser"][:2] == ("co_chair", "EG")
    assert got["Omar Haddad"][:2] == ("co_chair", "JO")


def test_a_pair_of_countries_between_people_says_nothing_of_either_side():
    text = ("Deputy Minister Jan Novak co-chaired the 5th Czech-Polish dialogue and held talks "
            "with his Polish counterpart Anna Kowalska.")
    got = roles(text, ["CZ", "PL"])
    assert got["Jan Novak"][1] == "CZ"
    assert got["Anna Kowalska"][1] == "PL"


def test_surname_only_mentions_join_the_full_name_and_lend_their_title():
    text = ("Foreign Minister Ana Lopez and her Peruvian counterpart Jorge Ruiz co-chaired the "
            "dialogue. Vice Minister Ruiz said ties were strong.")
    got = roles(text, ["CL", "PE"])
    assert set(got) == {"Ana Lopez", "Jorge Ruiz"}
    assert got["Jorge Ruiz"] == ("co_chair", "PE", "Vice Minister")


def test_an_ambassador_met_with_the_counterparts_does_not_co_chair():
    text = ("Assistant Secretary Tom Reed met with counterparts from the Government of Chile, "
            "including Ambassador Luis Vera and Undersecretary Rosa Pino.")
    got = roles(text, ["US", "CL"])
    assert got["Luis Vera"][0] != "co_chair"
    assert got["Rosa Pino"][:2] == ("co_chair", "CL")
    assert got["Tom Reed"][:2] == ("co_chair", "US")


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_people_never_raises(text):
    spans = split_spans(text)
    ps = merge_people(find_people(text, 0, spans, 0))
    assign(ps, [SentenceRef(0, a, b, text[a:b], k) for k, (a, b) in enumerate(spans)], [0],
           ["US", "VN"], True)


@pytest.mark.parametrize("text", ["Minister " * 20_000, "Deputy Minister Nguyen " * 10_000,
                                  "Lt. Gen. " * 20_000, "A, B, " * 20_000,
                                  "Minister of the " * 15_000])
def test_people_is_linear_on_hostile_input(text):
    t = time.perf_counter()
    find_people(text, 0, split_spans(text), 0)
    assert time.perf_counter() - t < 5.0


def test_a_side_named_after_the_last_head_of_delegation():
    text = ("Peru and Chile held the sixth Defence Policy Dialogue this week, with Deputy "
            "Defence Minister Carlos Soto leading the Peruvian delegation.")
    got = roles(text, ["CL", "PE"])
    assert got["Carlos Soto"][:2] == ("co_chair", "PE")


def test_a_rank_that_starts_with_an_office_word_is_not_part_of_the_title():
    [(name, title, rank, _)] = people("Chief of Staff Air Marshal Rohan Perera arrived")
    assert (name, title, rank) == ("Rohan Perera", "Chief of Staff", "Air Marshal")
    [(name, title, rank, _)] = people(
        "Deputy Interior Minister Senior Lieutenant General Tran Quoc Bao spoke")
    assert (name, title, rank) == ("Tran Quoc Bao", "Deputy Interior Minister",
                                   "Senior Lieutenant General")


def test_malaysian_honours_are_not_part_of_the_name():
    assert people("Defence Minister Datuk Seri Hasan Abdullah said")[0][:2] == (
        "Hasan Abdullah", "Defence Minister")
    assert people("Foreign Minister Tan Sri Zainal Rahim spoke")[0][0] == "Zainal Rahim"


def test_a_generational_suffix_is_part_of_the_name():
    assert people("President Jose Ramos Jr. received them")[0][0] == "Jose Ramos Jr"
    assert people("Minister of State Anne Smith MP said")[0][0] == "Anne Smith"


def test_first_and_diplomatic_are_office_words():
    assert people("First Deputy Minister of Foreign Affairs Li Wen spoke")[0][1] == \
        "First Deputy Minister of Foreign Affairs"
    assert people("Mr. Paul Girard, Diplomatic Adviser to the President, said")[0][:2] == (
        "Paul Girard", "Diplomatic Adviser to the President")


def test_a_body_that_lists_its_remits_stays_in_the_title():
    [(name, title, _, _)] = people(
        "Jane Hill, Director for Asia of the Foreign, Commonwealth and Development Office, said")
    assert (name, title) == (
        "Jane Hill", "Director for Asia of the Foreign, Commonwealth and Development Office")


def test_a_bracketed_remit_is_part_of_the_title():
    [(name, title, _, country)] = people("Thai Deputy Secretary (Policy) Somchai Rattana spoke")
    assert (name, title, country) == ("Somchai Rattana", "Deputy Secretary (Policy)", "TH")


def test_germanys_federal_foreign_office_is_not_britains():
    [(_, _, _, country)] = people(
        "State Secretary of the Federal Foreign Office Anna Weber attended")
    assert country == "DE"


def test_a_meeting_sentence_without_a_cochair_cue_still_splits_the_sides():
    text = ("At the third Chile-Peru Foreign and Defence Ministerial Meeting, Foreign Minister "
            "Ana Lopez and Defence Minister Pedro Diaz held talks with their Peruvian "
            "counterparts, Foreign Minister Jorge Ruiz and Defence Minister Luis Soto.")
    got = roles(text, ["CL", "PE"])
    assert {n: (r, c) for n, (r, c, _) in got.items()} == {
        "Ana Lopez": ("co_chair", "CL"), "Pedro Diaz": ("co_chair", "CL"),
        "Jorge Ruiz": ("co_chair", "PE"), "Luis Soto": ("co_chair", "PE")}


def test_a_title_that_lists_its_remits_runs_up_to_the_name():
    [(name, title, _, _)] = people("Minister for Trade, Tourism and Investment John Smith spoke")
    assert (name, title) == ("John Smith", "Minister for Trade, Tourism and Investment")
    assert [p[0] for p in people("Foreign Minister Ana Lopez, Defence Minister Pedro Diaz and "
                                 "others met")] == ["Ana Lopez", "Pedro Diaz"]


def test_a_family_name_printed_in_capitals_after_mr_is_a_name():
    got = people("Mr. SATO Kenji, Deputy Minister for Foreign Affairs, held talks")
    assert got[0][:2] == ("SATO Kenji", "Deputy Minister for Foreign Affairs")
    assert people("Foreign Minister NATO said") == []


def test_post_nominal_honours_are_not_part_of_the_name():
    assert people("Ms. Jane Roe AO PSM, Secretary of the Department of Defence, said")[0][0] \
        == "Jane Roe"


def test_ambassador_after_an_office_is_a_rank_of_courtesy():
    got = people("Assistant Foreign Minister Ambassador Omar Saleh spoke")
    assert got[0][:2] == ("Omar Saleh", "Assistant Foreign Minister")
    assert people("Ambassador Omar Saleh spoke")[0][:2] == ("Omar Saleh", "Ambassador")


def test_a_bracketed_remit_of_acronyms():
    got = people("The side was led by Secretary (CPV & OIA) Ravi Menon, who said")
    assert got[0][:2] == ("Ravi Menon", "Secretary (CPV & OIA)")


def test_the_honourable_is_an_honorific_not_part_of_the_name():
    assert people("Today, the Honourable Bill Blair, Minister of National Defence, spoke") == [
        ("Bill Blair", "Minister of National Defence", None, None)]


# -- given names that look like ranks, particles (fixtures/unseen2) ----------------------------
def test_a_rank_abbreviation_before_a_lone_word_is_a_given_name():
    found = people("Defence Minister Gen Tanaka met Defence Minister Gen Somchai Wongsawat and "
                   "Gen. Rivera.")
    assert found[0] == ("Gen Tanaka", "Defence Minister", None, None)
    assert found[1] == ("Somchai Wongsawat", "Defence Minister", "Gen", None)
    assert ("Rivera", None, "Gen.", None) in found


def test_two_particles_in_a_row_stay_in_the_name():
    assert people("Director-General Anna van den Broek spoke")[0][0] == "Anna van den Broek"
    assert people("Secretary-General Karl ter Horst spoke")[0][0] == "Karl ter Horst"


def test_a_possessive_before_an_appositive_title_names_the_side():
    assert people("The talks were led by Ana Lopez, Peru's Vice Minister for Political "
                  "Affairs, and others.")[:1] == [
        ("Ana Lopez", "Vice Minister for Political Affairs", None, "PE")]
    # an office's possessive: the office tells the side and stays out of the title
    assert people("The US side was headed by Mark Green, the State Department's Acting "
                  "Coordinator for Counterterrorism.") == [
        ("Mark Green", "Acting Coordinator for Counterterrorism", None, "US")]
    assert people("The talks were led by Ana Lopez, the Foreign Ministry's Director-General "
                  "for Europe, and others.") == [
        ("Ana Lopez", "Director-General for Europe", None, None)]


def test_a_listed_remit_ending_in_affairs_and_a_closing_bracket_remit():
    assert people("co-chaired by Rosa Diaz, Director General for Asia, Pacific and African "
                  "Affairs.") == [
        ("Rosa Diaz", "Director General for Asia, Pacific and African Affairs", None, None)]
    assert people("and Jorge Ruiz, Secretary (Economic Relations).") == [
        ("Jorge Ruiz", "Secretary (Economic Relations)", None, None)]


def test_royal_styles_are_not_part_of_the_name_and_additional_is_an_office_word():
    assert people("led by Foreign Minister Prince Ali bin Hamad and Sheikh Omar bin Zaid, "
                  "Deputy Prime Minister.") == [
        ("Ali bin Hamad", "Foreign Minister", None, None),
        ("Omar bin Zaid", "Deputy Prime Minister", None, None)]
    assert people("led by Additional Secretary (UN) Omar Farooq") == [
        ("Omar Farooq", "Additional Secretary (UN)", None, None)]


def test_a_cochair_outside_the_pair_got_the_side_from_a_shared_office_name():
    # "Secretary of State" is a US office and a ministry rank elsewhere
    text = ("The consultation was co-chaired by Sok Dara, Secretary of State of the Ministry "
            "of Foreign Affairs, and Rizal Pratama, Indonesia's Director General for Asia.")
    got = roles(text, ["ID", "KH"])
    assert got["Sok Dara"][:2] == ("co_chair", "KH")
    assert got["Rizal Pratama"][:2] == ("co_chair", "ID")


def test_unseen5_titles_a_diaspora_office_a_region_demonym_and_an_attached_body():
    assert people("Foreign and Diaspora Affairs Cabinet Secretary Jane Wanjiru spoke") == [
        ("Jane Wanjiru", "Foreign and Diaspora Affairs Cabinet Secretary", None, None)]
    # "South African" is a demonym (made of region words), not part of the office
    assert people("South African Minister of Trade Sipho Dlamini spoke") == [
        ("Sipho Dlamini", "Minister of Trade", None, "ZA")]
    # a release's "Title, Body, Country, Mr Name": the country is the side
    assert people("It was co-chaired by Vice-Minister of Defence for Policy, Ministry of "
                  "Defence, Peru, Mr Jorge Ruiz.") == [
        ("Jorge Ruiz", "Vice-Minister of Defence for Policy", None, "PE")]


def test_a_side_that_sends_its_ministers_names_its_delegation():
    text = ("Chile was represented by Foreign Minister Ana Lopez and Defence Minister Pedro "
            "Diaz. Peru sent Foreign Minister Jorge Ruiz and Minister of Defence Luis Soto.")
    got = roles(text, ["CL", "PE"])
    assert {n: (r, c) for n, (r, c, _) in got.items()} == {
        "Ana Lopez": ("co_chair", "CL"), "Pedro Diaz": ("co_chair", "CL"),
        "Jorge Ruiz": ("co_chair", "PE"), "Luis Soto": ("co_chair", "PE")}


def test_officials_on_both_sides_of_met_with_are_the_delegations():
    text = ("Chile and Peru reaffirmed their alliance during the fifth 2+2 Ministerial "
            "Dialogue. Foreign Minister Ana Lopez and Defence Minister Pedro Diaz met with "
            "Peruvian Foreign Minister Jorge Ruiz and Defence Minister Luis Soto in Lima.")
    got = roles(text, ["CL", "PE"])
    assert {n: (r, c) for n, (r, c, _) in got.items()} == {
        "Ana Lopez": ("co_chair", "CL"), "Pedro Diaz": ("co_chair", "CL"),
        "Jorge Ruiz": ("co_chair", "PE"), "Luis Soto": ("co_chair", "PE")}
    # a call on a leader is no meeting of delegations
    text = ("Chile and Peru held the fifth Strategic Dialogue. Foreign Minister Ana Lopez "
            "and Vice Minister Pedro Diaz met with President Jorge Ruiz in Lima.")
    assert got != roles(text, ["CL", "PE"])
    assert roles(text, ["CL", "PE"]).get("Jorge Ruiz", ("",))[0] != "co_chair"


# -- rules from unseen6 ------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # remits of home, regional and public-safety ministries are title words
    ("Minister of Public Safety Jean Tremblay said",
     [("Jean Tremblay", "Minister of Public Safety", None, None)]),
    ("Minister for Immigration Sarah Lowe said",
     [("Sarah Lowe", "Minister for Immigration", None, None)]),
    ("Minister for the Middle East Tom Hale said",
     [("Tom Hale", "Minister for the Middle East", None, None)]),
    ("Mrs Ama Boateng, Minister for Regional Integration, said",
     [("Ama Boateng", "Minister for Regional Integration", None, None)]),
    # a Fijian chiefly style before the name is left out of it, like a royal one
    ("Minister for Defence Ratu Inoke Kubuabola said",
     [("Inoke Kubuabola", "Minister for Defence", None, None)]),
    # listed remits closed by "and" and then more of the office, or by "and the" at the end
    ("Jane Roe, Deputy Secretary Policy, Planning and Industry at the Department of Defence, said",
     [("Jane Roe", "Deputy Secretary Policy, Planning and Industry at the Department of Defence",
       None, None)]),
    ("Mr Ali Traore, Director of Europe at the Ministry of Foreign Affairs, Regional Integration "
     "and the Diaspora.",
     [("Ali Traore", "Director of Europe at the Ministry of Foreign Affairs, Regional Integration "
       "and the Diaspora", None, None)]),
])
def test_mention_parts_unseen6(text, expected):
    assert people(text) == expected


def _chairs_of(text):
    import datetime as dt

    from parley.clean import clean_text
    from parley.extract import extract

    ex = extract(clean_text(text), today=dt.date(2026, 11, 23))
    return {(p.name, p.country, p.title) for p in ex.people if p.role == "co_chair"}


def test_hosts_who_received_their_counterparts_are_one_side():
    text = ("Peru, Ecuador hold 3rd 2+2 meeting\n\n"
            "LIMA, May 6 (Andina) -- Peru and Ecuador held their third 2+2 meeting of foreign "
            "and defence ministers in Lima on Tuesday.\n\n"
            "Peruvian Foreign Minister Ana Torres and Defence Minister Luis Vega received their "
            "Ecuadorian counterparts, Foreign Minister Pablo Mena and Defence Minister Rosa "
            "Cevallos, at the Peruvian foreign ministry.\n")
    assert _chairs_of(text) == {("Ana Torres", "PE", "Foreign Minister"),
                                ("Luis Vega", "PE", "Defence Minister"),
                                ("Pablo Mena", "EC", "Foreign Minister"),
                                ("Rosa Cevallos", "EC", "Defence Minister")}


def test_an_elliptical_clause_names_the_other_delegation():
    text = ("Latvia, Estonia hold political consultations\n\n"
            "Latvia and Estonia held political consultations in Riga on 4 March 2025.\n\n"
            "The Estonian delegation was led by Deputy Foreign Minister Kadri Tamm, the Latvian "
            "delegation by Undersecretary of State at the Ministry of Foreign Affairs Andris "
            "Kalnins.\n")
    assert _chairs_of(text) == {
        ("Kadri Tamm", "EE", "Deputy Foreign Minister"),
        ("Andris Kalnins", "LV", "Undersecretary of State at the Ministry of Foreign Affairs")}


def test_ranks_and_remits_from_unseen7():
    # "(Retd)" after a rank is part of it
    assert people("and Defence Secretary Air Vice Marshal (Retd) Juan Perez, officials said") \
        == [("Juan Perez", "Defence Secretary", "Air Vice Marshal (Retd)", None)]
    # a rank whose first word is also an office word starts at that word
    assert people("He met Defence Secretary Air Vice Marshal Juan Perez today.") == \
        [("Juan Perez", "Defence Secretary", "Air Vice Marshal", None)]
    # maritime, global-affairs and procurement remits are title words
    assert people("He met Director for Oceans and Maritime Affairs Ana Ruiz today.") == \
        [("Ana Ruiz", "Director for Oceans and Maritime Affairs", None, None)]
    assert people("He met Director of Armaments Ana Ruiz today.") == \
        [("Ana Ruiz", "Director of Armaments", None, None)]
    assert people("He met Head of the Acquisition Programme Office Ana Ruiz today.") == \
        [("Ana Ruiz", "Head of the Acquisition Programme Office", None, None)]
    # a comma after the bracket that closes a title
    assert people("and Director of the Policy Planning Office (DPPO), Ana Ruiz, said.") == \
        [("Ana Ruiz", "Director of the Policy Planning Office (DPPO)", None, None)]
