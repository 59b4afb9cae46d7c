"""What the walk over a report finds, shared by the modules that find and read it: value
cells placed in a table, rows left unmapped, class-table blocks, and check rows.

Plain records, no behaviour: the walk (:mod:`abs_nb.parse.engine`), the cell-stream reader
(:mod:`abs_nb.parse.cells`), the structural table finder (:mod:`abs_nb.parse.grid`), the
column roles (:mod:`abs_nb.parse.roles`) and the class-table builder
(:mod:`abs_nb.parse.classes`) all import them from here, and none of them from another.

>>> CheckRow("column_role", "End Bal (line 3)", float("nan"), float("nan"), "pass", "header", [3]).status
'pass'
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from abs_nb.parse.layout import Span
from abs_nb.parse.records import Record
from abs_nb.parse.tokens import Line, Token

# why the figures of a class-table column are in unmapped when its role was sought and not proven
UNPROVEN_COLUMN = "its column's role is not proven (see its column_role check)"


class CheckRow(Record):
    _fields = ("check", "subject", "expected", "actual", "status", "detail", "lines")

    def __init__(self, check: str, subject: str, expected: float, actual: float, status: str, detail: str,
                 lines: list[int]) -> None:
        self.check = check
        self.subject = subject
        self.expected = expected
        self.actual = actual
        self.status = status
        self.detail = detail
        self.lines = lines


class Cell(Record):
    """One value found in the report, placed in a table."""

    _fields = ("table", "row", "column", "type", "line", "token", "text", "span")

    def __init__(self, table: str, row: str, column: str, type: str, line: int, token: Token | None = None,
                 text: str | None = None, span: tuple[int, int] | None = None) -> None:
        self.table = table  # "collateral" | "deal" | "delinquency" | "classes"
        self.row = row  # group, class label, or "deal"
        self.column = column
        self.type = type
        self.line = line
        self.token = token
        self.text = text  # a text value ("NO", "Not Provided By Servicer")
        self.span = span  # offsets in the line


class Unmapped(Record):
    _fields = ("line", "label", "values", "reason")

    def __init__(self, line: int, label: str, values: list[str], reason: str) -> None:
        self.line = line
        self.label = label
        self.values = values
        self.reason = reason


@dataclass
class ClassColumn:
    printed: str
    field: str | None
    type: str
    span: Span
    unproven: bool = False  # its role was sought from the numbers and not proven (a column_role warn)


class ClassRow(Record):
    _fields = ("label", "line", "cells", "label_span")

    def __init__(self, label: str | None, line: int, cells: list[Token | None],
                 label_span: tuple[int, int] | None = None) -> None:
        self.label = label
        self.line = line
        self.cells = cells  # one per column
        self.label_span = label_span


@dataclass
class ClassBlock:
    section: str
    columns: list[ClassColumn]
    header_lines: list[int]
    raw_rows: list[tuple[str | None, Line, list[Token], tuple[int, int] | None]] = field(
        default_factory=list
    )
    rows: list[ClassRow] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # "header": placed by header words the vocabulary knows; "structure": found by the
    # alignment of its figures (abs_nb.parse.grid), its columns' roles proven by the numbers
    found_by: str = "header"
    # the header's texts where its columns' names could not be placed over them (a header
    # printed a cell a line): their words may still name a field no identity covers
    header_texts: list[str] = field(default_factory=list)
    # its Totals row sums every row above it (:mod:`abs_nb.parse.summed_total`): each is a
    # class, whatever the words of its label
    summed: bool = False

    @property
    def labelled(self) -> bool:
        return any(r.label for r in self.rows)


@dataclass
class Walk:
    lines: list[Line]
    cells: list[Cell] = field(default_factory=list)
    class_blocks: list[ClassBlock] = field(default_factory=list)
    unmapped: list[Unmapped] = field(default_factory=list)
    report_start: int = 1  # first line of the report proper
    report_end: int | None = None  # line of the closing heading, if any
    sections: list[tuple[int, str]] = field(default_factory=list)
    servicer_groups: list[str] = field(default_factory=list)
    # (line, group) of each heading standing alone: the loan group whose block of lines it
    # heads ("GROUP II COLLATERAL"), or "" for a heading naming none
    block_groups: list[tuple[int, str]] = field(default_factory=list)
    # the headings naming two groups or more side by side, a panel of lines under each: the
    # heading's line -> (the column a panel starts at, its group), left to right
    panels: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    titled: bool = False  # the open block is a table's under its title (:meth:`end_title`)
    malformed: list[tuple[int, str, str]] = field(default_factory=list)  # line, label, printed
    # a row of an open table by group whose label the walk did not know: the table's columns
    # (group, span) as its header named them, for the reader by structure
    group_heads: dict[int, list[tuple[str, tuple[int, int]]]] = field(default_factory=dict)
    # figures no reader may take (another period's, beside the current one): listed as unread
    set_aside: list[Unmapped] = field(default_factory=list)
    cut_line: Line | None = None  # the last line, cut mid-way (no newline): read but for its last token
    cut_reason: str = ("the text ends in the middle of line {line}; the word or figure the cut falls in "
                       "may be cut short and is not read")
    rendering: str = "fixed-width"
    # where panes printed side by side were restacked (:mod:`abs_nb.parse.panes`), the line
    # each line read was printed on (line n's is printed[n - 1]); else None: the same
    printed: list[int] | None = None
    # the lines right after each run of panes so read: the block of the last pane's group ends there
    pane_ends: list[int] = field(default_factory=list)

    # the lines the headings of ``block_groups`` stand on (in order), for a search by halves:
    # a report may print a heading per statement, and every line asks for its block
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _starts_of: int = field(default=0, repr=False, compare=False)

    def end_title(self, line: int) -> None:
        """A table's title heads the table alone: the block it opened ends at the blank
        ``line`` under the table.

        >>> w = Walk([], block_groups=[(3, "Group 1")], titled=True)
        >>> w.end_title(9); w.group_at(10), w.titled
        ('Total', False)
        """
        if self.titled:
            self.block_groups.append((line, ""))
            self.titled = False

    def has_group_blocks(self) -> bool:
        """Does the report print a block of lines for a loan group (not only the Total's)?

        >>> Walk([], block_groups=[(3, "Total")]).has_group_blocks(), Walk([], block_groups=[(3, "Group 1")]).has_group_blocks()
        (False, True)
        """
        return any(name not in ("", "Total") for _, name in self.block_groups)

    def _block_index(self, line: int) -> int:
        """How many headings open blocks at or above ``line``."""
        groups = self.block_groups
        if len(self._starts) != len(groups) or self._starts_of != id(groups):
            self._starts, self._starts_of = [at for at, _ in groups], id(groups)
        return bisect_right(self._starts, line)

    def block_start(self, line: int) -> int:
        """The line of the heading whose block holds ``line`` (-1 above every heading): a
        block told apart from another of the same name.

        >>> w = Walk([], block_groups=[(3, "Group 1"), (9, "")])
        >>> w.block_start(5), w.block_start(10), w.block_start(2)
        (3, 9, -1)
        """
        k = self._block_index(line)
        return self.block_groups[k - 1][0] if k else -1

    def block_at(self, line: int, col: int = -1) -> str:
        """The name of the heading whose block holds ``line``: its loan group, or "" where
        it names none or no heading stands above. Under a heading of panels side by side,
        the group of the panel column ``col`` stands in.

        >>> w = Walk([], block_groups=[(3, "Group 1"), (9, "")], panels={3: [(2, "Group 1"), (60, "Group 2")]})
        >>> w.block_at(5), w.block_at(5, 64), w.block_at(10), w.block_at(2)
        ('Group 1', 'Group 2', '', '')
        """
        groups = self.block_groups
        k = self._block_index(line)
        if not k:
            return ""
        panels = self.panels.get(groups[k - 1][0]) if col >= 0 else None
        if panels:  # the panel the column stands in (a label may start a little left of its title)
            inside = [name for at, name in panels if at <= col + 2]
            return inside[-1] if inside else panels[0][1]
        return groups[k - 1][1]

    def group_at(self, line: int, col: int = -1) -> str:
        """The loan group whose block holds ``line`` (the last heading above it names it; of
        panels side by side, the one column ``col`` stands in), or the Total.

        >>> w = Walk([], block_groups=[(3, "Group 1"), (9, "")])
        >>> w.group_at(5), w.group_at(10), w.group_at(2)
        ('Group 1', 'Total', 'Total')
        """
        return self.block_at(line, col) or "Total"
    checks: list[CheckRow] = field(default_factory=list)  # how the walk read what it found (column roles)  # or "cells" (one cell per line) or "collapsed"
