"""Reports that print each figure before its words: every such line written words first.

The readers take a row's label from the words before its figures. A report may print the
other way round, a figure then the words naming it (``61,500,000.00   Original Principal
Balance``), and a table's row label last (``188   6,411,087.29   31 - 59 days past due``).
A line's cells are parted by two blanks or more; a cell is a figure when it is one number
alone (``$``, ``%``, brackets and a sign allowed). A line printing one figure or more, then
words, and so on, ending in words, prints figures first. A report of
:data:`MIN_LINES` such lines or more, :data:`MIN_SHARE` times as many as lines printing
words first and ending in a figure, is laid out again:

- each such line prints every run of words first, then the figures that stood before it;
  the n-th run of words of every such line starts in one column, and the n-th run of
  figures of every line moves by one shift, so columns keep their alignment and a blank
  cell stays blank;
- a table's other lines move with its columns: the lines under one of its rows printing
  figures alone (a total) or words alone (a class paid nothing), and its header (the lines
  of words right above its first row, at most :data:`MAX_HEADER_LINES`, each cell standing
  over one column of the rows or of the header line under it); a rule across its columns,
  and one cell above a header, first on its line (the table's title), stay;
- every other line is printed as it is.

Line numbers then refer to this rendering, as they do to an HTML exhibit's.

>>> text = "\\n".join(["CLASS A-1      RATE 4.620%",
...     "   61,500,000.00   Original Balance", "    2,683,813.80   Principal      43.639249  Per $1,000",
...     "      164,266.35   Interest        2.670998  Per $1,000", "    2,848,080.15   Total",
...     "   39,982,771.57   Ending Balance", ""])
>>> print(words_first(text), end="")
CLASS A-1      RATE 4.620%
  Original Balance   61,500,000.00
  Principal           2,683,813.80   Per $1,000   43.639249
  Interest              164,266.35   Per $1,000    2.670998
  Total               2,848,080.15
  Ending Balance     39,982,771.57
"""

from __future__ import annotations

import re
from typing import Final

from abs_nb.parse.tokens import CUSIP, kind_of

#: the fewest lines printing figures first that make a report of them
MIN_LINES: Final = 5
#: how many times the lines printing words first the lines printing figures first outnumber
MIN_SHARE: Final = 3
#: the most lines of words above a table's first row read as its header
MAX_HEADER_LINES: Final = 4
#: blanks between cells of a line laid out again
GAP: Final = 3
#: the column a line laid out again starts in
INDENT: Final = 2

_CELL: Final = re.compile(r"\S+(?: \S+)*")  # a cell: words or figures parted by one blank at most
_APART: Final = re.compile(r"(?<=\$) +| +(?=%)")  # blanks between a figure and its $ or %
_OPENS: Final = frozenset("0123456789$(-.[")  # what a figure starts with
_CLOSES: Final = frozenset("0123456789%)]-")  # what a figure ends with
_RULE: Final = re.compile(r"[-=_]+")

Cell = tuple[int, int, str]  # first column, column past the last, text


def _cells(line: str) -> list[Cell]:
    """A line's cells (parted by two blanks or more; a dollar sign set apart at its
    column's left edge is its figure's).

    >>> _cells("   188   6,411,087.29   31 - 59 days past due")
    [(3, 6, '188'), (9, 21, '6,411,087.29'), (24, 45, '31 - 59 days past due')]
    >>> _cells("$      165,048,000  1-A1")
    [(0, 18, '$      165,048,000'), (20, 24, '1-A1')]
    """
    out: list[Cell] = []
    for m in _CELL.finditer(line):
        if out and out[-1][2] == "$":
            out[-1] = (out[-1][0], m.end(), line[out[-1][0]:m.end()])
        else:
            out.append((m.start(), m.end(), m.group()))
    return out


def _is_figure(cell: str) -> bool:
    """Is ``cell`` one number alone (or what stands in the place of one, or a CUSIP)?

    >>> [_is_figure(c) for c in ("1,234.56", "(42.10)", "9.415%", "$ 12.00", "N/A", "A-1", "31 - 59 days")]
    [True, True, True, True, True, False, False]

    A CUSIP is a value too, never a row's words: ``95603ZZ06   $157,556,000.00   1-A1``
    prints figures first.
    """
    # (a token as the tokenizer reads it: a sign apart from its figure, "$ 12.00", "4.5 %", joined)
    return kind_of(_APART.sub("", cell)).kind in ("num", "na") or CUSIP.match(cell) is not None


def _groups(cells: list[Cell]) -> list[tuple[list[Cell], Cell]] | None:
    """A line printing figures first: each run of figures and the words after it, else None."""
    if not cells or not _is_figure(cells[0][2]) or _is_figure(cells[-1][2]):
        return None
    out: list[tuple[list[Cell], Cell]] = []
    figures: list[Cell] = []
    for c in cells:
        if _is_figure(c[2]):
            figures.append(c)
        elif not figures:
            return None  # two runs of words side by side: no figure names them
        else:
            out.append((figures, c))
            figures = []
    return out


def _words_first(cells: list[Cell]) -> bool:
    """Does a line print words first and end in a figure (the usual labelled line)?"""
    return len(cells) >= 2 and not _is_figure(cells[0][2]) and _is_figure(cells[-1][2])


def has_figures_first(text: str) -> bool:
    """Does ``text`` print its figures before their words (see the module doc)?

    >>> has_figures_first("\\n".join(f"  {n:>9,}.00   Amount {n}" for n in range(1, 10)))
    True
    >>> has_figures_first("\\n".join(f"Amount {n}   {n:>9,}.00" for n in range(1, 10)))
    False
    """
    lines = text.splitlines()
    # a line printing figures first starts with one and ends in words (asked first: cheap)
    first = sum(1 for line in lines if (s := line.strip()) and s[0] in _OPENS
                and not _is_figure(s.rsplit("  ", 1)[-1].lstrip()) and _groups(_cells(line)) is not None)
    if first < MIN_LINES:
        return False
    last = sum(1 for line in lines if (s := line.strip()) and s[-1] in _CLOSES and _words_first(_cells(line)))
    return first >= MIN_SHARE * last


def words_first(text: str) -> str:
    """``text`` with every line printing figures first laid out words first (see the
    module doc); ``text`` itself where it does not print so (:func:`has_figures_first`)."""
    if not has_figures_first(text):
        return text
    lines = text.split("\n")
    rows = {i: g for i, line in enumerate(lines) if (g := _groups(_cells(line))) is not None}
    # the n-th run of figures of every row moves as a whole, by one shift: columns stay aligned
    # and a blank cell stays blank
    width: dict[int, int] = {}
    low: dict[int, int] = {}
    high: dict[int, int] = {}
    for groups in rows.values():
        for k, (figures, words) in enumerate(groups):
            width[k] = max(width.get(k, 0), len(words[2]))
            low[k] = min(low.get(k, figures[0][0]), figures[0][0])
            high[k] = max(high.get(k, 0), figures[-1][1])
    starts: dict[int, int] = {}
    shifts: dict[int, int] = {}
    at = INDENT
    for k in sorted(width):
        starts[k] = at
        shifts[k] = at + width[k] + GAP - low[k]
        at = high[k] + shifts[k] + GAP
    out = list(lines)
    for i, groups in rows.items():
        out[i] = _place([(starts[k], words[2]) for k, (_, words) in enumerate(groups)]
                        + [(f[0] + shifts[k], f[2]) for k, (figures, _) in enumerate(groups) for f in figures])
    done: set[int] = set()
    for i in sorted(rows):
        if i in done:
            continue
        # a table: its rows printing figures first, a blank line between two of them, and the
        # lines under one printing figures alone (a total) or words alone (a class paid
        # nothing) in its columns; a header's cell stands over the cells of one column
        raw: list[Span] = []
        spans: list[Span] = []  # (numbered when a line other than a row asks: once a table, mostly)
        r = i
        while r < len(lines):
            if r in rows:
                raw += _spans(rows[r], shifts, starts)
                done.add(r)
            elif not lines[r].strip() and r + 1 in rows:
                pass
            elif (cells := _cells(lines[r])) and all(
                    len(_over(c, spans if len(spans) == len(raw) else (spans := _columns(raw)))) == 1 for c in cells):
                out[r] = _place([_moved(c, spans) for c in cells])
            else:
                break
            r += 1
        spans = spans if len(spans) == len(raw) else _columns(raw)
        for h, placed in _header_lines(lines, i, rows, spans):
            out[h] = _place(placed)
    return "\n".join(out)


Span = tuple[int, int, int, "int | None", int]  # a row's cell: first column, column past the last,
# the shift of its run of figures, where its words start (None: figures), the column it is of


def _spans(groups: list[tuple[list[Cell], Cell]], shifts: dict[int, int], starts: dict[int, int]) -> list[Span]:
    """The cells of a row printing figures first: where each stands and where it moves. Its
    words stand for the room from a few blanks before them to the next figures (a row's
    title above them, ``Group 1``, may start before or after its words)."""
    out: list[Span] = []
    for k, (figures, words) in enumerate(groups):
        out += [(f[0], f[1], shifts[k], None, 0) for f in figures]
        out.append((max(figures[-1][1] + 1, words[0] - GAP), groups[k + 1][0][0][0] - 1 if k + 1 < len(groups) else _END,
                    shifts[k], starts[k], -1 - k))
    return out


def _columns(spans: list[Span]) -> list[Span]:
    """``spans`` with the column of each run of figures' cells numbered: the cells one
    above the other (overlapping) are of one column.

    >>> [sp[4] for sp in _columns([(3, 8, 0, None, 0), (0, 8, 0, None, 0), (10, 14, 0, None, 0)])]
    [1, 1, 2]
    """
    figures = sorted((sp for sp in spans if sp[3] is None), key=lambda sp: sp[0])
    column: dict[tuple[int, int], int] = {}
    n, end = 0, -1
    for sp in figures:
        if sp[0] >= end:
            n += 1
        end = max(end, sp[1]) if sp[0] < end else sp[1]
        column[sp[0], sp[1]] = n
    return [(*sp[:4], column[sp[0], sp[1]]) if sp[3] is None else sp for sp in spans]


# a figure with decimals or a percent, or a CUSIP, among words: a labelled value
# (``RATE 4.620%``), never a header's words (``Per $1,000`` is)
_VALUE_IN_WORDS: Final = re.compile(r"\d\.\d|\d ?%|\b" + CUSIP.pattern.strip("^$") + r"\b")
_END: Final = 1 << 20  # past the end of any line


def _place(cells: list[tuple[int, str]]) -> str:
    """A line printing each text at its column (a blank at least between two)."""
    line = ""
    for col, text in sorted(cells):
        line = (line + " " if line else "").ljust(col) + text
    return line


def _over(cell: Cell, spans: list[Span]) -> set[tuple[int, int | None, int]]:
    """The columns (shift or start of words, and number) of the rows' cells ``cell`` stands over: a
    header's cell over figures ends by their right edge or starts by their left one (a
    heading starts before them and runs on past them)."""
    widths = [(min(cell[1], sp[1]) - max(cell[0], sp[0]), sp) for sp in spans]
    most = max((n for n, _ in widths), default=0)
    # a cell's end reaching a blank or two into a column running on past it is no cell over
    # it (a column inside the cell is)
    over = [sp for n, sp in widths if n > 0 and (n > GAP - 1 or most <= GAP - 1 or cell[0] <= sp[0] and sp[1] <= cell[1])]
    if not over:
        # over no cell, before a run of words: a column every row leaves blank, which moves
        # with the figures before those words
        words = [sp for sp in spans if sp[3] is not None and cell[1] <= sp[0]]
        return {(min(words)[2], None, _END + cell[0])} if words else set()
    figures = [sp for sp in over if sp[3] is None]
    if figures and cell[1] > max(sp[1] for sp in figures) + GAP and cell[0] < min(sp[0] for sp in figures) - GAP:
        return set()
    return {(sp[2], sp[3], sp[4]) for sp in over}


def _moved(cell: Cell, spans: list[Span]) -> tuple[int, str]:
    """A header's cell moved with the column it stands over: over figures by their shift,
    over words to where the words start."""
    ((shift, start, _),) = _over(cell, spans)
    return (cell[0] + shift if start is None else start), cell[2]


def _header_lines(lines: list[str], row: int, rows: dict[int, list[tuple[list[Cell], Cell]]],
                  spans: list[Span]) -> list[tuple[int, list[tuple[int, str]]]]:
    """The lines of words alone right above line ``row`` (no blank line between, and no
    line printing figures first: the header of a table whose first row it is), each with its
    cells moved: every cell stands over the cells of one column of the table's rows, or over
    a cell of a header line below it (a header's words centred over a wide column); a rule
    across the columns stays where it is."""
    out: list[tuple[int, list[tuple[int, str]]]] = []
    known = list(spans)
    i = row - 1
    while i >= 0 and i not in rows and len(out) < MAX_HEADER_LINES:
        cells = _cells(lines[i])
        # (a header's words may hold a small whole number alone: "60" over "to 89 Days")
        words = any(not _is_figure(c[2]) for c in cells)
        over_one = cells and not any((_is_figure(c[2]) and not (words and c[2].isdigit() and len(c[2]) <= 3)
                                      and not _RULE.fullmatch(c[2]))
                                     or _VALUE_IN_WORDS.search(c[2]) or len(_over(c, known)) != 1 for c in cells)
        if not over_one and not (cells and all(_RULE.fullmatch(c[2]) for c in cells)):
            break
        if over_one and out and len(cells) == 1 and cells[0][0] <= min(sp[0] for sp in known):
            break  # one cell above a header, first on its line: the table's title
        if over_one:
            columns = [next(iter(_over(c, known))) for c in cells]
            out.append((i, [(c[0] + shift if start is None else start, c[2])
                            for c, (shift, start, _) in zip(cells, columns, strict=True)]))
            known += [(c[0], c[1], *column) for c, column in zip(cells, columns, strict=True)]
        i -= 1  # (a rule across the columns stays where it is)
    return out


__all__ = ["has_figures_first", "words_first"]
