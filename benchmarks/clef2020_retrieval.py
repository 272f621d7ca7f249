"""CLEF-2020 CheckThat! Task 2 (tweet -> verified claim retrieval): MAP@5 of factrack's
"has this been said before?" ranking, next to an untuned rapidfuzz baseline.

Data: /work/shared/corpus/clef2020-checkthat-task2-claim-retrieval/ (or --data).
Parameters are tuned on train/dev only (--tune); test is reported, never tuned on.

    python benchmarks/clef2020_retrieval.py [--tune]
"""

from __future__ import annotations

import argparse
import csv
import itertools
import statistics
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from factrack.matching.retrieval import DEFAULT_RETRIEVAL, ClaimIndex, RetrievalSettings

DATA = Path(__file__).resolve().parents[2] / "shared/corpus/clef2020-checkthat-task2-claim-retrieval"
SPLITS = {"train": "v3.0/train", "dev": "v3.0/dev", "test": "test"}


def read_tsv(path: Path) -> dict[str, list[str]]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    return {row[0]: row[1:] for row in rows[1:]}


def read_qrels(path: Path) -> dict[str, set[str]]:
    gold: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            qid, _, doc, rel = line.split("\t")
            if int(rel) > 0:
                gold.setdefault(qid, set()).add(doc)
    return gold


def average_precision_at(ranked: list[str], relevant: set[str], k: int = 5) -> float:
    """AP@k as in the CheckThat! scorer: precision at each relevant hit / #relevant."""
    hits, total = 0, 0.0
    for rank, doc in enumerate(ranked[:k], start=1):
        if doc in relevant:
            hits += 1
            total += hits / rank
    return total / len(relevant) if relevant else 0.0


def mean_ap(rankings: dict[str, list[str]], gold: dict[str, set[str]]) -> float:
    return statistics.fmean(average_precision_at(rankings.get(q, []), rel) for q, rel in gold.items())


def baseline_rankings(queries: dict[str, str], claim_ids: list[str], claim_texts: list[str]
                      ) -> dict[str, list[str]]:
    """Untuned baseline: token_set_ratio (default_process) of raw tweet vs raw claim + title."""
    out = {}
    for qid, text in queries.items():
        top = process.extract(text, claim_texts, scorer=fuzz.token_set_ratio,
                              processor=utils.default_process, limit=5)
        out[qid] = [claim_ids[i] for _, _, i in top]
    return out


def factrack_rankings(index: ClaimIndex, queries: dict[str, str], claim_ids: list[str]
                      ) -> tuple[dict[str, list[str]], list[float]]:
    out, times = {}, []
    for qid, text in queries.items():
        start = time.perf_counter()
        ranked = index.rank(text, top_k=5)
        times.append(time.perf_counter() - start)
        out[qid] = [claim_ids[pos] for pos, _ in ranked]
    return out, times


def claim_document(vclaim: str, title: str) -> str:
    """A verified claim is indexed with its fact-check title (both state the claim)."""
    return f"{vclaim} {title}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--tune", action="store_true", help="grid-search on train+dev")
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"CLEF-2020 data not found at {args.data}")

    claims = read_tsv(args.data / "v3.0/verified_claims.docs.tsv")
    claim_ids = list(claims)
    raw_claims = [claims[c][0] for c in claim_ids]
    documents = [claim_document(*claims[c][:2]) for c in claim_ids]
    raw_claims = documents  # the baseline sees the same text: claim + title
    splits = {}
    for name, folder in SPLITS.items():
        queries = {q: row[0] for q, row in read_tsv(args.data / folder / "tweets.queries.tsv").items()}
        splits[name] = (queries, read_qrels(args.data / folder / "tweet-vclaim-pairs.qrels"))
    print(f"{len(claim_ids)} verified claims; queries: "
          + ", ".join(f"{n} {len(q)}" for n, (q, _) in splits.items()))

    start = time.perf_counter()
    index = ClaimIndex(documents, DEFAULT_RETRIEVAL)
    print(f"index built in {time.perf_counter() - start:.2f} s")

    settings = DEFAULT_RETRIEVAL
    if args.tune:
        tune_q = {**splits["train"][0], **splits["dev"][0]}
        tune_g = {**splits["train"][1], **splits["dev"][1]}
        best = (-1.0, settings)
        for k1, b, w, depth in itertools.product((0.9, 1.2, 1.5), (0.5, 0.75, 0.9),
                                                 (0.0, 0.2, 0.3, 0.5), (30,)):
            index.settings = RetrievalSettings(k1=k1, b=b, fuzz_weight=w, rerank_depth=depth)
            score = mean_ap(factrack_rankings(index, tune_q, claim_ids)[0], tune_g)
            print(f"  k1={k1} b={b} fuzz_weight={w} depth={depth}: MAP@5 train+dev {score:.4f}")
            if score > best[0]:
                best = (score, index.settings)
        settings = best[1]
        print(f"best on train+dev: {settings}")
    index.settings = settings

    for name, (queries, gold) in splits.items():
        rankings, times = factrack_rankings(index, queries, claim_ids)
        line = (f"{name:5s} factrack MAP@5 {mean_ap(rankings, gold):.4f}  "
                f"median {statistics.median(times) * 1000:.1f} ms/query, "
                f"mean {statistics.fmean(times) * 1000:.1f} ms/query")
        if name == "test":
            start = time.perf_counter()
            base = baseline_rankings(queries, claim_ids, raw_claims)
            per_query = (time.perf_counter() - start) / len(queries)
            line += (f"\n{name:5s} baseline MAP@5 {mean_ap(base, gold):.4f}  "
                     f"(rapidfuzz token_set_ratio on raw texts, untuned; "
                     f"{per_query * 1000:.1f} ms/query)")
        print(line)


if __name__ == "__main__":
    main()
