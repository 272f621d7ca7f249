"""Attribution: who says each span of an article, and whether quoted or paraphrased.

`attribute()` makes the cheap whole-article passes (quotes, run-on quote chains, the
masked body for the name registry); `AttributionIndex.at()` then resolves, once each,
the sentences the asked span lies in: reporting cues ("X said", "said X", "according to
X", "X noted that", "..., telling Y that"), speaker phrases through in-article
coreference (names.Coreference), quotes (`direct`) and reported clauses (`indirect`);
everything else is the reporter's own voice (`none`). What a sentence depends on (the
speakers before a pronoun, a quote's run-on chain, a colon lead) is resolved first, so
the answers are those of a whole-article pass (`complete()`). See docs/attribution.md
for the rules and limits.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from factrack.extract.names import FUNCTION_CAPS, TITLE_WORDS, UNNAMED_HEADS, Coreference, \
    Mention, classify, mention_after, mention_before
from factrack.extract.quotes import find_quotes, mask_quotes, opens_with_quote
from factrack.extract.types import NO_ATTRIBUTION, Attribution, Paragraph, Speaker

MASK = "§"

def _trie(words: str) -> str:
    """A regex alternation of `words` (space-separated; "_" stands for whitespace) built
    as a prefix trie, so the engine tests one branch per position instead of every word."""
    tree: dict = {}
    for word in words.split():
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = []
        for ch, child in sorted(node.items()):
            if ch == "":
                continue
            branches.append((r"\s+" if ch == "_" else re.escape(ch)) + emit(child))
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            body = "(?:" + body + ")?"
        return body

    return emit(tree)


_VERBS = """said says say told tells added adds noted warned warns urged urges argued argues argue
stressed stresses charged highlighted announced announces wrote writes insisted insists insist
claimed estimated explained explains emphasised emphasized emphasises emphasizes acknowledged
acknowledges admitted admits asked asks replied predicted predicts suggested suggests believes
believe reported confirmed confirms denied denies revealed reveals stated declared maintained
maintains contended observed pointed_out conceded concedes recalled complained complains
cautioned cautions disclosed boasted tweeted agreed continued concluded responded retorted
quipped remarked joked testified countered recounted lamented vowed promised pledged
threatened demanded mused posted went_on_to_say shot_back"""
# Verbs of naming that report speech only when a quote follows: "called it a “farce”".
_NAMING = "called calls call described describes dubbed labeled labelled branded termed"
# Noun-or-verb forms: only a cue when a complement follows ("the ministry estimates that").
_AMBIGUOUS = ("notes claims estimates charges highlights reports states forecasts claim "
              "estimate note warn predict forecast")
_GERUNDS = ("saying adding noting warning urging arguing stressing charging insisting claiming "
            "explaining telling calling describing accusing acknowledging emphasising "
            "emphasizing predicting suggesting announcing declaring writing tweeting posting")
_ACCORDING = "according_to According_to"
# Verbs that report what a document says ("the survey found", "data show that"); only a
# cue when their subject is a document.
_EVIDENCE = "found finds show shows showed indicate indicates indicated puts put"
# "“...,” read the statement": a document speaking, only right after a quote.
_READ = "read reads"
_QUOTED = ("was_quoted_as_saying were_quoted_as_saying is_quoted_as_saying "
           "are_quoted_as_saying has_been_quoted_as_saying had_been_quoted_as_saying")
_CUE_KIND = {w.replace("_", " ").lower(): kind
             for kind, words in (("verb", _VERBS), ("naming", _NAMING), ("amb", _AMBIGUOUS),
                                 ("ger", _GERUNDS), ("acc", _ACCORDING), ("quoted", _QUOTED),
                                 ("evidence", _EVIDENCE), ("read", _READ))
             for w in words.split()}
# One flat trie over every cue word: it starts with plain letters, so the regex engine
# skips ahead to candidate first letters; the left word boundary is checked in Python.
_CUE_ALTERNATION = _trie(" ".join((_VERBS, _NAMING, _AMBIGUOUS, _GERUNDS, _ACCORDING,
                                   _QUOTED, _EVIDENCE, _READ)))
_READ_OBJECT = re.compile(
    r"\s+(?:the|a|an|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:statement|letter|post|"
    r"tweet|message|note|sign|caption|notice|release|e-?mail|memo|text|placard|banner|card|"
    r"filing|complaint|order|ruling|verdict|announcement|advert|ad)\b")
# Verbs that are no speech before "on": "urging on fans", "posted on" is (a platform).
_THAT_OR_COLON = re.compile(r"\s*(?::|that\b)")
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|though|although|whereas)\s|;|\s[—–]\s|\s--\s")
_GAP_PREPOSITIONS = frozenset("of about for to on in with at from by against over as".split())
_NAMING_WORDS = frozenset(_NAMING.split())
_PHRASAL_ON = re.compile(r"\s+on\b")
_POSTED_SPEECH = re.compile(
    r"\s*(?:that\b|[:§]|,\s*§)|\s+(?:on|to)\s+(?:Twitter|X|Facebook|Instagram|TikTok|"
    r"LinkedIn|Telegram|YouTube|Truth\s+Social|social\s+media|(?:his|her|their|its)\s+)")
# Documents that speak for whoever made them: "a 2023 study by the X Institute",
# "the party's own figures", "Government data", "a consensus compiled by Y".
_DOCS = (r"study|survey|poll|report|reports|analysis|data|figures|statistics|consensus|records|"
         r"estimates|research|census|review|audit|forecast|findings|projections|calculations")
# a quick filter (no leading \b, which would make the engine try every position);
# _DOC_BEFORE checks the word boundary
_SPONSORED = re.compile(r"-(?:sponsored|funded|backed|commissioned|led|run|owned|based)$")
_CAP_MODS = re.compile(r"(?:[A-Z][\w\-]*\s+)+$")
_DOC_WORD = re.compile(rf"(?:{_DOCS})\b")
_DOC_MODS = (r"(?:(?:latest|new|separate|national|annual|official|independent|recent|"
             r"preliminary|provisional|quarterly|monthly|internal|government|own|\d{4}|"
             r"news|media|press|local|unconfirmed|published|earlier|previous|multiple|"
             r"[A-Z][\w\-]*)\s+){0,3}")
_DOC_BY = (r"(?:\s+of\s+(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?[\d,.]+"
           r"(?:\s+[a-z]+){1,2}(?:\s+(?:in|across|from)\s+(?:[\d,.]+\s+)?[a-z]+)?)?"
           r"(?:\s+(?:published|released|compiled|conducted|commissioned|carried\s+out|"
           r"issued|prepared|collected|gathered|produced)(?:\s+(?:on|in|last|this)\s+\w+)?)?"
           r"(?:\s+(?:by|from|of|for)\s+(?:(?:[a-z]+\s+){1,2}(?=[A-Z]))?"
           r"(?P<org>(?:the\s+)?[A-Z][\w’'.\-]*"
           r"(?:\s+(?:(?:of|for|and|the|&)\s+)?[A-Z][\w’'.\-]*){0,6}))?")
_DOC_HEAD = (r"(?:(?P<owner>(?:[Tt]he\s+)?[A-Za-z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,4})[’']s\s+"
             r"(?:[a-z]+\s+){0,2}?|"
             r"(?P<det>[Tt]he|[Aa]n?)\s+)?"
             rf"(?P<mods>{_DOC_MODS})(?P<doc>{_DOCS})")
_DOC_BEFORE = re.compile(rf"(?<![\w’'])(?:{_DOC_HEAD}){_DOC_BY}\s*$")
_DOC_AFTER = re.compile(rf"\s*(?:{_DOC_HEAD}){_DOC_BY}(?![\w’'])")
_CUE = re.compile(_CUE_ALTERNATION + r"(?![\w’'\-])")
# The same, led by the character before the word: a literal-led pattern lets the engine
# skip most positions (over twice as fast over whole articles).
_CUE_LED = re.compile(r"[\s(\[—–\-\"“]" + "(" + _CUE_ALTERNATION + r")(?![\w’'\-])")


# "Tridevil claims she paid", "A mother claims to have killed": a noun-or-verb form is
# the verb when a clause or "to have/to be" follows and no determiner, possessive or
# adjective makes it a noun ("the claims he made", "his claims to be the heir").
_AMB_CLAUSE_AFTER = re.compile(r"\s+(?:he|she|they|we|I|it)\s+(?!§)")
_AMB_TO_BE_AFTER = re.compile(r"\s+to\s+(?:have|be)\b")
_AMB_NOUN_BEFORE = frozenset("""the a an his her their its our my your these those this that
such any some many no other false new earlier similar whose of and or in with to by
previous repeated further recent these latest""".split())


def _amb_verb(masked: str, s0: int, a: int, b: int, word: str) -> bool:
    """Whether a noun-or-verb cue word ("claims", "estimates") is the verb here."""
    if word not in ("claims", "claim"):
        return False
    prev = masked[max(s0, a - 40):a].split()
    if not prev:
        return False
    last = prev[-1]
    if last.lower() in _AMB_NOUN_BEFORE or last.endswith(("’s", "'s", "s’", "s'")) or \
            not last.replace("-", "").isalpha():
        return False
    if _AMB_TO_BE_AFTER.match(masked, b):
        return True
    # "claims she ...": only after a pronoun, or a name opening its clause ("However,
    # Ana Ruiz claims she"; not "the insurance claims they paid", "derided Tory claims")
    if _AMB_CLAUSE_AFTER.match(masked, b) is None:
        return False
    if last in ("he", "she", "it", "He", "She", "It"):
        return True
    i = len(prev) - 1
    while i >= 0 and prev[i][:1].isupper() and prev[i] not in FUNCTION_CAPS and \
            prev[i].replace("-", "").replace(".", "").isalpha():
        i -= 1
    return i < len(prev) - 1 and (i < 0 or prev[i].endswith((",", ";", ":")) or
                                  prev[i] in ("and", "but", "that"))


def _cue_words(masked: str, start: int = 0, end: int | None = None
               ) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, word) of every reporting cue word in a masked paragraph (or
    its sentence masked[start:end]: a cue word never crosses a sentence end)."""
    found = []
    for m in _CUE_LED.finditer("\n" + masked, start, len(masked) + 1 if end is None else end + 1):
        a = m.start(1) - 1
        word = m.group(1)
        if " " in word or "\n" in word or "\t" in word:
            word = " ".join(word.split())
        found.append((a, m.end() - 1, _CUE_KIND[word.lower()], word))
    return found
_VERB_ALTERNATION = _trie(_VERBS)
_PASSIVE_WORDS = frozenset("was were been is are be being an the had to I we you".split())
_ADVERB_WORDS = frozenset("""also has had have later previously recently then once again
repeatedly publicly privately earlier further would will did does subsequently reportedly
still even only just first last yesterday today separately however too himself herself
themselves itself now often always never""".split())
_DAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


_TIME_NOUNS = frozenset("morning afternoon evening night week weekend month year".split()) | _DAYS
_TIME_DETS = (" this", " last", " late", " early", " on", " Late", " Early")


def _strip_adverbs(before: str) -> str:
    """`before` without trailing adverbs and auxiliaries ("Mr. X has also", "X on Friday",
    "X, in a statement,"), so that the speaker phrase ends where the text ends."""
    text = before.rstrip()
    while text:
        cut = text.rfind(" ") + 1
        word = text[cut:].rstrip(",")
        if word in _ADVERB_WORDS:
            text = text[:cut].rstrip()
        elif word in _DAYS and text[:cut].rstrip().endswith(" on"):
            text = text[:cut].rstrip()[:-3].rstrip()
        elif word == "statement" and text[:cut].rstrip().endswith("in a"):
            text = text[:cut].rstrip()[:-4].rstrip()
        elif word in _TIME_NOUNS and text[cut:] == word and \
                text[:cut].rstrip().endswith(_TIME_DETS):
            # "Hastings this morning announced", "X late Friday said"
            text = text[:cut].rstrip()
            text = text[:text.rfind(" ") + 1].rstrip()
        else:
            break
    return text + " " if text else ""


_QUOTE_FOLLOWS = re.compile(r"(?:\s+[^§.;]{0,60}?)?\s*[,:]?\s*§")
_PAREN_END = re.compile(r"\s*\([^()§]{1,40}\)$")
# "added" reports speech before "that", a quote, a colon, or at the end of its clause
# ("..., he added."), not before an object ("added 11 rebounds").
_ADDED_SPEECH = re.compile(r"\s*(?:that\b|[:§,.;]|$|\s*(?:later|on\s+\w+day|in\s+a\s+\w+)"
                           r"\s*[,.;§]|\s+[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,3}\s*[,.;§])")
# Pledging a sum is an act, not speech ("pledged NOK 2 billion"); "promised to build
# 50,000 homes" and "promised the biggest overhaul" report what was said.
_COMMISSIVE = frozenset("vowed promised pledged".split())
_PLEDGED_SUM = re.compile(r"\s+(?:(?:about|nearly|almost|some|around|roughly|up\s+to|"
                          r"more\s+than|over|another|an\s+extra|a\s+further)\s+)?"
                          r"(?:[£$€¥]|[A-Z]{2,3}\s*[£$€¥]?\d|\d)")
_DEMANDS = frozenset("demanded demands demand".split())
_ARGUES = frozenset("argued argues argue".split())
_FOR_AGAINST = re.compile(r"\s+(?:for|against)\b")
_RELATIVE_END = re.compile(r",\s*(which|who)$")
_QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s")
_ANSWER = re.compile(r"(?:A|Answer)\s*[:.]\s")
_THAT_AFTER = re.compile(r"\s+that\b")
_COORDINATED_END = re.compile(r"(?:\band|\bbut|,)\s*$")
_QUOTE_SOON = re.compile(r"[^§.;!?]{0,60}§")
_COMPLEMENT_AFTER = re.compile(r"\s*(?:that\b|[:§]|,\s*§)")
_INVERTIBLE = frozenset("said says added adds wrote writes asked asks explained explains read reads "
                        "insisted insists noted warned argued replied stressed continued "
                        "told tells declared observed continued concluded responded "
                        "tweeted retorted quipped countered wrote".split())
_AFTER_INVERTED = re.compile(r"\s*(?:[,.;:!?§)]|$|\s(?:in|on|at|during|after|when|who|"
                             r"told|to|from|last|this|while|before|adding|according)\b)")
_APPOSITIVE = re.compile(r",\s*([^,§;:]{2,160}?)\s*(?=,|\.\s|\.$|$|;)")
# One leading character class (terminal punctuation) lets the engine skip ahead to
# candidates; quote ends come from the quote list (_iter_sentences).
_SENTENCE_END = re.compile(r"[.!?][.!?]*[)\]’'\"”]*\s+")
_AFTER_QUOTE = re.compile(r"[.!?]*[)\]’'\"”]*\s+")
_SENTENCE_OPENERS = frozenset(MASK + '"“‘([')
# After a quote closed on "!" or "?" or ".", a short "Mr. Fox wrote." still belongs to it.
_ATTRIBUTION_LEAD = re.compile(
    r"(?:(?:[A-Z][\w’'.\-]*|the|a|an|[a-z]+(?:man|woman|person|ist|er|or|ant|ent|al)s?)"
    rf"\s+){{0,6}}(?:also\s+)?(?:{_VERB_ALTERNATION})\b[^.!?§]{{0,80}}(?:[.!?]|$)|"
    rf"(?:he|she|they|it)\s+(?:{_VERB_ALTERNATION})\b|(?:{_VERB_ALTERNATION})\s+(?:[A-Z]|the\s|a\s|an\s)")
_STARTERS = frozenset("The He She It They We I But And A An In On At This That These Those "
                      "Its His Her Their Our Yet So Still Now When While If As After Before "
                      "There However Meanwhile".split())
_THAT_NEAR = re.compile(r"\bthat\b")
_WORDS = re.compile(r"[\w’']+")
# Where a subject can start: a capital, a pronoun or a determiner.
_WORD_START = re.compile(r"(?<![\w’'.\-§])(?=[A-Z]|(?:he|she|they|the|a|an|some|many)\b)")
_GERUND_BEFORE = re.compile(r"(?:[,;:—–§]|\b(?:and|in|by|while|before|after|when|also|"
                            r"then|later|again|is|are|was|were|been|be|but|now|"
                            r"still|repeatedly|publicly|of|without|despite))\s*$")
_IN_CONTEXT = frozenset(("pronoun", "orgref", "roleref"))
_DOCUMENTS = frozenset("statement report study survey".split())
_NAME_AND = re.compile(r"[A-Z][\w’'\-]*\s+and\s*$")   # "Sasha and Malia Obama"
_CLAUSE_START = re.compile(r"(?:^|[,;:—–]|\band|\bbut)\s*$")
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?i)(?<![\w’'])(?:to|in|of|from|at|with|by|for|on|about|into|over|than|like|against|"
    r"toward|towards|between|among|including|under|after|before|during|told|telling|the|a|"
    r"an|his|her|their|its|our|when|while|as|because|since|if|although|though|once|until|"
    r"unless|whom|who|that|which|where|whether|[\w’']+[’']s)\s+$|[\w’'\-]$")


@dataclass(slots=True)
class _Cue:
    kind: str            # verb, acc, quoted, ger
    lo: int              # start of speaker+verb phrase (absolute)
    hi: int              # end of it
    eid: int | None
    attached: bool = False
    reach: int = 0       # where its reported speech starts (absolute)
    word: str = ""       # the cue word as written ("said", "telling")
    inverted: bool = False   # "said X": the speaker follows the verb


@dataclass(slots=True)
class _Quote:
    start: int
    end: int
    paragraph: int
    words: int
    eid: int | None = None
    prev_in_chain: int | None = None
    next_in_chain: int | None = None
    paragraph_initial: bool = False
    spanned: bool = False     # its direct span is laid out


class AttributionIndex:
    """Answers `at(start, end)` for spans of one article's text, resolving on demand.

    Most sentences of an article hold no claim, so cues are resolved only in the
    sentences asked about (and the paragraphs a quote's speaker or a colon lead depends
    on), each once; `speakers` lists the speakers found so far, which after the `at()`
    calls include every answer's speaker. `complete()` resolves the whole article.
    """

    __slots__ = ("_builder",)

    def __init__(self, builder: _Builder | None = None) -> None:
        self._builder = builder

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        """Speakers of the text resolved so far (all of them after `complete()`)."""
        b = self._builder
        if b is None:
            return ()
        entities = b.coref.entities
        return tuple(entities[eid].speaker() for eid in sorted(b.used))

    def complete(self) -> AttributionIndex:
        """Resolve every paragraph (so that `speakers` lists the whole article's)."""
        if self._builder is not None:
            self._builder.complete()
        return self

    def at(self, start: int, end: int) -> Attribution:
        """The attribution of text[start:end] (offsets into the whole article text):
        the label covering most of the span; unlabelled text is the reporter's."""
        b = self._builder
        if b is None:
            return NO_ATTRIBUTION
        if end <= start:
            end = start + 1
        spans = b.spans_over(start, end)
        if not spans:
            return NO_ATTRIBUTION
        if len(spans) == 1:   # most answers: one span, the same as the general case below
            lo, hi, priority, eid = spans[0]
            inside = min(hi, end) - max(lo, start)
            if (end - start) - inside > inside:
                return NO_ATTRIBUTION
            return Attribution(b.coref.entities[eid].speaker(),
                               "direct" if priority == 2 else "indirect")
        # The labelled pieces of [start, end): cut at every span boundary, each piece
        # takes its covering span of highest priority (the later one on ties), adjacent
        # pieces with the same label join.
        spans.sort(key=lambda s: (s[0], s[1]))
        cuts = sorted({start, end} | {s[0] for s in spans if start < s[0] < end} |
                      {s[1] for s in spans if start < s[1] < end})
        best_label, best_len, covered = None, 0, 0
        run_label, run_len, run_end = None, 0, -1
        for lo, hi in zip(cuts, cuts[1:]):
            top = None
            for s in spans:
                if s[0] > lo:
                    break
                if s[1] >= hi and (top is None or s[2] >= top[2]):
                    top = s
            if top is None:
                continue
            label = (top[3], top[2])
            covered += hi - lo
            if label == run_label and run_end == lo:
                run_len += hi - lo
            else:
                if run_len > best_len:
                    best_label, best_len = run_label, run_len
                run_label, run_len = label, hi - lo
            run_end = hi
        if run_len > best_len:
            best_label, best_len = run_label, run_len
        if best_len == 0 or (end - start) - covered > best_len:
            return NO_ATTRIBUTION
        eid, priority = best_label
        return Attribution(b.coref.entities[eid].speaker(),
                           "direct" if priority == 2 else "indirect")


def _iter_sentences(masked: str, original: str, quote_ends: Sequence[int] = ()
                    ) -> Iterator[tuple[int, int]]:
    """Sentence spans of a paragraph, split only outside quotes (on the masked text), in
    order: a paragraph is split only as far as it is read.

    `quote_ends` are where its quotes end: a quote may close a sentence there. (Looking
    for them with the regex would try every masked character.)"""
    candidates = [(m.start(), m.end(), m.group()) for m in _SENTENCE_END.finditer(masked)]
    if quote_ends:
        for e in quote_ends:
            m = _AFTER_QUOTE.match(masked, e)
            if m:
                candidates.append((e - 1, m.end(), MASK + m.group()))
        candidates.sort()
    start = 0
    n = len(masked)
    skip_to = -1
    for at, cut, group in candidates:
        if at < skip_to:
            continue      # the punctuation just after a quote: part of its candidate
        skip_to = cut
        if cut >= n:
            break
        nxt = masked[cut]
        if not (nxt.isupper() or nxt in _SENTENCE_OPENERS):
            continue
        if group[0] == MASK and "." not in group and "!" not in group and "?" not in group:
            # A quote ends the sentence only if it closed on terminal punctuation.
            j = at
            while j > 0 and original[j] in "”\"’' ":
                j -= 1
            if original[j] not in ".!?…" or _ATTRIBUTION_LEAD.match(masked, cut):
                continue
        elif group[0] == "." and (at < 7 or masked[at - 1].isupper() or
                                  not masked[at - 7:at].isalnum()):
            # (a word of 7+ letters before the full stop is no abbreviation: most ends)
            token = masked[masked.rfind(" ", start, at) + 1:at + 1]
            if _is_abbreviation(token):
                continue
            if token.endswith("U.S.") or token.endswith("U.K."):
                word = masked[cut:].split(" ", 1)[0]
                if word not in _STARTERS:
                    continue
        yield start, at + len(group.rstrip())
        start = cut
    if start < n:
        yield start, len(masked.rstrip())


_ABBREVIATIONS = frozenset("""Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Col Capt Sgt Rev St Jr Sr Inc
Co Corp Ltd No vs Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mt Ft approx est""".split())


def _is_abbreviation(token: str) -> bool:
    """Whether a token ending in "." is an abbreviation or an initial ("Mr.", "J.", "U.S.")
    rather than a sentence end; plain string tests, no regex."""
    if len(token) < 2 or token[-1] != ".":
        return False
    if token[-2].isupper() and (len(token) == 2 or not (token[-3].isalnum() or token[-3] == "_")):
        return True
    k = len(token) - 1
    while k > 0 and (token[k - 1].isalnum() or token[k - 1] == "_"):
        k -= 1
    return token[k:-1] in _ABBREVIATIONS


# -- the reporter's frame around reported speech ------------------------------------
# "CONTENT, X said at a press conference on Friday." / "Speaking after talks, X said that
# CONTENT": the speaker, the verb and its adjuncts (time, place, occasion, the person
# told) are the reporter's; only CONTENT is the speaker's.
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_NAME_RUN = r"(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+(?:of\s+|for\s+|the\s+|and\s+)?[A-Z][\w’'.\-]*){0,5}"
_MEDIA = r"(?:programme|program|show|newspaper|paper|radio|television|channel|station|website|podcast|magazine)"
_OCCASIONS = (r"statement|interview|speech|letter|post|tweet|briefing|report|e-?mail|memo|video|"
              r"message|address|op-ed|article|column|blog|filing|note|conference|meeting|rally|"
              r"event|summit|hearing|forum|session|debate|appearance|visit|trip|call|broadcast|"
              r"podcast|programme|program|show|documentary|ceremony|dinner|lecture|gathering|"
              r"launch|news\s+release|press\s+release|campaign|tenure|term|presidency")
# The person or outlet told: "told reporters", "told the BBC's Today programme".
_TOLD_OBJECT = (
    r"(?:\s+(?:me|us|him|her|them|you|reporters|journalists|lawmakers|legislators|MPs|"
    r"delegates|investors|analysts|shareholders|senators|members|supporters|listeners|"
    r"viewers|readers|students|staff|workers|employees|colleagues|officials|parliament|"
    r"the\s+(?:press|media|audience|crowd|committee|court|hearing|conference|summit|"
    r"meeting|panel|inquiry|jury|tribunal|newspaper|paper|agency|broadcaster|station|"
    r"assembly|council|house|chamber|nation|country|public)|"
    rf"(?:a|an)\s+(?:[\w\-]+\s+){{0,3}}?(?:audience|crowd|conference|gathering|meeting|"
    r"committee|hearing|panel|group|reporter|interviewer|rally|journalist|newspaper|"
    r"station|broadcaster|briefing|forum|summit)|"
    rf"{_NAME_RUN}(?:\s+{_MEDIA})?)(?![\w’']))")
# Adjuncts of time, place and occasion right after a reporting verb.
_ADJUNCT = (
    r"(?:\s*,?\s*(?:"
    rf"(?:(?:late|early)\s+)?(?:on\s+)?{_DAY}(?:\s+(?:morning|afternoon|evening|night))?|"
    rf"(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|month|year|morning|"
    rf"afternoon|evening|night|weekend|spring|summer|autumn|fall|winter|{_DAY})|"
    r"yesterday|today|tonight|overnight|earlier|later|recently|previously|again|also|too|"
    r"then|publicly|privately|separately|repeatedly|once|however|though|"
    rf"(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{{1,2}}\s+)?(?:{_MONTHS})\.?(?:\s+\d{{1,2}})?"
    r"(?:,?\s+\d{4})?|in\s+\d{4}|"
    r"(?:in|during|at|on|via|through|after|following|before|ahead\s+of|to)\s+"
    r"(?:a|an|the|his|her|their|its|this|that|[A-Z][\w’'.\-]*[’']s)?\s*"
    rf"(?:[\w’'.\-]+\s+){{0,4}}?(?:{_OCCASIONS})s?"
    rf"(?:\s+(?:with|to|on|for|by|in|at|of)\s+{_NAME_RUN})?|"
    rf"on\s+(?:Twitter|X|Facebook|Instagram|TikTok|LinkedIn|Telegram|YouTube|television|TV|radio|"
    rf"{_NAME_RUN}(?:\s+{_MEDIA})?)|"
    r"to\s+(?:reporters|journalists|the\s+press|the\s+media|lawmakers|MPs|"
    rf"{_NAME_RUN}(?:\s+{_MEDIA})?)|"
    r"by\s+(?:phone|telephone|e-?mail|text|video\s*link)|"
    rf"(?:in|from|at)\s+{_NAME_RUN}"
    r"))*")
_TOLD_WORDS = frozenset("told tell tells telling".split())
# "that" or a colon opening the content: "X said on Friday that", "telling reporters at the
# embassy that", "X told the BBC:". Between the verb and "that" only frame words.
# How often it was said, before "that": "X promised hundreds of times (during the
# campaign) that ..." (the figure is the reporter's). Only before "that": in "X said three
# times as many ..." the figure is what was said.
_FREQUENCY = (r"(?:\s+(?:(?:at\s+least|more\s+than|some|about|nearly|almost)\s+)?"
              r"(?:dozens\s+of|hundreds\s+of|thousands\s+of|a\s+number\s+of|[\w\-]+)\s+times|"
              r"\s+twice|\s+more\s+than\s+once)")
_FRAME_THEN_THAT = re.compile(rf"{_ADJUNCT}(?:{_FREQUENCY}{_ADJUNCT})?\s*,?\s*(?:that\b|:)")
_TOLD_THEN_THAT = re.compile(
    rf"{_TOLD_OBJECT}?{_ADJUNCT}(?:{_FREQUENCY}{_ADJUNCT})?\s*,?\s*(?:that\b|:)")
_LONG_FRAME_THAT = re.compile(
    r"\s+(?:on|in|at|during|after|before|following|from|by|to|via|while|when|as|with|"
    r"outside|inside|ahead\s+of|concluding|closing|opening|wrapping|ending)\b"
    r"[^§;:!?]{0,160}?\s*,?\s*\bthat\b")
_ADJUNCTS = re.compile(_ADJUNCT)
_TOLD_ADJUNCTS = re.compile(rf"{_TOLD_OBJECT}?{_ADJUNCT}")
# After ", X said," the sentence resumes the speaker's words unless a frame follows.
_RESUMES = re.compile(
    r"\s*,\s*(?!(?:or|so|as|while|when|where|who|which|whose|after|before|during|"
    r"following|in|on|at|from|by|to|according|though|although|"
    r"a|an|[a-z]+ing)\b)(?=[a-z])")
_RESUMES_AND = re.compile(r"\s*,\s*(?=(?:and|but)\s)")
# A sentence opening with a frame of its own: "Speaking after talks,", "On Friday,".
_FRAME_OPENING = re.compile(
    r"(?:(?:But|And|Yet|However|Still|Meanwhile),?\s+)?"
    # ("At least 12 people were hurt, police said": a quantity, not a frame)
    r"(?!(?:At|In)\s+(?:least|most|all|total)\b|As\s+(?:many|much|few|little|high|low|"
    r"often)\b)"
    r"(?:(?:In|On|At|After|Before|During|Following|When|While|As|Since|Last|This|Earlier|"
    r"Later|Despite|Amid|Under|From|With|Without|By|Through|Ahead|Asked|Interviewed|"
    r"Pressed|Questioned|Quizzed|Speaking|Writing|Addressing|Responding|Commenting|"
    r"Referring|Reacting|Answering|Testifying|Appearing|Visiting|Talking|Announcing|"
    r"Presenting|Opening|Closing|Launching|Unveiling|Defending|Explaining|Briefing)\b)")
_CLAUSE_PUNCT = (",", "–", "—", "-")
_AS_SPEAKER_SAID = re.compile(r"(?:(?:But|And|However|Yet),?\s+)?As(?:\s+(?:the|a|an))?")
_DISCOURSE_ONLY = re.compile(
    r"(?:However|Meanwhile|But|And|Yet|Still|Also|Now|Separately|Instead|Elsewhere|Overall|"
    r"Indeed|Moreover|Furthermore|So|Then|Later|Earlier|Today|Yesterday|Nevertheless|"
    r"Nonetheless|Previously|Recently|Privately|Publicly)\W*")
_INNER_BREAK = re.compile(r"[;–—§]|,(?!\d)")
# "..., the ship's owner said" / "..., Yemen's official news agency X reported": a short
# determiner or possessive lead-in after the content's comma, ending at the speaker.
# "The outgoing UN envoy to Iraq, X, said": a role phrase before an appositive name.
_ROLE_PHRASE = re.compile(
    r"\s*(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w.\-]*[’']s)\s+)?"
    r"(?:(?!(?:of|to|for|at|in|from|on|and|the|with)\s)[\w.\-’']+\s+){0,4}?(?P<head>[\w\-]+)"
    r"(?:\s+(?:of|to|for|at|in|from|on|with)\s+(?:the\s+)?[\w.\-’'& ]{1,50})?\s*")
_ROLE_HEADS = TITLE_WORDS | UNNAMED_HEADS
# "the Democratic Congressional Campaign Committee": a named body after "the"
_ISSUED_BEFORE = re.compile(
    r"\b(?:released|issued|put\s+out|published|sent|posted|made|gave)\s+(?:a|an|the|its|his|"
    r"her|their)\s+(?:[\w\-]+\s+){0,2}?(?:statement|letter|report|note|message|tweet|post|"
    r"video|announcement|release)s?\b[^,;§.!?]{0,60}$")
_NAMED_BODY = re.compile(r"the\s+[A-Z][\w’'.\-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)?[A-Z][\w’'.\-]*)*")
_LEAD_IN = re.compile(r"[,–—]\s*(?:the|a|an|its|his|her|their|[A-Z][\w.\-]*[’']s)\s+"
                      r"(?:(?!(?:that|which|who|whom|whose|when|where|as|and|but|or|if)\s)"
                      r"[\w\-’']+\s+){0,3}$")
_PRONOUN_FORMS = frozenset("he she they it we I He She They It We".split())
_TIME_LEAD = re.compile(r"(?:(?:[Jj]ust|[Oo]nly|[Ee]ven|[Aa]lso|[Aa]nd|[Bb]ut)\s+)*")


_SOURCE_HEADS = "|".join(sorted(
    {f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in UNNAMED_HEADS
     if w not in ("statement", "report", "study", "survey")} | {"[Pp]ersons?"},
    key=len, reverse=True))
# "a source familiar with the talks said", "Officials at the Interior and Commerce
# departments said": a source head whose qualifying phrase the name reading cannot take.
_QUALIFIED_SOURCE = re.compile(
    r"(?<![\w’'])(?P<phrase>(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|"
    r"[Mm]any|[Oo]ther)\s+)?(?:[a-z][\w\-]*\s+){0,2}?"
    rf"(?:{_SOURCE_HEADS}))\s+"
    r"(?:(?P<knows>familiar\s+with|close\s+to|with\s+(?:direct\s+|first-?hand\s+)?"
    r"knowledge\s+of|briefed\s+on|involved\s+in)|(?P<at>at|from|in|for|of|within|inside))\s+"
    r"(?P<pp>(?:(?!(?:is|are|was|were|has|have|had|will|would|could|did|does|and\s+said)\s)"
    r"[^\s,;:§.!?]+\s+){0,9}[^\s,;:§.!?]+)$")


_SOURCE_HEAD_WORDS = frozenset(UNNAMED_HEADS | {"person", "persons"}) - \
    {"statement", "report", "study", "survey"}
_QUALIFIER_WORDS = frozenset("familiar close knowledge briefed involved at from in for of "
                             "within inside".split())


_COMPARATIVE_BEFORE = re.compile(r"\b(?:than|as\s+[\w\-]+\s+as)\s+(?:the\s+)?$")
_WRITINGS = frozenset("""letter statement note memo post tweet message email e-mail release
filing complaint order ruling notice document text petition motion lawsuit suit""".split())
_NP_AFTER_QUOTE = re.compile(r"§\s*,?\s*((?:the|a|an)\s+((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*))$")
# Capitalized function words that can be a subject in their own right (pronouns,
# determiners, quantifiers) or that open a sentence before an elided subject (time and
# discourse adverbs, weekdays): never a name before a reporting verb.
_SUBJECT_CAPS = frozenset("""The A An It He She They We I This That These Those His Her Their
Our Its There Here What Why How Who Where Many Some Most Every Each All No Not Both Either
Neither Such Other According Having Being Later Earlier Then Now Today Tonight Yesterday
Tomorrow Still Instead Meanwhile However Again Already Once Soon First Second Third Finally
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun
Also Even Only Just So Yet Thus Hence Indeed""".split())
_NAME_SLOT_BEFORE = re.compile(r"(?:[,;:—–]|\band)\s*$")


def _function_word_name(masked: str, s0: int, end: int, offset: int) -> Mention | None:
    """ "Next has said", "..., Next said": a word that usually opens a sentence or clause
    ("Next", "May") is a name when it stands alone right before "said"/"says", since an
    adverb or preposition cannot be the verb's subject (only finite "said": in "If
    admitted", "When told" the verb is a participle)."""
    cut = masked.rfind(" ", s0, end) + 1
    if cut < s0:
        cut = s0
    word = masked[cut:end]
    if word not in FUNCTION_CAPS or word in _SUBJECT_CAPS or word.endswith("ly") or masked[s0:cut].strip() and \
            _NAME_SLOT_BEFORE.search(masked, s0, cut) is None:
        return None
    return Mention(offset + cut, offset + end, word, "single", word)


def _source_with_qualifier(tail: str, offset: int) -> Mention | None:
    """ "... a source with knowledge of the talks" at the end of `tail` (before a
    reporting verb): an unnamed source, named with its affiliation ("officials at the
    X") but not its qualifier ("source familiar with ...")."""
    # the phrase spans at most ~20 words: a source head and a qualifier word among the
    # last 24 (set look-ups) before the end-anchored regex, which tries every position
    cut = len(tail)
    for _ in range(24):
        cut = tail.rfind(" ", 0, cut)
        if cut < 0:
            break
    words = set(tail[cut + 1:].lower().split())
    if words.isdisjoint(_SOURCE_HEAD_WORDS) or words.isdisjoint(_QUALIFIER_WORDS):
        return None
    start = max(cut, 0)
    m = _QUALIFIED_SOURCE.search(tail, start)
    if m is None:
        return None
    phrase = m.group("phrase")
    words = phrase.split()
    if words[0].lower() in ("a", "an", "one", "the"):
        words = words[1:]
    words[0] = words[0].lower() if not words[0].isupper() else words[0]
    name = " ".join(words)
    if m.group("at"):
        name = f"{name} {m.group('at')} {m.group('pp')}"
    return Mention(offset + m.start(), offset + m.end(), m.group(), "unnamed", name)


def _is_time_frame(prefix: str) -> bool:
    """ "Just this week,", "Last month,", "Yesterday,": a sentence opening with only a
    time (or place) adjunct is the reporter's frame, not reported content."""
    if not prefix.endswith(",") or len(prefix) > 48:
        return False
    body = prefix[_TIME_LEAD.match(prefix).end():-1].strip()
    if not body:
        return False
    body = body[0].lower() + body[1:]
    m = _ADJUNCTS.fullmatch(body)
    return m is not None


def _reported(masked: str, s0: int, s1: int, cue: _Cue, offset: int) -> list[tuple[int, int]]:
    """The spans (paragraph offsets) of what a cue reports, inside sentence [s0, s1): the
    content before "..., X said" and/or after "X said (that)", never the speaker, the
    verb or the adjuncts of time, place and occasion around them."""
    lo, hi = cue.lo - offset, cue.hi - offset
    # a participle or a relative clause ("..., which warned that") reports nothing
    # before itself
    prefix = "" if cue.kind == "ger" or masked.startswith(("which", "who"), lo) \
        else masked[s0:lo].rstrip()
    told = cue.word in _TOLD_WORDS and not cue.inverted
    after = (_TOLD_ADJUNCTS if told else _ADJUNCTS).match(masked, hi, s1).end()
    rest = masked[after:s1]
    if prefix and not prefix.endswith(_CLAUSE_PUNCT) and cue.kind != "acc" and \
            not rest.strip(" .!?;,'’\"”)"):
        # "CONTENT, Yemen's official news agency SABA reported.": the speaker phrase
        # begins at a determiner or possessive the name reading left out
        lead = _LEAD_IN.search(masked, s0, lo)
        if lead is not None and masked[lo:lo + 5].split(" ", 1)[0] not in _PRONOUN_FORMS:
            lo = lead.start() + 1
            prefix = masked[s0:lo].rstrip()
    if prefix and _DISCOURSE_ONLY.fullmatch(prefix):
        prefix = ""                           # "However, X said ..."
    # "Speaking after three days of talks, X said ...": one adverbial phrase, a frame.
    frame_first = bool(prefix) and (_FRAME_OPENING.match(prefix) is not None and
                                    not _INNER_BREAK.search(prefix, 0, len(prefix) - 1) or
                                    _is_time_frame(prefix))
    spans: list[tuple[int, int]] = []
    # "(Late on Friday, two days after ...,) X announced that CONTENT": with "that" or a
    # colon right after the verb, what comes before the speaker is the reporter's frame
    content_first = bool(prefix) and not frame_first and (
        cue.kind == "acc" or prefix.endswith(_CLAUSE_PUNCT) and
        _THAT_OR_COLON.match(masked, hi) is None)
    if content_first:
        # "CONTENT, X said at a briefing that closed four days of talks.": the rest is
        # the reporter's (a "that" there is a relative pronoun), except that "The plan,
        # she said, will cost 5%" resumes her words after the comma.
        spans.append((s0, lo))
        if rest.lstrip().startswith(","):
            # after "said X," an appositive often follows ("said Ana Ruiz, head of the
            # guild"): only "and"/"but" resume the speaker's words there
            resumes = (_RESUMES_AND if cue.inverted else _RESUMES).match(rest)
            if resumes:
                spans.append((after + resumes.end(), s1))
        return spans
    if told:
        # "..., telling the 12-member jury, “...”": the person told, up to the quote, is
        # the reporter's frame however it is worded
        quote_at = masked.find(MASK, after, s1)
        if quote_at > 0 and masked[after:quote_at].rstrip().endswith((",", ":")) and \
                masked.count(" ", after, quote_at) <= 14:
            spans.append((quote_at, s1))
            return spans
    that = (_TOLD_THEN_THAT if told else _FRAME_THEN_THAT).match(masked, hi, s1) or \
        _LONG_FRAME_THAT.match(masked, hi, s1)
    if that is not None:
        spans.append((that.end(), s1))        # "X said on Friday that CONTENT"
    elif not rest.strip(" .!?;,'’\"”)"):
        pass                                  # "X said." with nothing reported here
    elif rest.lstrip().startswith(","):
        if cue.kind == "acc" or _RESUMES.match(rest) or _AS_SPEAKER_SAID.fullmatch(prefix):
            # ("As the Herald noted, CONTENT": the comparative "as" frames what follows)
            spans.append((after + rest.index(",") + 1, s1))   # "According to X, CONTENT"
    else:
        spans.append((after, s1))             # "(FRAME,) X said (on Friday) CONTENT"
    return spans


def _weak_catch_up(builder: _Builder):
    """`builder._catch_up` through a weak reference: the coreference the builder owns
    calls back into it, and a bound method would make a reference cycle, which keeps
    every article's builder (hundreds of objects) alive until the cyclic garbage
    collector runs (most of attribution's share of collections inside extraction)."""
    ref = weakref.ref(builder)

    def catch_up(pos: int, since: int = -1, word: str | None = None) -> None:
        live = ref()
        if live is not None:
            live._catch_up(pos, since, word)

    return catch_up


class _Builder:
    """Per-article state: coreference, cues, quotes, per-paragraph labelled spans and how
    far each paragraph has been resolved."""

    def __init__(self, text: str, paragraphs: Sequence[Paragraph]) -> None:
        self.text = text
        self.body = [p for p in paragraphs if p.role == "body"]
        self.coref = Coreference()
        self.quotes: list[_Quote] = []
        self.paras: list[_Para] = []
        self.starts: list[int] = []                       # paragraph starts
        self.used: set[int] = set()
        self.interview = False
        self.completed = False
        self.caught_up = -1                               # sentences before it resolved
        self.recent: int | None = None                    # the latest speaker
        self.documents: dict[str, int] = {}               # "survey" -> its author
        self.appositive_lo: int | None = None             # set by _appositive_speaker

    # -- cues --------------------------------------------------------------------------
    def _speaker(self, mention: Mention | None) -> int | None:
        if mention is None:
            return None
        if mention.kind == "pronoun" and mention.gender in ("male", "female"):
            # he/she: the latest salient person, who may be a speaker named after the
            # latest person the text itself makes salient; those sentences first
            self._catch_up(mention.start,
                           self.coref.latest_salient(mention.start, mention.gender))
        elif mention.kind in _IN_CONTEXT or mention.kind == "unnamed" and \
                mention.name == "statement":
            # "it", "they", "the company", "the president", "the statement": their
            # referent depends on the speakers before, so those sentences are resolved first
            self._catch_up(mention.start)
        if mention.kind == "unnamed" and mention.name == "statement" and \
                self.recent is not None:
            return self.recent   # "X said in a statement: ... the statement continued"
        if mention.kind == "orgref" and mention.name.endswith("pollster"):
            author = self.documents.get("poll") or self.documents.get("survey")
            if author is not None:
                return author    # the pollster is whoever ran the poll
        return self.coref.resolve(mention)

    def _appositive_role(self, masked: str, pos: int, eid: int | None,
                         limit: int | None = None) -> None:
        """"X, director of Y, said" / "said X, director of Y," -> X's role."""
        if eid is None:
            return
        m = _APPOSITIVE.match(masked, pos)
        if not m or (limit is not None and m.end() > limit):
            return
        role = m.group(1).strip()
        if _CUE.search(role) or _THAT_NEAR.search(role):
            return
        first = role.split()[0] if role.split() else ""
        if first[:1].islower() and not first.endswith("ing") and first not in (
                "who", "which", "where", "when", "that", "and", "but", "in", "on", "at",
                "adding", "according", "said", "says", "told", "as", "with", "after"):
            ent = self.coref.entities[eid]
            if ent.role is None and ent.kind == "person":
                ent.role = role

    def _cues(self, masked: str, s0: int, s1: int, offset: int,
              words: list[tuple[int, int, str, str]]) -> list[_Cue]:
        cues: list[_Cue] = []
        gerunds: list[tuple[int, int]] = []
        for a, b, kind, word in words:
            if a < s0 or b > s1:
                continue
            if kind == "amb":
                # "the ministry estimates that": a cue; "a UN report estimates an influx
                # of ...": only with a document for its subject (as "found", "show")
                kind = "verb" if _COMPLEMENT_AFTER.match(masked, b) or \
                    _amb_verb(masked, s0, a, b, word) else "evidence"
            if kind == "naming":
                if not _QUOTE_SOON.match(masked, b):
                    continue
                kind = "verb"
            if kind == "read":
                # "“...,” read the statement": the document right after a quote
                if not masked[s0:a].rstrip().rstrip(",").endswith(MASK) or \
                        not _READ_OBJECT.match(masked, b):
                    continue
                kind = "verb"
            if word[:3] in ("urg", "Urg") and _PHRASAL_ON.match(masked, b):
                continue   # "urging on fans", "urged on by the crowd": not speech
            if word in ("posted", "posts", "posting") and \
                    not _POSTED_SPEECH.match(masked, b) and not _QUOTE_SOON.match(masked, b):
                continue   # "posted a loss", "posted the files": not speech
            if word in ("added", "adds") and not _ADDED_SPEECH.match(masked, b, s1):
                continue   # "added 11 rebounds", "added to the pressure": not speech
            if word in _COMMISSIVE and _PLEDGED_SUM.match(masked, b, s1):
                continue   # "pledged NOK 2 billion": an act, not speech
            if word in _DEMANDS and not _COMPLEMENT_AFTER.match(masked, b) and \
                    not _QUOTE_SOON.match(masked, b):
                continue   # "the amount X has demanded for the wall": an act, not speech
            if word in _ARGUES and _FOR_AGAINST.match(masked, b):
                continue   # "X argued for the wall": a position, no words reported
            if kind == "acc":
                doc = _DOC_AFTER.match(masked, b)
                if doc:
                    eid = self._document(doc, offset)
                    if eid is not None:
                        cues.append(_Cue("acc", a + offset, offset + doc.end(), eid))
                        continue
                mention = mention_after(masked, b, offset)
                eid = self._speaker(mention)
                if eid is None:
                    continue
                self._appositive_role(masked, mention.end - offset, eid)
                cues.append(_Cue("acc", a + offset, mention.end, eid))
                continue
            if kind == "ger" and word in ("writing", "tweeting", "posting") and \
                    not _COMPLEMENT_AFTER.match(masked, b) and not _QUOTE_SOON.match(masked, b):
                continue
            if kind == "ger":
                # participles after a comma or preposition report speech ("..., saying",
                # "in charging that"); "a claim accusing X" does not.
                if _GERUND_BEFORE.search(masked, s0, a):
                    gerunds.append((a, b))
                    continue
                # "Trump saying", "the video showed Tlaib telling supporters"
                mention = mention_before(masked, a, offset)
                if mention is not None and mention.start - offset >= s0 and \
                        mention.kind in ("person", "single", "pronoun", "organization"):
                    eid = self._speaker(mention)
                    if eid is not None:
                        cues.append(_Cue("ger", mention.start, b + offset, eid, word=word))
                elif _ISSUED_BEFORE.search(masked, max(s0, a - 100), a):
                    gerunds.append((a, b))   # "X issued a statement on Y saying ...": X
                continue
            base = max(s0, a - 120)   # `$`-anchored searches only look at a short tail
            before = masked[base:a]
            if kind in ("verb", "evidence") and _DOC_WORD.search(before, len(before) - 90):
                doc = _DOC_BEFORE.search(before)
                if doc:
                    eid = self._document(doc, offset + base)
                    authored = doc.group("org") or doc.group("owner") or \
                        doc.group("doc") in self.documents
                    if eid is not None and (kind == "verb" or authored or
                                            _COMPLEMENT_AFTER.match(masked, b)):
                        # ("..., official figures showed": the reporter's own sourcing)
                        cues.append(_Cue("verb", offset + base + doc.start(), b + offset, eid))
                        continue
            if kind == "evidence" and not _THAT_AFTER.match(masked, b):
                continue   # "police found a car": not reported speech; "they found that"
            last_word = before[before.rstrip().rfind(" ") + 1:].strip()
            if kind == "verb" and (last_word in _PASSIVE_WORDS or last_word.endswith("ly")):
                # "was told", "an estimated": not a reporting verb here; "X publicly said"
                if not last_word.endswith("ly"):
                    continue
                before = before.rstrip()[:-len(last_word)]
            before = _strip_adverbs(before)
            mention = None
            tail = before.rstrip()
            if tail.endswith(")"):
                # "Sen. Ada Moss (D-Ore.) said": the parenthesis is not the speaker
                paren = _PAREN_END.search(tail)
                if paren:
                    tail = tail[:paren.start()]
            appositive_lo = None
            if tail.endswith(","):
                self.appositive_lo = None
                mention = self._appositive_speaker(masked, s0, base + len(tail) - 1, offset)
                appositive_lo = self.appositive_lo
            if mention is None and tail and not tail.endswith((MASK, ",", ":", ";", "–", "—")):
                mention = mention_before(masked, base + len(tail), offset)
                if mention is not None and mention.start - offset < s0:
                    mention = None
                if mention is None and kind == "verb" and tail[-1:].isalpha():
                    mention = _source_with_qualifier(tail, offset + base)
                    if mention is None and word in ("said", "says"):
                        mention = _function_word_name(masked, s0, base + len(tail), offset)
                    if mention is None:
                        # "“...,” the little fighter added.": after a quote, a short
                        # definite phrase before the verb speaks, whatever its noun
                        np = _NP_AFTER_QUOTE.search(tail)
                        if np is not None and np.group(2).rsplit(" ", 1)[-1] not in _WRITINGS:
                            # (not "the letter urged": a writing speaks for its author)
                            mention = Mention(offset + base + np.start(1),
                                              offset + base + np.end(1), np.group(1),
                                              "unnamed", np.group(2))
            lo, hi = (mention.start if mention else a + offset), b + offset
            if mention is not None and appositive_lo is not None:
                lo = appositive_lo   # the role phrase before the name is the frame too
            if mention is None and word in _INVERTIBLE:
                candidate = mention_after(masked, b, offset)
                if candidate is not None and candidate.kind == "pronoun" and \
                        candidate.name == "it":
                    candidate = None   # "... and said it “uses the law”": it is no speaker
                if candidate is not None and _AFTER_INVERTED.match(masked, candidate.end - offset):
                    mention = candidate
                    lo, hi = a + offset, candidate.end
            if mention is None and _COORDINATED_END.search(before) and not tail.endswith(MASK):
                # "X stormed back, leaned in and said", "X, 31, who ..., wrote"
                mention = self._subject(masked, s0, a, offset)
                if mention is not None:
                    lo = mention.start
            relative = _RELATIVE_END.search(tail) if mention is None else None
            if relative is not None:
                # "..., according to the Audit Office, which warned that ...": the
                # relative pronoun stands for the phrase before its comma.
                comma = base + relative.start()
                prior = next((c for c in reversed(cues)
                              if c.hi - offset <= comma and not masked[c.hi - offset:comma].strip()),
                             None)
                if prior is not None:
                    cues.append(_Cue("verb", offset + base + relative.start(1), b + offset,
                                     prior.eid, word=word))
                    continue
                # ("a survey of 3,000 people for the X Institute, which found that":
                # the document's author)
                doc = _DOC_BEFORE.search(masked, max(s0, comma - 160), comma) \
                    if _DOC_WORD.search(masked, max(s0, comma - 160), comma) else None
                eid = self._document(doc, offset) if doc is not None and \
                    doc.start() >= s0 else None
                if eid is not None:
                    cues.append(_Cue("verb", offset + base + relative.start(1), b + offset,
                                     eid, word=word))
                    continue
                mention = mention_before(masked, comma, offset, object_ok=True)
                if mention is not None and mention.start - offset < s0:
                    mention = None
                lo = offset + base + relative.start(1)
            if mention is not None and lo == mention.start and \
                    _COMPARATIVE_BEFORE.search(masked, max(s0, lo - offset - 30), lo - offset):
                continue   # "worth as much as X magazine estimated": no words reported
            eid = self._speaker(mention)
            if eid is None:
                continue
            if lo == a + offset:   # inverted: "said X, director of Y,"
                self._appositive_role(masked, mention.end - offset, eid)
            else:                  # "X, director of Y, said"
                self._appositive_role(masked, mention.end - offset, eid, limit=a)
            cues.append(_Cue("quoted" if kind == "quoted" else "verb", lo, hi, eid, word=word,
                             inverted=lo == a + offset and mention.start > lo))
        for a, b in gerunds:
            # "..., calling it X" / "..., telling Y that": the speaker is the sentence's
            # reporting subject (a finite cue before, else after), else its subject.
            before = [c for c in cues if c.kind != "ger" and c.hi <= a + offset]
            after = [c for c in cues if c.kind != "ger" and c.lo >= b + offset]
            governing = before[-1].eid if before else after[0].eid if after else None
            if governing is None:
                subject = self._subject(masked, s0, a, offset)
                if subject is not None:
                    governing = self._speaker(subject)
            if governing is not None:
                cues.append(_Cue("ger", a + offset, b + offset, governing,
                                 word=masked[a:b]))
        cues.sort(key=lambda c: c.lo)
        return cues

    def _document(self, m: re.Match[str], offset: int) -> int | None:
        """The speaker behind a document phrase: its author ("by X"), its owner ("X's
        figures"), the author of the same document named earlier ("the survey"), else the
        document itself as an unnamed source ("government data")."""
        doc = m.group("doc")
        eid = None
        for group in ("org", "owner"):
            phrase = m.group(group)
            if phrase and group == "org":
                phrase = phrase.rstrip(".")   # "by the Orla Trust." ends the sentence
            if phrase:
                mention = classify(phrase, offset + m.start(group))
                if mention is not None and mention.kind == "single":
                    mention.kind = "organization"
                eid = self._speaker(mention)
                if eid is not None:
                    break
        if eid is None:
            # "a recent UN report", "the Census Bureau survey": a capitalized modifier
            # (not the sentence's first word) names the author
            run = _CAP_MODS.search(m.group("mods"))
            if run is not None and (m.group("det") or run.start() > 0 or
                                    run.group().split()[0].isupper()):
                phrase = _SPONSORED.sub("", run.group().strip())
                mention = classify(phrase, offset + m.start("mods") + run.start())
                if mention is not None and mention.kind in ("single", "person"):
                    mention.kind = "organization"
                    mention.name = phrase
                if mention is not None and mention.kind == "organization":
                    eid = self._speaker(mention)
        if eid is None and m.group("det") in ("the", "The"):
            self._catch_up(offset + m.start())   # "the survey": the one named before
            eid = self.documents.get(doc)
        if eid is None:
            name = (m.group("mods") + doc).strip()
            name = name[0].lower() + name[1:] if name[:1].isupper() and \
                not name.split()[0].isupper() else name
            eid = self.coref.resolve(Mention(offset + m.start(), offset + m.end(), name,
                                             "unnamed", name))
        else:
            self.documents[doc] = eid
        return eid

    def _subject(self, masked: str, s0: int, limit: int, offset: int) -> Mention | None:
        """The first speaker-like phrase of a clause that is not the object of a
        preposition: the subject of "X stormed back and said", "X defended it, saying"."""
        first = last_clause = None
        skip_to = s0
        for m in _WORD_START.finditer(masked, s0, limit):
            pos = m.start()
            if pos < skip_to or _NOT_SUBJECT_BEFORE.search(masked, max(s0, pos - 14), pos):
                continue
            if pos > s0 + 1 and masked[pos - 1] == " " and masked[pos - 2].isalpha():
                prev_word = masked[max(s0, masked.rfind(" ", s0, pos - 1) + 1):pos - 1]
                if prev_word[:1].isupper() and prev_word not in FUNCTION_CAPS:
                    continue   # inside a name ("in San Diego"): its first word was tried
            mention = mention_after(masked, pos, offset)
            if mention is None or mention.end - offset > limit:
                continue
            if mention.kind not in ("person", "single", "organization", "roleref", "orgref",
                                    "pronoun", "unnamed"):
                continue
            if mention.kind == "pronoun" and mention.surface.lower() == "it":
                continue
            if mention.kind == "unnamed" and mention.name.split()[-1] in _DOCUMENTS:
                continue
            skip_to = mention.end - offset
            first = first or mention
            if _CLAUSE_START.search(masked, s0, pos) and not _NAME_AND.search(masked, s0, pos):
                last_clause = mention
        return last_clause or first

    def _appositive_speaker(self, masked: str, s0: int, comma: int, offset: int) -> Mention | None:
        """"Jia, director of X, said", "Mr. Ode, 52, a former mayor of Y, also promised",
        "China's foreign minister, Mr. Wang, said": walk the comma segments leftwards over
        ages and roles to the name."""
        role = None
        aged = False
        end = comma
        for _ in range(5):
            prev = masked.rfind(",", s0, end)
            segment = masked[prev + 1 if prev >= 0 else s0:end]
            stripped = segment.strip()
            if not stripped or MASK in segment or len(stripped) > 160 or \
                    stripped.count(" ") > 20:
                return None
            first = stripped.split()[0]
            if prev < 0:
                outer = mention_before(masked, end, offset)
                break
            if stripped.isdigit() and len(stripped) <= 3:
                end = prev      # an age
                aged = True
                continue
            if (first[:1].islower() or first.lower() in TITLE_WORDS) and not (
                    first == "the" and role is not None and _NAMED_BODY.fullmatch(stripped)):
                if first in ("who", "which", "whose", "where", "when", "whom") or \
                        _CUE.search(stripped) or _THAT_NEAR.search(stripped):
                    return None   # a clause, not an appositive
                role = role or stripped
                end = prev
                continue
            inner = classify(stripped, offset + prev + 1 + (len(segment) - len(segment.lstrip())))
            if inner is not None and inner.kind == "single":
                outer = mention_before(masked, prev, offset)
                if outer is not None and outer.kind == "person":
                    inner = None   # "Mitch McConnell, R-Ky., said": the person is outside
            if inner is not None and inner.kind in ("person", "organization", "single") and \
                    inner.end - inner.start >= len(stripped) - 4:   # the segment is a name
                outer = mention_before(masked, prev, offset)
                left = max(masked.rfind(",", s0, prev), masked.rfind(";", s0, prev),
                           masked.rfind(MASK, s0, prev), s0 - 1) + 1
                if outer is not None and outer.kind == "roleref" and inner.kind == "person":
                    role = role or outer.surface
                    # the role phrase with its determiner ("the coalition's executive
                    # director, X, said") is the frame
                    lead = _ROLE_PHRASE.fullmatch(masked, left, prev)
                    self.appositive_lo = offset + left + len(masked[left:prev]) - \
                        len(masked[left:prev].lstrip()) if lead is not None else outer.start
                elif outer is None and inner.kind != "organization":
                    # "The outgoing UN envoy to Iraq, Nikolay Mladenov, told": a role
                    # phrase (title or source head, then "of/to/for ...") opens the clause
                    lead = _ROLE_PHRASE.fullmatch(masked, left, prev)
                    if lead is not None and lead.group("head").lower() in _ROLE_HEADS:
                        head_start = left + len(masked[left:prev]) - len(masked[left:prev].lstrip())
                        phrase = masked[head_start:prev].strip()
                        first_word = phrase.split(" ", 1)[0]
                        if first_word in ("The", "the", "A", "a", "An", "an") and " " in phrase:
                            phrase = phrase.split(" ", 1)[1]
                        role = role or phrase
                        self.appositive_lo = offset + head_start
                if inner.kind == "person" and role and not inner.role:
                    inner.role = role
                return inner
            outer = mention_before(masked, end, offset) if prev >= 0 else None
            break
        else:
            return None
        if outer is None or outer.kind == "roleref" or outer.start - offset < s0 or \
                role is None and not (aged and outer.kind == "person"):
            return None   # ("Horrified mum Ada Lin, 27, said": the person before the age)
        if outer.kind == "person" and not outer.role:
            outer.role = role
        return outer

    # -- paragraphs --------------------------------------------------------------------
    def prepare(self) -> bool:
        """The cheap whole-article passes: quotes (and run-on quote chains), masking,
        cue words, the lazy name registry. False when nobody is quoted or reported."""
        pieces = []
        last = 0
        prev_open: int | None = None   # index in self.quotes of a run-on quote
        prev_colon = False
        questions = answers = 0
        for order, p in enumerate(self.body):
            text = p.text
            if text[:1] in ("Q", "A"):
                questions += _QUESTION.match(text) is not None
                answers += _ANSWER.match(text) is not None
            # names inside quotes are what speakers talk about, not antecedents
            quotes = find_quotes(text)
            masked = mask_quotes(text, quotes, MASK) if quotes else text
            para = _Para(order, p, masked, len(self.quotes), len(self.quotes) + len(quotes),
                         prev_colon)
            for q in quotes:
                self.quotes.append(_Quote(p.start + q.start, p.start + q.end, order,
                                          p.text.count(" ", q.start, q.end) + 1))
            if quotes and quotes[0].start == 0:
                self.quotes[para.q0].paragraph_initial = True
                if prev_open is not None and opens_with_quote(p.text):
                    self.quotes[para.q0].prev_in_chain = prev_open
                    self.quotes[prev_open].next_in_chain = para.q0
            prev_open = len(self.quotes) - 1 if quotes and quotes[-1].open_ended else None
            prev_colon = para.colon = text.endswith(":") or \
                text[-1:].isspace() and text.rstrip().endswith(":")
            self.paras.append(para)
            pieces.append("\n" * (p.start - last))
            pieces.append(masked)
            last = p.start + len(masked)
        if not self.quotes and not answers and not any(
                para.colon or _CUE_LED.search("\n" + para.masked) for para in self.paras):
            return False   # nobody is quoted or reported: all the reporter's
        # The body with quotes masked and all other text blanked by newlines, at the
        # article's offsets: names are read from it on demand.
        self.coref.before_context = _weak_catch_up(self)
        self.coref.attach("".join(pieces), self.text,
                          [(para.p.start, para.p.start + len(para.masked)) for para in self.paras])
        self.starts = [para.p.start for para in self.paras]
        self.interview = questions >= 2 and answers >= 2
        return True

    def complete(self) -> None:
        """Resolve every paragraph and quote, in article order (and Q&A answers)."""
        if self.completed:
            return
        self.completed = True
        for para in self.paras:
            self._finish(para)
        if self.interview:
            self._interview_answers()
        for para in self.paras:
            self._settle(para)

    def spans_over(self, start: int, end: int) -> list[tuple[int, int, int, int]]:
        """The labelled spans overlapping [start, end), resolving what they depend on:
        the cues of the sentences there, the speakers of the quotes there, the colon
        lead of the paragraph before."""
        if self.interview:
            self.complete()
        i = max(0, bisect_right(self.starts, start) - 1)
        found = []
        while i < len(self.paras) and self.paras[i].p.start < end:
            para = self.paras[i]
            p = para.p
            i += 1
            if p.end <= start:
                continue
            if para.prev_colon and para.q0 == para.q1:
                self._finish(para)    # may be the statement announced by a colon lead
            else:
                self._split(para, end)
                sentences = para.sentences
                j = max(0, bisect_right(sentences, (start - p.start, start)) - 1)
                while j < len(sentences) and p.start + sentences[j][0] < end:
                    if p.start + sentences[j][1] > start:
                        self._sentence(para, j)
                    j += 1
                for q in self.quotes[para.q0:para.q1] if para.q0 < para.q1 else ():
                    if q.start < end and q.end > start and not q.spanned:
                        if q.eid is not None:
                            # its own sentence named its speaker: settling keeps it
                            self._span_quote(q)
                        else:
                            self._settle(para)
            if para.spans:
                found += [s for s in para.spans if s[0] < end and s[1] > start]
        return found

    def _split(self, para: _Para, upto: int | None = None) -> None:
        """Split a paragraph into sentences, each with its quotes, as far as `upto` (the
        whole paragraph when None); the cue words of each are found when it is resolved."""
        p = para.p
        if para.sentences is None:
            masked = para.masked
            para.sentences = []
            if para.q1 == para.q0:
                first = _CUE_LED.search("\n" + masked)
                if first is None:
                    return   # no quote, no reporting verb: nothing to split
                para.cue_from = first.start(1) - 1   # the sentences before hold no cue
            para.more = _iter_sentences(masked, p.text, [q.end - p.start for q in
                                                         self.quotes[para.q0:para.q1]])
        more = para.more
        if more is None:
            return
        sentences = para.sentences
        while upto is None or not sentences or p.start + sentences[-1][1] < upto:
            span = next(more, None)
            if span is None:
                para.more = None
                return
            s0, s1 = span
            sentences.append(span)
            para.done.append(False)
            para.last.append(None)
            para.quoted.append([i for i in range(para.q0, para.q1)
                                if self.quotes[i].start < p.start + s1 and
                                self.quotes[i].end > p.start + s0] if para.q0 < para.q1 else ())

    def _finish(self, para: _Para) -> None:
        """Resolve all of a paragraph: its last speaker (for the next paragraph's quotes
        and colon-led statement) and, after a colon lead, the statement itself."""
        if para.finished:
            return
        para.finished = True
        self._split(para)
        for j in range(len(para.sentences)):
            self._sentence(para, j)
        last_eid = None
        for eid in para.last:
            if eid is not None:
                last_eid = eid
        order, p = para.order, para.p
        if para.q0 == para.q1 and not para.any_cue and para.prev_colon and order > 0:
            eid = self._last_speaker(order - 1)
            if eid is not None:
                # "X said in a statement:" followed by the statement without quote marks.
                para.spans.append((p.start, p.end, 2, eid))
                self.used.add(eid)
                last_eid = eid
        if para.colon and last_eid is None:
            masked = para.masked
            subject = self._subject(masked, 0, len(masked.rstrip()) - 1, p.start)
            if subject is not None:
                last_eid = self._speaker(subject)
        para.last_eid = last_eid

    def _catch_up(self, pos: int, since: int = -1, word: str | None = None) -> None:
        """Resolve every sentence before `pos` (and after `since`; holding `word`) not
        resolved yet, in article order, as a whole-article pass would have before
        reaching `pos`."""
        if pos <= self.caught_up:
            return
        if since < 0:
            self.caught_up = pos
        for para in self.paras[max(0, bisect_right(self.starts, since) - 1):]:
            p = para.p
            if p.start >= pos:
                break
            if p.end <= pos and since < 0:
                self._finish(para)
                continue
            if word is not None and word not in para.masked:
                continue
            self._split(para, pos)
            for j, (s0, s1) in enumerate(para.sentences):
                if p.start + s0 >= pos:
                    break
                if p.start + s1 > since and not para.done[j] and \
                        (word is None or word in para.masked[s0:s1]):
                    self._sentence(para, j)

    def _last_speaker(self, order: int) -> int | None:
        para = self.paras[order]
        self._finish(para)
        return para.last_eid

    def _interview_answers(self) -> None:
        """Q&A interviews: every "A:" paragraph is the interviewee's direct speech; the
        interviewee is the first person the article names in full."""
        eid = self.coref.first_person()
        if eid is None:
            return
        for para in self.paras:
            m = _ANSWER.match(para.p.text)
            if m:
                para.spans.append((para.p.start + m.end(), para.p.end, 2, eid))
        self.used.add(eid)

    def _sentence(self, para: _Para, j: int) -> None:
        """Resolve the cues and quotes of one sentence of a paragraph (once)."""
        if para.done[j]:
            return
        para.done[j] = True
        s0, s1 = para.sentences[j]
        p, masked = para.p, para.masked
        sq = para.quoted[j]
        cue_from = para.cue_from
        words = _cue_words(masked, s0 if s0 > cue_from else cue_from, s1) \
            if s1 > cue_from else []
        if not sq and not words:
            return   # no quote, no cue word: the reporter's sentence
        last_eid = None
        cues = self._cues(masked, s0, s1, p.start, words) if words else []
        para.any_cue = para.any_cue or bool(cues)
        for cue in cues:
            self.coref.spoke(cue.eid, cue.lo)
            self.recent = cue.eid
            self.used.add(cue.eid)
            last_eid = cue.eid
            before = masked[s0:cue.lo - p.start].rstrip(" ,")
            after = masked[cue.hi - p.start:s1]
            gap = before[before.rfind(MASK) + 1:] if MASK in before else None
            cue.attached = bool(sq) and cue.kind in ("verb", "quoted") and (
                before.endswith(MASK) or
                # a few words the speaker phrase did not take in ("MoveOn's")
                gap is not None and gap.count(" ") <= 3 and "," not in gap and
                all(w[:1].isupper() or w in ("of", "for", "the") for w in gap.split()) or
                _QUOTE_FOLLOWS.match(after)
                is not None and not _THAT_NEAR.search(after.split(MASK, 1)[0]))
            cue.reach = p.start + s0
            if cue.kind in ("verb", "quoted") and not cue.attached:
                prefix = masked[s0:cue.lo - p.start].strip()
                rest = masked[cue.hi - p.start:s1]
                trailing = prefix.endswith((",", "–", "—", "-")) and \
                    not _THAT_NEAR.search(rest) and MASK not in rest
                if prefix and not trailing:
                    cue.reach = cue.lo   # "Y – and X noted that ...": Y is the reporter's
        for qi in sq:
            quote = self.quotes[qi]
            quote.eid = self._quote_speaker(quote, cues)
            if quote.eid is None:
                # "X was quick to retort: “...”": the clause before the colon speaks.
                lead = masked[s0:quote.start - p.start].rstrip()
                if lead.endswith(":"):
                    subject = self._subject(masked, s0, s0 + len(lead) - 1, p.start)
                    quote.eid = self._speaker(subject)
                    if quote.eid is not None:
                        self.coref.spoke(quote.eid, subject.start)
            if quote.eid is not None:
                last_eid = quote.eid
        para.last[j] = last_eid
        for cue in cues:
            if cue.attached:
                # "Y rejected “A,” calling it “B,” an official said": the unquoted
                # words before the quotes are the speaker's paraphrase.
                first = self.quotes[sq[0]].start - p.start if sq else s0
                lead = masked[s0:min(first, cue.lo - p.start)]
                if sq and cue.lo > self.quotes[sq[0]].start and \
                        len(_WORDS.findall(lead)) >= 3:
                    para.spans.append((p.start + s0, cue.lo, 1, cue.eid))
                elif sq and cue.hi <= self.quotes[sq[0]].start:
                    # "X said the gap was £87 million and had “no choice”": the
                    # words before the quote are X's paraphrase.
                    told = cue.word in _TOLD_WORDS and not cue.inverted
                    after = (_TOLD_ADJUNCTS if told else _ADJUNCTS).match(
                        masked, cue.hi - p.start, s1).end()
                    gap = masked[after:self.quotes[sq[0]].start - p.start]
                    gap_words = len(_WORDS.findall(gap))
                    if gap_words >= 3 or gap_words and not gap.rstrip().endswith((",", ":")) \
                            and cue.word not in _NAMING_WORDS and \
                            gap.split(None, 1)[0] not in _GAP_PREPOSITIONS and len(_WORDS.findall(
                                masked, self.quotes[sq[-1]].end - p.start, s1)) >= 3:
                        # ("X said it's “important” for every school to have one": the
                        # quote sits inside X's paraphrase, up to a clause of the
                        # reporter's: "..., and his leading contender is Y")
                        tail_from = self.quotes[sq[-1]].end - p.start
                        stop = _CLAUSE_BREAK.search(masked, tail_from, s1) \
                            if gap_words < 3 else None
                        para.spans.append((p.start + after,
                                           p.start + (stop.start() if stop else s1), 1, cue.eid))
                continue
            for lo, hi in _reported(masked, s0, s1, cue, p.start):
                if cue.kind != "acc":
                    # "X argued ..., according to two officials": the source phrase of a
                    # later "according to" is the reporter's frame, not X's words
                    for other in cues:
                        cut = other.lo - p.start
                        if other.kind == "acc" and lo < cut < hi:
                            hi = lo + len(masked[lo:cut].rstrip(" ,;–—-"))
                if hi > lo:
                    para.spans.append((p.start + lo, p.start + hi, 1, cue.eid))

    def _quote_speaker(self, quote: _Quote, cues: list[_Cue]) -> int | None:
        if not cues:
            return None
        def distance(c: _Cue) -> int:
            return max(c.lo - quote.end, quote.start - c.hi, 0)
        for group in (("verb", "quoted", "acc"), ("ger",)):
            attached = [c for c in cues if c.kind in group and c.attached]
            # a quote before "X said that ..." in the same sentence is not X's
            pool = attached or [c for c in cues if c.kind in group and quote.start >= c.reach]
            if pool:
                return min(pool, key=distance).eid
        return None

    def _settle(self, para: _Para) -> None:
        """Quotes with no cue in their sentence take the speaker of their run-on chain,
        then of a neighbouring quote in the paragraph, then of the previous paragraph.
        Speakers pass only along a chain and inside a paragraph, so the paragraphs a
        chain joins settle together, independently of the rest."""
        if para.settled:
            return
        lo = hi = para.order
        while self.paras[lo].q0 < self.paras[lo].q1 and \
                self.quotes[self.paras[lo].q0].prev_in_chain is not None:
            lo -= 1
        while self.paras[hi].q0 < self.paras[hi].q1 and \
                self.quotes[self.paras[hi].q1 - 1].next_in_chain is not None:
            hi += 1
        group_paras = self.paras[lo:hi + 1]
        for other in group_paras:
            other.settled = True
            self._split(other)
            for j, quoted in enumerate(other.quoted):
                if quoted:   # a quote's own sentence names its speaker, if any does
                    self._sentence(other, j)
        qs = self.quotes
        first, last = group_paras[0].q0, group_paras[-1].q1
        chain = qs[first:last]
        by_paragraph = [qs[other.q0:other.q1] for other in group_paras]
        for _ in range(2):   # chains and paragraphs feed each other: two rounds settle it
            for q in chain:   # run-on quotes continue their opener's speaker
                if q.eid is None and q.prev_in_chain is not None:
                    q.eid = qs[q.prev_in_chain].eid
            for q in reversed(chain):   # ... or take it from a later paragraph that names it
                if q.eid is None and q.next_in_chain is not None:
                    q.eid = qs[q.next_in_chain].eid
            for group in by_paragraph:
                known = None
                for q in group:
                    if q.eid is None and known is not None:
                        q.eid = known
                    known = q.eid if q.eid is not None else known
                known = None
                for q in reversed(group):
                    if q.eid is None and known is not None and q.words >= 4:
                        q.eid = known
                    known = q.eid if q.eid is not None else known
        for q in chain:
            if q.eid is None and q.paragraph_initial and q.words >= 4 and q.paragraph > 0:
                q.eid = self._last_speaker(q.paragraph - 1)
        for q in chain:
            if q.eid is not None and not q.spanned:
                self._span_quote(q)

    def _span_quote(self, q: _Quote) -> None:
        q.spanned = True
        self.paras[q.paragraph].spans.append((q.start, q.end, 2, q.eid))
        self.used.add(q.eid)


class _Para:
    """One body paragraph and how far it has been resolved."""

    __slots__ = ("order", "p", "masked", "q0", "q1", "prev_colon", "colon",
                 "sentences", "more", "done", "quoted", "last", "spans", "any_cue",
                 "finished", "settled", "last_eid", "cue_from")

    def __init__(self, order: int, p: Paragraph, masked: str, q0: int, q1: int,
                 prev_colon: bool) -> None:
        self.order = order
        self.p = p
        self.masked = masked
        self.q0 = q0                 # its quotes: _Builder.quotes[q0:q1]
        self.q1 = q1
        self.prev_colon = prev_colon  # the paragraph before ends with a colon
        self.colon = False
        self.sentences: list[tuple[int, int]] | None = None   # split so far
        self.more: Iterator[tuple[int, int]] | None = None   # the rest of the split
        self.done: list[bool] = []              # per sentence: resolved
        self.quoted: list[Sequence[int]] = []   # per sentence: its quotes' indices
        self.last: list[int | None] = []        # per sentence: its last speaker
        self.spans: list[tuple[int, int, int, int]] = []   # (start, end, priority, eid)
        self.any_cue = False
        self.finished = False
        self.settled = False
        self.last_eid: int | None = None
        self.cue_from = 0                       # no cue word starts before it


def attribute(text: str, paragraphs: Sequence[Paragraph]) -> AttributionIndex:
    """Find quotes, reporting verbs and speakers in the article's body paragraphs (the
    cheap passes now; cues and speakers when `at()` asks about their sentence)."""
    builder = _Builder(text, paragraphs)
    return AttributionIndex(builder if builder.prepare() else None)
