"""The document model shared by the cleaning and extraction stages.

A cleaned document keeps *every* raw line with its character span in the decoded raw text
and, when it was removed, the reason. Nothing is lost: the ``removed`` table and
``parley clean --explain`` are views of the same list, and provenance offsets of extracted
values are computed from the same spans.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Line:
    """One line of the decoded raw text.

    ``text`` is the repaired form (mojibake fixed, NFC, glued words split) that goes into the
    body; ``raw`` is the line exactly as decoded, so ``raw_text[start:end] == raw``.
    ``reason`` is None for a kept line, else why it was removed (see ``REMOVAL_REASONS``).
    """

    number: int  # 1-based line number in the decoded raw text
    start: int  # character offset of the line in the decoded raw text
    end: int  # offset just past the line (newline excluded)
    raw: str
    text: str
    reason: str | None = None

    @property
    def kept(self) -> bool:
        return self.reason is None


# The vocabulary of removal reasons. The removed table's `reason` column takes these values;
# extraction may read lines with reasons in METADATA_REASONS (a dateline, publication line or
# agency credit states facts about *this* article) but never the others (a sidebar's year or
# outlet belongs to another story).
REMOVAL_REASONS = (
    "headline",  # the title line: stored in articles.headline, not repeated in the body
    "sidebar",  # unrelated news appended after the article
    "related_links",  # related-headline lists
    "navigation",  # menus, section names, breadcrumbs
    "caption",  # photo captions and their duplicates
    "photo_credit",
    "image_file",  # image file names
    "credit",  # a lone agency credit line ("VNA") after the article
    "publication_line",  # "Published 22 October 2013", "Updated: 30-11-2019 17:49 IST"
    "byline",
    "share",  # share/print/back-to-top/see-more/also-read
    "tags",
    "cookie_notice",
    "copyright",
    "duplicate",  # a paragraph repeated verbatim
    "scrape_artifact",  # "mask", "![]() |", lone punctuation
    "blank",
    "boilerplate",  # other page furniture (low text density, short lines)
)
METADATA_REASONS = frozenset(
    {"headline", "credit", "publication_line", "byline", "photo_credit", "navigation"}
)


@dataclass
class CleanedDoc:
    """The result of cleaning one decoded text: every line with its fate, plus the headline."""

    raw: str
    lines: list[Line] = field(default_factory=list)
    headline: str | None = None
    headline_line: int | None = None  # 1-based number of the headline line, if any

    @property
    def kept(self) -> list[Line]:
        return [ln for ln in self.lines if ln.reason is None]

    @property
    def removed(self) -> list[Line]:
        return [ln for ln in self.lines if ln.reason not in (None, "blank")]

    @property
    def body(self) -> str:
        """Kept paragraphs separated by a blank line (the contract's articles.body)."""
        return "\n\n".join(ln.text for ln in self.kept)
