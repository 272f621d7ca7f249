"""Speaker identity across articles: one record per person, however each article names them.

A speaker seen in a new article joins an existing record only on strong evidence: the same
full name (or a multi-word alias of it). A bare surname or "Mr. Wang" never merges two
records by itself, so two different Wangs stay apart until an editor merges them.
"""

from __future__ import annotations

import re

from sqlmodel import Session, select

from factrack.errors import NotFoundError
from factrack.extract.names import same_person
from factrack.extract.types import Speaker as SeenSpeaker
from factrack.models import Claim, Speaker, SpeakerAlias
from factrack.speakermatch import (  # noqa: F401  (alias_key, the cutoff: re-exported)
    ALL_ALIASES_SQL,
    SPEAKER_MATCH_CUTOFF,
    alias_key,
    matching_speaker_ids,
)

_HONORIFIC = re.compile(r"^(mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|rev|gen|sen|rep|gov)\.?\s+",
                        re.IGNORECASE)


def identifying_keys(seen: SeenSpeaker) -> list[str]:
    """Keys strong enough to join a record across articles: multi-word names only."""
    keys = []
    for form in (seen.name, *seen.aliases):
        bare = _HONORIFIC.sub("", form.strip())
        if seen.kind != "person" or len(bare.split()) >= 2:
            keys.append(alias_key(form))
    return list(dict.fromkeys(keys))


def _existing_speaker(session: Session, seen: SeenSpeaker) -> Speaker | None:
    """The stored record `seen` is, on strong evidence only.

    A full name (or organization name) joins its record. A speaker known only by surname
    ("Mr. Wang") joins a record only when exactly one has that alias and their roles do
    not conflict; otherwise it gets its own record, for an editor to merge if right.
    """
    keys = identifying_keys(seen)
    if keys:
        return session.exec(
            select(Speaker).join(SpeakerAlias, SpeakerAlias.speaker_id == Speaker.id)
            .where(SpeakerAlias.alias_key.in_(keys), Speaker.kind == seen.kind)
            .order_by(Speaker.id)).first()
    weak = {alias_key(form) for form in (seen.name, *seen.aliases)}
    rows = session.exec(
        select(Speaker).join(SpeakerAlias, SpeakerAlias.speaker_id == Speaker.id)
        .where(SpeakerAlias.alias_key.in_(weak), Speaker.kind == seen.kind).distinct()
        .limit(2)).all()
    if len(rows) != 1:
        return None
    row = rows[0]
    return row if same_person(seen.name, seen.aliases, seen.role, row.name, (), row.role) else None


def resolve_speaker(session: Session, seen: SeenSpeaker) -> Speaker:
    """The stored speaker for `seen`, created or enriched with its new aliases."""
    row = _existing_speaker(session, seen)
    if row is None:
        row = Speaker(name=seen.name, kind=seen.kind, role=seen.role)
        session.add(row)
        session.flush()
    elif not row.locked and len(seen.name) > len(row.name):
        row.name = seen.name
    if seen.role and not row.role:
        row.role = seen.role
    _add_aliases(session, row.id, (seen.name, *seen.aliases))
    return row


def _add_aliases(session: Session, speaker_id: int, names) -> None:
    known = set(session.exec(
        select(SpeakerAlias.alias_key).where(SpeakerAlias.speaker_id == speaker_id)).all())
    added = False
    for name in names:
        key = alias_key(name)
        if key and key not in known:
            known.add(key)
            session.add(SpeakerAlias(speaker_id=speaker_id, alias=name.strip(), alias_key=key))
            added = True
    if added:
        session.flush()


def find_speakers(session: Session, query: str, *, cutoff: float = SPEAKER_MATCH_CUTOFF
                  ) -> list[Speaker]:
    """Speakers whose name or alias matches `query`: exact alias, then fuzzy (rapidfuzz).

    "Blinken" finds "Antony Blinken" and "Mr. Blinken" because partial token matching
    scores a surname against the full name at 100.
    """
    ids = matching_speaker_ids(query, lambda key: _exact_alias_ids(session, key),
                               lambda: _all_aliases(session), cutoff)
    if not ids:
        return []
    rows = {s.id: s for s in session.exec(select(Speaker).where(Speaker.id.in_(ids))).all()}
    return [rows[i] for i in ids if i in rows]


def _exact_alias_ids(session: Session, key: str) -> list[int]:
    """Speaker ids of the aliases whose key is `key`, in alias id order."""
    return list(session.exec(select(SpeakerAlias.speaker_id)
                             .where(SpeakerAlias.alias_key == key).order_by(SpeakerAlias.id)))


def _all_aliases(session: Session) -> list[tuple[str, int]]:
    """(alias, speaker_id) of every alias, as plain tuples from the driver's cursor: on
    a grown database (20,000 aliases) building ORM rows, and the garbage collections
    that allocation sets off, cost ten times the fuzzy matching itself."""
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(ALL_ALIASES_SQL)
        return cursor.fetchall()
    finally:
        cursor.close()


def get_speaker(session: Session, ref: str) -> Speaker:
    """A speaker by numeric id or by exact name/alias; NotFoundError otherwise."""
    if ref.isdigit():
        row = session.get(Speaker, int(ref))
    else:
        row = session.exec(
            select(Speaker).join(SpeakerAlias, SpeakerAlias.speaker_id == Speaker.id)
            .where(SpeakerAlias.alias_key == alias_key(ref))).first()
    if row is None:
        raise NotFoundError(f"no speaker {ref!r}")
    return row


def merge_speakers(session: Session, keep: Speaker, other: Speaker) -> Speaker:
    """Fold `other` into `keep`: claims and aliases move; the choice survives later adds."""
    if keep.id == other.id:
        return keep
    for claim in session.exec(select(Claim).where(Claim.speaker_id == other.id)).all():
        claim.speaker_id = keep.id
    names = [a.alias for a in session.exec(
        select(SpeakerAlias).where(SpeakerAlias.speaker_id == other.id)).all()]
    for alias in session.exec(select(SpeakerAlias).where(SpeakerAlias.speaker_id == other.id)):
        session.delete(alias)
    session.flush()
    _add_aliases(session, keep.id, names)
    keep.role = keep.role or other.role
    keep.locked = True
    session.delete(other)
    session.flush()
    return keep


def rename_speaker(session: Session, speaker: Speaker, name: str) -> Speaker:
    """Set the canonical name by hand; later adds keep it (the record is locked)."""
    speaker.name = name.strip()
    speaker.locked = True
    _add_aliases(session, speaker.id, (speaker.name,))
    return speaker
