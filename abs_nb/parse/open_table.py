"""The table the walk is reading: its kind (a class table, a pool table by group, a
delinquency table), its columns and the rows read so far.

>>> t = Layout("group", [GroupColumn("Group 1", None, (10, 15)), GroupColumn("Total", None, (20, 25))])
>>> from abs_nb.parse.tokens import tokenize_line
>>> t.widen([tokenize_line("Beg Bal   1,000.00  2,000.00", 1)])
[(10, 18), (20, 28)]
"""

from __future__ import annotations

from dataclasses import dataclass, field

from abs_nb.parse.layout import Span, assign, segments
from abs_nb.parse.pieces import ClassBlock, Walk
from abs_nb.parse.tokens import Line


@dataclass
class GroupColumn:
    group: str | None
    measure: str | None
    span: Span


@dataclass
class Layout:
    kind: str  # "class" | "group" | "delinquency"
    columns: list[GroupColumn] = field(default_factory=list)
    block: ClassBlock | None = None
    pending_rows: list[Line] = field(default_factory=list)
    # names over its columns the vocabulary does not know: whose loans they are (servicers),
    # once the columns they head add up to the Total's (:func:`groups_add_up`)
    servicers: list[str] = field(default_factory=list)

    def widen(self, rows: list[Line]) -> list[Span]:
        """Column spans widened by the rows that fill every column (numbers are right
        aligned under headers that may be narrower or wider than they are)."""
        spans = [list(c.span) for c in self.columns]
        for ln in rows:
            if len(ln.values) == len(spans):
                for sp, t in zip(spans, ln.values):  # noqa: B905 - as long; strict= is a generic call compiled
                    sp[0], sp[1] = min(sp[0], t.col), max(sp[1], t.colend)
        return [(a, b) for a, b in spans]


def titles_rows_of(lay: Layout | None, header: list[Line], below: Line) -> bool:
    """Whether a one-line title (``PRINCIPAL - COLLECTIONS``) heads some rows of the open
    table by group rather than a table of its own: it names no column (one piece, ending left
    of the table's first column) and the row below it fills two or more of the table's columns.
    A title inside a table by group keeps its columns.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> cols = [GroupColumn(g, None, (30 + 12 * k, 38 + 12 * k)) for k, g in enumerate(("Group 1", "Group 2", "Total"))]
    >>> t = Layout("group", cols)
    >>> row = tokenize_line("    Curtailments" + " " * 17 + "22.18       6.38       28.56", 9)
    >>> titles_rows_of(t, [tokenize_line("  PRINCIPAL - COLLECTIONS", 8)], row)
    True
    >>> titles_rows_of(t, [tokenize_line("  Loans      Balance", 8)], row)
    False
    """
    if lay is None or lay.kind != "group" or not lay.columns or len(header) != 1 or len(below.values) < 2:
        return False
    pieces = segments(header[0])
    return (len(pieces) == 1 and pieces[0][2] <= min(c.span[0] for c in lay.columns)
            and assign([(t.col, t.colend) for t in below.values], lay.widen(lay.pending_rows)) is not None)


def groups_add_up(layout: Layout, spans: list[tuple[int, int]]) -> bool:
    """Do the figures of ``layout``'s rows under its named groups add up, measure by measure,
    to the Total's figure beside them (on one row at least with two parts not zero, and on
    every row where all are printed)?

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> cols = [GroupColumn(g, "count", (10 * k, 10 * k + 8)) for k, g in enumerate(("A", "B", "Total"), 1)]
    >>> t = Layout("delinquency", cols, pending_rows=[tokenize_line("30 Days      3         4         7", 1)])
    >>> groups_add_up(t, [c.span for c in cols])
    True
    """
    totals = [k for k, c in enumerate(layout.columns) if c.group == "Total"]
    if not totals:
        return False
    proved = False
    for ln in layout.pending_rows:
        where = assign([(t.col, t.colend) for t in ln.values], spans)
        if where is None:
            continue
        by: dict[tuple[str | None, str | None], float] = {}
        for t, k in zip(ln.values, where):  # noqa: B905 - a column per value; strict= is a generic call compiled
            c = layout.columns[k]
            if t.value is not None:
                key = (c.group if c.group == "Total" else "", c.measure)
                by[key] = by.get(key, 0.0) + float(t.value)
        for (g, m), v in by.items():
            if g != "Total" or ("", m) not in by:
                continue
            if abs(by[("", m)] - v) > 0.01:
                return False
            proved = proved or v != 0
    return proved


def drop_cut_final_row(w: Walk, lay: Layout | None) -> None:
    """A report that stops inside a class table (no closing section) and whose very last
    line is a row shorter than the table's full rows was cut there: that row is not read,
    never completed; the walk records the line (``w.cut_line``) and why."""
    if w.report_end is not None or not lay or lay.block is None or not lay.block.raw_rows:
        return
    _, ln, toks, _ = lay.block.raw_rows[-1]
    last = max((x.no for x in w.lines if not x.blank), default=0)  # 1-based
    widest = max(len(t) for _, _, t, _ in lay.block.raw_rows)
    if ln.no == last and len(toks) < widest and w.cut_line is None:
        lay.block.raw_rows.pop()
        w.cut_line = ln
        w.cut_reason = ("the report stops inside a class table and its last row, line {line}, "
                        "is shorter than the table's rows; its figures may be cut short and are not read")
