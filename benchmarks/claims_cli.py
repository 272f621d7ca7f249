"""Whole `factrack claims --speaker/--search` processes: fast read path against the ORM
path (FACTRACK_FAST_READ=0) and, optionally, an older source tree; runs interleaved so
that other load on the machine falls on each alike. Checks the outputs are identical.

    python benchmarks/claims_cli.py --db /tmp/scale1m.db --runs 10 \\
        --before /tmp/before   # e.g. `git archive 9c33b58 | tar -x -C /tmp/before`
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from scale_queries import pick_queries  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a database made by scale_db.py")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--before", help="an older source tree to time as well")
    args = parser.parse_args()
    db = str(Path(args.db).resolve())
    q = pick_queries(db)
    print("queries:", json.dumps(q))
    cases = [
        ("--speaker (exact, 95th pct speaker)", ["--speaker", q["mid_speaker"][0]]),
        ("--speaker (surname, fuzzy)", ["--speaker", q["surname"]]),
        ("--speaker (busiest) --limit 50", ["--speaker", q["top_speaker"][0], "--limit", "50"]),
        ("--search (rare place)", ["--search", q["rare_place"]]),
        ("--search (frequent place)", ["--search", q["place"]]),
        ("--search (3-word phrase)", ["--search", q["phrase"]]),
        ("--search (common word) --limit 50", ["--search", q["common_word"], "--limit", "50"]),
    ]
    trees = {"fast path": (REPO, {}), "ORM path (FACTRACK_FAST_READ=0)":
             (REPO, {"FACTRACK_FAST_READ": "0"})}
    if args.before:
        trees[f"before ({args.before})"] = (Path(args.before), {})
    print(f"machine: nproc={os.cpu_count()}; load average {os.getloadavg()[0]:.1f}")
    for label, options in cases:
        times: dict[str, list[float]] = {name: [] for name in trees}
        outputs: dict[str, bytes] = {}
        rows = 0
        for _ in range(args.runs):
            for name, (cwd, env) in trees.items():
                started = time.perf_counter()
                result = subprocess.run(
                    [sys.executable, "-m", "factrack.cli", "claims", "--db", db, "--format",
                     "ndjson", *options], cwd=cwd, capture_output=True,
                    env={**os.environ, **env}, check=True)
                times[name].append(time.perf_counter() - started)
                outputs.setdefault(name, result.stdout + b"\0" + result.stderr)
                rows = result.stdout.count(b"\n")
        print(f"claims {label}: {rows} rows, outputs identical: "
              f"{len(set(outputs.values())) == 1}")
        for name, seconds in times.items():
            print(f"  {name:40} median {statistics.median(seconds) * 1000:6.0f} ms  "
                  f"(min {min(seconds) * 1000:.0f}, max {max(seconds) * 1000:.0f})")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
