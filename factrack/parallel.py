"""Extraction in worker processes, so a many-article `add` uses every core.

Extraction is pure and CPU-bound (no database, no I/O) and its results pickle, so worker
processes extract while the main process stores: the writer stays single (one SQLite
writer, one transaction per article) and the order of the inputs is kept. At most a few
articles per worker are in flight, so memory stays bounded however many inputs there are.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeAlias

from factrack.errors import FactrackError
from factrack.extract.types import Extraction
from factrack.inputs import ArticleSource

Gathered: TypeAlias = ArticleSource | FactrackError
#: (item, the job's result: an Extraction by default, or the FactrackError why not)
Extracted: TypeAlias = tuple[Gathered, Any]
#: Articles sent to a worker as one task, and tasks in flight per worker.
BATCH = 8
IN_FLIGHT_PER_WORKER = 2


def available_cpus() -> int:
    """The CPUs this process may use (affinity-aware where the platform says)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def default_workers() -> int:
    """Extraction processes beside the writer: one per CPU but the writer's. Storing an
    article costs several times extracting it, so the writer is what sets the pace; a
    worker more than the spare CPUs only takes time from it."""
    return available_cpus() - 1


def _extract(source: ArticleSource) -> Extraction:
    from factrack.ingest import extract_safely
    return extract_safely(source)


def _run(job: Callable[[ArticleSource], Any], source: ArticleSource) -> Any:
    """Runs in a worker: an extractor bug comes back as the article's error."""
    try:
        return job(source)
    except FactrackError as exc:
        return exc


def extract_in_workers(items: Iterable[Gathered], workers: int | None = None,
                       job: Callable[[ArticleSource], Any] = _extract) -> Iterator[Extracted]:
    """Yield (item, its Extraction or the error why not) for each item, in input order.

    `items` is what `factrack.sources.gather_sources` yields: an item that is already an
    error is passed through as (error, error). `workers` processes extract while the
    caller stores (default: `default_workers()`); with `workers=0`, or a single item,
    items are extracted in this process, with no pool to start. `job` replaces plain
    extraction with more work per article that needs no database (a module-level
    function, so it pickles): `factrack.ingest.prepare_article` also builds the claims'
    matching records.

    Items go to the workers up to `BATCH` at a time: each task and each result crosses the
    pool's threads and pipes, whose turns at the GIL the storing thread would otherwise
    wait for once per article (about 4 ms an article on 2 cores).
    """
    workers = default_workers() if workers is None else max(0, workers)
    items = iter(items)
    first = list(islice(items, 2))
    items = chain(first, items)
    if workers == 0 or len(first) < 2:
        for item in items:
            yield item, item if isinstance(item, FactrackError) else _run(job, item)
        return
    pending: deque[tuple[list[Gathered], Future | None]] = deque()
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        size = 1  # 1, 2, 4, then BATCH: the first articles (fetched URLs) wait for no others
        while batch := list(islice(items, size)):
            size = min(BATCH, size * 2)
            sources = [item for item in batch if not isinstance(item, FactrackError)]
            future = None
            if sources:
                try:
                    future = pool.submit(_run_batch, job, sources)
                except BrokenProcessPool:  # a worker died: the rest is done here
                    pass
            pending.append((batch, future))
            while len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from _results(*pending.popleft(), job)
        while pending:
            yield from _results(*pending.popleft(), job)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _run_batch(job: Callable[[ArticleSource], Any], sources: list[ArticleSource]) -> list:
    return [_run(job, source) for source in sources]


def _results(batch: list[Gathered], future: Future | None, job: Callable) -> Iterator[Extracted]:
    """The batch's items with their results, in order; errors pass through. A batch
    whose worker died (killed, out of memory), or that found the pool broken, is
    extracted here."""
    try:
        done = future.result() if future is not None else None
    except Exception:  # noqa: BLE001 - whatever killed the worker, the articles are fine
        done = None
    if done is None:
        done = [_run(job, item) for item in batch if not isinstance(item, FactrackError)]
    results = iter(done)
    for item in batch:
        yield item, item if isinstance(item, FactrackError) else next(results)
