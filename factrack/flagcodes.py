"""The flag vocabulary: each code's meaning to an editor and its place in the review queue.

Apart from the rules (factrack.flags) so that readers of the record (`claims --flagged`
on the fast read path, docs, exports) get it without loading the database layer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FlagCode:
    """What a code means to an editor and where it puts the claim in the review queue.

    `queues` False marks an informational flag: it is stored and shown, but alone it does
    not change the claim's status to "flagged".
    """

    code: str
    explanation: str
    priority: int
    queues: bool = True


# Priorities: previously-judged first, then figure-mismatch, then the content rules in one
# tier (check-worthiness orders them), then the informational ones. See docs/review.md.
FLAG_CODES: dict[str, FlagCode] = {c.code: c for c in (
    FlagCode("previously-false", "the same claim was already judged false", 100),
    FlagCode("previously-disputed", "the same claim was already judged disputed", 90),
    FlagCode("figure-mismatch", "the same claim elsewhere gives a different figure", 80),
    FlagCode("implausible", "the figure is impossible on its face (over 100% of a whole, "
             "a negative count, a change over 1000%, a future year): may still be true", 50),
    FlagCode("unattributed", "a figure in the reporter's own voice with no source in the "
             "sentence", 50),
    FlagCode("superlative", "absolute or ranking language (top, leading, largest, first, "
             "record, only, all...)", 50),
    FlagCode("new-statistic", "a figure never seen before in the database", 10, False),
    FlagCode("previously-verified", "the same claim was already verified", 5, False),
)}

VERDICT_SEVERITY = ("false", "disputed", "verified")  # most severe first


def explain(code: str) -> str:
    return FLAG_CODES[code].explanation if code in FLAG_CODES else "unknown flag code"


def priority(codes: Iterable[str]) -> int:
    """A claim's queue tier: the priority of its most urgent flag (0 without flags)."""
    return max((FLAG_CODES[c].priority for c in codes if c in FLAG_CODES), default=0)
