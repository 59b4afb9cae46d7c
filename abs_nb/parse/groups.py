"""Pool tables by loan group, found by structure: rows of figures under group columns.

A pool (collateral) table prints one figure per loan group and often a Total. Where the walk
did not place it, a run of such rows is read with no vocabulary for its columns: every row has
the same number (two or more) of figures, lined up in columns (or in cell order in a cell
stream); a column that equals the sum of the others on every row (two rows with non-zero
parts at least) is the Total, whatever its header says (``Aggregate``), and the others are
groups, named from their headers (``Grp II`` -> ``Group 2``; a name with no number, such as a
servicer's, as printed); with neither, the table is not taken. Each row's field comes from
its label (word sets, :mod:`abs_nb.parse.vocabulary`), or from the pool's identities; a row no
identity proves whose words name a deal amount is that figure by group (its Total the
deal's); a row whose label names no figure stays in ``unmapped``; the pool checks then test
the identities between rows (roll-forward, principal composition).

>>> from abs_nb.parse.engine import walk
>>> w = walk("POOL INFORMATION\\n\\n                      Pool 1        Pool 2     Aggregate\\n"
...          "Opening Balance     1,000.00      2,000.00      3,000.00\\n"
...          "Total Principal       100.00        200.00        300.00\\n"
...          "Other Amounts         100.00        200.00        300.00\\n")
>>> sorted((c.row, c.column, c.token.text) for c in w.cells)[:3]
[('Group 1', 'beginning_balance', '1,000.00'), ('Group 1', 'total_principal', '100.00'), ('Group 2', 'beginning_balance', '2,000.00')]
>>> [(u.line, u.label) for u in w.unmapped]  # a label that names no figure stays unmapped
[(6, 'Other Amounts')]
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Final

from abs_nb.parse.deal_lines import deal_row_by_words, prints_deal_labels
from abs_nb.parse.grid import blank_row, header_lines, place
from abs_nb.parse.group_headings import group_of, heading_group
from abs_nb.parse.group_order import by_order, numbered_columns
from abs_nb.parse.header_names import name_by_order, name_by_position
from abs_nb.parse.identities import SUMMED_KINDS, group_column
from abs_nb.parse.layout import Span, assign, segments, slots
from abs_nb.parse.line_shapes import heads_rows, is_rule
from abs_nb.parse.meta import parse_date
from abs_nb.parse.pieces import Cell, CheckRow, Unmapped, Walk
from abs_nb.parse.pool_rows import rows_by_identities
from abs_nb.parse.roles import Column
from abs_nb.parse.row_labels import class_label, split_row
from abs_nb.parse.runs import first_row_above, goes_on, same_ends
from abs_nb.parse.spelling import group_name, without_item_marks, words_of
from abs_nb.parse.statuses import caption_measure, put_status_row, status_of, title_measure
from abs_nb.parse.tokens import Line, Token
from abs_nb.parse.values import counts_among_cents, prints_cents
from abs_nb.parse.vocabulary import Entry, vocabulary

MIN_ROWS: Final = 2


def named_group(text: str) -> str | None:
    """The group a name gives where the structure says it names one (a delinquency row's
    label under statuses across, a title over one group's block): the one
    :func:`heading_group` finds, else the name as printed less the words at its end that say
    what a block holds (:func:`_block_words`: ``Fixed Collateral`` is ``Fixed``), where some
    of its words are not the vocabulary's and it is no date nor a section's heading
    (``FIXED``, ``ARM``, ``Second Lien``, a servicer's).

    >>> named_group("Grp II"), named_group("ARM"), named_group("Second Lien Loan Information")
    ('Group 2', 'ARM', 'Second Lien')
    >>> named_group("Beginning Balance"), named_group("06/30/99"), named_group("Delinquencies and REO Loans")
    (None, None, None)
    >>> named_group("B. RECEIVABLES POOL"), named_group("II. GROUP 2 LOANS")
    (None, 'Group 2')
    """
    known = heading_group(text)
    if known or without_item_marks(text) != text:
        return known or None  # a title numbered or lettered ("B. RECEIVABLES POOL") is a section's
    v = vocabulary()
    words = text.strip(" :").split()
    while words and set(words_of(words[-1])) <= _block_words():
        words.pop()  # what the block holds ("Collateral", "Loan Information"), not whose
    name = " ".join(words)
    if not name or v.names_fields(name) or parse_date(name) is not None or set(words_of(name)) & _heading_words():
        return None  # the vocabulary's words, a date, or a section's heading ("Delinquencies and REO")
    return name


def titled_groups(titles: list[str], taken: set[str]) -> list[str] | None:
    """The groups the titles of tables printed one per group name (:func:`named_group`),
    where every title names one, each a different one, none of them ``taken`` by another
    table; else None.

    >>> titled_groups(["Fixed Collateral", "ARM"], {"Total"}), titled_groups(["ARM", "ARM"], set())
    (['Fixed', 'ARM'], None)
    """
    names = [named_group(t) for t in titles]
    found = [n for n in names if n is not None]
    if len(found) != len(names) or len(set(found)) != len(found) or set(found) & taken:
        return None
    return found


@lru_cache(maxsize=1)
def _heading_words() -> frozenset[str]:
    """The words of the sections' headings (``Delinquency``, ``Information``, ``Summary``)."""
    return frozenset(w for label, _ in vocabulary().label_fields("heading") for w in words_of(label))


@lru_cache(maxsize=1)
def _block_words() -> frozenset[str]:
    """Words that say what a block of lines holds, not whose it is: the words of the
    sections' headings (:func:`_heading_words`), the pool's own nouns (:func:`pool_words`:
    ``Loan``, ``Mortgage``) and the pool table's name, ``Collateral``."""
    return frozenset(_heading_words() | pool_words() | {"collateral"})


def row_figures(line: Line, in_cells: bool, lines: list[Line] | None = None) -> tuple[str | None, list[Token]]:
    """A row's label and figures; in fixed-width ``lines``, its label joined to the words of
    the line above that it continues (:func:`_wraps_onto`: ``(c) Principal balance before``
    over ``    distribution   1,917,392.94``)."""
    label, _, cells = split_row(line, in_cells)
    if lines is not None and label is not None and 2 <= line.no <= len(lines) and _wraps_onto(lines[line.no - 2], line):
        label = f"{lines[line.no - 2].joined} {label}"
    return label, cells


def _row_below(lines: list[Line], i: int) -> list[Line]:
    """The row of figures below line ``i`` (a blank line): the next line, or the line after a
    label wrapped onto it (``1.  Original Certificate`` over ``Principal Balance  $1,000.00``).
    Words over rows indented alike are their heading (``Per $1,000:`` over ``Interest``,
    ``Principal``), no label wrapped onto one of them."""
    below = lines[i + 1: i + 2]
    if below and not below[0].values and _wraps_onto(below[0], lines[i + 2] if i + 2 < len(lines) else None):
        row, after = lines[i + 2], lines[i + 3] if i + 3 < len(lines) else None
        if after is None or not after.label_tokens or after.label_tokens[0].col != row.label_tokens[0].col:
            return [row]
    return below


def _wraps_onto(ln: Line, below: Line | None) -> bool:
    """Is ``ln`` a row's label wrapped onto the line below: words only, the label below
    indented under them, every word left of the figures below?"""
    if below is None or not ln.tokens or ln.values or not below.values or not below.label_tokens:
        return False
    first_figure = min(t.col for t in below.values)
    return below.label_tokens[0].col > ln.tokens[0].col and ln.tokens[-1].colend < first_figure


def figure_value(tok: Token | None) -> float:
    """A cell's figure, NaN for a blank, a dash or words."""
    if tok is None or tok.kind != "num" or tok.value is None:
        return math.nan
    return float(tok.value)


def total_column(rows: list[list[Token | None]], min_parts: int = 2) -> tuple[int | None, int]:
    """The column that is the sum of the others on every row where all are printed, rows of
    percentages aside (and their proving rows: ``min_parts`` non-zero parts at least), or
    None. A row where it is no sum but lies between the others' smallest and largest is an
    average's (a remaining term, a coupon printed with no ``%``), neither for nor against,
    so long as the sums prove it on more rows than that.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> rows = [tokenize_line(t, 1).values for t in ("30.00 10.00 20.00", "7.00 3.00 4.00", "345 340 350")]
    >>> total_column(rows)
    (0, 2)
    """
    width = max((len(r) for r in rows), default=0)
    best: tuple[int | None, int] = (None, 0)
    for t in range(width):
        proving = averaged = 0
        ok = True
        for r in rows:
            if len(r) != width:
                continue
            vals = [figure_value(x) for x in r]
            if any(math.isnan(v) for v in vals) or all(x is not None and x.percent for x in r):
                continue  # (shares of each group's pool add up to nothing)
            parts = [v for i, v in enumerate(vals) if i != t]
            tol = sum(0.5 * 10.0 ** -(x.decimals if x is not None else 0) for x in r) + 1e-9 * abs(vals[t])
            if abs(vals[t] - sum(parts)) > tol:
                if parts and min(parts) <= vals[t] <= max(parts):
                    averaged += 1
                    continue
                ok = False
                break
            if sum(1 for p in parts if p != 0) >= min_parts:
                proving += 1
        if ok and proving >= MIN_ROWS and proving > averaged and proving > best[1]:
            best = (t, proving)
    return best


def group_runs(w: Walk, unmapped: set[int], in_cells: bool, read: frozenset[int] = frozenset()) -> list[list[Line]]:
    """Runs of adjacent rows of figures among the lines ``unmapped`` (and the lines ``read``
    already, which a run may hold but not be made of): a run starts at a row of two figures
    or more; a row that leaves a cell blank prints fewer, lined up under the run's columns
    all the same (the slots place them; a cell stream keeps an empty cell's position)."""
    runs: list[list[Line]] = []
    cur: list[Line] = []
    first_col = 0  # the run's first figure column
    for i, ln in enumerate(w.lines):
        label, cells = row_figures(ln, in_cells, None if in_cells else w.lines) if (
            ln.no in unmapped or ln.no in read) and ln.values else (None, [])
        if any(t.kind not in ("num", "na") for t in cells):
            label = None  # a figure that cannot be read: the row stays unread, and says so
        if label is not None and not _a_class(label) and len(cells) >= (1 if cur else 2):
            first_col = min(t.col for t in cells) if not cur else min(first_col, *(t.col for t in cells))
            cur.append(ln)
            continue
        if cur and (is_rule(ln) or not in_cells and (blank_row(ln, first_col, w.lines[i + 1: i + 2]) or _wraps_onto(
                ln, w.lines[i + 1] if i + 1 < len(w.lines) else None) or ln.blank and same_ends(cur, _row_below(w.lines, i)))
                or in_cells and _blank_cells(w.lines, i, cur[-1])):
            continue  # a rule between rows of figures, a row whose figures are all blank, a label wrapped: the run goes on
        if cur:
            runs.append(cur)
        cur = [ln] if label is not None and not _a_class(label) and len(cells) >= 2 else []
    if cur:
        runs.append(cur)
    return [r for r in runs if len(r) >= MIN_ROWS and any(ln.no not in read for ln in r)]


def _a_class(label: str) -> bool:
    """Does a row's label name a class (``A-1``), no delinquency status (``REO - NUMBER`` is
    shaped as a class's label, but names a status and a measure)?"""
    return class_label(label) is not None and status_of(label) is None


def _blank_cells(lines: list[Line], i: int, above: Line) -> bool:
    """In a cell stream, is line ``i`` a row whose cells are all empty: a label alone, as
    many cells (lines) from the row above and to the row below as a row of the run takes
    (one, where each line holds a row)?"""
    ln = lines[i]
    if ln.values or not ln.tokens or i + 1 >= len(lines):
        return False
    width = ln.no - above.no
    # a line per row: a label alone (one cell; words over several cells are a header, and
    # a label closed by a colon heads the rows below it)
    alone = width == 1 and len(segments(ln)) == 1 and not heads_rows(ln)
    return (width > 1 or alone) and lines[i + 1].no - ln.no == width and bool(lines[i + 1].values)


@lru_cache(maxsize=1)
def pool_words() -> frozenset[str]:
    """The words of two pool figures' labels or more that no class column's label holds
    (``loan``, ``mortgage``, ``scheduled``): a row printing one is the pool's, never a class's.

    >>> sorted({"loan", "scheduled", "balance", "interest"} & pool_words())
    ['loan', 'scheduled']
    """
    v = vocabulary()
    holders: dict[str, set[str]] = {}
    for label, field in v.label_fields("collateral"):
        for word in words_of(label):
            holders.setdefault(word, set()).add(field)
    of_classes = {word for label, _ in v.label_fields("classes") for word in words_of(label)}
    return frozenset(w for w, fields in holders.items() if len(fields) >= 2 and w not in of_classes)


def words_over_pool(names: list[str | None], labels: list[str | None]) -> bool:
    """Are columns headed by ``names`` (the class labels they would be) loan groups for rows
    labelled ``labels``: no name is shaped as a class (a digit or a hyphen: ``A-1``), and one
    row is the pool's, its label a pool figure's or holding one of :func:`pool_words`? Words
    such as ``FIXED`` and ``ARM`` may head loan groups or classes; the rows tell which.

    >>> words_over_pool(["FIXED", "ARM"], ["Beginning Aggregate Loan Balance", "Number of Loans"])
    True
    >>> words_over_pool(["FIXED", "ARM"], ["Interest Distribution", "Certificate Principal Distribution"])
    False
    >>> words_over_pool(["A-1", "A-2"], ["Beginning Aggregate Loan Balance"])
    False
    """
    if any(ch.isdigit() or ch == "-" for name in names if name for ch in name):
        return False
    v = vocabulary()
    words = pool_words()
    return any(bool(label) and (v.lookup(label or "", "pool", ("collateral",)) is not None
                                or bool(words & v.known_words(words_of(label or ""))))
               for label in labels)


def _add_row(w: Walk, ln: Line, row: list[Token | None], columns: list[str], name: str, kind: str) -> None:
    for tok, group in zip(row, columns, strict=True):
        # a blank cell of a row read is the figure not printed: NaN, never 0
        w.cells.append(Cell("collateral", group, name, kind, tok.line_in(ln.no) if tok is not None else ln.no,
                            token=tok, span=(tok.start, tok.end) if tok is not None else None))


def _deal_rows_by_words(unnamed: list[tuple[Line, str, list[Token | None]]], proven: dict[int, Column],
                        total_at: int | None) -> dict[int, tuple[Entry, CheckRow]]:
    """The rows no identity proves whose words name a deal figure by group
    (:func:`~abs_nb.parse.deal_lines.deal_row_by_words`): line -> its entry and check; a
    figure two rows name with different Totals is read from neither."""
    if total_at is None:
        return {}
    named = {ln.no: (found, row[total_at]) for ln, label, row in unnamed if ln.no not in proven
             and (found := deal_row_by_words(label, [t for t in row if t is not None], ln.no)) is not None}
    totals: dict[str, set[object]] = {}
    for found, total in named.values():
        totals.setdefault(found[0].field, set()).add(total.value if total is not None else None)
    # a row printing a whole label of the figure among other words names it too ("OC
    # Deficiency Amount (after Realized Losses)" beside "OC Deficiency Amount Ending")
    for ln, label, row in unnamed:
        total = row[total_at]
        if ln.no not in named and total is not None:
            for field in prints_deal_labels(label) & totals.keys():
                totals[field].add(total.value)
    return {no: found for no, (found, _) in named.items() if len(totals[found[0].field]) == 1}


def _deal_row(w: Walk, ln: Line, row: list[Token | None], total_at: int | None, columns: list[str], name: str,
              kind: str) -> Unmapped | None:
    """A deal figure printed per group with the groups' Total: the deal's figure is the
    Total's, read. An amount or a count is the groups' too, read into the pool's table under
    the deal figure's name (their sum the Total's: ``group_sum``); a rate's group figures
    (no sum of the groups) are returned to be listed among the unread. None where no Total
    column prints it: nothing is read."""
    total = row[total_at] if total_at is not None else None
    if total is None or total.kind != "num":
        return None
    w.cells.append(Cell("deal", "deal", name, kind, total.line_in(ln.no), token=total, span=(total.start, total.end)))
    if kind in SUMMED_KINDS:
        _add_row(w, ln, row, columns, group_column(name), kind)
        return Unmapped(ln.no, ln.label, [], GROUP_SHARE_REASON)
    return Unmapped(ln.no, ln.label, [t.text for i, t in enumerate(row) if i != total_at and t is not None],
                    GROUP_SHARE_REASON)


#: why a group's share of a deal figure stays unread
GROUP_SHARE_REASON: Final = "a group's share of a deal figure: the deal's is the Total's, and no column holds a group's"



def _read_as_pool_rows(w: Walk) -> frozenset[int]:
    """The lines every figure of which the walk read into the pool table."""
    pool = {id(c.token) for c in w.cells if c.table == "collateral" and c.token is not None}
    return frozenset(ln.no for ln in w.lines if ln.values and all(id(t) in pool for t in ln.values))


def sub_heading(lines: list[Line], at: dict[int, int], first: Line) -> str:
    """The words of a sub-heading right above a table's first row (``PRINCIPAL BALANCE`` over
    ``Prior``, ``Current``): a line of words and no figure, starting left of the row's label
    or at it, that begins the labels of the rows below it; "" where there is none.

    >>> from abs_nb.parse.tokens import tokenize
    >>> lines = tokenize("  PRINCIPAL BALANCE\\n    Prior     196,402,118.93   98,114,502.66\\n")
    >>> sub_heading(lines, {id(ln): k for k, ln in enumerate(lines)}, lines[1])
    'PRINCIPAL BALANCE'
    """
    k = at.get(id(first), 0)
    above = lines[k - 1] if k > 0 else None
    if above is None or above.blank or above.values or above.text_value is not None or not first.label_tokens:
        return ""
    if any(t.kind != "word" for t in above.tokens) or above.tokens[0].col > first.label_tokens[0].col:
        return ""
    return above.joined


def _names_in_walk(heads: list[tuple[str, Span]], spans: list[Span]) -> list[str]:
    """The groups of the walk's open table (``Walk.group_heads``) over the columns ``spans``.

    >>> _names_in_walk([("Group 1", (60, 70)), ("Total", (80, 90))], [(62, 70), (81, 90)])
    ['Group 1', 'Total']
    """
    at = assign(spans, [sp for _, sp in heads])
    return [heads[k][0] for k in at] if at is not None else ["" for _ in spans]


def read_group_tables(w: Walk) -> None:
    """Pool tables by group among the rows the walk left unmapped (module docstring): their
    figures become collateral cells, a ``group_columns`` check says how the columns were named."""
    unmapped = {u.line for u in w.unmapped if u.values}
    if not unmapped:
        return
    in_cells = w.rendering == "cells"
    v = vocabulary()
    taken: set[int] = set()
    shares: list[Unmapped] = []  # the groups' shares of deal figures read from their Total
    cents = prints_cents(w.cells)
    at = {id(ln): k for k, ln in enumerate(w.lines)}
    above: tuple[list[Line], list[Span], list[str]] | None = None  # the last run named, its columns and names
    above_groups: list[str | None] = []  # the groups its columns' names were read as
    for run in group_runs(w, unmapped, in_cells, _read_as_pool_rows(w)):
        rows = [row_figures(ln, in_cells, None if in_cells else w.lines) for ln in run]
        spans = slots([cells for _, cells in rows])
        # figures not in one column each: by order under as many groups' names, or no table
        ordered = by_order(w, run, [c for _, c in rows]) if len(spans) != max(len(c) for _, c in rows) else None
        if ordered is None and len(spans) != max(len(cells) for _, cells in rows) or in_cells and ordered:
            continue
        placed = ordered[1] if ordered else place([cells for _, cells in rows], spans)
        header = header_lines(w, run[0], 3 * len(spans) + 3 if in_cells else 3)
        caption: bool | None = None
        if ordered:
            names = ordered[0]
        elif in_cells and all(len(ln.column_segments()) <= 1 for ln in header):  # one header cell a line
            names = name_by_order(header, len(spans), "pool", ("group",))
        else:
            first = min(t.col for _, cells in rows for t in cells)
            # the words of its header over the rows' labels ("Number of Loans"): a measure they may name
            # (a word group running on over the figures is a title's, no caption's)
            caption = caption_measure(" ".join(text for ln in header for text, _, end in ln.column_segments() if end < first))
            if caption is None:  # or the title over the header ("DELINQUENCY - NUMBER OF LOANS"), a line of one cell
                caption = next((m for ln in header if len(ln.column_segments()) == 1
                                and (m := title_measure(ln.joined)) is not None), None)
            label_end = max((ln.label_tokens[-1].colend for ln in run if ln.label_tokens), default=None)
            names = numbered_columns(name_by_position(header, spans, first, label_end), header)
        carried = not any(names) and above is not None and goes_on(w.lines, at, above[0], above[1], run, spans)
        top = first_row_above(w.lines, at, run, spans) if not (in_cells or carried or any(names)) else None
        if top is not None:  # the table's header over rows read already, above sub-headings
            header = header_lines(w, top, 3)
            names = name_by_position(header, spans, first, label_end)
        if carried and above is not None:
            names = above[2]  # the table goes on below a blank line, under the same columns
        elif not any(names) and (heads := next((w.group_heads[ln.no] for ln in run if ln.no in w.group_heads), None)):
            names = _names_in_walk(heads, spans)  # the header the walk found over rows it read
        # columns named by classes: a class table printed across, not loan groups (but for
        # rows the pool's figures' words name: "FIXED" and "ARM" loans); a table's columns
        # are the same below a blank line as above it
        classes = [class_label(n) for n in names if n]
        if not carried and any(classes) and not words_over_pool(classes, [label for label, _ in rows]):
            continue
        if any(names):
            above = (run, spans, names)
        total_at, proving = total_column(placed)
        if carried and total_at is None:
            # the Total its header names (the rows above proved it): figures that add up to
            # nothing (rates, ratios) stand in its column all the same
            total_at = next((i for i, n in enumerate(names) if group_of(n) == "Total"), None)
        # a group numbered on one line of its column's header, described on another ("Group 1" over "Fixed")
        by_line = [name_by_position([ln], spans, first, label_end) for ln in header] if not (
            in_cells or carried or ordered) else []
        groups = [group_name(n) or next((g for ns in by_line if ns[i] and (g := group_name(ns[i]))), None)
                  for i, n in enumerate(names)]
        if carried and len(above_groups) == len(groups):
            groups = list(above_groups)  # the table goes on: its groups are those read above
        elif any(names):
            above_groups = list(groups)
        if total_at is None and not any(groups):
            continue
        columns: list[str] = []
        if any(not name and i != total_at for i, name in enumerate(names)):
            continue  # a group no header names is never given a made-up name: its rows stay unmapped
        if any(parse_date(n) is not None for n in names if n):
            continue  # columns headed by dates are periods (beginning + change = end adds up alike), no groups
        if any(status_of(n) for n in names if n and groups[names.index(n)] is None):
            continue  # columns headed by delinquency statuses (30-59 Days): a delinquency table's, no groups
        if total_at is not None and not any(groups) and 0 < total_at < len(names) - 1:
            continue  # a sum between its parts (original, restated, change): versions, no groups and their Total
        for i, name in enumerate(names):
            columns.append("Total" if i == total_at else groups[i] or name)
        if len(set(columns)) != len(columns):
            continue
        if total_at is not None:
            # named columns adding up to a Total are groups even without a number: a servicer's
            w.servicer_groups.extend(c for c, g in zip(columns, groups, strict=True)  # a status is no servicer's
                                     if c != "Total" and g is None and c not in w.servicer_groups and not status_of(c))
        evidence = (f"column {total_at + 1} ({names[total_at] or 'no header'}) is the sum of the others on {proving} rows: the Total"
                    if total_at is not None else "no column is the sum of the others: no Total")
        w.checks.append(CheckRow("group_columns", f"pool table at line {run[0].no}", math.nan, math.nan, "pass",
                                 f"{evidence}; groups: {', '.join(c for c in columns if c != 'Total')}",
                                 [run[0].no]))
        unnamed: list[tuple[Line, str, list[Token | None]]] = []
        known: list[Column] = []
        sub = sub_heading(w.lines, at, run[0]) if not in_cells else ""
        for ln, (label, _), row in zip(run, rows, placed, strict=True):
            if ln.no in unmapped and put_status_row(w, ln, label or "", row, columns, caption):
                taken.add(ln.no)  # a status's count or balance by group ("30-59 DAYS - NO. OF LOANS")
                continue
            entry = v.lookup(label or "", "pool", ("collateral", "deal"))
            if entry is None and sub and label and not label.startswith(sub) and (  # "Prior" under "PRINCIPAL BALANCE":
                    under := v.lookup(f"{sub} {label}", "pool", ("collateral", "deal"))):  # its words begin above it
                entry, label = under, f"{sub} {label}"
            if entry is not None and entry.target == "deal":
                share = _deal_row(w, ln, row, total_at, columns, entry.field, entry.type) if ln.no in unmapped else None
                if share is not None:
                    shares.append(share)
                    taken.add(ln.no)
                continue
            if entry is None:
                if ln.no in unmapped:
                    unnamed.append((ln, label or "", row))
                continue
            if entry.type == "money" and counts_among_cents([t for t in row if t is not None], cents or prints_cents(w.cells)):
                continue  # whole numbers among amounts in cents: a count's figures, whatever its words
            # a row its label names (here, or in the walk): a figure the identities may hold
            nums = [(g, t) for t, g in zip(row, columns, strict=True) if t is not None and t.value is not None]
            known.append(Column(label or "", entry.field, {g: float(t.value or 0) for g, t in nums},
                                {g: t.decimals for g, t in nums}, fixed=True))
            if ln.no in unmapped:
                _add_row(w, ln, row, columns, entry.field, entry.type)
                taken.add(ln.no)
        # rows no label names, their fields proven by the pool's sums
        proven = rows_by_identities(w, unnamed, columns, known) if unnamed else {}
        by_words = _deal_rows_by_words(unnamed, proven, total_at)
        for ln, label, row in unnamed:
            if (c := proven.get(ln.no)) is not None:
                _add_row(w, ln, row, columns, c.field or "", "money")
                w.checks.append(CheckRow("row_role", f"{label} (line {ln.no})", math.nan, math.nan, "pass",
                                         f"{c.field}: {c.evidence}", [ln.no]))
                taken.add(ln.no)
            elif total_at is not None and (named := by_words.get(ln.no)):
                # no pool identity holds it: a deal figure by group its words name
                share = _deal_row(w, ln, row, total_at, columns, named[0].field, named[0].type)
                if share is not None:
                    shares.append(share)
                    w.checks.append(named[1])
                    taken.add(ln.no)
    if taken:
        w.unmapped = [u for u in w.unmapped if u.line not in taken]
        w.unmapped.extend(u for u in shares if u.values)
