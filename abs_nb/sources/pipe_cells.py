"""Text whose tables are pipe tables (a web page saved as Markdown): each row one line, its
cells parted by ``|``, under a header line and a line of dashes (``---|---|---``). The pipes
do not line up, so each pipe table is laid out in columns as a fixed-width table prints
them (:func:`abs_nb.sources.tab_cells.laid_out`: cell ``k`` of a row in column ``k``, as wide
as the widest cell ``k`` of the table, a column of figures right-aligned, words
left-aligned) and its line of dashes drawn as a rule under each column. Its rows are the
lines after the dashes parting as many cells as the header; every other line is printed as
it is, and every line keeps its number. A box drawn in fixed width (``|---|---|`` between
its rows, every bar where the rule's bars stand) lines up already: it is left as printed.

>>> text = "Class | CUSIP | Balance\\n---|---|---\\nA-1 | 123456AB7 | 1,000.00\\nA-2 | 123456AC5 | 20,000.00\\n"
>>> is_pipe_table(text)
True
>>> print(pipe_columns(text), end="")
Class  CUSIP        Balance
-----  ---------  ---------
A-1    123456AB7   1,000.00
A-2    123456AC5  20,000.00
"""

from __future__ import annotations

import re
from typing import Final

from abs_nb.sources.tab_cells import GAP, laid_out

# the line under a pipe table's header: a run of dashes per column (perhaps colons marking
# the alignment), parted by pipes
_DASHES: Final = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*\r?$")


def _cells(line: str, outer: bool) -> list[str]:
    """The cells of a pipe table's line, its outer pipes left out where the table prints
    them (``outer``); else a pipe first or last parts an empty cell from the others."""
    body = line.strip(" \t\r")
    if outer:
        body = body[1:] if body.startswith("|") else body
        body = body[:-1] if body.endswith("|") else body
    return [c.strip() for c in body.split("|")]


def _outer(dashes: str) -> bool:
    """Does the table under a line of dashes print its outer pipes (``|---|---|``)?"""
    return dashes.lstrip(" \t").startswith("|")


def _bars(line: str) -> list[int]:
    return [k for k, ch in enumerate(line) if ch == "|"]


def _drawn(lines: list[str], k: int, end: int) -> bool:
    """Do the lines above and below the dashes at ``k`` (up to ``end``) print every bar where
    the dashes print theirs, each figure against its cell's right bar: a box drawn in fixed
    width, its cells lined up already? (A table padded to line its bars up, its figures
    left-aligned, as Markdown writers pad it, is laid out: its figures must line up right.)"""
    bars = _bars(lines[k])
    rows = [ln for ln in lines[k - 1:end] if ln.strip()]
    return all(_bars(ln) == bars for ln in rows) and not any(
        _FIGURE.fullmatch(cell.strip()) and not cell.endswith((cell.strip(), cell.strip() + " "))
        for ln in rows for cell in ln.split("|"))


# a cell holding one figure (a dollar sign, a sign or brackets, a percent sign)
_FIGURE: Final = re.compile(r"[$(\-]?\$?\d[\d,]*(?:\.\d+)?%?\)?")


def _rows_end(lines: list[str], k: int, outer: bool, n: int) -> int:
    """The line after the last row of the pipe table whose dashes stand at ``k``."""
    end = k + 1
    while end < len(lines) and "|" in lines[end] and len(_cells(lines[end], outer)) == n:
        end += 1
    return end


def _table_at(lines: list[str], k: int) -> int | None:
    """The end of the rows of a pipe table whose line of dashes is line ``k`` (under a line
    parting as many cells by pipes, the pipes not lined up), else None."""
    if not k or not _DASHES.match(lines[k]) or "|" not in lines[k - 1]:
        return None
    outer = _outer(lines[k])
    n = len(_cells(lines[k], outer))
    if len(_cells(lines[k - 1], outer)) != n:
        return None
    end = _rows_end(lines, k, outer, n)
    return None if _drawn(lines, k, end) else end


def is_pipe_table(text: str) -> bool:
    """Does ``text`` print a pipe table: a line of dashes parted by pipes under a line
    parting as many cells by pipes, their pipes not lined up?

    >>> is_pipe_table("| A-1 | 1.00 |\\n|-----|------|\\n| A-2 | 2.00 |\\n")  # a box drawn in fixed width
    False
    """
    if "-|" not in text and "- |" not in text:
        return False  # (no line of dashes parted by pipes)
    lines = text.split("\n")
    return any(_table_at(lines, k) is not None for k in range(1, len(lines)))


def pipe_columns(text: str) -> str:
    """``text`` with each pipe table laid out in columns (module docstring); line numbers
    unchanged."""
    lines = text.split("\n")
    out = list(lines)
    k = 1
    while k < len(lines):
        found = _table_at(lines, k)
        if found is None:
            k += 1
            continue
        end = found
        outer = _outer(lines[k])
        n = len(_cells(lines[k], outer))
        rows = [_cells(lines[k - 1], outer)] + [_cells(ln, outer) for ln in lines[k + 1:end]]
        widths = [max(len(r[c]) for r in rows) for c in range(n)]
        laid = laid_out(rows, widths)
        out[k - 1] = laid[0]
        out[k] = (" " * GAP).join("-" * max(w, 1) for w in widths)
        out[k + 1:end] = laid[1:]
        k = end
    return "\n".join(out)
