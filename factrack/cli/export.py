"""`factrack export`: filtered claims as a Markdown checklist, CSV, JSON or ClaimReview."""

from __future__ import annotations

from pathlib import Path

import click
from sqlmodel import Session

from factrack.cli.claims import claim_filter_options, make_filter
from factrack.cli.common import db_option, engine_for, note
from factrack.export import FORMATS, export as render_export


@click.command()
@claim_filter_options
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="markdown",
              show_default=True, help="markdown checklist, csv, json (the claims JSON "
                                      "contract) or claimreview (schema.org JSON-LD).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file (default: standard output).")
@click.option("--publisher", help="ClaimReview author: your newsroom's name "
                                  "(default: the reviewer, as a Person).")
@click.option("--url-template", metavar="TEMPLATE",
              help="ClaimReview url, e.g. https://news.example/checks/{claim_id}.")
@db_option
def export(fmt, output, publisher, url_template, db, **filters):
    """Export claims, with the same filters as `claims`.

    claimreview writes one schema.org ClaimReview per reviewed claim group (verified,
    disputed or false); the rating scale is in docs/review.md.

    \b
    Example:
        factrack export --flagged -o checklist.md
        factrack export --article 3 --format csv -o claims.csv
        factrack export --format claimreview --publisher "Daily Ledger" -o reviews.json
    """
    options = ({"publisher": publisher, "url_template": url_template}
               if fmt == "claimreview" else {})
    with Session(engine_for(db)) as session:
        text = render_export(session, make_filter(filters), fmt, **options)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        note(f"wrote {output}")
    else:
        click.echo(text, nl=False)
