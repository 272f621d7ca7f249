"""Real alembic migrations: upgrade, downgrade, upgrade again; drift; newer databases."""

from __future__ import annotations

import pytest
from backends import execute, scalar, sqlite_only, table_names
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from conftest import ARTICLES
from factrack.db import (alembic_config, head_revision, make_engine, migrate, open_database,
                         resolve_db_url)
from factrack.errors import DatabaseError
from factrack.models import SQLModel
from factrack.search import autogenerate_include_name


def tables(db_url) -> set[str]:
    return {name for name in table_names(db_url) if autogenerate_include_name(name, "table", {})}


def test_open_creates_schema_at_head(db_url):
    engine = open_database(db_url)
    assert {"articles", "claims", "speakers", "speaker_aliases", "flags", "review_events",
            "claim_groups", "alembic_version"} <= tables(db_url)
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head_revision()


def test_upgrade_downgrade_upgrade(db_url):
    engine = make_engine(resolve_db_url(db_url))
    migrate(engine)
    migrate(engine, "base", downgrade=True)
    assert tables(db_url) <= {"alembic_version"}
    migrate(engine)
    assert "claims" in tables(db_url)


def test_models_and_migrations_do_not_drift(db_url):
    engine = open_database(db_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "compare_type": True, "include_name": autogenerate_include_name})
        assert compare_metadata(context, SQLModel.metadata) == []
        command.check(alembic_config(connection))


@sqlite_only
def test_pragmas_are_set(db_url):
    engine = open_database(db_url)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_database_from_newer_factrack_is_refused_untouched(cli, db_url):
    assert cli("add", ARTICLES[0]).exit_code == 0
    execute(db_url, "update alembic_version set version_num='9999_future'")
    before = scalar(db_url, "select count(*) from claims")
    result = cli("add", ARTICLES[1])
    assert result.exit_code == 1
    assert "newer factrack" in result.stderr and "9999_future" in result.stderr
    assert scalar(db_url, "select count(*) from claims") == before
    assert scalar(db_url, "select count(*) from articles") == 1
    with pytest.raises(DatabaseError):
        open_database(db_url)


def test_db_commands(cli, db_url):
    assert "none (blank database)" in cli("db", "current").stdout
    assert cli("db", "upgrade").exit_code == 0
    assert f"current: {head_revision()}" in cli("db", "current").stdout
    assert cli("db", "downgrade", "base").exit_code == 0
    assert "none" in cli("db", "current").stdout
    assert cli("add", ARTICLES[0]).exit_code == 0  # opening upgrades again
