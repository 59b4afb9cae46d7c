"""Lines naming a class and one of its columns: that class's figure in that column.

A report may list a class's figures as labelled lines rather than a table::

    Class AF-1 Principal Distribution .......................... 35.29485743
    Class AF-1 Interest Distribution ............................ 5.01886686

A one-figure line the walk left unread whose label is ``Class``, a word of a class's shape,
then words naming a column of the class table (the vocabulary's, as a table's header would)
is that class's figure in that column, where a class table read the class (its figures there
test the line's). Under a heading saying the figures are per $1,000
(:func:`~abs_nb.parse.per_1000_headings.under_per_1000_heading`, the lines of the list passed
over) it is the column's per-$1,000 figure. A figure a class table has read already is not
read again. Each line read is a ``row_role`` check: the words name it, the identities of the
class table then test it as any header's words.

>>> from abs_nb.parse.engine import walk
>>> w = walk("Class   Beginning Balance   Ending Balance\\nA-1          1,000.00         900.00\\nA-2          2,000.00       2,000.00\\n"
...          "\\n  Class A-1 Principal Distribution ..... 100.00\\n")
>>> sorted((c.row, c.column, c.token.text) for c in w.cells if c.table == "classes")
[('A-1', 'principal', '100.00')]
"""

from __future__ import annotations

import math
import re
from typing import Final

from abs_nb.parse.identities import PER_1000_FOR
from abs_nb.parse.per_1000_headings import under_per_1000_heading
from abs_nb.parse.pieces import Cell, CheckRow, Walk
from abs_nb.parse.row_labels import class_label
from abs_nb.parse.tokens import Line
from abs_nb.parse.vocabulary import vocabulary

# "Class AF-1 Principal Distribution ....": the class, then the column's words (a dot leader aside)
_CLASS_LINE: Final = re.compile(r"^\s*class\s+(\S+)\s+([a-z][^.:]*?)[\s.:]*$", re.I)


def _listed(ln: Line) -> bool:
    """A line of the list: naming a class and a column, one figure."""
    return len(ln.values) == 1 and _CLASS_LINE.match(ln.label or "") is not None


def read_class_lines(w: Walk) -> None:
    """Read the lines naming a class and a column (module docstring)."""
    read = {(c.row, c.column) for c in w.cells if c.table == "classes"}
    read |= {(r.label, col.field) for b in w.class_blocks for r in b.rows for col in b.columns if r.label and col.field}
    classes = {cls for cls, _ in read}  # a class a table read: its other figures test the line's
    by_no = {ln.no: ln for ln in w.lines if len(ln.values) == 1}
    v = vocabulary()
    taken: set[int] = set()
    for u in w.unmapped:
        ln = by_no.get(u.line) if (u.label or "").lstrip()[:5].lower() == "class" else None
        m = _CLASS_LINE.match(u.label or "") if ln is not None else None
        cls = class_label(m.group(1)) if m else None
        if ln is None or m is None or cls not in classes or ln.values[0].kind != "num":
            continue
        per_1000 = under_per_1000_heading(w, ln, _listed)
        entry = v.lookup(m.group(2), "classes", ("classes",))
        if entry is None or "{" in entry.field or per_1000 and entry.field not in PER_1000_FOR:
            continue
        field = PER_1000_FOR[entry.field] if per_1000 else entry.field
        if (cls, field) in read or not field:
            continue
        t = ln.values[0]
        w.cells.append(Cell("classes", cls, field, "per1000" if per_1000 else entry.type,
                            t.line_in(ln.no), token=t, span=(t.start, t.end)))
        w.checks.append(CheckRow("row_role", f"{u.label} (line {ln.no})", math.nan, math.nan, "pass",
                                 f"{field}: the line names class {cls} and the class table's column "
                                 f"'{m.group(2)}'", [ln.no]))
        read.add((cls, field))
        taken.add(ln.no)
    if taken:
        w.unmapped = [u for u in w.unmapped if u.line not in taken]


__all__ = ["read_class_lines"]
