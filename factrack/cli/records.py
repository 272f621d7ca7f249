"""`factrack articles` and `factrack speakers` (list, merge, rename)."""

from __future__ import annotations

import click
from sqlmodel import Session

from factrack.cli.common import db_option, engine_for
from factrack.cli.output import FORMATS, render
from factrack.queries import list_articles, list_speakers
from factrack.speakers import get_speaker, merge_speakers, rename_speaker


@click.command()
@click.option("--limit", type=click.IntRange(min=1), help="At most this many.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
              show_default=True, help="Output format.")
@db_option
def articles(limit, fmt, db):
    """List stored articles, newest first, with their claim counts.

    \b
    Example:
        factrack articles --limit 20
    """
    with Session(engine_for(db)) as session:
        rows = list_articles(session, limit)
    render(rows, fmt, (("id", 7), ("claims", 6), ("published", 10), ("outlet", 14),
                       ("title", 0)))


@click.group(invoke_without_command=True)
@click.option("--limit", type=click.IntRange(min=1), help="At most this many.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
              show_default=True, help="Output format.")
@db_option
@click.pass_context
def speakers(ctx, limit, fmt, db):
    """List speakers with claim counts and aliases; merge or rename them.

    \b
    Example:
        factrack speakers
        factrack speakers merge "Antony Blinken" "Tony Blinken"
        factrack speakers rename 7 "Wang Yi"
    """
    ctx.obj = db
    if ctx.invoked_subcommand is not None:
        return
    with Session(engine_for(db)) as session:
        rows = list_speakers(session, limit)
    render(rows, fmt, (("id", 5), ("claims", 6), ("kind", 12), ("name", 22), ("aliases", 0)))


@speakers.command("merge")
@click.argument("keep")
@click.argument("others", nargs=-1, required=True)
@db_option
@click.pass_obj
def merge(parent_db, keep, others, db):
    """Merge speakers OTHERS into KEEP (ids or names); survives later adds.

    \b
    Example:
        factrack speakers merge "Antony Blinken" "Mr. Blinken"
    """
    with Session(engine_for(db or parent_db)) as session:
        target = get_speaker(session, keep)
        for ref in others:
            merge_speakers(session, target, get_speaker(session, ref))
        name = target.name
        session.commit()
    click.echo(f"merged {len(others)} into {name}")


@speakers.command("rename")
@click.argument("speaker")
@click.argument("name")
@db_option
@click.pass_obj
def rename(parent_db, speaker, name, db):
    """Set SPEAKER's canonical NAME (id or current name); survives later adds.

    \b
    Example:
        factrack speakers rename 7 "Wang Yi"
    """
    with Session(engine_for(db or parent_db)) as session:
        row = get_speaker(session, speaker)
        old = row.name
        rename_speaker(session, row, name)
        session.commit()
    click.echo(f"renamed {old} to {name}")
