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
from functools import lru_cache

from factrack.matching.records import ClaimRecord


@lru_cache(maxsize=8192)
def token_set(text: str) -> frozenset[str]:
    """The distinct tokens of a canonical string; memoized, since scoring compares the
    same wordings (the query's above all) with hundreds of candidates."""
    return frozenset(text.split())


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
    #: Total weight of each token string seen since the last `add` (same reason).
    _sums: dict = field(default_factory=dict, repr=False, compare=False)

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
        self._sums.clear()

    def weight(self, token: str) -> float:
        memo = self._memo.get(token)
        if memo is None:
            memo = self._memo[token] = 1.0 if self.total == 0 else math.log(
                (self.total + 1) / (self.counts.get(token, 0) + 0.5))
        return memo

    def overlap(self, a: str, b: str, mode: str = "dice") -> float:
        """Weighted overlap of two token strings in [0, 1]: "dice" = 2|A∩B| / (|A|+|B|),
        "min" = |A∩B| / min(|A|, |B|) (a short measure inside a longer one scores 1)."""
        set_a, set_b = token_set(a), token_set(b)
        if not set_a or not set_b:
            return 0.0
        common = set_a & set_b
        if not common:
            return 0.0
        shared = self._total_weight(common)
        w_a, w_b = self._sum(a, set_a), self._sum(b, set_b)
        if mode == "min":
            return shared / min(w_a, w_b)
        return 2 * shared / (w_a + w_b)

    def _total_weight(self, tokens: frozenset[str]) -> float:
        """Sum of the tokens' weights (in set order), from the memo when all are there."""
        memo = self._memo
        try:
            return sum(map(memo.__getitem__, tokens))
        except KeyError:
            self._fill([t for t in tokens if t not in memo])
            return sum(map(memo.__getitem__, tokens))

    def _fill(self, tokens: list[str]) -> None:
        """Memoize the weights of `tokens` (none of them memoized yet)."""
        weight = self.weight
        for token in tokens:
            weight(token)

    def _sum(self, text: str, tokens: frozenset[str]) -> float:
        """Total weight of `text`'s tokens, computed once per string while weights stand."""
        total = self._sums.get(text)
        if total is None:
            if len(self._sums) >= 1 << 16:  # bounded, for weights that are never re-counted
                self._sums.clear()
            total = self._sums[text] = self._total_weight(tokens)
        return total


UNIFORM = TokenWeights()
