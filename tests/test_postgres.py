"""factrack on PostgreSQL: driver, migrations, concurrent upgrades, writers taking turns,
and the same results as on SQLite.

Runs against the server in FACTRACK_TEST_PG_URL (whatever FACTRACK_TEST_BACKEND says);
each test makes its own database. Without a server every test here is skipped, saying why.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from click.testing import CliRunner
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlmodel import Session

from backends import (count_rows, fresh_pg_database, query, require_pg_server, scalar,
                      table_names)
from conftest import ARTICLES, REPO
from factrack.cli import main
from factrack.db import current_revision, head_revision, make_engine, migrate, open_database
from factrack.extract import extract
from factrack.inputs import ArticleSource
from factrack.models import SQLModel
from factrack.pg import WRITE_LOCK_KEY, with_psycopg
from factrack.store import content_sha256, insert_article

FACTRACK = [sys.executable, "-m", "factrack.cli"]


@pytest.fixture
def pg_db():
    """A fresh, empty PostgreSQL database URL (skips without a server)."""
    with fresh_pg_database(require_pg_server()) as url:
        yield url


def test_postgresql_urls_use_psycopg_3():
    for url in ("postgresql://editor@db.example/factrack", "postgres://editor@db.example/f"):
        engine = make_engine(url)
        assert (engine.dialect.name, engine.dialect.driver) == ("postgresql", "psycopg")
    explicit = make_url("postgresql+psycopg2://e@db.example/f")
    assert with_psycopg(explicit) == explicit


def test_migrations_upgrade_downgrade_upgrade_and_match_the_models(pg_db):
    engine = make_engine(pg_db)
    migrate(engine)
    assert {t.name for t in SQLModel.metadata.sorted_tables} | {"alembic_version"} <= \
        table_names(pg_db)
    migrate(engine, "base", downgrade=True)
    assert table_names(pg_db) <= {"alembic_version"}
    migrate(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []
    engine.dispose()


def test_upgrades_from_several_machines_at_once_take_turns(pg_db):
    processes = [subprocess.Popen([*FACTRACK, "--db", pg_db, "db", "upgrade"], cwd=REPO,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(4)]
    outcomes = [(p.wait(timeout=300), p.stdout.read(), p.stderr.read()) for p in processes]
    for code, out, err in outcomes:
        assert code == 0, err
        assert f"at revision {head_revision()}" in out
    assert query(pg_db, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    for p in processes:
        p.stdout.close()
        p.stderr.close()


def _waiting_for_write_lock(url: str) -> bool:
    return bool(scalar(url, "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' "
                            "AND NOT granted AND ((classid::bigint << 32) | objid::bigint) = :k",
                       {"k": WRITE_LOCK_KEY}))


def test_writers_take_turns_so_a_new_speaker_is_created_once(pg_db):
    """Two adds meet the same new person at once: the second waits at its first write,
    then finds the speaker the first one committed, instead of creating a twin."""
    engine = open_database(pg_db)
    stories = [ArticleSource(source=f"story-{n}.txt", text="\n\n".join([
        f"Ferry strike, day {n}",
        f"Agnes Thorvaldsen, head of the ferry workers' union, said {300 + n} crew members "
        "walked out on Monday.",
    ]) + "\n") for n in (1, 2)]
    first, second = Session(engine), Session(engine)
    insert_article(first, stories[0], extract(stories[0].text), content_sha256(stories[0].text))
    outcome = {}

    def add_second():
        try:
            insert_article(second, stories[1], extract(stories[1].text),
                           content_sha256(stories[1].text))
            second.commit()
            outcome["done"] = True
        except Exception as exc:  # noqa: BLE001 - reported to the main thread
            outcome["error"] = exc

    worker = threading.Thread(target=add_second)
    worker.start()
    deadline = time.monotonic() + 30
    while not _waiting_for_write_lock(pg_db):
        assert worker.is_alive() and time.monotonic() < deadline, \
            f"the second writer did not wait for the first: {outcome}"
        time.sleep(0.05)
    first.commit()
    worker.join(timeout=60)
    first.close()
    second.close()
    engine.dispose()
    assert outcome == {"done": True}
    assert query(pg_db, "SELECT name FROM speakers WHERE name LIKE 'Agnes%'") == \
        [("Agnes Thorvaldsen",)]
    assert count_rows(pg_db, "articles") == 2


def test_readers_do_not_wait_for_a_writer(pg_db):
    engine = open_database(pg_db)
    runner = CliRunner()
    assert runner.invoke(main, ["--db", pg_db, "add", str(ARTICLES[0])]).exit_code == 0
    writer = Session(engine)
    writer.execute(text("UPDATE claims SET status = 'flagged' WHERE id = 1"))
    try:
        listed = runner.invoke(main, ["--db", pg_db, "claims", "--format", "json"])
        assert listed.exit_code == 0
        assert json.loads(listed.stdout)
    finally:
        writer.rollback()
        writer.close()
        engine.dispose()


def test_same_claims_on_postgresql_as_on_sqlite(pg_db, tmp_path):
    """The whole pipeline through the CLI gives identical JSON on both backends."""
    runner = CliRunner()
    outputs = []
    for db in (str(tmp_path / "same.db"), pg_db):
        added = runner.invoke(main, ["--db", db, "add", *map(str, ARTICLES)])
        assert added.exit_code == 0, added.output
        listed = runner.invoke(main, ["--db", db, "claims", "--format", "json"])
        assert listed.exit_code == 0, listed.output
        outputs.append(json.loads(listed.stdout))
    sqlite_rows, pg_rows = (sorted(rows, key=lambda r: r["id"]) for rows in outputs)
    assert len(pg_rows) == len(sqlite_rows) > 20
    assert pg_rows == sqlite_rows
