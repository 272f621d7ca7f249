"""What a command loads at start-up, `claims` output written while rows are read, and
the speaker index that lets `claims --speaker X --limit N` stop after N rows."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ARTICLES, REPO
from sqlmodel import Session

from factrack.cli.output import render
from factrack.db import (alembic_config, head_revision, make_engine, migrate, open_database,
                         resolve_db_url)
from factrack.queries import ClaimFilter, _claims_statement, list_claims, stream_claims


def imported_modules(*args: str, env_db: str | None = None, **more_env: str) -> set[str]:
    """The modules a real `python -m factrack.cli ARGS` process imports (-X importtime)."""
    env = None
    if env_db is not None or more_env:
        import os
        env = {**os.environ, **more_env}
        if env_db is not None:
            env["FACTRACK_DB"] = env_db
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "factrack.cli", *args],
                            capture_output=True, text=True, cwd=REPO, env=env, check=True)
    return {line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines()
            if line.startswith("import time:") and "|" in line}


def test_version_imports_no_database_layer():
    modules = imported_modules("--version")
    assert "factrack" in modules
    assert not {"sqlalchemy", "sqlmodel", "alembic", "factrack.cli.claims"} & modules


def test_claims_on_an_up_to_date_database_skips_extraction_and_alembic(cli, db_url):
    """The ORM path (the fast read path's imports: tests/test_fastread.py)."""
    if "://" in db_url:
        pytest.skip("checked on the SQLite file backend")
    assert cli("add", ARTICLES[0]).exit_code == 0  # creates and migrates the database
    modules = imported_modules("claims", "--limit", "1", env_db=db_url, FACTRACK_FAST_READ="0")
    assert "factrack.cli.claims" in modules and "sqlalchemy" in modules
    loaded = {m for m in modules if m.split(".")[0] in {"alembic", "httpx"}
              or m.startswith(("factrack.extract.pipeline", "factrack.linking",
                               "factrack.cli.add", "factrack.cli.review"))}
    assert not loaded


def test_head_revision_read_from_the_scripts_is_alembics():
    from alembic.script import ScriptDirectory

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


@pytest.fixture
def stored(cli) -> None:
    for article in ARTICLES:
        assert cli("add", article).exit_code == 0


@pytest.mark.parametrize("filters", [ClaimFilter(), ClaimFilter(limit=5),
                                     ClaimFilter(flagged=True), ClaimFilter(kind="share")])
def test_streamed_claims_are_the_listed_claims(stored, db_url, filters):
    with Session(open_database(db_url)) as session:
        listed = list_claims(session, filters).rows
        streamed = list(stream_claims(session, filters, chunk=3).rows)
    assert len(listed) > 3
    assert streamed == listed
    assert any(row["flags"] for row in streamed)


def test_json_written_piecewise_is_one_json_document(cli, stored):
    out = cli("claims", "--format", "json").stdout
    rows = json.loads(out)
    assert len(rows) > 3
    assert out == json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    ndjson = [json.loads(line) for line in cli("claims", "--format", "ndjson").stdout
              .splitlines()]
    assert ndjson == rows
    assert cli("claims", "--speaker", "Nobody Atall", "--format", "json").stdout == "[]\n"


def test_claims_table_fits_80_columns(cli, stored):
    lines = cli("claims").stdout.splitlines()
    assert len(lines) > 5
    assert max(len(line) for line in lines) <= 80


@pytest.mark.parametrize("fmt", ["ndjson", "csv", "table", "json"])
def test_rows_are_written_before_the_listing_ends(capsys, fmt):
    """A listing that fails after 1,000 rows has already written most of them: render
    does not collect the rows first."""
    def rows():
        for i in range(1000):
            yield {"id": i, "text": f"claim {i}", "flags": ["a", "b"]}
        raise RuntimeError("reading stopped")

    with pytest.raises(RuntimeError):
        render(rows(), fmt, (("id", 5), ("text", 0)))
    assert capsys.readouterr().out.count("claim ") >= 800


def sqlite_names(engine, kind: str) -> set[str]:
    with engine.connect() as connection:
        return {name for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = ? AND tbl_name = 'claims'", (kind,))}


def test_speaker_index_migration_keeps_the_search_triggers(cli, db_url):
    if "://" in db_url:
        pytest.skip("the FTS5 triggers and query plans are SQLite's")
    engine = make_engine(resolve_db_url(db_url))
    migrate(engine, "0003")
    triggers = sqlite_names(engine, "trigger")
    assert {"claims_fts_insert", "claims_fts_delete", "claims_fts_update"} <= triggers
    assert "ix_claims_speaker_id" in sqlite_names(engine, "index")
    migrate(engine)
    assert sqlite_names(engine, "trigger") == triggers
    indexes = sqlite_names(engine, "index")
    assert "ix_claims_speaker_order" in indexes and "ix_claims_speaker_id" not in indexes
    assert cli("add", ARTICLES[0]).exit_code == 0
    word = json.loads(cli("claims", "--limit", "1", "--format", "json").stdout)[0]["text"]
    word = max(word.split(), key=len).strip(".,;:\"'()")
    assert json.loads(cli("claims", "--search", word, "--format", "json").stdout)
    migrate(engine, "0003", downgrade=True)
    assert sqlite_names(engine, "trigger") == triggers
    assert "ix_claims_speaker_id" in sqlite_names(engine, "index")


def test_speaker_listing_reads_the_speaker_index(stored, db_url):
    if "://" in db_url:
        pytest.skip("query plans are SQLite's")
    engine = open_database(db_url)
    with Session(engine) as session:
        speaker = next(row["speaker"] for row in list_claims(session, ClaimFilter()).rows
                       if row["speaker"])
        statement, matched = _claims_statement(session, ClaimFilter(speaker=speaker, limit=5))
        assert len(matched) == 1
        sql = str(statement.compile(engine, compile_kwargs={"literal_binds": True}))
    with engine.connect() as connection:
        plan = " ".join(row[-1] for row in connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {sql}"))
    assert "INDEX ix_claims_speaker_order (speaker_id=?)" in plan, plan
