"""What `claims --search` asks SQLite's FTS5 index, decided without SQLAlchemy: shared by
`factrack.search` (the ORM's WHERE clause) and `factrack.fastread` (plain sqlite3)."""

from __future__ import annotations

from collections.abc import Callable

FTS_TABLE = "claims_fts"
BROAD_MATCHES = 5000

# Named parameters (:name): both sqlite3 and SQLAlchemy's text() take them.
HAS_FTS_TABLE_SQL = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"
FTS_COUNT_SQL = (f"SELECT count(*) FROM (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} "
                 "MATCH :phrase LIMIT :cap)")


def fts5_phrase(query: str) -> str | None:
    """`query` as one FTS5 phrase whose last token is a prefix, or None if it has no
    token. Quoting makes every FTS5 operator in user input (AND, NEAR, *, :, ^, parens)
    plain text; a double quote inside is written twice, as FTS5 strings require."""
    if not any(ch.isalnum() for ch in query):
        return None
    return '"' + query.replace('"', '""') + '"*'


def fts_plan(query: str, limit: int | None, has_fts_table: Callable[[], bool],
             count_matches: Callable[[str, int], int]) -> str | None:
    """The FTS5 phrase that narrows the search, or None for the plain substring scan: a
    query without letters or digits, a database without the FTS table, or a broad query
    (BROAD_MATCHES or more claims, counted no further) listed with a smaller `limit`."""
    phrase = fts5_phrase(query)
    if phrase is None or not has_fts_table() or (
            limit is not None and limit < BROAD_MATCHES
            and count_matches(phrase, BROAD_MATCHES) >= BROAD_MATCHES):
        return None
    return phrase
