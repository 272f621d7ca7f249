"""`factrack db`: where the database is and which schema revision it has."""

from __future__ import annotations

import click

from factrack.cli.common import db_option
from factrack.db import (current_revision, describe_db, head_revision, make_engine, migrate,
                         resolve_db_url)


def _chosen(db):
    ctx = click.get_current_context()
    return db or ctx.find_root().params.get("db")


@click.group()
def db():
    """Inspect and migrate the database (it is also upgraded automatically on open).

    \b
    Example:
        factrack db path
        factrack db current
    """


@db.command("path")
@db_option
def path(db):
    """Print the database in use (file path, or URL without password)."""
    click.echo(describe_db(resolve_db_url(_chosen(db))))


@db.command("current")
@db_option
def current(db):
    """Print the database's schema revision and the head this factrack knows."""
    engine = make_engine(resolve_db_url(_chosen(db)))
    click.echo(f"current: {current_revision(engine) or 'none (blank database)'}")
    click.echo(f"head:    {head_revision()}")


@db.command("upgrade")
@click.argument("revision", default="head")
@db_option
def upgrade(revision, db):
    """Upgrade the schema to REVISION (default: head)."""
    engine = make_engine(resolve_db_url(_chosen(db)))
    migrate(engine, revision)
    click.echo(f"at revision {current_revision(engine)}")


@db.command("downgrade")
@click.argument("revision")
@db_option
def downgrade(revision, db):
    """Downgrade the schema to REVISION (`base` empties the database)."""
    engine = make_engine(resolve_db_url(_chosen(db)))
    migrate(engine, revision, downgrade=True)
    click.echo(f"at revision {current_revision(engine) or 'base'}")


@db.command("copy")
@click.argument("source", metavar="SRC")
@click.argument("destination", metavar="DST")
@click.option("--chunk", default=2000, show_default=True, type=click.IntRange(min=1),
              help="Rows read and written at a time.")
def copy(source, destination, chunk):
    """Copy every table from SRC into the empty database DST, keeping ids.

    SRC and DST are paths or URLs. DST is created (or upgraded) to the current schema
    and must hold no rows; it is written in one transaction, so a failed copy leaves
    it empty.

    \b
    Example:
        factrack db copy ~/.local/share/factrack/factrack.db \\
            postgresql://factrack@db.newsroom.internal/factrack
    """
    from factrack.copy import copy_database

    result = copy_database(source, destination, chunk=chunk)
    for table, rows in result.rows.items():
        click.echo(f"{table:<16} {rows:>9} rows")
    click.echo(f"copied {result.total} rows from {result.source} to {result.destination}")
