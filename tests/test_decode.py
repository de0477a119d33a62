"""Decoding: every supported encoding reads back the same text; unreadable bytes get a reason."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.ingest.decode import MAX_LINE_CHARS, decode, normalise_newlines

TEXT = "Hà Nội — the dialogue’s 3rd round\nsecond line"


@pytest.mark.parametrize("data,encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),  # no BOM: NUL pattern
])
def test_unicode_encodings_round_trip(data, encoding):
    d = decode(data)
    assert d.error is None
    assert d.text == TEXT
    assert d.encoding == encoding


def test_windows_1252_is_detected():
    text = "Café “quoted” – naïve résumé of the meeting in Genève\n" * 5
    d = decode(text.encode("cp1252"))
    assert d.error is None
    assert d.text == text
    assert d.encoding == "cp1252"


def test_latin1_bytes_never_lost():
    data = bytes(range(0x20, 0x7F)) + bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) + b"\n"
    d = decode(data)
    assert d.text is not None and len(d.text) == len(data)


@pytest.mark.parametrize("raw,expected", [
    ("a\r\nb\r\n", "a\nb\n"), ("a\rb\r", "a\nb\n"), ("a\r\nb\rc\n", "a\nb\nc\n")])
def test_newlines_normalised(raw, expected):
    assert normalise_newlines(raw) == expected
    assert decode(raw.encode()).text == expected


@pytest.mark.parametrize("data,needle", [
    (b"", "empty"),
    (b"  \n\t\r\n ", "only whitespace"),
    (bytes(range(256)) * 40, "binary"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02\x03" * 500, "binary"),
    (b"x" * (MAX_LINE_CHARS + 1), "line of"),
])
def test_unreadable_files_get_a_reason(data, needle):
    d = decode(data)
    assert d.text is None
    assert needle in d.error


def test_rare_nul_bytes_are_dropped_not_fatal():
    d = decode(b"A real article line.\n" * 20 + b"One stray \x00 byte.\n")
    assert d.error is None and "\x00" not in d.text


@settings(max_examples=200, deadline=1000)
@given(st.binary(max_size=4096))
def test_decode_never_raises(data):
    d = decode(data)
    assert (d.text is None) == (d.error is not None)
    if d.text is not None:
        assert "\r" not in d.text
