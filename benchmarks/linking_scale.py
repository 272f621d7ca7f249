"""Adding one ~1,000-word article to a database of N claims: time and peak memory.

    python benchmarks/linking_scale.py                 # N = 1,000,000 (generates ~1 GB)
    python benchmarks/linking_scale.py --claims 100000 --repeat 7

Builds the database with `scale_db.generate_database` (reused when it already holds N
claims), then, in a fresh process so peak RSS is the adding process's own, adds
`--repeat` different articles through `factrack.ingest.add_article` -- extraction,
storage, blocked linking and flags, one transaction each -- and prints the median and
worst wall time, the time inside `link_new_claims`, candidates read, and peak RSS
(resource.getrusage). Articles are generated from the database's own vocabulary, and
each restates five stored claims, so blocks are hit and links are made.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scale_db import SEED, Vocabulary, make_sentence  # noqa: E402

FILLER = ("The figures were published alongside a longer report on regional services. "
          "Officials declined to comment further on the timetable for the review. "
          "Opposition members called for an independent inquiry into the numbers. ")


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stored_claims(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(path) as connection:
            return connection.execute("select count(*) from claims").fetchone()[0]
    except sqlite3.Error:
        return 0


def make_article(path: Path, seed: int, words: int = 1000) -> str:
    """Prose of about `words` words: generated claims, filler, and 5 restated stored claims."""
    rng = random.Random(seed)
    vocab = Vocabulary.make(random.Random(SEED), 20_000)
    with sqlite3.connect(path) as connection:
        top = connection.execute("select max(id) from claims").fetchone()[0]
        repeats = [connection.execute("select text from claims where id = ?",
                                      (rng.randint(1, top),)).fetchone()[0] for _ in range(5)]
    paragraphs, count = [f"Regional report {seed}"], 0
    while count < words:
        sentences = [make_sentence(rng, vocab)["text"] for _ in range(2)]
        if repeats and rng.random() < 0.3:
            sentences.append(repeats.pop())
        if rng.random() < 0.3:
            sentences.append(FILLER)
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    paragraphs += repeats
    return "\n\n".join(paragraphs)


def measure(path: Path, repeat: int) -> dict:
    """Run in a fresh process: add `repeat` articles, time them, report peak RSS."""
    import factrack.ingest as ingest
    from factrack.db import open_database
    from factrack.extract import extract
    from factrack.inputs import ArticleSource

    link_seconds: list[float] = []
    original = ingest.link_new_claims

    def timed_link(session, claims, *args, **kwargs):
        started = time.perf_counter()
        try:
            return original(session, claims, *args, **kwargs)
        finally:
            link_seconds.append(time.perf_counter() - started)

    ingest.link_new_claims = timed_link
    engine = open_database(str(path))
    rss_before = peak_rss_mib()
    totals, cpu_totals, extraction_times, results = [], [], [], []
    for i in range(repeat):
        text = make_article(path, seed=1000 + i + int(time.time()))
        started = time.perf_counter()
        extract(text)
        extraction_times.append(time.perf_counter() - started)
        started, cpu_started = time.perf_counter(), time.process_time()
        result = ingest.add_article(engine, ArticleSource(text, f"bench-{i}"))
        totals.append(time.perf_counter() - started)
        cpu_totals.append(time.process_time() - cpu_started)
        results.append({"words": len(text.split()), "claims": result.claims,
                        "linked": result.linked, "seconds": round(totals[-1], 3),
                        "cpu_seconds": round(cpu_totals[-1], 3)})
    return {
        "claims_in_db": stored_claims(path), "articles_added": repeat, "per_article": results,
        "add_median_s": round(statistics.median(totals), 3), "add_max_s": round(max(totals), 3),
        "add_cpu_median_s": round(statistics.median(cpu_totals), 3),
        "extract_median_s": round(statistics.median(extraction_times), 3),
        "link_median_s": round(statistics.median(link_seconds), 3),
        "link_max_s": round(max(link_seconds), 3),
        "peak_rss_mib_after_open": round(rss_before, 1),
        "peak_rss_mib": round(peak_rss_mib(), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--db", default=None, help="default: benchmarks/out/scale_<N>.db")
    parser.add_argument("--repeat", type=int, default=5, help="articles added (median taken)")
    parser.add_argument("--regenerate", action="store_true", help="build the database anew")
    parser.add_argument("--measure-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    path = Path(args.db or Path(__file__).parent / "out" / f"scale_{args.claims}.db")
    if args.measure_only:
        print(json.dumps(measure(path, args.repeat)))
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    if args.regenerate or stored_claims(path) < args.claims:
        # In its own process: a child inherits its parent's peak RSS, so a large
        # generation here would show up in the measured process's figure.
        print(f"generating {args.claims:,} claims into {path} ...", file=sys.stderr)
        subprocess.run([sys.executable, str(Path(__file__).parent / "scale_db.py"),
                        "--claims", str(args.claims), "--out", str(path)], check=True)
    else:
        print(f"reusing {path} ({stored_claims(path):,} claims; --regenerate to rebuild)")
    out = subprocess.run([sys.executable, __file__, "--measure-only", "--db", str(path),
                          "--repeat", str(args.repeat), "--claims", str(args.claims)],
                         check=True, capture_output=True, text=True)
    report = json.loads(out.stdout)
    for row in report.pop("per_article"):
        print(f"  added {row['words']} words, {row['claims']} claims, {row['linked']} linked "
              f"in {row['seconds']:.3f} s ({row['cpu_seconds']:.3f} s CPU)")
    print(f"database: {report['claims_in_db']:,} claims")
    print(f"add one ~1,000-word article: median {report['add_median_s']:.3f} s, "
          f"worst {report['add_max_s']:.3f} s (of {report['articles_added']}); "
          f"CPU median {report['add_cpu_median_s']:.3f} s")
    print(f"  of which extraction {report['extract_median_s']:.3f} s, linking "
          f"{report['link_median_s']:.3f} s (worst {report['link_max_s']:.3f} s)")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"peak RSS: {report['peak_rss_mib']:.1f} MiB "
          f"(after imports and opening the database: {report['peak_rss_mib_after_open']:.1f})")


if __name__ == "__main__":
    main()
