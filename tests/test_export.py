"""`factrack export` in every format, from a database built through the real CLI."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from test_review import FERRIES, FERRIES_AGAIN, PASSENGERS, claim_with, claims_json, write

from factrack.export import BEST_RATING, RATINGS, WORST_RATING


@pytest.fixture
def reviewed(cli, tmp_path) -> dict:
    """Two outlets' copies of one story; one claim judged false, one verified."""
    assert cli("add", write(tmp_path, "a.txt", FERRIES), "--date", "2026-03-01",
               "--outlet", "Coast Herald", "--url", "https://herald.example/ferries"
               ).exit_code == 0
    assert cli("add", write(tmp_path, "b.txt", FERRIES_AGAIN), "--date", "2026-03-04",
               "--outlet", "Strait Times").exit_code == 0
    first = claims_json(cli, "--article", "1")
    false_claim = claim_with(first, PASSENGERS)
    verified_claim = claim_with(first, "140%")
    assert cli("review", false_claim["id"], "--status", "false", "--by", "alice",
               "--note", "Port data: 2.3m", "--source", "https://port.example").exit_code == 0
    assert cli("review", verified_claim["id"], "--status", "verified", "--by", "bob"
               ).exit_code == 0
    return {"false": false_claim, "verified": verified_claim}


def export(cli, *args) -> str:
    result = cli("export", *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_json_export_is_the_claims_json_contract(cli, reviewed):
    assert json.loads(export(cli, "--format", "json")) == claims_json(cli)
    flagged = json.loads(export(cli, "--format", "json", "--flagged"))
    assert flagged == claims_json(cli, "--flagged") and flagged


def test_csv_export_has_one_row_per_claim_with_review_columns(cli, reviewed):
    rows = list(csv.DictReader(io.StringIO(export(cli, "--format", "csv"))))
    claims = claims_json(cli)
    assert [int(r["id"]) for r in rows] == [c["id"] for c in claims]
    row = next(r for r in rows if int(r["id"]) == reviewed["false"]["id"])
    assert row["status"] == "false" and row["reviewer"] == "alice"
    assert row["review_note"] == "Port data: 2.3m"
    assert row["review_source"] == "https://port.example"
    assert row["outlet"] == "Coast Herald" and row["published"] == "2026-03-01"
    assert PASSENGERS in row["context"]
    assert set(row["flags"].split(";")) == set(reviewed["false"]["flags"])


def test_csv_export_to_file_with_filters(cli, reviewed, tmp_path):
    target = tmp_path / "out.csv"
    result = cli("export", "--format", "csv", "--article", "2", "-o", target)
    assert result.exit_code == 0 and result.stdout == ""
    assert f"wrote {target}" in result.stderr
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert rows and {r["article_id"] for r in rows} == {"2"}


def test_markdown_checklist_groups_by_article_with_flags_and_context(cli, reviewed):
    text = export(cli, "--format", "markdown")
    sections = re.split(r"^## ", text, flags=re.M)[1:]
    assert [s.split(":", 1)[0] for s in sections] == ["Article 2", "Article 1"]
    first_article = sections[1]
    assert "Coast Herald" in first_article and "https://herald.example/ferries" in first_article
    false_line = f"- [x] **#{reviewed['false']['id']}**"
    assert false_line in first_article  # a verdict ticks the box
    open_boxes = re.findall(r"^- \[ \] \*\*#(\d+)\*\*", text, flags=re.M)
    assert open_boxes and all(
        c["status"] in ("new", "flagged") for c in claims_json(cli)
        if str(c["id"]) in open_boxes)
    assert "`implausible`" in first_article and "over 100%" in first_article
    assert "reviewed by alice on" in first_article and "Port data: 2.3m" in first_article
    twin = claim_with(claims_json(cli, "--article", "2"), PASSENGERS)
    assert f"- [x] **#{twin['id']}**" in sections[0]  # the verdict reached its group
    assert f"group verdict from claim {reviewed['false']['id']}" in sections[0]


def test_markdown_escapes_markup_in_claim_text(cli, tmp_path):
    cli("add", write(tmp_path, "m.txt", "Stars\n\nThe *party* won [12] seats, "
                                        "officials said.\n"))
    text = export(cli, "--format", "markdown")
    assert r"\*party\*" in text and r"\[12\]" in text


def _assert_type(node: dict, *types: str) -> None:
    assert isinstance(node, dict) and node.get("@type") in types, node


def test_claimreview_json_ld_is_valid_schema_org(cli, reviewed):
    text = export(cli, "--format", "claimreview", "--publisher", "Coast Herald",
                  "--url-template", "https://herald.example/checks/{claim_id}")
    reviews = json.loads(text)
    # one per reviewed group: the false claim's group (two articles) and the verified claim
    assert len(reviews) == len({c["group_id"] or -c["id"] for c in claims_json(cli)
                                if c["status"] in RATINGS})
    for review in reviews:
        assert review["@context"] == "https://schema.org"
        _assert_type(review, "ClaimReview")
        for key in ("claimReviewed", "itemReviewed", "author", "reviewRating",
                    "datePublished"):
            assert key in review, key
        assert isinstance(review["claimReviewed"], str) and review["claimReviewed"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", review["datePublished"])
        assert review["url"].startswith("https://herald.example/checks/")
        assert review["author"] == {"@type": "Organization", "name": "Coast Herald"}
        item = review["itemReviewed"]
        _assert_type(item, "Claim")
        _assert_type(item["firstAppearance"], "CreativeWork")
        if "author" in item:
            _assert_type(item["author"], "Person", "Organization")
            assert item["author"]["name"]
        rating = review["reviewRating"]
        _assert_type(rating, "Rating")
        assert rating["bestRating"] == BEST_RATING and rating["worstRating"] == WORST_RATING
        assert WORST_RATING <= rating["ratingValue"] <= BEST_RATING
        assert isinstance(rating["alternateName"], str)

    by_text = {r["claimReviewed"]: r for r in reviews}
    false_review = by_text[reviewed["false"]["text"]]
    assert false_review["reviewRating"]["ratingValue"] == RATINGS["false"][0] == 1
    assert false_review["reviewRating"]["alternateName"] == "False"
    item = false_review["itemReviewed"]
    assert item["author"] == {"@type": "Person", "name": "Dana Okafor"}
    assert item["firstAppearance"] == {  # the earliest article of the group
        "@type": "CreativeWork", "url": "https://herald.example/ferries",
        "headline": "Lunmouth ferry operator reports a busy year",
        "datePublished": "2026-03-01"}
    [other] = item["appearance"]
    assert other["headline"] == "Lunmouth ferry operator sees passenger numbers climb"
    verified = by_text[reviewed["verified"]["text"]]
    assert verified["reviewRating"]["ratingValue"] == BEST_RATING
    assert verified["reviewRating"]["alternateName"] == "Verified"


def test_claimreview_author_defaults_to_the_reviewer(cli, reviewed):
    reviews = json.loads(export(cli, "--format", "claimreview"))
    assert {r["author"]["name"] for r in reviews} == {"alice", "bob"}
    assert all(r["author"]["@type"] == "Person" and "url" not in r for r in reviews)


def test_claimreview_leaves_out_unreviewed_and_dismissed_claims(cli, reviewed):
    assert json.loads(export(cli, "--format", "claimreview", "--status", "new")) == []
    cli("review", reviewed["verified"]["id"], "--status", "dismissed", "--by", "bob")
    reviews = json.loads(export(cli, "--format", "claimreview"))
    assert [r["claimReviewed"] for r in reviews] == [reviewed["false"]["text"]]
