"""Every bad input: one line naming the file and problem, non-zero exit, database intact."""

from __future__ import annotations

import pytest
from backends import count_rows, scalar

from conftest import ARTICLES
from factrack.inputs import MAX_ARTICLE_BYTES


def article_count(db_url) -> int:
    return count_rows(db_url, "articles")


def assert_one_line_error(result, *needles):
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    first = result.stderr.strip().splitlines()[0]
    for needle in needles:
        assert needle in first, result.stderr


@pytest.fixture
def stored(cli, db_url):
    assert cli("add", ARTICLES[0]).exit_code == 0
    return article_count(db_url)


def test_missing_file(cli, db_url, stored, tmp_path):
    result = cli("add", tmp_path / "nope.txt")
    assert_one_line_error(result, "nope.txt", "no such file")
    assert article_count(db_url) == stored


def test_directory(cli, db_url, stored, tmp_path):
    assert_one_line_error(cli("add", tmp_path), str(tmp_path), "is a directory")
    assert article_count(db_url) == stored


def test_binary_file(cli, db_url, stored, tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    assert_one_line_error(cli("add", path), "photo.jpg", "binary")
    assert article_count(db_url) == stored


def test_empty_file(cli, db_url, stored, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    assert_one_line_error(cli("add", path), "empty.txt", "empty")
    assert article_count(db_url) == stored


def test_oversized_file(cli, db_url, stored, tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("Figures rose 5%.\n" * (MAX_ARTICLE_BYTES // 16 + 10), encoding="utf-8")
    assert_one_line_error(cli("add", path), "huge.txt", "MiB article limit")
    assert article_count(db_url) == stored


def test_windows_1252_text_is_decoded(cli, db_url, tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Budget vote\n\nThe council said costs rose 12% to \u20ac5 million, "
                     "\u201cclearly\u201d.\n".encode("cp1252"))
    result = cli("add", path)
    assert result.exit_code == 0, result.output
    text = scalar(db_url, "select text from articles")
    assert "\u20ac5 million, \u201cclearly\u201d" in text


def test_undecodable_text_is_refused(cli, db_url, stored, tmp_path):
    path = tmp_path / "garbled.txt"
    path.write_bytes(b"Title\n\nCosts rose \x81\x8d\x8f\x90\x9d sharply.\n")
    assert_one_line_error(cli("add", path), "garbled.txt", "neither UTF-8 nor Windows-1252")
    assert article_count(db_url) == stored


def test_corrupt_database(cli, tmp_path):
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    before = path.read_bytes()
    assert_one_line_error(cli("--db", path, "add", ARTICLES[0]), "corrupt.db", "not a SQLite")
    assert path.read_bytes() == before


def test_unwritable_database_folder(cli, tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        import os
        if os.access(folder, os.W_OK):  # root ignores permissions; use a missing folder
            target = tmp_path / "missing-folder" / "x.db"
            assert_one_line_error(cli("--db", target, "add", ARTICLES[0]), "does not exist")
        else:
            assert_one_line_error(cli("--db", folder / "x.db", "add", ARTICLES[0]),
                                  "not writable")
    finally:
        folder.chmod(0o700)


def test_database_is_a_directory(cli, tmp_path):
    assert_one_line_error(cli("--db", tmp_path, "claims"), "is a directory")


def test_bad_option_value(cli):
    result = cli("claims", "--kind", "banana")
    assert result.exit_code == 2 and "Invalid value" in result.stderr
