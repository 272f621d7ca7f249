"""End-to-end linking evaluation on the hand-labeled gold set (fixtures/linking/).

The one module of factrack.matching that reads files: it is a development tool. Every
article is run through the real extractor, claims become ClaimRecords, all sets are linked
together in one stream with link_incrementally (articles in file-name order = publication
order), and each gold pair is scored pairwise:

- a gold claim is located by its figure span: the extracted claim whose figure overlaps the
  gold figure most. A gold claim with no overlapping extracted claim, or sharing its claim
  with another gold claim of the same article (not extracted separately), is an
  extraction miss; pairs touching one count as "not linked, no mismatch" end to end;
- linked = both claims in one group; mismatch = linked and figures_agree() is False.

Reports precision/recall/F1 end to end and over located pairs only (matcher alone).

    python -m factrack.matching.evaluation fixtures/linking [-v] [--cold]
    python -m factrack.matching.evaluation --ecb [PATH]   # real news, see event_clusters

The last lines split the figures: all sets, tuning sets (01-08), held-out sets.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from collections.abc import Collection
from pathlib import Path

from factrack.extract import extract
from factrack.matching.figures import figures_agree
from factrack.matching.linking import link_incrementally
from factrack.matching.records import ClaimRecord, story_text
from factrack.matching.settings import DEFAULT_SETTINGS, MatchSettings
from factrack.matching.weights import TokenWeights


@dataclass(frozen=True, slots=True)
class PRF:
    true_positive: int
    false_positive: int
    false_negative: int

    @property
    def precision(self) -> float:
        predicted = self.true_positive + self.false_positive
        return self.true_positive / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        actual = self.true_positive + self.false_negative
        return self.true_positive / actual if actual else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, label: str) -> str:
        return (f"{label:32s} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
                f"(tp {self.true_positive}, fp {self.false_positive}, "
                f"fn {self.false_negative})")


@dataclass
class LinkingReport:
    pairs: int = 0
    same_pairs: int = 0
    mismatch_pairs: int = 0
    linking: PRF = PRF(0, 0, 0)
    mismatch: PRF = PRF(0, 0, 0)
    linking_located: PRF = PRF(0, 0, 0)
    mismatch_located: PRF = PRF(0, 0, 0)
    extraction_misses: list[str] = field(default_factory=list)
    miss_pairs: int = 0
    errors: list[str] = field(default_factory=list)
    #: Linked pairs / mismatch flags between claims of different sets (unrelated stories
    #: by construction): false links the gold pairs, all within a set, cannot see.
    cross_set_links: int = 0
    cross_set_mismatches: int = 0

    def summary(self, show_errors: bool = False) -> str:
        lines = [f"gold pairs {self.pairs} ({self.same_pairs} same, {self.mismatch_pairs} "
                 f"figure-mismatch); pairs touching an extraction miss: {self.miss_pairs}",
                 self.linking.line("linking (end to end)"),
                 self.mismatch.line("figure-mismatch (end to end)"),
                 self.linking_located.line("linking (located pairs only)"),
                 self.mismatch_located.line("figure-mismatch (located only)"),
                 f"links across sets (unrelated stories, all extracted claims): "
                 f"{self.cross_set_links} pairs, {self.cross_set_mismatches} flagged as "
                 f"figure mismatches",
                 f"extraction misses ({len(self.extraction_misses)} gold claims):"]
        lines += [f"  {m}" for m in self.extraction_misses]
        if show_errors:
            lines.append(f"linking errors ({len(self.errors)}):")
            lines += [f"  {e}" for e in self.errors]
        return "\n".join(lines)


def _counts(gold: list[bool], predicted: list[bool]) -> PRF:
    tp = sum(g and p for g, p in zip(gold, predicted))
    fp = sum(p and not g for g, p in zip(gold, predicted))
    fn = sum(g and not p for g, p in zip(gold, predicted))
    return PRF(tp, fp, fn)


def _records_for(directory: Path, names: list[str]) -> tuple[dict[str, list[ClaimRecord]],
                                                             dict[str, str]]:
    records: dict[str, list[ClaimRecord]] = {}
    texts: dict[str, str] = {}
    for name in names:
        text = (directory / name).read_text(encoding="utf-8")
        texts[name] = text
        extraction = extract(text)
        claims = extraction.claims
        story = story_text(extraction.title, [p.text for p in extraction.paragraphs[1:]])
        records[name] = [
            ClaimRecord.from_candidate(c, id=f"{name}#{i}", article_id=name, story=story)
            for i, c in enumerate(claims)]
        # keep absolute figure spans for locating gold figures
        for rec, c in zip(records[name], claims):
            _SPANS[rec.id] = (c.figure_start, c.figure_end)
    return records, texts


_SPANS: dict[str, tuple[int, int]] = {}


def _locate(records: list[ClaimRecord], text: str, ref: dict) -> ClaimRecord | None:
    start = text.index(ref["context"]) + ref["context"].index(ref["figure"])
    end = start + len(ref["figure"])
    best, best_overlap = None, 0
    for rec in records:
        fs, fe = _SPANS[rec.id]
        overlap = min(end, fe) - max(start, fs)
        if overlap > best_overlap:
            best, best_overlap = rec, overlap
    return best


@dataclass
class GoldCorpus:
    """Extracted records of every gold article, in stream order, and the located pairs."""

    stream: list[ClaimRecord]
    # (pair, record a or None, record b or None) for every gold pair
    pairs: list[tuple[dict, ClaimRecord | None, ClaimRecord | None]]
    extraction_misses: list[str]


def load_gold(directory: str | Path) -> GoldCorpus:
    """Run the extractor on every gold article and locate each gold claim by figure span."""
    directory = Path(directory)
    gold_files = sorted(directory.glob("*.gold.json"))
    golds = [json.loads(g.read_text(encoding="utf-8")) for g in gold_files]
    names = sorted({p.name for g in gold_files
                    for p in directory.glob(g.name.removesuffix(".gold.json") + "_*.txt")})
    records, texts = _records_for(directory, names)
    misses: dict[tuple[str, str, str], str] = {}
    located = []
    for gold in golds:
        refs = {}
        for pair in gold["pairs"]:
            for ref in (pair["a"], pair["b"]):
                refs[_key(ref)] = ref
        found = {key: _locate(records[key[0]], texts[key[0]], ref) for key, ref in refs.items()}
        claimed: dict[str, list[tuple]] = {}
        for key, rec in found.items():
            if rec is None:
                misses[key] = f"{key[0]}: {key[1]!r} in {key[2]!r} not extracted"
            else:
                claimed.setdefault(rec.id, []).append(key)
        for rec_id, keys in claimed.items():
            if len(keys) > 1:
                for key in keys:
                    misses[key] = (f"{key[0]}: {key[1]!r} in {key[2]!r} shares claim {rec_id} "
                                   f"with {len(keys) - 1} other gold figure(s)")
                    found[key] = None
        located += [(pair, found[_key(pair["a"])], found[_key(pair["b"])])
                    for pair in gold["pairs"]]
    stream = [r for name in names for r in records[name]]
    return GoldCorpus(stream, located, sorted(misses.values()))


def _set_of(record: ClaimRecord) -> str:
    return str(record.article_id).split("_")[0]


def _key(ref: dict) -> tuple[str, str, str]:
    return ref["article"], ref["figure"], ref["context"]


def score_gold(corpus: GoldCorpus, settings: MatchSettings = DEFAULT_SETTINGS,
               collection_weights: bool = True, sets: Collection[str] | None = None
               ) -> LinkingReport:
    """Link the corpus stream with `settings` and score every gold pair.

    collection_weights: IDF from all gold articles up front, as a database that already
    holds many articles has (default); False counts them incrementally from an empty
    database, so the first articles are scored with unstable weights (cold start).
    sets: score only the gold pairs of these sets ("set01", ...); all sets are still
    linked together in one stream (a tuning/held-out split).
    """
    if collection_weights:
        groups, flags = link_incrementally(corpus.stream, settings,
                                           TokenWeights.from_records(corpus.stream),
                                           count_weights=False)
    else:
        groups, flags = link_incrementally(corpus.stream, settings)
    group_of = {rec.id: i for i, group in enumerate(groups) for rec in group}
    report = LinkingReport(extraction_misses=list(corpus.extraction_misses))
    report.cross_set_links = sum(_set_of(a) != _set_of(b) for group in groups
                                 for i, a in enumerate(group) for b in group[:i])
    report.cross_set_mismatches = sum(_set_of(m.a) != _set_of(m.b) for m in flags)
    gold_same, gold_mis, pred_same, pred_mis, located = [], [], [], [], []
    for pair, a, b in corpus.pairs:
        if sets is not None and pair["a"]["article"].split("_")[0] not in sets:
            continue
        ok = a is not None and b is not None
        linked = ok and group_of[a.id] == group_of[b.id]
        mis = linked and not figures_agree(a, b, settings)
        gold_same.append(pair["same"])
        gold_mis.append(pair["mismatch"])
        pred_same.append(linked)
        pred_mis.append(mis)
        located.append(ok)
        if ok and (linked != pair["same"] or mis != pair["mismatch"]):
            kind = ("FN" if pair["same"] and not linked
                    else "FP" if linked and not pair["same"] else "MIS")
            report.errors.append(
                f"{kind} {pair['a']['article']} {pair['a']['context']!r} [{a.local_wording}] ~ "
                f"{pair['b']['article']} {pair['b']['context']!r} [{b.local_wording}] "
                f"gold mismatch={pair['mismatch']} predicted mismatch={mis}")
    report.pairs = len(gold_same)
    report.same_pairs = sum(gold_same)
    report.mismatch_pairs = sum(gold_mis)
    report.miss_pairs = located.count(False)
    report.linking = _counts(gold_same, pred_same)
    report.mismatch = _counts(gold_mis, pred_mis)
    keep = [i for i, ok in enumerate(located) if ok]
    report.linking_located = _counts([gold_same[i] for i in keep], [pred_same[i] for i in keep])
    report.mismatch_located = _counts([gold_mis[i] for i in keep], [pred_mis[i] for i in keep])
    return report


def evaluate_linking(directory: str | Path, settings: MatchSettings = DEFAULT_SETTINGS,
                     collection_weights: bool = True, sets: Collection[str] | None = None
                     ) -> LinkingReport:
    """Extract, link and score every gold set in `directory` (setNN.gold.json + articles)."""
    return score_gold(load_gold(directory), settings, collection_weights, sets)


#: Sets the defaults were tuned on; the others are held out (docs/linking.md).
TUNING_SETS = frozenset(f"set{n:02d}" for n in range(1, 9))


def split_summary(corpus: GoldCorpus, settings: MatchSettings = DEFAULT_SETTINGS,
                  collection_weights: bool = True) -> str:
    """One line per split: all sets, tuning sets, held-out sets."""
    names = {pair["a"]["article"].split("_")[0] for pair, _, _ in corpus.pairs}
    lines = []
    for label, sets in (("all", None), ("tuning", TUNING_SETS & names),
                        ("held-out", names - TUNING_SETS)):
        report = score_gold(corpus, settings, collection_weights, sets)
        lines.append(f"{label:9s} linking F1 {report.linking.f1:.3f} "
                     f"(P {report.linking.precision:.3f} R {report.linking.recall:.3f})  "
                     f"mismatch F1 {report.mismatch.f1:.3f} "
                     f"(P {report.mismatch.precision:.3f} R {report.mismatch.recall:.3f}, "
                     f"{report.mismatch_pairs} pairs)")
    return "\n".join(lines)


ECB_PLUS = Path(__file__).resolve().parents[3] / "shared/corpus/ecbplus-event-clusters"


def event_clusters(directory: str | Path = ECB_PLUS,
                   settings: MatchSettings = DEFAULT_SETTINGS) -> dict[str, dict[str, int]]:
    """Link the ECB+ corpus (real news: 43 topics x 2 events, several outlets per event)
    and count linked pairs and figure-mismatch flags by where the two claims come from:
    the same event, another event of the same topic (another earthquake, another firing
    of the same team's coach: hard negatives), another topic. There are no claim-level
    labels: links and flags across events are false, those within an event unknown."""
    import csv

    directory = Path(directory)
    with (directory / "clusters.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    cluster = {row["text_file"]: row["cluster_id"] for row in rows}
    stream = []
    for row in rows:
        extraction = extract((directory / row["text_file"]).read_text(encoding="utf-8"))
        story = story_text(extraction.title, [p.text for p in extraction.paragraphs[1:]])
        stream += [ClaimRecord.from_candidate(c, id=f"{row['text_file']}#{i}",
                                              article_id=row["text_file"], story=story)
                   for i, c in enumerate(extraction.claims)]
    groups, flags = link_incrementally(stream, settings, TokenWeights.from_records(stream),
                                       count_weights=False)

    def origin(a: ClaimRecord, b: ClaimRecord) -> str:
        event_a, event_b = cluster[a.article_id], cluster[b.article_id]
        if event_a == event_b:
            return "same event"
        return ("other event, same topic" if event_a.split("_")[0] == event_b.split("_")[0]
                else "other topic")

    counts: dict[str, dict[str, int]] = {"links": {}, "flags": {}}
    for group in groups:
        for i, a in enumerate(group):
            for b in group[:i]:
                key = origin(a, b)
                counts["links"][key] = counts["links"].get(key, 0) + 1
    for flag in flags:
        key = origin(flag.a, flag.b)
        counts["flags"][key] = counts["flags"].get(key, 0) + 1
    counts["claims"] = {"all": len(stream)}
    return counts


if __name__ == "__main__":
    if "--ecb" in sys.argv:
        rest = [a for a in sys.argv[1:] if not a.startswith("-")]
        print(event_clusters(rest[0] if rest else ECB_PLUS))
        sys.exit(0)
    target = sys.argv[1] if len(sys.argv) > 1 else "fixtures/linking"
    gold = load_gold(target)
    warm = "--cold" not in sys.argv
    print(score_gold(gold, collection_weights=warm).summary(show_errors="-v" in sys.argv))
    print(split_summary(gold, collection_weights=warm))
