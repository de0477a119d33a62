"""Text-only boilerplate removal and repair: decoded page text -> ``CleanedDoc``.

Stages (one module each):
1. ``lines``: split into lines with spans; ``mojibake``: repair encoding damage, NFC.
2. ``navigation``, ``captions``, ``metadata``: recognise page furniture by shape and generic
   cue words (buttons, menus, captions, credits, stamps, cookie and copyright notices).
3. ``density``: class the rest by length and stopword density (hard-wrapped lines as one
   paragraph; CJK text weighted by characters), smoothed by neighbours.
4. ``sidebar``: pick the article's block of prose (sized by its prose lines), cut it at an end
   marker or an ``ending`` cue, drop trailing off-topic paragraphs; code lines between the
   article's paragraphs stay; the article's own cued stamp in the footer is a
   ``publication_line``.
5. ``lists``: a list the article introduces with a colon ("Key points:"), kept and never
   the title; ``headline``: the title line before the text (never a breadcrumb trail or a
   menu item); ``duplicates``: repeated paragraphs.
6. ``glued``: split words glued by lost line breaks (English pages): at a case change inside
   a word, or function words glued to a word; names, compounds and code are left alone.
Every raw line comes back, kept or with a removal reason.
"""

from __future__ import annotations

from parley.clean.lines import split_lines
from parley.clean.pipeline import clean_text

__all__ = ["clean_text", "split_lines"]
