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
    r"^(?:by|written\s+by|reporting\s+by|words\s+by|story\s+by)\s+[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*|\s+and\s+|,\s*|\s+|\s+(?:in|for)\s+)*(?:\s*,\s*[^.]{0,60})?$",
)
COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright\b)|\ball\s+rights\s+reserved\b|^this\s+(?:article|story)\s+(?:was|has\s+been)\s+"
    r"(?:originally\s+)?(?:published|updated|corrected|amended)|^(?:editing|additional\s+reporting|"
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
# Subscription pitches inside an otherwise normal paragraph.
PITCH = re.compile(
    r"\bsubscribe\s+(?:to\s+[\w\s.]{1,40}?\s+)?(?:for|at)\s+(?:just\s+|only\s+)?[$£€]\s?\d|"
    r"\b(?:subscribe|sign\s+up)\s+(?:now|today|here)\b|\bunlimited\s+access\b|"
    r"\bfree\s+trial\b|\bclick\s+here\b|\bnewsletter\b.*\binbox\b|\bfollow\s+us\s+on\b|"
    r"\bdownload\s+(?:our|the)\s+app\b",
    re.IGNORECASE,
)
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
# Photo-caption language: present-tense description of a picture, often with a date and place.
CAPTION_CUES = re.compile(
    r"\((?:left|right|center|centre|front|back|top|bottom|second\s+from\s+\w+)\)|"
    r"\b(?:pictured|in\s+this\s+(?:file\s+)?(?:photo|image|picture)|poses?\s+for|"
    r"(?:speaks|talks|gestures|waves|smiles|looks\s+on|listens|arrives|walks|attends|delivers|"
    r"shakes\s+hands|stands|sits|holds|poses|prays|march(?:es)?|rally|rallies|gather|gathers|"
    r"produce|produces|work|works|wait|waits|watch|watches)\b[^.]{0,160}"
    rf"\b{_MONTH}\s+\d{{1,2}},\s+\d{{4}})",
)
# Ends like a sentence: terminal punctuation, possibly followed by closing quotes/brackets.
SENTENCE_END = re.compile(r"[.!?…:][\"'”’)\]]*$|[\"”’]$")


def is_credit(line: str) -> bool:
    """A photo/video credit line such as "Name Surname/AP" or "Photo: ..."."""
    if len(line) > 90:
        return bool(CREDIT_PREFIX.match(line)) and len(line) < 200
    return bool(CREDIT_LINE.match(line) or CREDIT_PREFIX.match(line) or CREDIT_ANYWHERE.search(line))


def is_caption(line: str) -> bool:
    """Describes a photo rather than reporting (present tense + date, position labels)."""
    return bool(CAPTION_CUES.search(line))


def is_furniture(line: str) -> bool:
    """Badges, bylines, copyright, bare URLs and dates, symbol-only and short bullet lines."""
    return bool(
        NO_WORDS.match(line) or BADGE.match(line) or SHORT_BULLET.match(line)
        or URL_LINE.match(line) or COPYRIGHT.search(line) or DATE_LINE.match(line)
        or (len(line) < 120 and BYLINE.match(line))
    )


def starts_footer(line: str) -> bool:
    """The first line of a subscription/reader-appeal footer."""
    return bool(FOOTER_START.match(line))


def is_pitch(line: str) -> bool:
    """A subscription or marketing pitch inside a paragraph."""
    return bool(PITCH.search(line))


def is_box_label(line: str) -> bool:
    """Label of an editorial box ("Why We Wrote This") whose next paragraph is framing."""
    return bool(BOX_LABEL.match(line))


def looks_like_heading(line: str) -> bool:
    """A short line without sentence punctuation: a section heading or title."""
    return len(line) <= 120 and not SENTENCE_END.search(line) and len(line.split()) <= 14


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
