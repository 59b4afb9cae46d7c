"""Class tables printed across: a run of rows of figures (as a pool table's) under columns
that the word lines above name by class labels (``A-1  A-2  M-1  Total``). Each printed row
is a column of the class table (its label its header), each class column a row;
:mod:`abs_nb.parse.roles` then proves what each printed row holds, as for a table printed
down. A table cut into halves goes on under the columns of the half above.

>>> from abs_nb.parse.engine import walk
>>> w = walk("REPORT\\n\\n                      CLASS A-1      CLASS A-2          TOTAL\\n"
...          "Beginning Balance    1,000.00       2,000.00       3,000.00\\n"
...          "Principal              100.00         200.00         300.00\\n"
...          "Ending Balance         900.00       1,800.00       2,700.00\\n")
>>> [r.label for r in w.class_blocks[0].rows]
['A-1', 'A-2', 'Total']
"""

from __future__ import annotations

import itertools
import math
import re
from typing import Final

from abs_nb.parse.grid import MIN_ROWS, header_lines, place
from abs_nb.parse.groups import group_runs, row_figures, words_over_pool
from abs_nb.parse.header_names import LABEL_SLACK, name_by_order, name_by_position
from abs_nb.parse.identities import is_notional, rolls
from abs_nb.parse.layout import ALIGN, Span, distance, segments, slots
from abs_nb.parse.per_1000_headings import says_per_1000
from abs_nb.parse.pieces import ClassBlock, ClassColumn, ClassRow, Walk
from abs_nb.parse.row_labels import CUSIP, SECURITY_KINDS, class_label, kind_alone
from abs_nb.parse.spelling import TOTAL_KEYS, class_key
from abs_nb.parse.tokens import Line, Token


def class_tables_across(w: Walk) -> list[ClassBlock]:
    """Class tables printed across: a run of rows of figures (as a pool table's) under
    columns that the word lines above name by class labels (``A-1  A-2  M-1  Total``). Each
    printed row is a column of the class table (its label its header), each class column a
    row; :mod:`abs_nb.parse.roles` then proves what each printed row holds, as for a table
    printed down."""
    if not any(len(u.values) >= 2 for u in w.unmapped):
        return []
    unmapped = {u.line for u in w.unmapped if u.values}  # (a row may print one figure: the Total's)
    in_cells = w.rendering == "cells"
    out: list[ClassBlock] = []
    last: tuple[list[Span], list[str | None], list[bool], int] | None = None  # the last table's columns
    same: dict[tuple[str, tuple[str, ...]], ClassBlock] = {}
    runs = group_runs(w, unmapped, in_cells)
    for run in _panels(runs) if in_cells else _across_words(w, runs, unmapped):
        rows = [row_figures(ln, in_cells, None if in_cells else w.lines) for ln in run]
        spans = slots([cells for _, cells in rows])
        # a row of CUSIPs right above the figures is the table's first row, under its header
        header, cusips, names = _header_over(w, run, spans, [cells for _, cells in rows], False)
        if len(spans) != max(len(cells) for _, cells in rows) and not in_cells and not all(names):
            # columns no row fills every one of: each proven by a name over it (a column may
            # be blank in every row but one; a cell stream places each cell)
            continue
        labels = [class_label(n) if n else None for n in names]
        if sum(1 for lab in labels if lab) < 2 and not in_cells:
            # rows of the table printing words (each class's loan group or type) may stand
            # between its header and its first row of figures: the header is sought above them
            above = _header_over(w, run, spans, [cells for _, cells in rows], True)
            if sum(1 for n in above[2] if n and class_label(n)) >= 2:
                header, cusips, names = above
                labels = [class_label(n) if n else None for n in names]
        if sum(1 for lab in labels if lab) >= 2:  # beside classes, a column named by a kind of security is its class
            labels = [lab or (kind_alone(n) if n else None) for lab, n in zip(labels, names, strict=True)]
        printed = tuple([label or "" for label, _ in rows] + (["CUSIP"] if cusips else []))
        # words over a pool's rows head loan groups, unless a class table across above
        # printed the same rows (a panel of more of its classes)
        panels = ("classes", printed) if ("classes", printed) in same else None
        # (or all but some: a panel printing a row the panel above left out, or leaving one out)
        table_above = panels or _continued(same, "classes", printed, labels)
        if panels is None and words_over_pool(labels, [label for label, _ in rows]):
            labels = [None] * len(names)
        # a Total of one kind of security ("TOTAL NOTES") is the table's Total all the same
        totals = [n is not None and (class_key(n) in TOTAL_KEYS or bool(_KIND_TOTAL.match(n))) for n in names]
        section = "classes"
        placed = place([cells for _, cells in rows], spans)
        if (len(labels) > 2 or table_above is not None) and all(labels[:-1]) and not labels[-1] and not totals[-1]:
            # a last column no name makes a class nor the Total (none, ``Aggregate``): the
            # Total where each of its figures is the sum of the classes' (the panels' above too)
            totals[-1] = _sums_classes(placed, printed, labels[:-1], same[table_above] if table_above else None)
        # two classes at least, or one more of a table across above printing the same rows
        least = 1 if table_above is not None else 2
        if sum(1 for lab in labels if lab) < least or not all(lab or t for lab, t in zip(labels, totals, strict=True)):
            under = _under(spans, last[0]) if last is not None and not in_cells else None
            first_col = min(t.col for _, cells in rows for t in cells)
            over = any(c >= first_col - LABEL_SLACK for ln in header for _, c, _ in segments(ln))
            if last is None or under is None or over or run[0].no - last[3] > CONTINUED_LINES:
                continue  # every column a class (or the Total), two classes at least
            # rows under the columns of the class table just above, only a heading between
            # them (no word over a column): more of its figures, per $1,000 where it says so
            labels, totals = [last[1][k] for k in under], [last[2][k] for k in under]
            if any(says_per_1000(ln.raw) for ln in header):
                section = "per1000"
        columns = [ClassColumn(label or "", None, "", (0, 0)) for label, _ in rows]
        if cusips:
            columns.append(ClassColumn("CUSIP", "cusip", "text", (0, 0)))
        # more classes under the rows of a table across above (its classes cut in two, a row
        # of blanks left out of either): one table, its columns the rows of both
        key = _continued(same, section, printed, labels) or (section, printed)
        block = same.get(key) or ClassBlock(section, columns, [ln.no for ln in header] or [run[0].no])
        block.found_by = "structure"
        more = [c for c in columns if c.printed not in {b.printed for b in block.columns}]
        if more:
            block.columns += more
            for r in block.rows:
                r.cells += [None] * len(more)
            same[(section, tuple(c.printed for c in block.columns))] = block
        at = [printed.index(c.printed) if c.printed in printed else None for c in block.columns]
        for k, (lab, total) in enumerate(zip(labels, totals, strict=True)):
            own: list[Token | None] = []
            for ln, row in zip(run, placed, strict=True):
                tok = row[k]
                if tok is not None:
                    tok.line = ln.no  # each figure stands on its printed row's line
                own.append(tok)
            if cusips:
                own.append(_cusip_under(cusips[0], spans[k]))
            cells = [own[j] if j is not None else None for j in at]
            block.rows.append(ClassRow("Total" if total else lab, run[0].no, cells))
        if key not in same:
            out.append(block)
            same[key] = block
        last = (spans, labels, totals, run[-1].no)
    return out


def _panels(runs: list[list[Line]]) -> list[list[Line]]:
    """``runs`` of a cell stream, each cut where a row prints a label of a row above it again:
    the rows of the next panel of a table across. (Rows printing no label, a half's or a
    Total's, cut nothing.)"""
    out: list[list[Line]] = []
    for run in runs:
        seen: set[str] = set()
        start = 0
        for k, ln in enumerate(run):
            if ln.label and ln.label in seen:
                out.append(run[start:k])
                start, seen = k, set()
            if ln.label:
                seen.add(ln.label)
        out.append(run[start:])
    return [r for r in out if len(r) >= MIN_ROWS]


def _continued(same: dict[tuple[str, tuple[str, ...]], ClassBlock], section: str, printed: tuple[str, ...],
               labels: list[str | None]) -> tuple[str, tuple[str, ...]] | None:
    """The key of the table across above whose rows are these ``printed`` rows, or all but
    some (a row of blanks left out of one panel or the other), and which holds none of the
    classes ``labels`` (a table of the same classes again is another table), or None."""
    rows = set(printed)
    return next((k for k, b in same.items() if k[0] == section and (rows <= set(k[1]) or set(k[1]) <= rows)
                 and len(rows & set(k[1])) >= 2 and not {r.label for r in b.rows} & {lab for lab in labels if lab}),
                None)


def _sums_classes(placed: list[list[Token | None]], rows_printed: tuple[str, ...], labels: list[str | None],
                  above: ClassBlock | None) -> bool:
    """Is the last column of ``placed`` (the table's figures, a row for each of
    ``rows_printed``) the Total of the classes ``labels`` of its other columns and of the
    classes of the panels ``above`` (their cells lined up by the rows' labels): in every row
    printing it, the sum of the same classes, all, or all but notional and residual ones (up
    to :data:`LEFT_OUT`: a Total leaves them out), two rows at least summing figures not all
    zero (a zero proves nothing)?"""
    names = [*labels]
    classes = [[row[k] for row in placed] for k in range(len(placed[0]) - 1)] if placed else []
    if above is not None:
        at = {c.printed: k for k, c in enumerate(above.columns)}
        cols = [at.get(rows_printed[j]) if j < len(rows_printed) else None for j in range(len(placed))]
        for r in above.rows:
            if r.label != "Total":
                names.append(r.label)
                classes.append([r.cells[k] if k is not None and k < len(r.cells) else None for k in cols])
    printed = {j: t for j, row in enumerate(placed) if (t := row[-1]) is not None and not math.isnan(t.number)}
    if len(printed) < 2:
        return False
    rows = list(printed)
    # a class's blank, dash or N/A adds nothing to the Total
    value = [[_number(c[j]) for j in rows] for c in classes]
    want = [printed[j].number for j in rows]
    slack = [0.5 * len(classes) * 10.0 ** -printed[j].decimals + 1e-9 for j in rows]  # half a unit a term
    everything = [math.fsum(v[i] for v in value) for i in range(len(rows))]
    apart = [k for k, name in enumerate(names) if name and (is_notional(name) or not rolls(name))]
    for n in range(min(LEFT_OUT, len(apart)) + 1):
        for out in itertools.combinations(apart, n):
            sums = [everything[i] - math.fsum(value[k][i] for k in out) for i in range(len(rows))]
            if all(abs(x - y) <= e for x, y, e in zip(sums, want, slack, strict=True)) and sum(
                    1 for x in sums if x) >= 2:
                return True
    return False


def _number(t: Token | None) -> float:
    """A cell's figure, 0 where it prints none."""
    return 0.0 if t is None or math.isnan(t.number) else t.number


#: the most classes a Total across may leave out of its sums
LEFT_OUT: Final = 3


def _across_words(w: Walk, runs: list[list[Line]], unmapped: set[int]) -> list[list[Line]]:
    """``runs``, each with the rows above it joined where a line of words stands between
    them, a word group under each of the run's columns and nothing else right of its label
    (``Day Count   Act/360   30/360``: a row of the table that prints words, no figure), or a
    blank line, the rows' figures standing under the run's columns."""
    out: list[list[Line]] = []
    for run in runs:
        spans = slots([row_figures(ln, False, w.lines)[1] for ln in run])
        k = w.lines.index(run[0])
        joined = list(run)
        # rows right above printing one figure under a column (the others left blank)
        while k >= 1 and w.lines[k - 1].no in unmapped and _figures_under(w, w.lines[k - 1], spans, 1):
            joined.insert(0, w.lines[k - 1])
            k -= 1
        while k >= 2 and w.lines[k - 2].no in unmapped and (
                _words_under(w.lines[k - 1], spans) or w.lines[k - 1].blank) and _figures_under(w, w.lines[k - 2], spans):
            joined.insert(0, w.lines[k - 2])
            k -= 2
            # and the rows right above it printing fewer figures under the same columns (a rate,
            # no Total's): rows of this table, not the bottom of another's above
            while k >= 1 and w.lines[k - 1].no in unmapped and _figures_under(w, w.lines[k - 1], spans) and len(
                    row_figures(w.lines[k - 1], False, w.lines)[1]) < len(spans):
                joined.insert(0, w.lines[k - 1])
                k -= 1
        out.append(joined)
    # a run the joining took in whole is read with the run it joined, not again on its own
    return [r for r in out if not any(o is not r and len(o) > len(r) and {id(x) for x in r} <= {id(x) for x in o}
                                      for o in out)]


_KIND_TOTAL: Final = re.compile(r"^\s*totals?\s+" + SECURITY_KINDS + r"\s*$", re.I)


def _figures_under(w: Walk, ln: Line, spans: list[Span], least: int = 2) -> bool:
    """Whether each figure of ``ln`` stands under one of ``spans``, ``least`` at least (a row
    of the table above a blank line: its rates, a blank under the Total)."""
    cells = row_figures(ln, False, w.lines)[1]
    return least <= len(cells) <= len(spans) and all(any(distance((t.col, t.colend), sp) < ALIGN for sp in spans) for t in cells)


def _header_over(w: Walk, run: list[Line], spans: list[Span], figures: list[list[Token]], words_rows: bool,
                 ) -> tuple[list[Line], list[Line], list[str]]:
    """The header over a run read across (above the rows of CUSIPs right over its figures, and
    above rows of words under its columns where ``words_rows``), the rows of CUSIPs among or
    under it (or right under the run's figures), and the names it gives each column."""
    in_cells = w.rendering == "cells"
    top, k = run[0], w.lines.index(run[0])
    while k > 0 and (_cusips_line(w.lines[k - 1]) or words_rows and _words_row(w.lines[k - 1], spans)):
        top, k = w.lines[k - 1], k - 1
    header = header_lines(w, top, 3 * len(spans) + 3 if in_cells else 3)
    # (a rule between a row of CUSIPs and the figures rules the header off, not a section)
    cusips = [ln for ln in [*header, *w.lines[k:w.lines.index(run[0])]] if _cusips_line(ln)]
    below = w.lines.index(run[-1]) + 1
    if not cusips and below < len(w.lines) and _cusips_line(w.lines[below]):
        cusips = [w.lines[below]]  # or the table's last row, under its figures
    header = [ln for ln in header if not _cusips_line(ln)]
    if in_cells:
        cells = segments(header[-1]) if header else []
        if len(cells) >= 2:
            # a row of cells (``| A-1 | A-2 | Total``) right over the figures: each cell names
            # the column at its position, or its last cells the columns in turn
            at = [next((text for text, c, _ in cells if abs(c - sp[0]) < ALIGN), "") for sp in spans]
            if sum(1 for name in at if name) == min(len(cells), len(spans)):
                return header, cusips, at
            texts = [text for text, _, _ in cells]
            return header, cusips, ([""] * len(spans) + texts)[-len(spans):]
        if len(header) == len(spans) - 1:
            # a cell a line, one short: a stream drops an empty cell, and an empty name over
            # a table across is its last column's (a Total the sums prove)
            return header, cusips, [ln.joined for ln in header] + [""]
        return header, cusips, name_by_order(header, len(spans), "pool", ("group",))
    label_end = max((ln.label_tokens[-1].colend for ln in run if ln.label_tokens), default=None)
    return header, cusips, name_by_position(header, spans, min(t.col for cells in figures for t in cells), label_end)


def _words_row(ln: Line, spans: list[Span]) -> bool:
    """Whether ``ln`` is a row of words under a table's columns (``Related Loan Group  Group I
    Group II``): a label, then words only, each group under one of ``spans``, two at least
    (a blank under the Total)."""
    pieces = segments(ln)[1:]
    return not ln.values and bool(ln.label_tokens) and 2 <= len(pieces) <= len(spans) and all(
        any(distance((c, e), sp) < ALIGN for sp in spans) for _, c, e in pieces)


def _words_under(ln: Line, spans: list[Span]) -> bool:
    """Whether ``ln`` prints a label and then cells of words, each under one of ``spans``, two
    at least (a blank under the Total). A cell may print a figure beside its words (``ACT/360
    29``): a cell holding a word is text."""
    pieces = segments(ln)[1:]
    words = [t.col for t in ln.tokens if t.kind == "word"]
    return bool(ln.label_tokens) and 2 <= len(pieces) <= len(spans) and all(
        any(c <= col < e for col in words) and any(distance((c, e), sp) < ALIGN for sp in spans)
        for _, c, e in pieces)


#: lines a table's rows may stand below the class table across they continue (a heading and
#: a blank line between)
CONTINUED_LINES: Final = 5


def _cusips_line(ln: Line) -> bool:
    """A row of CUSIPs (``CUSIP NUMBER   49337QAA1   49337QAB9``): words, then CUSIPs only."""
    first = next((i for i, t in enumerate(ln.tokens) if CUSIP.match(t.text)), None)
    return first is not None and first > 0 and all(CUSIP.match(t.text) for t in ln.tokens[first:])


def _cusip_under(ln: Line, span: Span) -> Token | None:
    """The CUSIP of ``ln`` standing over the column ``span`` (overlapping it), or None."""
    for t in ln.tokens:
        if CUSIP.match(t.text) and t.col <= span[1] and t.colend >= span[0]:
            t.line = ln.no
            return t
    return None


def _under(spans: list[Span], above: list[Span]) -> list[int] | None:
    """The column of ``above`` each of ``spans`` stands under (ending within a few columns
    of its end), or None where one stands under none."""
    out: list[int] = []
    for s in spans:
        k = next((i for i, a in enumerate(above) if abs(a[1] - s[1]) <= ALIGN), None)
        if k is None:
            return None
        out.append(k)
    return out
