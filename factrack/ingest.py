"""Adding articles: extract, store, link and flag, one transaction per article.

If anything fails for an article, its transaction rolls back and nothing of it is stored;
articles added before it stay stored.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlmodel import Session

from factrack.errors import DatabaseError, InputError
from factrack.extract import extract
from factrack.extract.types import Extraction
from factrack.flags import apply_flags
from factrack.inputs import ArticleSource
from factrack.linking import ClaimLinker, link_new_claims, new_claim_records
from factrack.matching.records import ClaimRecord
from factrack.review import repeat_warnings
from factrack.store import (content_sha256, find_article_by_hash, find_article_by_url,
                            insert_article)


@dataclass(slots=True)
class AddResult:
    """What adding one article did, for the one-line summary and `--format json`."""

    source: str
    article_id: int | None = None
    title: str | None = None
    claims: int = 0
    speakers: int = 0
    flagged: int = 0
    linked: int = 0
    duplicate_of: int | None = None
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def extract_safely(source: ArticleSource) -> Extraction:
    """Extraction should never fail; if it does, report the article instead of crashing."""
    try:
        return extract(source.text)
    except Exception as exc:  # noqa: BLE001 - an extractor bug must not lose other articles
        raise InputError(f"{source.source}: claim extraction failed "
                         f"({type(exc).__name__}: {exc}); please report this") from None


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """What adding an article needs that no database is needed for: its extraction and
    each claim's matching record. Worker processes prepare it (prepare_article) while
    the one writer stores the articles before it."""

    extraction: Extraction
    records: tuple[ClaimRecord, ...]


def prepare_article(source: ArticleSource) -> PreparedArticle:
    """Extract the article and build its claims' matching records (in a worker)."""
    extraction = extract_safely(source)
    return PreparedArticle(extraction, new_claim_records(source, extraction))


def add_article(engine: Engine, source: ArticleSource,
                extraction: Extraction | PreparedArticle | None = None,
                linker: ClaimLinker | None = None) -> AddResult:
    """Store one article (extracting it unless `extraction` is given) in one transaction.

    Adding many articles, pass one `ClaimLinker()` to every call: linking then keeps its
    caches from one article to the next; pass a `PreparedArticle` to save the writer
    the records' normalization."""
    records = None
    if isinstance(extraction, PreparedArticle):
        extraction, records = extraction.extraction, extraction.records
    sha256 = content_sha256(source.text)
    try:
        with Session(engine) as session:
            existing = find_article_by_hash(session, sha256) or (
                source.url and find_article_by_url(session, source.url))
            if existing is not None:
                return AddResult(source.source, existing.id, existing.title,
                                 duplicate_of=existing.id)
            extraction = extraction or extract_safely(source)
            article, claims, speakers = insert_article(session, source, extraction, sha256)
            linked = link_new_claims(session, claims, linker=linker, records=records)
            flagged = apply_flags(session, claims)
            result = AddResult(source.source, article.id, article.title, len(claims),
                               speakers, flagged, linked)
            result.warnings.extend(repeat_warnings(session, claims))
            session.commit()
            return result
    except IntegrityError:
        # Another process stored the same content first: report it as the duplicate it is.
        with Session(engine) as session:
            existing = find_article_by_hash(session, sha256)
            if existing is not None:
                return AddResult(source.source, existing.id, existing.title,
                                 duplicate_of=existing.id)
        raise DatabaseError(f"{source.source}: could not be stored (conflicting write)") from None
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", exc)).splitlines()[0]
        raise DatabaseError(f"{source.source}: could not be stored ({reason})") from None
