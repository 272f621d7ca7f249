"""Shared test set-up: every test gets its own database; nothing touches a real home.

The database backend comes from FACTRACK_TEST_BACKEND (sqlite by default); see
tests/backends.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import backends

from factrack.cli import main

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"
ARTICLES = sorted((FIXTURES / "articles").glob("*.txt"))
SHARED = REPO.parent / "shared"
SEED_ARTICLE = SHARED / "seed" / "000_3a15ec0e2c0e75e0.txt"


@pytest.fixture(autouse=True)
def isolated_database(tmp_path, monkeypatch):
    """Point FACTRACK_DB at a fresh database for this test, and return its path or URL.

    SQLite (default): a file in tmp_path. PostgreSQL (FACTRACK_TEST_BACKEND=postgresql):
    a database created for this test on FACTRACK_TEST_PG_URL's server and dropped after
    (one nothing was created in goes to the next test instead); without a reachable
    server the test is skipped, saying why.
    """
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    if not backends.ON_POSTGRES:
        url = str(tmp_path / "factrack.db")
        monkeypatch.setenv("FACTRACK_DB", url)
        yield url
        return
    server = backends.require_pg_server()
    url = backends.acquire_pg_database(server)
    monkeypatch.setenv("FACTRACK_DB", url)
    try:
        yield url
    finally:
        backends.release_pg_database(server, url)


@pytest.fixture
def db_url(isolated_database) -> str:
    return isolated_database


@pytest.fixture
def cli():
    """Run the real CLI: cli("add", path) -> click Result (stderr kept apart)."""
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(main, [str(a) for a in args], input=input,
                             catch_exceptions=False)

    return invoke


def write_article(tmp_path: Path, name: str, text: str) -> Path:
    """Write a test article (UTF-8) and return its path."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def claims_json(cli, *args) -> list[dict]:
    """`factrack claims --format json ARGS`, parsed; the command must succeed."""
    result = cli("claims", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def require_shared() -> Path:
    """Skip (with the reason) when ../shared is absent, as in a fresh clone elsewhere."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: this test reads the shared corpus/seed")
    return SHARED
