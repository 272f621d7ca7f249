"""End-to-end ingest: `factrack add` of many real articles into a new SQLite database.

Runs the real CLI in a subprocess (`python -m factrack.cli add --workers W ...`) once per
worker count (W extraction processes beside the writer; 0 = all in one process; the
default on this 2-core machine is 1), on the first N sorted BBC articles of the shared
corpus (generated articles when the corpus is absent), and prints wall time, articles/s, claims stored and peak
memory: of the largest single process, and of the whole process tree (sampled). CPU
seconds (user + system, workers included) are printed too: on a shared machine the wall
time depends on the other load, the CPU time much less.
`--profile N` instead profiles N articles in this process (cProfile) and prints the
extraction / storage split and the functions storage spends its time in;
`--phases N` prints the CPU per article of each storage phase (no profiler);
`--extract-only` times `extract_in_workers` alone per worker count and checks that every
worker count gives identical extractions.

    python benchmarks/ingest.py --articles 2000 --workers 1,2,0
    python benchmarks/ingest.py --profile 300
    python benchmarks/ingest.py --phases 2000
    python benchmarks/ingest.py --extract-only --workers 0,1,2
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
CORPUS = REPO.parent / "shared" / "corpus" / "bbc-news-2225"


def article_paths(n: int, workdir: Path) -> tuple[list[Path], str]:
    """The first n sorted corpus articles, or n generated ones when the corpus is absent."""
    found = sorted(CORPUS.glob("*/*.txt"))[:n]
    if len(found) == n:
        return found, f"{CORPUS} (first {n} sorted)"
    from scale_db import Vocabulary, make_sentence
    rng = random.Random(7)
    vocab = Vocabulary.make(rng, 2000)
    folder = workdir / "generated"
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(n):
        paragraphs = [" ".join(make_sentence(rng, vocab)["text"] for _ in range(2))
                      for _ in range(rng.randint(6, 14))]
        path = folder / f"{i:05d}.txt"
        path.write_text(f"Generated story {i}\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
        paths.append(path)
    return paths, f"{n} generated articles (corpus absent)"


def tree_rss_kib(root: int) -> int:
    """Resident memory of `root` and all its descendants (Linux /proc), in KiB."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def run_add(paths: list[Path], db: Path, workers: int) -> dict:
    command = [sys.executable, "-m", "factrack.cli", "add", "--db", str(db), "--workers",
               str(workers), "--format", "json", *map(str, paths)]
    peak_tree = 0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not done.wait(0.25):
            peak_tree = max(peak_tree, tree_rss_kib(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if process.returncode not in (0, 1):
        raise SystemExit(f"add failed ({process.returncode}): {err[-2000:]}")
    with sqlite3.connect(db) as connection:
        articles, claims = connection.execute(
            "select (select count(*) from articles), (select count(*) from claims)").fetchone()
    return {"workers": workers, "seconds": round(seconds, 1),
            "articles_per_s": round(articles / seconds, 1), "cpu_seconds": round(cpu, 1),
            "cpu_ms_per_article": round(cpu / max(articles, 1) * 1000, 1),
            "articles": articles,
            "claims": claims, "errors": err.count("Error:"),
            "peak_tree_mib": round(peak_tree / 1024),
            "db_mib": round(db.stat().st_size / 2**20, 1)}


def profile(paths: list[Path], db: Path, top: int) -> None:
    from factrack.db import open_database
    from factrack.ingest import add_article, extract_safely
    from factrack.inputs import read_article_file
    from factrack.linking import ClaimLinker

    engine = open_database(str(db))
    sources = [read_article_file(p) for p in paths]
    started = time.perf_counter()
    extractions = [extract_safely(s) for s in sources]
    extracted = time.perf_counter()
    profiler = cProfile.Profile()
    profiler.enable()
    linker = ClaimLinker()  # as `factrack add` does: one linker for the run
    for source, extraction in zip(sources, extractions):
        add_article(engine, source, extraction, linker)
    profiler.disable()
    stored = time.perf_counter()
    n = len(sources)
    print(f"extraction: {extracted - started:.2f} s ({(extracted - started) / n * 1000:.1f} "
          f"ms/article); storage incl. linking and flags, under cProfile: "
          f"{stored - extracted:.2f} s ({(stored - extracted) / n * 1000:.1f} ms/article)")
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(top)


def phases(paths: list[Path], db: Path) -> None:
    """CPU per article of each storage phase, timed by wrapping the functions (no
    profiler: cProfile inflates Python calls several times over and skews the split)."""
    import factrack.ingest as ingest
    import factrack.linking as linking
    from factrack.db import open_database
    from factrack.inputs import read_article_file

    spent: dict[str, float] = {}

    def timed(owner, name: str, label: str) -> None:
        function = getattr(owner, name)

        def wrapper(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - started
        setattr(owner, name, wrapper)

    for owner, name, label in (
            (ingest, "insert_article", "insert (article, speakers, claims)"),
            (ingest, "link_new_claims", "linking, of which:"),
            (linking, "best_matches", "  scoring candidates"),
            (linking, "block_hits", "  reading blocks"),
            (linking, "rank_candidates", "  ranking candidates"),
            (linking.ClaimLinker, "_join", "  joining groups"),
            (linking.ClaimLinker, "flush", "  writing index rows"),
            (ingest, "apply_flags", "flags"),
            (ingest, "repeat_warnings", "repeat warnings")):
        spent[label] = 0.0
        timed(owner, name, label)
    prepared = [(s, ingest.prepare_article(s)) for s in map(read_article_file, paths)]
    engine = open_database(str(db))
    linker = linking.ClaimLinker()
    started = time.process_time()
    for source, article in prepared:
        ingest.add_article(engine, source, article, linker)
    total = time.process_time() - started
    n = len(prepared)
    print(f"storage: {total / n * 1000:.2f} ms CPU per article over {n} articles")
    for label, seconds in spent.items():
        print(f"  {label:<36} {seconds / n * 1000:6.2f} ms")


def extract_only(paths: list[Path], worker_counts: list[int]) -> None:
    from factrack.inputs import read_article_file
    from factrack.parallel import extract_in_workers

    sources = [read_article_file(p) for p in paths]
    first = None
    for workers in worker_counts:
        before = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
            resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        extractions = [e for _, e in extract_in_workers(sources, workers)]
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
            resource.RUSAGE_CHILDREN)
        cpu = sum(a.ru_utime + a.ru_stime - b.ru_utime - b.ru_stime
                  for a, b in zip(after, before))
        first = first or extractions
        print({"workers": workers, "seconds": round(seconds, 1),
               "articles_per_s": round(len(sources) / seconds), "cpu_seconds": round(cpu, 1),
               "claims": sum(len(e.claims) for e in extractions),
               "identical_to_first": extractions == first}, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", default="1,0",
                        help="comma-separated worker counts (0: extract in the writer)")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="profile N articles in-process instead")
    parser.add_argument("--phases", type=int, default=0, metavar="N",
                        help="CPU per storage phase over N articles, in-process")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--extract-only", action="store_true",
                        help="time parallel extraction alone")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="factrack-ingest-") as tmp:
        workdir = Path(tmp)
        paths, described = article_paths(args.profile or args.phases or args.articles,
                                         workdir)
        print(f"articles: {described}; nproc={os.cpu_count()}; "
              f"python {sys.version.split()[0]}")
        if args.profile:
            profile(paths, workdir / "profile.db", args.top)
            return
        if args.phases:
            phases(paths, workdir / "phases.db")
            return
        if args.extract_only:
            extract_only(paths, [int(w) for w in args.workers.split(",")])
            return
        for workers in (int(w) for w in args.workers.split(",")):
            result = run_add(paths, workdir / f"ingest-{workers}.db", workers)
            result["peak_largest_process_mib"] = round(
                resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
            print(result, flush=True)


if __name__ == "__main__":
    main()
