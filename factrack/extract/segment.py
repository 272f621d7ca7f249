"""Split article text into paragraphs and sentences, keeping offsets into the text."""

from __future__ import annotations

import re

from factrack.extract.types import Paragraph

_LINE = re.compile(r"[^\n]+")


def split_paragraphs(text: str) -> list[Paragraph]:
    """Every non-blank line is a paragraph; offsets exclude surrounding whitespace."""
    paragraphs: list[Paragraph] = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        paragraphs.append(Paragraph(len(paragraphs), start, start + len(stripped), stripped))
    return paragraphs
