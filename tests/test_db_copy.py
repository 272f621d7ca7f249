"""`factrack db copy SRC DST`: a populated record moves whole, ids kept, into SQLite or
PostgreSQL; a non-empty destination is refused untouched."""

from __future__ import annotations

import pytest

from backends import count_rows, fresh_pg_database, query, require_pg_server
from conftest import ARTICLES
from factrack.copy import copied_tables

CLAIM_SAMPLE = ("SELECT c.id, c.text, c.value, c.unit, c.status, c.group_id, s.name "
                "FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id ORDER BY c.id")


@pytest.fixture
def record(cli, tmp_path):
    """A SQLite record with articles, speakers, groups, flags and a verdict."""
    path = tmp_path / "newsroom.db"
    assert cli("--db", path, "add", *ARTICLES).exit_code == 0
    grouped = query(path, "SELECT id FROM claims WHERE group_id IS NOT NULL ORDER BY id")
    assert grouped, "the fixture articles should share at least one recurring claim"
    verdict = cli("--db", path, "review", grouped[0][0], "--status", "disputed", "--by", "ana",
                  "--note", "source says otherwise")
    assert verdict.exit_code == 0, verdict.output
    return path


def counts(db) -> dict[str, int]:
    return {t.name: count_rows(db, t.name) for t in copied_tables()}


def check_copied(cli, source, destination):
    before = counts(source)
    assert before["articles"] == len(ARTICLES) and before["review_events"] >= 1
    assert counts(destination) == before
    assert query(destination, CLAIM_SAMPLE) == query(source, CLAIM_SAMPLE)
    assert query(destination, "SELECT reviewer, new_status, note FROM review_events "
                              "ORDER BY id") == query(source, "SELECT reviewer, new_status, "
                                                              "note FROM review_events ORDER BY id")
    # The copy is a working database: new rows get fresh ids after the copied ones.
    last_claim = max(row[0] for row in query(source, "SELECT id FROM claims"))
    story = "\n\n".join(["Ferry timetable cut", "Port director Selma Aaltonen said 14 "
                         "crossings a day would be cancelled from June."]) + "\n"
    added = cli("--db", destination, "add", "-", "--format", "json", input=story)
    assert added.exit_code == 0, added.output
    assert count_rows(destination, "articles") == len(ARTICLES) + 1
    new_ids = [row[0] for row in query(destination, "SELECT id FROM claims WHERE id > :i",
                                       {"i": last_claim})]
    assert new_ids and count_rows(destination, "claims") == before["claims"] + len(new_ids)


def test_copy_sqlite_to_sqlite(cli, record, tmp_path):
    destination = tmp_path / "copy.db"
    result = cli("db", "copy", record, destination, "--chunk", "7")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    reported = {line.split()[0]: int(line.split()[1]) for line in lines[:-1]}
    assert reported == counts(record)
    assert lines[-1].startswith(f"copied {sum(reported.values())} rows from {record} to ")
    check_copied(cli, record, destination)


def test_copy_sqlite_to_postgresql(cli, record):
    with fresh_pg_database(require_pg_server()) as destination:
        result = cli("db", "copy", record, destination)
        assert result.exit_code == 0, result.output
        check_copied(cli, record, destination)


def test_non_empty_destination_is_refused_untouched(cli, record, tmp_path):
    destination = tmp_path / "busy.db"
    assert cli("--db", destination, "add", ARTICLES[0]).exit_code == 0
    before = counts(destination)
    result = cli("db", "copy", record, destination)
    assert result.exit_code == 1
    assert "destination is not empty" in result.stderr and "articles (1)" in result.stderr
    assert counts(destination) == before


def test_copy_onto_itself_is_refused(cli, record):
    result = cli("db", "copy", record, record)
    assert result.exit_code == 1
    assert "same database" in result.stderr
