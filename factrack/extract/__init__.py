"""Pure extraction: article text in, claim candidates out (no database, no I/O)."""

from factrack.extract.pipeline import extract
from factrack.extract.types import (
    Attribution,
    ClaimCandidate,
    Extraction,
    Paragraph,
    Quantity,
    Speaker,
)

__all__ = ["extract", "Attribution", "ClaimCandidate", "Extraction", "Paragraph",
           "Quantity", "Speaker"]
