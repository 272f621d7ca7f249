"""First working pipeline: paragraphs -> figures -> claims. Replaced stage by stage."""

from __future__ import annotations

from factrack.extract.attribution import attribute
from factrack.extract.keys import claim_key
from factrack.extract.numbers import find_quantities
from factrack.extract.segment import split_paragraphs
from factrack.extract.types import ClaimCandidate, Extraction


def extract(text: str) -> Extraction:
    """Extract claim candidates from article text."""
    paragraphs = split_paragraphs(text)
    title = paragraphs[0].text if paragraphs else None
    body = paragraphs[1:]
    attributions = attribute(text, body)
    claims: list[ClaimCandidate] = []
    for paragraph in body:
        for q in find_quantities(paragraph.text):
            who = attributions.at(paragraph.start + q.start, paragraph.start + q.end)
            claims.append(ClaimCandidate(
                text=paragraph.text, start=paragraph.start, end=paragraph.end,
                figure_start=paragraph.start + q.start, figure_end=paragraph.start + q.end,
                paragraph_index=paragraph.index, kind=q.kind, value=q.value,
                value_max=q.value_max, unit=q.unit, bound=q.bound, measure=q.measure,
                key=claim_key(q.kind, q.value, q.unit, q.bound, q.measure),
                checkworthiness=0.5, speaker=who.speaker, attribution=who.attribution,
            ))
    return Extraction(title=title, claims=tuple(claims), speakers=attributions.speakers,
                      paragraphs=tuple(paragraphs))
