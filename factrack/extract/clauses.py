"""Split a sentence into the smallest clauses that can each carry one claim.

A sentence often makes several claims ("a third of production - but a tenth of demand").
Clauses are cut at semicolons, dashes, ", but", "while"/"whereas", ", and" before a new
predicate and "and" before a new subject and verb. Each clause is then trimmed of the
conjunction that opened it, of a reporting frame ("X noted that ...") and of a trailing
speech tag (", he said"), because attribution is recorded separately. Spans only ever
shrink, so `sentence[start:end]` is always the clause text.
"""

from __future__ import annotations

import re

_AUX = (
    r"is|are|was|were|be|been|being|has|have|had|will|would|can|could|shall|should|may|might|"
    r"must|do|does|did|am|said|says|say|told|tells|rose|fell|grew|went|came|made|got|took|"
    r"gave|won|lost|saw|paid|spent|cut|hit|put|set|left|led|sold|bought|built|ran|became|began|"
    r"remains?|seems?|looks?|stands?|accounts?|owns?|holds?|needs?|wants?|plans?|expects?|"
    r"includes?|represents?|makes?|takes?|gets?|gives?|shows?|means?|knows?|thinks?|believes?"
)
# Something that looks like a finite verb, so a fragment is a clause and not a list item.
_VERB = re.compile(rf"\b(?:{_AUX}|[a-z]{{3,}}ed|n['’]t)\b")
# A new subject and verb right after "and": "and military talks have resumed".
_NEW_SUBJECT = re.compile(
    rf"(?:(?:he|she|it|they|we|i|you|there|[A-Z][\w.'’-]*|the|a|an|this|that|these|those|his|her|"
    rf"its|their|our|[a-z]+s)\s+){{1,3}}?(?:{_AUX}|(?:also|already|now|then|later|have|has|had)\s+[a-z]+ed|[a-z]{{3,}}ed)\b"
)

# "... that Beijing" / "how the United States": a subject is still being named.
_OPEN_SUBJECT = re.compile(
    r"\b(?:that|how|why|whether|if|when|where|because|since|after|before|as|who|which|what)"
    r"\s+(?:\S+\s+){0,3}\S+$"
)

# Split points. Commas inside numbers ("1,200") never match: a space must follow.
_SPLIT = re.compile(
    r"\s*;\s+"
    r"|\s+(?:–|—|--|-)\s+|(?<=\w)—(?=\w)"
    r"|,\s+(?=(?:but|yet|whereas|while)\b)"
    r"|\s+(?=(?:whereas|while)\s)"
    r"|\s+(?=but\s)"
    r"|,\s+(?=and\s)"
    r"|\s+(?=and\s)"
)
_DASH = re.compile(r"\s*(?:–|—|--|-)\s*$")

_LEAD = re.compile(
    r"^(?:[\s,;:–—\-\"'“”‘’(\[.…]+|(?:and|but|or|while|whereas|yet|so|though|although|also|then)\b)+",
    re.IGNORECASE,
)
_REPORTING = (
    r"said|says|say|noted|notes|added|adds|argued|argues|announced|announces|claimed|claims|"
    r"stated|states|warned|warns|insisted|insists|explained|explains|reported|reports|"
    r"estimated|estimates|believes?|believed|confirmed|confirms|acknowledged|acknowledges|"
    r"stressed|stresses|emphasized|emphasised|told\s+[\w.]+(?:\s+[\w.]+)?|tells\s+\w+|"
    r"pointed\s+out|points\s+out|wrote|writes|found|finds|showed|shows"
)
_FRAME = re.compile(
    rf"(?:[\w.'’-]+,?\s+){{0,5}}?(?:{_REPORTING})(?:\s+on\s+\w+)?\s*(?:,\s*)?(?:that\s+)?",
)
_FRAME_SUBJECT = re.compile(r"^(?:[A-Z]|he\b|she\b|they\b|it\b|we\b|officials?\b|experts?\b|analysts?\b|the\s+\w+\b)")
_SPEECH_TAG = (
    rf"(?:(?:he|she|they|it|we|I)\s+(?:{_REPORTING})|(?:[A-Z][\w.'’-]*\s+){{1,4}}(?:{_REPORTING})|"
    rf"(?:{_REPORTING})\s+(?:[A-Z][\w.'’-]*\s*){{1,4}}|(?:experts|analysts|officials|sources)\s+(?:say|said))"
)
# ', he said.' / '," Mr. X said at a press conference ...' at the end of a clause.
_TAIL = re.compile(
    rf"[,.!?]?[\"”’]\s*,?\s*{_SPEECH_TAG}\b[^\"“”]*$|,\s*{_SPEECH_TAG}\b[^,\"“”]*$"
)
_TRAIL = re.compile(r"[\s,;:.!?…\"'“”‘’)\]–—\-]+$")
_LEAD_TRIM = re.compile(r"[\s,;:.\"'“”‘’(\[–—\-…]+")


def _raw_segments(sentence: str) -> list[tuple[int, int, str]]:
    """Cut `sentence` at split points: (start, end, kind of the cut that opened it)."""
    segments: list[tuple[int, int, str]] = []
    start, opener = 0, ""
    for match in _SPLIT.finditer(sentence):
        cut = match.group()
        rest = sentence[match.end():]
        if "and" == rest[:3] and ";" not in cut and not _DASH.search(cut):
            after = rest[4:]
            left = sentence[start:match.start()]
            left = left[left.rfind(",") + 1:]
            if not _VERB.search(left) or _OPEN_SUBJECT.search(left):
                continue  # "Beijing and Washington were": a compound subject
            if "," in cut:
                # ", and" opens a clause only if a verb follows before the next comma.
                piece = after.split(",", 1)[0]
                if not _VERB.search(piece):
                    continue
            elif not _NEW_SUBJECT.match(after):
                continue
        if match.start() <= start:
            continue
        segments.append((start, match.start(), opener))
        start = match.end()
        opener = "dash" if _DASH.search(cut) or "—" in cut else "cut"
    segments.append((start, len(sentence), opener))
    return _merge_parentheticals(sentence, segments)


def _merge_parentheticals(sentence: str, segments: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Rejoin a short aside between two dashes ("- 10 months ago -") with its sentence."""
    merged: list[tuple[int, int, str]] = []
    i = 0
    while i < len(segments):
        s, e, opener = segments[i]
        if (opener == "dash" and i + 1 < len(segments) and segments[i + 1][2] == "dash"
                and len(sentence[s:e].split()) <= 6 and merged):
            ps, _, popener = merged.pop()
            ns, ne, _ = segments[i + 1]
            merged.append((ps, ne, popener))
            i += 2
            continue
        merged.append((s, e, opener))
        i += 1
    return merged


def _trim(sentence: str, start: int, end: int, strip_frames: bool) -> tuple[int, int]:
    text = sentence[start:end]
    lead = _LEAD.match(text)
    cut = lead.end() if lead else 0
    if strip_frames:
        frame = _FRAME.match(text, cut)
        if frame and frame.end() > cut and _FRAME_SUBJECT.match(text[cut:]):
            remainder = text[frame.end():]
            if len(remainder) > 20 and _VERB.search(remainder):
                cut = frame.end()
                lead = _LEAD_TRIM.match(text, cut)
                cut = lead.end() if lead else cut
        tail = _TAIL.search(text, cut)
        if tail and tail.start() - cut > 20:
            text = text[:tail.start()]
    trail = _TRAIL.search(text, cut)
    stop = trail.start() if trail else len(text)
    if stop <= cut:
        return start, start
    return start + cut, start + stop


def split_clauses(sentence: str, offset: int = 0, strip_frames: bool = True) -> list[tuple[int, int]]:
    """Trimmed (start, end) spans of the clauses of `sentence`, shifted by `offset`.

    With strip_frames=False only conjunctions, whitespace and punctuation are trimmed:
    callers use that wider span when a figure falls in a stripped frame or tag.
    """
    spans = []
    for start, end, _ in _raw_segments(sentence):
        s, e = _trim(sentence, start, end, strip_frames)
        if e > s:
            spans.append((offset + s, offset + e))
    return spans


def clause_pairs(sentence: str, offset: int = 0) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """For each clause: (trimmed span, wide span), both shifted by `offset`."""
    pairs = []
    for start, end, _ in _raw_segments(sentence):
        ws, we = _trim(sentence, start, end, False)
        if we <= ws:
            continue
        s, e = _trim(sentence, start, end, True)
        if e <= s:
            s, e = ws, we
        pairs.append(((offset + s, offset + e), (offset + ws, offset + we)))
    return pairs
