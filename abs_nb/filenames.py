"""File names as text every store can hold.

A file name that is not UTF-8 on disk reaches Python with its odd bytes as surrogates
(``x\\udcff.txt``); Parquet, DuckDB and UTF-8 files refuse those. :func:`utf8_name` shows
such bytes escaped instead (``x\\xff.txt``) and leaves every other name as it is.

>>> utf8_name("x\\udcff.txt"), utf8_name("déal.txt")
('x\\\\xff.txt', 'déal.txt')
"""

from __future__ import annotations


def utf8_name(name: str) -> str:
    """``name``, its undecodable bytes escaped (``\\xff``)."""
    if name.isascii():
        return name
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


__all__ = ["utf8_name"]
