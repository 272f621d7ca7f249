"""Claim matching: pure functions that decide whether two claims state the same thing.

No database and no I/O (except `evaluation`, a development tool that reads the gold set):
the storage layer builds ClaimRecords, indexes `blocking_keys`, keeps token counts for
`TokenWeights`, and calls these functions. See docs/linking.md.
"""

from factrack.matching.blocking import blocking_keys
from factrack.matching.figures import figure_interval, figures_agree, figures_corroborate
from factrack.matching.linking import (Mismatch, group_accepts, link_incrementally,
                                      rivals_to_evict)
from factrack.matching.normalize import normalize_wording
from factrack.matching.records import ClaimRecord, story_text
from factrack.matching.retrieval import ClaimIndex, RetrievalSettings, rank_claims
from factrack.matching.scoring import best_matches, compatible, score_pair
from factrack.matching.settings import DEFAULT_SETTINGS, MatchSettings
from factrack.matching.weights import TokenWeights

__all__ = ["ClaimIndex", "ClaimRecord", "DEFAULT_SETTINGS", "MatchSettings", "Mismatch",
           "RetrievalSettings", "TokenWeights", "best_matches", "blocking_keys", "compatible",
           "figure_interval", "figures_agree", "figures_corroborate", "group_accepts",
           "link_incrementally", "normalize_wording", "rank_claims", "rivals_to_evict",
           "score_pair", "story_text"]
