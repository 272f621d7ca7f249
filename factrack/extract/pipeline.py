"""First working pipeline: paragraphs -> figures -> claims. Replaced stage by stage."""

from __future__ import annotations

import re

from factrack.extract.keys import claim_key
from factrack.extract.segment import split_paragraphs
from factrack.extract.types import ClaimCandidate, Extraction

_FIGURE = re.compile(r"(?P<num>\d+(?:[.,]\d+)*)\s*(?P<pct>%|percent|per cent)?")


def extract(text: str) -> Extraction:
    """Extract claim candidates from article text."""
    paragraphs = split_paragraphs(text)
    title = paragraphs[0].text if paragraphs else None
    claims: list[ClaimCandidate] = []
    for paragraph in paragraphs[1:]:
        for match in _FIGURE.finditer(paragraph.text):
            value = float(match.group("num").replace(",", ""))
            unit = "%" if match.group("pct") else None
            kind = "share" if unit else "count"
            start = paragraph.start + match.start()
            end = paragraph.start + match.end()
            claims.append(ClaimCandidate(
                text=paragraph.text, start=paragraph.start, end=paragraph.end,
                figure_start=start, figure_end=end, paragraph_index=paragraph.index,
                kind=kind, value=value, value_max=None, unit=unit, bound="exact",
                measure=None, key=claim_key(kind, value, unit, "exact", None),
                checkworthiness=0.5,
            ))
    return Extraction(title=title, claims=tuple(claims), paragraphs=tuple(paragraphs))
