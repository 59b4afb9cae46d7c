"""Tables printing this period's figures beside another period's: the current column read.

A report may print its pool (or any table of labelled figures) for the current period beside
the prior period, or beside the totals since the cut-off date::

                                              CURRENT PERIOD      PRIOR PERIOD
                                                  05/31/2001        04/30/2001
    Beginning Aggregate Loan Balance          180,614,041.65    184,391,225.70
    Scheduled Principal Received                  212,405.88        214,880.02

Such columns are no loan groups (a group table's reader leaves them), and no column adds up
to the others. The current column is the one whose header says so (``Current``, ``This
Period``) where the others' say they are another period's (``Prior``, ``Previous``,
``Cumulative``, ``Since Cut-off``), or, where every column is headed by a date, the latest
one. Its figures are then read as the rows' own: each row stands for the readers of labelled
lines as if it printed that figure alone; every other column's figure is listed among the
unread with its reason. A ``period_columns`` check names the column read.

>>> from abs_nb.parse.engine import walk
>>> w = walk("POOL\\n                                   Current Period     Prior Period\\n"
...          "Beginning Pool Balance  ..........    1,000,000.00     1,050,000.00\\n"
...          "Scheduled Principal     ..........       10,000.00        10,500.00\\n"
...          "Principal Prepayments   ..........       40,000.00        39,500.00\\n"
...          "Ending Pool Balance     ..........      950,000.00     1,000,000.00\\n")
>>> sorted((c.column, c.token.text) for c in w.cells if c.table == "collateral")[:2]
[('beginning_balance', '1,000,000.00'), ('ending_balance', '950,000.00')]
"""

from __future__ import annotations

import math
from functools import partial
from typing import Final

from abs_nb.parse.grid import header_lines, place
from abs_nb.parse.header_names import name_by_position
from abs_nb.parse.layout import Span, slots
from abs_nb.parse.meta import parse_date
from abs_nb.parse.months import month_of
from abs_nb.parse.pieces import CheckRow, Unmapped, Walk
from abs_nb.parse.row_labels import labels_end, split_row
from abs_nb.parse.runs import goes_on, runs_of
from abs_nb.parse.spelling import normalise
from abs_nb.parse.tokens import Line, Token

#: the words of a column header saying it is this period's
CURRENT_WORDS: Final = frozenset({"current", "this"})
#: the words of a column header saying it is another period's, or the periods' sum
OTHER_WORDS: Final = frozenset({"prior", "previous", "preceding", "last", "cumulative", "cum", "since", "life",
                                "inception", "ytd", "year", "total"})
#: why another period's figure stays unread
OTHER_PERIOD_REASON: Final = "another period's figure (a column beside the current period's): no table holds it"
#: the most period columns a table prints
MOST_PERIODS: Final = 3


def read_period_columns(w: Walk) -> None:
    """Read the current column of each table of period columns among the rows the walk left
    unmapped (module docstring); the other columns' figures are set aside (``w.set_aside``),
    listed as unread where no reader of lines may take them."""
    unmapped = {u.line for u in w.unmapped if len(u.values) >= 2}
    if not unmapped or w.rendering == "cells":
        return
    at = {id(ln): k for k, ln in enumerate(w.lines)}
    read: dict[int, tuple[Token, list[Unmapped]]] = {}  # line -> its current figure, the others listed
    for run in runs_of(w.lines, partial(_row, unmapped)):
        rows = [split_row(ln) for ln in run]
        spans = slots([cells for _, _, cells in rows])
        if not 2 <= len(spans) <= MOST_PERIODS or any(len(cells) > len(spans) for _, _, cells in rows):
            continue
        header = header_lines(w, run[0], 3)
        first = min(t.col for _, _, cells in rows for t in cells)
        names = name_by_position(header, spans, first, labels_end(rows, run))
        current = current_column(names)
        if current is None:
            continue
        placed = place([cells for _, _, cells in rows], spans)
        for ln, (label, _, _), row in zip(run, rows, placed, strict=True):
            mine = row[current]
            if mine is None or not label:
                continue
            w.lines[at[id(ln)]] = Line(ln.no, ln.raw, ln.tokens, ln.label_tokens, [mine])
            read[ln.no] = (mine, [Unmapped(ln.no, f"{label} [{names[k]}]", [t.text], OTHER_PERIOD_REASON)
                                  for k, t in enumerate(row) if t is not None and k != current])
        w.checks.append(CheckRow(
            "period_columns", f"table at line {run[0].no}", math.nan, math.nan, "pass",
            f"columns of periods ({'; '.join(n or '(none)' for n in names)}): the current period's, "
            f"'{names[current]}', read; the others' figures listed", [run[0].no]))
    w.unmapped = [Unmapped(u.line, u.label, [read[u.line][0].text], u.reason) if u.line in read else u
                  for u in w.unmapped]
    w.set_aside.extend(x for _, others in read.values() for x in others)


def read_group_periods(w: Walk) -> None:
    """Tables of loan groups, each group's columns the periods (``GROUP 1`` over ``CURRENT``
    and ``SINCE CUT-OFF``): each row keeps the current period's figure of every group, the
    others set aside as another period's, so the reader of group tables reads the groups
    (before it). A run of rows below a blank line under the same columns goes on alike."""
    unmapped = {u.line for u in w.unmapped if len(u.values) >= 2 * MIN_GROUPS}
    if not unmapped or w.rendering == "cells":
        return
    at = {id(ln): k for k, ln in enumerate(w.lines)}
    kept: dict[int, list[str]] = {}
    last: tuple[list[Line], list[Span], list[int], list[str]] | None = None
    for run in runs_of(w.lines, partial(_row, unmapped)):
        rows = [split_row(ln) for ln in run]
        spans = slots([cells for _, _, cells in rows])
        if any(len(cells) > len(spans) for _, _, cells in rows):
            continue
        first, end = min(t.col for _, _, cells in rows for t in cells), labels_end(rows, run)
        header = header_lines(w, run[0], 3)
        current = _current_of_groups([name_by_position([h], spans, first, end) for h in header])
        names = name_by_position(header, spans, first, end)
        if current is None and last is not None and goes_on(w.lines, at, last[0], last[1], run, spans):
            current, names = last[2], last[3]
        if current is None:
            continue
        last = (run, spans, current, names)
        for ln, (label, _, _), row in zip(run, rows, place([cells for _, _, cells in rows], spans), strict=True):
            others = {id(t): k for k, t in enumerate(row) if t is not None and k not in current}
            if not label or not others:
                continue
            w.lines[at[id(ln)]] = Line(ln.no, ln.raw, [t for t in ln.tokens if id(t) not in others], ln.label_tokens,
                                       [t for t in ln.values if id(t) not in others])
            kept[ln.no] = [t.text for t in ln.values if id(t) not in others]
            w.set_aside.extend(Unmapped(ln.no, f"{label} [{names[k]}]", [t.text], OTHER_PERIOD_REASON)
                               for t in ln.values if (k := others.get(id(t))) is not None)
        w.checks.append(CheckRow(
            "period_columns", f"table at line {run[0].no}", math.nan, math.nan, "pass",
            f"each group's columns are periods ({'; '.join(n or '(none)' for n in names)}): the current "
            f"period's read, {', '.join(repr(names[k]) for k in current)}; the others' figures listed", [run[0].no]))
    w.unmapped = [Unmapped(u.line, u.label, kept[u.line], u.reason) if u.line in kept else u for u in w.unmapped]


#: the fewest groups whose columns are periods
MIN_GROUPS: Final = 2


def _current_of_groups(by_line: list[list[str]]) -> list[int] | None:
    """The current period's column of each group, from a header's names by line: one line
    names every column's period, one current among each group's columns (the columns a
    line of the header names alike, side by side), the others another period's.

    >>> _current_of_groups([["GROUP 1", "GROUP 1", "TOTAL", "TOTAL"], ["CURRENT", "SINCE CUT-OFF", "CURRENT", "CUMULATIVE"]])
    [0, 2]
    >>> _current_of_groups([["GROUP 1", "GROUP 2"], ["CURRENT", "CURRENT"]]) is None
    True
    """
    for i, names in enumerate(by_line):
        words = [set(normalise(n).split()) for n in names]
        current = [k for k, ws in enumerate(words) if ws & CURRENT_WORDS and not ws & OTHER_WORDS]
        if not MIN_GROUPS <= len(current) < len(names) or not all(
                ws & OTHER_WORDS for k, ws in enumerate(words) if k not in current):
            continue
        for j, groups in enumerate(by_line):
            if j == i or not all(groups):
                continue
            starts = [k for k in range(len(groups)) if k == 0 or groups[k] != groups[k - 1]]
            blocks = [range(a, b) for a, b in zip(starts, [*starts[1:], len(groups)], strict=True)]
            if len(set(groups)) == len(blocks) == len(current) and all(
                    sum(1 for k in current if k in block) == 1 for block in blocks):
                return current
    return None


def current_column(names: list[str]) -> int | None:
    """The column of this period among columns headed ``names``: the one whose words say so,
    every other saying it is another period's; or, all headed by dates, the latest. None
    where the headers say neither.

    >>> current_column(["Current Period 05/31/2001", "Prior Period 04/30/2001"])
    0
    >>> current_column(["04/30/2001", "05/31/2001"]), current_column(["Group 1", "Group 2"])
    (1, None)
    >>> current_column(["This Month", "Since Cut-off Date"]), current_column(["Current", "Current"])
    (0, None)
    >>> current_column(["JUN-01", "JUL-01 (CURRENT)", "MAY-01"]), current_column(["Jan 1999", "Dec 1998"])
    (1, 0)
    """
    words = [set(normalise(n).split()) for n in names]  # as printed: "prior" is no "beginning" here
    current = [k for k, ws in enumerate(words) if ws & CURRENT_WORDS and not ws & OTHER_WORDS]
    if len(current) == 1 and all(ws & OTHER_WORDS for k, ws in enumerate(words) if k != current[0]):
        return current[0]
    dates = [parse_date(n) or month_of(n) for n in names]
    if all(d is not None for d in dates) and len(set(dates)) == len(dates):
        return max(range(len(dates)), key=lambda k: dates[k])  # type: ignore[arg-type,return-value]
    return None


def _row(unmapped: set[int], ln: Line, _open: bool) -> bool:
    """A labelled line left unmapped printing two figures or more."""
    return ln.no in unmapped and bool(ln.label) and len(ln.values) >= 2 and all(t.kind == "num" for t in ln.values)


__all__ = ["current_column", "read_group_periods", "read_period_columns"]
