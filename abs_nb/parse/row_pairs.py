"""Class tables whose every class takes two lines: its amounts, then a second line of
figures under the same columns (per $1,000, a next rate), labelled by the class's CUSIP or
by nothing::

    Class        Original       Opening     Principal       Closing
                Face Value      Balance       Payment       Balance
    CUSIP                     Per 1,000     Per 1,000     Per 1,000
    A-1      1,000,000.00    900,000.00    100,000.00    800,000.00
    41161XAA4                900.000000    100.000000    800.000000

The second lines are a table of their own, stacked into the first line by line: each is the
class's of the line above it. The header's bottom line names the second lines' columns, the
lines above it the first lines'; where the bottom line's words are a unit alone
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


def _total_lines(run: list[Line]) -> list[Line]:
    """The run's Total at its end: its line alone, or its line and a second line under it (a
    Total takes two lines as its classes do); [] when none ends the run."""
    if run and _total_like(run[-1]):
        return run[-1:]
    if len(run) >= 2 and _total_like(run[-2]) and _second(run[-1]):
        return run[-2:]
    return []


def _pairs(run: list[Line]) -> list[tuple[Line, Line]] | None:
    """A run of lines as (class line, second line) pairs, a Total aside; None when its lines
    do not alternate so."""
    body = run[: len(run) - len(_total_lines(run))]
    if not body or len(body) % 2:
        return None
    pairs = [(body[k], body[k + 1]) for k in range(0, len(body), 2)]
    return pairs if all(_first(a) and _second(b) for a, b in pairs) else None


def two_line_rows(lines: list[Line]) -> bool:
    """Do ``lines`` (a table's rows, blank lines aside) take two lines a class, two classes
    at least (a Total line may end them)?"""
    pairs = _pairs(lines)
    return pairs is not None and len(pairs) >= MIN_ROWS


def _only_gaps(lines: list[Line], after: Line, before: Line) -> bool:
    """Nothing but blank lines and rules between two lines."""
    between = [ln for ln in lines if after.no < ln.no < before.no]
    return all(ln.blank or is_rule(ln) for ln in between)


def _tables(w: Walk, runs: list[list[Line]]) -> list[tuple[list[tuple[Line, Line]], list[Line]]]:
    """Runs of two-line rows, consecutive but for blank lines and rules: each table's pairs
    and its Total's lines (a run of them alone, or the end of the last run; [] for none)."""
    out: list[tuple[list[tuple[Line, Line]], list[Line]]] = []
    pairs: list[tuple[Line, Line]] = []
    total: list[Line] = []
    last: Line | None = None
    for run in runs:
        found = _pairs(run)
        joins = last is not None and _only_gaps(w.lines, last, run[0]) and not total
        if found is None and joins and pairs and _total_like(run[0]):
            # the table's Total, below a gap (lines below it are not the table's)
            total = _total_lines(run[:2]) if len(run) >= 2 else run[:1]
            total = total if total and total[0] is run[0] else run[:1]
            last = total[-1]
            continue
        if found is None:
            if len(pairs) >= MIN_ROWS:
                out.append((pairs, total))
            pairs, total, last = [], [], None
            continue
        if not joins:
            if len(pairs) >= MIN_ROWS:
                out.append((pairs, total))
            pairs, total = [], []
        pairs += found or []
        total = _total_lines(run)
        last = run[-1]
    if len(pairs) >= MIN_ROWS:
        out.append((pairs, total))
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
    tables: list[tuple[list[tuple[Line, Line]], list[Line], list[Line]]] = []
    for pairs, total in _tables(w, grid_runs(w, blank_lines=False, figureless=True)):
        header = header_lines(w, pairs[0][0], MAX_HEADER_LINES)
        if tables and not tables[-1][1] and _words(tables[-1][2]) == _words(header):
            # its header printed again (after a page break): the table above goes on
            tables[-1] = (tables[-1][0] + pairs, total, tables[-1][2])
        else:
            tables.append((pairs, total, header))
    for pairs, total, header in tables:
        firsts = [a for a, _ in pairs] + total[:1]
        top, bottom = (header[:-1], header[-1:]) if len(header) >= 2 else (header, [])
        first = grid_block(w, firsts, True, top)
        if total and not _total(total[0]) and not by_its_sum(first):
            first = grid_block(w, firsts[:-1], True, top)  # words no Total's, figures no sums'
            total = []
        out += [first, _second_block(pairs, total[1:], bottom, first)]
    return out
