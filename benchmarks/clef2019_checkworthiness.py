"""CLEF-2019 CheckThat! Task 1: rank transcript sentences by check-worthiness, print MAP.

Scores every sentence of each `test_annotated/` transcript with
`factrack.extract.checkworthiness.sentence_checkworthiness`, ranks them per transcript and
prints average precision per transcript and their mean (MAP, the task's main measure;
the best primary run in 2019 reached 0.166). Also prints R-precision and P@k.

    python benchmarks/clef2019_checkworthiness.py            # evaluate the embedded weights
    python benchmarks/clef2019_checkworthiness.py --fit      # refit on training/, print table

`--fit` (needs scikit-learn, which is not a project dependency) trains an L2-regularised
logistic regression (C=0.01, check-worthy sentences weighted 8x) on the *training*
transcripts only, over the hand features plus word unigrams seen at least --min-count
times, then prints the weight table to paste into checkworthiness.py (words with
|weight| below --keep dropped) and the MAP the fitted table reaches on the test set.
C, the class weight and the features were chosen by 4-fold cross-validation over the
training transcripts (folds by transcript), never by the test set.
"""

from __future__ import annotations

import argparse
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


def fit(min_count: int, c: float, pos_weight: float, keep: float) -> None:
    """Fit the weight table on training/ only; needs scikit-learn (not a project dependency)."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        sys.exit("--fit needs scikit-learn: pip install scikit-learn")
    rows = [row for path in sorted((DATA / "training").glob("*.tsv")) for row in read_transcript(path)]
    feats = [cw.sentence_features(sentence) for _, sentence, _ in rows]
    counts = Counter(name for f in feats for name in f)
    feats = [{k: v for k, v in f.items() if counts[k] >= min_count} for f in feats]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(feats)
    model = LogisticRegression(C=c, class_weight={0: 1.0, 1: pos_weight}, max_iter=5000)
    model.fit(matrix, [label for *_, label in rows])
    weights = dict(zip(vectorizer.get_feature_names_out(), model.coef_[0]))
    hand = {k: round(float(v), 4) for k, v in sorted(weights.items()) if not k.startswith("w:")}
    words = {k[2:]: round(float(v), 4) for k, v in sorted(weights.items())
             if k.startswith("w:") and abs(v) >= keep}
    bias = float(model.intercept_[0])
    print(f"BIAS = {bias:.4f}")
    print("FEATURE_WEIGHTS: dict[str, float] = " + repr(hand))
    print("WORD_WEIGHTS: dict[str, float] = " + repr(words))
    cw.set_weights(bias, hand, words)
    print(f"fitted on {len(rows)} training sentences: {len(hand)} features, {len(words)} words kept")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", action="store_true")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--c", type=float, default=0.01, help="inverse L2 strength")
    parser.add_argument("--pos-weight", type=float, default=8.0)
    parser.add_argument("--keep", type=float, default=0.01, help="drop words with smaller |weight|")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"CLEF-2019 data not found at {DATA}")
    if args.fit:
        fit(args.min_count, args.c, args.pos_weight, args.keep)
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
