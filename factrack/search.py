"""Claim text search (`claims --search`), one interface over each database's facility.

`search_condition(session, text)` returns a WHERE clause on `Claim`; `list_claims` (and
so `export` and `review`) uses it. What the clause means is the same everywhere: the
claim's text contains `text`, case-insensitively (ASCII case). How it is found differs:

* SQLite: the FTS5 table `claims_fts` (migration 0003; triggers keep it in step with
  `claims`) narrows the claims to those holding the query's words as a phrase, the last
  word as a prefix, so the search is an index lookup instead of a scan of every claim;
  the substring test then runs on those few rows only. A query matches from the start of
  a word: "nurse" finds "nurses", "urses" finds nothing. A query matching a large share
  of the claims, listed with a small --limit, is faster as the plain scan, which stops
  at the limit (see `sqlite_condition`).
* Other databases: a substring test (ILIKE) unless a facility is registered with
  `register_search(dialect_name, builder)`, as `factrack.pg` does for PostgreSQL.
* A query without any letter or digit, or a SQLite database without the FTS table
  (FTS5 missing from the SQLite build): the plain substring scan, slower but right.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable

from sqlalchemy import literal_column, select, table, text
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session

from factrack.models import Claim
from factrack.textsearch import (  # noqa: F401  (FTS_TABLE, fts5_phrase: re-exported)
    FTS_COUNT_SQL,
    FTS_TABLE,
    HAS_FTS_TABLE_SQL,
    fts5_phrase,
    fts_plan,
)

# builder(session, query) -> WHERE clause on Claim; a builder that also takes a `limit`
# keyword is told the listing's limit (None when there is none), to choose its plan.
SearchBuilder = Callable[..., ColumnElement[bool]]


def substring_condition(session: Session, query: str,
                        limit: int | None = None) -> ColumnElement[bool]:
    """Claims whose text contains `query`; % and _ in it are literal characters."""
    return Claim.text.icontains(query, autoescape=True)


def has_fts_table(session: Session) -> bool:
    return session.exec(text(HAS_FTS_TABLE_SQL).bindparams(  # type: ignore[call-overload]
        name=FTS_TABLE)).first() is not None


def fts5_matches(session: Session, phrase: str, cap: int) -> int:
    """How many claims the phrase matches, counting no further than `cap`."""
    return session.exec(text(FTS_COUNT_SQL).bindparams(  # type: ignore[call-overload]
        phrase=phrase, cap=cap)).one()[0]


def sqlite_condition(session: Session, query: str,
                     limit: int | None = None) -> ColumnElement[bool]:
    """FTS5 narrows by words, then the substring test keeps the exact meaning.

    A broad query (a common word: BROAD_MATCHES or more claims) with a small `limit` is
    left to the plain substring test: SQLite then walks the claims in output order and
    stops at the limit (6 ms for 50 of 135,000 matches at 1,000,000 claims), where the
    index would hand over every match to be sorted first (300 ms). The choice is
    `textsearch.fts_plan`'s, which the fast read path (`factrack.fastread`) shares."""
    phrase = fts_plan(query, limit, lambda: has_fts_table(session),
                      lambda phrase, cap: fts5_matches(session, phrase, cap))
    if phrase is None:
        return substring_condition(session, query)
    matching = (select(literal_column("rowid")).select_from(table(FTS_TABLE))
                .where(text(f"{FTS_TABLE} MATCH :fts_phrase").bindparams(fts_phrase=phrase)))
    return Claim.id.in_(matching) & substring_condition(session, query)


def autogenerate_include_name(name: str | None, type_: str, parent_names) -> bool:
    """alembic `include_name` hook: the FTS5 table and its shadow tables (claims_fts_*)
    are made by migration 0003, not by the models, so autogenerate must not drop them."""
    return not (type_ == "table" and bool(name) and name.startswith(FTS_TABLE))


SEARCH_BACKENDS: dict[str, SearchBuilder] = {"sqlite": sqlite_condition}


def register_search(dialect_name: str, builder: SearchBuilder) -> None:
    """Use `builder` for databases of this SQLAlchemy dialect (e.g. "postgresql")."""
    SEARCH_BACKENDS[dialect_name] = builder


def search_condition(session: Session, query: str,
                     limit: int | None = None) -> ColumnElement[bool]:
    """The WHERE clause for claims whose text contains `query`, using the database's
    text index where it has one; `limit` (the listing's, if any) helps choose the plan."""
    builder = SEARCH_BACKENDS.get(session.get_bind().dialect.name, substring_condition)
    if "limit" in inspect.signature(builder).parameters:
        return builder(session, query, limit=limit)
    return builder(session, query)
