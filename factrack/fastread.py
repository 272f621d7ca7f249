"""`factrack claims` on an up-to-date SQLite file with the standard library's sqlite3 only.

Importing SQLAlchemy, its ORM and SQLModel costs about 300 ms, where the listing's query
takes 1 to 25 ms. `open_fast_reader` opens the database read-only when it is safe to skip
them: a SQLite file that exists, is readable and writable (what `open_database` demands)
and is stamped with this factrack's schema head (so there is nothing to migrate).
Anything else (PostgreSQL, a missing file, an older or newer schema, a file sqlite3
cannot read) returns None and the command takes the ORM path, `queries.stream_claims`.

`stream_claims` here gives the same rows, in the same order, as `queries.stream_claims`:
the filters, row dict, speaker matching and search plan come from the same light modules
(`claimrows`, `speakermatch`, `textsearch`); tests/test_fastread.py compares the two
paths' output byte for byte. FACTRACK_FAST_READ=0 forces the ORM path.
"""

from __future__ import annotations

import os
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from factrack.claimrows import (
    ROW_COLUMNS,
    STREAM_CHUNK,
    ClaimFilter,
    ClaimStream,
    listed_row,
    queueing_flag_codes,
)
from factrack.dbfile import BUSY_TIMEOUT_MS, SCHEMA_HEAD, resolve_db_url
from factrack.speakermatch import ALL_ALIASES_SQL, matching_speaker_ids
from factrack.textsearch import FTS_COUNT_SQL, FTS_TABLE, HAS_FTS_TABLE_SQL, fts_plan

FAST_READ_ENV = "FACTRACK_FAST_READ"
_SQLITE_PREFIX = "sqlite:///"
_SQLITE_HEADER = b"SQLite format 3\x00"
_IN_CHUNK = 500  # ids per IN (...) look-up


class MatchedSpeaker(NamedTuple):
    id: int
    name: str


def sqlite_file(db: str | None) -> Path | None:
    """The SQLite file `db` (as `--db`/$FACTRACK_DB/the default resolve it) names, when
    the fast path may read it; None sends the command to the ORM path."""
    if os.environ.get(FAST_READ_ENV, "1").strip() == "0":
        return None
    url = resolve_db_url(db)
    if not url.startswith(_SQLITE_PREFIX):
        return None
    name = url[len(_SQLITE_PREFIX):]
    # URL query options, %-escapes and in-memory databases are SQLAlchemy's to read.
    if not name or name == ":memory:" or "?" in name or "%" in name:
        return None
    path = Path(name).absolute()
    try:
        if not path.is_file() or not os.access(path, os.R_OK | os.W_OK):
            return None
        with path.open("rb") as handle:
            if handle.read(16) != _SQLITE_HEADER:
                return None
    except OSError:
        return None
    return path


def open_fast_reader(db: str | None) -> sqlite3.Connection | None:
    """A read-only connection to the database `db` names when the fast path can serve it
    (see the module's docstring), else None."""
    path = sqlite_file(db)
    if path is None:
        return None
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True,
                                     timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error:
        return None
    try:
        stamped = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        stamped = None
    if stamped != [(SCHEMA_HEAD,)]:
        connection.close()
        return None
    return connection


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def find_speakers(connection: sqlite3.Connection, query: str) -> list[MatchedSpeaker]:
    """`speakers.find_speakers`' matches, as (id, name)."""
    def exact_ids(key: str) -> list[int]:
        return [speaker_id for (speaker_id,) in connection.execute(
            "SELECT speaker_id FROM speaker_aliases WHERE alias_key = ? ORDER BY id", (key,))]

    ids = matching_speaker_ids(query, exact_ids,
                               lambda: connection.execute(ALL_ALIASES_SQL).fetchall())
    names: dict[int, str] = {}
    for start in range(0, len(ids), _IN_CHUNK):
        part = ids[start:start + _IN_CHUNK]
        names.update(connection.execute(
            f"SELECT id, name FROM speakers WHERE id IN ({_marks(len(part))})", part))
    return [MatchedSpeaker(i, names[i]) for i in ids if i in names]


def like_escaped(query: str) -> str:
    """`query` for LIKE ... ESCAPE '/', % and _ literal (SQLAlchemy's autoescape)."""
    return query.replace("/", "//").replace("%", "/%").replace("_", "/_")


def _search_condition(connection: sqlite3.Connection, query: str, limit: int | None,
                      params: list) -> str:
    """`search.sqlite_condition` in SQL: FTS5 narrows by words (unless `fts_plan` says
    scan), the substring test keeps the exact meaning."""
    phrase = fts_plan(
        query, limit,
        lambda: connection.execute(HAS_FTS_TABLE_SQL, {"name": FTS_TABLE}).fetchone()
        is not None,
        lambda phrase, cap: connection.execute(
            FTS_COUNT_SQL, {"phrase": phrase, "cap": cap}).fetchone()[0])
    substring = "lower(claims.text) LIKE '%' || lower(?) || '%' ESCAPE '/'"
    if phrase is None:
        params.append(like_escaped(query))
        return substring
    params += [phrase, like_escaped(query)]
    return (f"claims.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?) "
            f"AND {substring}")


def _listing_sql(connection: sqlite3.Connection, filters: ClaimFilter
                 ) -> tuple[str, list, list[MatchedSpeaker]]:
    """`queries._claims_statement` in SQL: the SELECT, its parameters, matched speakers."""
    columns = ", ".join(f'claims."{name}"' for name in ROW_COLUMNS)
    where: list[str] = []
    params: list = []
    matched: list[MatchedSpeaker] = []
    if filters.speaker:
        matched = find_speakers(connection, filters.speaker)
        ids = [s.id for s in matched] or [-1]
        where.append(f"claims.speaker_id IN ({_marks(len(ids))})")
        params += ids
    if filters.article_id is not None:
        where.append("claims.article_id = ?")
        params.append(filters.article_id)
    if filters.kind:
        where.append("claims.kind = ?")
        params.append(filters.kind)
    if filters.status:
        where.append("claims.status = ?")
        params.append(filters.status)
    if filters.flagged:
        codes = queueing_flag_codes()
        where.append("claims.id IN (SELECT flags.claim_id FROM flags "
                     f"WHERE flags.code IN ({_marks(len(codes))}))")
        params += codes
    if filters.recurring:
        where.append("claims.group_id IS NOT NULL")
    if filters.search:
        where.append(_search_condition(connection, filters.search, filters.limit, params))
    sql = (f"SELECT {columns}, articles.title, speakers.name FROM claims "
           "JOIN articles ON articles.id = claims.article_id "
           "LEFT OUTER JOIN speakers ON speakers.id = claims.speaker_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY claims.article_id DESC, claims.start, claims.id"
    if filters.limit:
        sql += " LIMIT ?"
        params.append(filters.limit)
    return sql, params, matched


def stream_claims(connection: sqlite3.Connection, filters: ClaimFilter,
                  chunk: int = STREAM_CHUNK) -> ClaimStream:
    """`queries.stream_claims` over a sqlite3 connection: the same rows, order and dicts,
    read `chunk` at a time with their flags, so memory stays flat."""
    sql, params, matched = _listing_sql(connection, filters)
    return ClaimStream(_stream_rows(connection, sql, params, chunk), matched)


def _stream_rows(connection: sqlite3.Connection, sql: str, params: list,
                 chunk: int) -> Iterator[dict]:
    cursor = connection.execute(sql, params)
    try:
        while part := cursor.fetchmany(chunk):
            flags = _flags_for(connection, [row[0] for row in part])
            for row in part:
                yield listed_row(row, flags.get(row[0], []))
    finally:
        cursor.close()


def _flags_for(connection: sqlite3.Connection, claim_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(claim_ids), _IN_CHUNK):
        part = claim_ids[start:start + _IN_CHUNK]
        for claim_id, code in connection.execute(
                f"SELECT claim_id, code FROM flags WHERE claim_id IN ({_marks(len(part))}) "
                "ORDER BY claim_id, code", part):
            found[claim_id].append(code)
    return found
