"""`factrack db copy SRC DST`: move a whole record from one database to another.

The usual case is a newsroom moving its SQLite file into a shared PostgreSQL database.
Both ends are brought to the schema head first (the source by the same automatic upgrade
every command does), then every table is copied parent before child, in chunks read by
primary key so memory stays flat, with the ids kept: claim 1234 is claim 1234 in the new
database, so notes and links that cite ids stay true. The destination is written in one
transaction (a failed copy leaves it empty) and must start empty: copying into a live
record would mix two histories. PostgreSQL sequences are moved past the copied ids.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import DateTime, Table, func, insert, select, tuple_
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from factrack.db import describe_db, open_database, resolve_db_url
from factrack.errors import DatabaseError
from factrack.models import SQLModel
from factrack.pg import reset_sequences

DEFAULT_CHUNK = 2000


@dataclass(slots=True)
class CopyResult:
    """Rows copied per table, in the order they were copied."""

    source: str
    destination: str
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def copied_tables() -> list[Table]:
    """factrack's tables, parents before children (foreign keys hold at every insert).

    Only the tables of the models: backend-specific helpers (a SQLite full-text index,
    say) are rebuilt by the destination's own migrations and triggers, not copied."""
    return list(SQLModel.metadata.sorted_tables)


def copy_database(source: str, destination: str, *, chunk: int = DEFAULT_CHUNK,
                  progress: Callable[[str, int], None] | None = None) -> CopyResult:
    """Copy every row of `source` into the empty `destination` (paths or URLs)."""
    if chunk < 1:
        raise ValueError("chunk must be at least 1")
    src = open_database(source)
    dst = open_database(destination)
    result = CopyResult(describe_db(resolve_db_url(source)),
                        describe_db(resolve_db_url(destination)))
    if _same_database(src, dst):
        raise DatabaseError(f"{result.source}: source and destination are the same database")
    try:
        _refuse_non_empty(dst, result.destination)
        tables = copied_tables()
        with src.connect() as reader, dst.begin() as writer:
            for table in tables:
                result.rows[table.name] = _copy_table(reader, writer, table, chunk, progress)
            reset_sequences(writer, tables)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", exc)).splitlines()[0]
        raise DatabaseError(f"copy to {result.destination} failed, nothing was written "
                            f"({reason})") from None
    finally:
        src.dispose()
        dst.dispose()
    return result


def count_rows(engine: Engine) -> dict[str, int]:
    """Rows per factrack table: what `copy` reports, and how to check one."""
    with engine.connect() as connection:
        return {t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
                for t in copied_tables()}


def _same_database(a: Engine, b: Engine) -> bool:
    return a.url.render_as_string(hide_password=False) == b.url.render_as_string(
        hide_password=False)


def _refuse_non_empty(engine: Engine, name: str) -> None:
    filled = {t: n for t, n in count_rows(engine).items() if n}
    if filled:
        listed = ", ".join(f"{t} ({n})" for t, n in filled.items())
        raise DatabaseError(f"{name}: destination is not empty ({listed}); copy only into "
                            "a new database")


def _copy_table(reader: Connection, writer: Connection, table: Table, chunk: int,
                progress: Callable[[str, int], None] | None) -> int:
    """Keyset pagination on the primary key: no OFFSET, no cursor left open across
    chunks, the same order on every backend."""
    key = list(table.primary_key.columns)
    aware = [c.name for c in table.columns
             if isinstance(c.type, DateTime) and c.type.timezone]
    copied = 0
    last: tuple | None = None
    while True:
        query = select(*table.columns).order_by(*key).limit(chunk)
        if last is not None:
            query = query.where(tuple_(*key) > tuple_(*last) if len(key) > 1
                                else key[0] > last[0])
        rows = [dict(row._mapping) for row in reader.execute(query)]
        if not rows:
            return copied
        for row in rows:
            for name in aware:
                row[name] = _as_utc(row[name])
        writer.execute(insert(table), rows)
        copied += len(rows)
        last = tuple(rows[-1][c.name] for c in key)
        if progress:
            progress(table.name, copied)


def _as_utc(value):
    """SQLite hands back timestamps without their zone; factrack always wrote UTC."""
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value
