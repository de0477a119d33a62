"""Folding replaces only the non-ASCII characters of a text with few of them and translates
a text with many: both give what translating the whole text with the fold tables gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from parley.extract.fold import _FULL, _SAME, SPARSE_NON_ASCII, fold, fold_same_length

_ALPHABET = st.sampled_from(list("abc XYZ.,'-\n") + list("đĐặàáöüßæœ“”‘’–—\u00a0éñçøłı")
                            + ["\u4e2d", "\u0416", "\U0001F600"])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=120))
def test_fold_equals_translating_the_whole_text(text):
    assert fold(text) == text.translate(_FULL)
    assert fold_same_length(text) == text.translate(_SAME)
    assert len(fold_same_length(text)) == len(text)


def test_both_paths_are_taken():
    sparse = "Đặng Hoàng Giang met the delegation."
    dense = "Đặng " * (SPARSE_NON_ASCII + 1)
    assert fold(sparse) == "Dang Hoang Giang met the delegation."
    assert fold(dense) == "Dang " * (SPARSE_NON_ASCII + 1)
