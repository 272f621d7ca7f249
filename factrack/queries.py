"""Read-side queries behind `claims`, `show`, `articles` and `speakers`.

Rows come back as plain dicts in the documented JSON contract (docs/json.md), so every
output format renders the same data.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import func
from sqlmodel import Session, select

from factrack.claimrows import (  # noqa: F401  (CLAIM_FIELDS, ClaimFilter: re-exported)
    CLAIM_FIELDS,
    ROW_COLUMNS,
    STREAM_CHUNK,
    ClaimFilter,
    ClaimStream,
    listed_row,
    queueing_flag_codes,
)
from factrack.errors import NotFoundError
from factrack.models import Article, Claim, Flag, ReviewEvent, Speaker, SpeakerAlias


@dataclass(slots=True)
class ClaimQuery:
    rows: list[dict]
    matched_speakers: list[Speaker] = field(default_factory=list)


def claim_row(claim: Claim, article_title: str | None, speaker: str | None,
              flags: list[str]) -> dict:
    """One claim in the JSON contract, plus figure offsets and the check-worthiness score."""
    return listed_row([getattr(claim, name) for name in ROW_COLUMNS] + [article_title, speaker],
                      flags)


def flags_for(session: Session, claim_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(claim_ids), 500):  # stay below SQLite's variable limit
        chunk = claim_ids[start:start + 500]
        for claim_id, code in session.exec(
                select(Flag.claim_id, Flag.code).where(Flag.claim_id.in_(chunk))
                .order_by(Flag.claim_id, Flag.code)):
            found[claim_id].append(code)
    return found


# The columns `claim_row` reads, selected as plain values: building ORM objects cost
# about 50 us a row, most of a large listing.
_ROW_COLUMNS = tuple(getattr(Claim, name) for name in ROW_COLUMNS)


def _claims_statement(session: Session, filters: ClaimFilter):
    """The listing's SELECT (claim columns, article title, speaker name) and the speakers
    that `--speaker` matched."""
    statement = (select(*_ROW_COLUMNS, Article.title, Speaker.name)
                 .join(Article, Article.id == Claim.article_id)
                 .outerjoin(Speaker, Speaker.id == Claim.speaker_id))
    matched: list[Speaker] = []
    if filters.speaker:
        from factrack.speakers import find_speakers  # rapidfuzz: only --speaker needs it

        matched = find_speakers(session, filters.speaker)
        statement = statement.where(Claim.speaker_id.in_([s.id for s in matched] or [-1]))
    if filters.article_id is not None:
        statement = statement.where(Claim.article_id == filters.article_id)
    if filters.kind:
        statement = statement.where(Claim.kind == filters.kind)
    if filters.status:
        statement = statement.where(Claim.status == filters.status)
    if filters.flagged:  # informational flags (new-statistic...) alone do not count
        statement = statement.where(Claim.id.in_(
            select(Flag.claim_id).where(Flag.code.in_(queueing_flag_codes()))))
    if filters.recurring:
        statement = statement.where(Claim.group_id.is_not(None))
    if filters.search:
        from factrack.search import search_condition
        statement = statement.where(search_condition(session, filters.search,
                                                     limit=filters.limit))
    statement = statement.order_by(Claim.article_id.desc(), Claim.start, Claim.id)
    if filters.limit:
        statement = statement.limit(filters.limit)
    return statement, matched


def stream_claims(session: Session, filters: ClaimFilter,
                  chunk: int = STREAM_CHUNK) -> ClaimStream:
    """`list_claims` without holding the result: rows are read `chunk` at a time (with
    their flags, one look-up per chunk), so memory stays flat for any number of claims.
    Same rows, same order, same dicts as `list_claims`."""
    statement, matched = _claims_statement(session, filters)
    return ClaimStream(_stream_rows(session, statement, chunk), matched)


def _stream_rows(session: Session, statement, chunk: int) -> Iterator[dict]:
    result = session.exec(statement.execution_options(yield_per=chunk))
    try:
        for part in result.partitions():
            flags = flags_for(session, [row.id for row in part])
            for row in part:
                yield listed_row(row, flags.get(row.id, []))
    finally:
        result.close()


def list_claims(session: Session, filters: ClaimFilter) -> ClaimQuery:
    """Claims matching every given filter, newest article first, in text order (all in
    memory; `stream_claims` for listings that may be large)."""
    stream = stream_claims(session, filters)
    return ClaimQuery(list(stream.rows), stream.matched_speakers)


def get_claim(session: Session, claim_id: int) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFoundError(f"no claim with id {claim_id}")
    return claim


def claim_detail(session: Session, claim_id: int) -> dict:
    """A claim with its paragraph of context, article, speaker, flags and review history."""
    claim = get_claim(session, claim_id)
    article = session.get(Article, claim.article_id)
    speaker = session.get(Speaker, claim.speaker_id) if claim.speaker_id else None
    flags = session.exec(select(Flag).where(Flag.claim_id == claim_id)
                         .order_by(Flag.code)).all()
    events = session.exec(select(ReviewEvent).where(ReviewEvent.claim_id == claim_id)
                          .order_by(ReviewEvent.created_at, ReviewEvent.id)).all()
    row = claim_row(claim, article.title, speaker.name if speaker else None,
                    [f.code for f in flags])
    row["context"] = paragraph_around(article.text, claim.start, claim.end)
    row["article"] = {"id": article.id, "title": article.title, "outlet": article.outlet,
                      "author": article.author, "url": article.url,
                      "published": article.published, "source_path": article.source_path}
    row["speaker_role"] = speaker.role if speaker else None
    row["flag_details"] = [{"code": f.code, "detail": f.detail} for f in flags]
    row["history"] = [{"old_status": e.old_status, "new_status": e.new_status,
                       "note": e.note, "reviewer": e.reviewer, "source_url": e.source_url,
                       "at": e.created_at.isoformat(timespec="seconds")} for e in events]
    return row


def paragraph_around(text: str, start: int, end: int) -> str:
    """The paragraph (line) of `text` holding the span start:end."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return text[left:right if right != -1 else len(text)].strip()


def list_articles(session: Session, limit: int | None = None) -> list[dict]:
    counts = (select(Claim.article_id, func.count(Claim.id).label("n"))
              .group_by(Claim.article_id).subquery())
    statement = (select(Article, func.coalesce(counts.c.n, 0))
                 .outerjoin(counts, counts.c.article_id == Article.id)
                 .order_by(Article.id.desc()))
    if limit:
        statement = statement.limit(limit)
    return [{"id": a.id, "title": a.title, "outlet": a.outlet, "author": a.author,
             "published": a.published, "url": a.url, "source_path": a.source_path,
             "added_at": a.added_at.isoformat(timespec="seconds"), "claims": n}
            for a, n in session.exec(statement).all()]


def list_speakers(session: Session, limit: int | None = None) -> list[dict]:
    counts = (select(Claim.speaker_id, func.count(Claim.id).label("n"))
              .where(Claim.speaker_id.is_not(None)).group_by(Claim.speaker_id).subquery())
    statement = (select(Speaker, func.coalesce(counts.c.n, 0).label("claims"))
                 .outerjoin(counts, counts.c.speaker_id == Speaker.id)
                 .order_by(func.coalesce(counts.c.n, 0).desc(), Speaker.name))
    if limit:
        statement = statement.limit(limit)
    results = session.exec(statement).all()
    aliases: dict[int, list[str]] = defaultdict(list)
    ids = [s.id for s, _ in results]
    for start in range(0, len(ids), 500):
        for speaker_id, alias in session.exec(
                select(SpeakerAlias.speaker_id, SpeakerAlias.alias)
                .where(SpeakerAlias.speaker_id.in_(ids[start:start + 500]))
                .order_by(SpeakerAlias.id)):
            aliases[speaker_id].append(alias)
    return [{"id": s.id, "name": s.name, "kind": s.kind, "role": s.role, "claims": n,
             "aliases": [a for a in aliases[s.id] if a != s.name]} for s, n in results]


def group_timeline(session: Session, group_id: int) -> list[dict]:
    """Every occurrence of a recurring claim, oldest first (article published date, else
    the date it was added; then added_at). `changed` marks an occurrence whose figure
    disagrees with the same speaker's previous one (a restated, different figure)."""
    from factrack.matching.figures import figures_agree

    results = session.exec(
        select(Claim, Article.published, Article.added_at, Article.outlet, Article.title,
               Speaker.name)
        .join(Article, Article.id == Claim.article_id)
        .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
        .where(Claim.group_id == group_id)).all()
    results = sorted(results, key=lambda r: ((r[1] or r[2].date().isoformat())[:10], r[2],
                                             r[0].id))
    rows: list[dict] = []
    previous: dict[str, Claim] = {}
    for claim, published, added_at, outlet, title, speaker in results:
        offset = claim.figure_start - claim.start
        figure = claim.text[offset:claim.figure_end - claim.start].strip() if (
            0 <= offset <= claim.figure_end - claim.start <= len(claim.text)) else ""
        before = previous.get(speaker) if speaker else None
        rows.append({
            "claim_id": claim.id, "date": published or added_at.date().isoformat(),
            "dated_by": "published" if published else "added", "outlet": outlet,
            "article_id": claim.article_id, "article_title": title, "speaker": speaker,
            "text": claim.text, "figure": figure, "value": claim.value,
            "value_max": claim.value_max, "unit": claim.unit, "bound": claim.bound,
            "status": claim.status,
            "changed": before is not None and not figures_agree(before, claim),
        })
        if speaker:
            previous[speaker] = claim
    return rows
