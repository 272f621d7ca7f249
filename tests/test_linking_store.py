"""Recurring claims in a real database (SQLite or PostgreSQL): linking at `add`, figure mismatches, relink.

Articles are written here (our own text). Assertions are about linking, so claims are
located by the figure in their text, never by extraction details.
"""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

import pytest
from sqlmodel import Session

from backends import execute, query, records, scalar

from conftest import write_article as write
from factrack.db import open_database
from factrack.ingest import add_article, prepare_article
from factrack.extract.types import ClaimCandidate, Extraction
from factrack.inputs import ArticleSource, read_article_file
from factrack.linking import (ClaimLinker, LinkOptions, article_story, block_hits,
                              claims_after, derived_fields, relink)
from factrack.matching.blocking import blocking_keys
from factrack.matching.linking import link_incrementally
from factrack.matching.records import ClaimRecord
from factrack.matching.settings import DEFAULT_SETTINGS

# Three outlets report one figure; the third has it changed. Each article also has an
# unrelated claim with the very same number, which must not join the group.
EARLY = """Bus driver shortage hits rural routes

Transport Secretary Maria Lindqvist said 4,500 bus drivers had quit the industry since January.

The county museum said 4,500 visitors came to its reopening weekend.
"""
MIDDLE = """Rural services cut as drivers leave

Speaking at a depot in Harwick, Maria Lindqvist told reporters that 4,500 bus drivers have quit the industry since January.

Organisers of the Harwick folk festival sold 4,500 tickets within an hour.
"""
LATE = """Driver exodus bigger than thought

Transport Secretary Maria Lindqvist said 9,000 bus drivers had quit the industry since January.
"""


def claims_table(db_url) -> list[dict]:
    return records(db_url, "select id, article_id, text, group_id, status, "
                           "substr(text, figure_start - start + 1, "
                           "figure_end - figure_start) as figure "
                           "from claims order by id")


def find(db_url, article_id: int, figure: str, *words: str) -> dict:
    """The claim of this article whose figure reads `figure` and whose text has `words`."""
    hits = [c for c in claims_table(db_url) if c["article_id"] == article_id
            and figure in c["figure"] and all(w in c["text"] for w in words)]
    assert len(hits) == 1, (article_id, figure, words, [dict(c) for c in claims_table(db_url)])
    return hits[0]


def flags(db_url, claim_id: int) -> dict[str, str]:
    return dict(query(db_url, "select code, detail from flags where claim_id = :id",
                      {"id": claim_id}))


def groups(db_url) -> set[frozenset[int]]:
    """The grouping as a partition of claim ids (group ids themselves may change)."""
    members: dict[int, set[int]] = {}
    for c in claims_table(db_url):
        if c["group_id"] is not None:
            members.setdefault(c["group_id"], set()).add(c["id"])
    return {frozenset(m) for m in members.values()}


@pytest.fixture
def three_articles(cli, tmp_path, db_url):
    for name, text, date in (("early.txt", EARLY, "2024-01-15"),
                             ("middle.txt", MIDDLE, "2024-02-20"),
                             ("late.txt", LATE, "2024-05-02")):
        result = cli("add", write(tmp_path, name, text), "--date", date, "--outlet", name)
        assert result.exit_code == 0, result.output
    return db_url


def test_same_claim_reworded_links_and_same_number_elsewhere_does_not(cli, tmp_path, db_url):
    assert cli("add", write(tmp_path, "early.txt", EARLY)).exit_code == 0
    result = cli("add", write(tmp_path, "middle.txt", MIDDLE))
    assert result.exit_code == 0
    assert "1 linked" in result.stdout
    first, second = find(db_url, 1, "4,500", "drivers"), find(db_url, 2, "4,500", "drivers")
    assert first["group_id"] is not None and first["group_id"] == second["group_id"]
    for article_id, word in ((1, "visitors"), (2, "tickets")):
        assert find(db_url, article_id, "4,500", word)["group_id"] is None
    [(representative,)] = query(db_url, "select representative from claim_groups "
                                        "where id = :id", {"id": first["group_id"]})
    assert representative == first["text"]
    assert flags(db_url, first["id"]).get("figure-mismatch") is None


def test_changed_figure_flags_both_claims_once(three_articles):
    db_url = three_articles
    early, middle = find(db_url, 1, "4,500", "drivers"), find(db_url, 2, "4,500", "drivers")
    late = find(db_url, 3, "9,000", "drivers")
    assert early["group_id"] == middle["group_id"] == late["group_id"] is not None
    late_flag = flags(db_url, late["id"])["figure-mismatch"]
    # One flag per claim even though the late claim disagrees with two earlier ones.
    assert late_flag == f"claim {early['id']} says 4,500; this says 9,000"
    assert flags(db_url, early["id"])["figure-mismatch"] == (
        f"claim {late['id']} says 9,000; this says 4,500")
    assert flags(db_url, middle["id"])["figure-mismatch"] == (
        f"claim {late['id']} says 9,000; this says 4,500")
    assert late["status"] == "flagged" and early["status"] == "flagged"
    assert "figure-mismatch" not in flags(db_url, find(db_url, 1, "4,500", "visitors")["id"])


def test_relink_reproduces_groups_and_flags(cli, three_articles):
    db_url = three_articles
    before = groups(db_url)
    flags_before = {c["id"]: flags(db_url, c["id"]) for c in claims_table(db_url)}
    assert len(before) == 1
    result = cli("relink")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""  # the progress bar is silent when stderr is not a terminal
    assert "2 linked into 1 groups" in result.stdout
    assert groups(db_url) == before
    assert {c["id"]: flags(db_url, c["id"]) for c in claims_table(db_url)} == flags_before


def test_relink_thresholds_unlink_and_restore(cli, three_articles):
    """Above any score nothing links: groups, mismatch flags and the 'flagged' status they
    gave go; relinking with the defaults restores them all."""
    db_url = three_articles
    before = groups(db_url)
    late = find(db_url, 3, "9,000", "drivers")
    assert late["status"] == "flagged"
    result = cli("relink", "--threshold", "1.01")
    assert result.exit_code == 0, result.output
    assert "0 linked into 0 groups, 0 figure-mismatch flags" in result.stdout
    assert groups(db_url) == set()
    assert scalar(db_url, "select count(*) from claim_groups") == 0
    assert scalar(db_url, "select count(*) from flags where code = 'figure-mismatch'") == 0
    assert find(db_url, 3, "9,000", "drivers")["status"] == "new"
    assert cli("relink").exit_code == 0
    assert groups(db_url) == before
    assert find(db_url, 3, "9,000", "drivers")["status"] == "flagged"


@pytest.mark.parametrize("args,changes", [
    (("--threshold", "0.3"), {"link_threshold": 0.3}),
    (("--threshold", "0.9"), {"link_threshold": 0.9}),
    (("--threshold", "0.3", "--merge-groups"), {"link_threshold": 0.3, "merge_groups": True}),
    (("--link-within-article", "--group-threshold", "0.2"),
     {"link_within_article": True, "group_threshold": 0.2}),
])
def test_relink_options_give_the_reference_groups(cli, three_articles, args, changes):
    assert cli("relink", *args).exit_code == 0
    engine = open_database(three_articles)
    with Session(engine) as session:
        stored = claims_after(session.connection(), 0, 10_000)
    settings = replace(DEFAULT_SETTINGS, **changes)
    reference, mismatches = link_incrementally([c.record for c in stored], settings)
    assert groups(three_articles) == {frozenset(r.id for r in g)
                                      for g in reference if len(g) > 1}
    flagged = {c["id"] for c in claims_table(three_articles)
               if "figure-mismatch" in flags(three_articles, c["id"])}
    assert flagged == {r.id for m in mismatches for r in (m.a, m.b)}


def test_database_linker_matches_in_memory_reference(three_articles):
    """The storage linker must give the groups of matching.linking.link_incrementally."""
    engine = open_database(three_articles)
    with Session(engine) as session:
        stored = claims_after(session.connection(), 0, 10_000)
    reference, _ = link_incrementally([c.record for c in stored])
    expected = {frozenset(r.id for r in g) for g in reference if len(g) > 1}
    assert expected and groups(three_articles) == expected


def test_blocks_index_every_claim_with_its_keys(three_articles):
    engine = open_database(three_articles)
    with Session(engine) as session:
        stored = claims_after(session.connection(), 0, 10_000)
    rows = set(query(three_articles, "select block_key, claim_id from claim_blocks"))
    assert rows == {(key, c.id) for c in stored for key in blocking_keys(c.record)}


def candidate(text: str, figure: str, value: float, measure: str) -> ClaimCandidate:
    start = text.index(figure)
    return ClaimCandidate(text=text, start=0, end=len(text), figure_start=start,
                          figure_end=start + len(figure), paragraph_index=0, kind="count",
                          value=value, value_max=None, unit=None, bound="exact",
                          measure=measure, key=f"count|{value}|||{measure}",
                          checkworthiness=0.5)


def test_common_key_is_capped_to_most_recent(db_url):
    """A key shared by many claims reads only the newest `per_key_cap` of them."""
    engine = open_database(db_url)
    for i in range(12):
        sentence = f"Dock {i} handled {100 + i} containers at the port."
        add_article(engine, ArticleSource(sentence, f"dock{i}"),
                    Extraction(None, (candidate(sentence, str(100 + i), 100 + i,
                                                "containers"),)))
    with Session(engine) as session:
        ids = block_hits(session.connection(), ["m:container"], cap=5)["m:container"]
        all_ids = block_hits(session.connection(), ["m:container"], cap=1000)["m:container"]
    assert len(all_ids) == 12
    assert ids == sorted(all_ids, reverse=True)[:5]


def test_tight_caps_still_link_the_recent_repeat(db_url):
    """30 claims in the same value bucket push the first ferry claim out of that block's
    cap, but its wording keys still find it: the repeat links, and only to it."""
    engine = open_database(db_url)
    filler = [f"Warehouse {i} stored {100 + 7 * i} pallets of grain." for i in range(30)]
    texts = ["The minister said 312 ferries were cancelled by the storm.", *filler,
             "According to the minister, 312 ferries were cancelled by the storm."]
    for i, sentence in enumerate(texts):
        figure = sentence.split(" ")[3] if sentence.startswith("Warehouse") else "312"
        measure = "pallets of grain" if sentence.startswith("Warehouse") else "ferries"
        add_article(engine, ArticleSource(sentence, f"a{i}"),
                    Extraction(None, (candidate(sentence, figure, float(figure), measure),)))
    with Session(engine) as session:
        stats = relink(session, LinkOptions(per_key_cap=3, max_candidates=2), chunk=7)
    assert stats.linked >= 1
    first, last = claims_table(db_url)[0], claims_table(db_url)[-1]
    assert first["group_id"] == last["group_id"] is not None
    assert frozenset({first["id"], last["id"]}) in groups(db_url)


def assert_stored_records_are_fresh(db_url) -> int:
    """Every stored claim's record (from `claim_wordings`) equals what matching computes
    from the claim's row and its article's story; returns how many were checked."""
    engine = open_database(db_url)
    articles = {i: (title, text) for i, title, text in
                query(db_url, "select id, title, text from articles")}
    with Session(engine) as session:
        stored = claims_after(session.connection(), 0, 10_000)
    assert stored and all(c.indexed for c in stored)
    for claim in stored:
        r = claim.record
        fresh = ClaimRecord(id=r.id, text=r.text, kind=r.kind, value=r.value,
                            value_max=r.value_max, unit=r.unit, bound=r.bound,
                            measure=r.measure, speaker=r.speaker, article_id=r.article_id,
                            figure_start=r.figure_start, figure_end=r.figure_end,
                            story=article_story(*articles[r.article_id]))
        assert r == fresh
        assert all(getattr(r, f.name) == getattr(fresh, f.name) for f in fields(ClaimRecord))
    return len(stored)


def test_stored_wordings_equal_a_fresh_normalization(three_articles):
    """Candidates are rebuilt from `claim_wordings`; those must be what matching computes
    (with the article's story)."""
    assert assert_stored_records_are_fresh(three_articles) > 3


def test_records_prepared_in_workers_equal_those_built_from_stored_rows(db_url, tmp_path):
    """`factrack add` builds new claims' records in the extraction workers, before the
    claims (and their canonical speakers) are stored: with a --title override they must
    equal records built from the rows, and link exactly as an add that builds them from
    the stored rows does."""
    sources = [read_article_file(p) for p in GOLD_ARTICLES[:10]]
    sources[1] = replace(sources[1], title="A title given on the command line")
    prepared_db, plain_db = db_url, f"sqlite:///{tmp_path / 'plain.db'}"
    prepared_engine, plain_engine = open_database(prepared_db), open_database(plain_db)
    for source in sources:
        add_article(prepared_engine, source, prepare_article(source), ClaimLinker())
        add_article(plain_engine, source, None, ClaimLinker())
    assert assert_stored_records_are_fresh(prepared_db) > 20
    assert _partition(prepared_db) == _partition(plain_db)
    assert len(_partition(prepared_db)) > 3
    mismatches = "select claim_id from flags where code = 'figure-mismatch' order by claim_id"
    assert query(prepared_db, mismatches) == query(plain_db, mismatches)


def test_stale_derived_fields_are_recomputed_and_repaired(three_articles):
    """A row written before the record gained a derived field is not trusted; the linker
    recomputes it (with the article's story) and writes it back once."""
    claim_id, derived = query(three_articles, "select claim_id, derived from claim_wordings "
                                              "order by claim_id")[0]
    assert execute(three_articles, "update claim_wordings set derived = :derived "
                                   "where claim_id = :id",
                   {"derived": '{"wording": "stale"}', "id": claim_id}) == 1
    engine = open_database(three_articles)
    with Session(engine) as session:
        linker = ClaimLinker(session.connection())
        (first,) = linker.records([claim_id])
        session.commit()
    assert first.record.wording != "stale" and not first.stale
    assert derived_fields(first.record) == derived
    assert query(three_articles, "select derived from claim_wordings where claim_id = :id",
                 {"id": claim_id}) == [(derived,)]


GOLD_ARTICLES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "linking")
                       .glob("set*_*.txt"))


@pytest.fixture
def gold_db(db_url):
    """The in-house linking gold articles, stored through `add` in name order."""
    assert GOLD_ARTICLES, "fixtures/linking has no articles"
    engine = open_database(db_url)
    for path in GOLD_ARTICLES:
        add_article(engine, read_article_file(path))
    return db_url


def assert_matches_reference(db_url, settings):
    engine = open_database(db_url)
    with Session(engine) as session:
        stored = claims_after(session.connection(), 0, 100_000)
    reference, mismatches = link_incrementally([c.record for c in stored], settings)
    expected = {frozenset(r.id for r in g) for g in reference if len(g) > 1}
    assert len(expected) > 5
    assert groups(db_url) == expected
    flagged = {c["id"] for c in claims_table(db_url) if "figure-mismatch" in flags(db_url, c["id"])}
    assert flagged == {r.id for m in mismatches for r in (m.a, m.b)}


def test_add_links_the_gold_articles_as_the_reference_does(gold_db):
    """Incremental linking at `add`, article by article, equals one in-memory pass."""
    assert_matches_reference(gold_db, DEFAULT_SETTINGS)


def test_relink_with_merging_links_the_gold_articles_as_the_reference_does(cli, gold_db):
    assert cli("relink", "--merge-groups", "--chunk", "7").exit_code == 0
    assert_matches_reference(gold_db, replace(DEFAULT_SETTINGS, merge_groups=True))


def _partition(db_url) -> set[frozenset[int]]:
    """Groups as sets of claim ids (group numbering may differ between runs)."""
    groups: dict[int, set[int]] = {}
    for claim_id, group_id in query(db_url, "select id, group_id from claims "
                                            "where group_id is not null"):
        groups.setdefault(group_id, set()).add(claim_id)
    return {frozenset(ids) for ids in groups.values()}


def test_one_add_run_links_as_separate_runs_do(cli, tmp_path):
    """`add` reuses one linker (and its caches) across the articles of a run."""
    articles = GOLD_ARTICLES[:12]
    together, apart = tmp_path / "together.db", tmp_path / "apart.db"
    assert cli("--db", together, "add", *articles).exit_code == 0
    for path in articles:
        assert cli("--db", apart, "add", path).exit_code == 0
    assert _partition(together) == _partition(apart)
    assert len(_partition(together)) > 3
    mismatches = "select claim_id from flags where code = 'figure-mismatch' order by claim_id"
    assert query(together, mismatches) == query(apart, mismatches)


def test_block_cache_kept_across_articles_equals_the_stored_index(db_url):
    """The linker keeps each key's stored block hits between articles and updates them
    when it writes; after a run they must be exactly what the index returns."""
    engine = open_database(db_url)
    linker = ClaimLinker()
    for path in GOLD_ARTICLES[:12]:
        source = read_article_file(path)
        add_article(engine, source, prepare_article(source), linker)
    cached = dict(linker._block_cache)
    assert len(cached) > 20 and sum(map(len, cached.values())) > 50
    with Session(engine) as session:
        stored = block_hits(session.connection(), sorted(cached), linker.options.per_key_cap)
    assert stored == cached
