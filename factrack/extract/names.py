"""Names, titles and honorifics, and coreference of speakers inside one article.

A speaker phrase ("U.S. Secretary of State Antony Blinken", "Mr. Wang", "a senior Foreign
Ministry official", "the company", "he") is parsed into a `Mention`; a `Coreference`
resolves mentions to article-level entities so that "Mr. Wang" and "Wang Yi" are one
speaker. The cross-article helpers at the end (`name_parts`, `same_person`) are pure
rules for the storage layer's speaker identity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from bisect import bisect_left, bisect_right, insort
from functools import lru_cache

from factrack.extract.types import Speaker

HONORIFIC_GENDER = {
    "mr": "male", "mrs": "female", "ms": "female", "miss": "female", "mme": "female",
    "sir": "male", "lady": "female", "dame": "female", "lord": "male",
    "dr": None, "prof": None, "sen": None, "rep": None, "gov": None, "gen": None,
    "lt": None, "col": None, "capt": None, "sgt": None, "rev": None, "messrs": None,
}

# Title words: in a phrase before a name they are its role, never part of the name.
TITLE_WORDS = frozenset("""
president vice secretary minister ministers leader leaders senator governor chairman
chairwoman chair director spokesman spokeswoman spokesperson chancellor prime foreign
state treasury defense defence general judge justice mayor ceo cfo coo chief executive
officer commissioner ambassador speaker representative congressman congresswoman
attorney coach manager professor premier king queen prince princess vice-president deputy
head founder boss analyst economist editor lawyer candidate nominee senior former top
assistant democrat democratic republican gop whip majority minority house senate press
national security adviser advisor interior commerce energy health education finance
home justice labor labour agriculture transportation economy trade culture sports
sport intelligence homeland council member mp mep lawmaker legislator councillor
pope cardinal bishop archbishop captain striker midfielder defender goalkeeper
manager chairman rabbi imam sheikh emir sultan field marshal admiral colonel major
lieutenant sergeant inspector superintendent detective constable representatives senators
sheriff undersheriff envoy owner commander coroner warden prosecutor producer
u.s. us uk u.k. eu un
""".split())

# Capitalized words that start sentences or clauses but are never part of a name.
FUNCTION_CAPS = frozenset("""
The A An But And Yet When While If In On At For With As After Before Still Now This That
These Those It He She They We I His Her Their Our Its So Then Also Meanwhile However
Although Though Since Because Nevertheless Overall According Last Next Earlier Later Under
Over From By To Of Despite During Many Some Most Every Each All No Not There Here What Why
How Who Where Speaking Asked Writing Instead Even Only Just Both Either Neither Such Other
About Around Among Across Against Along Amid Without Within Through Throughout Until Upon
Given Having Being Following Like Unlike Except Whether Whatever Whenever Wherever Perhaps
Indeed Thus Hence Therefore Furthermore Moreover Otherwise Besides Anyway Again Already
Almost Always Never Often Sometimes Today Tonight Yesterday Tomorrow Recently Currently
Finally First Second Third Initially Ultimately Mostly Partly Clearly Obviously Certainly
Ahead Behind Beyond Inside Outside Near Nearby Above Below Beneath Toward Towards Via Per
Once Shortly Soon Separately Elsewhere Nearly Roughly Nonetheless Still Regardless
Sadly Fortunately Unfortunately Hopefully Interestingly Importantly Notably Specifically
Dear Please Yes Thanks Thank Hello Read Subscribe Click Sign Follow Share Watch Listen See
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December Mon Tue Wed Thu Fri Sat Sun
""".split())

ORG_WORDS = frozenset("""
ministry agency department company corporation corp corp. inc inc. ltd ltd. plc llc co co.
group party committee commission council office bank association union institute
university college court administration government pentagon kremlin news times post
journal network service services board authority federation organisation organization
foundation fund campaign bureau police army navy force reuters xinhua ap afp bbc cnn
nasa fbi cia un eu nato opec imf center centre team club league fa uefa fifa firm airlines
airways motors holdings industries partners capital securities exchange commission
tribunal parliament congress senate cabinet embassy consulate regulator ofcom ofgem
watchdog panel trust society alliance coalition movement institution school hospital
newspaper magazine review television radio channel studio studios records label network
foods research data analytics insights polling institute academy laboratory laboratories
systems technologies technology networks media entertainment insurance brands stores mining
steel telecom telecoms energy utilities pharmaceuticals pharma logistics shipping railways
rail airport airports port motors automotive chemicals petroleum oil gas power water
authority authorities agency consultancy consultants associates commons lords
democrats republicans conservatives tories liberals
""".split()) - {"energy", "oil", "gas", "power", "water"}

# Places speak through their governments ("Saudi Arabia said", "North Korea warned"): a
# run with one of these first or last words is an organization, never a person's name.
_PLACE_HEADS = frozenset("north south east west new united saudi sri costa hong puerto los las "
                         "tel san sao".split())
_PLACE_TAILS = frozenset("""kingdom states arabia korea africa zealand kong lanka rica emirates
republic islands island coast carolina dakota hampshire jersey angeles francisco diego vegas
aviv janeiro paulo delhi guinea sudan leone herzegovina tobago""".split())


def _is_place(lows: list[str]) -> bool:
    """Whether lowercased name words name a place ("saudi arabia", "north ardenia")."""
    return len(lows) >= 2 and (lows[0] in _PLACE_HEADS or lows[-1] in _PLACE_TAILS)


# Buildings and offices that stand for an institution ("the White House said").
_INSTITUTIONS = frozenset(("white house", "downing street", "blue house", "elysee palace",
                           "élysée palace", "capitol hill", "house of representatives"))

# Heads of unnamed sources ("a senior official", "analysts") and documents that speak.
UNNAMED_HEADS = frozenset("""
official officials spokesman spokeswoman spokesperson spokesmen source sources expert
experts analyst analysts economist economists critic critics observer observers diplomat
diplomats aide aides adviser advisers advisor advisors resident residents witness
witnesses lawyer lawyers researcher researchers scientist scientists investigator
investigators police authorities prosecutors prosecutor officers officer executives
executive insiders campaigners activists supporters opponents organisers organizers
doctors people statement report study survey analysts traders dealers observers
commentators lawmakers legislators regulators employees staff workers members leaders
deputies authors military troopers jury
""".split())

# "the company" / "the ministry": refer back to a named organization.
ORG_REF_HEADS = frozenset("""
company firm ministry agency group department government bank club party commission
committee union council regulator administration network broadcaster newspaper
manufacturer carrier airline retailer publisher studio watchdog organisation
organization body board institute university pollster team league association federation
foundation bureau office operator utility insurer lender chain supermarket court
authority charity campaign
""".split())
# Heads that may refer back to the latest organization of any name ("the pollster" after
# "Orbis Research"); others need their word in the name ("the ministry").
GENERIC_ORG_HEADS = frozenset("""company firm group pollster team operator insurer lender
retailer carrier airline publisher broadcaster manufacturer utility chain supermarket club
party
""".split())
_GOVERNMENT_WORDS = frozenset("ministry department government agency administration "
                              "commission committee council office embassy party".split())

_PERSONAL_HONORIFICS = frozenset("mr mrs ms miss mme dr prof sir lady dame lord messrs".split())
_DETS = frozenset("a an the one two three four several some many other most".split())
_PARTICLES = frozenset("de van von der da di du bin al la le del dos ibn".split())
_LINKS = ("of", "for", "and", "the") + tuple(_PARTICLES)

PRONOUNS = {"he": "male", "she": "female", "they": "plural", "it": "thing",
            "him": "male", "her": "female"}

_HON = r"(?:Mr|Mrs|Ms|Miss|Mme|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|Messrs|Sir|Lady|Dame|Lord)\.?"
_CAP = (r"(?:(?:[A-Z]\.){2,}|" + _HON + r"(?=\s)|[A-Z]\.(?=\s+[A-Z])|"
        r"[A-ZÀ-ÖØ-Þ][\w’'\-]*(?<![’']))")
_CAP_POSS = r"[A-ZÀ-ÖØ-Þ][\w\-]*[’']s"
_MODS = (r"(?:senior|former|top|chief|junior|deputy|local|state-run|state-owned|[a-z]+-run|"
         r"state|foreign|federal|government|company|ministry|industry|police|military|"
         r"intelligence|administration|party|campaign|union|health|defen[cs]e|trade|"
         r"security|independent|leading|prominent|other|several|western|european|"
         r"unnamed|anonymous|unidentified|city|county|economic|financial|market|oil|"
         r"bank|business|legal|medical|election|retail|city|private|public|outside|"
         r"american|chinese|british|russian|industry|energy|climate|tax|budget|rival|"
         r"independent|regional|national|international|global|two|three|four|many|some|"
         r"most|few|several|white|house|press|general|executive|managing|vice|assistant|"
         r"new|acting|interim|current|longtime|long-time|veteran|grand)")
_TITLE_LC = r"(?:" + "|".join(sorted((re.escape(w) for w in TITLE_WORDS if w.isalpha()),
                                     key=len, reverse=True)) + r")"
_HEAD_LC = r"(?:" + "|".join(sorted(UNNAMED_HEADS | ORG_REF_HEADS, key=len, reverse=True)) + r")"
_DET = r"(?:[Aa]n?|[Tt]he|[Oo]ne|two|three|four|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Mm]ost)"
_LINK = r"(?:of|for|and|the|de|van|von|der|da|di|du|bin|al|la|le|del|ibn)"
_WORD = rf"(?:{_CAP_POSS}|{_CAP}|{_MODS}|{_TITLE_LC})"
_HEAD = rf"(?:{_CAP}|{_HEAD_LC}|{_TITLE_LC})"
_OF_TAIL = rf"(?:\s+(?:for|of|at|from|with)\s+(?:the\s+)?(?:{_CAP}\s+){{0,4}}(?:{_CAP}|{_HEAD_LC}))"
_NP = (rf"(?:{_DET}\s+)?(?:{_WORD}\s+(?:{_LINK}\s+)?){{0,8}}{_HEAD}{_OF_TAIL}?")

_PRONOUN_START = re.compile(r"\s*([Hh]e|[Ss]he|[Tt]hey|[Ii]t)(?![\w’'])")
_NP_START = re.compile(rf"\s*({_NP})(?![\w’'])")
# Candidate names anywhere in the text (prepass): optional lowercase title words, then a
# run of capitalized words possibly joined by of/for/and/the.
# Runs of capitalized words (possibly joined by of/for/the or a name particle): the
# candidates for the prepass. Title words before a run are picked up in Python.
# The pattern starts with a plain character class so the engine can skip ahead to
# capitals; the left word boundary is checked in Python.
_RUN_TOKEN = (r"[A-ZÀ-ÖØ-Þ](?:(?:r|rs|s|iss|me|rof|en|ep|ov|t|ol|apt|gt|ev|essrs)\.(?=\s)|"
              r"\.(?:[A-Z]\.)*|[\w’'\-]*+(?<![’']))")
# (possessive: a word that ends in an apostrophe is given up at once, not a letter at a
# time; no other run is read differently, 34,010 corpus paragraphs checked)
_CAP_RUN = re.compile(
    rf"{_RUN_TOKEN}(?:[ \t\xa0]+(?:(?:of|for|the|de|van|von|bin|al|la|le|del)[ \t\xa0]+)?"
    rf"{_RUN_TOKEN}){{1,6}}"
    rf"(?![\w’'])")
_MOD_WORDS = frozenset(_MODS[3:-1].replace("[a-z]+-run|", "").replace("defen[cs]e", "defence|defense")
                       .split("|"))


@dataclass(slots=True)
class Mention:
    """A speaker phrase found in the text (start/end absolute offsets).

    kind: person (≥2 name words or an honorific), single (one capitalized word: a
    surname or an organization, decided by coreference), organization, unnamed,
    orgref ("the company"), roleref ("the president"), pronoun.
    """

    start: int
    end: int
    surface: str
    kind: str
    name: str
    role: str | None = None
    honorific: str | None = None
    gender: str | None = None


def _strip_token(token: str) -> str:
    return token.lower().rstrip(".")


_WORD_EDGE = frozenset("’'-.") | frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_NEXT_CAP = re.compile(r"\s+[A-Z]")
_SPACED = re.compile(r"\S+")
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][\w.]*$")
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
_CLITIC = re.compile(r"[’'](?:s|re|ll|ve|d|m|t)$")


_TITLE_SUFFIXES = frozenset("elect designate be waiting".split())


def _is_hyphenated_title(low: str) -> bool:
    """ "speaker-to-be", "president-elect", "ex-minister": a title, not a name word."""
    parts = low.split("-")
    return len(parts) > 1 and (parts[0] == "ex" and parts[1] in TITLE_WORDS or
                               parts[0] in TITLE_WORDS and parts[-1] in _TITLE_SUFFIXES)


@lru_cache(maxsize=8192)
def _is_name_token(token: str) -> bool:
    if not token[:1].isupper() or token in FUNCTION_CAPS:
        return False
    low = _strip_token(token)
    if low in TITLE_WORDS or low in HONORIFIC_GENDER:
        return False
    if "-" in low and _is_hyphenated_title(low):
        return False
    if _DOTTED.fullmatch(token):
        return False  # dotted acronym ("U.S.") is a modifier, not a name
    if _CLITIC.search(token):
        return False  # possessive or contraction ("Blinken’s", "We’re")
    return True


def classify(surface: str, start: int) -> Mention | None:
    """Read a noun phrase already cut out of the text (surface starts at `start`)."""
    found = _classify(surface)
    if found is None:
        return None
    return Mention(found.start + start, found.end + start, found.surface, found.kind,
                   found.name, found.role, found.honorific, found.gender)


_NOT_PLAIN = ORG_WORDS | _PARTICLES | _DETS | UNNAMED_HEADS | ORG_REF_HEADS


def _plain_name(surface: str) -> Mention | None:
    """The common shapes read without the full parse: "Andy Clarke", "Nestle", "Mr Clarke"
    (plain name words, an optional personal honorific); None for anything else."""
    words = surface.split(" ")
    if len(words) > 4 or not all(w.isalpha() or w.replace("-", "").isalpha() for w in words[1:]):
        return None
    first = words[0]
    honorific = None
    if first.endswith(".") and len(words) > 1:
        if first[:-1].isalpha() and first[:-1].lower() in _PERSONAL_HONORIFICS:
            honorific = first
    elif not (first.isalpha() or first.replace("-", "").isalpha()):
        return None
    elif first.lower() in _PERSONAL_HONORIFICS and len(words) > 1:
        honorific = first
    names = words[1:] if honorific else words
    if not all(_is_name_token(w) for w in names) or \
            any(w.lower() in _NOT_PLAIN for w in words):
        return None
    text = " ".join(words)
    name = " ".join(names)
    if honorific:
        return Mention(0, len(text), text, "person", name, None, honorific,
                       HONORIFIC_GENDER.get(_strip_token(honorific)))
    if len(names) >= 2:
        return Mention(0, len(text), text, "organization" if _is_place(
            [w.lower() for w in names]) else "person", name)
    if name.isupper() and len(name) > 1:
        return Mention(0, len(text), text, "organization", name)
    if _PARTY_STATE.match(name):
        return None
    return Mention(0, len(text), text, "single", name)


@lru_cache(maxsize=4096)
def _classify(surface: str) -> Mention | None:
    """`classify` at offset 0; cached because articles repeat their names."""
    fast = _plain_name(surface)
    if fast is not None:
        return fast
    start = 0
    tokens = [(m.group().rstrip(",;:"), m.start()) for m in _SPACED.finditer(surface)]
    # Drop sentence-initial function words ("Yet", "When") and leading determiners.
    det = None
    while tokens and (tokens[0][0] in FUNCTION_CAPS and tokens[0][0].lower() not in _DETS):
        tokens.pop(0)
    det_at = tokens[0][1] if tokens else 0
    if tokens and tokens[0][0].lower() in _DETS:
        det = tokens.pop(0)[0].lower()
    if not tokens:
        return None
    abs_start = start + (det_at if det else tokens[0][1])
    end = start + tokens[-1][1] + len(tokens[-1][0])
    words = [t for t, _ in tokens]
    text = " ".join(words)
    if len(words) == 1 and words[0].lower() in UNNAMED_HEADS and not words[0].isupper():
        words = [words[0].lower()]   # sentence-initial "Analysts say"
        text = words[0]
    # Unnamed source or organization reference: lowercase head noun.
    head_idx = len(words) - 1
    for i, w in enumerate(words):
        if w in ("for", "of", "at", "from", "with") and i > 0 and words[i - 1].islower() \
                and words[i - 1] in UNNAMED_HEADS:
            head_idx = i - 1
            break
    for i in range(1, len(words) - 1):
        # "Gov. Rick Perry of Texas", "John Ode of Acme Ltd": a person, then where from
        if words[i] in ("of", "from") and i >= 2 and _is_name_token(words[i - 1]) and (
                _is_name_token(words[i - 2]) and (i < 3 or not _is_name_token(words[i - 3])
                                                  or True)
                or _strip_token(words[i - 2]) in HONORIFIC_GENDER):
            if not any(_strip_token(w) in ORG_WORDS for w in words[:i]):
                words = words[:i]
                tokens = tokens[:i]
                end = start + tokens[-1][1] + len(tokens[-1][0])
                text = " ".join(words)
                head_idx = len(words) - 1
                break
    head = words[head_idx]
    for k in (2, 3):
        if " ".join(words[-k:]).lower() in _INSTITUTIONS:
            return Mention(abs_start, end, text, "organization", " ".join(words[-k:]))
    if head.islower() and (head in UNNAMED_HEADS or head in ORG_REF_HEADS):
        if head in ORG_REF_HEADS and det == "the" and len(words) == 1:
            return Mention(start + det_at, end, "the " + head, "orgref", "the " + head)
        kind = "unnamed" if head in UNNAMED_HEADS or det != "the" else "orgref"
        name = text if det in (None, "a", "an", "one") else f"{det} {text}" if det != "the" else text
        return Mention(abs_start, end, text, kind, name)
    lows = [_strip_token(w) for w in words]
    if any(w in ORG_WORDS for w in lows) and not any(w in HONORIFIC_GENDER for w in lows) \
            and not (len(words) >= 3 and _is_name_token(words[-1]) and
                     _is_name_token(words[-2]) and lows[-3] in TITLE_WORDS):
        # "Caldrian Institute of Public Health", "Xinhua News Agency" (but "Bank of
        # Ravenia Governor Ada Lind" is a person)
        org_words = [w for w in words if w.lower() != "the"]
        return Mention(abs_start, end, text, "organization", " ".join(org_words))
    # Named: trailing run of name tokens (particles allowed inside).
    i = head_idx + 1
    j = i
    while j > 0:
        w = words[j - 1]
        if _is_name_token(w) or (w in _PARTICLES and j - 1 > 0 and j < i):
            j -= 1
        else:
            break
    name_words = words[j:i]
    while name_words and name_words[0] in _PARTICLES:
        name_words.pop(0)
        j += 1
    before = words[:j]
    honorific = None
    if before and _strip_token(before[-1]) in HONORIFIC_GENDER and before[-1][:1].isupper():
        honorific = before[-1]
        if _strip_token(honorific) in _PERSONAL_HONORIFICS:
            before.pop()
    if before and before[-1] == "and":
        return None  # "Beijing and Washington": a conjunction, not one speaker
    role_words = [w for w in before if w.lower() not in _LINKS or before.index(w) > 0]
    while role_words and role_words[-1].lower() in _LINKS:
        role_words.pop()
    role = " ".join(role_words) if any(_strip_token(w) in TITLE_WORDS or
                                       _strip_token(w) in HONORIFIC_GENDER
                                       for w in role_words) else None
    if not name_words:
        if role and head.islower() or (role and _strip_token(head) in TITLE_WORDS):
            return Mention(abs_start, end, text, "roleref", role)
        return None
    if tokens[-1][0] != name_words[-1] or words[-1].endswith(("’s", "'s")):
        return None
    if len(name_words) == 1 and _PARTY_STATE.match(name_words[0]):
        return None   # "R-Ky.": a party and state, not a speaker
    name = " ".join(name_words)
    low = {_strip_token(w) for w in name_words}
    if j > 0 and words[j - 1] in ("of", "for", "and", "the") and \
            any(_strip_token(w) in ORG_WORDS for w in words[:j]):
        low = low | {"bank"}   # "Bank of England", "Institute for X": the whole is a body
    elif j > 1 and words[j - 1] in ("of", "for") and not honorific:
        if any(_strip_token(w) in TITLE_WORDS for w in words[:j - 1]):
            return None   # "Democrat of Westland", "Minister for Wales": a place, not a name
        low = low | {"bank"}   # "Democracy for Ardenia": the whole is a body
    if _is_place([w.lower() for w in name_words]):
        low = low | {"bank"}   # "North Ardenia", "Saudi Arabia": a place speaks as a body
    if low & ORG_WORDS or len(name_words) > 4 or (len(name_words) == 1 and name.isupper()
                                                   and len(name) > 1 and not honorific):
        org_words = [w for w in words if w.lower() != "the"]
        return Mention(abs_start, end, text, "organization", " ".join(org_words).strip())
    gender = HONORIFIC_GENDER.get(_strip_token(honorific)) if honorific else None
    if honorific or len(name_words) >= 2 or role:
        return Mention(abs_start, end, text, "person", name, role, honorific, gender)
    return Mention(abs_start, end, text, "single", name, role)


_BACK_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[\w’'\-]+(?:\.[\w’'\-]+)*\.?|[^\w\s]")
_PRONOUN_WORDS = frozenset("he she they it He She They It".split())
_HEAD_WORDS = UNNAMED_HEADS | ORG_REF_HEADS
_LINK_WORDS = frozenset(_LINKS)
_PREPOSITION_WORDS = frozenset("""to in of from at with by for on about into over than like
against toward towards between among including under during visit told
telling""".split())


def _is_cap(word: str) -> bool:
    """A capitalized word or honorific/initial ("Blinken", "Mr.", "U.S.", "J.")."""
    if not word[:1].isupper():
        return False
    if word.endswith("."):
        return word[:-1].isalpha() and (len(word) <= 5 or "." in word[:-1]) or \
            _DOTTED.fullmatch(word) is not None
    return not word.endswith(("’s", "'s"))


def mention_before(text: str, end: int, offset: int = 0,
                   object_ok: bool = False) -> Mention | None:
    """The speaker phrase that ends exactly at text[:end] (trailing spaces allowed).

    A phrase right after a preposition ("a visit to Beijing highlighted") is the object
    of that preposition, not a speaker, and yields None, unless `object_ok` (the
    antecedent of a relative pronoun: "attacked by X magazine, which estimated that").
    """
    lo = max(0, end - 160)
    # fast paths on the last word: "he said", and no phrase at all ("the market rose and
    # said"); anything else is tokenized below
    tail_end = end
    while tail_end > lo and text[tail_end - 1] == " ":
        tail_end -= 1
    cut = text.rfind(" ", lo, tail_end) + 1
    word = text[cut:tail_end]
    if word.isalpha():
        if word in _PRONOUN_WORDS:
            prev = text[text.rfind(" ", lo, max(lo, cut - 1)) + 1:cut - 1] if cut > lo else ""
            if prev not in _DETS:
                return Mention(offset + cut, offset + tail_end, word, "pronoun", word.lower(),
                               gender=PRONOUNS[word.lower()])
        elif word.islower() and word not in _HEAD_WORDS and word not in TITLE_WORDS and \
                word not in ORG_WORDS:
            return None
    chunk = text[lo:end]
    tokens = _BACK_TOKEN.findall(chunk[-72:])
    if not tokens:
        return None
    last = tokens[-1]
    if last in _PRONOUN_WORDS and (len(tokens) == 1 or tokens[-2] not in _DETS):
        at = chunk.rstrip().rfind(last)
        return Mention(offset + lo + at, offset + lo + at + len(last), last, "pronoun",
                       last.lower(), gender=PRONOUNS[last.lower()])
    # Walk back over the noun phrase: head, then modifiers/capitalized words, with at
    # most two linking words in a row ("Secretary of State", "spokesman for the X").
    if not (_is_cap(last) or last in _HEAD_WORDS or last in TITLE_WORDS or
            # "Vanity Fair magazine", "Tesco group": an organization word after a name
            last in ORG_WORDS and len(tokens) > 1 and _is_cap(tokens[-2])):
        return None
    i = len(tokens) - 1
    taken = 1
    links = 0
    while i > 0 and taken < 12:
        word = tokens[i - 1]
        if word in _LINK_WORDS and links < 2 and i > 1:
            links += 1
            i -= 1
            continue
        if _is_cap(word) or word in _MOD_WORDS or word in TITLE_WORDS or word in _HEAD_WORDS \
                or (word[:1].isupper() and word.endswith(("’s", "'s"))):
            links = 0
            taken += 1
            i -= 1
            continue
        break
    while links and i < len(tokens) - 1 and tokens[i] in _LINK_WORDS:
        i += 1      # a phrase never starts with "of"/"and"
        links -= 1
    if i > 0 and tokens[i - 1] in _DETS:
        i -= 1
    if i > 0 and tokens[i - 1] in _PREPOSITION_WORDS and not object_ok:
        if not (i > 1 and tokens[i - 1] in ("at", "from", "with") and
                tokens[i - 2].lower() in UNNAMED_HEADS):
            return None
        # "Economists at the Dalmore Fiscal Council said": the organization speaks
    surface_tokens = tokens[i:]
    # locate the phrase: tokens are contiguous words of the chunk's tail
    tail = chunk.rstrip()
    pos = len(tail)
    for word in reversed(surface_tokens):
        pos = tail.rfind(word, 0, pos)
    if pos < 0:
        return None
    return classify(tail[pos:], offset + lo + pos)


def mention_after(text: str, start: int, offset: int = 0) -> Mention | None:
    """The speaker phrase that starts at text[start:] (leading spaces allowed)."""
    chunk = text[start:start + 160]
    m = _PRONOUN_START.match(chunk)
    if m:
        word = m.group(1)
        return Mention(offset + start + m.start(1), offset + start + m.end(1), word,
                       "pronoun", word.lower(), gender=PRONOUNS[word.lower()])
    m = _NP_START.match(chunk)
    if not m:
        return None
    return classify(m.group(1), offset + start + m.start(1))


def find_mentions(text: str, offset: int = 0) -> list[Mention]:
    """Names with titles, honorific references and named organizations anywhere in a
    paragraph: the registry that surname, pronoun and "the company" references resolve to."""
    found: list[Mention] = []
    for m in _CAP_RUN.finditer(text):
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "’'.-_"):
            continue
        mention = run_mention(text, start, m.end(), offset)
        if mention is not None:
            found.append(mention)
    return found


def run_spans(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every capitalized run of text[lo:hi] (what find_mentions reads)."""
    spans = []
    for m in _CAP_RUN.finditer(text, lo, len(text) if hi is None else hi):
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "’'.-_"):
            continue
        spans.append((start, m.end()))
    return spans


def run_mention(text: str, start: int, end: int, offset: int = 0) -> Mention | None:
    """The mention the capitalized run text[start:end] makes, title words before it
    included ("Chinese leader Xi Jinping")."""
    context = ""
    if start > 1 and text[start - 1] == " ":
        lowprev = text[text.rfind(" ", 0, start - 1) + 1:start - 1].lower()
        if lowprev in TITLE_WORDS or lowprev in _MOD_WORDS:
            context = text[max(0, start - 48):start]
            if "\n" in context:   # never reach back into another paragraph
                context = context[context.rfind("\n") + 1:]
    reading = _read_run(text[start:end], context)
    if reading is None:
        return None
    shift, mention = reading
    return Mention(offset + start + shift, offset + start + mention.end, mention.surface,
                   mention.kind, mention.name, mention.role, mention.honorific,
                   mention.gender)


@lru_cache(maxsize=8192)
def _read_run(run: str, context: str) -> tuple[int, Mention] | None:
    """The mention a capitalized run makes, given the text just before it when that ends in
    a title word: (start shift relative to the run, mention with end relative to the run
    start). Cached: an article repeats its names."""
    start = 0
    if run.endswith(("’s", "'s")) and " " in run:
        run = run[:-2]   # "President Ada Lind’s budget": the name is read without the 's
    first, _, rest = run.partition(" ")
    if first in FUNCTION_CAPS and rest:
        # "The United States", "When Ms. Ode": drop the sentence-initial word
        start = len(run) - len(rest)
    elif first in FUNCTION_CAPS:
        return None
    run = run[start:]
    before = context.split()
    taken = 0
    titled = False
    for word in reversed(before):
        low = word.lower().rstrip(",")
        if word.endswith(",") or taken >= 3:
            break
        if low in TITLE_WORDS or low in _MOD_WORDS or low == "and" and titled:
            titled = titled or low in TITLE_WORDS
            taken += 1
        elif titled and word[:1].isupper() and word not in FUNCTION_CAPS:
            taken += 1
            break
        else:
            break
    end = start + len(run)
    if taken and titled:
        prefix = " ".join(before[-taken:])
        found_at = context.rfind(prefix)
        if found_at >= 0:
            shift = found_at - len(context)   # negative: the phrase starts before the run
            mention = classify(context[found_at:] + run, 0)
            if mention is None or mention.kind in ("unnamed", "roleref"):
                return None
            mention.end = shift + mention.end
            return shift + mention.start, mention
    if "." not in run and "’" not in run and "'" not in run:
        # fast path for plain runs ("Time Warner", "Xinhua News Agency", "Ana Ruiz")
        words = run.split()
        lows = [w.lower() for w in words]
        if any(w in ORG_WORDS for w in lows) and not any(w in TITLE_WORDS for w in lows):
            return start, Mention(0, end, run, "organization", run)
        if len(words) > 1 and all(_is_name_token(w) for w in words):
            return start, Mention(0, end, run, "organization" if _is_place(lows) else "person",
                                  run)
        if len(words) == 1:
            return None
    words = run.split()
    honorific = _strip_token(words[0])
    if honorific in _PERSONAL_HONORIFICS and len(words) > 1 and \
            all(_is_name_token(w) for w in words[1:]) and "’" not in run and "'" not in run:
        # fast path: "Mr Blinken", "Ms. Ode"
        name = " ".join(words[1:])
        return start, Mention(0, end, run, "person", name, None, words[0],
                              HONORIFIC_GENDER.get(honorific))
    titles = 0
    while titles < len(words) and _strip_token(words[titles]) in TITLE_WORDS:
        titles += 1
    if 0 < titles < len(words) and "’" not in run and "'" not in run and \
            all(_is_name_token(w) for w in words[titles:]) and \
            not any(w.lower() in ORG_WORDS for w in words[titles:]):
        # fast path: "Prime Minister Tony Blair", "President Chavez"
        return start, Mention(0, end, run, "person", " ".join(words[titles:]),
                              " ".join(words[:titles]))
    mention = classify(run, start)
    if mention is None or mention.kind in ("unnamed", "roleref"):
        return None
    return mention.start, mention


# --------------------------------------------------------------------------- coreference

@dataclass(slots=True)
class Entity:
    """One speaker (or mentioned person/organization) of the article."""

    name: str
    kind: str
    role: str | None = None
    gender: str | None = None
    forms: list[str] = field(default_factory=list)
    _tokens: list[str] | None = field(default=None, repr=False)
    # (role, number of forms, Speaker) when speaker() was last built: a speaker is asked
    # for once per claim, and changes only when a role or a form is added
    _said: tuple | None = field(default=None, repr=False, compare=False)

    def tokens(self) -> list[str]:
        words = self._tokens
        if words is None:
            words = self._tokens = self.name.split()
        return words

    def add_form(self, form: str) -> None:
        if form and form != self.name and form not in self.forms:
            self.forms.append(form)

    def speaker(self) -> Speaker:
        said = self._said
        if said is not None and said[0] is self.role and said[1] == len(self.forms):
            return said[2]
        speaker = Speaker(name=self.name, kind=self.kind, role=self.role,
                          aliases=tuple(self.forms))
        self._said = (self.role, len(self.forms), speaker)
        return speaker


_TITLE_SYNONYMS = {
    "senator": ("sen",), "sen": ("senator",), "governor": ("gov",), "gov": ("governor",),
    "representative": ("rep", "congressman", "congresswoman"), "congressman": ("rep",),
    "congresswoman": ("rep",), "general": ("gen",), "speaker": ("speaker",),
    "president": ("president",), "minister": ("minister",), "secretary": ("secretary",),
}
# capital first (then the left boundary as a lookbehind), so the engine skips to capitals
_SINGLE_CAP = re.compile(r"[A-Z](?<![\w’'.\-][A-Z])[\w’'\-]*(?<![’'])(?![\w’'\-])")
_SUBJECT_BEFORE = re.compile(r"(?:^|[.,;:—–!?”\"(]|\band|\bbut)\s*$")
_OBJECT_BEFORE = re.compile(r"(?:told|telling|with|to|by|for|and|of|on|at|from|met|"
                            r"meeting|including|between|against|about|toward|towards)\s*$")


class Coreference:
    """Resolves mentions to entities in article order.

    Full names found anywhere in the body are known up front (so "Mr. Wang" finds the
    "Foreign Minister Wang Yi" mentioned earlier, or failing that later); pronouns go to
    the most recent *salient* compatible entity: a speaker, or a titled or honorific
    mention that is not the object of a verb or preposition.
    """

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._by_key: dict[tuple[str, str], int] = {}
        self._positions: list[tuple[int, int]] = []   # (pos, entity id) of full mentions
        self._salient: list[tuple[int, int]] = []     # (pos, entity id)
        self._by_token: dict[tuple[int, str], list[tuple[int, int]]] = {}  # (-1|0, token)
        # Lazy reading (attach): capitalized runs are found per paragraph and read only
        # when a query needs them.
        self._body: str | None = None
        self._text = ""
        self._paras: list[tuple[int, int]] = []
        self._para_starts: list[int] = []
        self._para_runs: list[list[tuple[int, int]] | None] = []
        self._read_runs: set[int] = set()
        self._tokens_read: set[str] = set()
        self._read_to: dict[str, int] = {}
        # Called with (pos, since, word) before a resolution that depends on the speakers
        # named between `since` and `pos` in sentences holding `word` (set by a caller
        # that resolves speakers on demand).
        self.before_context = None

    # -- lazy reading -----------------------------------------------------------------
    def attach(self, body: str, text: str, paragraphs: list[tuple[int, int]]) -> None:
        """Read names lazily from `body` (the article with quotes masked, at the article's
        offsets; `text` is the article itself; `paragraphs` the (start, end) spans of its
        text in body): only the runs holding a surname a speaker needs, the persons just
        before a pronoun, and the organizations before "the company", "it" or "they".
        Most capitalized runs of an article are never read, most paragraphs never
        scanned for them."""
        self._body = body
        self._text = text
        self._paras = paragraphs
        self._para_starts = [a for a, _ in paragraphs]
        self._para_runs = [None] * len(paragraphs)

    def _runs_in(self, pi: int) -> list[tuple[int, int]]:
        runs = self._para_runs[pi]
        if runs is None:
            a, b = self._paras[pi]
            runs = self._para_runs[pi] = run_spans(self._body, a, b)
        return runs

    def _read(self, a: int, b: int) -> None:
        if a in self._read_runs:
            return
        self._read_runs.add(a)
        m = run_mention(self._body, a, b)
        if m is not None:
            self._add(m)

    def _ensure_token(self, token: str) -> None:
        """Read every run that holds `token` (its full names, honorific forms, titles)."""
        if self._body is None or token in self._tokens_read:
            return
        self._tokens_read.add(token)
        body, done = self._body, self._read_runs
        at = body.find(token)
        while at >= 0:
            pi = bisect_right(self._para_starts, at) - 1
            for a, b in self._runs_in(pi):
                if a not in done and body.find(token, a, b) >= 0:
                    self._read(a, b)
            at = body.find(token, self._paras[pi][1])

    def _read_upto(self, pos: int, want: str = "") -> None:
        """Read the runs before `pos`: all of them, or only those that may name an
        organization (want="org": an organization word or an acronym) or a titled person
        (want="title": a title word in or just before the run)."""
        if self._body is None:
            return
        since = self._read_to.get(want, 0)
        if pos <= since:
            return
        self._read_to[want] = pos
        body, done = self._body, self._read_runs
        first = max(0, bisect_right(self._para_starts, since) - 1)
        last = bisect_left(self._para_starts, pos)
        for pi in range(first, last):
            for a, b in self._runs_in(pi):
                if a < since or a in done:
                    continue
                if a >= pos:
                    break
                if want:
                    words = body[a:b].split()
                    if want == "org":
                        if not any(w.lower().rstrip(".") in ORG_WORDS or len(w) > 1 and
                                   w.isupper() for w in words):
                            continue
                    else:
                        words += body[max(0, a - 24):a].rsplit(None, 1)[-1:]
                        if not any(_strip_token(w) in TITLE_WORDS or
                                   _strip_token(w) in HONORIFIC_GENDER for w in words):
                            continue
                self._read(a, b)

    def _add(self, m: Mention) -> None:
        """Register one mention read from a run (register's rules, one at a time)."""
        if m.kind == "organization" or m.kind == "person" and " " in m.name:
            eid = self._entity(m.kind, m.name)
            ent = self.entities[eid]
            if ent.gender is None and m.kind == "person":
                ent.gender = given_name_gender(m.name.split()[0])
            if ent.role is None and m.role:
                ent.role = m.role
            if ent.gender is None and m.gender:
                ent.gender = m.gender
            insort(self._positions, (m.start, eid))
            if m.kind != "person":
                return
            tokens = m.name.split()
            insort(self._by_token.setdefault((-1, tokens[-1]), []), (m.start, eid))
            insort(self._by_token.setdefault((0, tokens[0]), []), (m.start, eid))
            ent.add_form(m.name)
        else:
            if m.kind == "single":
                eid = self._surname_match(m.name, m.start, None)
            else:
                eid = self.resolve(m)
            if eid is None or self.entities[eid].kind != "person":
                return
            insort(self._positions, (m.start, eid))
        left = self._text[max(0, m.start - 12):m.start]
        if (m.honorific or m.role) and not _OBJECT_BEFORE.search(left) or \
                _SUBJECT_BEFORE.search(left):
            insort(self._salient, (m.start, eid))

    def _latest_person(self, pos: int, gender: str) -> int:
        """Position of the latest salient person before `pos` compatible with `gender`
        (-1 if none), each candidate's mentions read first so that its gender is known."""
        while True:
            i = bisect_left(self._salient, (pos, -1))
            for k in range(i - 1, -1, -1):
                p, eid = self._salient[k]
                e = self.entities[eid]
                if e.kind != "person":
                    continue
                token = e.tokens()[-1]
                if self._body is not None and token not in self._tokens_read:
                    self._ensure_token(token)
                    break       # the list may have grown: look again
                if e.gender in (None, gender):
                    return p
            else:
                return -1

    def _scan_back(self, pos: int, gender: str) -> None:
        """Before resolving he/she at `pos`: read runs backwards from it until one makes a
        compatible salient person later than the latest known, then bare surnames of known
        persons in subject position after that ("Calloway arrived. She said ...")."""
        known = self._latest_person(pos, gender)
        pi = bisect_left(self._para_starts, pos) - 1
        while pi >= 0 and self._paras[pi][1] > known:
            for a, b in reversed(self._runs_in(pi)):
                if a >= pos or a in self._read_runs:
                    continue
                if a <= known:
                    break
                if not self._may_be_salient(a, b):
                    continue    # left unread: it cannot be the antecedent
                self._read(a, b)
                known = self._latest_person(pos, gender)
            pi -= 1
        body, text = self._body, self._text
        # bare surnames in the last few paragraphs only: farther back a pronoun's
        # antecedent is a speaker or a titled or named mention
        singles = [m for m in _SINGLE_CAP.finditer(body, max(known + 1, pos - 600), pos)
                   if not _NEXT_CAP.match(body, m.end())]
        for m in reversed(singles):
            word, at = m.group(), m.start()
            if not _SUBJECT_BEFORE.search(text[max(0, at - 12):at]) or \
                    not _is_name_token(word):
                continue
            self._ensure_token(word)
            sites = [(side, e) for side in (-1, 0) for _, e in self._by_token.get((side, word), ())]
            if not any(self._plausible(e) and (side == -1 or len(self.entities[e].tokens()) == 2)
                       for side, e in sites):
                continue
            eid = self._surname_match(word, at, None)
            if eid is None or self.entities[eid].kind != "person":
                continue
            insort(self._positions, (at, eid))
            insort(self._salient, (at, eid))
            if self.entities[eid].gender in (None, gender):
                return

    def latest_salient(self, pos: int, gender: str) -> int:
        """Position of the latest salient person before `pos` that he/she (`gender`) can
        stand for, reading the runs back to it first (-1 if none): only speakers named
        after it can change what the pronoun resolves to."""
        if self._body is not None:
            self._scan_back(pos, gender)
        return self._latest_person(pos, gender)

    def _may_be_salient(self, a: int, b: int) -> bool:
        """Whether the run body[a:b] can make a salient mention: in subject position, or
        with an honorific or title in or just before it (what _add checks, roughly)."""
        text = self._text
        if _SUBJECT_BEFORE.search(text[max(0, a - 12):a]):
            return True
        first = self._body[a:b].split(None, 1)[0]
        low = _strip_token(first)
        if low in HONORIFIC_GENDER or low in TITLE_WORDS or first in FUNCTION_CAPS:
            return True
        prev = text[max(0, a - 24):a].rsplit(None, 1)[-1:]
        return bool(prev) and (_strip_token(prev[0]) in TITLE_WORDS or
                               prev[0].lower() in _MOD_WORDS)

    def _plausible(self, eid: int) -> bool:
        # a person, not a capitalized phrase ("Premier League"): titled, gendered by
        # honorific, or with a known given name
        e = self.entities[eid]
        return e.role is not None or e.gender is not None

    # -- registry ---------------------------------------------------------------------
    def _entity(self, kind: str, name: str) -> int:
        key = ("person" if kind == "person" else "org", name.lower())
        eid = self._by_key.get(key)
        if eid is None:
            eid = len(self.entities)
            self.entities.append(Entity(name, kind))
            self._by_key[key] = eid
        return eid

    def register(self, mentions: list[Mention], text: str) -> None:
        """Prepass: full names and named organizations, in article order."""
        known: dict[int, int] = {}   # mention index -> entity, for full names
        for index, m in enumerate(mentions):
            if m.kind == "organization" or m.kind == "person" and " " in m.name:
                pass
            else:
                continue
            eid = self._entity(m.kind, m.name)
            known[index] = eid
            ent = self.entities[eid]
            if ent.gender is None and m.kind == "person":
                ent.gender = given_name_gender(m.name.split()[0])
            if ent.role is None and m.role:
                ent.role = m.role
            if ent.gender is None and m.gender:
                ent.gender = m.gender
            self._positions.append((m.start, eid))
            if m.kind == "person":
                tokens = m.name.split()
                self._by_token.setdefault((-1, tokens[-1]), []).append((m.start, eid))
                self._by_token.setdefault((0, tokens[0]), []).append((m.start, eid))
        self._positions.sort()
        for index, m in enumerate(mentions):
            eid = known.get(index)
            if eid is not None:
                if m.kind != "person":
                    continue
                self.entities[eid].add_form(m.name)
            elif m.kind == "single":
                # a bare surname counts only when it matches a known full name
                eid = self._surname_match(m.name, m.start, None)
            else:
                eid = self.resolve(m)
            if eid is None or self.entities[eid].kind != "person":
                continue
            if index not in known:
                self._positions.append((m.start, eid))
            left = text[max(0, m.start - 12):m.start]
            if (m.honorific or m.role) and not _OBJECT_BEFORE.search(left) or \
                    _SUBJECT_BEFORE.search(left):
                self._salient.append((m.start, eid))
        self._salient.sort()
        self._positions.sort()

    # -- resolution -------------------------------------------------------------------
    def _nearest(self, pos: int, accept) -> int | None:
        best_before = best_after = None
        for p, eid in self._positions:
            if not accept(self.entities[eid]):
                continue
            if p <= pos:
                best_before = eid
            elif best_after is None:
                best_after = eid
        return best_before if best_before is not None else best_after

    def _surname_match(self, token: str, pos: int, gender: str | None) -> int | None:
        """The full name ending (else starting: "Xi Jinping") with `token`: the nearest
        one mentioned before `pos`, else the first after."""
        if self._body is not None:
            self._ensure_token(token)
        for side, level in ((-1, 2), (-1, 0), (0, 2), (0, 0)):
            # level 2: the same known gender; 0: any compatible full name
            if level == 2 and gender is None:
                continue
            best_before = best_after = None
            for p, eid in self._by_token.get((side, token), ()):
                e = self.entities[eid]
                if gender is not None and e.gender not in (None, gender):
                    continue
                if level == 2 and e.gender != gender:
                    continue
                if p <= pos:
                    best_before = eid
                elif best_after is None:
                    best_after = eid
            eid = best_before if best_before is not None else best_after
            if eid is not None:
                return eid
        return None

    def resolve(self, m: Mention) -> int | None:
        """Entity id for a mention, creating one when it names someone new."""
        eid: int | None
        if m.kind == "pronoun":
            return self._resolve_pronoun(m)
        if m.kind == "person":
            tokens = m.name.split()
            if len(tokens) >= 2:
                if self._body is not None:
                    self._ensure_token(tokens[-1])   # its titles and other forms
                eid = self._entity("person", m.name)
            else:
                eid = self._surname_match(tokens[0], m.start, m.gender)
                if eid is None:
                    eid = self._entity("person", m.name)
            ent = self.entities[eid]
            if m.gender and ent.gender is None:
                ent.gender = m.gender
            if m.role and ent.role is None:
                ent.role = m.role
            if ent.gender is None and len(ent.tokens()) >= 2:
                ent.gender = given_name_gender(ent.tokens()[0])
            ent.add_form(f"{m.honorific} {m.name}" if m.honorific else m.name)
            return eid
        if m.kind == "single":
            eid = self._surname_match(m.name, m.start, None)
            if eid is None:
                # "President Norvak" or "Mr. Norvak" elsewhere (read by _surname_match):
                # the bare "Norvak" is that person, not an organization
                eid = self._by_key.get(("person", m.name.lower()))
            if eid is not None:
                self.entities[eid].add_form(m.name)
                return eid
            if self.before_context is not None and self._body is not None:
                # organizations named by earlier speakers: only sentences naming it
                first = self._body.find(m.name)
                if 0 <= first < m.start:
                    self.before_context(m.start, first, m.name)
            eid = self._nearest(m.start, lambda e: e.kind == "organization"
                                and m.name in e.tokens())
            if eid is not None:
                self.entities[eid].add_form(m.name)
                return eid
            eid = self._entity("organization", m.name)
            return eid
        if m.kind == "organization":
            eid = self._entity("organization", m.name)
            self.entities[eid].add_form(m.surface if m.surface != m.name else "")
            return eid
        if m.kind == "orgref":
            self._read_upto(m.start, "org")
            head = m.name.split()[-1]
            eid = self._recent(m.start, lambda e: e.kind == "organization" and
                               head in e.name.lower())
            if eid is None and head in GENERIC_ORG_HEADS:
                eid = self._prominent_org(m.start)
            if eid is not None:
                return eid   # "the company" is no alias: it would match every company
            return self._entity("unnamed", m.name)
        if m.kind == "roleref":
            head = _strip_token(m.name.split()[-1])
            heads = {head, *_TITLE_SYNONYMS.get(head, ())}
            def titled(e: Entity) -> bool:
                return e.kind == "person" and e.role is not None and \
                    bool(heads & {_strip_token(w) for w in e.role.split()})
            self._read_upto(m.start, "title")
            eid = self._recent(m.start, titled)
            if eid is None:   # "Estmark's energy minister ..." named later
                self._read_upto(len(self._text) + 1, "title")
                eid = next((e for p, e in self._positions
                            if p > m.start and titled(self.entities[e])), None)
            if eid is not None:
                return eid   # "the president" is no alias: it would match every president
            return self._entity("unnamed", m.name)
        if m.kind == "unnamed":
            return self._entity("unnamed", m.name)
        return None

    def _recent(self, pos: int, accept) -> int | None:
        best = None
        for p, eid in self._positions:
            if p > pos:
                break
            if accept(self.entities[eid]):
                best = eid
        return best

    def first_person(self) -> int | None:
        """The first person named in full in the article (an interview's subject)."""
        self._read_upto(len(self._text) + 1)
        for _, eid in self._positions:
            e = self.entities[eid]
            if e.kind == "person" and len(e.tokens()) >= 2:
                return eid
        return None

    def _prominent_org(self, pos: int) -> int | None:
        """The organization the article is about so far: most mentioned and spoken for
        before `pos` (ties to the most recent); "the company", "it", "the pollster"."""
        self._read_upto(pos, "org")
        counts: dict[int, int] = {}
        last: dict[int, int] = {}
        for sites in (self._positions, self._salient):
            for p, eid in sites:
                if p >= pos:
                    break
                e = self.entities[eid]
                if e.kind == "organization" and not set(e.name.lower().split()) & \
                        _GOVERNMENT_WORDS:
                    counts[eid] = counts.get(eid, 0) + 1
                    last[eid] = max(last.get(eid, -1), p)
        if not counts:
            return None
        return max(counts, key=lambda eid: (counts[eid], last[eid]))

    def _resolve_pronoun(self, m: Mention) -> int | None:
        """he/she: the latest salient compatible person; they/it: the latest organization
        (or, for they, unnamed group) mentioned before."""
        gender = m.gender
        if gender in ("male", "female"):
            if self._body is not None:
                self._scan_back(m.start, gender)
            i = bisect_left(self._salient, (m.start, -1))
            for k in range(i - 1, -1, -1):
                e = self.entities[self._salient[k][1]]
                if e.kind == "person" and e.gender in (None, gender):
                    return self._salient[k][1]
            return None
        if gender == "thing":
            return self._prominent_org(m.start)
        kinds = ("organization", "unnamed")
        self._read_upto(m.start, "org")
        best_pos, best = -1, None
        for sites in (self._salient, self._positions):
            for k in range(bisect_left(sites, (m.start, -1)) - 1, -1, -1):
                p, eid = sites[k]
                if p <= best_pos:
                    break
                if self.entities[eid].kind in kinds:
                    best_pos, best = p, eid
                    break
        if best is None and gender == "plural":
            return self._entity("unnamed", "they")
        return best

    def spoke(self, eid: int, pos: int) -> None:
        """Record a speaker site: speakers are the most salient antecedents."""
        insort(self._salient, (pos, eid))
        e = self.entities[eid]
        if e.kind != "person":
            insort(self._positions, (pos, eid))


_FEMALE = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice
jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle
theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary
condoleezza madeleine theresa angela nikki kamala elizabeth alexandria ilhan rashida
ayanna hilary dianne kirsten tammi tammy lindsey susana jeanne huma sasha malia michelle
melania ivanka kellyanne sarah hope stormy christine mazie patty claire heidi debbie
jan janet sonia elena ruth amy valerie samantha loretta sally gina kathleen betsy
chelsea maxine marsha liz lisa barbara mia jill jane yulia marine ursula christine
""".split())
_MALE = frozenset("""
james john robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
vincent ralph eugene russell bobby mason philip louis barack mitt mitch ted marco rand
chuck nancy bernie newt rick jeb chris mike tim lindsey bill al dick rudy rex ben boris
emmanuel vladimir xi antony tony hunter beto pete kevin adam devin jim tom bob steve dan
rob ron rod vicente felipe enrique andres jared eric barron jeff harry keir rishi olaf
""".split()) - {"nancy", "lindsey"}


@lru_cache(maxsize=4096)
def given_name_gender(given: str) -> str | None:
    """'male'/'female' for common English given names, else None (unknown)."""
    low = given.lower().rstrip(".")
    if low in _FEMALE:
        return "female"
    if low in _MALE:
        return "male"
    return None


# ------------------------------------------------------------- cross-article identity

def name_parts(name: str) -> tuple[str | None, str]:
    """(given name, surname) of a person's name; honorifics and titles are dropped.

    "Mr. Blinken" -> (None, "Blinken"); "Antony J. Blinken" -> ("Antony", "Blinken").
    """
    words = [w for w in name.replace(",", " ").split()
             if _strip_token(w) not in HONORIFIC_GENDER and _strip_token(w) not in TITLE_WORDS]
    words = [w for w in words if _strip_token(w) not in ("jr", "sr", "ii", "iii")]
    if not words:
        return None, name.strip()
    surname_words = [words[-1]]
    k = len(words) - 2
    while k >= 1 and words[k].lower() in _PARTICLES:
        surname_words.insert(0, words[k])
        k -= 1
    given = words[0] if len(words) > len(surname_words) else None
    return given, " ".join(surname_words)


def _given_compatible(a: str, b: str) -> bool:
    a, b = a.rstrip(".").lower(), b.rstrip(".").lower()
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]  # an initial
    return a.startswith(b) or b.startswith(a)  # "Tony"/"Antony" no, "Rob"/"Robert" yes


def _roles_compatible(role_a: str | None, role_b: str | None) -> bool:
    if not role_a or not role_b:
        return True
    ta = {_strip_token(w) for w in role_a.split()} & TITLE_WORDS
    tb = {_strip_token(w) for w in role_b.split()} & TITLE_WORDS
    return not ta or not tb or bool(ta & tb)


def same_person(name_a: str, aliases_a: tuple[str, ...] | list[str], role_a: str | None,
                name_b: str, aliases_b: tuple[str, ...] | list[str], role_b: str | None) -> bool:
    """Whether two speakers seen in different articles are one person.

    Same full name: yes. A surname-only form against a full name: yes when the surname
    matches and the roles do not contradict. Two different given names with the same
    surname: never (Joe Biden is not Hunter Biden).
    """
    forms_a = [name_a, *aliases_a]
    forms_b = [name_b, *aliases_b]
    norm = lambda s: " ".join(w for w in s.lower().replace(".", "").split())  # noqa: E731
    if {norm(f) for f in forms_a} & {norm(f) for f in forms_b} and \
            name_parts(name_a)[0] and name_parts(name_b)[0] and norm(name_a) == norm(name_b):
        return True
    given_a, sur_a = name_parts(name_a)
    given_b, sur_b = name_parts(name_b)
    if sur_a.lower() != sur_b.lower():
        return False
    if given_a and given_b:
        return _given_compatible(given_a, given_b)
    return _roles_compatible(role_a, role_b)
