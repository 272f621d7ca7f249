"""`factrack review`: the queue of flagged claims, one-key verdicts, or one verdict by id."""

from __future__ import annotations

import json
import sys

import click
from sqlmodel import Session

from factrack.cli.claims import claim_filter_options, make_filter
from factrack.cli.common import db_option, engine_for
from factrack.cli.output import render
from factrack.formatting import figure_text
from factrack.errors import ConflictError
from factrack.models import REVIEW_STATUSES
from factrack.review import (claim_for_review, default_reviewer, review_queue,
                             review_queue_ids, set_status)

QUEUE_COLUMNS = (("id", 7), ("top_flag", 19), ("status", 8), ("figure", 12), ("text", 0))
KEYS = {"v": "verified", "d": "disputed", "f": "false", "x": "dismissed"}
KEY_HELP = "v verify · d dispute · f false · x dismiss · s skip · q quit"


@click.command()
@click.argument("claim_id", type=int, required=False)
@claim_filter_options
@click.option("--note", "note_text", help="Why (with CLAIM_ID --status).")
@click.option("--source", metavar="URL", help="Evidence URL (with CLAIM_ID --status).")
@click.option("--by", "reviewer", help="Reviewer name (default: your login name).")
@click.option("--expect", type=click.Choice(REVIEW_STATUSES),
              help="Refuse unless the claim's status is still this (what you were shown).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Queue output when not interactive.")
@click.option("--interactive/--no-interactive", default=None, hidden=True,
              help="Force the one-key mode on or off (default: on in a terminal).")
@db_option
def review(claim_id, note_text, source, reviewer, expect, fmt, interactive, db, **filters):
    """Review flagged claims: most urgent first, one key per verdict.

    In a terminal, shows each claim of the queue with its paragraph (figure highlighted),
    flags and group history, and reads one key: v verify, d dispute, f false, x dismiss,
    s skip, q quit. Otherwise prints the queue. With CLAIM_ID and --status, records that
    verdict (here --status is the new status; without CLAIM_ID it filters the queue).
    A verdict applies to every occurrence of the claim in its group.

    \b
    Example:
        factrack review
        factrack review --speaker Vasquez --format json
        factrack review 12 --status false --note "Customs data says 3.1m" \\
            --source https://customs.example/2024 --by alice
    """
    reviewer = reviewer or default_reviewer()
    engine = engine_for(db)
    if interactive is None:
        interactive = sys.stdin.isatty() and sys.stdout.isatty()
    if claim_id is not None and filters.get("status"):
        with Session(engine) as session:  # without --expect: whatever the status is now
            change = set_status(session, claim_id, filters["status"], expected_status=expect,
                                reviewer=reviewer, note=note_text, source=source)
            session.commit()
        click.echo(_change_line(change))
        return
    if claim_id is not None:
        if not interactive:
            raise click.UsageError("give --status to record a verdict on a claim "
                                   "(or run it in a terminal to review it interactively)")
        _interactive(engine, [claim_id], reviewer)
        return
    if interactive:
        with Session(engine) as session:
            ids = review_queue_ids(session, make_filter(filters))
        _interactive(engine, ids, reviewer, statuses={filters.get("status") or "flagged"})
        return
    with Session(engine) as session:
        rows = review_queue(session, make_filter(filters))
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
        return
    for row in rows:
        row["figure"] = figure_text(row)
    render(rows, "table", QUEUE_COLUMNS)


def _change_line(change) -> str:
    line = (f"claim {change.claim_id}: {change.old_status} -> {change.new_status} "
            f"by {change.reviewer}")
    if change.also_changed:
        line += (f"; also {len(change.also_changed)} more in group {change.group_id}: "
                 + ", ".join(str(i) for i in change.also_changed))
    return line


def _interactive(engine, claim_ids: list[int], reviewer: str,
                 statuses: set[str] | None = None) -> None:
    """One claim at a time; each verdict is its own short transaction."""
    total = len(claim_ids)
    if not total:
        click.echo("Nothing to review.")
        return
    click.echo(f"{total} claim{'s' if total != 1 else ''} to review ({KEY_HELP})")
    counts: dict[str, int] = {}
    for position, claim_id in enumerate(claim_ids, 1):
        with Session(engine) as session:
            detail = claim_for_review(session, claim_id)
        if statuses and detail["status"] not in statuses:
            continue  # settled meanwhile, e.g. by a verdict on its group
        click.echo("")
        click.echo(format_for_review(detail, position, total))
        key = _read_key()
        if key == "q":
            break
        if key == "s":
            counts["skipped"] = counts.get("skipped", 0) + 1
            continue
        status = KEYS[key]
        click.echo(f"-> {status}")
        note_text = click.prompt("Note", default="", show_default=False).strip()
        source = click.prompt("Evidence URL", default="", show_default=False).strip()
        try:
            with Session(engine) as session:
                change = set_status(session, claim_id, status, expected_status=detail["status"],
                                    reviewer=reviewer, note=note_text, source=source)
                session.commit()
        except ConflictError as exc:
            click.echo(click.style(f"Refused: {exc}", fg="red"))
            counts["refused"] = counts.get("refused", 0) + 1
            continue
        click.echo(_change_line(change))
        counts[status] = counts.get(status, 0) + 1
    order = (*KEYS.values(), "skipped", "refused")
    done = ", ".join(f"{counts[what]} {what}" for what in order if what in counts) or "nothing"
    click.echo(f"Done: {done}.")


def _read_key() -> str:
    """One key from the terminal; end of input or Ctrl-C/Ctrl-D quit."""
    while True:
        click.echo(f"[{KEY_HELP}] ", nl=False)
        try:
            key = click.getchar().lower()
        except (EOFError, KeyboardInterrupt):
            key = "q"
        if not key:
            key = "q"
        if key in KEYS or key in ("s", "q"):
            click.echo(key)
            return key
        click.echo(f"{key!r}? ")


def highlight(paragraph: str, start: int, end: int) -> str:
    """The paragraph with the figure in bold underline (plain when colour is off)."""
    return (paragraph[:start] + click.style(paragraph[start:end], bold=True, underline=True)
            + paragraph[end:])


def format_for_review(d: dict, position: int, total: int) -> str:
    article = d["article"]
    speaker = d["speaker"] or "reporter (no speaker)"
    lines = [
        click.style(f"[{position}/{total}] Claim {d['id']}  [{d['status']}]  {d['kind']}  "
                    f"{figure_text(d)}".rstrip(), bold=True),
        f"Speaker:  {speaker} ({d['attribution']})",
        f"Article:  {article['id']} {article['title'] or ''}"
        + "".join(f" · {x}" for x in (article["outlet"], article["published"]) if x),
        "Paragraph:",
        "  " + highlight(d["paragraph"], *d["paragraph_figure"]),
    ]
    if d["flag_details"]:
        lines.append("Flags:")
        for flag in d["flag_details"]:
            lines.append(f"  ! {flag['code']}: {flag['detail']}")
            if flag.get("explanation"):
                lines.append(f"      ({flag['explanation']})")
    group = d.get("group")
    if group:
        lines.append(f"Group {group['group_id']}: {len(group['occurrences'])} other "
                     f"occurrence(s)")
        for other in group["occurrences"][:5]:
            lines.append(f"  claim {other['id']} [{other['status']}] in article "
                         f"{other['article_id']} {other['article_title'] or ''}".rstrip())
        for event in group["history"]:
            lines.append(f"  {event['at']} {event['reviewer']}: claim {event['claim_id']} "
                         f"{event['old_status']} -> {event['new_status']}"
                         + (f" — {event['note']}" if event["note"] else ""))
    elif d["history"]:
        lines.append("History:")
        lines += [f"  {h['at']} {h['reviewer']}: {h['old_status']} -> {h['new_status']}"
                  + (f" — {h['note']}" if h["note"] else "") for h in d["history"]]
    return "\n".join(lines)
