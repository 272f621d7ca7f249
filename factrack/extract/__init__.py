"""Pure extraction: article text in, claim candidates out (no database, no I/O)."""

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


def __getattr__(name: str):
    # `extract` loads the whole pipeline (~260 ms); importing the shared types (KINDS,
    # for a CLI option) must not pay for it.
    if name == "extract":
        from factrack.extract.pipeline import extract
        return extract
    raise AttributeError(f"module 'factrack.extract' has no attribute {name!r}")
