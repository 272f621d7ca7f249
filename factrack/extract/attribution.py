"""Attribution: who says each span of an article, and whether quoted or paraphrased."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factrack.extract.types import NO_ATTRIBUTION, Attribution, Paragraph, Speaker


@dataclass(frozen=True, slots=True)
class AttributionIndex:
    """Answers `at(start, end)` for spans of one article's text."""

    speakers: tuple[Speaker, ...] = ()

    def at(self, start: int, end: int) -> Attribution:
        """The attribution of text[start:end] (offsets into the whole article text)."""
        return NO_ATTRIBUTION


def attribute(text: str, paragraphs: Sequence[Paragraph]) -> AttributionIndex:
    """Find quotes, reporting verbs and speakers in the article's body paragraphs."""
    return AttributionIndex()
