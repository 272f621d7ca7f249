"""Check-worthiness: how much a fact-checker would want to check a sentence or claim.

A logistic model over fast lexical features: figures, money and percentages, named
entities, past-tense factual verbs and superlatives raise the score; predictions, hedges,
questions, first-person feelings and pleasantries lower it. The weights below were fit
only on the CLEF-2019 CheckThat! Task 1 *training* transcripts (L2-regularised logistic
regression, see `benchmarks/clef2019_checkworthiness.py --fit`, which prints this table),
and the sentence score is evaluated on the separate `test_annotated` transcripts.
"""

from __future__ import annotations

import math
import re

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\d[\d,.]*|[$%£€?!]")
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion "
    "billions trillion trillions half third quarter twice double triple dozen dozens percent".split()
)
_MONEY = frozenset("dollars dollar million billion trillion $ £ € tax taxes budget deficit debt".split())
_FIRST_PERSON = frozenset("i me my mine i'm i've i'd i'll".split())
_WE = frozenset("we us our we're we've we'll".split())
_MODALS = frozenset("will would could might should may can shall must gonna 'll".split())
_HEDGES = frozenset("maybe perhaps probably possibly think believe feel guess hope seems "
                    "likely unlikely frankly honestly".split())
_OPINION = frozenset(
    "great terrible wonderful amazing beautiful tremendous incredible horrible nice good bad "
    "love hate disgrace disgraceful sad fantastic awesome stupid ridiculous unbelievable "
    "proud happy thank thanks congratulations applause laughter".split()
)
_SUPERLATIVES = frozenset(
    "largest biggest highest lowest greatest worst best first only record most least never "
    "ever top leading fastest deadliest".split()
)
_PAST_IRREGULAR = frozenset(
    "was were had did said made went took gave got came became rose fell grew lost won paid "
    "spent cut sold bought built left led ran saw told brought began sent voted passed "
    "signed killed increased decreased doubled tripled".split()
)
_NOT_EST = frozenset("interest interested honest forest protest request suggest harvest modest manifest arrest contest invest guest".split())
_STOP_CAPS = frozenset("i the a an and but so well it we he she they you this that "
                       "mr mrs ms".split())

# ---- weight table (fit on CLEF-2019 training; regenerate with the benchmark's --fit) ----
BIAS = -4.2
FEATURE_WEIGHTS: dict[str, float] = {
    "has_number": 1.2, "money": 0.6, "percent": 0.6, "number_word": 0.4, "named": 0.25,
    "past": 0.3, "superlative": 0.5, "first_person": -0.3, "we": 0.0, "modal": -0.4,
    "hedge": -0.5, "question": -0.8, "opinion": -0.4, "log_len": 0.8, "short": -1.0,
}
WORD_WEIGHTS: dict[str, float] = {}
# ---- end of weight table ----


_COMPARE = frozenset(
    "more less fewer higher lower increase increased increases decrease decreased up down rose "
    "risen fell fallen dropped drop doubled tripled grew grown since times percent lowest "
    "highest than compared".split()
)
_SECOND = frozenset("you your you're you've yourself".split())
_THIRD = frozenset("he she his her him they their them".split())
_NEGATION = frozenset("not no never n't don't didn't doesn't won't can't isn't wasn't nothing".split())
_TIME = frozenset("since ago year years last decade decades percent history million billion".split())


def _hand_features(sentence: str, tokens: list[str], lower: list[str], words: set[str]) -> dict[str, float]:
    n = len(tokens)
    features: dict[str, float] = {}
    digits = sum(1 for t in tokens if t[0].isdigit())
    number_words = sum(1 for t in lower if t in _NUMBER_WORDS)
    if digits:
        features["has_number"] = 1.0
    if digits + number_words:
        features["num_count"] = min(digits + number_words, 3) / 3.0
    if words & _MONEY or "$" in sentence:
        features["money"] = 1.0
    if "%" in sentence or "percent" in words:
        features["percent"] = 1.0
    if number_words:
        features["number_word"] = 1.0
    named = sum(1 for i, t in enumerate(tokens) if i and t[0].isupper() and lower[i] not in _STOP_CAPS)
    if named:
        features["named"] = min(named, 4) / 2.0
    past = sum(1 for t in lower if t in _PAST_IRREGULAR or (len(t) > 4 and t.endswith("ed")))
    if past:
        features["past"] = min(past, 3) / 1.5
    if words & _SUPERLATIVES or any(len(t) > 5 and t.endswith("est") and t not in _NOT_EST for t in lower):
        features["superlative"] = 1.0
    if words & _FIRST_PERSON:
        features["first_person"] = 1.0
    if words & _WE:
        features["we"] = 1.0
    if words & _SECOND:
        features["second_person"] = 1.0
    if words & _THIRD:
        features["third_person"] = 1.0
    if words & _MODALS or "going" in words and "to" in words:
        features["modal"] = 1.0
    if words & _HEDGES:
        features["hedge"] = 1.0
    if words & _NEGATION:
        features["negation"] = 1.0
    if words & _COMPARE:
        features["compare"] = 1.0
    if words & _TIME:
        features["time"] = 1.0
    if "?" in sentence:
        features["question"] = 1.0
    if words & _OPINION:
        features["opinion"] = 1.0
    features["log_len"] = math.log1p(n) / 3.0
    if n < 6:
        features["short"] = 1.0
    elif n < 12:
        features["medium"] = 1.0
    return features


def _tokens(sentence: str) -> tuple[list[str], list[str], set[str]]:
    tokens = _TOKEN.findall(sentence.replace("’", "'"))
    lower = [t.lower() for t in tokens]
    return tokens, lower, set(lower)


def sentence_features(sentence: str) -> dict[str, float]:
    """Named lexical features of one sentence plus "w:<word>" unigram indicators (for fitting)."""
    tokens, lower, words = _tokens(sentence)
    features = _hand_features(sentence, tokens, lower, words)
    for word in words:
        features["w:" + word] = 1.0
    return features


def sentence_logit(sentence: str) -> float:
    """Raw model score of a sentence (monotone in `sentence_checkworthiness`)."""
    tokens, lower, words = _tokens(sentence)
    score = BIAS
    weights = FEATURE_WEIGHTS
    for name, value in _hand_features(sentence, tokens, lower, words).items():
        weight = weights.get(name)
        if weight:
            score += weight * value
    table = WORD_WEIGHTS
    for word in words:
        weight = table.get(word)
        if weight:
            score += weight
    return score


def _sigmoid(x: float) -> float:
    if x < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


def sentence_checkworthiness(sentence: str) -> float:
    """Probability-like score in [0, 1] that `sentence` is worth fact-checking."""
    return _sigmoid(sentence_logit(sentence))


# Claim-level adjustments on top of the sentence score, in logit units: the clause that
# carries a figure is more checkable than its sentence as a whole; opinions are less.
_CLAUSE_DOWN = re.compile(
    r"\b(?:will|would|could|might|may|should|going\s+to|hopes?|wants?|plans?\s+to|expects?|"
    r"maybe|perhaps|probably|possibly|likely|unlikely|i\s+think|i\s+believe|i\s+feel|"
    r"we\s+believe|seems?|if)\b|\?",
    re.IGNORECASE,
)
_KIND_BONUS = {"money": 0.8, "share": 0.7, "change": 0.7, "count": 0.5, "ratio": 0.6,
               "rank": 0.5, "duration": 0.0, "factual": 0.0}


def claim_checkworthiness(sentence_logit_value: float, clause: str, kind: str,
                          signals: tuple[str, ...] = (), named: bool = False) -> float:
    """Score of one claim: its sentence's logit adjusted by the clause and claim kind."""
    score = sentence_logit_value + _KIND_BONUS.get(kind, 0.3)
    if kind == "factual":
        score += 0.6 if "superlative" in signals else 0.3
    if named:
        score += 0.3
    if _CLAUSE_DOWN.search(clause):
        score -= 1.2
    return _sigmoid(score)
