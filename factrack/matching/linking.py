"""Incremental linking, in memory: the reference the DB-backed linker must reproduce.

Records arrive in publication order. Each is compared only to earlier records sharing a
blocking key; it joins the group of its best match above the threshold (if the group's
members accept it on average, `group_threshold`), else starts a
group. Groups never merge later (a chain of weak links would glue unrelated claims).
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
    groups: list[list[ClaimRecord]] = []
    group_of: dict[int, int] = {}            # position of record -> group index
    index: dict[str, list[int]] = defaultdict(list)
    seen: list[ClaimRecord] = []
    mismatches: list[Mismatch] = []
    weights = TokenWeights() if weights is None else weights
    position_of: dict[int, int] = {}         # id(record) -> position
    for record in records_in_order:
        pos = len(seen)
        keys = blocking_keys(record)
        if count_weights:
            weights.add(record)
        candidate_positions = sorted({p for key in keys for p in index.get(key, ())})
        candidates = [seen[p] for p in candidate_positions
                      if settings.link_within_article or record.article_id is None
                      or seen[p].article_id != record.article_id]
        matches = best_matches(record, candidates, settings, weights)
        target, score = _choose_group(record, matches, groups, group_of, position_of, settings,
                                      weights)
        if target is not None and settings.merge_groups:
            for other in _accepting_groups(record, matches, groups, group_of, position_of,
                                           settings, weights):
                if other != target and groups[other]:
                    for member in groups[other]:
                        group_of[position_of[id(member)]] = target
                        if not figures_agree(record, member, settings):
                            mismatches.append(Mismatch(member, record, score))
                    groups[target].extend(groups[other])
                    groups[other] = []
        if target is not None:
            for member in groups[target]:
                if not figures_agree(record, member, settings):
                    mismatches.append(Mismatch(member, record, score))
            groups[target].append(record)
        else:
            target = len(groups)
            groups.append([record])
        group_of[pos] = target
        seen.append(record)
        position_of[id(record)] = pos
        for key in keys:
            index[key].append(pos)
    return [g for g in groups if g], mismatches



def _choose_group(record: ClaimRecord, matches: list[tuple[ClaimRecord, float]],
                  groups: list[list[ClaimRecord]], group_of: dict[int, int],
                  position_of: dict[int, int], settings: MatchSettings,
                  weights: TokenWeights) -> tuple[int | None, float]:
    """The group of the best match whose members, on average, also accept the record."""
    tried: set[int] = set()
    for match, score in matches:
        group = group_of[position_of[id(match)]]
        if group in tried:
            continue
        tried.add(group)
        if group_accepts(record, groups[group], settings, weights):
            return group, score
    return None, 0.0


def group_accepts(record: ClaimRecord, members: list[ClaimRecord],
                  settings: MatchSettings = DEFAULT_SETTINGS,
                  weights: TokenWeights | None = None) -> bool:
    """May `record` join the group of `members`?

    Its mean score over the members must reach `group_threshold` (one strong link must not
    pull in a claim the rest disown), and no member from its own article may state a
    figure it disagrees with: an article does not contradict itself, so a second figure
    in the same article ("85 rescued ... 12 of them by helicopter") is another claim.
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


def _accepting_groups(record: ClaimRecord, matches: list[tuple[ClaimRecord, float]],
                      groups: list[list[ClaimRecord]], group_of: dict[int, int],
                      position_of: dict[int, int], settings: MatchSettings,
                      weights: TokenWeights) -> list[int]:
    """Every matched group whose members accept the record on average."""
    accepted = []
    for group in dict.fromkeys(group_of[position_of[id(m)]] for m, _ in matches):
        if group_accepts(record, groups[group], settings, weights):
            accepted.append(group)
    return accepted
