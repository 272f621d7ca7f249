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

_DET = r"(?:the|a|an|its|their|his|her|our|this|that|[\w.-]+['’]s|one\s+of\s+the|among\s+the)"
_EST = (
    r"largest|biggest|highest|lowest|smallest|greatest|fastest|slowest|oldest|youngest|richest|"
    r"poorest|deadliest|strongest|weakest|longest|shortest|cheapest|busiest|earliest|heaviest|"
    r"hottest|coldest|wettest|driest|tallest|widest|deepest|safest|largest-ever|worst|best|"
    r"strictest|toughest|harshest|weakest|steepest|sharpest|tightest|loosest|biggest-ever|"
    r"closest|costliest|bloodiest|wealthiest|fiercest|"
    r"maximum|minimum|most-\w+|best-\w+|fastest-\w+|highest-\w+|largest-\w+"
)
_ROLE_NOUNS = (
    r"official|aide|diplomat|leader|executive|adviser|advisor|court|general|prosecutor|envoy|"
    r"negotiator|commander|job|stor(?:y|ies)|brass|team|table|level|management|spot\b(?!\s+in)|"
    r"seed|flight|hat|gear|ten\b|five\b|three\b|scorer|quality|notch"
)
# People by their role, in the plural too: "his top advisors", "a top deputy".
_TOP_PEOPLE = (
    r"official|aide|diplomat|leader|executive|adviser|advisor|prosecutor|envoy|negotiator|commander|"
    r"general|deputy|deputies|lieutenant|strategist|lawyer|attorney|assistant|staffer"
)
_SKIP_FIRST = (
    r"half|quarter|round|leg|minute|name|lady|of\s+all|minister|secretary|sight|hand|step|class|"
    r"glance|thing|things|two|three|four|five|person|instance|reading|floor|light|aid|"
    r"day|week|month|months|days|weeks|time\s+i|question|act|goal|innings|set|game|period|test|"
    r"phase|stage|part|section|page|line|paragraph|chapter|"
    r"would|will|could|should|might|may|can|has|had|have|did|does|do|"  # "The first would be": an item in a list
    r"order\s+of|place(?=\s*(?:[.,;:!?)\"”]|$))|"  # idioms: "the first order of business", "in the first place"
    r"lady|ladies|daughters?|family|families|husband|gentleman|couple|"  # titles: "the first lady"
    r"downs?\b"  # "for a first down": a play in American football
)
# People described by a "leading" role, not a ranking to check: "a leading immigration negotiator".
_PERSON_ROLES = (
    r"(?:official|aide|diplomat|leader|executive|adviser|advisor|prosecutor|envoy|negotiator|"
    r"commander|expert|figure|critic|voice|member|proponent|advocate|supporter|opponent|"
    r"scholar|economist|researcher|candidate|authority|architect|lawmaker|politician|activist|"
    r"scientist|writer|author|thinker|light|player|donor|investor)s?"
)
_FUNCTION = (
    r"with|of|in|on|at|to|for|and|or|the|a|an|by|from|that|this|is|was|are|were|be|it|up|out|"
    r"as|than|when|who|which|he|she|they|we|i|you"
)
_SUPERLATIVE = re.compile(
    rf"\b{_DET}\s+(?:(?:{_EST})(?!-known)(?:\s+(?:ever|yet|on\s+record))?(?:\s+(?!(?:{_FUNCTION})\b)[a-z][\w-]*)?"
    rf"|most(?=\s+(?:by|since|ever|of\s+any|in\s+(?:a|the|its|their)\s+\w+\s+history)\b)"
    rf"|(?:most|least)\s+(?!of\b|likely\b|recently\b|often\b|people\b)[a-z][\w-]{{3,}}(?:\s+[a-z][\w-]*)?"
    rf"|top\s+(?!(?:{_ROLE_NOUNS}|(?:{_TOP_PEOPLE})s?|{_FUNCTION})\b)[a-z][\w-]*"
    rf"|leading\s+(?!(?:role|{_FUNCTION}|{_PERSON_ROLES})\b)(?![\w-]+\s+{_PERSON_ROLES}\b)[a-z][\w-]*"
    rf"|first(?:[\s-]ever)?\s+(?!(?:{_SKIP_FIRST}|{_FUNCTION})\b)[a-z][\w-]*"
    rf"|first(?=\s+(?:in\s+which|in\s+an?\s+(?:series|string|wave|line)|since|ever)\b)"
    rf"|(?:second|third|fourth|fifth)(?!\s+(?:half|quarter|time|round|leg|stage|game|match|day|week|set|period)\b)"
    rf"(?:\s+(?!(?:{_FUNCTION})\b)[\w.'’-]+){{1,4}}?\s+to\s+(?:be|have|win|die|"
    rf"become|receive|hold|serve|face|lose|leave|reach|resign|quit|step)\b"  # "the second agent to be fired"
    rf"|record\s+(?:high|low|close|level|number|year|profit|loss|sales|turnout|temperature|heat)s?\b"
    rf"|(?:new|club|world|national|all-time|state|school|career|franchise|league|european|olympic)\s+record\b"
    rf"|(?:only|sole)\s+(?!(?:way|thing|one\s+who|reason|problem|question|{_FUNCTION})\b)[a-z][\w-]*"
    rf"|record(?:-breaking|-high|-low)\s+[a-z][\w-]*"
    rf"|all-time\s+(?:high|low|record))\b"
    rf"|\b(?:record|all-time)\s+(?:high|low)s?\b"
    rf"|\brecord(?:-breaking)?\s+(?:profits?|sales|levels?|numbers|turnout|temperatures?|losses|"
    rf"prices?|demand|exports|imports|revenues?|earnings|attendance)\b"
    rf"|\bone\s+of\s+(?:the\s+)?(?:few|only)\b(?:\s+[a-z][\w-]*)?"
    rf"|\b(?:a|an)\s+record\b(?!\s+(?:of|label|company|companies|deal|store|shop|player|book)\b)"
    rf"|\b(?:never\s+before|(?:has|have|had)\s+never\s+been|for\s+the\s+first\s+time|"
    rf"than\s+ever(?:\s+before)?|unprecedented|No\.\s?1\b|number\s+one)",
    re.IGNORECASE,
)
_ASSERT_VERBS = (
    r"cracked\s+down|banned|sanctioned|imposed|approved|signed|passed|vetoed|arrested|"
    r"charged|indicted|convicted|sentenced|killed|attacked|invaded|launched|resigned|elected|"
    r"acquired|bought|sold|closed|shut\s+down|released|withdrew|withdrawn|"
    r"suspended|halted|sued|fined|blocked|seized|deported|expelled|recalled|ruled|voted|"
    r"stabilized|stabilised|reopened|resumed|discovered|abolished|repealed|"
    r"reached\s+an?\s+(?:agreement|deal|settlement)|agreed\s+to|pleaded\s+guilty|"
    r"filed\s+(?:for|a|an)|won(?!['’])|lost|fired|hired|cut|raised|lowered|doubled|tripled|halved|"
    r"overturned|struck\s+down|appointed|nominated|defeated|destroyed|captured|"
    r"shot|stole|robbed|escaped|died|merged|collapsed|defaulted|went\s+bankrupt"
)
# A named subject (capitalised words, possibly "The ...") then an action verb.
_ASSERTION = re.compile(
    rf"(?!(?:Another|Every|Each|Some|Any|No|This|That|These|Those|Its|Their|His|Her|Our|My|It|"
    rf"They|He|She|We|I|You|There|Such|Other|Many|Most|All)\b)"
    rf"(?:(?:The|A|An)\s+)?[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|and|for|de|the))"
    rf"{{0,5}}\s+(?:(?:has|have|had)\s+)?(?:(?:already|also|now|recently|formally|officially|"
    rf"quickly|previously|since)\s+)?(?P<verb>{_ASSERT_VERBS})\b"
)
# Words that make a clause a hedge, wish, condition or question: never a factual claim.
_NOT_FACTUAL_WORDS = frozenset(
    "if unless whether maybe perhaps probably possibly seems seem appears appear feel opinion "
    "hopes hope wish wishes".split()
)
_NOT_FACTUAL_PHRASES = ("i think", "i believe", "we believe", "i thought", "we thought", "?")
# Predictions and obligations: a superlative stays a claim (scored low), an assertion does not.
_MODAL_WORDS = frozenset("will would could might may should must shall can gonna wants want "
                         "plans plan likely unlikely".split())


_WORD = re.compile(r"[a-z]+")
# Cheap pre-filter: a sentence without any of these words holds no factual trigger.
_HINT_WORDS = frozenset(
    "top leading first only sole record most least never ever unprecedented few".split()
    + [word for alt in (_EST + "|" + _ASSERT_VERBS).split("|") for word in alt.split("\\s+")[:1]]
) - frozenset(("no", "a", "an", "to", "for"))


# The words without which _SUPERLATIVE cannot match.
_SUPERLATIVE_HINTS = frozenset(
    "top leading first second third fourth fifth only sole record most least never ever unprecedented few no "
    "number all maximum minimum".split()
    + [word for alt in _EST.split("|") for word in re.split(r"-", alt)[:1]]
)


# "the second agent to be fired": an ordinal is a hint only before "to be/win/die ..." (the
# _SUPERLATIVE alternative), so the many "second half", "third quarter" skip the full test.
_RANK_TO_WORDS = frozenset("second third fourth fifth".split())
_RANK_TO = re.compile(r"(?:second|third|fourth|fifth)\s[^.;:,]{1,60}?\sto\s+(?:be|have|win|die|become|receive|"
                      r"hold|serve|face|lose|leave|reach|resign|quit|step)\b")


def _hinted(words: list[str], lower: str) -> bool:
    return not _HINT_WORDS.isdisjoint(words) or (not _RANK_TO_WORDS.isdisjoint(words)
                                                 and _RANK_TO.search(lower) is not None)


def has_factual_hint(sentence: str) -> bool:
    """False when `sentence` cannot hold a factual trigger (fast word-set test)."""
    lower = sentence.lower()
    return _hinted(_WORD.findall(lower), lower)


# "the top Democrat" (a title), "best-known", "their best shot": not rankings to check.
_NOT_A_RANKING = re.compile(
    r"\b(?:top|leading)\s+[A-Z]|-known\b|\ban?\s+(?:minimum|maximum)\b|\bbest\s+(?:shot|chance|interests?|way|friends?|wishes)\b"
    r"|\bbest\s+(?:every|each)\b"  # "gives his best every night"
    r"|\b(?:First|Last)\s+[A-Z]"  # "the First Amendment", "the First Lady": names
    r"|\bmost\s+(?:valuable|improved|outstanding)\s+(?:player|rookie)|\b[Mm]ost[\s-][Ww]anted\b"  # awards, lists
)


# "the poorest areas", "the heaviest users": a superlative naming a group, unless scoped
# ("the safest roads in the region").
_GROUP_DESCRIPTOR = re.compile(rf"{_DET}\s+(?:{_EST})\s+[a-z]+[^s\W]*s\b(?!\s+(?:ever|on\s+record))", re.IGNORECASE)
# "some of the most ardent conservatives say": the same with "most X", unless "one of"/"among".
_MOST_GROUP = re.compile(
    r"[Tt]he\s+most\s+[a-z]+\s+(?:(?!(?:of|for|and|in|on|to)\b)[a-z]+\s+)?"
    r"(?!(?:this|his|its|is|was|has|as|us|news)\b)[a-z]+[^s\W]*s\b"
    # ... ending the phrase: a verb, a relative or a preposition follows ("say", "who", "were")
    r"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:are|were|is|was|have|had|has|will|would|could|can|may|might|"
    r"should|say|said|says|think|believe|who|that|which|and|or|to|with|from|at|about)\b)")
_PREP_BEFORE = re.compile(r"\b(?:for|to|from|by|with|on)\s+$", re.IGNORECASE)
_BARE_EST = re.compile(rf"the\s+(?:{_EST})", re.IGNORECASE)
_ONE_OF_BEFORE = re.compile(r"(?:one\s+of|among)\s+$", re.IGNORECASE)
_SCOPE = re.compile(r"\s+(?:in|of|on|since|ever|yet|among|across|for|anywhere|to\s+date)\b", re.IGNORECASE)
_IN_ONES_LIFE = re.compile(r"\bin\s+(?:my|his|her|their|our|your)\s+(?:life|lives|career)\b", re.IGNORECASE)
_ORDINAL_ONLY = re.compile(r"(?:first|last|second|third|next)", re.IGNORECASE)
_COUNT_AFTER = re.compile(r"[\s-]+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"fifteen|twenty|thirty|few|several|couple)\b)")  # (not "a first Six Nations win")
_FIRST_WORD = re.compile(r"[\w'’-]+")
_DET_PREFIX = re.compile(rf"{_DET}\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FactualTrigger:
    """A phrase that makes a figure-less clause checkable; offsets index the scanned text."""

    start: int
    end: int
    signal: str  # "superlative" or "assertion"


def find_factual(clause: str, figures: tuple[tuple[int, int], ...] = ()) -> FactualTrigger | None:
    """The trigger of a factual claim in `clause`, or None if it is not one.

    Superlatives and rankings win over assertions; hedged, wishful, conditional or
    questioning clauses are never factual claims, and predictions only keep their
    superlatives (scored low downstream). In a clause that carries figures (`figures`:
    their spans in the clause) only a superlative outside them counts ("2.4 million, a
    record high"): the figures are numeric claims already.
    """
    lower = clause.lower()
    words = _WORD.findall(lower)
    if not _hinted(words, lower) or not _NOT_FACTUAL_WORDS.isdisjoint(words):
        return None
    if any(phrase in lower for phrase in _NOT_FACTUAL_PHRASES):
        return None
    match = superlative(clause, figures) if not _SUPERLATIVE_HINTS.isdisjoint(words) else None
    if match or figures:
        return match
    if not _MODAL_WORDS.isdisjoint(words) or "going to" in lower:
        return None
    match = _ASSERTION.match(clause)
    if match:
        return FactualTrigger(match.start("verb"), match.end("verb"), "assertion")
    return None


def superlative(clause: str, skip: tuple[tuple[int, int], ...] = ()) -> FactualTrigger | None:
    """The first superlative/ranking trigger in `clause`; `skip` spans (figures) are left out."""
    for match in _SUPERLATIVE.finditer(clause):
        if _NOT_A_RANKING.search(match.group()):
            continue
        start, end = match.span()
        det = _DET_PREFIX.match(clause, start)
        keep_det = match.group().lower().startswith(("one of", "among"))
        word_start = det.end() if det and det.end() < end and not keep_det else start
        word = _FIRST_WORD.match(clause, det.end() if det and det.end() < end else start)
        core_end = word.end() if word else end
        blocked = False
        for a, b in skip:
            if a < end and start < b:
                if a < core_end:
                    blocked = True  # the figure is part of the ranking ("top 10")
                    break
                end = min(end, len(clause[:a].rstrip()))  # "their biggest [one-day] drop"
        if blocked:
            continue
        if end < match.end() and _ORDINAL_ONLY.fullmatch(clause, word_start, end) \
                or _ORDINAL_ONLY.fullmatch(clause, word_start, core_end) and _COUNT_AFTER.match(clause, core_end):
            continue  # "the first eight minutes": an ordinal before a figure, not a ranking
        if det and det.group().lower().startswith(("that", "this")) \
                and clause[det.end():det.end() + 5].lower() == "most ":
            continue  # "so sure that most party leaders": a quantifier, not a superlative
        if "never" in match.group().lower() and _IN_ONES_LIFE.search(clause, match.end()):
            continue  # "he had never been more clear in his life": a personal feeling
        if _PREP_BEFORE.search(clause, max(0, start - 6), start) and _BARE_EST.fullmatch(match.group()) \
                and clause[match.end():match.end() + 1] not in "-\"“'‘" and not _SCOPE.match(clause, match.end()):
            continue  # "a tax rise for the wealthiest": a group named by its adjective
        if _GROUP_DESCRIPTOR.match(clause, start) and not _SCOPE.match(clause, match.end()) \
                and not match.group()[:3].lower() in ("one", "amo"):
            continue  # "the poorest areas were hit": a description, not a ranking
        group = _MOST_GROUP.match(clause, start)
        if group and not _SCOPE.match(clause, group.end()) \
                and not _ONE_OF_BEFORE.search(clause, max(0, start - 8), start):
            continue  # "some of the most ardent conservatives say": a group, not a ranking
        return FactualTrigger(word_start, end, "superlative")
    return None
