"""Real alembic migrations: upgrade, downgrade, upgrade again; drift; newer databases."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from conftest import ARTICLES
from factrack.db import alembic_config, head_revision, make_engine, migrate, open_database
from factrack.errors import DatabaseError
from factrack.models import SQLModel


def tables(path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {r[0] for r in connection.execute("select name from sqlite_master "
                                                 "where type='table'")}


def test_open_creates_schema_at_head(db_url):
    engine = open_database(db_url)
    assert {"articles", "claims", "speakers", "speaker_aliases", "flags", "review_events",
            "claim_groups", "alembic_version"} <= tables(db_url)
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head_revision()


def test_upgrade_downgrade_upgrade(db_url):
    engine = make_engine(f"sqlite:///{db_url}")
    migrate(engine)
    migrate(engine, "base", downgrade=True)
    assert tables(db_url) <= {"alembic_version"}
    migrate(engine)
    assert "claims" in tables(db_url)


def test_models_and_migrations_do_not_drift(db_url):
    engine = open_database(db_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []
        command.check(alembic_config(connection))


def test_pragmas_are_set(db_url):
    engine = open_database(db_url)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_database_from_newer_factrack_is_refused_untouched(cli, db_url):
    assert cli("add", ARTICLES[0]).exit_code == 0
    with sqlite3.connect(db_url) as connection:
        connection.execute("update alembic_version set version_num='9999_future'")
        before = connection.execute("select count(*) from claims").fetchone()[0]
    result = cli("add", ARTICLES[1])
    assert result.exit_code == 1
    assert "newer factrack" in result.stderr and "9999_future" in result.stderr
    with sqlite3.connect(db_url) as connection:
        assert connection.execute("select count(*) from claims").fetchone()[0] == before
        assert connection.execute("select count(*) from articles").fetchone()[0] == 1
    with pytest.raises(DatabaseError):
        open_database(db_url)


def test_db_commands(cli, db_url):
    assert "none (blank database)" in cli("db", "current").stdout
    assert cli("db", "upgrade").exit_code == 0
    assert f"current: {head_revision()}" in cli("db", "current").stdout
    assert cli("db", "downgrade", "base").exit_code == 0
    assert "none" in cli("db", "current").stdout
    assert cli("add", ARTICLES[0]).exit_code == 0  # opening upgrades again
