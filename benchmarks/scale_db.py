"""Generate a large synthetic factrack database quickly, for scale benchmarks.

`generate_database(path, claims, articles)` writes a real, migrated factrack SQLite file
holding `claims` claims spread over `articles` articles, with speakers, aliases,
recurring-claim groups (about one claim in ten repeats an earlier one) and the blocking
index computed by the real `blocking_keys` -- so `add`, `match` and `relink` behave on it
as on a grown newsroom database. Text is generated from templates over an invented,
Zipf-weighted vocabulary (no real article text is copied). Rows go in with executemany
inside one transaction per chunk.

    python benchmarks/scale_db.py --claims 100000 --out benchmarks/out/scale.db
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
from collections import Counter
import random
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factrack.db import open_database  # noqa: E402
from factrack.linking import derived_fields  # noqa: E402

try:  # token document frequencies, when matching weighs tokens by IDF
    from factrack.matching.weights import record_tokens  # noqa: E402
except ImportError:  # pragma: no cover
    record_tokens = None
from factrack.matching.blocking import blocking_keys  # noqa: E402
from factrack.matching.records import ClaimRecord  # noqa: E402

SEED = 20240501
CHUNK = 20_000
_SYLLABLES = ("ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu "
              "na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo "
              "vu za ze zi zo zu").split()
# A few real words so generated claims share measure tokens with prose articles.
COMMON_NOUNS = ("nurses workers homes jobs patients students drivers teachers flights "
                "tickets visitors companies beds schools vehicles residents trains ferries "
                "doctors farms shops pupils tenants refugees cases vaccines").split()
VERBS = ["left", "quit", "joined", "were hired", "were cut", "were built", "were sold",
         "were delayed", "were closed", "were treated", "were lost", "were added",
         "were waiting", "arrived", "applied"]
FRAMES = ("{speaker} said {figure} {noun} {verb} in {place} {when}.",
          "According to {speaker}, {figure} {noun} {verb} in {place} {when}.",
          "{figure} {noun} {verb} in {place} {when}, {speaker} told reporters.",
          "Speaking on {day}, {speaker} said that {figure} {noun} had {verb2} in {place}.")
WHENS = ("last year", "this year", "since January", "in the past month", "over the summer",
         "during the winter", "since the election", "in the last decade")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def pseudo_words(rng: random.Random, n: int, syllables: tuple[int, int] = (2, 4)) -> list[str]:
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(*syllables))))
    return sorted(words)


def zipf_cum(n: int, s: float = 1.05) -> list[float]:
    return list(itertools.accumulate(1 / (k ** s) for k in range(1, n + 1)))


@dataclass
class Vocabulary:
    nouns: list[str]
    places: list[str]
    speakers: list[str]
    noun_cum: list[float]
    place_cum: list[float]
    speaker_cum: list[float]

    @classmethod
    def make(cls, rng: random.Random, speakers: int) -> "Vocabulary":
        nouns = COMMON_NOUNS + pseudo_words(rng, 4000)
        places = [w.capitalize() for w in pseudo_words(rng, 3000)]
        first = [w.capitalize() for w in pseudo_words(rng, 400, (2, 3))]
        last = [w.capitalize() for w in pseudo_words(rng, 800, (2, 4))]
        names = sorted({f"{rng.choice(first)} {rng.choice(last)}" for _ in range(speakers)})
        rng.shuffle(names)
        return cls(nouns, places, names, zipf_cum(len(nouns)), zipf_cum(len(places)),
                   zipf_cum(len(names)))


def figure_for(rng: random.Random) -> tuple[str, float, str | None, str]:
    """(figure as written, value, unit, kind)."""
    roll = rng.random()
    if roll < 0.25:
        value = rng.randint(1, 99)
        return f"{value}%", float(value), "%", "share"
    value = rng.choice((rng.randint(2, 999), rng.randint(1000, 99_999) // 10 * 10,
                        rng.randint(100, 9_999) * 1000))
    return f"{value:,}", float(value), None, "count"


def make_sentence(rng: random.Random, vocab: Vocabulary, speaker: str | None = None,
                  noun: str | None = None, place: str | None = None,
                  figure: tuple[str, float, str | None, str] | None = None) -> dict:
    """One claim sentence and its structured fields (offsets inside the sentence)."""
    speaker = speaker or rng.choices(vocab.speakers, cum_weights=vocab.speaker_cum)[0]
    noun = noun or rng.choices(vocab.nouns, cum_weights=vocab.noun_cum)[0]
    place = place or rng.choices(vocab.places, cum_weights=vocab.place_cum)[0]
    figure = figure or figure_for(rng)
    verb = rng.choice(VERBS)
    frame = rng.choice(FRAMES)
    fields = dict(speaker=speaker, noun=noun, verb=verb, verb2=verb.replace("were ", "been "),
                  place=place, when=rng.choice(WHENS), day=rng.choice(DAYS), figure="\0")
    text = frame.format(**fields)
    if text.startswith("\0"):
        text = text.replace("\0", figure[0].capitalize(), 1)
    at = text.index("\0") if "\0" in text else text.index(figure[0])
    text = text.replace("\0", figure[0])
    return {"text": text, "figure_start": at, "figure_end": at + len(figure[0]),
            "value": figure[1], "unit": figure[2], "kind": figure[3], "measure": noun,
            "speaker": speaker, "noun": noun, "place": place, "figure": figure}


def generate_database(path: str | Path, claims: int = 1_000_000, articles: int | None = None,
                      seed: int = SEED, speakers: int = 20_000, repeat_share: float = 0.1,
                      progress: bool = True) -> dict:
    """Write a fresh factrack database at `path`; return counts and timings."""
    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    articles = articles or max(1, claims // 25)
    open_database(str(path)).dispose()  # schema through the real migrations
    rng = random.Random(seed)
    vocab = Vocabulary.make(rng, speakers)
    started = time.perf_counter()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("PRAGMA cache_size=-200000")
    speaker_id = {name: i for i, name in enumerate(vocab.speakers, start=1)}
    with connection:
        connection.executemany("insert into speakers (id, name, kind, locked) values (?,?,?,0)",
                               ((i, n, "person") for n, i in speaker_id.items()))
        connection.executemany(
            "insert into speaker_aliases (speaker_id, alias, alias_key) values (?,?,?)",
            ((i, n, " ".join(n.lower().split())) for n, i in speaker_id.items()))
    recent: list[dict] = []       # earlier claims that repeats copy from (bounded)
    group_of: dict[int, int] = {}
    next_group = 1
    claim_id = 0
    blocks_total = 0
    day0 = date(2015, 1, 1)
    per_article = [claims // articles + (1 if a < claims % articles else 0)
                   for a in range(articles)]
    article_rows, claim_rows, block_rows, group_rows, group_updates = [], [], [], [], []
    wording_rows: list[tuple] = []
    token_counts: Counter = Counter()

    def flush() -> None:
        with connection:
            connection.executemany(
                "insert into articles (id, sha256, title, outlet, published, added_at, text) "
                "values (?,?,?,?,?,?,?)", article_rows)
            connection.executemany(
                "insert into claim_groups (id, representative, created_at) values (?,?,?)",
                group_rows)
            connection.executemany(
                "insert into claims (id, article_id, speaker_id, attribution, text, start, "
                '"end", figure_start, figure_end, paragraph_index, kind, value, unit, bound, '
                "measure, key, checkworthiness, status, group_id) "
                "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", claim_rows)
            connection.executemany("update claims set group_id = ? where id = ?",
                                   group_updates)
            connection.executemany("insert into claim_blocks (block_key, claim_id) values (?,?)",
                                   block_rows)
            connection.executemany("insert into claim_wordings (claim_id, derived) "
                                   "values (?,?)", wording_rows)
        for rows in (article_rows, claim_rows, block_rows, group_rows, group_updates,
                     wording_rows):
            rows.clear()

    for article_id, n in enumerate(per_article, start=1):
        published = (day0 + timedelta(days=article_id * 3650 // articles)).isoformat()
        sentences, offset = [], 0
        for _ in range(n):
            claim_id += 1
            source = rng.choice(recent) if recent and rng.random() < repeat_share else None
            if source:
                s = make_sentence(rng, vocab, source["speaker"], source["noun"],
                                  source["place"], source["figure"])
            else:
                s = make_sentence(rng, vocab)
            start = offset
            sentences.append(s["text"])
            offset += len(s["text"]) + 2
            group_id = None
            if source:
                group_id = group_of.get(source["id"])
                if group_id is None:
                    group_id = next_group
                    next_group += 1
                    group_rows.append((group_id, source["text"], published))
                    group_of[source["id"]] = group_id
                    group_updates.append((group_id, source["id"]))
            s["id"] = claim_id
            if len(recent) < 5000:
                recent.append(s)
            else:
                recent[rng.randrange(5000)] = s
            record = ClaimRecord(id=claim_id, text=s["text"], kind=s["kind"], value=s["value"],
                                 value_max=None, unit=s["unit"], bound="exact",
                                 measure=s["measure"], speaker=s["speaker"],
                                 article_id=article_id, figure_start=s["figure_start"],
                                 figure_end=s["figure_end"])
            keys = blocking_keys(record)
            block_rows.extend((k, claim_id) for k in keys)
            wording_rows.append((claim_id, derived_fields(record)))
            if record_tokens is not None:
                token_counts.update(record_tokens(record))
            blocks_total += len(keys)
            claim_rows.append((
                claim_id, article_id, speaker_id[s["speaker"]], "indirect", s["text"], start,
                start + len(s["text"]), start + s["figure_start"], start + s["figure_end"],
                len(sentences) - 1, s["kind"], s["value"], s["unit"], "exact", s["measure"],
                f"{s['kind']}|{s['value']:.6g}|{s['unit'] or ''}|exact|{s['measure']}",
                0.5, "new", group_id))
        text = "\n\n".join(sentences)
        article_rows.append((article_id, hashlib.sha256(f"{seed}:{article_id}".encode())
                             .hexdigest(), f"Generated article {article_id}",
                             f"Outlet {article_id % 40}", published, published + " 12:00:00",
                             text))
        if len(claim_rows) >= CHUNK:
            flush()
            if progress:
                rate = claim_id / (time.perf_counter() - started)
                print(f"\r  {claim_id:,}/{claims:,} claims ({rate:,.0f}/s)", end="",
                      file=sys.stderr, flush=True)
    flush()
    if record_tokens is not None:
        with connection:
            connection.executemany("insert into token_counts (token, claims) values (?,?)",
                                   [("", claim_id), *token_counts.items()])
    connection.execute("ANALYZE")
    connection.close()
    if progress:
        print(file=sys.stderr)
    return {"claims": claim_id, "articles": articles, "speakers": len(speaker_id),
            "groups": next_group - 1, "blocks": blocks_total, "tokens": len(token_counts),
            "seconds": round(time.perf_counter() - started, 1),
            "bytes": path.stat().st_size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=None,
                        help="default: claims / 25")
    parser.add_argument("--out", default="benchmarks/out/scale.db")
    args = parser.parse_args()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    print(generate_database(args.out, args.claims, args.articles))


if __name__ == "__main__":
    main()
