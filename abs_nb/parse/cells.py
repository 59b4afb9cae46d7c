"""Reports rendered as cells: one table cell per line (HTML exhibits saved as text, ``|``
lines) or one table row per line (HTML rendered by :mod:`abs_nb.sources.html_exhibit`).

They become the lines the walk reads in fixed-width text (:mod:`abs_nb.parse.engine`), each
cell at a synthetic column of its row, so that one reader serves every rendering. A line
holding several cells is a row, its cells (empty ones too) at their positions. In a stream
of one cell per line a row starts at a word cell, its label (a class, a status, a Total),
and holds the cells up to the next, an empty cell (a lone ``|``) a position too; the word
cells before a table's first row are its header: the last ones, one per column (the cell
count most rows share), and the label column's name before them, name the columns by
position when a heading, a title or nothing stands above them. A header that spans more
lines than one cannot be placed so: a class table under it is read here, its columns named
as :func:`abs_nb.parse.header_names.name_by_order` names them and proven by the numbers
(:mod:`abs_nb.parse.roles`). Class tables whose header cells match a template
(``cell_tables.csv``) are read column by column. Every value keeps the line it stands on.

>>> text = "|Principal Collections\\n|19,557,436.87\\n|Charge off Amount\\n|20,820.00\\n"
>>> is_cell_stream(text)
True
>>> [(ln.label, [t.text for t in ln.values]) for ln in read(text).lines]
[('Principal Collections', ['19,557,436.87']), ('Charge off Amount', ['20,820.00'])]
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Final, cast

from abs_nb.parse.cell_rows import (
    _FOOTNOTE,
    Cell,
    _cells,
    _class_label,
    _is_data_row,
    _not_rolling,
    _one_column_half,
    _Row,
    _rows,
    _skip_page_breaks,
    _split_half,
    _split_overflow,
    _stacked_half,
    _table_rows,
    _width,
    cell_col,
    class_rows,
    figures_of,
)
from abs_nb.parse.grid import MIN_ROWS
from abs_nb.parse.group_headings import group_of
from abs_nb.parse.header_names import name_by_order
from abs_nb.parse.identities import sums_rows_above
from abs_nb.parse.label_above import (
    classes_below,
    dash_continued,
    labels_above,
    labels_across,
    labels_below,
)
from abs_nb.parse.memo import Memo
from abs_nb.parse.note_marks import read_marked_lines
from abs_nb.parse.panes import restack
from abs_nb.parse.per_1000_headings import HEADING_LINES, says_per_1000
from abs_nb.parse.pieces import ClassBlock, ClassColumn, ClassRow, Walk
from abs_nb.parse.row_labels import class_label
from abs_nb.parse.spelling import TOTAL_KEYS, class_key, normalise
from abs_nb.parse.statuses import status_of
from abs_nb.parse.text_lines import boxed_rows, is_collapsed, lines_of, one_cell_a_line
from abs_nb.parse.tokens import VALUE_KINDS, Line, Token, tokenize, tokenize_line
from abs_nb.parse.vocabulary import vocabulary


@dataclass
class CellRead:
    lines: list[Line] = field(default_factory=list)
    class_blocks: list[ClassBlock] = field(default_factory=list)
    cut: Line | None = None  # the row holding the text's last, cut-off line (not read)


def is_cell_stream(text: str) -> bool:
    """Many non-blank lines are ``|``-separated cells (``|cell`` lines, a lone ``|``, or
    ``label | | value |`` rows), or a text with no bars (or few) holds one cell a line
    (:func:`abs_nb.parse.text_lines.one_cell_a_line`)."""
    head = text[:20000]
    lines = [ln for ln in head.split("\n") if ln.strip()]
    if "|" not in head:
        return one_cell_a_line(lines)
    if len(lines) < 4:
        return False
    piped = sum(1 for ln in lines if ln.lstrip().startswith("|") or " | " in ln or ln.rstrip().endswith(" |"))
    # a bar or two in the words of a stream with no bars ("Sixth | Marquette") makes it none
    # (a stream's rows pad no cell: only bars apart from the text, or framing rows, count)
    return piped - len(boxed_rows(lines, touching=False)) >= 0.3 * len(lines) or one_cell_a_line(lines)


@lru_cache(maxsize=1)
def _templates() -> list[tuple[str, str, list[str], list[str]]]:
    text = resources.files("abs_nb.parse").joinpath("cell_tables.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    return [(r["name"], r["section"], r["header"].split("|"), r["columns"].split(";")) for r in rows]


_NORM_HEADERS: Final[Memo[str, str]] = Memo("cells.norm_header")


def _norm_header(text: str) -> str:
    hit = _NORM_HEADERS.get(text)
    return hit if hit is not None else _NORM_HEADERS.put(text, normalise(_FOOTNOTE.sub(" ", text)))


def _row_line(label: Cell | None, values: list[Cell]) -> Line:
    """A rebuilt row: the label cell's tokens, then every value token at a synthetic column
    (the cell's own tokens, which belong to this row only, are re-positioned in place)."""
    label_tokens = list(label.tokens) if label else []
    vals: list[Token] = []
    for c in values:
        for t in c.tokens:
            col = cell_col(len(vals))
            t.col, t.colend = col, col + len(t.text)
            if not c.value:
                t.kind = "word"
            vals.append(t)
    no = label.line if label else (values[0].line if values else 0)
    return Line(no, label.text if label else "", label_tokens + vals, label_tokens, vals)


def read(text: str) -> CellRead:
    """Rebuild rows and class tables from a cell stream (see the module docstring)."""
    cells = _cells(text)
    out = CellRead()
    if not text.endswith("\n") and not text.rstrip(" \t").endswith("|") and cells and cells[-1].line == text.count("\n") + 1:
        # the text stops mid-cell: its last cell may be cut short; the cells before it, each
        # closed by its rule, are whole (a text ending on a rule, "|", cuts no cell)
        out.cut = _row_line(None, cells[-1:])
        out.cut.raw = text.rsplit("\n", 1)[-1]
        cells = cells[:-1]
    out.class_blocks, taken = _template_tables([c for c in cells if not c.empty])
    # stretches of cells between the template tables' and the blank lines (a table's edge)
    lines = lines_of(text)
    stretch: list[Cell] = []
    last = 0
    for k, c in enumerate(cells):
        blank = next((no for no in range(last + 1, c.line) if not lines[no - 1].strip()), None)
        if blank is not None and _row_after_row(stretch, cells, k):
            blank = None
        if blank is not None or id(c) in taken:
            _read_rows(stretch, out)
            stretch = []
            if blank is not None:
                out.lines.append(Line(blank, "", []))
        if id(c) not in taken:
            stretch.append(c)
        last = c.line
    _read_rows(stretch, out)
    return out


def _row_after_row(stretch: list[Cell], cells: list[Cell], k: int) -> bool:
    """A blank line between a row and the next is no table's edge, where a web page saved
    as text puts one after every row: the cells before it end with a figure of a row (a
    label, then as many figures as the row after it holds), and the cells after it are a
    row of as many figures, under the same label column."""
    width = _figures_after_label(stretch, len(stretch) - 1, back=True)
    return width >= 2 and _figures_after_label(cells, k) == width


def _figures_after_label(cells: list[Cell], at: int, back: bool = False) -> int:
    """How many figure (or empty) cells follow the word cell at ``at`` up to the next word
    cell; ``back``: ``at`` is the row's last cell, its label the word cell before it."""
    if back:
        while at >= 0 and not cells[at].word:
            at -= 1
    if at < 0 or at >= len(cells) or not cells[at].word:
        return 0
    n = 0
    for c in cells[at + 1:]:
        if c.word:
            break
        n += 1
    return n if not back or at + 1 + n == len(cells) else 0


def _template_tables(cells: list[Cell]) -> tuple[list[ClassBlock], set[int]]:
    """The class tables whose header cells match a template (``cell_tables.csv``), and the
    ids of the cells they hold (their header cells and rows)."""
    blocks: list[ClassBlock] = []
    taken: set[int] = set()
    i = 0
    labels_run: list[Cell] = []
    while i < len(cells):
        c = cells[i]
        if not c.value:
            labels_run.append(c)
            block, used, n_header = _class_table(cells, i, labels_run)
            if block is not None:
                taken.update(id(x) for x in labels_run[-n_header - 1: -1])
                taken.update(id(x) for x in cells[i:used])
                blocks.append(block)
                labels_run = []
                i = used
                continue
            i += 1
            continue
        while i < len(cells) and cells[i].value:
            i += 1
        labels_run = []
    return blocks, taken


def _read_rows(cells: list[Cell], out: CellRead) -> None:
    """Lines (and class tables whose header cannot be placed) of a stretch of cells. A table
    under a header stands between blank lines, as in fixed-width text: what stands above
    its header (a title, a heading) is no part of it, unless it is a group's name (the upper
    line of a two-line header, ``Group 1`` over ``Count  Balance``), and the word cell after
    its last row is no row of it; nor is a label printed with its figure in one cell after
    rows (a line of another kind)."""
    items = _split_overflow(_skip_page_breaks(_rows(cells)))
    k = 0
    end = -1  # the item after the last row of the table under the last header
    rows_above = 0  # the rows of the last labelled table
    while k < len(items):
        item = items[k]
        if isinstance(item, Cell) and (k == end or (k and _is_data_row(items[k - 1]) and _lone_line(item).values)):
            out.lines.append(Line(item.line, "", []))
        if isinstance(item, _Row) and item.label is not None and _one_column_half(items, k, rows_above):
            # its header cell, then its rows
            items[k: k + 1] = [item.label, *_split_half(_Row(None, item.cells, False), rows_above)]
            continue
        if isinstance(item, _Row):
            if item.header:
                above = items[k - 1] if k else None
                if isinstance(above, Cell) and not _group_name(above):
                    out.lines.append(Line(item.cells[0][1].line, "", []))
                out.lines.append(_header_line([] if item.label is None else [item.label],
                                              [(q, c) for q, c in item.cells if c.word]))
                end = k + 1
                while end < len(items) and _is_data_row(items[end]):
                    end += 1
                # the class (and Total) rows under the header: the halves below take their labels
                under = class_rows([cast(_Row, x) for x in items[k + 1:end]])
                if under >= MIN_ROWS:
                    rows_above = under
            else:
                out.lines.append(_positioned(item))
            k += 1
            continue
        j = k
        while j < len(items) and isinstance(items[j], Cell):
            j += 1
        run = [x for x in items[k:j] if isinstance(x, Cell)]
        nxt = items[j] if j < len(items) else None
        half = False
        if isinstance(nxt, _Row) and _stacked_half(items, j, rows_above):
            half = True
            if nxt.label is not None:  # the header's last cell, which the half's cells follow
                run.append(nxt.label)
            items[j: j + 1] = _split_half(nxt, rows_above)
        table = _table_rows(items, j)
        if len(table) >= MIN_ROWS and class_rows(table) == len(table):
            rows_above = len(table)
        header, lone = _place_header(run, table)
        if header is None and len(table) >= MIN_ROWS and (found := _structure_block(run, table, half)) is not None:
            block, used, n_header = found
            out.lines.extend(_lone_line(c) for c in run[: len(run) - n_header])
            out.class_blocks.append(block)
            # where the table stood, a blank line: what follows has no header above it
            out.lines.append(Line(block.rows[-1].line, "", []))
            k = j + used
            continue
        out.lines.extend(_lone_line(c) for c in lone)
        if header is not None:
            if lone and not _group_name(lone[-1]):
                out.lines.append(Line(header[0].no, "", []))
            out.lines.extend(header)
            end = j + len(table)
        k = j


def _label_column_name(cell: Cell) -> bool:
    return vocabulary().lookup(cell.text, "*", ("label",)) is not None


def _header_top(cell: Cell, naming: bool = False) -> bool:
    """A cell that can stand above a header but not in it: a heading, a group's name, a
    title awaiting its figure (``...:``), a labelled figure, a metadata line. ``naming``: the
    cell is one of those the columns below need for their names, where a heading's words name
    a column (``Prin. Dist.``)."""
    if cell.text.rstrip().endswith(":") or any(t.kind in VALUE_KINDS for t in cell.tokens):
        return True
    if not naming and vocabulary().lookup(cell.text, "*", ("heading",)) is not None:
        return True
    return normalise(cell.text).startswith(meta_prefixes()) or _group_name(cell)


def _group_name(cell: Cell) -> bool:
    """A group's name (not the Total's, "Tot.": the upper word of a header, "Total" over
    "Payment", too)."""
    group = group_of(cell.text)
    return group is not None and class_key(group) not in TOTAL_KEYS


@lru_cache(maxsize=1)
def meta_prefixes() -> tuple[str, ...]:
    """The metadata labels (``distribution date``, ...): a line starting with one is metadata."""
    return tuple(dict.fromkeys(label for label, _ in vocabulary().label_fields("meta")))


def _place_header(run: list[Cell], table: list[_Row]) -> tuple[list[Line] | None, list[Cell]]:
    """The header lines of the rows ``table`` from the word cells ``run`` above them, and the
    cells of ``run`` that stand alone. The last cells of ``run``, one per column (and the
    label column's own name, ``Class``, before them), name the columns by position when
    nothing but a heading, a title or the start of the stretch stands above them, or the
    group names of a header's upper line (:func:`_upper_header`); else the header spans more
    lines than a stream of one cell per line shows, and no cell is placed."""
    if len(table) < MIN_ROWS or not run:
        return None, run
    n = _width(table)
    k = n + 1 if len(run) > n and _label_column_name(run[-n - 1]) else n
    if len(run) < n:
        return None, run
    head = run[-k:]
    label = [head[0]] if k > n else []
    upper: list[Line] = []
    lone = run[:-k]
    if len(run) > k and not _header_top(run[-k - 1]) and not _all_groups(head[len(label):]):
        # (a header of the groups' names, the Total's last, is whole: above it stands a heading)
        top, lone = _upper_header(run[:-k], table)
        if top is None:
            return None, run
        upper = [top]
    return [*upper, _header_line(label, list(enumerate(head[len(label):])))], lone


def _upper_header(run: list[Cell], table: list[_Row]) -> tuple[Line | None, list[Cell]]:
    """The upper line of a two-line header printed one cell per line, and the cells of ``run``
    that stand alone: the last ``m`` cells of ``run`` (above the header's placed names),
    each over ``n / m`` of the table's ``n`` columns, when each names a group (``Pool 1``
    ... and the Total by any name, ``Aggregate``, over ``Loans  Amount`` each) and no
    other group's name stands above them.

    >>> from abs_nb.parse.cell_rows import _cell
    >>> run = [_cell(t, 1, 1, False) for t in ("Delinquency", "Pool 1", "Pool 2", "Aggregate")]
    >>> rows = [_Row(None, [(q, _cell("1", 2, 1, False)) for q in range(6)], False)] * 3
    >>> upper, lone = _upper_header(run, rows)
    >>> [(t.text, t.col, t.colend) for t in upper.tokens], [c.text for c in lone]
    ([('Pool', 60, 61), ('1', 61, 98), ('Pool', 100, 101), ('2', 101, 138), ('Aggregate', 140, 178)], ['Delinquency'])
    """
    n = _width(table)
    for m in range(min(len(run), n // 2), 1, -1):
        upper = run[-m:]
        # every cell a group's name, the last perhaps the Total's by any name ("Aggregate")
        if n % m or not all(_group_name(c) for c in upper[:-1]) or not upper[-1].word:
            continue
        if len(run) > m and _group_name(run[-m - 1]):
            continue  # more group names above: the count is not the header's
        span = n // m  # the cells' tokens are placed only now: a header not taken is left as printed
        tokens: list[Token] = []
        for j, c in enumerate(upper):
            for i, t in enumerate(c.tokens):
                t.kind = "word"
                t.col, t.colend = cell_col(j * span) + i, cell_col(j * span) + i + 1
                tokens.append(t)
            tokens[-1].colend = cell_col((j + 1) * span) - 2  # over the group's last column, set off from the next
        text = " ".join(c.text for c in upper)
        return Line(upper[0].line, text, tokens, tokens, []), run[:-m]
    return None, run


def _all_groups(cells: list[Cell]) -> bool:
    """Two or more cells, each a loan group's name, the last perhaps the Total's by any name."""
    return len(cells) >= 2 and all(_group_name(c) for c in cells[:-1]) and group_of(cells[-1].text) is not None


def _structure_block(run: list[Cell], table: list[_Row], half: bool = False) -> tuple[ClassBlock, int, int] | None:
    """A class table whose header cannot be placed: its rows of class labels (and a Total,
    labelled or not) with the common cell count, or the unlabelled rows of a stacked
    ``half`` of the class table above (which lends them its labels); its columns by
    position, named as :func:`abs_nb.parse.header_names.name_by_order` names them, their roles
    proven by the numbers (:mod:`abs_nb.parse.roles`); how many rows it takes, and how many
    header cells: those of ``run`` below the last cell that stands above a header."""
    n = _width(table)
    rows: list[_Row] = []
    for r in table:
        label = r.label.text if r.label else None
        if r.width != n or not (label is None or class_label(label) or class_key(label) in TOTAL_KEYS):
            break
        rows.append(r)
    # the row after the classes, in words no Total's, is their Total where it sums them
    summed = table[len(rows)] if len(rows) < len(table) and table[len(rows)].width == n else None
    if summed is not None and not sums_rows_above(
            [figures_of(r) for r in [*rows, summed]], _not_rolling(rows)):
        summed = None
    if summed is not None:
        rows.append(summed)
    whole_half = half and len(rows) == len(table) and all(r.label is None for r in rows)
    if not whole_half and sum(1 for r in rows if class_label(r.label.text if r.label else "")) < MIN_ROWS:
        return None
    top = max((i for i, c in enumerate(run) if _header_top(c, i >= len(run) - n)), default=-1)
    header = run[top + 1:]
    if len({status_of(c.text) for c in run} - {None}) >= MIN_ROWS:
        return None  # statuses over the columns: a delinquency table across, its rows the groups ("FIXED")
    figures = [[t.number if t is not None else math.nan for t in figures_of(r)] for r in rows]
    names = name_by_order([_header_line([c], []) for c in header], n, rows=figures)
    columns = [ClassColumn(name, None, "", (cell_col(q), cell_col(q) + 1)) for q, name in enumerate(names)]
    # a heading above the header saying its figures are per $1,000: a hint the checks test
    per_1000 = any(says_per_1000(c.text) for c in run[max(0, top + 1 - HEADING_LINES): top + 1])
    block = ClassBlock("per1000" if per_1000 else "classes", columns, [c.line for c in header] or [rows[0].label.line if rows[0].label else rows[0].cells[0][1].line])
    block.found_by = "structure"
    block.header_texts = [c.text for c in header]
    for r in rows:
        lab = r.label
        placed = (figures_of(r) + [None] * n)[:n]
        block.problems += [f"line {c.line}: cell {c.text!r} holds more than one figure"
                           for _, c in r.cells if len(c.tokens) > 1]
        if r is summed and lab is not None:
            block.rows.append(ClassRow("Total", lab.line, placed, (lab.start, lab.start + len(lab.text))))
            continue
        if lab is None:  # an unlabelled Total, or a row of a half (blank: a class it leaves blank)
            block.rows.append(ClassRow(None, next((c.line for _, c in r.cells if c.tokens), r.cells[0][1].line), placed))
            continue
        name = class_label(lab.text) or lab.text
        block.rows.append(ClassRow(name, lab.line, placed, (lab.start, lab.start + len(lab.text))))
    return block, len(rows), len(header)


def _header_line(label: list[Cell], cells: list[tuple[int, Cell]]) -> Line:
    """A header line: the label column's name where it stands, then each column's name at
    its column (its words one column apart: one segment, whatever its length)."""
    tokens = [t for c in label for t in c.tokens]
    for q, c in cells:
        for i, t in enumerate(c.tokens):
            t.kind = "word"
            t.col, t.colend = cell_col(q) + i, cell_col(q) + i + 1
            tokens.append(t)
    first = (label or [c for _, c in cells])[0]
    return Line(first.line, " ".join(c.text for c in label + [c for _, c in cells]), tokens, tokens, [])


def _lone_line(cell: Cell) -> Line:
    """A word cell that starts no row: a title, or a label and its figures printed in one
    cell, set off by two or more spaces, or by a colon or leader dots ending the words
    (``Ending O/C Amount  8,804,354.47``, ``Req OC Amt: 9048712``, ``WAM ..... 296``: the
    trailing figures are its values; ``August 25, 2005`` is words).

    >>> from abs_nb.parse.cell_rows import _cell
    >>> [t.text for t in _lone_line(_cell("Req OC Amt: 9048712", 3, 1, False)).values]
    ['9048712']
    """
    tokens = cell.tokens
    i = len(tokens)
    while i > 0 and tokens[i - 1].kind in VALUE_KINDS:
        i -= 1
    if i == len(tokens) or i == 0 or (tokens[i].col - tokens[i - 1].colend < 2
                                      and not tokens[i - 1].text.endswith((":", ".."))):
        return Line(cell.line, cell.text, tokens, tokens, [])
    return Line(cell.line, cell.text, tokens, tokens[:i], tokens[i:])


def _positioned(row: _Row) -> Line:
    """A row: the label cell's tokens, then every cell's tokens at its column (a cell of
    words among figures stays words)."""
    label_tokens = list(row.label.tokens) if row.label else []
    vals: list[Token] = []
    for q, c in row.cells:
        if not c.tokens:
            continue
        c0 = c.tokens[0].col
        for t in c.tokens:
            t.col = cell_col(q) + t.col - c0
            t.colend = t.col + len(t.text)
            if not c.value:
                t.kind = "word"
            vals.append(t)
    no = row.label.line if row.label else next((c.line for _, c in row.cells if c.tokens), row.cells[0][1].line)
    return Line(no, row.label.text if row.label else "", label_tokens + vals, label_tokens, vals)


def _class_table(cells: list[Cell], first: int, run: list[Cell]) -> tuple[ClassBlock | None, int, int]:
    """A class table whose header cells end ``run[:-1]`` and whose first class label is
    ``cells[first]`` (== ``run[-1]``): the block, the index after its last row, and the
    number of header cells."""
    if not _class_label(cells[first]):
        return None, first, 0
    normalised = [_norm_header(c.text) for c in run[:-1]]
    for _name, section, header, columns in _templates():
        n = len(header)
        if normalised[-n:] != header:
            continue
        k = len(columns) - 1
        rows: list[ClassRow] = []
        j = first
        while j < len(cells) and _class_label(cells[j]):
            vals = cells[j + 1: j + 1 + k]
            if len(vals) < k or not all(x.value and len(x.tokens) == 1 for x in vals):
                break  # a row cut short (or not a row of this table) ends the table
            label = cells[j]
            rows.append(ClassRow(label.text, label.line, [x.tokens[0] for x in vals],
                                 (label.start, label.start + len(label.text))))
            j += 1 + k
        if not rows:
            continue
        v = vocabulary()
        cols = []
        for field_name in columns[1:]:
            entry = next((e for e in (v.lookup(w, section, ("classes",)) for w in _WORDS.get(field_name, ())) if e), None)
            type_ = entry.type if entry else ("text" if field_name in ("cusip", "description") else "rate" if field_name.endswith("_rate") else "money")
            cols.append(ClassColumn(field_name, field_name, type_, (0, 0)))
        block = ClassBlock(section, cols, [c.line for c in run[-n - 1: -1]])
        block.rows = rows
        return block, j, n
    return None, first, 0


_WORDS = {"interest_rate": ("rate",), "cusip": ("cusip",)}


def report_lines(text: str) -> tuple[Walk, list[ClassBlock]]:
    """The lines the walk reads, in a :class:`Walk`, and the class tables a cell stream's
    templates placed: a cell stream's rows rebuilt (:func:`read`), or every line tokenised.
    A text cut mid-line reads its last line but for the word or figure the cut falls in (it
    may be cut short: ``$167`` of ``$167,128,113.67``); what stands before it is printed whole
    (a truncated row is read as far as it is whole, never completed with guesses).

    >>> w, _ = report_lines("Scheduled Principal   1,000.00\\nA-1   5,000.00   4,000.00   3,9")
    >>> [(ln.label, len(ln.values)) for ln in w.lines], w.cut_line.no
    ([('Scheduled Principal', 1), ('A-1', 2)], 2)
    >>> w, _ = report_lines("Realized Losses\\n                   12,34")  # a figure under its label, cut
    >>> [v.text for ln in w.lines for v in ln.values], w.cut_line.no
    ([], 2)
    """
    blocks: list[ClassBlock] = []
    if is_cell_stream(text):
        got = read(text)
        w = Walk(got.lines)
        w.rendering, w.cut_line, blocks = "cells", got.cut, got.class_blocks
        return w, blocks
    lines = tokenize(text)
    stacked = restack(text, lines)  # panes side by side, read one under the other
    if stacked is not None:
        text, printed, ends = stacked
        lines = tokenize(text)
    w = Walk(lines)
    if stacked is not None:
        w.printed, w.pane_ends = printed, ends
    last = w.lines[-1] if w.lines else None
    if last is not None and not text.endswith("\n") and (last.values or last.text_value):
        # before any pass moves a figure: the cut falls in the line as printed
        w.cut_line = last
        whole = last.raw if last.raw[-1:].isspace() else last.raw[:last.tokens[-1].start]
        w.lines[-1] = tokenize_line(whole.rstrip(), last.no) if whole.strip() else Line(last.no, "", [])
        w.lines[-1].cut = True
    read_marked_lines(w)  # a figure's note mark first: a label above reads the figure
    w.lines = labels_below(classes_below(dash_continued(labels_above(labels_across(w.lines)))))
    if is_collapsed(text):
        w.rendering = "collapsed"
    return w, blocks
