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

# "... that Beijing and ...", "how the United States and ...": a subject is still being named.
_OPENERS = frozenset(
    "that how why whether if when where because since after before as who which what".split()
)

# Split points. Commas inside numbers ("1,200") never match: a space must follow. Every
# branch starts with a specific character, so the scan is cheap.
_SPLIT = re.compile(
    r";\s+"
    r"|\s+(?:[–—]|--?)\s+|—(?=\w)"
    r"|,\s+(?=(?:but|yet|whereas|while|and)\s)"
    r"|\s+(?=(?:whereas|while|but|and)\s)"
    # A quote split around its attribution: '...,” she said, “and ...' is two clauses.
    r"|(?<=[,.!?])[\"”]\s+[^\"“”]{1,80}?,\s*[\"“](?=\w)"
)
# Sentences without any of these cannot be split.
_SPLIT_HINTS = (";", "–", "—", " -", '"', "”", " and ", " but ", " while ", " whereas ", " yet ")


def _may_split(text: str) -> bool:
    """Any of _SPLIT_HINTS in `text` (unrolled: no generator per call)."""
    return (';' in text or '–' in text or '—' in text or ' -' in text or
            '"' in text or '”' in text or
            ' and ' in text or ' but ' in text or ' while ' in text or
            ' whereas ' in text or ' yet ' in text)


_LEAD = re.compile(
    r"^(?:[\s,;:–—\-\"'“”‘’(\[.…]+|(?:and|but|or|while|whereas|yet|though|although|also|then)\b(?!\s+far\b))+",
    re.IGNORECASE,
)
_REPORTING = (
    r"said|says|say|noted|notes|added|adds|argued|argues|announced|announces|claimed|claims|"
    r"stated|states|warned|warns|insisted|insists|explained|explains|reported|reports|"
    r"estimated|estimates|believes?|believed|confirmed|confirms|acknowledged|acknowledges|"
    r"stressed|stresses|emphasized|emphasised|told\s+[\w.]+(?:\s+[\w.]+)?|tells\s+\w+|"
    r"pointed\s+out|points\s+out|wrote|writes|found|finds|showed|shows"
)
# "X said (that) ...", "X told reporters ...": speech verbs; "X estimated that ...": verbs of
# finding/reckoning only count with "that". Relative clauses ("X, who has an estimated ...")
# are never frames.
_SPEECH_VERBS = (
    r"said|says|say|noted|notes|added|adds|argued|argues|announced|announces|warned|warns|"
    r"insisted|insists|explained|explains|stressed|stresses|emphasized|emphasised|acknowledged|"
    r"confirmed|confirms|told\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[\w.]+|tells\s+\w+|pointed\s+out|points\s+out|"
    r"wrote|writes"
)
_FRAME = re.compile(
    rf"(?:(?!(?:who|which|whose|has|have|had|an?|is|was|are|were)\b)[\w.'’-]+,?\s+){{0,5}}?"
    rf"(?:(?:{_SPEECH_VERBS})(?:\s+on\s+\w+)?\s*(?:,\s*)?(?:that\s+)?|(?:{_REPORTING})\s+that\s+)",
)
_FRAME_SUBJECT = re.compile(r"^(?:[A-Z]|he\b|she\b|they\b|it\b|we\b|officials?\b|experts?\b|analysts?\b|the\s+\w+\b)")
_SPEECH_TAG = (
    rf"(?:(?:he|she|they|it|we|I)\s+(?:{_REPORTING})|(?:[A-Z][\w.'’-]*\s+){{1,4}}(?:{_REPORTING})|"
    rf"(?:{_REPORTING})\s+(?:[A-Z][\w.'’-]*\s*){{1,4}}|(?:experts|analysts|officials|sources)\s+(?:say|said))"
)
# ', he said.' / '," Mr. X said at a press conference ...' at the end of a clause.
_TAIL_PLAIN = rf"[,.!?]?[\"”’]\s*,?\s*{_SPEECH_TAG}\b[^\"“”]*$|,\s*{_SPEECH_TAG}\b[^,\"“”]*$"
# The same matches written punctuation-first, so a search jumps from comma to quote instead
# of trying every position: [,.!?]?["”’] is either one of [,.!?] then a quote, or a quote.
_TAIL = re.compile(
    rf"[,.!?\"”’](?:(?:(?<=[,.!?])[\"”’]|(?<=[\"”’]))\s*,?\s*{_SPEECH_TAG}\b[^\"“”]*$"
    rf"|(?<=,)\s*{_SPEECH_TAG}\b[^,\"“”]*$)"
)
_LEAD_TRIM = re.compile(r"[\s,;:.\"'“”‘’(\[–—\-…]+")


def _raw_segments(sentence: str) -> list[tuple[int, int, str]]:
    """Cut `sentence` at split points: (start, end, kind of the cut that opened it)."""
    if not _may_split(sentence):
        return [(0, len(sentence), "")]
    segments: list[tuple[int, int, str]] = []
    start, opener = 0, ""
    for match in _SPLIT.finditer(sentence):
        cut = match.group()
        dash = "-" in cut or "–" in cut or "—" in cut
        quote = cut[0] in "\"”"
        at = match.end()
        if sentence.startswith("and ", at) and ";" not in cut and not dash and not quote:
            left = sentence[max(start, match.start() - 200):match.start()]
            left = left[left.rfind(",") + 1:]
            tail_words = left.split()[-5:-1]
            if not _VERB.search(left) or any(w.lower() in _OPENERS for w in tail_words):
                continue  # "Beijing and Washington were": a compound subject
            if "," in cut:
                # ", and" opens a clause only if a verb follows before the next comma.
                end = sentence.find(",", at + 4)
                if not _VERB.search(sentence, at + 4, end if end > 0 else len(sentence)):
                    continue
            elif not _NEW_SUBJECT.match(sentence, at + 4):
                continue
        if match.start() <= start:
            continue
        before = sentence[start:match.start()]
        if "(" in before and before.count("(") > before.count(")"):
            continue  # inside brackets: "154m naira ($1.1m; £591,000)" is one figure's aside
        segments.append((start, match.start(), opener))
        start = at
        opener = "dash" if dash else "cut"
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


_TRAIL_CHARS = " \t\n\u00a0,;:.!?…\"'“”‘’)]–—-"
# Substrings of the reporting verbs: a clause without any cannot hold a frame or speech tag.
_REPORTING_HINTS = ("said", "says", "say ", "note", "add", "argu", "announc", "claim", "state",
                    "warn", "insist", "explain", "report", "estimat", "believ", "confirm",
                    "acknowledg", "stress", "emphasi", "told", "tells", "point", "wrote", "writes",
                    "found", "finds", "show", "experts", "analysts", "officials", "sources")


def _may_report(text: str) -> bool:
    """Any of _REPORTING_HINTS in `text` (unrolled: no generator per call)."""
    return ('said' in text or 'says' in text or 'say ' in text or 'note' in text or
            'add' in text or 'argu' in text or 'announc' in text or 'claim' in text or
            'state' in text or 'warn' in text or 'insist' in text or
            'explain' in text or 'report' in text or 'estimat' in text or
            'believ' in text or 'confirm' in text or 'acknowledg' in text or
            'stress' in text or 'emphasi' in text or 'told' in text or
            'tells' in text or 'point' in text or 'wrote' in text or
            'writes' in text or 'found' in text or 'finds' in text or 'show' in text or
            'experts' in text or 'analysts' in text or 'officials' in text or
            'sources' in text)


def _trim(sentence: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """(trimmed span, wide span) of sentence[start:end]; wide keeps frames and speech tags."""
    text = sentence[start:end]
    lead = _LEAD.match(text)
    cut = lead.end() if lead else 0
    stop = len(text.rstrip(_TRAIL_CHARS))
    if stop <= cut:
        return (start, start), (start, start)
    wide = (start + cut, start + stop)
    if not _may_report(text):
        return wide, wide
    frame = _FRAME.match(text, cut)
    if frame and frame.end() > cut and _FRAME_SUBJECT.match(text[cut:]):
        remainder = text[frame.end():]
        if len(remainder) > 20 and _VERB.search(remainder):
            cut = frame.end()
            lead = _LEAD_TRIM.match(text, cut)
            cut = lead.end() if lead else cut
    tail = _TAIL.search(text, max(cut, len(text) - 240))
    if tail and tail.start() - cut > 20:
        stop = len(text[:tail.start()].rstrip(_TRAIL_CHARS))
    if stop <= cut:
        return wide, wide
    return (start + cut, start + stop), wide


def split_clauses(sentence: str, offset: int = 0, strip_frames: bool = True) -> list[tuple[int, int]]:
    """Trimmed (start, end) spans of the clauses of `sentence`, shifted by `offset`.

    With strip_frames=False only conjunctions, whitespace and punctuation are trimmed:
    callers use that wider span when a figure falls in a stripped frame or tag.
    """
    spans = []
    for narrow, wide in clause_pairs(sentence, offset):
        spans.append(narrow if strip_frames else wide)
    return spans


def clause_pairs(sentence: str, offset: int = 0) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """For each clause: (trimmed span, wide span), both shifted by `offset`."""
    pairs = []
    for start, end, _ in _raw_segments(sentence):
        (s, e), (ws, we) = _trim(sentence, start, end)
        if we <= ws:
            continue
        pairs.append(((offset + s, offset + e), (offset + ws, offset + we)))
    return pairs
