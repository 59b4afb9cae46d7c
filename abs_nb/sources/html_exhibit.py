"""HTML exhibits -> one line per table row, cells separated by ``|``.

EDGAR's EX-99 distribution reports are often HTML tables. They are read structurally with
the standard library's HTML parser (never with regular expressions): each ``<tr>`` becomes
one line of its cells joined by ``|``; text outside tables becomes one line per block
element (no blank line is written: where a table ends, the cell reader finds by the rows'
shapes). ``<script>``, ``<style>`` and ``<head>`` are
dropped. An empty cell (or ``&nbsp;`` only) stays, as an empty position of its row, so that
a row's cells keep their columns; a cell spanning ``colspan`` columns is followed by
``colspan - 1`` empty ones (in a header, its words move down to name each column it spans:
:func:`_spanned_names`), and a cell spanning ``rowspan`` rows stands in the rows below it
as empty cells at its columns (so that a header's second row, under a first whose cells span
both rows, stands under the columns it names); a row of nothing but empty cells stays too: one empty cell
(``|``) is a position of a one-column table, several (``||``) a blank row (in a stacked
half, the row of a class that prints no figure). ``$`` and ``%`` cells stay cells of their
own and are joined to their number by the cell reader (:mod:`abs_nb.parse.cells`), which
reads the result.

>>> print(html_to_text("<table><tr><td>A-1</td><td>&nbsp;</td><td>$</td><td>1,000.00</td></tr></table>"), end="")
|A-1||$|1,000.00
>>> print(html_to_text("<p>Title</p><table><tr><td colspan=2>Group 1</td><td>Total</td></tr>"
...                    "<tr><td>5</td><td></td><td>7</td><td></td></tr><tr><td></td></tr></table>"), end="")
|Title
|Group 1||Total
|5||7|
|
>>> print(html_to_text("<table><tr><th rowspan=2>Class</th><th colspan=2>Distributions</th><th rowspan=2>CUSIP</th></tr>"
...                    "<tr><th>Interest</th><th>Principal</th></tr><tr><td>A-1</td><td>5.00</td><td>100.00</td></tr>"
...                    "</table>"), end="")
|Class|||CUSIP
||Distributions Interest|Distributions Principal|
|A-1|5.00|100.00
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from abs_nb.parse.tokens import kind_of

_BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "tr", "pre", "center", "hr"}
_SKIP = {"script", "style", "head", "title"}
_BLANKS = re.compile(r"\s+")


class _Table:
    """A table's cells spanning rows: for each column, the rows below still under a cell above."""

    def __init__(self) -> None:
        self.carry: dict[int, int] = {}  # column -> rows below the current row it still spans
        self.active: set[int] = set()  # the current row's columns a cell above stands in
        self.new: dict[int, int] = {}  # the current row's cells spanning rows below: column -> rows
        # each row written: its line's index, its cells, its cells spanning columns (position, columns)
        self.written: list[tuple[int, list[str], list[tuple[int, int]]]] = []

    def start_row(self) -> None:
        self.active = {c for c, n in self.carry.items() if n > 0}
        self.new = {}

    def end_row(self) -> None:
        for c in self.active:
            self.carry[c] -= 1
        self.carry = {c: n for c, n in self.carry.items() if n > 0}
        self.carry.update(self.new)
        self.active, self.new = set(), {}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.text: list[str] = []  # text outside cells since the last block break
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.span = 1  # the columns the open cell spans
        self.rows = 1  # the rows the open cell spans
        self.spans: list[tuple[int, int]] = []  # the open row's cells spanning columns: (position, columns)
        self.tables: list[_Table] = []  # the open tables, innermost last
        self.skip = 0

    def flush_text(self) -> None:
        words = _spaced("".join(self.text))
        if words:
            self.lines.append("|" + words)
        self.text = []

    def end_cell(self) -> None:
        """Close the open cell: its words join the row (or, outside a row, the text)."""
        if self.cell is None:
            return
        words = " ".join("".join(self.cell).split())
        if self.row is not None:
            self._pad()
            if self.rows > 1 and self.tables:
                self.tables[-1].new.update({c: self.rows - 1 for c in range(len(self.row), len(self.row) + self.span)})
            if self.span > 1:
                self.spans.append((len(self.row), self.span))
            self.row += [words.replace("|", "/")] + [""] * (self.span - 1)
        elif words:
            self.text.append(words + " ")
        self.cell = None

    def _pad(self) -> None:
        """Empty cells at the row's next columns where a cell above spans this row."""
        if self.tables and self.row is not None:
            while len(self.row) in self.tables[-1].active:
                self.row.append("")

    def end_row(self) -> None:
        """Close the open row (and its open cell): one line of its cells."""
        self.end_cell()
        if self.row is not None:
            self._pad()
            if self.tables:
                self.tables[-1].end_row()
        if self.row:
            self.lines.append("|" + "|".join(self.row))
            if self.tables:
                self.tables[-1].written.append((len(self.lines) - 1, self.row, self.spans))
        self.row, self.spans = None, []

    def end_table(self) -> None:
        """Close the innermost open table: a header cell spanning columns over a row of
        header words names each column it spans (:func:`_spanned_names`)."""
        if not self.tables:
            return
        written = self.tables.pop().written
        # the header: the rows above the first row of figures (a table with none has none)
        first = next((k for k, (_, row, _) in enumerate(written) if any(_figure(c) for c in row if c)), 0)
        header = written[:first]
        for (up, above, spans), (at, below, _) in zip(header, header[1:]):  # noqa: B905 - pairs of rows
            if _spanned_names(above, spans, below):
                self.lines[at] = "|" + "|".join(below)
                self.lines[up] = "|" + "|".join(above)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # </td> and </tr> are optional in HTML: a new cell ends the open one, a new row or
        # the table's end ends the open row
        if tag in _SKIP:
            self.skip += 1
        elif tag == "tr":
            self.end_row()
            self.flush_text()
            self.row = []
            if self.tables:
                self.tables[-1].start_row()
        elif tag in ("td", "th"):
            self.end_cell()
            self.cell = []
            self.span, self.rows = _span(attrs, "colspan"), _span(attrs, "rowspan")
        elif tag == "table":
            self.end_row()  # (a table inside a cell: its rows are lines of their own)
            self.flush_text()
            self.tables.append(_Table())
        elif tag in _BLOCK and self.cell is None:
            self.flush_text()
        elif tag == "br" and self.cell is not None:
            self.cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th"):
            self.end_cell()
        elif tag in ("tr", "table"):
            self.end_row()
            if tag == "table":
                self.flush_text()
                self.end_table()
        elif tag in _BLOCK and self.cell is None:
            self.flush_text()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        data = data.replace("\xa0", " ")
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.text.append(data)

    def close(self) -> None:
        super().close()
        self.end_row()
        self.flush_text()
        while self.tables:
            self.end_table()


def _spaced(text: str) -> str:
    """Text outside the cells with its blanks collapsed, but for a gap of two or more spaces
    (or ``&nbsp;``) on one line, which sets a label's figure apart from it: two spaces.

    >>> _spaced(" Ending O/C Amount      8,804,354.47 \\n  Section 4.02 of the\\n   PSA ")
    'Ending O/C Amount  8,804,354.47 Section 4.02 of the PSA'
    """
    return _BLANKS.sub(lambda m: "  " if len(m.group()) > 1 and "\n" not in m.group() else " ", text).strip()


def _spanned_names(above: list[str], spans: list[tuple[int, int]], below: list[str]) -> bool:
    """Move the words of each cell of a header row ``above`` that spans columns (``spans``)
    down into the row ``below``, before the words each of those columns prints there
    (``Per $1,000 of Original Face`` over ``Interest``, ``Principal``): each column is named
    whole. Only between two rows of words alone in a table's header (above its first row of
    figures), not for a row's one cell (a title over its table), nor for a cell naming a
    member of a series (``Group 2``) or over the same names as another's (groups over their
    columns). Whether any moved.

    >>> above, below = ["Class", "Per $1,000", ""], ["", "Interest", "Principal"]
    >>> _spanned_names(above, [(1, 2)], below), above, below
    (True, ['Class', '', ''], ['', 'Per $1,000 Interest', 'Per $1,000 Principal'])
    >>> _spanned_names(["Status", "Group 1", "", "Group 2", ""], [(1, 2), (3, 2)], ["", "#", "Balance", "#", "Balance"])
    False
    """
    if sum(1 for c in above if c) < 2 or any(_figure(c) for c in above + below if c):
        return False
    under_each = [tuple(below[k] for k in range(at, min(at + span, len(below))) if below[k]) for at, span in spans]
    moved = False
    for (at, span), names in zip(spans, under_each):  # noqa: B905 - one per span
        under = range(at, min(at + span, len(below)))
        # cells over the same names ("Group 1", "Group 2" over "# | Balance" each) are a
        # dimension of the table, its own row: they stay; so does a cell naming one member of
        # a series ("Group 2": :func:`_series`), or over a series of names ("Loan Group" over
        # "Group I | Group II")
        if above[at] and names and under_each.count(names) == 1 and not _series(names) and not _member(above[at]):
            for k in under:
                if below[k]:  # (an empty cell under it, a spacer, stays empty)
                    below[k] = f"{above[at]} {below[k]}"
            above[at] = ""
            moved = True
    return moved


def _series(names: tuple[str, ...]) -> bool:
    """Are ``names`` two or more told apart by their last word alone, a number, a numeral or
    a letter (``Group I``, ``Group II``)?

    >>> _series(("Group I", "Group II")), _series(("Int", "Prin")), _series(("Pool 1",))
    (True, False, False)
    """
    words = [n.split() for n in names]
    return (len(words) > 1 and len({len(w) for w in words}) == 1 and len({tuple(w[:-1]) for w in words}) == 1
            and all(_member(n) for n in names))


def _member(name: str) -> bool:
    """Does ``name`` name a member of a series: words, then a number, a numeral or a letter
    (``Group 2``, ``Pool II``)?

    >>> _member("Group 2"), _member("Distributions"), _member("2")
    (True, False, False)
    """
    words = name.split()
    return len(words) > 1 and _MEMBER.match(words[-1]) is not None


# the word telling a series' members apart: a number, a roman numeral, a letter
_MEMBER = re.compile(r"^(?:\d{1,3}|[IVXivx]{1,4}|[A-Za-z])$")


def _figure(cell: str) -> bool:
    """Does ``cell`` print a figure (an amount, a rate, a count, a column's number in
    brackets), as the tokenizer reads one?"""
    return kind_of(cell.strip()).kind == "num"


def _span(attrs: list[tuple[str, str | None]], attr: str) -> int:
    """A cell's ``colspan`` or ``rowspan`` (1 when absent or unreadable; at most 50)."""
    for name, value in attrs:
        if name == attr and value and value.strip().isdigit():
            return max(1, min(50, int(value.strip())))
    return 1


def html_to_text(html: str) -> str:
    """The rows and text blocks of ``html``, one per line (see the module docstring)."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return "\n".join(reader.lines) + "\n"
