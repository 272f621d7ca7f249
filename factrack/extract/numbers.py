"""The number grammar: find figures in text and read them as normalized quantities.

One compiled scanner finds candidate figures (digits, number words, fractions,
multipliers, ranks) and, in the same pass, swallows things that only look like figures
(dates, times, URLs, ids such as "G7" or "Covid-19") so they are never read. Each
candidate is then finished with a few anchored look-ups around it: the unit after it
(%, currency, duration, "fold"), a range, the qualifier before it, a change verb before
it, and the phrase it measures. Work is per figure, never per character, which keeps
the grammar well above the pipeline's 1.5 MB/s budget.

Conventions (see docs/number-grammar.md): shares in percent (unit "%"); changes keep a
positive value, the direction lives in the wording; percentage points use unit "pp";
multipliers unit "x"; money the ISO 4217 code; durations a singular unit; rates
"N per M things" kind ratio with unit "per M things"; counts unit None; sports scores
and vote tallies kind count, unit "score", value and value_max the two sides.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factrack.extract import lexicon as lx
from factrack.extract.types import Quantity

__all__ = ["find_quantities"]


def _alt(words) -> str:
    """A regex matching any of the literal words, built as a trie.

    Tries let the regex engine pick a branch by its next character instead of trying
    every word in turn (five to ten times faster than a flat alternation), and the
    greedy optional tails keep longest-match-first ("sixty" before "six").
    """
    root: dict = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(sub)
                    for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


_NUMBER_WORD = _alt([*lx.UNIT_WORDS, *lx.TENS_WORDS, *lx.SCALE_WORDS, "zero"])
_BIG_SCALE = r"(?:hundred|thousand|million|billion|trillion|dozen|lakh|crore)"
_SMALL_WORD = rf"(?:(?:{_alt(lx.TENS_WORDS)})(?:[\s-](?:{_alt(lx.UNIT_WORDS)})\b)?|{_alt([*lx.UNIT_WORDS, 'zero'])})\b"
# "twenty-three", "two hundred and fifty thousand", "a dozen", "a million"; never
# "nine three" (two figures side by side: "nine three-pointers").
_WORDNUM = (
    rf"(?:\ban?\s+{_BIG_SCALE}\b|\b{_SMALL_WORD}|\b{_BIG_SCALE}\b)"
    rf"(?:[\s-]+{_BIG_SCALE}\b(?:\s+and\s+{_SMALL_WORD}|[\s-]+{_SMALL_WORD}(?![\s-]+{_BIG_SCALE}\b))?)*"
)
_DIGITS_CORE = (r"(?:(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}|\d+)(?:\.\d+|[\s-][1-3]/[2-4](?![\d/])|[½¼¾])?"
           r"|\.\d+)(?![.,]\d|/\d)")
_DIGITS = r"(?<![\w.,/])" + _DIGITS_CORE
_SCALE = rf"(?:{_alt(k for k in lx.SCALE_SUFFIXES if len(k) > 2)})\b|(?:bn|mn|mln|bln|tn|trn|m|k|b)(?![\w'’])"
_CUR_PREFIX = (rf"(?:{_alt(k for k in lx.CURRENCY_PREFIXES if not k[0].isalpha())}"
               rf"|\b(?:{_alt(k for k in lx.CURRENCY_PREFIXES if k[0].isalpha() and len(k) > 1)})\.?"
               rf"|\b[np](?=\d))")
_CUR_NAME = rf"(?:{_alt(lx.CURRENCY_NAMES)}|{'|'.join(lx.CURRENCY_CODES)})"
_QUALIFIER = rf"(?:\b(?:between|{_alt(q for q in lx.QUALIFIERS if q[0].isalpha())})\s+|~\s?|\bc\.\s?)"
_FRACTION = _alt(lx.FRACTION_DENOMINATORS)
_FRACTION_NUM = _alt([*lx.UNIT_WORDS, "a", "an"])
_ORDINAL = _alt(lx.ORDINAL_WORDS)
_MONTH = _alt(lx.MONTHS)
_SUPER = _alt(lx.SUPERLATIVES)
_DUR = _alt(lx.DURATION_UNITS)

_GLUED = "km|kg|mph|kmh|kph|ft|cm|mm|mg|ml|gb|mb|tb|mw|gw|kw|kwh|twh|gwh|lbs?|oz|ha|sq|x|p"
_SCANNER = re.compile(
    rf"""
    (?P<skip>
        https?://\S+ | www\.\S+ | &\#\d+; | [\w.+-]+@[\w-]+\.\w[\w.]*
      | \b\d{{1,2}}(?:[:.]\d{{2}})?\s?(?:a\.\s?m\.|p\.\s?m\.|am\b|pm\b|gmt\b|bst\b|et\b)
      | \b\d{{1,2}}:\d{{2}}(?::\d{{2}})?\b
      | \b\d{{3,4}}\s?(?:gmt|bst|utc|cet|est|edt|pst|hrs|hours\s+gmt)\b
      | \bpage\s+\d+\s+of\s+\d+
      | \b\d{{1,4}}(?-i:[a-z]?,?\s+(?:[A-Z][a-z]+\s+){{1,2}}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Square|Place|Way|Drive|Close|Court|Terrace|Crescent|Boulevard|Blvd|Row|Gardens|Hill|Walk))\b
      | \b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\b\.?(?:,?\s+\d{{4}}\b)?
      | \b(?:{_MONTH})\b\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:%|per|[,.]\d))(?:,?\s+\d{{4}}\b)?
      | \b(?:{_MONTH})\b\.?,?\s+(?:of\s+)?\d{{4}}\b
      | \b\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b
      | (?:\+\d{{1,3}}[\s-]?)?\(?\b0\d{{1,4}}\)?[\s-]\d{{3,4}}[\s-]?\d{{3,4}}\b
      | \+\d{{1,3}}(?:[\s-]?\(?\d{{1,4}}\)?){{2,5}}
      | \b(?:1[89]|20)\d\d\s?[-–/]\s?(?:(?:1[89]|20)\d\d|\d\d)\b(?!\s*(?:%|per))
    )
  | (?P<rank>(?:\b(?P<rord>{_ORDINAL})|(?<![\w.,])(?P<rdig>\d+)(?:st|nd|rd|th))[\s-]+(?P<rsup>(?:most|least)\s+\w+|{_SUPER})\b)
  | (?P<rankin>(?:\b(?P<riord>{_ORDINAL})|(?<![\w.,])(?P<ridig>\d+)(?:st|nd|rd|th))(?=\s+in\s))
  | (?P<numbered>(?:\b(?:number|no\.?)|\#)\s?(?P<nbnum>\d{{1,3}}|one|two|three|four|five|six|seven|eight|nine|ten)\b)
  | (?P<ranked>\b(?:ranked|ranks|ranking|placed|finished|came|come|comes)\s+(?:(?P<rkord>{_ORDINAL})|(?P<rkdig>\d+)(?:st|nd|rd|th))\b)
  | (?P<qual>{_QUALIFIER})?
    (?:
      (?P<frac>\b(?P<fnum>{_FRACTION_NUM}|\d+)(?P<fsep>[\s-])(?P<fden>{_FRACTION})\b)
    | (?P<inx>(?<![\w.,])(?P<inxnum>\d+|{_NUMBER_WORD})\s+(?:(?P<inxnoun>[a-z]+)\s+)?(?:in|out\s+of)\s+(?:every\s+)?(?P<inxden>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\w.,])|{_WORDNUM}))
    | (?P<mult>\b(?:{_alt(lx.MULTIPLIER_VERBS)}|halved|halving|twice|thrice|(?:{_NUMBER_WORD}|\d+)-?fold)\b)
    | (?P<adur>\ban?\s+(?P<adunit>decade|century|month|hour|fortnight|week|year|day|minute)\b)
    | (?P<half>\bhalf\b(?:(?:\s+an?\s+|-)(?P<hscale>dozen|hundred|thousand|million|billion|trillion)\b)?)
    | (?P<colon>(?<![\w:.])(?P<cnum>\d{{1,3}}):(?P<cden>\d)(?![\d:]))
    | (?P<slash>(?<![\w/])(?P<snum>\d)/(?P<sden>\d{{1,2}})(?=\s+of\b))
    | (?P<vague>\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)|dozens|scores|hundreds|thousands|millions|billions|trillions)\b)
    | (?P<num>
        (?:(?P<cur>{_CUR_PREFIX})\s?(?=\d)|(?<![\w.,/#&]))
        (?:(?P<digits>{_DIGITS_CORE})(?:\s?(?P<scale>{_SCALE}))?(?:(?=(?:{_GLUED})\b)|(?!\w))|(?P<words>{_WORDNUM}))
      )
    )
  | (?P<id>\b[A-Za-z][A-Za-z.]*+-?\d[\w.-]*)
    """,
    re.IGNORECASE | re.VERBOSE,
)

# The plain-number alternative alone: tried again when a richer reading of the same words
# ("10 times in 14 months" as "N in M") turns out not to hold.
_NUM_SCANNER = re.compile(
    rf"""
    (?P<qual>{_QUALIFIER})?
    (?P<num>
        (?:(?P<cur>{_CUR_PREFIX})\s?(?=\d)|(?<![\w.,/#&]))
        (?:(?P<digits>{_DIGITS_CORE})(?:\s?(?P<scale>{_SCALE}))?(?:(?=(?:{_GLUED})\b)|(?!\w))|(?P<words>{_WORDNUM}))
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

_TAIL_PATTERN = (
    rf"""
    (?P<unit1>{"" }
        \s?(?P<pct>%|percent\b|per\s?cent\b|pct\b|prozent\b)
      | \s+(?P<pp>percentage[\s-]points?\b|pp\b|ppts?\b|%\s*points?\b)
    )?
    <<RANGE>>
    (?P<unit>
        (?P<plus>\+)
      | \s?(?P<pct2>%|percent\b|per\s?cent\b|pct\b|prozent\b)(?P<pts>\s*points?\b)?
      | \s+(?P<pp2>percentage[\s-]points?\b|pp\b|ppts?\b)
      | \s?(?P<curname>{_CUR_NAME})\b
      | [\s-]+(?:calendar\s+|more\s+|long\s+|whole\s+|full\s+|straight\s+|consecutive\s+)?(?P<dur>{_DUR})\b(?P<old>-old\b|\s+old\b)?
      | [\s-]?(?P<fold>fold)\b
      | \s+(?P<times>times)\b
      | \s?(?P<speed>{_alt(lx.SPEED_UNITS)})(?![\w/])
      | \s+(?P<bp>basis[\s-]points?|bps)\b
      | [\s-]?(?P<phys>{_alt(lx.PHYSICAL_UNITS)})\b
      | (?P<glued>{_GLUED})\b
    )?
    (?P<post>\s+or\s+(?P<ormore>more|over|above|higher|less|fewer|under|so)\b|\s*-?plus\b)?
    """
)
_RANGE_PATTERN = (
    rf"""    (?P<range>\s*(?P<rsep>-|–|—|to|and|or)\s*(?P<rcur>{_CUR_PREFIX})?\s?
        (?:(?P<rdigits>{_DIGITS})(?:\s?(?P<rscale>{_SCALE}))?|(?P<rwords>{_WORDNUM}))
        (?P<rpct>\s?(?:%|percent\b|per\s?cent\b|pct\b))?
    )?
"""
)
_TAIL = re.compile(_TAIL_PATTERN.replace("<<RANGE>>", _RANGE_PATTERN), re.IGNORECASE | re.VERBOSE)
# The same tail when a range reading was rejected: only the units right after the number.
_TAIL_NO_RANGE = re.compile(
    _TAIL_PATTERN.replace("<<RANGE>>", "(?P<range>(?!)(?P<rsep>)(?P<rcur>)(?P<rdigits>)(?P<rscale>)"
                                      "(?P<rwords>)(?P<rpct>))?"),
    re.IGNORECASE | re.VERBOSE,
)

_WORD = re.compile(r"\s+([A-Za-z][\w'’&-]*)")
_AND_HALF = re.compile(r"(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half\b", re.I)
_WORDS_BACK = re.compile(r"(?<![\w$£€¥])[A-Za-z][\w'’-]*\.?|[,;:()\"“”]|[.!?](?=\s)")
_OF = re.compile(r"\s+of\s+", re.I)
_PER = re.compile(
    rf"\s+(?:per|for\s+every|out\s+of\s+every|in\s+every|every)(?:\s+(?P<num>{_DIGITS}|{_WORDNUM})(?:\s?(?P<scale>{_SCALE}))?)?(?=\s)",
    re.I,
)
_RATE_NOUNS = ("game", "match", "day", "week", "month", "year", "hour", "minute", "season",
               "head", "person", "night", "shift", "visit", "trip", "household", "student")
_A_RATE = re.compile(rf"\s+(?:a|an|each|every)\s+({'|'.join(_RATE_NOUNS)})\b(?!\s+(?:earlier|before|ago|later|on))", re.I)
_AS_MANY = re.compile(
    r"\s+(?:as\s+(?:many|much|likely|high|large|big|often|fast|long|great|expensive)|more|higher|"
    r"larger|bigger|greater|less|fewer|lower|smaller|the)\b", re.I)
_CHANGE_AFTER = re.compile(
    rf"\s*(?:{_alt(lx.CHANGE_NOUNS)})\b(?:\s+(?:in|of|on)\s+)?", re.I)

_CHANGE_WORDS = frozenset(lx.CHANGE_WORDS)
_MONTHS = frozenset(lx.MONTHS)
_LABELS = frozenset(lx.LABEL_WORDS)
_YEAR_PREP = frozenset(lx.YEAR_PREPOSITIONS)
_SCORE_PREV = frozenset(
    "beat beats beating beaten won win wins winning lost lose loses losing drew draw draws voted "
    "vote defeated thrashed edged trailed trailing led leading victory defeat score scored by "
    "level at crushed hammered thumped routed overcame downed trounced swept aside saw "
    "downed stunned edging out beating humiliation it passed".split())
_SCORE_NEXT = frozenset(
    "win wins victory victories defeat defeats loss losses draw lead home away scoreline "
    "aggregate thrashing hammering drubbing success triumph half-time advantage margin "
    "majority vote votes decision decisions ruling rulings verdict split humiliation flop "
    "rout reverse defeat record records".split())
_RECORD_PREV = frozenset("went finished finish finishes finishing".split())
_METRE_BEFORE = frozenset("the a an of over than for about around in his her their its at "
                          "some under below above".split())
_ATHLETICS = frozenset({60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000})
_SENTENCE_END = frozenset('.!?"“”:;')


@lru_cache(maxsize=4096)  # pure, and the same few spellings recur ("two", "a million")
def _word_value(words: str) -> float:
    """Value of a spelled number: 'two hundred and fifty thousand' -> 250000."""
    total = 0.0
    current = 0.0
    for w in re.split(r"[\s-]+", words.lower()):
        if w in ("and", ""):
            continue
        if w in ("a", "an"):
            current = 1.0
        elif w in lx.UNIT_WORDS:
            current += lx.UNIT_WORDS[w]
        elif w in lx.TENS_WORDS:
            current += lx.TENS_WORDS[w]
        elif w == "hundred" or w == "dozen":
            current = (current or 1.0) * lx.SCALE_WORDS[w]
        elif w in lx.SCALE_WORDS:
            total += (current or 1.0) * lx.SCALE_WORDS[w]
            current = 0.0
    return total + current


_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75}


def _digit_value(digits: str) -> float:
    """'1,200' -> 1200; '2 1/2' -> 2.5; '3½' -> 3.5; Indian '15,62,52,872' too."""
    digits = digits.replace(",", "")
    if digits[-1] in _VULGAR:
        return float(digits[:-1]) + _VULGAR[digits[-1]]
    if "/" in digits:
        whole, frac = re.split(r"[\s-]", digits)
        num, den = frac.split("/")
        return float(whole) + int(num) / int(den)
    return float(digits)


def _number_value(digits: str | None, scale: str | None, words: str | None) -> float:
    if digits is not None:
        value = _digit_value(digits)
        if scale:
            value *= lx.SCALE_SUFFIXES[scale.lower()]
        return value
    return _word_value(words or "")


def _prev_words(text: str, pos: int, n: int = 4, span: int = 60) -> list[tuple[str, int]]:
    """The last `n` words (or punctuation marks) before `pos`, lowercased, with starts."""
    span = min(span, 14 * n + 6)
    lo = pos - span if pos > span else 0
    found = list(_WORDS_BACK.finditer(text, lo, pos))
    if lo and found and found[0].start() == lo:
        del found[0]  # possibly the tail of a longer word
    return [(m.group().lower(), m.start()) for m in found[-n:]]


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip()
    return not before or before[-1] in _SENTENCE_END or before[-1] in "-–—•*\n"


_COUNT_ADJECTIVES = frozenset("other more additional extra further".split())
# Words that follow a counted noun without being part of it ("12 people dead").
_AFTER_NOUN = frozenset("dead alive around familiar aware present responsible "
                        "laid found shot seen taken given known".split())  # "officials familiar with"
_LY_NOUNS = frozenset("elderly deadly costly friendly lonely orderly unruly holy ugly lovely "
                      "lively timely wily hilly oily woolly jolly burly surly scholarly stately "
                      "family families july italy supply supplies assembly rally rallies ally allies "
                      "belly bully monopoly poly anomaly reply replies holly lily sally emily "
                      "kelly italy daily weekly monthly quarterly yearly fly".split())
_PAST_VERBS = frozenset("lost won fell rose said says came went took made got gave left kept held brought "
                        "began became ran met led stood paid sold spent built sent grew hit is are was "
                        "were will would could can may might must has have had do does did".split())
_ARTICLES = frozenset("a an the its their his her our your my this these".split())
_LOWER_WORD = re.compile(r"\b[a-z][a-z]{3,}\b")


def _title_case(text: str, pos: int) -> bool:
    """Headline Case Text ('Gets Five Years In Prison'): capitals say nothing about names.

    A lower-case word earlier in the same sentence says it is prose, however long the run
    of capitals before `pos` ("were Leisure Garments, Precious Six Garments, TW ...")."""
    lo = pos - 200 if pos > 200 else 0
    cut = max(text.rfind(". ", lo, pos), text.rfind("\n", lo, pos))
    return _LOWER_WORD.search(text, cut + 1 if cut >= 0 else lo, pos + 40) is None


# "one count of kidnapping.", "the cost of cleaning up": a gerund heading the phrase after "of".
_GERUND_END = re.compile(r"\s*(?:[.,;:)\"”]|$|\s(?:up|out|off|down)\b)")


_EMPTY_NOUNS = frozenset(["tune"])  # ("a figure of $2m" keeps "figure": tests/test_numbers.py)
_AGES_AND = re.compile(r"\b(?:ages\s+of|aged)\s+[\w-]+\s+and\s+$", re.I)  # "aged 16 and 13", "the ages of six and 11"
_OR_OLDER = re.compile(r"\s+or\s+(older|younger)\b", re.I)
_HYPHEN_SCALE = re.compile(r"-(thousand|million|billion|trillion)\b", re.I)
_THE_ELITE = re.compile(r"\b(?:the|top)\s+$", re.I)
_ELITE_AFTER = re.compile(r"\s*(?:[,.;:!?)\"”]|\s(?:and|or|who|that)\b|$)")
_OF_THE_NAME = re.compile(r"\s+(the)\s+([A-Z][\w'’-]*)")


def _phrase_after(text: str, pos: int, max_words: int = 6, plural: bool = False) -> tuple[str | None, int, int]:
    """The noun phrase starting at `pos` (after spaces), cut at stop words and verbs.

    `plural`: the phrase names more than one thing ("100 confirmation votes"), so a word
    that is also a verb in -s ("votes", "tries") is its plural noun: a plural subject takes
    no -s verb."""
    words: list[tuple[int, int, str]] = []
    cursor = pos
    while len(words) < max_words:
        m = _WORD.match(text, cursor)
        if not m:
            break
        w = m.group(1)
        lw = w.lower()
        if not words and (lw in _ARTICLES or w == "all") and cursor - pos < 12:
            cursor = m.end()  # "of the electorate": skip the determiner, keep reading
            continue
        if lw == "of" and words and len(words) < max_words - 2 and words[-1][2][0].isupper():
            name = _OF_THE_NAME.match(text, m.end())
            if name:  # "the Navigator of the Seas cruise", "Bank of the West": one name
                words.append((m.start(1), m.end(1), w))
                words.append((name.start(1), name.end(1), name.group(1)))
                words.append((name.start(2), name.end(2), name.group(2)))
                cursor = name.end()
                continue
        if lw == "of" and words and len(words) < max_words - 1:
            nxt = _WORD.match(text, m.end())
            if nxt and nxt.group(1).lower() not in lx.NP_STOP and not nxt.group(1)[0].isdigit():
                words.append((m.start(1), m.end(1), w))
                cursor = m.end()
                continue
            break
        if not words and lw in _PAST_VERBS:
            break  # "the world number three lost": a verb, not what is counted
        if lw.endswith(("n't", "n’t")):
            break  # "five children didn't stop": a verb
        if lw.endswith("ly") and lw not in _LY_NOUNS:
            break  # "100% again mentally": adverbs are not what a figure measures
        if lw in lx.NP_STOP or lw in _MONTHS and w[0].isupper() or (words and lw in _AFTER_NOUN):
            break
        if words and lw in lx.PHRASE_VERBS and not (plural and lw[-1] == "s" and lw[-2:] != "ss") \
                and not (words[-1][2][0].isupper() and words[-1][2][-1] != "s" and lw[-1] != "s"
                         and lw not in _VERB_BOUNDARY and lw not in _PAST_VERBS
                         and not _title_case(text, m.start(1))):
            break  # ... but "the Hispanic vote": a noun after a proper adjective
        if not words and lw.endswith("ed"):
            nxt = _WORD.match(text, m.end())
            if not nxt or nxt.group(1).lower() in lx.NP_STOP or nxt.group(1).lower() in lx.PHRASE_VERBS:
                break  # "the four questioned": a verb, not an adjective
        if words and (lw.endswith("ed") or lw.endswith("ing") and not (
                words[-1][2] == "of" and _GERUND_END.match(text, m.end()))) and lw not in ("red", "need", "seed", "feed", "bed", "spring", "building", "king", "thing", "wedding", "housing", "funding", "spending", "earnings", "savings", "meeting", "rating", "ranking", "ceiling"):
            break
        if lw in lx.DURATION_UNITS and words:
            break
        words.append((m.start(1), m.end(1), w))
        cursor = m.end()
    while words and words[-1][2].lower() in ("of", "and"):
        words.pop()
    while words and words[0][2].lower() in lx.DETERMINERS:
        words.pop(0)
    if not words:
        return None, -1, -1
    start, end = words[0][0], words[-1][1]
    return text[start:end], start, end


_AUX = frozenset("had has have having would will could may might should must shall is are was were "
                 "be been being also now already still just only alone reportedly then again "
                 "sharply steeply slightly significantly markedly further broadly nearly almost "
                 "roughly about around some an a average total annual estimated another of "
                 "overall together combined".split())
_AUX_NOUNS = frozenset("average total".split())
_BOUNDARY = frozenset("that which who whom whose while and but said says say told when as because if "
                      "where although though whereas than so or nor according after before since "
                      "despite with without by to from against versus vs".split())
_LINK_VERBS = frozenset("was is were are be been being stood stand stands standing remained remains "
                        "remain reached reach reaches hit hits totalled totaled totals came comes "
                        "closed ended cost costs costing worth valued values put puts estimated "
                        "estimates priced set sets amounted amounts numbered accounted account "
                        "accounts represented represents made make makes".split())
_PAST_CHANGE = frozenset(w for w in lx.CHANGE_WORDS if w.endswith("ed")) | frozenset(
    "rose risen fell fallen grew grown sank slid shrank shrunk lost shed rises falls grows "
    "climbs jumps drops declines surges soars slumps plunges dips eases gains".split())
_ABBREVIATIONS = frozenset("mr. mrs. ms. dr. st. no. u.s. u.k. gov. sen. rep. prof. gen. col. lt. "
                           "sgt. jr. sr. inc. corp. co. ltd. vs. jan. feb. aug. sept. oct. nov. "
                           "dec. ft. approx.".split())
_CHANGE_NOUN_FORMS = frozenset("rise rises increase increases fall falls drop drops decline declines "
                               "cut cuts gain gains jump surge slump dip spike hike boost growth "
                               "loss spending".split())
# Verbs that end a noun phrase read backwards; forms that double as nouns ("costs",
# "plans", "votes") are left out so "borrowing costs had doubled" keeps its subject.
_LINK_BOUNDARY = _LINK_VERBS - frozenset("cost costs values estimates sets amounts accounts totals "
                                         "numbered worth set".split())
_VERB_BOUNDARY = frozenset(
    "said says told tells comes came goes went takes took gets got gives gave makes made knows "
    "knew thinks thought wants seems seemed become becomes became include includes included "
    "lost won fell rose held kept brought began ran met led stood paid sold spent built sent "
    "grew hit put puts found finds believe believes expect expects agreed agree agrees left "
    "leaves saw sees see hear hears heard let lets help helps want need needs".split())
_NP_DETERMINERS = frozenset("a an the".split())
_NP_PREPOSITIONS = frozenset("of in on at for from to with by across among".split())
_RAISING = frozenset("expected projected forecast forecasted set due likely predicted poised tipped "
                     "going continue continues continued seem seems seemed appear appears appeared "
                     "tend tends tended".split())
_PRONOUNS = frozenset("i we you they he she it".split())
_CONTRACTIONS = ("'ve", "’ve", "'re", "’re", "'ll", "’ll", "'d", "’d", "n't", "n’t", "'m", "’m")
_ING_NOUNS = frozenset("spending housing funding earnings savings borrowing building training "
                       "lending pricing shipping fishing farming parking heating cooling warming "
                       "financing manufacturing planning marketing polling voting".split())


def _np_before(text: str, pos: int, max_words: int = 7) -> tuple[str | None, int, int]:
    """The noun phrase ending right before `pos`, skipping auxiliaries and adverbs.

    'Mr. Reinholt said that rents in the capital had risen' -> 'rents in the capital';
    'The pledge would cost' -> 'pledge'. Stops at punctuation, conjunctions and verbs.
    """
    back = _prev_words(text, pos, max_words + 5, 110)
    i = len(back) - 1
    while i >= 0 and back[i][0] in _AUX:
        if back[i][0] in _AUX_NOUNS and i > 0 and back[i - 1][0][0].isalpha() and back[i - 1][0] not in _AUX \
                and back[i - 1][0] not in lx.NP_STOP:
            break  # "the Dow Jones industrial average closed": a noun heading the phrase
        i -= 1
    head = i
    if i > 0 and back[i][0] == "to" and back[i - 1][0] in _RAISING:
        i -= 2  # "the deficit is projected to rise": the subject before "is projected to"
        while i >= 0 and back[i][0] in _AUX:
            i -= 1
    kept: list[tuple[str, int]] = []
    if i >= 0 and back[i][0] == ")":  # "Gross domestic product (GDP) rose": skip the aside
        while i >= 0 and back[i][0] != "(":
            i -= 1
        i -= 1
    while i >= 0 and len(kept) < max_words:
        w, s = back[i]
        if w == "and" and kept and i >= 2 and back[i - 2][0] in _NP_PREPOSITIONS \
                and back[i - 1][0].isalpha() and back[i - 1][0] not in lx.NP_STOP \
                and text[back[i - 1][1]].islower() and all(text[k].islower() for _, k in kept) \
                and text[back[i - 2][1] + len(back[i - 2][0]):back[i - 1][1]].isspace():
            kept.append((w, s))  # "expenses at nightclubs and lounges": a list inside the phrase
            i -= 1
            continue
        if not kept and w.endswith(("ing", "ed")) and w not in _ING_NOUNS:
            break  # "facing 8% fewer": a verb right before the figure is not its subject
        if not w[0].isalpha() or w in _BOUNDARY or w in _LINK_BOUNDARY or w in _VERB_BOUNDARY \
                or w in _PRONOUNS or w.endswith(_CONTRACTIONS) \
                or w in _PAST_CHANGE or (w in _CHANGE_WORDS and w not in _CHANGE_NOUN_FORMS):
            break
        if w.endswith(".") and w not in _ABBREVIATIONS and len(w) > 2:
            break  # the end of the previous sentence
        if kept and w.endswith(("ed", "ing")) and w not in _ING_NOUNS and not text[s].isupper():
            break  # a verb; not a name such as "United States" or "Reading"
        if kept and w in lx.PHRASE_VERBS and kept[-1][0] in _NP_DETERMINERS:
            break  # "face a fine of £5,000": the verb before the object's article
        if kept and kept[-1][0] in _NP_DETERMINERS and w not in _NP_PREPOSITIONS and w not in _AUX:
            break  # "on sale the PSP is likely to cost": the phrase starts at its article
        if w in _AUX and w not in ("of", "a", "an") and i != head:
            break
        kept.append((w, s))
        i -= 1
    kept.reverse()
    while kept and (kept[0][0] in lx.DETERMINERS or kept[0][0] in lx.NP_STOP):
        kept.pop(0)
    while kept and kept[-1][0] in lx.NP_STOP:
        kept.pop()
    if not kept:
        return None, -1, -1
    start = kept[0][1]
    last_w, last_s = kept[-1]
    end = last_s + len(last_w.rstrip("."))
    return text[start:end], start, end


def _subject_before(text: str, pos: int) -> tuple[str | None, int, int]:
    """The subject of a change verb at `pos`: 'profits' in 'profits rose 5%'."""
    return _np_before(text, pos)


_LINK_BEFORE = frozenset("of at on was is were are be been reached hit totalled totaled cost costs "
                         "costing worth from stood remained topped exceeded surpassed".split())
_OPINION_VERBS = frozenset("think thinks believe believes say said want wants support oppose favor "
                           "favour approve disapprove agree disagree prefer expect feel back".split())
# Verbs that put a figure as a floor: "expenses topped $60,000", "sales to exceed 5 million".
_EXCEED_VERBS = frozenset("topped tops topping exceeded exceeds exceed surpassed surpasses surpass "
                          "surpassing outnumbered".split())


def _measure_before(text: str, start: int) -> tuple[str | None, int, int]:
    """What a figure measures when the phrase comes first: 'profits of around £180m',
    'Turnout ... was 61%', 'valuing the company at £5.6bn', 'puts Civic Union on 34%'."""
    back = _prev_words(text, start, 2, 30)
    if not back or back[-1][0] not in _LINK_BEFORE:
        return None, -1, -1
    if len(back) > 1 and back[-2][0] == "there":
        return None, -1, -1  # "there were five officers": no subject before an existential
    if len(back) > 1 and back[-1][0] == "of" and back[-2][0] in _EMPTY_NOUNS:
        return None, -1, -1  # "to the tune of $3.5bn": an idiom, nothing is named
    link_start = back[-1][1]
    if len(back) > 1 and (back[-2][0] in _LINK_VERBS or back[-2][0] in lx.PHRASE_VERBS):
        link_start = back[-2][1]  # "stood at 6.4%", "range from £19"
    return _np_before(text, link_start)


def _measure_after_of(text: str, pos: int) -> tuple[str | None, int, int]:
    m = _OF.match(text, pos)
    if m:
        return _phrase_after(text, m.end() - 1)
    return None, -1, -1


_RATE_SUBJECT = re.compile(r"inflation|growth|prices?\b|wages?\b", re.I)
_MOTION_VERBS = frozenset("went go goes gone going are is was were be been came come comes moved "
                          "move moves shot edged crept closed closes ended ends finished opened "
                          "traded trading".split())  # "the index closed down 1.6%"
_FILLER = frozenset("an a average total of annual estimated another further just only some about "
                    "around roughly nearly almost sharply steeply slightly significantly markedly "
                    "alone also".split())
_CHANGE_NOUNS_OF = frozenset("growth increase increases rise rises fall falls decline declines drop "
                             "drops cut cuts reduction reductions inflation jump surge gain gains "
                             "loss losses".split())
_MAKE_UP = frozenset("make makes made making sum sums add adds added took take takes end ends "
                     "ended set sets pick picked sign signed turn turned show showed shows back "
                     "line lined open opened keep kept speak spoke come came move moved put puts "
                     "putting racked racks chalked chalks piled piles".split())


def _verb_subject(text: str, start: int) -> tuple[str | None, int, int]:
    """The subject of a change verb a level hangs from: 'deaths rose to 61', 'fell from 44'."""
    back = _prev_words(text, start, 6, 70)
    i = len(back) - 1
    while i >= 0 and back[i][0] in _FILLER:
        i -= 1
    if i < 1 or back[i][0] not in ("to", "from", "by"):
        return None, -1, -1
    j = i - 1
    while j >= 0 and back[j][0] in _FILLER:
        j -= 1
    if j >= 0 and back[j][0] in _CHANGE_WORDS and back[j][0] not in ("up", "down"):
        return _np_before(text, back[j][1])
    return None, -1, -1


def _change_context(text: str, start: int) -> tuple[bool, tuple[str | None, int, int]]:
    """Is the figure at `start` the size of a change ('rose 5%', 'cut debt by 5%',
    'slowed to 2.8%', 'wage growth of 5%')? With what changed."""
    back = _prev_words(text, start, 12, 130)
    i = len(back) - 1
    while i >= 0 and back[i][0] in _FILLER:
        i -= 1
    if i < 0:
        return False, (None, -1, -1)
    w, s = back[i]
    if w in ("by", "to", "from"):
        j = i - 1
        while j >= 0 and back[j][0] in _FILLER:
            j -= 1
        if w == "from":
            if j >= 0 and back[j][0] in ("up", "down"):
                return True, _np_before(text, back[j][1])
            return False, (None, -1, -1)
        if j >= 0 and back[j][0] in _CHANGE_WORDS and back[j][0] not in ("up", "down"):
            subject = _np_before(text, back[j][1])
            if w == "to" and not (subject[0] and _RATE_SUBJECT.search(subject[0])):
                return False, (None, -1, -1)  # "has risen to 14%": the new level, a share
            return True, subject
        if w == "to":
            return False, (None, -1, -1)
        for k in range(j, max(-1, j - 7), -1):  # "cut its net debt by a fifth": the object
            vk, sk = back[k]
            if not vk[0].isalpha():
                break
            if vk in _CHANGE_WORDS:
                obj = _phrase_after(text, sk + len(vk), 5)
                if obj[0] and obj[2] <= s:
                    return True, obj
                return True, _np_before(text, sk)
        return False, (None, -1, -1)
    if w == "of" and i > 0 and back[i - 1][0] in _CHANGE_NOUNS_OF:
        return True, _np_before(text, s)
    if w in _CHANGE_WORDS:
        if w in ("up", "down") and i > 0 and back[i - 1][0] in _MAKE_UP:
            return False, (None, -1, -1)  # "make up 45% of": a share
        if w in ("up", "down") and i > 0 and back[i - 1][0] in _MOTION_VERBS:
            return True, _np_before(text, back[i - 1][1])  # "costs went up 70%"
        if w in ("rise", "increase", "fall", "drop", "decline", "cut", "cuts", "gain", "gains",
                 "lower", "boost", "hike", "surge", "jump", "dip", "spike", "slump"):
            if i > 0 and back[i - 1][0] in ("a", "the", "an", "its", "their"):
                return False, (None, -1, -1)  # "a rise 5%" is not how changes are written
        return True, _np_before(text, s)
    return False, (None, -1, -1)


def _is_year(value: float, digits: str | None) -> bool:
    return digits is not None and len(digits) == 4 and digits.isdigit() and digits.isdigit() and 1500 <= value <= 2100


# After the digits: grades and specifications read as names ("32-bit", ".45-caliber",
# "18k gold", "24-carat gold").
_SPEC_AFTER = re.compile(r"(?:[\s-]?(?:bit|caliber|calibre|carat|karat)\b|-figure\b"
                         r"|\s?(?:k|kt|ct)\s+(?:white\s+|rose\s+|yellow\s+|solid\s+)?gold\b)", re.I)
# After a bare number: a station name or a street block ("9 News", "the 400 block of").
_NAME_AFTER = re.compile(r"\s(?:News\b|block\s+of\b)")
# Words before "one day" that make it a duration ("for one day", "in one day").
_ONE_DAY_BEFORE = frozenset("for in within than after over only just about a per by of to just "
                            "lasted last lasts spent spend spends took take takes".split())
# "one day after the vote": a time between two events, kept as a duration.
_ONE_DAY_AFTER = re.compile(r"\s+(?:after|before|later|earlier|ago)\b", re.I)
# A version or model number after another: "Internet Explorer 8 and 9", "IE6 to 10".
_VERSION_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z]+\s+|\b[a-z]+[A-Z][A-Za-z]*\s+|\b[A-Za-z]{1,12})\d{1,2}(?:\.\d)?\s*(?:and|or|to|/|,)\s*$")
_NAMED_COMPOUND = re.compile(r"[\s-](?:state\s+solution|china\s+policy|child\s+policy|party\s+(?:state|system|rule))\b",
                             re.I)
_CAMEL = re.compile(r"[a-z]+[A-Z]")  # "iOS 8", "macOS 14", "eBay": a product name before a number
_BACK_ADVERBS = frozenset("together again jointly separately apart both alone".split())
_NOT_BACK_VERBS = frozenset("most least more less other others and or to by than per".split())


_LIST_FIGURE = re.compile(r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"dozen|hundred)\s+(?:[\w-]+\s+){0,2}?([a-z]{3,})", re.I)


def _one_in_list(text: str, start: int, end: int) -> bool:
    """'two counts of murder and one count of kidnapping': "one" counts when it follows
    another figure of the same thing in a list, not as a determiner."""
    if text[start - 5:start].lower() != " and ":
        return False
    nxt = _WORD.match(text, end)
    if nxt is None:
        return False
    noun = nxt.group(1).lower()
    lo = start - 80 if start > 80 else 0
    window = text[lo:start - 5]
    cut = max(window.rfind(". "), window.rfind("; "))
    for m in _LIST_FIGURE.finditer(window, cut + 1):
        if m.group(1).lower().startswith(noun):
            return True
    return False


def _points_back(text: str, end: int) -> bool:
    """After 'the two': a verb or nothing, so the number stands for people named before."""
    nxt = _WORD.match(text, end)
    if nxt is None:
        return text[end:end + 1] in ",.;:)" or text[end:end + 2] in (" —", " –")
    w = nxt.group(1).lower()
    if w in _NOT_BACK_VERBS:
        return False
    if w in _PAST_VERBS or w in lx.NP_STOP:
        return True
    if w.endswith("ed"):
        after = _WORD.match(text, nxt.end())
        # "the two asked Manson": a verb before a name; "the two injured men": an adjective
        return after is None or after.group(1).lower() in lx.NP_STOP or after.group(1).lower() in _BACK_ADVERBS \
            or (after.group(1)[0].isupper() and not _title_case(text, end))
    return False


# "£5m for roads", "$54 billion in services revenue" (not "in the", "in 2004", "in March").
_MONEY_ON = re.compile(r",?\s+(?:on|for|in(?=\s+(?!(?:the|a|an|its|their|his|her|fiscal|early|late|mid|"
                       r"last|next|this|that|each|every|after|before)\b)[a-z]))\s")


# After a conversion in brackets only "in" names the measure: "1.5m yuan ($180,000) in compensation"
# ("($9m) for the three months", "(£5m) on Sunday" say when).
_MONEY_IN_AFTER = re.compile(r"\)\s+in(?=\s+(?!(?:the|a|an|its|their|his|her|fiscal|early|late|mid|last|next|this|that|"
                             r"each|every|after|before|one|two|three|four|five|six|seven|eight|nine|ten)\b)[a-z])\s")
_MONEY_AT = re.compile(r",?\s+at(?=\s+[A-Z][a-z])\s")  # "$2,306 at Walt Disney World"
_LINE_AFTER = re.compile(r"\s+line\b", re.I)
_PERIOD_NOUNS = frozenset("day week month year quarter session".split())
_RATE_UNIT = re.compile(r"\s+(?:(?:is|was|were)\s+)?(?:worth|buying|buys|bought|fetching|fetched|fetches|"
                        r"equal\s+to|equals|equalled|traded\s+at|trading\s+at|at)\s+[$£€¥\d]", re.I)
_MONEY_TO = re.compile(r"\s+to(?=\s+[a-z])\s")
_GIVING_VERBS = frozenset("devote devotes devoted devoting allocate allocates allocated allocating "
                          "earmark earmarks earmarked give gives gave donate donates donated "
                          "contribute contributes contributed award awards awarded grant grants "
                          "granted".split())


_AGE_DETERMINERS = frozenset("the a an his her their its our my your this that".split())


def _age_names_someone(text: str, start: int, end: int) -> bool:
    """'a 79-year-old welder', 'the 43-year-old said', 'Forty-two year old Igor': an age
    used to say who someone is, like an age in apposition, not a claim about the age.
    'He is 12 years old.' stays a figure."""
    nxt = _WORD.match(text, end)
    if nxt and nxt.group(1).lower() not in lx.NP_STOP:
        # an attribute of the person after it; "a 2,000-year-old skull" is a claim about the thing
        return not _aged_thing(text, nxt)
    back = _prev_words(text, start, 1)
    if not back or back[-1][0].replace("’", "'") in _PRONOUN_IS:
        return False  # "he's 16 years old"
    return back[-1][0] in _AGE_DETERMINERS or back[-1][0].endswith(("'s", "’s", "'", "’"))


def _aged_thing(text: str, nxt: re.Match) -> bool:
    """The noun after 'N-year-old' (or after one adjective) names a thing, not a person."""
    for _ in range(2):
        w = nxt.group(1).lower()
        if w in _AGED_THINGS:
            return True
        if nxt.group(1)[0].isupper():
            return False
        nxt = _WORD.match(text, nxt.end())
        if nxt is None:
            return False
    return False


_AGED_THINGS = frozenset("""
skull skulls bone bones fossil fossils mummy tomb tombs ruins ban bans law laws rule rules
policy policies treaty tradition traditions custom temple temples church churches mosque
mosques cathedral shrine monument mosaic mosaics sculpture sculptures statue statues painting
paintings manuscript manuscripts letter letters book books photo photos photograph picture
image video clip clipping footage recording building buildings house houses home homes bridge
bridges tree trees forest wreck ship ships car cars plane aircraft bottle bottles wine whisky
cheese recipe company firm business brand record records mystery case cases dispute feud
rivalry agreement programme program system network plant reactor mine dam road railway
pipeline city town village fortress castle wall walls site object artefact artifact coin coins
""".split())


_PRONOUN_IS = frozenset("he's she's it's that's who's there's i'm you're we're they're".split())


# Cheap prefilter: where a figure could be (a digit, a currency sign, a number word).
# It runs on lowercased text so the trie needs no case folding (~30 MB/s); the scanner
# then only tries a few word starts around each anchor.
_ANCHOR_WORDS = ["decade", "century", "month", "hour", "fortnight", "week", "year", "day", "minute",
                 *lx.UNIT_WORDS, *lx.TENS_WORDS, *lx.SCALE_WORDS, "zero", *lx.FRACTION_DENOMINATORS,
                 *lx.ORDINAL_WORDS, *lx.VAGUE_PLURALS, *lx.MULTIPLIER_VERBS, *lx.MULTIPLIER_ADVERBS,
                 "halved", "halving"]
_ANCHOR = re.compile(rf"\d+|[$£€¥₹₦₩₽₱₪₺~#½¼¾]|fold\b|\b{_alt(_ANCHOR_WORDS)}\b")
_ANCHOR_ANYCASE = re.compile(_ANCHOR.pattern, re.IGNORECASE)
# The same anchors as two scans merged by position, 25% faster: symbols and digits written
# character-first (the engine jumps between them), and the words. Their matches never
# overlap (anchor words are letters only and none holds "fold"), so the merge equals the
# one-pattern scan.
_ANCHOR_SIGNS = re.compile(r"[\d$£€¥₹₦₩₽₱₪₺~#½¼¾f](?:(?<=\d)\d*|(?<=f)old\b|(?<=[$£€¥₹₦₩₽₱₪₺~#½¼¾]))")
_ANCHOR_WORD = re.compile(rf"\b{_alt(_ANCHOR_WORDS)}\b")
assert all(w.isalpha() and "fold" not in w for w in _ANCHOR_WORDS)
_START = re.Match.start
# First words of anything that can start a figure before its anchor ("more than 5",
# "between 10 and 15", "ranked third", "April 26", "US$2", "a third").
_STARTER_WORDS = {q.split()[0] for q in lx.QUALIFIERS if q[0].isalpha()} | {
    "between", "ranked", "ranks", "ranking", "placed", "finished", "came", "come", "comes",
    "number", "no", "a", "an", "c", "page", *lx.MONTHS,
    *(k.rstrip("$.") for k in lx.CURRENCY_PREFIXES if k[0].isalpha())}
_STARTER = re.compile(rf"\b{_alt(_STARTER_WORDS)}\b")
_TIME_ANCHORS = frozenset(["decade", "century", "month", "hour", "fortnight", "week", "year", "day", "minute"])


def _first_run(word: str) -> str:
    return re.match(r"[a-z]*", word).group()  # "c." -> "c", "u.s" -> "u"


# Most starter words open a figure only as a qualifier ("in excess of", "at least") or a
# currency ("US$", "S$"); where the scanner would fail there ("in 2004", "company's 5%"),
# a small gate says so first (a failed scanner match costs ~6 µs, the gate well under 1).
# A gate passes wherever any branch of the scanner could match: the qualifier or currency
# forms, an id ("G7") or an e-mail address. Words that open any other branch are not gated.
# (Checked: on every starter position of the shared corpus, a closed gate means the scanner
# fails there. A new scanner branch opened by a word must add that word to
# _OTHER_FIRST_WORDS, or to the qualifier or currency lexicons, which gates follow.)
_OTHER_FIRST_WORDS = frozenset(_first_run(w) for w in (
    *lx.ORDINAL_WORDS, *lx.UNIT_WORDS, *lx.TENS_WORDS, *lx.SCALE_WORDS, *lx.MULTIPLIER_VERBS,
    *lx.MONTHS, *"zero a an halved halving twice thrice half tens hundreds dozens scores "
                 "thousands millions billions trillions hundred thousand million billion "
                 "trillion dozen lakh crore number no ranked ranks ranking placed finished "
                 "came come comes page http https www".split()))
_QUALIFIER_FIRST = {_first_run(q) for q in lx.QUALIFIERS} | {"between"}
_CURRENCY_FIRST = {_first_run(k) for k in lx.CURRENCY_PREFIXES} | {"n", "p"}
_ID_OR_EMAIL = r"[\w.+-]+@[\w-]+\.\w|[A-Za-z][A-Za-z.]*+-?\d"
_QUALIFIER_GATE = re.compile(rf"{_QUALIFIER}|{_ID_OR_EMAIL}", re.IGNORECASE).match
_CURRENCY_GATE = re.compile(rf"(?:{_CUR_PREFIX})\s?\d|{_ID_OR_EMAIL}", re.IGNORECASE).match
_BOTH_GATE = re.compile(rf"{_QUALIFIER}|(?:{_CUR_PREFIX})\s?\d|{_ID_OR_EMAIL}", re.IGNORECASE).match
_STARTER_GATES = {
    word: (_BOTH_GATE if run in _QUALIFIER_FIRST and run in _CURRENCY_FIRST
           else _QUALIFIER_GATE if run in _QUALIFIER_FIRST else _CURRENCY_GATE)
    for word, run in ((word, _first_run(word)) for word in _STARTER_WORDS)
    if run and run not in _OTHER_FIRST_WORDS and (run in _QUALIFIER_FIRST or run in _CURRENCY_FIRST)
}

_LOOK_BACK = 34  # longest qualifier or rank verb that can start before the anchor
_LOOK_AHEAD = 100  # longest figure after its anchor (dates, spelled-out numbers, ranges)


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in `text`, in order; spans index `text`."""
    found: list[Quantity] = []
    consumed = 0
    n = len(text)
    lowered = text.lower()
    if len(lowered) == n:
        anchors = sorted([*_ANCHOR_SIGNS.finditer(lowered), *_ANCHOR_WORD.finditer(lowered)], key=_START)
    else:
        anchors = _ANCHOR_ANYCASE.finditer(text)
    # Bound methods and constants as locals: this loop runs once per anchor.
    scan, starters, rfind, time_anchors = _SCANNER.match, _STARTER.finditer, text.rfind, _TIME_ANCHORS
    gates = _STARTER_GATES
    for anchor in anchors:
        a_start, a_end = anchor.span()
        if a_start < consumed:
            continue
        if anchor[0] in time_anchors and lowered[a_start - 2:a_start] not in ("a ", "n "):
            continue  # "year", "day" only start a figure as "a year", "an hour"
        lo = a_start - _LOOK_BACK
        if lo <= 0:
            lo = 0
        else:  # back to a word start, but never scan far (keeps long unspaced runs linear)
            space = rfind(" ", lo - 40 if lo > 40 else 0, lo)
            lo = space + 1 if space >= 0 else lo
        if lo < consumed:
            lo = consumed
        hi = a_end + _LOOK_AHEAD
        if hi > n:
            hi = n
        starts = []
        gated_out = None
        if lo < a_start:
            for c in starters(lowered, lo, a_start):
                gate = gates.get(c[0])
                if gate is None or gate(text, c.start()) is not None:
                    starts.append(c.start())
                else:
                    gated_out = c.start() if gated_out is None else gated_out
        word_start = max(rfind(" ", lo, a_start), rfind("\n", lo, a_start)) + 1
        if word_start < lo:
            word_start = lo
        if word_start < a_start and word_start not in starts and word_start != gated_out:
            starts.append(word_start)
        starts.append(a_start)
        for cand in starts:
            m = scan(text, cand, hi)
            if m is None or m.end() <= a_start:
                continue
            branch = m.lastgroup
            if branch == "skip" or branch == "id":
                consumed = m.end()
                break
            q = _read(text, m)
            if q is None and (branch == "inx" or branch == "frac"):
                plain = _NUM_SCANNER.match(text, cand, hi)
                if plain is not None and plain.end() > a_start:
                    q = _read_number(text, plain, cand, _bound_of(plain.group("qual")), plain.group("qual"))
            if q is None:
                continue
            if type(q) is _Skip:
                consumed = max(consumed, q.end)
                break
            if q.end <= q.start or q.start < consumed:
                continue  # never emit an empty or overlapping span
            consumed = q.end
            found.append(q)
            break
    if len(found) > 1:
        found = _inherit_measures(text, found)
    return found


# Nouns after "N-year" that name a financial term or a benchmark, not a measured time.
_TERM_NOUNS = frozenset("average averages bond bonds government yield yields gilt gilts treasury "
                        "treasuries note notes mortgage mortgages fixed swap swaps term rolling "
                        "moving".split())


# Qualifiers that, before a year, usually mean "regarding"/"during" rather than a bound.
_PEOPLE = frozenset("people everyone everybody anyone anybody those adults men women children patients "
                    "drivers voters residents workers pensioners persons individuals".split())
_YEAR_SENSE_QUALIFIERS = frozenset("about around over under above below some".split())


class _Skip:
    """A span that looked like a figure and is not one: nothing inside it is read again."""

    __slots__ = ("end",)

    def __init__(self, end: int) -> None:
        self.end = end


@lru_cache(maxsize=1024)
def _bound_of(qual: str | None) -> str:
    if not qual:
        return "exact"
    key = " ".join(qual.lower().split())
    if key == "between":
        return "range"
    return lx.QUALIFIERS.get(key, "approx")


def _read(text: str, m: re.Match) -> Quantity | None:
    branch = m.lastgroup  # the alternative that matched: its group closes last
    if branch == "rank" or branch == "ranked":
        return _read_rank(text, m)
    if branch == "numbered":
        return _read_numbered(text, m)
    if branch == "rankin":
        return _read_rank_in(text, m)
    qual = m.group("qual")
    start = m.start()
    bound = _bound_of(qual)
    if branch == "num":
        return _read_number(text, m, start, bound, qual)
    if branch == "mult":
        return _read_multiplier(text, m, start, bound)
    if branch == "frac":
        return _read_fraction(text, m, start, bound)
    if branch == "inx":
        return _read_one_in(text, m, start, bound)
    if branch == "half":
        return _read_half(text, m, start, bound)
    if branch == "adur":
        return _read_a_duration(text, m, start, bound)
    if branch == "colon":  # "a ratio of 3:1"
        den = int(m.group("cden"))
        if not den:
            return None
        return Quantity(start, m.end(), "ratio", int(m.group("cnum")) / den, None, "x", bound,
                        *_measure_before(text, start))
    if branch == "slash":
        value = 100.0 * int(m.group("snum")) / int(m.group("sden"))
        measure = _measure_after_of(text, m.end())
        return Quantity(start, m.end(), "share", value, None, "%", bound, *measure)
    if branch == "vague":
        return _read_vague(text, m, start, bound)
    return None


def _read_number(text: str, m: re.Match, start: int, bound: str, qual: str | None) -> Quantity | None:
    digits, scale, words = m.group("digits"), m.group("scale"), m.group("words")
    cur_text = m.group("cur")
    end = m.end()
    if words is not None:
        if all(w in lx.SCALE_WORDS for w in words.lower().split()):  # "dozen", "hundred thousand"
            back = _prev_words(text, start, 2)
            few = [w for w, _ in back[-2:]]
            if few and few[-1] == "another" and not qual:  # "another dozen people": a dozen more
                nxt = _WORD.match(text, end)
                skip = nxt.end() if nxt and nxt.group(1).lower() in _COUNT_ADJECTIVES else end
                return Quantity(back[-1][1], end, "count", _word_value(words), None, None,
                                "exact", *_phrase_after(text, skip, plural=True))
            if few and few[-1] in ("several", "few") and not qual:
                vague_start = back[-2][1] if few[-1] == "few" and len(few) == 2 and few[0] == "a" else back[-1][1]
                measure = _phrase_after(text, end)
                first = measure[0].split()[0].lower() if measure[0] else ""
                if first in lx.CURRENCY_NAMES:  # "several hundred million pounds"
                    return Quantity(vague_start, measure[1] + len(first), "money", 3.0 * _word_value(words), None,
                                    lx.CURRENCY_NAMES[first], "approx", None)
                return Quantity(vague_start, end, "count", 3.0 * _word_value(words), None, None,
                                "approx", *measure)  # "several thousand visas": the smallest reading
            return None  # "its first million customers": no count without a number before
        words_start = m.start("words")
        if text[words_start].isupper() and not words.isupper() and not _sentence_initial(text, words_start if not qual else start) \
                and not _title_case(text, words_start):
            return None  # "Three Mile Island", "the Big Four"
    if digits is not None:
        if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
            return None  # phone prefixes, codes
        spec = _SPEC_AFTER.match(text, m.end("digits"))
        if spec:
            return _Skip(spec.end())  # "32-bit", ".45-caliber", "18k gold": a grade, not a figure
        if not scale and not cur_text and _NAME_AFTER.match(text, m.end("digits")):
            return _Skip(m.end("digits"))  # "the 9 News", "the 10000 block of Halls Ferry"
        if scale and scale.lower() == "b" and not cur_text:
            return None
        if cur_text and cur_text.lower() in ("n", "p") and not ("," in digits or scale):
            return None  # "N7", "P3" are labels; "N25,750" and "P90,078" are naira and pesos
    value = _read_number_value(digits, scale, words)
    and_half = _AND_HALF.match(text, end)
    if and_half and not scale:  # "three and a half years"
        value += 0.5
        end = and_half.end()
    if digits is not None and not scale and text[end:end + 1] == "-":
        hyphen_scale = _HYPHEN_SCALE.match(text, end)
        if hyphen_scale:  # "a $132-million ransom": the scale, not a range
            value *= lx.SCALE_WORDS[hyphen_scale.group(1).lower()]
            end = hyphen_scale.end()
    tail = _TAIL.match(text, end)
    unit: str | None = None
    kind = "count"
    value_max: float | None = None
    currency = lx.CURRENCY_PREFIXES.get(cur_text.lower().replace(" ", "")) if cur_text else None
    # Tail: unit, range, post-qualifier.
    pct = tail.group("pct") or tail.group("pct2") or tail.group("rpct")
    pp = tail.group("pp") or tail.group("pp2") or (tail.group("pct2") and tail.group("pts"))
    if tail.group("range"):
        sep = tail.group("rsep").lower()
        rvalue = _read_number_value(tail.group("rdigits"), tail.group("rscale"), tail.group("rwords"))
        ok = True
        if sep == "and" and bound != "range":
            ok = False
        if tail.group("rpct") and (currency or scale) and not tail.group("unit1"):
            ok = False  # "£50bn - 14% higher": two figures, not a range
        if sep == "to" and (bound != "exact" or _preceded_by_from_or_change(text, start)):
            ok = False
        if ok and scale and not tail.group("rscale") and tail.group("rdigits"):
            rvalue *= lx.SCALE_SUFFIXES[scale.lower()]
        elif ok and tail.group("rscale") and not scale and digits and rvalue > value:
            value *= lx.SCALE_SUFFIXES[tail.group("rscale").lower()]
        if ok and _is_year(value, digits) and _is_year(rvalue, tail.group("rdigits")):
            return None
        if ok and digits and tail.group("rdigits") and not (pct or pp or currency) \
                and "." not in digits + tail.group("rdigits") \
                and (sep in "-–—" and (value <= 200 and rvalue <= 200
                                       or value <= 1000 and rvalue <= 1000
                                       and _VOTE_BEFORE.search(text, max(0, start - 30), start))
                     or sep == "to" and rvalue < value and value <= 1000 and not tail.group("rscale")) \
                and _score_context(text, start, tail.end("range")):  # "won 3-1", "won, 134 to 63"
            return Quantity(start, tail.end("range"), "count", value, rvalue, "score", "exact", None)
        if ok and sep in "-–—" and rvalue < value and not (tail.group("rscale") or tail.group("rcur")
                                                            or scale or currency or pct or pp):
            return _Skip(tail.end("range"))  # "a 22-4 run": neither a range nor a final score
        if ok:
            value_max = rvalue
            bound = "range"
            if tail.group("rcur") and not currency:
                currency = lx.CURRENCY_PREFIXES.get(tail.group("rcur").lower().replace(" ", ""))
            end = tail.end("range")
        else:  # not a range: read only the units right after the number
            tail = _TAIL_NO_RANGE.match(text, end)
            pct = tail.group("pct") or tail.group("pct2")
            pp = tail.group("pp") or tail.group("pp2") or (tail.group("pct2") and tail.group("pts"))
    elif tail.group("unit1"):
        end = tail.end("unit1")
    if bound == "range" and value_max is None:
        bound = "approx" if qual and qual.strip().lower() != "between" else "exact"
    if tail.group("unit") and (tail.group("range") is None or value_max is not None):
        end = tail.end("unit")
    elif tail.group("unit1") and value_max is None:
        end = tail.end("unit1")
    if tail.group("post") and (tail.group("unit") or value_max is not None or tail.end("unit1") == -1 or True):
        post_end = tail.end("post")
        if tail.group("post").strip() == "Plus" and not _title_case(text, start):
            return _Skip(post_end)  # "the iPhone 6 Plus": a model name
        ormore = (tail.group("ormore") or "").lower()
        if tail.group("post").strip().lower() == "plus" or ormore in ("more", "over", "above", "higher"):
            if bound == "exact":
                bound = "at_least"
            end = post_end
        elif ormore in ("less", "fewer", "under"):
            if bound == "exact":
                bound = "at_most"
            end = post_end
        elif ormore == "so":
            bound = "approx"
            end = post_end
    if tail.group("plus") and bound == "exact":
        bound = "at_least"
    # Plain numbers with no unit: filter labels, years, determiners.
    bare = not (pct or pp or currency or tail.group("curname") or tail.group("dur") or tail.group("fold")
                or tail.group("times") or scale or tail.group("glued") or tail.group("phys")
                or tail.group("speed") or tail.group("bp"))
    if bare and value_max is None and text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha():
        back = _prev_words(text, start, 1)
        if back and (back[-1][0] in lx.UNIT_WORDS or back[-1][0] in lx.TENS_WORDS or back[-1][0][-1:].isdigit()):
            return None  # "nine three-pointers": the second number is part of a word
    if tail.group("dur") and value_max is None:
        if words is not None and value == 0 and tail.group("dur").lower() == "day":
            return _Skip(tail.end("dur"))  # "a zero-day flaw": a kind of exploit, not a duration
        if words is not None and value == 1 and not qual and tail.group("dur").lower() == "day" \
                and text[m.end():m.end() + 1] != "-":
            back = _prev_words(text, start, 1)
            if (not back or back[-1][0] not in _ONE_DAY_BEFORE) and not _ONE_DAY_AFTER.match(text, tail.end("dur")):
                return None  # "it may save your life one day": some day, not a duration
        if tail.group("old"):  # "he is 12 years old": an age
            if bound == "exact" and _age_names_someone(text, start, tail.end("old")):
                return _Skip(tail.end("old"))  # "a 79-year-old welder", "the 43-year-old said"
            return Quantity(start, tail.end("old"), "duration", value, None,
                            lx.DURATION_UNITS[tail.group("dur").lower()], bound, "age", None, None)
        if text[m.end():m.end() + 1] == "-" and not tail.group("dur").lower().endswith("s"):
            nxt = _WORD.match(text, tail.end("dur"))
            if nxt and nxt.group(1).lower() in _TERM_NOUNS and not (
                    nxt.group(1).lower() == "term" and not _FINANCE_TERM.match(text, nxt.end())):
                # "10-year bonds", "a ten-year average", "a five-year term loan": a term, not a
                # claim; but "his eight-year term" in office is a length of time
                return _Skip(tail.end("dur"))
        if qual and " ".join(qual.lower().split()) in ("over", "during", "within", "in"):
            start, bound = m.start("digits") if digits is not None else m.start("words"), "exact"
        elif qual and qual.split()[0].lower() == "some" and value != 1 \
                and not tail.group("dur").lower().endswith("s") and _WORD.match(text, tail.end("dur")) \
                and _WORD.match(text, tail.end("dur")).group(1).lower() not in lx.NP_STOP:
            # "some eight week fight": "some" is the determiner of a compound, not "about"
            start, bound = m.start("digits") if digits is not None else m.start("words"), "exact"
    if bare:
        if words is not None and words.lower() == "one" and (bound == "exact" or (
                qual and qual.split()[0].lower() in ("over", "under", "above", "below"))) \
                and not (bound == "exact" and _one_in_list(text, start, end)):
            return None  # "one of the world's..." is a determiner, not a figure
        back = _prev_words(text, start, 2)
        prev = back[-1][0] if back else ""
        if value <= 20 and bound == "exact" and value_max is None and (prev in ("the", "these", "those") or prev == "all" and not _OF.match(text, end)) \
                and (digits is None or digits.isdigit()) and _points_back(text, end):
            return None  # "the two have said", "the two played together", "won all three": named before
        if words is not None and value == 0 and _WORD.match(text, end) \
                and _WORD.match(text, end).group(1).lower() in ("tolerance", "hour", "sum"):
            return None  # "zero tolerance", "zero hour", "a zero-sum game": idioms
        if words is not None and value <= 3 and _NAMED_COMPOUND.match(text, end):
            return _Skip(end)  # "a two-state solution", "the one-child policy": a name
        if digits is not None and bound == "exact" and value_max is None and value < 100 \
                and _VERSION_BEFORE.search(text, max(0, start - 40), start):
            return None  # "Internet Explorer 8 and 9", "IE6 to 10": versions, not figures
        if digits is not None and bound in ("exact", "range") and (
                prev in lx.STRONG_LABELS or prev.rstrip(".") in lx.STRONG_LABELS):
            return None  # "iPhone 15", "Section 3", "No. 10-277" (a docket number)
        if digits is not None and bound == "exact" and value_max is None:
            nxt = _WORD.match(text, end)
            loose = not nxt or nxt.group(1).lower() in lx.NP_STOP \
                or (nxt.group(1)[0].isupper() and not _title_case(text, start))
            if (prev.rstrip(".") in _LABELS or prev in _LABELS) and loose:
                return None  # "page 5", "Act 10"
            if back and back[-1][0][0].isalpha() and (text[back[-1][1]].isupper()
                                                       or _CAMEL.match(text, back[-1][1])) \
                    and (not _sentence_initial(text, back[-1][1])
                         or (len(prev) > 1 and text[back[-1][1]:back[-1][1] + len(prev)].isupper()
                             and nxt is not None and nxt.group(1)[0].isupper())) \
                    and prev not in lx.NP_STOP \
                    and not prev.endswith(("'s", "’s")) \
                    and (loose or not _title_case(text, start)):
                return None  # "Apollo 11", "Boeing 757"
        if _is_year(value, digits) and value_max is None:
            nxt_word = _WORD.match(text, end)
            if qual and " ".join(qual.lower().split()) in _YEAR_SENSE_QUALIFIERS \
                    and not (nxt_word and nxt_word.group(1) in lx.YEARLIKE_COUNT_NOUNS):
                return None  # "optimistic about 2005", "over 2019": the year, not a bound
            if bound == "exact" or prev in _YEAR_PREP:
                nxt = _WORD.match(text, end)
                if bound != "exact" and not (prev in _YEAR_PREP):
                    pass
                elif not nxt or nxt.group(1) not in lx.YEARLIKE_COUNT_NOUNS:
                    return None  # "in 2019", "the 2019 election"; but "for 2000 people" counts
        if digits is not None and _follows_month(back):
            return None
    if bare and value <= 120:
        back = _prev_words(text, start, 3)
        words_back = [w for w, _ in back]
        over = qual and " ".join(qual.lower().split()) in ("over", "under", "above", "below")
        older = _OR_OLDER.match(text, end) if value_max is None and bound == "exact" else None
        if older:  # "anyone who is 19 or older", "children 5 or younger": an age with a bound
            return Quantity(start, older.end(), "duration", value, None, "year",
                            "at_least" if older.group(1).lower() == "older" else "at_most", "age", None, None)
        if (words_back and words_back[-1] in ("aged", "age", "ages")) or words_back[-2:] == ["age", "of"] \
                or words_back[-2:] == ["ages", "of"] or (words_back and words_back[-1] == "and"
                                                         and _AGES_AND.search(text, max(0, start - 40), start)) \
                or (over and digits is not None and words_back and words_back[-1] in _PEOPLE
                    and value_max is None) \
                or (len(words_back) >= 2 and words_back[-2] in ("he", "she", "i", "they", "we")
                    and words_back[-1] in ("was", "is", "turned", "turns", "were", "are")
                    and text[end:end + 1] in ".,;!?" and value_max is None):
            # "those aged 18 to 39", "the age of 14", "when she was 14.": ages
            return Quantity(start, end, "duration", value, value_max, "year", bound, "age", None, None)
    # "John Smith, 54, said": an age in apposition.
    if bare and digits is not None and bound == "exact" and value_max is None and value <= 120 \
            and text[start - 2:start] == ", " and text[end:end + 1] in ",." and start >= 3 \
            and text[start - 3].isalpha():
        back = _prev_words(text, start, 2)
        if len(back) > 1 and back[-2][0][0].isalpha() and back[-2][0] not in lx.NP_STOP:
            # "Mr. Reinholt, 52, a former mayor": an age in apposition
            return Quantity(start, end, "duration", value, None, "year", "exact", "age", None, None)
    if bare and value_max is not None and digits is not None and value_max <= 100:
        nxt = _WORD.match(text, end)
        if nxt and nxt.group(1)[0].isupper() and not _title_case(text, start):
            return _Skip(end)  # "the 9-11 Commission": a name
    if scale == "m" and not currency and not tail.group("curname") and not pct:
        nxt = _WORD.match(text, end)
        counted = nxt and nxt.group(1).lower() not in lx.NP_STOP and not nxt.group(1)[0].isupper()
        back = _prev_words(text, start, 1)
        metric_context = back and back[-1][0] in _METRE_BEFORE
        if (not counted and metric_context) or _digit_value(digits) in _ATHLETICS:
            # "the 800m", "a leap of 16.87m": metres, not millions
            return Quantity(start, end, "count", _digit_value(digits), value_max, "metre", bound, None)
    # Kind and unit.
    measure: tuple[str | None, int, int] = (None, -1, -1)
    if pp:
        kind, unit = "change", "pp"
        _, measure = _change_context(text, start)
    elif pct:
        if value in (1, 99) and bound == "exact" and value_max is None and _THE_ELITE.search(
                text, max(0, start - 8), start) and _ELITE_AFTER.match(text, end):
            return _Skip(end)  # "the 1 percent", "the 99 percent": the richest, everyone else
        unit = "%"
        is_change, change_measure = _change_context(text, start)
        after = _CHANGE_AFTER.match(text, end)
        if is_change:
            kind, measure = "change", change_measure
            of_measure = _measure_after_of(text, end)
            if of_measure[0]:
                measure = of_measure  # "lost 40% of its capacity": the capacity changed
        elif after:
            kind = "change"
            measure = _phrase_after(text, after.end() - 1) if after.group().rstrip().endswith(("in", "of", "on")) else None
            if measure is None or measure[0] and measure[0].lower() in _PERIOD_NOUNS:  # "0.5% stronger on the day"
                measure = _subject_before(text, start)
        else:
            kind = "share"
            measure = _measure_after_of(text, end)
            if measure[0] is None:
                measure = _measure_before(text, start)
            if measure[0] is None:
                measure = _verb_subject(text, start)  # "rates were cut to 0.5%": the new level
            if measure[0] is None:
                nxt = _WORD.match(text, end)
                if not (nxt and nxt.group(1).lower() in _OPINION_VERBS and _WORD.match(text, nxt.end())
                        and _WORD.match(text, nxt.end()).group(1).lower() not in _NP_PREPOSITIONS):
                    # "64 percent think it ...": a verb, not what is measured ("10 percent support among")
                    measure = _phrase_after(text, end, 3)
    elif currency or tail.group("curname"):
        kind = "money"
        if not currency:
            name = " ".join(tail.group("curname").lower().split())
            if name.startswith("pound") and (_OF.match(text, tail.end("curname")) or _weight_context(text, start)):
                kind, unit, currency = "count", "pound", None  # "110 pounds" of body weight or goods
                measure = _measure_after_of(text, end)
            elif value == 1 and words is not None and _RATE_UNIT.match(text, end):
                return None  # "one euro worth $1.32", "one pound buying $1.91": the unit of a rate
            else:
                currency = lx.CURRENCY_NAMES.get(name) or name.upper()
                if name in ("cents", "pence"):
                    value /= 100
                    value_max = value_max / 100 if value_max else None
        if kind == "money":
            unit = currency
            measure = _measure_after_of(text, end)
            pence = (tail.group("curname") or "").lower() == "pence"
            if measure[0] is None and not (pence and text[start - 4:start].lower() in (" at ", " to ")):
                measure = _measure_before(text, start)  # (not "up 4 pence at 274.5 pence": a share price)
            if measure[0] is None and not pence:
                on = (_MONEY_ON.match(text, end, end + 12) or _MONEY_AT.match(text, end, end + 12)
                      or _MONEY_IN_AFTER.match(text, end, end + 12))
                if on is None and _MONEY_TO.match(text, end, end + 6):
                    before = text[start - 14 if start > 14 else 0:start].split()
                    if before and before[-1].lower() in _GIVING_VERBS:
                        on = _MONEY_TO.match(text, end, end + 6)  # "devote $1.3bn to border security"
                if on:
                    measure = _phrase_after(text, on.end() - 1, 5)
                elif not _A_RATE.match(text, end):  # "$1,179 a month": a rate, not a measure
                    measure = _phrase_after(text, end, 5)
            if measure[0] is None and not pence:
                is_change, change_measure = _change_context(text, start)
                if is_change:  # "spending had risen by only €14 million"
                    measure = change_measure
                else:  # "the deficit is projected to rise to $427bn": the new level
                    measure = _verb_subject(text, start)
    elif tail.group("fold"):
        kind, unit = "change", "x"
        _, measure = _change_context(text, start)
    elif tail.group("times"):
        follow = _AS_MANY.match(text, end)
        if follow is None:
            kind, unit = "count", None
            measure = (tail.group("times"), tail.start("times"), tail.end("times"))
        else:
            kind, unit = "ratio", "x"
            measure = _ratio_measure(text, follow)
    elif tail.group("bp"):
        kind, unit, value = "change", "pp", value / 100
        _, measure = _change_context(text, start)
    elif tail.group("speed"):
        kind, unit = "ratio", lx.SPEED_UNITS[" ".join(tail.group("speed").lower().split())]
    elif tail.group("phys") or (tail.group("glued") and tail.group("glued").lower() in lx.PHYSICAL_UNITS):
        name = " ".join((tail.group("phys") or tail.group("glued")).lower().split())
        unit = lx.PHYSICAL_UNITS[name]
        is_change, change_measure = _change_context(text, start)
        ahead = re.match(r"\s+(?:ahead|behind|clear|lead)\b", text[end:end + 8])
        rate = _A_RATE.match(text, end)
        if unit == "point" and words is not None and value == 1 and not qual \
                and [w for w, _ in _prev_words(text, start, 1)] == ["at"]:
            return None  # "at one point he said": a moment, not a figure
        if unit == "point" and (is_change or ahead):
            kind, unit = "change", "pp"
            measure = change_measure if is_change else _measure_after_of(text, end + ahead.end())
        elif rate:  # "29.4 points a game"
            kind, unit = "ratio", "per " + rate.group(1).lower()
            measure = (tail.group("phys") or tail.group("glued")).strip(), tail.start("unit"), tail.end("unit")
            measure = (measure[0], end - len(measure[0]), end)
            end = rate.end()
        elif is_change and unit.startswith("degree"):
            kind, measure = "change", change_measure  # "warmed 2.1 degrees Celsius"
        elif unit == "point" and digits is not None and "." not in digits:
            unit = None  # "27 points" in a game: the points are what is counted
            measure = (tail.group("phys").strip(), tail.start("phys"), tail.end("phys"))
        else:
            measure = _measure_after_of(text, end)
            if measure[0] is None and text[end - len(name) - 1:end - len(name)] == "-":
                if unit == "yard" and _LINE_AFTER.match(text, end):
                    return _Skip(end)  # "the 20-yard line": a place on the field, not a distance
                measure = _phrase_after(text, end, 3)  # "a 41-yard touchdown catch", "a 10-mile walk"
    elif tail.group("glued") and tail.group("glued").lower() == "p" and digits is not None:
        every = re.match(r"\s+(?:of|in)\s+every\s+(?:pound|£1)\b", text[end:end + 22], re.I)
        if every:  # "72p of every pound": a share
            return Quantity(start, end + every.end(), "share", value, None, "%", bound, *_measure_before(text, start))
        kind, unit, value = "money", "GBP", value / 100  # "50p": pence
    elif tail.group("dur"):
        kind, unit = "duration", lx.DURATION_UNITS[tail.group("dur").lower()]
        if tail.group("dur").lower().startswith("fortnight"):  # two weeks each
            value, value_max = value * 2, (value_max * 2 if value_max is not None else None)
        if _is_year(value, digits) and value_max is None and not tail.group("dur").lower().endswith("s"):
            return None  # "for the 2005 year"
    else:
        measure = _phrase_after(text, end, plural=value > 1)
        if measure[0] is None and not tail.group("glued"):
            nxt = _WORD.match(text, end)
            if nxt and nxt.group(1).lower() in _COUNT_ADJECTIVES:  # "three other candidates"
                measure = _phrase_after(text, nxt.end(), plural=value > 1)
            elif _OF.match(text, end):  # "two of the pirate vessels"
                measure = _measure_after_of(text, end)
            elif text[end:end + 1] == "-":
                compound = _COMPOUND_NOUN.match(text, end)
                head = compound.group(1).lower() if compound else ""
                if head == "figure" or head in lx.ORDINAL_WORDS:
                    return _Skip(compound.end())  # "a six-figure fortune", "twenty-first": not a count
                if head in _COMPOUND_HEADS:  # "a 40-strong troupe", "80-odd resorts", "200-plus banks"
                    bound = {"odd": "approx", "plus": "at_least"}.get(head, bound)
                    measure = _phrase_after(text, compound.end(), 4, plural=True)
                    end = compound.end() if head != "strong" else end
                elif head in lx.CURRENCY_NAMES and head not in ("pound", "pounds"):
                    # "a 4bn-euro hole", "a billion-dollar dent": an amount of money
                    return Quantity(start, compound.end(), "money", value, value_max, lx.CURRENCY_NAMES[head],
                                    bound, *_phrase_after(text, compound.end(), 4))
                elif compound and head not in lx.NP_STOP:
                    # "a 38-word oath", "a 200-student school": the noun in the compound and its head
                    rest = _phrase_after(text, compound.end(), 1)
                    stop = rest[2] if rest[0] and text[compound.end():rest[1]].isspace() \
                        and rest[0].islower() else compound.end()
                    measure = (text[end + 1:stop], end + 1, stop)
        if tail.group("glued") and tail.group("glued").lower() == "x":
            follow = _AS_MANY.match(text, end)
            kind, unit = "ratio", "x"
            measure = _ratio_measure(text, follow) if follow else (None, -1, -1)
        elif tail.group("glued"):
            measure = (tail.group("glued"), tail.start("glued"), tail.end("glued"))
        if measure[0] is None and kind == "count" and not _A_RATE.match(text, end):
            measure = _measure_before(text, start)  # "Attendance at the arena was 19,212"
            if measure[0] is None:
                measure = _verb_subject(text, start)  # "Cyclist deaths rose to 61"
    # Rates: "15 deaths per 100,000 people".
    if kind in ("count", "share", "money") and unit != "%":
        probe = measure[2] if measure[0] and measure[2] > end else end
        per = _PER.match(text, probe)
        if per:
            denom_value = _read_number_value(per.group("num"), per.group("scale"), None) if per.group("num") and per.group("num")[0].isdigit() else (_word_value(per.group("num")) if per.group("num") else 1.0)
            noun = _phrase_after(text, per.end(), 3)
            if (noun[0] or per.group("num")) and kind != "money":
                first = noun[0].split()[0].lower() if noun[0] else ""
                if per.group("num"):
                    denom = f"{denom_value:.0f}" if denom_value == int(denom_value) else f"{denom_value:g}"
                    noun_unit = lx.PHYSICAL_UNITS.get(first, "")  # "per million kilometres"
                else:
                    denom, noun_unit = "", lx.DURATION_UNITS.get(first, first)
                kind, unit = "ratio", " ".join(p for p in ("per", denom, noun_unit) if p)
                # The rate is one figure: "15 deaths per 100,000 people", "40 patients per day".
                end = noun[1] + len(noun[0].split()[0]) if noun[0] else per.end()
                return Quantity(start, end, kind, value, value_max, unit, bound, *measure)
    if kind == "count" and value == 0 and measure[0] is None and digits is None:
        return None  # "start from zero": no figure without something counted
    if kind == "count" and unit is None:
        rate = _A_RATE.match(text, measure[2] if measure[0] and measure[2] > end else end)
        if rate:  # "29.4 points a game"
            kind, unit, end = "ratio", "per " + rate.group(1).lower(), rate.end()
    if bound == "exact" and qual is None:
        before = text[start - 20 if start > 20 else 0:start].split()
        if before and before[-1].lower() in _EXCEED_VERBS:
            # "expenses topped $60,000": more than the figure; "must not exceed 5%": at most
            bound = "at_most" if len(before) > 1 and before[-2].lower() in ("not", "never", "cannot") \
                or len(before) > 1 and before[-2].lower().endswith(("n't", "n’t")) else "more_than"
    return Quantity(start, end, kind, value, value_max, unit, bound, *measure)


@lru_cache(maxsize=8192)  # pure: one cache look-up instead of three calls per figure
def _read_number_value(digits, scale, words) -> float:
    return _number_value(digits, scale, words)


def _follows_month(back: list[tuple[str, int]]) -> bool:
    return bool(back) and back[-1][0].rstrip(".,") in _MONTHS and back[-1][0] != "may"


def _preceded_by_from_or_change(text: str, start: int) -> bool:
    back = _prev_words(text, start, 3)
    if len(back) >= 2 and back[-1][0] == "from" and back[-2][0].startswith(("rang", "vary", "varie")):
        return False  # "ranging from 19 to 29" is a range
    return any(w in ("from", "between") or w in _CHANGE_WORDS for w, _ in back[-2:])


_VOTE_BEFORE = re.compile(r"\b(?:passed|voted?|votes|approved|confirmed|rejected|defeated|vote\s+of)\b[^.;]{0,12}$", re.I)
_NEXT_SET = re.compile(r"\s+\d{1,2}-\d{1,2}\b")
_SET_BEFORE = re.compile(r"\d{1,3}\s?[-–]\s?\d{1,3}(?:\s\(\d+-\d+\))?\s$")


def _score_context(text: str, start: int, end: int) -> bool:
    """'won 3-1', 'a 5-4 decision', 'Ireland 19-13 England', tennis sets '6-4 6-4'."""
    back = _prev_words(text, start, 6)
    if back and back[-1][0] == ",":
        back = back[:-1]  # "Ms. Lee won, 134 to 63"
    nxt = _WORD.match(text, end)
    if back and back[-1][0] in _RECORD_PREV and (nxt is None or nxt.group(1).lower() in lx.NP_STOP):
        return True  # a season record: "they went 5-11 in his first season", "finished 2-4"
    if len(back) > 1 and back[-1][0] == "(" and text[end:end + 1] == ")" and text[back[-2][1]].isupper() \
            and text[back[-1][1] - 2:back[-1][1]].strip()[-1:].isalpha():  # (not a tie-break "7-6 (8-6)")
        return True  # "the Hawks (11-4) clinched": a team's record after its name
    for w, _ in reversed(back):  # "defeated Australian Samantha Stosur 6-2"
        if w in _SCORE_PREV:
            return True
        if not w[0].isalpha() or (w in lx.NP_STOP and w not in ("by", "at")):
            break
    if nxt and nxt.group(1).lower() in _SCORE_NEXT:
        return True
    if nxt and nxt.group(1).lower() in ("up", "down", "ahead", "behind") or _NEXT_SET.match(text, end):
        return True  # "Spain go 2-0 up", tennis sets "6-2 6-3"
    if back and nxt and text[back[-1][1]].isupper() and nxt.group(1)[0].isupper() \
            and not _title_case(text, start):
        return True  # between two team names
    return bool(_SET_BEFORE.search(text, max(0, start - 16), start))


_WEIGHT_WORDS = frozenset("weigh weighs weighed weighing weight lost losing lose loses gained gaining gain "
                          "gains heavy heavier lighter and".split())


def _weight_context(text: str, start: int) -> bool:
    """'losing more than 110 pounds', 'weighs 215 pounds': body weight, not sterling."""
    return any(w in _WEIGHT_WORDS for w, _ in _prev_words(text, start, 2)) and \
        bool(re.search(r"\b(?:weigh|lost|losing|gained|gaining|lose|gain|foot|feet|tall|heavy)", text[max(0, start - 60):start], re.I))


def _read_fraction(text: str, m: re.Match, start: int, bound: str) -> Quantity | None:
    num_text = m.group("fnum").lower()
    hyphen = m.group("fsep") == "-"
    of = _OF.match(text, m.end())
    frac_start = m.start("frac")
    if num_text in ("a", "an") and text[max(0, frac_start - 4):frac_start].lower() == "and ":
        return None  # "an hour and a half": part of the figure before
    is_change, change_measure = _change_context(text, start)
    if not hyphen and not of and not is_change:
        the = re.match(r"\s+the\b", text[m.end():m.end() + 5], re.I)
        if not the:
            return None
    if num_text in ("a", "an"):
        numerator = 1.0
    elif num_text.isdigit():
        numerator = float(num_text)
    else:
        numerator = float(lx.UNIT_WORDS[num_text])
    denominator = lx.FRACTION_DENOMINATORS[m.group("fden").lower()]
    value = 100.0 * numerator / denominator
    measure = _phrase_after(text, of.end() - 1) if of else _phrase_after(text, m.end())
    if not of and hyphen:
        # "a two-thirds majority": the phrase after is what is divided.
        measure = _phrase_after(text, m.end(), 4)
    if is_change:  # "cut its net debt by a fifth", "lost about a fifth of its value"
        return Quantity(start, m.end(), "change", value, None, "%", bound,
                        *(measure if of and measure[0] else change_measure))
    return Quantity(start, m.end(), "share", value, None, "%", bound, *measure)


def _read_one_in(text: str, m: re.Match, start: int, bound: str) -> Quantity | None:
    num_text = m.group("inxnum")
    den_text = m.group("inxden")
    numerator = float(num_text) if num_text[0].isdigit() else _word_value(num_text)
    denominator = float(den_text.replace(",", "")) if den_text[0].isdigit() else _word_value(den_text)
    if not denominator or numerator >= denominator or (den_text.isdigit() and _is_year(denominator, den_text)):
        return None
    if m.group("inxnoun") and re.match(r"\s+[A-Za-z]", text[m.end():m.end() + 2]) \
            and not re.match(r"\s+(?:of|will|would|are|were|have|had|is|was)\b", text[m.end():m.end() + 7]):
        return None  # "10 times in 14 months": not "one summer in three"
    value = 100.0 * numerator / denominator
    measure = _phrase_after(text, m.end())
    if m.group("inxnoun"):  # "one summer in three": the noun names what is divided
        measure = (m.group("inxnoun"), m.start("inxnoun"), m.end("inxnoun"))
    return Quantity(start, m.end(), "share", value, None, "%", bound, *measure)


_HALF_OF_TIME = frozenset("first second latter former back front opening closing".split())


def _read_half(text: str, m: re.Match, start: int, bound: str) -> Quantity | None:
    end = m.end()
    back = _prev_words(text, m.start("half"), 1)
    if back and back[-1][0] in _HALF_OF_TIME:
        return _Skip(end)  # "the second half of this year", "the first half": a period, not a share
    if text[max(0, m.start("half") - 6):m.start("half")].lower() == "and a ":
        return None  # "an hour and a half": part of the figure before
    if m.group("hscale"):
        value = 0.5 * lx.SCALE_WORDS[m.group("hscale").lower()]
        return Quantity(start, end, "count", value, None, None, bound, *_phrase_after(text, end))
    of = _OF.match(text, end)
    if of:
        is_change, _ = _change_context(text, start)
        return Quantity(start, end, "change" if is_change else "share", 50.0, None, "%", bound,
                        *_phrase_after(text, of.end() - 1))
    after = text[end:end + 6].lower()
    if after.startswith((" the ", " its ", " their ", " his ", " her ", " our ")):
        is_change, _ = _change_context(text, start)
        return Quantity(start, end, "change" if is_change else "share", 50.0, None, "%", bound,
                        *_phrase_after(text, end))
    if bound != "exact":  # "more than half planned to": the share of a group named before
        return Quantity(start, end, "share", 50.0, None, "%", bound, None)
    back = _prev_words(text, start, 2)
    if back and back[-1][0] in ("by", "in"):
        is_change, measure = _change_context(text, back[-1][1] + len(back[-1][0]) if back[-1][0] == "in" else start)
        return Quantity(start, end, "change", 50.0, None, "%", bound, *measure)
    return None


_VAGUE_BEFORE = frozenset(
    "the in by cost costs costing spent spend spending worth raised paid pay lost earned earn "
    "earning making makes made owe owes save saves saved saving into".split())


_AFTER_FIGURE = re.compile(r"(?:[\d%]|\d[a-z]{1,2}|\b(?:hundred|thousand|million|billion|trillion|bn|m|k|points?|"
                           r"hours?|days?|times|once|twice|per|euros?|dollars?|pounds?|yuan|yen))\W*$", re.I)


def _read_a_duration(text: str, m: re.Match, start: int, bound: str) -> Quantity | None:
    """'a decade ago', 'in under an hour': one unit of time. Not the rate in '£5 a week'."""
    unit = m.group("adunit").lower()
    ago = text[m.end():m.end() + 4].lower() == " ago"
    if not ago and _AFTER_FIGURE.search(text, max(0, m.start("adur") - 12), m.start("adur")):
        return None  # "€5.3 billion a year", "twice a day": a rate, not a duration
    if or_more := _OR_N.match(text, m.end()):  # "a month or two": one to two months
        return Quantity(start, or_more.end(), "duration", 1.0, float(lx.UNIT_WORDS[or_more.group(1).lower()]),
                        lx.DURATION_UNITS[unit], "range", None)
    after = text[m.end():m.end() + 8].lower()
    if unit in ("year", "day", "week", "minute") and not after.startswith(" ago"):
        return None  # "a year earlier", "a day of talks": too idiomatic to be a claim
    return Quantity(start, m.end(), "duration", 2.0 if unit == "fortnight" else 1.0, None,
                    lx.DURATION_UNITS[unit], bound, None)


_OR_N = re.compile(r"\s+or\s+(two|three|four|five)\b(?![\s-]+(?:hundred|thousand|million|billion))", re.I)


def _read_vague(text: str, m: re.Match, start: int, bound: str) -> Quantity | None:
    words = m.group("vague").lower().split()
    follow = text[m.end():m.end() + 6].lower()
    if not follow.startswith((" of ", " more", " upon")):
        back = _prev_words(text, m.start(), 1)
        if not back or back[-1][0] not in _VAGUE_BEFORE:
            return None
    value = lx.VAGUE_PLURALS[words[0]]
    if len(words) == 3:
        value = lx.VAGUE_PLURALS[words[0]] * lx.VAGUE_PLURALS[words[2]] / 2
    end = m.end()
    of = _OF.match(text, end)
    after = _phrase_after(text, of.end() - 1) if of else (None, -1, -1)
    first = after[0].split()[0].lower() if after[0] else ""
    if first in lx.CURRENCY_NAMES:  # "billions of dollars"
        end = after[1] + len(first)
        on = _MONEY_ON.match(text, end, end + 12)  # "millions of dollars in ransoms"
        measure = _phrase_after(text, on.end() - 1, 5) if on else (None, None, None)
        return Quantity(start, end, "money", value, None, lx.CURRENCY_NAMES[first], "approx", *measure)
    return Quantity(start, end, "count", value, None, None, "approx", *after)


def _read_rank(text: str, m: re.Match) -> Quantity | None:
    if m.group("rank") is not None:
        ordinal = m.group("rord")
        value = float(lx.ORDINAL_WORDS[ordinal.lower()]) if ordinal else float(m.group("rdig"))
        sup_start = m.start("rsup")
        measure = _phrase_after(text, sup_start - 1, 4) if text[sup_start - 1] in " -" else (None, -1, -1)
        if measure[0] is None or not measure[0].lower().startswith(m.group("rsup").lower().split()[0]):
            # _phrase_after strips stop words like "most": rebuild from the superlative.
            rest = _phrase_after(text, m.end(), 3)
            end = rest[2] if rest[0] else m.end()
            measure = (text[sup_start:end], sup_start, end)
        if value < 2 and ordinal and ordinal.lower() == "first":
            return None
        return Quantity(m.start(), m.start("rsup") - 1 if text[m.start("rsup") - 1] in " -" else m.start("rsup"),
                        "rank", value, None, None, "exact", *measure)
    ordinal = m.group("rkord")
    value = float(lx.ORDINAL_WORDS[ordinal.lower()]) if ordinal else float(m.group("rkdig"))
    measure = _phrase_after(text, m.end(), 4)
    return Quantity(m.start(), m.end(), "rank", value, None, None, "exact", *measure)


_RANK_BEFORE = frozenset("ranks ranked rank ranking hit hits reached reach reaches at is was to "
                         "are were became become becomes the its their our his her".split())


_NOT_RANK_BEFORE = frozenset("the a an his her its their our my your every each this that for "
                             "one per".split())
_NOT_RANK_IN = frozenset("the a an half quarter term round week month year day place command "
                         "line person time".split())


def _read_rank_in(text: str, m: re.Match) -> Quantity | None:
    """'third in the league', 'sit second in the Eastern Conference', 'up from 19th in 2019'."""
    ordinal = m.group("riord")
    value = float(lx.ORDINAL_WORDS[ordinal.lower()]) if ordinal else float(m.group("ridig"))
    back = _prev_words(text, m.start(), 1)
    if (back and back[-1][0] in _NOT_RANK_BEFORE) or value < 2 and ordinal:
        return None
    after = re.match(r"\s+in\s+(?:the\s+)?([A-Za-z]\w*|\d{4})", text[m.end():m.end() + 40])
    if not after:
        return None
    head = after.group(1).lower()
    if head in _NOT_RANK_IN or head in _MONTHS:
        return None
    if head.isdigit() and not (back and back[-1][0] in ("from", "to", "at", "up", "down")):
        return None  # "fifth in 2019" needs a movement: "up from 19th in 2019"
    measure = (None, -1, -1) if head.isdigit() else _phrase_after(text, m.end() + after.start(1) - 1, 4)
    return Quantity(m.start(), m.end(), "rank", value, None, None, "exact", *measure)


def _ratio_measure(text: str, follow: re.Match) -> tuple[str | None, int, int]:
    """'twice as many cars' -> 'cars'; 'three times more likely' has no counted noun."""
    measure = _phrase_after(text, follow.end(), 4)
    if measure[0] and measure[0].split()[0].lower() in _NOT_NOUNS:
        return None, -1, -1
    return measure


_NOT_NOUNS = frozenset("likely unlikely often expensive high low large big fast long great "
                       "quickly slowly far close heavy".split())


def _read_numbered(text: str, m: re.Match) -> Quantity | None:
    """'ranks No. 2 in growth', 'the number one killer' are ranks; 'No. 10', 'Issue #46' labels."""
    raw = m.group("nbnum").lower()
    if raw.isalpha() and not m.group().lower().startswith("number"):
        return None  # "no one else"
    value = float(lx.UNIT_WORDS[raw]) if raw in lx.UNIT_WORDS else float(raw)
    back = _prev_words(text, m.start(), 1)
    prev = back[-1][0] if back else ""
    strong = prev in ("ranks", "ranked", "rank", "ranking", "hit", "hits", "reached", "reach", "reaches",
                      "world")  # "world number three"
    if not (strong or prev in _RANK_BEFORE or prev.endswith(("'s", "’s"))):
        return None
    nxt = _WORD.match(text, m.end())
    if not strong and (value == 10 or (nxt and nxt.group(1)[0].isupper())):
        return None  # "No 10" is Downing Street
    if m.group().startswith("#") and not strong:
        return None
    measure = _phrase_after(text, m.end(), 4)
    if measure[0] is None:
        prep = re.match(r"\s+(?:in|for|on|among)\b", text[m.end():m.end() + 8], re.I)
        if prep:
            measure = _phrase_after(text, m.end() + prep.end(), 4)
    return Quantity(m.start(), m.end(), "rank", value, None, None, "exact", *measure)


def _read_multiplier(text: str, m: re.Match, start: int, bound: str) -> Quantity | None:
    word = m.group("mult").lower()
    end = m.end()
    if word in ("twice", "thrice") and not re.match(r"\s+the\s", text[end:end + 5], re.I):
        follow = _AS_MANY.match(text, end)
        if follow is None:
            return None  # "visited twice": a frequency, not a comparison
        measure = _ratio_measure(text, follow)
        return Quantity(start, end, "ratio", float(lx.MULTIPLIER_ADVERBS[word]), None, "x", bound, *measure)
    if word.endswith("fold"):
        stem = word[:-4].rstrip("-")
        value = float(stem) if stem.isdigit() else _word_value(stem)
        if not value:
            return None
        _, measure = _change_context(text, start)
        after = _CHANGE_AFTER.match(text, end)
        if measure[0] is None and after and after.group().rstrip().endswith(("in", "of", "on")):
            measure = _phrase_after(text, after.end() - 1)
        return Quantity(start, end, "change", value, None, "x", bound, *measure)
    if word in ("halved", "halving"):
        return Quantity(start, end, "change", 50.0, None, "%", bound, *_subject_before(text, start))
    if word in ("double", "triple", "treble", "quadruple", "quintuple", "twice") and \
            re.match(r"\s+the\s", text[end:end + 5], re.I):  # "roughly double the audience"
        return Quantity(start, end, "ratio", float(lx.MULTIPLIER_VERBS.get(word, 2)), None, "x", bound,
                        *_phrase_after(text, end, 4))
    if word in ("double", "triple", "treble", "quadruple", "quintuple"):
        back = _prev_words(text, start, 1)
        if not back or back[-1][0] not in ("to", "will", "would", "could", "may", "might", "can", "should", "must", "did", "nearly", "almost", "more", "than"):
            return None
    value = float(lx.MULTIPLIER_VERBS[word])
    obj = re.match(r"\s+(?:its|their|our|his|her|the|your|my)\s", text[end:end + 8], re.I)
    if obj and text[end:end + 1] != "-":  # "doubled our online sales": the object doubled
        return Quantity(start, end, "change", value, None, "x", bound, *_phrase_after(text, end, 4))
    if text[end:end + 5].lower() == " down":
        return None  # "doubled down on his claim"
    if text[end:end + 1] == "-":
        return None  # "double-decker", "triple-A"
    return Quantity(start, end, "change", value, None, "x", bound, *_subject_before(m.string, m.start("mult")))


_TO_BEFORE = re.compile(r",?\s+(?:to|at)\s+$", re.I)
# Between two figures of one measure: "from 2% to 3.5%", "61 from 44", "down from 3.4%".
_FINANCE_TERM = re.compile(r"\s+(?:deposits?|loans?|notes?|bonds?|debt|facility|facilities|premiums?|funding)\b", re.I)
_COMPOUND_HEADS = frozenset("strong odd plus".split())
_COMPOUND_NOUN = re.compile(r"-([a-z]{3,})\b(?!-)")
_AND_VERB_GAP = re.compile(r",?\s+and\s+(?:also\s+)?[a-z]+(?:ed|ing)\s+(?:another\s+)?", re.I)
_PASSIVE_AND_GAP = re.compile(r"\s+(?:were|was|are|have\s+been|had\s+been)\s+[a-z]+(?:ed|en)\b[^,.;:]{0,30}?\s+and\s+", re.I)
_PARTICIPLE_AFTER = re.compile(r"\s+[a-z]+(?:ed|en)\b")
_SAME_MEASURE_GAP = re.compile(r"^(?:,?\s+(?:up|down)?\s*from|,?\s+to|\s+and)\s+$", re.I)
# The same amount in another currency: "NOK 2 billion, about $190 million", "£5m ($9.3m)".
_CONVERSION_GAP = re.compile(r"^\s*(?:,|\(|,\s*or)\s*(?:about|roughly|around|some|nearly|almost|or)?\s*$", re.I)


def _inherit_measures(text: str, found: list[Quantity]) -> list[Quantity]:
    """'sales increased by 12% to $3bn': the $3bn measures what the change measured."""
    out = [found[0]]
    for q in found[1:]:
        prev = out[-1]
        gap = text[prev.end:q.start]
        if len(gap) < 16 and q.measure is None and prev.measure and q.kind == prev.kind \
                and prev.kind != "duration" and _SAME_MEASURE_GAP.match(gap):
            q = Quantity(q.start, q.end, q.kind, q.value, q.value_max, q.unit, q.bound,
                         prev.measure, prev.measure_start, prev.measure_end)
        if len(gap) < 16 and prev.kind == q.kind == "money" and prev.unit != q.unit \
                and _CONVERSION_GAP.match(gap):
            if q.measure is None and prev.measure:
                q = Quantity(q.start, q.end, q.kind, q.value, q.value_max, q.unit, q.bound,
                             prev.measure, prev.measure_start, prev.measure_end)
            elif prev.measure is None and q.measure:
                out[-1] = prev = Quantity(prev.start, prev.end, prev.kind, prev.value, prev.value_max,
                                          prev.unit, prev.bound, q.measure, q.measure_start, q.measure_end)
        if q.measure is None and prev.measure and q.kind == prev.kind == "count" and q.unit is None \
                and prev.measure_start is not None and len(gap) < 60 \
                and text[prev.end:prev.measure_start].isspace() \
                and _AND_VERB_GAP.fullmatch(text, prev.measure_end, q.start):
            # "killed 3 people and injured 23": the second count counts the same thing
            q = Quantity(q.start, q.end, q.kind, q.value, q.value_max, q.unit, q.bound,
                         prev.measure, prev.measure_start, prev.measure_end)
        elif q.measure is None and prev.measure and q.kind == prev.kind == "count" and q.unit is None \
                and prev.measure_end is not None and len(gap) < 60 \
                and _PASSIVE_AND_GAP.fullmatch(text, prev.measure_end, q.start) and _PARTICIPLE_AFTER.match(text, q.end):
            # "6 people were killed and 14 injured": the same people, in the passive
            q = Quantity(q.start, q.end, q.kind, q.value, q.value_max, q.unit, q.bound,
                         prev.measure, prev.measure_start, prev.measure_end)
        linked = prev.kind == "change" and q.start - prev.end < 8 and _TO_BEFORE.match(text[prev.end:q.start])
        if linked and q.measure is None and prev.measure:
            q = Quantity(q.start, q.end, q.kind, q.value, q.value_max, q.unit, q.bound,
                         prev.measure, prev.measure_start, prev.measure_end)
        if linked and q.kind == "share" and prev.unit == "pp" and prev.measure \
                and _RATE_SUBJECT.search(prev.measure):  # "core inflation fell 0.3 points to 3.1%"
            q = Quantity(q.start, q.end, "change", q.value, q.value_max, q.unit, q.bound,
                         q.measure, q.measure_start, q.measure_end)
        out.append(q)
    return out
