"""`factrack claims` and `factrack show`: query the record."""

from __future__ import annotations

import json
import sqlite3

import click

from factrack.claimrows import REVIEW_STATUSES, ClaimFilter, ClaimStream
from factrack.cli.common import chosen_db, db_option, engine_for, note
from factrack.cli.output import render
from factrack.extract.types import KINDS
from factrack.formatting import figure_text

CLAIM_COLUMNS = (("id", 7), ("speaker", 16), ("kind", 8), ("figure", 12), ("text", 0))


def claim_filter_options(command):
    """The filters shared by `claims`, `export` and `review`."""
    options = [
        click.option("--speaker", help="Speaker name or alias; fuzzy, case-insensitive."),
        click.option("--article", "article_id", type=int, help="Only this article id."),
        click.option("--kind", type=click.Choice(KINDS), help="Only this kind of claim."),
        click.option("--status", type=click.Choice(REVIEW_STATUSES),
                     help="Only this review status."),
        click.option("--flagged", is_flag=True,
                     help="Only claims with a flag that needs a look (not just informational)."),
        click.option("--recurring", is_flag=True, help="Only claims linked to others."),
        click.option("--search", help="Only claims whose text contains this."),
        click.option("--limit", type=click.IntRange(min=1), help="At most this many."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def make_filter(params: dict) -> ClaimFilter:
    return ClaimFilter(**{k: params[k] for k in ClaimFilter.__slots__ if k in params})


@click.command()
@claim_filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "ndjson"]),
              default="table", show_default=True, help="Output format.")
@db_option
def claims(fmt, db, **filters):
    """List stored claims, filtered.

    \b
    Example:
        factrack claims --speaker Blinken
        factrack claims --kind share --flagged --format json
    """
    from factrack import fastread

    connection = fastread.open_fast_reader(chosen_db(db))
    if connection is not None:  # an up-to-date SQLite file: no SQLAlchemy (fastread.py)
        try:
            _write_claims(fastread.stream_claims(connection, make_filter(filters)),
                          filters, fmt)
        except sqlite3.Error as exc:
            raise click.ClickException(
                f"database error: {(str(exc) or type(exc).__name__).splitlines()[0]}"
            ) from None
        finally:
            connection.close()
        return
    from sqlmodel import Session

    from factrack.queries import stream_claims

    with Session(engine_for(db)) as session:
        _write_claims(stream_claims(session, make_filter(filters)), filters, fmt)


def _write_claims(result: ClaimStream, filters: dict, fmt: str) -> None:
    if filters.get("speaker"):
        names = ", ".join(s.name for s in result.matched_speakers)
        if not result.matched_speakers:
            note(f"No speaker matches {filters['speaker']!r}.")
        elif len(result.matched_speakers) > 1:
            note(f"{filters['speaker']!r} matches {len(result.matched_speakers)} "
                 f"speakers: {names}")
    rows = result.rows
    if fmt == "table":
        rows = (dict(row, figure=figure_text(row)) for row in rows)
    render(rows, fmt, CLAIM_COLUMNS)  # rows are read while they are written


@click.command()
@click.argument("claim_id", type=int)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@db_option
def show(claim_id, fmt, db):
    """Show one claim with its context, article, speaker, flags and history.

    \b
    Example:
        factrack show 12
    """
    from sqlmodel import Session

    from factrack.queries import claim_detail, group_timeline

    with Session(engine_for(db)) as session:
        detail = claim_detail(session, claim_id)
        detail["timeline"] = (group_timeline(session, detail["group_id"])
                              if detail.get("group_id") is not None else [])
    if fmt == "json":
        click.echo(json.dumps(detail, indent=2, ensure_ascii=False, default=str))
        return
    click.echo(format_detail(detail))


def format_detail(d: dict) -> str:
    article = d["article"]
    speaker = d["speaker"] or "reporter (no speaker)"
    if d.get("speaker_role"):
        speaker += f", {d['speaker_role']}"
    lines = [
        f"Claim {d['id']}  [{d['status']}]  {d['kind']}  {figure_text(d)}".rstrip(),
        f"  {d['text']}",
        f"Speaker:   {speaker} ({d['attribution']})",
        f"Measure:   {d['measure'] or '-'}",
        f"Article:   {article['id']} {article['title'] or ''}".rstrip(),
    ]
    source = " · ".join(x for x in (article["outlet"], article["published"],
                                    article["url"] or article["source_path"]) if x)
    if source:
        lines.append(f"           {source}")
    lines += ["Context:", f"  {d['context']}"]
    if d["flag_details"]:
        lines.append("Flags:")
        lines += [f"  {f['code']}: {f['detail']}" for f in d["flag_details"]]
    if d.get("group_id") is not None:
        lines.append(f"Group:     {d['group_id']}")
    lines += _timeline_lines(d)
    if d["history"]:
        lines.append("History:")
        lines += [f"  {h['at']} {h['reviewer']}: {h['old_status']} -> {h['new_status']}"
                  + (f" — {h['note']}" if h["note"] else "") for h in d["history"]]
    return "\n".join(lines)


def _timeline_lines(d: dict) -> list[str]:
    """The group's occurrences oldest first, then each speaker's changed figures."""
    timeline = d.get("timeline") or []
    if not timeline:
        return []
    lines = [f"Timeline ({len(timeline)} occurrences, oldest first):"]
    for t in timeline:
        mark = "*" if t["claim_id"] == d["id"] else " "
        changed = "  (changed)" if t["changed"] else ""
        lines.append(f" {mark}{t['date']}  #{t['claim_id']}  {t['outlet'] or '-'}  "
                     f"{t['speaker'] or 'reporter'}  [{t['figure'] or '-'}]{changed}")
        lines.append(f"    {t['text']}")
    by_speaker: dict[str, list[dict]] = {}
    for t in timeline:
        if t["speaker"]:
            by_speaker.setdefault(t["speaker"], []).append(t)
    for speaker, said in by_speaker.items():
        if any(t["changed"] for t in said):
            steps = [said[0]] + [t for t in said[1:] if t["changed"]]
            lines.append(f"{speaker} restated the figure: " + " -> ".join(
                f"{t['figure']} ({t['date']})" for t in steps))
    return lines
