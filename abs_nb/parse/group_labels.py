"""Pool figures whose own labels name their loan group, one figure a line::

    Beginning Pool Balance - Group 1          361,882,417.63
    Beginning Pool Balance - Total            543,220,322.85
    Group 2 Ending Pool Balance               175,971,736.67
    Servicing Fee (Group 1)                       150,784.34

A line the walk left unread whose label, less a loan group's name (``Group 1``, ``Pool II``,
``Loan Group 2``) or the Total's word at its start or at its end (after a dash or a comma, or
in brackets), is a pool figure's label the vocabulary knows: its one figure is that group's
(a group's number printed one blank after its word stands among the figures, and is the
label's). A pool figure of a group read already is not read again. One ``row_role`` check a
line says so.

>>> from abs_nb.parse.engine import walk
>>> w = walk("POOL\\n\\n  Beginning Pool Balance - Group 1     1,000.00\\n"
...          "  Beginning Pool Balance - Group 2     2,000.00\\n  Beginning Pool Balance - Total      3,000.00\\n")
>>> sorted((c.row, c.column, c.token.text) for c in w.cells if c.table == "collateral")
[('Group 1', 'beginning_balance', '1,000.00'), ('Group 2', 'beginning_balance', '2,000.00'), ('Total', 'beginning_balance', '3,000.00')]
"""

from __future__ import annotations

import math
import re
from typing import Final

from abs_nb.parse.identities import POOL_FIGURE_COLUMN, group_column
from abs_nb.parse.pieces import Cell, CheckRow, Walk
from abs_nb.parse.runs import with_name_number
from abs_nb.parse.spelling import GROUP_HEAD, group_name
from abs_nb.parse.vocabulary import vocabulary

_AT_END: Final = re.compile(rf"^(?P<rest>.+?)\s*(?:[-\u2013,:]\s*|\(\s*)(?P<group>{GROUP_HEAD}|total)\s*\)?$", re.I)
_AT_START: Final = re.compile(rf"^(?P<group>{GROUP_HEAD})\s*[-:]?\s+(?P<rest>.+)$", re.I)


def group_in_label(label: str) -> tuple[str, str] | None:
    """The rest of ``label`` and the group its start or end names (the schema's name:
    ``Group 1``, or ``Total``); None where it names none.

    >>> group_in_label("Ending Pool Balance - Group II"), group_in_label("Loan Group 2 Scheduled Principal")
    (('Ending Pool Balance', 'Group 2'), ('Scheduled Principal', 'Group 2'))
    >>> group_in_label("Servicing Fee (Total)"), group_in_label("Total Principal") is None
    (('Servicing Fee', 'Total'), True)
    """
    m = _AT_END.match(label) or _AT_START.match(label)
    if not m:
        return None
    group = "Total" if m["group"].lower() == "total" else group_name(m["group"])
    return (m["rest"], group) if group else None


def read_group_labels(w: Walk) -> None:
    """Read the pool figures of the unread lines whose labels name their group (module
    docstring)."""
    unread = {u.line for u in w.unmapped if u.values}
    if not unread:
        return
    v = vocabulary()
    have = {(c.row, c.column) for c in w.cells if c.table == "collateral"}
    taken: set[int] = set()
    for ln in w.lines:
        if ln.no not in unread or not ln.values or not ln.label:
            continue
        one = ln if len(ln.values) == 1 else with_name_number(ln)
        found = group_in_label(one.label) if one is not None and len(one.values) == 1 else None
        if found is None or one is None:
            continue
        rest, group = found
        entry = v.lookup(rest, "pool", ("collateral", "deal"))
        if entry is None or entry.target == "deal" and entry.field not in POOL_FIGURE_COLUMN:
            continue  # no pool figure (of the deal's figures, a group prints its pool's: its fee, WAC, count)
        column = group_column(entry.field)
        if (group, column) in have:
            continue
        t = one.values[0]
        w.cells.append(Cell("collateral", group, column, entry.type, t.line_in(ln.no), token=t, span=(t.start, t.end)))
        w.checks.append(CheckRow("row_role", f"{ln.label} (line {ln.no})", math.nan, math.nan, "pass",
                                 f"{column} of {group}: the label names the group ({rest!r} is {entry.field}'s)",
                                 [ln.no]))
        have.add((group, column))
        taken.add(ln.no)
    if taken:
        w.unmapped = [u for u in w.unmapped if u.line not in taken]


__all__ = ["group_in_label", "read_group_labels"]
