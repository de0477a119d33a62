"""Photo captions, photo credits, image file names and image-alt scrape lines."""

from __future__ import annotations

import re
from functools import lru_cache

from parley.clean.cues import cues

# Captions are one or two sentences; a line longer than this holding "Photo:" is a paragraph
# that happens to quote a credit, so it is left to the density stage.
MAX_CAPTION_CHARS = 400
# A bare credit line ("Photo: VNA", "Foto: dpa/Max Muster") is short.
MAX_CREDIT_WORDS = 8
# The credit of a caption sits at its end: "... (Photo: VNA)", "... __Photo: VNA". Only this
# many trailing characters are searched, so "Photo" early in a sentence does not count.
CREDIT_TAIL_CHARS = 60

# A short label before an image's file name: "[Photo] x.jpg", "(Image) x.png", "Foto: x.jpg".
_IMAGE_LABEL_RE = re.compile(r"^[\[(]?(?:photo|image|picture|foto|bild|img|pic)[\])]?:?\s", re.I)
IMAGE_FILE_RE = re.compile(
    r"^\S{1,200}\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif|heic)(?:\?\S{0,200})?$", re.I)
# "<title> - ảnh 1", "<title> - Foto 2": alt text of a numbered image in a gallery.
IMAGE_ALT_RE = re.compile(r"\s[-–]\s?(?:ảnh|photo|foto|image|bild|picture|img)\s?\d{1,3}\b", re.I)
# "VNA/VNS Photo", "Reuters photo", "AFP Photo" at the very end of a caption.
# Case-sensitive and after a capitalised credit, so "He posted a photo." is not a caption.
# In brackets the photo word may be lower-case: "(DFA photo)", "(Reuters photo)"; "(file
# photo)" starts lower-case and stays a body note.
TRAILING_PHOTO_RE = re.compile(r"\b[A-Z][A-Za-z/]{1,20} (?:Photo|Foto|PHOTO|FOTO)s?\)?$"
                               r"|\([A-Z][A-Za-z/]{1,20} (?:photo|foto)s?\)$")
# "(ABC News: Matt Roberts)", "(Reuters: Kim Hong-Ji)", "(AAP: Lukas Coch)": a credit in
# brackets closing the line, an outlet or source, a colon, then a photographer's name: some
# outlets print no photo word at all. Both sides capitalised and a few words long; a body
# sentence's bracketed note has a lower-case word ("(Source: the ministry)") or is one of
# the NOTE_LABELS.
BRACKET_CREDIT_RE = re.compile(
    r"\(((?:[A-Z][\w.&'’-]{0,20} ){0,3}[A-Z][\w.&'’-]{0,20}): ?"
    r"(?:[A-Z][\w.'’-]{0,20} ){0,3}[A-Z][\w.'’-]{0,20}\)$")
# "(Kyodo/Hiro Komae)", "(Reuters / Jane Roe)": the same with a slash before the photographer,
# whose name of two to four capitalised words tells it from an agency pair ("(VNA/VLLF)",
# "(Reuters/Ipsos)") that closes a paragraph or names a poll.
BRACKET_SLASH_CREDIT_RE = re.compile(
    r"\((?:[A-Z][\w.&'’-]{0,20} ){0,3}[A-Z][\w.&'’-]{0,20} ?/ ?"
    r"(?:[A-Z][\w.'’-]{0,20} ){1,3}[A-Z][\w.'’-]{0,20}\)$")
# Bracketed labels that introduce a note or a source in running text, not a photographer.
NOTE_LABELS = frozenset({"source", "sources", "note", "notes", "data", "via", "see", "read",
                         "ref", "quelle", "fuente", "nguồn", "photo", "update", "updated",
                         "edit", "correction", "disclaimer", "video", "watch", "listen"})
# "Minister A (right) shakes hands with B", "(second from left)", "(3rd L)": a bracketed place
# in the picture is printed only under photographs. A lone letter is not enough: "(R)" and
# "(D)" also mark a US legislator's party in running text, "(C)" a copyright or a list item.
POSITION_RE = re.compile(
    r"\((?:(?:far|second|third|2nd|3rd|centre|center|front|back|top|bottom)[ -]"
    r"(?:from )?)?(?:left|right|centre|center|[23](?:nd|rd)? ?[LR])\)"
    # "(L)", "(C)", "(L to R)", "(L-R)": the letters a caption marks places with (a lone
    # "(R)" stays out: it is also a US legislator's party)
    r"|\((?:L|C|L to R|L-R|R to L|from L)\)"
    r"|\((?:links|rechts|trái|phải|izquierda|derecha|à gauche|à droite)\)"
    # ... or set off by commas right after a name, as agencies write it ("Minister A B, right,
    # shakes hands with C"); an aside in a sentence ("the talks, right, went well") follows a
    # lower-case word
    r"|\b[A-Z][\w'’-]*, (?:(?:far|second|third|2nd|3rd) (?:from )?)?"
    r"(?:left|right|centre|center), (?:[a-z]|and )")


@lru_cache(maxsize=1)
def _credit_re() -> re.Pattern[str]:
    words = sorted(cues()["caption"]["photo_words"], key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    # "(Photo: X)", "Photo: X", "__Photo: X", "Foto © X", "Photo credit: X", "Image Source : X",
    # "(Photo courtesy of X)"
    return re.compile(rf"(?:^|[\s(\[_|/-])(?:{alt})(?:\s?credits?)?\s?(?::|©|by\b|/|courtesy\b)",
                      re.I)


# Cheap first pass: most lines contain none of the cue words at all. Lower-case words, so the
# pattern also serves in navigation's one-pass hint over the lower-cased line.
CUE_WORDS = ("photo", "foto", "image", "bild", "ảnh", "credit", "picture", "zdj", "fot.",
             "caption", "légende", "pie de foto",
             "pic by", "pic:", "pics:", "pix by", "pix:")
_CUE_HINT_RE = re.compile("(?i)" + "|".join(re.escape(w) for w in CUE_WORDS))


def photo_credit_at(text: str) -> int:
    """Start of a photo-credit cue in the tail of ``text`` (or in a short line), else -1."""
    hint = _CUE_HINT_RE.search(text)
    if hint is None:
        return -1
    rx = _credit_re()
    m = rx.search(text, max(0, hint.start() - 1))
    if m is None:
        return -1
    if m.start() < 3:
        return m.start()
    tail_start = max(0, len(text) - CREDIT_TAIL_CHARS)
    if m.start() >= tail_start:
        return m.start()
    m = rx.search(text, tail_start)
    return m.start() if m else -1


# A caption printed with its label ("Caption: The two delegations ...", "Photo caption: ...",
# "Légende : ...", "Pie de foto: ..."): a caption whatever its shape.
_CAPTION_LABEL_RE = re.compile(r"^(?:photo |image )?(?:caption|légende|pie de foto)\s?:", re.I)


def classify(text: str, n_words: int, hinted: bool = True) -> str | None:
    """caption / photo_credit / image_file / scrape_artifact for image lines, else None.
    ``hinted`` False says the line holds none of the CUE_HINT words (navigation.hinted)."""
    if "." in text:
        if " " not in text and IMAGE_FILE_RE.match(text):
            return "image_file"
        m = _IMAGE_LABEL_RE.match(text)
        if m and IMAGE_FILE_RE.match(text[m.end():]):
            return "image_file"  # "[Photo] talks-0318.jpg", "Image: talks.png"
    if len(text) > MAX_CAPTION_CHARS:
        return None
    if hinted and _CAPTION_LABEL_RE.match(text):
        return "caption"
    if (" - " in text or " – " in text or " -" in text) and IMAGE_ALT_RE.search(text):
        return "caption"
    pos = photo_credit_at(text) if hinted else -1
    if pos >= 0:
        # The whole line is the credit ("Photo: VNA") or a caption ending in one.
        return "photo_credit" if pos < 3 and n_words <= MAX_CREDIT_WORDS else "caption"
    # (an unhinted line holds no "photo"/"foto", so the trailing credit cannot match)
    if hinted and n_words <= 60 and TRAILING_PHOTO_RE.search(text[-32:]):
        return "caption"
    if text[-1:] == ")":
        m = BRACKET_CREDIT_RE.search(text[-CREDIT_TAIL_CHARS:])
        if m and m.group(1).lower() not in NOTE_LABELS and m.start() > 0:
            return "caption"
        if "/" in text[-CREDIT_TAIL_CHARS:]:
            m = BRACKET_SLASH_CREDIT_RE.search(text[-CREDIT_TAIL_CHARS:])
            if m and (m.start() > 0 or len(text) > CREDIT_TAIL_CHARS):
                return "caption"
    # POSITION_RE's bracketed places need a "(" and a ")", its comma-set places a place word
    # before a comma: most lines have neither and are spared the search
    if (("(" in text and ")" in text) or (", " in text and (
            "left, " in text or "right, " in text or "centre, " in text or "center, " in text))) \
            and POSITION_RE.search(text):
        return "caption"
    return None
