"""File names as text every store can hold.

A file name that is not UTF-8 on disk reaches Python with its odd bytes as surrogates
(``x\\udcff.txt``); Parquet, DuckDB and UTF-8 files refuse those. :func:`utf8_name` shows
such bytes escaped instead (``x\\xff.txt``) and leaves every other name as it is.

>>> utf8_name("x\\udcff.txt"), utf8_name("déal.txt")
('x\\\\xff.txt', 'déal.txt')

:func:`path_kind` asks what is at a path without the ``OSError`` a too-long name raises
from ``Path.exists()`` or ``Path.is_dir()``: such a path is an :class:`InputError`.

>>> path_kind("sample_filings"), path_kind("no/such/thing")
('folder', None)
>>> path_kind("x" * 300)
Traceback (most recent call last):
abs_nb.errors.InputError: xxx...xxx: expected a usable path, found a file or folder name longer than the system allows (300 characters)
"""

from __future__ import annotations

import errno
import os
import stat

from abs_nb.errors import InputError

_ABSENT = (errno.ENOENT, errno.ENOTDIR, errno.ELOOP, errno.EBADF)
NAME_MAX = 255  # bytes in one component of a path, on every common file system


def path_kind(path: str | os.PathLike[str], expected: str = "a usable path") -> str | None:
    """``"folder"``, ``"file"``, ``"other"`` (a device, pipe, socket) or None (nothing
    there, a broken link, a link loop). A path the system refuses (a component over 255
    bytes, an embedded NUL, no permission to look) raises :class:`InputError` saying
    ``expected`` and why, in one line."""
    try:
        st = os.stat(path)
    except ValueError as err:  # an embedded NUL
        raise InputError(expected, f"an unusable path ({err})", source=short_path(path)) from None
    except OSError as err:
        if err.errno in _ABSENT:
            return None
        raise InputError(expected, describe_os_error(err, path), source=short_path(path)) from None
    if stat.S_ISDIR(st.st_mode):
        return "folder"
    return "file" if stat.S_ISREG(st.st_mode) else "other"


def describe_os_error(err: OSError, path: str | os.PathLike[str]) -> str:
    """What an ``OSError`` on ``path`` means, in words (a too-long name says how long)."""
    if err.errno == errno.ENAMETOOLONG:
        parts = os.fsdecode(os.fspath(path)).split(os.sep)
        longest = max(len(p) for p in parts) if parts else 0
        return f"a file or folder name longer than the system allows ({longest} characters)"
    return f"{type(err).__name__}: {err.strerror or err}"


def short_path(path: str | os.PathLike[str], keep: int = 3) -> str:
    """``path`` for a message: each component over 60 characters shown as its first and
    last ``keep`` characters around ``...``.

    >>> short_path("/tmp/" + "a" * 300 + ".csv")
    '/tmp/aaa...csv'
    """
    parts = os.fsdecode(os.fspath(path)).split(os.sep)
    return os.sep.join(p if len(p) <= 60 else f"{p[:keep]}...{p[-keep:]}" for p in parts)


def utf8_name(name: str) -> str:
    """``name``, its undecodable bytes escaped (``\\xff``)."""
    if name.isascii():
        return name
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


__all__ = ["describe_os_error", "path_kind", "short_path", "utf8_name"]
