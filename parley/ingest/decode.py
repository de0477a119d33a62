"""Raw bytes -> text: encoding detection, newline normalisation, and the reasons to refuse a file.

Order of evidence: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32) decides; then strict UTF-8;
then NUL-byte patterns of BOM-less UTF-16; then charset-normalizer on a bounded prefix for a
legacy code page. Files that are not text a person could read are quarantined with a sentence
saying why, never dropped.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Larger files are not web-page text dumps (a long news page is well under 1 MB); refusing them
# bounds memory and time per document.
MAX_FILE_BYTES = 32 * 1024 * 1024
# A single line longer than this is not page text (minified data, a binary blob, a base64 dump);
# the cleaner's per-line rules stay fast because no accepted line exceeds it.
MAX_LINE_CHARS = 200_000
# Share of control characters (other than tab/newline/CR/form feed) above which text is binary.
MAX_CONTROL_SHARE = 0.01
# charset-normalizer reads at most this many bytes to guess a legacy encoding (speed bound).
DETECT_PREFIX_BYTES = 64 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f"}


@dataclass(frozen=True)
class Decoded:
    text: str | None  # None when quarantined
    encoding: str | None
    error: str | None = None  # a sentence a person understands


class Refused(ValueError):
    """The bytes are not a readable text document; the message says why."""


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR -> LF (old Mac files and mixed endings)."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


# C0 control characters other than the allowed ones (one regex scan instead of a Python loop
# over every character: the check runs on every file).
_BAD_CONTROL_RE = re.compile("[^" + "".join(sorted(_ALLOWED_CONTROLS)) + "\x20-\U0010ffff]")


def _control_share(text: str) -> float:
    sample = text[:200_000]
    if not sample:
        return 0.0
    return len(_BAD_CONTROL_RE.findall(sample)) / len(sample)


def _guess_utf16(data: bytes) -> str | None:
    """BOM-less UTF-16: ASCII-range text has NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_nuls = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _decode_bytes(data: bytes) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise Refused(f"it starts with a {name.upper()} byte-order mark but is not "
                              f"valid {name.upper()} (byte {exc.start})") from exc
            return text, "utf-8" if name == "utf-8-sig" else name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _guess_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:DETECT_PREFIX_BYTES]:
        raise Refused("it contains NUL bytes and is not UTF-16 text: probably a binary file")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:DETECT_PREFIX_BYTES]).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding in ("ascii", "utf_8"):
        encoding = "cp1252"  # the prefix was clean but the whole file is not UTF-8
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text = None
    if text is not None:
        # When cp1252 (the web's default legacy encoding, WHATWG) reads the bytes the same
        # way as the guess (cp1250 and cp1252 share most of their upper half), say cp1252.
        try:
            if data.decode("cp1252") == text:
                return text, "cp1252"
        except UnicodeDecodeError:
            pass
        return text, codecs.lookup(encoding).name
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte, so nothing is lost
        return data.decode("latin-1"), "latin-1"


def decode(data: bytes) -> Decoded:
    """Decode one file's bytes, or say why it cannot be read as a text document."""
    if len(data) > MAX_FILE_BYTES:
        return Decoded(None, None, f"the file is {len(data) / 2**20:.0f} MB, above the "
                       f"{MAX_FILE_BYTES // 2**20} MB limit for one text document")
    if not data:
        return Decoded(None, None, "the file is empty")
    try:
        text, encoding = _decode_bytes(data)
    except Refused as exc:
        return Decoded(None, None, f"the file cannot be read as text: {exc}")
    if "\x00" in text:
        # Stray NULs in otherwise valid text (a truncated write, a padded file): drop them if rare.
        if text.count("\x00") > len(text) * MAX_CONTROL_SHARE:
            return Decoded(None, encoding, "the file cannot be read as text: it contains "
                           "many NUL characters, probably a binary file")
        text = text.replace("\x00", "")
    if _control_share(text) > MAX_CONTROL_SHARE:
        return Decoded(None, encoding, "the file cannot be read as text: more than 1% of its "
                       "characters are control codes, probably a binary file")
    text = normalise_newlines(text)
    if not text.strip():
        return Decoded(None, encoding, "the file contains only whitespace")
    longest = max(len(line) for line in text.split("\n"))
    if longest > MAX_LINE_CHARS:
        return Decoded(None, encoding, f"the file has a line of {longest:,} characters (limit "
                       f"{MAX_LINE_CHARS:,}); it is not the text of a web page")
    return Decoded(text, encoding)
