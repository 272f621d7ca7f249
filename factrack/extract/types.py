"""Value types shared by every extraction stage.

Extraction is pure: text in, these frozen dataclasses out. No database, no I/O, so the
stages are fast to test and safe to run in worker processes (all types pickle).
"""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("share", "count", "money", "change", "ratio", "duration", "rank", "factual")
BOUNDS = ("exact", "more_than", "at_least", "less_than", "at_most", "approx", "range")
ATTRIBUTIONS = ("direct", "indirect", "none")
SPEAKER_KINDS = ("person", "organization", "unnamed")

# Paragraph roles: only "body" paragraphs yield claims.
PARAGRAPH_ROLES = ("body", "heading", "caption", "credit", "boilerplate", "duplicate")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the stored article text; start/end index that text."""

    index: int
    start: int
    end: int
    text: str
    role: str = "body"


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure found by the number grammar, with its normalized reading.

    start/end span the figure expression (qualifier included, e.g. "more than 100%")
    in the string that was scanned. measure_start/measure_end span the phrase the figure
    measures ("global demand"), or are None when nothing was found.
    """

    start: int
    end: int
    kind: str
    value: float
    value_max: float | None
    unit: str | None
    bound: str
    measure: str | None
    measure_start: int | None = None
    measure_end: int | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker as seen in one article: name is the fullest form seen there."""

    name: str
    kind: str = "person"
    role: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says a span of text, and how: direct quote, reported speech, or reporter."""

    speaker: Speaker | None
    attribution: str = "none"


NO_ATTRIBUTION = Attribution(None, "none")


@dataclass(frozen=True, slots=True)
class ClaimCandidate:
    """One claim: the smallest clause carrying a figure (or factual assertion).

    start/end index the clause in the full article text; figure_start/figure_end the
    figure (or trigger phrase for factual claims) inside it, for highlighting and scoring.
    """

    text: str
    start: int
    end: int
    figure_start: int
    figure_end: int
    paragraph_index: int
    kind: str
    value: float | None
    value_max: float | None
    unit: str | None
    bound: str | None
    measure: str | None
    key: str
    checkworthiness: float
    speaker: Speaker | None = None
    attribution: str = "none"
    signals: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extraction learns from one article."""

    title: str | None
    claims: tuple[ClaimCandidate, ...]
    speakers: tuple[Speaker, ...] = ()
    paragraphs: tuple[Paragraph, ...] = field(default=())
