"""Text-only boilerplate removal and repair: decoded page text -> ``CleanedDoc``.

This first version is a placeholder (keeps every non-blank line) that the cleaning work replaces.
"""

from __future__ import annotations

from parley.document import CleanedDoc, Line

__all__ = ["clean_text"]


def split_lines(raw: str) -> list[Line]:
    """Every line of ``raw`` with its span; newlines are already normalised to ``\\n``."""
    lines: list[Line] = []
    pos = 0
    for number, part in enumerate(raw.split("\n"), start=1):
        end = pos + len(part)
        reason = None if part.strip() else "blank"
        lines.append(Line(number, pos, end, part, part.strip(), reason))
        pos = end + 1
    return lines


def clean_text(raw: str) -> CleanedDoc:
    """Clean one decoded document."""
    return CleanedDoc(raw=raw, lines=split_lines(raw))
