"""The result of reading a source: :class:`SourceText`.

>>> from abs_nb.sources import read_text
>>> src = read_text("STATEMENT TO CERTIFICATEHOLDERS\\nDistribution Date: 15-Oct-03\\n")
>>> src.container, src.encoding, src.name, src.line_offset
('text', 'str', '<text>', 0)
>>> src.file_line(2)
2
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["SourceText"]


@dataclass(frozen=True, repr=False)
class SourceText:
    """Report text plus where it came from.

    Attributes:
        text: the report text only (the chosen document of a container). Line ends are
            ``'\\n'``; tabs and trailing whitespace are kept. It holds no other line-break
            character, so ``text.split('\\n')`` and ``text.splitlines()`` agree.
        name: ``str(path)`` as given, ``"<text>"`` for raw text, ``"<bytes>"`` for bytes,
            or the file object's ``.name`` (``"<file>"`` when it has none).
        sha256: hex SHA-256 of the whole input's raw bytes (UTF-8 encoded when given a str).
        container: ``"text"`` or ``"edgar-submission"``.
        encoding: ``"utf-8"``, ``"utf-8-sig"``, ``"cp1252"``, ``"latin-1"``, or ``"str"``
            when the input was already text.
        meta: container metadata (accession, cik, form, filed, company, document_* for an
            EDGAR submission); ``{}`` for plain text (``{"document_format": "html"}`` when a
            plain file holds HTML).
        line_offset: 0-based line number in the original file where ``text`` starts, so
            line ``n`` (1-based) of ``text`` is line ``n + line_offset`` of the file.

    >>> from abs_nb.sources import read_text
    >>> read_text("Class A-1\\n")
    SourceText(name='<text>', container='text', encoding='str', lines=1, chars=10, sha256='4d2f49831d01...')
    """

    text: str
    name: str
    sha256: str
    container: str
    encoding: str
    meta: dict[str, Any] = field(default_factory=dict)
    line_offset: int = 0

    @property
    def line_count(self) -> int:
        """Number of lines in ``text`` (a final line without ``'\\n'`` counts)."""
        if not self.text:
            return 0
        return self.text.count("\n") + (0 if self.text.endswith("\n") else 1)

    def file_line(self, text_line: int) -> int:
        """The 1-based line of the original file that holds 1-based line ``text_line`` of ``text``."""
        return text_line + self.line_offset

    def __repr__(self) -> str:
        return (
            f"SourceText(name={self.name!r}, container={self.container!r}, "
            f"encoding={self.encoding!r}, lines={self.line_count}, chars={len(self.text)}, "
            f"sha256={self.sha256[:12] + '...'!r})"
        )
