"""`factrack add`: store articles from files, standard input, saved pages and URLs."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import click

from factrack.cli.common import db_option, engine_for
from factrack.errors import FactrackError

if TYPE_CHECKING:
    from factrack.ingest import AddResult


class Progress:
    """A progress bar on stderr for a many-article add at a terminal (silent otherwise);
    lines printed meanwhile go above it instead of onto it."""

    def __init__(self, total: int):
        self.shown = total > 1 and sys.stderr.isatty()
        self.bar = click.progressbar(length=total, file=sys.stderr, label="Adding",
                                     show_pos=True, hidden=not self.shown)

    def __enter__(self) -> Progress:
        self.bar.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self.bar.__exit__(*exc)

    def echo(self, message: str, err: bool = False) -> None:
        if self.shown:
            click.echo("\r\x1b[K", nl=False, err=True)  # erase the bar's line
        click.echo(message, err=err)
        if self.shown:
            self.bar.render_progress()

    def advance(self) -> None:
        self.bar.update(1)


def summary_line(result: AddResult) -> str:
    if result.duplicate_of is not None:
        return (f"{result.source}: already stored as article {result.duplicate_of} "
                f"({result.title or 'untitled'}); nothing added")
    line = (f"{result.source}: article {result.article_id} — {result.claims} claims, "
            f"{result.speakers} speakers, {result.flagged} flagged, {result.linked} linked")
    return "\n".join([line, *(f"  ! {w}" for w in result.warnings)])


@click.command()
@click.argument("items", nargs=-1, metavar="PATH|URL...")
@click.option("--urls", "url_file", type=click.Path(dir_okay=False),
              help="A file of URLs to add, one a line (# comments allowed).")
@click.option("--title", help="Article title (default: the page's, or the first line).")
@click.option("--outlet", help="Publication name.")
@click.option("--author", help="Byline.")
@click.option("--date", "published", help="Publication date, e.g. 2024-04-26.")
@click.option("--url", help="Where the article was published.")
@click.option("--concurrency", type=click.IntRange(1, 32), default=4, show_default=True,
              help="URLs fetched at the same time.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
              help="Seconds to wait for a page before retrying.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="One summary line, or one JSON object, per article.")
@click.option("--workers", type=click.IntRange(0, 64), default=None,
              help="Processes extracting claims while this one stores them (default: one "
                   "per CPU but one; 0: extract here too).")
@db_option
def add(items, url_file, title, outlet, author, published, url, concurrency, timeout, fmt,
        workers, db):
    """Add articles: extract, attribute, link and flag their claims.

    PATH is a text file, a saved .html page, or - for standard input; URL is an
    http(s) address (fetched politely, several at a time). Each article is stored in
    its own transaction; adding the same article twice is a no-op.

    \b
    Example:
        factrack add fixtures/articles/01_valdora_steel_dispute.txt
        cat story.txt | factrack add - --title "Budget vote" --outlet "Daily Ledger"
        factrack add https://example.org/news/story --urls monday-links.txt
    """
    # Imported here, not at the top: every other command starts without extraction,
    # linking and the HTTP client (see docs/performance.md, start-up).
    from factrack.fetch import FetchSettings, read_url_list
    from factrack.ingest import add_article, prepare_article
    from factrack.linking import ClaimLinker
    from factrack.parallel import extract_in_workers
    from factrack.sources import gather_sources, with_overrides

    items = list(items)
    if url_file:
        try:
            items += read_url_list(url_file)
        except FactrackError as exc:
            raise click.ClickException(str(exc)) from None
    if not items:
        raise click.UsageError("give at least one PATH, URL or --urls FILE")
    engine = engine_for(db)
    settings = FetchSettings(concurrency=concurrency, read_timeout=timeout)
    failures = 0
    linker = ClaimLinker()  # one for the run: its caches outlive each article's transaction
    gathered = (item if isinstance(item, FactrackError) else with_overrides(
        item, title=title, outlet=outlet, author=author, published=published, url=url)
        for item in gather_sources(items, stdin=sys.stdin.buffer, fetch_settings=settings))
    with Progress(len(items)) as progress:
        for source, prepared in extract_in_workers(gathered, workers, prepare_article):
            progress.advance()
            try:
                if isinstance(prepared, FactrackError):
                    raise prepared
                result = add_article(engine, source, prepared, linker)
            except FactrackError as exc:
                failures += 1
                progress.echo(f"Error: {exc}", err=True)
                continue
            if fmt == "json":
                progress.echo(json.dumps(result.as_dict(), ensure_ascii=False))
            else:
                progress.echo(summary_line(result))
    if failures:
        raise click.ClickException(f"{failures} of {len(items)} inputs failed")
