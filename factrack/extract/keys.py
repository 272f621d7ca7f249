"""Normalized claim keys: the same claim written differently gets the same key."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9]+")


def claim_key(kind: str, value: float | None, unit: str | None, bound: str | None,
              measure: str | None) -> str:
    """Canonical `kind|value|unit|bound|measure words` string used for linking."""
    number = "" if value is None else f"{value:.6g}"
    words = " ".join(_WORD.findall((measure or "").lower()))
    return "|".join((kind, number, unit or "", bound or "", words))
