"""abs_nb: monthly ABS distribution reports as checked pandas tables.

>>> import abs_nb
>>> f = abs_nb.load("sample_filings/000_2d551bf597d89db6.txt")  # doctest: +SKIP
>>> f.meta["series"]  # doctest: +SKIP
'2003-HE2'
"""

from __future__ import annotations

import sys
import types

from abs_nb.compare import Comparison, compare
from abs_nb.corpus import Corpus, ingest, load_many, open_duckdb, read_parquet
from abs_nb.errors import (
    AbsNbError,
    BinaryInput,
    EdgarError,
    EdgarHTTPError,
    EmptyInput,
    InputError,
    InputTooLarge,
    MissingIdentity,
    MultipleStatements,
    NoSuchStatement,
    NotADistributionReport,
    ParseError,
    UnknownTrust,
)
from abs_nb.load import load, load_text
from abs_nb.model import Filing, Meta
from abs_nb.scan import scan
from abs_nb.surveillance import history

__version__ = "0.1.0"


class _Edgar(types.ModuleType):
    """``abs_nb.edgar``: the EDGAR client (:mod:`abs_nb.edgar_client`), imported on first use,
    so that ``import abs_nb`` loads no network code."""

    def __getattr__(self, name: str):
        from abs_nb import edgar_client

        return getattr(edgar_client, name)

    def __dir__(self) -> list[str]:
        from abs_nb import edgar_client

        return sorted(edgar_client.__all__)


# `abs_nb.edgar.download(...)`, `from abs_nb import edgar` and `import abs_nb.edgar` all reach
# it (an import finds the name in sys.modules); the code is in abs_nb/edgar_client/
edgar = sys.modules.setdefault(__name__ + ".edgar", _Edgar(__name__ + ".edgar", _Edgar.__doc__))


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
    "edgar",
    "history",
    "AbsNbError",
    "BinaryInput",
    "EmptyInput",
    "InputError",
    "InputTooLarge",
    "MultipleStatements",
    "NoSuchStatement",
    "NotADistributionReport",
    "ParseError",
    "EdgarError",
    "EdgarHTTPError",
    "MissingIdentity",
    "UnknownTrust",
    "__version__",
]
