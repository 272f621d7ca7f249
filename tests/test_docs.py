"""Every command documents itself with an example (as sqlite-utils' test_docs does)."""

from __future__ import annotations

import click
import pytest

from factrack.cli import main


def all_commands(group: click.Group, prefix=()):
    """Every command and subcommand as `--help` lists it (the group loads them lazily)."""
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


def test_every_command_is_listed_and_loads():
    names = {path for path, _ in all_commands(main)}
    assert {("add",), ("claims",), ("show",), ("speakers", "merge"), ("db", "copy"),
            ("export",), ("review",), ("relink",), ("match",), ("eval",)} <= names
    assert all(isinstance(command, click.Command) for _, command in all_commands(main))


@pytest.mark.parametrize("path,command", list(all_commands(main)),
                         ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_command_has_help_with_example(path, command, cli):
    assert command.help and len(command.help.strip()) > 20, path
    result = cli(*path, "--help")
    assert result.exit_code == 0
    if not path[-1] in {"path", "current", "upgrade", "downgrade"}:
        assert "Example" in result.stdout, path
