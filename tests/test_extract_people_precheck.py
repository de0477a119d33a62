"""The people parser's precheck: a speed shortcut that must never skip a paragraph the parser
would find someone in. Built from the vocabulary (``people.toml``), so a new title head or
rank cannot be missed by a hand-kept list."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from parley.extract import lexicon
from parley.extract.participants import merge_people
from parley.extract.people import _Parser, find_people
from parley.extract.sentences import split_spans

_V = lexicon.people_vocab()
_HEADS = sorted(set(_V["title_heads"]) | set(_V["rank_heads"]))
_WORDS = sorted(set(_V["title_words"]) | set(_V["rank_words"]) | set(_V["connectors"]))
_FILLER = ["the", "talks", "said", "met", "in", "Hanoi", "and", "on", "Monday", "visit"]
_NAMES = ["Jane", "Roe", "Tran", "Van", "Binh", "Ana", "Gomez", "Omar", "Haddad"]


def _word(w: str, cap: bool) -> str:
    return w[:1].upper() + w[1:] if cap else w


_token = st.one_of(
    st.builds(_word, st.sampled_from(_HEADS), st.booleans()),
    st.builds(_word, st.sampled_from(_WORDS), st.booleans()),
    st.sampled_from(_FILLER),
    st.sampled_from(_NAMES),
    st.sampled_from([",", ".", "Gen.", "Lt.", "(retired)"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_token, min_size=1, max_size=14))
def test_precheck_skips_only_paragraphs_without_people(tokens):
    text = " ".join(tokens)
    spans = split_spans(text)
    assert find_people(text, 0, spans, 0) == _Parser(text, 0, spans, 0).parse()


def names(text: str) -> list[str]:
    return [p.name for p in find_people(text, 0, split_spans(text), 0)]


def test_every_head_and_rank_passes_the_precheck():
    # each head alone before a name is a mention ("Coordinator Jane Roe said"): a head the
    # precheck lacked made its paragraph empty
    for head in _HEADS:
        text = f"{head.capitalize()} Jane Roe said the talks went well."
        parsed = [p.name for p in _Parser(text, 0, split_spans(text), 0).parse()]
        assert parsed and names(text) == parsed, head


def test_heads_the_old_hand_kept_list_missed():
    assert names("Rear Admiral Jane Roe arrived in Manila on Monday.") == ["Jane Roe"]
    assert names("Counterterrorism Coordinator Jane Roe led the US side.") == ["Jane Roe"]
    assert names("Congressman Jane Roe joined the delegation.") == ["Jane Roe"]


def test_precheck_reads_folded_text():
    # "Attaché" folds to the head "attache"
    assert names("Defence Attaché Jane Roe attended the meeting.") == ["Jane Roe"]


def test_rank_and_one_name_join_the_person_named_in_full():
    # "Gen Sanitchanog said": a rank printed without its period before one word, after the
    # person was named in full, is that person, not a new one called "Gen Sanitchanog"
    paras = ["Permanent Secretary for Defence General Sanitchanog Sangkachantra led the Thai "
             "side.", "Gen Sanitchanog said patrols would continue."]
    mentions = [m for i, t in enumerate(paras) for m in find_people(t, i, split_spans(t), 0)]
    people = merge_people(mentions)
    assert [p.name for p in people] == ["Sanitchanog Sangkachantra"]
    assert len(people[0].mentions) == 2


def test_rank_abbreviation_before_a_lone_name_still_is_a_given_name():
    # "Defence Minister Gen Tanaka" with no other Tanaka named: the name stays as printed
    text = "Defence Minister Gen Tanaka met the delegation."
    people = merge_people(find_people(text, 0, split_spans(text), 0))
    assert [p.name for p in people] == ["Gen Tanaka"]


def test_retired_mark_needs_a_rank_before_it():
    # "(retired)" belongs to a rank head before it; alone it made "Jane Roe" a ranked person
    assert names("The Staff Academy (retired) Jane Roe wrote.") == []
    text = "Colonel (retired) Jane Roe wrote."
    assert [p.rank for p in find_people(text, 0, split_spans(text), 0)] == ["Colonel (retired)"]
