"""Commands on a grown database: 1,000,000 claims over 100,000 articles (scale_db.py).

Prints, for `claims --speaker`, `claims --search`, `show` and adding one more 1,000-word
article: the median and p95 latency of the library call in this process and of the
whole CLI process (start-up included), rows returned and each CLI process's peak memory;
then the database size, the query plans and where CLI start-up time goes (-X importtime).
`claims` processes run as users get them (the fast read path, factrack/fastread.py), and
again with FACTRACK_FAST_READ=0 (the ORM path) for comparison.

    python benchmarks/scale_queries.py --db benchmarks/out/scale_1m.db
    (generates the database first when the file is absent: ~10 min, ~0.9 GB)

Adding articles grows the database by a few articles per run (each run adds new ones).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from scale_db import SEED, Vocabulary, generate_database, make_sentence  # noqa: E402

# Runs one command and reports its wall time and peak memory (the child's own figures).
_WRAPPER = ("import resource, subprocess, sys, time\n"
            "t = time.perf_counter()\n"
            "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
            "stderr=subprocess.PIPE, text=True)\n"
            "s = time.perf_counter() - t\n"
            "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "print(s, u.ru_utime + u.ru_stime, u.ru_maxrss, r.returncode)\n")


def summary(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (f"median {statistics.median(ordered) * 1000:7.1f} ms  p95 {p95 * 1000:7.1f} ms  "
            f"(n={len(ordered)})")


def time_library(call, repeat: int) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - started)
    return times, result


CPU_TIMES: list[float] = []  # CPU seconds (user + system) of the last time_cli's runs


def time_cli(args: list[str], repeat: int,
             env: dict[str, str] | None = None) -> tuple[list[float], int]:
    """Wall seconds of each run and the peak memory (KiB); CPU seconds in CPU_TIMES.
    `env`: extra environment variables for the command."""
    command = [sys.executable, "-c", _WRAPPER, sys.executable, "-m", "factrack.cli", *args]
    times, peak = [], 0
    CPU_TIMES.clear()
    for _ in range(repeat):
        out = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=True,
                             env={**os.environ, **(env or {})})
        seconds, cpu, maxrss, code = out.stdout.split()
        if code != "0":
            raise SystemExit(f"factrack {' '.join(args)} failed")
        times.append(float(seconds))
        CPU_TIMES.append(float(cpu))
        peak = max(peak, int(maxrss))
    return times, peak


def cli_line(times: list[float], peak: int, label: str = "CLI") -> str:
    return (f"  {label:8} {summary(times)}  peak {peak / 1024:.0f} MiB\n"
            f"  {label + ' CPU':8} {summary(CPU_TIMES)}  (user + system: what a quiet "
            "machine waits)")


def pick_queries(db: str) -> dict:
    """Speakers and search words of different frequencies, read from the database."""
    with sqlite3.connect(db) as connection:
        ranked = connection.execute(
            "select s.name, count(*) from claims c join speakers s on s.id = c.speaker_id "
            "group by s.id order by count(*) desc, s.id").fetchall()
        middle = ranked[len(ranked) // 20]  # a speaker at the 95th percentile of activity
        sample = connection.execute("select text from claims where id = ?",
                                    (connection.execute("select max(id) from claims")
                                     .fetchone()[0] // 2,)).fetchone()[0]
    words = re.findall(r"[A-Za-z]+", sample)
    place = next(w for w in reversed(words) if w[0].isupper() and w.lower() not in
                 {"speaking", "according", "monday", "tuesday", "wednesday", "thursday",
                  "friday", "january"})
    rare_place = Vocabulary.make(random.Random(SEED), 20_000).places[-1]  # Zipf's tail
    return {"top_speaker": ranked[0], "mid_speaker": middle,
            "surname": middle[0].split()[-1], "common_word": "nurses", "place": place,
            "rare_place": rare_place, "phrase": " ".join(sample.split()[1:4])}


def article_text(rng: random.Random, vocab: Vocabulary, words: int = 1000) -> str:
    """A generated article of about `words` words in the database's own vocabulary."""
    paragraphs, count = [], 0
    while count < words:
        paragraph = " ".join(make_sentence(rng, vocab)["text"] for _ in range(2))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "Generated follow-up story\n\n" + "\n\n".join(paragraphs)


def importtime(args: list[str]) -> list[tuple[int, str]]:
    """Import time of a CLI run by package (self times summed; factrack by subpackage),
    from python -X importtime, in microseconds, largest first."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "factrack.cli", *args],
                         cwd=REPO, capture_output=True, text=True)
    totals: dict[str, int] = defaultdict(int)
    for line in out.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
        if match:
            parts = match.group(2).split(".")
            package = ".".join(parts[:2]) if parts[0] == "factrack" else parts[0]
            totals[package] += int(match.group(1))
    return sorted(((v, k) for k, v in totals.items()), reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="benchmarks/out/scale_1m.db")
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15, help="library calls per query")
    parser.add_argument("--cli-repeat", type=int, default=7, help="CLI runs per command")
    parser.add_argument("--adds", type=int, default=5, help="articles added (library)")
    args = parser.parse_args()
    db = str(Path(args.db).resolve())
    if not Path(db).exists():
        Path(db).parent.mkdir(parents=True, exist_ok=True)
        print("generating:", generate_database(db, args.claims, args.articles))

    from sqlmodel import Session

    from factrack.db import open_database
    from factrack.ingest import add_article, extract_safely
    from factrack.inputs import ArticleSource
    from factrack.queries import ClaimFilter, claim_detail, group_timeline, list_claims

    print(f"machine: nproc={os.cpu_count()}, python {sys.version.split()[0]}, "
          f"sqlite {sqlite3.sqlite_version}; load average {os.getloadavg()[0]:.1f}")
    started = time.perf_counter()
    engine = open_database(db)
    print(f"open (and migrate to head if needed): {time.perf_counter() - started:.1f} s")
    with sqlite3.connect(db) as connection:
        claims, articles = connection.execute(
            "select (select count(*) from claims), (select count(*) from articles)").fetchone()
        size = sum(Path(f"{db}{s}").stat().st_size for s in ("", "-wal")
                   if Path(f"{db}{s}").exists())
        print(f"database: {claims:,} claims, {articles:,} articles, {size / 2**20:,.0f} MiB")
        try:
            tables = defaultdict(int)
            for name, pages in connection.execute("select name, sum(pgsize) from dbstat "
                                                  "group by name"):
                tables["claims_fts (FTS5 index)" if name.startswith("claims_fts") else name] \
                    += pages
            print("  largest:", ", ".join(f"{n} {b / 2**20:.0f} MiB" for n, b in
                                          sorted(tables.items(), key=lambda x: -x[1])[:8]))
        except sqlite3.OperationalError:
            pass
    q = pick_queries(db)
    print("queries:", json.dumps(q))
    top, mid = q["top_speaker"][0], q["mid_speaker"][0]
    cases = [
        ("claims --speaker (exact, 95th pct speaker)", dict(speaker=mid), ["--speaker", mid]),
        ("claims --speaker (surname, fuzzy)", dict(speaker=q["surname"]),
         ["--speaker", q["surname"]]),
        ("claims --speaker (busiest speaker) --limit 50", dict(speaker=top, limit=50),
         ["--speaker", top, "--limit", "50"]),
        ("claims --search (rare place name)", dict(search=q["rare_place"]),
         ["--search", q["rare_place"]]),
        ("claims --search (frequent place name)", dict(search=q["place"]),
         ["--search", q["place"]]),
        ("claims --search (3-word phrase)", dict(search=q["phrase"]), ["--search", q["phrase"]]),
        ("claims --search (common word) --limit 50", dict(search=q["common_word"], limit=50),
         ["--search", q["common_word"], "--limit", "50"]),
    ]
    print("\n== library call (list_claims in one session), then whole CLI process ==")
    for label, filters, cli_args in cases:
        def call(filters=filters):
            with Session(engine) as session:
                return len(list_claims(session, ClaimFilter(**filters)).rows)
        times, rows = time_library(call, args.repeat)
        print(f"{label}: {rows} rows\n  library  {summary(times)}")
        times, peak = time_cli(["claims", "--db", db, "--format", "ndjson", *cli_args],
                               args.cli_repeat)
        print(cli_line(times, peak))
        times, peak = time_cli(["claims", "--db", db, "--format", "ndjson", *cli_args],
                               args.cli_repeat, env={"FACTRACK_FAST_READ": "0"})
        print(cli_line(times, peak, "ORM CLI"))
    from factrack import search
    print("without the FTS5 index (the substring scan every database had before 0003):")
    register = search.SEARCH_BACKENDS["sqlite"]
    search.register_search("sqlite", search.substring_condition)
    try:
        for label, filters, _ in cases:
            if "search" in filters:
                def scan(filters=filters):
                    with Session(engine) as session:
                        return len(list_claims(session, ClaimFilter(**filters)).rows)
                times, rows = time_library(scan, max(3, args.repeat // 3))
                print(f"{label}: {rows} rows\n  library  {summary(times)}")
    finally:
        search.register_search("sqlite", register)
    ids = random.Random(1).sample(range(1, claims + 1), max(args.repeat, args.cli_repeat))

    def show(claim_id: int) -> int:
        with Session(engine) as session:
            detail = claim_detail(session, claim_id)
            if detail["group_id"] is not None:
                detail["timeline"] = group_timeline(session, detail["group_id"])
            return len(detail)
    times = []
    for claim_id in ids[:args.repeat]:
        times += time_library(lambda: show(claim_id), 1)[0]
    print(f"show ID\n  library  {summary(times)}")
    cli_times, cpu_times, peak = [], [], 0
    for claim_id in ids[:args.cli_repeat]:
        one, one_peak = time_cli(["show", "--db", db, str(claim_id)], 1)
        cli_times += one
        cpu_times += CPU_TIMES
        peak = max(peak, one_peak)
    CPU_TIMES[:] = cpu_times
    print(cli_line(cli_times, peak))
    baseline, peak = time_cli(["--version"], args.cli_repeat)
    print(f"CLI start-up alone (factrack --version)\n{cli_line(baseline, peak)}")

    print("\n== add one more ~1,000-word article (extraction + storage + linking + flags) ==")
    rng = random.Random(SEED)
    vocab = Vocabulary.make(rng, 20_000)  # the generator's vocabulary: realistic matches
    extract_times, store_times = [], []
    for n in range(args.adds):
        text_ = article_text(random.Random(f"{time.time()}-{n}"), vocab)
        source = ArticleSource(text_, f"bench-{time.time_ns()}.txt")
        started = time.perf_counter()
        extraction = extract_safely(source)
        extracted = time.perf_counter()
        result = add_article(engine, source, extraction)
        store_times.append(time.perf_counter() - extracted)
        extract_times.append(extracted - started)
    print(f"  {len(text_.split())} words, {result.claims} claims, {result.linked} linked")
    print(f"  library  extraction {summary(extract_times)}")
    print(f"  library  storage    {summary(store_times)}")
    print(f"  library  total      "
          f"{summary([a + b for a, b in zip(extract_times, store_times)])}")
    with tempfile.TemporaryDirectory() as tmp:
        add_times, cpu_times, peak = [], [], 0
        for n in range(max(1, args.cli_repeat // 2)):
            path = Path(tmp) / f"story{n}.txt"
            path.write_text(article_text(random.Random(f"cli-{time.time()}-{n}"), vocab),
                            encoding="utf-8")
            one, one_peak = time_cli(["add", "--db", db, str(path)], 1)
            add_times += one
            cpu_times += CPU_TIMES
            peak = max(peak, one_peak)
        CPU_TIMES[:] = cpu_times
        print(cli_line(add_times, peak))

    print("\n== unbounded: every claim of the busiest speaker, no --limit ==")
    for label, env in (("fast path", None), ("ORM path", {"FACTRACK_FAST_READ": "0"})):
        times, peak = time_cli(["claims", "--db", db, "--format", "ndjson", "--speaker", top],
                               1, env)
        print(f"  {q['top_speaker'][1]:,} claims, {label}: CLI {times[0]:.1f} s "
              f"(CPU {CPU_TIMES[0]:.1f} s), peak {peak / 1024:.0f} MiB")

    for command in (["claims", "--help"], ["claims", "--db", db, "--speaker", mid]):
        print(f"\n== where CLI start-up goes: python -X importtime -m factrack.cli "
              f"{' '.join(command)} ==")
        packages = importtime(command)
        print(f"  all imports: {sum(m for m, _ in packages) / 1000:.0f} ms")
        for micros, package in packages[:16]:
            print(f"  {micros / 1000:7.1f} ms  {package}")


if __name__ == "__main__":
    main()
