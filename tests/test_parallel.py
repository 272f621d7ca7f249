"""Extraction in worker processes gives what extraction in one process gives, in order."""

from __future__ import annotations

import json
import os

from conftest import ARTICLES
from factrack.errors import FactrackError, InputError
from factrack.extract import extract
from factrack.inputs import read_article_file
from factrack.parallel import available_cpus, default_workers, extract_in_workers


def test_workers_keep_input_order_and_pass_errors_through():
    sources = [read_article_file(path) for path in ARTICLES] * 4  # more than in flight
    missing = InputError("missing.txt: no such file")
    items = sources[:5] + [missing] + sources[5:]
    results = list(extract_in_workers(items, workers=2))
    assert [item for item, _ in results] == items
    assert results[5] == (missing, missing)
    for item, extraction in results[:5] + results[6:]:
        assert extraction == extract(item.text)


PARENT = os.getpid()


def dies_in_a_worker(source) -> str:
    """A job whose worker process dies (as if killed); in the parent it answers."""
    if os.getpid() != PARENT:
        os._exit(1)
    return source.source


def test_articles_of_a_dead_worker_are_extracted_here_in_order():
    sources = [read_article_file(path) for path in ARTICLES] * 7  # several batches
    missing = InputError("missing.txt: no such file")
    items = sources[:9] + [missing] + sources[9:]
    results = list(extract_in_workers(items, 1, dies_in_a_worker))
    assert [item for item, _ in results] == items
    assert [r for _, r in results] == [
        item if item is missing else item.source for item in items]


def test_the_first_article_waits_for_few_others():
    """Fetched URLs arrive one by one: the first result must not wait for a full batch."""
    source = read_article_file(ARTICLES[0])
    pulled = []

    def arriving():
        for n in range(30):
            pulled.append(n)
            yield source

    results = extract_in_workers(arriving(), 1)
    next(results)
    assert len(pulled) <= 4
    assert len(list(results)) == 29


def extracting_process(source) -> int:
    """A job that says which process ran it (module level, so it pickles)."""
    return os.getpid()


def test_one_item_or_no_worker_runs_in_process():
    source = read_article_file(ARTICLES[0])
    [(item, extraction)] = list(extract_in_workers([source], workers=4))
    assert item is source and extraction == extract(source.text)
    assert [e for _, e in extract_in_workers([source, source], workers=0)] == [extraction] * 2
    assert {pid for _, pid in extract_in_workers([source], 4, extracting_process)} == {
        os.getpid()}
    assert {pid for _, pid in extract_in_workers([source] * 3, 0, extracting_process)} == {
        os.getpid()}
    assert list(extract_in_workers([], workers=2)) == []


def test_one_worker_extracts_beside_the_writer_by_default():
    """The writer keeps a CPU to itself: default workers are the other CPUs, and even one
    worker is a process of its own."""
    assert default_workers() == available_cpus() - 1
    source = read_article_file(ARTICLES[0])
    pids = {pid for _, pid in extract_in_workers([source] * 3, 1, extracting_process)}
    assert len(pids) == 1 and os.getpid() not in pids


def test_parallel_add_stores_the_same_claims_as_sequential_add(cli, tmp_path):
    paths = [*ARTICLES, ARTICLES[0], tmp_path / "absent.txt"]
    outputs = {}
    for workers in (0, 2):
        db = tmp_path / f"workers{workers}.db"
        added = cli("add", "--workers", workers, "--format", "json", "--db", db, *paths)
        assert added.exit_code == 1 and "absent.txt: no such file" in added.stderr
        assert "Traceback" not in added.output
        listed = cli("claims", "--format", "json", "--db", db)
        assert listed.exit_code == 0, listed.output
        outputs[workers] = ([json.loads(line) for line in added.stdout.splitlines()],
                            json.loads(listed.stdout))
    sequential, parallel = outputs[0], outputs[2]
    assert parallel == sequential
    summaries, claims = parallel
    assert len(summaries) == len(ARTICLES) + 1 and summaries[-1]["duplicate_of"] == 1
    assert len(claims) == sum(s["claims"] for s in summaries[:-1]) > 0


def test_an_extraction_error_in_a_worker_comes_back_as_that_items_error():
    good = read_article_file(ARTICLES[0])
    bad = good.__class__(text=None, source="broken.txt")  # extraction raises on None text
    results = list(extract_in_workers([good, bad, good], workers=2))
    assert isinstance(results[1][1], FactrackError)
    assert "broken.txt: claim extraction failed" in str(results[1][1])
    assert results[0][1] == results[2][1] == extract(good.text)
