"""HTML (or plain-text) page → article text and metadata.

The claim extractor needs the article body and nothing else: a figure in a "related stories"
link, a cookie banner or a photo caption would become a false claim. Main-content extraction
is delegated to trafilatura (see docs/architecture-html.md for the comparison with
readability-lxml and a selectolax heuristic); this module adds what trafilatura does not do
the way we need: charset resolution in browser order, a refusal of non-article content types,
a small pruning pass for page furniture trafilatura keeps (subscription pitches, captions),
paragraphs joined by blank lines, and metadata read from JSON-LD, Open Graph and meta tags.

Pure: bytes/str in, ArticleDocument out; no network (trafilatura's extractor never fetches).
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from factrack.errors import InputError

MIN_SENTENCE_WORDS = 8

HTML_TYPES = ("text/html", "application/xhtml+xml")
PLAIN_TYPES = ("text/plain",)

# WHATWG Encoding: these labels mean windows-1252 in every browser, and pages that say
# "iso-8859-1" routinely contain 0x80-0x9F curly quotes and dashes.
_WINDOWS_1252_ALIASES = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819"}

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")

# Class/id words of page furniture that trafilatura sometimes keeps inside the article
# container. Matched as whole words of the attribute ("subscription-pitch" yes,
# "commentary" no), so an opinion column's body is not pruned for its class name.
_FURNITURE_WORDS = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|gdpr|share|sharing|social|related|subscribe|subscription|"
    r"newsletter|paywall|promo|comments?|author-bio|ad|ads|advert|advertisement|sponsored|"
    r"most-read|more-news|read-more|recirc|signup|sign-up|pull-?quote|pullout)(?:$|[\s_-])",
    re.I,
)
_NEVER_PRUNE = {"html", "body", "main", "article"}

_ARTICLE_TYPES = (
    "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting", "Article", "BlogPosting",
    "Report",
)


@dataclass(frozen=True, slots=True)
class ArticleDocument:
    """An article as read from a page.

    text: title as the first line, then the body paragraphs, all joined by blank lines.
    published: ISO date (YYYY-MM-DD) as stated by the page, in the page's own time zone.
    canonical_url: what the page declares (link rel=canonical, og:url, JSON-LD), else None.
    url: where the page was read from (after redirects), or None for a local file.
    """

    text: str
    title: str | None
    author: str | None
    published: str | None
    outlet: str | None
    canonical_url: str | None
    url: str | None


def media_type(content_type: str | None) -> str | None:
    """'text/html; charset=utf-8' → 'text/html' (lower case); None when absent."""
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def check_content_type(content_type: str | None, url: str | None = None) -> str:
    """Return 'html' or 'plain' for a content type we can read; refuse anything else.

    A missing content type is read as HTML (servers and local files often omit it);
    binary bodies are caught later by sniffing.
    """
    kind = media_type(content_type)
    if kind is None or kind in HTML_TYPES:
        return "html"
    if kind in PLAIN_TYPES:
        return "plain"
    raise InputError(f"{url or 'input'}: unsupported content type {kind} (not an HTML or text page)")


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = re.search(r"""charset\s*=\s*["']?([^"';\s]+)""", content_type, re.I)
    return match.group(1) if match else None


def _python_codec(label: str | None) -> str | None:
    """Map a charset label to a Python codec name, or None if Python does not know it."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _WINDOWS_1252_ALIASES:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Decode a page the way a browser would: BOM, Content-Type charset, <meta>, detection."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    codec = _python_codec(charset_from_content_type(content_type))
    if codec is None:
        match = _META_CHARSET.search(body[:4096])
        codec = _python_codec(match.group(1).decode("ascii", "replace")) if match else None
        if codec in ("utf-16", "utf-16-le", "utf-16-be"):  # a <meta> readable as ASCII cannot be UTF-16
            codec = "utf-8"
    if codec is None:
        codec = _detect_charset(body)
    return body.decode(codec, errors="replace")


def _detect_charset(body: bytes) -> str:
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported late: only undeclared non-UTF-8 pages need it

    best = from_bytes(body).best()
    codec = _python_codec(best.encoding) if best is not None else None
    return codec or "cp1252"


def _looks_binary(body: bytes) -> bool:
    head = body[:1024].lstrip()
    return head.startswith(_BINARY_MAGIC) or b"\x00" in head


# ---------------------------------------------------------------------------------------
# Entry points


def html_to_article(
    html: str | bytes, url: str | None = None, content_type: str | None = None
) -> ArticleDocument:
    """Read an HTML (or text/plain) page as an article; InputError when it is not one."""
    where = url or "HTML input"
    kind = check_content_type(content_type, where)
    if isinstance(html, bytes):
        if _looks_binary(html):
            raise InputError(f"{where}: binary content, not an HTML or text page")
        html = decode_html(html, content_type) if kind == "html" else _decode_plain(html, content_type)
    if kind == "plain":
        return text_to_article(html, url)
    if not html.strip():
        raise InputError(f"{where}: empty page")
    return _html_string_to_article(html, url)


def text_to_article(text: str, url: str | None = None) -> ArticleDocument:
    """A text/plain body is the article as-is; its first non-blank line is the title."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise InputError(f"{url or 'text input'}: empty text")
    title = next(line.strip() for line in text.split("\n") if line.strip())
    return ArticleDocument(text=text, title=title, author=None, published=None, outlet=_host(url),
                           canonical_url=None, url=url)


def read_html_file(path: str | Path) -> ArticleDocument:
    """A saved .html page takes the same path as a fetched one (no URL, charset from the file)."""
    path = Path(path)
    try:
        body = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    doc = html_to_article(body, url=None, content_type=None)
    if not doc.text:
        raise InputError(f"{path}: no article text found")
    return doc


def _decode_plain(body: bytes, content_type: str | None) -> str:
    codec = _python_codec(charset_from_content_type(content_type)) or _detect_charset(body)
    return body.decode(codec, errors="replace")


def _html_string_to_article(html: str, url: str | None) -> ArticleDocument:
    import lxml.html
    from lxml.etree import ParserError

    where = url or "HTML input"
    # lxml refuses str input that carries an XML encoding declaration.
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    try:
        tree = lxml.html.document_fromstring(html)
    except (ParserError, ValueError) as exc:
        raise InputError(f"{where}: not readable as HTML ({exc})") from exc

    meta = _read_metadata(tree, url)
    _prune_furniture(tree)
    paragraphs = _main_paragraphs(tree)
    # A page whose "main content" is a menu word or two (a login wall, an index page) has no
    # article: refuse it rather than store "Home" as a story. A real brief has one sentence.
    if not any(len(p.split()) >= MIN_SENTENCE_WORDS for p in paragraphs):
        raise InputError(f"{where}: no article text found in the page")
    title = meta["title"]
    if title:
        paragraphs = _drop_lines_before_title(paragraphs, title)
        paragraphs.insert(0, title)
    return ArticleDocument(text="\n\n".join(paragraphs), **meta, url=url)


def _drop_lines_before_title(paragraphs: list[str], title: str) -> list[str]:
    """Remove the headline from the body, and the menu lines above it on old table layouts.

    Lines before the headline are dropped only when all are short (menu entries, a kicker):
    a long line there may be a standfirst that belongs to the article.
    """
    key = _squash(title)
    for i, line in enumerate(paragraphs[:40]):
        if _squash(line) == key:
            if all(len(p) < 60 for p in paragraphs[:i]):
                return paragraphs[i + 1:]
            return paragraphs[:i] + paragraphs[i + 1:]
    return paragraphs


def _main_paragraphs(tree) -> list[str]:
    import trafilatura

    text = trafilatura.extract(
        tree,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        with_metadata=False,
        deduplicate=False,
    )
    if not text:
        return []
    # trafilatura's text output puts each block (and each <br>-separated line) on its own line.
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _prune_furniture(tree) -> None:
    """Drop captions and furniture blocks by class/id words, never most of the page."""
    body_len = len(tree.text_content()) or 1
    doomed = []
    for el in tree.iter("figcaption"):
        doomed.append(el)
    for el in tree.xpath("//*[@class or @id]"):
        if el.tag in _NEVER_PRUNE:
            continue
        marks = f"{el.get('class', '')} {el.get('id', '')}"
        if _FURNITURE_WORDS.search(marks) and len(el.text_content()) < 0.5 * body_len:
            doomed.append(el)
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            el.drop_tree()  # keeps the tail text, which belongs to the parent


# ---------------------------------------------------------------------------------------
# Metadata


def _read_metadata(tree, url: str | None) -> dict:
    ld = _json_ld_article(tree)
    metas = _meta_tags(tree)

    title = (
        _clean(ld.get("headline") or ld.get("name"))
        or metas.get("og:title")
        or metas.get("twitter:title")
        or _first_text(tree, "//h1")
        or _first_text(tree, "//title")
    )
    author = (
        _ld_names(ld.get("author"))
        or _not_url(metas.get("author"))
        or _not_url(metas.get("article:author"))
        or metas.get("dc.creator")
        or metas.get("parsely-author")
        or metas.get("sailthru.author")
    )
    published = _iso_date(ld.get("datePublished")) or _first_date(
        metas.get(k) for k in (
            "article:published_time", "og:article:published_time", "date", "pubdate",
            "publishdate", "publish-date", "dc.date", "dc.date.issued", "citation_publication_date",
            "parsely-pub-date", "sailthru.date",
        )
    ) or _first_date(tree.xpath("//article//time/@datetime | //time[@itemprop='datePublished']/@datetime"))
    outlet = (
        _ld_names(ld.get("publisher"))
        or metas.get("og:site_name")
        or metas.get("application-name")
        or _host(url)
    )
    canonical = _first(tree.xpath("//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href"))
    canonical = canonical or metas.get("og:url") or _ld_url(ld.get("url")) or _ld_url(ld.get("mainEntityOfPage"))
    if canonical:
        canonical = urljoin(url, canonical) if url else canonical
        if urlsplit(canonical).scheme not in ("http", "https"):
            canonical = None
    return {"title": title, "author": author, "published": published, "outlet": outlet,
            "canonical_url": canonical}


def _meta_tags(tree) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = _clean(el.get("content"))
        if key and value and key not in out:
            out[key] = value
    return out


def _json_ld_article(tree) -> dict:
    """The first (News)Article object in the page's JSON-LD, looking inside @graph lists."""
    found: list[dict] = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        _collect_articles(data, found)
    if not found:
        return {}
    found.sort(key=lambda obj: 0 if "News" in " ".join(_types(obj)) else 1)
    return found[0]


def _collect_articles(data, found: list[dict]) -> None:
    if isinstance(data, list):
        for item in data:
            _collect_articles(item, found)
    elif isinstance(data, dict):
        if any(t in _ARTICLE_TYPES for t in _types(data)):
            found.append(data)
        for key in ("@graph", "mainEntity"):  # WebPage → mainEntity → NewsArticle is common
            if key in data:
                _collect_articles(data[key], found)


def _types(obj: dict) -> list[str]:
    t = obj.get("@type", [])
    return [t] if isinstance(t, str) else [x for x in t if isinstance(x, str)]


def _ld_names(value) -> str | None:
    """JSON-LD author/publisher: a string, {"name": ...}, or a list of them → 'A, B'."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        name = _clean(name) if isinstance(name, str) else None
        if name and not name.startswith(("http://", "https://")) and name not in names:
            names.append(name)
    return ", ".join(names) or None


def _ld_url(value) -> str | None:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    return value if isinstance(value, str) and value.startswith(("http://", "https://")) else None


_DATE_PATTERNS = (
    re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})"),
    re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})"),
    re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:\D|$)"),
)


def _iso_date(value) -> str | None:
    if not isinstance(value, str):
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.match(value)
        if match:
            try:
                return date(*(int(g) for g in match.groups())).isoformat()
            except ValueError:
                return None
    return None


def _first_date(values) -> str | None:
    for value in values:
        iso = _iso_date(value)
        if iso:
            return iso
    return None


def _first_text(tree, xpath: str) -> str | None:
    for el in tree.xpath(xpath):
        text = _clean(el.text_content())
        if text:
            return text
    return None


def _first(values: list) -> str | None:
    return next((v.strip() for v in values if isinstance(v, str) and v.strip()), None)


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _not_url(value: str | None) -> str | None:
    return None if value is None or value.startswith(("http://", "https://")) else value


def _squash(text: str) -> str:
    return " ".join(text.lower().split())


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
