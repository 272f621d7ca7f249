"""Matching thresholds and weights, in one frozen, documented place."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """Parameters of claim linking. Scores are in [0, 1].

    score = sentence_weight * sentence + local_weight * local
            + figure_bonus (figures agree) + speaker_bonus (same speaker)
            - speaker_penalty (both speakers known and different)
            - field_penalty (kinds or weak units differ),
    where sentence = (1 - fuzzy_share) * IDF-weighted Dice of the sentence wordings
                     + fuzzy_share * rapidfuzz token_set_ratio / 100,
          local = IDF-weighted overlap of the local wordings (measure + figure neighbours);
    0 when kinds, units or roles are incompatible. A pair links at `link_threshold`.
    Defaults were chosen on the gold set in fixtures/linking (docs/linking.md).
    """

    sentence_weight: float = 0.5
    local_weight: float = 0.5
    #: Weight of the story similarity (article title + lead, when both records carry one).
    story_weight: float = 0.0
    #: Below this story similarity two claims never link: same figure, unrelated story.
    min_story: float = 0.1
    #: Share of rapidfuzz token_set_ratio in the sentence similarity.
    fuzzy_share: float = 0.3
    #: Figure agreement is evidence, not a requirement: a changed figure for the same
    #: claim must still link to be flagged as a figure mismatch.
    figure_bonus: float = 0.6
    #: Word overlap (local or sentence) at which agreeing figures earn the full bonus;
    #: less overlap, proportionally less bonus.
    full_bonus_overlap: float = 0.2
    #: Figures that disagree but are of one kind, unit and order of magnitude (at most
    #: `changed_figure_ratio` apart) still say "a figure for the same sort of thing": the
    #: same claim restated with a changed figure needs this to link. Scaled by word
    #: overlap like `figure_bonus`.
    changed_figure_bonus: float = 0.15
    changed_figure_ratio: float = 1.75
    #: Added to that when the two figures also count the same noun (`ClaimRecord.head`,
    #: synonyms folded; "people" matches any noun for people: "23 workers" / "31 people").
    same_head_bonus: float = 0.2
    #: ...but not when both sentences name someone or something and share no name
    #: ("DiLeo has spent 19 seasons" / "Cheeks played 11 seasons": other people's
    #: figures; on ECB+ news clusters this cut flags between different events by a quarter).
    mentions_gate: bool = True
    #: Subtracted when kinds or (weak) units differ (see scoring.fields_differ).
    field_penalty: float = 0.1
    speaker_bonus: float = 0.05
    #: Extracted speakers are often generic ("officials", "the company"): keep this small.
    speaker_penalty: float = 0.1
    link_threshold: float = 0.45
    #: A record joins a group only if its mean score over the group's members reaches
    #: this too: one strong link to one member must not pull in a claim the rest disown.
    group_threshold: float = 0.45
    #: Minimum weighted word overlap (sentence or local) for any link: a shared figure
    #: alone never links two claims.
    min_wording: float = 0.1
    #: rapidfuzz score_cutoff (0-100) on the sentence wording before the finer scoring.
    fuzzy_cutoff: float = 20.0
    #: Two exact figures agree when they differ by at most this fraction: 1,240 ~ 1,250
    #: (rounding), 20 vs 21 disagree.
    rounding_tolerance: float = 0.03
    #: The same for "approx" figures ("about 300", "some 300"): about 300 ~ 320.
    approx_tolerance: float = 0.15
    #: An open bound is quoted near its figure: "more than 100" allows up to 100 times this
    #: (so "over 300" is a changed figure), "fewer than 50" down to 50 divided by it.
    open_bound_ratio: float = 1.6
    #: When a new claim is accepted by two groups, merge them (it bridges two wordings
    #: of one claim that did not link directly, e.g. "140 posts" / "200 teachers").
    merge_groups: bool = False
    #: A claim may not join a group holding a claim of its own article with a figure it
    #: disagrees with: an article does not contradict itself, so its second figure is
    #: another claim (a part, another day), not a changed figure.
    one_figure_per_article: bool = True
    #: ...unless the newcomer agrees with every other member and that claim does not: then
    #: the newcomer takes its place and it moves to its next best group (it had been
    #: placed on wording alone: "three million customers" beside "5.1 million customers").
    evict_rivals: bool = True
    #: Link claims of the same article to each other (a figure repeated later in the piece,
    #: "10 months later" ... "10 months ago"); issue 5 asks for "earlier in the same article".
    link_within_article: bool = True


DEFAULT_SETTINGS = MatchSettings()

#: Kinds that may describe the same figure when their units agree: extraction reads
#: "a 15% pay rise" as a change and "15% of pay" as a share; "one in five" may be a ratio.
COMPATIBLE_KINDS: tuple[frozenset[str], ...] = (frozenset({"share", "ratio", "change"}),
                                                 frozenset({"count", "ratio"}))
