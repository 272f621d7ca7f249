"""PostgreSQL specifics, kept in one place so the rest of factrack stays backend-neutral.

factrack was written against SQLite, where one writer at a time is the rule: the first
INSERT/UPDATE/DELETE of a transaction takes the database's write lock and holds it until
commit. Its storage code relies on that (look up a speaker, then create it if missing;
find a claim's group, then join it). PostgreSQL lets writers run side by side, so two
`factrack add` processes could both create "Jane Doe", or both start a group for the same
earlier claim. `serialize_writers` gives PostgreSQL the SQLite rule with a
transaction-scoped advisory lock, taken just before a transaction's first write: readers
never wait, writers queue, and under READ COMMITTED every statement after the lock sees
what the previous writer committed. Nothing else in factrack needs to know.
"""

from __future__ import annotations

import re

from sqlalchemy import event, text
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.engine import URL, Connection, Engine

#: Advisory lock keys (any fixed 64-bit numbers; these spell "factrack" and a role).
MIGRATION_LOCK_KEY = 0x66616374_72636B01
WRITE_LOCK_KEY = 0x66616374_72636B02

_WRITE_STATEMENT = re.compile(r"^\s*(?:insert|update|delete)\b", re.IGNORECASE)


def is_postgres(bind: Engine | Connection) -> bool:
    return bind.dialect.name == "postgresql"


def with_psycopg(url: URL) -> URL:
    """`postgresql://` (and `postgres://`, as hosting services write it) use psycopg 3.

    SQLAlchemy's bare `postgresql://` means psycopg2, which factrack does not depend on.
    An explicit driver (`postgresql+asyncpg://`, `postgresql+psycopg2://`) is kept.
    """
    if url.drivername in ("postgresql", "postgres"):
        return url.set(drivername="postgresql+psycopg")
    return url


def lock_migrations(connection: Connection) -> None:
    """Hold the migration lock until `connection`'s transaction ends (commit or rollback).

    Two `factrack db upgrade` (or two first commands on a new database) from different
    machines: the second waits here, then alembic reads the revision the first one
    committed and has nothing left to do. Transaction-scoped, so a crash or an error can
    never leave the lock held on a pooled connection.

    SQLite gets the same guarantee from BEGIN IMMEDIATE (the file's write lock, waited
    for up to the busy timeout): two first commands on a new file no longer both try to
    create the tables. Call it after any PRAGMA, which has no effect inside a transaction.
    """
    if is_postgres(connection):
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                           {"key": MIGRATION_LOCK_KEY})
    elif connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def serialize_writers(engine: Engine) -> None:
    """On PostgreSQL, take the write lock before each transaction's first write (see the
    module docstring). No effect on other backends, which serialize writers themselves."""
    if not is_postgres(engine):
        return

    @event.listens_for(engine, "before_cursor_execute")
    def _lock_before_first_write(conn, cursor, statement, parameters, context, executemany):
        dbapi = cursor.connection
        info = conn.info
        if _transaction_idle(dbapi):
            info["factrack_write_lock"] = False  # a new transaction starts with this statement
        if info.get("factrack_write_lock") or not _WRITE_STATEMENT.match(statement):
            return
        if dbapi.autocommit:
            return  # each statement is its own transaction: nothing to serialize
        with dbapi.cursor() as lock_cursor:
            lock_cursor.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
        info["factrack_write_lock"] = True


def _transaction_idle(dbapi) -> bool:
    """No transaction open on this DBAPI connection yet (psycopg 3, or psycopg2)."""
    if hasattr(dbapi, "info") and hasattr(dbapi.info, "transaction_status"):
        return dbapi.info.transaction_status == 0  # psycopg.pq.TransactionStatus.IDLE
    return dbapi.get_transaction_status() == 0  # psycopg2.extensions.TRANSACTION_STATUS_IDLE


def reset_sequences(connection: Connection, tables) -> None:
    """After rows were inserted with explicit ids (`factrack db copy`), move each serial
    column's sequence past the largest id, so the next INSERT does not collide."""
    if not is_postgres(connection):
        return
    for table in tables:
        for column in table.primary_key.columns:
            sequence = connection.execute(
                text("SELECT pg_get_serial_sequence(:table, :column)"),
                {"table": table.name, "column": column.name}).scalar()
            if sequence is None:
                continue  # not a serial column (e.g. claim_blocks' text key)
            connection.execute(
                text(f'SELECT setval(:sequence, COALESCE((SELECT MAX("{column.name}") '
                     f'FROM "{table.name}"), 0) + 1, false)'),
                {"sequence": sequence})


# -- claim search ------------------------------------------------------------------------


def word_start_pattern(query: str) -> str:
    """A PostgreSQL regular expression for `query` starting at the start of a word: every
    character that is not a letter or digit is escaped, so user input is plain text."""
    literal = "".join(ch if ch.isalnum() else "\\" + ch for ch in query)
    return "(^|[^[:alnum:]])" + literal


def search_condition(session, query: str) -> ColumnElement[bool]:
    """`claims --search` on PostgreSQL, with the meaning SQLite's FTS5 search has: the
    text contains `query` (case-insensitive), from the start of a word when the query
    starts with a letter or digit ("nurse" finds "nurses", "urses" finds nothing)."""
    from factrack.models import Claim

    contains = Claim.text.icontains(query, autoescape=True)
    if not query[:1].isalnum():
        return contains
    return contains & Claim.text.op("~*")(word_start_pattern(query))


def _register_search() -> None:
    try:
        from factrack.search import register_search
    except ImportError:  # a factrack without claim search
        return
    register_search("postgresql", search_condition)


_register_search()
