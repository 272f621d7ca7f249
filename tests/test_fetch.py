"""Fetching articles from a real HTTP server on 127.0.0.1 (tests/http_server.py); no mocks."""

from __future__ import annotations

import socket
import time

import pytest
from http_server import PLAIN_ARTICLE, serve_fixtures

from factrack.errors import FetchError, InputError
from factrack.fetch import (
    FetchSettings,
    _retry_after,
    default_user_agent,
    fetch_article,
    fetch_articles,
    read_url_list,
)

# Tiny limits so failures are quick: the whole file runs in a few seconds.
FAST = FetchSettings(
    connect_timeout=1.0,
    read_timeout=0.5,
    total_timeout=3.0,
    max_redirects=5,
    max_bytes=200_000,
    retries=1,
    backoff=0.01,
    max_backoff=0.05,
    max_retry_after=0.1,
    concurrency=4,
    trust_env=False,  # never route 127.0.0.1 through a proxy from the environment
)


@pytest.fixture(scope="module")
def server():
    with serve_fixtures() as srv:
        yield srv


def fetch_one(url: str, settings: FetchSettings = FAST):
    (result,) = fetch_articles([url], settings=settings)
    assert result.url == url
    return result


# ---------------------------------------------------------------------------------------
# Pages that work


def test_news_page_is_fetched_as_article_text_and_metadata(server):
    url = server.url("/page/news_full.html")
    result = fetch_one(url)
    assert result.ok and result.error is None
    doc = result.article
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "Harbor City water rates to rise 12% as reservoir repairs begin"
    assert paragraphs[1].startswith("Household water bills in Harbor City will rise by 12%")
    assert paragraphs[-1].startswith("Repairs will begin in April")
    for furniture in ("cookies", "Share on Facebook", "Related stories", "Subscribe", "Workers inspect"):
        assert furniture not in doc.text
    assert doc.author == "Dana Whitfield, Omar Reyes"
    assert doc.published == "2026-03-14"
    assert doc.outlet == "The Harbor Ledger"
    assert doc.canonical_url == "https://www.harborledger.example/local/2026/03/14/water-rates-rise"
    assert doc.url == url


def test_requests_identify_factrack_in_the_user_agent(server):
    url = server.url("/page/og_only.html?ua-check")
    assert fetch_one(url).ok
    agents = [headers.get("User-Agent") for path, headers in server.requests if path == "/page/og_only.html?ua-check"]
    assert agents == [default_user_agent()]
    assert agents[0].startswith("factrack/") and agents[0].endswith("(+newsroom claim tracker)")


def test_three_redirects_are_followed_to_the_page(server):
    result = fetch_one(server.url("/redirect/2"))  # /redirect/2 → 1 → 0 → the page: 3 hops
    assert result.ok, result.error
    assert result.article.url == server.url("/page/news_full.html")
    assert result.article.title.startswith("Harbor City water rates")


def test_plain_text_body_is_the_article_as_is(server):
    doc = fetch_one(server.url("/text")).article
    assert doc.text == PLAIN_ARTICLE.strip()
    assert doc.title == "Library fines abolished for children's books"


@pytest.mark.parametrize(
    "page, expected",
    [
        ("cp1252_meta.html", "\u201cWe are not asking for charity \u2013 we are asking"),
        ("cp1252_undeclared.html", "The r\u00e9gion\u2019s pr\u00e9fecture has extended"),
    ],
)
def test_windows_1252_page_without_charset_header_decodes(server, page, expected):
    doc = fetch_one(server.url(f"/page/{page}?type=html-nocharset")).article
    assert expected in doc.text
    assert "\ufffd" not in doc.text


def test_500_then_success_is_retried_once(server):
    result = fetch_one(server.url("/flaky/first-try-fails"))
    assert result.ok, result.error
    assert server.hits("/flaky/first-try-fails") == 2


# ---------------------------------------------------------------------------------------
# Failures: one line naming the URL and the reason


@pytest.mark.parametrize("code, reason", [(404, "HTTP 404 Not Found"), (410, "HTTP 410 Gone")])
def test_client_errors_fail_without_retry(server, code, reason):
    url = server.url(f"/status/{code}")
    result = fetch_one(url)
    assert result.article is None
    assert result.error == f"{url}: {reason}"
    assert server.hits(f"/status/{code}") == 1


def test_503_that_never_recovers_gives_up_after_the_retries(server):
    url = server.url("/unavailable")
    before = server.hits("/unavailable")
    result = fetch_one(url)
    assert result.error == f"{url}: HTTP 503 Service Unavailable (gave up after 2 attempts)"
    assert server.hits("/unavailable") - before == FAST.retries + 1


def test_too_many_redirects(server):
    url = server.url("/redirect/8")
    assert fetch_one(url).error == f"{url}: too many redirects (more than 5)"


def test_response_slower_than_read_timeout(server):
    url = server.url("/slow?delay=1.5")
    error = fetch_one(url).error
    assert error.startswith(f"{url}: timed out")
    assert "0.5 s" in error


@pytest.mark.parametrize("path, kind", [("/pdf", "application/pdf"), ("/json", "application/json"), ("/png", "image/png")])
def test_non_html_content_types_are_refused(server, path, kind):
    url = server.url(path)
    assert fetch_one(url).error == f"{url}: unsupported content type {kind} (not an HTML or text page)"


def test_declared_size_over_the_limit_is_refused(server):
    url = server.url("/big?size=300000")
    assert fetch_one(url).error == f"{url}: response too large (300 KB; limit 200 KB)"


def test_streamed_body_over_the_limit_stops_reading(server):
    url = server.url("/endless")
    assert fetch_one(url).error == f"{url}: response too large (over the 200 KB limit; stopped reading)"
    for _ in range(100):  # the server notices the hang-up when its socket buffers fill
        if server.endless_sent is not None:
            break
        time.sleep(0.02)
    assert server.endless_sent is not None and server.endless_sent < 64_000_000


def test_unknown_host_is_a_dns_failure():
    url = "http://no-such-host.invalid/story"
    error = fetch_one(url).error
    assert error.startswith(f"{url}: DNS lookup failed")
    assert "no-such-host.invalid" in error.removeprefix(url)


def test_refused_connection():
    with socket.socket() as sock:  # a port that was free a moment ago and has no listener
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/story"
    assert fetch_one(url).error == f"{url}: connection refused (gave up after 2 attempts)"


def test_non_http_url_is_refused_without_a_request():
    assert fetch_one("ftp://example.org/story.html").error == "ftp://example.org/story.html: not an http(s) URL"


def test_fetch_article_raises_fetch_error_with_the_reason(server):
    url = server.url("/status/404")
    with pytest.raises(FetchError, match=r"/status/404: HTTP 404 Not Found$"):
        fetch_article(url, settings=FAST)
    assert fetch_article(server.url("/text"), settings=FAST).title.startswith("Library fines")


# ---------------------------------------------------------------------------------------
# A run of many URLs


def test_mixed_run_keeps_input_order_and_reports_each_url_once(server):
    paths = ["/status/404", "/page/og_only.html", "/slow?delay=0.1", "/pdf", "/text", "/redirect/1"]
    urls = [server.url(p) for p in paths]
    finished = []
    results = fetch_articles(urls, settings=FAST, progress=finished.append)
    assert [r.url for r in results] == urls
    assert [r.ok for r in results] == [False, True, True, False, True, True]
    assert sorted(r.url for r in finished) == sorted(urls)
    assert all((r.article is None) == (r.error is not None) for r in results)
    url, article, error = results[1]  # results unpack as (url, article, error)
    assert (url, error) == (urls[1], None) and article.outlet == "Bayside Courier"


def test_concurrency_is_bounded(server):
    urls = [server.url(f"/slow?delay=0.15&group=bound&n={i}") for i in range(6)]
    settings = FetchSettings(**{**_fields(FAST), "concurrency": 2})
    results = fetch_articles(urls, settings=settings)
    assert all(r.ok for r in results), [r.error for r in results]
    assert server.max_in_flight["bound"] == 2  # parallel, and never more than the bound


def _fields(settings: FetchSettings) -> dict:
    return {name: getattr(settings, name) for name in settings.__dataclass_fields__}


def test_empty_url_list_makes_no_client():
    assert fetch_articles([], settings=FAST) == []


# ---------------------------------------------------------------------------------------
# Retry-After and URL lists


def test_retry_after_seconds_and_dates_are_capped():
    settings = FetchSettings(max_retry_after=30)
    assert _retry_after("5", settings) == 5
    assert _retry_after("3600", settings) == 30
    assert _retry_after("Wed, 21 Oct 2015 07:28:00 GMT", settings) == 0  # a date in the past
    assert _retry_after("soon", settings) is None
    assert _retry_after(None, settings) is None


def test_read_url_list_skips_blanks_comments_and_duplicates(tmp_path):
    path = tmp_path / "urls.txt"
    path.write_text(
        "# stories for Monday\n\nhttps://a.example/one\n  http://b.example/two#section  \n"
        "https://a.example/one\n# https://c.example/commented-out\n",
        encoding="utf-8",
    )
    assert read_url_list(path) == ["https://a.example/one", "http://b.example/two#section"]


def test_read_url_list_reports_every_invalid_line(tmp_path):
    path = tmp_path / "urls.txt"
    path.write_text("https://a.example/one\nwww.b.example/two\nftp://c.example/x\nhttps://\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_url_list(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: invalid URL on line 2 'www.b.example/two' (not an http(s) URL)")
    assert "line 3 'ftp://c.example/x'" in message and "line 4 'https://' (no host name)" in message


def test_read_url_list_missing_or_empty_file(tmp_path):
    with pytest.raises(InputError, match="cannot read URL list"):
        read_url_list(tmp_path / "absent.txt")
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing yet\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="no URLs in the list"):
        read_url_list(empty)
