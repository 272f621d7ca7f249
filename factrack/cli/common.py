"""Options and helpers shared by the commands."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


def db_option(command):
    """`--db PATH|URL` on a command; falls back to the group's --db, then $FACTRACK_DB."""
    return click.option("--db", "db", metavar="PATH|URL", default=None,
                        help="Database file or SQLAlchemy URL (default: $FACTRACK_DB, "
                             "else the user data directory).")(command)


def chosen_db(db: str | None) -> str | None:
    """The command's --db, else the group's (None: $FACTRACK_DB, else the default)."""
    ctx = click.get_current_context()
    return db or (ctx.find_root().params.get("db") if ctx.find_root() else None)


def engine_for(db: str | None) -> Engine:
    """Open (and migrate) the database chosen by the command or the group."""
    from factrack.db import open_database  # SQLAlchemy: not for `claims`' fast path

    return open_database(chosen_db(db))


def note(message: str) -> None:
    """Messages go to stderr so stdout stays clean data."""
    click.echo(message, err=True)
