"""Flag rules: each rule on hand-made claims, then the rules end to end through `add`."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlmodel import Session, select

from conftest import claims_json, write_article
from factrack.db import open_database
from factrack.flags import (FLAG_CODES, RULES, FlagContext, apply_flags, evaluate,
                            implausible, new_statistic, priority, sentence_around,
                            superlative, unattributed)
from factrack.models import Article, Claim, ClaimGroup, Flag, ReviewEvent

ARTICLE_TEXT = """Lunmouth ferry operator reports a busy year

LUNMOUTH — The Lunmouth Ferry Company carried 3.2 million passengers last year, up 14% from \
the year before, chief executive Dana Okafor said on Tuesday.

"We are now the largest ferry operator on the northern coast," Ms. Okafor said.

Ticket prices rose 12% in the first half.

Fares covered 140% of the company's operating costs, according to its annual filing.
"""


def make_claim(text: str, *, kind: str = "count", value: float | None = 5.0,
               unit: str | None = None, attribution: str = "none", key: str = "k",
               claim_id: int = 1, group_id: int | None = None, article_id: int = 1,
               value_max: float | None = None, bound: str = "exact") -> Claim:
    return Claim(id=claim_id, article_id=article_id, attribution=attribution, text=text,
                 start=0, end=len(text), figure_start=0, figure_end=1, paragraph_index=0,
                 kind=kind, value=value, value_max=value_max, unit=unit, bound=bound,
                 key=key, group_id=group_id)


def context_for(text: str, published: str | None = "2026-03-01") -> FlagContext:
    context = FlagContext(today=datetime(2026, 6, 1, tzinfo=UTC))
    context.articles[1] = Article(id=1, sha256="x", text=text, published=published)
    return context


# -- the registry -------------------------------------------------------------------


def test_every_rule_has_an_explanation_and_figure_mismatch_is_known_but_not_computed():
    assert set(RULES) <= set(FLAG_CODES)
    assert "figure-mismatch" in FLAG_CODES and "figure-mismatch" not in RULES
    for code in FLAG_CODES.values():
        assert code.explanation and "\n" not in code.explanation


def test_priorities_put_previous_verdicts_first_then_figure_mismatch():
    order = sorted(FLAG_CODES, key=lambda c: -FLAG_CODES[c].priority)
    assert order[:3] == ["previously-false", "previously-disputed", "figure-mismatch"]
    assert priority(["superlative", "previously-false"]) == FLAG_CODES["previously-false"].priority
    assert priority([]) == 0
    assert not FLAG_CODES["previously-verified"].queues


# -- superlative --------------------------------------------------------------------


@pytest.mark.parametrize("text,hit", [
    ("Kestria is the largest supplier of steel", "largest"),
    ("It was a record harvest of 4 million tonnes", "record"),
    ("All 12 mills closed", "all"),
    ("the company's first profit in 5 years", "first"),
    ("the firm ranked among the Top 10 exporters", "top"),
])
def test_superlative_matches_whole_words(text, hit):
    assert superlative(make_claim(text), context_for(text)) == f"uses {hit!r}"


@pytest.mark.parametrize("text", [
    "Shares topped 40 euros",            # "top" inside a word
    "Profit fell 9% in the first quarter",  # first quarter: a date, not a ranking
    "Allied forces sent 300 troops",     # "all" inside a word
    "at least 3 people were hurt",       # a bound, not a ranking
    "The recorded rainfall was 40 mm",   # "record" inside a word
])
def test_superlative_ignores_parts_of_words_and_everyday_phrases(text):
    assert superlative(make_claim(text), context_for(text)) is None


def test_superlative_flags_claims_the_extractor_calls_a_rank():
    claim = make_claim("Valdora came third in the table", kind="rank", value=3)
    assert superlative(claim, context_for(claim.text)) == "ranks its subject"


# -- unattributed -------------------------------------------------------------------


def test_unattributed_needs_reporter_voice_and_no_source_in_the_sentence():
    text = "Ticket prices rose 12% in the first half."
    bare = make_claim("Ticket prices rose 12% in the first half", kind="change", unit="%")
    assert unattributed(bare, context_for(text))
    sourced_text = "Fares covered 40% of costs, according to its annual filing."
    sourced = make_claim("Fares covered 40% of costs", kind="share")
    assert unattributed(sourced, context_for(sourced_text)) is None
    quoted = make_claim("Ticket prices rose 12%", attribution="direct")
    assert unattributed(quoted, context_for(text)) is None
    assertion = make_claim("The bridge is closed", kind="factual", value=None)
    assert unattributed(assertion, context_for(text)) is None


def test_sentence_around_stops_at_sentence_ends_and_line_breaks():
    text = "First one has 3 cats. The agency said 40% left.\nNext line 7."
    start = text.index("40%")
    assert sentence_around(text, start, start + 3) == "The agency said 40% left."


# -- implausible --------------------------------------------------------------------


@pytest.mark.parametrize("claim,expected", [
    (make_claim("Fares covered 140% of costs", kind="share", value=140, unit="%"), "over 100%"),
    (make_claim("makes more than 100% of demand", kind="share", value=100, unit="%",
                bound="more_than"), "more than 100% of a whole"),
    (make_claim("between 90% and 120% of demand", kind="share", value=90, value_max=120,
                unit="%"), "over 100%"),
    (make_claim("a balance of -40 ships", kind="count", value=-40), "negative count"),
    (make_claim("exports rose 1,500%", kind="change", value=1500, unit="%"), "over 1000%"),
    (make_claim("In 2031 sales rose 4%", kind="change", value=4, unit="%"), "2031"),
])
def test_implausible_flags_impossible_looking_figures(claim, expected):
    assert expected in implausible(claim, context_for(claim.text))


@pytest.mark.parametrize("claim", [
    make_claim("Fares covered 99% of costs", kind="share", value=99, unit="%"),
    make_claim("Fares covered up to 100% of costs", kind="share", value=100, unit="%",
               bound="at_most"),
    make_claim("exports rose 900%", kind="change", value=900, unit="%"),
    make_claim("a fall of 40 ships", kind="count", value=40),
    make_claim("sales will rise 4% by 2031", kind="change", value=4, unit="%"),
    make_claim("In 2025 sales rose 4%", kind="change", value=4, unit="%"),
])
def test_implausible_leaves_plausible_figures_and_forecasts_alone(claim):
    assert implausible(claim, context_for(claim.text)) is None


def test_future_year_is_judged_against_the_articles_own_date():
    claim = make_claim("In 2027 sales rose 4%", kind="change", value=4, unit="%")
    assert implausible(claim, context_for(claim.text, published="2026-03-01"))
    assert implausible(claim, context_for(claim.text, published="2028-01-10")) is None


# -- new-statistic ------------------------------------------------------------------


def test_new_statistic_depends_on_earlier_keys_and_groups():
    claim = make_claim("3.2 million passengers", key="passengers|3200000", group_id=4)
    context = context_for(claim.text)
    assert new_statistic(claim, context)
    context.seen_keys.add("passengers|3200000")
    assert new_statistic(claim, context) is None
    context.seen_keys.clear()
    context.seen_groups.add(4)
    assert new_statistic(claim, context) is None


# -- through the database -----------------------------------------------------------


def find(rows: list[dict], phrase: str) -> dict:
    found = [r for r in rows if phrase in r["text"]]
    assert found, f"no claim contains {phrase!r}: {[r['text'] for r in rows]}"
    return found[0]


def test_add_stores_flags_and_sets_status_flagged(cli, tmp_path):
    path = write_article(tmp_path, "ferries.txt", ARTICLE_TEXT)
    result = cli("add", path, "--date", "2026-03-01")
    assert result.exit_code == 0, result.output
    rows = claims_json(cli)
    fares = find(rows, "140%")
    assert "implausible" in fares["flags"] and fares["status"] == "flagged"
    prices = find(rows, "Ticket prices rose 12%")
    assert "unattributed" in prices["flags"] and "superlative" not in prices["flags"]
    largest = find(rows, "largest ferry operator")
    assert "superlative" in largest["flags"]
    assert all("new-statistic" in r["flags"] for r in rows if r["value"] is not None)
    flagged_ids = {r["id"] for r in claims_json(cli, "--flagged")}
    assert {fares["id"], prices["id"], largest["id"]} <= flagged_ids
    shown = json.loads(cli("show", fares["id"], "--format", "json").stdout)
    assert any(f["code"] == "implausible" and "140" in f["detail"]
               for f in shown["flag_details"])
    # informational flags alone leave a claim "new"
    for row in rows:
        queueing = [c for c in row["flags"] if FLAG_CODES[c].queues]
        assert (row["status"] == "flagged") == bool(queueing), row


def test_a_repeat_is_not_a_new_statistic(cli, tmp_path):
    cli("add", write_article(tmp_path, "a.txt", ARTICLE_TEXT))
    repeat = ARTICLE_TEXT.replace("reports a busy year", "sees passenger numbers climb", 1)
    cli("add", write_article(tmp_path, "b.txt", repeat))
    rows = claims_json(cli, "--article", "2")
    assert rows and not any("new-statistic" in r["flags"] for r in rows)


def test_apply_flags_keeps_existing_flags_and_reviewed_statuses(db_url, cli, tmp_path):
    cli("add", write_article(tmp_path, "a.txt", ARTICLE_TEXT))
    engine = open_database(db_url)
    with Session(engine) as session:
        claims = session.exec(select(Claim).order_by(Claim.id)).all()
        before = len(session.exec(select(Flag)).all())
        claims[0].status = "verified"
        session.add(Flag(claim_id=claims[1].id, code="figure-mismatch", detail="claim 9 says 4"))
        session.flush()
        apply_flags(session, claims)  # a second run: nothing is duplicated
        after = session.exec(select(Flag)).all()
        assert len(after) == before + 1
        assert claims[0].status == "verified"
        assert claims[1].status == "flagged"  # figure-mismatch from linking queues it
        session.rollback()


def test_evaluate_returns_codes_in_registry_order():
    claim = make_claim("the largest rise, 1,500%", kind="change", value=1500, unit="%")
    codes = [code for code, _ in evaluate(claim, context_for(claim.text))]
    assert codes == [c for c in RULES if c in codes]
    assert {"superlative", "implausible", "unattributed", "new-statistic"} <= set(codes)


def test_a_verified_groups_repeat_with_another_figure_still_goes_to_the_queue(db_url, cli,
                                                                              tmp_path):
    cli("add", write_article(tmp_path, "a.txt", ARTICLE_TEXT))
    original = find(claims_json(cli), "3.2 million passengers")
    cli("review", original["id"], "--status", "verified", "--by", "alice")
    engine = open_database(db_url)
    with Session(engine) as session:
        stored = session.get(Claim, original["id"])
        group = ClaimGroup(representative=stored.text)
        session.add(group)
        session.flush()
        stored.group_id = group.id
        twins = []
        for figure in ("3.2 million", "4.1 million"):
            twin = Claim(**{**stored.model_dump(exclude={"id", "status"}),
                            "text": stored.text.replace("3.2 million", figure)})
            session.add(twin)
            twins.append(twin)
        session.flush()
        session.add(Flag(claim_id=twins[1].id, code="figure-mismatch",
                         detail=f"claim {stored.id} says 3.2 million; this says 4.1 million"))
        assert apply_flags(session, twins) == 1
        assert twins[0].status == "verified"  # reviewed via its group
        assert twins[1].status == "flagged"  # same group, other figure: an editor looks
        events = session.exec(select(ReviewEvent).where(ReviewEvent.claim_id.in_(
            [t.id for t in twins]))).all()
        assert [(e.claim_id, e.reviewer, e.new_status) for e in events] == [
            (twins[0].id, "factrack", "verified")]
        session.rollback()
