"""Where the database lives and which schema this factrack writes, without SQLAlchemy.

`factrack.db` connects and migrates; this module only names the database (so a command
that may not need SQLAlchemy, like `claims` on an up-to-date file, can decide first).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

DB_ENV_VAR = "FACTRACK_DB"
DEFAULT_DB_NAME = "factrack.db"
BUSY_TIMEOUT_MS = 10_000

# The newest migration's revision. A new migration must bump it: tests/test_fastread.py
# checks it against the scripts (db.head_revision), and a database at any other revision
# goes through open_database (and is migrated) instead of the fast read path.
SCHEMA_HEAD = "0004"


def default_db_path() -> Path:
    """The per-user database file, e.g. ~/.local/share/factrack/factrack.db on Linux."""
    return Path(user_data_dir("factrack", appauthor=False)) / DEFAULT_DB_NAME


def resolve_db_url(db: str | None = None) -> str:
    """`--db` (a path or SQLAlchemy URL), else $FACTRACK_DB, else the default file."""
    chosen = db or os.environ.get(DB_ENV_VAR)
    if not chosen:
        path = default_db_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    if "://" in chosen:
        return chosen
    return f"sqlite:///{Path(chosen).expanduser().resolve()}"
