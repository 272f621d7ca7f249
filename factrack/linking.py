"""Link newly stored claims to the same claim stated earlier (first version: same key)."""

from __future__ import annotations

from sqlmodel import Session, select

from factrack.models import Claim, ClaimGroup


def link_new_claims(session: Session, claims: list[Claim]) -> int:
    """Give each new claim the group of an earlier claim with the same key; count links."""
    linked = 0
    for claim in claims:
        earlier = session.exec(
            select(Claim).where(Claim.key == claim.key, Claim.id != claim.id,
                                Claim.id < claim.id).order_by(Claim.id)).first()
        if earlier is None:
            continue
        if earlier.group_id is None:
            group = ClaimGroup(representative=earlier.text)
            session.add(group)
            session.flush()
            earlier.group_id = group.id
        claim.group_id = earlier.group_id
        linked += 1
    session.flush()
    return linked
