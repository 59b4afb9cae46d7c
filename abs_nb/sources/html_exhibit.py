"""HTML exhibits -> one line per table row, cells separated by ``|``.

EDGAR's EX-99 distribution reports are often HTML tables. They are read structurally with
the standard library's HTML parser (never with regular expressions): each ``<tr>`` becomes
one line of its non-empty cells joined by ``|``; text outside tables becomes one line per
block element. ``<script>``, ``<style>`` and ``<head>`` are dropped. Spacer cells (empty or
``&nbsp;`` only) are left out; ``$`` and ``%`` cells stay cells of their own and are joined to
their number by the cell reader (:mod:`abs_nb.parse.cells`), which reads the result.

>>> print(html_to_text("<table><tr><td>A-1</td><td>&nbsp;</td><td>$</td><td>1,000.00</td></tr></table>"), end="")
|A-1|$|1,000.00
"""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "tr", "pre", "center", "hr"}
_SKIP = {"script", "style", "head", "title"}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.text: list[str] = []  # text outside cells since the last block break
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.skip = 0

    def flush_text(self) -> None:
        words = " ".join("".join(self.text).split())
        if words:
            self.lines.append("|" + words)
        self.text = []

    def end_cell(self) -> None:
        """Close the open cell: its words join the row (or, outside a row, the text)."""
        if self.cell is None:
            return
        words = " ".join("".join(self.cell).split())
        if words and self.row is not None:
            self.row.append(words.replace("|", "/"))
        elif words:
            self.text.append(words + " ")
        self.cell = None

    def end_row(self) -> None:
        """Close the open row (and its open cell): one line of its cells."""
        self.end_cell()
        if self.row:
            self.lines.append("|" + "|".join(self.row))
        self.row = None

    def handle_starttag(self, tag: str, attrs) -> None:
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


def html_to_text(html: str) -> str:
    """The rows and text blocks of ``html``, one per line (see the module docstring)."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return "\n".join(reader.lines) + "\n"
