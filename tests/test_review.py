"""The review loop end to end: queue, one-key verdicts, verdicts by id, group verdicts,
two editors at once, and the `add` warning for a repeated false claim."""

from __future__ import annotations

import io
import json
import re

import pytest
from click.testing import CliRunner
from sqlmodel import Session, select

from conftest import claims_json, write_article as write
from factrack.cli import main
from factrack.db import open_database
from factrack.errors import ConflictError, NotFoundError
from factrack.models import Claim, Flag, ReviewEvent
from factrack.queries import ClaimFilter, list_claims
from factrack.review import queue_order, review_queue, review_queue_ids, set_status

FERRIES = """Lunmouth ferry operator reports a busy year

LUNMOUTH — The Lunmouth Ferry Company carried 3.2 million passengers last year, up 14% from \
the year before, chief executive Dana Okafor said on Tuesday.

"We are now the largest ferry operator on the northern coast," Ms. Okafor said.

Ticket prices rose 12% in the first half.

Fares covered 140% of the company's operating costs, according to its annual filing.
"""
# The same story under another headline: what a second outlet's copy looks like.
FERRIES_AGAIN = FERRIES.replace("reports a busy year", "sees passenger numbers climb", 1)
PASSENGERS = "3.2 million passengers"


def claim_with(rows: list[dict], phrase: str) -> dict:
    """The claim carrying `phrase`'s figure: robust to how the extractor splits clauses."""
    found = [r for r in rows if phrase in r["text"]]
    assert found, f"no claim contains {phrase!r}"
    figure = phrase.split()[0]
    exact = [r for r in found if figure in r["text"][r["figure_start"] - r["start"]:
                                                      r["figure_end"] - r["start"]]]
    return (exact or found)[0]


def detail(cli, claim_id: int) -> dict:
    result = cli("show", claim_id, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def ferries(cli, tmp_path) -> dict:
    result = cli("add", write(tmp_path, "ferries.txt", FERRIES), "--date", "2026-03-01",
                 "--outlet", "Coast Herald")
    assert result.exit_code == 0, result.output
    return claim_with(claims_json(cli), PASSENGERS)


# -- verdicts by id ----------------------------------------------------------------------


def test_verdict_by_id_is_recorded_with_reviewer_note_and_source(cli, ferries):
    result = cli("review", ferries["id"], "--status", "false", "--note", "Port data: 2.3m",
                 "--source", "https://port.example/2025", "--by", "alice")
    assert result.exit_code == 0, result.output
    assert f"claim {ferries['id']}: {ferries['status']} -> false by alice" in result.stdout
    shown = detail(cli, ferries["id"])
    assert shown["status"] == "false"
    [event] = shown["history"]
    assert event == {**event, "old_status": ferries["status"], "new_status": "false",
                     "reviewer": "alice", "note": "Port data: 2.3m",
                     "source_url": "https://port.example/2025"}


def test_reviewer_defaults_to_the_login_name(cli, ferries, monkeypatch):
    monkeypatch.setenv("LOGNAME", "desk-editor")
    monkeypatch.setenv("USER", "desk-editor")
    cli("review", ferries["id"], "--status", "verified")
    assert detail(cli, ferries["id"])["history"][0]["reviewer"] == "desk-editor"


def test_any_verdict_can_be_reopened(cli, ferries):
    cli("review", ferries["id"], "--status", "dismissed", "--by", "alice")
    result = cli("review", ferries["id"], "--status", "flagged", "--by", "bob",
                 "--note", "dismissed by mistake")
    assert result.exit_code == 0, result.output
    history = detail(cli, ferries["id"])["history"]
    assert [(h["old_status"], h["new_status"], h["reviewer"]) for h in history] == [
        (ferries["status"], "dismissed", "alice"), ("dismissed", "flagged", "bob")]


def test_unknown_claim_is_one_line_error(cli, ferries):
    result = cli("review", 9999, "--status", "false")
    assert result.exit_code == 1 and "no claim with id 9999" in result.stderr


def test_claim_id_without_status_needs_a_terminal(cli, ferries):
    result = cli("review", ferries["id"])
    assert result.exit_code == 2 and "--status" in result.stderr


# -- two editors at once -----------------------------------------------------------------


def test_second_editor_is_refused_naming_who_changed_it(cli, ferries):
    shown = ferries["status"]  # what both editors saw
    first = cli("review", ferries["id"], "--status", "false", "--expect", shown,
                "--by", "alice", "--note", "wrong total")
    assert first.exit_code == 0, first.output
    second = cli("review", ferries["id"], "--status", "verified", "--expect", shown,
                 "--by", "bob")
    assert second.exit_code == 1
    message = second.stderr
    assert "alice" in message and "'false'" in message and f"'{shown}'" in message
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", message)
    after = detail(cli, ferries["id"])
    assert after["status"] == "false" and len(after["history"]) == 1  # nothing lost


def test_set_status_is_a_conditional_update_across_sessions(db_url, ferries):
    engine = open_database(db_url)
    claim_id = ferries["id"]
    with Session(engine) as alice, Session(engine) as bob:
        seen_by_alice = alice.get(Claim, claim_id).status
        seen_by_bob = bob.get(Claim, claim_id).status
        alice.rollback(), bob.rollback()  # each decision starts a fresh transaction
        set_status(alice, claim_id, "disputed", expected_status=seen_by_alice,
                   reviewer="alice", note="two sources disagree")
        alice.commit()
        with pytest.raises(ConflictError, match=r"now 'disputed'.*alice"):
            set_status(bob, claim_id, "verified", expected_status=seen_by_bob,
                       reviewer="bob")
        bob.rollback()
    with Session(engine) as check:
        assert check.get(Claim, claim_id).status == "disputed"
        events = check.exec(select(ReviewEvent).where(ReviewEvent.claim_id == claim_id)).all()
        assert [(e.reviewer, e.new_status) for e in events] == [("alice", "disputed")]
        with pytest.raises(NotFoundError):
            set_status(check, 424242, "false", expected_status="new", reviewer="x")


# -- a verdict applies to the group; a repeat says so when added ---------------------------


def test_verdict_applies_to_group_and_repeat_warns_on_add(cli, tmp_path, ferries):
    cli("review", ferries["id"], "--status", "false", "--by", "alice", "--note", "2.3m")
    result = cli("add", write(tmp_path, "again.txt", FERRIES_AGAIN), "--date", "2026-04-02")
    assert result.exit_code == 0, result.output
    today = detail(cli, ferries["id"])["history"][0]["at"][:10]
    repeat = claim_with(claims_json(cli, "--article", "2"), PASSENGERS)
    assert f"! claim {repeat['id']} repeats claim {ferries['id']}, judged false on {today} " \
           f"by alice" in result.stdout
    assert repeat["group_id"] is not None
    assert repeat["status"] == "flagged" and "previously-false" in repeat["flags"]
    # confirming the repeat keeps the group in step; each occurrence has its own event
    done = cli("review", repeat["id"], "--status", "verified", "--by", "bob")
    assert f"also 1 more in group {repeat['group_id']}: {ferries['id']}" in done.stdout
    original = detail(cli, ferries["id"])
    assert original["status"] == "verified"
    assert original["history"][-1]["note"] == f"group verdict from claim {repeat['id']}"
    assert original["history"][-1]["reviewer"] == "bob"


def test_a_repeat_of_a_verified_claim_is_verified_via_its_group(cli, tmp_path, ferries):
    cli("review", ferries["id"], "--status", "verified", "--by", "alice",
        "--source", "https://port.example")
    result = cli("add", write(tmp_path, "again.txt", FERRIES_AGAIN))
    assert "repeats" not in result.stdout
    repeat = claim_with(claims_json(cli, "--article", "2"), PASSENGERS)
    assert "previously-verified" in repeat["flags"] and repeat["status"] == "verified"
    [event] = detail(cli, repeat["id"])["history"]
    assert event["reviewer"] == "factrack" and event["source_url"] == "https://port.example"
    assert re.fullmatch(rf"group verdict from claim {ferries['id']} \(verified on "
                        r"\d{4}-\d\d-\d\d by alice\)", event["note"])
    assert repeat["id"] not in [r["id"] for r in
                                json.loads(cli("review", "--format", "json").stdout)]


# -- the queue ---------------------------------------------------------------------------


def test_queue_without_a_terminal_is_printed_most_urgent_first(cli, tmp_path, db_url,
                                                               ferries):
    cli("review", ferries["id"], "--status", "false", "--by", "alice")
    cli("add", write(tmp_path, "again.txt", FERRIES_AGAIN))
    repeat = claim_with(claims_json(cli, "--article", "2"), PASSENGERS)
    fares = claim_with(claims_json(cli, "--article", "2"), "140%")
    with Session(open_database(db_url)) as session:  # as linking would record it
        session.add(Flag(claim_id=fares["id"], code="figure-mismatch",
                         detail="claim 3 says 120%; this says 140%"))
        session.commit()
    queue = json.loads(cli("review", "--format", "json").stdout)
    assert [r["id"] for r in queue[:2]] == [repeat["id"], fares["id"]]
    assert [r["top_flag"] for r in queue[:2]] == ["previously-false", "figure-mismatch"]
    assert all(r["status"] == "flagged" for r in queue)
    rest = queue[2:]
    assert [r["checkworthiness"] for r in rest if r["priority"] == 50] == sorted(
        (r["checkworthiness"] for r in rest if r["priority"] == 50), reverse=True)
    table = cli("review")
    assert table.stdout.splitlines()[0].split()[:3] == ["id", "top_flag", "status"]
    assert table.stdout.splitlines()[2].split()[:2] == [str(repeat["id"]), "previously-false"]
    # the same filters as `claims`
    only = json.loads(cli("review", "--article", "1", "--format", "json").stdout)
    assert only and {r["article_id"] for r in only} == {1}
    with Session(open_database(db_url)) as session:
        limited = review_queue(session, ClaimFilter(limit=1))
        in_sql = review_queue(session, ClaimFilter())  # the plain queue is ordered in SQL
        in_python = sorted(list_claims(session, ClaimFilter(status="flagged")).rows,
                           key=queue_order)
    assert [r["id"] for r in limited] == [repeat["id"]]
    assert [r["id"] for r in in_sql] == [r["id"] for r in in_python] == [r["id"] for r in queue]
    assert in_sql == queue
    with Session(open_database(db_url)) as session:
        assert review_queue_ids(session, ClaimFilter()) == [r["id"] for r in queue]
        assert review_queue_ids(session, ClaimFilter(article_id=1)) == [r["id"] for r in only]


# -- interactive -------------------------------------------------------------------------


def test_interactive_review_takes_one_key_per_claim(cli, ferries):
    queue = json.loads(cli("review", "--format", "json").stdout)
    assert len(queue) >= 2
    first, second = queue[0], queue[1]
    keys = "f" + "Fares were 95% of costs\n" + "https://filing.example/p4\n" + "s" + "q"
    result = cli("review", "--interactive", "--by", "carol", input=keys)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert f"Claim {first['id']}" in out and f"Claim {second['id']}" in out
    assert "Flags:" in out and first["top_flag"] in out
    assert "Done: 1 false, 1 skipped." in out
    shown = detail(cli, first["id"])
    assert shown["status"] == "false"
    assert shown["history"][-1] == {**shown["history"][-1], "reviewer": "carol",
                                    "note": "Fares were 95% of costs",
                                    "source_url": "https://filing.example/p4"}
    assert detail(cli, second["id"])["status"] == second["status"]  # skipped: untouched


def test_interactive_review_ignores_unknown_keys_and_stops_at_end_of_input(cli, ferries):
    queue = json.loads(cli("review", "--format", "json").stdout)
    result = cli("review", "--interactive", "--by", "carol", input="zv\n\n")
    assert result.exit_code == 0, result.output
    assert "'z'?" in result.stdout and "Done: 1 verified." in result.stdout
    assert detail(cli, queue[0]["id"])["status"] == "verified"
    assert detail(cli, queue[0]["id"])["history"][-1]["note"] is None


def test_interactive_review_highlights_the_figure_in_its_paragraph(ferries):
    runner = CliRunner()
    result = runner.invoke(main, ["review", str(ferries["id"]), "--interactive"],
                           input="q", color=True, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    figure = FERRIES[ferries["figure_start"]:ferries["figure_end"]]
    styled = re.search(r"\x1b\[1m\x1b\[4m(.*?)\x1b\[0m", result.stdout)
    assert styled and styled.group(1) == figure and PASSENGERS.startswith(figure.split()[0])
    assert "chief executive Dana Okafor said on Tuesday" in result.stdout  # the paragraph


def test_interactive_review_skips_claims_settled_by_a_group_verdict(cli, tmp_path, ferries):
    cli("add", write(tmp_path, "again.txt", FERRIES_AGAIN))
    repeat = claim_with(claims_json(cli, "--article", "2"), PASSENGERS)
    cli("review", ferries["id"], "--status", "flagged", "--by", "alice")  # both in queue now
    queue = [r["id"] for r in json.loads(cli("review", "--format", "json").stdout)]
    assert ferries["id"] in queue and repeat["id"] in queue
    # mark the earlier one (whichever comes first) false: its group twin leaves the queue
    pair = [cid for cid in queue if cid in (ferries["id"], repeat["id"])]
    keys = "".join("f\n\n" if cid == pair[0] else "" if cid == pair[1] else "s"
                   for cid in queue)  # the twin is never shown, so it takes no key
    result = cli("review", "--interactive", "--by", "dan", input=keys)
    assert result.exit_code == 0, result.output
    assert f"Done: 1 false, {len(queue) - 2} skipped." in result.stdout
    assert result.stdout.count("Claim ") == len(queue) - 1
    assert detail(cli, ferries["id"])["status"] == detail(cli, repeat["id"])["status"] == "false"


class TypingAfterAChange(io.RawIOBase):
    """Keystrokes that arrive only after `change()` ran: another editor acted while this
    one was reading the claim on screen."""

    def __init__(self, keys: str, change):
        self.data, self.change, self.changed = keys.encode(), change, False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if not self.changed and len(buffer):  # click probes with read(0) first
            self.change()
            self.changed = True
        size = min(len(buffer), len(self.data))
        buffer[:size], self.data = self.data[:size], self.data[size:]
        return size


def test_interactive_verdict_is_refused_when_someone_else_got_there_first(cli, db_url,
                                                                          ferries):
    first = json.loads(cli("review", "--format", "json").stdout)[0]

    def bob_marks_it_disputed():
        with Session(open_database(db_url)) as session:
            set_status(session, first["id"], "disputed", expected_status=first["status"],
                       reviewer="bob", note="conflicting sources")
            session.commit()

    keys = TypingAfterAChange("v\n\nq", bob_marks_it_disputed)
    result = CliRunner().invoke(main, ["review", "--interactive", "--by", "alice"],
                                input=keys, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Refused:" in result.stdout and "bob" in result.stdout
    assert "Done: 1 refused." in result.stdout
    shown = detail(cli, first["id"])
    assert shown["status"] == "disputed"
    assert [h["reviewer"] for h in shown["history"]] == ["bob"]


def test_a_repeat_of_a_disputed_claim_warns_and_is_queued(cli, tmp_path, ferries):
    cli("review", ferries["id"], "--status", "disputed", "--by", "erin")
    result = cli("add", write(tmp_path, "again.txt", FERRIES_AGAIN))
    repeat = claim_with(claims_json(cli, "--article", "2"), PASSENGERS)
    assert re.search(rf"! claim {repeat['id']} repeats claim {ferries['id']}, judged disputed "
                     r"on \d{4}-\d\d-\d\d by erin", result.stdout)
    assert repeat["status"] == "flagged" and "previously-disputed" in repeat["flags"]
    assert json.loads(cli("review", "--format", "json").stdout)[0]["id"] == repeat["id"]
