"""Text whose tables part their cells by tabs (a word processor's or a spreadsheet's export):
expanded, such a table's columns do not line up, so each run of lines printing cells parted
by tabs is laid out in columns, as a fixed-width table prints them: cell ``k`` of a line in
column ``k``, as wide as the widest cell ``k`` of the text (a table's part after a page break
stands under its first part), every cell of a column of figures right-aligned (its header
words over its figures) and words left-aligned, an empty cell between two tabs kept in its
place. The other lines are printed as they are (their tabs expanded); every line keeps its
number.

>>> text = "Class\\tCUSIP\\tBalance\\nA-1\\t123456AB7\\t1,000.00\\nA-2\\t123456AC5\\t20,000.00\\nM-1\\t123456AD3\\t500.00\\n"
>>> is_tab_delimited(text)
True
>>> print(tab_columns(text), end="")
Class  CUSIP        Balance
A-1    123456AB7   1,000.00
A-2    123456AC5  20,000.00
M-1    123456AD3     500.00
"""

from __future__ import annotations

from typing import Final

from abs_nb.parse.tokens import parse_number

#: consecutive lines printing cells parted by tabs that make a table
MIN_TABLE_LINES: Final = 3
#: blanks between two columns laid out
GAP: Final = 2


def _figure(cell: str) -> bool:
    """A figure's cell, as the tokeniser reads figures (``$ 3,002.44``, ``(5.00)``, ``1.5 %``),
    or a dash standing for one."""
    return bool(cell) and (set(cell) <= {"-", "\u2013", "\u2014"} or parse_number(cell.replace(" ", "")) is not None)


def _cells(line: str) -> list[str] | None:
    """The cells ``line`` prints parted by tabs, the empty ones between tabs included: two
    or more, or one after empty ones (a header's word over its column), or None."""
    body = line.strip(" \r")
    if "\t" not in body.rstrip("\t"):
        return None
    cells = [c.strip() for c in body.rstrip("\t").split("\t")]
    return cells if sum(1 for c in cells if c) >= 2 or not cells[0] else None


def _row(cells: list[str] | None) -> bool:
    """Cells of a table's row: two or more printed."""
    return cells is not None and sum(1 for c in cells if c) >= 2


def is_tab_delimited(text: str) -> bool:
    """Does ``text`` print a table as cells parted by tabs: :data:`MIN_TABLE_LINES`
    consecutive lines, each of two or more cells? (A tab that only indents a line, or
    parts a label from its one figure here and there, makes no table.)"""
    if "\t" not in text:
        return False
    run = 0
    for line in text.split("\n"):
        run = run + 1 if "\t" in line and _row(_cells(line)) else 0  # (most lines print no tab)
        if run >= MIN_TABLE_LINES:
            return True
    return False


def tab_columns(text: str) -> str:
    """``text`` with each run of lines printing cells parted by tabs laid out in columns
    (module docstring); line numbers unchanged.

    >>> print(tab_columns("\\t\\tPass-Through\\tEnding\\nClass\\tCUSIP\\tRate\\tBalance\\nA-1\\t123456AB7\\t1.5%\\t100.00"))
                      Pass-Through   Ending
    Class  CUSIP              Rate  Balance
    A-1    123456AB7          1.5%   100.00
    """
    lines = text.split("\n")
    cells = [_cells(ln) for ln in lines]
    # a column as wide as its widest cell in the whole text: a table's part after a page
    # break stands under its first part
    rows = [c for c in cells if c is not None]
    n = max((len(r) for r in rows), default=0)
    widths = [max((len(r[k]) for r in rows if k < len(r)), default=0) for k in range(n)]
    out: list[str] = []
    i = 0
    while i < len(lines):
        if cells[i] is None:
            out.append(lines[i].rstrip("\r").expandtabs() if "\t" in lines[i] else lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and cells[j] is not None:
            j += 1
        if any(_row(c) for c in cells[i:j]):
            out += laid_out([c for c in cells[i:j] if c is not None], widths)
        else:  # words the tabs only indent
            out += [ln.rstrip("\r").expandtabs() for ln in lines[i:j]]
        i = j
    return "\n".join(out)


def laid_out(rows: list[list[str]], widths: list[int]) -> list[str]:
    """Rows of cells as lines of columns ``widths`` wide; in a column of figures every cell
    right-aligned (its header words over its figures)."""
    n = max(len(r) for r in rows)
    figures = [any(k < len(r) and _figure(r[k]) for r in rows) for k in range(n)]
    out: list[str] = []
    for r in rows:
        parts = []
        for k in range(n):
            cell = r[k] if k < len(r) else ""
            parts.append(cell.rjust(widths[k]) if figures[k] else cell.ljust(widths[k]))
        out.append((" " * GAP).join(parts).rstrip())
    return out
