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
from collections.abc import Callable

from abs_nb.parse.layout import Span, assign, columns_for_slots, distance, segments, slots
from abs_nb.parse.pieces import ClassBlock, ClassColumn, ClassRow, Walk
from abs_nb.parse.tokens import VALUE_KINDS, Line, Token
from abs_nb.parse.vocabulary import class_key, normalise, vocabulary, words_of

# a class label: letters, digits and hyphens, a letter among them, at most five parts
_CLASS_LABEL = re.compile(r"^(?:class\s+)?([A-Z0-9]{1,6}(?:\s*-\s*[A-Z0-9]{1,6}){0,4})$", re.I)
_TOTAL_KEYS = frozenset({"TOTAL", "TOTALS"})
_CUSIP = re.compile(r"^[0-9]{3}[0-9A-Z]{5}[0-9]$")  # the shape of a CUSIP (roles checks the figures)
LABEL_SLACK = 4  # columns a header may start left of its first figure (a left-aligned name)
MAX_HEADER_LINES = 4  # word lines above a fixed-width table that can name its columns
MIN_ROWS = 2


def class_label(text: str) -> str | None:
    """The class a row label names, spaces around its hyphens dropped, or None.

    >>> class_label("Class I - A - 1"), class_label("M5-B"), class_label("B-IO"), class_label("X")
    ('I-A-1', 'M5-B', 'B-IO', 'X')
    >>> class_label("30-59"), class_label("Fees"), class_label("Total")
    (None, None, None)
    """
    m = _CLASS_LABEL.match(text.strip())
    if not m:
        return None
    label = re.sub(r"\s*-\s*", "-", m.group(1))
    body = label.replace("-", "")
    if not any(ch.isalpha() for ch in body) or class_key(label) in _TOTAL_KEYS:
        return None
    # a word in lower case ("Fees") is no class; a class is upper case, or holds a digit or a hyphen
    if not (label.isupper() or "-" in label or any(ch.isdigit() for ch in label)):
        return None
    if label != label.upper() and "-" not in label:
        return None
    return label


def split_row(line: Line, cells: bool = False) -> tuple[str | None, tuple[int, int] | None, list[Token]]:
    """A row's label, its span, and its cells (every token after it: figures, and words such
    as a CUSIP). In a cell stream the label is the row's label cell; in fixed-width text it is
    the leading tokens less than two columns apart (``Class I - A - 1``) when they name a
    class, else the leading words."""
    if cells:
        lt = line.label_tokens
        if not lt:
            return None, None, list(line.values)
        return " ".join(t.text for t in lt), (lt[0].start, lt[-1].end), list(line.values)
    tokens = line.tokens
    if not tokens:
        return None, None, []
    k = 1
    while k < len(tokens) and tokens[k].col - tokens[k - 1].colend < 2:
        k += 1
    if tokens[0].kind in VALUE_KINDS:
        # a label may start with a number ("30 to 59 Days", "1 Payment"): the run of tokens
        # less than two columns apart is one when a word ends it
        if tokens[k - 1].kind in VALUE_KINDS:
            return None, None, list(tokens)
    elif not class_label(" ".join(t.text for t in tokens[:k])):
        k = 1
        while k < len(tokens) and tokens[k].kind == "word" and tokens[k].col - tokens[k - 1].colend < 2:
            k += 1
    label = " ".join(t.text for t in tokens[:k])
    return label, (tokens[0].start, tokens[k - 1].end), list(tokens[k:])


def resolve_block(block: ClassBlock) -> None:
    """Place each raw row's tokens in the block's columns (by the alignment of the figures)."""
    slot_spans = slots([toks for _, _, toks, _ in block.raw_rows])
    header = [c.span for c in block.columns]
    slot_col = columns_for_slots(slot_spans, header)
    for label, ln, toks, span in block.raw_rows:
        cells: list[Token | None] = [None] * len(block.columns)
        where = assign([(t.col, t.colend) for t in toks], slot_spans)
        if where is None:
            block.problems.append(f"line {ln.no}: more values than columns")
            continue
        for t, s in zip(toks, where, strict=False):
            ci = slot_col[s]
            if ci is None or cells[ci] is not None:
                block.problems.append(f"line {ln.no}: value {t.text!r} has no column")
                continue
            cells[ci] = t
        block.rows.append(ClassRow(label, ln.no, cells, span))


def _is_row(line: Line, unmapped: set[int], in_cells: bool) -> bool:
    """A row of figures the walk did not place: a label (or none) and at least one figure."""
    if line.no not in unmapped or not line.values:
        return False
    _, _, cells = split_row(line, in_cells)
    return bool(cells) and any(t.kind in VALUE_KINDS for t in cells)


def _blank_class_row(line: Line) -> bool:
    """A class printed with no figure at all (``R`` of a table whose R pays nothing): a row
    of the table it stands in, with every cell blank."""
    return not line.values and line.text_value is None and bool(line.tokens) and class_label(line.joined) is not None


def _cusip_row(line: Line, placed: set[int]) -> bool:
    """A class and its CUSIP and nothing else (``A-1   56280EYP1``): a row of a stacked half
    of text columns, which the walk, reading figures, leaves aside."""
    if line.values or len(line.tokens) < 2 or not _CUSIP.match(line.tokens[-1].text) or line.no in placed:
        return False
    label, _, cells = split_row(line)
    return label is not None and class_label(label) is not None and bool(cells) and all(
        _CUSIP.match(t.text) for t in cells)


def runs_of(lines: list[Line], is_row: Callable[[Line, bool], bool]) -> list[list[Line]]:
    """The runs of consecutive lines ``is_row`` takes (it is told whether a run is open)."""
    runs: list[list[Line]] = []
    cur: list[Line] = []
    for ln in lines:
        if is_row(ln, bool(cur)):
            cur.append(ln)
            continue
        if cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def place(rows: list[list[Token]], spans: list[Span]) -> list[list[Token | None]]:
    """Each row's tokens in the columns ``spans`` (by position; a blank cell is None)."""
    out: list[list[Token | None]] = []
    for cells in rows:
        row: list[Token | None] = [None] * len(spans)
        for t, i in zip(cells, assign([(t.col, t.colend) for t in cells], spans) or [], strict=False):
            row[i] = t
        out.append(row)
    return out


def _runs(w: Walk, unmapped: set[int]) -> list[list[Line]]:
    placed = {r.line for b in w.class_blocks for r in b.rows}
    in_cells = w.rendering == "cells"
    return runs_of(w.lines, lambda ln, open_: (_is_row(ln, unmapped, in_cells) or _cusip_row(ln, placed)
                                              or (open_ and _blank_class_row(ln))))


def _trim(run: list[Line], in_cells: bool) -> list[Line]:
    """A run less the rows after its last class or Total row (a labelled row of words below a
    class table, such as a sum printed under another name, stays in unmapped)."""
    end = len(run)
    while end:
        label = split_row(run[end - 1], in_cells)[0]
        if label is None or class_label(label) or class_key(label) in _TOTAL_KEYS:
            break
        end -= 1
    return run[:end]


def _labelled(run: list[Line], in_cells: bool) -> bool:
    """Every row a class (at least two) or a Total, or an unlabelled last row (a Total)."""
    labels = [split_row(ln, in_cells)[0] for ln in run]
    classes = [lab for lab in labels if lab is not None and class_label(lab)]
    totals = [lab for lab in labels if lab is not None and class_key(lab) in _TOTAL_KEYS]
    unlabelled_last = 1 if labels and labels[-1] is None else 0
    return len(classes) >= MIN_ROWS and len(classes) + len(totals) + unlabelled_last == len(labels)


def header_lines(w: Walk, first: Line, limit: int) -> list[Line]:
    """The word lines just above ``first`` (one blank line between allowed), top to bottom."""
    by_no = w.lines
    i = by_no.index(first) - 1  # the line above (a cell stream's rows are not numbered by position)
    out: list[Line] = []
    gap = 0
    while i >= 0 and len(out) < limit:
        ln = by_no[i]
        if ln.blank:
            if out or gap:
                break
            gap += 1
            i -= 1
            continue
        if ln.values:
            break
        out.append(ln)
        i -= 1
    return out[::-1]


def name_by_position(header: list[Line], slot_spans: list[Span], first_col: int) -> list[str]:
    """Header words over each slot, top line first: every word group right of the label
    column goes to the slot it overlaps or stands nearest to; word groups that start in the
    label column (a heading, the label column's own header) name no column."""
    names: list[list[str]] = [[] for _ in slot_spans]
    if not slot_spans:
        return []
    for line in header:
        for text, c, e in segments(line):
            if c < first_col - LABEL_SLACK or normalise(text) in ("class", "classes"):
                continue
            k = min(range(len(slot_spans)), key=lambda i: distance((c, e), slot_spans[i]))
            names[k].append(text)
    return [" ".join(n) for n in names]


def name_by_order(header: list[Line], n: int, section: str = "classes",
                  targets: tuple[str, ...] = ("classes",)) -> list[str]:
    """Header cells of a cell stream, one per line: the last ``n`` name the columns in order;
    each cell above them is joined to the first column name after the last one joined that
    it completes into a word set the vocabulary knows (``Beginning`` over ``Balance``); a
    cell that completes none (the label column's own header) names nothing."""
    cells = [ln.joined for ln in header]
    if len(cells) < n:
        return [""] * (n - len(cells)) + cells
    names = cells[-n:]
    v = vocabulary()
    k = 0
    for word in cells[: len(cells) - n]:
        for j in range(k, n):
            joined = f"{word} {names[j]}"
            adds = not set(words_of(word)) <= set(words_of(names[j]))
            if adds and v.lookup(joined, section, targets) is not None:
                names[j] = joined
                k = j + 1
                break
    return names


def _block(w: Walk, run: list[Line], labelled: bool) -> ClassBlock:
    rows = [split_row(ln, w.rendering == "cells") for ln in run]
    slot_spans = slots([cells for _, _, cells in rows])
    limit = 3 * len(slot_spans) + 3 if w.rendering == "cells" else MAX_HEADER_LINES
    header = header_lines(w, run[0], limit)
    if w.rendering == "cells" and all(len(segments(ln)) <= 1 for ln in header):
        # one header cell per line: no position to name a column by
        names = name_by_order(header, len(slot_spans))
    else:
        first_col = min((t.col for _, _, cells in rows for t in cells), default=0)
        names = name_by_position(header, slot_spans, first_col)
    columns = [ClassColumn(name, None, "", span) for name, span in zip(names, slot_spans, strict=True)]
    block = ClassBlock("classes", columns, [ln.no for ln in header] or [run[0].no])
    block.found_by = "structure"
    for (label, span, cells), ln in zip(rows, run, strict=True):
        name = class_label(label) if label else None
        if label is not None and name is None:
            name = label  # a Total row
        block.raw_rows.append((name if labelled else None, ln, cells, span))
    resolve_block(block)
    return block


def class_grids(w: Walk) -> list[ClassBlock]:
    """Class tables among the rows the walk left unmapped (see the module docstring)."""
    unmapped = {u.line for u in w.unmapped if u.values}
    out: list[ClassBlock] = []
    # the row count of the labelled class blocks the walk found, by their first line
    labelled = sorted((b.rows[0].line, len(b.rows)) for b in w.class_blocks if b.rows and b.labelled)
    in_cells = w.rendering == "cells"
    for run in _runs(w, unmapped):
        if len(run) < MIN_ROWS:
            continue
        if _labelled(_trim(run, in_cells), in_cells):
            run = _trim(run, in_cells)
            out.append(_block(w, run, True))
            labelled.append((run[0].no, len(run)))
            labelled.sort()
            continue
        above = [n for line, n in labelled if line < run[0].no]
        if above and len(run) == above[-1] and all(split_row(ln, in_cells)[0] is None for ln in run):
            out.append(_block(w, run, False))  # a stacked half: joined by row order
    return out


def adopt(w: Walk, blocks: list[ClassBlock]) -> None:
    """Add ``blocks`` to the walk's class blocks, in report order, and take their rows out of
    ``unmapped``."""
    taken = {r.line for b in blocks for r in b.rows}
    w.unmapped = [u for u in w.unmapped if u.line not in taken]
    w.class_blocks = sorted(w.class_blocks + blocks, key=lambda b: b.rows[0].line if b.rows else 0)
