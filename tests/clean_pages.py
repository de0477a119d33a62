"""Hand-written article paragraphs and page helpers shared by the cleaning tests.

The paragraphs read like a dialogue report without naming any real meeting, person or outlet;
``TEASER`` and ``COMMENT`` are the kind of prose that follows an article on a page.
"""

from __future__ import annotations

P1 = ("The two ministers met in the capital on Tuesday and agreed that the partnership between "
      "their countries should grow in trade, education and the protection of the sea.")
P2 = ("They also discussed the situation in the region and said that all disputes must be "
      "settled by peaceful means, in line with the law of the sea and with the charter.")
P3 = ("Both sides will hold the next round of the talks in the other capital next year, when "
      "they expect to sign an agreement on training and on the exchange of students.")
P4 = ("The ministers said the partnership in trade and education had grown in the past year, "
      "and that the talks on the sea would go on in the capital after the summer.")
ARTICLE = [P1, P2, P3]
TEASER = ("A new bakery opened in the harbour district this weekend and sold out of its famous "
          "apple cakes before noon, the owner told visitors on Sunday morning.")
COMMENT = ("I have been reading this blog for years and I think that it is one of the very best "
           "places on the web for anyone who is interested in what is going on.")


def page(*lines: str) -> str:
    """A page dump: one block per line."""
    return "\n".join(lines) + "\n"


def reasons(doc) -> dict[str, str | None]:
    """Each non-blank line's text -> its removal reason (None: kept)."""
    return {ln.text: ln.reason for ln in doc.lines if ln.reason != "blank"}
