"""Every command documents itself with an example (as sqlite-utils' test_docs does)."""

from __future__ import annotations

import click
import pytest

from factrack.cli import main


def all_commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


@pytest.mark.parametrize("path,command", list(all_commands(main)),
                         ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_command_has_help_with_example(path, command, cli):
    assert command.help and len(command.help.strip()) > 20, path
    result = cli(*path, "--help")
    assert result.exit_code == 0
    if not path[-1] in {"path", "current", "upgrade", "downgrade"}:
        assert "Example" in result.stdout, path
