"""Matching thresholds and weights, in one frozen, documented place."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """Parameters of claim linking. Scores are in [0, 1].

    score = sentence_weight * sim(sentence wordings) + local_weight * sim(local wordings)
            + figure_bonus (if the figures agree) + speaker_bonus (same speaker)
            - speaker_penalty (both speakers known and different),
    and is 0 when kinds or units are incompatible. A pair links at `link_threshold`.
    """

    #: Weight of the whole-sentence wording similarity (rapidfuzz token_set_ratio).
    sentence_weight: float = 0.45
    #: Weight of the local wording: measure + words next to the figure (token_sort_ratio).
    local_weight: float = 0.55
    #: Added when the two figures agree (see figures_agree): evidence, not a requirement,
    #: because a changed figure for the same claim must still link to be flagged.
    figure_bonus: float = 0.10
    #: Added when both claims have the same known speaker.
    speaker_bonus: float = 0.05
    #: Subtracted when both speakers are known and different.
    speaker_penalty: float = 0.15
    #: Minimum combined score for two claims to link.
    link_threshold: float = 0.62
    #: Candidates whose local wording scores below this (0-100) are dropped before the
    #: sentence comparison (rapidfuzz score_cutoff).
    local_cutoff: float = 30.0
    #: Relative tolerance for "exact" figures: 1,240 and 1,250 agree (rounding).
    rounding_tolerance: float = 0.03
    #: Relative tolerance for "approx" figures ("about 300", "some 300").
    approx_tolerance: float = 0.10
    #: Link claims of the same article to each other (repeats in one piece).
    link_within_article: bool = False


DEFAULT_SETTINGS = MatchSettings()

#: Kinds that may describe the same figure ("one in five" read as a ratio, "20%" a share).
COMPATIBLE_KINDS: tuple[frozenset[str], ...] = (frozenset({"share", "ratio"}),)
