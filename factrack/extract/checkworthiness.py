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
    features[_length_bucket(n)] = 1.0
    return features


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


# ---- weight table (fit on CLEF-2019 training; regenerate with the benchmark's --fit) ----
BIAS = -2.3761
FEATURE_WEIGHTS: dict[str, float] = {
    'compare': 0.5105, 'first_person': -0.3266, 'has_number': 0.4259, 'hedge': 0.0093, 'len<12':
    0.1082, 'len<20': 0.0891, 'len<30': 0.0275, 'len<6': -0.3268, 'len>=30': 0.0936, 'log_len':
    0.3947, 'modal': -0.1873, 'money': 0.5084, 'named': -0.0138, 'negation': 0.1550,
    'num_count': 0.2656, 'number_word': 0.3144, 'opinion': -0.4604, 'past': 0.4858, 'percent':
    0.1627, 'question': -0.3345, 'second_person': 0.0101, 'superlative': 0.2264, 'third_person':
    0.1837, 'time': 0.3863, 'we': -0.2049,
}
# Word unigrams (lower-cased) with |weight| >= 0.02; the rest weigh nothing.
WORD_WEIGHTS: dict[str, float] = {
    '$': 0.0728, '%': 0.0737, '1': 0.0864, '10': 0.0858, '10,000': 0.0679, '100': -0.0422, '11':
    -0.0545, '11,': -0.0220, '12': 0.0928, '13': -0.0339, '14': 0.0568, '15': -0.1110, '15.':
    0.0905, '150': -0.0248, '17': 0.0661, '18': 0.0322, '19': -0.0323, '1990': -0.0286, '2.5':
    -0.0224, '20': -0.0300, '20,': -0.0220, '200': -0.0413, '21': -0.0437, '25': -0.0674, '250':
    -0.0423, '27': -0.0392, '3.5': 0.0305, '30': -0.0888, '300': 0.0355, '306': 0.0534,
    '33,000': 0.1876, '35': -0.0477, '38': 0.0244, '4,000': 0.0464, '40': -0.0593, '400':
    0.0239, '45': -0.0319, '550': 0.0389, '56': 0.0949, '58': -0.0343, '6': 0.1553, '60':
    0.0674, '65': -0.0222, '7': -0.0342, '800': 0.0850, '9': -0.0377, '90': 0.0514, '95':
    0.0278, '?': -0.3345, 'a': 0.0587, 'able': 0.0531, 'abortion': 0.0349, 'abortions': 0.0537,
    'about': -0.1140, 'above': 0.0233, 'abroad': -0.0205, 'absolute': 0.0208, 'absolutely':
    0.0707, 'access': -0.0335, 'accord': 0.1161, 'according': 0.1303, 'account': -0.0207,
    'accuse': 0.0615, 'accused': 0.0220, 'acknowledge': 0.0343, 'act': -0.0248, 'actually':
    -0.1752, 'ad': 0.0435, 'add': 0.0489, 'addition': 0.0433, 'additional': 0.1079,
    'administration': -0.0449, "administration's": 0.0338, 'ads': 0.0202, 'advantage': -0.0551,
    'advertising': 0.0285, 'advocated': 0.0500, 'affected': 0.0470, 'afford': 0.0344,
    'afghanistan': -0.0272, 'african': 0.0723, 'after': -0.0881, 'again': -0.1361, 'against':
    0.2652, 'age': 0.0205, 'agents': -0.0224, 'ago': -0.1899, 'agree': -0.0674, 'agreement':
    0.2325, 'agreements': 0.0511, 'ahead': 0.0664, 'air': 0.0952, 'aleppo': -0.0543, 'all':
    0.0723, 'allegations': -0.0288, 'alliance': -0.0209, 'allies': -0.0412, 'allow': 0.0228,
    'almost': 0.0668, 'along': -0.0250, 'already': 0.0867, 'also': 0.0362, 'am': -0.0488,
    'amazing': -0.0223, 'ambassador': 0.0488, 'amendment': 0.1006, 'america': -0.1757,
    "america's": -0.0343, 'american': 0.0422, 'americans': 0.0644, 'amnesty': 0.0272, 'amount':
    0.0207, 'amounts': 0.0291, 'an': 0.0441, 'analyzed': 0.0220, 'and': -0.1866, 'angeles':
    0.0474, 'announced': 0.1483, 'another': 0.1085, 'answer': -0.0485, 'anti': -0.0264, 'any':
    0.1508, 'anymore': -0.0358, 'anything': 0.0811, 'apartment': 0.0286, 'apologized': -0.0277,
    'applause': -0.2255, 'apple': -0.0373, 'applied': 0.0355, 'appropriate': -0.0251,
    'approval': 0.0562, 'approve': -0.0257, 'approved': 0.0493, 'arabia': 0.1400, 'are': 0.1493,
    'area': -0.0372, "aren't": -0.0314, 'arizona': 0.1344, 'around': -0.0332, 'as': 0.0284,
    'asia': 0.0484, 'asian': 0.0503, 'ask': -0.1050, 'asked': -0.0529, 'asking': -0.0512,
    'assad': -0.0497, 'assaulted': 0.0481, 'assistance': 0.0228, 'at': 0.1322, 'attack':
    -0.0491, 'attacks': -0.0263, 'attention': -0.0274, 'audience': -0.0370, 'audit': 0.0612,
    'auto': 0.0582, 'avoid': -0.0240, 'aware': 0.0446, 'away': -0.0819, 'back': -0.1163,
    'background': -0.0213, 'bad': -0.0281, 'badly': 0.0869, 'balance': -0.0214, 'balanced':
    0.0270, 'baltimore': 0.0416, 'ban': -0.0318, 'banking': 0.0658, 'bankruptcy': 0.0470,
    'banks': -0.0496, 'barack': -0.0288, 'barely': 0.0388, 'barrier': 0.0711, 'based': 0.0402,
    'basically': 0.0456, 'basis': 0.0231, 'be': -0.2500, 'beach': 0.0363, 'beat': 0.0951,
    'beating': -0.0224, 'beautiful': -0.0328, 'because': 0.1854, 'become': -0.0552, 'becomes':
    0.0328, 'been': 0.0214, 'began': -0.0225, 'beginning': -0.0341, 'behind': -0.0476,
    'believed': -0.0270, 'believes': 0.0683, 'benefits': -0.0248, 'bernardino': 0.0383,
    'bernie': -0.0399, 'best': -0.0874, 'between': -0.0840, 'beyond': -0.0273, 'bias': 0.0649,
    'biden': 0.0420, 'big': -0.1613, 'bigger': -0.0235, 'biggest': -0.0856, 'bill': 0.0866,
    'billion': 0.0552, 'billions': -0.0263, 'bin': -0.0272, 'bipartisan': -0.0225, 'birth':
    0.0967, 'bit': -0.0309, 'black': 0.0206, 'blumenthal': 0.1192, 'board': 0.0360, 'bombs':
    0.0215, 'border': 0.1081, 'borders': 0.2844, 'born': -0.0323, 'both': -0.0636, 'boy':
    -0.0372, 'break': 0.0300, 'breaks': -0.0236, 'bring': -0.1639, 'bringing': 0.0467, 'broken':
    -0.0313, 'brothers': -0.0212, 'brought': -0.0775, 'brutally': 0.0260, 'budget': -0.1079,
    'budgets': 0.0489, 'buffett': 0.0312, 'build': 0.1109, 'building': -0.0516, 'burdens':
    0.0560, 'business': 0.1652, 'businesses': 0.0308, 'but': -0.1128, 'buy': 0.1070, 'by':
    0.1404, 'c': 0.0325, 'cafta': 0.0288, 'call': 0.0502, 'called': -0.0371, 'calling': -0.0373,
    'calls': 0.0454, 'came': -0.0914, 'campaign': 0.0764, 'can': -0.0429, "can't": 0.0773,
    'canada': 0.0917, 'candidates': -0.0458, 'cannot': 0.1178, 'cap': -0.0301, 'capital':
    0.0488, 'cares': 0.0520, 'carter': -0.0209, 'case': -0.0408, 'cases': 0.0345, 'cash':
    0.0276, 'catastrophe': 0.0546, 'catastrophic': -0.0257, 'caught': 0.1103, 'cause': -0.0213,
    'caused': -0.0226, 'causes': 0.0268, 'cease': 0.0448, 'center': -0.0284, 'central': 0.0380,
    'cents': 0.1158, 'century': 0.0248, 'certainly': -0.0487, 'chance': -0.0579, 'change':
    0.0579, 'changed': -0.0399, 'charge': -0.0486, 'charges': 0.0461, 'charitable': 0.0274,
    'check': 0.0487, 'chief': -0.0248, 'childhood': 0.0433, 'children': -0.1476, 'china':
    0.0694, 'chinese': 0.0276, 'choose': 0.0599, 'chris': 0.0615, 'chuck': 0.0300, 'circuit':
    0.0296, 'cities': -0.0780, 'citizens': -0.0779, 'city': 0.0404, 'claim': 0.1016, 'claims':
    0.0233, 'clean': 0.0547, 'clearly': -0.0338, 'climate': 0.1266, 'clinton': 0.1064,
    "clinton's": 0.0418, 'clock': 0.0616, 'close': -0.0351, 'cnn': 0.0863, 'coal': 0.0803,
    'code': -0.0399, 'collapsing': 0.0587, 'college': 0.0621, 'combat': -0.0228, 'combined':
    0.0426, 'come': 0.0916, 'comes': -0.0600, 'coming': 0.0520, 'commander': -0.0222,
    'commission': -0.0220, 'commit': -0.0224, 'commitment': 0.0484, 'commitments': 0.0297,
    'committed': -0.0293, 'committee': -0.0540, 'common': 0.0343, 'community': -0.0887,
    'companies': -0.1387, 'company': -0.0202, 'compassionate': 0.0852, 'compete': 0.0481,
    'competing': 0.0263, 'competition': 0.0425, 'competitive': -0.0333, 'complained': 0.0885,
    'completely': 0.0364, 'compliance': 0.0336, 'comprehensive': -0.0241, 'con': -0.0216,
    'concluded': 0.1153, 'conditions': 0.0355, 'conflict': -0.0216, 'congress': -0.0681,
    'connected': 0.0736, 'conscience': 0.0550, 'consequence': 0.0234, 'conservative': -0.0258,
    'constitution': -0.0420, 'consumer': 0.0312, 'continued': 0.0399, 'contributions': -0.0478,
    'control': 0.0482, 'convicted': 0.0393, 'corporations': -0.0539, 'correct': -0.0252,
    'costing': 0.0268, 'could': -0.0311, "couldn't": -0.0367, 'council': 0.0316, 'countless':
    0.0312, 'countries': -0.0791, 'couple': -0.0351, 'course': -0.0355, 'court': -0.0890,
    'covered': 0.0343, 'create': -0.0463, 'created': 0.1161, 'creating': 0.0413, 'credit':
    -0.0355, 'crime': 0.0400, 'crimea': -0.0244, 'crimes': 0.0312, 'criminal': -0.0278,
    'crisis': 0.0813, 'cross': 0.0232, 'crosstalk': -0.0731, 'crumbling': 0.0248, 'crushing':
    0.0335, 'cruz': -0.0343, 'current': 0.1203, 'currently': -0.0268, 'customs': 0.0227, 'cut':
    0.0554, 'cutting': -0.0298, 'd': -0.0230, 'dad': -0.0272, 'dairy': 0.0384, 'dangerous':
    0.0204, 'days': -0.0699, 'deal': 0.1061, 'dealing': -0.0336, 'deals': 0.0809, 'death':
    0.1099, 'debate': -0.0652, 'debates': 0.0897, 'debt': -0.0505, 'debunked': 0.1017,
    'decades': 0.0644, 'decision': -0.0238, 'decisions': -0.0293, 'deep': 0.0544, 'deeply':
    0.0392, 'defend': -0.0251, 'defending': -0.0334, 'deficit': 0.0412, 'defund': 0.0324,
    'delay': 0.0528, 'delegates': -0.0218, 'delete': 0.0377, 'deliver': -0.0218, 'democracy':
    0.0515, 'democrats': 0.2005, 'department': -0.0430, 'deportation': -0.0317, 'deported':
    0.0876, 'depreciation': 0.0596, 'depression': -0.0302, 'deserve': 0.0361, 'despite': 0.0400,
    'destroy': 0.0255, 'destroyed': 0.1312, 'determined': -0.0232, 'development': 0.0442, 'did':
    -0.0476, "didn't": 0.2051, 'die': 0.0427, 'difference': -0.0532, 'different': 0.0753,
    'difficult': -0.0436, 'directed': 0.0532, 'direction': 0.0276, 'director': 0.0430,
    'disabled': -0.0216, 'disagreed': 0.0379, 'disaster': 0.1986, 'disasters': 0.0228,
    'disastrous': -0.0312, 'discuss': 0.0347, 'discussed': 0.0609, 'discussion': -0.0263,
    'district': 0.0403, 'divided': -0.0264, 'division': 0.1169, 'do': -0.1072, 'doctor': 0.0679,
    'does': 0.0550, 'doing': -0.0786, 'dollars': 0.0710, "don't": 0.0873, 'done': -0.1372,
    'double': 0.0242, 'doubled': 0.0446, 'doubt': -0.0293, 'down': -0.0245, 'dozens': 0.0802,
    'dream': 0.0488, 'dreams': -0.0268, 'drop': 0.0359, 'dropped': 0.0989, 'drug': -0.0384,
    'drugs': 0.0291, 'during': 0.0449, 'e': 0.0491, 'each': -0.0689, 'earlier': -0.0279,
    'earned': -0.0273, 'east': 0.0513, 'easy': -0.0313, 'economic': 0.0336, 'economists':
    -0.0213, 'edge': -0.0204, 'education': 0.0458, 'effective': 0.1106, 'effectively': 0.0358,
    'efforts': 0.0805, 'egypt': 0.0513, 'eight': 0.0792, 'either': 0.0650, 'elected': -0.0639,
    'election': 0.0371, 'electoral': 0.1016, 'eliminating': 0.0328, 'else': -0.0341,
    'emissions': 0.0247, 'employer': 0.0532, 'employers': 0.0625, 'encouraged': 0.0263,
    'encouraging': 0.0512, 'end': 0.1489, 'ending': 0.0235, 'endorsed': 0.0926, 'endorsement':
    0.0378, 'enemies': 0.0352, 'energy': 0.1125, 'enforce': -0.0219, 'enforcement': 0.0534,
    'engage': 0.0331, 'enjoy': 0.1000, 'ensure': 0.0296, 'entire': -0.0249, 'entitled': 0.0573,
    'entry': 0.0853, 'environment': 0.0467, 'environmental': 0.0282, 'equal': 0.0599,
    'especially': 0.0271, 'espionage': 0.0495, 'establishment': -0.0232, 'estate': 0.0776,
    'europe': -0.0268, 'even': -0.1610, 'ever': 0.1487, 'every': -0.1239, 'everybody': -0.1257,
    "everybody's": 0.0430, 'everything': -0.0837, 'exactly': 0.0605, 'example': 0.2071,
    'excited': 0.0217, 'executive': -0.0635, 'existing': 0.0430, 'expand': -0.0322, 'expect':
    0.0316, 'expensive': 0.0350, 'extensive': 0.0504, 'extremely': -0.0281, 'face': -0.0409,
    'facebook': -0.0245, 'fact': -0.0921, 'facts': 0.0448, 'failed': -0.0737, 'failing': 0.0421,
    'fair': -0.0650, 'faith': -0.0248, 'fake': -0.0462, 'families': -0.1009, 'far': 0.1116,
    'farm': 0.0530, 'farmers': 0.0948, 'farms': 0.0436, 'fashioned': 0.0363, 'fast': 0.0369,
    'father': 0.0578, 'favor': 0.0240, 'favorite': 0.0294, 'federal': -0.0287, 'feel': -0.0469,
    'few': -0.0423, 'fewer': 0.0287, 'fifteen': 0.0968, 'fifty': 0.0481, 'fight': -0.0559,
    'fighting': -0.0553, 'fill': -0.0203, 'final': 0.0510, 'financial': -0.0286, 'find': 0.1012,
    'fine': -0.0609, 'finished': 0.0303, 'fire': -0.0225, 'fired': -0.0217, 'firing': 0.0317,
    'first': 0.0227, 'five': -0.0957, 'fix': -0.0290, 'flag': 0.0456, 'fled': 0.0947, 'fleeing':
    0.0352, 'florida': -0.0427, 'fly': -0.0202, 'flying': 0.0380, 'focus': -0.0293, 'focused':
    -0.0259, 'folks': 0.1291, 'for': 0.0883, 'force': 0.0888, 'forces': -0.0504, 'forcing':
    0.0510, 'ford': 0.0821, 'foreign': -0.1504, 'forget': -0.0306, 'forgotten': -0.0220, 'form':
    0.0559, 'formed': 0.0723, 'forward': -0.0726, 'fossil': 0.0349, 'fought': -0.0383, 'found':
    0.0546, 'four': 0.0595, 'fox': 0.0420, 'frankly': 0.1134, 'fraudulent': -0.0206, 'free':
    -0.0748, 'freedom': -0.0308, 'friend': 0.0290, 'friends': -0.0557, 'frisk': 0.0832, 'from':
    0.2314, 'front': -0.0471, 'fuel': 0.0367, 'funding': 0.0915, 'funds': -0.0223, 'further':
    0.0629, 'gadhafi': 0.0280, 'gains': 0.0307, 'game': -0.0222, 'gave': 0.1362, 'general':
    -0.0724, 'generals': -0.0215, 'gentlemen': -0.0251, 'germany': 0.0412, 'get': -0.0723,
    'gets': -0.0382, 'getting': 0.0731, 'give': -0.0428, 'given': -0.0961, 'global': -0.0262,
    'go': 0.0666, 'goal': 0.0414, 'god': -0.0223, 'goes': 0.0793, 'going': -0.0500, 'gold':
    0.1800, 'goldman': -0.0443, 'gone': 0.0735, 'good': 0.0780, 'goods': -0.0206, 'got': 0.0303,
    'gotten': -0.0251, 'government': -0.0667, 'governments': -0.0224, 'governor': 0.0268,
    'great': -0.0393, 'greater': 0.0292, 'greatly': 0.0419, 'ground': -0.0441, 'group': -0.0248,
    'growth': -0.0504, 'guarantee': -0.0255, 'guess': 0.0416, 'gun': 0.0399, 'guns': 0.3475,
    'guts': 0.0604, 'guy': -0.0548, 'guys': 0.0318, 'hacked': 0.0227, 'hacking': 0.0532, 'had':
    -0.0762, 'haiti': -0.0205, 'half': -0.0409, 'hampshire': -0.0344, 'hand': -0.0306,
    'hannity': 0.0387, 'happened': 0.1588, 'happening': 0.0242, 'happens': 0.0844, 'happy':
    -0.0335, 'hard': -0.0514, 'harry': 0.0361, 'has': 0.2162, "hasn't": -0.0258, 'hatred':
    -0.0227, 'have': 0.0630, 'having': -0.0273, 'he': 0.0580, "he'd": -0.0226, "he's": -0.0446,
    'health': 0.0636, 'healthcare': -0.0535, 'hear': -0.0632, 'heard': -0.0525, 'hearing':
    -0.0268, 'heart': -0.0328, 'hearts': 0.0494, 'hedge': 0.0560, 'held': 0.0592, 'hell':
    0.0592, 'helped': -0.0509, 'helping': -0.0219, 'helps': 0.0507, 'her': 0.3404, 'here':
    -0.1962, 'heritage': 0.0579, 'hero': -0.0247, 'heroin': 0.0447, 'hey': 0.0359, 'high':
    0.0920, 'higher': -0.0674, 'highest': 0.1794, 'highly': 0.0337, 'hillary': 0.3205, 'him':
    0.0378, 'himself': -0.0201, 'hired': 0.0866, 'hiring': 0.0579, 'his': -0.0719, 'hispanic':
    0.0989, 'hispanics': -0.0205, 'hit': -0.0248, 'hold': -0.0349, 'holding': -0.0228, 'home':
    -0.0255, 'homes': -0.0306, 'honest': -0.0393, 'honestly': 0.0263, 'honor': -0.0223, 'hope':
    -0.0481, 'hostages': 0.0226, 'hour': 0.0654, 'hours': 0.0603, 'house': 0.0496, 'household':
    0.0506, 'households': 0.0606, 'how': -0.1610, 'human': -0.0218, 'humanitarian': 0.0569,
    'hundreds': 0.1869, 'hurt': 0.0420, 'hurting': 0.0431, 'husband': 0.0293, 'i': -0.1781,
    "i'd": -0.0221, "i'll": -0.0611, "i'm": -0.1260, "i've": -0.1724, 'idea': 0.0453, 'if':
    0.0674, 'illegal': 0.1959, 'illegally': 0.1446, 'imagine': -0.0204, 'immediately': -0.0422,
    'immigrant': -0.0341, 'impact': -0.0244, 'implicit': 0.0725, 'important': -0.1545,
    'imposed': 0.0283, 'imposing': 0.0503, 'impossible': 0.0456, 'inaudible': -0.0552,
    'includes': 0.0611, 'including': 0.2403, 'income': 0.0786, 'incomes': -0.0305, 'increase':
    0.1596, 'increased': 0.0264, 'increases': 0.0629, 'indeed': 0.1075, 'independent': 0.0682,
    'indiana': 0.1038, 'individual': -0.0431, 'individuals': -0.0200, 'industries': 0.0366,
    'industry': 0.1471, 'information': -0.0729, 'infrastructure': 0.0549, 'inherited': -0.0338,
    'inner': -0.0762, 'innocent': 0.0290, 'instead': -0.0284, 'institutions': -0.0314,
    'insurance': 0.0247, 'intel': 0.0586, 'intelligence': -0.0225, 'interest': -0.0783,
    'interests': -0.0817, 'international': -0.0211, 'interview': 0.0243, 'invasion': 0.0853,
    'invest': 0.0469, 'invested': -0.0250, 'investigate': 0.0492, 'investigation': 0.1702,
    'investments': 0.0257, 'involving': 0.0633, 'iran': -0.0534, 'iranians': -0.0233, 'iraq':
    0.2235, 'iraqi': -0.0264, 'is': 0.1532, 'isis': 0.1222, 'islamic': 0.0365, "isn't": 0.0245,
    'israel': -0.0932, 'issue': -0.1300, 'issues': -0.0772, 'it': 0.0881, "it'll": -0.0211,
    "it's": 0.1093, 'its': 0.0508, 'japan': 0.1274, 'job': -0.0220, 'jobs': 0.5965, 'joe':
    0.0432, 'john': -0.0878, 'joined': -0.0283, 'judge': -0.0630, 'judges': -0.0237, 'just':
    -0.0738, 'justice': -0.1195, 'kavanaugh': -0.0245, 'keep': -0.0545, 'keeping': -0.0302,
    'kept': 0.0391, 'kerry': -0.0340, 'keystone': -0.0209, 'kids': -0.0353, 'kill': -0.0279,
    'killed': 0.0762, 'killers': 0.0256, 'killing': -0.0473, 'kinds': -0.0210, 'knew': 0.0327,
    'knock': 0.0410, 'known': -0.0376, 'knows': 0.1071, 'korea': 0.0734, 'labor': 0.0730,
    'laden': -0.0272, 'lady': -0.0246, 'large': 0.0927, 'largely': 0.1415, 'largest': 0.1370,
    'last': 0.0854, 'late': -0.0209, 'later': -0.0251, 'latino': -0.0321, 'latinos': -0.0282,
    'laughter': -0.0359, 'law': -0.0992, 'laws': 0.2109, 'lawsuits': 0.0661, 'lead': 0.0482,
    'leader': 0.0648, 'leaders': -0.0616, 'leadership': -0.0378, 'leading': 0.0302, 'learn':
    0.0393, 'least': 0.0442, 'leave': 0.0370, 'leaving': 0.2013, 'led': -0.0292, 'left':
    -0.0781, 'legacy': 0.0543, 'legal': 0.0884, 'legislation': -0.0404, 'legislative': 0.0293,
    'less': -0.0578, 'let': -0.1411, "let's": -0.1189, 'level': 0.0316, 'liability': 0.1090,
    'liberty': -0.0220, 'libya': 0.0945, 'libyan': 0.0410, 'lie': -0.0298, 'lied': 0.0713,
    'life': -0.1054, 'lift': -0.0229, 'lifted': 0.0883, 'like': 0.0513, 'likely': -0.0202,
    'line': -0.0347, 'lines': -0.0393, 'listen': -0.0217, 'literally': -0.0379, 'little':
    -0.1075, 'live': -0.0382, 'living': -0.0618, 'loan': 0.0958, 'lobbyists': 0.0368, 'local':
    0.0525, 'longer': 0.1665, 'looked': -0.0453, 'looking': -0.0503, 'loopholes': -0.0215,
    'los': 0.0474, 'lose': -0.0249, 'lost': 0.0382, 'lot': -0.0759, 'lots': -0.0214, 'love':
    0.0297, 'loved': -0.0268, 'low': 0.1763, 'lower': 0.1422, 'lowering': 0.0395, 'lowest':
    0.1054, 'm': 0.0266, 'made': -0.0360, 'mails': 0.0591, 'major': 0.0231, 'majority': -0.0354,
    'make': -0.1298, 'makes': -0.0591, 'making': -0.0237, 'man': -0.0965, 'manager': 0.0567,
    'manufacturing': 0.0991, 'many': -0.0452, 'market': 0.0695, 'massive': 0.2838, 'massively':
    0.0961, 'material': 0.0207, 'matter': -0.0681, 'may': -0.0837, 'maybe': -0.0527, 'mayor':
    0.0309, 'mayors': 0.0458, 'me': 0.0598, 'mean': 0.0362, 'meaning': 0.0225, 'meaningful':
    0.0470, 'means': -0.0931, 'media': -0.0660, 'medicaid': -0.0227, 'medical': 0.0642,
    'medicare': 0.1308, 'meet': -0.0377, 'meeting': -0.0480, 'member': -0.0296, 'members':
    0.0748, 'men': 0.0260, 'mention': -0.0307, 'mentions': 0.0908, 'mess': -0.0274, 'message':
    -0.0244, 'met': -0.0445, 'mexican': -0.0273, 'mexico': 0.0856, 'michigan': 0.0602, 'middle':
    0.1696, 'migration': 0.0471, 'mike': -0.0386, 'million': 0.1491, 'millions': 0.0686, 'mind':
    -0.0377, 'mine': -0.0319, 'miners': 0.1255, 'minimum': 0.0314, 'minute': 0.0745, 'minutes':
    -0.0928, 'miss': 0.0384, 'missile': -0.0201, 'mistake': -0.0348, 'mitt': -0.0274, 'mom':
    -0.0234, 'money': 0.1920, 'month': 0.0642, 'months': -0.0704, 'more': -0.2272, 'morning':
    -0.0333, 'most': -0.0279, 'mosul': -0.0376, 'mother': 0.0389, 'moved': -0.0354, 'moving':
    0.0821, 'mr': -0.2344, 'much': -0.1197, 'murdered': -0.0211, 'murders': 0.1122, 'muslim':
    0.0265, 'muslims': -0.0288, 'my': 0.0871, 'nafta': 0.2238, 'name': -0.0606, 'named': 0.0395,
    'nation': -0.1139, 'nations': 0.1676, 'nationwide': 0.0744, 'nato': 0.0845, 'near': 0.0636,
    'nearly': 0.0485, 'need': -0.0570, 'needed': -0.0421, 'negative': -0.0206, 'negotiate':
    -0.0276, 'negotiating': -0.0206, 'negotiation': 0.0416, 'neighbors': 0.0493, 'new': 0.2624,
    'news': -0.0776, 'newspaper': 0.0943, 'newspapers': 0.0433, 'next': -0.1139, 'nice':
    -0.0375, 'night': -0.0418, 'nine': -0.0415, 'ninth': 0.1043, 'no': -0.1152, 'nobody':
    0.2027, 'nomination': -0.0303, 'nominee': -0.0285, 'non': 0.0437, 'none': 0.0395, 'normal':
    0.0284, 'north': -0.0718, 'not': -0.1257, 'nothing': -0.0277, 'notice': 0.0522, 'nra':
    -0.0270, 'nuclear': 0.1436, 'number': 0.1652, 'numbers': -0.0357, 'obama': 0.1272,
    'obligations': 0.0474, 'obsolete': 0.0598, 'obviously': 0.1065, 'occasion': 0.0521, 'occur':
    0.0851, 'of': -0.0840, 'off': -0.0486, 'office': -0.0252, 'officer': 0.0550, 'officers':
    0.0507, 'officials': -0.0386, 'often': 0.0212, 'ohio': 0.0286, 'oil': 0.0790, 'okay':
    -0.0701, 'on': -0.0432, 'once': 0.0460, 'one': -0.0458, 'ones': 0.0362, 'open': 0.2974,
    'opening': 0.0318, 'operation': -0.0206, 'opinion': 0.0332, 'opportunity': -0.0346,
    'oppose': 0.0546, 'opposed': 0.0965, 'organization': -0.0427, 'others': 0.0397, 'ought':
    -0.0229, 'our': 0.2583, 'out': 0.1264, 'outcome': 0.0482, 'outsmarted': -0.0204, 'over':
    0.1011, 'overall': 0.0277, 'overseas': 0.0228, 'overturned': 0.0240, 'own': 0.0312, 'pacs':
    0.0463, 'page': -0.0350, 'paid': 0.2337, 'palestinian': -0.0220, 'palestinians': 0.0265,
    'palm': 0.0383, 'paper': 0.0255, 'parenthood': 0.0733, 'parents': 0.0652, 'paris': 0.0789,
    'part': 0.0766, 'partial': 0.0561, 'particular': 0.0441, 'particularly': -0.0268, 'parties':
    0.0395, 'party': 0.0313, 'pass': 0.0265, 'past': 0.0328, 'path': 0.0362, 'patients': 0.0540,
    'patrol': -0.0218, 'payer': 0.0572, 'paying': -0.1085, 'peace': -0.0398, 'pence': -0.0235,
    'penny': 0.0889, 'people': -0.1549, "people's": 0.0404, 'per': -0.0359, 'percent': 0.0891,
    'perfect': -0.0274, 'period': 0.0875, 'perpetrated': 0.0519, 'person': -0.0215, 'physical':
    0.0251, 'pick': -0.0251, 'piece': 0.0400, 'pipeline': 0.0479, 'pipelines': 0.0573, 'places':
    0.2520, 'plan': 0.0320, 'planes': 0.0701, 'planned': 0.0665, 'plans': 0.0758, 'plant':
    0.0367, 'plants': 0.1386, 'pleased': 0.0286, 'point': -0.0261, 'points': 0.0218, 'poland':
    0.1131, 'polish': 0.0299, 'political': -0.0242, 'politicians': -0.0703, 'politics': -0.0401,
    'poll': -0.0413, 'polls': 0.0421, 'position': -0.0637, 'positive': -0.0247, 'possible':
    -0.0636, 'possibly': 0.0388, 'post': -0.0247, 'potential': 0.0398, 'pour': 0.0758,
    'pouring': 0.1489, 'poverty': 0.0605, 'power': -0.0794, 'powerful': -0.0565, 'practice':
    0.0488, 'pre': 0.0361, 'premiums': 0.1743, 'prepare': 0.0268, 'presidency': -0.0265,
    'president': -0.0790, 'presidential': -0.0594, 'press': -0.0403, 'price': -0.0232, 'prices':
    -0.0294, 'primary': -0.0350, 'prime': 0.0341, 'prior': 0.0551, 'priority': -0.0333,
    'private': 0.0370, 'pro': -0.0276, 'problem': -0.0606, 'produce': -0.0244, 'production':
    0.0426, 'products': 0.0318, 'program': -0.0205, 'progress': 0.0602, 'progressive': -0.0336,
    'projects': 0.0753, 'proliferation': 0.0465, 'promise': 0.1019, 'promised': 0.0244,
    'promises': -0.0352, 'promote': 0.0397, 'proper': 0.0871, 'proposal': 0.0286, 'proposing':
    -0.0231, 'prosecutor': 0.0474, 'prosperity': -0.0264, 'protect': 0.2137, 'protected':
    -0.0215, 'protection': 0.1126, 'protects': 0.0346, 'proud': -0.0642, 'provide': -0.0650,
    'public': -0.0544, 'puerto': -0.0268, 'punished': 0.0517, 'punishment': 0.0520, 'put':
    0.0637, 'putting': -0.0925, 'question': -0.2406, 'quickly': 0.0720, 'quote': 0.1030, 'race':
    0.0261, 'racist': -0.0230, 'radical': 0.1166, 'raised': -0.0713, 'raising': 0.2113,
    'rallies': 0.0439, 'ran': 0.0816, 'raped': 0.0597, 'rapidly': 0.0671, 'rate': 0.1077,
    'rates': -0.0483, 'rather': 0.0462, 'reached': 0.0753, 'read': -0.0328, 'really': -0.1678,
    'reason': 0.1099, 'reasonable': 0.0453, 'reasons': 0.0212, 'rebels': -0.0206, 'rebuild':
    0.0319, 'rebuilding': -0.0340, 'received': 0.0333, 'recent': 0.0233, 'recently': -0.0367,
    'recession': 0.0325, 'recognize': 0.0563, 'record': -0.0690, 'reduce': 0.0220, 'reducing':
    0.0510, 'reduction': 0.0804, 'reform': -0.0544, 'reforms': -0.0244, 'refugees': 0.1034,
    'refused': -0.0353, 'regime': 0.0564, 'regulations': -0.0995, 'regulatory': 0.0493, 'reid':
    0.0361, 'related': 0.0679, 'relationship': -0.0210, 'release': -0.0893, 'relief': 0.0298,
    'religious': -0.0331, 'rely': 0.0346, 'remain': -0.0248, 'remember': -0.0420, 'renegotiate':
    0.0343, 'repeal': -0.0286, 'repeatedly': -0.0249, 'replace': -0.0202, 'reported': -0.0350,
    'reportedly': -0.0204, 'reporter': 0.0757, 'request': 0.0520, 'reset': -0.0266, 'resources':
    0.0240, 'respect': -0.0833, 'respond': -0.0552, 'response': -0.0320, 'responsible': -0.0426,
    'rest': 0.0253, 'result': 0.0558, 'results': -0.0292, 'return': 0.0232, 'rico': -0.0211,
    'rigged': -0.0475, 'right': -0.2796, 'rights': -0.0461, 'rip': 0.1001, 'rise': -0.0348,
    'rising': 0.0530, 'role': 0.0276, 'romney': -0.0344, 'room': -0.0369, 'roughly': -0.0239,
    'rubio': -0.0311, 'ruled': 0.0337, 'rules': -0.0426, 'running': -0.0983, 'runs': 0.0406,
    'russia': -0.1318, 'russian': -0.0610, 'russians': 0.0900, 'sachs': -0.0443, 'safe':
    -0.0519, 'safely': 0.0378, 'safer': 0.0323, 'safety': -0.0345, 'said': 0.0851, 'same':
    -0.0562, 'san': 0.0496, 'sanctions': -0.0447, 'sanders': -0.0713, 'saudi': 0.1400, 'saved':
    -0.0369, 'saw': 0.0408, 'say': 0.0796, 'saying': 0.1166, 'says': -0.1059, 'scalia': -0.0200,
    'school': -0.0598, 'schools': -0.0266, 'sean': 0.0354, 'seat': -0.0207, 'second': 0.1283,
    'seconds': -0.0323, 'secretary': -0.2269, 'secure': -0.0310, 'security': -0.1139, 'see':
    0.1278, 'seeing': 0.0287, 'seek': 0.0417, 'seen': 0.0607, 'segment': -0.0287, 'self':
    0.1030, 'sell': 0.0352, 'senate': 0.0861, 'senator': -0.0788, 'seniors': 0.1725, 'sense':
    -0.0376, 'sent': 0.1473, 'separate': 0.0261, 'series': 0.0278, 'serve': -0.0231, 'server':
    0.0421, 'service': -0.0255, 'setting': 0.0412, 'settle': 0.0677, 'seven': -0.0466,
    'several': -0.0200, 'sex': 0.0468, 'shadow': 0.0619, 'share': -0.0656, 'she': 0.2522,
    "she's": 0.0968, 'shooting': 0.0528, 'should': -0.1096, 'show': -0.0310, 'shows': -0.0337,
    'shutting': 0.0365, 'side': 0.1329, 'sidney': 0.0647, 'signed': 0.0397, 'significant':
    -0.0278, 'similar': 0.0509, 'simple': -0.0360, 'since': 0.0731, 'single': 0.0618, 'sitting':
    0.0267, 'situation': -0.0712, 'small': 0.1980, 'so': -0.0239, 'social': -0.0834,
    'socialism': 0.1103, 'solar': -0.0290, 'solve': -0.0365, 'some': -0.0245, 'somebody':
    0.0236, 'something': -0.1086, 'sometimes': -0.0221, 'somewhat': 0.0514, 'son': -0.0274,
    'soon': -0.0366, 'soros': 0.0374, 'sounds': 0.0473, 'sources': 0.0404, 'south': 0.0442,
    'southern': 0.0888, 'sovereignty': 0.0420, 'speak': -0.0340, 'speaking': 0.0414, 'special':
    -0.0834, 'speech': 0.0725, 'speeches': -0.0276, 'spend': 0.0295, 'spending': 0.0889, 'st':
    -0.0436, 'stage': 0.0485, 'stand': -0.0864, 'standard': 0.1650, 'standing': -0.0342,
    'standpoint': 0.0472, 'start': -0.0804, 'starting': 0.1057, 'state': 0.0701, 'statement':
    -0.0221, 'statements': -0.0272, 'status': -0.0212, 'stay': 0.0949, 'steel': 0.1551, 'step':
    0.0294, 'steps': -0.0203, 'still': -0.0517, 'stockpile': 0.0440, 'stood': -0.0511, 'stop':
    0.1162, 'stopped': -0.0345, 'store': 0.0402, 'stories': 0.2013, 'story': -0.0372,
    'strategy': -0.0231, 'street': -0.0741, 'streets': 0.0409, 'strong': -0.0619, 'stronger':
    -0.0388, 'stuck': 0.0569, 'study': 0.0283, 'stuff': 0.0223, 'subject': 0.0458, 'subpoena':
    0.0655, 'successful': -0.0289, 'such': -0.0659, 'sucked': 0.0526, 'suggest': 0.0492,
    'suggested': -0.0224, 'supported': 0.3661, 'supporters': -0.0366, 'supporting': -0.0222,
    'supposed': -0.0281, 'supreme': -0.0766, 'sure': -0.0271, 'surprised': -0.0362,
    'surrounding': 0.0421, 'syria': -0.0921, 'system': -0.0610, 'table': -0.0256, 'take':
    0.0539, 'takes': -0.0282, 'taking': -0.0774, 'talked': -0.0721, 'talking': 0.0277, 'talks':
    -0.0206, 'tax': 0.0924, 'taxed': 0.0263, 'taxes': 0.2382, 'taxpayers': 0.0439, 'team':
    -0.0321, 'ted': -0.0231, 'tell': -0.1003, 'telling': -0.0296, 'tennessee': -0.0213, 'tens':
    -0.0651, 'term': -0.0241, 'terrible': -0.0472, 'terrorism': 0.0476, 'terrorist': -0.0319,
    'terrorists': 0.1862, 'texas': -0.0244, 'than': -0.0266, 'thank': -0.1443, 'that': -0.0875,
    "that's": -0.0642, 'the': 0.2926, 'their': -0.1298, 'then': -0.1313, 'there': 0.0879,
    "there's": 0.0207, 'these': -0.0519, "they'll": -0.0286, "they're": -0.1048, "they've":
    -0.0746, 'thing': -0.1444, 'things': -0.0615, 'think': -0.0403, 'thinking': 0.0243,
    'thinks': 0.0235, 'third': -0.0668, 'this': -0.2587, 'those': 0.0450, 'though': -0.0455,
    'thousand': -0.0233, 'thousands': 0.0356, 'threat': -0.0499, 'threats': 0.0319, 'three':
    -0.0201, 'through': -0.1031, 'tied': 0.0402, 'tim': -0.0202, 'time': -0.1060, 'times':
    0.0363, 'to': -0.1755, 'today': -0.0945, "today's": 0.0504, 'together': -0.1183, 'tomorrow':
    -0.0462, 'top': -0.0207, 'total': 0.0200, 'totally': 0.2405, 'tough': 0.0271, 'tougher':
    -0.0363, 'toughest': 0.0745, 'toward': -0.0356, 'tpp': 0.1044, 'trade': 0.1440, 'traffic':
    0.0745, 'transform': 0.0610, 'treated': 0.0307, 'treaty': 0.0554, 'tremendous': 0.1043,
    'tried': -0.0551, 'trillions': -0.0255, 'troops': 0.0321, 'troubling': 0.0247, 'true':
    0.0430, 'truly': -0.0354, 'trump': -0.1171, 'trust': -0.0346, 'truth': -0.0550, 'try':
    -0.0893, 'trying': 0.0483, 'turn': 0.0482, 'turnout': 0.1977, 'twice': -0.0204, 'two':
    -0.0947, 'u': -0.0419, 'ukraine': -0.0230, 'unconstitutional': 0.0919, 'uncontrolled':
    0.1459, 'under': 0.1329, 'understand': 0.0694, 'understood': 0.0247, 'undertaken': 0.0491,
    'undocumented': 0.0716, 'unemployment': 0.2073, 'unfair': 0.0568, 'unfit': 0.0605,
    'unfortunate': 0.0560, 'union': 0.0261, 'united': -0.0773, 'university': -0.0478, 'unless':
    0.0364, 'unqualified': 0.0513, 'until': 0.0918, 'up': -0.0697, 'update': 0.0401, 'uranium':
    0.0303, 'urge': 0.0396, 'us': 0.0420, 'usa': -0.0251, 'use': 0.0300, 'used': 0.1066, 'v':
    -0.0284, 'vacuum': 0.0921, 'values': -0.0201, 'vast': 0.0201, 'verizon': -0.0223, 'vermont':
    -0.0411, 'very': -0.1436, 'veterans': -0.0488, 'vets': 0.0322, 'vetting': 0.0743, 'vice':
    -0.0389, 'viciously': -0.0236, 'victims': -0.0202, 'vietnam': 0.0271, 'view': -0.0367,
    'views': -0.0285, 'violence': 0.0381, 'violently': 0.0469, 'virginia': -0.0378, 'vital':
    0.0339, 'vladimir': 0.0205, 'vote': 0.0213, 'voted': -0.0596, 'voter': 0.2196, 'voters':
    -0.0545, 'votes': 0.0484, 'voting': -0.0235, 'w': -0.0226, 'wages': 0.2404, 'waiting':
    -0.0265, 'walk': -0.0209, 'want': -0.1304, 'wants': 0.1892, 'war': 0.0859, 'wars': -0.0224,
    'washington': -0.0909, "wasn't": -0.0296, 'watched': -0.0496, 'water': 0.0404, 'way':
    0.0814, 'ways': -0.0553, 'we': 0.0367, "we'll": -0.0829, "we're": -0.1734, "we've": -0.0236,
    'wealth': -0.0425, 'weapon': -0.0271, 'weapons': 0.1729, 'weeks': -0.0421, 'welcome':
    -0.0310, 'welcomed': 0.0380, 'welfare': 0.0698, 'well': 0.0443, 'went': -0.1179, 'were':
    -0.2425, "weren't": -0.0247, 'what': -0.0381, "what's": -0.0287, 'when': 0.0759, 'where':
    0.1340, 'whether': 0.0534, 'which': 0.1522, 'while': 0.1207, 'white': 0.0591, 'who':
    -0.1061, "who's": -0.0349, 'why': 0.0916, 'wikileaks': -0.0268, 'will': 0.0398, 'win':
    0.1088, 'winner': 0.0232, 'winning': -0.0222, 'wiped': -0.0221, 'wish': 0.0223, 'with':
    0.0255, 'within': -0.0444, 'without': 0.0204, 'wolf': 0.0250, 'woman': 0.0300, 'womb':
    0.1073, 'women': 0.1746, "women's": 0.0294, 'won': -0.0501, "won't": -0.0609, 'wonderful':
    0.1125, 'worked': -0.0333, 'workers': 0.2409, 'workforce': -0.0214, 'working': 0.0401,
    'works': -0.0479, 'world': -0.0370, 'worse': 0.1566, 'would': 0.0496, "would've": 0.0360,
    "wouldn't": 0.0708, 'wounded': 0.0264, 'write': -0.0235, 'wrong': 0.2129, 'wrote': -0.0279,
    'yeah': -0.0579, 'year': 0.1863, 'years': -0.2439, 'yes': -0.1288, 'york': -0.0425, 'you':
    -0.0866, "you're": 0.1528, "you've": -0.0936, 'your': 0.1716, 'yourself': -0.0212,
    'yourselves': 0.1039, 'zero': -0.0306,
}
# ---- end of weight table ----
