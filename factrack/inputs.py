"""Read article text from files and standard input, refusing what is not an article.

Decoding: UTF-8 (a byte-order mark is dropped); failing that, Windows-1252, the usual
encoding of text exported from newsroom systems. Bytes that are neither are refused.
Line endings become "\\n" so that stored text and claim offsets agree on every platform.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factrack.errors import InputError

MAX_ARTICLE_BYTES = 5 * 1024 * 1024  # 5 MiB: far above any article, far below a data dump
_BINARY_SAMPLE = 8192


@dataclass(frozen=True, slots=True)
class ArticleSource:
    """Raw article text and where it came from (a path, "<stdin>" or a URL)."""

    text: str
    source: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None


def decode_article(data: bytes, source: str) -> str:
    """Bytes to normalized text, or a one-line InputError naming `source`."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(f"{source}: file is {len(data) / 1048576:.1f} MiB, over the "
                         f"{MAX_ARTICLE_BYTES // 1048576} MiB article limit")
    if b"\x00" in data[:_BINARY_SAMPLE]:
        raise InputError(f"{source}: looks like a binary file, not article text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(f"{source}: text is neither UTF-8 nor Windows-1252; "
                             "convert it to UTF-8 first") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{source}: file is empty")
    return text


def read_article_file(path: str | Path) -> ArticleSource:
    """Read one article file; every problem is an InputError naming the file."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not an article file")
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(f"{path}: file is {size / 1048576:.1f} MiB, over the "
                             f"{MAX_ARTICLE_BYTES // 1048576} MiB article limit")
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return ArticleSource(decode_article(data, str(path)), str(path))


def read_article_stream(stream, source: str = "<stdin>") -> ArticleSource:
    """Read one article from a binary stream such as standard input."""
    data = stream.read(MAX_ARTICLE_BYTES + 1)
    return ArticleSource(decode_article(data, source), source)
