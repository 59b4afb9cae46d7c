"""Class tables whose cells stand one blank apart, in no columns: read by the order of the cells.

A table saved from a web page as text may print each row's cells one blank apart, so its
figures stand in no column (a header wraps where the page did)::

    Class Pass-Through Rate Beginning Certificate Balance Principal
    Distribution Interest Distribution Total Distribution
    1-A 5.48000% 303,115,402.27 8,310,948.57 1,384,227.00 9,695,175.57
    2-A1 5.39000% 115,867,056.54 10,859,352.00 520,436.20 11,379,788.20
    M-1 5.63000% 30,000,000.00 0.00 140,750.00 140,750.00
    Totals 700,982,558.81 19,170,300.57 4,504,332.91 23,674,633.48

Such a run is a table where every row is a class named by its shape
(:func:`~abs_nb.parse.row_labels.class_label`), then as many cells as the others (figures,
``N/A``, a CUSIP), :data:`MIN_ROWS` rows at least, and its figures do not line up (the table
found by their alignment reads them otherwise). Its columns are the cells' places, in order:
the k-th cell of every row in the k-th column. A last row naming no class (a Total) with
fewer cells prints the last ones: the first are the blank ones (a rate, a CUSIP). No column
is named by the words above (they are not placed over any): each column's role is proven
by the identities, as for any table found by structure (:mod:`abs_nb.parse.structure`), or
the column stays unread; under a heading saying so the figures are per $1,000.

>>> from abs_nb.parse.tokens import tokenize
>>> from abs_nb.parse.pieces import Walk, Unmapped
>>> lines = tokenize("1-A 5.48000% 303,115,402.27 1,384,227.00\\n2-A1 5.39000% 115,867,056.54 520,436.20\\n"
...                  "M-1 5.63000% 30,000,000.00 140,750.00\\nTotals 449,982,458.81 2,045,413.20")
>>> w = Walk(lines, unmapped=[Unmapped(ln.no, ln.label, [t.text for t in ln.values], "") for ln in lines])
>>> [(r.label, [c.text if c else None for c in r.cells]) for b in class_by_order(w, set()) for r in b.rows][-1]
('Total', [None, '449,982,458.81', '2,045,413.20'])
"""

from __future__ import annotations

from typing import Final

from abs_nb.parse.class_paragraphs import COL_STEP, FIRST_COL
from abs_nb.parse.layout import moved
from abs_nb.parse.per_1000_headings import under_per_1000_heading
from abs_nb.parse.pieces import ClassBlock, ClassColumn, ClassRow, Walk
from abs_nb.parse.row_labels import CUSIP, class_label
from abs_nb.parse.spelling import TOTAL_KEYS, class_key
from abs_nb.parse.tokens import Line, Token

#: the fewest class rows that make such a table, and the fewest cells a row
MIN_ROWS: Final = 3
MIN_CELLS: Final = 2
#: the widest a column's figures may stray and still stand in a column (the grid's tables)
_ALIGNED: Final = 1


def _cells(ln: Line) -> tuple[str, list[Token]] | None:
    """A row's class (or Total) and its cells: every token after its first, each a figure,
    ``N/A`` or a CUSIP; None where the line is no such row."""
    toks = ln.tokens
    if len(toks) < 1 + MIN_CELLS or toks[0].kind == "num":
        return None
    first = toks[0].text
    name = "Total" if class_key(first) in TOTAL_KEYS else class_label(first)
    cells = toks[1:]
    if name is None or not all(t.kind in ("num", "na") or len(t.text) == 9 and CUSIP.match(t.text) for t in cells):
        return None
    return name, cells


def _aligned(rows: list[list[Token]]) -> bool:
    """Do the rows' last cells end at one column (the table has columns to read it by)?"""
    ends = {r[-1].colend for r in rows}
    return max(ends) - min(ends) <= _ALIGNED


def class_by_order(w: Walk, taken: set[int]) -> list[ClassBlock]:
    """The class tables whose cells stand in no columns (module docstring); ``taken``: the
    lines of tables already found."""
    if w.rendering == "cells":
        return []
    unread = {u.line for u in w.unmapped if u.values}
    blocks: list[ClassBlock] = []
    run: list[tuple[Line, str, list[Token]]] = []

    def flush() -> None:
        block = _block(w, run)
        if block is not None:
            blocks.append(block)
        run.clear()

    for ln in w.lines:
        row = _cells(ln) if ln.no in unread and ln.no not in taken else None
        if row is None:
            flush()
            continue
        name, cells = row
        if run and (name == "Total" or len(cells) == len(run[0][2])):
            run.append((ln, name, cells))
            if name == "Total":
                flush()  # a Total ends its table
            continue
        flush()
        if name != "Total":
            run.append((ln, name, cells))
    flush()
    return blocks


def _block(w: Walk, run: list[tuple[Line, str, list[Token]]]) -> ClassBlock | None:
    """The table of ``run`` read by the order of its cells, or None where it is none."""
    classes = [(ln, name, cells) for ln, name, cells in run if name != "Total"]
    if len(classes) < MIN_ROWS or len({name for _, name, _ in classes}) != len(classes):
        return None
    n = len(classes[0][2])
    if _aligned([cells for _, _, cells in classes]) and all(
            c.col == classes[0][2][k].col for _, _, cells in classes for k, c in enumerate(cells)):
        return None  # figures in columns: the grid's
    total = run[-1] if run[-1][1] == "Total" and len(run[-1][2]) <= n else None
    per_1000 = under_per_1000_heading(w, classes[0][0], lambda ln: _cells(ln) is not None)
    columns = [ClassColumn("", None, "", (FIRST_COL + COL_STEP * k, FIRST_COL + COL_STEP * k + 10)) for k in range(n)]
    block = ClassBlock("per1000" if per_1000 else "classes", columns, [classes[0][0].no])
    block.found_by = "structure"
    for ln, name, cells in [*classes, *([total] if total else [])]:
        skip = n - len(cells)  # a Total's first cells are blank
        placed: list[Token | None] = [None] * skip
        placed += [moved(t, FIRST_COL + COL_STEP * (skip + k), ln.no, 10) for k, t in enumerate(cells)]
        block.rows.append(ClassRow(name, ln.no, placed, (ln.tokens[0].start, ln.tokens[0].end)))
    return block


__all__ = ["class_by_order"]
