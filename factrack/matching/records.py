"""ClaimRecord: the flat, precomputed view of a stored claim that matching compares.

Normalization happens once, when the record is built, so scoring many candidates only
compares ready strings. Records are frozen and pickle, like the extraction types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

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
# "Thousands of patients", "tens of thousands", "dozens": a plural scale word is a lower
# bound of an order of magnitude, not the round figure extraction reads (2,000).
_VAGUE_FIGURE = re.compile(r"\s*(?:(?:tens|hundreds)\s+of\s+)?"
                           r"(?:dozens|scores|hundreds|thousands|millions|billions)\b",
                           re.IGNORECASE)
# A figure that is an amount of change ("rises by £91", "up £91", "jump by 30p"; not
# "beat him by 5,300 votes", a margin) is a
# different quantity from the level it changes ("£1,912", "will cost £3.10").
_CHANGE_VERB = (r"(?:ris(?:e|es|en|ing)|rose|increas(?:e|es|ed|ing)|f[ae]ll(?:s|en|ing)?|"
                r"drop(?:s|ped|ping)?|jump(?:s|ed|ing)?|gr[eo]w(?:s|n|ing)?|climb(?:s|ed|ing)?|"
                r"cut(?:s|ting)?|rais(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|go(?:es)?\s+up|"
                r"went\s+up|go(?:es)?\s+down|went\s+down)")
_DELTA_BEFORE = re.compile(r"(?:\b" + _CHANGE_VERB + r"\s+by|\bup|\bdown|"
                           r"\b(?:rise|increase|fall|drop|cut)\s+of)\s*(?:[$£€]\s*)?$",
                           re.IGNORECASE)
# A figure per period or per head ("£8 million a day", "650 homes a year"): a rate is a
# different quantity from a total ("cost more than £15 million").
_RATE_AFTER = re.compile(r"^\s*(?:(?!(?:in|within|for|over|during|than)\b)[a-z]+\s+){0,2}?"
                         r"(?:(?:a|an|per|each|every)\s+"
                         r"(day|week|month|year|hour|head|person|annum)\b"
                         r"|(daily|weekly|monthly|yearly|annually)\b)", re.IGNORECASE)
_RATE_WORDS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year",
               "annually": "year", "annum": "year", "head": "person"}
# When the figure is: a weekday, a month name, a year, "the second day", "last year",
# "five years ago". Two claims whose sentences name different times of one sort ("on
# Friday" / "on Saturday", "last year" / "five years ago") are about different moments.
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("January", "February", "March", "April", "June", "July", "August",
           "September", "October", "November", "December")  # "May" is too often a verb
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twenty": 20}
_TIME_REF = re.compile(
    r"\b(?P<weekday>" + "|".join(_WEEKDAYS) + r")\b"
    r"|\b(?P<month>" + "|".join(_MONTHS) + r")\b"
    r"|\b(?:in|since|of|by|for)\s+(?P<year>(?:19|20)\d\d)\b"
    r"|\b(?P<ordinal>" + "|".join(_ORDINALS) + r")\s+day\b"
    r"|\bday\s+(?P<daynum>one|two|three|four|five|\d)\b"
    r"|\b(?P<ago>a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d+)\s+years?"
    r"\s+ago\b"
    r"|\b(?P<relyear>last|this|next)\s+year\b", re.IGNORECASE)
# A sentence ends at . ! ? (optionally followed by a closing quote) and whitespace.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+")

#: Words on each side of the figure searched for a time reference ("on Friday").
TIME_WINDOW = 6
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
    for a comparison point such as "up from 74%"), `event` (what happened to what is
    counted: "death", "hire", ...), `vague` (the figure is a plural scale word:
    "thousands of", "dozens of"), `rate` ("day" for "£8m a day"; a "per X" unit gives X), `delta` (the figure is
    an amount of change: "rises by £91"), `head` (the noun counted: "worker" for "23
    workers", the measure's last word; a duration's unit) and `times` (when, as
    "weekday:friday year-ago:1" tokens from the words next to the figure) are computed
    from the other fields.
    `story` is optional text about the article the claim comes from (its title and lead
    paragraph); it is normalized here, and two claims from unrelated stories rarely link.
    `names` are the capitalized words of the story (places, companies, people): two
    stories that both name names but share none are about different things. `mentions`
    are the names in the figure's own sentence (whose figure it is).
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
    vague: bool = field(default=False, compare=False)
    rate: str | None = field(default=None, compare=False)
    delta: bool = field(default=False, compare=False)
    head: str | None = field(default=None, compare=False)
    names: str = field(default="", compare=False)
    mentions: str = field(default="", compare=False)
    times: str = field(default="", compare=False)

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
        object.__setattr__(self, "vague", bool(_VAGUE_FIGURE.match(figure)))
        per_unit = self.unit[4:] if self.unit and self.unit.startswith("per ") else None
        object.__setattr__(self, "rate", per_unit or figure_rate(after))
        object.__setattr__(self, "delta", bool(_DELTA_BEFORE.search(before[-30:])))
        # a duration with no measure counts its unit: "waited nine days" -> "day"
        object.__setattr__(self, "head", self.unit if self.kind == "duration" and not self.measure
                           else measure_head(self.measure, after))
        object.__setattr__(self, "times", time_refs(_near(before, after)))
        if self.story:
            names, story = _story_fields(self.story)
            object.__setattr__(self, "names", names)
            object.__setattr__(self, "story", story)
        object.__setattr__(self, "mentions", sentence_names(sentence, self.names))

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


# Capitalized words that are not names.
_NOT_NAMES = frozenset("""
the a an in on at by for from with as and or but is are was were it its this that these those
their there they he she his her we our you i mr mrs ms dr here what when where why how who
many some most more less each every all no not yet still after before since during while
today yesterday monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december
""".split())
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?:])\s+|\n+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")


def story_names(story: str) -> str:
    """Sorted lowercase capitalized words of a story that are not sentence-initial:
    the places, companies and people it is about ("carrow idden marta olsen")."""
    found = set()
    for sentence in _SENTENCE_SPLIT.split(story):
        for i, word in enumerate(_WORD.findall(sentence)):
            word = word.removesuffix("'s").removesuffix("\u2019s")
            if i and word[:1].isupper() and word.lower() not in _NOT_NAMES:
                found.add(word.lower())
    return " ".join(sorted(found))


@lru_cache(maxsize=256)
def _story_fields(story: str) -> tuple[str, str]:
    """(names, canonical story) of a story text: every claim of an article shares its
    story, so it is normalized once per article, not once per claim."""
    return story_names(story), " ".join(dict.fromkeys(wording_tokens(story)))


def sentence_names(sentence: str, known: str = "") -> str:
    """Names in the figure's sentence: capitalized words, sentence-initial ones only when
    the story names them too ("DiLeo has spent 19 seasons" -> "dileo")."""
    known_set = set(known.split())
    found = set()
    for i, word in enumerate(_WORD.findall(sentence)):
        word = word.removesuffix("'s").removesuffix("\u2019s")
        lower = word.lower()
        if word[:1].isupper() and lower not in _NOT_NAMES and (i or lower in known_set):
            found.add(lower)
    return " ".join(sorted(found))


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


def _near(before: str, after: str, words: int = TIME_WINDOW) -> str:
    """The `words` words on each side of the figure (within its sentence)."""
    return " ".join(before.split()[-words:] + ["#"] + after.split()[:words])


def measure_head(measure: str | None, after: str) -> str | None:
    """The canonical noun the figure counts: the measure's last content word ("council
    posts" -> "job"), else the first content word after the figure in its clause."""
    if measure:
        words = [t for t in wording_tokens(measure) if not is_number_token(t)]
        if words:
            return words[-1]
    words = [t for t in wording_tokens(_CLAUSE_BREAK.split(after)[0]) if not is_number_token(t)]
    return words[0] if words else None


def figure_rate(after: str) -> str | None:
    """The period or head a figure is counted per ("day" for "£8 million a day")."""
    m = _RATE_AFTER.match(after[:40])
    if not m:
        return None
    word = (m.group(1) or m.group(2)).lower()
    return _RATE_WORDS.get(word, word)


def time_refs(sentence: str) -> str:
    """When the sentence says the figure applies, as sorted "sort:value" tokens:
    "weekday:friday", "month:march", "year:2023", "day:2" (the second day),
    "year-ago:1" ("last year"; "this year" is 0, "five years ago" 5)."""
    refs = set()
    for m in _TIME_REF.finditer(sentence):
        sort, text = next((k, v) for k, v in m.groupdict().items() if v)
        text = text.lower()
        if sort in ("weekday", "month", "year"):
            refs.add(f"{sort}:{text}")
        elif sort == "ordinal":
            refs.add(f"day:{_ORDINALS[text]}")
        elif sort == "daynum":
            refs.add(f"day:{_COUNTS.get(text, text)}")
        elif sort == "ago":
            refs.add(f"year-ago:{_COUNTS.get(text, text)}")
        else:
            refs.add(f"year-ago:{ {'last': 1, 'this': 0, 'next': -1}[text]}")
    return " ".join(sorted(refs))


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
