""""Has this been said before?": rank stored claims for a free-text query.

Explainable two-stage ranking on the same canonical wording as linking:
1. BM25 over canonical tokens (IDF-weighted token overlap: rare words such as names and
   figures count more than common ones), through an inverted index -- only claims sharing
   a token with the query are touched (blocking);
2. the best `rerank_depth` are re-scored with rapidfuzz (token_set_ratio on the canonical
   wordings, processor=None since they are normalized already) and the two scores blended.
Every score can be explained by the shared tokens and their weights.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from factrack.matching.normalize import wording_tokens

_URL = re.compile(r"https?://\S+|pic\.twitter\.com/\S+|www\.\S+")
_DATE = re.compile(r"\(@\w+\)\s+(?:January|February|March|April|May|June|July|August|"
                   r"September|October|November|December) \d{1,2}, \d{4}")
_MENTION = re.compile(r"@\w+")
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)")


@dataclass(frozen=True, slots=True)
class RetrievalSettings:
    """BM25 and re-ranking parameters (tuned on CLEF-2020 train/dev, see docs/linking.md)."""

    k1: float = 1.2
    b: float = 0.5
    #: How many BM25 hits are re-scored with rapidfuzz.
    rerank_depth: int = 30
    #: Weight of the rapidfuzz similarity in the blended score (rest: normalized BM25).
    fuzz_weight: float = 0.3


DEFAULT_RETRIEVAL = RetrievalSettings()


def clean_query(text: str) -> str:
    """Drop what is about the message, not the claim: links and a tweet's date; split
    #CamelCase hashtags and @JoeBiden-style handles into words (names are evidence)."""
    text = _DATE.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _MENTION.sub(lambda m: " " + _CAMEL.sub(" ", m.group()[1:]) + " ", text)
    text = _HASHTAG.sub(lambda m: " " + _CAMEL.sub(" ", m.group(1)) + " ", text)
    return text


def query_tokens(text: str) -> list[str]:
    return wording_tokens(clean_query(text))


class ClaimIndex:
    """Inverted BM25 index over a fixed list of claim texts; build once, query many times."""

    def __init__(self, texts: Sequence[str], settings: RetrievalSettings = DEFAULT_RETRIEVAL):
        self.settings = settings
        self.texts = list(texts)
        docs = [wording_tokens(t) for t in self.texts]
        self.wordings = [" ".join(d) for d in docs]
        self.lengths = [len(d) for d in docs]
        self.avg_length = (sum(self.lengths) / len(docs)) if docs else 0.0
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for doc_id, tokens in enumerate(docs):
            for token, tf in Counter(tokens).items():
                self.postings[token].append((doc_id, tf))
        n = len(docs)
        self.idf = {t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5))
                    for t, p in self.postings.items()}

    def bm25(self, tokens: Sequence[str]) -> dict[int, float]:
        """BM25 score of every claim sharing at least one token with the query."""
        k1, b = self.settings.k1, self.settings.b
        scores: dict[int, float] = defaultdict(float)
        for token, qtf in Counter(tokens).items():
            idf = self.idf.get(token)
            if idf is None:
                continue
            for doc_id, tf in self.postings[token]:
                norm = tf * (k1 + 1) / (tf + k1 * (1 - b + b * self.lengths[doc_id]
                                                   / self.avg_length))
                scores[doc_id] += idf * norm
        return scores

    def rank(self, query: str, top_k: int = 5) -> list[tuple[int, float]]:
        """(claim position, score in [0, 1]) for the `top_k` best claims, best first."""
        tokens = query_tokens(query)
        scores = self.bm25(tokens)
        if not scores:
            return []
        depth = max(top_k, self.settings.rerank_depth)
        head = heapq.nlargest(depth, scores.items(), key=lambda kv: kv[1])
        top = head[0][1]
        wording = " ".join(tokens)
        fuzzy = process.extract(wording, [self.wordings[d] for d, _ in head],
                                scorer=fuzz.token_set_ratio, processor=None, limit=None)
        w = self.settings.fuzz_weight
        blended = [(head[pos][0], (1 - w) * head[pos][1] / top + w * sim / 100)
                   for _, sim, pos in fuzzy]
        blended.sort(key=lambda kv: -kv[1])
        return blended[:top_k]

    def explain(self, query: str, position: int) -> list[tuple[str, float]]:
        """Shared canonical tokens and their IDF weights, heaviest first: why it matched."""
        shared = set(query_tokens(query)) & set(self.wordings[position].split())
        return sorted(((t, round(self.idf[t], 2)) for t in shared), key=lambda kv: -kv[1])


def rank_claims(query_text: str, candidate_texts: Sequence[str], top_k: int = 5,
                settings: RetrievalSettings = DEFAULT_RETRIEVAL) -> list[tuple[int, float]]:
    """One-shot ranking of `candidate_texts` for `query_text`: [(position, score)], best
    first. Build a ClaimIndex instead when querying the same collection repeatedly."""
    return ClaimIndex(candidate_texts, settings).rank(query_text, top_k)
