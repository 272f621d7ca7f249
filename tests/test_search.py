"""Claim text search: the FTS5 index finds words and phrases, stays in step with the
claims table, and takes any user input (FTS5 operators and quotes are plain text)."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from sqlmodel import Session

import backends
from conftest import ARTICLES
from factrack.db import migrate, open_database
from factrack.queries import ClaimFilter, list_claims
from factrack.search import FTS_TABLE, fts5_phrase

sqlite_only = pytest.mark.skipif(backends.ON_POSTGRES, reason="SQLite FTS5 index")

AWKWARD_QUERIES = ['"', '""', "'", "%", "_", "*", "^", ":", "(", ")", "-", "+", "\\",
                   "AND", "OR", "NOT", "NEAR", "NEAR(a b)", 'a" OR "b', "text:said",
                   "said*", "^said", "per cent)", "(2024", "{col}", "[x]", "5%", "-5",
                   "a_b", "a%b", "   ", "\u2014", "caf\u00e9", "NULL", "'; drop table claims; --"]


def all_claims(db_url) -> list[dict]:
    with Session(open_database(db_url)) as session:
        return list_claims(session, ClaimFilter()).rows


def search(db_url, query: str) -> set[int]:
    with Session(open_database(db_url)) as session:
        return {row["id"] for row in list_claims(session, ClaimFilter(search=query)).rows}


def expected(claims: list[dict], query: str) -> set[int]:
    """The documented meaning: the text contains the query (ASCII case folded), starting
    at the start of a word when the query starts with a letter or digit."""
    found = set()
    for claim in claims:
        text, q = claim["text"].lower(), query.lower()
        for at in (m.start() for m in re.finditer(re.escape(q), text)):
            if at == 0 or not q[:1].isalnum() or not text[at - 1].isalnum():
                found.add(claim["id"])
                break
    return found


@pytest.fixture
def stored(cli, db_url) -> list[dict]:
    assert cli("add", *ARTICLES).exit_code == 0
    return all_claims(db_url)


def test_words_and_phrases_are_found(stored, db_url):
    words = [w for w in re.findall(r"[A-Za-z]{4,}", " ".join(c["text"] for c in stored))]
    phrase = " ".join(stored[len(stored) // 2]["text"].split()[2:5])
    for query in [words[0], words[len(words) // 2], words[-1].upper(), phrase, "said."]:
        hits = search(db_url, query)
        assert hits == expected(stored, query), query
    assert search(db_url, phrase)  # a phrase taken from a claim finds that claim
    assert search(db_url, "zzqxv never written") == set()


def test_a_word_prefix_matches_but_a_word_middle_does_not(stored, db_url):
    word = next(w for w in re.findall(r"\b[a-z]{7,}\b", " ".join(c["text"] for c in stored)))
    assert search(db_url, word[:4]) >= search(db_url, word) != set()
    assert search(db_url, word[2:]) == expected(stored, word[2:])


def test_awkward_queries_never_crash_and_mean_contains(stored, db_url):
    for query in AWKWARD_QUERIES:
        assert search(db_url, query) == expected(stored, query), query


def test_cli_search_uses_the_same_meaning(stored, cli):
    word = stored[0]["text"].split()[1]
    result = cli("claims", "--search", word, "--format", "json")
    assert result.exit_code == 0, result.output
    assert {r["id"] for r in json.loads(result.stdout)} == expected(stored, word)
    assert cli("claims", "--search", 'NEAR("x" *', "--format", "json").exit_code == 0


@sqlite_only
def test_index_follows_adds_and_deletes(cli, db_url):
    assert cli("add", ARTICLES[0]).exit_code == 0
    only_later = {w.lower() for c in _claims_of(cli, ARTICLES[1]) for w in c.split()}
    first = {w.lower() for c in all_claims(db_url) for w in c["text"].split()}
    word = sorted(w for w in only_later - first if re.fullmatch(r"[a-z]{5,}", w))[0]
    assert search(db_url, word) == set()
    assert cli("add", ARTICLES[1]).exit_code == 0
    after_add = search(db_url, word)
    assert after_add and after_add == expected(all_claims(db_url), word)
    with sqlite3.connect(db_url) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("delete from articles where id = (select max(id) from articles)")
        connection.execute("update claims set text = text || ' zebrafinch' "
                           "where id = (select min(id) from claims)")
    assert search(db_url, word) == set()
    assert len(search(db_url, "zebrafinch")) == 1
    _assert_index_intact(db_url)


@sqlite_only
def test_upgrade_indexes_claims_stored_before_the_index(cli, db_url):
    assert cli("add", *ARTICLES).exit_code == 0
    claims = all_claims(db_url)
    word = claims[0]["text"].split()[0]
    engine = open_database(db_url)
    migrate(engine, "0002", downgrade=True)
    with sqlite3.connect(db_url) as connection:
        names = {r[0] for r in connection.execute("select name from sqlite_master")}
    assert not any(name.startswith(FTS_TABLE) for name in names)
    assert search(db_url, word) == expected(claims, word)  # open_database upgrades again
    with sqlite3.connect(db_url) as connection:
        indexed = connection.execute(f"select count(*) from {FTS_TABLE}").fetchone()[0]
    assert indexed == len(claims)
    _assert_index_intact(db_url)


def test_fts5_phrase_quotes_everything():
    assert fts5_phrase("rose 5%") == '"rose 5%"*'
    assert fts5_phrase('say "no" AND') == '"say ""no"" AND"*'
    assert fts5_phrase("%%") is None and fts5_phrase("  ") is None


def _claims_of(cli, path) -> list[str]:
    from factrack.extract import extract
    return [c.text for c in extract(path.read_text(encoding="utf-8")).claims]


def _assert_index_intact(db_url) -> None:
    with sqlite3.connect(db_url) as connection:  # raises "database disk image is malformed"
        connection.execute(f"insert into {FTS_TABLE}({FTS_TABLE}, rank) "
                           "values ('integrity-check', 1)")


def test_broad_query_with_a_limit_lists_the_same_first_claims(stored, db_url, monkeypatch):
    from factrack import textsearch
    word = "said"
    everything = _listed(db_url, ClaimFilter(search=word))
    assert len(everything) > 3 and {r["id"] for r in everything} == expected(stored, word)
    monkeypatch.setattr(textsearch, "BROAD_MATCHES", 3)  # "said" counts as broad now
    assert _listed(db_url, ClaimFilter(search=word, limit=2)) == everything[:2]
    assert _listed(db_url, ClaimFilter(search=word)) == everything


def _listed(db_url, filters: ClaimFilter) -> list[dict]:
    with Session(open_database(db_url)) as session:
        return list_claims(session, filters).rows
