"""Delinquency tables printed across: one pair of columns per status, one row per loan group
(and one column per status, a row per measure: :func:`read_delinquency_transposed`).

Many reports print the statuses as the header of column pairs and the groups as rows::

                         1 PAYMENT             2 PAYMENTS            3+ PAYMENTS
                       #      BALANCE        #      BALANCE        #      BALANCE
    Group 1           112   6,102,331.22    31   1,720,114.09    22   1,230,455.10

A run of rows the walk left unmapped, each printing the same even number of figures (two
pairs at least) under a label that names a loan group (``Group 1``, ``Total``) or under no
label, is such a table when the header words over each pair of columns name a status
(:func:`~abs_nb.parse.delinquency.status_of`), a different one over each pair. In each pair
the count is told from the balance as a table printed down tells it (the header's words,
else the figures' shape); a pair headed Total, or a row of shares, is none of it. A row under no label is the pool's when it is the table's only
row, the Total when its counts are the sums of the other rows'; else it stays unmapped. A
table whose statuses another reader already read for one of its groups is not read twice.

>>> from abs_nb.parse.engine import walk
>>> w = walk("DELINQUENT LOANS\\n"
...          "                   1 PAYMENT           2 PAYMENTS          3+ PAYMENTS\\n"
...          "                  #    BALANCE        #    BALANCE        #    BALANCE\\n"
...          "                112   6,102.22       31   1,720.09       22   1,230.10\\n")
>>> sorted((c.row.split("\\x1f")[1], c.column, c.token.text) for c in w.cells if c.table == "delinquency")[:2]
[('30-59', 'balance', '6,102.22'), ('30-59', 'count', '112')]
"""

from __future__ import annotations

import itertools
import math
from datetime import date
from functools import partial

from abs_nb.parse.cell_rows import cell_col
from abs_nb.parse.delinquency import SHARE_REASON, count_first
from abs_nb.parse.delinquency_matrix import kind_titled
from abs_nb.parse.delinquency_titled import a_share, titled_status
from abs_nb.parse.grid import header_lines, place
from abs_nb.parse.group_headings import heading_group
from abs_nb.parse.groups import figure_value, named_group
from abs_nb.parse.header_names import name_by_position
from abs_nb.parse.layout import Span, assign, distance, segments, segments_apart, slots
from abs_nb.parse.meta import parse_date
from abs_nb.parse.period_columns import OTHER_PERIOD_REASON
from abs_nb.parse.pieces import CheckRow, Unmapped, Walk
from abs_nb.parse.pool_down import title_group
from abs_nb.parse.row_labels import labels_end, numbered_rows, split_row
from abs_nb.parse.runs import runs_of
from abs_nb.parse.spelling import TOTAL_KEYS, before_aside, class_key, header_fragment, words_of
from abs_nb.parse.statuses import is_count_header, put_status, says_share, shares_line, status_of
from abs_nb.parse.tokens import Line, Token

#: the fewest status pairs across that make a table: one pair is any two figures
MIN_PAIRS = 2
CURRENT_REASON = "the loans current: no delinquency status"


def read_delinquency_across(w: Walk) -> None:
    """Delinquency tables printed across among the rows the walk left unmapped (module
    docstring)."""
    unmapped = {u.line for u in w.unmapped if u.values}
    if not unmapped:
        return
    in_cells = w.rendering == "cells"
    read = {c.row for c in w.cells if c.table == "delinquency"}
    taken: set[int] = set()
    current: list[Unmapped] = []  # the figures of the loans current, no status's: listed
    above: tuple[list[str], list[bool]] | None = None  # the statuses and counts of the last dated table
    runs = [*runs_of(w.lines, partial(_row, unmapped, in_cells), _shares_line), *_rows_alone(w, unmapped, in_cells)]
    for run in runs:
        run = [ln for ln in run if not _shares_line(ln, [], None)]
        if not run:  # percentages only: no row
            continue
        rows = numbered_rows([split_row(ln, in_cells) for ln in run])
        spans = slots([cells for _, _, cells in rows])
        # the pairs as the header's measures' line places them, else as equal shares under
        # the statuses: the first reading whose statuses differ and whose counts are told
        readings = [_by_header(w, run, rows, spans, in_cells)]
        if not in_cells:
            readings += [_by_parts(header_lines(w, run[0], 4), rows, spans), titled_status(w, run, rows, spans)]
        dates = [parse_date(label) if label else None for label, _, _ in rows]
        if all(dates) and (title := _title_above(w, run[0])) is not None:
            readings.append(_by_header(w, run, rows, spans, in_cells, title[1]))  # the header over the group's title
        reading = next((r for r in (_pairs(f) for f in readings if f is not None) if r is not None), None)
        if reading is None and above is not None and all(dates) and len(spans) == 2 * len(above[0]):
            # a block of dated rows under the table's header above (a group's, under its title)
            reading = (above[0], above[1], list(place([cells for _, _, cells in rows], spans)), [[] for _ in rows])
        if reading is None:
            continue
        statuses, orders, placed, left = reading
        if all(dates):
            above = (statuses, orders)
            dated = _dated_groups(w, run, dates)
            if dated is None:
                continue
            groups = dated
            for ln, group in zip(run, groups, strict=True):
                if group is None:
                    for u in w.unmapped:
                        if u.line == ln.no:
                            u.reason = OTHER_PERIOD_REASON
        else:
            counts = [[r[2 * p + (0 if o else 1)] for p, o in enumerate(orders)] for r in placed]
            groups = _row_groups([label for label, _, _ in rows], counts, w.group_at(run[0].no))
        if any(f"{g}\x1f{s}" in read for g in groups if g for s in statuses):
            continue  # read already, printed down
        for ln, group, r, out, (label, _, cells) in zip(run, groups, placed, left, rows, strict=True):
            if group is None:
                continue
            for p, (status, first) in enumerate(zip(statuses, orders, strict=True)):
                count, balance = (r[2 * p], r[2 * p + 1]) if first else (r[2 * p + 1], r[2 * p])
                put_status(w, ln, group, str(status), count, balance)
            taken.add(ln.no)
            current += [Unmapped(ln.no, ln.label, [t.text for t in out], CURRENT_REASON)] if out else []
            if shares := [t.text for t in cells if t.percent and t not in r and t not in out]:  # no pair's
                current.append(Unmapped(ln.no, label or "", shares, SHARE_REASON))
        if any(groups):
            first_line = run[groups.index(next(g for g in groups if g))].no
            w.checks.append(CheckRow(
                "delinquency_columns", f"delinquency table at line {first_line}", math.nan, math.nan, "pass",
                f"statuses across ({', '.join(str(s) for s in statuses)}) by the header words over each pair "
                f"of columns; groups by row: {', '.join(g for g in groups if g)}; count and balance told apart "
                "by their headers or, where these say nothing, by the figures' shape", [first_line]))
    if taken:
        w.unmapped = [u for u in w.unmapped if u.line not in taken] + current


def _rows_alone(w: Walk, unmapped: set[int], in_cells: bool) -> list[list[Line]]:
    """Rows standing alone (no line of figures right above or below them) under a label
    naming no group, no status and no date (``Delinquent``, ``Outstanding``), printing pairs
    of figures: each the one row of a table of statuses across, its group the block's."""
    out: list[list[Line]] = []
    lines = w.lines
    for k, ln in enumerate(lines):
        if ln.no not in unmapped or len(ln.values) < 2 * MIN_PAIRS or len(ln.values) % 2 or in_cells:
            continue
        if any(0 <= j < len(lines) and lines[j].values for j in (k - 1, k + 1)):
            continue
        label, _, cells = split_row(ln, in_cells)
        if (label and status_of(label) is None and named_group(label) is None and parse_date(label) is None
                and all(t.kind in ("num", "na") for t in cells)):
            out.append([ln])
    return out


def _shares_line(ln: Line, _run: list[Line], _below: Line | None) -> bool:
    """A line of percentages only under a row (each status's share of the pool), under no
    label or one naming no group and no status (``% Bal``): within its table, no row of it."""
    label = " ".join(t.text for t in ln.label_tokens)
    return len(ln.values) >= MIN_PAIRS and shares_line(ln) and not (label and (named_group(label) or status_of(label)))


def _dated_groups(w: Walk, run: list[Line], dates: list[date | None]) -> list[str | None] | None:
    """Rows labelled by dates (a delinquency history, the latest first or last) under a title
    naming a loan group (``Group I``, ``Total``), right above them or above their header: the
    latest date's row is the group's this period, the others' are other periods' (None).
    Under no such title, None: dates are no groups, and no row says it is this period's."""
    title = next((t for ln in [run[0], *header_lines(w, run[0], 4)[::-1]] if (t := _title_above(w, ln))), None)
    if title is None:
        return None
    group = title[0]
    latest = max(d for d in dates if d)
    return [group if d == latest else None for d in dates]


def _pairs(found: tuple[list[tuple[str, str, str]], list[list[Token | None]]],
           ) -> tuple[list[str], list[bool], list[list[Token | None]], list[list[Token]]] | None:
    """A reading of the pairs (their headers' words, the rows' figures in them) as the
    statuses (each a different one), which of each pair is the count, the figures, and each
    row's figures left out (a pair of the loans current); None where a status or a count is
    not told."""
    heads, placed = found
    statuses = [status_of(h) for h, _, _ in heads]
    # a pair of the loans current, or of all statuses (a Total): no status, its figures listed
    keep = [p for p, (h, _, _) in enumerate(heads) if statuses[p] is not None
            or "current" not in words_of(h) and class_key(h) not in TOTAL_KEYS]
    left: list[list[Token]] = [[] for _ in placed]
    if len(keep) < len(heads) and len(keep) >= MIN_PAIRS:
        left = [[t for p in range(len(heads)) if p not in keep for t in r[2 * p: 2 * p + 2] if t] for r in placed]
        heads, statuses = [heads[p] for p in keep], [statuses[p] for p in keep]
        placed = [[r[2 * p + i] for p in keep for i in (0, 1)] for r in placed]
    if any(s is None for s in statuses) or len(set(statuses)) != len(statuses):
        return None
    orders = [count_first(([r[2 * p] for r in placed], [r[2 * p + 1] for r in placed]), (a, b))
              for p, (_, a, b) in enumerate(heads)]
    if any(o is None for o in orders):
        return None
    return [str(s) for s in statuses], [bool(o) for o in orders], placed, left


def _by_header(w: Walk, run: list[Line], rows: list[tuple[str | None, tuple[int, int] | None, list[Token]]],
               spans: list[Span], in_cells: bool, top: Line | None = None,
               ) -> tuple[list[tuple[str, str, str]], list[list[Token | None]]] | None:
    """The table's pairs by its header (:func:`_header`: a status over each pair, a measure
    over each column; above ``top``, a title of the rows, where one stands over them) and its
    rows' figures placed in them; None where the header says no pairs or a figure finds no
    column."""
    # where the rows' labels end: the header's words over them name that column
    end = labels_end(rows, run)
    label_end = -1 if end is None else end
    over_labels = (label_end, min((sp[0] for sp in spans), default=0))
    # a cell stream prints a header cell a line, or (HTML) a header row a line
    header = (_cell_header(w, run[0], len(spans)) if in_cells else None) or _header(
        header_lines(w, top or run[0], 6 if in_cells else 4), len(spans), over_labels,
        {sp[1]: k for k, sp in enumerate(spans[1::2])} if len(spans) % 2 == 0 else {})
    if header is None:
        return None
    heads, columns = header
    # the figures' own columns, or, where blank cells leave fewer, the header's
    blanks = len(spans) < 2 * len(heads) and len(columns) == 2 * len(heads)
    figures = [c for _, _, c in rows]
    maybe: list[list[Token | None] | None]
    if blanks and not in_cells:
        # fixed-width text: the figures' own columns, each under the header's column its
        # kind and the table's other columns of that kind place it under
        maybe = _embedded(figures, spans, columns, heads)
    else:
        spans = columns if blanks else spans
        if len(spans) != 2 * len(heads):
            return None
        maybe = [_under(cells, spans) for cells in figures] if blanks else list(place(figures, spans))
    placed = [r for r in maybe if r is not None]
    if len(placed) < len(rows) or any(sum(1 for t in r if t is not None) != len(cells)
                                      for r, (_, _, cells) in zip(placed, rows, strict=True)):
        return None  # a figure no column takes, or two columns alike
    return heads, placed


def _by_parts(header: list[Line], rows: list[tuple[str | None, tuple[int, int] | None, list[Token]]],
              spans: list[Span]) -> tuple[list[tuple[str, str, str]], list[list[Token | None]]] | None:
    """Statuses across, each over an equal share of the figures' columns (``30-59 Days`` over
    ``Loan Count  Count %  Balance  Balance %``): the header line naming a status over each
    share (its words standing over that share); in each share the columns of percentages
    (each status's share of the pool, no count or balance) left out, two columns left, named
    by the header's words over them."""
    for line in header:
        segs = [s for s in line.column_segments() if s[0].strip()]
        if len(segs) < MIN_PAIRS or any(status_of(t) is None for t, _, _ in segs) or len(spans) % len(segs):
            continue
        width = len(spans) // len(segs)
        parts = [list(range(k * width, (k + 1) * width)) for k in range(len(segs))]
        if not all(spans[p[0]][0] - _SLACK <= (c + e) / 2 <= spans[p[-1]][1] + _SLACK
                   for (_, c, e), p in zip(segs, parts, strict=True)):
            return None
        placed = list(place([cells for _, _, cells in rows], spans))
        names = name_by_position(header[header.index(line) + 1:], spans, spans[0][0])
        keep = [[k for k in p if not all(a_share(r[k]) for r in placed)] for p in parts]
        if any(len(k) != 2 for k in keep):
            return None
        heads = [(t, names[a], names[b]) for (t, _, _), (a, b) in zip(segs, keep, strict=True)]
        return heads, [[r[k] for a_b in keep for k in a_b] for r in placed]
    return None


_SLACK = 2  # columns a status's words may stand beyond the share of columns it heads


def _row(unmapped: set[int], in_cells: bool, ln: Line, _open: bool) -> bool:
    """A row of such a table: a line left unmapped printing figures (a dash among them)
    under a group's name or under no label."""
    if ln.no not in unmapped or len(ln.values) < MIN_PAIRS:
        return False
    label, _, cells = split_row(ln, in_cells)
    if not any(t.kind == "num" for t in cells) or any(t.kind not in ("num", "na") for t in cells):
        return False
    return not label or (status_of(label) is None and (named_group(label) is not None or parse_date(label) is not None))


def _header(header: list[Line], figures: int, over_labels: tuple[int, int] = (-1, 0), ends: dict[int, int] | None = None,
            ) -> tuple[list[tuple[str, str, str]], list[Span]] | None:
    """The words over each pair of columns and over each of its two columns: (the pair's, the
    first column's, the second's), and the columns where a measures' line places them (a
    line of as many word groups as there are columns, two per pair: ``# Balance # Balance``;
    empty when none does). A line of one word group per pair names the pairs; the lines are
    read in order, whatever their alignment, and a line of other words (a title) is none of
    these. ``figures``: how many columns the rows' figures fill (fewer where cells are blank);
    ``over_labels``: where the rows' labels end and the first figure starts; words starting
    over the labels and ending before the figures head the labels (``Loan Group``), no pair
    or measure."""
    label_end, first = over_labels
    lines = [[t for t in segments_apart(line.column_segments(), ends or {}) if t[0].strip() and not (t[1] <= label_end and t[2] <= first)]
             for line in header]
    # a line of one word group more than pairs of measures, its first left of every figure:
    # that first heads the rows' labels (or the pool's row, printed with none)
    lines = [segs[1:] if len(segs) % 2 and len(segs) > 2 and segs[0][2] <= first else segs for segs in lines]
    measures = next((segs for segs in lines[::-1] if len(segs) % 2 == 0 and len(segs) >= max(figures, 2 * MIN_PAIRS)
                     and len(segs) >= figures), None)
    n = len(measures) if measures is not None else figures
    if n % 2 or n < 2 * MIN_PAIRS:
        return None
    words = [""] * (n // 2)
    for segs in lines:
        if len(segs) == n // 2:
            words = [f"{w} {t}".strip() for w, (t, _, _) in zip(words, segs, strict=True)]
    if not all(words):
        return None
    names = [t for t, _, _ in measures] if measures is not None else [""] * n
    columns = [(c, e) for _, c, e in measures] if measures is not None else []
    return [(words[p], names[2 * p], names[2 * p + 1]) for p in range(n // 2)], columns


def _cell_header(w: Walk, first: Line, figures: int) -> tuple[list[tuple[str, str, str]], list[Span]] | None:
    """In a cell stream, a header cell is a line of its own: the cells above the first row,
    the last two per pair the measures' (each a count's or a balance's by its words) and the
    one per pair before them the statuses (or, with no measures' cells, the last one per
    pair); the widest reading that holds. With the measures' cells, the columns are the
    rows' cell positions."""
    texts: list[str] = []
    i = w.lines.index(first) - 1
    while i >= 0 and len(texts) < MAX_HEADER_CELLS and not w.lines[i].values:
        line = w.lines[i]
        if line.blank and not (texts and all(is_count_header(t) is not None for t in texts)):
            break  # the table's edge; above a header line of measures alone stand its statuses
        i -= 1
        if line.blank:
            continue
        # a header line of measures placed over the rows holds one cell per measure
        cells = [t for t, _, _ in line.column_segments() if t.strip()]
        of_measures = len(cells) > 1 and all(is_count_header(t) is not None for t in cells)
        texts.extend(reversed(cells) if of_measures else [" ".join(t.text for t in line.tokens)])
    texts.reverse()
    for k in range(len(texts) // 2, MIN_PAIRS - 1, -1):
        # the label column's header ("Loan Group") may stand between the statuses and the
        # measures: a cell there naming no status is passed over
        end = len(texts) - 2 * k
        if end > 0 and status_of(texts[end - 1]) is None:
            end -= 1
        measures, statuses = texts[len(texts) - 2 * k:], texts[max(0, end - k):end]
        if (2 * k >= figures and len(statuses) == k and all(status_of(t) for t in statuses)
                and all(is_count_header(t) is not None for t in measures)):
            # a row's cells stand in the measures' order, a blank one keeping its place
            return ([(statuses[p], measures[2 * p], measures[2 * p + 1]) for p in range(k)],
                    [(cell_col(q), cell_col(q) + 1) for q in range(2 * k)])
    k = figures // 2
    if figures % 2 == 0 and k >= MIN_PAIRS and len(texts) >= k and all(status_of(t) for t in texts[-k:]):
        return [(t, "", "") for t in texts[-k:]], []
    return None


#: the most header cells of a cell stream looked at above a table's first row
MAX_HEADER_CELLS = 40


def _embedded(figures: list[list[Token]], spans: list[Span], columns: list[Span],
              heads: list[tuple[str, str, str]]) -> list[list[Token | None] | None]:
    """The rows' figures in the header's ``columns`` where blank cells leave fewer figure
    columns (``spans``) than the header has: each figure column goes under a header column
    of its kind (a count's, a balance's: the header's words say which; the figures'
    shape says which a figure column is: cents or a ``$`` make a balance, a whole figure
    other than zero among cents a count, a zero either), in order, so that every column of
    a kind stands as far from its header's right edge as the others of that kind (headers
    centred or set left over figures set right shift alike). The one best such placement,
    ahead of the next by :data:`MIN_SHIFT_GAP` columns, or none (every row None)."""
    none: list[list[Token | None] | None] = [None] * len(figures)
    kinds = [is_count_header(name) for _, a, b in heads for name in (a, b)]
    if any(k is None for k in kinds) or math.comb(len(columns), len(spans)) > MAX_PLACEMENTS:
        return none
    cents = any(t.decimals > 0 for row in figures for t in row)
    slot_of = [assign([(t.col, t.colend) for t in row], spans) for row in figures]
    if any(s is None for s in slot_of):
        return none
    members: list[list[Token]] = [[] for _ in spans]
    for row, where in zip(figures, slot_of, strict=True):
        for t, i in zip(row, where or [], strict=True):
            members[i].append(t)
    shapes = [_shape(m, cents) for m in members]
    costs: list[tuple[float, tuple[int, ...]]] = []
    for pick in itertools.combinations(range(len(columns)), len(spans)):
        if any(shape is not None and shape != kinds[j] for shape, j in zip(shapes, pick, strict=True)):
            continue
        shifts: dict[bool | None, list[int]] = {}
        for i, j in enumerate(pick):
            shifts.setdefault(kinds[j], []).append(spans[i][1] - columns[j][1])
        costs.append((sum(max(v) - min(v) for v in shifts.values()), pick))
    costs.sort()
    if not costs or (len(costs) > 1 and costs[1][0] - costs[0][0] < MIN_SHIFT_GAP):
        return none
    pick = costs[0][1]
    out: list[list[Token | None] | None] = []
    for row, where in zip(figures, slot_of, strict=True):
        placed: list[Token | None] = [None] * len(columns)
        for t, i in zip(row, where or [], strict=True):
            placed[pick[i]] = t
        out.append(placed)
    return out


#: the most placements of a table's figure columns under its header's columns tried
MAX_PLACEMENTS = 5_000
#: how many columns more the next best placement must spread its shifts by
MIN_SHIFT_GAP = 2


def _shape(figures: list[Token], cents: bool) -> bool | None:
    """A figure column's kind by its figures: False (a balance) for cents or a ``$``, True
    (a count) for a whole figure other than zero in a table printing cents, else None."""
    if any(t.decimals > 0 or "$" in t.text for t in figures):
        return False
    if cents and any(t.value not in (None, 0) for t in figures):
        return True
    return None


def _under(cells: list[Token], columns: list[Span]) -> list[Token | None] | None:
    """Each figure under the header column nearest it (by the gap between them, overlap
    best), in the columns' order; None when one stands as near two columns (a blank beside
    it leaves its place in doubt) or two figures under one column."""
    out: list[Token | None] = [None] * len(columns)
    for t in cells:
        near = sorted((distance((t.col, t.colend), c), i) for i, c in enumerate(columns))
        if len(near) > 1 and near[0][0] == near[1][0]:
            return None
        i = near[0][1]
        if out[i] is not None:
            return None
        out[i] = t
    return out


def _row_groups(labels: list[str | None], counts: list[list[Token | None]], block: str = "Total") -> list[str | None]:
    """Each row's group: the one its label names; a row whose label names none is the
    ``block``'s (the group the heading over its block of lines names, else the Total's) when
    it is the only row, the Total when its counts are the other rows' sums, else None."""
    def count(tok: Token | None) -> float | None:  # a count cell's figure; None for a blank or a dash
        return float(tok.value) if tok is not None and tok.value is not None else None

    groups: list[str | None] = [named_group(label) if label else None for label in labels]
    if len(groups) == 1 and groups[0] is None:
        return [block]
    for i, g in enumerate(groups):
        if g is not None or "Total" in groups:
            continue
        others = [r for j, r in enumerate(counts) if j != i and groups[j] is not None]
        # a blank count of a group is none of the Total's; the Total's own must be printed
        if others and all(count(t) == sum(count(r[p]) or 0.0 for r in others) for p, t in enumerate(counts[i])):
            groups[i] = "Total"
    return groups


def read_delinquency_transposed(w: Walk) -> None:
    """Delinquency tables with the statuses across and the measures down: a run of rows the walk left
    unmapped, one labelled a count (``Number of Loans``, ``#``) and one a balance (``Principal Balance``,
    ``$``) for the pool, for the group a title names (:func:`_title_above`), or for each loan group its
    label names first (``Group 1 #``, ``Group 1 $``, ``Total #``), as many figures each, under header words
    naming a status over each column (a column of the statuses' sum, ``Total``, aside). A group's rows apart
    from the others' (a blank line between) stand under the header of the rows right above them where their
    figures stand in the same columns. A row of percentages (each status's share) stays listed.

    >>> from abs_nb.parse.engine import walk
    >>> w = walk("DELINQUENCY\\n\\n                       One          Two     Three+\\n"
    ...          "                   Payment     Payments   Payments    Foreclosure\\n"
    ...          "Number of Loans        118           37         21             64\\n"
    ...          "Principal Balance  1,552.37     468.28     260.44         856.73\\n")
    >>> sorted((c.row.split("\\x1f")[1], c.column, c.token.text) for c in w.cells if c.table == "delinquency")[:2]
    [('30-59', 'balance', '1,552.37'), ('30-59', 'count', '118')]
    """
    unmapped = {u.line for u in w.unmapped if u.values}
    if not unmapped:
        return
    taken: set[int] = set()
    above: tuple[list[Span], list[str], int, str | None] | None = None  # the table right above: columns, names, last line, kind
    for run in runs_of(w.lines, partial(_measure_row, unmapped)):
        rows = [_measured(ln) for ln in run]
        # a row of shares (percentages, their labels saying so when the figures do not) measures nothing
        kinds = [is_count_header(label or "") if not all(t.percent for t in cells) and not says_share(label or "") else None
                 for label, _, cells in rows]
        by_group: dict[str, list[int]] = {}
        carried = ""  # the group named on a row above ("Group 1  Count" over "Balance")
        for k, (label, _, _) in enumerate(rows):
            if kinds[k] is not None:
                alone = bool(carried) and is_count_header((label or "").strip(" :")) is not None
                carried = carried if alone else _row_group(label or "")
                by_group.setdefault(carried, []).append(k)
        if not by_group:
            continue
        if any(sorted(kinds[k] is True for k in ks) != [False, True] for ks in by_group.values()):
            # no name before the measures pairs a count with a balance: one pair is the pool's
            pair = [k for ks in by_group.values() for k in ks]
            if sorted(kinds[k] is True for k in pair) != [False, True]:
                continue
            by_group = {"Total": sorted(pair)}
        title, top = _title_above(w, run[0]), run[0]
        if title is not None and list(by_group) == ["Total"]:
            by_group = {title[0]: by_group["Total"]}  # the pair under a line naming its group ("GROUP I")
            top = title[1]  # the header stands over the title
        elif list(by_group) == ["Total"] and (heads := header_lines(w, run[0], 1)):
            title = _title_above(w, heads[0])  # or the title over the pair's header
            by_group = {title[0]: by_group["Total"]} if title is not None else by_group
        measured = [rows[k][2] for ks in by_group.values() for k in ks]
        if max(len(c) for c in measured) < MIN_PAIRS:
            continue
        spans = slots(measured)
        first_col = min(t.col for c in measured for t in c)
        inherited = False
        if above is not None and run[0].no - above[2] <= 3 and len(above[0]) == len(spans) and all(
                distance(a, b) <= 0 for a, b in zip(above[0], spans, strict=True)):
            names, inherited = above[1], True  # a group's rows under the header of the groups' above
        else:
            names = name_by_position(header_lines(w, top, 4), spans, first_col, labels_end(rows, run))
        statuses = [status_of(n) for n in names]
        named = [k for k, st in enumerate(statuses) if st is not None]
        rest = [k for k, st in enumerate(statuses) if st is None]
        if len(named) < MIN_PAIRS or len({statuses[k] for k in named}) != len(named) or len(rest) > 2:
            continue
        # a kind titles its own header; rows under none (a blank line above) are the table's above
        kind = kind_titled(heads := header_lines(w, top, 1), first_col)
        if inherited and above is not None and not heads:
            kind = above[3]
        total = next((k for k in rest if class_key(names[k] or "") in TOTAL_KEYS), None)
        read = [(g, c, b, place([rows[c][2], rows[b][2]], spans))
                for g, (c, b) in ((g, ks if kinds[ks[0]] else ks[::-1]) for g, ks in by_group.items())]
        if any(_unplaced(placed, len(rows[c][2]) + len(rows[b][2]), rest) for _, c, b, placed in read):
            continue
        for group, count_at, balance_at, placed in read:
            for ln, r in ((run[count_at], placed[0]), (run[balance_at], placed[1])):
                for t in r:
                    if t is not None:
                        t.line = ln.no  # a status's count and balance stand on two lines
            if kind is not None:  # a kind's loans by their age: its Total is the kind's
                if total is None:
                    continue
                put_status(w, run[count_at], group, kind, placed[0][total], placed[1][total])
            for k in [] if kind is not None else named:
                put_status(w, run[count_at], group, str(statuses[k]), placed[0][k], placed[1][k])
            taken |= {run[count_at].no, run[balance_at].no}
            w.checks.append(CheckRow(
                "delinquency_columns", f"delinquency table at line {run[count_at].no}", math.nan, math.nan, "pass",
                (f"{kind}: its loans by age across, their Total column read; " if kind else
                 f"statuses across ({', '.join(str(statuses[k]) for k in named)}) by the header words over each column; ")
                + f"the count and the balance by their rows' labels ({rows[count_at][0]}, {rows[balance_at][0]})",
                [run[count_at].no]))
        above = (spans, names, run[-1].no, kind)
    if taken:
        w.unmapped = [u for u in w.unmapped if u.line not in taken]


def _row_group(label: str) -> str:
    """The loan group a count's or a balance's row names before its measure (``Group 1 #``,
    ``Fixed Rate Amount``); the pool's (``Total``) where it names none (``Number of Loans``).

    >>> _row_group("Grp 2 No."), _row_group("Fixed Rate $"), _row_group("Number of Loans")
    ('Group 2', 'Fixed Rate', 'Total')
    """
    known = heading_group(label)
    if known:
        return known
    words = label.split()
    rest = " ".join(words[:-1])
    if len(words) > 1 and is_count_header(words[-1]) is not None and not header_fragment(rest):
        return named_group(rest) or "Total"
    return "Total"


def _title_above(w: Walk, first: Line) -> tuple[str, Line] | None:
    """The loan group the line right above ``first`` names (``GROUP I``, ``Delinquency - Group 1``,
    ``Total (All Loans)``; in cells, a blank line between), the title of the count and balance rows below it, and that line."""
    k = w.lines.index(first) - 1
    while k > 0 and w.lines[k].blank and w.rendering == "cells":
        k -= 1  # (a cell rendering's title row, a block of its own)
    if k < 0:
        return None
    above = w.lines[k]
    group = title_group(above) or (heading_group(before_aside(above.joined)) if not above.values and len(segments(above)) == 1 else "")
    return (group, above) if group else None


def _unplaced(placed: list[list[Token | None]], printed: int, rest: list[int]) -> bool:
    """Do a group's count and balance rows (``placed``, of ``printed`` figures) leave a
    column empty in both or a figure beside every column, or do the columns no status names
    (``rest``) not hold the statuses' sum (with the loans current, where a second such column
    prints them: ``Current ... Total``)?"""
    if any(placed[0][k] is None and placed[1][k] is None for k in range(len(placed[0]))) or sum(
            1 for r in placed for c in r if c is not None) != printed:
        return True
    if not rest:
        return False
    total = rest[-1]
    return figure_value(placed[0][total]) != sum(figure_value(placed[0][k]) for k in range(len(placed[0])) if k != total)


def _measure_row(unmapped: set[int], ln: Line, _open: bool) -> bool:
    """A row of such a table: a labelled line left unmapped printing figures only."""
    if ln.no not in unmapped or len(ln.values) < MIN_PAIRS:
        return False
    label, _, cells = _measured(ln)
    return (bool(label) and all(t.kind in ("num", "na") for t in cells) and any(t.kind == "num" for t in cells)
            and status_of(label or "") is None)


def _measured(ln: Line) -> tuple[str | None, tuple[int, int] | None, list[Token]]:
    """A measure row's label and figures: its words before its figures, a wide gap among them
    or not ("Group 1     Count   24   7")."""
    label, span, cells = split_row(ln)
    if cells and cells[0].kind == "word" and ln.label and ln.values and all(t.kind != "word" for t in ln.values):
        return ln.label, span, list(ln.values)
    at = len(ln.raw) - len(ln.raw.lstrip())
    if not label and ln.raw[at: at + 2] == "$ " and ln.values and ln.values[0].col > at + 2:
        return "$", (at, at + 1), cells  # a row's measure by its sign alone, apart from every figure
    return label, span, cells
