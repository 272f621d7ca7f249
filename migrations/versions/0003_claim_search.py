"""claim text search: SQLite FTS5 index over claims.text

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 19:00:00

SQLite only (other databases search without it, see factrack/search.py). The index is an
external-content FTS5 table: it stores only the index, the text stays in `claims`.
Triggers keep it in step with every insert, delete (article cascades included) and text
update, whoever writes. Caution for later migrations: a batch ("move and copy") rebuild
of `claims` drops these triggers; such a migration must create them again (the
statements below) and run the 'rebuild' command.
"""
from typing import Sequence, Union

from alembic import op


revision: str = '0003'
down_revision: Union[str, None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

CREATE = (
    "CREATE VIRTUAL TABLE claims_fts USING fts5("
    "text, content='claims', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN "
    "INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN "
    "INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER claims_fts_update AFTER UPDATE OF text ON claims BEGIN "
    "INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')",
)
DROP = (
    "DROP TRIGGER IF EXISTS claims_fts_update",
    "DROP TRIGGER IF EXISTS claims_fts_delete",
    "DROP TRIGGER IF EXISTS claims_fts_insert",
    "DROP TABLE IF EXISTS claims_fts",
)


def _has_fts5(bind) -> bool:
    """FTS5 is in nearly every SQLite build; without it, search scans instead."""
    try:
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp.factrack_fts5_probe USING fts5(x)")
    except Exception:  # noqa: BLE001 - "no such module: fts5"
        return False
    bind.exec_driver_sql("DROP TABLE temp.factrack_fts5_probe")
    return True


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite" or not _has_fts5(bind):
        return
    for statement in CREATE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in DROP:
        op.execute(statement)
