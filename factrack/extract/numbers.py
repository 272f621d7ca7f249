"""The number grammar: find figures in text and read them as normalized quantities."""

from __future__ import annotations

import re

from factrack.extract.types import Quantity

_FIGURE = re.compile(r"(?P<num>\d+(?:[.,]\d+)*)\s*(?P<pct>%|percent|per cent)?")


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in `text`, in order; spans index `text`."""
    found = []
    for match in _FIGURE.finditer(text):
        unit = "%" if match.group("pct") else None
        found.append(Quantity(
            start=match.start(), end=match.end(), kind="share" if unit else "count",
            value=float(match.group("num").replace(",", "")), value_max=None, unit=unit,
            bound="exact", measure=None,
        ))
    return found
