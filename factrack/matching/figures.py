"""Do two figures for the same measure agree? Interval logic over bounds.

Each figure becomes an interval: exact -> value +/- half the rounding tolerance (and half a
point for percentages); approx -> +/- half the wider approx tolerance; more_than/at_least -> [value, inf); less_than/at_most -> [0, value];
range -> [value, value_max]; a plural scale word ("thousands of", read as 2,000) ->
[2,000, 10,000). Two figures agree when their intervals overlap, so
"33%" ~ "a third", "more than 100" ~ "more than 120" (both can be true), but
"100" vs "300" and "more than 100" vs "fewer than 50" disagree.
"""

from __future__ import annotations

import math

from factrack.matching.settings import DEFAULT_SETTINGS, MatchSettings


#: "Thousands" (read as 2,000) allows up to this multiple: 2,000-10,000.
VAGUE_SPAN = 5.0


def figure_interval(value: float, value_max: float | None, bound: str | None,
                    settings: MatchSettings = DEFAULT_SETTINGS,
                    unit: str | None = None, vague: bool = False) -> tuple[float, float]:
    """The closed interval of values a figure with this bound allows."""
    bound = bound or "exact"
    if vague and value > 0:  # "thousands of", "dozens of": an order of magnitude
        return value * (1 - settings.approx_tolerance / 2), value * VAGUE_SPAN
    if bound == "range" and value_max is not None:
        low, high = sorted((value, value_max))
        tol = settings.rounding_tolerance
        return low - abs(low) * tol, high + abs(high) * tol
    if bound in ("more_than", "at_least"):
        return (value, value * settings.open_bound_ratio) if value > 0 else (value, math.inf)
    if bound in ("less_than", "at_most"):
        return (value / settings.open_bound_ratio, value) if value > 0 else (-math.inf, value)
    tol = settings.approx_tolerance if bound == "approx" else settings.rounding_tolerance
    # Each side gets half the tolerance, so two exact figures agree when they differ by at
    # most `rounding_tolerance` of their size. Percentages are quoted rounded to whole
    # points ("33%" for a third): allow half a point on each side.
    spread = max(abs(value) * tol / 2, 0.5 if unit == "%" else 0.0)
    return value - spread, value + spread


def figures_agree(a, b, settings: MatchSettings = DEFAULT_SETTINGS) -> bool:
    """True when two claims' figures can both be right (their intervals overlap).

    Claims without a value (factual claims) agree with anything; different units never agree.
    """
    if a.value is None or b.value is None:
        return True
    if a.unit and b.unit and a.unit != b.unit:
        return False
    lo_a, hi_a = figure_interval(a.value, a.value_max, a.bound, settings, a.unit,
                                 getattr(a, "vague", False))
    lo_b, hi_b = figure_interval(b.value, b.value_max, b.bound, settings, b.unit,
                                 getattr(b, "vague", False))
    return lo_a <= hi_b and lo_b <= hi_a


def figures_corroborate(a, b, settings: MatchSettings = DEFAULT_SETTINGS) -> bool:
    """Agreeing figures that say something: within `changed_figure_ratio` of each other.

    "More than 500 people" agrees with "2,400 people" (both can be true) but is no
    evidence that the two count the same people; "more than 300" and "310" are. A plural
    scale word ("thousands of") corroborates nothing.
    """
    if (a.value is None) != (b.value is None):
        return False  # a figure and a claim without one: nothing to corroborate
    if not figures_agree(a, b, settings):
        return False
    if a.value is None:
        return True
    if getattr(a, "vague", False) or getattr(b, "vague", False):
        return False  # "thousands of" fits 7,400 and 4,000 alike
    low, high = sorted((abs(a.value), abs(b.value)))
    return high == 0 or (low > 0 and high / low <= settings.changed_figure_ratio)
