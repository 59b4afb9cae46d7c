"""A delinquency table's status rows as printed on two lines: the status's label with its
counts, then its balances under them::

    30-59 DAYS    NO. OF ACCOUNTS             38                97
                                1,404,508.06      4,522,027.02

Each column of figures is then a pair of columns (count, balance) for the table reader of
:mod:`abs_nb.parse.delinquency`, which finds which of a pair is the count as it does for any
table; the words before a row's figures (``NO. OF ACCOUNTS``, ``#``) name its measure, no
column.

>>> from abs_nb.parse.tokens import tokenize_line
>>> [t.text for t in from_figures(tokenize_line("30-59 DAYS   NO. OF ACCOUNTS    38    97", 1).tokens[2:])]
['38', '97']
"""

from __future__ import annotations

from typing import Final

from abs_nb.parse.grid import place
from abs_nb.parse.layout import moved, slots
from abs_nb.parse.pieces import Walk
from abs_nb.parse.statuses import caption_measure, status_of
from abs_nb.parse.tokens import Line, Token


def second_line(row: Line, ln: Line) -> bool:
    """Is ``ln`` the second line of the status row ``row`` just above it: no label, or one
    naming the balance and no status, as many figures, each under one of the row's (its
    counts on the first line, its balances on the second)?

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> row = tokenize_line("30-59 DAYS   NO. OF ACCOUNTS        38            97", 1)
    >>> second_line(row, tokenize_line("                         1,404,508.06  4,522,027.02", 2))
    True
    >>> second_line(row, tokenize_line("             Scheduled Balance   1,404,508.06  4,522,027.02", 2))
    True
    """
    if ln.no != row.no + 1 or not ln.values:
        return False
    # the words printed before its figures (a label carried down from the row is none of them)
    labelled = bool(ln.label_tokens) and not (
        status_of(row.label) is not None and _balance_label(ln.raw[:ln.values[0].start].strip()))
    return not labelled and _under(row.values, ln.values) is not None


def _balance_label(label: str) -> bool:
    """A label naming the balance of the status above it, in a measure's and a figure's
    words only (``Scheduled Balance``: no status, no other figure's)."""
    return caption_measure(label) is False and status_of(label) is None


def _under(figures: list[Token], below: list[Token]) -> list[int] | None:
    """For each of ``below``, the index of the one of ``figures`` it stands under (their
    columns overlap), in order, no two under one; None where one stands under none (a
    figure printed as a blank below leaves its place empty)."""
    out: list[int] = []
    k = 0
    for b in below:
        while k < len(figures) and not (b.col <= figures[k].colend and figures[k].col <= b.colend):
            k += 1
        if k == len(figures):
            return None
        out.append(k)
        k += 1
    return out


def from_figures(cells: list[Token]) -> list[Token]:
    """A row's cells from its first figure on."""
    k = 0
    while k < len(cells) and cells[k].kind == "word":
        k += 1
    return cells[k:] if k < len(cells) else cells


def two_line_rows(w: Walk, run: list[Line], rows: list[tuple[str | None, tuple[int, int] | None, list[Token]]],
                   unmapped: set[int]) -> tuple[list[list[Token]], dict[int, int], list[tuple[int, int]]] | None:
    """The cells of a run of status rows printed on two lines (:func:`second_line`: the
    counts, then the balances under them), each column of figures made a pair of columns
    (count, balance) at columns of their own (:data:`TWO_LINE_COL0`: fixed-width text leaves
    no room for two where one stood); with each row's second line (by the row's id) and the
    span each pair stands at as printed (its header's words name it there). None where no
    row has a second line, or a column has no balance on any row."""
    figures = [from_figures(cells) for _, _, cells in rows]
    below: list[list[Token]] = []
    seconds: dict[int, int] = {}
    for ln in run:
        nxt = w.lines[ln.no] if 0 < ln.no < len(w.lines) else None  # the lines are numbered from 1
        if nxt is not None and nxt.no in unmapped and second_line(ln, nxt):
            below.append(nxt.values)
            seconds[id(ln)] = nxt.no
        else:
            below.append([])
    if not seconds:
        return None
    spans = slots(figures)
    placed = place(figures, spans)
    printed = list(spans)  # each pair's span as printed: its counts' and its balances'
    out: list[list[Token]] = []
    for row, figs, bal, ln in zip(placed, figures, below, run, strict=True):
        by_count = dict(zip(_under(figs, bal) or [], bal, strict=False))
        cells: list[Token] = []
        for j, t in enumerate(row):
            if t is None:
                continue
            for k, tok in enumerate((t, by_count.get(figs.index(t)))):
                if tok is None:
                    continue
                if k:
                    tok.line = seconds[id(ln)]
                    printed[j] = (min(printed[j][0], tok.col), max(printed[j][1], tok.colend))
                at = TWO_LINE_COL0 + TWO_LINE_STEP * (2 * j + k)
                cells.append(moved(tok, at))
        out.append(cells)
    return out, seconds, printed


#: where the pairs of columns of a status row printed on two lines stand (placeholders)
TWO_LINE_COL0: Final = 1000
TWO_LINE_STEP: Final = 40
