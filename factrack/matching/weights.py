"""Token weights: rare words say more about which claim this is than common ones.

IDF over the claims seen so far: a story's recurring names ("Skyvale", "council") and
generic words ("year", "increase") weigh little, the measure words that tell one claim
from another ("hectare", "turnout", "nurse") weigh a lot. The storage layer keeps the
counts in a table (token -> number of claims whose wording contains it) and passes them in.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from factrack.matching.records import ClaimRecord


def record_tokens(record: ClaimRecord) -> set[str]:
    """The distinct canonical tokens one record contributes to the counts."""
    return set(record.wording.split()) | set(record.local_wording.split())


@dataclass
class TokenWeights:
    """Document frequencies of canonical tokens over `total` claims; IDF weights from them.

    With no claims counted every token weighs 1 (plain token overlap).
    """

    counts: Counter = field(default_factory=Counter)
    total: int = 0
    #: Weights computed since the last `add` (scoring asks for the same tokens thousands
    #: of times); change counts through `add` so it stays current.
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_records(cls, records: Iterable[ClaimRecord]) -> "TokenWeights":
        weights = cls()
        for record in records:
            weights.add(record)
        return weights

    @classmethod
    def from_counts(cls, counts: Mapping[str, int], total: int) -> "TokenWeights":
        return cls(Counter(counts), total)

    def add(self, record: ClaimRecord) -> None:
        self.counts.update(record_tokens(record))
        self.total += 1
        self._memo.clear()

    def weight(self, token: str) -> float:
        if self.total == 0:
            return 1.0
        memo = self._memo.get(token)
        if memo is None:
            memo = self._memo[token] = math.log((self.total + 1)
                                                / (self.counts.get(token, 0) + 0.5))
        return memo

    def overlap(self, a: str, b: str, mode: str = "dice") -> float:
        """Weighted overlap of two token strings in [0, 1]: "dice" = 2|A∩B| / (|A|+|B|),
        "min" = |A∩B| / min(|A|, |B|) (a short measure inside a longer one scores 1)."""
        set_a, set_b = set(a.split()), set(b.split())
        if not set_a or not set_b:
            return 0.0
        w_a = sum(self.weight(t) for t in set_a)
        w_b = sum(self.weight(t) for t in set_b)
        shared = sum(self.weight(t) for t in set_a & set_b)
        if mode == "min":
            return shared / min(w_a, w_b)
        return 2 * shared / (w_a + w_b)


UNIFORM = TokenWeights()
