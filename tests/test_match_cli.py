"""`factrack match` and the recurring-claim timeline in `factrack show`, through the CLI."""

from __future__ import annotations

import json

import pytest

from backends import query

# Our own articles; added out of date order so the timeline must sort by published date.
ARTICLES = (
    ("late.txt", "2024-06-03", "Harbour Gazette", """Ferry operator admits wider delays

Ferry chief Tomasz Brandt said 41% of crossings were delayed in May.
"""),
    ("early.txt", "2024-02-11", "Coast Daily", """Ferries struggle with winter timetable

Ferry chief Tomasz Brandt said 18% of crossings were delayed in January.

Separately, the city zoo said its new penguin enclosure cost 2.4 million euros.
"""),
    ("middle.txt", "2024-04-19", "Island Times", """Ferry delays persist

Speaking at the harbour, Tomasz Brandt said that 18% of crossings had been delayed in January.

A new bakery on Quay Street is planning to hire 18 staff.
"""),
)


@pytest.fixture
def ferry_db(cli, tmp_path, db_url):
    for name, date, outlet, text in ARTICLES:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = cli("add", path, "--date", date, "--outlet", outlet)
        assert result.exit_code == 0, result.output
    return db_url


def claim_with(db_url, *words) -> int:
    rows = query(db_url, "select id, text from claims")
    ids = [i for i, text in rows if all(w in text for w in words)]
    assert len(ids) == 1, (words, rows)
    return ids[0]


def test_match_ranks_the_recurring_claim_first(cli, ferry_db):
    result = cli("match", "Brandt: 18 per cent of ferry crossings delayed in January",
                 "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    january = {claim_with(ferry_db, "18%", "were delayed"),
               claim_with(ferry_db, "18%", "had been delayed")}
    assert {rows[0]["id"], rows[1]["id"]} == january
    assert rows[0]["score"] >= rows[-1]["score"]
    assert rows[0]["speaker"] == "Tomasz Brandt"
    assert rows[0]["status"] in ("new", "flagged")
    assert rows[0]["date"] in ("2024-02-11", "2024-04-19")
    penguins = claim_with(ferry_db, "penguin")
    assert penguins not in [r["id"] for r in rows[:2]]


def test_match_table_limit_and_stdin(cli, ferry_db):
    result = cli("match", "-", "--limit", "1",
                 input="How many ferry crossings were delayed in May? 41% says Brandt.")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["score", "id", "date"]
    assert len(lines) == 3  # header, rule, one row
    assert f" {claim_with(ferry_db, '41%')} " in lines[2]
    assert "2024-06-03" in lines[2] and "Tomasz Bran" in lines[2]


def test_match_refuses_empty_text_and_reports_no_match(cli, ferry_db):
    empty = cli("match", "   ")
    assert empty.exit_code == 2 and "TEXT is empty" in empty.stderr
    nothing = cli("match", "zyzzyva quokka")
    assert nothing.exit_code == 0 and nothing.stdout == ""
    assert "No stored claim" in nothing.stderr


def test_show_prints_the_group_timeline_oldest_first(cli, ferry_db):
    may = claim_with(ferry_db, "41%")
    result = cli("show", may)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Timeline (3 occurrences, oldest first):" in out
    dates = [line.split()[0].lstrip("*") for line in out.splitlines()
             if line.startswith(("  2024", " *2024"))]
    assert dates == ["2024-02-11", "2024-04-19", "2024-06-03"]
    assert "Coast Daily" in out and "Island Times" in out and "Harbour Gazette" in out
    assert f" *2024-06-03  #{may}  Harbour Gazette  Tomasz Brandt  [41%]  (changed)" in out
    assert "Tomasz Brandt restated the figure: 18% (2024-02-11) -> 41% (2024-06-03)" in out


def test_show_json_has_timeline_and_unlinked_claim_has_none(cli, ferry_db):
    detail = json.loads(cli("show", claim_with(ferry_db, "41%"), "--format", "json").stdout)
    assert [t["date"] for t in detail["timeline"]] == ["2024-02-11", "2024-04-19",
                                                       "2024-06-03"]
    assert [t["changed"] for t in detail["timeline"]] == [False, False, True]
    alone = cli("show", claim_with(ferry_db, "penguin"))
    assert "Timeline" not in alone.stdout
