"""ClaimRecord: the flat, precomputed view of a stored claim that matching compares.

Normalization happens once, when the record is built, so scoring many candidates only
compares ready strings. Records are frozen and pickle, like the extraction types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factrack.extract.types import ClaimCandidate
from factrack.matching.normalize import is_number_token, wording_tokens

# Clause punctuation: the local window never crosses it.
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013\"\u201c\u201d]|\s-\s")
# A sentence ends at . ! ? (optionally followed by a closing quote) and whitespace.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+")

#: Content tokens kept on each side of the figure for the local (measure) wording.
WINDOW_BEFORE = 3
WINDOW_AFTER = 4


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """One claim as matching sees it.

    `text` is the claim clause (or paragraph); `figure_start`/`figure_end` locate the
    figure inside `text` when known, so long texts are narrowed to the figure's sentence.
    `speaker` is a canonical name (or None). `wording` (the sentence) and `local_wording`
    (measure words + the words next to the figure) are computed from the other fields.
    """

    id: str | int
    text: str
    kind: str | None
    value: float | None
    value_max: float | None
    unit: str | None
    bound: str | None
    measure: str | None
    speaker: str | None
    article_id: str | int | None
    figure_start: int | None = None
    figure_end: int | None = None
    wording: str = field(default="", compare=False)
    local_wording: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        sentence, before, figure, after = _split_at_figure(self.text, self.figure_start,
                                                           self.figure_end)
        words = wording_tokens(sentence)
        object.__setattr__(self, "wording", " ".join(words))
        object.__setattr__(self, "local_wording", _local_wording(self.measure, before, after,
                                                                 words))

    @classmethod
    def from_candidate(cls, candidate: ClaimCandidate, id: str | int,
                       article_id: str | int | None = None,
                       speaker: str | None = None) -> "ClaimRecord":
        """Build from an extracted claim; `speaker` overrides the per-article name
        (pass the canonical speaker name when the storage layer has resolved it)."""
        if speaker is None and candidate.speaker is not None:
            speaker = candidate.speaker.name
        fs = candidate.figure_start - candidate.start
        fe = candidate.figure_end - candidate.start
        inside = 0 <= fs <= fe <= len(candidate.text)
        return cls(id=id, text=candidate.text, kind=candidate.kind, value=candidate.value,
                   value_max=candidate.value_max, unit=candidate.unit, bound=candidate.bound,
                   measure=candidate.measure, speaker=speaker, article_id=article_id,
                   figure_start=fs if inside else None, figure_end=fe if inside else None)


def _split_at_figure(text: str, start: int | None, end: int | None
                     ) -> tuple[str, str, str, str]:
    """(sentence containing the figure, text before figure, figure, text after) in it."""
    if start is None or end is None:
        return text, "", "", text
    sent_start = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        sent_start = m.end()
    m = _SENTENCE_END.search(text, end)
    sent_end = m.start() + 1 if m else len(text)
    return (text[sent_start:sent_end], text[sent_start:start], text[start:end],
            text[end:sent_end])


def _local_wording(measure: str | None, before: str, after: str, words: list[str]) -> str:
    """Measure words, then the content words just before and after the figure."""
    local: list[str] = []
    if measure:
        local.extend(t for t in wording_tokens(measure) if not is_number_token(t))
    if before or after:
        before = _CLAUSE_BREAK.split(before)[-1]
        after = _CLAUSE_BREAK.split(after)[0]
        prev = [t for t in wording_tokens(before) if not is_number_token(t)][-WINDOW_BEFORE:]
        nxt = [t for t in wording_tokens(after) if not is_number_token(t)][:WINDOW_AFTER]
        local.extend(prev + nxt)
    elif not local:
        local.extend(t for t in words if not is_number_token(t))
    seen: set[str] = set()
    unique = [t for t in local if not (t in seen or seen.add(t))]
    return " ".join(unique)
