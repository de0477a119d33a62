"""Field extraction: plain functions from a cleaned document to an ``Extraction``.

One module per field family (as trafilatura has one per extraction stage); ``extract`` runs
them in order. This first version is a placeholder that the extraction work replaces.
"""

from __future__ import annotations

from parley.document import CleanedDoc
from parley.extract.model import Amount, Evidence, Extraction, Person, Topic

__all__ = ["Amount", "Evidence", "Extraction", "Person", "Topic", "extract"]


def extract(doc: CleanedDoc) -> Extraction:
    """Extract every contract field from one cleaned document."""
    return Extraction()
