"""Which speakers a `--speaker` query names, decided without SQLAlchemy: shared by
`factrack.speakers` (ORM sessions) and `factrack.fastread` (plain sqlite3)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

SPEAKER_MATCH_CUTOFF = 85.0

# Every alias, in id order (no parameters: any DB-API driver runs it as is).
ALL_ALIASES_SQL = "SELECT alias, speaker_id FROM speaker_aliases ORDER BY id"


def alias_key(name: str) -> str:
    """Lookup form of a name: lowercase, single spaces, no trailing punctuation."""
    return " ".join(name.lower().replace("’", "'").split()).strip(" .,")


def matching_speaker_ids(query: str, exact_ids: Callable[[str], Iterable[int]],
                         all_aliases: Callable[[], list[tuple[str, int]]],
                         cutoff: float = SPEAKER_MATCH_CUTOFF) -> list[int]:
    """Speaker ids for `query`, each once, best first: those with an alias whose key is
    the query's (`exact_ids(key)`, aliases in id order), else fuzzy matches (rapidfuzz
    token_set_ratio >= cutoff) over `all_aliases()` as (alias, speaker_id) in id order."""
    ids = list(dict.fromkeys(exact_ids(alias_key(query))))
    if ids:
        return ids
    from rapidfuzz import fuzz, process, utils  # only a query without an exact alias

    aliases = all_aliases()
    hits = process.extract(query, [alias for alias, _ in aliases], scorer=fuzz.token_set_ratio,
                           processor=utils.default_process, score_cutoff=cutoff, limit=None)
    return list(dict.fromkeys(aliases[index][1] for _, _, index in hits))
