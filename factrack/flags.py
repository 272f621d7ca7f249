"""Flag rules: why a claim needs an editor's look. Each rule is one small function."""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import Session

from factrack.models import Claim, Flag

FLAG_EXPLANATIONS = {
    "unattributed": "a figure in the reporter's own voice with no source in the sentence",
    "superlative": "absolute or ranking language (top, leading, largest, first, record...)",
}
_SUPERLATIVE_WORDS = ("top", "leading", "largest", "biggest", "first", "record", "only",
                      "highest", "lowest", "most", "least", "worst", "best")


def unattributed(claim: Claim) -> str | None:
    if claim.kind != "factual" and claim.attribution == "none":
        return "no speaker or source is named for this figure"
    return None


def superlative(claim: Claim) -> str | None:
    words = claim.text.lower().split()
    hit = next((w for w in _SUPERLATIVE_WORDS if w in words), None)
    return f"uses {hit!r}" if hit else None


RULES: dict[str, Callable[[Claim], str | None]] = {
    "unattributed": unattributed,
    "superlative": superlative,
}


def apply_flags(session: Session, claims: list[Claim]) -> int:
    """Run every rule on the new claims; flagged claims get status 'flagged'. Count them."""
    flagged = 0
    for claim in claims:
        hits = [(code, detail) for code, rule in RULES.items() if (detail := rule(claim))]
        for code, detail in hits:
            session.add(Flag(claim_id=claim.id, code=code, detail=detail))
        if hits:
            claim.status = "flagged"
            flagged += 1
    session.flush()
    return flagged
