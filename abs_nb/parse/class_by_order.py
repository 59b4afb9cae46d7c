"""Class tables whose cells stand one blank apart, in no columns: read by the order of the cells.

A table saved from a web page as text may print each row's cells one blank apart, so its
figures stand in no column (a header wraps where the page did)::

    Class Pass-Through Rate Beginning Certificate Balance Principal
    Distribution Interest Distribution Total Distribution
    1-A 5.48000% 303,115,402.27 8,310,948.57 1,384,227.00 9,695,175.57
    2-A1 5.39000% 115,867,056.54 10,859,352.00 520,436.20 11,379,788.20
    M-1 5.63000% 30,000,000.00 0.00 140,750.00 140,750.00
    Totals 700,982,558.81 19,170,300.57 4,504,332.91 23,674,633.48

Such a run is a table where every row is a class named by its shape
(:func:`~abs_nb.parse.row_labels.class_label`), then as many cells as the others (figures,
``N/A``, a CUSIP), :data:`MIN_ROWS` rows at least, and its figures do not line up (the table
found by their alignment reads them otherwise). Its columns are the cells' places, in order:
the k-th cell of every row in the k-th column. A last row naming no class (a Total) with
fewer cells stands under the columns its figures add up (else, so named, prints the last
ones: its first are blank); a last row of figures with no label is the Total where each of
its figures adds up a column. The words above name the columns in their order only
where the cut of them into names is the only one the vocabulary allows; where the figures
do stand right-aligned in columns (a table the grid left, its rows parted by subtotals),
each column is named by the words printed over it. Each column's role is then proven by the
identities, as for any table found by structure (:mod:`abs_nb.parse.structure`), or the
column stays unread; under a heading saying so the figures are per $1,000.

>>> from abs_nb.parse.tokens import tokenize
>>> from abs_nb.parse.pieces import Walk, Unmapped
>>> lines = tokenize("1-A 5.48000% 303,115,402.27 1,384,227.00\\n2-A1 5.39000% 115,867,056.54 520,436.20\\n"
...                  "M-1 5.63000% 30,000,000.00 140,750.00\\nTotals 449,982,458.81 2,045,413.20")
>>> w = Walk(lines, unmapped=[Unmapped(ln.no, ln.label, [t.text for t in ln.values], "") for ln in lines])
>>> [(r.label, [c.text if c else None for c in r.cells]) for b in class_by_order(w, set()) for r in b.rows][-1]
('Total', [None, '449,982,458.81', '2,045,413.20'])
"""

from __future__ import annotations

from typing import Final

from abs_nb.parse.class_paragraphs import COL_STEP, FIRST_COL
from abs_nb.parse.header_names import name_by_position
from abs_nb.parse.layout import moved
from abs_nb.parse.line_shapes import is_rule
from abs_nb.parse.per_1000_headings import under_per_1000_heading
from abs_nb.parse.pieces import ClassBlock, ClassColumn, ClassRow, Walk
from abs_nb.parse.row_labels import CUSIP, class_label, cusip_first
from abs_nb.parse.spelling import TOTAL_KEYS, class_key, is_note_mark
from abs_nb.parse.summed_total import by_sums
from abs_nb.parse.tokens import Line, Token
from abs_nb.parse.vocabulary import vocabulary

#: the fewest class rows that make such a table, and the fewest cells a row
MIN_ROWS: Final = 3
MIN_CELLS: Final = 2
#: the widest a column's figures may stray and still stand in a column (the grid's tables)
_ALIGNED: Final = 1


def _is_cell(t: Token) -> bool:
    return t.kind in ("num", "na") or len(t.text) == 9 and CUSIP.match(t.text) is not None


def _cells(ln: Line) -> tuple[str, list[Token]] | None:
    """A row's class (or Total) and its cells: its words up to its first cell name it (``A-1``,
    ``Class M-2``, ``Totals``), every token after them is a cell, each a figure, ``N/A`` or
    a CUSIP; None where the line is no such row."""
    lead = ln.tokens[:1] if cusip_first(ln) else []  # a CUSIP before the class: the first cell
    toks = ln.tokens[len(lead):]
    k = next((i for i, t in enumerate(toks) if _is_cell(t) and not (i and is_note_mark(t.text))), len(toks))
    if k == 0 or len(toks) + len(lead) - k < MIN_CELLS:
        return None
    label = " ".join(t.text for t in toks[:k])  # a note's mark after the class is part of its label
    name = "Total" if class_key(label) in TOTAL_KEYS or class_key(toks[0].text) in TOTAL_KEYS else class_label(label)
    cells = lead + toks[k:]
    # a cell of one word among the figures (the class's type, ``SR/FLT``) is a cell too (a
    # row printing it at another place reads no figure its column's identities prove)
    if name is None or not all(_is_cell(t) or t.kind == "word" and not is_note_mark(t.text) for t in cells):
        return None
    return name, cells


def _aligned(rows: list[list[Token]]) -> bool:
    """Do the rows' last cells end at one column (the table has columns to read it by)?"""
    ends = {r[-1].colend for r in rows}
    return max(ends) - min(ends) <= _ALIGNED


def class_by_order(w: Walk, taken: set[int]) -> list[ClassBlock]:
    """The class tables whose cells stand in no columns (module docstring); ``taken``: the
    lines of tables already found."""
    if w.rendering == "cells":
        return []
    unread = {u.line for u in w.unmapped if u.values}
    blocks: list[ClassBlock] = []
    run: list[tuple[Line, str, list[Token]]] = []

    def flush() -> None:
        if len(run) >= MIN_ROWS:
            block = _block(w, run)
            if block is not None:
                blocks.append(block)
        run.clear()

    for ln in w.lines:
        row = _cells(ln) if ln.no in unread and ln.no not in taken else None
        if row is None and run and ln.no in unread and ln.tokens and all(_is_cell(t) for t in ln.tokens):
            row = ("", ln.tokens)  # a row of figures and no label: the Total where it sums the rows above
        if row is None:
            if run:
                flush()
            continue
        name, cells = row
        if run and (name in ("Total", "") or len(cells) == len(run[0][2])):
            run.append((ln, name, cells))
            if name in ("Total", ""):
                flush()  # a Total ends its table
            continue
        flush()
        if name not in ("Total", ""):
            run.append((ln, name, cells))
    flush()
    return blocks


def _block(w: Walk, run: list[tuple[Line, str, list[Token]]]) -> ClassBlock | None:
    """The table of ``run`` read by the order of its cells, or None where it is none."""
    classes = [(ln, name, cells) for ln, name, cells in run if name not in ("Total", "")]
    if len(classes) < MIN_ROWS or len({name for _, name, _ in classes}) != len(classes):
        return None
    n = len(classes[0][2])
    if _aligned([cells for _, _, cells in classes]) and all(
            c.col == classes[0][2][k].col for _, _, cells in classes for k, c in enumerate(cells)):
        return None  # figures in columns: the grid's
    total = run[-1] if run[-1][1] in ("Total", "") and len(run[-1][2]) <= n else None
    per_1000 = under_per_1000_heading(w, classes[0][0], lambda ln: _cells(ln) is not None)
    names = header_names([t.text for ln in _header_lines(w, classes[0][0]) for t in ln.tokens], n)
    ends = [{cells[k].colend for _, _, cells in classes} for k in range(n)]
    if all(max(e) - min(e) <= _ALIGNED for e in ends):
        # figures right-aligned in columns, under a header printed over them: each column
        # named by the words over it; by their order only where the two readings agree (a
        # header of several lines prints one column's words on each: read in order, a
        # column takes another's name)
        spans = [(min(cells[k].col for _, _, cells in classes), max(e)) for k, e in enumerate(ends)]
        names = _agreeing(name_by_position(_header_lines(w, classes[0][0]), spans, spans[0][0],
                                           max(max((t.colend for t in ln.tokens if t.col < cells[0].col), default=0)
                                               for ln, _, cells in classes)), names)
    columns = [ClassColumn(names[k], None, "", (FIRST_COL + COL_STEP * k, FIRST_COL + COL_STEP * k + 10)) for k in range(n)]
    block = ClassBlock("per1000" if per_1000 else "classes", columns, [classes[0][0].no])
    block.found_by = "structure"
    for ln, name, cells in classes:
        placed: list[Token | None] = [moved(t, FIRST_COL + COL_STEP * k, ln.no, 10) for k, t in enumerate(cells)]
        block.rows.append(ClassRow(name, ln.no, placed, (ln.tokens[0].start, ln.tokens[0].end)))
    if total is not None:
        ln, name, cells = total
        # a Total's cells stand under the columns they add up; a Total so named and printing
        # fewer cells, where none adds up so, prints the last ones (its first are blank)
        at = by_sums(block, cells)
        where = ([k for k, t in enumerate(at) if t is not None] if at is not None
                 else list(range(n - len(cells), n)) if name else None)
        if where is not None:
            placed = [None] * n
            for k, t in zip(where, cells, strict=True):
                placed[k] = moved(t, FIRST_COL + COL_STEP * k, ln.no, 10)
            block.rows.append(ClassRow("Total", ln.no, placed, (ln.tokens[0].start, ln.tokens[0].end)))
    return block


def _agreeing(placed: list[str], ordered: list[str]) -> list[str]:
    """The columns' names by the words over them (``placed``), each the vocabulary does not
    know named as the order of the header's words names it (where it does), where the two
    readings name every column that both name alike; else ``placed``."""
    v = vocabulary()

    def field(name: str) -> str | None:
        e = v.lookup(name, "classes", ("classes",)) if name else None
        return e.field if e is not None else None

    fields = [(field(a), field(b)) for a, b in zip(placed, ordered, strict=True)]
    if any(a is not None and b is not None and a != b for a, b in fields):
        return placed
    return [b if f is None and g is not None else a for (f, g), a, b in zip(fields, placed, ordered, strict=True)]


def _header_lines(w: Walk, first: Line) -> list[Line]:
    """The lines of words right above the table's first row (its header, run on and
    wrapped, or printed over its columns), top to bottom; none past a blank line or a line
    printing a figure. A rule (under the header, or under a title spanning its columns) is
    no line of it."""
    k = first.no - 2  # the line above (lines are numbered from 1)
    above: list[Line] = []
    while k >= 0 and len(above) < _HEADER_LINES and 0 <= k < len(w.lines):
        ln = w.lines[k]
        if ln.blank or ln.values:
            break
        if not is_rule(ln):
            above.insert(0, ln)
        k -= 1
    return above


#: the most lines of a run-on header
_HEADER_LINES: Final = 3
#: the most words one column's name runs to, and the most readings of a header kept
_NAME_WORDS: Final = 6
_READINGS: Final = 32


def header_names(words: list[str], n: int) -> list[str]:
    """The name of each of ``n`` columns from the words of a header run on in one stream
    (``Class Pass-Through Rate Beginning Certificate Balance Principal Distribution ...``): the
    words cut into a label's head (or none) and ``n`` names, in order, the most of them names the
    vocabulary knows; a column takes its name only where every such cut names it alike (else "").

    >>> header_names("Class Rate Beginning Balance Principal Distribution Ending Balance".split(), 4)
    ['interest rate', 'beginning balance', 'principal', 'ending balance']
    >>> header_names("Balance Principal".split(), 4)
    ['', '', '', '']
    """
    v = vocabulary()

    def field(i: int, j: int) -> str | None:
        text = " ".join(words[i:j])
        e = v.lookup(text, "classes", ("classes", "label"))
        return e.field if e is not None else None

    m = len(words)
    if m < n:
        return [""] * n
    # best[(i, j)]: (the most names known, the readings) cutting words[:i] into j names
    best: dict[tuple[int, int], tuple[int, set[tuple[str | None, ...]]]] = {}
    heads = [0] + [i for i in range(1, min(m, _NAME_WORDS) + 1) if field(0, i) == "class"]
    for i in heads:
        best[(i, 0)] = (0, {()})
    for j in range(1, n + 1):
        for i in range(j, m + 1):
            found: tuple[int, set[tuple[str | None, ...]]] | None = None
            for a in range(max(0, i - _NAME_WORDS), i):
                prev = best.get((a, j - 1))
                if prev is None:
                    continue
                f = field(a, i)
                score = prev[0] + (f is not None and f != "class")
                readings = {(*r, f) for r in prev[1]}
                if found is None or score > found[0]:
                    found = (score, readings)
                elif score == found[0]:
                    found[1].update(readings)
                if len(found[1]) > _READINGS:
                    return [""] * n  # words that cut too many ways name nothing
            if found is not None:
                best[(i, j)] = found
    got = best.get((m, n))
    if got is None or got[0] == 0:
        return [""] * n
    out = []
    for k in range(n):
        fields = {r[k] for r in got[1]}
        # the field's own name, spelled out, is a label of it (the words printed may differ by reading)
        out.append(f.replace("_", " ") if len(fields) == 1 and (f := fields.pop()) is not None else "")
    return out


__all__ = ["class_by_order", "header_names"]
