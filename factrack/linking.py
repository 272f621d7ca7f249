"""Recurring claims in the database: incremental, blocked linking and figure-mismatch flags.

This is the storage side of `factrack.matching` (which stays pure). It keeps
* `claim_blocks`: one row per (blocking key, claim), the candidate index;
* `claim_wordings`: what ClaimRecord derives from each claim (canonical wordings, story,
  role...) as JSON, so candidates are not normalized again;
* `token_counts`: document frequencies behind matching's IDF token weights;
and applies `best_matches` / `figures_agree` exactly as the in-memory reference
`factrack.matching.linking.link_incrementally` does:

* claims are linked in id order; each is compared only with *earlier* claims that share a
  blocking key (other articles only, unless `MatchSettings.link_within_article`);
* it joins the group of its best match at or above the threshold, else stays alone (a
  group is created when a second claim joins); groups never merge afterwards;
* every earlier member of the group whose figure disagrees with the new claim's gets a
  `figure-mismatch` flag, and so does the new claim (one flag per claim).

Bounded work per claim, whatever the database size: for each blocking key only the
`per_key_cap` most recent claims are read (an index range scan), and of those only the
`max_candidates` sharing the most informative keys are scored. While no block exceeds the
caps the result is exactly the reference's (tests/test_linking_store.py checks this).
Everything here runs SQL on the session's connection, not ORM objects, so `relink` can
stream millions of claims in bounded memory.
"""

from __future__ import annotations

import heapq
import json
import math
import re
import sys
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache

from sqlalchemy import bindparam, delete, func, insert, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session

from factrack.extract import extract
from factrack.extract.segment import segment
from factrack.extract.types import Extraction
from factrack.inputs import ArticleSource
from factrack.matching.blocking import blocking_keys
from factrack.matching.figures import figures_agree
from factrack.matching.records import ClaimRecord
from factrack.matching.retrieval import rank_claims
from factrack.matching.scoring import best_matches, compatibility
from factrack.matching.linking import group_accepts, may_compare
from factrack.matching.records import story_text
from factrack.matching.settings import DEFAULT_SETTINGS, MatchSettings
from factrack.matching.weights import TokenWeights, record_tokens, token_set
from factrack.models import (Article, Claim, ClaimBlock, ClaimGroup, ClaimWording, Flag,
                             ReviewEvent, Speaker, TokenCount, utcnow)

MISMATCH_CODE = "figure-mismatch"

#: Claims read per blocking key: the most recent ones (a common key cannot blow up).
PER_KEY_CAP = 200
#: Candidates scored per claim: those sharing the most informative blocking keys with it.
MAX_CANDIDATES = 100
#: Group members a new claim's figure is checked against (the most recent ones).
MEMBER_CAP = 50
#: Records kept in memory between claims (recent claims are everybody's candidates).
RECORD_CACHE_SIZE = 20_000
#: Blocking keys whose stored hits are kept in memory between articles (at most
#: PER_KEY_CAP ids each: ~70 MiB when every block is full, ~4 MiB after 2,000 articles).
BLOCK_CACHE_SIZE = 10_000
#: Bind parameters per IN (...) list, below every backend's limit.
_IN_CHUNK = 500

_CLAIM_COLUMNS = (Claim.id, Claim.article_id, Claim.text, Claim.start, Claim.figure_start,
                  Claim.figure_end, Claim.kind, Claim.value, Claim.value_max, Claim.unit,
                  Claim.bound, Claim.measure, Claim.group_id, Claim.status, Speaker.name,
                  ClaimWording.derived)


@dataclass(frozen=True, slots=True)
class LinkOptions:
    """Matching thresholds (matching's MatchSettings) plus the storage side's work bounds."""

    settings: MatchSettings = DEFAULT_SETTINGS
    per_key_cap: int = PER_KEY_CAP
    max_candidates: int = MAX_CANDIDATES
    member_cap: int = MEMBER_CAP


DEFAULT_OPTIONS = LinkOptions()


@dataclass(slots=True)
class StoredClaim:
    """What linking needs of one stored claim: its record plus mutable storage fields."""

    record: ClaimRecord
    start: int
    group_id: int | None
    status: str
    indexed: bool = False  # its claim_wordings row exists
    stale: bool = False    # ... but was written by an older ClaimRecord: rewrite it
    _tokens: frozenset[str] | None = field(default=None, compare=False, repr=False)
    #: StoredTokenCounts.generation when its tokens' counts were fetched
    counted: int = field(default=-1, compare=False, repr=False)
    #: The claim's id (its record's), a plain field: read millions of times in a run.
    id: int = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.id = self.record.id  # type: ignore[assignment]

    @property
    def tokens(self) -> frozenset[str]:
        """Its counted tokens (record_tokens), computed once: the claim is a candidate
        many times. Its story's tokens are `token_set(record.story)`, shared by the
        claims of one article."""
        if self._tokens is None:
            self._tokens = frozenset(record_tokens(self.record))
        return self._tokens

    @property
    def figure(self) -> str:
        """The figure as written in the claim ("more than 12,000")."""
        rec = self.record
        if rec.figure_start is None or rec.figure_end is None:
            return _value_text(rec)
        return rec.text[rec.figure_start:rec.figure_end].strip() or _value_text(rec)


@dataclass(slots=True)
class LinkStats:
    linked: int = 0
    groups_created: int = 0
    mismatch_flags: int = 0


def _value_text(record: ClaimRecord) -> str:
    if record.value is None:
        return "no figure"
    unit = f" {record.unit}" if record.unit else ""
    return f"{record.value:,.6g}{unit}"


_RECORD_FIELDS = tuple(f.name for f in fields(ClaimRecord))
#: The fields storage passes to ClaimRecord; every other field is derived from them.
_GIVEN_FIELDS = ("id", "text", "kind", "value", "value_max", "unit", "bound", "measure",
                 "speaker", "article_id", "figure_start", "figure_end")


def derived_fields(record: ClaimRecord) -> str:
    """JSON of what ClaimRecord computed from the given fields (wordings, role...)."""
    return json.dumps({name: getattr(record, name) for name in _RECORD_FIELDS
                       if name not in _GIVEN_FIELDS}, ensure_ascii=False)


def prepared_record(derived: str, **given) -> ClaimRecord | None:
    """A ClaimRecord rebuilt from `given` fields and stored `derived` ones, or None when
    the stored JSON lacks a field the record now has (then it must be recomputed).

    Adapter around matching's record: its __post_init__ always normalizes the text
    (~45 us), too slow for hundreds of candidates per claim, so the stored values are
    set directly. tests/test_linking_store.py checks they equal a fresh computation."""
    values = {**json.loads(derived), **given}
    if any(name not in values for name in _RECORD_FIELDS):
        return None
    # One copy of an article's story for all its claims in the linker's cache.
    if isinstance(values["story"], str):
        values["story"] = sys.intern(values["story"])
    record = object.__new__(ClaimRecord)
    for name in _RECORD_FIELDS:
        object.__setattr__(record, name, values[name])
    return record


StoryLookup = Callable[[int], str]


#: Non-blank lines segmented for a story: the lead paragraphs' text depends only on the
#: lines up to the one after them (a credit line can make the one before it a caption).
_STORY_LINES = 6
_NONBLANK_LINE = re.compile(r"[^\n]*\S[^\n]*")


def article_story(title: str | None, text_: str) -> str:
    """What the article is about, for ClaimRecord.story: its title and lead paragraphs
    (as factrack.matching.evaluation builds it from an extraction). Only the article's
    first lines are segmented: rebuilding stale records reads many articles."""
    for n, line in enumerate(_NONBLANK_LINE.finditer(text_), 1):
        if n == _STORY_LINES:
            text_ = text_[:line.end()]
            break
    return story_text(title, [p.text for p in segment(text_)[1:]])


def stored_claim(row, story_for: StoryLookup | None = None) -> StoredClaim:
    """Build from a row of `_CLAIM_COLUMNS` (figure offsets in the row index the article).

    Derived fields come from the stored JSON; when there is none (a new claim, or
    after `relink` reset them) or it predates a field, the record is computed, with the
    article's story from `story_for(article_id)`."""
    (claim_id, article_id, text_, start, figure_start, figure_end, kind, value, value_max,
     unit, bound, measure, group_id, status, speaker, derived) = row
    fs, fe = figure_start - start, figure_end - start
    inside = 0 <= fs <= fe <= len(text_)
    given = dict(id=claim_id, text=text_, kind=kind, value=value, value_max=value_max,
                 unit=unit, bound=bound, measure=measure, speaker=speaker,
                 article_id=article_id, figure_start=fs if inside else None,
                 figure_end=fe if inside else None)
    record = prepared_record(derived, **given) if derived is not None else None
    if record is not None:
        return StoredClaim(record, start, group_id, status, indexed=True)
    if "story" in _RECORD_FIELDS and story_for is not None:
        given["story"] = story_for(article_id)
    # No stored row yet, or one from an older ClaimRecord (the linker rewrites it).
    return StoredClaim(ClaimRecord(**given), start, group_id, status,
                       indexed=derived is not None, stale=derived is not None)


def _claims_query():
    return (select(*_CLAIM_COLUMNS).outerjoin(Speaker, Speaker.id == Claim.speaker_id)
            .outerjoin(ClaimWording, ClaimWording.claim_id == Claim.id))


# Statements built once: building SQLAlchemy expressions per claim costs more than running
# them. Bound parameters are prefixed b_ so they never clash with column names.
_LOAD = _claims_query().where(Claim.id.in_(bindparam("b_ids", expanding=True)))
_AFTER = (_claims_query().where(Claim.id > bindparam("b_after")).order_by(Claim.id)
          .limit(bindparam("b_limit")))
_SET_GROUP = (update(Claim).where(Claim.id == bindparam("b_id"))
              .values(group_id=bindparam("b_group")))
_SET_FLAGGED = (update(Claim).where(Claim.id == bindparam("b_id"), Claim.status == "new")
                .values(status="flagged"))
_MEMBERS = (select(Claim.id).where(Claim.group_id == bindparam("b_group"))
            .order_by(Claim.id.desc()).limit(bindparam("b_limit")))
_MOVE_GROUP = (update(Claim).where(Claim.group_id == bindparam("b_old"))
               .values(group_id=bindparam("b_group")))
_DELETE_GROUP = delete(ClaimGroup).where(ClaimGroup.id == bindparam("b_group"))
_FLAG_EXISTS = select(Flag.id).where(Flag.claim_id == bindparam("b_id"),
                                     Flag.code == MISMATCH_CODE)
_INSERT_FLAG = insert(Flag).values(claim_id=bindparam("b_id"), code=MISMATCH_CODE,
                                   detail=bindparam("b_detail"))
_INSERT_BLOCKS = insert(ClaimBlock)
_INSERT_DERIVED = insert(ClaimWording)
_UPDATE_DERIVED = (update(ClaimWording).where(ClaimWording.claim_id == bindparam("b_id"))
                   .values(derived=bindparam("b_derived")))
_TOKEN_COUNTS = select(TokenCount.token, TokenCount.claims).where(
    TokenCount.token.in_(bindparam("b_tokens", expanding=True)))
_ARTICLE = select(Article.title, Article.text).where(Article.id == bindparam("b_id"))
_ARTICLES = select(Article.id, Article.title, Article.text).where(
    Article.id.in_(bindparam("b_ids", expanding=True)))


#: How each derived field's key reads in stored JSON (json.dumps' default separators).
_DERIVED_KEYS = tuple(f'"{name}": ' for name in _RECORD_FIELDS if name not in _GIVEN_FIELDS)


def may_need_story(derived: str | None) -> bool:
    """The stored derived fields are missing or lack a field (so the record is computed,
    with its article's story); a cheap test, without parsing the JSON."""
    return derived is None or any(key not in derived for key in _DERIVED_KEYS)


def load_claims(connection: Connection, ids: Sequence[int],
                story_for: StoryLookup | None = None,
                prefetch: Callable[[set[int]], None] | None = None) -> dict[int, StoredClaim]:
    """Stored claims by id. `prefetch(article_ids)`, if given, is told first which
    articles' stories the rows may need, so they can be read in one query."""
    found: dict[int, StoredClaim] = {}
    ids = list(ids)
    for at in range(0, len(ids), _IN_CHUNK):
        part = ids[at:at + _IN_CHUNK]
        rows = connection.execute(_LOAD, {"b_ids": part}).all()
        if prefetch is not None:
            prefetch({row[1] for row in rows if may_need_story(row[-1])})
        for row in rows:
            claim = stored_claim(row, story_for)
            found[claim.id] = claim
    return found


def claims_after(connection: Connection, after_id: int, chunk: int,
                 story_for: StoryLookup | None = None) -> list[StoredClaim]:
    """The next `chunk` claims in id order after `after_id` (keyset pagination: no cursor
    stays open while the caller writes, and memory is bounded by the chunk)."""
    rows = connection.execute(_AFTER, {"b_after": after_id, "b_limit": chunk}).all()
    return [stored_claim(row, story_for) for row in rows]


class StoredWeights(TokenWeights):
    """TokenWeights over `token_counts`, one per linker. The memo of log counts lives
    across claims: StoredTokenCounts drops a token's entry when it counts another claim
    with it, and all of them when another writer changed the counts. Each log count is
    computed when scoring first asks for it, from counts fetched by `include`."""

    def __init__(self, source: "StoredTokenCounts"):
        super().__init__()
        self._source = source

    def include(self, tokens: Iterable[str]) -> "StoredWeights":
        """Fetch the counts of `tokens` not yet known, in one query."""
        self._source.ensure(tokens)
        return self

    def forget(self) -> None:
        """Drop every memo (the stored counts changed in ways not seen here)."""
        self._logs.clear()
        self._sums.clear()
        self._pairs.clear()

    def _fill(self, tokens: list[str]) -> None:
        cached, get = self._source.cached, self._source._cache.get
        counts = [get(t) for t in tokens]
        counts = [cached(t) if c is None else c for t, c in zip(tokens, counts)]
        log = math.log
        self._logs.update({t: log(c + 0.5) for t, c in zip(tokens, counts)})


class StoredTokenCounts:
    """Document frequencies in `token_counts` (matching's IDF weights), read lazily for
    the tokens a comparison needs; a bounded cache is kept current by our own writes.
    Counts added are written by `flush`, one statement per transaction (reads add what
    is still pending)."""

    TOTAL = ""  # the row counting claims
    _UPSERT = text("INSERT INTO token_counts (token, claims) VALUES (:token, :n) "
                   "ON CONFLICT (token) DO UPDATE SET claims = token_counts.claims + excluded.claims")

    def __init__(self, connection: Connection | None, cache_size: int = 200_000):
        self.connection = connection
        self._cache: dict[str, int] = {}
        self._cache_size = cache_size
        self._total: int | None = None
        self.generation = 0
        self._weights = StoredWeights(self)
        self._pending: dict[str, int] = {}  # counted here, not yet written

    def total(self) -> int:
        if self._total is None:
            self._total = self.connection.execute(
                select(TokenCount.claims).where(TokenCount.token == self.TOTAL)
            ).scalar_one_or_none() or 0
            self._total += self._pending.get(self.TOTAL, 0)
        return self._total

    def add(self, tokens: Iterable[str]) -> None:
        """Count one more claim containing `tokens`."""
        tokens = set(tokens)
        total = self.total()
        pending = self._pending
        for token in (self.TOTAL, *tokens):
            pending[token] = pending.get(token, 0) + 1
        self._total = total + 1
        for token in tokens:
            if token in self._cache:
                self._cache[token] += 1
        self._weights.counts_changed(tokens)

    def flush(self) -> None:
        """Write the pending counts (sorted, so concurrent writers lock rows in one order)."""
        if self._pending:
            self.connection.execute(self._UPSERT, [
                {"token": token, "n": n} for token, n in sorted(self._pending.items())])
            self._pending.clear()

    def discard(self) -> None:
        """Drop pending counts whose transaction ended without `flush` (rolled back)."""
        self._pending.clear()

    def ensure(self, tokens: Iterable[str]) -> None:
        """Read the counts of the `tokens` missing from the cache, a few queries at most."""
        cache, tokens = self._cache, set(tokens)
        missing = [t for t in tokens if t not in cache]
        if len(cache) + len(missing) > self._cache_size:
            self.clear()
            missing = list(tokens)
        for at in range(0, len(missing), _IN_CHUNK):
            part = missing[at:at + _IN_CHUNK]
            found = dict(self.connection.execute(_TOKEN_COUNTS, {"b_tokens": part}).all())
            pending = self._pending
            for token in part:
                cache[token] = found.get(token, 0) + pending.get(token, 0)

    def cached(self, token: str) -> int:
        """The token's count, read now if `ensure` did not fetch it."""
        count = self._cache.get(token)
        if count is None:
            self.ensure([token])
            count = self._cache[token]
        return count

    def clear(self) -> None:
        """Forget every cached count, for room; `generation` tells claims their tokens
        must be fetched again (see ClaimLinker.fetch_counts). The weights' memo of log
        counts stays: it is still right, as only `add` changes counts here."""
        self._cache.clear()
        self.generation += 1

    def invalidate(self) -> None:
        """Forget counts and weights: another writer (or a rollback) changed the table."""
        self.clear()
        self._weights.forget()

    def weights(self, tokens: Iterable[str] = ()) -> StoredWeights:
        """The weights as the counts stand now (one object, its memo kept between
        claims), with the counts of `tokens` fetched."""
        weights = self._weights
        total = self.total()
        if weights.total != total or len(weights._logs) > self._cache_size:
            if len(weights._logs) > self._cache_size:
                weights.forget()
            weights.total = total
            weights._sums.clear()
            weights._pairs.clear()
        return weights.include(tokens)


class ClaimLinker:
    """Links claims one at a time against what is already in the blocking index.

    `link(claim)` must be called in id order. The record cache only saves re-normalizing
    recent claims (their group ids are kept current). One linker can serve a whole `add`
    run, one transaction per article: `begin(connection, first_id)` at each article's
    start keeps its caches (records, token counts) only while the database is as this
    linker left it, so an article that rolled back, or another process's adds, cost a
    cold start instead of a wrong answer.
    """

    def __init__(self, connection: Connection | None = None,
                 options: LinkOptions = DEFAULT_OPTIONS, cache_size: int = RECORD_CACHE_SIZE):
        self.connection = connection
        self.options = options
        self.stats = LinkStats()
        self._cache: OrderedDict[int, StoredClaim] = OrderedDict()
        self._cache_size = cache_size
        self._max_cached = 0
        self._flagged: set[int] = set()
        self.counts = StoredTokenCounts(connection)
        self._stories: OrderedDict[int, str] = OrderedDict()
        self._story_rows: dict[int, tuple] = {}  # prefetched (title, text), see records()
        # Index rows of this transaction's claims, written by flush() in one statement
        # each; candidate_ids reads the pending blocks with the stored ones.
        self._pending_blocks: dict[str, list[int]] = {}
        self._pending_wordings: list[dict] = []
        # Stored block hits per key (newest first, at most per_key_cap), read ahead for an
        # article's claims (prefetch_blocks) and kept in step by flush(), so a key common
        # to many articles is read once per run, not once per claim.
        self._block_cache: OrderedDict[str, list[int]] = OrderedDict()

    def begin(self, connection: Connection, first_id: int) -> None:
        """Start linking a new transaction's claims (ids from `first_id` on).

        The caches are trusted only if the claims counted in `token_counts` are what this
        linker last counted (every linked claim is counted, so another writer's claims, a
        `relink`, or a rollback of our own last article change the count) and no cached
        claim has an id from `first_id` on (ids reused after a delete). Stories and the
        flag memo are cheap and always read afresh. What the last transaction left
        unflushed was rolled back with it."""
        self.discard()
        self.use(connection)
        cached_total = self.counts._total
        self.counts._total = None
        if (cached_total is not None and self.counts.total() != cached_total) or (
                self._max_cached >= first_id):
            self._cache.clear()
            self._block_cache.clear()
            self._max_cached = 0
            self.counts.invalidate()
        self._stories.clear()
        self._flagged.clear()

    def story_for(self, article_id: int) -> str:
        """The article's story text (a few recent articles are kept)."""
        if article_id not in self._stories:
            row = self._story_rows.pop(article_id, None) or self.connection.execute(
                _ARTICLE, {"b_id": article_id}).first()
            self._stories[article_id] = article_story(*row) if row else ""
            while len(self._stories) > 64:
                self._stories.popitem(last=False)
        return self._stories[article_id]

    def prefetch_stories(self, article_ids: set[int]) -> None:
        """Read the title and text of these articles in one query (for story_for)."""
        wanted = [i for i in article_ids if i not in self._stories]
        for at in range(0, len(wanted), _IN_CHUNK):
            for article_id, title, text_ in self.connection.execute(
                    _ARTICLES, {"b_ids": wanted[at:at + _IN_CHUNK]}).all():
                self._story_rows[article_id] = (title, text_)

    def use(self, connection: Connection) -> None:
        """Continue on a new connection (relink commits between chunks)."""
        self.connection = connection
        self.counts.connection = connection

    # -- candidates -------------------------------------------------------------------

    def candidate_ids(self, keys: Iterable[str]) -> list[int]:
        """Ids of earlier claims sharing a key: the `per_key_cap` most recent per key, then
        the `max_candidates` sharing the most informative keys (see rank_candidates)."""
        keys = sorted(keys)
        if not keys:
            return []
        cap = self.options.per_key_cap
        hits = self._stored_hits(keys)
        for key in keys:
            pending = self._pending_blocks.get(key)
            if pending:  # newer than every stored claim
                hits[key] = (pending[::-1] + hits[key])[:cap]
        return rank_candidates(hits, cap, self.options.max_candidates)

    def prefetch_blocks(self, claims: Iterable[StoredClaim]) -> None:
        """Read the stored block hits of all these claims' keys in one statement: an
        article's claims share many keys (its speakers, its measure words)."""
        self._stored_hits(sorted(set().union(*(blocking_keys(c.record) for c in claims))))

    def _stored_hits(self, keys: Sequence[str]) -> dict[str, list[int]]:
        """Stored block hits of `keys`, from the cache or one statement for the rest."""
        cache = self._block_cache
        hits, unread = {}, []
        for key in keys:
            found = cache.get(key)
            if found is None:
                unread.append(key)
            else:
                cache.move_to_end(key)
                hits[key] = found
        if unread:
            read = block_hits(self.connection, sorted(unread), self.options.per_key_cap)
            hits.update(read)
            cache.update(read)
            while len(cache) > BLOCK_CACHE_SIZE:
                cache.popitem(last=False)
        return {key: hits[key] for key in keys}  # in the order asked, as block_hits

    def records(self, ids: Sequence[int]) -> list[StoredClaim]:
        missing = [i for i in ids if i not in self._cache]
        if missing:
            loaded = load_claims(self.connection, missing, self.story_for,
                                 self.prefetch_stories).values()
            self._story_rows.clear()
            self._repair([c for c in loaded if c.stale])
            for claim in loaded:
                self._remember(claim)
        out = []
        for claim_id in ids:
            claim = self._cache.get(claim_id)
            if claim is not None:
                self._cache.move_to_end(claim_id)
                out.append(claim)
        return out

    def _repair(self, stale: list[StoredClaim]) -> None:
        """Rewrite derived fields stored by an older ClaimRecord (after an upgrade), so
        each stale claim is normalized again once, not on every later comparison."""
        if stale:
            self.connection.execute(_UPDATE_DERIVED, [
                {"b_id": c.id, "b_derived": derived_fields(c.record)} for c in stale])
            for claim in stale:
                claim.stale = False

    def forget_flags(self) -> None:
        """Drop the memo of claims known to carry a mismatch flag (bounds relink memory)."""
        self._flagged.clear()

    def _remember(self, claim: StoredClaim) -> None:
        self._cache[claim.id] = claim
        self._max_cached = max(self._max_cached, claim.id)
        self._cache.move_to_end(claim.id)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)

    # -- linking ----------------------------------------------------------------------

    def link(self, claim: StoredClaim) -> int | None:
        """Link one claim (not yet in the index) and index it; return its group id.

        As matching.linking.link_incrementally: the claim is counted in the token
        weights, scored against its candidates, and joins the group of the best match
        whose members accept it (matching.linking.group_accepts); with
        `merge_groups`, other groups that accept it are merged into that one."""
        settings = self.options.settings
        record = claim.record
        keys = blocking_keys(record)
        if not claim.indexed:
            self.counts.add(record_tokens(record))
        wanted = compatibility(record)  # best_matches' gate, before any counts are fetched
        candidates = [c for c in self.records(self.candidate_ids(keys)) if c.id < claim.id and (
            compatibility(c.record) == wanted and may_compare(record, c.record, settings))]
        if candidates:
            self.fetch_counts([claim, *candidates])
            weights = self.counts.weights()
            by_record = {id(c.record): c for c in candidates}
            matches = [(by_record[id(m)], score) for m, score in
                       best_matches(record, [c.record for c in candidates], settings,
                                    weights)]
            self._join(claim, matches, weights)
        self._remember(claim)
        self.index(claim, keys)
        return claim.group_id

    def fetch_counts(self, claims: Iterable[StoredClaim]) -> None:
        """Make sure the token counts of these claims' scoring tokens are cached: one
        query for the claims not seen since the cache was last cleared."""
        generation = self.counts.generation
        unseen = [c for c in claims if c.counted != generation]
        if unseen:
            self.counts.ensure(set().union(*(c.tokens for c in unseen),
                                           *(token_set(c.record.story or "") for c in unseen)))
            generation = self.counts.generation  # the cache may have been cleared for room
            for c in unseen:
                c.counted = generation

    def _join(self, claim: StoredClaim, matches: list[tuple[StoredClaim, float]],
              weights: StoredWeights) -> None:
        settings = self.options.settings
        accepted: list[tuple[StoredClaim, list[StoredClaim]]] = []
        tried: set = set()
        for match, _ in matches:
            group = match.group_id if match.group_id is not None else ("alone", match.id)
            if group in tried:
                continue
            tried.add(group)
            members = self.members(match)
            self.fetch_counts(members)
            if group_accepts(claim.record, [m.record for m in members], settings, weights):
                accepted.append((match, members))
                if not settings.merge_groups:
                    break
        if not accepted:
            return
        (best, members), others = accepted[0], accepted[1:]
        group_id = best.group_id if best.group_id is not None else self._new_group(best)
        for other, other_members in others:  # merge_groups only
            members = members + self._merge(group_id, other, other_members)
        self._check_figures(claim, members)
        claim.group_id = group_id
        self.connection.execute(_SET_GROUP, {"b_id": claim.id, "b_group": group_id})
        self.stats.linked += 1

    def members(self, match: StoredClaim) -> list[StoredClaim]:
        """The match's group (its `member_cap` most recent members), or the match alone."""
        if match.group_id is None:
            return [match]
        ids = self.connection.execute(
            _MEMBERS, {"b_group": match.group_id, "b_limit": self.options.member_cap}
        ).scalars().all()
        return self.records(sorted(ids))

    def _merge(self, group_id: int, other: StoredClaim,
               other_members: list[StoredClaim]) -> list[StoredClaim]:
        """Move `other`'s group (or `other` alone) into `group_id`; return what moved."""
        if other.group_id is None:
            self.connection.execute(_SET_GROUP, {"b_id": other.id, "b_group": group_id})
        else:
            old = other.group_id
            self.connection.execute(_MOVE_GROUP, {"b_old": old, "b_group": group_id})
            self.connection.execute(_DELETE_GROUP, {"b_group": old})
            for cached in self._cache.values():
                if cached.group_id == old:
                    cached.group_id = group_id
        for member in other_members:
            member.group_id = group_id
        return other_members

    def index(self, claim: StoredClaim, keys: Iterable[str]) -> None:
        """Make the claim findable by later claims: its blocks and its wordings (written
        by `flush`)."""
        for key in keys:
            self._pending_blocks.setdefault(key, []).append(claim.id)
        if not claim.indexed:
            self._pending_wordings.append({"claim_id": claim.id,
                                           "derived": derived_fields(claim.record)})
            claim.indexed = True

    def flush(self) -> None:
        """Write the index rows and token counts of the claims linked since the last
        flush; call it before the transaction commits."""
        if self._pending_blocks:
            cache, cap = self._block_cache, self.options.per_key_cap
            for key, ids in self._pending_blocks.items():
                if key in cache:  # what a read after this write would return
                    cache[key] = (ids[::-1] + cache[key])[:cap]
            self.connection.execute(_INSERT_BLOCKS, [
                {"block_key": key, "claim_id": claim_id}
                for key in sorted(self._pending_blocks)
                for claim_id in self._pending_blocks[key]])
            self._pending_blocks.clear()
        if self._pending_wordings:
            self.connection.execute(_INSERT_DERIVED, self._pending_wordings)
            self._pending_wordings = []
        self.counts.flush()

    def discard(self) -> None:
        """Forget unflushed rows (their transaction rolled back)."""
        self._pending_blocks.clear()
        self._pending_wordings = []
        self.counts.discard()

    def _new_group(self, first: StoredClaim) -> int:
        group_id = self.connection.execute(
            insert(ClaimGroup).values(representative=first.record.text, created_at=utcnow())
        ).inserted_primary_key[0]
        self.connection.execute(_SET_GROUP, {"b_id": first.id, "b_group": group_id})
        first.group_id = group_id
        self.stats.groups_created += 1
        return group_id

    def _check_figures(self, claim: StoredClaim, members: list[StoredClaim]) -> None:
        """Flag both sides of every disagreeing figure among the group's members."""
        for member in members:
            if member.id == claim.id or figures_agree(claim.record, member.record,
                                                      self.options.settings):
                continue
            self._flag(claim, f"claim {member.id} says {member.figure}; "
                              f"this says {claim.figure}")
            self._flag(member, f"claim {claim.id} says {claim.figure}; "
                               f"this says {member.figure}")

    def _flag(self, claim: StoredClaim, detail: str) -> None:
        """Add the flag unless the claim has one already (flags are unique per code)."""
        if claim.id in self._flagged:
            return
        exists = self.connection.execute(_FLAG_EXISTS, {"b_id": claim.id}).first()
        self._flagged.add(claim.id)
        if exists:
            return
        self.connection.execute(_INSERT_FLAG, {"b_id": claim.id, "b_detail": detail})
        # The stored status decides, not the cached one (a reviewer may have changed it
        # since this linker read the claim, in an earlier article's transaction).
        if self.connection.execute(_SET_FLAGGED, {"b_id": claim.id}).rowcount:
            claim.status = "flagged"
        self.stats.mismatch_flags += 1


@lru_cache(maxsize=64)
def _blocks_statement(n: int):
    """UNION ALL of `n` capped index range scans (one per key), compiled once per n."""
    return text(" UNION ALL ".join(
        f"SELECT block_key, claim_id FROM (SELECT block_key, claim_id FROM claim_blocks "
        f"WHERE block_key = :k{i} ORDER BY claim_id DESC LIMIT :cap) AS b{i}"
        for i in range(n)))


def block_hits(connection: Connection, keys: Sequence[str], cap: int) -> dict[str, list[int]]:
    """For each key, the ids of the `cap` most recent claims in its block, newest first:
    one index range scan per key, in a single statement."""
    found: dict[str, list[int]] = {key: [] for key in keys}
    for at in range(0, len(keys), 50):
        part = keys[at:at + 50]
        params = {f"k{i}": key for i, key in enumerate(part)}
        params["cap"] = cap
        for key, claim_id in connection.execute(_blocks_statement(len(part)), params).all():
            found[key].append(claim_id)
    return found


def rank_candidates(hits: dict[str, list[int]], cap: int, limit: int) -> list[int]:
    """The `limit` claims sharing the most *informative* keys: a key whose block is small
    says more than one that filled its cap (weight log(1 + cap / block size)); ties go
    to the most recent claim."""
    score: dict[int, float] = {}
    for ids in hits.values():
        if not ids:
            continue
        weight = math.log1p(cap / len(ids))
        for claim_id in ids:
            score[claim_id] = score.get(claim_id, 0.0) + weight
    ranked = heapq.nsmallest(limit, [(-s, -claim_id) for claim_id, s in score.items()])
    return [-negative_id for _, negative_id in ranked]


def new_claim_records(source: ArticleSource, extraction: Extraction) -> tuple[ClaimRecord, ...]:
    """The matching records of an article's claims, as `stored_claim` would build them
    once stored (no id yet; the per-article speaker name): pure, so worker processes
    build them while the writer stores earlier articles."""
    story = article_story(source.title or extraction.title, source.text)
    return tuple(ClaimRecord.from_candidate(candidate, id=0, story=story)
                 for candidate in extraction.claims)


def _stored_new_claims(connection: Connection, claims: list[Claim],
                       records: Sequence[ClaimRecord]) -> dict[int, StoredClaim]:
    """StoredClaims for just-inserted claims from their prepared records: the stored id,
    article and (canonical) speaker name are set; nothing else depends on them."""
    speaker_ids = sorted({c.speaker_id for c in claims if c.speaker_id is not None})
    names = dict(connection.execute(select(Speaker.id, Speaker.name).where(
        Speaker.id.in_(speaker_ids))).all()) if speaker_ids else {}
    found = {}
    for claim, prepared in zip(claims, records):
        record = object.__new__(ClaimRecord)
        for name in _RECORD_FIELDS:
            object.__setattr__(record, name, getattr(prepared, name))
        object.__setattr__(record, "id", claim.id)
        object.__setattr__(record, "article_id", claim.article_id)
        object.__setattr__(record, "speaker", names.get(claim.speaker_id))
        object.__setattr__(record, "story", sys.intern(prepared.story))
        found[claim.id] = StoredClaim(record, claim.start, claim.group_id, claim.status)
    return found


def link_new_claims(session: Session, claims: list[Claim],
                    options: LinkOptions = DEFAULT_OPTIONS,
                    linker: ClaimLinker | None = None,
                    records: Sequence[ClaimRecord] | None = None) -> int:
    """Link freshly inserted (flushed) claims into recurring groups; count the linked.

    Called by `add` inside the article's transaction. Touches only the claims' candidates,
    never the whole database. Pass the same `linker` (a `ClaimLinker()`, which then
    brings its own options) for every article of a run to keep its caches between them.
    `records`, the claims' `new_claim_records` in the same order, saves building them.
    """
    if not claims:
        return 0
    session.flush()
    connection = session.connection()
    if linker is None:
        linker = ClaimLinker(connection, options)
    else:
        linker.begin(connection, min(c.id for c in claims))
    linked_before = linker.stats.linked
    if records is not None and len(records) == len(claims):
        loaded = _stored_new_claims(connection, claims, records)
    else:
        loaded = load_claims(connection, [c.id for c in claims], linker.story_for)
    linker.prefetch_blocks(loaded.values())
    for claim in sorted(claims, key=lambda c: c.id):
        linker.link(loaded[claim.id])
    linker.flush()
    for claim in claims:  # keep the ORM objects in step with what SQL wrote
        for name in ("group_id", "status"):
            stored = loaded[claim.id]
            set_committed_value(claim, name, getattr(stored, name))
    return linker.stats.linked - linked_before


# -- relink --------------------------------------------------------------------------------


def reset_links(connection: Connection) -> None:
    """Forget every group, block, stored wording, token count and figure-mismatch flag;
    claims flagged only for a mismatch, and never reviewed, go back to 'new'."""
    connection.execute(update(Claim).where(Claim.group_id.is_not(None)).values(group_id=None))
    connection.execute(delete(ClaimGroup))
    connection.execute(delete(ClaimBlock))
    connection.execute(delete(ClaimWording))
    connection.execute(delete(TokenCount))
    connection.execute(delete(Flag).where(Flag.code == MISMATCH_CODE))
    connection.execute(
        update(Claim).where(Claim.status == "flagged",
                            ~Claim.id.in_(select(Flag.claim_id)),
                            ~Claim.id.in_(select(ReviewEvent.claim_id)))
        .values(status="new"))


def count_claims(connection: Connection) -> int:
    return connection.execute(select(func.count(Claim.id))).scalar_one()


def relink(session: Session, options: LinkOptions = DEFAULT_OPTIONS, chunk: int = 1000,
           progress: Callable[[int], None] | None = None) -> LinkStats:
    """Rebuild every group and block from scratch, streaming claims in id order.

    Commits once after the reset and then after every chunk, so memory and the write-ahead
    log stay bounded; if interrupted, run it again (it always starts from scratch).
    """
    reset_links(session.connection())
    session.commit()
    linker = ClaimLinker(session.connection(), options)
    last = 0
    while True:
        linker.use(session.connection())
        batch = claims_after(session.connection(), last, chunk, linker.story_for)
        if not batch:
            break
        for claim in batch:
            linker.link(claim)
        linker.flush()
        session.commit()
        linker.forget_flags()
        last = batch[-1].id
        if progress:
            progress(len(batch))
    return linker.stats


def options_with(per_key_cap: int | None = None, max_candidates: int | None = None,
                 **settings) -> LinkOptions:
    """LinkOptions from command-line values; None keeps the default."""
    chosen = {k: v for k, v in settings.items() if v is not None}
    options = LinkOptions(settings=replace(DEFAULT_SETTINGS, **chosen))
    if per_key_cap is not None:
        options = replace(options, per_key_cap=per_key_cap)
    if max_candidates is not None:
        options = replace(options, max_candidates=max_candidates)
    return options


# -- match: "has this been said before?" ----------------------------------------------------

#: Blocks read per key and candidates ranked for a pasted sentence.
MATCH_PER_KEY_CAP = 500
MATCH_CANDIDATES = 2000


def query_keys(query: str) -> set[str]:
    """Blocking keys for free text: its canonical words (as measure tokens), plus the keys
    of every claim the extractor finds in it (value buckets, speaker)."""
    # As the "measure", the whole text gives every canonical word as a measure token.
    whole = ClaimRecord(id="query", text=query, kind=None, value=None, value_max=None,
                        unit=None, bound=None, measure=query, speaker=None, article_id=None)
    keys = blocking_keys(whole)
    try:
        extraction = extract(query)
    except Exception:  # noqa: BLE001 - the words alone still find candidates
        return keys
    for i, candidate in enumerate(extraction.claims):
        keys |= blocking_keys(ClaimRecord.from_candidate(candidate, id=f"q{i}"))
    return keys


def similar_claims(session: Session, query: str, limit: int = 10,
                   per_key_cap: int = MATCH_PER_KEY_CAP,
                   max_candidates: int = MATCH_CANDIDATES) -> list[dict]:
    """Stored claims most similar to `query`, best first, with score, speaker, date, outlet
    and review status. Candidates come from the blocking index (never a scan); ranking is
    `factrack.matching.retrieval.rank_claims` (BM25 + rapidfuzz on canonical wordings)."""
    connection = session.connection()
    keys = sorted(query_keys(query))
    ids = rank_candidates(block_hits(connection, keys, per_key_cap), per_key_cap,
                          max_candidates)
    rows: list = []
    for at in range(0, len(ids), _IN_CHUNK):
        rows += connection.execute(
            select(Claim.id, Claim.text, Claim.kind, Claim.value, Claim.value_max, Claim.unit,
                   Claim.bound, Claim.status, Claim.group_id, Claim.article_id,
                   Speaker.name.label("speaker"),
                   Article.published, Article.added_at, Article.outlet, Article.title)
            .join(Article, Article.id == Claim.article_id)
            .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
            .where(Claim.id.in_(ids[at:at + _IN_CHUNK]))).all()
    if not rows:
        return []
    rows.sort(key=lambda r: r.id)
    ranked = rank_claims(query, [r.text for r in rows], top_k=limit)
    out = []
    for position, score in ranked:
        r = rows[position]
        added = r.added_at.date().isoformat() if hasattr(r.added_at, "date") else str(r.added_at)
        out.append({"score": round(score, 3), "id": r.id, "date": r.published or added,
                    "outlet": r.outlet, "article_id": r.article_id, "article_title": r.title,
                    "speaker": r.speaker,
                    "status": r.status, "group_id": r.group_id, "text": r.text,
                    "kind": r.kind, "value": r.value, "value_max": r.value_max,
                    "unit": r.unit, "bound": r.bound})
    return out

