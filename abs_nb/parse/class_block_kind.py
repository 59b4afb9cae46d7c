"""Whether a class block the walk built under a header of class-table words is a class
table at all: its rows say what it is, whatever words head it (a table's kind comes from
its content first). The readers by structure read what it is not.

>>> from abs_nb.parse.tokens import tokenize_line
>>> rows = [tokenize_line(t, n) for n, t in enumerate(("30-59 days      3    300.00", "In Foreclosure  1    100.00"), 1)]
>>> block = ClassBlock("classes", [], [0], [(None, ln, ln.values, None) for ln in rows])
>>> not_a_class_table(block, False)
True
"""

from __future__ import annotations

from abs_nb.parse.delinquency import status_of
from abs_nb.parse.grid import MIN_ROWS, class_label, split_row
from abs_nb.parse.pieces import ClassBlock
from abs_nb.parse.spelling import TOTAL_KEYS, class_key


def not_a_class_table(block: ClassBlock, in_cells: bool) -> bool:
    """``block`` is labelled lines (:func:`_labelled_lines`) or a delinquency table
    (:func:`_status_rows`), not a class table."""
    return _labelled_lines(block) or _status_rows(block, in_cells)


def _labelled_lines(block: ClassBlock) -> bool:
    """Rows of words and one figure each, no class nor Total among their labels: labelled
    lines (a pool's, the deal's) under a heading the vocabulary does not know."""
    rows = block.raw_rows
    return bool(rows) and all(
        label and len(toks) == 1 and class_label(label) is None and class_key(label) not in TOTAL_KEYS
        for label, _, toks, _ in rows)


def _status_rows(block: ClassBlock, in_cells: bool) -> bool:
    """Rows under the names of delinquency statuses (``30-59 days``, ``In Foreclosure``),
    two at least, and maybe a Total: a delinquency table whatever its header's words say
    (``Total  No. of Loans  Stated Balance``)."""
    statuses = 0
    for _, ln, _, _ in block.raw_rows:
        label = split_row(ln, in_cells)[0]
        if label is None or class_label(label) is not None:
            return False
        if status_of(label) is not None:
            statuses += 1
        elif class_key(label) not in TOTAL_KEYS:
            return False
    return statuses >= MIN_ROWS
