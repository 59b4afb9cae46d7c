"""Filing text made safe for where it goes: a terminal, a CSV file or a spreadsheet.

Text read from a filing (a trust's name, a class description, an unmapped label) and a
file's name are untrusted. On a terminal, control characters (ESC sequences that move
the cursor, retitle the window or hide text; a carriage return that overwrites the line;
bidirectional overrides that reorder it) are removed by :func:`terminal_text`, the one
helper every text output to a console goes through. In CSV, a text cell that a
spreadsheet would run as a formula (one starting with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return: OWASP's CSV injection) is prefixed with a quote by
:func:`spreadsheet_cell`; numbers, and text that is a plain number, are left as they are.

>>> terminal_text("Trust\\x1b]0;owned\\x07 2003-HE2\\r\\n")
'Trust]0;owned 2003-HE2\\n'
>>> spreadsheet_cell("=HYPERLINK(\\"http://x\\")"), spreadsheet_cell("-1,234.50"), spreadsheet_cell(-5.0)
('\\'=HYPERLINK("http://x")', '-1,234.50', -5.0)
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import pandas as pd

# C0 controls but the line break and the tab, DEL, C1 controls (0x9b starts a sequence
# as ESC [ does), and the bidirectional embeddings, overrides and isolates
_CONTROLS = [c for c in range(0x20) if c not in (0x09, 0x0A)] + list(range(0x7F, 0xA0))
_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C]
_TERMINAL = dict.fromkeys(_CONTROLS + _BIDI)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# text a spreadsheet reads as a number, never as a formula: "-1,234.50", "+3", "-0.5%"
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?")


def terminal_text(text: object) -> str:
    """``str(text)`` without the control characters a terminal would act on (line breaks
    and tabs are kept)."""
    return str(text).translate(_TERMINAL)


def spreadsheet_cell(value: Any) -> Any:
    """``value`` as a CSV cell no spreadsheet runs: text starting with ``= + - @``, a tab
    or a carriage return gets a leading ``'``, unless it is a plain number; anything that
    is not text is returned as it is."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def spreadsheet_frame(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with every text cell made a :func:`spreadsheet_cell` (a copy when one
    changed); numeric columns are not touched. Column names are cells of the header row
    and are made safe too.

    >>> spreadsheet_frame(pd.DataFrame({"label": ["@SUM(A1)", "ok"], "v": [-1.5, 2.0]})).to_dict("list")
    {'label': ["'@SUM(A1)", 'ok'], 'v': [-1.5, 2.0]}
    """
    out = df
    for col in df.columns:
        if df[col].dtype == object or isinstance(df[col].dtype, pd.StringDtype):
            cells = df[col].map(spreadsheet_cell)
            if not cells.equals(df[col]):
                if out is df:
                    out = df.copy()
                out[col] = cells
    names = [spreadsheet_cell(c) for c in out.columns]
    if names != list(out.columns):
        out = out.copy() if out is df else out
        out.columns = names
    return out


def write_csv(df: pd.DataFrame, path: str | Path) -> None:
    r"""``df`` (without its index) as CSV at ``path``, its text cells made
    :func:`spreadsheet_cell`; when a text cell holds a carriage return, every text cell is
    quoted (a bare CR ends a row in a spreadsheet, and Python's CSV writer quotes only the
    ``\n`` of its line ending).

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> write_csv(pd.DataFrame({"label": ["=1+2", "ok"], "v": [-1.5, 2.0]}), out)
    >>> out.read_text().splitlines()
    ['label,v', "'=1+2,-1.5", 'ok,2.0']
    """
    safe = spreadsheet_frame(df)
    has_cr = any(
        safe[col].map(lambda v: isinstance(v, str) and "\r" in v).any()
        for col in safe.columns if safe[col].dtype == object or isinstance(safe[col].dtype, pd.StringDtype)
    )
    safe.to_csv(path, index=False, quoting=csv.QUOTE_NONNUMERIC if has_cr else csv.QUOTE_MINIMAL)


__all__ = ["spreadsheet_cell", "spreadsheet_frame", "terminal_text", "write_csv"]
