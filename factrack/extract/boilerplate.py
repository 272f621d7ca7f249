"""Recognise page furniture in scraped article text: lines that are not reporting.

News pages pasted or scraped as text carry photo credits, captions, read-time badges,
bylines, datelines, share buttons and subscription appeals. None of it is a claim the
article makes, so each line is classified here before any claim is looked for. Every
pattern is compiled once; each test runs on one paragraph's text.
"""

from __future__ import annotations

import re

_AGENCIES = (
    r"AP|AFP|Reuters|Getty(?:\s+Images)?|EPA|Xinhua|Bloomberg|Shutterstock|Alamy|PA|"
    r"PA\s+Images|PA\s+Wire|VCG|Sipa|Zuma|ZUMA(?:\s+Press)?|NurPhoto|Pool|File|Handout|"
    r"dpa|ANP|Anadolu|Kyodo|Yonhap|TASS|Sputnik|Courtesy|The\s+Christian\s+Science\s+Monitor|"
    r"The\s+New\s+York\s+Times|Washington\s+Post|Associated\s+Press|Staff|Wikimedia(?:\s+Commons)?"
)

# "Mark Schiefelbein/AP", "Zhu Haipeng/VCG/Reuters", "Jane Doe/Getty Images"
CREDIT_LINE = re.compile(
    rf"^(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,4}}\s*/\s*)+(?:{_AGENCIES}|[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})$"
)
# "Photo: ...", "Image copyright ...", "(Photo by X/AFP via Getty Images)"
CREDIT_PREFIX = re.compile(
    r"^\(?\s*(?:photo(?:graph)?s?|image|picture|video|illustration|credit|caption|"
    r"image\s+caption|image\s+copyright|media\s+caption|file\s+photo)\b\s*(?:by\b|:|copyright|credit)",
    re.IGNORECASE,
)
CREDIT_ANYWHERE = re.compile(
    r"\b(?:via\s+Getty\s+Images|Getty\s+Images|/\s*(?:AP|AFP|Reuters)\s*(?:Photo)?\)?$|"
    r"\((?:AP|AFP|Reuters)\s+Photo[^)]*\))"
)

# "Deep Read ( 4 Min. )", "5 min read", "Quick Read", "Listen to this article"
BADGE = re.compile(
    r"^(?:[•·▪►*-]\s*)?(?:(?:quick|deep|long|short)\s+read\b.*|\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read|"
    r"reading\s+time.*|listen(?:\s+to\s+(?:this\s+)?(?:article|story))?(?:\s*\(?\d+\s*min.*)?|"
    r"read\s+more|show\s+more|see\s+more|continue\s+reading|advertisement|sponsored|"
    r"share(?:\s+this\s+(?:article|story|page))?(?:\s+on\s+\w+)?|print|email|comments?(?:\s*\(\d+\))?|"
    r"save(?:\s+article)?|(?:follow|like)\s+us(?:\s+on\s+\w+)?|related(?:\s+(?:articles?|stories|content|topics))?\s*:?.*|"
    r"more\s+(?:from|on|about)\s+.*|trending|most\s+(?:read|popular|viewed)|recommended(?:\s+for\s+you)?|"
    r"(?:updated|published|posted|last\s+updated)\s*:?.*\d.*|"
    r"skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|top\s+stories?)\s*\)?$",
    re.IGNORECASE,
)
BYLINE = re.compile(
    r"^\(?(?:[Bb]y|[Ww]ritten\s+by|[Rr]eporting\s+by|[Ww]ords\s+by|[Ss]tory\s+by|BY)\s+[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*|\s+and\b|,|\s+(?:in|for)\b)*(?:\s*[,|–—-]\s*[^.]{0,60})?"
    r"(?:;\s*(?:[Aa]dditional\s+reporting|[Ee]diting|[Ww]riting)\s+by\s[^.]{0,80})?\)?$",
)
COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright\b)|this\s+(?:article|story)\s+(?:was|has\s+been)\s+"
    r"(?:originally\s+)?(?:published|updated|corrected|amended)|(?:editing|additional\s+reporting|"
    r"reporting|writing)\s+by\s+[A-Z]",
    re.IGNORECASE,
)
URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$|^\S+\.(?:com|org|net|co\.uk|gov)(?:/\S*)?$", re.IGNORECASE)
# Lines with no letters or digits: "|", "* * *", "—".
NO_WORDS = re.compile(r"^[^\w]*$")
# Short bullet lines are navigation or badges, not reporting.
SHORT_BULLET = re.compile(r"^[•·▪►]\s*\S(?:.{0,40})$")
# Lines that start a reader appeal / subscription footer: everything after is furniture.
FOOTER_START = re.compile(
    r"^(?:you['’]ve\s+read\b.*\bfree\s+articles?|dear\s+reader\b|give\s+us\s+your\s+feedback|"
    r"subscribe\s+to\s+continue|already\s+a\s+subscriber|start\s+your\s+subscription|"
    r"support\s+(?:our|independent|quality)\s+journalism|sign\s+up\s+for\s+(?:our|the)\s+\w*\s*newsletter|"
    r"get\s+(?:our|the)\s+\w*\s*newsletter|qr\s+code\b|become\s+a\s+(?:member|subscriber)|"
    r"we\s+want\s+to\s+hear,?\s+did\s+we\s+miss|thank\s+you\s+for\s+reading|"
    r"(?:want|like)\s+to\s+read\s+more\?|about\s+the\s+author\b|join\s+the\s+conversation)",
    re.IGNORECASE,
)
# Subscription pitches inside an otherwise normal paragraph: (words one of which the branch
# needs, branch). PITCH is their alternation; `_pitch_search` runs only the branches whose
# words occur, which finds the same leftmost match far faster.
_PITCH_BRANCHES = (
    (("subscribe",), r"\bsubscribe\s+(?:to\s+[\w\s.'’]{1,40}?\s+)?(?:for|at|from)\s+(?:just\s+|only\s+)?[$£€]\s?\d"),
    (("subscribe", "sign"), r"\b(?:subscribe|sign\s+up)\s+(?:now|today|here)\b"),
    (("unlimited",), r"\bunlimited\s+access\b"),
    (("trial",), r"\bfree\s+trial\b"),
    (("click",), r"\bclick\s+here\b"),
    (("inbox",), r"\bnewsletter\b.*\binbox\b"),
    (("follow",), r"\bfollow\s+us\s+on\b"),
    (("download",), r"\bdownload\s+(?:our|the)\s+app\b"),
    (("cancel",), r"\bcancel\s+any\s?time\b"),
    (("free",), r"\bfirst\s+month\s+free\b"),
    (("ticket",), r"\btickets?\s+(?:from|cost|are|at)\s+[$£€]\s?\d"),
    # An imperative pitch with a price per period: "Become a member for $7 a month".
    (("week", "month", "year", "article", "issue"),
     r"(?:^|[.!?]\s+)(?:subscribe|get|become|support|sign\s+up|join|try|read|newsletter)\b[^.!?]{0,80}?"
     r"[$£€]\s?\d[\d.,]*\s*(?:a|per|/)\s*(?:week|month|year|article|issue)\b"),
)
PITCH = re.compile("|".join(branch for _, branch in _PITCH_BRANCHES), re.IGNORECASE)
_PITCH_GATED = tuple((words, re.compile(branch, re.IGNORECASE)) for words, branch in _PITCH_BRANCHES)
# Non-ASCII letters that IGNORECASE matches to ASCII ones: with any, gating by lower() is unsafe.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def _pitch_search(line: str) -> int:
    """Start of PITCH's leftmost match in `line`, or -1."""
    if not line.isascii() and any(ch in line for ch in _FOLDS_TO_ASCII):
        match = PITCH.search(line)
        return match.start() if match else -1
    lower = line.lower()
    best = -1
    for words, branch in _PITCH_GATED:
        for word in words:
            if word in lower:
                match = branch.search(line)
                if match and (best < 0 or match.start() < best):
                    best = match.start()
                break
    return best


# Labels of editorial boxes whose following paragraph is framing, not reporting.
BOX_LABEL = re.compile(
    r"^(?:why\s+we\s+wrote\s+this|editor['’]s\s+note|key\s+points|at\s+a\s+glance|the\s+big\s+picture|"
    r"what\s+you\s+need\s+to\s+know|in\s+brief|summary)\s*:?$",
    re.IGNORECASE,
)
# "WASHINGTON (Reuters) -", "LONDON, March 3 (AP) —", "BEIJING —": stripped, the rest kept.
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,4}"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\((?:Reuters|AP|AFP|CNN|Bloomberg|UPI|AFX|dpa|"
    r"[A-Z][\w .&]{1,30})\)\s*)?[-–—]+\s+)"
)
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# A paragraph that is only a date or time stamp: "THURSDAY, DECEMBER 3, 2009, 9:36 AM".
DATE_LINE = re.compile(
    rf"^(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*(?:\d{{4}})?|\d{{1,2}}\s+{_MONTH}\s*\d{{0,4}}|"
    rf"\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})[,\s]*(?:\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*\w{{0,4}})?\s*(?:\|.*)?$",
    re.IGNORECASE,
)
# Photo-caption language. Strong forms only, since body text also says "pictured":
# a present-tense description with a full date (wire captions), a position label with a
# present-tense verb, "in this photo", or a "Label: ..." caption naming the picture.
_PHOTO_VERBS = (
    r"speaks|talks|gestures|waves|smiles|looks\s+on|listens|arrives|walks|attends|delivers|"
    r"shakes\s+hands|stands|sits|holds|poses|prays|marches|rally|rallies|gather|gathers|"
    r"produce|produces|work|works|wait|waits|watch|watches|leaves|greets|meets|reacts|visits|"
    r"is\s+seen|are\s+seen|is\s+pictured|are\s+pictured"
)
# Right after a credit line, plainer present-tense verbs also describe the picture.
_PLAIN_PHOTO_VERBS = (
    _PHOTO_VERBS + r"|repairs?|cleans?|inspects?|carry|carries|rides?|plays?|performs?|celebrates?|"
    r"protests?|stand|walk|sit|look|looks|hold|speak|talk|wave|pose|cheer|cheers|queue|queues|"
    r"line\s+up|lines\s+up|march|display|displays|builds?|addresses|dunks|shoots|scores|runs|"
    r"takes|take|greets|signs|checks|casts|votes|drives|flies|fly"
)
CAPTION_CUES = re.compile(
    rf"\b(?:{_PHOTO_VERBS})\b(?:[^.]|\.(?!\s)){{0,160}}\b{_MONTH}\s+\d{{1,2}},\s+\d{{4}}"
    r"|\((?:left|right|center|centre|front|back|top|bottom|second\s+from\s+\w+|l|r|c)\)"
    rf"[^.]{{0,60}}\b(?:{_PHOTO_VERBS})\b"
    r"|\bin\s+this\s+(?:undated\s+)?(?:file\s+)?(?:photo|image|picture|handout|still)"
    # "... on the steps (Picture: Reuters)": a caption closed by its picture credit
    r"|\((?:Picture|Photo|Photograph|Image)s?\s*:\s*[^()]{1,60}\)\s*$"
)
# "Amal Haddad at the Lessa reservoir, ...": a verbless caption naming who is where.
_NAME_AT_PLACE = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:\([^)]{1,20}\)\s+)?(?:at|in|during|on|outside|inside|near|with|after)\s"
)
_SPEECH = re.compile(r"\b(?:said|says|added|told|claimed|according)\b")
_DATE_WITH_YEAR = re.compile(rf"\b{_MONTH}\s+\d{{1,2}},\s+\d{{4}}")
_PHOTO_VERB = re.compile(rf"\b(?:{_PLAIN_PHOTO_VERBS})\b")
_LABELLED_CAPTION = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*:\s+\S")
_PICTURE_WORDS = re.compile(r"\b(?:pictured|photographed|\((?:left|right|centre|center|above|below)\))")
# Links to galleries and videos: "PHOTOS: Stars who ...", "WATCH: ...", "VIEW GALLERY".
PROMO = re.compile(
    r"^(?:(?i:photos|videos?|gallery|watch|listen|more\s+photos|slideshow|see\s+also|also\s+read|"
    r"read\s+also|also\s+see|read\s+more|related|recommended|don['’]t\s+miss|must\s+read|special)\s*:|"
    r"(?:VIEW\s+GALLERY|PHOTOS|VIDEOS?|WATCH|SLIDESHOW)\b)"
)
# Embedded script or markup pasted with the text: (substring a branch needs, branch).
_CODE_BRANCHES = (("function", r"function\s*\("), ("var", r"\bvar\s+\w+\s*="),
                  ("getElementsBy", r"getElementsBy"), ("<", r"</?\w+[^>]*>"), ("{", r"\{\s*\w+\s*:"),
                  ("}", r";\s*\}"), ("<!--", r"<!--"),
                  ("_", r"\b[a-z]+(?:_[a-z]+)+\s*=\s*[\"'\w]"))
CODE = re.compile("|".join(branch for _, branch in _CODE_BRANCHES))
_CODE_GATED = tuple((needed, re.compile(branch)) for needed, branch in _CODE_BRANCHES)


def _has_code(line: str) -> bool:
    """`CODE.search(line)`, trying only the branches whose needed substring occurs."""
    return any(needed in line and branch.search(line) for needed, branch in _CODE_GATED)
# Substrings (case kept, first letter dropped) without which the slower patterns cannot match.
_CAPTION_WORDS = ("icture:", "(left", "(right", "(cent", "(front", "(back", "(top", "(bottom", "(second",
                  "ictured", "hoto", "mage", "oses for", ", 19", ", 20")
_CREDIT_WORDS = ("Getty", "/AP", "/ AP", "AFP", "Reuters", "Photo")


def ends_like_sentence(line: str) -> bool:
    """Terminal punctuation, possibly followed by closing quotes or brackets."""
    if line[-1:] in "\"”’":
        return True
    return line.rstrip("\"'”’)]")[-1:] in (".", "!", "?", "…", ":")


def is_promo(line: str) -> bool:
    """A link to a gallery or video ("PHOTOS: ...") or pasted script code."""
    return bool((len(line) < 160 and PROMO.match(line)) or _has_code(line))


def is_credit(line: str) -> bool:
    """A photo/video credit line such as "Name Surname/AP" or "Photo: ..."."""
    if len(line) > 90:
        return bool(CREDIT_PREFIX.match(line)) and len(line) < 200
    return bool(CREDIT_LINE.match(line) or CREDIT_PREFIX.match(line) or (
        any(w in line for w in _CREDIT_WORDS) and CREDIT_ANYWHERE.search(line)))


def is_caption(line: str) -> bool:
    """Describes a photo rather than reporting (present tense + date, position labels)."""
    if not any(w in line for w in _CAPTION_WORDS):
        return False
    if CAPTION_CUES.search(line):
        return True
    # "Survivor: Bart, pictured, ..." (tabloid caption: a label, a picture word).
    return bool(_LABELLED_CAPTION.match(line) and _PICTURE_WORDS.search(line))


def describes_photo(line: str) -> bool:
    """Right after a credit line: present-tense picture language in the first sentence."""
    if is_caption(line) or _DATE_WITH_YEAR.search(line):
        return True
    if line[:1] in "\"'“‘" or _SPEECH.search(line, 0, 120):
        return False
    return bool(_PHOTO_VERB.search(line, 0, 70) or (len(line) <= 250 and _NAME_AT_PLACE.match(line)))


def is_furniture(line: str) -> bool:
    """Badges, bylines, copyright, bare URLs and dates, symbol-only and short bullet lines."""
    return bool(
        NO_WORDS.match(line) or BADGE.match(line) or SHORT_BULLET.match(line)
        or URL_LINE.match(line) or COPYRIGHT.match(line) or DATE_LINE.match(line)
        or "ights reserved" in line
        or (len(line) < 120 and BYLINE.match(line))
    )


def starts_footer(line: str) -> bool:
    """The first line of a subscription/reader-appeal footer."""
    return bool(FOOTER_START.match(line))


def may_hold_pitch(text: str) -> bool:
    """False when no sentence of `text` can be a pitch (the hints of `is_pitch`), so a
    paragraph without any is checked once instead of sentence by sentence."""
    return ("$" in text or "£" in text or "€" in text or "ubscri" in text or "ign up" in text
            or "nlimited" in text or "ree trial" in text or "lick here" in text or "nbox" in text
            or "ollow us" in text or "ownload" in text or "ancel any" in text
            or "irst month" in text)


def is_pitch(line: str) -> bool:
    """A subscription or marketing pitch inside a paragraph."""
    if not ("$" in line or "£" in line or "€" in line or "ubscri" in line or "ign up" in line
            or "nlimited" in line or "ree trial" in line or "lick here" in line or "nbox" in line
            or "ollow us" in line or "ownload" in line or "ancel any" in line
            or "irst month" in line):
        return False  # every pitch pattern needs one of these
    return _pitch_search(line) >= 0


def pitch_start(line: str) -> int:
    """Where a pitch starts in `line`, or -1 (for deciding if a whole paragraph is one)."""
    if not is_pitch(line):
        return -1
    return _pitch_search(line)


def is_box_label(line: str) -> bool:
    """Label of an editorial box ("Why We Wrote This") whose next paragraph is framing."""
    return bool(BOX_LABEL.match(line))


_MINOR_WORDS = frozenset("a an the and or but of in on at to for by with from as is are vs "
                         "via per nor into onto over than".split())


def looks_like_heading(line: str) -> bool:
    """A short line without sentence punctuation: a section heading or title; up to 16
    words when written in Headline Case ("5 Reasons Why the Board Picked a New Chair")."""
    if len(line) > 120 or ends_like_sentence(line):
        return False
    words = line.split()
    if len(words) <= 10:
        return len(line) <= 100
    if len(words) > 16:
        return False
    major = [w for w in words if w.lower() not in _MINOR_WORDS]
    lower = sum(1 for w in major if not (w[:1].isupper() or w[:1].isdigit()))
    return lower <= (1 if len(major) >= 12 else 0)


def dateline_length(paragraph: str) -> int:
    """Length of a leading dateline ("WASHINGTON (Reuters) - ") to skip, or 0."""
    match = DATELINE.match(paragraph)
    if not match:
        return 0
    head = match.group()
    # Require an all-caps place name or an agency tag, so "He said - " is not a dateline.
    first = head.split()[0].strip(",")
    if "(" in head or (first.isupper() and len(first) >= 3):
        return match.end()
    return 0
