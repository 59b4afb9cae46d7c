"""The table the walk is reading: its kind (a class table, a pool table by group, a
delinquency table), its columns and the rows read so far.

>>> t = Layout("group", [GroupColumn("Group 1", None, (10, 15)), GroupColumn("Total", None, (20, 25))])
>>> from abs_nb.parse.tokens import tokenize_line
>>> t.widen([tokenize_line("Beg Bal   1,000.00  2,000.00", 1)])
[(10, 18), (20, 28)]
"""

from __future__ import annotations

from dataclasses import dataclass, field

from abs_nb.parse.layout import Span
from abs_nb.parse.pieces import ClassBlock
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

    def widen(self, rows: list[Line]) -> list[Span]:
        """Column spans widened by the rows that fill every column (numbers are right
        aligned under headers that may be narrower or wider than they are)."""
        spans = [list(c.span) for c in self.columns]
        for ln in rows:
            if len(ln.values) == len(spans):
                for sp, t in zip(spans, ln.values):  # noqa: B905 - as long; strict= is a generic call compiled
                    sp[0], sp[1] = min(sp[0], t.col), max(sp[1], t.colend)
        return [(a, b) for a, b in spans]
