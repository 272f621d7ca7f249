"""`factrack relink` and `factrack match`: rebuild recurring-claim groups; find a claim."""

from __future__ import annotations

import json
import sys

import click
from sqlmodel import Session

from factrack.cli.common import db_option, engine_for, note
from factrack.cli.output import figure_text, render_table
from factrack.linking import (MATCH_CANDIDATES, MAX_CANDIDATES, PER_KEY_CAP, count_claims,
                              options_with, relink, similar_claims)
from factrack.matching.settings import DEFAULT_SETTINGS as S

MATCH_COLUMNS = (("score", 5), ("id", 6), ("date", 10), ("speaker", 14), ("status", 9),
                 ("figure", 9), ("text", 0))


def threshold_options(command):
    """Matching thresholds (factrack.matching.settings.MatchSettings); defaults shown."""
    options = [
        click.option("--threshold", "link_threshold", type=click.FloatRange(0, 1),
                     help=f"Minimum combined score for two claims to link "
                          f"[default: {S.link_threshold}]."),
        click.option("--local-cutoff", type=click.FloatRange(0, 100),
                     help=f"Drop candidates whose figure-side wording scores below this "
                          f"(0-100) before full scoring [default: {S.local_cutoff}]."),
        click.option("--rounding-tolerance", type=click.FloatRange(0, 1),
                     help=f"Relative difference still read as rounding for exact figures "
                          f"[default: {S.rounding_tolerance}]."),
        click.option("--approx-tolerance", type=click.FloatRange(0, 1),
                     help=f"Relative tolerance for 'about'/'some' figures "
                          f"[default: {S.approx_tolerance}]."),
        click.option("--within-article/--across-articles", "link_within_article",
                     default=None, help="Also link repeats inside one article "
                     f"[default: {'within' if S.link_within_article else 'across'}]."),
        click.option("--per-key-cap", type=click.IntRange(min=1),
                     help=f"Most recent claims read per blocking key [default: {PER_KEY_CAP}]."),
        click.option("--max-candidates", type=click.IntRange(min=1),
                     help=f"Candidates scored per claim [default: {MAX_CANDIDATES}]."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@click.command("relink")
@threshold_options
@click.option("--chunk", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Claims processed (and committed) per step.")
@db_option
def relink_command(chunk, db, per_key_cap, max_candidates, **settings):
    """Rebuild every recurring-claim group from scratch.

    Use after changing thresholds or merging speakers. Claims are read in id order, a
    chunk at a time, and each is linked against earlier claims through the blocking
    index, exactly as `add` does. Figure-mismatch flags are recomputed. Thresholds given
    here apply to this rebuild only; `add` always uses the defaults.

    \b
    Example:
        factrack relink
        factrack relink --threshold 0.7 --within-article
    """
    options = options_with(per_key_cap, max_candidates, **settings)
    with Session(engine_for(db)) as session:
        total = count_claims(session.connection())
        with click.progressbar(length=total, label="Relinking claims", file=sys.stderr,
                               hidden=not sys.stderr.isatty()) as bar:
            stats = relink(session, options, chunk, progress=bar.update)
    click.echo(f"Relinked {total} claims: {stats.linked} linked into "
               f"{stats.groups_created} groups, {stats.mismatch_flags} figure-mismatch flags")


@click.command("match")
@click.argument("text")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many claims to list.")
@click.option("--candidates", type=click.IntRange(min=1), default=MATCH_CANDIDATES,
              show_default=True, help="Claims from the blocking index that are ranked.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
@db_option
def match(text, limit, candidates, fmt, db):
    """Rank the stored claims most similar to TEXT (a sentence; - reads standard input).

    Shows each claim's score, date, speaker and review status, so a claim checked before
    is found before it is checked again.

    \b
    Example:
        factrack match "12,000 nurses left the health service last year"
        pbpaste | factrack match - --format json
    """
    if text == "-":
        text = sys.stdin.read()
    if not text.strip():
        raise click.UsageError("TEXT is empty: give a sentence, or - with text on stdin")
    with Session(engine_for(db)) as session:
        rows = similar_claims(session, text, limit, max_candidates=candidates)
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        note("No stored claim shares a word or figure with this text.")
        return
    for row in rows:
        row["figure"] = figure_text(row)
        row["speaker"] = row["speaker"] or "-"
        row["score"] = f"{row['score']:.2f}"
    render_table(rows, MATCH_COLUMNS)
