"""The topic cue search finds the same first cue per topic as the plain definition: each
topic's pattern searched over the whole folded, lower-cased text (the trigger windows and the
one Aho-Corasick pass over all trigger literals are only a faster way to get there)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from parley.extract import lexicon
from parley.extract.fold import fold_same_length
from parley.extract.topics import find_topics


def _reference(text: str) -> dict[str, tuple[int, int]]:
    low = fold_same_length(text).lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in fold_same_length(text))
    out = {}
    for topic, (pat, _) in lexicon.topic_cues().items():
        m = pat.search(low)
        if m:
            out[topic] = (m.start(), m.end())
    return out


# Fragments that make cues, near-misses and overlapping triggers ("econom" in "economic").
_PIECES = ["maritime security", "economic cooperation", "econom", "trade and investment",
           "bilateral trade", "training courses", "training,", "peacekeeping", "dioxin",
           "unexploded ordnance", "cyber", "cybersecurity", "counter-terrorism", "terror",
           "climate change", "south china sea", "east sea", "freedom of navigation", "asean",
           "central role", "humanitarian assistance", "disaster relief", "health", "pandemic",
           "defence industry", "defense industrial", "semiconductors", "quantum", "the ", "and ",
           ", ", ". ", "Việt Nam ", "pacific economic cooperation", "military medicine",
           # a long stretch with no trigger: occurrences of one literal land in different
           # windows (WINDOW = 160 characters)
           "the delegations then walked to the old town hall for lunch, where the mayor "
           "spoke about the history of the river port and the bridges built over it since "
           "the nineteenth century, before all of them posed for photographs outside"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_topic_search_equals_whole_text_search(pieces):
    text = " ".join(pieces)
    assert find_topics(text) == _reference(text)


def test_a_later_occurrence_of_a_trigger_in_another_window():
    filler = " the delegations walked to the town hall for lunch." * 8
    text = "economic security, cooperating partners" + filler + " and economic cooperation"
    assert find_topics(text) == _reference(text)
    assert "trade_economy" in find_topics(text)


def test_many_occurrences_of_one_trigger():
    # past MAX_WINDOWS occurrences of a trigger the whole text is searched once
    text = "econom " * 30 + "and economic cooperation"
    assert find_topics(text) == _reference(text)
