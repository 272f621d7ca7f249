"""Which database backend the tests run on, and backend-neutral ways to look inside it.

    FACTRACK_TEST_BACKEND=sqlite       (default) a fresh SQLite file per test
    FACTRACK_TEST_BACKEND=postgresql   a fresh PostgreSQL database per test, created on
                                       the server FACTRACK_TEST_PG_URL names (a URL to a
                                       maintenance database, e.g.
                                       postgresql://postgres@127.0.0.1:5432/postgres)

`scripts/ci_postgres.sh` starts a throwaway server and runs the suite the second way.
Without a reachable server the PostgreSQL run SKIPS every test, saying why; it never
passes silently.

Tests inspect the database through `query` (tuples), `records` (dicts), `scalar`,
`count_rows`, `table_names` and `execute` (a committed write), which take the same
`db_url` the `db_url` fixture gives (a SQLite path or a PostgreSQL URL). Parameters are
named (`:id`), as in SQLAlchemy's text(); write SQL both backends accept.
"""

from __future__ import annotations

import atexit
import os
import uuid
from contextlib import contextmanager
from functools import cache

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from factrack.db import make_engine, resolve_db_url

BACKEND = os.environ.get("FACTRACK_TEST_BACKEND", "sqlite").strip().lower() or "sqlite"
if BACKEND not in ("sqlite", "postgresql"):
    raise RuntimeError(f"FACTRACK_TEST_BACKEND={BACKEND!r}: use sqlite or postgresql")
PG_URL_VAR = "FACTRACK_TEST_PG_URL"
ON_POSTGRES = BACKEND == "postgresql"

#: Mark a test that is about SQLite itself (a corrupt file, pragmas, file permissions).
sqlite_only = pytest.mark.skipif(ON_POSTGRES, reason="SQLite-specific: tests the SQLite file "
                                                     "or its pragmas, not factrack's data")


# -- inspecting a test database, whatever the backend -------------------------------------


def _engine(db_url: str):
    return make_engine(resolve_db_url(str(db_url)))


def query(db_url, sql: str, params: dict | None = None) -> list[tuple]:
    """All rows of `sql` (named :params) as plain tuples."""
    engine = _engine(db_url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql), params or {})]
    finally:
        engine.dispose()


def records(db_url, sql: str, params: dict | None = None) -> list[dict]:
    """All rows of `sql` as dicts by column name (what sqlite3.Row was used for)."""
    engine = _engine(db_url)
    try:
        with engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(text(sql), params or {})]
    finally:
        engine.dispose()


def scalar(db_url, sql: str, params: dict | None = None):
    rows = query(db_url, sql, params)
    return rows[0][0] if rows else None


def execute(db_url, sql: str, params: dict | None = None) -> int:
    """Run a write (e.g. tamper with a row) and commit; returns the affected row count."""
    engine = _engine(db_url)
    try:
        with engine.begin() as connection:
            return connection.execute(text(sql), params or {}).rowcount
    finally:
        engine.dispose()


def count_rows(db_url, table: str) -> int:
    return scalar(db_url, f'SELECT COUNT(*) FROM "{table}"')


def table_names(db_url) -> set[str]:
    from sqlalchemy import inspect

    engine = _engine(db_url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


# -- PostgreSQL servers and throwaway databases -------------------------------------------


def pg_server_url() -> str | None:
    """FACTRACK_TEST_PG_URL when set and the server answers, else None."""
    url = os.environ.get(PG_URL_VAR, "").strip()
    return url if url and _reachable(url) else None


_UNREACHABLE: dict[str, str] = {}


@cache
def _reachable(url: str) -> bool:
    try:
        engine = _admin_engine(url)
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
        return True
    except Exception as exc:  # noqa: BLE001 - any failure means: no server to test against
        _UNREACHABLE[url] = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        return False


def pg_skip_reason() -> str:
    url = os.environ.get(PG_URL_VAR, "").strip()
    if not url:
        return (f"{PG_URL_VAR} is not set: PostgreSQL tests need a server "
                "(scripts/ci_postgres.sh starts one)")
    shown = make_url(url).render_as_string(hide_password=True)
    why = _UNREACHABLE.get(url, "")
    return f"PostgreSQL server {shown} ({PG_URL_VAR}) is not reachable: {why}"


def require_pg_server() -> str:
    """The server URL, or skip the calling test with the reason."""
    url = pg_server_url()
    if url is None:
        pytest.skip(pg_skip_reason())
    return url


def _admin_engine(server_url: str):
    url = make_url(server_url)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)


def create_pg_database(server_url: str) -> str:
    """CREATE DATABASE with a random name on the server; returns its URL (password kept)."""
    name = f"factrack_test_{uuid.uuid4().hex[:16]}"
    engine = _admin_engine(server_url)
    try:
        with engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def drop_pg_database(server_url: str, database_url: str) -> None:
    """DROP DATABASE ... WITH (FORCE): connections a test left open do not block it."""
    name = make_url(database_url).database
    engine = _admin_engine(server_url)
    try:
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()


# Most tests never touch the database (pure extraction tests, say); creating and dropping
# a PostgreSQL database costs ~0.5 s each, so a database left exactly as it was created is
# handed to the next test instead of being dropped. Anything created in it: dropped.
_UNTOUCHED: list[str] = []


def acquire_pg_database(server_url: str) -> str:
    """An empty database for one test: an untouched one from an earlier test, or new."""
    return _UNTOUCHED.pop() if _UNTOUCHED else create_pg_database(server_url)


def release_pg_database(server_url: str, database_url: str) -> None:
    """After a test: keep the database for the next test if nothing was made in it."""
    if _is_untouched(database_url):
        _UNTOUCHED.append(database_url)
    else:
        drop_pg_database(server_url, database_url)


def _is_untouched(database_url: str) -> bool:
    try:
        engine = _admin_engine(database_url)
        with engine.connect() as connection:
            made = connection.execute(text(
                "SELECT (SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n "
                "        ON n.oid = c.relnamespace WHERE n.nspname NOT IN "
                "        ('pg_catalog', 'information_schema', 'pg_toast')) "
                "     + (SELECT COUNT(*) FROM pg_namespace WHERE nspname NOT IN "
                "        ('public', 'pg_catalog', 'information_schema', 'pg_toast') "
                "        AND nspname NOT LIKE 'pg_temp_%' AND nspname NOT LIKE 'pg_toast_temp_%')"
                "     + (SELECT COUNT(*) FROM pg_extension WHERE extname <> 'plpgsql')"
            )).scalar()
            others = connection.execute(text(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid()")).scalar()
        engine.dispose()
        return made == 0 and others == 0
    except Exception:  # noqa: BLE001 - when in doubt, drop it
        return False


@atexit.register
def _drop_untouched() -> None:
    server = os.environ.get(PG_URL_VAR, "").strip()
    while server and _UNTOUCHED:
        try:
            drop_pg_database(server, _UNTOUCHED.pop())
        except Exception:  # noqa: BLE001 - the server may be gone already
            return


@contextmanager
def fresh_pg_database(server_url: str):
    """A new empty PostgreSQL database for the duration of the block."""
    url = create_pg_database(server_url)
    try:
        yield url
    finally:
        drop_pg_database(server_url, url)
