"""Sources: bytes in, report text plus container metadata out.

The first step of abs_nb's pipeline (source -> text -> tokens -> tables -> fields).
:func:`read_source` accepts a path, an open file, bytes or raw text; unwraps EDGAR
full-submission files to the distribution-report exhibit; decodes; and normalises line
ends. Everything after it looks only at the :class:`SourceText` it returns.

>>> from abs_nb.sources import read_source
>>> src = read_source("sample_filings/000_2d551bf597d89db6.txt")
>>> src  # doctest: +ELLIPSIS
SourceText(name='sample_filings/000_2d551bf597d89db6.txt', container='text', encoding='utf-8', lines=357, chars=12830, sha256='18a4647c57e9...')
"""

from __future__ import annotations

from abs_nb.sources.reader import DEFAULT_MAX_BYTES, read_source, read_text
from abs_nb.sources.source_text import SourceText

__all__ = ["DEFAULT_MAX_BYTES", "SourceText", "read_source", "read_text"]
