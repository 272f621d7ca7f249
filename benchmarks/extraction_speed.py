"""Extraction speed on real article text: the whole pipeline and the number grammar alone.

Reads the BBC News corpus (../shared/corpus/bbc-news-2225) when present, else generates
article-like text, and prints MB/s and figures-or-claims/s on one core (median of
several runs). If quantulum3 is installed (a benchmark-only dependency, never imported
by factrack), it runs on a subset of the same paragraphs and the script prints the
speed ratio and how many figures each found per MB.

    python benchmarks/extraction_speed.py [--runs 5] [--quantulum-articles 150] [--profile 15]

--profile N adds a cProfile pass over the whole pipeline and prints each extraction
module's share of the time (own time, so shares add up to 100%) and the N functions with
the most own time: where to look next. cProfile slows Python calls more than regex
work, so read the shares as a guide, not as CPU seconds.

Target (from the team's brief): the whole extraction >= 1.5 MB/s on one core.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import statistics
import time
import warnings
from pathlib import Path

from factrack.extract import extract
from factrack.extract.numbers import find_quantities

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpus" / "bbc-news-2225"


def load_articles(limit: int | None) -> tuple[list[str], str]:
    files = sorted(BBC.glob("*/*.txt"))
    if files:
        texts = [f.read_text(encoding="utf-8", errors="replace") for f in files[:limit]]
        return texts, f"BBC News corpus ({len(texts)} articles)"
    return generated_articles(400), "generated text (corpus absent)"


def generated_articles(n: int) -> list[str]:
    """Article-like paragraphs with a realistic mix of figures and plain prose."""
    rng = random.Random(7)
    subjects = ["Profits", "Sales", "Unemployment", "The deficit", "Exports", "Turnout"]
    verbs = ["rose", "fell", "jumped", "dropped", "climbed"]
    filler = ("The minister said the plan would be reviewed by the committee later this "
              "month, and officials expect a decision before the summer recess. ")
    out = []
    for _ in range(n):
        paras = [f"Headline number {rng.randint(1, 9)} on the economy"]
        for _ in range(rng.randint(6, 14)):
            paras.append(
                f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.randint(1, 90)}% to "
                f"${rng.randint(1, 900)}m in {rng.randint(1995, 2024)}, while more than "
                f"{rng.randint(2, 5000):,} workers were affected over {rng.randint(2, 12)} months. "
                + filler * rng.randint(1, 3))
        out.append("\n\n".join(paras))
    return out


def paragraphs_of(texts: list[str]) -> list[str]:
    return [p.strip() for t in texts for p in t.split("\n") if p.strip()]


def median_seconds(fn, runs: int) -> tuple[float, int]:
    """Median CPU seconds of this process (one core; fair on a shared, loaded machine)."""
    times, count = [], 0
    for _ in range(runs):
        start = time.process_time()
        count = fn()
        times.append(time.process_time() - start)
    return statistics.median(times), count


def profile_pipeline(texts: list[str], top: int) -> None:
    """Own time by module and the top functions, for one pass of extract() over `texts`."""
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        extract(text)
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # (file, line, name) -> (cc, nc, tottime, cumtime, callers)
    total = sum(row[2] for row in stats.values()) or 1.0
    by_module: dict[str, float] = {}
    for (file, _, name), row in stats.items():
        if "factrack" in file:
            module = "factrack." + file.split("factrack", 1)[1].strip("/\\").removesuffix(".py").replace("/", ".")
        else:
            module = name if file == "~" else "(other Python)"  # built-ins: re methods, str methods
        by_module[module] = by_module.get(module, 0.0) + row[2]
    print()
    print("profile (cProfile, own time):")
    for module, seconds in sorted(by_module.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {100 * seconds / total:5.1f}%  {module}")
    print("top functions by own time:")
    rows = sorted(stats.items(), key=lambda kv: -kv[1][2])[:top]
    for (file, line, name), row in rows:
        where = f"{Path(file).name}:{line}" if file != "~" else "built-in"
        print(f"  {100 * row[2] / total:5.1f}%  {row[1]:8d} calls  {where} {name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--limit", type=int, default=None, help="articles to read")
    parser.add_argument("--quantulum-articles", type=int, default=150)
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="also profile the pipeline and print the top N modules/functions")
    args = parser.parse_args()

    texts, source = load_articles(args.limit)
    paras = paragraphs_of(texts)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"text: {source}, {mb:.2f} MB, {len(paras)} paragraphs; median of {args.runs} runs, "
          f"one core, CPU time of this process")

    grammar_s, figures = median_seconds(lambda: sum(len(find_quantities(p)) for p in paras), args.runs)
    pipeline_s, claims = median_seconds(lambda: sum(len(extract(t).claims) for t in texts), args.runs)

    rows = [
        ("find_quantities (per paragraph)", grammar_s, figures, mb),
        ("extract (whole pipeline)", pipeline_s, claims, mb),
    ]

    quantulum = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as q3
    except ImportError:
        q3 = None
    if q3 is not None and args.quantulum_articles > 0:  # 0 skips the comparison
        subset = texts[: args.quantulum_articles]
        sub_paras = paragraphs_of(subset)
        sub_mb = sum(len(t.encode("utf-8")) for t in subset) / 1e6
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            q3.parse("warm up 5 dollars")  # loads its unit tables once
            q3_s, q3_count = median_seconds(lambda: sum(len(q3.parse(p)) for p in sub_paras),
                                            max(1, min(args.runs, 3)))
        ours_s, ours_count = median_seconds(lambda: sum(len(find_quantities(p)) for p in sub_paras),
                                            args.runs)
        rows.append((f"quantulum3 ({len(subset)} articles)", q3_s, q3_count, sub_mb))
        rows.append((f"find_quantities (same {len(subset)})", ours_s, ours_count, sub_mb))
        quantulum = (q3_s / sub_mb, ours_s / sub_mb, q3_count / sub_mb, ours_count / sub_mb)

    print()
    print(f"{'stage':38} {'MB/s':>8} {'items':>8} {'items/s':>10} {'items/MB':>9}")
    for name, seconds, items, size in rows:
        print(f"{name:38} {size / seconds:8.2f} {items:8d} {items / seconds:10.0f} {items / size:9.0f}")
    print()
    verdict = "meets" if mb / pipeline_s >= 1.5 else "MISSES"
    print(f"pipeline {mb / pipeline_s:.2f} MB/s {verdict} the 1.5 MB/s target; "
          f"number grammar alone {mb / grammar_s:.2f} MB/s")
    if quantulum:
        q3_spm, ours_spm, q3_fpm, ours_fpm = quantulum
        print(f"find_quantities is {q3_spm / ours_spm:.0f}x faster than quantulum3 "
              f"(figures per MB: ours {ours_fpm:.0f}, quantulum3 {q3_fpm:.0f}); "
              f"the whole pipeline (claims, attribution, keys, scores: far more than "
              f"quantities) is {q3_spm / (pipeline_s / mb):.0f}x faster")
    else:
        print("quantulum3 comparison skipped" if q3 is not None else
              "quantulum3 not installed: pip install quantulum3 to compare (benchmark only)")
    if args.profile:
        profile_pipeline(texts, args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
