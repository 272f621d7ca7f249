"""Speaker identity across articles, with real SQLite: join, keep apart, merge, rename."""

from __future__ import annotations

import json

import pytest
from sqlmodel import Session

from factrack.db import open_database
from factrack.extract.types import Speaker as Seen
from factrack.models import Speaker
from factrack.speakers import find_speakers, merge_speakers, rename_speaker, resolve_speaker


@pytest.fixture
def session(db_url):
    with Session(open_database(db_url)) as session:
        yield session


def test_same_person_in_two_articles_is_one_record(session):
    first = resolve_speaker(session, Seen("Marta Kolar", role="Finance Minister",
                                          aliases=("Ms. Kolar", "Kolar")))
    second = resolve_speaker(session, Seen("Marta Kolar", aliases=("Kolar",)))
    assert first.id == second.id
    assert first.role == "Finance Minister"


def test_fuller_name_becomes_canonical(session):
    short = resolve_speaker(session, Seen("Jonas Berg"))
    full = resolve_speaker(session, Seen("Jonas Peter Berg", aliases=("Jonas Berg",)))
    assert short.id == full.id and full.name == "Jonas Peter Berg"


def test_two_people_sharing_a_surname_stay_apart(session):
    yi = resolve_speaker(session, Seen("Wang Yi", role="Foreign Minister", aliases=("Mr. Wang",)))
    wenbin = resolve_speaker(session, Seen("Wang Wenbin", role="ministry spokesman",
                                           aliases=("Mr. Wang",)))
    assert yi.id != wenbin.id
    # Only "Mr. Wang" now matches two records: not enough evidence to join either.
    bare = resolve_speaker(session, Seen("Mr. Wang"))
    assert bare.id not in {yi.id, wenbin.id}


def test_surname_only_joins_a_unique_compatible_record(session):
    full = resolve_speaker(session, Seen("Amina Rahal", role="Health Minister",
                                         aliases=("Dr. Rahal",)))
    again = resolve_speaker(session, Seen("Dr. Rahal", role="Health Minister"))
    assert again.id == full.id
    other_role = resolve_speaker(session, Seen("Dr. Rahal", role="hospital director"))
    assert other_role.id != full.id


def test_fuzzy_lookup_finds_surname_and_honorific(session):
    resolve_speaker(session, Seen("Antonia Blake", aliases=("Ms. Blake",)))
    resolve_speaker(session, Seen("Harbour Authority", kind="organization"))
    for query in ("Blake", "ms. blake", "antonia blake", "BLAKE"):
        assert [s.name for s in find_speakers(session, query)] == ["Antonia Blake"]
    assert find_speakers(session, "Zebedee") == []


def test_merge_and_rename_survive_later_adds(session):
    keep = resolve_speaker(session, Seen("Elena Vasquez", aliases=("Ms. Vasquez",)))
    typo = resolve_speaker(session, Seen("Elena Vasques"))
    merge_speakers(session, keep, typo)
    assert session.get(Speaker, typo.id) is None
    rename_speaker(session, keep, "Elena M. Vasquez")
    later = resolve_speaker(session, Seen("Elena Vasques Gomez-Longname",
                                          aliases=("Elena Vasques",)))
    assert later.id == keep.id
    assert later.name == "Elena M. Vasquez"  # locked: a longer name does not replace it


def test_cli_speakers_merge_and_rename(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Port budget approved\n\n"
        "\u201cWe will spend $40 million on the docks,\u201d said Port Director Ilse Marr.\n\n"
        "The harbour handled 2.5 million containers last year, Ms. Marr said.\n",
        encoding="utf-8")
    assert cli("add", article).exit_code == 0
    listed = json.loads(cli("speakers", "--format", "json").stdout)
    if not listed:
        pytest.fail("no speakers extracted from a clearly attributed quote")
    target = listed[0]["id"]
    renamed = cli("speakers", "rename", target, "Ilse K. Marr")
    assert renamed.exit_code == 0 and "Ilse K. Marr" in renamed.stdout
    assert cli("speakers", "merge", target, "nobody-here").exit_code == 1
    names = [s["name"] for s in json.loads(cli("speakers", "--format", "json").stdout)]
    assert "Ilse K. Marr" in names
