"""ClaimRecord: the flat, precomputed view of a stored claim that matching compares.

Normalization happens once, when the record is built, so scoring many candidates only
compares ready strings. Records are frozen and pickle, like the extraction types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factrack.extract.types import ClaimCandidate
from factrack.matching.normalize import EVENT_CLASSES, is_number_token, wording_tokens

# Clause punctuation: the local window never crosses it.
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013\"\u201c\u201d]|\s-\s")
# A figure introduced as the comparison point ("up from 74%", "compared with 352", "17
# points five years ago") is a baseline, a different claim from the headline figure.
_BASELINE_BEFORE = re.compile(r"(?:\b(?:up|down|rose|fell|risen|fallen)\s+from|,\s*from|"
                              r"\bcompared\s+(?:with|to)|\bagainst)\s*(?:[$£€]\s*)?$",
                              re.IGNORECASE)
_BASELINE_AFTER = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:years?|months?|weeks?)\s+ago"
                             r"|^\s*(?:[a-z]+\s+){0,2}?(?:the\s+)?(?:year|month)\s+before\b"
                             r"|^\s*(?:[a-z]+\s+){0,2}?the\s+previous\s+(?:year|month)",
                             re.IGNORECASE)
# A sentence ends at . ! ? (optionally followed by a closing quote) and whitespace.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+")

#: Content tokens kept on each side of the figure for the local (measure) wording.
WINDOW_BEFORE = 3
WINDOW_AFTER = 3


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """One claim as matching sees it.

    `text` is the claim clause (or paragraph); `figure_start`/`figure_end` locate the
    figure inside `text` when known, so long texts are narrowed to the figure's sentence.
    `speaker` is a canonical name (or None). `wording` (the sentence), `local_wording`
    (measure words + the words next to the figure), `role` ("current", or "baseline"
    for a comparison point such as "up from 74%") and `event` (what happened to what is
    counted: "death", "hire", ...) are computed from the other fields.
    `story` is optional text about the article the claim comes from (its title and lead
    paragraph); it is normalized here, and two claims from unrelated stories rarely link.
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
    story: str = ""
    wording: str = field(default="", compare=False)
    local_wording: str = field(default="", compare=False)
    role: str = field(default="current", compare=False)
    event: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        sentence, before, figure, after = _split_at_figure(self.text, self.figure_start,
                                                           self.figure_end)
        # The figure itself is compared by figures_agree, not as a word: drop its tokens so
        # that "3,000 pupils" and "3,000 cars" do not look alike through "3000".
        own = {t for t in wording_tokens(figure) if is_number_token(t)}
        words = [t for t in wording_tokens(sentence) if t not in own]
        object.__setattr__(self, "wording", " ".join(words))
        unit_words = [t for t in wording_tokens(figure) if not is_number_token(t)]
        object.__setattr__(self, "local_wording", _local_wording(self.measure, before, after,
                                                                 words, unit_words))
        object.__setattr__(self, "role", figure_role(before, after))
        object.__setattr__(self, "event", nearest_event(before, after))
        if self.story:
            object.__setattr__(self, "story", " ".join(dict.fromkeys(wording_tokens(self.story))))

    @classmethod
    def from_candidate(cls, candidate: ClaimCandidate, id: str | int,
                       article_id: str | int | None = None,
                       speaker: str | None = None, story: str = "") -> "ClaimRecord":
        """Build from an extracted claim; `speaker` overrides the per-article name
        (pass the canonical speaker name when the storage layer has resolved it);
        `story` is the article's title and lead paragraph (see `story_text`)."""
        if speaker is None and candidate.speaker is not None:
            speaker = candidate.speaker.name
        fs = candidate.figure_start - candidate.start
        fe = candidate.figure_end - candidate.start
        inside = 0 <= fs <= fe <= len(candidate.text)
        return cls(id=id, text=candidate.text, kind=candidate.kind, value=candidate.value,
                   value_max=candidate.value_max, unit=candidate.unit, bound=candidate.bound,
                   measure=candidate.measure, speaker=speaker, article_id=article_id,
                   figure_start=fs if inside else None, figure_end=fe if inside else None,
                   story=story)


def story_text(title: str | None, paragraphs: list[str], lead: int = 2) -> str:
    """Title + first `lead` body paragraphs: what the article is about, for `story`."""
    return " ".join([title or "", *paragraphs[:lead]])


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


def figure_role(before: str, after: str) -> str:
    """"baseline" when the figure is what something is compared with, else "current"."""
    if _BASELINE_BEFORE.search(before[-40:]) or _BASELINE_AFTER.search(after[:40]):
        return "baseline"
    return "current"


def nearest_event(before: str, after: str) -> str | None:
    """The event class (normalize.EVENT_CLASSES) named closest to the figure in its
    clause: "hire" for "plans to hire 1,200 engineers even as it cuts jobs"."""
    prev = [t for t in wording_tokens(_CLAUSE_BREAK.split(before)[-1])
            if not is_number_token(t)][-WINDOW_BEFORE:]
    nxt = [t for t in wording_tokens(_CLAUSE_BREAK.split(after)[0])
           if not is_number_token(t)][:WINDOW_AFTER]
    for distance in range(max(len(prev), len(nxt))):
        for token in (nxt[distance] if distance < len(nxt) else None,
                      prev[-1 - distance] if distance < len(prev) else None):
            if token in EVENT_CLASSES:
                return EVENT_CLASSES[token]
    return None


def _window(before: str, after: str) -> list[str]:
    prev = [t for t in wording_tokens(before) if not is_number_token(t)][-WINDOW_BEFORE:]
    nxt = [t for t in wording_tokens(after) if not is_number_token(t)][:WINDOW_AFTER]
    return prev + nxt


def _local_wording(measure: str | None, before: str, after: str, words: list[str],
                   unit_words: list[str] = ()) -> str:
    """Unit and measure words, then the content words just before and after the figure."""
    local: list[str] = list(unit_words)
    if measure:
        local.extend(t for t in wording_tokens(measure) if not is_number_token(t))
    if before or after:
        window = _window(_CLAUSE_BREAK.split(before)[-1], _CLAUSE_BREAK.split(after)[0])
        if len(window) < WINDOW_BEFORE:  # a bare clause ("worth £340m"): look past the commas
            window = _window(before, after)
        local.extend(window)
    elif not local:
        local.extend(t for t in words if not is_number_token(t))
    seen: set[str] = set()
    unique = [t for t in local if not (t in seen or seen.add(t))]
    return " ".join(unique)
