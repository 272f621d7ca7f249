"""How many real numerical fact-check claims (QuanTemp test set) yield a figure.

Every claim in QuanTemp was picked by fact-checkers *because* it is numerical, so a
claim where find_quantities finds nothing is (almost always) a grammar miss. Prints the
coverage, a breakdown of the misses (date-only claims are misses by design: dates are
not figures), and writes every miss to benchmarks/out/quantemp_misses.txt for reading.

    python benchmarks/quantemp_coverage.py [--corpus DIR]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

from factrack.extract.numbers import find_quantities

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "quantemp-numerical-claims-subset"
OUT = ROOT / "benchmarks" / "out"

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_YEAR_OR_DATE = re.compile(
    rf"\b(?:1[5-9]|20)\d\d(?:s\b)?|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?", re.I)
_ANY_DIGIT = re.compile(r"\d")
_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million|billion|dozen|half|third|quarter|twice|double|zero)\b", re.I)
# Digits the grammar skips by design: ids and names ("Covid-19", "F-16", "5G", "Flight 370",
# "Article 370", "HB 97"), times ("4am", "2 a.m.", "4:20"), seasons ("2020-21"), ordinals.
_BY_DESIGN = re.compile(
    r"\b[A-Za-z]+[-#]?\d[\w-]*|\b\d+[A-Za-z]+\w*|#\d+|\b\d{1,2}(?::\d\d)?\s?(?:a\.?m\.?|p\.?m\.?)|"
    r"\b\d{1,2}:\d\d|\b(?:19|20)\d\d[-/]\d\d\b|"
    r"\b(?:flight|article|act|hb|hr|sjr|proposal|proposition|district|building|channel|stage|"
    r"super bowl|apollo|boeing|leopard|gadar|paragraph|issue|number|no\.|ga\.|route|atari|"
    r"asteroid|nord stream|iphone|world cup|t20)\s+\d+", re.I)


def load_claims(corpus: Path) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    with open(corpus / "test_claimdecomp.csv", encoding="utf-8", newline="") as handle:
        return [row["claims"].strip().strip('"').strip() for row in csv.DictReader(handle, delimiter="@")]


def classify_miss(claim: str) -> str:
    """Rough reason a claim yielded nothing: helps tell grammar gaps from by-design skips."""
    if not _ANY_DIGIT.search(claim):
        if _NUMBER_WORD.search(claim):
            return "number words only"
        return "no figure at all (neither digits nor number words)"
    stripped = _YEAR_OR_DATE.sub("", claim)
    if not _ANY_DIGIT.search(stripped):
        return "only years/dates/day numbers"
    if not _ANY_DIGIT.search(_BY_DESIGN.sub("", stripped)):
        return "only ids/names/times (skipped by design)"
    return "other digits"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    if not (args.corpus / "test_claimdecomp.csv").exists():
        print(f"QuanTemp subset not found at {args.corpus}; nothing to measure.")
        return 0
    claims = load_claims(args.corpus)
    misses = [c for c in claims if not find_quantities(c)]
    covered = len(claims) - len(misses)
    reasons = Counter(classify_miss(c) for c in misses)
    kinds = Counter(q.kind for c in claims for q in find_quantities(c))
    print(f"claims: {len(claims)}")
    print(f"with >= 1 figure: {covered} ({100 * covered / len(claims):.1f}%)")
    date_only = reasons.get("only years/dates/day numbers", 0)
    ids_only = reasons.get("only ids/names/times (skipped by design)", 0)
    print(f"coverage excluding date-only claims: "
          f"{100 * covered / max(1, len(claims) - date_only):.1f}% of {len(claims) - date_only}")
    no_figure = reasons.get("no figure at all (neither digits nor number words)", 0)
    rest = len(claims) - date_only - ids_only - no_figure
    print(f"coverage excluding claims without a figure or whose only digits are dates, ids, names or times: "
          f"{100 * covered / max(1, rest):.1f}% of {rest}")
    print("misses by reason:")
    for reason, n in reasons.most_common():
        print(f"  {n:5d}  {reason}")
    print("figures by kind:", ", ".join(f"{k}={n}" for k, n in kinds.most_common()))
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "quantemp_misses.txt"
    with open(path, "w", encoding="utf-8") as handle:
        for claim in sorted(misses, key=classify_miss):
            handle.write(f"[{classify_miss(claim)}] {claim}\n")
    print(f"misses written to {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
