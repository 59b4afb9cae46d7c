"""abs_nb: monthly ABS distribution reports as checked pandas tables.

>>> import abs_nb
>>> f = abs_nb.load("sample_filings/000_2d551bf597d89db6.txt")  # doctest: +SKIP
>>> f.meta["series"]  # doctest: +SKIP
'2003-HE2'
"""

from __future__ import annotations

from abs_nb.compare import Comparison, compare
from abs_nb.corpus import Corpus, ingest, load_many, open_duckdb, read_parquet
from abs_nb.errors import (
    AbsNbError,
    BinaryInput,
    EmptyInput,
    InputError,
    InputTooLarge,
    NotADistributionReport,
    ParseError,
)
from abs_nb.load import load, load_text
from abs_nb.model import Filing, Meta
from abs_nb.scan import scan

__version__ = "0.1.0"


def load_ipython_extension(ipython):  # pragma: no cover - exercised through IPython
    """``%load_ext abs_nb``: register the magics (see :mod:`abs_nb.display.ipython`)."""
    from abs_nb.display.ipython import load_ipython_extension as _load

    _load(ipython)


def unload_ipython_extension(ipython):  # pragma: no cover - exercised through IPython
    """``%unload_ext abs_nb``: remove what ``%load_ext`` added."""
    from abs_nb.display.ipython import unload_ipython_extension as _unload

    _unload(ipython)

__all__ = [
    "Filing",
    "Meta",
    "load",
    "load_text",
    "load_many",
    "ingest",
    "read_parquet",
    "open_duckdb",
    "Corpus",
    "Comparison",
    "compare",
    "scan",
    "AbsNbError",
    "BinaryInput",
    "EmptyInput",
    "InputError",
    "InputTooLarge",
    "NotADistributionReport",
    "ParseError",
    "__version__",
]
