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
from typing import Any, TypeAlias

from factrack.errors import FactrackError
from factrack.extract.types import Extraction
from factrack.inputs import ArticleSource

Gathered: TypeAlias = ArticleSource | FactrackError
#: (item, the job's result: an Extraction by default, or the FactrackError why not)
Extracted: TypeAlias = tuple[Gathered, Any]
IN_FLIGHT_PER_WORKER = 4


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
    items are extracted in this process, with no pool to start. `job` replaces plain extraction
    with more work per article that needs no database (a module-level function, so it
    pickles): `factrack.ingest.prepare_article` also builds the claims' matching records.
    """
    workers = default_workers() if workers is None else max(0, workers)
    items = iter(items)
    first = list(islice(items, 2))
    items = chain(first, items)
    if workers == 0 or len(first) < 2:
        for item in items:
            yield item, item if isinstance(item, FactrackError) else _run(job, item)
        return
    pending: deque[tuple[Gathered, Future | FactrackError, Callable]] = deque()
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        for item in items:
            future = item if isinstance(item, FactrackError) else pool.submit(_run, job, item)
            pending.append((item, future, job))
            while len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield _result(*pending.popleft())
        while pending:
            yield _result(*pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _result(item: Gathered, future: Future | FactrackError, job: Callable) -> Extracted:
    if isinstance(future, FactrackError):
        return item, future
    try:
        return item, future.result()
    except Exception:  # noqa: BLE001 - a worker died (killed, out of memory): do it here
        return item, _run(job, item)
