"""Verdicts on claims: the review queue, status changes with an audit trail, group history.

A verdict applies to the claim's whole group (the same claim in other articles): every
other occurrence gets the same status and its own `ReviewEvent` (note "group verdict from
claim N: ..."), so `factrack show` on any occurrence tells the full story.

Two editors at once: `set_status` changes a claim only if its status is still the one the
editor was shown (a conditional UPDATE, atomic on SQLite and PostgreSQL); otherwise it
raises `ConflictError` naming who changed it last, and changes nothing.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from sqlalchemy import case, func, update
from sqlmodel import Session, select

from factrack.errors import ConflictError, NotFoundError
from factrack.flags import FLAG_CODES, group_verdicts, priority
from factrack.models import REVIEW_STATUSES, Article, Claim, Flag, ReviewEvent, Speaker, utcnow
from factrack.queries import ClaimFilter, claim_detail, claim_row, flags_for, list_claims

QUEUE_STATUS = "flagged"  # what `review` shows when no --status is given
GROUP_NOTE = "group verdict from claim {claim_id}"


def default_reviewer() -> str:
    """The login name, for `--by`; never fails (containers may have no passwd entry)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - depends on the machine
        return os.environ.get("USER") or "unknown"


@dataclass(slots=True)
class StatusChange:
    """What one verdict changed: the claim, and the other occurrences in its group."""

    claim_id: int
    old_status: str
    new_status: str
    reviewer: str
    at: datetime
    group_id: int | None = None
    also_changed: list[int] = field(default_factory=list)


def set_status(session: Session, claim_id: int, new_status: str, *,
               expected_status: str | None, reviewer: str, note: str | None = None,
               source: str | None = None) -> StatusChange:
    """Move a claim from `expected_status` (what the editor saw) to `new_status`, then
    the rest of its group; each change gets a ReviewEvent. The caller commits.

    The UPDATE only matches while the status is unchanged, so of two editors acting on
    the same claim the second is refused (ConflictError), whichever database it is.
    `expected_status=None` (nothing was shown) takes whatever status the claim has, still
    recording exactly which status it replaced.
    """
    if new_status not in REVIEW_STATUSES:
        raise ValueError(f"unknown status {new_status!r}; one of {', '.join(REVIEW_STATUSES)}")
    note = note or None
    source = source or None
    at = utcnow()
    if expected_status is None:
        expected_status = _update_whatever_it_is(session, claim_id, new_status)
    elif not _update_if(session, claim_id, expected_status, new_status):
        raise _conflict(session, claim_id, expected_status)
    session.add(ReviewEvent(claim_id=claim_id, old_status=expected_status,
                            new_status=new_status, note=note, reviewer=reviewer,
                            source_url=source, created_at=at))
    claim = session.get(Claim, claim_id)
    result = StatusChange(claim_id, expected_status, new_status, reviewer, at, claim.group_id)
    if claim.group_id is not None:
        group_note = GROUP_NOTE.format(claim_id=claim_id) + (f": {note}" if note else "")
        others = session.exec(select(Claim.id, Claim.status)
                              .where(Claim.group_id == claim.group_id, Claim.id != claim_id,
                                     Claim.status != new_status)
                              .order_by(Claim.id)).all()
        for other_id, other_status in others:
            if not _update_if(session, other_id, other_status, new_status):
                continue  # changed by someone else this instant: their verdict stands
            session.add(ReviewEvent(claim_id=other_id, old_status=other_status,
                                    new_status=new_status, note=group_note,
                                    reviewer=reviewer, source_url=source, created_at=at))
            result.also_changed.append(other_id)
    session.flush()
    return result


def _update_if(session: Session, claim_id: int, expected: str, new_status: str) -> bool:
    """The conditional UPDATE: true when the claim still had `expected` and now has
    `new_status`."""
    changed = session.exec(
        update(Claim).where(Claim.id == claim_id, Claim.status == expected)
        .values(status=new_status).execution_options(synchronize_session="fetch"))
    return changed.rowcount == 1


def _update_whatever_it_is(session: Session, claim_id: int, new_status: str) -> str:
    """Change the claim from its current status, retrying if that status moves under us;
    return the status it replaced."""
    for _ in range(5):
        current = current_status(session, claim_id)
        if _update_if(session, claim_id, current, new_status):
            return current
    raise ConflictError(f"claim {claim_id} keeps changing under concurrent reviews; "
                        "try again")


def _conflict(session: Session, claim_id: int, expected_status: str) -> ConflictError:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFoundError(f"no claim with id {claim_id}")
    session.refresh(claim)
    last = last_event(session, claim_id)
    if last is None:
        who = "no review is recorded (factrack's flag rules changed it)"
    else:
        who = (f"last changed by {last.reviewer} at {_when(last.created_at)}"
               + (f" ({last.note})" if last.note else ""))
    return ConflictError(
        f"claim {claim_id} is now {claim.status!r}, not {expected_status!r} as shown: {who}. "
        "Nothing was changed; look at it again before deciding.")


def current_status(session: Session, claim_id: int) -> str:
    status = session.exec(select(Claim.status).where(Claim.id == claim_id)).first()
    if status is None:
        raise NotFoundError(f"no claim with id {claim_id}")
    return status


def last_event(session: Session, claim_id: int) -> ReviewEvent | None:
    return session.exec(select(ReviewEvent).where(ReviewEvent.claim_id == claim_id)
                        .order_by(ReviewEvent.created_at.desc(), ReviewEvent.id.desc())
                        ).first()


# -- the queue ------------------------------------------------------------------------


def top_flag(codes: list[str]) -> str | None:
    known = [c for c in codes if c in FLAG_CODES]
    return max(known, key=lambda c: FLAG_CODES[c].priority) if known else None


def queue_order(row: dict) -> tuple:
    """Most urgent flag first, then check-worthiness, then more flags, then oldest."""
    return (-priority(row["flags"]), -(row.get("checkworthiness") or 0.0),
            -len(row["flags"]), row["id"])


def review_queue_ids(session: Session, filters: ClaimFilter) -> list[int]:
    """Just the ids of `review_queue`, in order: all the one-key mode needs up front."""
    wanted = filters if filters.status else replace(filters, status=QUEUE_STATUS)
    if _plain(wanted):
        return _queue_ids(session, wanted.status, wanted.limit)
    return [row["id"] for row in review_queue(session, filters)]


def _plain(filters: ClaimFilter) -> bool:
    return replace(filters, status=None, limit=None) == ClaimFilter()


def review_queue(session: Session, filters: ClaimFilter) -> list[dict]:
    """Claims to review, by priority: status "flagged" unless the filters name one.

    Rows are the claims JSON contract plus `priority` and `top_flag`. The plain queue
    (no filter but status and limit) is ordered and cut in SQL, so `review --limit 20`
    costs the same with 20,000 claims flagged as with 20; with other filters the matching
    claims are sorted here.
    """
    wanted = filters if filters.status else replace(filters, status=QUEUE_STATUS)
    if _plain(wanted):
        rows = _rows_for(session, _queue_ids(session, wanted.status, wanted.limit))
    else:
        rows = list_claims(session, replace(wanted, limit=None)).rows
    for row in rows:
        row["priority"] = priority(row["flags"])
        row["top_flag"] = top_flag(row["flags"])
    rows.sort(key=queue_order)
    return rows[:filters.limit] if filters.limit else rows


def _queue_ids(session: Session, status: str, limit: int | None) -> list[int]:
    """Ids with `status` in queue order; flags are read per claim through their index."""
    rank = case(*((Flag.code == code, flag.priority) for code, flag in FLAG_CODES.items()),
                else_=0)
    top = select(func.max(rank)).where(Flag.claim_id == Claim.id).scalar_subquery()
    count = select(func.count(Flag.id)).where(Flag.claim_id == Claim.id).scalar_subquery()
    statement = (select(Claim.id).where(Claim.status == status)
                 .order_by(func.coalesce(top, 0).desc(), Claim.checkworthiness.desc(),
                           count.desc(), Claim.id))
    if limit:
        statement = statement.limit(limit)
    return list(session.exec(statement))


def _rows_for(session: Session, ids: list[int]) -> list[dict]:
    """Claims-contract rows for these ids (in no particular order)."""
    flags = flags_for(session, ids)
    rows = []
    for at in range(0, len(ids), 500):
        for claim, title, speaker in session.exec(
                select(Claim, Article.title, Speaker.name)
                .join(Article, Article.id == Claim.article_id)
                .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
                .where(Claim.id.in_(ids[at:at + 500]))):
            rows.append(claim_row(claim, title, speaker, flags.get(claim.id, [])))
    return rows


# -- what an editor sees for one claim ------------------------------------------------


def claim_for_review(session: Session, claim_id: int) -> dict:
    """`claim_detail` plus the paragraph with the figure's offsets in it, each flag's
    explanation, and the group's other occurrences and review history."""
    detail = claim_detail(session, claim_id)
    claim = session.get(Claim, claim_id)
    article = session.get(Article, claim.article_id)
    paragraph, fig_start, fig_end = paragraph_with_figure(
        article.text, claim.start, claim.end, claim.figure_start, claim.figure_end)
    detail["paragraph"] = paragraph
    detail["paragraph_figure"] = [fig_start, fig_end]
    for flag in detail["flag_details"]:
        flag["explanation"] = FLAG_CODES[flag["code"]].explanation \
            if flag["code"] in FLAG_CODES else ""
    detail["group"] = group_history(session, claim.group_id, claim_id) \
        if claim.group_id is not None else None
    return detail


def paragraph_with_figure(text: str, start: int, end: int, figure_start: int,
                          figure_end: int) -> tuple[str, int, int]:
    """The paragraph (line) holding the claim, and the figure's span within it."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    raw = text[left:right if right != -1 else len(text)]
    stripped = raw.lstrip()
    shift = left + len(raw) - len(stripped)
    paragraph = stripped.rstrip()
    fig_start = min(max(figure_start - shift, 0), len(paragraph))
    fig_end = min(max(figure_end - shift, fig_start), len(paragraph))
    return paragraph, fig_start, fig_end


def group_history(session: Session, group_id: int, claim_id: int | None = None) -> dict:
    """The group's occurrences (oldest first) and every review event on any of them."""
    members = session.exec(select(Claim, Article.title, Article.published)
                           .join(Article, Article.id == Claim.article_id)
                           .where(Claim.group_id == group_id).order_by(Claim.id)).all()
    ids = [c.id for c, _, _ in members]
    events = session.exec(select(ReviewEvent).where(ReviewEvent.claim_id.in_(ids))
                          .order_by(ReviewEvent.created_at, ReviewEvent.id)).all() if ids else []
    return {
        "group_id": group_id,
        "occurrences": [{"id": c.id, "article_id": c.article_id, "article_title": title,
                         "published": published, "status": c.status, "text": c.text}
                        for c, title, published in members if c.id != claim_id],
        "history": [{"claim_id": e.claim_id, "old_status": e.old_status,
                     "new_status": e.new_status, "note": e.note, "reviewer": e.reviewer,
                     "source_url": e.source_url, "at": _when(e.created_at)}
                    for e in events],
    }


# -- warnings for `add` ---------------------------------------------------------------


def repeat_warnings(session: Session, claims: list[Claim]) -> list[str]:
    """'claim 57 repeats claim 12, judged false on 2026-05-01 by alice' for each new claim
    whose group already holds a claim judged false or disputed."""
    groups = {c.group_id for c in claims if c.group_id is not None}
    if not groups:
        return []
    verdicts = group_verdicts(session, groups, exclude=[c.id for c in claims])
    return [f"claim {c.id} repeats {verdicts[c.group_id].describe()}"
            for c in sorted(claims, key=lambda c: c.id)
            if c.group_id in verdicts and verdicts[c.group_id].status in ("false", "disputed")]


def _when(moment: datetime) -> str:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
