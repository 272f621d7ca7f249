"""Shared test set-up: every test gets its own database; nothing touches a real home.

The database backend comes from FACTRACK_TEST_BACKEND (sqlite by default); see
tests/backends.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factrack.cli import main

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"
ARTICLES = sorted((FIXTURES / "articles").glob("*.txt"))
SHARED = REPO.parent / "shared"
SEED_ARTICLE = SHARED / "seed" / "000_3a15ec0e2c0e75e0.txt"


@pytest.fixture(autouse=True)
def isolated_database(tmp_path, monkeypatch) -> str:
    """Point FACTRACK_DB at a fresh database for this test, and return its path or URL."""
    url = str(tmp_path / "factrack.db")
    monkeypatch.setenv("FACTRACK_DB", url)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    return url


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


def require_shared() -> Path:
    """Skip (with the reason) when ../shared is absent, as in a fresh clone elsewhere."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: this test reads the shared corpus/seed")
    return SHARED
