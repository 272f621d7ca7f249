"""Flagging and review speed on a large database: does it stay flat as claims grow?

Runs on a database made by `benchmarks/scale_db.py` and changes nothing in it (every
step happens inside a transaction that is rolled back). Prints medians of:

* `apply_flags` on a fresh article of 50 claims (half repeat stored keys, half are new),
  the step `add` runs for every article: its database work is one indexed probe per key
  and group (`LIMIT 1`), so it should not grow with the database;
* `review_queue` (the first 20 of the queue) with 2% of all claims flagged, and
  `review_queue_ids` (the whole queue, as the one-key mode loads it);
* `set_status` on a claim in a group (conditional UPDATE plus the group's events).

    python benchmarks/scale_db.py --claims 1000000 --out benchmarks/out/scale-1m.db
    python benchmarks/review_at_scale.py benchmarks/out/scale-1m.db [more.db ...]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, update  # noqa: E402
from sqlmodel import Session, select  # noqa: E402

from factrack.db import open_database  # noqa: E402
from factrack.flags import apply_flags  # noqa: E402
from factrack.models import Article, Claim, Flag  # noqa: E402
from factrack.queries import ClaimFilter  # noqa: E402
from factrack.review import review_queue, review_queue_ids, set_status  # noqa: E402

BATCH = 50
CODES = ("unattributed", "superlative", "implausible", "figure-mismatch", "previously-false")


def fresh_batch(session: Session, rng: random.Random, max_id: int, run: int) -> list[Claim]:
    """A new article whose claims copy stored ones (repeats) or get unseen keys."""
    article = Article(sha256=f"bench-{run}-{rng.random()}", title="bench", text="x" * 400)
    session.add(article)
    session.flush()
    claims = []
    for i in range(BATCH):
        model = session.get(Claim, rng.randint(1, max_id))
        if model is None:
            continue
        claims.append(Claim(
            article_id=article.id, attribution="none", text=model.text, start=0, end=10,
            figure_start=0, figure_end=3, paragraph_index=0, kind=model.kind,
            value=model.value, unit=model.unit, bound=model.bound, measure=model.measure,
            key=model.key if i % 2 else f"{model.key}|unseen-{run}-{i}",
            group_id=model.group_id if i % 2 else None, checkworthiness=0.5))
    session.add_all(claims)
    session.flush()
    return claims


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def bench(path: str, runs: int) -> dict:
    engine = open_database(path)
    rng = random.Random(5)
    with Session(engine) as session:
        total = session.exec(select(func.count(Claim.id))).one()
        max_id = session.exec(select(func.max(Claim.id))).one()
        flag_times = []
        for run in range(runs):
            nested = session.begin_nested()
            claims = fresh_batch(session, rng, max_id, run)
            started = time.perf_counter()
            apply_flags(session, claims)
            flag_times.append(time.perf_counter() - started)
            nested.rollback()

        flagged_ids = rng.sample(range(1, max_id + 1), max(1, total // 50))
        for at in range(0, len(flagged_ids), 500):
            chunk = flagged_ids[at:at + 500]
            session.exec(update(Claim).where(Claim.id.in_(chunk)).values(status="flagged"))
            session.execute(insert(Flag), [{"claim_id": c, "code": rng.choice(CODES),
                                            "detail": "bench"} for c in chunk])
        queue_times = []
        for _ in range(max(3, runs // 2)):
            started = time.perf_counter()
            queue = review_queue(session, ClaimFilter(limit=20))
            queue_times.append(time.perf_counter() - started)

        ids_times = []
        for _ in range(max(3, runs // 2)):
            started = time.perf_counter()
            ids = review_queue_ids(session, ClaimFilter())
            ids_times.append(time.perf_counter() - started)

        grouped = session.exec(select(Claim.id, Claim.status)
                               .where(Claim.group_id.is_not(None)).limit(runs)).all()
        status_times = []
        for claim_id, status in grouped:
            nested = session.begin_nested()
            started = time.perf_counter()
            set_status(session, claim_id, "false", expected_status=status, reviewer="bench")
            status_times.append(time.perf_counter() - started)
            nested.rollback()
        session.rollback()
    engine.dispose()
    return {"db": path, "claims": total, "flagged": len(flagged_ids),
            "apply_flags_ms_per_article": round(median_ms(flag_times), 2),
            "apply_flags_ms_per_claim": round(median_ms(flag_times) / BATCH, 3),
            "review_queue_ms": round(median_ms(queue_times), 1), "queue_len": len(queue),
            "whole_queue_ids_ms": round(median_ms(ids_times), 1), "queue_ids": len(ids),
            "set_status_ms": round(median_ms(status_times), 2) if status_times else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("databases", nargs="+")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    results = [bench(path, args.runs) for path in args.databases]
    for result in results:
        print(result)
    if len(results) > 1:
        small, large = results[0], results[-1]
        growth = large["claims"] / small["claims"]
        print(f"claims x{growth:.0f}: apply_flags x"
              f"{large['apply_flags_ms_per_article'] / small['apply_flags_ms_per_article']:.2f}, "
              f"review_queue x{large['review_queue_ms'] / small['review_queue_ms']:.2f}")


if __name__ == "__main__":
    main()
