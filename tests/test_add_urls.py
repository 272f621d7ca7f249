"""`factrack add` with URLs and saved pages, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json

import pytest
from http_server import serve_fixtures

from conftest import ARTICLES, FIXTURES


@pytest.fixture(scope="module")
def server():
    with serve_fixtures() as srv:
        yield srv


def base(server) -> str:
    host, port = server.server_address[:2]
    return f"http://{host}:{port}"


def articles(cli) -> list[dict]:
    return json.loads(cli("articles", "--format", "json").stdout)


def test_add_url_stores_article_text_metadata_and_claims(cli, server):
    result = cli("add", f"{base(server)}/page/news_full.html", "--format", "json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["claims"] > 0
    (stored,) = articles(cli)
    assert stored["title"].startswith("Harbor City water rates to rise 12%")
    assert stored["outlet"] == "The Harbor Ledger"
    assert stored["published"] == "2026-03-14"
    assert stored["url"] == "https://www.harborledger.example/local/2026/03/14/water-rates-rise"
    claims = json.loads(cli("claims", "--format", "json").stdout)
    assert any(c["value"] == 60 and c["unit"] == "%" for c in claims)
    text = " ".join(c["text"] for c in claims).lower()
    assert "cookie" not in text and "subscribe" not in text


def test_same_article_through_two_urls_is_stored_once(cli, server):
    first = cli("add", f"{base(server)}/page/news_full.html")
    again = cli("add", f"{base(server)}/redirect/3")
    assert first.exit_code == 0 and again.exit_code == 0, again.output
    assert "already stored as article 1" in again.stdout
    assert len(articles(cli)) == 1


def test_failed_url_is_reported_and_others_are_added(cli, server, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# monday\n{base(server)}/page/og_only.html\n"
                       f"{base(server)}/status/404\n", encoding="utf-8")
    result = cli("add", ARTICLES[0], "--urls", listing, f"{base(server)}/pdf")
    assert result.exit_code == 1
    assert f"{base(server)}/status/404: HTTP 404" in result.stderr
    assert f"{base(server)}/pdf: unsupported content type application/pdf" in result.stderr
    assert "Traceback" not in result.output
    titles = {a["title"] for a in articles(cli)}
    assert "Ferry ridership climbs past pre-pandemic levels" in titles
    assert len(titles) == 2


def test_command_line_metadata_overrides_the_page(cli, server):
    cli("add", f"{base(server)}/page/og_only.html", "--outlet", "Desk copy",
        "--title", "Ferries")
    (stored,) = articles(cli)
    assert stored["outlet"] == "Desk copy" and stored["title"] == "Ferries"


def test_saved_html_file_takes_the_same_path(cli):
    result = cli("add", FIXTURES / "html" / "og_only.html")
    assert result.exit_code == 0, result.output
    (stored,) = articles(cli)
    assert stored["outlet"] == "Bayside Courier" and stored["published"] == "2026-02-03"


def test_bad_url_list_is_one_line(cli, tmp_path):
    listing = tmp_path / "bad.txt"
    listing.write_text("www.no-scheme.example/x\n", encoding="utf-8")
    result = cli("add", "--urls", listing)
    assert result.exit_code == 1
    assert "bad.txt: invalid URL on line 1" in result.stderr
