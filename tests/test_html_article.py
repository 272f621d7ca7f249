"""HTML page → article text and metadata, on pages we wrote (fixtures/html) and small inline ones."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factrack.errors import InputError
from factrack.html_article import decode_html, html_to_article, read_html_file

HTML = Path(__file__).resolve().parent.parent / "fixtures" / "html"
GOLD = {k: v for k, v in json.loads((HTML / "gold.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("page", sorted(GOLD))
def test_body_paragraphs_kept_and_furniture_left_out(page):
    gold = GOLD[page]
    doc = read_html_file(HTML / page)
    paragraphs = [squash(p) for p in doc.text.split("\n\n")]
    for start in gold["body"]:
        # each article paragraph is a paragraph of its own, not glued to a neighbour
        assert any(p.startswith(squash(start)) for p in paragraphs), f"{page}: lost {start!r}"
    leaked = [f for f in gold["furniture"] if f in doc.text and f not in gold.get("known_leaks", [])]
    assert leaked == [], f"{page}: furniture in the text"


def test_news_page_text_layout_and_metadata_from_json_ld_graph():
    doc = read_html_file(HTML / "news_full.html")
    paragraphs = doc.text.split("\n\n")
    # JSON-LD headline wins over the shorter og:title and the "| outlet" <title>
    assert paragraphs[0] == doc.title == "Harbor City water rates to rise 12% as reservoir repairs begin"
    assert len(paragraphs) == 1 + 6
    assert doc.author == "Dana Whitfield, Omar Reyes"
    assert doc.published == "2026-03-14"
    assert doc.outlet == "The Harbor Ledger"  # publisher.name, not og:site_name
    assert doc.canonical_url == "https://www.harborledger.example/local/2026/03/14/water-rates-rise"
    assert doc.url is None


def test_open_graph_only_page_metadata():
    doc = html_to_article((HTML / "og_only.html").read_bytes(), url="https://baysidecourier.example/n/1?utm=x")
    assert doc.title == "Ferry ridership climbs past pre-pandemic levels"
    assert doc.author == "Hannah Osei"
    assert doc.published == "2026-02-03"
    assert doc.outlet == "Bayside Courier"
    assert doc.canonical_url == "https://baysidecourier.example/news/ferry-ridership"
    assert doc.url == "https://baysidecourier.example/n/1?utm=x"


def test_top_level_json_ld_list_with_opinion_type_and_no_duplicate_pull_quote():
    doc = read_html_file(HTML / "opinion_comments.html")
    assert (doc.author, doc.published, doc.outlet) == ("Priya Natarajan", "2026-04-02", "Valley Tribune")
    assert doc.canonical_url == "https://valleytribune.example/opinion/school-bus-pay"
    assert doc.text.count("short 42 drivers") == 1


def test_old_table_layout_drops_the_menu_above_the_headline():
    doc = read_html_file(HTML / "wire_brs.html")
    assert doc.text.split("\n\n")[1].startswith("Dockworkers at the Southgate")
    assert (doc.author, doc.published, doc.outlet) == ("Staff Reporter", "2026-05-11", "Coastal Wire")


def test_meta_tags_and_outlet_from_host_when_nothing_else():
    page = b"""<html><head><title>Rail fares frozen</title><meta name="author" content="Sam Oduya">
    <meta name="date" content="2026/07/09"></head><body><article><h1>Rail fares frozen</h1>
    <p>Regional rail fares will stay at 2025 levels for another year, the transport authority said on Monday, after ridership fell by 6% in the spring.</p>
    <p>The freeze will cost the authority about $3 million in lost revenue, a spokesperson said, which it plans to cover from reserves rather than service cuts.</p>
    </article></body></html>"""
    doc = html_to_article(page, url="https://www.metro-news.example/rail")
    assert (doc.title, doc.author, doc.published) == ("Rail fares frozen", "Sam Oduya", "2026-07-09")
    assert doc.outlet == "metro-news.example"
    assert doc.canonical_url is None
    assert doc.text.startswith("Rail fares frozen\n\nRegional rail fares will stay")


def test_broken_json_ld_is_skipped_and_graph_still_read():
    page = """<html><head>
    <script type="application/ld+json">{"@type": "NewsArticle", broken</script>
    <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "Organization", "name": "Wrong Org"},
      {"@type": "ReportageNewsArticle", "headline": "Clinic waits fall", "author": "Ana Ruiz",
       "datePublished": "2026-05-02", "publisher": {"name": "North Star"},
       "mainEntityOfPage": {"@id": "https://northstar.example/clinics"}}]}</script>
    </head><body><main><p>Average waits at the city's walk-in clinics fell to 41 minutes in April from 58 minutes a year earlier, health officials said on Friday.</p>
    <p>Officials credited three new nurse practitioners and longer evening hours at two sites for most of the improvement in waiting times.</p></main></body></html>"""
    doc = html_to_article(page, url="https://northstar.example/x")
    assert (doc.title, doc.author, doc.published, doc.outlet) == ("Clinic waits fall", "Ana Ruiz", "2026-05-02", "North Star")
    assert doc.canonical_url == "https://northstar.example/clinics"


# ---------------------------------------------------------------------------------------
# Charset


def test_charset_from_document_meta_http_equiv():
    raw = (HTML / "cp1252_meta.html").read_bytes()
    assert b"\x93" in raw  # a windows-1252 left double quote, invalid as UTF-8
    text = decode_html(raw, content_type="text/html")
    assert "\u201cWe are not asking for charity \u2013" in text


def test_undeclared_charset_is_detected():
    text = decode_html((HTML / "cp1252_undeclared.html").read_bytes(), content_type=None)
    assert "pr\u00e9fecture" in text and "\u20ac2,000" in text


def test_header_charset_wins_over_the_document():
    page = '<html><head><meta charset="windows-1252"></head><body><p>caf\u00e9 \u201cquoted\u201d</p></body></html>'
    assert "caf\u00e9 \u201cquoted\u201d" in decode_html(page.encode("utf-8"), "text/html; charset=UTF-8")


def test_iso_8859_1_label_is_read_as_windows_1252_like_browsers():
    page = "<p>\u201cSmart quotes\u201d \u2014 dashes</p>".encode("cp1252")
    assert decode_html(page, "text/html; charset=ISO-8859-1") == "<p>\u201cSmart quotes\u201d \u2014 dashes</p>"


# ---------------------------------------------------------------------------------------
# Content types and refusals


def test_text_plain_is_returned_as_is_with_first_line_as_title():
    body = "Bridge reopens after repairs\r\n\r\nThe Elm Street bridge reopened on Sunday, two weeks early.\r\n"
    doc = html_to_article(body.encode(), url="https://x.example/b", content_type="text/plain; charset=utf-8")
    assert doc.text == "Bridge reopens after repairs\n\nThe Elm Street bridge reopened on Sunday, two weeks early."
    assert doc.title == "Bridge reopens after repairs"


@pytest.mark.parametrize("ctype", ["application/pdf", "image/jpeg", "application/json", "text/csv"])
def test_non_article_content_types_are_refused_naming_the_url(ctype):
    with pytest.raises(InputError) as info:
        html_to_article(b"whatever", url="https://x.example/file", content_type=ctype)
    assert str(info.value) == f"https://x.example/file: unsupported content type {ctype} (not an HTML or text page)"


def test_binary_body_without_content_type_is_refused(tmp_path):
    fake = tmp_path / "scan.html"
    fake.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    with pytest.raises(InputError, match="binary content"):
        read_html_file(fake)


def test_article_nested_in_webpage_main_entity():
    page = """<html><head><script type="application/ld+json">{"@type": "WebPage", "name": "Page",
    "mainEntity": {"@type": "NewsArticle", "headline": "Tram line approved", "author": {"name": "Lee Park"}}}
    </script></head><body><article><p>The regional council approved the new tram line on Tuesday by 31 votes to 12, ending a decade of debate over its route.</p></article></body></html>"""
    doc = html_to_article(page)
    assert (doc.title, doc.author) == ("Tram line approved", "Lee Park")


def test_empty_page_is_refused():
    with pytest.raises(InputError, match=r"^https://x.example/blank: empty page$"):
        html_to_article(b"  \n", url="https://x.example/blank", content_type="text/html")


def test_page_without_article_text_is_refused():
    with pytest.raises(InputError, match=r"^https://x.example/empty: no article text found"):
        html_to_article("<html><body><nav><a href='/'>Home</a></nav></body></html>", url="https://x.example/empty")


def test_missing_local_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read file"):
        read_html_file(tmp_path / "nope.html")


def test_extraction_opens_no_network_connection():
    """trafilatura and its helpers must not download anything (TLD lists, models) at run time.

    Run in a child interpreter with an audit hook that fails on any socket use: the hook
    cannot be removed, so it must not live in the test process that also runs the fetch tests.
    """
    code = (
        "import sys\n"
        "def hook(event, args):\n"
        "    if event.startswith(('socket.', 'urllib.Request')) and event != 'socket.__new__':\n"
        "        raise RuntimeError('network use: ' + event)\n"
        "sys.addaudithook(hook)\n"
        "from factrack.html_article import read_html_file\n"
        f"for name in {sorted(GOLD)!r}:\n"
        f"    doc = read_html_file({str(HTML)!r} + '/' + name)\n"
        "    assert doc.text, name\n"
        "print('ok', flush=True)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
