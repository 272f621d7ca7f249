"""A real HTTP server on 127.0.0.1 (random port) serving fixtures/html pages and failures.

Fetch tests talk to this over a real socket instead of mocking httpx, so redirects, timeouts,
streaming limits and retries are exercised the way they happen in the newsroom.

Routes:
  /page/NAME[?type=...]     fixtures/html/NAME; Content-Type text/html; charset=utf-8 unless
                            ?type= is given (type=html-nocharset sends plain "text/html")
  /text                     a text/plain article
  /redirect/N               302 to /redirect/N-1 ... /redirect/0 → 302 to /page/news_full.html
  /status/CODE              that status with a short HTML body (404, 410, ...)
  /flaky/KEY                500 on the first request for KEY, then the news page
  /unavailable              503 with Retry-After: 0, always
  /slow?delay=S             waits S seconds before answering (default 2)
  /pdf, /json, /png         bodies of those types
  /big?size=N               N bytes of HTML with a Content-Length header
  /endless                  HTML streamed without Content-Length until the client leaves
                            (stops by itself after 64 MB)
Every request's path and headers are recorded in server.requests (for hit counts, User-Agent);
server.max_in_flight[G] is the most requests with ?group=G handled at once (concurrency bound).
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"

PLAIN_ARTICLE = (
    "Library fines abolished for children's books\n\n"
    "The county library will stop charging late fines on children's books from 1 June, "
    "a change it says will cost about $14,000 a year in lost revenue.\n\n"
    "Officials said 2,300 young readers had borrowing blocked by unpaid fines last year.\n"
)


class FixtureServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()
        self.seen_keys: set[str] = set()
        self.in_flight: dict[str, int] = {}
        self.max_in_flight: dict[str, int] = {}
        self.endless_sent: int | None = None

    def handle_error(self, request, client_address):
        """A client that hung up (timeouts, size limits: on purpose) is not a server error."""
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def hits(self, path: str) -> int:
        with self.lock:
            return sum(1 for p, _ in self.requests if p == path)


class _Handler(BaseHTTPRequestHandler):
    server: FixtureServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # keep test output clean
        pass

    def do_GET(self):
        group = parse_qs(urlsplit(self.path).query).get("group", [""])[0]
        srv = self.server
        with srv.lock:
            srv.in_flight[group] = srv.in_flight.get(group, 0) + 1
            srv.max_in_flight[group] = max(srv.max_in_flight.get(group, 0), srv.in_flight[group])
        try:
            self._route()
        finally:
            with srv.lock:
                srv.in_flight[group] -= 1

    def _route(self):  # noqa: C901 - a flat routing table reads best here
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        with self.server.lock:
            self.server.requests.append((self.path, dict(self.headers.items())))

        if path.startswith("/page/"):
            name = path.removeprefix("/page/")
            file = FIXTURES / name
            if "/" in name or not file.is_file():
                return self._send(404, b"<h1>Not found</h1>")
            ctype = {"html-nocharset": "text/html"}.get(query.get("type", [""])[0], "text/html; charset=utf-8")
            return self._send(200, file.read_bytes(), ctype)
        if path == "/text":
            return self._send(200, PLAIN_ARTICLE.encode(), "text/plain; charset=utf-8")
        if path.startswith("/redirect/"):
            n = int(path.removeprefix("/redirect/"))
            target = f"/redirect/{n - 1}" if n > 0 else "/page/news_full.html"
            return self._send(302, b"", headers={"Location": target})
        if path.startswith("/status/"):
            code = int(path.removeprefix("/status/"))
            return self._send(code, f"<h1>Error {code}</h1>".encode())
        if path.startswith("/flaky/"):
            key = path.removeprefix("/flaky/")
            with self.server.lock:
                first = key not in self.server.seen_keys
                self.server.seen_keys.add(key)
            if first:
                return self._send(500, b"<h1>Internal error</h1>")
            return self._send(200, (FIXTURES / "news_full.html").read_bytes(), "text/html; charset=utf-8")
        if path == "/unavailable":
            return self._send(503, b"<h1>Down for maintenance</h1>", headers={"Retry-After": "0"})
        if path == "/slow":
            time.sleep(float(query.get("delay", ["2"])[0]))
            return self._send(200, (FIXTURES / "og_only.html").read_bytes())
        if path == "/pdf":
            return self._send(200, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "application/pdf")
        if path == "/json":
            return self._send(200, b'{"headline": "not a page"}', "application/json")
        if path == "/png":
            return self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
        if path == "/big":
            size = int(query.get("size", ["200000"])[0])
            body = b"<html><body><p>" + b"x" * size + b"</p></body></html>"
            return self._send(200, body)
        if path == "/endless":
            return self._send_endless()
        return self._send(404, b"<h1>Not found</h1>")

    def _send(self, code: int, body: bytes, ctype: str = "text/html; charset=utf-8", headers: dict | None = None):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _send_endless(self):
        """Chunked HTML with no Content-Length, until the client hangs up (or 64 MB)."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"<p>" + b"y" * 16_000 + b"</p>\n"
        sent = 0
        try:
            while sent < 64_000_000:
                self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                sent += len(chunk)
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass
        with self.server.lock:
            self.server.endless_sent = sent
        self.close_connection = True


@contextmanager
def serve_fixtures():
    """Run a FixtureServer in a background thread for the duration of the block."""
    server = FixtureServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
