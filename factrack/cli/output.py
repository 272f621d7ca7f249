"""One renderer for every command's rows: a table for people, JSON/CSV/NDJSON for scripts.

Rows may be any iterable and are written as they come (the JSON array too), so a
streamed listing never sits whole in memory; output is the same as for a list.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence

import click

FORMATS = ("table", "json", "csv", "ndjson")
TABLE_WIDTH = 80
ECHO_BATCH = 200  # lines per write: click.echo flushes every call


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return ",".join(str(v) for v in value)
    return " ".join(str(value).split())


def table_lines(rows: Iterable[dict], columns: Sequence[tuple[str, int]]) -> Iterator[str]:
    """Fixed-width table: each column (name, width); width 0 takes what is left of 80."""
    fixed = sum(w for _, w in columns if w) + len(columns) - 1
    widths = [w or max(10, TABLE_WIDTH - fixed) for _, w in columns]

    def line(cells):
        out = []
        for text, width in zip(cells, widths):
            text = text if len(text) <= width else text[:width - 1] + "…"
            out.append(text.ljust(width))
        return " ".join(out).rstrip()

    yield line([name for name, _ in columns])
    yield line(["-" * w for w in widths])
    for row in rows:
        yield line([_cell(row.get(name)) for name, _ in columns])


def render_table(rows: Iterable[dict], columns: Sequence[tuple[str, int]],
                 echo: Callable[[str], None] = click.echo) -> None:
    for text in table_lines(rows, columns):
        echo(text)


def _json_array(rows: Iterable[dict]) -> Iterator[str]:
    """`json.dumps(list(rows), indent=2)`, piece by piece."""
    first = True
    for row in rows:
        item = json.dumps(row, indent=2, ensure_ascii=False, default=str)
        yield ("[\n  " if first else ",\n  ") + item.replace("\n", "\n  ")
        first = False
    yield "[]" if first else "\n]"


def _csv_lines(rows: Iterable[dict]) -> Iterator[str]:
    """A header from the first row's keys, then one line a row (lists joined by commas)."""
    buffer = io.StringIO()
    writer = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(buffer, fieldnames=list(row), lineterminator="\n")
            writer.writeheader()
        writer.writerow({k: _cell(v) if isinstance(v, list) else v for k, v in row.items()})
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def _write_batched(pieces: Iterable[str], newline: bool) -> None:
    """Write pieces to stdout a batch at a time (each piece a line when `newline`)."""
    batch: list[str] = []
    for piece in pieces:
        batch.append(piece)
        if len(batch) >= ECHO_BATCH:
            click.echo(("\n" if newline else "").join(batch), nl=newline)
            batch.clear()
    if batch:
        click.echo(("\n" if newline else "").join(batch), nl=newline)


def render(rows: Iterable[dict], fmt: str, columns: Sequence[tuple[str, int]]) -> None:
    """Write rows to stdout in `fmt`, each as it comes; table columns are (key, width)."""
    if fmt == "json":
        _write_batched(_json_array(rows), newline=False)
        click.echo()
    elif fmt == "ndjson":
        _write_batched((json.dumps(row, ensure_ascii=False, default=str) for row in rows),
                       newline=True)
    elif fmt == "csv":
        _write_batched(_csv_lines(rows), newline=False)
    else:
        _write_batched(table_lines(rows, columns), newline=True)
