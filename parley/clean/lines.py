"""Split decoded text into lines with spans, and the per-line features later stages read."""

from __future__ import annotations

import re

from parley.document import Line

# Words: runs of letters/digits (any script) with inner apostrophes or hyphens. Bounded,
# non-nested quantifiers only, so matching stays linear on any input.
WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# A scraper's metadata prefix at the very start of a line: " date 2024-04-24 <text>".
DATE_PREFIX_RE = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}(?:\s+|$)")
# Sentence-final punctuation (Latin and the full-width CJK marks), optionally followed by
# closing quotes/brackets.
SENTENCE_END_RE = re.compile(r"[.!?…:;。！？；：][\"'”’»)\]」』）]{0,3}$")
# ... or followed by an agency credit: "... patrol vessels. (PNA)", "...interest.- (VNA/VLLF)"
CREDITED_END_RE = re.compile(r"[.!?…][\"'”’»)\]]{0,2}\s?[-–—]?\s?\([A-Za-z][A-Za-z/ ]{1,14}\)$")
# ... or followed by citation markers, as wikis and reports print them: "... in 2026.[7]",
# "... agreed.[5][6]", "... talks.[a]" (stripped before the sentence end is looked for).
# ... or followed by a wire's end word glued on where a line break was lost ("... in 2024.
# Enditem", Xinhua's closing mark).
END_WORD_TAIL_RE = re.compile(r"\s?enditem$", re.I)
CITATIONS_RE = re.compile(r"(?:\[(?:\d{1,3}|[a-z]|note \d{1,3})\])+$")


def line_spans(raw: str) -> list[tuple[int, int, int, str, str]]:
    """(number, start, end, raw line, stripped line) for every line of ``raw``: what
    ``split_lines`` holds, as plain tuples for the cleaner's own pass (cheaper to build)."""
    out = []
    pos = 0
    for number, part in enumerate(raw.split("\n"), start=1):
        end = pos + len(part)
        out.append((number, pos, end, part, part.strip()))
        pos = end + 1
    return out


def split_lines(raw: str) -> list[Line]:
    """Every line of ``raw`` with its span; newlines are already normalised to ``\\n``."""
    return [Line(number, start, end, part, stripped, None if stripped else "blank")
            for number, start, end, part, stripped in line_spans(raw)]


# A wiki engine's control label glued to the end of a heading ("Background[edit]", "Geschichte
# [Bearbeiten | Quelltext bearbeiten]"): a button, not the heading's words.
_EDIT_LABEL_RE = re.compile(
    r"\s?\[(?:edit|edit source|edit \| edit source|bearbeiten|quelltext bearbeiten|"
    r"bearbeiten \| quelltext bearbeiten|modifier|modifier le code|modifier \| modifier le code|"
    r"editar|editar código-fonte|modifica|modifica wikitesto|edytuj|edytuj kod|bewerken|"
    r"brontekst bewerken)\]$", re.I)


def strip_edit_label(text: str) -> str:
    """``text`` without a wiki's trailing edit label (the rest of the line stays)."""
    if text[-1:] != "]" or "[" not in text:
        return text
    return _EDIT_LABEL_RE.sub("", text)


def strip_emphasis(text: str) -> str:
    """A line set in Markdown bold by the scraper ("**Spain and Morocco agreed ...**"), without
    the markers: they are mark-up, not text, and hide the line's sentence end and its copies."""
    if text[:2] == "**" and text[-2:] == "**" and len(text) > 4 and "**" not in text[2:-2]:
        return text[2:-2].strip()
    return text


def normalise_ws(text: str) -> str:
    return " ".join(text.split())


def strip_date_prefix(text: str) -> str:
    """Drop a leading scraper "date YYYY-MM-DD" prefix (extraction reads it from the raw)."""
    if "date" not in text:
        return text  # one C-level scan spares most lines the regex call
    m = DATE_PREFIX_RE.match(text)
    return text[m.end():] if m else text


class Info:
    """Working state of one line while the stages decide its fate.

    ``words`` are lower-cased (every consumer compares them case-insensitively).
    """

    __slots__ = ("cls", "cw", "index", "init", "low", "n_chars", "n_words", "reason",
                 "sentence_end", "stop_ratio", "text", "words")

    def __init__(self, index: int, text: str, words: list[str] | None = None) -> None:
        self.index = index  # position in the line list (0-based)
        self.text = text  # repaired, whitespace-normalised text ('' for blank lines)
        self.low = text.lower()  # read by most rules: lowered once
        self.words = WORD_RE.findall(self.low) if words is None else words
        self.n_words = len(self.words)
        self.n_chars = len(text)
        # Only the tail can match (the pattern is anchored at the end).
        tail = text[-6:]
        if tail[-1:] == "]" and "[" in text:
            tail = CITATIONS_RE.sub("", text[-40:])[-6:]
        elif tail[-4:].lower() == "item" and END_WORD_TAIL_RE.search(text[-10:]):
            tail = text[-16:-len("Enditem")].rstrip()[-6:]
        self.sentence_end = bool(text) and bool(SENTENCE_END_RE.search(tail)
                                                or (text[-1:] == ")"
                                                and CREDITED_END_RE.search(text[-24:])))
        self.reason: str | None = None  # removal reason so far (None = still a candidate)
        self.cls = "short"  # density class: good / neargood / short / bad
        self.init = "short"  # density class before smoothing
        self.stop_ratio = 0.0
        self.cw: set[str] | None = None  # content words, cached by headline.info_words


def nearest_text(infos: list[Info], idx: int, step: int) -> int | None:
    """Index of the first non-blank line from ``idx + step`` on in direction ``step`` (1 or
    -1), or None at the page's edge."""
    k = idx + step
    while 0 <= k < len(infos) and not infos[k].text:
        k += step
    return k if 0 <= k < len(infos) else None


def make_info(index: int, text: str) -> Info:
    return Info(index, text)
