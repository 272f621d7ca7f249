"""`factrack eval GOLD_DIR`: score the extractor against a hand-labeled gold set."""

from __future__ import annotations

from pathlib import Path

import click

from factrack.errors import FactrackError
from factrack.evaluation import evaluate_gold, format_report


@click.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--min-recall", type=float, default=0.95, show_default=True,
              help="Fail when numeric-claim recall is below this.")
@click.option("--min-precision", type=float, default=0.90, show_default=True,
              help="Fail when numeric-claim precision is below this.")
@click.option("--min-field-accuracy", type=float, default=0.95, show_default=True,
              help="Fail when value, unit or bound accuracy is below this.")
@click.option("--summary", is_flag=True, help="Print only the score table, not per-article misses.")
def eval_command(gold_dir: Path, min_recall: float, min_precision: float,
                 min_field_accuracy: float, summary: bool) -> None:
    """Score extraction on the gold articles in GOLD_DIR and print precision, recall and
    field accuracy, then each article's misses and false positives.

    Exits with status 1 when a score is below its bar.

    Example: factrack eval fixtures/gold --min-recall 0.9
    """
    try:
        report = evaluate_gold(gold_dir)
    except FactrackError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(format_report(report, details=not summary))
    failures = []
    if report.numeric_recall < min_recall:
        failures.append(f"numeric recall {report.numeric_recall:.3f} < {min_recall}")
    if report.numeric_precision < min_precision:
        failures.append(f"numeric precision {report.numeric_precision:.3f} < {min_precision}")
    for name in ("value", "unit", "bound"):
        if report.accuracy(name) < min_field_accuracy:
            failures.append(f"{name} accuracy {report.accuracy(name):.3f} < {min_field_accuracy}")
    if failures:
        for failure in failures:
            click.echo(f"FAIL: {failure}", err=True)
        raise click.exceptions.Exit(1)
