"""Rows of a cell stream: the cell record, the cells of a text, rows from a label cell to
the next, the run of rows that makes one table, its stacked halves, and the page furniture
printed between two rows of one table. :mod:`abs_nb.parse.cells` turns these rows into the
lines and class tables the walk reads.

>>> _looks_like_class("A-1"), _looks_like_class("CUSIP")
(True, False)
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from abs_nb.parse.grid import MIN_ROWS
from abs_nb.parse.identities import rolls, sums_rows_above
from abs_nb.parse.leftovers import garbled_figure
from abs_nb.parse.memo import Memo
from abs_nb.parse.records import Record
from abs_nb.parse.row_labels import class_label
from abs_nb.parse.spelling import TOTAL_KEYS, class_key, without_note_mark
from abs_nb.parse.tokens import (
    VALUE_KINDS,
    Token,
    kind_of,
    line_tokens,
    lines_of,
    tokenize_line,
)

_CUSIP: Final = re.compile(r"^(?=[0-9A-Z]*\d)(?=[0-9A-Z]*[A-Z])[0-9A-Z]{9}$")


_CLASS = re.compile(r"^(?:Class\s+)?[A-Z0-9]{1,4}(?:\s*-\s*[A-Z0-9]{1,5}){0,3}$")


_FOOTNOTE = re.compile(r"\(\d\)|\*+")


_VALUE_WORDS = {"YES", "NO", "N/A"}




#: the synthetic columns of the lines rebuilt from a cell stream's rows: where cell 0 (the
#: first after the label) starts, and how far apart cells stand
CELL_COL0, CELL_COLW = 60, 20


def cell_col(q: int) -> int:
    """The synthetic column of a row's cell ``q`` (0: the first after the label).

    >>> cell_col(0), cell_col(2)
    (60, 100)
    """
    return CELL_COL0 + CELL_COLW * q


class Cell(Record):
    _fields = ("text", "line", "start", "tokens", "value", "in_row", "unit")

    def __init__(self, text: str, line: int, start: int, tokens: list[Token], value: bool,
                 in_row: bool = False, unit: bool = False) -> None:
        self.text = text  # "" for an empty cell: a position of its row that holds nothing
        self.line = line  # 1-based
        self.start = start  # offset of text in its line
        self.tokens = tokens
        self.value = value  # every token is a value (or a CUSIP, or a yes/no)
        self.in_row = in_row  # one of the cells of a line holding a whole row (an HTML <tr>)
        self.unit = unit  # the empty place of a "$" printed in a cell of its own

    @property
    def empty(self) -> bool:
        return not self.text

    @property
    def word(self) -> bool:
        """A cell of words: a label, a header, a title."""
        return not self.value and bool(self.text)


def _looks_like_class(text: str) -> bool:
    hit = _CLASS_LIKE.get(text)
    if hit is None:
        hit = _CLASS_LIKE.put(text, bool(_CLASS.match(without_note_mark(text))) and text.upper() not in ("CLASS", "CUSIP"))
    return hit


_CLASS_LIKE: Final[Memo[str, bool]] = Memo("cell_rows.looks_like_class")


def _class_label(cell: Cell) -> bool:
    return not cell.value and _looks_like_class(cell.text)


class _Row:
    """A row of a cell stream: its label cell (or none) and its cells, each at its column
    (0 the first after the label; -1 the label's own, in a row that has no label)."""

    __slots__ = ("label", "cells", "whole")

    def __init__(self, label: Cell | None, cells: list[tuple[int, Cell]], whole: bool) -> None:
        self.label = label
        self.cells = cells
        self.whole = whole  # a line holding the whole row (an HTML <tr>)

    @property
    def width(self) -> int:
        return len(self.cells)

    @property
    def header(self) -> bool:
        """A whole row of words (and empty cells) beside its label: the names of the
        columns below it."""
        return self.whole and not any(c.value for _, c in self.cells) and any(c.word for _, c in self.cells)


def _cells(text: str) -> list[Cell]:
    """Every cell of ``text``, in order. A line holding several cells (two ``|`` at least) is
    a whole row (an HTML ``<tr>``): its empty cells are kept, as positions. A lone
    ``|`` is an empty cell when the next line starts a cell too; followed by a line of text,
    it opens that text's cell."""
    out: list[Cell] = []
    lines = lines_of(text)
    for no, raw in enumerate(lines, 1):
        body = raw.strip()
        if body == "|":
            following = lines[no].lstrip() if no < len(lines) else ""
            if following.startswith("|"):
                out.append(Cell("", no, raw.index("|") + 1, [], False))
            continue
        parts = raw.split("|")
        # (a row's label may stand before its first bar: ``Balance | 1.00 |  | 3.00``)
        in_row = len(parts) > 2 and any(x.strip() for x in parts)
        if body.startswith("|") and len(parts) > 2 and not in_row:
            out.append(Cell("", no, 0, [], False, True))  # a row of empty cells: a blank row
            continue
        if in_row:
            while parts and not parts[-1].strip():
                parts.pop()  # blank cells closing a row are no positions of it
        pos = 0
        for k, part in enumerate(parts):
            content = part.strip()
            if not content:
                if in_row and k:
                    out.append(Cell("", no, pos, [], False, True))
                pos += len(part) + 1
                continue
            start = pos + len(part) - len(part.lstrip())  # content starts after the blanks
            out.append(_cell(content, no, start, in_row))
            pos += len(part) + 1
    return _join_units(out)


def _cell(content: str, no: int, start: int, in_row: bool) -> Cell:
    if " " in content or "\t" in content or not (content[0].isdigit() or content[0] in "$(-#NnYy"):
        tokens = line_tokens(content)
        # no label: every token a value (tokenize_line would make them all values)
        is_value = all(t.kind in VALUE_KINDS for t in tokens)
        for t in tokens:
            t.start += start
            t.end += start
            t.line = no
    else:  # one token, most often a number: classified without the line machinery
        hit = kind_of(content)
        n = len(content)
        tok = Token(content, start, start + n, 0, n, hit.kind, hit.value, hit.percent, hit.decimals, hit.number)
        tok.line = no
        if hit.kind == "word" and garbled_figure(content):
            tok.kind = "bad"  # a figure with a letter or a mark in it: one that cannot be read, not a name
        tokens, is_value = [tok], tok.kind != "word"
    if not is_value and len(tokens) == 1 and tokens[0].kind == "word":
        is_value = bool(_CUSIP.match(content)) or content.upper() in _VALUE_WORDS
    if not is_value and len(tokens) >= 2 and tokens[-2].kind == "word" and without_note_mark(content) != content.strip():
        tokens[-1].kind = "word"  # a footnote's mark after a name ("A-1 (1)"): the name's, no figure
    return Cell(content, no, start, tokens, is_value, in_row)


def _join_units(cells: list[Cell]) -> list[Cell]:
    """``$`` and ``%`` printed in cells of their own belong to the number beside them; so
    does a ``)`` that closes a negative amount (``(0.00`` / ``)``); a line reference broken
    the same way (``(12`` / ``)``) is dropped: it is no figure, and would take the row's label.

    >>> [(c.text, c.value) for c in _cells("|Balance\\n|$\\n|(1,234.50\\n|)\\n|(12\\n|)\\n|Rate\\n")]
    [('Balance', False), ('(1,234.50)', True), ('Rate', False)]
    """
    out: list[Cell] = []
    i = 0
    while i < len(cells):
        c = cells[i]
        if c.text == "$" and i + 1 < len(cells) and cells[i + 1].value:
            if c.in_row:  # its column, which the row's header may count (see _rows)
                out.append(Cell("", c.line, c.start, [], False, True, unit=True))
            out.append(cells[i + 1])
            i += 2
            continue
        if c.text == ")" and out and out[-1].text.startswith("(") and ")" not in out[-1].text:
            opened = out[-1]
            if opened.text[1:].isdigit() and len(opened.text) <= 4:
                # "(12" / ")": a line reference printed in the margin ("(12)"), no figure
                out.pop()
                i += 1
                continue
            joined = opened.text + ")"
            hit = kind_of(joined)
            if hit.kind == "num":
                # "(0.00" / ")": a negative amount broken over two cells (its span is the
                # first cell's); a "$" cell before it belongs to it too
                n = len(opened.text)
                tok = Token(joined, opened.start, opened.start + n, 0, n, hit.kind, hit.value, hit.percent, hit.decimals,
                            hit.number)
                tok.line = opened.line
                out[-1] = Cell(joined, opened.line, opened.start, [tok], True, opened.in_row)
                if len(out) >= 2 and out[-2].text == "$":
                    del out[-2]
                i += 1
                continue
        if c.text == "%" and out and out[-1].value and out[-1].tokens:
            last = out[-1].tokens[-1]
            fixed = tokenize_line(last.text + "%", last.line or c.line).tokens[0]
            fixed.start, fixed.end, fixed.line = last.start, c.start + 1, last.line
            out[-1].tokens[-1] = fixed
            i += 1
            continue
        out.append(c)
        i += 1
    return out


def _unit_columns(cells: list[Cell], at: int) -> tuple[frozenset[int], int]:
    """The positions where the rows from ``cells[at]`` (up to the next header, or a cell that
    is no row's) print a ``$`` cell, and the widest row's cell count."""
    n = len(cells)
    units: set[int] = set()
    widest = 0
    while at < n and cells[at].in_row:
        end = at
        while end < n and cells[end].in_row and cells[end].line == cells[at].line:
            end += 1
        row = cells[at:end]
        if any(x.tokens for x in row) and not any(x.value for x in row):
            if widest:
                break  # the next header
            at = end  # a lower line of this header
            continue
        widest = max(widest, len(row))
        units.update(k for k, x in enumerate(row) if x.unit)
        at = end
    return frozenset(units), widest


def _over_figures(header: list[Cell], units: frozenset[int]) -> list[Cell]:
    """A header cell spanning a ``$`` column and the figures' beside it (its text at the
    ``$``'s place, the empty place of its span after it) names one column, the figures': the
    empty place goes, as the rows' ``$`` cells do (:func:`_rows`).

    >>> row = _cells("|Class|Original||Rate")
    >>> [c.text for c in _over_figures(row, frozenset({1}))]
    ['Class', 'Original', 'Rate']
    """
    out = list(header)
    for k in sorted(units, reverse=True):
        if k + 1 < len(out) and out[k].tokens and out[k + 1].empty:
            del out[k + 1]
    return out


def _rows(cells: list[Cell]) -> list[_Row | Cell]:
    """``cells`` as rows, and the word cells that start none (titles, header cells of a
    stream printed one cell per line). A line holding several cells is a row; in a stream
    of one cell per line a row starts at a word cell (its label) and holds the value and
    empty cells up to the next word cell."""
    out: list[_Row | Cell] = []
    i, n = 0, len(cells)
    header_width: int | None = None  # the cells of the last header row
    units: frozenset[int] = frozenset()  # where the rows under that header print "$" cells
    widest = 0  # and their most cells
    seen_units: dict[tuple[str, ...], frozenset[int]] = {}  # by header: where its rows print "$" cells
    while i < n:
        c = cells[i]
        if c.in_row:
            j = i
            while j < n and cells[j].in_row and cells[j].line == c.line:
                j += 1
            line = cells[i:j]
            if not any(x.tokens for x in line[1:]):
                pass  # a blank row, or a label whose figures are all blank
            elif not any(x.value for x in line):
                units, widest = _unit_columns(cells, j)
                # a header repeated after a page break heads the same columns, "$" cells or not
                units = seen_units.setdefault(tuple(x.text for x in line), units) or units
                if len(line) + 1 >= widest:  # a header as wide as its rows counts their "$" cells
                    line = _over_figures(line, units)
                header_width = len(line)
            elif header_width is None or widest > header_width:
                # "$" cells the header does not count (a row is wider than it): each belongs to
                # its number's cell, and a blank figure's empty "$" cell is no column either
                kept = [x for x in line if not x.unit]
                if header_width is not None and len(kept) > header_width:
                    kept = [x for k, x in enumerate(line) if not x.unit and (x.tokens or k not in units)]
                line = kept
            if line[0].word:
                out.append(_Row(line[0], list(enumerate(line[1:])), True))
            else:
                out.append(_Row(None, [(k - 1, x) for k, x in enumerate(line)], True))
            i = j
            continue
        header_width = None
        label = c if c.word else None
        j = i + 1 if label else i
        while j < n and not cells[j].in_row and not cells[j].word:
            j += 1
        positions = cells[i + 1 if label else i: j]
        repeated = _repeated_run(cells, i) if label is not None else 0
        if label is not None and repeated and any(x.tokens for x in positions):
            # the header's last cell (it repeats the pattern of the cells before it), over an
            # unlabelled row, whose empty label cell stands first when it holds one cell more
            out.append(label)
            if len(positions) == repeated + 1 and positions[0].empty:
                positions = positions[1:]
            out.append(_Row(None, list(enumerate(positions)), False))
            i = j
            continue
        if label is not None and not positions:
            out.append(label)
        elif any(x.tokens for x in positions) or label is not None:
            out.append(_Row(label, list(enumerate(positions)), False))
        i = j
    return out


#: the longest pattern of header cells a header printed a cell a line repeats (``# Balance``
#: over each status, ``Count Balance Rate`` over each group)
MAX_HEADER_PERIOD = 4


def _repeated_run(cells: list[Cell], i: int) -> int:
    """How many word cells end at ``cells[i]`` repeating a shorter pattern of them, twice
    at least (``# Amount # Amount``: 4); 0 when ``cells[i]`` repeats no such pattern. A row's
    label repeats no header cell: such a cell is the header's last.

    >>> _repeated_run(_cells("|Status\\n|#\\n|Amount\\n|#\\n|Amount\\n"), 4)
    4
    >>> _repeated_run(_cells("|#\\n|Amount\\n|A-1\\n"), 2)
    0
    """
    for p in range(1, MAX_HEADER_PERIOD + 1):
        k = i
        while k - p >= 0 and cells[k].word and cells[k - p].word and cells[k].text == cells[k - p].text:
            k -= 1
        if i - k >= p:  # the pattern printed twice at least
            return i - k + p
    return 0


def _is_data_row(item: _Row | Cell) -> bool:
    return isinstance(item, _Row) and not item.header


def _table_rows(items: list[_Row | Cell], first: int) -> list[_Row]:
    """The rows of one cell per line from ``items[first]`` on, each with a label (the last
    may have none: an unlabelled Total), up to the first word cell that starts no row or a
    one-column half of them; or, from an unlabelled row, the unlabelled rows (a stacked half)."""
    rows: list[_Row] = []
    head = items[first] if first < len(items) else None
    unlabelled = isinstance(head, _Row) and head.label is None
    for at in range(first, len(items)):
        item = items[at]
        if not isinstance(item, _Row) or item.whole or (unlabelled and item.label is not None):
            break
        if (item.label is not None and item.width == len(rows) and not _class_or_total(item)
                and all(_class_or_total(r) for r in rows) and _stacked_half(items, at, len(rows))
                and not sums_rows_above([figures_of(r) for r in [*rows, item]], _not_rolling(rows))):
            break  # a one-column half of the rows above (:func:`_one_column_half`), no row of them
            # (unless its figures sum the rows': their Total, in other words)
        rows.append(item)
        if item.label is None and not unlabelled:
            break
    return rows


def figures_of(row: _Row) -> list[Token | None]:
    """A row's figures by column: each cell's one token, or nothing."""
    placed: list[Token | None] = [None] * (max((q for q, _ in row.cells), default=-1) + 1)
    for q, c in row.cells:
        if len(c.tokens) == 1 and q >= 0:
            placed[q] = c.tokens[0]
    return placed


def class_rows(rows: list[_Row]) -> int:
    """How many of ``rows`` from the first are classes or their Total: a Total in other
    words counts where its figures sum the rows above it."""
    n = 0
    while n < len(rows) and _class_or_total(rows[n]):
        n += 1
    if 0 < n < len(rows) and rows[n].label is not None and sums_rows_above(
            [figures_of(r) for r in rows[:n + 1]], _not_rolling(rows[:n])):
        n += 1
    return n


def _not_rolling(rows: list[_Row]) -> tuple[int, ...]:
    """The rows of classes whose balance does not roll (IO, X, P, R): a Total may leave them out."""
    return tuple(i for i, r in enumerate(rows) if r.label is not None and not rolls(r.label.text))


def _class_or_total(row: _Row) -> bool:
    label = row.label.text if row.label else None
    return label is None or class_label(label) is not None or class_key(label) in TOTAL_KEYS


def _stacked_half(items: list[_Row | Cell], at: int, rows_above: int) -> bool:
    """``items[at]`` holds the cells of an unlabelled stacked half of the class table just
    above, printed one cell per line: no label starts its rows, so they run on as one row
    (of the header's last cell, or of none), alone before the next word cell or header, as
    many cells as the rows above times two or more."""
    row = items[at]
    if not isinstance(row, _Row) or row.whole or rows_above < MIN_ROWS:
        return False
    nxt = items[at + 1] if at + 1 < len(items) else None
    alone = not isinstance(nxt, _Row) or nxt.header  # the next table's header may follow it
    columns = row.width // rows_above if row.width % rows_above == 0 else 0
    # one column under its header cell (a table of one column, one cell a line): as many
    # figures as the table above has rows, which a few loan groups' figures never are
    one_column = columns == 1 and row.label is not None and rows_above >= MIN_ONE_COLUMN_ROWS
    return alone and (columns >= 2 or one_column)


def _one_column_half(items: list[_Row | Cell], at: int, rows_above: int) -> bool:
    """``items[at]``, a labelled row right below the rows of a class table and no class's
    own, holding as many figures as that table has rows: a one-column stacked half of it
    (an HTML table of one column prints one cell a line, as a row of a cell stream does)."""
    row, before = items[at], items[at - 1] if at else None
    return (isinstance(row, _Row) and not row.whole and row.width == rows_above and not _class_or_total(row)
            and isinstance(before, _Row) and _class_or_total(before) and _stacked_half(items, at, rows_above))


# rows of the table above that a one-column half must match (a row of a few groups' figures
# beside its label is no such half)
MIN_ONE_COLUMN_ROWS = 5


def _split_half(row: _Row, rows: int) -> list[_Row | Cell]:
    """The rows of a stacked half (:func:`_stacked_half`), in the order of the rows above.

    >>> from abs_nb.parse.cell_rows import _cells
    >>> half = _Row(None, list(enumerate(_cells("|1\\n|2\\n|3\\n|4\\n|5\\n|6\\n"))), False)
    >>> [[c.text for _, c in r.cells] for r in _split_half(half, 3)]
    [['1', '2'], ['3', '4'], ['5', '6']]
    """
    k = row.width // rows
    cells = [c for _, c in row.cells]
    return [_Row(None, list(enumerate(cells[i * k: (i + 1) * k])), False) for i in range(rows)]


_PAGE = re.compile(r"\bpage\s+\d+", re.I)


MAX_FURNITURE = 8  # word cells a page break prints between two rows of one table


def _texts(items: list[_Row | Cell]) -> list[str]:
    """The words of header items: a cell's text, a header row's label and cells' texts."""
    return [x.text if isinstance(x, Cell) else "|".join(
        [x.label.text if x.label else ""] + [c.text for _, c in x.cells]) for x in items]


def _skip_page_breaks(items: list[_Row | Cell]) -> list[_Row | Cell]:
    """A table broken by a page: between two of its rows (alike: as wide, printed alike)
    stand the page's footer and the next page's top, and often the table's header again.
    Those are dropped, so the table reads on, when the word cells between the two rows are
    the header before the table again (its last two word cells or more, or its header
    rows), or a few word cells one of which names a page (``Page N``), and then maybe the
    header again. (The next block of a table printed in blocks, ``Group 2`` over the
    header of ``Group 1``'s, names no page: it stays a block.)

    >>> from abs_nb.parse.cell_rows import _cells
    >>> cells = _cells("|Class\\n|Bal\\n|A-1\\n|1.00\\n|Page 1\\n|Class\\n|Bal\\n|A-2\\n|2.00\\n")
    >>> [x.label.text if isinstance(x, _Row) else x.text for x in _skip_page_breaks(_rows(cells))]
    ['Class', 'Bal', 'A-1', 'A-2']
    """
    out: list[_Row | Cell] = []
    i = 0
    while i < len(items):
        item = items[i]
        out.append(item)
        i += 1
        if not isinstance(item, _Row) or item.header:
            continue
        j = i
        while j < len(items) and not _is_data_row(items[j]):
            j += 1
        nxt = items[j] if j < len(items) else None
        if j == i or not isinstance(nxt, _Row) or nxt.whole != item.whole or nxt.width != item.width:
            continue
        gap = items[i:j]
        first = len(out) - 1  # the table's first row, in out
        while first > 0 and _is_data_row(out[first - 1]):
            first -= 1
        head = _texts(out[max(0, first - len(gap)):first])
        texts = _texts(gap)
        m = 0
        while m < min(len(head), len(texts)) and head[-m - 1] == texts[-m - 1]:
            m += 1
        repeated = m >= 2 or (m == 1 and isinstance(gap[-1], _Row))
        furniture = texts[: len(texts) - m] if repeated else texts
        # a page's footer and top name their page; a table's next block names its group
        marked = len(furniture) <= MAX_FURNITURE and any(_PAGE.search(t) for t in furniture)
        if (repeated and not furniture) or (marked and all(isinstance(x, Cell) for x in gap[: len(furniture)])):
            i = j
    return out


def _split_overflow(items: list[_Row | Cell]) -> list[_Row | Cell]:
    """An unlabelled row (a Total printed with no label) follows the row above it in a
    stream of one cell per line, its empty label cell among that row's cells: a row longer
    than the cell count most rows of its table share, whose cell just past that count is
    empty, is that row and the unlabelled one after it.

    >>> from abs_nb.parse.cell_rows import _cells
    >>> cells = _cells("|A-1\\n|1.00\\n|2.00\\n|A-2\\n|3.00\\n|4.00\\n|B\\n|5.00\\n|6.00\\n|\\n|9.00\\n|12.00\\n")
    >>> [(r.label.text if r.label else None, [c.text for _, c in r.cells]) for r in _split_overflow(_rows(cells))]
    [('A-1', ['1.00', '2.00']), ('A-2', ['3.00', '4.00']), ('B', ['5.00', '6.00']), (None, ['9.00', '12.00'])]
    """
    out: list[_Row | Cell] = []
    k = 0
    while k < len(items):
        run = _table_rows(items, k)
        if len(run) < MIN_ROWS:
            out.append(items[k])
            k += 1
            continue
        n = _width(run)
        for r in run:
            rest = r.cells[n + 1:]
            if r.width > n + 1 and r.cells[n][1].empty and any(c.tokens for _, c in rest):
                out.append(_Row(r.label, r.cells[:n], False))
                out.append(_Row(None, [(q, c) for q, (_, c) in enumerate(rest)], False))
            else:
                out.append(r)
        k += len(run)
    return out


def _width(rows: list[_Row]) -> int:
    """The cell count most rows share (the larger on a tie)."""
    counts = Counter(r.width for r in rows)
    return max(counts, key=lambda w: (counts[w], w))
