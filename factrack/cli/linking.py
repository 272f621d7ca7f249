"""`factrack relink` and `factrack match`: rebuild recurring-claim groups; find a claim."""

from __future__ import annotations

import json
import sys
from dataclasses import fields

import click
from sqlmodel import Session

from factrack.cli.common import db_option, engine_for, note
from factrack.cli.output import render_table
from factrack.linking import (MATCH_CANDIDATES, MAX_CANDIDATES, PER_KEY_CAP, count_claims,
                              options_with, relink, similar_claims)
from factrack.matching.settings import DEFAULT_SETTINGS as S

MATCH_COLUMNS = (("score", 5), ("id", 7), ("date", 10), ("speaker", 12), ("status", 8),
                 ("text", 0))


#: One line of help per MatchSettings field (the field's own docs are in settings.py);
#: a field added there later still gets an option, described by its name.
SETTING_HELP = {
    "link_threshold": "Minimum combined score for two claims to link.",
    "sentence_weight": "Weight of the whole-sentence wording similarity.",
    "local_weight": "Weight of the figure-side wording (measure + neighbouring words).",
    "fuzzy_share": "Share of rapidfuzz token_set_ratio in the sentence similarity.",
    "fuzzy_cutoff": "Drop candidates whose sentence scores below this (0-100) early.",
    "local_cutoff": "Drop candidates whose figure-side wording scores below this (0-100).",
    "figure_bonus": "Added to the score when the two figures agree.",
    "speaker_bonus": "Added when both claims have the same speaker.",
    "speaker_penalty": "Subtracted when both speakers are known and differ.",
    "rounding_tolerance": "Relative difference still read as rounding for exact figures.",
    "approx_tolerance": "Relative tolerance for 'about'/'some' figures.",
    "link_within_article": "Also link repeats inside one article.",
}


def threshold_options(command):
    """One option per MatchSettings field (`--link-threshold`, alias `--threshold`, ...),
    defaults shown from factrack.matching.settings."""
    options = []
    for f in fields(S):
        default = getattr(S, f.name)
        name = f.name.replace("_", "-")
        help_text = SETTING_HELP.get(f.name, f"MatchSettings.{f.name}.")
        if isinstance(default, bool):
            options.append(click.option(f"--{name}/--no-{name}", f.name, default=None,
                                        help=f"{help_text} [default: {default}]"))
            continue
        decls = [f"--{name}"] + (["--threshold"] if f.name == "link_threshold" else [])
        kind = click.INT if isinstance(default, int) else click.FLOAT
        options.append(click.option(*decls, f.name, type=kind, default=None,
                                    help=f"{help_text} [default: {default}]"))
    options += [
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
        factrack relink --threshold 0.7 --link-within-article
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
        row["speaker"] = row["speaker"] or "-"
        row["score"] = f"{row['score']:.2f}"
    render_table(rows, MATCH_COLUMNS)
