"""Pair scores: rapidfuzz similarity of canonical wordings, gated by structured fields.

Two wordings are compared: the figure's whole sentence (token_set_ratio, tolerant of one
outlet adding detail) and the local wording -- measure words plus the words right next to
the figure (token_sort_ratio, strict) -- which is what tells "20 people died" from
"20 people were hired". Kind and unit gate; figures and speakers adjust.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process

from factrack.matching.figures import figures_agree
from factrack.matching.records import ClaimRecord
from factrack.matching.settings import COMPATIBLE_KINDS, DEFAULT_SETTINGS, MatchSettings

SENTENCE_SCORER = fuzz.token_set_ratio
LOCAL_SCORER = fuzz.token_sort_ratio


def compatible(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Kinds and units that can describe the same quantity."""
    if a.kind and b.kind and a.kind != b.kind:
        if not any(a.kind in group and b.kind in group for group in COMPATIBLE_KINDS):
            return False
    if a.unit and b.unit and a.unit != b.unit:
        return False
    return True


def combine(a: ClaimRecord, b: ClaimRecord, sentence_sim: float, local_sim: float,
            settings: MatchSettings = DEFAULT_SETTINGS) -> float:
    """Combined score in [0, 1] from the two wording similarities (0-100) and the fields."""
    if not compatible(a, b):
        return 0.0
    score = (settings.sentence_weight * sentence_sim + settings.local_weight * local_sim) / 100
    if figures_agree(a, b, settings):
        score += settings.figure_bonus
    if a.speaker and b.speaker:
        if a.speaker.casefold() == b.speaker.casefold():
            score += settings.speaker_bonus
        else:
            score -= settings.speaker_penalty
    return max(0.0, min(1.0, score))


def score_pair(a: ClaimRecord, b: ClaimRecord,
               settings: MatchSettings = DEFAULT_SETTINGS) -> float:
    """How likely two claims state the same thing, in [0, 1]."""
    return combine(a, b, SENTENCE_SCORER(a.wording, b.wording, processor=None),
                   LOCAL_SCORER(a.local_wording, b.local_wording, processor=None), settings)


def best_matches(query: ClaimRecord, candidates: Sequence[ClaimRecord],
                 settings: MatchSettings = DEFAULT_SETTINGS, limit: int | None = None
                 ) -> list[tuple[ClaimRecord, float]]:
    """Candidates scoring at least `settings.link_threshold`, best first.

    Wordings are normalized when records are built, so rapidfuzz runs with
    processor=None; the local wording prefilters with score_cutoff before the sentence
    wording is scored for the survivors only.
    """
    if not candidates:
        return []
    local = process.extract(query.local_wording, [c.local_wording for c in candidates],
                            scorer=LOCAL_SCORER, processor=None, limit=None,
                            score_cutoff=settings.local_cutoff)
    if not local:
        return []
    survivors = [candidates[i] for _, _, i in local]
    local_by_pos = {pos: s for pos, (_, s, _) in enumerate(local)}
    sentence = process.extract(query.wording, [c.wording for c in survivors],
                               scorer=SENTENCE_SCORER, processor=None, limit=None)
    scored = []
    for _, sent_sim, pos in sentence:
        cand = survivors[pos]
        score = combine(query, cand, sent_sim, local_by_pos[pos], settings)
        if score >= settings.link_threshold:
            scored.append((cand, score))
    scored.sort(key=lambda pair: -pair[1])
    return scored[:limit] if limit else scored
