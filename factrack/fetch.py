"""Fetch article pages over HTTP(S), a bounded number at a time, and read them as articles.

One httpx.AsyncClient per run, an asyncio.Semaphore for the bound, asyncio.run for the
loop: editors paste tens of URLs, and a few parallel requests make that seconds instead of
minutes without hammering one outlet. Every URL ends as a FetchResult, in input order: a
failure is a one-line reason naming the URL, never an exception that loses the others.

Limits are explicit (FetchSettings): timeouts, redirects, body size (streamed, refused past
the limit without reading the rest), and a bounded retry with exponential backoff for
failures that are worth a second try (timeouts, connection errors, 429, 5xx).
"""

from __future__ import annotations

import asyncio
import email.utils
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

import httpx

from factrack import __version__
from factrack.errors import FactrackError, FetchError, InputError
from factrack.html_article import ArticleDocument, check_content_type, html_to_article

ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"


def default_user_agent() -> str:
    """Identify ourselves honestly, so an outlet's operators can tell who is reading."""
    return f"factrack/{__version__} (+newsroom claim tracker)"


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """How pages are fetched. Every field can be overridden (tests use tiny values).

    connect_timeout / read_timeout: seconds to open a connection / between two reads.
    total_timeout: seconds for one attempt at one URL, body included (stops slow drips).
    max_redirects: redirects followed before giving up.
    max_bytes: largest body accepted (after decompression); larger bodies are cut off.
    user_agent: sent with every request.
    retries: extra attempts after the first, only for timeouts, connection errors, 429, 5xx.
    backoff: seconds before the first retry; doubled for each later one, up to max_backoff.
    max_retry_after: cap on a server's Retry-After (seconds or HTTP date).
    concurrency: URLs fetched at the same time.
    trust_env: honour HTTP(S)_PROXY / NO_PROXY and SSL_CERT_FILE from the environment.
    """

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_redirects: int = 5
    max_bytes: int = 5_000_000
    user_agent: str = field(default_factory=default_user_agent)
    retries: int = 2
    backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 30.0
    concurrency: int = 4
    trust_env: bool = True


class FetchResult(NamedTuple):
    """The outcome for one input URL: an article, or a one-line error naming the URL.

    A named tuple, so both `r.article` and `for url, article, error in results` work.
    """

    url: str
    article: ArticleDocument | None
    error: str | None

    @property
    def ok(self) -> bool:
        return self.error is None


class _Retryable(Exception):
    """A failure worth another attempt; reason is the text for the final error line."""

    def __init__(self, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


# ---------------------------------------------------------------------------------------
# Public entry points


def fetch_articles(
    urls: Iterable[str],
    *,
    settings: FetchSettings | None = None,
    progress: Callable[[FetchResult], None] | None = None,
) -> list[FetchResult]:
    """Fetch and read every URL; results in input order. progress(result) runs once per
    finished URL, in the calling thread, in completion order (for a progress bar)."""
    settings = settings or FetchSettings()
    urls = list(urls)
    if not urls:
        return []
    return asyncio.run(_fetch_all(urls, settings, progress))


def fetch_article(url: str, *, settings: FetchSettings | None = None) -> ArticleDocument:
    """Fetch one URL; FetchError with the one-line reason when it fails."""
    (result,) = fetch_articles([url], settings=settings)
    if result.error is not None:
        raise FetchError(result.error)
    assert result.article is not None
    return result.article


def read_url_list(path: str | Path) -> list[str]:
    """URLs from a file, one a line; blank lines and '#' comment lines skipped.

    Every invalid line is reported in one InputError (file, line numbers, the text), so an
    editor fixes the list in one go. Exact duplicates are kept once, in first-seen order.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: URL list is not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read URL list ({exc.strerror or exc})") from exc
    urls: list[str] = []
    bad: list[str] = []
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        problem = url_problem(text)
        if problem:
            bad.append(f"line {number} {text[:80]!r} ({problem})")
        elif text not in urls:
            urls.append(text)
    if bad:
        more = f"; and {len(bad) - 3} more" if len(bad) > 3 else ""
        raise InputError(f"{path}: invalid URL on " + "; ".join(bad[:3]) + more)
    if not urls:
        raise InputError(f"{path}: no URLs in the list")
    return urls


def url_problem(url: str) -> str | None:
    """Why a string is not a fetchable http(s) URL, or None when it is."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        return f"malformed URL: {exc}"
    if parts.scheme.lower() not in ("http", "https"):
        return "not an http(s) URL"
    if not parts.hostname:
        return "no host name"
    if any(ch.isspace() for ch in url):
        return "contains spaces"
    return None


# ---------------------------------------------------------------------------------------
# The run


async def _fetch_all(
    urls: list[str], settings: FetchSettings, progress: Callable[[FetchResult], None] | None
) -> list[FetchResult]:
    timeout = httpx.Timeout(
        connect=settings.connect_timeout,
        read=settings.read_timeout,
        write=settings.read_timeout,
        pool=settings.total_timeout,
    )
    limits = httpx.Limits(max_connections=settings.concurrency, max_keepalive_connections=settings.concurrency)
    gate = asyncio.Semaphore(settings.concurrency)
    async with httpx.AsyncClient(
        headers={"User-Agent": settings.user_agent, "Accept": ACCEPT},
        timeout=timeout,
        limits=limits,
        follow_redirects=True,
        max_redirects=settings.max_redirects,
        trust_env=settings.trust_env,
    ) as client:

        async def one(url: str) -> FetchResult:
            async with gate:
                try:
                    result = FetchResult(url, await _fetch_with_retries(client, url, settings), None)
                except FactrackError as exc:
                    result = FetchResult(url, None, str(exc))
                except httpx.HTTPError as exc:  # anything httpx raises that we did not classify
                    result = FetchResult(url, None, f"{url}: {type(exc).__name__}: {exc}")
            if progress is not None:
                progress(result)
            return result

        return await asyncio.gather(*(one(url) for url in urls))


async def _fetch_with_retries(client: httpx.AsyncClient, url: str, settings: FetchSettings) -> ArticleDocument:
    problem = url_problem(url)
    if problem:
        raise FetchError(f"{url}: {problem}")
    attempt = 0
    while True:
        try:
            try:
                return await asyncio.wait_for(_attempt(client, url, settings), settings.total_timeout)
            except asyncio.TimeoutError:
                raise _Retryable(f"timed out: page not received within {settings.total_timeout:g} s") from None
        except _Retryable as exc:
            if attempt >= settings.retries:
                tries = f" (gave up after {attempt + 1} attempts)" if attempt else ""
                raise FetchError(f"{url}: {exc.reason}{tries}") from None
            delay = exc.retry_after
            if delay is None:
                delay = min(settings.backoff * 2**attempt, settings.max_backoff)
            await asyncio.sleep(min(delay, settings.max_retry_after))
            attempt += 1


async def _attempt(client: httpx.AsyncClient, url: str, settings: FetchSettings) -> ArticleDocument:
    """One GET: status, type and size checks while streaming, then read the page."""
    try:
        async with client.stream("GET", url) as response:
            content_type = _check_response(response, url, settings)
            body = await _read_limited(response, url, settings.max_bytes)
            final_url = str(response.url)
    except httpx.TooManyRedirects:
        raise FetchError(f"{url}: too many redirects (more than {settings.max_redirects})") from None
    except httpx.ConnectTimeout:
        raise _Retryable(f"timed out connecting (no connection within {settings.connect_timeout:g} s)") from None
    except httpx.ReadTimeout:
        raise _Retryable(f"timed out waiting for the server (nothing received for {settings.read_timeout:g} s)") from None
    except httpx.TimeoutException as exc:
        raise _Retryable(f"timed out ({type(exc).__name__})") from None
    except httpx.ConnectError as exc:
        dns = _dns_failure(exc)
        host = urlsplit(url).hostname
        if dns == "permanent":
            raise FetchError(f"{url}: DNS lookup failed: host {host} not found") from None
        if dns == "temporary":
            raise _Retryable(f"DNS lookup failed for host {host} (temporary failure in name resolution)") from None
        if _is_refused(exc):
            raise _Retryable("connection refused") from None
        raise _Retryable(f"cannot connect ({exc or type(exc).__name__})") from None
    except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
        raise _Retryable(f"connection broken ({exc or type(exc).__name__})") from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
        raise FetchError(f"{url}: cannot fetch this URL ({exc})") from None
    try:
        return html_to_article(body, url=final_url, content_type=content_type)
    except FetchError:
        raise
    except InputError as exc:
        raise FetchError(str(exc) if final_url == url else f"{url}: {exc}") from None


def _check_response(response: httpx.Response, url: str, settings: FetchSettings) -> str | None:
    status = response.status_code
    reason = f"HTTP {status} {response.reason_phrase}".rstrip()
    if status == 429 or status >= 500:
        raise _Retryable(reason, _retry_after(response.headers.get("retry-after"), settings))
    if status >= 400:
        raise FetchError(f"{url}: {reason}")
    if 300 <= status < 400:  # a redirect httpx could not follow (no Location)
        raise FetchError(f"{url}: {reason} without a usable Location header")
    content_type = response.headers.get("content-type")
    try:
        check_content_type(content_type, url)
    except InputError as exc:
        raise FetchError(str(exc)) from None
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > settings.max_bytes:
        raise FetchError(f"{url}: response too large ({_size(int(declared))}; limit {_size(settings.max_bytes)})")
    return content_type


async def _read_limited(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body += chunk
        if len(body) > max_bytes:
            raise FetchError(f"{url}: response too large (over the {_size(max_bytes)} limit; stopped reading)")
    return bytes(body)


def _retry_after(value: str | None, settings: FetchSettings) -> float | None:
    """Retry-After in seconds (delta-seconds or HTTP date), capped; None when absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        seconds = float(value)
    else:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - time.time()
    return max(0.0, min(seconds, settings.max_retry_after))


def _causes(exc: BaseException):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def _dns_failure(exc: BaseException) -> str | None:
    """'permanent' (no such host: retrying is pointless), 'temporary' (resolver trouble), or None."""
    permanent = {getattr(socket, n) for n in ("EAI_NONAME", "EAI_NODATA") if hasattr(socket, n)}
    for cause in _causes(exc):
        if isinstance(cause, socket.gaierror):
            return "permanent" if cause.errno in permanent else "temporary"
    text = str(exc).lower()
    if "name or service not known" in text or "nodename nor servname" in text or "no address associated" in text:
        return "permanent"
    if "name resolution" in text:
        return "temporary"
    return None


def _is_refused(exc: BaseException) -> bool:
    return any(isinstance(c, ConnectionRefusedError) for c in _causes(exc)) or "refused" in str(exc).lower()


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.0f} KB"
    return f"{n} bytes"
