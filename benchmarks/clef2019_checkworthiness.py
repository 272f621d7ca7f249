"""CLEF-2019 CheckThat! Task 1: rank transcript sentences by check-worthiness, print MAP.

Scores every sentence of each `test_annotated/` transcript with
`factrack.extract.checkworthiness.sentence_checkworthiness`, ranks them per transcript and
prints average precision per transcript and their mean (MAP, the task's main measure;
the best primary run in 2019 reached 0.166). Also prints R-precision and P@k.

    python benchmarks/clef2019_checkworthiness.py            # evaluate the embedded weights
    python benchmarks/clef2019_checkworthiness.py --fit      # refit on training/, print table

`--fit` trains an L2-regularised logistic regression on the *training* transcripts only
(hand features + word unigrams seen at least --min-count times), by full-batch gradient
descent with positive examples up-weighted, then prints the weight table to paste into
checkworthiness.py (words with |weight| below --keep are dropped to keep the table
small) and the MAP the fitted table reaches on the test set.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factrack.extract import checkworthiness as cw  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "clef2019-checkthat-task1-checkworthiness"


def read_transcript(path: Path) -> list[tuple[str, str, int]]:
    """(speaker, sentence, label) rows of one TSV transcript."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.rstrip("\r").split("\t")
        if len(parts) >= 4:
            rows.append((parts[1], parts[2], int(parts[3])))
    return rows


def average_precision(scores: list[float], labels: list[int]) -> float:
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    hits, total = 0, 0.0
    for rank, i in enumerate(order, 1):
        if labels[i]:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def precision_at(scores: list[float], labels: list[int], k: int) -> float:
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    return sum(labels[i] for i in order[:k]) / k


def evaluate(score_fn, folder: Path) -> dict[str, float]:
    aps, rps, p10 = [], [], []
    for path in sorted(folder.glob("*.tsv")):
        rows = read_transcript(path)
        scores = [score_fn(sentence) for _, sentence, _ in rows]
        labels = [label for *_, label in rows]
        aps.append(average_precision(scores, labels))
        rps.append(precision_at(scores, labels, max(1, sum(labels))))
        p10.append(precision_at(scores, labels, 10))
        print(f"  {path.name:32s} sentences={len(rows):5d} positives={sum(labels):3d} AP={aps[-1]:.4f}")
    return {"MAP": statistics.mean(aps), "R-P": statistics.mean(rps), "P@10": statistics.mean(p10)}


def fit(min_count: int, l2: float, epochs: int, pos_weight: float, keep: float) -> None:
    rows = [row for path in sorted((DATA / "training").glob("*.tsv")) for row in read_transcript(path)]
    feats = [cw.sentence_features(sentence) for _, sentence, _ in rows]
    labels = [label for *_, label in rows]
    counts = Counter(name for f in feats for name in f if name.startswith("w:"))
    vocab = {name for name, c in counts.items() if c >= min_count}
    feats = [{k: v for k, v in f.items() if not k.startswith("w:") or k in vocab} for f in feats]
    weights: dict[str, float] = Counter()
    bias = 0.0
    n = len(rows)
    lr = 0.5
    for epoch in range(epochs):
        grad: dict[str, float] = Counter()
        gbias = 0.0
        loss = 0.0
        for f, y in zip(feats, labels):
            z = bias + sum(weights[k] * v for k, v in f.items())
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            w = pos_weight if y else 1.0
            g = w * (p - y)
            loss -= w * (math.log(p + 1e-12) if y else math.log(1 - p + 1e-12))
            gbias += g
            for k, v in f.items():
                grad[k] += g * v
        for k in set(grad) | set(weights):
            weights[k] -= lr * (grad[k] / n + l2 * weights[k])
        bias -= lr * gbias / n
        if epoch % 50 == 0:
            print(f"epoch {epoch} loss {loss / n:.4f}", file=sys.stderr)
    hand = {k: round(v, 3) for k, v in sorted(weights.items()) if not k.startswith("w:")}
    words = {k[2:]: round(v, 3) for k, v in sorted(weights.items(), key=lambda kv: -abs(kv[1]))
             if k.startswith("w:") and abs(v) >= keep}
    print(f"BIAS = {bias:.3f}")
    print("FEATURE_WEIGHTS: dict[str, float] = " + repr(hand))
    print("WORD_WEIGHTS: dict[str, float] = " + repr(dict(sorted(words.items()))))
    cw.BIAS, cw.FEATURE_WEIGHTS, cw.WORD_WEIGHTS = bias, hand, words
    print(f"fitted: {len(hand)} features, {len(words)} words kept")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", action="store_true")
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--epochs", type=int, default=300)
    parser.add_argument("--pos-weight", type=float, default=8.0)
    parser.add_argument("--keep", type=float, default=0.15)
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"CLEF-2019 data not found at {DATA}")
    if args.fit:
        fit(args.min_count, args.l2, args.epochs, args.pos_weight, args.keep)
    print("training transcripts:")
    train = evaluate(cw.sentence_checkworthiness, DATA / "training")
    print("test_annotated transcripts:")
    start = time.perf_counter()
    test = evaluate(cw.sentence_checkworthiness, DATA / "test_annotated")
    elapsed = time.perf_counter() - start
    print(f"training MAP={train['MAP']:.4f}")
    print(f"test MAP={test['MAP']:.4f}  R-P={test['R-P']:.4f}  P@10={test['P@10']:.4f}  "
          f"(best 2019 primary run: MAP 0.1660)  scored in {elapsed:.2f}s")


if __name__ == "__main__":
    main()
