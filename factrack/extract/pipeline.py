"""The extraction pipeline: paragraphs -> sentences -> clauses -> claims.

`extract(text)` is the public entry point used by `factrack add`. Only body paragraphs
(see `segment`) are read. Every figure from the number grammar that is not a bare date
or year becomes a numeric claim whose text is the smallest clause carrying it; clauses
with no figure become factual claims when they hold a superlative or a categorical
assertion. All offsets index the full article text: `text[c.start:c.end] == c.text`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from factrack.extract.attribution import attribute
from factrack.extract.boilerplate import is_pitch, may_hold_pitch
from factrack.extract.checkworthiness import claim_checkworthiness, sentence_logit
from factrack.extract.clauses import clause_pairs
from factrack.extract.factual import find_factual, has_factual_hint
from factrack.extract.keys import claim_key
from factrack.extract.numbers import find_quantities
from factrack.extract.segment import segment, split_sentences
from factrack.extract.types import ClaimCandidate, Extraction, Paragraph, Quantity

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_YEAR = re.compile(r"(?:1[89]\d\d|20\d\d)(?:/\d\d)?")
_BEFORE_DAY = re.compile(rf"{_MONTH}\s+$")
_AFTER_DAY = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:\W|$)")
_CLOCK_AFTER = re.compile(r"(?::\d\d|\s*[ap]\.?m\b\.?|\s*(?:GMT|BST|ET|EST|EDT|PT|PST|UTC)\b)")
_YEAR_PREFIX = re.compile(r"(?:\b(?:in|since|by|from|until|till|to|of|during|before|after|between|"
                          r"and|early|late|mid|summer|winter|spring|autumn|fall)|[-–,(]|[’'])\s*$",
                          re.IGNORECASE)
_CENTURY = re.compile(r"(?:st|nd|rd|th)?[\s-]*century", re.IGNORECASE)
_NAMED_STOP = "I The A An But And He She It They We".split()
# A capitalised word after a space (not a function word) or an acronym: the same matches as
# (?<=\s)(?!(?:I|The|...)\b)[A-Z][a-z]+|\b[A-Z]{2,}\b, written capital-first so the engine
# jumps from capital to capital.
_NAMED = re.compile(r"[A-Z](?:(?<=\s[A-Z])(?!" + "|".join(f"(?<={w[0]}){w[1:]}\\b" for w in _NAMED_STOP)
                    + r")[a-z]+|(?<!\w[A-Z])[A-Z]+\b)")


# "the two countries", "both sides": a small number naming things already mentioned.
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|its|their|his|her|our|all)\s+$", re.IGNORECASE)
_DEFINITE_NOUNS = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:countries|sides|men|women|leaders|economies|nations|parties|sides|"
    r"candidates|companies|firms|teams|players|brothers|sisters|sons|daughters|children|"
    r"governments|presidents|groups|cases|issues|things|of\s+(?:them|us|you|these|those))\b"
)


_THE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
_PLURAL_NOUN = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]+[^s\W]s\b")


_NAME_COMMA = re.compile(r"[A-Z][\w'’.-]+,\s*(?:now\s+|who\s+(?:is|was)\s+)?$")  # "Lee, who is 46,"
_COMMA_AFTER = re.compile(r"\s*(?:[,)]|\.(?:\s|$))")
_NOW_AND_AFTER = re.compile(r"\s+and\s")  # "Manson, now 80 and in prison"


def _is_reference(text: str, q: Quantity) -> bool:
    """ "The two sides", "the six libraries": the figure points back instead of counting;
    "Mr. Reinholt, 52, said": an age in apposition identifies a person, it is not a claim."""
    figure = text[q.start:q.end]
    if figure.isdigit() and len(figure) <= 3:
        name = _NAME_COMMA.search(text, max(0, q.start - 40), q.start)
        if name and (_COMMA_AFTER.match(text, q.end)
                     or name.group().endswith(("now ", "now")) and _NOW_AND_AFTER.match(text, q.end)):
            return True
    if q.kind != "count" or q.value is None or q.value > 10 or q.bound != "exact":
        return False
    before = text[max(0, q.start - 8):q.start]
    if q.value <= 4 and _DEFINITE_BEFORE.search(before) and _DEFINITE_NOUNS.match(text, q.end):
        return True
    return bool(_THE_BEFORE.search(before) and _PLURAL_NOUN.match(text, q.end))


# "the first six months of 2004", "the final three months of the year": a period, not a duration
_PERIOD_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:first|last|final|past|opening|closing)\s+$", re.IGNORECASE)
_PERIOD_AFTER = re.compile(r"\s+of\s+(?:(?:19|20)\d\d\b|(?:the|this|last|that|each|every)\s+"
                           r"(?:year|season|decade|month|quarter|century|term)\b)", re.IGNORECASE)


def _is_time_reference(text: str, q: Quantity) -> bool:
    """A year, day of month, clock time or century used to say *when*, not a claim."""
    if q.kind == "duration" and _PERIOD_AFTER.match(text, q.end) \
            and _PERIOD_BEFORE.search(text, max(0, q.start - 14), q.start):
        return True
    if q.unit is not None or q.kind not in ("count", "rank", "duration"):
        return False
    figure = text[q.start:q.end].strip()
    after = text[q.end:q.end + 16]
    if _CENTURY.match(after):
        return True
    if _CLOCK_AFTER.match(after) or text[max(0, q.start - 1):q.start] == ":":
        return True
    if _YEAR.fullmatch(figure):
        if after[:1] == "s" or after[:2] in ("'s", "’s"):
            return True  # "the 1990s"
        before = text[max(0, q.start - 24):q.start]
        if _YEAR_PREFIX.search(before) or _BEFORE_DAY.search(before) or q.start == 0:
            return True
        return not re.match(r"\s+[a-z]", after)  # "2000 people" stays a count
    if figure.isdigit() and len(figure) <= 2:
        before = text[max(0, q.start - 12):q.start]
        if _BEFORE_DAY.search(before) or _AFTER_DAY.match(after):
            return True
    return False


def _claims_in_paragraph(text: str, paragraph: Paragraph) -> list[dict]:
    """The paragraph's claims as ClaimCandidate fields, speaker and attribution left for
    `extract` to fill in (see there why)."""
    quantities = [q for q in find_quantities(paragraph.text)
                  if not _is_time_reference(paragraph.text, q) and not _is_reference(paragraph.text, q)]
    base = paragraph.start
    claims: list[dict] = []
    if not quantities and not has_factual_hint(paragraph.text):
        return claims
    pitch = may_hold_pitch(paragraph.text)
    qi = 0
    for s, e in split_sentences(paragraph.text, base):
        sentence_quantities = []
        while qi < len(quantities) and base + quantities[qi].start < e:
            if base + quantities[qi].start >= s:
                sentence_quantities.append(quantities[qi])
            qi += 1
        sentence = text[s:e]
        if pitch and is_pitch(sentence):
            continue  # "Tickets from $35 at the box office." inside a body paragraph
        pairs = None
        logit = None
        used: dict[int, list[tuple[int, int]]] = {}
        scores: dict[tuple[int, int, str], float] = {}  # figures sharing a clause share its score
        if sentence_quantities:
            pairs = clause_pairs(sentence, s)
            starts = [wide[0] for _, wide in pairs]
            logit = sentence_logit(sentence)
            for q in sentence_quantities:
                fs, fe = base + q.start, base + q.end
                start, end, which = _clause_for(pairs, starts, fs, fe, s, e)
                used.setdefault(which, []).append((fs, fe))
                clause = text[start:end]
                score = scores.get((start, end, q.kind))
                if score is None:
                    score = scores[start, end, q.kind] = round(claim_checkworthiness(
                        logit, clause, q.kind, (), bool(_NAMED.search(clause))), 4)
                claims.append(dict(
                    text=clause, start=start, end=end, figure_start=fs, figure_end=fe,
                    paragraph_index=paragraph.index, kind=q.kind, value=q.value,
                    value_max=q.value_max, unit=q.unit, bound=q.bound, measure=q.measure,
                    key=claim_key(q.kind, q.value, q.unit, q.bound, q.measure),
                    checkworthiness=score,
                ))
        claims.extend(_factual_claims(text, sentence, s, pairs, used, logit, paragraph))
    return claims


def _clause_for(pairs, starts: list[int], fs: int, fe: int, s: int, e: int) -> tuple[int, int, int]:
    """The trimmed clause holding the figure, else its wider form, else the sentence.

    `starts` are the wide clause starts (ascending), so the lookup is a bisection.
    """
    i = bisect_right(starts, fs) - 1
    if i >= 0:
        (a, b), (wa, wb) = pairs[i]
        if a <= fs and fe <= b:
            return a, b, i
        if fs < wb:
            return wa, max(wb, fe), i
    return s, max(e, fe), -1


def _factual_claims(text, sentence, s, pairs, used, logit, paragraph):
    if pairs is None:
        if not has_factual_hint(sentence):
            return []
        pairs = clause_pairs(sentence, s)
    claims = []
    for i, ((a, b), _) in enumerate(pairs):
        clause = text[a:b]
        figures = tuple((fs - a, fe - a) for fs, fe in used.get(i, ()))
        trigger = find_factual(clause, figures)
        if trigger is None:
            continue
        if logit is None:
            logit = sentence_logit(sentence)
        fs, fe = a + trigger.start, a + trigger.end
        signals = (trigger.signal,)
        claims.append(dict(
            text=clause, start=a, end=b, figure_start=fs, figure_end=fe,
            paragraph_index=paragraph.index, kind="factual", value=None, value_max=None,
            unit=None, bound=None, measure=clause,
            key=claim_key("factual", None, None, None, clause),
            checkworthiness=round(claim_checkworthiness(
                logit, clause, "factual", signals, bool(_NAMED.search(clause))), 4),
            signals=signals,
        ))
    return claims




def extract(text: str) -> Extraction:
    """Extract claim candidates from article text (title = first non-empty line)."""
    paragraphs = segment(text)
    title = paragraphs[0].text if paragraphs else None
    body = [p for p in paragraphs if p.role == "body"]
    pending: list[dict] = []
    for paragraph in body:
        pending.extend(_claims_in_paragraph(text, paragraph))
    # Attribution is built and asked for all claims after the claim loop, in claim order:
    # the claim pipeline in between would evict the index's data from the caches
    # (measured: overhead ratio ~1.30 -> ~1.28 for the asking). `speakers` is read only
    # after every `at()` call.
    attributions = attribute(text, body)
    at = attributions.at
    claims = []
    for fields in pending:
        who = at(fields["figure_start"], fields["figure_end"])
        claims.append(ClaimCandidate(**fields, speaker=who.speaker, attribution=who.attribution))
    return Extraction(title=title, claims=tuple(claims), speakers=attributions.speakers,
                      paragraphs=tuple(paragraphs))
