"""Text exported as comma-separated values (a spreadsheet saved as CSV): every line a row of
as many cells parted by commas, a cell holding a comma quoted (``"1,234.56"``). Its cells are
laid out in columns as those of a text parting its cells by tabs are
(:func:`abs_nb.sources.tab_cells.tab_columns`): each line's cells, less the empty ones after
its last, parted by tabs. Every line keeps its number.

>>> text = 'Class,CUSIP,Balance,,\\nA-1,123456AB7,"1,000.00",,\\nA-2,123456AC5,"20,000.00",,\\n,,,,\\nM-1,123456AD3,500.00,,\\nM-2,123456AE1,0.00,,'
>>> is_csv_export(text)
True
>>> print(csv_columns(text))
Class  CUSIP        Balance
A-1    123456AB7   1,000.00
A-2    123456AC5  20,000.00
<BLANKLINE>
M-1    123456AD3     500.00
M-2    123456AE1       0.00
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from typing import Final

from abs_nb.sources.tab_cells import tab_columns

#: the fewest non-blank lines of such a text
MIN_LINES: Final = 5
#: the fewest cells of its rows
MIN_CELLS: Final = 3
#: the share of its non-blank lines parting as many cells (a spreadsheet pads every row)
SHARE: Final = 0.8


_QUOTED: Final = re.compile(r'"[^"]*"')


def _row(line: str) -> list[str]:
    return next(csv.reader([line]), [])


def is_csv_export(text: str) -> bool:
    """Do :data:`SHARE` of the non-blank lines of ``text`` (of its first 20,000 characters)
    part as many cells by commas, :data:`MIN_CELLS` or more, with no run of blanks among
    them (fixed-width text parts its figures by blanks, and its commas are the figures'), and
    no blank after a comma outside quotes (a sentence's)?

    >>> is_csv_export("Beginning Balance     1,000,000.00    2,000.00\\n" * 6)
    False
    """
    head = text[:20000]
    if "," not in head or "\t" in head:
        return False
    lines = [ln for ln in head.split("\n") if ln.strip(" \r,")]
    if len(lines) < MIN_LINES:
        return False
    limit, wide = (1 - SHARE) * len(lines), 0
    for ln in lines:
        if "   " in ln or ", " in (_QUOTED.sub("", ln) if '"' in ln else ln):
            wide += 1  # blanks parting figures, or a blank after a comma: a sentence's words
            if wide > limit:
                return False
    n, hits = Counter(len(_row(ln)) for ln in lines).most_common(1)[0]
    return n >= MIN_CELLS and hits >= SHARE * len(lines)


def csv_columns(text: str) -> str:
    """``text`` with its rows laid out in columns (module docstring); line numbers unchanged."""
    out: list[str] = []
    for line in text.split("\n"):
        cells = [c.strip() for c in _row(line)]
        while cells and not cells[-1]:
            cells.pop()
        out.append("\t".join(cells))
    return tab_columns("\n".join(out))


__all__ = ["csv_columns", "is_csv_export"]
