"""A shared database under real concurrent use: separate `factrack` processes at once.

Two reporters add articles while an editor records verdicts, all against the same
database (the backend FACTRACK_TEST_BACKEND picks: SQLite through WAL + busy timeout,
PostgreSQL through factrack's write lock). Nothing may be lost, and the things that must
be unique (a speaker, a recurring claim's group) must stay unique.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from backends import count_rows, query, scalar
from conftest import REPO

ARTICLES_PER_REPORTER = 7
FACTRACK = [sys.executable, "-m", "factrack.cli"]
NEWCOMERS = ("Ines Kowalczyk", "Rafael Andersson", "Priya Castellano", "Jonas Abernathy",
             "Leila Fairbanks", "Oskar Mbeki", "Hana Villanueva", "Dmitri Ashworth")


def write_article(folder: Path, reporter: str, number: int) -> Path:
    """Our own story, distinct text each time, with recurring quotes and speakers."""
    jobs = 1200 + 37 * number + (0 if reporter == "a" else 500)
    newcomer = NEWCOMERS[number % len(NEWCOMERS)]  # met by both reporters at once
    text = "\n\n".join([
        f"Harbor expansion, part {number}: council weighs the next phase ({reporter})",
        "Marta Oyelaran, director of the Lindqvist Port Authority, said the harbor handled "
        "4.2 million containers last year. \"We turned away 37 ships in March alone,\" "
        "Oyelaran said.",
        "Council member Tomas Brekke said the expansion would cost 310 million euros. "
        f"Brekke added that {jobs} jobs depend on the port.",
        f"{newcomer}, who chairs the harbor users' group, said {40 + number} firms had "
        "signed up for the new berths.",
        f"The budget office estimated that the project would raise city revenue by "
        f"{3 + number} percent by 2030, according to a report seen by the "
        f"{reporter.upper()} desk.",
    ]) + "\n"
    path = folder / f"{reporter}_{number:02d}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def factrack(*args) -> subprocess.CompletedProcess:
    return subprocess.run([*FACTRACK, *map(str, args)], cwd=REPO, capture_output=True,
                          text=True, timeout=300)


def test_two_reporters_and_an_editor_at_once_lose_nothing(db_url, tmp_path):
    assert factrack("db", "upgrade").returncode == 0
    seed = write_article(tmp_path, "seed", 0)
    first = factrack("add", seed, "--format", "json")
    assert first.returncode == 0, first.stderr
    seed_claims = [row[0] for row in query(db_url, "SELECT id FROM claims ORDER BY id")]
    assert len(seed_claims) >= 4

    batches = {r: [write_article(tmp_path, r, n) for n in range(1, ARTICLES_PER_REPORTER + 1)]
               for r in ("a", "b")}
    reporters = {r: subprocess.Popen([*FACTRACK, "add", *map(str, paths), "--format", "json"],
                                     cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True)
                 for r, paths in batches.items()}
    # The editor works while both reporters are writing.
    verdicts: dict[int, str] = {}
    for claim_id, verdict in zip(seed_claims, ("verified", "disputed", "false", "verified")):
        done = factrack("review", claim_id, "--status", verdict, "--by", "rita",
                        "--note", "checked during the rush")
        assert done.returncode == 0, done.stderr
        verdicts[claim_id] = verdict
    added = []
    for reporter, process in reporters.items():
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, f"reporter {reporter}: {err}"
        added += [json.loads(line) for line in out.splitlines() if line.strip()]

    # No article and no claim lost: every article is there with the claims it reported.
    assert len(added) == 2 * ARTICLES_PER_REPORTER
    assert all(a["duplicate_of"] is None and a["claims"] > 0 for a in added)
    assert count_rows(db_url, "articles") == 1 + 2 * ARTICLES_PER_REPORTER
    for article in added:
        stored = scalar(db_url, "SELECT COUNT(*) FROM claims WHERE article_id = :a",
                        {"a": article["article_id"]})
        assert stored == article["claims"], article["source"]

    # One speaker per person, however many processes met them first.
    duplicates = query(db_url, "SELECT name, kind, COUNT(*) FROM speakers "
                               "GROUP BY name, kind HAVING COUNT(*) > 1")
    assert duplicates == []
    for name in ("marta oyelaran", "tomas brekke", *(n.lower() for n in NEWCOMERS[1:])):
        owners = query(db_url, "SELECT DISTINCT speaker_id FROM speaker_aliases "
                               "WHERE alias_key = :k", {"k": name})
        assert len(owners) == 1, name

    # One group per recurring claim, and no group left with a single member.
    groups = query(db_url, "SELECT DISTINCT group_id FROM claims "
                           "WHERE text LIKE '%4.2 million%'")
    assert len(groups) == 1 and groups[0][0] is not None
    assert scalar(db_url, "SELECT COUNT(*) FROM claims WHERE text LIKE '%4.2 million%'") == \
        1 + 2 * ARTICLES_PER_REPORTER
    lonely = query(db_url, "SELECT g.id FROM claim_groups g LEFT JOIN claims c "
                           "ON c.group_id = g.id GROUP BY g.id HAVING COUNT(c.id) < 2")
    assert lonely == []

    # Every verdict the editor was told about is stored, with its audit event.
    for claim_id, verdict in verdicts.items():
        assert scalar(db_url, "SELECT status FROM claims WHERE id = :c",
                      {"c": claim_id}) == verdict
        assert scalar(db_url, "SELECT COUNT(*) FROM review_events WHERE claim_id = :c AND "
                              "reviewer = 'rita' AND new_status = :v",
                      {"c": claim_id, "v": verdict}) == 1


def test_same_article_from_two_processes_is_stored_once(db_url, tmp_path):
    assert factrack("db", "upgrade").returncode == 0
    story = write_article(tmp_path, "twin", 1)
    processes = [subprocess.Popen([*FACTRACK, "add", str(story), "--format", "json"], cwd=REPO,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(3)]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        results.append(json.loads(out))
    stored = [r for r in results if r["duplicate_of"] is None]
    assert len(stored) == 1
    assert {r["duplicate_of"] for r in results if r not in stored} <= {stored[0]["article_id"]}
    assert count_rows(db_url, "articles") == 1
    assert count_rows(db_url, "claims") == stored[0]["claims"]


def test_first_commands_on_a_new_database_at_once_create_it_once(db_url):
    """Several machines run their first command on a brand-new database together: one
    creates the schema, the others wait for it (PostgreSQL: advisory lock; SQLite: the
    file's write lock) and find nothing left to do."""
    processes = [subprocess.Popen([*FACTRACK, "db", "upgrade"], cwd=REPO, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for _ in range(4)]
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        assert out.startswith("at revision ")
    assert len(query(db_url, "SELECT version_num FROM alembic_version")) == 1
    assert count_rows(db_url, "articles") == 0
