"""Canonical wording: the same statement written two ways should read the same here.

Lowercase; figures and number words become digits ("three hundred" -> "300",
"1.2 million" -> "1200000"); fractions become percentages ("a third", "one-third" -> "33%");
"per cent"/"percent" become "%"; words go through a small synonym table ("firms",
"enterprises" -> "company") and a crude plural stemmer; stopwords and reporting verbs are
dropped (who said it is a structured field, not wording). Pure and deterministic.
"""

from __future__ import annotations

import math
import re

# Small, documented synonym table: every word maps to a canonical token. Kept short on
# purpose -- each entry must be a true synonym in news copy about figures, or it will link
# unrelated claims. Plural forms are handled by the stemmer, list singulars.
SYNONYMS: dict[str, str] = {
    # organisations
    "firm": "company", "enterprise": "company", "business": "company",
    "employer": "company", "corporation": "company",
    # people at work
    "employee": "worker", "staff": "worker", "staffer": "worker", "workforce": "worker",
    "personnel": "worker",
    "job": "job", "post": "job", "position": "job", "role": "job",
    # people in general
    "person": "people", "individual": "people", "resident": "people", "inhabitant": "people",
    "citizen": "people", "traveller": "passenger", "traveler": "passenger",
    "teacher": "teach", "teaching": "teach", "vacant": "vacancy", "unfilled": "vacancy",
    "shortage": "vacancy", "short": "vacancy",
    "ridership": "passenger", "rider": "passenger", "journey": "passenger",
    "lost": "decrease", "loss": "decrease", "losse": "decrease",
    "takings": "revenue", "sales": "revenue", "turnover": "revenue",
    "fined": "fine", "penalty": "fine",
    "employ": "worker", "employs": "worker", "employed": "worker",
    "hospitalised": "hospital", "hospitalized": "hospital",
    "crossing": "sail", "crossings": "sail", "voyage": "sail",
    "attendee": "visitor", "spectator": "visitor",
    "want": "demand", "wants": "demand", "wanted": "demand", "ask": "demand", "asking": "demand",
    "asked": "demand", "demanding": "demand", "seeking": "demand", "seek": "demand",
    "customer": "customer", "subscriber": "subscriber", "signup": "subscriber",
    "evacuated": "evacuate", "evacuation": "evacuate", "fled": "evacuate",
    # death / injury
    "died": "death", "die": "death", "dead": "death", "killed": "death", "kill": "death",
    "fatality": "death",
    "injured": "injury", "hurt": "injury", "wounded": "injury",
    # hiring / firing
    "hired": "hire", "recruited": "hire", "recruit": "hire", "hiring": "hire",
    "rescued": "rescue", "saved": "rescue", "pulled": "rescue", "arrested": "arrest",
    "detained": "arrest",
    "laid": "layoff", "redundancy": "layoff", "redundant": "layoff", "cut": "cut",
    "cuts": "cut", "axed": "cut", "axe": "cut", "shed": "cut", "scrap": "cut",
    "scrapped": "cut", "remove": "cut", "removed": "cut", "shortfall": "gap", "deficit": "gap", "jobless": "unemployment",
    "unemployed": "unemployment", "rainfall": "rain",
    # movement of a figure
    "rise": "increase", "rose": "increase", "risen": "increase", "grew": "increase",
    "grow": "increase", "growth": "increase", "increased": "increase", "climbed": "increase",
    "climb": "increase", "jumped": "increase", "jump": "increase", "surged": "increase",
    "surge": "increase", "higher": "increase", "gain": "increase",
    "fall": "decrease", "fell": "decrease", "fallen": "decrease", "drop": "decrease",
    "dropped": "decrease", "declined": "decrease", "decline": "decrease", "decreased": "decrease",
    "lower": "decrease", "slumped": "decrease", "slump": "decrease",
    # money
    "pound": "gbp", "£": "gbp", "sterling": "gbp", "dollar": "usd", "$": "usd", "euro": "eur",
    "€": "eur", "budget": "budget", "funding": "fund", "fund": "fund", "spending": "spend",
    "spent": "spend",
    # housing, health, schools
    "home": "home", "house": "home", "dwelling": "home", "homes": "home", "flat": "home",
    "apartment": "home", "hospital": "hospital", "clinic": "clinic",
    "pupil": "student", "schoolchildren": "student",
    "millimetre": "mm", "millimeter": "mm", "kilometre": "km", "kilometer": "km",
    "car": "vehicle", "vehicle": "vehicle",
    # time
    "annual": "year", "annually": "year", "yearly": "year", "per": "per",
}

# What happened to the people or things counted. Two claims whose figure neighbourhoods
# name different events from this table ("20 people died" / "20 people were hired") are
# about different things, whatever else they share.
EVENT_CLASSES: dict[str, str] = {
    "death": "death", "injury": "injury", "rescue": "rescue", "evacuate": "evacuate",
    "hire": "hire", "layoff": "layoff", "cut": "layoff", "arrest": "arrest",
    "charge": "arrest", "vaccinate": "vaccinate", "infect": "infect", "case": "infect",
}

# Heads that count people. "N people" is how a count of workers, patients or visitors is
# restated in other words, so "people" matches any of them as a measure head.
PEOPLE_HEADS: frozenset[str] = frozenset("""
people worker patient visitor passenger student member customer voter protester resident
tenant child adult pupil lecturer teach nurse doctor officer firefighter family household
""".split())

# Words carrying no meaning for matching: function words and reporting verbs.
STOPWORDS: frozenset[str] = frozenset("""
a an the of to in on at by for from with as and or but is are was were be been being has have
had it its this that these those their there they them he she his her we our you your i me my
will would could should may might can do does did not no so than then also just about into over
under after before since during while which who whom whose what when where why how all any some
each more most less least such only own same very said says say told tell according added adds
stated claimed claim report reported reports reporting announced announce noted warned insisted
confirmed explained argued estimated estimate figure figures total totals nearly almost around
roughly approximately about some least than fewer over under above below exactly just
mr mrs ms dr off out new last this week month today yesterday
""".split())

_UNITS_WORDS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
                "m": 1e6, "mn": 1e6, "bn": 1e9, "k": 1e3, "tn": 1e12}
_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
_FRACTIONS = {"half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
              "quarters": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1}

# Multi-word phrases folded before tokenizing (applied in order, case-insensitive).
PHRASES: tuple[tuple[str, str], ...] = (
    (r"\b(?:claimed|took|cost) the lives of\b", "killed"),
    (r"\blost (?:their|his|her) lives\b", "died"),
    (r"\bdeath toll\b", "deaths"),
    (r"\bjobless rate\b", "unemployment rate"),
    (r"\bout of work\b", "jobless"),
    (r"\blaid off\b", "layoffs"),
    (r"\bsign-?ups?\b", "subscribers"),
    (r"\bforced to leave (?:their|his|her) homes\b", "evacuated"),
    (r"\bshort of\b", "shortage of"),
    (r"\bmade redundant\b", "layoffs"),
)
_PHRASES = tuple((re.compile(pattern, re.IGNORECASE), repl) for pattern, repl in PHRASES)

_PERCENT = re.compile(r"\s*(?:per\s*cent|percent|pct)\b|%", re.IGNORECASE)
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[a-z]+|%|[$£€]")


def format_number(value: float, digits: int = 3) -> str:
    """Round to `digits` significant figures and print without exponent or trailing zeros."""
    if value == 0:
        return "0"
    if value.is_integer() and 1000 <= value <= 2100:  # years stay as written
        return str(int(value))
    rounded = round(value, -int(math.floor(math.log10(abs(value)))) + digits - 1)
    text = f"{rounded:.6f}".rstrip("0").rstrip(".")
    return text


def stem(word: str) -> str:
    """Crude stemming: plurals and -ing/-ed endings ("companies" -> "company",
    "workers" -> "worker", "shooting" -> "shoot", "laughed" -> "laugh")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith(("sses", "ches", "shes", "xes")):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 6 and word.endswith("ing"):
        return _silent_e(word[:-3])
    if len(word) > 5 and word.endswith("ed") and not word.endswith("eed"):
        return _silent_e(word[:-2])
    return word


def _silent_e(stem_: str) -> str:
    """Restore the e of "rescued", "closing", "raised" so they meet "rescue", "close"."""
    if stem_[-1] in "uvzcg" or (stem_[-1] == "s" and stem_[-2:-1] in tuple("aeiou")):
        return stem_ + "e"
    return _undouble(stem_)


def _undouble(word: str) -> str:
    """"shott" -> "shot", "stopp" -> "stop": undo consonant doubling before a suffix."""
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        return word[:-1]
    return word


def canonical_word(word: str) -> str:
    """Synonym table first on the surface form, then on the stem."""
    if word in SYNONYMS:
        return SYNONYMS[word]
    stemmed = stem(word)
    return SYNONYMS.get(stemmed, stemmed)


def _read_numbers(tokens: list[str]) -> list[str]:
    """Fold number words, scales, fractions and percent signs into single digit tokens."""
    out: list[str] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        value: float | None = None
        j = i
        # "one in five" -> 20%
        if (tok in _SMALL or tok[:1].isdigit()) and i + 2 < n and tokens[i + 1] == "in" and (
                tokens[i + 2] in _SMALL or tokens[i + 2][:1].isdigit()):
            num = _SMALL.get(tok) if tok in _SMALL else _to_float(tok)
            den = _SMALL.get(tokens[i + 2]) if tokens[i + 2] in _SMALL else _to_float(tokens[i + 2])
            # a ratio ("one in five", "3 in 10"), not "250,000 in 2021"
            if num is not None and den and num < den <= 1000:
                out.append(_percent(100 * num / den))
                i += 3
                continue
        # fractions: "a third", "one-third", "two thirds", "half"
        if tok in ("a", "one", "two", "three", "four") and i + 1 < n and tokens[i + 1] in _FRACTIONS:
            mult = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}[tok]
            out.append(_percent(100 * mult * _FRACTIONS[tokens[i + 1]]))
            i += 2
            continue
        if tok == "half":
            out.append("50%")
            i += 1
            continue
        if tok[:1].isdigit():
            value = _to_float(tok)
            j = i + 1
        elif tok in _SMALL or tok in _TENS or (tok == "dozen"):
            value, j = _read_number_words(tokens, i)
        if value is None:
            out.append(tok)
            i += 1
            continue
        # scale words: "1.2 million", "five hundred thousand"
        while j < n and tokens[j] in _UNITS_WORDS and not (tokens[j] in ("m", "k") and value > 1e4):
            value *= _UNITS_WORDS[tokens[j]]
            j += 1
        if j < n and tokens[j] == "%":
            out.append(_percent(value))
            j += 1
        else:
            out.append(format_number(value))
        i = j
    return out


def _percent(value: float) -> str:
    """Percentages are compared in whole points: "33%", "33.3%" and "a third" -> "33%"."""
    return f"{round(value):d}%" if abs(value) >= 1 else format_number(value, 1) + "%"


def _to_float(tok: str) -> float | None:
    text = tok.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", tok) else tok.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def _read_number_words(tokens: list[str], i: int) -> tuple[float | None, int]:
    """Read "three hundred and twenty five" starting at i; return value and next index."""
    total = 0.0
    current = 0.0
    j = i
    seen = False
    while j < len(tokens):
        tok = tokens[j]
        if tok in _SMALL:
            current += _SMALL[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok == "hundred" and seen:
            current *= 100
        elif tok in ("thousand", "million", "billion", "trillion") and seen:
            total += current * _UNITS_WORDS[tok]
            current = 0
        elif tok == "and" and seen and j + 1 < len(tokens) and (
                tokens[j + 1] in _SMALL or tokens[j + 1] in _TENS):
            pass
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None, i
    return total + current, j


def tokenize(text: str) -> list[str]:
    """Lowercased word, number, currency and percent tokens; "per cent" becomes "%"."""
    for pattern, repl in _PHRASES:
        text = pattern.sub(repl, text)
    text = _PERCENT.sub(" %", text.lower())
    return _TOKEN.findall(text)


def wording_tokens(text: str) -> list[str]:
    """Canonical content tokens of `text`, in order (numbers as digits, synonyms folded)."""
    tokens = _read_numbers(tokenize(text))
    out = []
    for tok in tokens:
        if tok[:1].isdigit():
            out.append(tok)
            continue
        if tok in STOPWORDS:
            continue
        word = canonical_word(tok)
        if word in STOPWORDS or len(word) < 2 and word not in ("%",):
            continue
        if word == "%":
            continue
        out.append(word)
    return out


def normalize_wording(text: str) -> str:
    """Space-joined canonical content tokens: the string every similarity scorer compares."""
    return " ".join(wording_tokens(text))


def is_number_token(token: str) -> bool:
    return token[:1].isdigit()
