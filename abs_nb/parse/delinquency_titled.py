"""Delinquency tables of one status, named by their title, with a row per loan group.

Some reports print a small table per status, its title the status and its rows the groups::

    FORECLOSURES
                        Number     Principal Balance    Percentage
        Group 1              1            187,500.00        0.14 %
        Group 2              1            498,750.00        0.50 %
        Group Totals         2            686,250.00        0.25 %

The title is the one word group of a line of the header above the rows that names a
status (:func:`~abs_nb.parse.statuses.status_of`); the lines below it name the columns. The
columns of percentages (the status's share of each group) are left out; the two left are the
count and the balance (one of whole numbers, or one its words name a count: two amounts,
a book value and a market value, are none), told apart as a table printed down tells them.
:func:`~abs_nb.parse.delinquency_across.read_delinquency_across` reads the pair under the
status as one of its statuses across.

>>> from abs_nb.parse.engine import walk
>>> w = walk("FORECLOSURES\\n"
...          "                   Number     Principal Balance    Percentage\\n"
...          "   Group 1              1            187,500.00        0.14 %\\n"
...          "   Group 2              1            498,750.00        0.50 %\\n"
...          "   Total                2            686,250.00        0.25 %\\n")
>>> sorted((c.row.replace("\\x1f", " "), c.column, c.token.text) for c in w.cells if c.table == "delinquency")[:2]
[('Group 1 foreclosure', 'balance', '187,500.00'), ('Group 1 foreclosure', 'count', '1')]
"""

from __future__ import annotations

from abs_nb.parse.grid import header_lines, place
from abs_nb.parse.header_names import name_by_position
from abs_nb.parse.layout import Span, segments
from abs_nb.parse.pieces import Walk
from abs_nb.parse.statuses import is_count_header, status_of
from abs_nb.parse.tokens import Line, Token

Rows = list[tuple[str | None, tuple[int, int] | None, list[Token]]]


def titled_status(w: Walk, run: list[Line], rows: Rows, spans: list[Span],
                  ) -> tuple[list[tuple[str, str, str]], list[list[Token | None]]] | None:
    """The one pair of a table titled by its status (module docstring): the status's title
    and the names of its count and balance columns, and each row's two figures in them;
    None where no line of the header names a status alone, or other than two columns are
    left once the percentages are."""
    header = header_lines(w, run[0], 4)
    at = next((k for k, ln in enumerate(header) if _status_alone(ln)), None)
    if at is None or at == len(header) - 1:
        return None
    placed = list(place([cells for _, _, cells in rows], spans))
    if any(sum(1 for t in r if t is not None) != len(cells) for r, (_, _, cells) in zip(placed, rows, strict=True)):
        return None  # a figure no column takes
    keep = [k for k in range(len(spans)) if not all(a_share(r[k]) for r in placed)]
    if len(keep) != 2:
        return None
    names = name_by_position(header[at + 1:], spans, spans[0][0])
    # a count is a column of whole numbers, or one its words name: two amounts are no pair
    whole = [all(t is None or t.decimals == 0 for t in (r[k] for r in placed)) for k in keep]
    if sum(whole) != 1 and all(is_count_header(names[k]) is None for k in keep):
        return None
    return [(header[at].joined, names[keep[0]], names[keep[1]])], [[r[k] for k in keep] for r in placed]


def a_share(cell: Token | None) -> bool:
    """A blank cell, or a percentage (a status's share of the pool)."""
    return cell is None or cell.percent


def _status_alone(line: Line) -> bool:
    """A line of one word group naming a status (``FORECLOSURES``, ``REO PROPERTIES``)."""
    segs = segments(line)
    return len(segs) == 1 and not line.values and status_of(segs[0][0]) is not None


__all__ = ["a_share", "titled_status"]
