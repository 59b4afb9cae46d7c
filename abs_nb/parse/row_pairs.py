"""Class tables whose every class takes two lines or three: its amounts, then a line or two
of figures under it (per $1,000, a next rate; a record wrapped in 80 columns), labelled by
the class's CUSIP or by nothing::

    Class        Original       Opening     Principal       Closing
                Face Value      Balance       Payment       Balance
    CUSIP                     Per 1,000     Per 1,000     Per 1,000
    A-1      1,000,000.00    900,000.00    100,000.00    800,000.00
    41161XAA4                900.000000    100.000000    800.000000

The second lines are a table of their own, stacked into the first line by line: each is the
class's of the line above it (and so are the third lines, where a class takes three). The
header's bottom line names the second lines' columns (its last two lines, the second and
the third lines'), the lines above them the first lines'; where the bottom line's words are a unit alone
(``Per 1,000``), they qualify the name of the column above. What each column holds is then
proven by the identities, as for any table found by structure.

>>> from abs_nb.parse.engine import walk
>>> w = walk("REPORT\\n\\nClass        Opening     Paid\\nCUSIP      Per 1,000  Per 1,000\\n"
...          "A-1       1,000.00   100.00\\n41161XAA4  100.0000  10.0000\\n\\n"
...          "A-2       2,000.00   200.00\\n41161XAB2  200.0000  20.0000\\n")
>>> [([c.printed for c in b.columns], [r.label for r in b.rows]) for b in w.class_blocks]
[(['Opening', 'Paid'], ['A-1', 'A-2']), (['CUSIP', 'Opening Per 1,000', 'Paid Per 1,000'], ['A-1', 'A-2'])]
"""

from __future__ import annotations

from abs_nb.parse.grid import (
    MAX_HEADER_LINES,
    MIN_ROWS,
    figureless_class_row,
    grid_block,
    grid_runs,
    header_lines,
    resolve_block,
)
from abs_nb.parse.header_names import name_by_position
from abs_nb.parse.layout import PER_1000_WORDS, distance, slots
from abs_nb.parse.line_shapes import is_rule
from abs_nb.parse.pieces import ClassBlock, ClassColumn, Walk
from abs_nb.parse.row_labels import CUSIP, class_label, split_row, word_cells
from abs_nb.parse.spelling import TOTAL_KEYS, class_key
from abs_nb.parse.summed_total import by_its_sum
from abs_nb.parse.tokens import Line


def _second(line: Line) -> bool:
    """A class's second line: figures, labelled by a CUSIP or by nothing."""
    if not line.values:
        return False
    label = split_row(line)[0]
    return label is None or (len(label) == 9 and CUSIP.match(label) is not None)


def _first(line: Line) -> bool:
    """A class's first line: its label and figures, or its label alone (its figures blank)."""
    label = split_row(line)[0]
    return label is not None and class_label(label) is not None and (bool(line.values) or figureless_class_row(line))


def _total(line: Line) -> bool:
    label = split_row(line)[0]
    return bool(line.values) and label is not None and class_key(label) in TOTAL_KEYS


def _total_like(line: Line) -> bool:
    """A Total line, or a labelled line of figures that names no class: a Total printed in
    other words, kept where its figures are the sums of the classes' (:func:`two_line_grids`)."""
    if _total(line):
        return True
    label = split_row(line)[0]
    return bool(line.values) and label is not None and class_label(label) is None and not _second(line)


#: the most lines a class's record takes: its line and two lines of figures under it
MOST_LINES = 3
Record = tuple[Line, ...]  # a class's line, then its lines of figures


def _total_lines(run: list[Line], size: int = 2) -> list[Line]:
    """The run's Total at its end: its line alone, or its line and the lines of figures under
    it (a Total takes as many lines as its classes, ``size``, at most); [] when none ends
    the run."""
    for k in range(1, size + 1):
        if len(run) >= k and _total_like(run[-k]) and all(_second(x) for x in run[len(run) - k + 1:]):
            return run[-k:]
    return []


def _records(run: list[Line]) -> list[Record] | None:
    """A run of lines as records of a class line and the same number of lines of figures
    under it (one or two), a Total aside; None when its lines do not repeat so."""
    for size in range(2, MOST_LINES + 1):
        body = run[: len(run) - len(_total_lines(run, size))]
        if not body or len(body) % size:
            continue
        records = [tuple(body[k:k + size]) for k in range(0, len(body), size)]
        if all(_first(r[0]) and all(_second(x) for x in r[1:]) for r in records):
            return records
    return None


def two_line_rows(lines: list[Line]) -> bool:
    """Do ``lines`` (a table's rows, blank lines aside) take two lines a class or more, two
    classes at least (a Total's lines may end them)?"""
    records = _records(lines)
    return records is not None and len(records) >= MIN_ROWS


def _only_gaps(lines: list[Line], after: Line, before: Line) -> bool:
    """Nothing but blank lines and rules between two lines."""
    between = [ln for ln in lines if after.no < ln.no < before.no]
    return all(ln.blank or is_rule(ln) for ln in between)


def _tables(w: Walk, runs: list[list[Line]]) -> list[tuple[list[Record], list[Line]]]:
    """Runs of records of two lines or more, consecutive but for blank lines and rules, each
    of as many lines: each table's records and its Total's lines (a run of them alone, or
    the end of the last run; [] for none)."""
    out: list[tuple[list[Record], list[Line]]] = []
    records: list[Record] = []
    total: list[Line] = []
    last: Line | None = None
    for run in runs:
        found = _records(run)
        size = len(records[0]) if records else 2
        joins = last is not None and _only_gaps(w.lines, last, run[0]) and not total and (
            found is None or not records or len(found[0]) == size)
        if found is None and joins and records and _total_like(run[0]):
            # the table's Total, below a gap (lines below it are not the table's)
            total = _total_lines(run[:size], size) if len(run) >= 2 else run[:1]
            total = total if total and total[0] is run[0] else run[:1]
            last = total[-1]
            continue
        if found is None:
            if len(records) >= MIN_ROWS:
                out.append((records, total))
            records, total, last = [], [], None
            continue
        if not joins:
            if len(records) >= MIN_ROWS:
                out.append((records, total))
            records, total = [], []
        records += found
        total = _total_lines(run, len(found[0]))
        last = run[-1]
    if len(records) >= MIN_ROWS:
        out.append((records, total))
    return out


def _unit_only(text: str) -> bool:
    """Words that say only that figures are per $1,000 (``Per 1,000``, ``per $1,000``)."""
    return PER_1000_WORDS.search(text) is not None and not PER_1000_WORDS.sub(" ", text).strip(" $()")


def _name_over(span: tuple[int, int], first: ClassBlock) -> str:
    """The name of the first lines' column ``span`` stands under (overlapping it), or ''."""
    best, name = 0.0, ""
    for c in first.columns:
        d = distance(span, c.span)
        if d < best:
            best, name = d, c.printed
    return name


def _second_block(pairs: list[tuple[Line, Line]], total: list[Line], bottom: list[Line],
                  first: ClassBlock) -> ClassBlock:
    """The second lines as a table of their own, each row the class of the line above it; the
    Total's second line (``total``, [] for none) its Total row."""
    rows = [word_cells(b.tokens) for _, b in pairs] + [word_cells(t.tokens) for t in total]
    spans = slots(rows)
    own = name_by_position(bottom, spans, min(s for s, _ in spans)) if spans else []
    names: list[str] = []
    for span, words in zip(spans, own):  # noqa: B905 - a name per span; strict= is a generic call compiled
        if words and not _unit_only(words):
            names.append(words)
            continue
        over = _name_over(span, first)
        names.append(" ".join(x for x in (over, words) if x))
    block = ClassBlock("classes", [ClassColumn(n, None, "", s) for n, s in zip(names, spans)],  # noqa: B905
                       [ln.no for ln in bottom] or [pairs[0][1].no])
    block.found_by = "structure"
    for (a, b), cells in zip(pairs, rows):  # noqa: B905 - a row per pair
        block.raw_rows.append((class_label(split_row(a)[0] or ""), b, cells, None))
    for t in total:
        block.raw_rows.append(("Total", t, rows[-1], None))
    resolve_block(block)
    return block


def _words(header: list[Line]) -> list[str]:
    return [ln.joined for ln in header]


def two_line_grids(w: Walk) -> list[ClassBlock]:
    """Class tables of two-line rows among the rows the walk left unmapped (see the module
    docstring): for each, the table of its classes' first lines (and its Total), and the
    table of their second lines."""
    if w.rendering == "cells":
        return []
    # a class's second line unread just below its first, twice at least, or no such table
    unread = {u.line for u in w.unmapped if u.values}
    lines = w.lines  # numbered from 1
    if sum(1 for no in unread if no >= 2 and _second(lines[no - 1]) and _first(lines[no - 2])) < MIN_ROWS:
        return []
    out: list[ClassBlock] = []
    tables: list[tuple[list[Record], list[Line], list[Line]]] = []
    for records, total in _tables(w, grid_runs(w, blank_lines=False, figureless=True)):
        header = header_lines(w, records[0][0], MAX_HEADER_LINES)
        if tables and not tables[-1][1] and _words(tables[-1][2]) == _words(header) \
                and len(tables[-1][0][0]) == len(records[0]):
            # its header printed again (after a page break): the table above goes on
            tables[-1] = (tables[-1][0] + records, total, tables[-1][2])
        else:
            tables.append((records, total, header))
    for records, total, header in tables:
        size = len(records[0])
        firsts = [r[0] for r in records] + total[:1]
        # the header's last lines name the lines of figures, one each; those above, the class lines
        top, bottoms = (header[:1 - size], header[1 - size:]) if len(header) >= size else (header, [])
        first = grid_block(w, firsts, True, top)
        if total and not _total(total[0]) and not by_its_sum(first):
            first = grid_block(w, firsts[:-1], True, top)  # words no Total's, figures no sums'
            total = []
        out.append(first)
        for j in range(1, size):
            out.append(_second_block([(r[0], r[j]) for r in records], total[j:j + 1],
                                     bottoms[j - 1:j], first))
    return out
