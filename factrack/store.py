"""Write one article and its claims: rows only, no extraction and no policy."""

from __future__ import annotations

import hashlib

from sqlalchemy import func
from sqlmodel import Session, select

from factrack.extract.types import Extraction
from factrack.inputs import ArticleSource
from factrack.models import Article, Claim
from factrack.speakers import resolve_speaker


def content_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find_article_by_hash(session: Session, sha256: str) -> Article | None:
    return session.exec(select(Article).where(Article.sha256 == sha256)).first()


def find_article_by_url(session: Session, url: str) -> Article | None:
    """The same article reached again through its (canonical) URL."""
    return session.exec(select(Article).where(Article.url == url)).first()


def insert_article(session: Session, source: ArticleSource, extraction: Extraction,
                   sha256: str) -> tuple[Article, list[Claim], int]:
    """Insert the article, its speakers and claims; returns (article, claims, speakers)."""
    article = Article(
        sha256=sha256, title=source.title or extraction.title, outlet=source.outlet,
        author=source.author, url=source.url, published=source.published,
        source_path=None if source.url else source.source, text=source.text,
    )
    session.add(article)
    session.flush()
    speaker_ids: dict[str, int] = {}
    for seen in extraction.speakers:
        speaker_ids[seen.name] = resolve_speaker(session, seen).id
    claims = []
    for candidate in extraction.claims:
        speaker = candidate.speaker
        if speaker is not None and speaker.name not in speaker_ids:
            speaker_ids[speaker.name] = resolve_speaker(session, speaker).id
        claims.append(Claim(
            article_id=article.id,
            speaker_id=speaker_ids[speaker.name] if speaker is not None else None,
            attribution=candidate.attribution, text=candidate.text, start=candidate.start,
            end=candidate.end, figure_start=candidate.figure_start,
            figure_end=candidate.figure_end, paragraph_index=candidate.paragraph_index,
            kind=candidate.kind, value=candidate.value, value_max=candidate.value_max,
            unit=candidate.unit, bound=candidate.bound, measure=candidate.measure,
            key=candidate.key, checkworthiness=candidate.checkworthiness,
        ))
    _number_claims(session, claims)
    session.add_all(claims)
    session.flush()
    return article, claims, len(speaker_ids)


def _number_claims(session: Session, claims: list[Claim]) -> None:
    """On SQLite, give the claims the ids SQLite would (max + 1 on): the ORM then inserts
    them in one statement instead of one INSERT ... RETURNING per claim (SQLAlchemy
    cannot batch those on SQLite). Safe: the article row already written holds the
    database's one write lock until commit. Other backends batch with RETURNING."""
    if not claims or session.get_bind().dialect.name != "sqlite":
        return
    last = session.exec(select(func.max(Claim.id))).one() or 0
    for number, claim in enumerate(claims, last + 1):
        claim.id = number
