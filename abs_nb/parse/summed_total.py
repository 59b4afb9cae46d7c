"""A class table's Totals row told by its sum, whatever its label, and the rows it sums::

    Class A-1 Notes     96,000,000.00   14,873,216.44
    Class A-2 Notes    235,000,000.00  235,000,000.00
    Certificates        54,500,000.00   54,500,000.00
    All Classes        385,500,000.00  264,373,216.44

Its last row is the sum of the rows above it, column by column (``All Classes``, ``Total
Interest``, ``Aggregate``: words no vocabulary needs to know), so it is the table's Totals
row; a row above it that names no class by its shape (``Certificates``, ``Residual``) is a
class the Total sums, named as printed. Classes whose balance does not roll (IO, X, P, R) may
be left out of the sum.

>>> from abs_nb.parse.tokens import tokenize
>>> run = tokenize("A-1     100.00   2.00\\nA-2     300.00   4.00\\nCertificates   50.00   1.00\\n"
...                "All Classes   450.00   7.00\\n")
>>> total_candidates(run, False)  # All Classes, or else Certificates, may be the Total
[4, 3]
"""

from __future__ import annotations

import math
from bisect import bisect_right
from typing import Final

from abs_nb.parse.identities import SUMS, rolls, sign, sums_rows_above
from abs_nb.parse.line_shapes import is_rule
from abs_nb.parse.pieces import ClassBlock, ClassRow, Unmapped, Walk
from abs_nb.parse.row_labels import class_label, split_row
from abs_nb.parse.rows_below import line_below, lines_below, under_columns
from abs_nb.parse.spelling import TOTAL_KEYS, class_key
from abs_nb.parse.tokens import Line, Token

#: the fewest rows that name a class by its shape in such a table
MIN_CLASSES: Final = 2
#: the rows after a table's last class where its Totals row may stand
TOTAL_WITHIN: Final = 2


def total_candidates(run: list[Line], in_cells: bool) -> list[int]:
    """The lengths of the heads of ``run`` that may end with a Totals row told by its sum:
    a labelled last row that names no class, after the run's last class (within
    :data:`TOTAL_WITHIN` rows), with :data:`MIN_CLASSES` classes above it and fewer rows
    naming none; longest first."""
    labels = [split_row(ln, in_cells)[0] for ln in run]
    named = [lab is not None and class_label(lab) is not None for lab in labels]
    if sum(named) < MIN_CLASSES:
        return []
    last = max(k for k, n in enumerate(named) if n)
    out: list[int] = []
    for end in range(min(len(run), last + 1 + TOTAL_WITHIN), last + 1, -1):
        head = labels[:end - 1]
        final = labels[end - 1]
        if final is None or named[end - 1] or any(lab is None or class_key(lab) in TOTAL_KEYS for lab in head):
            continue
        if 2 * sum(named[:end - 1]) > end - 1:
            out.append(end)
    return out


#: why a subtotal's figures are read into no table
SUBTOTAL_REASON: Final = "a subtotal of the class rows above it: no class, and the Total sums the classes without it"


def subtotal_rows(block: ClassBlock) -> list[int]:
    """The rows of ``block`` (its last aside) naming no class, or printing no label (under a
    rule: ``------`` then the figures alone), whose figures are the sums of
    the class rows since the table's first row or the last such row (or of the last of those
    rows, apart from the rows above them), two at least, and after
    which the table goes on with classes printed alike: subtotals (of a loan group's classes:
    ``GRP I``, ``SUBTOTAL``), no class, nor the table's Total, which sums the classes without
    them.

    >>> from abs_nb.parse.pieces import ClassRow
    >>> from abs_nb.parse.tokens import tokenize_line
    >>> rows = [ClassRow(lab, k, tokenize_line("x " + t, k).values) for k, (lab, t) in enumerate(
    ...     [("IA-1", "10.00  1.00"), ("IA-2", "20.00  2.00"), ("GRP I", "30.00  3.00"), ("IIA-1", "5.00  1.00"),
    ...      ("IIA-2", "5.00  0.00"), ("GRP II", "10.00  1.00"), ("TOTAL", "40.00  4.00")])]
    >>> subtotal_rows(ClassBlock("classes", [], [], rows=rows))
    [2, 5]
    """
    rows = block.rows
    out: list[int] = []
    start = 0
    apart = [s for s in range(1, len(rows)) if rows[s].line - rows[s - 1].line > 1]  # below a blank or a title
    for k, r in enumerate(rows[:-1]):
        if r.label is not None and (class_label(r.label) is not None or class_key(r.label) in TOTAL_KEYS):
            continue
        if r.label is None and (k == start or any(x.label is None for x in rows[start:k])):
            continue  # a row printing no label sums classes printed under their names only
        # the classes it sums: those since the last subtotal, or the last of them, apart from
        # the rows above by a blank line or a title (the classes of a section no subtotal sums)
        firsts = [start] + apart[bisect_right(apart, start):bisect_right(apart, k - MIN_CLASSES)]
        first = next((s for s in firsts if _same_columns(rows[s], r, rows[k + 1], k + 2 == len(rows))
                      and sums_rows_above([x.cells for x in rows[s:k + 1]], _optional(rows[s:k], block))), None)
        if first is None and k - 1 >= start and (k in apart and (k - 1 == start or k - 1 in apart) or out and k - 1 == start) \
                and _same_columns(rows[k - 1], r, rows[k + 1], k + 2 == len(rows)) and _repeats(rows[k - 1], r):
            # a group of one class, ruled off above and below or right after another group's
            # subtotal: its subtotal repeats it
            first = k - 1
        if first is not None:
            out.append(k)
            start = k + 1
    # the last row, after subtotals, summing the classes of its own part only (not all):
    # that part's subtotal, the table's Total printed apart below it (totals_below)
    last = len(rows) - 1
    if out and last - start >= MIN_CLASSES and (lab := rows[last].label) is not None and class_label(lab) is None \
            and class_key(lab) not in TOTAL_KEYS and sums_rows_above([x.cells for x in rows[start:]], _optional(rows[start:last], block)) \
            and not sums_rows_above([x.cells for k, x in enumerate(rows) if k not in out],
                                    _optional([x for k, x in enumerate(rows[:last]) if k not in out], block)):
        out.append(last)
    return out


def _repeats(row: ClassRow, sub: ClassRow) -> bool:
    """Does ``sub`` print ``row``'s figures again, each where it prints one (one not zero)?"""
    pairs = [(a, b) for a, b in zip(row.cells, sub.cells, strict=False) if b is not None and b.kind == "num"]
    return any(b.value for _, b in pairs) and all(a is not None and a.value == b.value for a, b in pairs)


def _same_columns(first: ClassRow, sub: ClassRow, after: ClassRow, last: bool) -> bool:
    """Is the row after a subtotal ``sub`` a class printing in the columns its group's first
    row does, or in some of them (the table goes on with another group's), or the table's
    ``last`` row naming no class, its Total, printing in the columns the subtotal does?"""
    a_class = after.label is not None and class_label(after.label) is not None
    model, cells = [t is not None for t in (first if a_class else sub).cells], [t is not None for t in after.cells]
    if a_class and len(model) == len(cells) and sum(cells) >= 2:
        return all(m or not c for m, c in zip(model, cells, strict=True))  # (a class printing no rate: CE, P)
    return (last or a_class) and model == cells


def by_its_sum(block: ClassBlock) -> bool:
    """Is ``block``'s last row the sum of the rows above it (:func:`total_candidates` built
    it)? Then it is the Totals row, labelled so; returns whether it is."""
    rows = block.rows
    if len(rows) < MIN_CLASSES + 1 or any(len(r.cells) != len(block.columns) for r in rows):
        return False
    optional = tuple(i for i, r in enumerate(rows[:-1]) if r.label is not None and not rolls(r.label))
    if not sums_rows_above([r.cells for r in rows], optional):
        return False
    rows[-1].label = "Total"
    block.summed = True
    return True


def _optional(rows: list[ClassRow], block: ClassBlock | None = None) -> tuple[int, ...]:
    """The rows of classes whose balance does not roll (IO, X, P, R; or, in ``block`` whose
    columns are named, a class whose figures break the class roll-forward of
    :data:`~abs_nb.parse.identities.SUMS`: a notional one): a Total may leave them out."""
    at = {c.field: k for k, c in enumerate(block.columns) if c.field} if block is not None else {}
    return tuple(i for i, r in enumerate(rows) if r.label is not None and (not rolls(r.label) or not _rolled(r, at)))


def _figure(r: ClassRow, at: dict[str, int], field: str) -> float:
    k = at.get(field)
    t = r.cells[k] if k is not None and k < len(r.cells) else None
    return t.number if t is not None else math.nan


def _rolled(r: ClassRow, at: dict[str, int]) -> bool:
    """Does the class of ``r`` (its columns' fields at ``at``) roll forward, or print no
    figure to tell by?"""
    _, whole, parts, may_lack = SUMS[0]  # (the class roll-forward)
    if any(math.isnan(_figure(r, at, f)) for f in (whole, *parts) if f not in may_lack):
        return True
    got = sum(sign(p) * v for p in parts if not math.isnan(v := _figure(r, at, p)))
    return abs(_figure(r, at, whole) - got) < 0.01 * (len(r.cells) + 1)


def _class_follows(w: Walk, after: list[Line], below: Line, at: dict[int, int], in_cells: bool) -> bool:
    """Is the line of figures ``after`` ``below`` (one, or none) a class's row, only rules
    and blank lines between them (the table going on)?"""
    if not after or (label := split_row(after[0], in_cells)[0]) is None or class_label(label) is None:
        return False
    return all(ln.blank or is_rule(ln) for ln in w.lines[at[below.no] + 1:at[after[0].no]])


def totals_below(w: Walk) -> None:
    """A class table read with no Totals row whose last row names no class, or below whose
    last row the first line printing figures (:func:`~abs_nb.parse.rows_below.line_below`)
    is an unread row that names no class, where that
    row's figures, under the table's columns, are the sums of the rows above: that row is the
    table's Total, whatever its words."""
    in_cells = w.rendering == "cells"
    unread = {u.line for u in w.unmapped if u.values}
    at = {ln.no: k for k, ln in enumerate(w.lines)}
    taken: set[int] = set()
    for b in w.class_blocks:
        if b.found_by == "header" and (subtotals := subtotal_rows(b)):
            # the walk's table of classes with subtotals (SENIOR TOTAL, SUBORD TOTAL): read without them
            w.unmapped += [Unmapped(b.rows[k].line, b.rows[k].label or "", [t.text for t in b.rows[k].cells if t],
                                    SUBTOTAL_REASON) for k in subtotals]
            b.rows = [r for k, r in enumerate(b.rows) if k not in subtotals]
        rows = b.rows
        if (len(rows) < MIN_CLASSES or not b.labelled or any(r.label is None or class_key(r.label) in TOTAL_KEYS
                                                              for r in rows)):
            continue
        last = rows[-1].label or ""
        if class_label(last) is None and len(rows) > MIN_CLASSES and sums_rows_above(
                [r.cells for r in rows], _optional(rows[:-1], b)):
            rows[-1].label, b.summed = "Total", True  # the table's own last row: its Total
            continue
        # the first unread row naming no class below it whose figures sum its rows (a part's
        # subtotal may stand between: "Subtotal" over a rule, then "TOTALS")
        candidates = lines_below(w, b, at)
        for n, below in enumerate(candidates):
            if below.no not in unread or below.no in taken:
                break
            label, span, cells = split_row(below, in_cells)
            if label is None or class_label(label) is not None:
                break
            placed = under_columns(b, cells) if not in_cells else None
            if placed is None or not sums_rows_above([*(r.cells for r in rows), placed], _optional(rows, b)):
                placed = by_sums(b, cells)  # no alignment to go by (a cell stream), or none that adds up
            if placed is None or not sums_rows_above([*(r.cells for r in rows), placed], _optional(rows, b)):
                continue  # (a part's subtotal, a line of its own: the Total may stand below it)
            amounts = sum(any(k < len(r.cells) and (t := r.cells[k]) is not None and t.kind == "num" and not t.percent
                              for r in rows) for k in range(len(b.columns)))
            if n and sum(t is not None for t in placed) < min(2, amounts):
                break  # past other lines, one figure of a table of many amounts sums nothing by chance alone
            if class_key(label) not in TOTAL_KEYS and _class_follows(w, candidates[n + 1:n + 2], below, at, in_cells):
                break  # classes follow a sum not called the Total: a part's (the rest unread), not the table's
            rows.append(ClassRow("Total", below.no, placed, span))
            b.summed = True
            taken.add(below.no)
            break
    if taken:
        w.unmapped = [u for u in w.unmapped if u.line not in taken]


def by_sums(block: ClassBlock, cells: list[Token]) -> list[Token | None] | None:
    """``cells`` placed under ``block``'s columns in order, each under the next column whose
    figures add up to it (those of the classes that roll, or of all); None where one adds up
    to no column after the last one placed, or where none is a figure other than zero."""
    sums: list[tuple[float, ...]] = []
    optional = set(_optional(block.rows))
    for ci in range(len(block.columns)):
        nums = [(i, t.number) for i, r in enumerate(block.rows) if ci < len(r.cells) and (t := r.cells[ci]) is not None
                and t.kind == "num" and t.value is not None]
        sums.append((sum(v for _, v in nums), sum(v for i, v in nums if i not in optional)) if nums else ())
    out: list[Token | None] = [None] * len(block.columns)
    j = 0
    for t in cells:
        if t.kind != "num" or t.value is None:
            return None
        while j < len(sums) and not any(abs(x - t.number) <= 0.5 * 10 ** -t.decimals * (len(block.rows) + 1)
                                        for x in sums[j]):
            j += 1
        if j == len(sums):
            return None
        out[j] = t
        j += 1
    return out if any(t is not None and t.number != 0 for t in out) else None


def grand_total(w: Walk) -> None:
    """A class table printed in parts (senior certificates, subordinate certificates), a part
    ending with its own Totals row, and at the end of the last part a row naming no class
    whose figures are the sums of the classes of every part (its own Total, or the row just
    below it; classes whose balance does not roll may be left out of a column): that row is
    the table's Total, and the parts' own are subtotals, left unread
    (:data:`GRAND_TOTAL_PART`). The parts are the tables with as many columns read one after
    the other.

    >>> from abs_nb.parse.engine import walk
    >>> rows = [("Class", "Beginning", "Principal"), ("A-1", "1,000.00", "100.00"), ("A-2", "2,000.00", "200.00"),
    ...         ("A-3", "1,500.00", "10.00"), ("SENIOR TOTAL", "4,500.00", "310.00"), ("",) * 3,
    ...         ("Class", "Beginning", "Principal"), ("B-1", "500.00", "50.00"), ("B-2", "400.00", "40.00"),
    ...         ("B-3", "300.00", "5.00"), ("SUB TOTAL", "1,200.00", "95.00"), ("TOTAL", "5,700.00", "405.00")]
    >>> w = walk("\\n".join(f"{a:<14}{b:>11}{c:>11}" for a, b, c in rows) + "\\n")
    >>> [(r.label, r.line) for b in w.class_blocks for r in b.rows if class_label(r.label or "") is None]
    [('Total', 12)]
    """
    ended = sorted((b for b in w.class_blocks if b.rows), key=lambda b: b.rows[0].line)
    if len(ended) < 2:
        return  # one table: no parts
    in_cells = w.rendering == "cells"
    unread = {u.line for u in w.unmapped if u.values}
    at = {ln.no: k for k, ln in enumerate(w.lines)}
    parted: set[int] = set()  # the parts' own Totals
    read: set[int] = set()
    for k, last in enumerate(ended):
        if k == 0 or not last.rows:
            continue
        candidates: list[tuple[ClassRow, bool]] = []  # (the row, is it below the table)
        below = line_below(w, last, at)
        if below is not None and below.no in unread:
            label, span, cells = split_row(below, in_cells)
            placed = under_columns(last, cells) if label is not None and class_label(label) is None else None
            if placed is not None:
                candidates.append((ClassRow("Total", below.no, placed, span), True))
        if _is_total(last.rows[-1]):
            candidates.append((last.rows[-1], False))
        for row, is_below in candidates:
            parts = _parts_summed(ended[:k + 1], row)
            if parts is None:
                continue
            for p in parts:
                if p.rows and _is_total(p.rows[-1]) and p.rows[-1] is not row:
                    parted.add(p.rows.pop().line)
                    p.summed = False
            row.label = "Total"
            if is_below:
                last.rows.append(row)
                read.add(row.line)
            break
    if parted or read:
        w.unmapped = [u for u in w.unmapped if u.line not in read and u.line not in parted]
        w.unmapped += [Unmapped(ln.no, ln.label, [t.text for t in ln.values], GRAND_TOTAL_PART)
                       for ln in w.lines if ln.no in parted]
        w.unmapped.sort(key=lambda u: u.line)


#: why a part's Total stays unread
GRAND_TOTAL_PART: Final = "the Total of one part of a class table: the Total at the end of the parts sums them all"


def _is_total(row: ClassRow) -> bool:
    return row.label == "Total" or class_key(row.label or "") in TOTAL_KEYS


def _parts_summed(blocks: list[ClassBlock], total: ClassRow) -> list[ClassBlock] | None:
    """The parts, the last of ``blocks`` and as many before it (with as many columns), two
    at least, whose classes ``total`` sums; None where no such parts."""
    last = blocks[-1]
    width = len(last.columns)
    if len(total.cells) != width:
        return None
    parts: list[ClassBlock] = [last]
    for b in reversed(blocks[:-1]):
        if len(b.columns) != width:
            return None
        parts.insert(0, b)
        rows = [r for p in parts for r in p.rows if r is not total and not _is_total(r)]
        if sums_rows_above([*(r.cells for r in rows), total.cells], _optional(rows)):
            return parts
    return None
