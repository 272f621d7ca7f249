"""The `factrack` command: a thin layer that parses options, calls the library, prints.

Library errors (FactrackError) become one-line messages and exit code 1; nothing prints a
traceback for bad input. Subcommands are imported only when used (click's LazyGroup
pattern), so `factrack claims` does not pay for extraction, linking or HTTP start-up.
"""

from __future__ import annotations

import sys

import click

from factrack.errors import FactrackError

# Command name -> "module:attribute" under factrack.cli, imported on first use.
COMMANDS = {
    "add": "add:add",
    "claims": "claims:claims",
    "show": "claims:show",
    "articles": "records:articles",
    "speakers": "records:speakers",
    "db": "dbcmd:db",
    "eval": "eval_cmd:eval_command",
    "relink": "linking:relink_command",
    "match": "linking:match",
    "review": "review:review",
    "export": "export:export",
}


class FactrackGroup(click.Group):
    """Loads subcommands on demand; turns library errors into one-line click errors."""

    def list_commands(self, ctx):
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx, cmd_name):
        if cmd_name in COMMANDS and cmd_name not in self.commands:
            module, attribute = COMMANDS[cmd_name].split(":")
            # __import__, not importlib.import_module: only the former shows in -X importtime.
            __import__(f"factrack.cli.{module}")
            command = getattr(sys.modules[f"factrack.cli.{module}"], attribute)
            if command.name != cmd_name:
                raise RuntimeError(f"factrack.cli.{module}.{attribute} is named "
                                   f"{command.name!r}, not {cmd_name!r}")
            self.add_command(command)
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except FactrackError as exc:
            raise click.ClickException(str(exc)) from None
        except Exception as exc:
            # Only a command that touched the database can raise SQLAlchemy's errors, so
            # this module need not import SQLAlchemy (most of a start-up) to catch them.
            sa_exc = sys.modules.get("sqlalchemy.exc")
            if sa_exc is None or not isinstance(exc, sa_exc.SQLAlchemyError):
                raise
            reason = str(getattr(exc, "orig", exc)).splitlines()[0]
            raise click.ClickException(f"database error: {reason}") from None


def _print_version(ctx, _param, value) -> None:
    if not value or ctx.resilient_parsing:
        return
    from factrack import __version__

    click.echo(f"factrack, version {__version__}")
    ctx.exit()


@click.group(cls=FactrackGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True,
              callback=_print_version, help="Show the version and exit.")
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
