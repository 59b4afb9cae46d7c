"""abs_nb.sources.raw: paths and file objects read as bytes within a size limit; what cannot be
read raises the right InputError, naming the file."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest

from abs_nb.errors import BinaryInput, EmptyInput, InputError, InputTooLarge
from abs_nb.sources import read_source
from abs_nb.sources.raw import file_object_name, looks_like_report_text, read_file_object, too_large

from .edgar_builder import SEED_001

FIFTY_MB = 50 * 1024 * 1024


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    """A sparse 50 MB file: made with truncate, never written out."""
    path = tmp_path / "huge_report.txt"
    with open(path, "wb") as f:
        f.write(b"STATEMENT TO CERTIFICATEHOLDERS\n")
        f.truncate(FIFTY_MB)
    assert path.stat().st_size == FIFTY_MB
    return path


@pytest.mark.parametrize("kind", ["str", "Path", "binary file", "text file"])
def test_50mb_file_is_refused_quickly(big_file: Path, kind: str):
    start = time.perf_counter()
    with pytest.raises(InputTooLarge) as err:
        if kind == "str":
            read_source(str(big_file))
        elif kind == "Path":
            read_source(big_file)
        elif kind == "binary file":
            with open(big_file, "rb") as f:
                read_source(f)
        else:
            with open(big_file, encoding="utf-8") as f:
                read_source(f)
    assert time.perf_counter() - start < 1.0
    msg = str(err.value)
    assert str(big_file) in msg
    assert f"{FIFTY_MB:,} bytes" in msg
    assert "20,000,000" in msg
    assert "max_bytes=" in msg


def test_max_bytes_raises_the_limit(big_file: Path):
    # Raising the limit lets the file through to the content checks: the NUL padding.
    with pytest.raises(BinaryInput):
        read_source(big_file, max_bytes=FIFTY_MB)


def test_max_bytes_on_every_input_kind():
    data = SEED_001.read_bytes()
    limit = len(data) - 1
    for source in (
        SEED_001,
        str(SEED_001),
        data,
        data.decode(),
        io.BytesIO(data),
        io.StringIO(data.decode()),
    ):
        with pytest.raises(InputTooLarge, match="max_bytes="):
            read_source(source, max_bytes=limit)
        assert read_source(
            source if not isinstance(source, io.IOBase) else type(source)(source.getvalue()),
            max_bytes=len(data),
        ).text


def test_unseekable_stream_is_read_only_up_to_the_limit():
    class Endless(io.RawIOBase):
        """An endless stream of report-like bytes: only a bounded read can finish."""

        def __init__(self) -> None:
            self.served = 0

        def readable(self) -> bool:
            return True

        def readinto(self, b) -> int:
            chunk = (b"Class A-1   1,000\n" * (len(b) // 18 + 1))[: len(b)]
            b[: len(chunk)] = chunk
            self.served += len(chunk)
            return len(chunk)

    stream = Endless()
    with pytest.raises(
        InputTooLarge,
        match=r"<file>: expected at most 1,000,000 bytes, found more than 1,000,000 bytes",
    ):
        read_source(stream, max_bytes=1_000_000)
    assert stream.served <= 1_000_001


def test_nonexistent_str_path(tmp_path: Path):
    missing = str(tmp_path / "no_such_report.txt")
    with pytest.raises(InputError) as err:
        read_source(missing)
    msg = str(err.value)
    assert type(err.value) is InputError
    assert missing in msg
    assert f"expected a file at {missing!r}, found no such file (current folder: {Path.cwd()})" in msg
    assert "1,000 characters" not in msg  # no internal heuristics in what a person reads
    assert "load_text" in msg  # the way to pass text


def test_nonexistent_pathlib_path(tmp_path: Path):
    missing = tmp_path / "no_such_report.txt"
    with pytest.raises(InputError, match=r"no_such_report\.txt.*found no such file") as err:
        read_source(missing)
    assert "not report text" not in str(err.value)  # a Path is never text


def test_directory(tmp_path: Path):
    for source in (tmp_path, str(tmp_path)):
        with pytest.raises(InputError) as err:
            read_source(source)
        assert type(err.value) is InputError
        assert str(tmp_path) in str(err.value)
        assert "found a directory" in str(err.value)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file(tmp_path: Path):
    path = tmp_path / "secret.txt"
    path.write_text("STATEMENT\n")
    path.chmod(0)
    with pytest.raises(InputError, match=r"secret\.txt.*permission denied"):
        read_source(path)


def test_bad_str_paths():
    with pytest.raises(InputError, match="embedded null"):
        read_source("abc\x00def")
    with pytest.raises(InputError):
        read_source("x" * 300)  # too long for a file name, too short to be text


def test_text_mode_file_with_wrong_encoding(tmp_path: Path):
    path = tmp_path / "cp.txt"
    path.write_bytes(b"Trustee\x92s statement\n")
    with open(path, encoding="utf-8") as f, pytest.raises(InputError, match=r"cp\.txt.*'rb'"):
        read_source(f)
    with open(path, "rb") as f:
        assert read_source(f).text == "Trustee\u2019s statement\n"


@pytest.mark.parametrize("mode", ["rb", "r"])
def test_a_closed_file_is_a_clear_error(mode: str):
    fh = open(SEED_001, mode)  # noqa: SIM115 - closed on purpose before reading
    fh.close()
    with pytest.raises(InputError, match="closed file"):
        read_source(fh)


def test_a_str_is_text_when_it_breaks_a_line_or_is_over_1000_characters():
    assert not looks_like_report_text("sample_filings/000_2d551bf597d89db6.txt")
    assert not looks_like_report_text("x" * 1000)
    assert looks_like_report_text("x" * 1001)
    assert looks_like_report_text("Class A-1\rClass A-2") and looks_like_report_text("Class A-1\n")


def test_a_file_object_is_named_by_its_path_else_file(tmp_path: Path):
    path = tmp_path / "nov.txt"
    path.write_text("Class A-1\n")
    with open(path, "rb") as f:
        assert file_object_name(f) == str(path)
    read_end, write_end = os.pipe()
    os.close(write_end)
    with open(read_end, "rb") as f:  # named by its descriptor, a number
        assert file_object_name(f) == "<file>"
    assert file_object_name(io.StringIO("x")) == "<file>"


class _Reads:
    """A file-like object whose read() gives the chunks listed, then nothing."""

    def __init__(self, *chunks) -> None:
        self.chunks = list(chunks)

    def read(self, size: int = -1):
        return self.chunks.pop(0) if self.chunks else b""


def test_a_read_that_gives_neither_bytes_nor_str_is_an_input_error():
    with pytest.raises(InputError, match="read\\(\\) returning int"):
        read_file_object(_Reads(42), 100, "<file>")
    with pytest.raises(InputError, match="read\\(\\) returning str"):
        read_file_object(_Reads(b"Class A-1\n", "Class A-2\n"), 100, "<file>")  # bytes, then text
    assert read_file_object(_Reads(bytearray(b"A-1 "), b"1,000\n"), 100, "<file>") == b"A-1 1,000\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_read_from_its_writer_and_one_without_a_writer_does_not_hang(tmp_path: Path):
    import threading

    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    start = time.perf_counter()
    with pytest.raises(EmptyInput, match="report.fifo"):
        read_source(fifo)  # nobody writes: empty, at once
    assert time.perf_counter() - start < 5

    def write() -> None:
        for _ in range(100):
            try:
                with open(fifo, "wb") as w:
                    w.write(b"STATEMENT TO CERTIFICATEHOLDERS\nClass A-1   1,000\n")
                return
            except BrokenPipeError:  # the reader had seen no writer and left: write to the next
                time.sleep(0.01)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        deadline = time.monotonic() + 5
        src = None
        while src is None and time.monotonic() < deadline:
            try:
                src = read_source(fifo)
            except EmptyInput:  # opened before the writer: try again
                time.sleep(0.01)
    finally:
        writer.join(timeout=5)
    assert src is not None and src.text == "STATEMENT TO CERTIFICATEHOLDERS\nClass A-1   1,000\n"


def test_too_large_says_more_than_the_limit_when_the_size_is_unknown():
    err = too_large(None, 1000, "<file>", "characters")
    assert isinstance(err, InputTooLarge)
    assert str(err).startswith("<file>: expected at most 1,000 characters, found more than 1,000 characters")
