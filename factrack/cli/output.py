"""One renderer for every command's rows: a table for people, JSON/CSV/NDJSON for scripts."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Sequence

import click

FORMATS = ("table", "json", "csv", "ndjson")
TABLE_WIDTH = 80


def format_option(default: str = "table", choices: Sequence[str] = FORMATS):
    return click.option("--format", "fmt", type=click.Choice(choices), default=default,
                        show_default=True, help="Output format.")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return ",".join(str(v) for v in value)
    return " ".join(str(value).split())


def render_table(rows: list[dict], columns: Sequence[tuple[str, int]],
                 echo: Callable[[str], None] = click.echo) -> None:
    """Fixed-width table: each column (name, width); width 0 takes what is left of 80."""
    fixed = sum(w for _, w in columns if w) + len(columns) - 1
    widths = [w or max(10, TABLE_WIDTH - fixed) for _, w in columns]

    def line(cells):
        out = []
        for text, width in zip(cells, widths):
            text = text if len(text) <= width else text[:width - 1] + "…"
            out.append(text.ljust(width))
        return " ".join(out).rstrip()

    echo(line([name for name, _ in columns]))
    echo(line(["-" * w for w in widths]))
    for row in rows:
        echo(line([_cell(row.get(name)) for name, _ in columns]))


def render(rows: list[dict], fmt: str, columns: Sequence[tuple[str, int]]) -> None:
    """Write rows to stdout in `fmt`; table columns are (key, width)."""
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
    elif fmt == "ndjson":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif fmt == "csv":
        if not rows:
            return
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) if isinstance(v, list) else v for k, v in row.items()})
    else:
        render_table(rows, columns)
