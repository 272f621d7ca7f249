"""`factrack add`: store articles from files or standard input."""

from __future__ import annotations

import json
import sys

import click

from factrack.cli.common import db_option, engine_for, note
from factrack.errors import FactrackError
from factrack.ingest import AddResult, add_article
from factrack.inputs import read_article_file, read_article_stream


def summary_line(result: AddResult) -> str:
    if result.duplicate_of is not None:
        return (f"{result.source}: already stored as article {result.duplicate_of} "
                f"({result.title or 'untitled'}); nothing added")
    line = (f"{result.source}: article {result.article_id} — {result.claims} claims, "
            f"{result.speakers} speakers, {result.flagged} flagged, {result.linked} linked")
    return "\n".join([line, *(f"  ! {w}" for w in result.warnings)])


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--title", help="Article title (default: the first non-empty line).")
@click.option("--outlet", help="Publication name.")
@click.option("--author", help="Byline.")
@click.option("--date", "published", help="Publication date, e.g. 2024-04-26.")
@click.option("--url", help="Where the article was published.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="One summary line, or one JSON object, per article.")
@db_option
def add(paths, title, outlet, author, published, url, fmt, db):
    """Add articles: extract, attribute, link and flag their claims.

    PATH is a text file, or - for standard input. Each article is stored in its own
    transaction; adding the same text twice is a no-op.

    \b
    Example:
        factrack add fixtures/articles/trade_talks.txt --outlet "Daily Ledger"
        cat story.txt | factrack add - --title "Budget vote"
    """
    engine = engine_for(db)
    failures = 0
    for path in paths:
        try:
            source = (read_article_stream(sys.stdin.buffer) if path == "-"
                      else read_article_file(path))
            source = _with_metadata(source, title, outlet, author, published, url)
            result = add_article(engine, source)
        except FactrackError as exc:
            failures += 1
            note(f"Error: {exc}")
            continue
        if fmt == "json":
            click.echo(json.dumps(result.as_dict(), ensure_ascii=False))
        else:
            click.echo(summary_line(result))
    if failures:
        raise click.ClickException(f"{failures} of {len(paths)} inputs failed")


def _with_metadata(source, title, outlet, author, published, url):
    from dataclasses import replace

    overrides = {k: v for k, v in dict(title=title, outlet=outlet, author=author,
                                        published=published, url=url).items() if v}
    return replace(source, **overrides) if overrides else source
