"""Score the extractor against the hand-labeled gold set in `fixtures/gold/`.

The gold set is written by people who did not write the extractor, so these figures say how
close extraction is to what a careful fact-checker wants, not to what the code happens to do.
Each gold article `NAME.txt` has a label file `NAME.json` (format in docs/evaluation.md).
Predictions are matched to gold claims by the overlap of their figure spans, one-to-one.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, utils

from factrack.errors import InputError
from factrack.extract import extract
from factrack.extract.types import ATTRIBUTIONS, BOUNDS, KINDS, ClaimCandidate, Extraction

NUMERIC_FIELDS = ("value", "unit", "bound", "kind", "measure", "value_max")
CLAIM_KEYS = ("figure", "context", "kind", "value", "value_max", "unit", "bound", "measure",
              "speaker", "attribution")

_WORD = re.compile(r"[a-z0-9]+")
_DETERMINERS = frozenset({"the", "a", "an"})
_HONORIFIC = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|rev|gen|sen|rep)\.?\s+)+",
    re.IGNORECASE)


class GoldFormatError(InputError):
    """A gold label file breaks the format: the gold set itself must be fixed."""


@dataclass(frozen=True, slots=True)
class GoldClaim:
    """One labeled claim; start/end span its figure in the article text."""

    figure: str
    context: str
    start: int
    end: int
    kind: str
    value: float | None
    value_max: float | None
    unit: str | None
    bound: str | None
    measure: str | None
    speaker: str | None
    attribution: str

    @property
    def numeric(self) -> bool:
        return self.kind != "factual"


@dataclass(frozen=True, slots=True)
class GoldNegative:
    """A figure that must yield no claim (caption, badge, price, date ...)."""

    figure: str
    context: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class GoldArticle:
    name: str
    text: str
    claims: tuple[GoldClaim, ...]
    negatives: tuple[GoldNegative, ...]


@dataclass(slots=True)
class Tally:
    """correct out of total; `rate` is None when nothing was counted."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    @property
    def rate(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass(frozen=True, slots=True)
class FieldError:
    """A matched claim whose predicted field differs from the gold label."""

    gold: GoldClaim
    field: str
    expected: object
    predicted: object


@dataclass(slots=True)
class ArticleResult:
    """What one article contributes, with everything a developer needs to fix misses."""

    name: str
    misses: list[GoldClaim] = field(default_factory=list)
    false_positives: list[ClaimCandidate] = field(default_factory=list)
    negatives_hit: list[tuple[GoldNegative, ClaimCandidate]] = field(default_factory=list)
    field_errors: list[FieldError] = field(default_factory=list)
    text: str = ""


@dataclass(slots=True)
class EvaluationReport:
    """Precision/recall of claim finding and accuracy of each normalized field."""

    articles: list[ArticleResult] = field(default_factory=list)
    gold_numeric: int = 0
    predicted_numeric: int = 0
    numeric_true_positives: int = 0
    numeric_gold_found: int = 0
    gold_factual: int = 0
    predicted_factual: int = 0
    factual_true_positives: int = 0
    factual_gold_found: int = 0
    fields: dict[str, Tally] = field(
        default_factory=lambda: {name: Tally() for name in (*NUMERIC_FIELDS, "speaker",
                                                            "attribution")})

    @property
    def numeric_precision(self) -> float:
        return _ratio(self.numeric_true_positives, self.predicted_numeric)

    @property
    def numeric_recall(self) -> float:
        return _ratio(self.numeric_gold_found, self.gold_numeric)

    @property
    def factual_precision(self) -> float:
        return _ratio(self.factual_true_positives, self.predicted_factual)

    @property
    def factual_recall(self) -> float:
        return _ratio(self.factual_gold_found, self.gold_factual)

    def accuracy(self, name: str) -> float:
        """Accuracy of one field over matched claims (0.0 when nothing matched)."""
        rate = self.fields[name].rate
        return 0.0 if rate is None else rate


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


# ---------------------------------------------------------------- loading the gold set

def load_gold(gold_dir: Path) -> list[GoldArticle]:
    """Read and validate every `NAME.json` label file in `gold_dir`, in name order."""
    gold_dir = Path(gold_dir)
    label_files = sorted(gold_dir.glob("*.json"))
    if not label_files:
        raise GoldFormatError(f"{gold_dir}: no gold label files (*.json)")
    return [load_gold_article(path) for path in label_files]


def load_gold_article(label_path: Path) -> GoldArticle:
    """Read one label file and its article; raise GoldFormatError on any broken label."""
    try:
        data = json.loads(label_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldFormatError(f"{label_path}: {exc}") from exc
    article_path = label_path.parent / data.get("article", "")
    if not article_path.is_file():
        raise GoldFormatError(f"{label_path}: article {data.get('article')!r} not found")
    text = article_path.read_text(encoding="utf-8")
    where = label_path.name
    claims = tuple(_gold_claim(text, raw, f"{where} claim {i}")
                   for i, raw in enumerate(data.get("claims", [])))
    negatives = tuple(GoldNegative(raw["figure"], raw["context"],
                                   *_figure_span(text, raw, f"{where} negative {i}"))
                      for i, raw in enumerate(data.get("negatives", [])))
    spans = sorted((c.start, c.end, c.figure) for c in claims)
    for (s1, e1, f1), (s2, e2, f2) in zip(spans, spans[1:]):
        if s2 < e1:
            raise GoldFormatError(f"{where}: gold figures overlap: {f1!r} and {f2!r}")
    return GoldArticle(article_path.name, text, claims, negatives)


def _figure_span(text: str, raw: dict, where: str) -> tuple[int, int]:
    figure, context = raw.get("figure"), raw.get("context")
    if not figure or not context:
        raise GoldFormatError(f"{where}: figure and context are required")
    first = text.find(context)
    if first < 0:
        raise GoldFormatError(f"{where}: context not in article: {context!r}")
    if text.find(context, first + 1) >= 0 and not _only_in_repeated_paragraph(text, context):
        raise GoldFormatError(f"{where}: context occurs more than once: {context!r}")
    inner = context.find(figure)
    if inner < 0 or context.find(figure, inner + 1) >= 0:
        raise GoldFormatError(f"{where}: figure {figure!r} must occur once in {context!r}")
    return first + inner, first + inner + len(figure)


def _only_in_repeated_paragraph(text: str, context: str) -> bool:
    """True when every occurrence of `context` lies in copies of one repeated paragraph.

    Pages often print a paragraph twice (a pull-out box, a syndication glitch); its claims
    are labeled once, at the first copy, and a claim found in a later copy is a false positive.
    """
    paragraphs = set()
    start = text.find(context)
    while start >= 0:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        if start + len(context) > line_end:
            return False
        paragraphs.add(text[line_start:line_end].strip())
        start = text.find(context, start + 1)
    return len(paragraphs) == 1


def _gold_claim(text: str, raw: dict, where: str) -> GoldClaim:
    missing = [key for key in CLAIM_KEYS if key not in raw]
    if missing:
        raise GoldFormatError(f"{where}: missing {', '.join(missing)}")
    start, end = _figure_span(text, raw, where)
    kind, bound, attribution = raw["kind"], raw["bound"], raw["attribution"]
    if kind not in KINDS:
        raise GoldFormatError(f"{where}: kind {kind!r} not in {KINDS}")
    if attribution not in ATTRIBUTIONS:
        raise GoldFormatError(f"{where}: attribution {attribution!r} not in {ATTRIBUTIONS}")
    if (attribution == "none") != (raw["speaker"] is None):
        raise GoldFormatError(f"{where}: speaker must be null exactly when attribution is none")
    if kind == "factual":
        if any(raw[key] is not None for key in ("value", "value_max", "unit", "bound")):
            raise GoldFormatError(f"{where}: factual claims carry no value/unit/bound")
    else:
        if bound not in BOUNDS:
            raise GoldFormatError(f"{where}: bound {bound!r} not in {BOUNDS}")
        if not isinstance(raw["value"], (int, float)):
            raise GoldFormatError(f"{where}: numeric claims need a numeric value")
        if (bound == "range") != (raw["value_max"] is not None):
            raise GoldFormatError(f"{where}: value_max is set exactly for ranges")
        if kind == "share" and raw["unit"] != "%":
            raise GoldFormatError(f"{where}: shares use unit '%'")
        if kind == "money" and not re.fullmatch(r"[A-Z]{3}", raw["unit"] or ""):
            raise GoldFormatError(f"{where}: money needs an ISO 4217 unit")
    return GoldClaim(raw["figure"], raw["context"], start, end, kind,
                     _number(raw["value"]), _number(raw["value_max"]), raw["unit"], bound,
                     raw["measure"], raw["speaker"], attribution)


def _number(value: object) -> float | None:
    return None if value is None else float(value)


# ---------------------------------------------------------------- comparing fields

def values_agree(predicted: float | None, gold: float | None) -> bool:
    """Equal within a relative tolerance of 1e-3 ("one-third" 33.333 vs 33.33)."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return math.isclose(predicted, gold, rel_tol=1e-3, abs_tol=1e-9)


def _measure_words(measure: str) -> list[str]:
    return [w for w in _WORD.findall(measure.lower()) if w not in _DETERMINERS]


def measures_agree(predicted: str | None, gold: str | None) -> bool:
    """Word-set Jaccard >= 0.5, or one phrase contains the other (after lowercasing).

    Measures are noun phrases whose edges people draw differently ("Chinese enterprises" vs
    "enterprises"), so exact equality would punish answers a reviewer would accept.
    """
    if predicted is None or gold is None:
        return predicted is None and gold is None
    p_words, g_words = _measure_words(predicted), _measure_words(gold)
    if not p_words or not g_words:
        return p_words == g_words
    p_text, g_text = " ".join(p_words), " ".join(g_words)
    if f" {p_text} " in f" {g_text} " or f" {g_text} " in f" {p_text} ":
        return True
    p_set, g_set = set(p_words), set(g_words)
    return len(p_set & g_set) / len(p_set | g_set) >= 0.5


def strip_honorific(name: str) -> str:
    return _HONORIFIC.sub("", name.strip()).strip()


def speakers_agree(predicted: ClaimCandidate, gold: GoldClaim) -> bool:
    """Both reporter's voice, or the same person/organization by name, alias or fuzzy match."""
    speaker = predicted.speaker
    if speaker is None or gold.speaker is None:
        return speaker is None and gold.speaker is None
    want = strip_honorific(gold.speaker).casefold()
    names = (speaker.name, *speaker.aliases)
    if any(strip_honorific(name).casefold() == want for name in names):
        return True
    return fuzz.token_set_ratio(strip_honorific(speaker.name), strip_honorific(gold.speaker),
                                processor=utils.default_process) >= 90


def field_agrees(name: str, predicted: ClaimCandidate, gold: GoldClaim) -> bool:
    if name in ("value", "value_max"):
        return values_agree(getattr(predicted, name), getattr(gold, name))
    if name == "measure":
        return measures_agree(predicted.measure, gold.measure)
    if name == "speaker":
        return speakers_agree(predicted, gold)
    return getattr(predicted, name) == getattr(gold, name)


# ---------------------------------------------------------------- matching and scoring

def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def match_claims(predicted: Iterable[ClaimCandidate],
                 gold: Iterable[GoldClaim]) -> list[tuple[ClaimCandidate, GoldClaim]]:
    """Pair predictions with gold claims one-to-one, greedily by figure-span overlap.

    Pairs of the same family (numeric with numeric, factual with factual) go first, then
    larger overlaps, so a factual "largest" does not steal the span of a "third-largest" rank.
    """
    predicted, gold = list(predicted), list(gold)
    candidates = []
    for pi, p in enumerate(predicted):
        for gi, g in enumerate(gold):
            size = _overlap(p.figure_start, p.figure_end, g.start, g.end)
            if size:
                same_family = (p.kind != "factual") == g.numeric
                candidates.append((not same_family, -size, pi, gi))
    candidates.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, pi, gi in candidates:
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            pairs.append((predicted[pi], gold[gi]))
    return pairs


def score_article(article: GoldArticle, extraction: Extraction,
                  report: EvaluationReport) -> ArticleResult:
    """Add one article's counts to `report` and return its misses and false positives."""
    result = ArticleResult(article.name, text=article.text)
    pairs = match_claims(extraction.claims, article.claims)
    matched_pred = {id(p) for p, _ in pairs}
    matched_gold = {id(g) for _, g in pairs}
    for claim in extraction.claims:
        numeric = claim.kind != "factual"
        if numeric:
            report.predicted_numeric += 1
        else:
            report.predicted_factual += 1
        if id(claim) in matched_pred:
            if numeric:
                report.numeric_true_positives += 1
            else:
                report.factual_true_positives += 1
            continue
        result.false_positives.append(claim)
        for negative in article.negatives:
            if _overlap(claim.figure_start, claim.figure_end, negative.start, negative.end):
                result.negatives_hit.append((negative, claim))
    for gold in article.claims:
        if gold.numeric:
            report.gold_numeric += 1
            report.numeric_gold_found += id(gold) in matched_gold
        else:
            report.gold_factual += 1
            report.factual_gold_found += id(gold) in matched_gold
        if id(gold) not in matched_gold:
            result.misses.append(gold)
    for predicted, gold in pairs:
        names = (*NUMERIC_FIELDS, "speaker", "attribution") if gold.numeric else (
            "speaker", "attribution")
        for name in names:
            ok = field_agrees(name, predicted, gold)
            report.fields[name].add(ok)
            if not ok:
                shown = predicted.speaker.name if name == "speaker" and predicted.speaker \
                    else getattr(predicted, name)
                result.field_errors.append(FieldError(gold, name, getattr(gold, name), shown))
    report.articles.append(result)
    return result


def evaluate_gold(gold_dir: Path,
                  extractor: Callable[[str], Extraction] = extract) -> EvaluationReport:
    """Run `extractor` (the real extractor by default) on every gold article and score it."""
    report = EvaluationReport()
    for article in load_gold(gold_dir):
        score_article(article, extractor(article.text), report)
    return report


# ---------------------------------------------------------------- rendering

def _pct(rate: float | None) -> str:
    return "   n/a" if rate is None else f"{rate * 100:5.1f}%"


def _snippet(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def format_report(report: EvaluationReport, details: bool = True) -> str:
    """A table of the scores, then each article's misses, false positives and field errors."""
    lines = [
        f"Gold articles: {len(report.articles)}",
        "",
        f"{'claims':<10} {'gold':>5} {'pred':>5} {'TP':>5} {'precision':>10} {'recall':>8}",
        f"{'numeric':<10} {report.gold_numeric:>5} {report.predicted_numeric:>5} "
        f"{report.numeric_true_positives:>5} {_pct(report.numeric_precision):>10} "
        f"{_pct(report.numeric_recall):>8}",
        f"{'factual':<10} {report.gold_factual:>5} {report.predicted_factual:>5} "
        f"{report.factual_true_positives:>5} {_pct(report.factual_precision):>10} "
        f"{_pct(report.factual_recall):>8}",
        "",
        f"{'field':<12} {'correct':>8} {'of':>5} {'accuracy':>9}",
    ]
    for name, tally in report.fields.items():
        lines.append(f"{name:<12} {tally.correct:>8} {tally.total:>5} {_pct(tally.rate):>9}")
    if not details:
        return "\n".join(lines)
    for result in report.articles:
        if not (result.misses or result.false_positives or result.field_errors):
            continue
        lines += ["", f"== {result.name}"]
        for gold in result.misses:
            lines.append(f"  MISS  {gold.kind:<8} {_snippet(result.text, gold.start, gold.end)}")
        hit = {id(claim): negative for negative, claim in result.negatives_hit}
        for claim in result.false_positives:
            tag = "  NEG  " if id(claim) in hit else "  FP   "
            lines.append(f"{tag}{claim.kind:<8} "
                         f"{_snippet(result.text, claim.figure_start, claim.figure_end)}")
        for error in result.field_errors:
            lines.append(f"  FIELD {error.field:<11} {error.gold.figure!r}: expected "
                         f"{error.expected!r}, got {error.predicted!r}")
    return "\n".join(lines)
