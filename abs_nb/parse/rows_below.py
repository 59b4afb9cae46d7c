"""Rows printed below a class table, apart from it: the line that stands there, and its
figures placed under the table's columns by their alignment. A class printed below the
table's Totals row (a residual class the Total leaves out, after a rule) is one of its rows::

    IIB      51207QAN6    8,750,000.00    8,750,000.00    43,767.32
    ---------------------------------------------------------------
    Totals              173,250,000.00  145,322,017.98   560,322.51
    ---------------------------------------------------------------
    R        51207QAP1            0.00            0.00   905,159.53

>>> from abs_nb.parse.engine import walk
>>> w = walk("DISTRIBUTION SUMMARY\\n Class   Beginning Balance    Interest\\n"
...          " A-1            1,000.00       10.00\\n A-2            2,000.00       20.00\\n"
...          " Total          3,000.00       30.00\\n --------------------------------\\n"
...          " R                  0.00      905.15\\n")
>>> [(r.label, [c.text for c in r.cells if c]) for b in w.class_blocks for r in b.rows][-1]
('R', ['0.00', '905.15'])
"""

from __future__ import annotations

from typing import Final

from abs_nb.parse.layout import assign, slots
from abs_nb.parse.line_shapes import is_rule
from abs_nb.parse.pieces import ClassBlock, ClassRow, Walk
from abs_nb.parse.row_labels import class_label, split_row
from abs_nb.parse.spelling import TOTAL_KEYS, class_key
from abs_nb.parse.tokens import Line, Token

#: the lines below a table where a row of it may stand apart (rules, page furniture between)
LINES_BELOW: Final = 6


def line_below(w: Walk, block: ClassBlock, at: dict[int, int]) -> Line | None:
    """The first line printing figures below ``block``'s last row, within
    :data:`LINES_BELOW` lines (rules, page furniture and headings between); ``at``: each
    line's index in ``w.lines`` by its number."""
    return next(iter(lines_below(w, block, at)), None)


def lines_below(w: Walk, block: ClassBlock, at: dict[int, int]) -> list[Line]:
    """The lines printing figures below ``block``'s last row, within :data:`LINES_BELOW`
    lines."""
    k = at.get(block.rows[-1].line) if block.rows else None
    return [] if k is None else [ln for ln in w.lines[k + 1:k + 1 + LINES_BELOW] if ln.values and not is_rule(ln)]


def classes_below(w: Walk) -> None:
    """A class row printed below a class table's Totals row (module docstring): unread, a
    class's label no row of the table has, every figure under a column of the table."""
    if w.rendering == "cells":
        return
    unread = {u.line for u in w.unmapped if u.values}
    at = {ln.no: k for k, ln in enumerate(w.lines)}
    taken: set[int] = set()
    for b in w.class_blocks:
        if not b.rows or not b.labelled or class_key(b.rows[-1].label or "") not in TOTAL_KEYS:
            continue
        below = line_below(w, b, at)
        if below is None or below.no not in unread or below.no in taken:
            continue
        label, span, cells = split_row(below)
        name = class_label(label) if label else None
        if name is None or any(class_key(r.label or "") == class_key(name) for r in b.rows):
            continue
        placed = under_columns(b, cells)
        if placed is None:
            continue
        b.rows.append(ClassRow(name, below.no, placed, span))
        taken.add(below.no)
    if taken:
        w.unmapped = [u for u in w.unmapped if u.line not in taken]


def under_columns(block: ClassBlock, cells: list[Token]) -> list[Token | None] | None:
    """``cells`` placed under ``block``'s columns: each under the column of the rows' figures
    it stands in line with (by the slots of every row's cells); None where one stands under
    none, or two under one."""
    rows = [[t for t in r.cells if t is not None] for r in block.rows]
    spans = slots([*rows, cells])
    where = assign([(t.col, t.colend) for t in cells], spans)
    if where is None:
        return None
    col_of: dict[int, int] = {}  # slot -> column, from the rows already placed
    for r in block.rows:
        at = assign([(t.col, t.colend) for t in r.cells if t is not None], spans)
        if at is None:
            return None
        for ci, s in zip((i for i, t in enumerate(r.cells) if t is not None), at, strict=True):
            if col_of.setdefault(s, ci) != ci:
                return None
    out: list[Token | None] = [None] * len(block.columns)
    for t, s in zip(cells, where, strict=True):
        column = col_of.get(s)
        if column is None or out[column] is not None:
            return None
        out[column] = t
    return out
