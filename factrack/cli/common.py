"""Options and helpers shared by the commands."""

from __future__ import annotations

import click
from sqlalchemy.engine import Engine

from factrack.db import open_database


def db_option(command):
    """`--db PATH|URL` on a command; falls back to the group's --db, then $FACTRACK_DB."""
    return click.option("--db", "db", metavar="PATH|URL", default=None,
                        help="Database file or SQLAlchemy URL (default: $FACTRACK_DB, "
                             "else the user data directory).")(command)


def engine_for(db: str | None) -> Engine:
    """Open (and migrate) the database chosen by the command or the group."""
    ctx = click.get_current_context()
    chosen = db or (ctx.find_root().params.get("db") if ctx.find_root() else None)
    return open_database(chosen)


def note(message: str) -> None:
    """Messages go to stderr so stdout stays clean data."""
    click.echo(message, err=True)
