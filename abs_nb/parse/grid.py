"""Class tables found by structure: rows of figures that line up under class labels.

The walk places what its vocabulary recognises; a class table whose heading or header words
it does not know is left as unmapped rows. Those rows are read here with no vocabulary: a run
of consecutive rows, each a class-shaped label (``A-1``, ``1-A1``, ``M5-B``, ``B-IO``, ``X``,
``Class I - A - 1``) or a Total, followed by at least two cells, is a class table; a run of
unlabelled rows with the same row count just below it is a stacked half of it. Columns are
the alignment of the figures (the union of overlapping value spans; in a cell stream, the
order of the cells); the word lines just above name them, merged by overlap. What each column
holds is then proven by :mod:`abs_nb.parse.roles`; a table none of whose columns is proven
or named is not taken, and its rows stay in ``unmapped``.

>>> from abs_nb.parse.engine import walk
>>> w = walk("CERTIFICATE PAYMENT REPORT\\n\\n Class   Opening    Paid     Closing\\n"
...          "  A-1    1,000.00  100.00    900.00\\n  A-2    2,000.00  200.00  1,800.00\\n")
>>> [(b.found_by, [c.printed for c in b.columns], len(b.rows)) for b in w.class_blocks]
[('structure', ['Opening', 'Paid', 'Closing'], 2)]
"""

from __future__ import annotations

import re
from typing import Final

from abs_nb.parse.header_names import name_by_order, name_by_position
from abs_nb.parse.identities import rolls, sums_rows_above
from abs_nb.parse.layout import (
    Span,
    assign,
    columns_for_slots,
    distance,
    segments,
    slots,
)
from abs_nb.parse.line_shapes import heads_no_column, is_rule, numbers_over_words, rule_across
from abs_nb.parse.per_1000_headings import amounts_beside, heading_line, under_per_1000_heading
from abs_nb.parse.pieces import ClassBlock, ClassColumn, ClassRow, Unmapped, Walk
from abs_nb.parse.row_labels import (
    CUSIP,
    class_label,
    cusip_first,
    kind_alone,
    labels_end,
    split_row,
    unread_rows,
    word_cells,
)
from abs_nb.parse.runs import (
    after_blank_line,
    header_above,
    is_page_mark,
    join_pages,
    join_runs,
    name_number,
    names_over,
    numbers_a_name,
    runs_of,
)
from abs_nb.parse.spelling import TOTAL_KEYS, class_key, without_item_marks
from abs_nb.parse.summed_total import SUBTOTAL_REASON, by_its_sum, subtotal_rows, total_candidates
from abs_nb.parse.tokens import VALUE_KINDS, Line, Token

MAX_HEADER_LINES = 4  # word lines above a fixed-width table that can name its columns
MIN_ROWS: Final = 2


def resolve_block(block: ClassBlock) -> None:
    """Place each raw row's tokens in the block's columns (by the alignment of the figures).
    A row the text's end cuts short takes the columns of the rows above it and draws none."""
    whole = [toks for _, ln, toks, _ in block.raw_rows if not ln.cut]
    slot_spans = slots(whole or [toks for _, _, toks, _ in block.raw_rows])
    header = [c.span for c in block.columns]
    slot_col = columns_for_slots(slot_spans, header)
    for label, ln, toks, span in block.raw_rows:
        cells: list[Token | None] = [None] * len(block.columns)
        where = assign([(t.col, t.colend) for t in toks], slot_spans)
        if where is None:
            block.problems.append(f"line {ln.no}: more values than columns")
            continue
        if ln.cut and where != list(range(len(toks))):  # a row cut short prints its first cells
            block.problems.append(f"line {ln.no}: cut short, its cells not in the first columns of the rows above")
            continue
        for t, s in zip(toks, where):  # noqa: B905 - zip(strict=...) is a generic call compiled
            ci = slot_col[s]
            if ci is None or cells[ci] is not None:
                block.problems.append(f"line {ln.no}: value {t.text!r} has no column")
                continue
            cells[ci] = t
        block.rows.append(ClassRow(label, ln.no, cells, span))


def _is_row(line: Line, unmapped: set[int], in_cells: bool) -> bool:
    """A row of figures the walk did not place: a label (or none) and at least one figure
    (a number that is part of a name, ``Rate (3)``, is none)."""
    if line.no not in unmapped or not line.values or numbers_a_name(line):
        return False
    _, _, cells = split_row(line, in_cells)
    return bool(cells) and any(t.kind in VALUE_KINDS for t in cells)


def figureless_class_row(line: Line) -> bool:
    """A class printed with no figure, perhaps with its CUSIP (``R``, ``R   36819HQC4``): a
    row of the class table it stands in, its cells blank.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> [figureless_class_row(tokenize_line(t, 1)) for t in ("R       36819HQC4", "36819HQC4   R", "B-IO", "Totals", "Class A Notes")]
    [True, True, True, False, False]
    """
    if line.values or not line.tokens or line.text_value is not None and not CUSIP.match(line.text_value) and not cusip_first(line):
        return False
    label, _, cells = split_row(line)
    return (label is not None and class_label(label) is not None and not KIND_HEADING.match(label)
            and all(t.kind == "word" and CUSIP.match(t.text) for t in cells))


# a kind of security after a class's letters, and no figure: a heading over those notes
KIND_HEADING: Final = re.compile(r"^class\s+[a-z]{1,2}\s+(?:notes?|certificates?|bonds?)$", re.I)


def blank_row(line: Line, first_col: int, below: list[Line]) -> bool:
    """A labelled row of a table whose figures are all blank (zeros printed as nothing): words
    only, each ending left of the table's first column (``first_col``), with a row of
    figures below it. A row of the table, never the header of another (a header's words
    stand over its columns).

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> row = tokenize_line("Net Liq Proc.", 1)
    >>> blank_row(row, 30, [tokenize_line("Realized Losses          $23,329", 2)])
    True
    >>> blank_row(tokenize_line("Net Liq Proc.                 Group 1", 1), 30, [])
    False
    """
    return (bool(line.tokens) and not line.values and line.text_value is None
            and all(t.colend < first_col for t in line.tokens) and bool(below) and bool(below[0].values))


def wrapped_label(line: Line, run: list[Line], below: Line | None) -> bool:
    """The rest of a class's label wrapped onto a line of its own (``CLASS IA-1  108000000.00
    ...`` over ``SENIOR FLTR``), or of a cell of words (its type, ``Senior`` over
    ``Floating``): words only, below a class's row (the last of ``run``, with figures or
    without), each word ending left of the first cell of the run's last row with cells
    (figures, or a CUSIP) or standing under one of its cells of words; no class of its own;
    with a row, a rule or another such line below (``Senior`` / ``Floating`` / ``Group 2``).

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> row, below = tokenize_line("CLASS A-1     100.00   5.00", 1), tokenize_line("CLASS A-2   50.00  1.00", 3)
    >>> [wrapped_label(tokenize_line(t, 2), [row], b) for t, b in (("SENIOR FLTR", below), ("A-3", below), ("SENIOR FLTR", None))]
    [True, False, False]
    """
    if not _words_alone(line) or not run or below is None or is_page_mark(line) or not (
            cells := next((c for c in (split_row(r)[2] for r in reversed(run)) if c), None)):
        return False
    first = min(t.col for t in cells)  # (a cell of words, a class's type, runs on up to the next cell)
    words = [(t.col, max(t.colend, end - 1)) for t, end in zip(cells, [*(t.col for t in cells[1:]), 1 << 30], strict=True)
             if t.kind == "word"]

    def in_place(ln: Line) -> bool:  # its words left of the row's first cell, or under a cell of words
        return all(t.colend < first or any(t.col < e and c < t.colend for c, e in words) for t in ln.tokens)
    if not in_place(line) or not (below.values or is_rule(below) or figureless_class_row(below)
                                  or _words_alone(below) and in_place(below)):
        return False
    label = split_row(run[-1])[0]
    return label is not None and class_label(label) is not None  # a class's label, never a Total's


def _words_alone(ln: Line) -> bool:
    """Words and no figure (a number in a name is a word: ``Group 1``), no class named."""
    return bool(ln.tokens) and (not ln.values or len(ln.values) == 1 and name_number(ln)) and ln.text_value is None \
        and not class_label(ln.joined)


def _cusip_row(line: Line, placed: set[int]) -> bool:
    """A class and its CUSIP and nothing else (``A-1   56280EYP1``, ``56280EYP1   A-1``): a row
    of a stacked half of text columns, which the walk, reading figures, leaves aside."""
    # a CUSIP is nine characters (a token holds no blank): the length before the regex
    if len(line.tokens) < 2 or line.no in placed:
        return False
    first, last = line.tokens[0].text, line.tokens[-1].text
    if not (len(last) == 9 and CUSIP.match(last) or len(first) == 9 and CUSIP.match(first)):
        return False
    label, _, cells = split_row(line)
    # (a cell stream holds a CUSIP as a value; a note's mark after the class is its label's)
    return label is not None and class_label(label) is not None and bool(cells) and all(
        t.kind == "word" and CUSIP.match(t.text) for t in cells)


def place(rows: list[list[Token]], spans: list[Span]) -> list[list[Token | None]]:
    """Each row's tokens in the columns ``spans`` (by position; a blank cell is None)."""
    out: list[list[Token | None]] = []
    for cells in rows:
        row: list[Token | None] = [None] * len(spans)
        for t, i in zip(cells, assign([(t.col, t.colend) for t in cells], spans) or []):  # noqa: B905 - as above
            row[i] = t
        out.append(row)
    return out


def grid_runs(w: Walk, unmapped: set[int] | None = None, blank_lines: bool = True,
              figureless: bool = False) -> list[list[Line]]:
    """The runs of rows the walk left unmapped (``unmapped``: their lines; by default every
    unmapped line with figures) that may be tables: rows of figures, a class's row and its
    CUSIP, a class printed with no figure inside a run (or, with ``figureless``, anywhere);
    with ``blank_lines``, runs parted by a blank line that one table goes on across
    (:func:`_across_blank_line`)."""
    if unmapped is None:
        unmapped = {u.line for u in w.unmapped if u.values}
    placed = {r.line for b in w.class_blocks for r in b.rows}
    in_cells = w.rendering == "cells"
    runs = runs_of(w.lines, lambda ln, open_: (_is_row(ln, unmapped, in_cells) or _cusip_row(ln, placed)
                                              or ((open_ or figureless) and figureless_class_row(ln))),
                   None if in_cells else wrapped_label)
    if not blank_lines or in_cells:
        return runs
    return join_pages(w.lines, join_runs(w.lines, runs, _across_blank_line), _goes_on)


def _goes_on(ln: Line, _open: bool = False) -> bool:
    """A row of a class table: a class or Total label and figures, a class and its CUSIP, or
    a class printing no figure."""
    return class_table_row(ln) or _cusip_row(ln, set()) or figureless_class_row(ln)


def _across_blank_line(lines: list[Line], above: list[Line], start: int, end: int, run: list[Line]) -> list[Line] | None:
    """Runs parted by one blank line (a table's senior classes, a blank line, its subordinate
    classes), or by a title of the rows below (``Group 2 Senior Certificates``,
    :func:`titles_rows`; a blank line above it allowed), go on where what follows goes on
    with the run above: a class row (or a class printing no figure) first, its label none
    of theirs, each of its figures under a column of theirs, and no Total above. Between the
    two runs only that blank line, the rest of a label wrapped onto a line of its own, and
    classes printing no figure (rows of the table, returned) may stand."""
    between = lines[start:end]
    blanks = [k for k, ln in enumerate(between) if ln.blank or is_rule(ln)]  # (a rule parts the rows as a blank line does)
    titled = bool(between) and titles_rows(between[-1], run[0]) and len(blanks) == len(between) - 1 <= 1
    if titled:
        pivot = start + len(between) - 1
    elif len(blanks) == 1 and all(ln.blank or not ln.values for ln in between):
        pivot = start + blanks[0]
    else:
        return None
    if (any(class_key(split_row(ln)[0] or "") in TOTAL_KEYS for ln in above)
            or after_blank_line(lines, pivot, _goes_on,
                                [(split_row(ln)[0], ln, split_row(ln)[2], None) for ln in above]) is None):
        return None
    return [ln for ln in between if figureless_class_row(ln)]


def titles_rows(ln: Line, row: Line | None) -> bool:
    """A line of words alone, one run of them (no column's name beside another), that names
    no class and prints no figure, standing in the label column of ``row`` (the row below
    it, its words starting where the row's label does): a title of the rows below it inside
    a table (``Group 2 Senior Certificates``, ``Subordinate Certificates``)."""
    return (row is not None and bool(ln.tokens) and bool(row.tokens) and ln.tokens[0].col <= row.tokens[0].col + 3
            and not ln.values and ln.text_value is None and len(ln.segments()) == 1
            and not is_rule(ln) and not figureless_class_row(ln) and any(ch.isalpha() for ch in ln.label))


def _trim(run: list[Line], in_cells: bool) -> list[Line]:
    """A run less the rows after its last class or Total row (a labelled row of words below a
    class table, such as a sum printed under another name, stays in unmapped)."""
    end = len(run)
    while end:
        label = split_row(run[end - 1], in_cells)[0]
        if label is None or class_label(label) or kind_alone(label) or class_key(label) in TOTAL_KEYS:
            break  # (a kind of security alone below classes is a class: "Certificates")
        end -= 1
    return run[:end]


def _labelled(run: list[Line], in_cells: bool) -> bool:
    """Every row a class (at least two; a kind of security alone beside them one) or a Total,
    or an unlabelled last row (a Total)."""
    labels = [split_row(ln, in_cells)[0] for ln in run]
    classes = [lab for lab in labels if lab is not None and class_label(lab)]
    totals = [lab for lab in labels if lab is not None and class_key(lab) in TOTAL_KEYS]
    kinds = [lab for lab in labels if lab is not None and not class_label(lab) and kind_alone(lab)]
    unlabelled_last = 1 if labels and labels[-1] is None else 0
    return len(classes) >= MIN_ROWS and len(classes) + len(kinds) + len(totals) + unlabelled_last == len(labels)


def header_lines(w: Walk, first: Line, limit: int) -> list[Line]:
    """The word lines just above ``first`` (one blank line between allowed), top to bottom;
    a rule among them is passed over (it names no column), but for a plain one (``====``,
    no box's corners) drawn across the header found so far (:func:`~abs_nb.parse.line_shapes.rule_across`): a section's
    edge, the words above it a title's or a page's banner."""
    by_no = w.lines
    i = by_no.index(first) - 1  # the line above (a cell stream's rows are not numbered by position)
    out: list[Line] = []
    gap = 0
    while i >= 0 and len(out) < limit:
        ln = by_no[i]
        if is_rule(ln):
            above = by_no[i - 1] if i else None
            if out and ln.tokens and rule_across(ln, min(h.tokens[0].col for h in out), max(h.tokens[-1].colend for h in out),
                                                 above) and not names_over(above, out[-1]):
                break
            i -= 1
            continue
        if ln.blank:
            if out or gap:
                break
            gap += 1
            i -= 1
            continue
        if ln.values and not numbers_a_name(ln) and not (out and numbers_over_words(ln, out[-1])):
            break
        if heads_no_column(ln, first) or is_page_mark(ln):
            # a section's heading, a label led to its figure by dots, a page's banner
            # ("... Page 2 of 5"): the header is below it
            break
        if not out and titles_rows(ln, first) and header_above(by_no, i):
            i -= 1  # a title of the rows below the header ("Senior Certificates") names no column
            continue
        out.append(ln)
        i -= 1
    return out[::-1]




def prints_no_figure(row: ClassRow) -> bool:
    """A class row with no figure in it (its CUSIP or other words aside): in a stacked half
    of figures, that class is a blank line."""
    return all(c is None or c.kind == "word" for c in row.cells)


def half_labels(last: list[str | None] | None, rows: list[ClassRow], total: str,
                last_rows: list[ClassRow] | None = None) -> list[str | None] | None:
    """The labels of an unlabelled stacked half, one per row: those of the labelled block
    above it (``last``, its rows ``last_rows``) with as many rows; or with one row fewer when
    the half's last row is the sum of the rows above it (its Totals row, printed with no
    label; classes whose balance does not roll may stand outside it); or with fewer rows when
    a class that prints no figure above is a blank line in the half (and then the half's
    Totals row, apart below a gap, may not be among its rows). A half one row short with no
    such blank line is not joined: nothing says which row is missing. Else None."""
    if last is None:
        return None
    if len(last) == len(rows):
        return list(last)
    optional = tuple(i for i, lbl in enumerate(last) if lbl is not None and not rolls(lbl))
    if len(last) + 1 == len(rows) and total not in last and sums_rows_above([r.cells for r in rows], optional):
        return [*last, total]
    if last_rows is None or len(last_rows) != len(last) or not rows or len(rows) > len(last):
        return None
    out: list[str | None] = []
    j, prev, gaps = 0, rows[0].line - 1, 0
    for label, above in zip(last, last_rows):  # noqa: B905 - as long (above); strict= is a generic call compiled
        empty = prints_no_figure(above)
        if j < len(rows) and not (empty and rows[j].line > prev + 1):
            out.append(label)
            prev, j = rows[j].line, j + 1
        elif empty:
            prev, gaps = prev + 1, gaps + 1  # the blank line standing for the class that prints nothing
        elif j == len(rows) and label == total and gaps:
            break  # the half's Totals row stands apart, below a gap: not joined here
        else:
            return None
    return out if j == len(rows) and gaps else None


def grid_block(w: Walk, run: list[Line], labelled: bool, header: list[Line] | None = None) -> ClassBlock:
    """The table of the rows ``run``, its columns the alignment of their figures, named by
    the word lines above it (or by ``header``); its rows labelled where ``labelled``."""
    rows = [split_row(ln, w.rendering == "cells") for ln in run]
    slot_spans = slots([cells for _, _, cells in rows])
    limit = 3 * len(slot_spans) + 3 if w.rendering == "cells" else MAX_HEADER_LINES
    if header is None:
        header = header_lines(w, run[0], limit)
    words = [ln for ln in header if not heading_line(ln)]  # a heading over the header names no column
    if w.rendering == "cells" and all(len(segments(ln)) <= 1 for ln in words):
        # one header cell per line: no position to name a column by
        names = name_by_order(words, len(slot_spans))
    else:
        first_col = min((t.col for _, _, cells in rows for t in cells), default=0)
        names = name_by_position(words, slot_spans, first_col, labels_end(rows, run))
    if len(names) == 1 and not names[0] and header:
        # one column and no word over it: the words above the table name its figures (an
        # item's words over the list of classes it pays)
        names = [" ".join(without_item_marks(ln.joined) for ln in header).strip(" :.")]
    columns = [ClassColumn(name, None, "", span) for name, span in zip(names, slot_spans, strict=True)]
    numeric = [any(t.kind == "num" and distance((t.col, t.colend), span) <= 0 for _, _, cells in rows for t in cells)
               for span in slot_spans]
    per_1000 = under_per_1000_heading(w, header[0] if header else run[0]) and not amounts_beside(
        [n for n, num in zip(names, numeric, strict=True) if num])
    block = ClassBlock("per1000" if per_1000 else "classes", columns,
                       [ln.no for ln in header] or [run[0].no])
    block.found_by = "structure"
    for (label, span, cells), ln in zip(rows, run):  # noqa: B905 - a row per line; strict= is a generic call compiled
        name = (class_label(label) or kind_alone(label)) if label else None
        if label is not None and name is None:
            name = label  # a Total row
        block.raw_rows.append((name if labelled else None, ln, cells, span))
    resolve_block(block)
    return block


def class_grids(w: Walk, taken: set[int] | None = None) -> list[ClassBlock]:
    """Class tables among the rows the walk left unmapped (see the module docstring), but
    for the lines ``taken`` by other tables."""
    unmapped = {u.line for u in w.unmapped if u.values} - (taken or set())
    out: list[ClassBlock] = []
    # the labelled class blocks the walk found, by their first line: which rows print nothing
    labelled = sorted(((b.rows[0].line, [prints_no_figure(r) for r in b.rows], [r.label for r in b.rows],
                        _gaps(w, b.rows)) for b in w.class_blocks if b.rows and b.labelled), key=lambda x: x[0])
    in_cells = w.rendering == "cells"
    joined: set[int] = set()  # the lines of halves joined across blank lines
    cusips: dict[str, str] | None = None  # each class's CUSIP, where the report pairs them
    for run in grid_runs(w, unmapped):
        if run[0].no in joined:
            continue
        if _cusip_labels(run, in_cells):
            cusips = cusip_classes(w) if cusips is None else cusips
            if all((lab := split_row(ln, in_cells)[0]) in cusips or class_key(lab or "") in TOTAL_KEYS for ln in run):
                # rows labelled by their CUSIPs alone: each the row of the class the report pairs it with
                block = grid_block(w, run, True)
                for r in block.rows:
                    r.label = cusips.get(r.label or "", r.label)
                out.append(block)
                continue
        # a table of classes with subtotals by group is read without them, where it is one so
        subtotals = _subtotals(w, run, in_cells)
        for rows in ([ln for ln in run if ln.no not in subtotals], run) if subtotals else (run,):
            # a run of one row may be the first of a half that goes on below a blank line
            short = len(rows) < MIN_ROWS
            # a last row summing the rows above is their Total, whatever the words of its label
            summed = next(((end, b) for end in total_candidates(rows, in_cells)
                           if by_its_sum(b := grid_block(w, rows[:end], True))), None)
            found = summed is not None or not short and _labelled(_trim(rows, in_cells), in_cells)
            if found:
                break
        if found and len(rows) < len(run):
            w.unmapped = [Unmapped(u.line, u.label, u.values, SUBTOTAL_REASON) if u.line in subtotals else u
                          for u in w.unmapped]
        run = rows
        if found:
            run = run[:summed[0]] if summed is not None else _trim(run, in_cells)
            block = summed[1] if summed is not None else grid_block(w, run, True)
            out.append(block)
            labelled.append((run[0].no, [prints_no_figure(r) for r in block.rows],
                             [r.label for r in block.rows], _gaps(w, block.rows)))
            labelled.sort(key=lambda x: x[0])
            continue
        above = [(blank, labels, gaps) for line, blank, labels, gaps in labelled if line < run[0].no]
        if not above or not all(split_row(ln, in_cells)[0] is None for ln in run):
            continue
        blank, labels, gaps = above[-1]
        if len(run) == len(blank) and not short:
            out.append(grid_block(w, run, False))  # a stacked half: joined by row order
        elif len(run) < len(blank):
            whole = _with_blank_rows(w.lines, run, blank, in_cells, gaps)
            if whole is not None and sum(1 for ln in whole if not ln.blank) >= MIN_ROWS:
                out.append(grid_block(w, whole, False))
                joined.update(ln.no for ln in whole)
        elif len(run) == len(blank) + 1 and not short:
            half = grid_block(w, run, False)  # a half ending with its Totals row, printed with no label
            if half_labels(labels, half.rows, "Total") is not None:
                out.append(half)
    return out


def _cusip_labels(run: list[Line], in_cells: bool) -> bool:
    """Is every row of ``run`` but a Total labelled by a CUSIP alone (:data:`MIN_ROWS` at least)?"""
    labels = [split_row(ln, in_cells)[0] or "" for ln in run]
    cusips = [lab for lab in labels if len(lab) == 9 and CUSIP.match(lab)]
    return len(cusips) >= MIN_ROWS and len(cusips) + sum(class_key(lab) in TOTAL_KEYS for lab in labels) == len(labels)


def cusip_classes(w: Walk) -> dict[str, str]:
    """Each CUSIP the report prints in a class's row (``A-1  96322WAA6  1.42%  ...``, or the
    CUSIP first), and that class: the key to a table whose rows a CUSIP alone labels. A
    CUSIP printed beside two classes names neither."""
    out: dict[str, str] = {}
    seen: set[str] = set()
    for ln in w.lines:
        label, _, cells = split_row(ln) if len(ln.tokens) > 1 else (None, None, [])
        if label is None or (name := class_label(label)) is None:
            continue
        for t in (t for t in cells[:2] if len(t.text) == 9 and CUSIP.match(t.text)):
            if t.text not in seen:
                out[t.text] = name
            elif out.get(t.text) != name:
                out.pop(t.text, None)
            seen.add(t.text)
    return out


def _subtotals(w: Walk, run: list[Line], in_cells: bool) -> set[int]:
    """The lines of ``run``'s rows that sum the classes above them (:func:`subtotal_rows`):
    a table of classes with subtotals by group, labelled or not, once they are set aside."""
    labels = [split_row(ln, in_cells)[0] for ln in run[1:-1]]
    if not any(lab is None or class_label(lab) is None for lab in labels):
        return set()
    block = grid_block(w, run, True)
    return {block.rows[k].line for k in subtotal_rows(block)}


def _gaps(w: Walk, rows: list[ClassRow]) -> list[bool]:
    """For each row of a labelled block: does a blank line part it from the row above (the
    senior classes from the others, say)? Its stacked halves print the same gap. (A cell
    stream has no blank line: its rows are not numbered by position.)"""
    if w.rendering == "cells":
        return [False] * len(rows)
    return [k > 0 and 2 <= r.line <= len(w.lines) and w.lines[r.line - 2].blank for k, r in enumerate(rows)]


def extend_halves(w: Walk, found: list[ClassBlock]) -> None:
    """A stacked half the walk read (no labels) and closed at a blank line where the labelled
    table above it (the walk's, or one ``found`` by structure) prints a blank line between
    the same two rows: the half goes on with the unread rows just below the blank line, up
    to the next blank line, when each of their figures stands under a column of the half."""
    labelled = sorted((b for b in w.class_blocks + found if b.labelled and b.rows), key=lambda b: b.rows[0].line)
    unmapped = {u.line for u in w.unmapped if u.values}
    for b in w.class_blocks:
        above = [x for x in labelled if b.rows and x.rows[0].line < b.rows[0].line]
        if b.labelled or not b.rows or not above or w.rendering == "cells":
            continue
        gaps = _gaps(w, above[-1].rows)
        i = b.rows[-1].line  # the line below the half's last row (lines are numbered from 1)
        added: list[Line] = []
        while len(b.raw_rows) + len(added) < len(gaps) and gaps[len(b.raw_rows) + len(added)] and i + 1 < len(
                w.lines) and w.lines[i].blank:
            more = unread_rows(w.lines, i + 1, unmapped)
            if not more or after_blank_line(
                    w.lines, i, _goes_on, b.raw_rows + [(None, ln, word_cells(ln.tokens), None) for ln in added],
                    {len(b.raw_rows) + len(added)}) is None:
                break
            added += more
            i = more[-1].no
        # a class printing nothing in the half (zeros left blank): a blank line of it, as in
        # a half found by structure (:func:`_with_blank_rows`), and the rows below it
        printed = [raw[1] for raw in b.raw_rows] + added
        whole = (_with_blank_rows(w.lines, printed, [prints_no_figure(r) for r in above[-1].rows], False, gaps)
                 if len(printed) < len(above[-1].rows) else None)
        if whole is not None and all(ln.blank or ln in printed or ln.no in unmapped for ln in whole):
            added += [ln for ln in whole if ln not in printed]
        if added:
            b.raw_rows += [(None, ln, word_cells(ln.tokens), None) for ln in added]
            b.raw_rows.sort(key=lambda raw: raw[1].no)
            b.rows, b.problems = [], []
            resolve_block(b)
            taken = {ln.no for ln in added}
            w.unmapped = [u for u in w.unmapped if u.line not in taken]


def half_gaps(w: Walk) -> set[int]:
    """The rows of the last labelled class table read so far with a blank line above them
    (:func:`_gaps`): a stacked half of it with no labels prints the same gaps."""
    last = next((b for b in reversed(w.class_blocks) if b.labelled), None)
    return {k for k, gap in enumerate(_gaps(w, last.rows)) if gap} if last is not None else set()


def _with_blank_rows(lines: list[Line], run: list[Line], blank: list[bool], in_cells: bool,
                     gaps: list[bool]) -> list[Line] | None:
    """A stacked half whose rows stop short of its labelled block's: a class whose figures
    the half leaves blank (zeros printed as nothing) is a blank line in it. The half goes on
    across blank lines, one for one with the labelled block's rows, to as many rows as that
    block has; a blank line after its last row of figures stands for a class that prints no
    figure in the labelled block either (``R``), else it ends the half. A blank line where
    the labelled block prints one between two rows (``gaps``) is that gap, no class."""
    i = lines.index(run[0])
    out: list[Line] = []
    for k in range(len(blank)):
        while i < len(lines) and is_rule(lines[i]):
            i += 1  # a rule above the half's total stands for no row
        if k < len(gaps) and gaps[k] and i < len(lines) and lines[i].blank and i + 1 < len(lines) and not lines[i + 1].blank:
            i += 1  # the gap the labelled block prints above this row
        if i >= len(lines):
            return None
        ln = lines[i]
        if ln.blank:
            out.append(ln)
        elif ln.values and split_row(ln, in_cells)[0] is None and (ln in run or k >= len(run)):
            out.append(ln)
        else:
            return None
        i += 1
    last_row = max(k for k, ln in enumerate(out) if not ln.blank)
    if not all(blank[k] for k in range(last_row + 1, len(out))):
        return None
    return out if len(out) > len(run) else None


def adopt(w: Walk, blocks: list[ClassBlock]) -> None:
    """Add ``blocks`` to the walk's class blocks, in report order, and take their rows out of
    ``unmapped``."""
    taken = {r.line for b in blocks for r in b.rows}
    taken |= {t.line for b in blocks for r in b.rows for t in r.cells if t is not None and t.line is not None}
    w.unmapped = [u for u in w.unmapped if u.line not in taken]
    w.cells = [c for c in w.cells if c.line not in taken]  # a class's line is no pool or deal line
    w.class_blocks = sorted(w.class_blocks + blocks, key=lambda b: b.rows[0].line if b.rows else 0)


def class_table_row(ln: Line, _open: bool = False) -> bool:
    """A row of a class table: a class or Total label and figures."""
    label = split_row(ln)[0]
    return bool(ln.values) and label is not None and (class_label(label) is not None or class_key(label) in TOTAL_KEYS)
