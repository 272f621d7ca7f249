"""Flag rules: why a claim needs an editor's look, each a reason code and a one-line detail.

Every code has an entry in `FLAG_CODES` (explanation, queue priority, whether it puts the
claim in the queue). Rules are small functions registered with `@rule(code)`; each gets the
claim and a `FlagContext` (its article, and what the database already knows about its group
and key) and returns a detail string, or None when the claim is fine. Adding a rule is one
`FlagCode` entry and one decorated function.

`figure-mismatch` is a known code but computed by `factrack.linking`, which runs first in
the same transaction and writes its flag rows itself.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache

from sqlalchemy import TextClause, insert, text
from sqlalchemy.engine import Connection
from sqlmodel import Session, select

from factrack.flagcodes import (FLAG_CODES, VERDICT_SEVERITY, FlagCode,  # noqa: F401
                                explain, priority)
from factrack.models import Article, Claim, Flag, ReviewEvent

_IN_CHUNK = 500  # bind parameters per IN (...), below every backend's limit


@lru_cache(maxsize=128)
def _earlier_statement(column: str, n: int) -> TextClause:
    """Which of n (value, id) pairs have a claim with that value and a smaller id: one
    index probe per pair (EXISTS stops at the first row), in a single statement."""
    return text(" UNION ALL ".join(
        f'SELECT {i} AS n WHERE EXISTS (SELECT 1 FROM claims WHERE "{column}" = :v{i} '
        f"AND id < :i{i})" for i in range(n)))


def _values_seen_earlier(connection: Connection, column: str, first: dict) -> set:
    """The values of `column` (key, group_id) some claim before `first[value]` has, so a
    key shared by 100,000 claims costs no more than a rare one."""
    pairs, seen = list(first.items()), set()
    for at in range(0, len(pairs), 50):
        part = pairs[at:at + 50]
        params = {}
        for i, (value, claim_id) in enumerate(part):
            params[f"v{i}"], params[f"i{i}"] = value, claim_id
        for (n,) in connection.execute(_earlier_statement(column, len(part)), params):
            seen.add(part[n][0])
    return seen


# -- what the database knows about a batch of claims -----------------------------------


@dataclass(frozen=True, slots=True)
class Verdict:
    """A group's standing verdict: which earlier claim carries it, who gave it and when."""

    claim_id: int
    status: str
    reviewer: str | None
    at: datetime | None
    note: str | None = None
    source_url: str | None = None

    @property
    def day(self) -> str:
        return self.at.date().isoformat() if self.at else "an unknown date"

    def describe(self) -> str:
        """'claim 12, judged false on 2026-05-01 by alice'."""
        return (f"claim {self.claim_id}, judged {self.status} on {self.day} "
                f"by {self.reviewer or 'an unknown reviewer'}")


def group_verdicts(session: Session, group_ids: Iterable[int],
                   exclude: Iterable[int] = ()) -> dict[int, Verdict]:
    """The verdict standing in each group, from its claims other than `exclude`.

    A group's claims normally share one status (a verdict applies to the whole group); if
    they differ, the most severe verdict wins (false, then disputed, then verified) and,
    within it, the earliest claim, the one a repeat most likely goes back to.
    """
    excluded = set(exclude)
    best: dict[int, tuple[int, int]] = {}  # group -> (severity rank, claim id)
    for chunk in _chunks(sorted(set(group_ids))):
        rows = session.exec(select(Claim.id, Claim.group_id, Claim.status)
                            .where(Claim.group_id.in_(chunk),
                                   Claim.status.in_(VERDICT_SEVERITY))).all()
        for claim_id, group_id, status in rows:
            if claim_id in excluded:
                continue
            candidate = (VERDICT_SEVERITY.index(status), claim_id)
            if group_id not in best or candidate < best[group_id]:
                best[group_id] = candidate
    verdicts = {}
    for group_id, (rank, claim_id) in best.items():
        status = VERDICT_SEVERITY[rank]
        event = session.exec(select(ReviewEvent)
                             .where(ReviewEvent.claim_id == claim_id,
                                    ReviewEvent.new_status == status)
                             .order_by(ReviewEvent.created_at.desc(), ReviewEvent.id.desc())
                             ).first()
        verdicts[group_id] = Verdict(claim_id, status,
                                     event.reviewer if event else None,
                                     _aware(event.created_at) if event else None,
                                     event.note if event else None,
                                     event.source_url if event else None)
    return verdicts


@dataclass(slots=True)
class FlagContext:
    """Everything the rules need beyond the claim, loaded once per batch of claims."""

    articles: dict[int, Article] = field(default_factory=dict)
    verdicts: dict[int, Verdict] = field(default_factory=dict)  # by group id
    seen_keys: set[str] = field(default_factory=set)  # keys some earlier claim has
    seen_groups: set[int] = field(default_factory=set)  # groups some earlier claim is in
    today: datetime = field(default_factory=lambda: datetime.now(UTC))

    @classmethod
    def load(cls, session: Session, claims: list[Claim]) -> FlagContext:
        """One query per concern, all on indexed columns (claims.key, claims.group_id)."""
        batch = {c.id for c in claims}
        context = cls()
        for article_id in {c.article_id for c in claims}:
            article = session.get(Article, article_id)
            if article is not None:
                context.articles[article_id] = article
        groups = sorted({c.group_id for c in claims if c.group_id is not None})
        context.verdicts = group_verdicts(session, groups, exclude=batch)
        first_by_key: dict[str, int] = {}
        first_by_group: dict[int, int] = {}
        for claim in claims:
            first_by_key[claim.key] = min(claim.id, first_by_key.get(claim.key, claim.id))
            if claim.group_id is not None:
                first_by_group[claim.group_id] = min(
                    claim.id, first_by_group.get(claim.group_id, claim.id))
        connection = session.connection()
        context.seen_keys = _values_seen_earlier(connection, "key", first_by_key)
        context.seen_groups = _values_seen_earlier(connection, "group_id", first_by_group)
        return context


# -- the rules ------------------------------------------------------------------------

Rule = Callable[[Claim, FlagContext], "str | None"]
RULES: dict[str, Rule] = {}


def rule(code: str) -> Callable[[Rule], Rule]:
    """Register a rule under a code that `FLAG_CODES` explains."""
    if code not in FLAG_CODES:
        raise ValueError(f"flag code {code!r} needs an entry in FLAG_CODES")

    def register(function: Rule) -> Rule:
        RULES[code] = function
        return function
    return register


def _previously(status: str) -> Rule:
    def check(claim: Claim, context: FlagContext) -> str | None:
        verdict = context.verdicts.get(claim.group_id) if claim.group_id else None
        if verdict is not None and verdict.status == status:
            return f"repeats {verdict.describe()}"
        return None
    check.__doc__ = f"The claim's group already holds a claim judged {status}."
    return check


rule("previously-false")(_previously("false"))
rule("previously-disputed")(_previously("disputed"))
rule("previously-verified")(_previously("verified"))


_SOURCE_CUES = re.compile(
    r"\b(?:accord(?:ing)? to|said|says|say|told|tells|reported|reports|report|estimated?|"
    r"estimates|showed|shows|show|found|finds|data|figures|statistics|survey|study|census|"
    r"poll|analysis|filing|statement|announced|citing|cited|per)\b", re.IGNORECASE)


@rule("unattributed")
def unattributed(claim: Claim, context: FlagContext) -> str | None:
    """A figure the reporter states in their own voice, with no source in its sentence."""
    if claim.attribution != "none" or claim.value is None or claim.kind == "factual":
        return None
    article = context.articles.get(claim.article_id)
    sentence = sentence_around(article.text, claim.start, claim.end) if article else claim.text
    if _SOURCE_CUES.search(sentence):
        return None
    return "no speaker or source is named for this figure"


_SUPERLATIVES = re.compile(
    r"\b(?:top|leading|largest|biggest|greatest|highest|lowest|smallest|fastest|slowest|"
    r"first|record|only|all|most|least|best|worst|every|never|unprecedented|"
    r"number one|no\. 1|all-time)\b", re.IGNORECASE)
# Everyday uses of those words that rank nothing.
_NOT_SUPERLATIVE = re.compile(
    r"\b(?:first (?:quarter|half|time|week|month|day|year)|at first|all but|"
    r"not only|only just|if only|most recent(?:ly)?|at most|at least|at all|"
    r"record(?:ed|ing|s)? (?:a |an )?(?:loss|profit|figure)s? of)\b", re.IGNORECASE)


@rule("superlative")
def superlative(claim: Claim, context: FlagContext) -> str | None:
    """Absolute or ranking language (whole words), or a claim the extractor calls a rank."""
    text = _NOT_SUPERLATIVE.sub(" ", claim.text)
    hit = _SUPERLATIVES.search(text)
    if hit:
        return f"uses {hit.group(0).lower()!r}"
    if claim.kind == "rank":
        return "ranks its subject"
    return None


_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")
_FUTURE_CUES = re.compile(
    r"\b(?:will|would|shall|by|until|till|through|before|expects?|expected|forecasts?|"
    r"projects?|projected|plans?|planned|targets?|aims?|could|may|might|should|"
    r"scheduled|due|outlook|goal)\b", re.IGNORECASE)


@rule("implausible")
def implausible(claim: Claim, context: FlagContext) -> str | None:
    """A figure impossible on its face; it may still be right, so it is flagged, not dropped.

    "more than 100% of global demand" can be true (a surplus), hence a look, not a drop.
    """
    value = claim.value
    if value is not None:
        over = value > 100 or (value >= 100 and claim.bound in ("more_than", "at_least"))
        if claim.kind == "share" and (over or (claim.value_max or 0) > 100):
            more = "more than " if claim.bound == "more_than" else ""
            return f"a share of {more}{value:g}% of a whole is over 100%"
        if claim.kind == "count" and value < 0:
            return f"a negative count ({value:g})"
        if claim.kind == "change" and claim.unit == "%" and abs(value) > 1000:
            return f"a change of {value:g}% is over 1000%"
    article = context.articles.get(claim.article_id)
    this_year = _year_of(article.published if article else None) or context.today.year
    future = [int(y) for y in _YEAR.findall(claim.text) if int(y) > this_year]
    if future and not _FUTURE_CUES.search(claim.text):
        return f"the year {future[0]} is after the article's year ({this_year})"
    return None


@rule("new-statistic")
def new_statistic(claim: Claim, context: FlagContext) -> str | None:
    """Neither the claim's key nor its group appears in any earlier article's claims."""
    if claim.value is None:
        return None
    if claim.key in context.seen_keys:
        return None
    if claim.group_id is not None and claim.group_id in context.seen_groups:
        return None
    return "first time this figure appears in the database"


# -- applying the rules ---------------------------------------------------------------


def evaluate(claim: Claim, context: FlagContext) -> list[tuple[str, str]]:
    """(code, detail) for every rule that fires on the claim, in registry order."""
    hits = []
    for code, check in RULES.items():
        detail = check(claim, context)
        if detail:
            hits.append((code, detail))
    return hits


def apply_flags(session: Session, claims: list[Claim]) -> int:
    """Run every rule on new claims (already linked) and store their flags; count flagged.

    A claim whose flags include a queueing code gets status "flagged", but only while its
    status is still "new": a reviewed status is never overwritten. Flags already stored
    (linking's figure-mismatch) count, and are never duplicated.

    A repeat of a claim already verified is reviewed via its group: it becomes "verified"
    too (a ReviewEvent by "factrack" says from which claim), unless its figure disagrees
    with the group's (figure-mismatch), which an editor must see.
    """
    if not claims:
        return 0
    session.flush()
    context = FlagContext.load(session, claims)
    existing: dict[int, set[str]] = defaultdict(set)
    for chunk in _chunks([c.id for c in claims]):
        for claim_id, code in session.exec(select(Flag.claim_id, Flag.code)
                                           .where(Flag.claim_id.in_(chunk))):
            existing[claim_id].add(code)
    flagged = 0
    new_flags = []  # inserted in one statement: nothing reads them back as objects
    for claim in claims:
        codes = existing[claim.id]
        for code, detail in evaluate(claim, context):
            if code not in codes:
                new_flags.append({"claim_id": claim.id, "code": code, "detail": detail})
                codes.add(code)
        verdict = context.verdicts.get(claim.group_id) if claim.group_id else None
        if (claim.status == "new" and verdict is not None and verdict.status == "verified"
                and "figure-mismatch" not in codes):
            _inherit(session, claim, verdict)
        elif any(FLAG_CODES[c].queues for c in codes if c in FLAG_CODES):
            if claim.status == "new":
                claim.status = "flagged"
            flagged += 1
    if new_flags:  # Core, not the ORM's bulk path: no objects, no autoflush needed
        session.connection().execute(insert(Flag.__table__), new_flags)
    session.flush()
    return flagged


AUTOMATIC_REVIEWER = "factrack"


def _inherit(session: Session, claim: Claim, verdict: Verdict) -> None:
    """Give a repeat its group's verdict, with an event that says where it came from."""
    session.add(ReviewEvent(
        claim_id=claim.id, old_status=claim.status, new_status=verdict.status,
        reviewer=AUTOMATIC_REVIEWER, source_url=verdict.source_url,
        note=f"group verdict from claim {verdict.claim_id} ({verdict.status} on "
             f"{verdict.day} by {verdict.reviewer or 'an unknown reviewer'})"))
    claim.status = verdict.status


# -- helpers --------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]?\s+|\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence(s) of `text` holding the span start:end (a line break ends one too)."""
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    found = _SENTENCE_END.search(text, end)
    return text[left:found.end() if found else len(text)].strip()


def _year_of(published: str | None) -> int | None:
    match = re.match(r"\s*(\d{4})", published or "")
    return int(match.group(1)) if match else None


def _aware(moment: datetime) -> datetime:
    """SQLite hands timestamps back naive; they were stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _chunks(items: list, size: int = _IN_CHUNK):
    for at in range(0, len(items), size):
        yield items[at:at + size]
