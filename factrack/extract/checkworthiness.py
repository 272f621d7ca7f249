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

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\d+(?:[.,]\d+)*|[$%£€?!]")
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



_COMPARE = frozenset(
    "more less fewer higher lower increase increased increases decrease decreased up down rose "
    "risen fell fallen dropped drop doubled tripled grew grown since times percent lowest "
    "highest than compared".split()
)
_SECOND = frozenset("you your you're you've yourself".split())
_THIRD = frozenset("he she his her him they their them".split())
_NEGATION = frozenset("not no never n't don't didn't doesn't won't can't isn't wasn't nothing".split())
_TIME = frozenset("since ago year years last decade decades percent history million billion".split())


# Each word's feature memberships as a bit mask, so one dict lookup per word finds them all.
_FLAG_NAMES = ("money", "number_word", "superlative", "first_person", "we", "second_person",
               "third_person", "modal", "hedge", "negation", "compare", "time", "opinion", "past")
_FLAG_SETS = (_MONEY, _NUMBER_WORDS, _SUPERLATIVES, _FIRST_PERSON, _WE, _SECOND, _THIRD, _MODALS,
              _HEDGES, _NEGATION, _COMPARE, _TIME, _OPINION, _PAST_IRREGULAR)
_WORD_FLAGS: dict[str, int] = {}
for _bit, _words in enumerate(_FLAG_SETS):
    for _word in _words:
        _WORD_FLAGS[_word] = _WORD_FLAGS.get(_word, 0) | (1 << _bit)
_PAST_BIT = 1 << _FLAG_NAMES.index("past")
_NUMBER_BIT = 1 << _FLAG_NAMES.index("number_word")
_SUPERLATIVE_BIT = 1 << _FLAG_NAMES.index("superlative")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# Capitalised words after the first: a cheap stand-in for named entities.
_CAPS_STOP = "I The A An And But So Well It We He She They You This That Mr Mrs Ms".split()
# Same matches as (?<=[\s"“(])(?!(?:I|The|...)\b)[A-Z], written capital-first so the regex
# engine jumps from capital to capital instead of trying every position.
_CAPS = re.compile(r"[A-Z](?<=[\s\"“(][A-Z])(?!" + "|".join(
    f"(?<={w[0]}){w[1:]}\\b" for w in _CAPS_STOP) + ")")


def _analyse(sentence: str) -> tuple[dict[str, float], set[str], float]:
    """Hand features of a sentence, its set of lower-cased words and their summed weights."""
    text = sentence.replace("’", "'")
    tokens = _TOKEN.findall(text.lower())
    words = set(tokens)
    info = _WORD_INFO
    flags = 0
    past = 0
    word_score = 0.0
    for word in words:
        entry = info.get(word)
        if entry is not None:
            bits, weight = entry
            word_score += weight
            if bits:
                flags |= bits
                if bits & _PAST_BIT:
                    past += 1
                    continue
        if len(word) > 4:
            if word.endswith("ed"):
                past += 1
            elif word.endswith("est") and len(word) > 5 and word not in _NOT_EST:
                flags |= _SUPERLATIVE_BIT
    names = _FLAG_FEATURES.get(flags)
    if names is None:
        names = _FLAG_FEATURES[flags] = tuple(
            name for bit, name in enumerate(_FLAG_NAMES) if flags & (1 << bit))
    features: dict[str, float] = dict.fromkeys(names, 1.0)
    if past:
        features["past"] = min(past, 3) / 1.5
    digits = len(_DIGITS.findall(text)) if _HAS_DIGIT(text) else 0
    if digits:
        features["has_number"] = 1.0
    numbers = digits + (len(words & _NUMBER_WORDS) if flags & _NUMBER_BIT else 0)
    if numbers:
        features["num_count"] = min(numbers, 3) / 3.0
    if "$" in text or "£" in text or "€" in text:
        features["money"] = 1.0
    if "%" in text or "percent" in words:
        features["percent"] = 1.0
    named = len(_CAPS.findall(text))
    if named:
        features["named"] = min(named, 4) / 2.0
    if "?" in text:
        features["question"] = 1.0
    n = len(tokens)
    features["log_len"] = _LOG_LEN[n] if n < len(_LOG_LEN) else math.log1p(n) / 3.0
    features[_length_bucket(n)] = 1.0
    return features, words, word_score


_FLAG_FEATURES: dict[int, tuple[str, ...]] = {}
_LOG_LEN = tuple(math.log1p(n) / 3.0 for n in range(200))
_HAS_DIGIT = re.compile(r"\d").search


def _length_bucket(n: int) -> str:
    if n < 6:
        return "len<6"
    if n < 12:
        return "len<12"
    if n < 20:
        return "len<20"
    if n < 30:
        return "len<30"
    return "len>=30"


def sentence_features(sentence: str) -> dict[str, float]:
    """Named lexical features of one sentence plus "w:<word>" unigram indicators (for fitting)."""
    features, words, _ = _analyse(sentence)
    for word in words:
        features["w:" + word] = 1.0
    return features


def sentence_logit(sentence: str) -> float:
    """Raw model score of a sentence (monotone in `sentence_checkworthiness`)."""
    features, _, score = _analyse(sentence)
    score += BIAS
    weights = FEATURE_WEIGHTS
    for name, value in features.items():
        score += weights.get(name, 0.0) * value
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
_CLAUSE_DOWN_WORDS = frozenset(
    "will would could might may should hope hopes want wants expect expects maybe perhaps "
    "probably possibly likely unlikely seem seems if".split()
)
_CLAUSE_DOWN_PHRASES = ("going to", "plan to", "plans to", "i think", "i believe", "i feel",
                        "we believe", "?")
_WORD = re.compile(r"[a-z]+")
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
    lower = clause.lower()
    if (not _CLAUSE_DOWN_WORDS.isdisjoint(_WORD.findall(lower))
            or "going to" in lower or "plan to" in lower or "plans to" in lower or "?" in lower
            or "i think" in lower or "i believe" in lower or "i feel" in lower
            or "we believe" in lower):  # _CLAUSE_DOWN_PHRASES, unrolled
        score -= 1.2
    return _sigmoid(score)


# ---- weight table (fit on CLEF-2019 training; regenerate with the benchmark's --fit) ----
BIAS = -2.3718
FEATURE_WEIGHTS: dict[str, float] = {
    'compare': 0.5064, 'first_person': -0.3213, 'has_number': 0.4183, 'hedge': 0.0047, 'len<12':
    0.0996, 'len<20': 0.0859, 'len<30': 0.0293, 'len<6': -0.3335, 'len>=30': 0.0948, 'log_len':
    0.3930, 'modal': -0.1571, 'money': 0.5102, 'named': 0.0016, 'negation': 0.1601, 'num_count':
    0.2792, 'number_word': 0.3164, 'opinion': -0.4633, 'past': 0.4886, 'percent': 0.1602,
    'question': -0.3386, 'second_person': 0.0087, 'superlative': 0.2270, 'third_person': 0.1895,
    'time': 0.3799, 'we': -0.2115,
}
# Word unigrams (lower-cased) with |weight| >= 0.02; the rest weigh nothing.
WORD_WEIGHTS: dict[str, float] = {
    '$': 0.0732, '%': 0.0742, '1': 0.0956, '1,000': -0.0208, '10': 0.0781, '10,000': 0.0671,
    '100': -0.0443, '11': -0.0877, '12': 0.0868, '14': 0.0549, '15': -0.0358, '15,000': 0.0277,
    '150': -0.0238, '17': 0.0542, '18': 0.0290, '19': -0.0324, '1990': -0.0288, '1995': -0.0217,
    '2.5': -0.0230, '20': -0.0487, '200': -0.0406, '2008': 0.0306, '2009': -0.0317, '2011':
    0.0446, '2014': -0.0243, '21': -0.0442, '25': -0.0767, '250': -0.0427, '27': -0.0397, '3.5':
    0.0304, '30': -0.0973, '300': 0.0361, '306': 0.0536, '33,000': 0.1803, '35': -0.0581, '38':
    0.0244, '4,000': 0.0711, '40': -0.0478, '400': 0.0240, '45': -0.0317, '50': 0.0343, '550':
    0.0389, '56': 0.0951, '58': -0.0347, '6': 0.1558, '60': 0.0680, '65': -0.0224, '7': -0.0360,
    '800': 0.0848, '9': -0.0363, '90': 0.0516, '95': 0.0285, '?': -0.3386, 'a': 0.0565,
    'ability': 0.0202, 'able': 0.0510, 'abortion': 0.0344, 'abortions': 0.0539, 'about':
    -0.1092, 'above': 0.0232, 'abroad': -0.0206, 'absolute': 0.0214, 'absolutely': 0.0698,
    'access': -0.0335, 'accord': 0.1150, 'according': 0.1307, 'account': -0.0209, 'accuse':
    0.0615, 'accused': 0.0228, 'acknowledge': 0.0324, 'act': -0.0243, 'actually': -0.1754, 'ad':
    0.0435, 'add': 0.0496, 'addition': 0.0434, 'additional': 0.1079, 'administration': -0.0431,
    "administration's": 0.0338, 'advantage': -0.0555, 'advertising': 0.0288, 'advocated':
    0.0501, 'affected': 0.0474, 'afford': 0.0348, 'afghanistan': -0.0275, 'african': 0.0707,
    'after': -0.0887, 'again': -0.1379, 'against': 0.2760, 'agents': -0.0220, 'ago': -0.1894,
    'agree': -0.0680, 'agreement': 0.2373, 'agreements': 0.0491, 'ahead': 0.0645, 'air': 0.0951,
    'aleppo': -0.0555, 'all': 0.0688, 'allegations': -0.0288, 'alliance': -0.0215, 'allies':
    -0.0411, 'allow': 0.0219, 'almost': 0.0684, 'along': -0.0263, 'already': 0.0837, 'also':
    0.0318, 'am': -0.0507, 'amazing': -0.0221, 'ambassador': 0.0489, 'amendment': 0.0986,
    'america': -0.1790, "america's": -0.0352, 'american': 0.0363, 'americans': 0.0630,
    'amnesty': 0.0285, 'amount': 0.0206, 'amounts': 0.0291, 'an': 0.0444, 'analyzed': 0.0216,
    'and': -0.1841, 'angeles': 0.0479, 'announced': 0.1477, 'another': 0.1087, 'answer':
    -0.0488, 'anti': -0.0271, 'any': 0.1525, 'anymore': -0.0368, 'anything': 0.0805,
    'apartment': 0.0284, 'apologized': -0.0282, 'applause': -0.2262, 'apple': -0.0372,
    'applied': 0.0344, 'appropriate': -0.0256, 'approval': 0.0567, 'approve': -0.0267,
    'approved': 0.0535, 'arabia': 0.1396, 'are': 0.1508, 'area': -0.0372, "aren't": -0.0320,
    'arizona': 0.1399, 'around': -0.0321, 'as': 0.0244, 'asia': 0.0482, 'asian': 0.0502, 'ask':
    -0.1054, 'asked': -0.0550, 'asking': -0.0515, 'assad': -0.0513, 'assaulted': 0.0482,
    'assistance': 0.0234, 'at': 0.1387, 'attack': -0.0495, 'attacks': -0.0266, 'attention':
    -0.0280, 'audience': -0.0357, 'audit': 0.0610, 'auto': 0.0581, 'avoid': -0.0241, 'aware':
    0.0451, 'away': -0.0835, 'back': -0.1164, 'background': -0.0216, 'bad': -0.0262, 'badly':
    0.0870, 'balance': -0.0215, 'balanced': 0.0271, 'baltimore': 0.0419, 'ban': -0.0316,
    'banking': 0.0649, 'bankruptcy': 0.0472, 'banks': -0.0494, 'barack': -0.0276, 'barely':
    0.0393, 'barrier': 0.0715, 'based': 0.0444, 'basically': 0.0452, 'basis': 0.0230, 'be':
    -0.2541, 'beach': 0.0359, 'beat': 0.0949, 'beating': -0.0223, 'beautiful': -0.0332,
    'because': 0.1857, 'become': -0.0561, 'becomes': 0.0327, 'been': 0.0270, 'began': -0.0223,
    'beginning': -0.0342, 'behind': -0.0460, 'believed': -0.0275, 'believes': 0.0679,
    'benefits': -0.0258, 'bernardino': 0.0379, 'bernie': -0.0402, 'best': -0.0881, 'between':
    -0.0848, 'beyond': -0.0277, 'bias': 0.0648, 'biden': 0.0461, 'big': -0.1619, 'bigger':
    -0.0231, 'biggest': -0.0862, 'bill': 0.0861, 'billion': 0.0580, 'billions': -0.0247, 'bin':
    -0.0268, 'bipartisan': -0.0225, 'birth': 0.0956, 'bit': -0.0310, 'blumenthal': 0.1186,
    'board': 0.0367, 'bombs': 0.0209, 'border': 0.1091, 'borders': 0.2852, 'born': -0.0324,
    'both': -0.0641, 'boy': -0.0378, 'break': 0.0304, 'breaks': -0.0239, 'bring': -0.1656,
    'bringing': 0.0468, 'broken': -0.0313, 'brothers': -0.0214, 'brought': -0.0782, 'brutally':
    0.0277, 'budget': -0.1088, 'budgets': 0.0492, 'buffett': 0.0382, 'build': 0.1116,
    'building': -0.0527, 'burdens': 0.0557, 'business': 0.1653, 'businesses': 0.0306, 'but':
    -0.1146, 'buy': 0.1076, 'by': 0.1417, 'c': 0.0329, 'cafta': 0.0287, 'call': 0.0495,
    'called': -0.0362, 'calling': -0.0373, 'calls': 0.0460, 'came': -0.0932, 'campaign': 0.0749,
    'can': -0.0485, "can't": 0.0749, 'canada': 0.0918, 'candidates': -0.0461, 'cannot': 0.1167,
    'cap': -0.0303, 'capital': 0.0488, 'cares': 0.0516, 'carter': -0.0208, 'case': -0.0431,
    'cases': 0.0348, 'cash': 0.0278, 'catastrophe': 0.0550, 'catastrophic': -0.0264, 'caught':
    0.1116, 'cause': -0.0218, 'caused': -0.0231, 'causes': 0.0276, 'cease': 0.0444, 'center':
    -0.0290, 'central': 0.0379, 'cents': 0.1162, 'century': 0.0251, 'certainly': -0.0476,
    'chance': -0.0582, 'change': 0.0577, 'changed': -0.0408, 'charge': -0.0471, 'charges':
    0.0458, 'charitable': 0.0282, 'check': 0.0482, 'chief': -0.0246, 'childhood': 0.0436,
    'children': -0.1489, 'china': 0.0679, 'chinese': 0.0274, 'choose': 0.0604, 'chris': 0.0715,
    'chuck': 0.0303, 'circuit': 0.0301, 'cities': -0.0776, 'citizens': -0.0793, 'city': 0.0392,
    'claim': 0.1000, 'claims': 0.0235, 'clean': 0.0556, 'clearly': -0.0343, 'climate': 0.1274,
    'clinton': 0.1021, "clinton's": 0.0412, 'clock': 0.0622, 'close': -0.0366, 'cnn': 0.0857,
    'coal': 0.0814, 'code': -0.0393, 'collapsing': 0.0585, 'college': 0.0623, 'combat': -0.0231,
    'combined': 0.0427, 'come': 0.0906, 'comes': -0.0606, 'coming': 0.0643, 'commander':
    -0.0218, 'commission': -0.0223, 'commit': -0.0226, 'commitment': 0.0483, 'commitments':
    0.0298, 'committed': -0.0298, 'committee': -0.0549, 'common': 0.0347, 'community': -0.0902,
    'companies': -0.1405, 'company': -0.0206, 'compassionate': 0.0853, 'compete': 0.0485,
    'competing': 0.0261, 'competition': 0.0430, 'competitive': -0.0336, 'complained': 0.0882,
    'completely': 0.0361, 'compliance': 0.0334, 'comprehensive': -0.0242, 'con': -0.0218,
    'concluded': 0.1149, 'conditions': 0.0354, 'conflict': -0.0221, 'congress': -0.0687,
    'connected': 0.0733, 'conscience': 0.0547, 'consequence': 0.0230, 'conservative': -0.0258,
    'constitution': -0.0417, 'consumer': 0.0314, 'continued': 0.0387, 'contributions': -0.0483,
    'control': 0.0489, 'convicted': 0.0390, 'corporations': -0.0544, 'correct': -0.0251,
    'costing': 0.0265, 'could': -0.0358, "couldn't": -0.0374, 'council': 0.0348, 'countless':
    0.0310, 'countries': -0.0798, 'couple': -0.0352, 'course': -0.0357, 'court': -0.0910,
    'courts': 0.0203, 'covered': 0.0336, 'create': -0.0482, 'created': 0.1165, 'creating':
    0.0406, 'credit': -0.0353, 'crime': 0.0388, 'crimea': -0.0243, 'crimes': 0.0304, 'criminal':
    -0.0289, 'crisis': 0.0813, 'cross': 0.0229, 'crosstalk': -0.0738, 'crumbling': 0.0246,
    'crushing': 0.0334, 'cruz': -0.0339, 'current': 0.1188, 'currently': -0.0267, 'customs':
    0.0226, 'cut': 0.0517, 'cuts': -0.0200, 'cutting': -0.0297, 'd': -0.0227, 'dad': -0.0276,
    'dairy': 0.0390, 'dangerous': 0.0203, 'days': -0.0713, 'deal': 0.1131, 'dealing': -0.0341,
    'deals': 0.0831, 'death': 0.1105, 'debate': -0.0646, 'debates': 0.0907, 'debt': -0.0498,
    'debunked': 0.1024, 'decades': 0.0654, 'decision': -0.0242, 'decisions': -0.0291, 'deep':
    0.0549, 'deeply': 0.0393, 'defend': -0.0250, 'defending': -0.0338, 'deficit': 0.0411,
    'defund': 0.0330, 'delay': 0.0535, 'delegates': -0.0216, 'delete': 0.0375, 'deliver':
    -0.0224, 'democracy': 0.0515, 'democrats': 0.1964, 'department': -0.0435, 'deportation':
    -0.0324, 'deported': 0.0886, 'depreciation': 0.0597, 'depression': -0.0301, 'deserve':
    0.0361, 'despite': 0.0407, 'destroy': 0.0252, 'destroyed': 0.1312, 'determined': -0.0234,
    'development': 0.0440, 'did': -0.0464, "didn't": 0.2052, 'die': 0.0427, 'difference':
    -0.0539, 'different': 0.0790, 'difficult': -0.0443, 'directed': 0.0531, 'direction': 0.0326,
    'director': 0.0430, 'disabled': -0.0213, 'disagreed': 0.0368, 'disaster': 0.1981,
    'disasters': 0.0231, 'disastrous': -0.0316, 'discuss': 0.0346, 'discussed': 0.0611,
    'discussion': -0.0266, 'district': 0.0393, 'divided': -0.0263, 'division': 0.1177, 'do':
    -0.1103, 'doctor': 0.0683, 'does': 0.0538, 'doing': -0.0784, 'dollars': 0.0743, "don't":
    0.0883, 'done': -0.1382, 'double': 0.0236, 'doubled': 0.0452, 'doubt': -0.0285, 'down':
    -0.0257, 'dozens': 0.0803, 'dream': 0.0487, 'dreams': -0.0263, 'drop': 0.0345, 'dropped':
    0.0988, 'drug': -0.0385, 'drugs': 0.0284, 'during': 0.0452, 'duty': -0.0203, 'e': 0.0476,
    'each': -0.0697, 'earlier': -0.0282, 'earned': -0.0275, 'east': 0.0498, 'easy': -0.0318,
    'economic': 0.0326, 'economists': -0.0215, 'education': 0.0450, 'effective': 0.1116,
    'effectively': 0.0369, 'efforts': 0.0851, 'egypt': 0.0515, 'eight': 0.0795, 'either':
    0.0659, 'elected': -0.0648, 'election': 0.0344, 'electoral': 0.1017, 'eliminating': 0.0324,
    'else': -0.0328, 'emissions': 0.0247, 'employer': 0.0535, 'employers': 0.0616, 'encouraged':
    0.0261, 'encouraging': 0.0539, 'end': 0.1463, 'ending': 0.0240, 'endorsed': 0.0930,
    'endorsement': 0.0380, 'enemies': 0.0346, 'energy': 0.1126, 'enforce': -0.0227,
    'enforcement': 0.0534, 'engage': 0.0331, 'enjoy': 0.0992, 'ensure': 0.0298, 'entire':
    -0.0262, 'entitled': 0.0574, 'entry': 0.0853, 'environment': 0.0465, 'environmental':
    0.0275, 'equal': 0.0603, 'especially': 0.0271, 'espionage': 0.0498, 'establishment':
    -0.0231, 'estate': 0.0775, 'europe': -0.0263, 'even': -0.1628, 'ever': 0.1522, 'every':
    -0.1242, 'everybody': -0.1260, "everybody's": 0.0429, 'everything': -0.0849, 'exactly':
    0.0601, 'example': 0.2060, 'excited': 0.0215, 'executive': -0.0637, 'existing': 0.0426,
    'expand': -0.0321, 'expect': 0.0315, 'expensive': 0.0351, 'extensive': 0.0507, 'extremely':
    -0.0282, 'face': -0.0409, 'facebook': -0.0250, 'fact': -0.0889, 'facts': 0.0443, 'failed':
    -0.0750, 'failing': 0.0418, 'fair': -0.0666, 'faith': -0.0248, 'fake': -0.0459, 'families':
    -0.1015, 'far': 0.1104, 'farm': 0.0536, 'farmers': 0.0952, 'farms': 0.0449, 'fashioned':
    0.0360, 'fast': 0.0372, 'father': 0.0586, 'favor': 0.0238, 'favorite': 0.0294, 'federal':
    -0.0286, 'feel': -0.0462, 'few': -0.0433, 'fewer': 0.0285, 'fifteen': 0.0976, 'fifty':
    0.0485, 'fight': -0.0524, 'fighting': -0.0560, 'fill': -0.0207, 'final': 0.0552,
    'financial': -0.0302, 'find': 0.1007, 'fine': -0.0614, 'finished': 0.0300, 'fire': -0.0231,
    'fired': -0.0220, 'firing': 0.0315, 'first': 0.0215, 'five': -0.0972, 'fix': -0.0298,
    'flag': 0.0462, 'fled': 0.0999, 'fleeing': 0.0355, 'florida': -0.0438, 'fly': -0.0205,
    'flying': 0.0431, 'focus': -0.0298, 'focused': -0.0258, 'folks': 0.1272, 'followed': 0.0201,
    'for': 0.0827, 'force': 0.0887, 'forces': -0.0514, 'forcing': 0.0513, 'ford': 0.0819,
    'foreign': -0.1517, 'forget': -0.0303, 'forgotten': -0.0217, 'form': 0.0552, 'formed':
    0.0724, 'forward': -0.0732, 'fossil': 0.0355, 'fought': -0.0389, 'found': 0.0584, 'four':
    0.0580, 'fox': 0.0415, 'frankly': 0.1139, 'fraudulent': -0.0204, 'free': -0.0750, 'freedom':
    -0.0312, 'friend': 0.0279, 'friends': -0.0568, 'frisk': 0.0872, 'from': 0.2386, 'front':
    -0.0479, 'fuel': 0.0372, 'funding': 0.0925, 'funds': -0.0224, 'further': 0.0632, 'gadhafi':
    0.0310, 'gains': 0.0308, 'game': -0.0222, 'gave': 0.1344, 'general': -0.0729, 'generals':
    -0.0211, 'gentlemen': -0.0247, 'germany': 0.0407, 'get': -0.0761, 'gets': -0.0387,
    'getting': 0.0738, 'give': -0.0438, 'given': -0.0968, 'global': -0.0267, 'go': 0.0676,
    'goal': 0.0442, 'god': -0.0226, 'goes': 0.0796, 'going': -0.1158, 'gold': 0.1812, 'goldman':
    -0.0450, 'gone': 0.0754, 'good': 0.0777, 'goods': -0.0201, 'got': 0.0343, 'gotten': -0.0245,
    'government': -0.0680, 'governments': -0.0225, 'governor': 0.0243, 'great': -0.0397,
    'greater': 0.0293, 'greatly': 0.0417, 'ground': -0.0439, 'group': -0.0254, 'growth':
    -0.0516, 'guarantee': -0.0257, 'guess': 0.0419, 'gun': 0.0399, 'guns': 0.3516, 'guts':
    0.0611, 'guy': -0.0550, 'guys': 0.0307, 'hacked': 0.0227, 'hacking': 0.0532, 'had': -0.0708,
    'haiti': -0.0209, 'half': -0.0404, 'hampshire': -0.0342, 'hand': -0.0311, 'hannity': 0.0375,
    'happen': -0.0218, 'happened': 0.1615, 'happening': 0.0262, 'happens': 0.0846, 'happy':
    -0.0338, 'hard': -0.0527, 'harry': 0.0352, 'has': 0.2082, "hasn't": -0.0263, 'hatred':
    -0.0219, 'have': 0.0612, 'having': -0.0272, 'he': 0.0609, "he'd": -0.0222, "he's": -0.0460,
    'health': 0.0641, 'healthcare': -0.0545, 'hear': -0.0643, 'heard': -0.0535, 'hearing':
    -0.0270, 'heart': -0.0334, 'hearts': 0.0499, 'hedge': 0.0551, 'held': 0.0593, 'hell':
    0.0598, 'helped': -0.0515, 'helping': -0.0213, 'helps': 0.0507, 'her': 0.3415, 'here':
    -0.1954, 'heritage': 0.0583, 'hero': -0.0247, 'heroin': 0.0451, 'hey': 0.0340, 'high':
    0.0926, 'higher': -0.0673, 'highest': 0.1828, 'highly': 0.0333, 'hillary': 0.3177, 'him':
    0.0418, 'himself': -0.0205, 'hired': 0.0869, 'hiring': 0.0556, 'his': -0.0769, 'hispanic':
    0.0967, 'hit': -0.0253, 'hold': -0.0350, 'holding': -0.0227, 'home': -0.0255, 'homes':
    -0.0311, 'honest': -0.0397, 'honestly': 0.0259, 'honor': -0.0227, 'hope': -0.0484,
    'horrible': 0.0213, 'hostages': 0.0226, 'hour': 0.0641, 'hours': 0.0615, 'house': 0.0468,
    'household': 0.0500, 'households': 0.0608, 'how': -0.1607, 'human': -0.0222, 'humanitarian':
    0.0572, 'hundreds': 0.1918, 'hurt': 0.0428, 'hurting': 0.0436, 'husband': 0.0317, 'i':
    -0.1772, "i'd": -0.0228, "i'll": -0.0627, "i'm": -0.1326, "i've": -0.1734, 'idea': 0.0451,
    'if': 0.0700, 'illegal': 0.1995, 'illegally': 0.1440, 'imagine': -0.0205, 'immediately':
    -0.0421, 'immigrant': -0.0341, 'impact': -0.0241, 'implicit': 0.0725, 'important': -0.1558,
    'imposed': 0.0278, 'imposing': 0.0500, 'impossible': 0.0459, 'inaudible': -0.0558,
    'includes': 0.0606, 'including': 0.2396, 'income': 0.0767, 'incomes': -0.0310, 'increase':
    0.1598, 'increased': 0.0264, 'increases': 0.0618, 'indeed': 0.1069, 'independent': 0.0684,
    'indiana': 0.1037, 'individual': -0.0436, 'individuals': -0.0200, 'industries': 0.0364,
    'industry': 0.1466, 'information': -0.0727, 'infrastructure': 0.0545, 'inherited': -0.0344,
    'inner': -0.0763, 'innocent': 0.0291, 'instead': -0.0300, 'institutions': -0.0319,
    'insurance': 0.0267, 'intel': 0.0592, 'intelligence': -0.0227, 'interest': -0.0792,
    'interests': -0.0820, 'international': -0.0206, 'interview': 0.0239, 'invasion': 0.0847,
    'invest': 0.0457, 'invested': -0.0254, 'investigate': 0.0493, 'investigation': 0.1708,
    'investments': 0.0257, 'involving': 0.0634, 'iran': -0.0518, 'iranians': -0.0234, 'iraq':
    0.2234, 'iraqi': -0.0270, 'is': 0.1552, 'isis': 0.1205, 'islamic': 0.0363, "isn't": 0.0345,
    'israel': -0.0944, 'issue': -0.1317, 'issues': -0.0781, 'it': 0.0909, "it'll": -0.0211,
    "it's": 0.1108, 'its': 0.0489, 'japan': 0.1257, 'job': -0.0212, 'jobs': 0.5935, 'joe':
    0.0471, 'john': -0.0893, 'joined': -0.0286, 'judge': -0.0642, 'judges': -0.0241, 'just':
    -0.0705, 'justice': -0.1203, 'kavanaugh': -0.0242, 'keep': -0.0559, 'keeping': -0.0297,
    'kept': 0.0398, 'kerry': -0.0337, 'keystone': -0.0211, 'kids': -0.0376, 'kill': -0.0281,
    'killed': 0.0791, 'killers': 0.0257, 'killing': -0.0478, 'kinds': -0.0214, 'knew': 0.0335,
    'knock': 0.0412, 'known': -0.0378, 'knows': 0.1051, 'korea': 0.0707, 'labor': 0.0734,
    'laden': -0.0268, 'lady': -0.0251, 'large': 0.0923, 'largely': 0.1423, 'largest': 0.1393,
    'last': 0.0826, 'late': -0.0207, 'later': -0.0258, 'latino': -0.0327, 'latinos': -0.0289,
    'laughter': -0.0362, 'law': -0.0994, 'laws': 0.2164, 'lawsuits': 0.0667, 'lead': 0.0468,
    'leader': 0.0650, 'leaders': -0.0614, 'leadership': -0.0384, 'leading': 0.0295, 'learn':
    0.0398, 'least': 0.0431, 'leave': 0.0349, 'leaving': 0.2023, 'led': -0.0301, 'left':
    -0.0781, 'legacy': 0.0546, 'legal': 0.0932, 'legislation': -0.0424, 'legislative': 0.0291,
    'less': -0.0587, 'let': -0.1428, "let's": -0.1198, 'level': 0.0300, 'liability': 0.1142,
    'liberty': -0.0224, 'libya': 0.0931, 'libyan': 0.0448, 'lie': -0.0300, 'lied': 0.0713,
    'life': -0.1063, 'lift': -0.0235, 'lifted': 0.0873, 'like': 0.0498, 'likely': -0.0204,
    'line': -0.0348, 'lines': -0.0383, 'listen': -0.0218, 'literally': -0.0386, 'little':
    -0.1082, 'live': -0.0388, 'living': -0.0628, 'loan': 0.0964, 'lobbyists': 0.0379, 'local':
    0.0529, 'long': -0.0202, 'longer': 0.1674, 'looked': -0.0451, 'looking': -0.0500,
    'loopholes': -0.0219, 'los': 0.0479, 'lose': -0.0258, 'lost': 0.0371, 'lot': -0.0762,
    'lots': -0.0211, 'love': 0.0286, 'loved': -0.0271, 'low': 0.1770, 'lower': 0.1420,
    'lowering': 0.0407, 'lowest': 0.1059, 'm': 0.0280, 'made': -0.0341, 'mails': 0.0575,
    'major': 0.0221, 'majority': -0.0358, 'make': -0.1318, 'makes': -0.0587, 'making': -0.0248,
    'man': -0.0976, 'manager': 0.0561, 'manufacturing': 0.0983, 'many': -0.0464, 'market':
    0.0690, 'massive': 0.2888, 'massively': 0.0967, 'material': 0.0205, 'matter': -0.0683,
    'may': -0.0851, 'maybe': -0.0519, 'mayor': 0.0303, 'mayors': 0.0450, 'me': 0.0667, 'mean':
    0.0359, 'meaning': 0.0220, 'meaningful': 0.0466, 'means': -0.0939, 'meant': -0.0201,
    'media': -0.0668, 'medicaid': -0.0232, 'medical': 0.0646, 'medicare': 0.1309, 'meet':
    -0.0378, 'meeting': -0.0473, 'member': -0.0301, 'members': 0.0738, 'men': 0.0255, 'mention':
    -0.0309, 'mentions': 0.0912, 'mess': -0.0277, 'message': -0.0239, 'met': -0.0454, 'mexican':
    -0.0277, 'mexico': 0.0845, 'michigan': 0.0592, 'middle': 0.1665, 'migration': 0.0479,
    'mike': -0.0390, 'million': 0.1488, 'millions': 0.0809, 'mind': -0.0374, 'mine': -0.0316,
    'miners': 0.1247, 'minimum': 0.0301, 'minute': 0.0733, 'minutes': -0.0934, 'miss': 0.0385,
    'missile': -0.0204, 'mistake': -0.0344, 'mitt': -0.0273, 'mom': -0.0236, 'money': 0.1912,
    'month': 0.0680, 'months': -0.0716, 'more': -0.2274, 'morning': -0.0346, 'most': -0.0289,
    'mosul': -0.0379, 'mother': 0.0383, 'moved': -0.0354, 'movement': -0.0200, 'moving': 0.0831,
    'mr': -0.2352, 'much': -0.1203, 'murdered': -0.0215, 'murders': 0.1117, 'muslim': 0.0268,
    'muslims': -0.0295, 'my': 0.0870, 'nafta': 0.2318, 'name': -0.0613, 'named': 0.0397,
    'nation': -0.1135, 'nations': 0.1707, 'nationwide': 0.0747, 'nato': 0.0859, 'near': 0.0642,
    'nearly': 0.0482, 'need': -0.0577, 'needed': -0.0429, 'negative': -0.0211, 'negotiate':
    -0.0273, 'negotiating': -0.0210, 'negotiation': 0.0417, 'neighbors': 0.0498, 'new': 0.2577,
    'news': -0.0780, 'newspaper': 0.0948, 'newspapers': 0.0431, 'next': -0.1164, 'nice':
    -0.0373, 'night': -0.0443, 'nine': -0.0419, 'ninth': 0.1089, 'no': -0.1153, 'nobody':
    0.2012, 'nomination': -0.0309, 'nominee': -0.0284, 'non': 0.0432, 'none': 0.0395, 'normal':
    0.0290, 'north': -0.0735, 'not': -0.1281, 'nothing': -0.0280, 'notice': 0.0523, 'now':
    -0.0222, 'nra': -0.0276, 'nuclear': 0.1423, 'number': 0.1671, 'numbers': -0.0339, 'obama':
    0.1274, 'obligations': 0.0468, 'obsolete': 0.0599, 'obviously': 0.1071, 'occasion': 0.0522,
    'occur': 0.0851, 'of': -0.0853, 'off': -0.0503, 'office': -0.0265, 'officer': 0.0550,
    'officers': 0.0502, 'officials': -0.0387, 'often': 0.0210, 'ohio': 0.0272, 'oil': 0.0793,
    'okay': -0.0713, 'on': -0.0404, 'once': 0.0443, 'one': -0.0474, 'ones': 0.0362, 'open':
    0.2982, 'opening': 0.0318, 'operation': -0.0212, 'opinion': 0.0331, 'opportunity': -0.0347,
    'oppose': 0.0546, 'opposed': 0.0965, 'organization': -0.0420, 'others': 0.0412, 'ought':
    -0.0229, 'our': 0.2612, 'out': 0.1243, 'outcome': 0.0484, 'outsmarted': -0.0207, 'over':
    0.1011, 'overall': 0.0281, 'overseas': 0.0225, 'overturned': 0.0242, 'own': 0.0309, 'pacs':
    0.0460, 'page': -0.0354, 'paid': 0.2332, 'palestinian': -0.0217, 'palestinians': 0.0263,
    'palm': 0.0379, 'paper': 0.0254, 'parenthood': 0.0745, 'parents': 0.0645, 'paris': 0.0779,
    'part': 0.0803, 'partial': 0.0559, 'particular': 0.0443, 'particularly': -0.0276, 'parties':
    0.0400, 'partnership': -0.0202, 'party': 0.0304, 'pass': 0.0262, 'past': 0.0311, 'path':
    0.0368, 'patients': 0.0540, 'patrol': -0.0215, 'payer': 0.0578, 'paying': -0.1100, 'peace':
    -0.0401, 'pence': -0.0241, 'penny': 0.0897, 'people': -0.1479, "people's": 0.0402, 'per':
    -0.0364, 'percent': 0.0860, 'perfect': -0.0279, 'period': 0.0879, 'perpetrated': 0.0521,
    'person': -0.0225, 'physical': 0.0254, 'pick': -0.0259, 'piece': 0.0403, 'pipeline': 0.0484,
    'pipelines': 0.0576, 'places': 0.2621, 'plan': 0.0291, 'planes': 0.0706, 'planned': 0.0676,
    'plans': 0.0738, 'plant': 0.0381, 'plants': 0.1400, 'pleased': 0.0289, 'point': -0.0239,
    'points': 0.0220, 'poland': 0.1135, 'polish': 0.0297, 'political': -0.0246, 'politicians':
    -0.0713, 'politics': -0.0396, 'poll': -0.0411, 'polls': 0.0418, 'position': -0.0633,
    'positive': -0.0245, 'possible': -0.0643, 'possibly': 0.0386, 'post': -0.0250, 'potential':
    0.0396, 'pour': 0.0764, 'pouring': 0.1497, 'poverty': 0.0609, 'power': -0.0797, 'powerful':
    -0.0556, 'practice': 0.0484, 'pre': 0.0360, 'premiums': 0.1765, 'prepare': 0.0276,
    'presidency': -0.0271, 'president': -0.0784, 'presidential': -0.0603, 'press': -0.0410,
    'pressure': -0.0203, 'price': -0.0236, 'prices': -0.0292, 'primary': -0.0353, 'prime':
    0.0352, 'prior': 0.0537, 'priority': -0.0338, 'private': 0.0362, 'pro': -0.0277, 'problem':
    -0.0607, 'produce': -0.0249, 'production': 0.0423, 'products': 0.0322, 'program': -0.0216,
    'progress': 0.0597, 'progressive': -0.0346, 'projects': 0.0734, 'proliferation': 0.0457,
    'promise': 0.1024, 'promised': 0.0242, 'promises': -0.0355, 'promote': 0.0404, 'proper':
    0.0871, 'proposal': 0.0279, 'proposing': -0.0230, 'prosecutor': 0.0466, 'prosperity':
    -0.0267, 'protect': 0.2157, 'protected': -0.0218, 'protection': 0.1177, 'protects': 0.0395,
    'proud': -0.0647, 'provide': -0.0657, 'public': -0.0549, 'puerto': -0.0273, 'punished':
    0.0512, 'punishment': 0.0516, 'put': 0.0649, 'putting': -0.0908, 'question': -0.2432,
    'quickly': 0.0721, 'quote': 0.1013, 'race': 0.0242, 'racist': -0.0230, 'radical': 0.1171,
    'raised': -0.0720, 'raising': 0.2110, 'rallies': 0.0438, 'ran': 0.0804, 'raped': 0.0592,
    'rapidly': 0.0677, 'rate': 0.1082, 'rates': -0.0491, 'rather': 0.0461, 'reached': 0.0735,
    'read': -0.0330, 'really': -0.1657, 'reason': 0.1111, 'reasonable': 0.0450, 'reasons':
    0.0226, 'rebels': -0.0208, 'rebuild': 0.0328, 'rebuilding': -0.0343, 'received': 0.0333,
    'recent': 0.0232, 'recently': -0.0376, 'recession': 0.0326, 'recognize': 0.0569, 'record':
    -0.0691, 'reduce': 0.0223, 'reducing': 0.0513, 'reduction': 0.0806, 'reform': -0.0558,
    'reforms': -0.0247, 'refugees': 0.1048, 'refused': -0.0356, 'regime': 0.0557, 'regulations':
    -0.1006, 'regulatory': 0.0497, 'reid': 0.0352, 'related': 0.0693, 'relationship': -0.0213,
    'release': -0.0909, 'relief': 0.0298, 'religious': -0.0341, 'rely': 0.0343, 'remain':
    -0.0252, 'remember': -0.0428, 'renegotiate': 0.0334, 'repeal': -0.0293, 'repeatedly':
    -0.0255, 'replace': -0.0201, 'reported': -0.0353, 'reportedly': -0.0206, 'reporter': 0.0764,
    'request': 0.0522, 'reset': -0.0271, 'resources': 0.0243, 'respect': -0.0846, 'respond':
    -0.0542, 'response': -0.0325, 'responsible': -0.0436, 'rest': 0.0250, 'result': 0.0597,
    'results': -0.0290, 'return': 0.0227, 'rico': -0.0215, 'rigged': -0.0484, 'right': -0.2784,
    'rights': -0.0467, 'rip': 0.1047, 'rise': -0.0353, 'rising': 0.0532, 'role': 0.0276,
    'romney': -0.0345, 'room': -0.0364, 'roughly': -0.0241, 'rubio': -0.0306, 'ruled': 0.0329,
    'rules': -0.0421, 'running': -0.1001, 'runs': 0.0407, 'russia': -0.1316, 'russian': -0.0622,
    'russians': 0.0895, 'sachs': -0.0450, 'safe': -0.0525, 'safely': 0.0367, 'safer': 0.0320,
    'safety': -0.0352, 'said': 0.0824, 'same': -0.0549, 'san': 0.0490, 'sanctions': -0.0454,
    'sanders': -0.0712, 'saudi': 0.1396, 'saved': -0.0373, 'saw': 0.0414, 'say': 0.0746,
    'saying': 0.1254, 'says': -0.1084, 'school': -0.0610, 'schools': -0.0269, 'sean': 0.0341,
    'seat': -0.0211, 'second': 0.1257, 'seconds': -0.0324, 'secretary': -0.2290, 'secure':
    -0.0317, 'security': -0.1113, 'see': 0.1323, 'seeing': 0.0286, 'seek': 0.0452, 'seen':
    0.0595, 'segment': -0.0290, 'self': 0.1040, 'sell': 0.0356, 'senate': 0.0863, 'senator':
    -0.0795, 'seniors': 0.1727, 'sense': -0.0381, 'sent': 0.1489, 'separate': 0.0255, 'series':
    0.0283, 'serve': -0.0234, 'server': 0.0421, 'service': -0.0253, 'setting': 0.0450, 'settle':
    0.0684, 'seven': -0.0470, 'several': -0.0203, 'sex': 0.0468, 'shadow': 0.0612, 'share':
    -0.0659, 'she': 0.2507, "she's": 0.0986, 'shooting': 0.0527, 'should': -0.1120, 'show':
    -0.0329, 'shows': -0.0342, 'shutting': 0.0369, 'side': 0.1370, 'sidney': 0.0640, 'signed':
    0.0419, 'significant': -0.0284, 'similar': 0.0510, 'simple': -0.0368, 'since': 0.0719,
    'single': 0.0665, 'sitting': 0.0276, 'situation': -0.0718, 'small': 0.1987, 'so': -0.0295,
    'social': -0.0845, 'socialism': 0.1108, 'solar': -0.0286, 'solve': -0.0367, 'some': -0.0246,
    'somebody': 0.0242, 'something': -0.1091, 'sometimes': -0.0223, 'somewhat': 0.0514, 'son':
    -0.0278, 'soon': -0.0369, 'soros': 0.0447, 'sounds': 0.0476, 'sources': 0.0394, 'south':
    0.0426, 'southern': 0.0896, 'sovereignty': 0.0469, 'speak': -0.0341, 'speaking': 0.0428,
    'special': -0.0829, 'speech': 0.0723, 'speeches': -0.0282, 'spend': 0.0287, 'spending':
    0.0902, 'st': -0.0442, 'stage': 0.0450, 'stand': -0.0880, 'standard': 0.1659, 'standing':
    -0.0347, 'standpoint': 0.0473, 'start': -0.0828, 'starting': 0.1068, 'state': 0.0762,
    'statement': -0.0219, 'statements': -0.0278, 'status': -0.0216, 'stay': 0.0953, 'steel':
    0.1555, 'step': 0.0287, 'steps': -0.0205, 'still': -0.0520, 'stockpile': 0.0445, 'stood':
    -0.0507, 'stop': 0.1257, 'stopped': -0.0350, 'store': 0.0392, 'stories': 0.2027, 'story':
    -0.0328, 'strategy': -0.0235, 'street': -0.0774, 'streets': 0.0412, 'strong': -0.0609,
    'stronger': -0.0387, 'stuck': 0.0574, 'study': 0.0282, 'stuff': 0.0223, 'subject': 0.0462,
    'subpoena': 0.0646, 'successful': -0.0293, 'such': -0.0661, 'sucked': 0.0531, 'sudden':
    -0.0201, 'suggest': 0.0494, 'suggested': -0.0227, 'supported': 0.3688, 'supporters':
    -0.0372, 'supporting': -0.0224, 'supposed': -0.0280, 'supreme': -0.0777, 'sure': -0.0270,
    'surprised': -0.0373, 'surrounding': 0.0418, 'syria': -0.0942, 'system': -0.0611, 'table':
    -0.0251, 'take': 0.0529, 'takes': -0.0279, 'taking': -0.0785, 'talked': -0.0731, 'talking':
    0.0280, 'talks': -0.0212, 'tax': 0.0901, 'taxed': 0.0266, 'taxes': 0.2362, 'taxpayers':
    0.0435, 'team': -0.0321, 'ted': -0.0237, 'tell': -0.1020, 'telling': -0.0291, 'tennessee':
    -0.0210, 'tens': -0.0661, 'term': -0.0244, 'terrible': -0.0479, 'terrorism': 0.0485,
    'terrorist': -0.0302, 'terrorists': 0.1868, 'texas': -0.0246, 'th': -0.0213, 'than':
    -0.0272, 'thank': -0.1453, 'that': -0.0892, "that's": -0.0661, 'the': 0.2885, 'their':
    -0.1344, 'then': -0.1348, 'there': 0.0885, "there's": 0.0216, 'these': -0.0517, "they'll":
    -0.0289, "they're": -0.1108, "they've": -0.0753, 'thing': -0.1450, 'things': -0.0606,
    'think': -0.0418, 'thinking': 0.0244, 'thinks': 0.0241, 'third': -0.0675, 'this': -0.2538,
    'those': 0.0451, 'though': -0.0457, 'thousand': -0.0237, 'thousands': 0.0361, 'threat':
    -0.0506, 'threats': 0.0353, 'through': -0.1037, 'tied': 0.0418, 'tim': -0.0206, 'time':
    -0.1077, 'times': 0.0357, 'to': -0.1908, 'today': -0.0946, "today's": 0.0506, 'together':
    -0.1182, 'tomorrow': -0.0474, 'top': -0.0224, 'totally': 0.2412, 'tough': 0.0328, 'tougher':
    -0.0371, 'toughest': 0.0741, 'toward': -0.0344, 'tpp': 0.1034, 'trade': 0.1473, 'traffic':
    0.0748, 'transform': 0.0617, 'treated': 0.0305, 'treaty': 0.0558, 'tremendous': 0.1047,
    'tried': -0.0551, 'trillions': -0.0262, 'troops': 0.0310, 'troubling': 0.0249, 'true':
    0.0423, 'truly': -0.0358, 'trump': -0.1132, 'trust': -0.0355, 'truth': -0.0544, 'try':
    -0.0903, 'trying': 0.0468, 'turn': 0.0477, 'turnout': 0.1977, 'twice': -0.0210, 'two':
    -0.1001, 'u': -0.0427, 'ukraine': -0.0232, 'unconstitutional': 0.0958, 'uncontrolled':
    0.1463, 'under': 0.1319, 'understand': 0.0699, 'understood': 0.0251, 'undertaken': 0.0495,
    'undocumented': 0.0717, 'unemployment': 0.2075, 'unfair': 0.0565, 'unfit': 0.0610,
    'unfortunate': 0.0564, 'union': 0.0257, 'united': -0.0778, 'university': -0.0486, 'unless':
    0.0358, 'unqualified': 0.0511, 'until': 0.0919, 'up': -0.0684, 'update': 0.0401, 'upstate':
    -0.0201, 'uranium': 0.0312, 'urge': 0.0395, 'us': 0.0427, 'usa': -0.0255, 'use': 0.0295,
    'used': 0.1079, 'v': -0.0290, 'vacuum': 0.0909, 'vast': 0.0201, 'verizon': -0.0226,
    'vermont': -0.0416, 'very': -0.1412, 'veterans': -0.0489, 'vets': 0.0328, 'vetting': 0.0740,
    'vice': -0.0396, 'viciously': -0.0233, 'victims': -0.0205, 'vietnam': 0.0268, 'view':
    -0.0375, 'views': -0.0289, 'violence': 0.0368, 'violently': 0.0472, 'virginia': -0.0379,
    'vital': 0.0337, 'vladimir': 0.0209, 'vote': 0.0417, 'voted': -0.0597, 'voter': 0.2310,
    'voters': -0.0548, 'votes': 0.0484, 'voting': -0.0240, 'w': -0.0227, 'wage': -0.0201,
    'wages': 0.2418, 'waiting': -0.0268, 'walk': -0.0213, 'want': -0.1311, 'wants': 0.1894,
    'war': 0.0861, 'wars': -0.0227, 'was': 0.0226, 'washington': -0.0933, "wasn't": -0.0293,
    'watched': -0.0500, 'water': 0.0407, 'way': 0.0780, 'ways': -0.0553, 'we': 0.0388, "we'll":
    -0.0829, "we're": -0.1840, 'wealth': -0.0443, 'weapon': -0.0266, 'weapons': 0.1726, 'weeks':
    -0.0443, 'welcome': -0.0310, 'welcomed': 0.0382, 'welfare': 0.0695, 'well': 0.0387, 'went':
    -0.1171, 'were': -0.2451, "weren't": -0.0250, 'what': -0.0356, "what's": -0.0229, 'when':
    0.0733, 'where': 0.1367, 'whether': 0.0571, 'which': 0.1502, 'while': 0.1208, 'white':
    0.0575, 'who': -0.1083, "who's": -0.0361, 'why': 0.0900, 'wikileaks': -0.0268, 'will':
    0.0326, 'win': 0.1067, 'winner': 0.0224, 'winning': -0.0218, 'wiped': -0.0227, 'wish':
    0.0228, 'with': 0.0251, 'within': -0.0441, 'wolf': 0.0236, 'woman': 0.0298, 'womb': 0.1119,
    'women': 0.1784, "women's": 0.0303, 'won': -0.0490, "won't": -0.0628, 'wonderful': 0.1145,
    'worked': -0.0323, 'workers': 0.2405, 'workforce': -0.0214, 'working': 0.0424, 'works':
    -0.0483, 'world': -0.0369, 'worse': 0.1575, 'worst': 0.0204, 'would': 0.0395, "would've":
    0.0411, "wouldn't": 0.0691, 'wounded': 0.0263, 'write': -0.0240, 'wrong': 0.2137, 'wrote':
    -0.0286, 'yeah': -0.0584, 'year': 0.1843, 'years': -0.2409, 'yes': -0.1297, 'york': -0.0456,
    'you': -0.0841, "you're": 0.1453, "you've": -0.0936, 'your': 0.1759, 'yourself': -0.0213,
    'yourselves': 0.1031, 'zero': -0.0310,
}
# ---- end of weight table ----


def _word_info(word_weights: dict[str, float]) -> dict[str, tuple[int, float]]:
    """One lookup per word: its feature bits and its unigram weight."""
    info = {word: (bits, 0.0) for word, bits in _WORD_FLAGS.items()}
    for word, weight in word_weights.items():
        info[word] = (_WORD_FLAGS.get(word, 0), weight)
    return info


_WORD_INFO = _word_info(WORD_WEIGHTS)


def set_weights(bias: float, features: dict[str, float], words: dict[str, float]) -> None:
    """Install a new weight table (used by the CLEF-2019 benchmark's --fit)."""
    global BIAS, FEATURE_WEIGHTS, WORD_WEIGHTS, _WORD_INFO
    BIAS, FEATURE_WEIGHTS, WORD_WEIGHTS = bias, features, words
    _WORD_INFO = _word_info(words)
