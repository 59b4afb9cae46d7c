"""Getting the raw input: bytes from a path or a file object, with a size limit.

Nothing here decodes; sizes are checked before a large file is read in full.

>>> import io
>>> read_file_object(io.BytesIO(b"Class A-1"), max_bytes=100, name="<file>")
b'Class A-1'
>>> looks_like_report_text("sample_filings/000_2d551bf597d89db6.txt")
False
>>> looks_like_report_text("Class A-1\\nClass A-2")
True
"""

from __future__ import annotations

import io
import os
import stat
from typing import IO, Any

from abs_nb.errors import InputError, InputTooLarge

__all__ = [
    "RAW_TEXT_MIN_CHARS",
    "file_object_name",
    "looks_like_report_text",
    "read_file_object",
    "read_path",
    "too_large",
]

#: A str longer than this is taken as report text even without a line break.
RAW_TEXT_MIN_CHARS = 1000

_CHUNK = 8 << 20  # read in 8 MiB pieces: never ask the OS for max_bytes at once


def looks_like_report_text(s: str) -> bool:
    """True when a str passed as a source is report text rather than a path.

    It is text when it holds a line break or is longer than 1,000 characters.
    """
    return "\n" in s or "\r" in s or len(s) > RAW_TEXT_MIN_CHARS


def too_large(size: int | None, max_bytes: int, name: str, unit: str = "bytes") -> InputTooLarge:
    """The :class:`InputTooLarge` for a source of ``size`` (None: more than the limit).

    >>> str(too_large(50_000_000, 20_000_000, "big.txt"))  # doctest: +NORMALIZE_WHITESPACE
    'big.txt: expected at most 20,000,000 bytes, found 50,000,000 bytes
    (distribution reports are far smaller; if this one really is a report, raise the limit with
    read_source(..., max_bytes=...))'
    """
    found = f"{size:,} {unit}" if size is not None else f"more than {max_bytes:,} {unit}"
    return InputTooLarge(
        f"at most {max_bytes:,} {unit}",
        found,
        source=name,
        hint=(
            "distribution reports are far smaller; if this one really is a report, "
            "raise the limit with read_source(..., max_bytes=...)"
        ),
    )


def read_path(
    path: str | os.PathLike[str], name: str, max_bytes: int, *, given_str: bool = False
) -> bytes:
    """Read the file at ``path`` as bytes, refusing it before reading if it is too large.

    ``given_str`` says the caller passed a plain str, so a missing file also means "this
    string is not report text" and the message says so.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"a file at {name!r}", f"no such file (current folder: {os.getcwd()})", source=name,
                         hint="report text given as a string needs its line breaks; abs_nb.load_text(text) "
                              "takes any text" if given_str else None) from None
    except (OSError, ValueError) as exc:  # ENAMETOOLONG, embedded NUL, permissions, ...
        raise InputError(f"a readable file at {name!r}", _describe(exc), source=name) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(
            "a file",
            "a directory",
            source=name,
            hint="abs_nb.load reads one report; abs_nb.load_many(folder) reads every report in a folder",
        )
    if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
        raise too_large(st.st_size, max_bytes, name)
    try:
        with _open_for_reading(path, st) as f:
            data = _read_limited(f, max_bytes, name)
    except OSError as exc:
        raise InputError(f"a readable file at {name!r}", _describe(exc), source=name) from None
    assert isinstance(data, bytes)
    return data


def _open_for_reading(path: str | os.PathLike[str], st: os.stat_result) -> IO[bytes]:
    """``open(path, "rb")``, except that a named pipe (FIFO) is opened without waiting for
    a writer: one that has a writer is read to its end as usual; one that has none reads as
    empty (and is refused as an empty file) instead of blocking forever in ``open``."""
    if not stat.S_ISFIFO(st.st_mode):
        return open(path, "rb")
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    os.set_blocking(fd, True)  # reads wait for a writer's data; with no writer they see EOF
    return os.fdopen(fd, "rb")


def file_object_name(f: Any) -> str:
    """The ``.name`` of an open file when it is a path, else ``"<file>"``.

    >>> file_object_name(io.BytesIO(b""))
    '<file>'
    """
    name = getattr(f, "name", None)
    if isinstance(name, str) and name:
        return name
    if isinstance(name, os.PathLike):
        return os.fsdecode(os.fspath(name))
    return "<file>"


def read_file_object(f: IO[Any], max_bytes: int, name: str) -> bytes | str:
    """Read at most ``max_bytes`` (+1 to detect overflow) from an open file.

    Returns bytes for a binary-mode file and str for a text-mode file. A regular file that
    is too large is refused from its size alone, without reading it.
    """
    remaining, unit = _plain_file_remaining(f)
    if remaining is not None and remaining > max_bytes:
        raise too_large(remaining, max_bytes, name, unit)
    try:
        return _read_limited(f, max_bytes, name)
    except OSError as exc:
        raise InputError("a readable file", _describe(exc), source=name) from None
    except UnicodeDecodeError as exc:  # a text-mode file opened with the wrong encoding
        raise InputError(
            f"text in the file's encoding ({getattr(f, 'encoding', '?')})",
            f"undecodable bytes ({exc.reason})",
            source=name,
            hint="open the file in binary mode ('rb') and abs_nb will detect the encoding",
        ) from None
    except ValueError as exc:  # a closed file ("I/O operation on closed file")
        raise InputError("a readable file", _describe(exc), source=name) from None


def _read_limited(f: IO[Any], max_bytes: int, name: str) -> bytes | str:
    chunks: list[Any] = []
    total = 0
    kind: type | None = None
    while total <= max_bytes:
        chunk = f.read(min(_CHUNK, max_bytes + 1 - total))
        if not chunk:  # b"", "" or None (non-blocking stream with no data)
            break
        if isinstance(chunk, (bytearray, memoryview)):
            chunk = bytes(chunk)
        if not isinstance(chunk, (bytes, str)) or (kind is not None and type(chunk) is not kind):
            raise InputError(
                "a file whose read() returns bytes or str",
                f"read() returning {type(chunk).__name__}",
                source=name,
            )
        kind = type(chunk)
        chunks.append(chunk)
        total += len(chunk)
    if total > max_bytes:
        raise too_large(None, max_bytes, name, "characters" if kind is str else "bytes")
    if kind is str:
        return "".join(chunks)
    return b"".join(chunks)


def _plain_file_remaining(f: Any) -> tuple[int | None, str]:
    """Bytes left in an ordinary on-disk file, from fstat; (None, _) when unknown."""
    binary, text_mode = f, False
    if isinstance(f, io.TextIOWrapper):
        binary, text_mode = f.buffer, True
    is_disk = isinstance(binary, io.FileIO) or (
        isinstance(binary, (io.BufferedReader, io.BufferedRandom))
        and isinstance(binary.raw, io.FileIO)
    )
    if not is_disk:
        return None, "bytes"
    try:
        st = os.fstat(binary.fileno())
        pos = f.tell()
    except (OSError, ValueError):
        return None, "bytes"
    if not stat.S_ISREG(st.st_mode):
        return None, "bytes"
    if text_mode:  # tell() of a text file is an opaque cookie except at the start
        return (st.st_size, "bytes") if pos == 0 else (None, "bytes")
    return st.st_size - pos, "bytes"


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__
