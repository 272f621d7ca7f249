"""Incremental linking, in memory: the reference the DB-backed linker must reproduce.

Records arrive in publication order. Each is compared only to earlier records sharing a
blocking key; it joins the group of its best match above the threshold if the group
accepts it (`group_accepts`: its members accept it on average, `group_threshold`, and no
claim of its own article there states a figure it disagrees with), else starts a group.
Groups never merge later (a chain of weak links would glue unrelated claims). One
correction is made (`evict_rivals`): a claim whose figure agrees with a group that is
closed to it only by a claim of its own article with another figure takes that claim's
place, and the other claim moves to its next best group.
Within a group, pairs whose figures disagree are reported as figure mismatches.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from factrack.matching.blocking import blocking_keys
from factrack.matching.figures import figures_agree
from factrack.matching.records import ClaimRecord
from factrack.matching.scoring import best_matches, score_pair
from factrack.matching.settings import DEFAULT_SETTINGS, MatchSettings
from factrack.matching.weights import TokenWeights


@dataclass(frozen=True, slots=True)
class Mismatch:
    """Two linked claims whose figures disagree (a changed figure)."""

    a: ClaimRecord
    b: ClaimRecord
    score: float


def link_incrementally(records_in_order: Iterable[ClaimRecord],
                       settings: MatchSettings = DEFAULT_SETTINGS,
                       weights: TokenWeights | None = None, count_weights: bool = True
                       ) -> tuple[list[list[ClaimRecord]], list[Mismatch]]:
    """Group records into recurring claims; return (groups, figure mismatches).

    Token weights are counted incrementally: each record is scored with the IDF of the
    records before it and itself (pass `weights` to start from stored counts; it is updated).
    With `count_weights=False` the given weights are used as they are (collection
    statistics computed beforehand, as a search index would).

    groups: lists of records, each in arrival order; every record is in exactly one group.
    mismatches: one entry per linked pair (new record vs each earlier group member) whose
    figures disagree, scored with the new record's match score to its group.
    """
    linker = _Linker(settings, TokenWeights() if weights is None else weights)
    for record in records_in_order:
        if count_weights:
            linker.weights.add(record)
        linker.add(record)
    return [g for g in linker.groups if g], linker.mismatches


def may_compare(record: ClaimRecord, earlier: ClaimRecord,
                settings: MatchSettings = DEFAULT_SETTINGS) -> bool:
    """Claims of other articles always; of the same article only when both state a figure.

    An article repeats its figures ("10 months later" ... "10 months ago"), but two of its
    figure-less assertions sharing words ("China's top supplier", "China's top priority")
    are rarely the same claim restated.
    """
    if record.article_id is None or earlier.article_id != record.article_id:
        return True
    return (settings.link_within_article and record.value is not None
            and earlier.value is not None)


def group_accepts(record: ClaimRecord, members: list[ClaimRecord],
                  settings: MatchSettings = DEFAULT_SETTINGS,
                  weights: TokenWeights | None = None) -> bool:
    """May `record` join the group of `members`?

    Its mean score over the members must reach `group_threshold` (one strong link must not
    pull in a claim the rest disown), and (`one_figure_per_article`) no member from its
    own article may state a figure it disagrees with: an article does not contradict
    itself, so a second figure in it ("85 rescued ... 12 by helicopter") is another claim.
    """
    if not members:
        return False
    if settings.one_figure_per_article and record.article_id is not None and any(
            m.article_id == record.article_id and not figures_agree(record, m, settings)
            for m in members):
        return False
    weights = weights if weights is not None else TokenWeights()
    mean = sum(score_pair(record, m, settings, weights) for m in members) / len(members)
    return mean >= settings.group_threshold


def rivals_to_evict(record: ClaimRecord, members: list[ClaimRecord],
                    settings: MatchSettings = DEFAULT_SETTINGS,
                    weights: TokenWeights | None = None) -> list[ClaimRecord]:
    """Members of `record`'s own article that `record` should replace in this group.

    Non-empty only when the group is closed to `record` by them alone: `record` agrees
    with every member from other articles and is accepted by them, while each of those
    same-article members disagrees with one of them. The earlier claim was placed on
    wording alone ("around three million customers" beside "5.1 million customers");
    `record` states the group's figure ("5.1 million")."""
    rivals = [m for m in members if m.article_id == record.article_id]
    rest = [m for m in members if m.article_id != record.article_id]
    if not rivals or not rest or record.article_id is None:
        return []
    if not all(figures_agree(record, m, settings) for m in rest):
        return []
    if not all(any(not figures_agree(r, m, settings) for m in rest) for r in rivals):
        return []
    return rivals if group_accepts(record, rest, settings, weights) else []


class _Linker:
    """The state of one incremental linking run: groups, blocking index, flags."""

    def __init__(self, settings: MatchSettings, weights: TokenWeights) -> None:
        self.settings = settings
        self.weights = weights
        self.groups: list[list[ClaimRecord]] = []
        self.mismatches: list[Mismatch] = []
        self.seen: list[ClaimRecord] = []
        self.group_of: dict[int, int] = {}       # position of record -> group index
        self.position_of: dict[int, int] = {}    # id(record) -> position
        self.index: dict[str, list[int]] = defaultdict(list)

    def add(self, record: ClaimRecord) -> None:
        pos = len(self.seen)
        keys = blocking_keys(record)
        matches = self._matches(record, keys)
        target, score = self._choose(record, matches)
        if target is None and self.settings.evict_rivals:
            target, score = self._win(record, matches)
        if target is not None and self.settings.merge_groups:
            self._merge_into(target, record, matches, score)
        self.seen.append(record)
        self.position_of[id(record)] = pos
        self._join(record, target, score)
        for key in keys:
            self.index[key].append(pos)

    def _matches(self, record: ClaimRecord, keys: set[str],
                 exclude_group: int | None = None) -> list[tuple[ClaimRecord, float]]:
        """Scored earlier records sharing a key (other articles unless configured)."""
        positions = sorted({p for key in keys for p in self.index.get(key, ())})
        candidates = [self.seen[p] for p in positions
                      if self.seen[p] is not record and self.group_of[p] != exclude_group
                      and may_compare(record, self.seen[p], self.settings)]
        return best_matches(record, candidates, self.settings, self.weights)

    def _group(self, match: ClaimRecord) -> int:
        return self.group_of[self.position_of[id(match)]]

    def _choose(self, record: ClaimRecord, matches: list[tuple[ClaimRecord, float]]
                ) -> tuple[int | None, float]:
        """The group of the best match that accepts the record."""
        for group in dict.fromkeys(self._group(m) for m, _ in matches):
            if group_accepts(record, self.groups[group], self.settings, self.weights):
                return group, next(s for m, s in matches if self._group(m) == group)
        return None, 0.0

    def _win(self, record: ClaimRecord, matches: list[tuple[ClaimRecord, float]]
             ) -> tuple[int | None, float]:
        """A group the record takes from claims of its own article (`rivals_to_evict`);
        those move to their next best group."""
        for group in dict.fromkeys(self._group(m) for m, _ in matches):
            rivals = rivals_to_evict(record, self.groups[group], self.settings, self.weights)
            if rivals:
                for rival in rivals:
                    self._move_out(rival, group)
                return group, next(s for m, s in matches if self._group(m) == group)
        return None, 0.0

    def _move_out(self, rival: ClaimRecord, group: int) -> None:
        left = self.groups[group]
        left.remove(rival)
        self.mismatches = [m for m in self.mismatches
                           if not ((m.a is rival and any(m.b is x for x in left))
                                   or (m.b is rival and any(m.a is x for x in left)))]
        matches = self._matches(rival, blocking_keys(rival), exclude_group=group)
        home, score = self._choose(rival, matches)
        self._join(rival, home, score)

    def _merge_into(self, target: int, record: ClaimRecord,
                    matches: list[tuple[ClaimRecord, float]], score: float) -> None:
        """`merge_groups`: every other group accepting the record joins `target`."""
        for other in dict.fromkeys(self._group(m) for m, _ in matches):
            members = self.groups[other]
            if other == target or not group_accepts(record, members, self.settings,
                                                    self.weights):
                continue
            for member in members:
                self.group_of[self.position_of[id(member)]] = target
                if not figures_agree(record, member, self.settings):
                    self.mismatches.append(Mismatch(member, record, score))
            self.groups[target].extend(members)
            self.groups[other] = []

    def _join(self, record: ClaimRecord, target: int | None, score: float) -> None:
        """Put the record (already in `seen`) in `target`, or a new group; flag figures."""
        if target is None:
            target = len(self.groups)
            self.groups.append([])
        for member in self.groups[target]:
            if not figures_agree(record, member, self.settings):
                self.mismatches.append(Mismatch(member, record, score))
        self.groups[target].append(record)
        self.group_of[self.position_of[id(record)]] = target
