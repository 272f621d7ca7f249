"""End to end through the real CLI and real SQLite files: add, claims, show, articles."""

from __future__ import annotations

import json

from backends import count_rows, query
from conftest import ARTICLES, FIXTURES, claims_json

CONTRACT_KEYS = {"id", "article_id", "article_title", "speaker", "attribution", "text", "kind",
                 "value", "value_max", "unit", "bound", "measure", "start", "end", "status",
                 "flags", "group_id"}


def test_fixture_articles_exist():
    assert len(ARTICLES) >= 3


def test_add_stores_articles_with_claims_and_offsets(cli, db_url):
    result = cli("add", *ARTICLES)
    assert result.exit_code == 0, result.output
    assert result.stdout.count("claims,") == len(ARTICLES)
    rows = claims_json(cli)
    assert rows and CONTRACT_KEYS <= set(rows[0])
    texts = dict(query(db_url, "select id, text from articles"))
    for row in rows:
        assert texts[row["article_id"]][row["start"]:row["end"]] == row["text"]
        assert row["attribution"] in {"direct", "indirect", "none"}
        assert isinstance(row["flags"], list)


def test_adding_same_content_twice_is_a_noop(cli, db_url):
    first = cli("add", ARTICLES[0])
    second = cli("add", ARTICLES[0])
    assert second.exit_code == 0
    assert "already stored as article 1" in second.stdout
    assert count_rows(db_url, "articles") == 1
    assert first.exit_code == 0


def test_add_from_stdin_with_metadata(cli):
    text = ARTICLES[1].read_text(encoding="utf-8")
    result = cli("add", "-", "--title", "Results day", "--outlet", "Ledger",
                 "--date", "2025-04-08", "--url", "https://example.org/r", "--format", "json",
                 input=text)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["title"] == "Results day" and summary["claims"] > 0
    listed = json.loads(cli("articles", "--format", "json").stdout)
    assert listed[0]["outlet"] == "Ledger" and listed[0]["published"] == "2025-04-08"


def test_title_defaults_to_first_nonempty_line(cli):
    cli("add", ARTICLES[2])
    listed = json.loads(cli("articles", "--format", "json").stdout)
    first_line = ARTICLES[2].read_text(encoding="utf-8").strip().splitlines()[0]
    assert listed[0]["title"] == first_line


def test_one_bad_file_does_not_stop_the_others(cli, db_url, tmp_path):
    missing = tmp_path / "missing.txt"
    result = cli("add", ARTICLES[0], ARTICLES[1], missing, ARTICLES[2])
    assert result.exit_code == 1
    assert f"{missing}: no such file" in result.stderr
    assert "Traceback" not in result.output
    assert count_rows(db_url, "articles") == 3


def test_claims_filters_and_formats(cli):
    cli("add", *ARTICLES)
    everything = claims_json(cli)
    shares = claims_json(cli, "--kind", "share")
    assert shares and all(r["kind"] == "share" for r in shares)
    assert len(shares) < len(everything)
    first_article = claims_json(cli, "--article", everything[-1]["article_id"])
    assert {r["article_id"] for r in first_article} == {everything[-1]["article_id"]}
    assert len(claims_json(cli, "--limit", 2)) == 2
    word = everything[0]["text"].split()[-1]
    assert all(word.lower() in r["text"].lower() for r in claims_json(cli, "--search", word))
    csv_out = cli("claims", "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("id,article_id,article_title,speaker")
    assert len(csv_out) == len(everything) + 1


def test_claims_table_fits_80_columns(cli):
    cli("add", *ARTICLES)
    table = cli("claims").stdout.splitlines()
    assert len(table) > 3
    assert max(len(line) for line in table) <= 80


def test_show_prints_context_and_article(cli):
    cli("add", ARTICLES[0])
    row = claims_json(cli)[0]
    shown = cli("show", row["id"])
    assert shown.exit_code == 0
    assert row["text"] in shown.stdout and row["article_title"] in shown.stdout
    detail = json.loads(cli("show", row["id"], "--format", "json").stdout)
    assert row["text"] in detail["context"]
    missing = cli("show", 99999)
    assert missing.exit_code == 1 and "no claim with id 99999" in missing.stderr


def test_speakers_lists_claim_counts(cli):
    cli("add", *ARTICLES)
    speakers = json.loads(cli("speakers", "--format", "json").stdout)
    for speaker in speakers:
        assert {"id", "name", "kind", "claims", "aliases"} <= set(speaker)


def test_db_path_uses_env_and_option(cli, db_url, tmp_path):
    from factrack.db import describe_db, resolve_db_url
    assert cli("db", "path").stdout.strip() == describe_db(resolve_db_url(db_url))
    other = tmp_path / "other.db"
    assert cli("--db", other, "db", "path").stdout.strip() == str(other)
    assert cli("db", "path", "--db", other).stdout.strip() == str(other)


def test_bundled_fixtures_folder_is_documented():
    assert (FIXTURES / "articles").is_dir()


def test_flagged_means_a_flag_that_needs_a_look(cli):
    cli("add", *ARTICLES)
    informational = {"new-statistic", "previously-verified"}
    flagged = claims_json(cli, "--flagged")
    assert flagged and all(set(r["flags"]) - informational for r in flagged)
    only_info = [r for r in claims_json(cli) if r["flags"] and not set(r["flags"]) - informational]
    assert only_info and not {r["id"] for r in only_info} & {r["id"] for r in flagged}
