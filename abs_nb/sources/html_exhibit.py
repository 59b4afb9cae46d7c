"""HTML exhibits -> one line per table row, cells separated by ``|``.

EDGAR's EX-99 distribution reports are often HTML tables. They are read structurally with
the standard library's HTML parser (never with regular expressions): each ``<tr>`` becomes
one line of its cells joined by ``|``; text outside tables becomes one line per block
element (no blank line is written: where a table ends, the cell reader finds by the rows'
shapes). ``<script>``, ``<style>`` and ``<head>`` are
dropped. An empty cell (or ``&nbsp;`` only) stays, as an empty position of its row, so that
a row's cells keep their columns; a cell spanning ``colspan`` columns is followed by
``colspan - 1`` empty ones; a row of nothing but empty cells stays too: one empty cell
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
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "tr", "pre", "center", "hr"}
_SKIP = {"script", "style", "head", "title"}
_BLANKS = re.compile(r"\s+")


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.text: list[str] = []  # text outside cells since the last block break
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.span = 1  # the columns the open cell spans
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
            self.row += [words.replace("|", "/")] + [""] * (self.span - 1)
        elif words:
            self.text.append(words + " ")
        self.cell = None

    def end_row(self) -> None:
        """Close the open row (and its open cell): one line of its cells."""
        self.end_cell()
        if self.row:
            self.lines.append("|" + "|".join(self.row))
        self.row = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # </td> and </tr> are optional in HTML: a new cell ends the open one, a new row or
        # the table's end ends the open row
        if tag in _SKIP:
            self.skip += 1
        elif tag == "tr":
            self.end_row()
            self.flush_text()
            self.row = []
        elif tag in ("td", "th"):
            self.end_cell()
            self.cell = []
            self.span = _span(attrs)
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


def _spaced(text: str) -> str:
    """Text outside the cells with its blanks collapsed, but for a gap of two or more spaces
    (or ``&nbsp;``) on one line, which sets a label's figure apart from it: two spaces.

    >>> _spaced(" Ending O/C Amount      8,804,354.47 \\n  Section 4.02 of the\\n   PSA ")
    'Ending O/C Amount  8,804,354.47 Section 4.02 of the PSA'
    """
    return _BLANKS.sub(lambda m: "  " if len(m.group()) > 1 and "\n" not in m.group() else " ", text).strip()


def _span(attrs: list[tuple[str, str | None]]) -> int:
    """A cell's ``colspan`` (1 when absent or unreadable; at most 50)."""
    for name, value in attrs:
        if name == "colspan" and value and value.strip().isdigit():
            return max(1, min(50, int(value.strip())))
    return 1


def html_to_text(html: str) -> str:
    """The rows and text blocks of ``html``, one per line (see the module docstring)."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return "\n".join(reader.lines) + "\n"
