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

from abs_nb.parse.grid import MIN_ROWS
from abs_nb.parse.group_headings import group_of
from abs_nb.parse.pieces import ClassBlock
from abs_nb.parse.row_labels import class_label, split_row
from abs_nb.parse.row_pairs import two_line_rows
from abs_nb.parse.spelling import TOTAL_KEYS, class_key, words_of
from abs_nb.parse.statuses import DELINQUENT_WORDS, is_count_header, status_of


def not_a_class_table(block: ClassBlock, in_cells: bool) -> bool:
    """``block`` is rows of words (:func:`_rows_of_words`), a delinquency table
    (:func:`_status_rows`), a class table printed across (:func:`_classes_across`) or one
    whose every class takes two lines (:func:`~abs_nb.parse.row_pairs.two_line_rows`: read
    by structure), not a class table printed down one line a class."""
    return (_rows_of_words(block) or _status_rows(block, in_cells) or _classes_across(block, in_cells)
            or _group_rows(block, in_cells) or not in_cells and two_line_rows([ln for _, ln, _, _ in block.raw_rows]))


def _classes_across(block: ClassBlock, in_cells: bool) -> bool:
    """Columns named by classes (two at least, ``CLASS A-1``, ``M-2``: a class holding a
    digit or a hyphen), rows named by no class: the classes stand across, the figures down
    (the readers by structure read it so).

    >>> from abs_nb.parse.pieces import ClassColumn
    >>> from abs_nb.parse.tokens import tokenize_line
    >>> cols = [ClassColumn(n, None, "", (0, 0)) for n in ("CLASS A-1 49199YDW0", "CLASS A-2", "TOTAL")]
    >>> rows = [(None, tokenize_line(t, 1), [], None) for t in ("Beg Bal  1.00  2.00  3.00", "Int  1.00  2.00  3.00")]
    >>> _classes_across(ClassBlock("classes", cols, [0], rows), False)
    True
    """
    named = 0
    for c in block.columns:
        words = c.printed.split()
        label = class_label(" ".join(words[:2])) or class_label(words[0]) if words else None
        if label is not None and any(ch.isdigit() or ch == "-" for ch in label):
            named += 1
    if named < 2 or len(block.raw_rows) < MIN_ROWS:
        return False
    for _, ln, _, _ in block.raw_rows:
        lab = split_row(ln, in_cells)[0]
        if lab is None or class_label(lab) is not None:
            return False
    return True


def _rows_of_words(block: ClassBlock) -> bool:
    """Rows each labelled by words, none of them a class or a Total: labelled lines (a pool's,
    the deal's) under a heading the vocabulary does not know, or rows of any figures
    (``Beginning Aggregate Loan Balance``, ``Beginning Number of Loans``: the pool's by
    group) under a header the walk took for a class table's, one row or more (a table of no
    class is no class table); or two rows of words at least and rows labelled ``Total``
    (a table across prints its total distribution so)."""
    rows = block.raw_rows
    if not rows or not all(label and class_label(label) is None for label, _, _, _ in rows):
        return False
    words = sum(1 for label, _, _, _ in rows if class_key(label or "") not in TOTAL_KEYS)
    return words == len(rows) or words >= MIN_ROWS  # (beside two rows of words, a row "Total" names no class)


def _group_rows(block: ClassBlock, in_cells: bool) -> bool:
    """Rows each labelled by a numbered loan group (``Group 1``, its number one space after
    its word) or the Total, two groups at least: the pool's table by group, whatever its
    header's words say.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> rows = [tokenize_line(t, n) for n, t in enumerate(("Group 1    10.00", "Group 2    20.00", "Total    30.00"), 1)]
    >>> _group_rows(ClassBlock("classes", [], [0], [(None, ln, ln.values, None) for ln in rows]), False)
    True
    """
    groups = 0
    for _, ln, _, _ in block.raw_rows:
        label = split_row(ln, in_cells)[0] or ""
        if class_key(label) in TOTAL_KEYS:
            continue
        if group_of(label, "pool") in (None, "Total"):
            return False
        groups += 1
    return groups >= MIN_ROWS


def _status_rows(block: ClassBlock, in_cells: bool) -> bool:
    """Rows under the names of delinquency statuses (``30-59 days``, ``In Foreclosure``,
    ``Delinquent``), two at least, each perhaps on two lines (the second under its measure's
    words, ``Balance``), and maybe a Total: a delinquency table whatever its header's words
    say (``Total  No. of Loans  Stated Balance``)."""
    statuses = 0
    for _, ln, _, _ in block.raw_rows:
        label = split_row(ln, in_cells)[0]
        if label is None:
            return False
        if status_of(label) is not None or set(words_of(label)) & DELINQUENT_WORDS:
            statuses += 1  # a status's words ("REO") before a class's shape
        elif is_count_header(label) is not None and class_label(label) is None:
            continue  # a status's second line, its measure's words ("Balance") before its figures
        elif class_label(label) is not None or class_key(label) not in TOTAL_KEYS:
            return False
    return statuses >= MIN_ROWS
