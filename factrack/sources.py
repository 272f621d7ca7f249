"""Turn what a user names on the command line into article sources, in the order given.

An item is a URL (fetched with httpx, all URLs of a run concurrently), `-` for standard
input, a saved `.html`/`.htm` page, or a text file. Failures come back as errors in place,
so one bad input never stops the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from factrack.errors import FactrackError, FetchError
from factrack.fetch import FetchResult, FetchSettings, fetch_articles
from factrack.html_article import ArticleDocument, read_html_file
from factrack.inputs import ArticleSource, read_article_file, read_article_stream

HTML_SUFFIXES = (".html", ".htm")


def is_url(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


def source_from_document(document: ArticleDocument, source: str) -> ArticleSource:
    """An article read from HTML, with the page's metadata; the canonical URL wins."""
    return ArticleSource(
        text=document.text, source=source, title=document.title, author=document.author,
        published=document.published, outlet=document.outlet,
        url=document.canonical_url or document.url,
    )


def with_overrides(source: ArticleSource, **metadata: str | None) -> ArticleSource:
    """Command-line metadata (--title, --outlet, ...) overrides what was found."""
    given = {key: value for key, value in metadata.items() if value}
    return replace(source, **given) if given else source


def gather_sources(items: Sequence[str], *, stdin: BinaryIO | None = None,
                   fetch_settings: FetchSettings | None = None,
                   on_fetched: Callable[[FetchResult], None] | None = None,
                   ) -> Iterator[ArticleSource | FactrackError]:
    """Yield an ArticleSource or the FactrackError explaining why not, per item, in order."""
    urls = [item for item in items if is_url(item)]
    fetched = {}
    if urls:
        results = fetch_articles(urls, settings=fetch_settings, progress=on_fetched)
        fetched = {result.url: result for result in results}
    for item in items:
        try:
            if is_url(item):
                result = fetched[item]
                if result.error is not None:
                    raise FetchError(result.error)
                yield source_from_document(result.article, item)
            elif item == "-":
                yield read_article_stream(stdin)
            elif item.lower().endswith(HTML_SUFFIXES) and Path(item).is_file():
                yield source_from_document(read_html_file(item), item)
            else:
                yield read_article_file(item)
        except FactrackError as exc:
            yield exc
