"""Factual claims without a figure: superlatives, rankings and categorical assertions.

"China is Russia's top supplier", "a leading cause of death", "the first talks" and
"X has cracked down on Y" are checkable even with no number in them. Triggers are found
by anchored patterns that demand a determiner or possessive before the superlative (so
"leading to" or "most of" do not fire), and assertions need a named subject and a
completed-action verb. Opinionated, predictive or hedged clauses are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DET = r"(?:the|a|an|its|their|his|her|our|this|that|[\w.-]+['’]s|one\s+of\s+the)"
_EST = (
    r"largest|biggest|highest|lowest|smallest|greatest|fastest|slowest|oldest|youngest|richest|"
    r"poorest|deadliest|strongest|weakest|longest|shortest|cheapest|busiest|earliest|heaviest|"
    r"hottest|coldest|wettest|driest|tallest|widest|deepest|safest|largest-ever|worst|best"
)
_ROLE_NOUNS = (
    r"official|aide|diplomat|leader|executive|adviser|advisor|court|general|prosecutor|envoy|"
    r"negotiator|commander|job|stor(?:y|ies)|brass|team|table|level|management|spot\b(?!\s+in)|"
    r"seed|flight|hat|gear|ten\b|five\b|three\b|scorer"
)
_SKIP_FIRST = (
    r"half|quarter|round|leg|minute|name|lady|of\s+all|minister|secretary|sight|hand|step|class|"
    r"glance|thing|things|two|three|four|five|person|instance|reading|floor|light|aid|"
    r"day|week|month|months|days|weeks|time\s+i|question|act|goal|innings|set|game|period|test|"
    r"phase|stage|part|section|page|line|paragraph|chapter"
)
_FUNCTION = (
    r"with|of|in|on|at|to|for|and|or|the|a|an|by|from|that|this|is|was|are|were|be|it|up|out|"
    r"as|than|when|who|which|he|she|they|we|i|you"
)
_SUPERLATIVE = re.compile(
    rf"\b{_DET}\s+(?:(?:{_EST})(?!-known)(?:\s+(?:ever|yet|on\s+record))?(?:\s+[a-z][\w-]*)?"
    rf"|(?:most|least)\s+(?!of\b|likely\b|recently\b|often\b|people\b)[a-z][\w-]{{3,}}(?:\s+[a-z][\w-]*)?"
    rf"|top\s+(?!(?:{_ROLE_NOUNS}|{_FUNCTION})\b)[a-z][\w-]*"
    rf"|leading\s+(?!(?:role|{_FUNCTION})\b)[a-z][\w-]*"
    rf"|first(?:[\s-]ever)?\s+(?!(?:{_SKIP_FIRST}|{_FUNCTION})\b)[a-z][\w-]*"
    rf"|(?:only|sole)\s+(?!(?:way|thing|one\s+who|reason|problem|question|{_FUNCTION})\b)[a-z][\w-]*"
    rf"|record(?:-breaking|-high|-low)?\s+(?:high|low|level|levels|number|numbers|amount|profit|"
    rf"profits|loss|losses|year|sales|turnout|temperature|heat|highs|lows|\d[\w.,]*)"
    rf"|all-time\s+(?:high|low|record))\b"
    rf"|\b(?:record|all-time)\s+(?:high|low)s?\b"
    rf"|\b(?:never\s+before|(?:has|have|had)\s+never\s+been|for\s+the\s+first\s+time|"
    rf"than\s+ever(?:\s+before)?|unprecedented|No\.\s?1\b|number\s+one)",
    re.IGNORECASE,
)
_ASSERT_VERBS = (
    r"cracked\s+down|banned|sanctioned|imposed|approved|rejected|signed|passed|vetoed|arrested|"
    r"charged|indicted|convicted|sentenced|killed|attacked|invaded|launched|resigned|elected|"
    r"acquired|bought|sold|closed|shut\s+down|released|admitted|denied|withdrew|withdrawn|"
    r"suspended|halted|sued|fined|blocked|seized|deported|expelled|recalled|ruled|voted|"
    r"stabilized|stabilised|reopened|resumed|discovered|confirmed|abolished|repealed|"
    r"reached\s+an?\s+(?:agreement|deal|settlement)|agreed\s+to|pleaded\s+guilty|"
    r"filed\s+(?:for|a|an)|won(?!['’])|lost|fired|hired|cut|raised|lowered|doubled|tripled|halved|"
    r"overturned|struck\s+down|declared|appointed|nominated|defeated|destroyed|captured|"
    r"shot|stole|robbed|escaped|died|merged|collapsed|defaulted|went\s+bankrupt"
)
# A named subject (capitalised words, possibly "The ...") then an action verb.
_ASSERTION = re.compile(
    rf"(?:(?:The|A|An)\s+)?[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|and|for|de|the))"
    rf"{{0,5}}\s+(?:(?:has|have|had)\s+)?(?:(?:already|also|now|recently|formally|officially|"
    rf"quickly|previously|since)\s+)?(?P<verb>{_ASSERT_VERBS})\b"
)
# Words that make a clause a prediction, wish, hedge or condition rather than a fact.
_NOT_FACTUAL_WORDS = frozenset(
    "will would could might may should must shall can gonna hopes hope if unless whether maybe "
    "perhaps probably possibly likely unlikely seems seem appears appear feel opinion "
    "wants want plans plan".split()
)
_NOT_FACTUAL_PHRASES = ("going to", "i think", "i believe", "we believe", "?")
_WORD = re.compile(r"[a-z]+")
# Cheap pre-filter: a sentence without any of these words holds no factual trigger.
_HINT_WORDS = frozenset(
    "top leading first only sole record most least never ever unprecedented".split()
    + [word for alt in (_EST + "|" + _ASSERT_VERBS).split("|") for word in alt.split("\\s+")[:1]]
) - frozenset(("no", "a", "an", "to", "for"))


def has_factual_hint(sentence: str) -> bool:
    """False when `sentence` cannot hold a factual trigger (fast word-set test)."""
    return not _HINT_WORDS.isdisjoint(_WORD.findall(sentence.lower()))


# "the top Democrat" (a title), "best-known", "their best shot": not rankings to check.
_NOT_A_RANKING = re.compile(
    r"\b(?:top|leading)\s+[A-Z]|-known\b|\bbest\s+(?:shot|chance|interests?|way|friends?|wishes)\b"
)


@dataclass(frozen=True, slots=True)
class FactualTrigger:
    """A phrase that makes a figure-less clause checkable; offsets index the scanned text."""

    start: int
    end: int
    signal: str  # "superlative" or "assertion"


def find_factual(clause: str) -> FactualTrigger | None:
    """The trigger of a factual claim in `clause`, or None if it is not one.

    Superlatives and rankings win over assertions; clauses that predict, hedge, wish
    or ask are never factual claims.
    """
    lower = clause.lower()
    words = _WORD.findall(lower)
    if _HINT_WORDS.isdisjoint(words) or not _NOT_FACTUAL_WORDS.isdisjoint(words):
        return None
    if any(phrase in lower for phrase in _NOT_FACTUAL_PHRASES):
        return None
    match = _SUPERLATIVE.search(clause)
    if match and _NOT_A_RANKING.search(match.group()):
        match = None
    if match:
        start, end = match.span()
        # Highlight the superlative itself, not the determiner before it.
        text = match.group()
        det = re.match(rf"{_DET}\s+", text, re.IGNORECASE)
        if det and det.end() < len(text):
            start += det.end()
        return FactualTrigger(start, end, "superlative")
    match = _ASSERTION.match(clause)
    if match:
        return FactualTrigger(match.start("verb"), match.end("verb"), "assertion")
    return None
