"""Class rows printed side by side: a table of few columns printed two classes to a line is
one table of a row per class::

    Class   Rate     Prin       Class   Rate     Prin
    A-1     5.880%   17.855     A-2     6.160%   21.713
    A-3     6.380%    0.000     B-1     7.860%    0.000

A column of class names among a table's columns, as many columns after it as before it, cuts
each row in two: the class its cell names and the cells after it are a row of their own, under
the columns before it (their names, as printed over the left half, name both). Whatever found
the table (header words the vocabulary knows, or the alignment of its figures), its rows are
then read, and its columns proven, as any table's.

>>> from abs_nb.parse.engine import walk
>>> w = walk("FACTORS\\n\\nClass   Ending Factor   Prin    Class   Ending Factor   Prin\\n"
...          "A-1       704.2120883  17.855  A-2       856.3665908  21.713\\n"
...          "M-1      1000.0000000   0.000  M-2      1000.0000000   0.000\\n")
>>> [(r.line, r.label, [c.text for c in r.cells]) for b in w.class_blocks for r in b.rows][1:3]
[(4, 'A-2', ['856.3665908', '21.713']), (5, 'M-1', ['1000.0000000', '0.000'])]
"""

from __future__ import annotations

from abs_nb.parse.pieces import ClassBlock, ClassRow
from abs_nb.parse.row_labels import class_label
from abs_nb.parse.tokens import Token

#: the fewest rows whose middle cell names a class that make a table two to a line
MIN_PAIRED: int = 2


def _names(cell: Token | None) -> str | None:
    return class_label(cell.text) if cell is not None and cell.kind == "word" else None


def _middle(block: ClassBlock) -> int | None:
    """The column whose cells name classes (two rows at least, every other row's blank), as
    many columns after it as before it that print a figure."""
    n = len(block.columns)
    for m in range(1, n - 1):
        cells = [r.cells[m] if len(r.cells) == n else None for r in block.rows]
        named = [_names(c) for c in cells]
        if sum(1 for x in named if x) < MIN_PAIRED or any(c is not None and x is None for c, x in zip(
                cells, named, strict=True)):
            continue
        right = n - m - 1
        # the columns before the left half's (a label's header over no figure) print nothing
        if right > m or any(c is not None for r in block.rows for c in r.cells[:m - right]):
            continue
        return m
    return None


def side_by_side(block: ClassBlock) -> bool:
    """Cut ``block``'s rows in two where it prints two classes to a line (module docstring);
    returns whether it did. Every row's middle cell names a class or is blank (the last row
    may print one class, its right half blank), and two rows at least name one."""
    if len(block.columns) < 3 or not block.rows or not block.labelled:
        return False
    m = _middle(block)
    if m is None:
        return False
    # the right half under the left's figures, past the left's columns that print nothing
    empty: list[Token | None] = [None] * (2 * m + 1 - len(block.columns))
    rows: list[ClassRow] = []
    for r in block.rows:
        cell = r.cells[m] if len(r.cells) > m else None
        name = _names(cell)
        if name is None and any(c is not None for c in r.cells[m:]):
            return False  # figures on the right with no class named for them
        rows.append(ClassRow(r.label, r.line, r.cells[:m], r.label_span))
        if name is not None and cell is not None:
            rows.append(ClassRow(name, r.line, empty + r.cells[m + 1:], (cell.start, cell.end)))
    block.rows = rows
    block.columns = block.columns[:m]
    return True
