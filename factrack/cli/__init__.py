"""The `factrack` command: a thin layer that parses options, calls the library, prints.

Library errors (FactrackError) become one-line messages and exit code 1; nothing prints a
traceback for bad input.
"""

from __future__ import annotations

import click
from sqlalchemy.exc import SQLAlchemyError

from factrack import __version__
from factrack.errors import FactrackError


class FactrackGroup(click.Group):
    """Turns library errors into one-line click errors."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except FactrackError as exc:
            raise click.ClickException(str(exc)) from None
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", exc)).splitlines()[0]
            raise click.ClickException(f"database error: {reason}") from None


@click.group(cls=FactrackGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factrack")
@click.option("--db", "db", metavar="PATH|URL", default=None,
              help="Database file or SQLAlchemy URL (default: $FACTRACK_DB, else "
                   "the user data directory; see `factrack db path`).")
def main(db):
    """Track the factual claims in news articles: extract, attribute, link, review.

    \b
    Example:
        factrack add article.txt
        factrack claims --speaker Blinken
    """


def _register() -> None:
    from factrack.cli import add, claims, dbcmd, eval_cmd, export, linking, records, review

    for command in (add.add, claims.claims, claims.show, records.articles, records.speakers,
                    dbcmd.db, eval_cmd.eval_command, linking.relink_command, linking.match,
                    review.review, export.export):
        main.add_command(command)


_register()
