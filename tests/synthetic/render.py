"""Printing: number formats, and tables as fixed-width text, cell streams or HTML.

A document is a list of blocks (:class:`Text`, :class:`Table`); :func:`render` writes them in
one of three renderings. The fixed-width rendering right-aligns numbers under their column
with at least two spaces between columns; the cell stream puts one cell per line behind a
``|`` (as EDGAR HTML saved as text looks); HTML writes ``<table><tr><td>`` rows.

>>> t = Table([Column(["Class"], "left"), Column(["Beg", "Bal"])], [["A-1", "1,000.00"]])
>>> print(render([t], "fixed"), end="")
            Beg
Class       Bal
A-1    1,000.00
>>> print(render([t], "cells"), end="")
|Beg
|Class
|Bal
|A-1
|1,000.00
"""

from __future__ import annotations

import dataclasses
import html
import random
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal


@dataclass(frozen=True)
class NumberFormat:
    """How one document prints numbers."""

    decimals: int = 2  # of money: 2 (cents) or 0 (whole dollars)
    thousands: bool = True
    dollar: bool = False  # a ``$`` before amounts
    zero: str = "zero"  # "zero" (0.00), "dash" (-), "blank"
    negative: str = "minus"  # "minus" (-1.00), "paren" ((1.00)) or "square" ([1.00])
    percent: bool = True  # a ``%`` after rates
    percent_apart: bool = False  # the ``%`` one blank after the figure (``1.50000 %``)
    fraction: bool = False  # with no ``%``, a rate printed as a decimal fraction (``0.0150000``)

    def money(self, units: int) -> tuple[str, float | None]:
        """Text of an amount of ``units`` (cents or dollars) and the value it means (None for
        a dash or a blank: the data contract reads those as NaN).

        >>> NumberFormat().money(123456789)
        ('1,234,567.89', 1234567.89)
        >>> NumberFormat(decimals=0, dollar=True, negative="paren").money(-1234)
        ('($1,234)', -1234.0)
        """
        if units == 0 and self.zero != "zero":
            return ("-" if self.zero == "dash" else ""), None
        value = Decimal(abs(units)).scaleb(-self.decimals)
        text = f"{value:,.{self.decimals}f}" if self.thousands else f"{value:.{self.decimals}f}"
        if self.dollar:
            text = "$" + text
        if units < 0:
            text = f"({text})" if self.negative == "paren" else f"[{text}]" if self.negative == "square" else "-" + text
        return text, float(Decimal(units).scaleb(-self.decimals))

    def count(self, n: int) -> tuple[str, float]:
        return (f"{n:,}" if self.thousands else str(n)), float(n)

    def rate(self, r: int | None) -> tuple[str, float | None]:
        """``r`` in hundred-thousandths of a percent -> ``1.50000%`` and the fraction 0.015."""
        if r is None:
            return "N/A", None
        pct = Decimal(r).scaleb(-5)
        if self.fraction and not self.percent:
            return f"{Decimal(r).scaleb(-7):.7f}", float(Decimal(r).scaleb(-7))
        sign = (" %" if self.percent_apart else "%") if self.percent else ""
        return f"{pct:.5f}" + sign, float(Decimal(r).scaleb(-7))


def fixed_decimals(value: Decimal, places: int) -> tuple[str, float]:
    """A per-$1,000 figure printed with ``places`` decimals, and the value printed."""
    q = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    return f"{q:.{places}f}", float(q)


@dataclass
class Text:
    """Lines printed as they are (cell streams and HTML drop the blank ones)."""

    lines: list[str]


@dataclass
class Column:
    header: list[str]  # header lines, top to bottom
    align: str = "right"


@dataclass
class Table:
    """Columns and rows of cells; ``breaks`` maps a row index to the page furniture printed
    before it (footer lines, then header lines after a form feed)."""

    columns: list[Column]
    rows: list[list[str]]
    indent: int = 0
    gaps: list[int] = field(default_factory=list)  # spaces before each column but the first
    header_align: str = "right"  # of numeric columns' headers: right or center
    breaks: dict[int, tuple[list[str], list[str]]] = field(default_factory=dict)
    repeat_header: bool = False  # print the header lines again after a page break
    dollar_cells: bool = False  # HTML: a ``$`` in a cell of its own
    dollar_apart: bool = False  # fixed width: a ``$`` at its column's left edge, its figure right-aligned
    rules: str = "none"  # fixed width: "none", "header" (a rule under the header), "total" (and above the
    # total), "box" (every row framed by bars, the table by "+---+" rules)
    rule_style: str = "-full"  # the rule's character, then "full" (one line across) or "columns" (one per column)
    total_row: bool = False  # the last row is the table's total
    wrapped: dict[int, str] = field(default_factory=dict)  # fixed width: the rest of a row's label, on the
    # line below it under the label column (a class's type, "SENIOR FLTR")
    span: str = ""  # fixed width: words over every column but the first, in a rule of dashes
    # ("------ Per $1,000 Original Face ------")
    blank_before: set[int] = field(default_factory=set)  # fixed width: rows with a blank line above them
    titles: dict[int, str] = field(default_factory=dict)  # fixed width: a title of the rows below, above a row
    # ("Subordinate Certificates"), in the label column
    one_blank: bool = False  # fixed width: a web page saved as text, each line's cells one blank apart (no
    # columns), the header's words run on and wrapped at 78 columns
    uneven: int = 0  # with one_blank: the seed of the blanks parting the cells, one to six (0: one each)
    tight: bool = False  # a box: no blank pads a cell from its bars, and no bar frames the row's left
    bar: str = "|"  # a box: its upright rules ("!": a line printer's; ":" a mainframe's, ruled ":===:")


def _rule(t: Table, widths: list[int]) -> str:
    if t.rules == "box" and t.bar == ":":  # a rule of "=" whose junctions are the bars
        return " " * t.indent + ":" + ":".join("=" * (w + 2) for w in widths) + ":"
    if t.rules == "box":
        return " " * t.indent + ("" if t.tight else "+") + "+".join("-" * (w + 2 * (not t.tight)) for w in widths) + "+"
    char, style = t.rule_style[0], t.rule_style[1:]
    if style == "full":
        return " " * t.indent + char * (sum(widths) + sum(_gap(t, c) for c in range(1, len(widths))))
    return " " * t.indent + "".join((" " * _gap(t, c) if c else "") + char * w for c, w in enumerate(widths))


def _gap(t: Table, c: int) -> int:
    return t.gaps[c - 1] if c - 1 < len(t.gaps) else 2


def _fixed(t: Table) -> list[str]:
    n_head = max((len(c.header) for c in t.columns), default=0)
    heads = [[""] * (n_head - len(c.header)) + c.header for c in t.columns]
    widths = [max([len(h) for h in heads[c]] + [len(r[c]) for r in t.rows] + [1]) for c in range(len(t.columns))]
    if t.wrapped and widths:
        widths[0] = max([widths[0], *(len(w) for w in t.wrapped.values())])

    def line(cells: list[str], header: bool) -> str:
        box = t.rules == "box"
        out = " " * t.indent + (t.bar + " " if box and not t.tight else "")
        for c, text in enumerate(cells):
            if c:
                out += (t.bar if t.tight else f" {t.bar} ") if box else " " * _gap(t, c)
            if t.columns[c].align == "left":
                out += text.ljust(widths[c])
            elif not header and t.dollar_apart and text[:1] == "$" and widths[c] > len(text):
                out += "$" + text[1:].rjust(widths[c] - 1)
            elif header and t.header_align == "center":
                out += text.center(widths[c])
            else:
                out += text.rjust(widths[c])
        return out + (t.bar if t.tight else " " + t.bar) if box else out.rstrip()

    header = [line([heads[c][i] for c in range(len(t.columns))], True) for i in range(n_head)]
    if t.span and len(widths) > 2 and t.rules != "box":
        start = t.indent + widths[0] + _gap(t, 1)
        width = sum(widths[1:]) + sum(_gap(t, c) for c in range(2, len(widths)))
        header.insert(0, " " * start + f" {t.span} ".center(width, "-"))
    if t.rules == "box":
        header.insert(0, _rule(t, widths))
    if t.rules != "none":
        header.append(_rule(t, widths))
    out = list(header)
    for i, row in enumerate(t.rows):
        out += _page_break(t, i, header)
        if i in t.blank_before:
            out.append(_rule(t, widths) if t.rules == "box" else "")  # a boxed table rules its groups of rows off
        if i in t.titles:
            out.append(" " * (t.indent + 1) + t.titles[i])
        if t.rules in ("total", "box") and t.total_row and i == len(t.rows) - 1:
            out.append(_rule(t, widths))
        out.append(line(row, False))
        if i in t.wrapped:
            out.append(" " * t.indent + t.wrapped[i])
    return out + ([_rule(t, widths)] if t.rules == "box" else [])


def _one_blank(t: Table) -> list[str]:
    """A table saved from a web page as text: the header's words run on, wrapped at 78
    columns; each row its cells one blank apart, an empty cell printing nothing."""
    words = " ".join(h for c in t.columns for h in c.header if h).split()
    header: list[str] = []
    for w in words:
        if header and len(header[-1]) + 1 + len(w) <= 78:
            header[-1] += " " + w
        else:
            header.append(w)
    gaps = random.Random(t.uneven)

    def joined(cells: list[str]) -> str:
        return "".join(c + " " * (gaps.randint(1, 6) if t.uneven else 1) for c in cells).rstrip()

    return [" " * t.indent + x for x in header] + [" " * t.indent + joined([c for c in row if c]) for row in t.rows]


def _page_break(t: Table, i: int, header: list[str]) -> list[str]:
    """The lines of the page break before row ``i`` of fixed-width text (none where there is
    none): the footer, a form feed and the next page's header, the table's header again."""
    if i not in t.breaks:
        return []
    footer, top = t.breaks[i]
    out = ["", *footer, *(["\f" + top[0], *top[1:], ""] if top else ["\f"])]
    return out + (header if t.repeat_header else [])


def _cells(t: Table) -> list[str]:
    n_head = max((len(c.header) for c in t.columns), default=0)
    heads = [[""] * (n_head - len(c.header)) + c.header for c in t.columns]
    header = ["|" + heads[c][i] for i in range(n_head) for c in range(len(t.columns)) if heads[c][i]]
    out = list(header)
    for i, row in enumerate(t.rows):
        if i in t.breaks:
            footer, top = t.breaks[i]
            out += ["|" + x.strip() for x in footer + top if x.strip()]
            if t.repeat_header:
                out += header
        out += ["|" + cell for cell in row]
    return out


def _tabs(t: Table) -> list[str]:
    """A word processor's export: each header line and row one line, its cells parted by
    tabs (an empty cell between two), so that nothing lines up when the tabs are expanded."""
    n_head = max((len(c.header) for c in t.columns), default=0)
    heads = [[""] * (n_head - len(c.header)) + c.header for c in t.columns]
    header = ["\t".join(heads[c][i] for c in range(len(t.columns))).rstrip("\t") for i in range(n_head)]
    if t.span:  # a spanning cell, exported in the first column it spans
        header.insert(0, f"\t------ {t.span} ------")
    out = list(header)
    for i, row in enumerate(t.rows):
        out += _page_break(t, i, header)
        out.append("\t".join(row))
        if i in t.wrapped:
            out.append(t.wrapped[i])
    return out


def _padded(t: Table) -> list[str]:
    """An export whose typist padded the labels: each line's first cell moved by tabs to the
    stop past the widest label, the other cells one tab apart (an empty cell between two).
    A table whose first column holds figures (a half of a table printing no labels) is
    exported as it is."""
    rows = _tabs(t)
    if t.columns and t.columns[0].align != "left":
        return rows
    cells = [r.split("\t") for r in rows]
    stop = max((len(c[0]) for c in cells if len(c) > 1), default=0) // 8 * 8 + 8
    out = []
    for c in cells:
        if len(c) > 1:
            pad = -(-(stop - len(c[0])) // 8) if c[0] else stop // 8
            c = [c[0] + "\t" * max(pad, 1) + c[1], *c[2:]]
        out.append("\t".join(c))
    return out


def _typed(t: Table) -> list[str]:
    """A typist's tabs: each column starts at a tab stop (of eight) past the widest cell of
    the column before it, every cell moved there by as many tabs as stops lie between (a
    short cell padded by two or more), words and figures at their left edges."""
    n_head = max((len(c.header) for c in t.columns), default=0)
    heads = [[""] * (n_head - len(c.header)) + c.header for c in t.columns]
    header_rows = [[heads[c][i] for c in range(len(t.columns))] for i in range(n_head)]
    cells = header_rows + [list(r) for r in t.rows]
    stops = [0]
    for k in range(1, len(t.columns)):
        widest = max((len(r[k - 1]) for r in cells if k - 1 < len(r)), default=0)
        stops.append((stops[-1] + widest) // 8 * 8 + 8)

    def line(row: list[str]) -> str:
        text, col = "", 0
        for k, cell in enumerate(row):
            while col < stops[k]:
                text, col = text + "\t", col // 8 * 8 + 8
            text, col = text + cell, col + len(cell)
        return text.rstrip("\t")

    header = [line(r) for r in header_rows]
    out = list(header)
    for i, row in enumerate(t.rows):
        out += _page_break(t, i, header)
        out.append(line(row))
        if i in t.wrapped:
            out.append(t.wrapped[i])
    return out


def _pipes(t: Table) -> list[str]:
    """A web page saved as Markdown: each table a pipe table, its header's words one cell a
    column over a line of dashes, each row its cells parted by pipes (nothing lines up); a
    page break ends it, the next page's part a pipe table of its own (under the header again,
    or its first row taken for its header);
    a row's wrapped label a row of its own, its other cells empty. A column's header words
    are one cell (a web page wraps them inside it)."""
    heads = [" ".join(h for h in c.header if h) for c in t.columns]
    header = [" | ".join(heads), "|".join("---" for _ in t.columns)]
    out = ([f"------ {t.span} ------"] if t.span else []) + header
    for i, row in enumerate(t.rows):
        out += _page_break(t, i, header)
        out.append(" | ".join(row))
        if i in t.breaks and not t.repeat_header:
            out.append(header[1])  # the next page's part: its first row taken for its header
        if i in t.wrapped:
            out.append(" | ".join([t.wrapped[i].strip()] + [""] * (len(row) - 1)))
    return out


def _html_row(cells: list[str], dollar_cells: bool) -> str:
    tds = []
    for cell in cells:
        if dollar_cells and cell.startswith("$"):
            tds.append("<td>$</td>")
            cell = cell[1:]
        tds.append(f"<td>{html.escape(cell)}</td>")
    return "<tr>" + "".join(tds) + "</tr>"


def _html(t: Table) -> list[str]:
    n_head = max((len(c.header) for c in t.columns), default=0)
    heads = [[""] * (n_head - len(c.header)) + c.header for c in t.columns]
    header = [_html_row([heads[c][i] for c in range(len(t.columns))], False) for i in range(n_head)]
    out = ["<table>", *header]
    for i, row in enumerate(t.rows):
        if i in t.breaks:
            footer, top = t.breaks[i]
            out += ["</table>"] + [f"<p>{html.escape(x.strip())}</p>" for x in footer + top if x.strip()] + ["<table>"]
            if t.repeat_header:
                out += header
        out.append(_html_row(row, t.dollar_cells))
    return out + ["</table>"]


def _figures_first(t: Table) -> list[str]:
    """A fixed-width table printing each row's figures first, its labels (the first column
    of words) last, left-aligned; a table of figures alone (a half with no labels) as it is."""
    labels = [c for c in range(len(t.columns)) if not all(
        _FIGURE_CELL.fullmatch(r[c].strip()) or _CUSIP_CELL.fullmatch(r[c].strip()) for r in t.rows if r[c].strip())]
    if not labels:
        return _fixed(t)
    order = [c for c in range(len(t.columns)) if c != labels[0]] + [labels[0]]
    columns = [t.columns[c] for c in order]
    columns[-1] = Column(columns[-1].header, "left")
    # (the page furniture, the dollar signs and the rules as drawn; a title over the label
    # column or a span over the others is drawn for labels first, and dropped)
    return _fixed(dataclasses.replace(t, columns=columns, rows=[[r[c] for c in order] for r in t.rows],
                                      gaps=[2] * (len(columns) - 1), wrapped={}, span="", titles={}))


_CUSIP_CELL = re.compile(r"[0-9]{3}[0-9A-Z]{5}[0-9]")
_FIGURE_CELL = re.compile(r"[-($]*\d[\d,.]*%?\)?|-+|N/A")  # a cell of one figure, or none
# a labelled line of text: its words, then a figure after blanks, dots or a colon
_LABELLED = re.compile(r"(?P<words>\S.*?)[ .:]*[ .:] (?P<figure>[-($]*\d[\d,.]*%?\)?)$")


def _figure_before_words(line: str) -> str:
    """A line of text ending in a figure after its words, printed the figure first
    (right-aligned in 18 columns) and its words after it."""
    m = _LABELLED.fullmatch(line.strip())
    if m is None:
        return line
    return f"{m['figure']:>18}   {m['words'].rstrip(' .:')}"


def render(blocks: list[Text | Table], how: str) -> str:
    """The document's text: ``how`` is ``fixed``, ``cells``, ``html``, ``tabs`` (fixed-width
    text whose tables part their cells by tabs), ``padded`` (those tabs, the labels padded to
    a stop), ``typed`` (whose tables' cells a typist's tabs move to the tab stops) or
    ``pipes`` (whose tables are pipe tables) or ``figures_first`` (fixed-width text printing
    each figure before its words)."""
    out: list[str] = []
    for b in blocks:
        if isinstance(b, Text):
            if how == "figures_first":
                out += [_figure_before_words(x) for x in b.lines]
            elif how in ("fixed", "tabs", "padded", "typed", "pipes"):
                out += b.lines
            elif how == "cells":
                out += ["|" + x.strip() for x in b.lines if x.strip()]
            else:
                out += [f"<p>{html.escape(x.strip())}</p>" for x in b.lines if x.strip()]
        else:
            out += (_one_blank if how == "fixed" and b.one_blank else
                    {"fixed": _fixed, "cells": _cells, "html": _html, "tabs": _tabs, "padded": _padded,
                     "typed": _typed, "pipes": _pipes, "figures_first": _figures_first}[how])(b)
    if how == "html":
        out = ["<html><body>", *out, "</body></html>"]
    return "\n".join(out) + "\n"
