"""What extraction reads of a cleaned document, and how its offsets map back to the raw text.

Extraction reads the kept body paragraphs, the headline, and the removed lines whose reason
says they describe *this* article (``METADATA_REASONS``: a dateline, a publication line, an
agency credit); never a sidebar, caption or related-links line, whose dates, outlets and
people belong to other stories. Every paragraph keeps its ``Line``, so an offset in its
(repaired) text maps back to the decoded raw text for provenance.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from parley.document import METADATA_REASONS, CleanedDoc, Line
from parley.extract.fold import fold_same_length
from parley.extract.sentences import split_spans

# The scraper's " date YYYY-MM-DD" prefix on the first raw line: the page's publication date.
DATE_PREFIX_RE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")


@dataclass(frozen=True)
class Sentence:
    para: int  # index into DocView.paras
    start: int  # offsets in the paragraph's text
    end: int
    text: str
    index: int  # position among the document's sentences


@dataclass
class DocView:
    doc: CleanedDoc
    paras: list[Line] = field(default_factory=list)  # kept body lines, in order
    headline: Line | None = None
    meta: list[Line] = field(default_factory=list)  # removed lines that describe this article
    date_prefix: tuple[str, int, int] | None = None  # ("YYYY-MM-DD", raw start, raw end)

    @cached_property
    def sentences(self) -> list[Sentence]:
        out = []
        for i, ln in enumerate(self.paras):
            for a, b in split_spans(ln.text):
                out.append(Sentence(i, a, b, ln.text[a:b], len(out)))
        return out

    @cached_property
    def para_spans(self) -> list[list[tuple[int, int]]]:
        """Each paragraph's sentence spans."""
        out: list[list[tuple[int, int]]] = [[] for _ in self.paras]
        for s in self.sentences:
            out[s.para].append((s.start, s.end))
        return out

    @cached_property
    def first_sentence(self) -> list[int]:
        """Each paragraph's first sentence index (document-wide)."""
        out = [0] * len(self.paras)
        for s in reversed(self.sentences):
            out[s.para] = s.index
        return out

    @cached_property
    def body(self) -> str:
        """The kept paragraphs joined by a blank line (offsets: ``para_starts``)."""
        return "\n\n".join(ln.text for ln in self.paras)

    @cached_property
    def para_starts(self) -> list[int]:
        starts, pos = [], 0
        for ln in self.paras:
            starts.append(pos)
            pos += len(ln.text) + 2
        return starts

    @cached_property
    def _sentence_keys(self) -> list[tuple[int, int]]:
        return [(s.para, s.start) for s in self.sentences]

    def locate(self, offset: int) -> tuple[int, int]:
        """(paragraph index, offset in it) of an offset in ``body``."""
        i = max(0, bisect_right(self.para_starts, offset) - 1)
        return i, offset - self.para_starts[i]

    def sentence_at(self, para: int, offset: int) -> Sentence | None:
        """The sentence of paragraph ``para`` that holds ``offset``."""
        k = bisect_right(self._sentence_keys, (para, offset)) - 1
        if k >= 0:
            s = self.sentences[k]
            if s.para == para and s.start <= offset <= s.end:
                return s
        return None

    @cached_property
    def first_body_line(self) -> int:
        return self.paras[0].number if self.paras else 10**9


def raw_span(line: Line, a: int, b: int) -> tuple[int, int]:
    """Map ``line.text[a:b]`` (repaired text) to offsets in the decoded raw text.

    The repaired text differs from the raw line when mojibake was fixed, whitespace collapsed
    or glued words split: then the piece is searched in the raw line (exactly, then with
    diacritics folded), and as a last resort the span is scaled into the line's span, so an
    offset never points outside the line it came from.
    """
    if line.text == line.raw:
        return line.start + a, line.start + b
    piece = line.text[a:b]
    if piece:
        i = line.raw.find(piece)
        if i < 0:
            i = fold_same_length(line.raw).find(fold_same_length(piece))
        if i >= 0:
            return line.start + i, line.start + i + len(piece)
    n_text, n_raw = max(len(line.text), 1), len(line.raw)
    ra = line.start + min(n_raw, a * n_raw // n_text)
    rb = line.start + min(n_raw, max(b * n_raw // n_text, ra - line.start))
    return ra, max(ra, rb)


def make_view(doc: CleanedDoc) -> DocView:
    view = DocView(doc)
    for ln in doc.lines:
        if ln.reason is None:
            view.paras.append(ln)
        elif ln.reason == "headline":
            view.headline = ln
        elif ln.reason in METADATA_REASONS:
            view.meta.append(ln)
    first = doc.lines[0].raw if doc.lines else ""
    m = DATE_PREFIX_RE.match(first)
    if m:
        view.date_prefix = (m.group(1), m.start(1), m.end(1))
    return view
