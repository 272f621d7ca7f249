"""Where the database lives, how to connect, and bringing its schema to head on open.

Every command opens the database through `open_database`, which migrates it in code
(no separate manual step) and refuses a database made by a newer factrack untouched.
Alembic is imported only when a migration runs: an up-to-date database costs one read of
`alembic_version` and a look at the migration files' revision lines.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from factrack.dbfile import (  # noqa: F401  (re-exported: the names' old home)
    BUSY_TIMEOUT_MS,
    DB_ENV_VAR,
    DEFAULT_DB_NAME,
    default_db_path,
    resolve_db_url,
)
from factrack.errors import DatabaseError
from factrack.pg import lock_migrations, serialize_writers, with_psycopg

if TYPE_CHECKING:
    from alembic.config import Config


def describe_db(url: str) -> str:
    """A human name for the database: the file path for SQLite, the URL without password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine with factrack's connection settings; nothing is created at import time."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"{url}: not a database path or URL ({exc})") from None
    if parsed.get_backend_name() == "sqlite":
        _check_sqlite_file(parsed.database)
        engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        engine = create_engine(with_psycopg(parsed), pool_pre_ping=True)
        serialize_writers(engine)
        return engine
    except (ImportError, SQLAlchemyError) as exc:
        raise DatabaseError(f"{describe_db(url)}: cannot connect ({exc})") from None


def _check_sqlite_file(database: str | None) -> None:
    if not database or database == ":memory:":
        return
    path = Path(database)
    if path.is_dir():
        raise DatabaseError(f"{path}: is a directory, not a database file")
    if path.exists():
        with path.open("rb") as handle:
            header = handle.read(16)
        if header and header != b"SQLite format 3\x00":
            raise DatabaseError(f"{path}: not a SQLite database (corrupt or another file type)")
        if not os.access(path, os.W_OK):
            raise DatabaseError(f"{path}: database file is not writable")
    elif not path.parent.is_dir():
        raise DatabaseError(f"{path}: folder {path.parent} does not exist")
    elif not os.access(path.parent, os.W_OK):
        raise DatabaseError(f"{path}: cannot create the database, folder is not writable")


def migrations_dir() -> Path:
    """The alembic scripts: the copy inside the installed package, else the source tree's."""
    packaged = Path(__file__).parent / "migrations"
    if (packaged / "env.py").exists():
        return packaged
    source = Path(__file__).parent.parent / "migrations"
    if (source / "env.py").exists():
        return source
    raise DatabaseError("factrack's migrations are missing from this installation")


def alembic_config(connection=None, url: str | None = None) -> Config:
    """alembic's Config built in code, sharing factrack's open connection when given."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["connection"] = connection
    cfg.attributes["configure_logger"] = False
    return cfg


_REVISION_LINE = re.compile(
    r"""^(down_revision|revision)\b[^=\n]*=\s*(?:['"]([^'"]+)['"]|None)\s*$""", re.M)


def head_revision() -> str | None:
    """The newest migration's revision, read from the scripts' `revision =` and
    `down_revision =` lines (alembic executes every script to find it; start-up should not).
    Anything but a plain single chain is left to alembic."""
    revisions, parents, plain = set(), set(), True
    for script in sorted((migrations_dir() / "versions").glob("*.py")):
        found = dict((name, value) for name, value in
                     _REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found or "down_revision" not in found:
            plain = False
            break
        revisions.add(found["revision"])
        if found["down_revision"]:
            parents.add(found["down_revision"])
    heads = revisions - parents
    if plain and len(heads) == 1 and len(parents) == len(revisions) - 1:
        return heads.pop()
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for a blank database (plain SQL on
    the table alembic keeps, so that opening a database does not import alembic)."""
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except SQLAlchemyError as exc:
        raise DatabaseError(f"{describe_db(str(engine.url))}: cannot read database "
                            f"({_short(exc)})") from None
    if len(rows) > 1:
        raise DatabaseError(f"{describe_db(str(engine.url))}: stamped with several schema "
                            f"revisions ({', '.join(r[0] for r in rows)})")
    return rows[0][0] if rows else None


def _refuse_unknown_revision(engine: Engine, revision: str | None) -> None:
    if revision is None:
        return
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    scripts = ScriptDirectory.from_config(alembic_config())
    try:
        scripts.get_revision(revision)
    except CommandError:
        raise DatabaseError(
            f"{describe_db(str(engine.url))}: made by a newer factrack (schema revision "
            f"{revision} is unknown to version {_version()}); upgrade factrack to use it"
        ) from None


def _version() -> str:
    from factrack import __version__
    return __version__


def _short(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.splitlines()[0] if text else type(exc).__name__


def migrate(engine: Engine, revision: str = "head", *, downgrade: bool = False) -> None:
    """Bring the schema to `revision`. SQLite foreign keys are off while batch ops run;
    on PostgreSQL an advisory lock makes concurrent upgrades (two machines) take turns."""
    from alembic import command
    from alembic.util.exc import CommandError

    _refuse_unknown_revision(engine, current_revision(engine))
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            lock_migrations(connection)
            cfg = alembic_config(connection)
            if downgrade:
                command.downgrade(cfg, revision)
            else:
                command.upgrade(cfg, revision)
            connection.commit()
            if engine.dialect.name == "sqlite":
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
    except CommandError as exc:
        raise DatabaseError(f"{describe_db(str(engine.url))}: {exc}") from None
    except SQLAlchemyError as exc:
        raise DatabaseError(f"{describe_db(str(engine.url))}: migration failed "
                            f"({_short(exc)})") from None


def open_database(db: str | None = None) -> Engine:
    """Resolve, connect and migrate to head: the one way commands get an engine."""
    engine = make_engine(resolve_db_url(db))
    current = current_revision(engine)
    if current != head_revision():
        migrate(engine)
    return engine


def _autogenerate(message: str) -> None:
    """Developer helper: write a new migration from the difference to the models."""
    from alembic import command

    engine = make_engine(f"sqlite:///{Path('.autogen.db').resolve()}")
    try:
        migrate(engine)
        with engine.connect() as connection:
            command.revision(alembic_config(connection), message=message, autogenerate=True)
    finally:
        engine.dispose()
        Path(".autogen.db").unlink(missing_ok=True)


if __name__ == "__main__" and len(sys.argv) == 3 and sys.argv[1] == "revision":
    _autogenerate(sys.argv[2])
