"""How a normalized figure is written for people: one format in tables, reviews and exports."""

from __future__ import annotations

_BOUND_SIGNS = {"more_than": ">", "at_least": "≥", "less_than": "<", "at_most": "≤",
                "approx": "~"}
_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))


def number_text(value: float) -> str:
    """1200 -> '1,200', 33.3333 -> '33.33', 1.13e9 -> '1.13bn'."""
    for size, suffix in _SCALES:
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def figure_text(row: dict) -> str:
    """A claim's figure, compactly: '>100 %', '10–15 month', '1.13bn USD'."""
    if row.get("value") is None:
        return ""
    text = number_text(row["value"])
    if row.get("bound") == "range" and row.get("value_max") is not None:
        text = f"{text}–{number_text(row['value_max'])}"
    unit = f" {row['unit']}" if row.get("unit") else ""
    return f"{_BOUND_SIGNS.get(row.get('bound'), '')}{text}{unit}"
