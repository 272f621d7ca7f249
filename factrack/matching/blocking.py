"""Blocking keys: cheap exact keys a candidate must share with the query.

The storage layer indexes these in a (key, claim_id) table so finding candidates for a
new claim is an index lookup, never a scan. A pair that shares no key is never scored.
"""

from __future__ import annotations

import math

from factrack.matching.records import ClaimRecord

#: Buckets per decade of the log-scale value bucket (2 -> 1-3.16, 3.16-10, 10-31.6, ...).
BUCKETS_PER_DECADE = 2


def value_bucket(value: float, buckets_per_decade: int = BUCKETS_PER_DECADE) -> int:
    """Log-scale bucket of |value| (0 and values below 1 share bucket 0-ish floors)."""
    return math.floor(math.log10(max(abs(value), 1e-9)) * buckets_per_decade)


def blocking_keys(record: ClaimRecord) -> set[str]:
    """Keys for the candidate index: "m:<measure token>", "v:<kind>:<bucket>", "s:<speaker>".

    Measure tokens come from the local wording (synonyms already folded), so "firms" and
    "companies" share "m:company". The value bucket catches a claim reworded beyond
    recognition but with the same figure; the measure tokens catch a changed figure.
    """
    keys = {f"m:{token}" for token in record.local_wording.split()}
    if record.value is not None:
        keys.add(f"v:{record.kind or ''}:{value_bucket(record.value)}")
    if record.speaker:
        keys.add(f"s:{record.speaker.casefold()}")
    return keys
