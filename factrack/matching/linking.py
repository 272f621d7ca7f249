"""Incremental linking, in memory: the reference the DB-backed linker must reproduce.

Records arrive in publication order. Each is compared only to earlier records sharing a
blocking key; it joins the group of its best match above the threshold, else starts a
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
from factrack.matching.scoring import best_matches
from factrack.matching.settings import DEFAULT_SETTINGS, MatchSettings


@dataclass(frozen=True, slots=True)
class Mismatch:
    """Two linked claims whose figures disagree (a changed figure)."""

    a: ClaimRecord
    b: ClaimRecord
    score: float


def link_incrementally(records_in_order: Iterable[ClaimRecord],
                       settings: MatchSettings = DEFAULT_SETTINGS
                       ) -> tuple[list[list[ClaimRecord]], list[Mismatch]]:
    """Group records into recurring claims; return (groups, figure mismatches).

    groups: lists of records, each in arrival order; every record is in exactly one group.
    mismatches: one entry per linked pair (new record vs each earlier group member) whose
    figures disagree, scored with the new record's match score to its group.
    """
    groups: list[list[ClaimRecord]] = []
    group_of: dict[int, int] = {}            # position of record -> group index
    index: dict[str, list[int]] = defaultdict(list)
    seen: list[ClaimRecord] = []
    mismatches: list[Mismatch] = []
    position_of: dict[int, int] = {}         # id(record) -> position
    for record in records_in_order:
        pos = len(seen)
        keys = blocking_keys(record)
        candidate_positions = sorted({p for key in keys for p in index.get(key, ())})
        candidates = [seen[p] for p in candidate_positions
                      if settings.link_within_article or record.article_id is None
                      or seen[p].article_id != record.article_id]
        matches = best_matches(record, candidates, settings, limit=1)
        if matches:
            best, score = matches[0]
            target = group_of[position_of[id(best)]]
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
    return groups, mismatches

