"""Repair mojibake and normalise Unicode (NFC) in one line of text."""

from __future__ import annotations

import re
import unicodedata

import ftfy

# Typical UTF-8-read-as-single-byte sequences (Ã©, Â°, Ä‘, â€™, Ă , áº·); German Ä/Å before a
# letter is normal text and does not trigger.
# Only lines containing one of them go through ftfy, which keeps the common case fast.
_SUSPECT_RE = re.compile("[ÃÂĂ]|â€|á[º»]|[ÄÅ][^a-zA-Z\\s]")
# Every _SUSPECT_RE match starts with one of these: a page holding none (C-level `find`s,
# much faster than the alternation's scan) needs no search.
_SUSPECT_FIRST = "ÃÂĂâáÄÅ"


def _suspect(text: str) -> bool:
    starts = [i for i in map(text.find, _SUSPECT_FIRST) if i >= 0]
    return bool(starts) and _SUSPECT_RE.search(text, min(starts)) is not None

# ftfy without its cosmetic rewrites: curly quotes, ligatures and full-width characters are
# real text that keep-snippets and extraction copy verbatim.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    fix_line_breaks=False,
    normalization="NFC",
    explain=False,
)

# Single-byte code pages a scraper may have mis-decoded UTF-8 with. A page can mix them (one
# character read as cp1250, the next as cp1252), which ftfy's whole-sequence decoding misses.
_CODEPAGES = ("cp1252", "latin-1", "cp1250")


def _byte_of(ch: str) -> int | None:
    """The byte ``ch`` came from under one of the code pages, if it is a non-ASCII one."""
    for cp in _CODEPAGES:
        try:
            b = ch.encode(cp)
        except UnicodeEncodeError:
            continue
        if len(b) == 1 and b[0] >= 0x80:
            return b[0]
    return None


def _fix_mixed(text: str) -> str:
    """Re-decode 2-3 character runs that are a UTF-8 sequence read through mixed code pages.

    A lead byte 0xC2-0xEF must be followed by the right number of continuation bytes
    (0x80-0xBF); a space right after a lead byte inside a word stands for a lost 0xA0
    (the no-break space byte). Only runs that decode to a letter are replaced.
    """
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        lead = _byte_of(ch) if ch > "\x7f" else None
        if lead is not None and 0xC2 <= lead <= 0xEF:
            need = 1 if lead < 0xE0 else 2
            seq = [lead]
            j = i + 1
            while j < n and len(seq) <= need:
                c = text[j]
                if c == " " and i > 0 and text[i - 1].isalpha() and j + 1 < n \
                        and text[j + 1].islower() and len(seq) == 1:
                    seq.append(0xA0)
                else:
                    b = _byte_of(c) if c > "\x7f" else None
                    if b is None or not 0x80 <= b <= 0xBF:
                        break
                    seq.append(b)
                j += 1
            if len(seq) == need + 1:
                try:
                    dec = bytes(seq).decode("utf-8")
                except UnicodeDecodeError:
                    dec = ""
                if dec.isalpha():
                    out.append(dec)
                    i = j
                    continue
        out.append(ch)
        i += 1
    return "".join(out)


# "Đ" is UTF-8 C4 90; 0x90 is undefined in cp1252, so scrapers drop it and leave a lone "Ä"
# before the rest of a Vietnamese word. Restored only inside a word that also carries a
# letter unique to Vietnamese (horn/hook/dot-below vowels), so German "Äpfel" is untouched.
_LOST_D_RE = re.compile(r"(?<![^\W\d_])Ä(?=[a-zà-ỹ]{1,8}\b)")
_VIET_ONLY = frozenset("ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ")


def _restore_d(m: re.Match[str]) -> str:
    rest = m.string[m.end():m.end() + 8]
    word = re.match(r"[^\W\d_]*", rest)
    return "Đ" if word and _VIET_ONLY.intersection(word.group()) else m.group()


def page_needs_repair(text: str) -> bool:
    """Could any line of ``text`` change under ``repair``? One scan of the whole page, so a
    clean page (most of them) skips the per-line calls."""
    if text.isascii():
        return False
    return _suspect(text) or not unicodedata.is_normalized("NFC", text)


def repair(text: str) -> str:
    """Mojibake fixed (ftfy, then mixed code pages), NFC-normalised."""
    if text.isascii():
        return text
    if _SUSPECT_RE.search(text):
        text = _fix_mixed(text)
        text = ftfy.fix_text(text, _FTFY_CONFIG)
        if "Ä" in text:
            text = _LOST_D_RE.sub(_restore_d, text)
    return unicodedata.normalize("NFC", text)
