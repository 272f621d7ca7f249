"""Split article text into paragraphs (with roles) and sentences, keeping offsets.

Only "body" paragraphs are searched for claims, so the roles decide what is never a
claim: the title and section headings, photo credits and captions, badges and other
page furniture, subscription footers, and repeated paragraphs. Offsets always index
the full article text, so a claim's text is `article[start:end]`.
"""

from __future__ import annotations

import re

from factrack.extract import boilerplate as bp
from factrack.extract.types import Paragraph

_LINE = re.compile(r"[^\n]+")
# A paragraph shorter than this whose pitch starts near its beginning is all pitch;
# others lose the pitch sentence only (see pipeline).
_SHORT_PITCH = 300
# A paragraph this long after a credit line is reporting, not its caption.
_MAX_CAPTION = 420


def split_paragraphs(text: str) -> list[Paragraph]:
    """Every non-blank line is a paragraph; offsets exclude surrounding whitespace."""
    paragraphs: list[Paragraph] = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        paragraphs.append(Paragraph(len(paragraphs), start, start + len(stripped), stripped))
    return paragraphs


def _normalized(text: str) -> str:
    """Case- and whitespace-insensitive form, for spotting repeated paragraphs."""
    folded = text.casefold()
    # Printable text has no whitespace but " " (tabs, newlines, other separators are not
    # printable): with no double or edge spaces it is already normalized (no split/join).
    if folded.isprintable() and "  " not in folded and folded[:1] != " " and folded[-1:] != " ":
        return folded
    return " ".join(folded.split())


_FURNITURE_PREFIX = re.compile(r"\bread\s+more\b|\||\badvertisement\b", re.IGNORECASE)


def _all_pitch(line: str) -> bool:
    """The paragraph opens with its pitch (or with furniture such as "Read more ...")."""
    start = bp.pitch_start(line)
    return start >= 0 and (start <= 1 or bool(_FURNITURE_PREFIX.search(line, 0, start)))


def _is_title(paragraph: Paragraph, following: int) -> bool:
    """The first line is the title unless it reads like a long body sentence (ECB+ style)."""
    if following == 0:
        return False
    words = len(paragraph.text.split())
    return not (bp.ends_like_sentence(paragraph.text) and words > 16)


def segment(text: str) -> list[Paragraph]:
    """Paragraphs of `text` with roles; body paragraphs have any dateline stripped."""
    raw = split_paragraphs(text)
    roles: list[str] = ["body"] * len(raw)
    seen: set[str] = set()
    in_footer = False
    after_credit = False
    after_box = False
    for i, paragraph in enumerate(raw):
        line = paragraph.text
        role = "body"
        if (not in_footer and not after_box and len(line) > _MAX_CAPTION
                and bp.ends_like_sentence(line) and not bp.starts_footer(line)):
            role = "body"  # fast path: long prose (a pitch sentence inside is dropped later)
        elif in_footer or bp.starts_footer(line):
            in_footer = True
            role = "boilerplate"
        elif i == 0 and _is_title(paragraph, len(raw) - 1):
            role = "heading"
        elif bp.is_box_label(line):
            role = "boilerplate"
        elif after_box:
            role = "boilerplate"
        elif bp.is_promo(line):
            role = "boilerplate"
        elif bp.is_credit(line):
            role = "credit"
        elif bp.is_furniture(line) or (len(line) < _SHORT_PITCH and _all_pitch(line)):
            role = "boilerplate"
        elif after_credit and len(line) <= _MAX_CAPTION and bp.describes_photo(line):
            role = "caption"
        elif len(line) <= _MAX_CAPTION and bp.is_caption(line):
            role = "caption"
        elif bp.looks_like_heading(line):
            role = "heading"
        key = _normalized(line)
        if role == "body" and key in seen:
            role = "duplicate"
        if key:
            seen.add(key)
        after_box = role == "boilerplate" and bp.is_box_label(line)
        after_credit = role == "credit"
        # A caption written before its credit line ("... Photograph: X/Reuters").
        if role == "credit" and i > 0 and roles[i - 1] == "body" and bp.is_caption(raw[i - 1].text):
            roles[i - 1] = "caption"
        roles[i] = role

    paragraphs = []
    for paragraph, role in zip(raw, roles):
        if role == "body":
            skip = bp.dateline_length(paragraph.text)
            if skip:
                paragraph = Paragraph(paragraph.index, paragraph.start + skip, paragraph.end,
                                      paragraph.text[skip:], role)
        paragraphs.append(Paragraph(paragraph.index, paragraph.start, paragraph.end,
                                    paragraph.text, role))
    return paragraphs


# --- sentences ---------------------------------------------------------------------------

# Candidate boundary: terminal punctuation (plus closing quotes/brackets), whitespace, then
# something that can open a sentence. Decimals ("3.5") never match: no whitespace follows.
# (Written as one punctuation character first, the same matches as "(?:[.!?]+|…)...", so
# the regex engine skips straight to punctuation: twice as fast.)
_BOUNDARY = re.compile(r"[.!?…](?:(?<=[.!?])[.!?]*)?[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?([\w’']+)")
# Never end a sentence: titles and Latin abbreviations.
_NEVER = frozenset(
    "mr mrs ms dr prof sen sens rep reps gov gen col lt sgt capt cmdr adm rev hon pres supt det "
    "insp maj cpl pvt const cllr brig lieut messrs mt ft e.g i.e vs v cf al approx fig figs".split()
)
# End a sentence only before a number is impossible: "Jan. 5", "No. 10", "Art. 3".
_BEFORE_NUMBER = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos art p pp vol ch sec".split()
)
# Dotted abbreviations that can also end a sentence: split only before a sentence starter.
_STARTERS = frozenset(
    "the a an he she it they we i you but and in this that these those his her its their our "
    "there on at for some many most after before when while if as still yet now so meanwhile "
    "however mr mrs ms dr officials police one last earlier later then".split()
)


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    punct = match.group()
    if not punct.startswith("."):
        return True
    if punct.startswith("..."):
        return True
    start = match.start()
    parts = text[max(0, start - 24):start].rsplit(None, 1)
    if not parts:
        return True
    token = parts[-1]
    if len(token) > 5 and "." not in token:
        return True  # an ordinary word: no abbreviation is that long
    token = token.lstrip("\"'“‘([").lower()
    if token in _NEVER:
        return False
    nxt = _NEXT_WORD.match(text, match.end())
    next_word = nxt.group(1) if nxt else ""
    if token in _BEFORE_NUMBER:
        return not next_word[:1].isdigit()
    if token.isdigit() and len(token) <= 3 and next_word.isdigit() and len(next_word) <= 2:
        return False  # "magnitude 6. 1": a decimal with a stray space
    if len(token) == 1 and token.isalpha():
        return False  # an initial: "J. Smith"
    if "." in token and token[:1].isdigit() or token[:1] in "$£€¥" and token[1:2].isdigit():
        return True  # a decimal figure ("$1.93.", "28.1%."), not a dotted abbreviation
    if "." in token or token in ("st", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "etc", "plc"):
        return next_word.lower() in _STARTERS
    return True


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, shifted by `offset`; whitespace excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _is_boundary(text, match):
            spans.append((start, match.end()))
            start = match.end()
    spans.append((start, len(text)))
    result = []
    for s, e in spans:
        chunk = text[s:e]
        stripped = chunk.strip()
        if stripped:
            s += len(chunk) - len(chunk.lstrip())
            result.append((offset + s, offset + s + len(stripped)))
    return result
