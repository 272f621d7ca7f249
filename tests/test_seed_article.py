"""The user's example article (../shared/seed) must come out exactly as a fact-checker expects:
every figure found with its contract reading and speaker, and nothing from the page furniture."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factrack.evaluation import strip_honorific
from factrack.extract import extract
from factrack.extract.types import ClaimCandidate, Extraction

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "000_3a15ec0e2c0e75e0.txt"

pytestmark = pytest.mark.skipif(
    not SEED.is_file(),
    reason=f"the seed article is not here ({SEED}); it lives in ../shared beside the checkout",
)

BLINKEN = "Antony Blinken"
# A credit line: a photographer and agency ("Jane Roe/AP", "A B/VCG/Reuters") on its own line.
CREDIT = re.compile(r"^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)+(?:/[A-Za-z]+)+$")


@pytest.fixture(scope="module")
def seed() -> tuple[str, Extraction]:
    text = SEED.read_text(encoding="utf-8")
    return text, extract(text)


def _span(text: str, anchor: str, figure: str, occurrence: int = 0) -> tuple[int, int]:
    """Where `figure` sits inside the `occurrence`-th copy of the short `anchor` phrase."""
    starts = [m.start() for m in re.finditer(re.escape(anchor), text)]
    assert len(starts) > occurrence, f"seed article changed: {anchor!r} not found"
    start = starts[occurrence] + anchor.index(figure)
    return start, start + len(figure)


def _claims_over(extraction: Extraction, start: int, end: int) -> list[ClaimCandidate]:
    return [c for c in extraction.claims if c.figure_start < end and start < c.figure_end]


def _claim(seed, anchor: str, figure: str, occurrence: int = 0) -> ClaimCandidate:
    text, extraction = seed
    found = _claims_over(extraction, *_span(text, anchor, figure, occurrence))
    assert len(found) == 1, f"{figure!r} in {anchor!r}: expected one claim, got {found}"
    return found[0]


def _said_by(claim: ClaimCandidate, name: str) -> bool:
    if claim.speaker is None:
        return False
    names = {strip_honorific(n) for n in (claim.speaker.name, *claim.speaker.aliases)}
    return name in names


def test_more_than_all_of_global_demand(seed):
    claim = _claim(seed, "more than 100% of global", "more than 100%")
    assert (claim.kind, claim.value, claim.unit, claim.bound) == ("share", 100, "%", "more_than")
    assert "global demand" in (claim.measure or "").lower()
    assert _said_by(claim, BLINKEN) and claim.attribution == "direct"


def test_one_third_of_global_production(seed):
    claim = _claim(seed, "for one-third of global", "one-third")
    assert (claim.kind, claim.unit, claim.bound) == ("share", "%", "exact")
    assert claim.value == pytest.approx(33.33, rel=1e-3)
    assert "global production" in (claim.measure or "").lower()
    assert _said_by(claim, BLINKEN) and claim.attribution == "direct"


def test_one_tenth_of_global_demand(seed):
    claim = _claim(seed, "one-tenth of global", "one-tenth")
    assert (claim.kind, claim.unit, claim.bound) == ("share", "%", "exact")
    assert claim.value == pytest.approx(10)
    assert "global demand" in (claim.measure or "").lower()
    assert _said_by(claim, BLINKEN) and claim.attribution == "direct"


def test_sanctioned_chinese_enterprises_reported_speech(seed):
    claim = _claim(seed, "more than 100 Chinese", "more than 100")
    assert (claim.kind, claim.value, claim.unit, claim.bound) == ("count", 100, None, "more_than")
    assert "enterprises" in (claim.measure or "").lower()
    assert _said_by(claim, BLINKEN) and claim.attribution == "indirect"


def test_lines_of_communication_in_reporters_voice(seed):
    claim = _claim(seed, "more than 20 key lines", "more than 20")
    assert (claim.kind, claim.value, claim.unit, claim.bound) == ("count", 20, None, "more_than")
    assert claim.speaker is None and claim.attribution == "none"


def test_ten_months_since_the_last_visit(seed):
    claim = _claim(seed, "Now, 10 months later", "10 months")
    assert (claim.kind, claim.value, claim.unit) == ("duration", 10, "month")
    assert claim.speaker is None and claim.attribution == "none"


def test_three_days_of_meetings(seed):
    claim = _claim(seed, "concluding three days", "three days")
    assert (claim.kind, claim.value, claim.unit) == ("duration", 3, "day")


@pytest.mark.parametrize("anchor, figure", [
    ("Deep Read ( 4 Min. )", "4 Min."),
    ("the Monitor for $15", "$15"),
    ("read 10 years earlier", "10 years"),
    ("founding in 1908", "1908"),
])
def test_nothing_from_badges_pitches_letters_or_years(seed, anchor, figure):
    text, extraction = seed
    assert _claims_over(extraction, *_span(text, anchor, figure)) == []


def test_nothing_from_photo_credits_or_captions(seed):
    text, extraction = seed
    lines = [(m.start(), m.end(), m.group().strip()) for m in re.finditer(r"[^\n]+", text)]
    lines = [line for line in lines if line[2]]
    furniture = []
    for (start, end, line), following in zip(lines, lines[1:] + [None]):
        if CREDIT.match(line):
            furniture.append((start, end))
            if following:
                furniture.append(following[:2])
    assert len(furniture) >= 6, "the seed has three credit lines, each with a caption"
    for start, end in furniture:
        found = _claims_over(extraction, start, end)
        assert found == [], f"claims in page furniture {text[start:end][:60]!r}: {found}"
