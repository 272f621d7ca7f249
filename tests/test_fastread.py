"""`factrack claims` on an up-to-date SQLite file reads with sqlite3 alone (fastread.py):
the same bytes on stdout and stderr as the ORM path for every filter and format, no
SQLAlchemy in the process, and the ORM path (which migrates and reports errors) for
everything else."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys

import pytest
from conftest import ARTICLES, REPO
from sqlmodel import Session

import backends
from factrack import fastread, textsearch
from factrack.db import head_revision, make_engine, migrate, open_database, resolve_db_url
from factrack.dbfile import SCHEMA_HEAD
from factrack.queries import ClaimFilter, list_claims

pytestmark = pytest.mark.skipif(backends.ON_POSTGRES, reason="the fast path reads SQLite files")

HEAVY = {"sqlalchemy", "sqlmodel", "pydantic", "alembic"}


def test_schema_head_constant_is_the_newest_migration():
    """A new migration must bump dbfile.SCHEMA_HEAD, or the fast path would read a
    database that open_database still has to migrate (or refuse)."""
    assert SCHEMA_HEAD == head_revision()


@pytest.fixture
def stored(cli, db_url) -> str:
    """The fixture articles, some reviewed, an extra flag, and speakers sharing aliases."""
    for article in ARTICLES:
        assert cli("add", article).exit_code == 0
    with sqlite3.connect(db_url) as connection:
        connection.execute("UPDATE claims SET status = 'verified' WHERE id % 7 = 0")
        connection.execute("UPDATE claims SET status = 'disputed' WHERE id % 11 = 0")
        connection.execute("INSERT INTO flags (claim_id, code, detail) "
                           "SELECT id, 'implausible', 'test' FROM claims WHERE id % 9 = 0")
        for name in ("Dana Whitfield", "Dana Whitfeld"):  # two people, one shared alias
            speaker_id = connection.execute(
                "INSERT INTO speakers (name, kind, locked) VALUES (?, 'person', 0)",
                (name,)).lastrowid
            connection.executemany(
                "INSERT INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (?, ?, ?)",
                [(speaker_id, name, name.lower()), (speaker_id, "D. Whitfield", "d. whitfield")])
            connection.execute("UPDATE claims SET speaker_id = ? WHERE id % 13 = ?",
                               (speaker_id, 1 if name.endswith("field") else 2))
    return db_url


@pytest.fixture
def fast_calls(monkeypatch) -> list:
    """Each listing the fast path produced (a spy on fastread.stream_claims)."""
    calls, real = [], fastread.stream_claims

    def spy(connection, filters, *args, **kwargs):
        calls.append(filters)
        return real(connection, filters, *args, **kwargs)

    monkeypatch.setattr(fastread, "stream_claims", spy)
    return calls


def _claim_words(db_url) -> dict:
    with sqlite3.connect(db_url) as connection:
        texts = [t for (t,) in connection.execute("SELECT text FROM claims ORDER BY id")]
        speaker = connection.execute(
            "SELECT s.name FROM speakers s JOIN claims c ON c.speaker_id = s.id "
            "WHERE s.kind = 'person' GROUP BY s.id ORDER BY count(*) DESC, s.id").fetchone()[0]
    words = [w for w in re.findall(r"[A-Za-z]{6,}", " ".join(texts))]
    phrase = " ".join(texts[len(texts) // 2].split()[2:5])
    return {"speaker": speaker, "word": words[len(words) // 3], "phrase": phrase,
            "prefix": words[len(words) // 2][:4]}


def option_sets(db_url) -> list[list[str]]:
    w = _claim_words(db_url)
    surname = w["speaker"].split()[-1]
    return [
        [],
        ["--limit", "7"],
        ["--speaker", w["speaker"]],                    # exact
        ["--speaker", surname.lower()],                 # fuzzy
        ["--speaker", w["speaker"] + "x"],              # fuzzy, a typo
        ["--speaker", "D. Whitfield"],                  # exact alias of two speakers
        ["--speaker", "Whitfield"],                     # fuzzy, ambiguous
        ["--speaker", "Nobody Atall"],                  # no match
        ["--speaker", surname, "--limit", "2"],
        ["--search", w["word"]],
        ["--search", w["word"].upper()],
        ["--search", w["phrase"]],
        ["--search", w["prefix"]],
        ["--search", "said", "--limit", "3"],
        ["--search", "%"], ["--search", "5%"], ["--search", "a_b"], ["--search", "/"],
        ["--search", '"'], ["--search", "*"], ["--search", "("], ["--search", 'a" OR "b'],
        ["--search", "said*"], ["--search", "NEAR(a b)"], ["--search", "per cent)"],
        ["--kind", "share"], ["--kind", "rank"],
        ["--status", "verified"], ["--status", "flagged", "--kind", "count"],
        ["--status", "false"],
        ["--flagged"], ["--flagged", "--limit", "4"],
        ["--recurring"], ["--recurring", "--speaker", surname],
        ["--article", "2"], ["--article", "999"],
        ["--article", "1", "--search", w["prefix"], "--kind", "count"],
    ]


def _both(cli, monkeypatch, fast_calls, args) -> tuple:
    fast = cli("claims", *args)
    assert fast_calls, f"fast path not taken for {args}"
    fast_calls.clear()
    monkeypatch.setenv(fastread.FAST_READ_ENV, "0")
    orm = cli("claims", *args)
    monkeypatch.delenv(fastread.FAST_READ_ENV)
    assert not fast_calls, "FACTRACK_FAST_READ=0 must force the ORM path"
    return fast, orm


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "ndjson"])
def test_fast_path_writes_what_the_orm_path_writes(cli, stored, monkeypatch, fast_calls, fmt):
    listed = 0
    for args in option_sets(stored):
        fast, orm = _both(cli, monkeypatch, fast_calls, [*args, "--format", fmt])
        assert (fast.exit_code, fast.stdout, fast.stderr) == \
            (orm.exit_code, orm.stdout, orm.stderr), args
        listed += fast.stdout.count("\n")
        if args[:2] == ["--speaker", "Whitfield"]:
            assert "matches 2 speakers" in fast.stderr
        if args[:2] == ["--speaker", "Nobody Atall"]:
            assert "No speaker matches" in fast.stderr
    assert listed > 300  # enough rows compared that a difference would show


def test_broad_search_scan_with_a_limit_is_the_same(cli, stored, monkeypatch, fast_calls):
    """`fts_plan`'s broad-query fallback (the ordered scan) is shared by both paths."""
    monkeypatch.setattr(textsearch, "BROAD_MATCHES", 3)
    for args in (["--search", "said", "--limit", "2"], ["--search", "said", "--limit", "3"],
                 ["--search", "said"]):
        fast, orm = _both(cli, monkeypatch, fast_calls, [*args, "--format", "json"])
        assert fast.stdout == orm.stdout and json.loads(fast.stdout)


def test_without_the_fts_table_both_paths_scan(cli, stored, monkeypatch, fast_calls):
    with sqlite3.connect(stored) as connection:
        for (trigger,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                "'claims_fts%'").fetchall():
            connection.execute(f"DROP TRIGGER {trigger}")
        connection.execute(f"DROP TABLE {textsearch.FTS_TABLE}")
    word = _claim_words(stored)["word"]
    fast, orm = _both(cli, monkeypatch, fast_calls, ["--search", word, "--format", "csv"])
    assert fast.stdout == orm.stdout and fast.stdout.count("\n") > 1


@pytest.mark.parametrize("filters", [ClaimFilter(), ClaimFilter(flagged=True, limit=30),
                                     ClaimFilter(speaker="Whitfield"),
                                     ClaimFilter(search="said", recurring=True)])
def test_streamed_in_chunks_the_rows_are_list_claims_rows(stored, filters):
    with Session(open_database(stored)) as session:
        expected = list_claims(session, filters)
        expected_speakers = [(s.id, s.name) for s in expected.matched_speakers]
    connection = fastread.open_fast_reader(stored)
    assert connection is not None
    try:
        stream = fastread.stream_claims(connection, filters, chunk=3)
        assert list(stream.rows) == expected.rows
        assert [tuple(s) for s in stream.matched_speakers] == expected_speakers
    finally:
        connection.close()
    assert any(row["flags"] for row in expected.rows)


def _imported(args: list[str], **env: str) -> set[str]:
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "factrack.cli", *args],
                            capture_output=True, text=True, cwd=REPO, check=True,
                            env={**os.environ, **env})
    return {line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines()
            if line.startswith("import time:") and "|" in line}


def test_claims_process_imports_no_database_layer(stored):
    for args in (["--speaker", "Whitfield"], ["--search", "said", "--limit", "5"],
                 ["--kind", "share", "--format", "json"], ["--flagged", "--limit", "3"]):
        modules = _imported(["claims", *args, "--db", stored])
        assert "factrack.fastread" in modules and "sqlite3" in modules
        assert not {m.split(".")[0] for m in modules} & HEAVY, args
    forced = _imported(["claims", "--speaker", "Whitfield", "--db", stored],
                       **{fastread.FAST_READ_ENV: "0"})
    assert {"sqlalchemy", "sqlmodel"} <= forced


def test_older_schema_goes_through_open_database_and_is_migrated(cli, stored, fast_calls):
    expected = cli("claims", "--format", "json").stdout
    fast_calls.clear()
    migrate(make_engine(resolve_db_url(stored)), "0003", downgrade=True)
    assert fastread.open_fast_reader(stored) is None
    assert cli("claims", "--format", "json").stdout == expected
    assert not fast_calls  # the ORM path listed it, after migrating
    with sqlite3.connect(stored) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == \
            [(SCHEMA_HEAD,)]
    assert cli("claims", "--format", "json").stdout == expected
    assert fast_calls  # up to date again: the fast path


def test_newer_schema_is_refused_by_the_orm_path(cli, stored, fast_calls):
    with sqlite3.connect(stored) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    result = cli("claims")
    assert result.exit_code == 1 and not fast_calls
    assert "newer factrack" in result.stderr and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("url", ["postgresql://factrack@127.0.0.1:1/factrack",
                                 "postgresql+psycopg://u:p@localhost/x", "sqlite://",
                                 "sqlite:///:memory:"])
def test_other_urls_are_not_sent_to_the_fast_path(url, cli, fast_calls):
    assert fastread.sqlite_file(url) is None and fastread.open_fast_reader(url) is None
    if url.startswith("postgresql://"):
        result = cli("claims", "--db", url)
        assert result.exit_code == 1 and not fast_calls
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_sqlite_url_to_an_up_to_date_file_is_read_fast(cli, stored, fast_calls):
    assert fastread.open_fast_reader(f"sqlite:///{stored}") is not None
    assert cli("claims", "--db", f"sqlite:///{stored}", "--limit", "3").exit_code == 0
    assert fast_calls


@pytest.mark.parametrize("case", ["missing folder", "garbage", "corrupt after header",
                                  "directory", "empty alembic_version"])
def test_bad_databases_get_a_one_line_error(tmp_path, cli, fast_calls, case):
    path = tmp_path / "x.db"
    if case == "missing folder":
        path = tmp_path / "no" / "such" / "x.db"
    elif case == "garbage":
        path.write_bytes(b"this is not a database at all" * 100)
    elif case == "corrupt after header":
        path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    elif case == "directory":
        path.mkdir()
    else:
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
            connection.execute("CREATE TABLE claims (id INTEGER PRIMARY KEY)")
    result = cli("claims", "--db", path)
    assert not fast_calls
    assert result.exit_code == 1, result.stdout
    assert result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1, \
        result.stderr


def test_a_read_failing_mid_listing_is_a_one_line_error(cli, stored, monkeypatch, fast_calls):
    def failing_flags(connection, claim_ids):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(fastread, "_flags_for", failing_flags)
    result = cli("claims", "--format", "ndjson")
    assert fast_calls and result.exit_code == 1
    assert result.stderr == "Error: database error: database is locked\n"


def test_rows_are_read_a_chunk_at_a_time(stored, monkeypatch):
    """Memory stays flat: the first row comes after one chunk and its flags are read."""
    looked_up: list[int] = []
    real = fastread._flags_for

    def counting(connection, claim_ids):
        looked_up.append(len(claim_ids))
        return real(connection, claim_ids)

    monkeypatch.setattr(fastread, "_flags_for", counting)
    connection = fastread.open_fast_reader(stored)
    try:
        rows = fastread.stream_claims(connection, ClaimFilter(), chunk=4).rows
        next(rows)
        assert looked_up == [4]
        assert len(list(rows)) > 50 and set(looked_up[:-1]) == {4}
    finally:
        connection.close()
