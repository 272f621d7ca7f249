"""Normalized claim keys: the same claim written differently gets the same key.

The key is an exact-match fast path for linking: two claims with equal keys state the same
figure for the same measure. It canonicalizes the figure (4 significant figures), the unit
("per cent", "percent" -> "%"; currency codes upper-case), the bound (synonyms of
BOUNDS folded) and the measure wording (the linking normalizer: lowercase, synonyms such as
"firms"/"enterprises" -> "company", crude plural stemming, stopwords dropped; the words
are sorted so "jobs cut" and "cut jobs" agree).
"""

from __future__ import annotations

import math

from factrack.matching.normalize import is_number_token, wording_tokens

_UNIT_ALIASES = {"percent": "%", "per cent": "%", "pct": "%", "percentage": "%",
                 "percentage point": "pp", "percentage points": "pp", "points": "pp",
                 "point": "pp", "£": "GBP", "gbp": "GBP", "$": "USD", "usd": "USD",
                 "€": "EUR", "eur": "EUR"}
_BOUND_ALIASES = {None: "exact", "": "exact", "over": "more_than", "above": "more_than",
                  "under": "less_than", "below": "less_than", "fewer_than": "less_than",
                  "about": "approx", "around": "approx", "nearly": "approx",
                  "minimum": "at_least", "maximum": "at_most", "up_to": "at_most"}


def canonical_number(value: float | None, digits: int = 4) -> str:
    """`value` rounded to `digits` significant figures, without exponent or trailing zeros."""
    if value is None:
        return ""
    if value == 0 or not math.isfinite(value):
        return "0" if value == 0 else str(value)
    rounded = round(value, -int(math.floor(math.log10(abs(value)))) + digits - 1)
    return f"{rounded:.10f}".rstrip("0").rstrip(".")


def canonical_unit(unit: str | None) -> str:
    if not unit:
        return ""
    folded = unit.strip().lower()
    return _UNIT_ALIASES.get(folded, folded)


def canonical_bound(bound: str | None) -> str:
    folded = bound.strip().lower().replace(" ", "_") if bound else bound
    return _BOUND_ALIASES.get(folded, folded)


def canonical_measure(measure: str | None) -> str:
    """Sorted distinct canonical words of the measure, numbers left out."""
    words = {t for t in wording_tokens(measure or "") if not is_number_token(t)}
    return " ".join(sorted(words))


def claim_key(kind: str, value: float | None, unit: str | None, bound: str | None,
              measure: str | None) -> str:
    """Canonical `kind|value|unit|bound|measure words` string used for linking."""
    return "|".join((kind or "", canonical_number(value), canonical_unit(unit),
                     canonical_bound(bound), canonical_measure(measure)))
