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

    A weight is log((total + 1) / (count + 0.5)) = log(total + 1) - log(count + 0.5). The
    second term changes only for the tokens of a newly counted claim, so it is memoized
    across claims (`_logs`); scoring a claim against a hundred candidates then reads the
    memo instead of taking thousands of logarithms, and a string's total weight is
    len(tokens) * log(total + 1) minus one C-level sum over the memo.
    """

    counts: Counter = field(default_factory=Counter)
    total: int = 0
    #: log(count + 0.5) per token; dropped for a token when its count changes.
    _logs: dict = field(default_factory=dict, repr=False, compare=False)
    #: Sum of `_logs` over each token string's tokens, valid until the next count change.
    _sums: dict = field(default_factory=dict, repr=False, compare=False)
    #: Overlaps asked again with the same weights (many candidates share a story).
    _pairs: dict = field(default_factory=dict, repr=False, compare=False)

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
        tokens = record_tokens(record)
        self.counts.update(tokens)
        self.total += 1
        self.counts_changed(tokens)

    def counts_changed(self, tokens: Iterable[str]) -> None:
        """Forget what depended on these tokens' counts (and on the total)."""
        logs = self._logs
        for token in tokens:
            logs.pop(token, None)
        self._sums.clear()
        self._pairs.clear()

    def weight(self, token: str) -> float:
        if self.total == 0:
            return 1.0
        return math.log(self.total + 1) - self._log_counts([token])

    def overlap(self, a: str, b: str, mode: str = "dice") -> float:
        """Weighted overlap of two token strings in [0, 1]: "dice" = 2|A∩B| / (|A|+|B|),
        "min" = |A∩B| / min(|A|, |B|) (a short measure inside a longer one scores 1)."""
        set_a, set_b = token_set(a), token_set(b)
        if not set_a or not set_b:
            return 0.0
        common = set_a & set_b
        if not common:
            return 0.0
        if self.total == 0:
            shared, w_a, w_b = len(common), len(set_a), len(set_b)
        else:
            log_total = math.log(self.total + 1)
            shared = len(common) * log_total - self._log_counts(common)
            w_a = len(set_a) * log_total - self._sum(a, set_a)
            w_b = len(set_b) * log_total - self._sum(b, set_b)
        if mode == "min":
            return shared / min(w_a, w_b)
        return 2 * shared / (w_a + w_b)

    def overlap_memo(self, a: str, b: str, mode: str = "dice") -> float:
        """`overlap`, remembered until the counts change: for long strings that recur
        within one claim's comparisons (every candidate of an article has its story)."""
        key = (a, b, mode)
        found = self._pairs.get(key)
        if found is None:
            if len(self._pairs) >= 1 << 16:  # bounded, as _sums
                self._pairs.clear()
            found = self._pairs[key] = self.overlap(a, b, mode)
        return found

    def _log_counts(self, tokens) -> float:
        """Sum of log(count + 0.5) over the tokens, from the memo when all are there."""
        logs = self._logs
        try:
            return sum(map(logs.__getitem__, tokens))
        except KeyError:
            self._fill([t for t in tokens if t not in logs])
            return sum(map(logs.__getitem__, tokens))

    def _fill(self, tokens: list[str]) -> None:
        """Memoize log(count + 0.5) of `tokens` (none of them memoized yet)."""
        get, log = self.counts.get, math.log
        self._logs.update({t: log(get(t, 0) + 0.5) for t in tokens})

    def _sum(self, text: str, tokens: frozenset[str]) -> float:
        """`_log_counts` of `text`'s tokens, once per string while the counts stand."""
        total = self._sums.get(text)
        if total is None:
            if len(self._sums) >= 1 << 16:  # bounded, for weights that are never re-counted
                self._sums.clear()
            total = self._sums[text] = self._log_counts(tokens)
        return total


UNIFORM = TokenWeights()
