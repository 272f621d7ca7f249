"""The extraction pipeline: clauses, numeric and factual claims, scores, real articles."""

from __future__ import annotations

import csv
import glob
from pathlib import Path

import pytest

from factrack.extract import extract
from factrack.extract.checkworthiness import sentence_checkworthiness
from factrack.extract.clauses import split_clauses
from factrack.extract.factual import find_factual

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "000_3a15ec0e2c0e75e0.txt"
CORPUS = SHARED / "corpus"


def _clauses(sentence: str) -> list[str]:
    return [sentence[s:e] for s, e in split_clauses(sentence)]


def _claim_with(extraction, figure: str):
    text = extraction_text[id(extraction)]
    found = [c for c in extraction.claims if text[c.figure_start:c.figure_end] == figure]
    assert found, f"no claim with figure {figure!r}: {[c.text for c in extraction.claims]}"
    return found[0]


extraction_text: dict[int, str] = {}


def _extract(text: str):
    result = extract(text)
    extraction_text[id(result)] = text
    return result


def _check_offsets(text: str, extraction) -> None:
    for c in extraction.claims:
        assert text[c.start:c.end] == c.text
        assert c.start <= c.figure_start < c.figure_end <= c.end
        assert c.text == c.text.strip()
        assert 0.0 <= c.checkworthiness <= 1.0


# --- clauses ---------------------------------------------------------------------------

def test_clauses_split_at_semicolons_dashes_but_and_while():
    assert _clauses("Exports rose 4% to $2bn; imports fell 3%.") == ["Exports rose 4% to $2bn", "imports fell 3%"]
    assert _clauses("The mill makes 20% of the steel – but only 5% of the tools.") == [
        "The mill makes 20% of the steel", "only 5% of the tools"]
    assert _clauses("Sales grew 6% in Asia, while costs rose 2,400 dollars a unit.") == [
        "Sales grew 6% in Asia", "costs rose 2,400 dollars a unit"]


def test_clauses_keep_lists_and_compound_subjects_together():
    sentence = "Paris and Lyon have signed the pact, and Nice is still weighing it."
    assert _clauses(sentence) == ["Paris and Lyon have signed the pact", "Nice is still weighing it"]
    assert _clauses("The firm sells bread, cakes, and pies in 12 towns.") == [
        "The firm sells bread, cakes, and pies in 12 towns"]


def test_clauses_drop_reporting_frames_and_speech_tags():
    sentence = ("Acme is the largest maker of kettles in Ohio – and the mayor noted that the city "
                "has fined 12 factories.")
    assert _clauses(sentence) == ["Acme is the largest maker of kettles in Ohio",
                                  "the city has fined 12 factories"]
    assert _clauses('"We hired 40 nurses last year," Ms. Grant said.') == ["We hired 40 nurses last year"]


def test_quote_split_around_its_attribution_is_two_clauses():
    sentence = ('“Rents rose 9% in the first quarter,” Mr. Hale said, “and 300 families '
                'are on the waiting list.”')
    assert _clauses(sentence) == ["Rents rose 9% in the first quarter",
                                  "300 families are on the waiting list"]
    quoted_word = 'He said the rise, which took "years," was small, and prices fell 5%.'
    assert "prices fell 5%" in _clauses(quoted_word)


def test_no_split_inside_brackets():
    sentence = "The fund will pay 40m crowns ($4.1m; \u00a33.2m) to farmers this year."
    assert _clauses(sentence) == [
        "The fund will pay 40m crowns ($4.1m; \u00a33.2m) to farmers this year"]


def test_relative_clause_is_not_a_reporting_frame():
    sentence = "Ms. Vale, who has an estimated fortune of $3 billion, bought the club."
    assert _clauses(sentence) == ["Ms. Vale, who has an estimated fortune of $3 billion, bought the club"]
    assert _clauses("So far, the only bid is from Acme.") == ["So far, the only bid is from Acme"]
    assert _clauses("Analysts estimated that the dam would cost $2 billion.") == [
        "the dam would cost $2 billion"]


def test_pitch_sentence_inside_a_body_paragraph_yields_nothing():
    text = ("Derby day\n\nThe home side has won 9 of its last 10 games. Tickets from $35 at the "
            "box office. The match kicks off at 8 p.m.\n\nBecome a member for $7 a month.\n")
    result = _extract(text)
    _check_offsets(text, result)
    figures = [text[c.figure_start:c.figure_end] for c in result.claims if c.kind != "factual"]
    assert any("9" in f for f in figures)
    assert not any("$35" in f or "$7" in f for f in figures), figures


def test_two_claims_in_one_sentence():
    text = "Steel report\n\nThe region makes 20% of the world's steel – but uses 5% of it.\n"
    result = _extract(text)
    _check_offsets(text, result)
    first, second = _claim_with(result, "20%"), _claim_with(result, "5%")
    assert first.text == "The region makes 20% of the world's steel"
    assert second.text == "uses 5% of it"


def test_and_before_new_subject_gives_factual_and_numeric_claims():
    text = ("Kettle makers\n\nAcme is Ohio's top maker of kettles and toasters – and the mayor noted "
            "that the city has already fined more than 12 factories.\n")
    result = _extract(text)
    _check_offsets(text, result)
    factual = [c for c in result.claims if c.kind == "factual"]
    assert [c.text for c in factual] == ["Acme is Ohio's top maker of kettles and toasters"]
    assert factual[0].signals == ("superlative",)
    assert text[factual[0].figure_start:factual[0].figure_end].startswith("top maker")
    assert factual[0].value is None and factual[0].unit is None and factual[0].bound is None
    numeric = _claim_with(result, "more than 12")
    assert numeric.text == "the city has already fined more than 12 factories"


# --- factual claims --------------------------------------------------------------------

def test_superlatives_and_assertions_are_factual_triggers():
    for clause, signal in [
        ("Lung disease is a leading cause of death in the valley", "superlative"),
        ("The two mayors held their first talks on water rights", "superlative"),
        ("Exports reached a record high in March", "superlative"),
        ("It was the largest ever sale of farmland in the state", "superlative"),
        ("The Ministry of Health has banned the sale of the drug", "assertion"),
        ("The bakery posted record profits", "superlative"),
        ("Its prisons are among the strictest in the world", "superlative"),
    ]:
        trigger = find_factual(clause)
        assert trigger is not None, clause
        assert trigger.signal == signal


def test_opinions_predictions_and_vague_lines_are_not_factual():
    for clause in [
        "I think this could be the best plan the town has seen",
        "Maybe the new bridge is the longest in the region",
        "The council will have sold the depot by then",
        "Is this the worst decision of the year?",
        "Top officials met on Friday",
        "The leading to the vote was tense",
        "She thanked everyone for coming",
        "Let the record show the vote was fair",
        "The poorest areas were hit hardest",
    ]:
        assert find_factual(clause) is None, clause


def test_names_titles_and_enumerations_are_not_rankings():
    # real-article review: names with ordinals, awards, described people, groups, list items
    for clause in [
        "The First Amendment covers the right to protest",
        "She shared the league's most valuable player award with a rookie",
        "Even some of the most loyal donors say the plan is flawed",
        "He was once a leading budget negotiator in the Senate",
        "The first would be far cheaper to build",
        "The loan sparked the lawsuit in the first place",
        "Cutting fees must be the first order of business",
        "Aides were so sure that most party donors would stay",
        "She gives her best every game",
        "He said he had never been more certain in his life",
        "The post was critical of the first lady and her staff",
    ]:
        assert find_factual(clause) is None, clause
    for clause in [
        "It is one of the most expensive bridges in the country",
        "One of the most serious warnings was a memo from the mayor",
        "Lung disease is a leading cause of death in the valley",
        "The first flight left the new airport at noon",
        "Rents have never been higher in the capital",
    ]:
        assert find_factual(clause) is not None, clause


def test_list_figures_ranges_and_back_references_in_a_paragraph():
    text = ("Court report\n\nThe driver faces two counts of theft and one count of arson. He served "
            "2-1/2 years of a 5-1/2 year term. In 2010 the two worked together at a garage, and the "
            "garage owner had counted on keeping all three.\n")
    result = _extract(text)
    _check_offsets(text, result)
    figures = {text[c.figure_start:c.figure_end]: c for c in result.claims if c.kind != "factual"}
    assert figures["one"].measure == "count of arson"
    assert figures["2-1/2 years"].value == 2.5 and figures["2-1/2 years"].unit == "year"
    assert figures["5-1/2 year"].value == 5.5
    assert "two" in figures  # two counts of theft
    assert figures["two"].measure == "counts of theft"
    assert "three" not in figures and "2010" not in figures, sorted(figures)


def test_dates_years_and_back_references_are_not_numeric_claims():
    text = ("Council vote\n\nOn March 3, 2021, the council approved 40 new homes, and the two parties "
            "agreed to meet again at 9:30 a.m. in the 21st-century library.\n")
    result = _extract(text)
    _check_offsets(text, result)
    figures = {text[c.figure_start:c.figure_end] for c in result.claims if c.kind != "factual"}
    assert any("40" in f for f in figures)
    assert not any(f in ("3", "2021", "9", "30", "21", "two") for f in figures), figures


def test_age_in_apposition_is_not_a_claim():
    text = "Match report\n\nGuard Ben Okafor, 26, scored 31 points on Friday.\n"
    result = _extract(text)
    figures = [text[c.figure_start:c.figure_end] for c in result.claims]
    assert any("31" in f for f in figures)
    assert "26" not in figures


def test_repeated_paragraph_yields_its_claims_once():
    paragraph = "The fund lent $3 million to 14 farms last year."
    text = f"Farm loans\n\n{paragraph}\n\nOther news followed.\n\n{paragraph.upper()}\n"
    result = _extract(text)
    assert sum(1 for c in result.claims if "$3 million" in c.text.replace("$3 MILLION", "$3 million")) == 1
    assert [p.role for p in result.paragraphs][-1] == "duplicate"


def test_predicted_superlative_is_kept_but_scores_below_a_reported_one():
    text = ("Bridges\n\nThe new bridge will be the longest in the region. "
            "The old bridge was the longest in the region in 1990.\n")
    result = _extract(text)
    _check_offsets(text, result)
    predicted, reported = [c for c in result.claims if c.kind == "factual"]
    assert predicted.signals == reported.signals == ("superlative",)
    assert predicted.checkworthiness < reported.checkworthiness


def test_superlative_next_to_a_figure_is_its_own_claim():
    text = "Diabetes\n\nCases reached a record high of 2.4 million last year.\n"
    result = _extract(text)
    _check_offsets(text, result)
    kinds = sorted(c.kind for c in result.claims)
    assert kinds == ["count", "factual"]
    factual = next(c for c in result.claims if c.kind == "factual")
    assert "record high" in text[factual.figure_start:factual.figure_end]
    assert "2.4" not in text[factual.figure_start:factual.figure_end]


# --- check-worthiness ------------------------------------------------------------------

def test_statistic_outranks_opinion_and_prediction():
    statistic = "Unemployment fell to 4.1% in 2019, the lowest rate in 50 years."
    opinion = "I think we are going to have a wonderful evening together."
    prediction = "Maybe things will get better for everybody soon?"
    assert sentence_checkworthiness(statistic) > sentence_checkworthiness(opinion)
    assert sentence_checkworthiness(statistic) > sentence_checkworthiness(prediction)
    text = (f"Jobs\n\n{statistic} The minister said she thinks the next year could be even better "
            "and will bring 2 surprises.\n")
    result = _extract(text)
    fact = next(c for c in result.claims if "4.1%" in c.text)
    guess = next(c for c in result.claims if "2 surprises" in c.text)
    assert fact.checkworthiness > guess.checkworthiness


# --- the user's seed article and real corpus articles -----------------------------------

needs_shared = pytest.mark.skipif(not SEED.exists(), reason=f"shared data not found at {SHARED}")


@needs_shared
def test_seed_article_furniture_yields_nothing_and_key_figures_are_found():
    text = SEED.read_text(encoding="utf-8")
    result = _extract(text)
    _check_offsets(text, result)
    by_index = {p.index: p for p in result.paragraphs}
    for claim in result.claims:
        assert by_index[claim.paragraph_index].role == "body"
    roles = {p.text: p.role for p in result.paragraphs}
    assert roles[result.title] == "heading"
    non_body = [p for p in result.paragraphs if p.role != "body"]
    for claim in result.claims:
        assert not any(p.start <= claim.figure_start < p.end for p in non_body)
    texts = [c.text for c in result.claims]
    joined = "\n".join(texts)
    for phrase in ["more than 100 Chinese enterprises", "more than 20 key lines of communication",
                   "more than 100% of global demand", "one-third of global production",
                   "one-tenth of global demand"]:
        assert phrase in joined, phrase
    assert "the U.S. has already sanctioned more than 100 Chinese enterprises" in texts
    factual = {text[c.figure_start:c.figure_end] for c in result.claims if c.kind == "factual"}
    assert {"top supplier", "leading cause", "first talks", "cracked down"} <= factual
    # Nothing from the caption, badges, "Why We Wrote This" box or subscription pitch.
    for furniture in ("speaks during a press conference", "Deep Read", "Why We Wrote This",
                      "working hard to repair", "$15", "free articles", "10 years earlier", "1908"):
        assert furniture not in joined, furniture


def _corpus_texts(limit_per_source: int = 60) -> list[str]:
    texts = []
    for pattern in ("bbc-news-2225/*/*.txt", "basil-media-bias-triplets/text/*/*.txt",
                    "ecbplus-event-clusters/text/*/*"):
        for path in sorted(glob.glob(str(CORPUS / pattern)))[::25][:limit_per_source]:
            texts.append(Path(path).read_text(encoding="utf-8", errors="replace"))
    bodies = CORPUS / "fnc1-emergent-claim-clusters" / "competition_test_bodies.csv"
    if bodies.exists():
        csv.field_size_limit(10**8)
        with bodies.open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        texts.extend(row["articleBody"] for row in rows[::15][:limit_per_source])
    return texts


@pytest.mark.skipif(not CORPUS.exists(), reason=f"corpus not found at {CORPUS}")
def test_offsets_hold_on_real_articles():
    texts = _corpus_texts()
    assert len(texts) > 150
    claims = 0
    for text in texts:
        result = extract(text)
        _check_offsets(text, result)
        claims += len(result.claims)
        body = {p.index for p in result.paragraphs if p.role == "body"}
        assert all(c.paragraph_index in body for c in result.claims)
    assert claims > 500


def test_ordinals_before_a_figure_and_ages_after_now_are_not_claims():
    text = ("Match report\n\nThe guard scored 14 points in the first six minutes of the game. "
            "The coach, Dana Ruiz, now 71 and still at the club, praised her.\n")
    result = _extract(text)
    _check_offsets(text, result)
    figures = [text[c.figure_start:c.figure_end] for c in result.claims]
    assert "14 points" in figures and "six minutes" in figures
    assert "71" not in figures and not any(c.kind == "factual" for c in result.claims), figures


def test_periods_of_a_year_and_ages_in_a_relative_clause_are_not_claims():
    text = ("Trade figures\n\nExports fell 1.2% in the final three months of 2003, the agency said. "
            "Its chief, Mara Lind, who is 52, said 40 firms had closed.\n")
    result = _extract(text)
    _check_offsets(text, result)
    figures = [text[c.figure_start:c.figure_end] for c in result.claims if c.kind != "factual"]
    assert "1.2%" in figures and "40" in figures, figures
    assert "three months" not in figures and "52" not in figures, figures


def test_roles_plays_and_hunches_are_not_rankings_but_scoped_superlatives_are():
    for clause in [
        "Even his top advisors say they are unsure",
        "She later became a top deputy in the fraud unit",
        "The firm wants to make a top quality local beer",
        "The kicker then ran for a first down",
        "I thought it was the best route to take",
        "For the first nine days of the year the bank was closed",
        "The second half to be played on Sunday starts at noon",
        "The party wants a new levy on the richest to pay for schools",
    ]:
        assert find_factual(clause) is None, clause
    for clause in [
        "The race had the closest finish in its history",
        "In one of the highest-profile fights of the year, the mayor quit",
        "His arrest was the first in a series of raids on the port",
        "The prize went to one of the league's top teams",
        "She is the third judge to be removed from the panel this year",
        "The award went to the best in the region",
        "Shops ran out of the best-selling toy in days",
    ]:
        assert find_factual(clause) is not None, clause
    trigger = find_factual("For the first nine days of 1990 the bank was the only lender in town")
    assert trigger is not None and "only" in "For the first nine days of 1990 the bank was the only lender in town"[
        trigger.start:trigger.end]
