"""The claim listing's contract without the database layer: its filters, review statuses,
the columns a row is read from and the row's dict (docs/json.md).

Shared by `factrack.queries` (SQLAlchemy) and `factrack.fastread` (plain sqlite3), so both
produce the same rows; importing this costs no SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

REVIEW_STATUSES = ("new", "flagged", "verified", "disputed", "false", "dismissed")

CLAIM_FIELDS = ("id", "article_id", "article_title", "speaker", "attribution", "text", "kind",
                "value", "value_max", "unit", "bound", "measure", "start", "end", "status",
                "flags", "group_id")

# The `claims` columns a listed row is read from, in this order, followed by the
# article's title and the speaker's name (see `listed_row`).
ROW_COLUMNS = ("id", "article_id", "attribution", "text", "kind", "value", "value_max",
               "unit", "bound", "measure", "start", "end", "status", "group_id",
               "figure_start", "figure_end", "paragraph_index", "checkworthiness")

STREAM_CHUNK = 1000


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """The filters shared by `claims`, `export` and `review`."""

    speaker: str | None = None
    article_id: int | None = None
    kind: str | None = None
    status: str | None = None
    flagged: bool = False
    search: str | None = None
    recurring: bool = False
    limit: int | None = None


@dataclass(slots=True)
class ClaimStream:
    """Rows produced while they are read: use them before the session closes.
    `matched_speakers`: what `--speaker` matched (objects with `id` and `name`)."""

    rows: Iterator[dict]
    matched_speakers: list = field(default_factory=list)


def listed_row(row: Sequence, flags: list[str]) -> dict:
    """One claim in the JSON contract, plus figure offsets and the check-worthiness score,
    from the values of ROW_COLUMNS, the article title and the speaker name."""
    (id_, article_id, attribution, text, kind, value, value_max, unit, bound, measure, start,
     end, status, group_id, figure_start, figure_end, paragraph_index, checkworthiness,
     article_title, speaker) = row
    return {
        "id": id_, "article_id": article_id, "article_title": article_title,
        "speaker": speaker, "attribution": attribution, "text": text,
        "kind": kind, "value": value, "value_max": value_max,
        "unit": unit, "bound": bound, "measure": measure,
        "start": start, "end": end, "status": status, "flags": flags,
        "group_id": group_id, "figure_start": figure_start,
        "figure_end": figure_end, "paragraph_index": paragraph_index,
        "checkworthiness": round(checkworthiness, 3),
    }


def queueing_flag_codes() -> list[str]:
    """The flag codes that put a claim in the review queue (`--flagged`)."""
    from factrack.flagcodes import FLAG_CODES

    return [code for code, meaning in FLAG_CODES.items() if meaning.queues]
