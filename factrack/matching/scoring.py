"""Pair scores: similarity of canonical wordings, gated and adjusted by structured fields.

Wording evidence, all on canonical tokens (numbers, units, synonyms folded):
- sentence: IDF-weighted Dice overlap of the figure's sentence, blended with rapidfuzz
  token_set_ratio (which forgives small spelling and word-form differences);
- local: IDF-weighted overlap of the measure words + the words next to the figure, which
  is what tells "20 people died" from "20 people were hired".
Gates: kinds/units that cannot describe the same quantity, a figure that is a comparison
baseline ("up from 74%") against a current one, or different events next to the figure
("died" / "hired", see normalize.EVENT_CLASSES) score 0. Figure agreement and speakers adjust.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process

from factrack.matching.figures import figures_agree, figures_corroborate
from factrack.matching.normalize import PEOPLE_HEADS
from factrack.matching.records import ClaimRecord
from factrack.matching.settings import COMPATIBLE_KINDS, DEFAULT_SETTINGS, MatchSettings
from factrack.matching.weights import UNIFORM, TokenWeights

SENTENCE_SCORER = fuzz.token_set_ratio


# Units that name what a figure is; two different ones can never be the same quantity.
# Other units ("per year", "litre", "per person") are read inconsistently by extraction
# ("160 litres per person a day"), so a difference there only lowers the score.
_STRONG_UNITS = {"%": "%", "pp": "pp", "point": "pp", "GBP": "GBP", "USD": "USD",
                 "EUR": "EUR", "year": "year", "month": "month", "week": "week",
                 "day": "day", "hour": "hour", "minute": "minute"}
_STRONG_KINDS = ("money", "duration")


def compatibility(record: ClaimRecord) -> tuple:
    """What `compatible` compares: the role, the strong unit, and the kind when it is a
    strong one. Two records are compatible exactly when these are equal, so a query's
    candidates can be sifted before any pair is scored."""
    kind = record.kind if record.kind in _STRONG_KINDS else None
    return record.role, _STRONG_UNITS.get(record.unit or ""), kind


def compatible(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Hard gate: units, kinds and roles that can describe the same quantity (a strong
    unit or kind on either side must be the same on the other)."""
    return compatibility(a) == compatibility(b)


def events_conflict(a: ClaimRecord, b: ClaimRecord) -> bool:
    """The events named closest to the two figures (died, hired, rescued...) differ."""
    return bool(a.event and b.event and a.event != b.event)


def times_conflict(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Both sentences say when, in the same terms, and name no time in common: "on
    Friday" / "on Saturday", "last year" / "five years ago"."""
    if not a.times or not b.times:
        return False
    sorts_a: dict[str, set[str]] = {}
    for ref in a.times.split():
        sorts_a.setdefault(ref.split(":")[0], set()).add(ref)
    sorts_b: dict[str, set[str]] = {}
    for ref in b.times.split():
        sorts_b.setdefault(ref.split(":")[0], set()).add(ref)
    return any(sorts_a[sort].isdisjoint(sorts_b[sort]) for sort in sorts_a.keys() & sorts_b)


def base_unit(record: ClaimRecord) -> str | None:
    """The unit without its "per X" part, which `ClaimRecord.rate` carries ("40 sailings
    a week" is read as unit "per week", "32 weekly crossings" as no unit)."""
    unit = record.unit or None
    return None if unit and unit.startswith("per ") else unit


def names_conflict(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Both stories name names (places, companies, people) and share none: two strikes,
    two fires, two councils. Same-story articles name the same town or firm."""
    return bool(a.names and b.names) and set(a.names.split()).isdisjoint(b.names.split())


def measured_differently(a: ClaimRecord, b: ClaimRecord) -> bool:
    """One figure is per period or head and the other is not ("£8 million a day" /
    "more than £15 million"), or one is a change and the other a level ("rises by £91" /
    "£1,912"; for percentages the kind says it)."""
    if a.rate != b.rate:
        return True
    return a.delta != b.delta and _STRONG_UNITS.get(a.unit or "") not in ("%", "pp")


def mentions_conflict(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Both sentences name someone or something and share no name: "DiLeo has spent 19
    seasons" / "Cheeks played 11 seasons" count different people's seasons."""
    return bool(a.mentions and b.mentions) and set(a.mentions.split()).isdisjoint(
        b.mentions.split())


def fields_differ(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Soft disagreement: different (weak) units, kinds outside a compatible group, or a
    change against a level ("rises by £91" / "£1,912"; for percentages the kind says it)."""
    if base_unit(a) != base_unit(b):
        return True
    if a.delta != b.delta and _STRONG_UNITS.get(a.unit or "") not in ("%", "pp"):
        return True
    if a.kind and b.kind and a.kind != b.kind:
        return not any(a.kind in group and b.kind in group for group in COMPATIBLE_KINDS)
    return False


def same_head(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Both figures count the same noun; "people" stands for any noun for people.

    Not for percentages: "95% of pupils" and "half of pupils" name the population the
    share is of, and one population has many shares."""
    if not a.head or not b.head or "%" in (a.unit, b.unit):
        return False
    if a.head == b.head:
        return True
    heads = {a.head, b.head}
    return "people" in heads and heads <= PEOPLE_HEADS


def same_quantity(a: ClaimRecord, b: ClaimRecord,
                  settings: MatchSettings = DEFAULT_SETTINGS) -> bool:
    """Figures of one kind and unit within `changed_figure_ratio` of each other: what a
    changed figure for the same claim looks like ("120 posts" / "150 jobs")."""
    if a.value is None or b.value is None or fields_differ(a, b) or a.rate != b.rate:
        return False
    low, high = sorted((abs(a.value), abs(b.value)))
    return low > 0 and high / low <= settings.changed_figure_ratio


def same_speaker(a: str, b: str) -> bool:
    """One speaker named two ways: "Kevin Moss" / "union official Kevin Moss" (the
    shorter name ends the longer one), case ignored."""
    words_a, words_b = a.casefold().split(), b.casefold().split()
    short, long = sorted((words_a, words_b), key=len)
    return bool(short) and long[len(long) - len(short):] == short


def combine(a: ClaimRecord, b: ClaimRecord, fuzzy_sim: float,
            settings: MatchSettings = DEFAULT_SETTINGS,
            weights: TokenWeights = UNIFORM) -> float:
    """Combined score in [0, 1]; `fuzzy_sim` is rapidfuzz's 0-100 sentence similarity."""
    if not compatible(a, b) or events_conflict(a, b) or times_conflict(a, b):
        return 0.0
    if measured_differently(a, b) and not figures_agree(a, b, settings):
        return 0.0  # a rate against a total, a change against a level: of course they differ
    story = 0.0
    if a.story and b.story:
        # Every candidate of one article has the same story: remembered per claim, and
        # tested first, as it turns away more pairs than the wording does.
        story = weights.overlap_memo(a.story, b.story, "dice")
        if story < settings.min_story or names_conflict(a, b):
            return 0.0
    overlap = weights.overlap(a.wording, b.wording, "dice")
    local = weights.overlap(a.local_wording, b.local_wording, "min")
    if max(overlap, local) < settings.min_wording:
        return 0.0
    sentence = (1 - settings.fuzzy_share) * overlap + settings.fuzzy_share * fuzzy_sim / 100
    score = (settings.sentence_weight * sentence + settings.local_weight * local
             + settings.story_weight * story)
    evidence = min(1.0, max(local, overlap) / settings.full_bonus_overlap)
    if figures_agree(a, b, settings):
        # Agreeing figures back up wording that already points at the same measure; they
        # count in proportion to the word overlap so a bare shared number links nothing,
        # and only when they are close: "more than 500" agrees with 2,400 but says little.
        if figures_corroborate(a, b, settings):
            score += settings.figure_bonus * evidence
    elif same_quantity(a, b, settings) and not (settings.mentions_gate
                                                and mentions_conflict(a, b)):
        score += settings.changed_figure_bonus * evidence
        if same_head(a, b):
            score += settings.same_head_bonus * evidence
    if fields_differ(a, b):
        score -= settings.field_penalty
    if a.speaker and b.speaker:
        if same_speaker(a.speaker, b.speaker):
            score += settings.speaker_bonus
        else:
            score -= settings.speaker_penalty
    return max(0.0, min(1.0, score))


def score_pair(a: ClaimRecord, b: ClaimRecord, settings: MatchSettings = DEFAULT_SETTINGS,
               weights: TokenWeights = UNIFORM) -> float:
    """How likely two claims state the same thing, in [0, 1]."""
    return combine(a, b, SENTENCE_SCORER(a.wording, b.wording, processor=None), settings,
                   weights)


def best_matches(query: ClaimRecord, candidates: Sequence[ClaimRecord],
                 settings: MatchSettings = DEFAULT_SETTINGS,
                 weights: TokenWeights = UNIFORM, limit: int | None = None
                 ) -> list[tuple[ClaimRecord, float]]:
    """Candidates scoring at least `settings.link_threshold`, best first.

    One rapidfuzz pass (process.extract, processor=None because wordings are normalized
    when records are built) scores every candidate's sentence and drops those under
    `settings.fuzzy_cutoff`; only survivors get the weighted overlap and field checks.
    """
    wanted = compatibility(query)
    candidates = [c for c in candidates if compatibility(c) == wanted]  # combine's gate
    if not candidates:
        return []
    fuzzy = process.extract(query.wording, [c.wording for c in candidates],
                            scorer=SENTENCE_SCORER, processor=None, limit=None,
                            score_cutoff=settings.fuzzy_cutoff)
    scored = []
    for _, sim, pos in fuzzy:
        score = combine(query, candidates[pos], sim, settings, weights)
        if score >= settings.link_threshold:
            scored.append((candidates[pos], score))
    scored.sort(key=lambda pair: -pair[1])
    return scored[:limit] if limit else scored
