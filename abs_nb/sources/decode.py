"""Bytes to text: binary detection, encoding detection, line-end normalisation.

>>> decode_bytes("Investor\\u2019s share".encode("utf-8"))
('Investor’s share', 'utf-8')
>>> decode_bytes(b"Investor\\x92s share")
('Investor’s share', 'cp1252')
>>> normalise_text("a\\r\\nb\\rc\\n\\fPage 2\\n")
'a\\nb\\nc\\nPage 2\\n'
"""

from __future__ import annotations

import codecs
import re

from abs_nb.errors import BinaryInput

__all__ = ["BINARY_SNIFF_BYTES", "check_not_binary", "decode_bytes", "normalise_text"]

#: How much of the start of the input the binary checks look at.
BINARY_SNIFF_BYTES = 8192

# Control characters other than \t \n \r \f (and DEL).
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not _CONTROL.match(chr(b)))

_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "a PDF file", "extract its text first, e.g. with `pdftotext -layout`"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "pass the report's text, not a picture of it"),
    (b"GIF87a", "a GIF image", "pass the report's text, not a picture of it"),
    (b"GIF89a", "a GIF image", "pass the report's text, not a picture of it"),
    (b"\xff\xd8\xff", "a JPEG image", "pass the report's text, not a picture of it"),
    (b"PK\x03\x04", "a ZIP archive (or an .xlsx/.docx file)", "unpack it and pass the report file"),
    (b"\x1f\x8b", "a gzip-compressed file", "pass gzip.open(path, 'rb') instead of the path"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "a Microsoft Office (.doc/.xls) file",
        "save it as plain text first",
    ),
    (b"\xff\xfe", "UTF-16 text (byte-order mark FF FE)", "save it as UTF-8"),
    (b"\xfe\xff", "UTF-16 text (byte-order mark FE FF)", "save it as UTF-8"),
)


def check_not_binary(head: bytes | str, name: str) -> None:
    """Raise :class:`BinaryInput` unless ``head`` (the input's first 8 KiB) looks like text.

    Binary means a known binary signature (PDF, PNG, ZIP, ...), a NUL, or more than 10%
    control characters other than tab, line feed, carriage return and form feed. Offsets
    count bytes for bytes input and characters for str input.

    >>> check_not_binary(b"Class A-1\\t1,000\\n", "x.txt")
    >>> check_not_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00", "x.png")
    Traceback (most recent call last):
    abs_nb.errors.BinaryInput: x.png: expected text, found a PNG image (starts at byte offset 0 with 89 50 4E 47) (pass the report's text, not a picture of it)
    """
    unit = "character"
    head = head[:BINARY_SNIFF_BYTES]
    if isinstance(head, bytes):
        unit = "byte"
        for magic, what, hint in _MAGIC:
            if head.startswith(magic):
                shown = " ".join(f"{b:02X}" for b in magic[:4])
                raise BinaryInput(
                    "text", f"{what} (starts at byte offset 0 with {shown})", source=name, hint=hint
                )
        if not head.translate(None, _NOT_CONTROL_BYTES):
            return  # no control byte at all (the usual case), found without a regex scan
        head = head.decode("latin-1")  # one char per byte: offsets stay byte offsets
    first = _CONTROL.search(head)
    if first is None:
        return
    nul = head.find("\x00")
    if nul >= 0:
        hint = None
        if head.count("\x00") * 4 >= len(head):
            hint = "every other byte is NUL: this looks like UTF-16 text; save it as UTF-8"
        raise BinaryInput("text", f"a NUL byte at {unit} offset {nul}", source=name, hint=hint)
    count = len(_CONTROL.findall(head))
    if count * 10 > len(head):
        raise BinaryInput(
            "text",
            f"{count} control characters in the first {len(head):,} {unit}s "
            f"({count / len(head):.0%}), the first at {unit} offset {first.start()}",
            source=name,
        )


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data``; returns ``(text, encoding)``.

    A UTF-8 byte-order mark is dropped (``"utf-8-sig"``); then strict UTF-8, then cp1252,
    then latin-1, which never fails.

    >>> decode_bytes(b"\\xef\\xbb\\xbfClass")
    ('Class', 'utf-8-sig')
    >>> decode_bytes(b"\\x81\\xa0")  # 0x81 is undefined in cp1252
    ('\\x81\\xa0', 'latin-1')
    """
    utf8 = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data, utf8 = data[len(codecs.BOM_UTF8) :], "utf-8-sig"
    for encoding in (utf8, "cp1252"):
        try:
            return data.decode("utf-8" if encoding == "utf-8-sig" else encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


# A form feed next to a line break (or at either end) is a page break on a line boundary:
# dropping it keeps the file's line numbers. One inside a line becomes a line break.
_FF_AT_BOUNDARY = re.compile(r"(?<=\n)\f+|\f+(?=\n)|\A\f+|\f+\Z")
# Characters str.splitlines() treats as line breaks, other than \n \r \f.
_OTHER_BREAK_CHARS = "\x0b\x1c\x1d\x1e\x85\u2028\u2029"
_OTHER_BREAKS = re.compile(f"[{_OTHER_BREAK_CHARS}]")


def normalise_text(text: str) -> str:
    """Make ``'\\n'`` the only line break, changing nothing else.

    ``\\r\\n`` and a lone ``\\r`` become ``\\n``. A form feed at the start or end of a line is
    dropped (the line break already marks the page, and line numbers stay those of the
    file); a form feed inside a line becomes ``\\n``. Other characters that
    ``str.splitlines`` would split on (``\\v``, ``\\x1c``-``\\x1e``, ``\\x85``, U+2028,
    U+2029) become spaces. Tabs and trailing whitespace are kept.

    >>> normalise_text("A\\tB  \\r\\n\\f\\r\\nC\\fD\\x0bE")
    'A\\tB  \\n\\nC\\nD E'
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" in text:
        text = _FF_AT_BOUNDARY.sub("", text).replace("\f", "\n")
    if any(ch in text for ch in _OTHER_BREAK_CHARS):  # str.find per character: no regex scan
        text = _OTHER_BREAKS.sub(" ", text)
    return text
