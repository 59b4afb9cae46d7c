"""``read_source`` and ``read_text``: any input to :class:`SourceText`.

>>> src = read_source("sample_filings/000_2d551bf597d89db6.txt")
>>> src.container, src.encoding, src.line_offset, src.meta
('text', 'utf-8', 0, {})
>>> src.text.splitlines()[3]
'FORM 8-K'
>>> read_source(src.text).text == src.text
True
"""

from __future__ import annotations

import hashlib
import os
from typing import Any

from abs_nb.errors import EmptyInput, InputError
from abs_nb.sources.decode import BINARY_SNIFF_BYTES, check_not_binary, decode_bytes, normalise_text
from abs_nb.sources.edgar_objects import object_content
from abs_nb.sources.full_submission import is_edgar_submission, read_submission
from abs_nb.sources.raw import (
    file_object_name,
    looks_like_report_text,
    read_file_object,
    read_path,
    too_large,
)
from abs_nb.sources.sgml_tags import blank_layout_tags, looks_like_html
from abs_nb.sources.source_text import SourceText

__all__ = ["DEFAULT_MAX_BYTES", "read_source", "read_text"]

#: Default size limit: the largest real distribution reports are a few MB.
DEFAULT_MAX_BYTES = 20_000_000


def read_source(source: Any, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read a report from a path, an open file, bytes, or raw text.

    ``source`` may be a ``str`` path or ``pathlib.Path``; an open file in text or binary
    mode (anything with ``.read``); ``bytes``; the report text itself as a ``str``; or an
    EDGAR library's filing or attachment (edgartools' ``Filing``, ``Attachment``: anything
    with ``full_text_submission()``, or ``.content`` and ``.document_type``;
    :mod:`abs_nb.sources.edgar_objects`). A
    ``str`` is text when it holds a line break or is longer than 1,000 characters,
    otherwise a path. A :class:`SourceText` is returned unchanged.

    Raises :class:`~abs_nb.errors.InputError` (missing file, directory, unreadable),
    :class:`~abs_nb.errors.EmptyInput`, :class:`~abs_nb.errors.BinaryInput` or
    :class:`~abs_nb.errors.InputTooLarge` (over ``max_bytes``; checked before reading).

    >>> from pathlib import Path
    >>> read_source(Path("sample_filings/000_2d551bf597d89db6.txt")).name
    'sample_filings/000_2d551bf597d89db6.txt'
    >>> read_source(b"Class A-1\\r\\nClass A-2\\r\\n").text
    'Class A-1\\nClass A-2\\n'
    >>> read_source("no_such_file.txt")
    Traceback (most recent call last):
    abs_nb.errors.InputError: no_such_file.txt: expected a file at 'no_such_file.txt', found no such file (current folder: ...)...
    """
    if isinstance(source, SourceText):
        return source
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        raise InputError("max_bytes, a positive whole number of bytes", repr(max_bytes))
    if isinstance(source, str):
        if looks_like_report_text(source):
            return read_text(source, max_bytes=max_bytes)
        if not source.strip():
            raise EmptyInput("report text or a path", f"the string {source!r}", source="<text>")
        return _from_bytes(read_path(source, source, max_bytes, given_str=True), source)
    if isinstance(source, os.PathLike):
        name = os.fsdecode(os.fspath(source))
        return _from_bytes(read_path(source, name, max_bytes), name)
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > max_bytes:
            raise too_large(len(data), max_bytes, "<bytes>")
        return _from_bytes(data, "<bytes>")
    from_object = object_content(source)
    if from_object is not None:
        content, name = from_object
        if isinstance(content, str):
            return read_text(content, name=name, max_bytes=max_bytes)
        if len(content) > max_bytes:
            raise too_large(len(content), max_bytes, name)
        return _from_bytes(content, name)
    if callable(getattr(source, "read", None)):
        name = file_object_name(source)
        data = read_file_object(source, max_bytes, name)
        if isinstance(data, str):
            return read_text(data, name=name, max_bytes=max_bytes)
        return _from_bytes(data, name)
    raise InputError(
        "a path, an open file, bytes, or report text",
        f"a {type(source).__name__}",
        source=repr(source)[:80],
    )


def read_text(text: str, *, name: str = "<text>", max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read report text that is already a ``str`` (never taken as a path).

    ``encoding`` is ``"str"`` and ``sha256`` hashes the text encoded as UTF-8. EDGAR
    submissions given as text are unpacked as from a file.

    >>> src = read_text("Distribution Date:\\t15-Oct-03  \\n", name="oct.txt")
    >>> src.text, src.name, src.encoding
    ('Distribution Date:\\t15-Oct-03  \\n', 'oct.txt', 'str')
    """
    if not isinstance(text, str):
        raise InputError("report text as a str", f"a {type(text).__name__}", source=name)
    if len(text) > max_bytes:  # every character is at least one byte
        raise too_large(None, max_bytes, name)
    raw = text.encode("utf-8", "surrogatepass")
    if len(raw) > max_bytes:
        raise too_large(len(raw), max_bytes, name)
    _check_empty(text, name)
    check_not_binary(text[:BINARY_SNIFF_BYTES], name)
    return _build(text, name, hashlib.sha256(raw).hexdigest(), "str")


def _from_bytes(data: bytes, name: str) -> SourceText:
    if not data.strip():
        raise EmptyInput("report text", _emptiness(len(data)), source=name)
    check_not_binary(data[:BINARY_SNIFF_BYTES], name)
    text, encoding = decode_bytes(data)
    return _build(text, name, hashlib.sha256(data).hexdigest(), encoding)


def _build(text: str, name: str, sha256: str, encoding: str) -> SourceText:
    # a byte-order mark opening text that arrived decoded (a str, a text-mode file) marks the
    # encoding, as it does in bytes (decode_bytes drops it there); it is not report text
    text = normalise_text(text[1:] if text.startswith("\ufeff") else text)
    _check_empty(text, name)
    if is_edgar_submission(text):
        body, line_offset, meta = read_submission(text, name)
        container = "edgar-submission"
        if not body.strip():
            raise EmptyInput(
                "report text",
                f"an empty {meta.get('document_type') or 'document'} in the EDGAR submission",
                source=name,
                line=line_offset + 1,
            )
    else:
        container, line_offset = "text", 0
        if looks_like_html(text):
            body, meta = text, {"document_format": "html"}
        else:
            body, meta = blank_layout_tags(text), {}
            if not body.strip():
                raise EmptyInput(
                    "report text", "only EDGAR layout tags (<PAGE>, <TABLE>, ...)", source=name
                )
    return SourceText(
        text=body,
        name=name,
        sha256=sha256,
        container=container,
        encoding=encoding,
        meta=meta,
        line_offset=line_offset,
    )


def _check_empty(text: str, name: str) -> None:
    if not text.strip():
        raise EmptyInput("report text", _emptiness(len(text), "characters"), source=name)


def _emptiness(size: int, unit: str = "bytes") -> str:
    return "an empty file" if size == 0 else f"only whitespace ({size:,} {unit})"
