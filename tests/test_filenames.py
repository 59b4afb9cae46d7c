"""abs_nb.filenames: what is at a path, asked without the OSError of a name the system
refuses, and file names as text every store can hold. Real files, folders, links and a
named pipe in tmp_path."""

from __future__ import annotations

import errno
import os

import pytest

from abs_nb.errors import InputError
from abs_nb.filenames import describe_os_error, path_kind, short_path, utf8_name


def test_path_kind_tells_a_file_a_folder_and_something_else(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "d").mkdir()
    os.mkfifo(tmp_path / "pipe")
    assert path_kind(tmp_path / "a.txt") == "file"
    assert path_kind(tmp_path / "d") == "folder"
    assert path_kind(tmp_path / "pipe") == "other"
    (tmp_path / "link").symlink_to(tmp_path / "a.txt")
    assert path_kind(tmp_path / "link") == "file"  # a link is what it names


def test_nothing_there_a_broken_link_or_a_loop_is_none(tmp_path):
    (tmp_path / "broken").symlink_to(tmp_path / "gone")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "f").write_text("x")
    for path in ("missing", "broken", "loop", "f/under_a_file"):
        assert path_kind(tmp_path / path) is None, path


def test_a_name_too_long_is_an_input_error_saying_how_long(tmp_path):
    path = tmp_path / ("n" * 300 + ".txt")
    with pytest.raises(InputError) as err:
        path_kind(path, "a folder of filings")
    text = str(err.value)
    assert "expected a folder of filings" in text
    assert "longer than the system allows (304 characters)" in text  # 300 + ".txt"
    assert "nnn...txt" in text and "n" * 61 not in text  # the long name is shortened in the message
    assert "\n" not in text


def test_an_embedded_nul_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="an unusable path"):
        path_kind(str(tmp_path / "a\0b"))


def test_describe_os_error_names_the_error_in_words():
    err = OSError(errno.EACCES, "Permission denied")
    assert describe_os_error(err, "/x") == "PermissionError: Permission denied"  # OSError(EACCES) is one
    too_long = OSError(errno.ENAMETOOLONG, "File name too long")
    assert describe_os_error(too_long, "/tmp/" + "a" * 256 + "/b") == (
        "a file or folder name longer than the system allows (256 characters)")


def test_short_path_shortens_only_the_components_over_60_characters():
    sixty, long = "s" * 60, "abcdef" + "x" * 60 + "uvwxyz"
    assert short_path(f"/data/{sixty}/{long}") == f"/data/{sixty}/abc...xyz"
    assert short_path(f"/data/{long}", keep=5) == "/data/abcde...vwxyz"


def test_utf8_name_escapes_only_undecodable_bytes():
    assert utf8_name("report.txt") == "report.txt"
    assert utf8_name("déal €.txt") == "déal €.txt"
    # the bytes 0xff and 0xfe of a name on disk reach Python as the surrogates U+DCFF, U+DCFE
    name = os.fsdecode(b"x\xff\xfe.txt")
    assert utf8_name(name) == "x\\xff\\xfe.txt"
    utf8_name(name).encode("utf-8")  # a store can hold it
