"""All tables in one module (SQLModel's advice: no circular imports between models).

The schema is created and changed only by the alembic migrations in `migrations/`;
`tests/test_migrations.py` fails when these models and the migrations drift apart.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Column, DateTime, Index, MetaData, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from factrack.claimrows import REVIEW_STATUSES  # noqa: F401  (re-exported)

# Named constraints let batch migrations alter them on SQLite (alembic docs/build/naming.rst).
SQLModel.metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})



def utcnow() -> datetime:
    return datetime.now(UTC)


class Article(SQLModel, table=True):
    """One stored article; `text` is exactly what claim offsets index."""

    __tablename__ = "articles"

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(max_length=64, unique=True)
    title: str | None = None
    outlet: str | None = Field(default=None, index=True)
    author: str | None = None
    url: str | None = Field(default=None, index=True)
    published: str | None = Field(default=None, index=True)  # ISO date as given
    source_path: str | None = None
    added_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    text: str = Field(sa_column=Column(Text, nullable=False))


class Speaker(SQLModel, table=True):
    """A person or organization quoted across articles; `name` is the fullest form seen."""

    __tablename__ = "speakers"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    kind: str = "person"  # person | organization | unnamed
    role: str | None = None
    locked: bool = False  # set by a manual rename/merge: later adds never change the name


class SpeakerAlias(SQLModel, table=True):
    """Every form a speaker was named in (`alias_key` is its lowercase lookup form)."""

    __tablename__ = "speaker_aliases"
    __table_args__ = (UniqueConstraint("speaker_id", "alias_key"),)

    id: int | None = Field(default=None, primary_key=True)
    speaker_id: int = Field(foreign_key="speakers.id", index=True, ondelete="CASCADE")
    alias: str
    alias_key: str = Field(index=True)


class ClaimGroup(SQLModel, table=True):
    """Recurring claims: every claim with this group_id states the same thing."""

    __tablename__ = "claim_groups"

    id: int | None = Field(default=None, primary_key=True)
    representative: str
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class Claim(SQLModel, table=True):
    """One claim; start/end and figure_start/figure_end index `Article.text`."""

    __tablename__ = "claims"
    # ix_claims_speaker_order serves `claims --speaker` in the listing's order (newest
    # article first, text order) and stops at --limit; it also serves every look-up by
    # speaker_id alone (its leading column), so speaker_id has no index of its own.
    __table_args__ = (Index("ix_claims_status_checkworthiness", "status", "checkworthiness"),
                      Index("ix_claims_speaker_order", "speaker_id", "article_id", "start"))

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="articles.id", index=True, ondelete="CASCADE")
    speaker_id: int | None = Field(default=None, foreign_key="speakers.id",
                                   ondelete="SET NULL")
    attribution: str = "none"  # direct | indirect | none
    text: str
    start: int
    end: int
    figure_start: int
    figure_end: int
    paragraph_index: int
    kind: str = Field(index=True)
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    bound: str | None = None
    measure: str | None = None
    key: str = Field(index=True)
    checkworthiness: float = 0.0
    status: str = Field(default="new", index=True)
    group_id: int | None = Field(default=None, foreign_key="claim_groups.id", index=True,
                                 ondelete="SET NULL")


class Flag(SQLModel, table=True):
    """Why a claim needs an editor's look: a reason code and a one-line detail."""

    __tablename__ = "flags"
    __table_args__ = (UniqueConstraint("claim_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claims.id", index=True, ondelete="CASCADE")
    code: str = Field(index=True)
    detail: str = ""


class ReviewEvent(SQLModel, table=True):
    """The audit trail: every status change, who made it, when and why."""

    __tablename__ = "review_events"

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claims.id", index=True, ondelete="CASCADE")
    old_status: str
    new_status: str
    note: str | None = None
    reviewer: str
    source_url: str | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class ClaimBlock(SQLModel, table=True):
    """Blocking index for linking: one row per (blocking key, claim).

    Finding candidates for a new claim is an index range scan on `block_key` (most
    recent claims first, capped), never a scan of all claims. Keys come from
    `factrack.matching.blocking.blocking_keys`; `factrack relink` rebuilds them.
    """

    __tablename__ = "claim_blocks"
    __table_args__ = {"sqlite_with_rowid": False}

    block_key: str = Field(primary_key=True)
    claim_id: int = Field(primary_key=True, foreign_key="claims.id", index=True,
                          ondelete="CASCADE")


class ClaimWording(SQLModel, table=True):
    """What matching derives from a claim's text (canonical wordings, figure role...), as
    JSON, stored once at insert so candidates are compared without normalizing them
    again; `relink` recomputes it after the normalizer changes."""

    __tablename__ = "claim_wordings"

    claim_id: int = Field(primary_key=True, foreign_key="claims.id", ondelete="CASCADE")
    derived: str = Field(sa_column=Column(Text, nullable=False))


class TokenCount(SQLModel, table=True):
    """How many indexed claims contain each canonical token (document frequency), for the
    IDF token weights of matching; the row with token "" holds the number of claims."""

    __tablename__ = "token_counts"
    __table_args__ = {"sqlite_with_rowid": False}

    token: str = Field(primary_key=True)
    claims: int = 0
