"""Exports of filtered claims: a Markdown checklist, CSV, JSON and ClaimReview JSON-LD.

Every format starts from `list_claims` (the claims JSON contract, docs/data-model.md) and
adds what it needs in a few batched queries; nothing here writes to the database.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from dataclasses import dataclass, field

from sqlmodel import Session, select

from factrack.flags import FLAG_CODES
from factrack.formatting import figure_text
from factrack.models import Article, Claim, Flag, ReviewEvent, Speaker
from factrack.queries import ClaimFilter, list_claims

FORMATS = ("markdown", "csv", "json", "claimreview")
_IN_CHUNK = 500

#: ClaimReview rating scale (docs/review.md): 1 worst, 5 best; 3 and 4 stay unused.
RATINGS = {"false": (1, "False"), "disputed": (2, "Disputed"), "verified": (5, "Verified")}
BEST_RATING, WORST_RATING = 5, 1
CHECKED = ("verified", "disputed", "false", "dismissed")

CSV_COLUMNS = ("id", "article_id", "article_title", "published", "outlet", "speaker",
               "attribution", "kind", "text", "figure", "value", "value_max", "unit", "bound",
               "measure", "status", "flags", "group_id", "checkworthiness", "reviewer",
               "reviewed_at", "review_note", "review_source", "context")


@dataclass(slots=True)
class ExportData:
    """Claims rows plus the articles, flag details and latest verdict event they need."""

    rows: list[dict]
    articles: dict[int, Article] = field(default_factory=dict)
    flag_details: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    last_events: dict[int, ReviewEvent] = field(default_factory=dict)


def gather(session: Session, filters: ClaimFilter) -> ExportData:
    rows = list_claims(session, filters).rows
    ids = [r["id"] for r in rows]
    data = ExportData(rows)
    for chunk in _chunks(sorted({r["article_id"] for r in rows})):
        data.articles.update((a.id, a) for a in
                             session.exec(select(Article).where(Article.id.in_(chunk))))
    details: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for chunk in _chunks(ids):
        for flag in session.exec(select(Flag).where(Flag.claim_id.in_(chunk))
                                 .order_by(Flag.claim_id, Flag.code)):
            details[flag.claim_id].append((flag.code, flag.detail))
        for event in session.exec(select(ReviewEvent).where(ReviewEvent.claim_id.in_(chunk))
                                  .order_by(ReviewEvent.created_at, ReviewEvent.id)):
            data.last_events[event.claim_id] = event  # ascending: the last one wins
    data.flag_details = details
    return data


def context_of(article: Article | None, row: dict) -> str:
    if article is None:
        return ""
    text = article.text
    left = text.rfind("\n", 0, row["start"]) + 1
    right = text.find("\n", row["end"])
    return text[left:right if right != -1 else len(text)].strip()


# -- CSV and JSON ---------------------------------------------------------------------


def to_json(data: ExportData) -> str:
    """Exactly the claims JSON contract (what `claims --format json` prints)."""
    return json.dumps(data.rows, indent=2, ensure_ascii=False, default=str) + "\n"


def to_csv(data: ExportData) -> str:

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n",
                            extrasaction="ignore")
    writer.writeheader()
    for row in data.rows:
        article = data.articles.get(row["article_id"])
        event = data.last_events.get(row["id"])
        writer.writerow({
            **row, "figure": figure_text(row), "flags": ";".join(row["flags"]),
            "published": article.published if article else None,
            "outlet": article.outlet if article else None,
            "reviewer": event.reviewer if event else None,
            "reviewed_at": event.created_at.isoformat(timespec="seconds") if event else None,
            "review_note": event.note if event else None,
            "review_source": event.source_url if event else None,
            "context": context_of(article, row),
        })
    return out.getvalue()


# -- Markdown checklist ---------------------------------------------------------------


def to_markdown(data: ExportData) -> str:
    """A checklist for the editor: one section per article, one checkbox per claim,
    ticked once the claim has a verdict, with its flags and paragraph."""

    lines = ["# Claims to check", ""]
    by_article: dict[int, list[dict]] = defaultdict(list)
    for row in data.rows:
        by_article[row["article_id"]].append(row)
    if not by_article:
        lines.append("_No claims match._")
    for article_id, rows in by_article.items():
        article = data.articles.get(article_id)
        title = (article.title if article else None) or "untitled"
        lines.append(f"## Article {article_id}: {_md(title)}")
        meta = [x for x in ((article.outlet, article.published, article.url or
                             article.source_path) if article else ()) if x]
        if meta:
            lines.append("")
            lines.append(" · ".join(_md(m) for m in meta))
        lines.append("")
        for row in sorted(rows, key=lambda r: r["start"]):
            box = "x" if row["status"] in CHECKED else " "
            figure = figure_text(row)
            who = row["speaker"] or "reporter"
            lines.append(f"- [{box}] **#{row['id']}** {_md(row['text'])}")
            lines.append(f"  - {row['kind']}" + (f" {_md(figure)}" if figure else "")
                         + f" · {_md(who)} ({row['attribution']}) · status: {row['status']}"
                         + (f" · group {row['group_id']}" if row["group_id"] else ""))
            for code, detail in data.flag_details.get(row["id"], []):
                explanation = FLAG_CODES[code].explanation if code in FLAG_CODES else ""
                lines.append(f"  - ⚑ `{code}`: {_md(detail)}"
                             + (f" ({_md(explanation)})" if explanation else ""))
            event = data.last_events.get(row["id"])
            if event is not None:
                lines.append(f"  - reviewed by {_md(event.reviewer)} on "
                             f"{event.created_at.date().isoformat()}"
                             + (f": {_md(event.note)}" if event.note else "")
                             + (f" <{event.source_url}>" if event.source_url else ""))
            context = context_of(article, row)
            if context and context != row["text"]:
                lines.append(f"  > {_md(context)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _md(text: str) -> str:
    """Keep claim text from turning into Markdown markup (emphasis, links, headings)."""
    out = " ".join(str(text).split())
    for char in "\\`*[]<>":
        out = out.replace(char, "\\" + char)
    return out


# -- schema.org ClaimReview -----------------------------------------------------------


def to_claimreview(session: Session, data: ExportData, *, publisher: str | None = None,
                   url_template: str | None = None) -> str:
    """One ClaimReview per reviewed group (or ungrouped claim) among the exported claims.

    claimReviewed is the earliest occurrence's text; itemReviewed is a Claim by the
    speaker, first appearing in the earliest article of the group, appearing in the rest.
    author is `publisher` (an Organization) when given, else the reviewer (a Person).
    """
    reviewed = [r for r in data.rows if r["status"] in RATINGS]
    seen_groups: set[int] = set()
    reviews = []
    for row in sorted(reviewed, key=lambda r: r["id"]):
        if row["group_id"] is not None:
            if row["group_id"] in seen_groups:
                continue
            seen_groups.add(row["group_id"])
        reviews.append(_claimreview(session, row, data, publisher, url_template))
    return json.dumps(reviews, indent=2, ensure_ascii=False) + "\n"


def _claimreview(session: Session, row: dict, data: ExportData, publisher: str | None,
                 url_template: str | None) -> dict:
    members = _occurrences(session, row)
    first_claim, first_article, _ = members[0]
    event = data.last_events.get(row["id"]) or _last_event(session, row["id"])
    reviewer = event.reviewer if event else None
    value, name = RATINGS[row["status"]]
    item: dict = {"@type": "Claim"}
    named = next((s for _, _, s in members if s is not None), None)
    author = _claim_author(named, first_article)
    if author:
        item["author"] = author
    if first_article.published:
        item["datePublished"] = first_article.published
    item["firstAppearance"] = _creative_work(first_article)
    others = [_creative_work(a) for _, a, _ in members[1:]]
    if others:
        item["appearance"] = others
    review: dict = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": first_claim.text,
        "itemReviewed": item,
        "author": ({"@type": "Organization", "name": publisher} if publisher else
                   {"@type": "Person", "name": reviewer or "unknown"}),
        "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": BEST_RATING,
                         "worstRating": WORST_RATING, "alternateName": name},
    }
    if event is not None:
        review["datePublished"] = event.created_at.date().isoformat()
    if url_template:
        review["url"] = url_template.format(claim_id=row["id"], group_id=row["group_id"] or "")
    return review


def _occurrences(session: Session, row: dict) -> list[tuple[Claim, Article, Speaker | None]]:
    """The claim's group, earliest article first (by published date, then id)."""
    condition = (Claim.group_id == row["group_id"]) if row["group_id"] is not None \
        else (Claim.id == row["id"])
    found = session.exec(select(Claim, Article, Speaker)
                         .join(Article, Article.id == Claim.article_id)
                         .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
                         .where(condition)).all()
    seen_articles: set[int] = set()
    ordered = []
    for claim, article, speaker in sorted(
            found, key=lambda t: (t[1].published or "9999", t[1].id, t[0].id)):
        if article.id in seen_articles:
            continue
        seen_articles.add(article.id)
        ordered.append((claim, article, speaker))
    return ordered


def _claim_author(speaker: Speaker | None, article: Article) -> dict | None:
    """The speaker as a Person or Organization; for the reporter's voice, the outlet."""
    if speaker is not None and speaker.kind in ("person", "organization"):
        return {"@type": "Person" if speaker.kind == "person" else "Organization",
                "name": speaker.name}
    if speaker is None and article.outlet:
        return {"@type": "Organization", "name": article.outlet}
    return None


def _creative_work(article: Article) -> dict:
    work: dict = {"@type": "CreativeWork"}
    for key, value in (("url", article.url), ("headline", article.title),
                       ("datePublished", article.published)):
        if value:
            work[key] = value
    return work


def _last_event(session: Session, claim_id: int) -> ReviewEvent | None:
    return session.exec(select(ReviewEvent).where(ReviewEvent.claim_id == claim_id)
                        .order_by(ReviewEvent.created_at.desc(), ReviewEvent.id.desc())
                        ).first()


def export(session: Session, filters: ClaimFilter, fmt: str, **options) -> str:
    """The filtered claims rendered in `fmt` (one of FORMATS)."""
    data = gather(session, filters)
    if fmt == "json":
        return to_json(data)
    if fmt == "csv":
        return to_csv(data)
    if fmt == "markdown":
        return to_markdown(data)
    if fmt == "claimreview":
        return to_claimreview(session, data, **options)
    raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")


def _chunks(items: list, size: int = _IN_CHUNK):
    for at in range(0, len(items), size):
        yield items[at:at + size]
