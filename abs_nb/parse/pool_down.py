"""A pool's figures printed down, a row per loan group: the groups (``Group 1``, ``Group 2``,
``Total``) as row labels and the pool's figures as columns, perhaps in stacked halves of the
same rows::

                           Beginning         Scheduled                       Ending
    Loan Group               Balance         Principal     Prepayments      Balance
    Group 1           203,877,145.62        161,220.84    3,402,118.77   200,020,152.61
    Total             650,692,501.11        372,130.44   12,132,224.11   637,412,206.36

A run of two rows or more the walk left unmapped, each labelled by a loan group and
printing figures only, under header words over each column that the vocabulary names a
pool figure (or a deal figure the pool has by group: WAC, the loan count) is such a table;
so is its stacked half just below, of the same groups, whatever its words name.
A column whose words name no figure is left listed; the pool's identities (its
roll-forward, its groups adding up to the Total) check what the words named. Read before
the class tables found by structure: rows of loan groups are no classes.

>>> from abs_nb.parse.engine import walk
>>> w = walk("POOL\\n"
...          "                 Beginning     Scheduled\\n"
...          "Loan Group         Balance     Principal\\n"
...          "Group 1          1,000.00        10.00\\n"
...          "Total            1,000.00        10.00\\n")
>>> sorted((c.row, c.column, c.token.text) for c in w.cells if c.table == "collateral")[:2]
[('Group 1', 'beginning_balance', '1,000.00'), ('Group 1', 'scheduled_principal', '10.00')]
"""

from __future__ import annotations

import math
import re
from functools import partial
from typing import Final

from abs_nb.parse.grid import header_lines, place
from abs_nb.parse.group_headings import group_of
from abs_nb.parse.groups import named_group
from abs_nb.parse.header_names import name_by_position
from abs_nb.parse.identities import (
    POOL_FIELDS,
    POOL_FIGURE_COLUMN,
    POOL_SUMS,
    group_column,
    pool_sums,
)
from abs_nb.parse.layout import segments, slots
from abs_nb.parse.pieces import Cell, CheckRow, Unmapped, Walk
from abs_nb.parse.pool_runs import read_by_hints
from abs_nb.parse.role_column import Column
from abs_nb.parse.row_labels import labels_end, split_row
from abs_nb.parse.runs import runs_of
from abs_nb.parse.statuses import status_of
from abs_nb.parse.tokens import Line, Token
from abs_nb.parse.values import amount_in_cents, counts_among_cents, prints_cents
from abs_nb.parse.vocabulary import Entry, vocabulary

#: the fewest group rows that make a pool table printed down, and the fewest of the pool's
#: flows (money figures) its header must name
MIN_GROUP_ROWS = 2
MIN_FLOWS = 2
#: the most lines between two stacked halves of one table printed down (a title, a header)
HALF_GAP = 6


def read_pool_down(w: Walk) -> None:
    """Pool tables printed a row per loan group among the rows the walk left unmapped
    (module docstring)."""
    unmapped = {u.line for u in w.unmapped if u.values}
    if not unmapped or w.rendering == "cells":
        return
    v = vocabulary()
    taken: set[int] = set()
    listed: list[Unmapped] = []  # the figures of columns no words name
    above: tuple[list[str | None], int] | None = None  # the groups of the last table read, and its last line
    for run in runs_of(w.lines, partial(_group_row, unmapped)):
        if len(run) < MIN_GROUP_ROWS:
            continue
        rows = [_split(ln) for ln in run]
        groups = groups_of_rows([label or "" for label, _, _ in rows])
        # groups named by their loans ("Fixed", "ARM") where a Total row shows them groups
        if len(set(groups)) != len(groups) or None in groups or "Total" not in groups and not all(
                group_of(label or "", "pool") for label, _, _ in rows):
            continue
        spans = slots([cells for _, _, cells in rows])
        first_col = min(t.col for _, _, cells in rows for t in cells)
        names = name_by_position(header_lines(w, run[0], 4), spans, first_col, labels_end(rows, run))
        if any(status_of(n) for n in names if n):
            continue  # statuses over the columns: a delinquency table's
        entries = [v.lookup(n, "pool", ("collateral", "deal")) if n else None for n in names]
        worded = list(entries)
        _by_words(names, worded)
        # the half below a pool table of the same groups; or, further down, another table of
        # them whose words name one pool figure at least (counts, rates, fees by group)
        half = above is not None and above[0] == groups and (
            run[0].no - above[1] <= HALF_GAP or any(e is not None for e in worded))
        if len({e.field for e in worded if e is not None and e.type == "money"}) < MIN_FLOWS and not half:
            continue  # the pool's flows name two columns at least (or the table above, of the same groups, did)
        placed = place([cells for _, _, cells in rows], spans)
        if sum(1 for r in placed for c in r if c is not None) != sum(len(cells) for _, _, cells in rows):
            continue  # a figure between columns: no table of these columns
        # the sums first, with the words as hints; the words alone name what no sum read
        proven = _by_hints(names, entries, placed, [str(g) for g in groups])
        _by_words(names, entries)
        # whole numbers only under words naming an amount, where the amounts print cents: the
        # column counts loans ("Prepayment Charges (#)" beside "... ($)"), whatever its words
        cents = prints_cents(w.cells) or any(t is not None and amount_in_cents(t) for r in placed for t in r)
        entries = [None if e is not None and e.type == "money" and counts_among_cents(
            [t for r in placed if (t := r[k]) is not None], cents) else e for k, e in enumerate(entries)]
        proven |= _by_sums(entries, placed)
        left: list[Unmapped] = []
        for ln, group, cells, (label, _, _) in zip(run, groups, placed, rows, strict=True):
            for entry, tok, name in zip(entries, cells, names, strict=True):
                if tok is None:
                    continue
                if entry is None or "{" in entry.field:
                    left.append(Unmapped(tok.line_in(ln.no), f"{label} [{name}]", [tok.text],
                                         "a pool column whose header words name no figure"))
                    continue
                put_group_figure(w, str(group), entry, tok, tok.line_in(ln.no))
        taken |= {ln.no for ln in run}
        above = (list(groups), run[-1].no)
        listed += left
        w.checks.append(CheckRow(
            "pool_columns", f"pool table at line {run[0].no}", math.nan, math.nan, "pass",
            f"a row per loan group ({', '.join(str(g) for g in groups)}), its columns named by their header words "
            f"({', '.join(e.field for e in entries if e is not None and e.field not in proven)})"
            + "".join(f"; {f}: {why}" for f, why in proven.items()), [run[0].no]))
    if taken:
        w.unmapped = [u for u in w.unmapped if u.line not in taken] + listed


#: the pool figures a column's words may name: its flows and its loan count
_NAMED_BY_WORDS: Final = POOL_FIELDS | {"ending_count"}


def _by_words(names: list[str], entries: list[Entry | None]) -> None:
    """The columns the vocabulary names no figure of, named by their words where they name
    one pool figure not named yet (:meth:`~abs_nb.parse.vocabulary.Vocabulary.covering`):
    ``entries`` completed in place."""
    v = vocabulary()
    for k, name in enumerate(names):
        if entries[k] is not None or not name:
            continue
        named = {e.field for e in entries if e is not None}
        field = v.covering(name, "pool", "collateral", frozenset(f for f in _NAMED_BY_WORDS if f not in named))
        if field is not None:
            entries[k] = v.lookup(field.replace("_", " "), "pool", ("collateral",))


def _by_hints(names: list[str], entries: list[Entry | None], placed: list[list[Token | None]],
              rows: list[str]) -> dict[str, str]:
    """Columns no header word names, read as the pool figures their words come nearest to
    where, so read, a pool sum holds on every row in one way only
    (:func:`~abs_nb.parse.pool_runs.read_by_hints`): ``entries`` completed in place; the
    fields so read and their evidence returned."""
    v = vocabulary()
    cols: list[Column] = []
    for k, (name, entry) in enumerate(zip(names, entries, strict=True)):
        cells = [r[k] for r in placed]
        if any(t is None or t.kind != "num" or t.percent for t in cells):
            cols.append(Column(name, None, {}))  # a blank, a dash or a rate: no term of these sums
            continue
        values = {g: abs(t.number) for g, t in zip(rows, cells, strict=True) if t is not None}
        decimals = {g: t.decimals for g, t in zip(rows, cells, strict=True) if t is not None}
        if entry is not None:
            cols.append(Column(name, entry.field, values, decimals, fixed=True))
        else:
            cols.append(Column(name, None, values, decimals, hint=v.hint(name, "pool", ("collateral",), POOL_FIELDS)))
    if not read_by_hints(cols, pool_sums({e.field for e in entries if e is not None})):
        return {}
    out: dict[str, str] = {}
    for k, c in enumerate(cols):
        if entries[k] is None and c.field is not None and c.status == "pass":
            entries[k] = v.lookup(c.field.replace("_", " "), "pool", ("collateral",))
            out[c.field] = c.evidence
    return out


def _by_sums(entries: list[Entry | None], placed: list[list[Token | None]]) -> dict[str, str]:
    """Columns no header word names, proven by a pool sum whose other terms are named: on
    every row the figure is the whole less the other parts (a part) or their sum (the
    whole), not zero on one row at least (a zero proves nothing). ``entries`` is completed
    in place; the fields so named and their evidence are returned."""
    fields = {e.field: k for k, e in enumerate(entries) if e is not None}
    out: dict[str, str] = {}
    for name, whole, parts, may_lack in POOL_SUMS:
        terms = [whole, *parts]
        known = [t for t in terms if t in fields]
        missing = [t for t in terms if t not in fields and t not in may_lack]
        free = [k for k, e in enumerate(entries) if e is None]
        if len(missing) != 1 or not free or len(known) < 2:
            continue
        for k in free:
            values = [[_f(r[fields[t]]) if t in fields else 0.0 if t in may_lack else _f(r[k]) for t in terms]
                      for r in placed]
            if any(math.isnan(x) for row in values for x in row):
                continue
            ok = all(abs(row[0] - sum(row[1:])) <= 0.01 for row in values)
            if ok and any(_f(r[k]) != 0 for r in placed):
                entry = vocabulary().lookup(missing[0].replace("_", " "), "pool", ("collateral",))
                if entry is None:
                    continue
                entries[k] = entry
                fields[missing[0]] = k
                out[missing[0]] = f"{name}: {whole} = {' + '.join(parts)} on {len(placed)} rows"
                break
    return out


def _f(tok: Token | None) -> float:
    """A cell's figure as a sum's term: its size (a deduction's sign is no part of it), 0 for
    a dash, NaN for a blank."""
    return abs(tok.number) if tok is not None and tok.kind == "num" else (0.0 if tok is not None else math.nan)


def _split(ln: Line) -> tuple[str | None, tuple[int, int] | None, list[Token]]:
    """A row's label, its span and its figures (:func:`~abs_nb.parse.row_labels.split_row`);
    a group's number alone first on its line, two blanks or more before the figures
    (``1    230,892,983.99``), is its label, where the numbers count the rows from 1 in order
    to a Total row (:func:`groups_of_rows`; else the rows name no groups)."""
    label, span, cells = split_row(ln)
    if label is None and len(cells) >= 3 and cells[0].text in _GROUP_NUMBERS and cells[0].col == ln.tokens[0].col \
            and cells[1].col - cells[0].colend >= 2:
        return cells[0].text, (cells[0].start, cells[0].end), cells[1:]
    return label, span, cells


def _group_row(unmapped: set[int], ln: Line, _open: bool) -> bool:
    """A row of such a table: an unmapped line labelled by a loan group, printing figures only."""
    if ln.no not in unmapped or not ln.values:
        return False
    label, _, cells = _split(ln)  # an empty label names no group
    return label is not None and (group_named(label) is not None or _NUMBER_FIRST.match(label) is not None) and all(
        t.kind in ("num", "na") for t in cells)


# a row label opened by a group's number, its loans' words after it ("1 FIXED", "2 - ARM"), or
# the number alone (:func:`_split`)
_NUMBER_FIRST: Final = re.compile(r"^([1-9])(?:$|[ \t]*(?:[-:.)][ \t]*)?[A-Za-z])")
#: the numbers a group's row may be labelled by alone
_GROUP_NUMBERS: Final = frozenset("123456789")


def _numbered_by_place(labels: list[str], groups: list[str | None]) -> list[str | None]:
    """The groups of rows labelled by a number and words ("1 FIXED", "2 ARM"), where the
    numbers count the rows from 1 in order and a Total row ends them: ``Group 1``,
    ``Group 2``; else ``groups`` as they were.

    >>> _numbered_by_place(["1 FIXED", "2 ARM", "TOTAL"], [None, None, "Total"])
    ['Group 1', 'Group 2', 'Total']
    >>> _numbered_by_place(["1 FIXED", "3 ARM", "TOTAL"], [None, None, "Total"])
    [None, None, 'Total']
    >>> _numbered_by_place(["1", "2", "Total"], [None, None, "Total"])
    ['Group 1', 'Group 2', 'Total']
    """
    if groups[-1] != "Total":
        return groups
    numbers = [m.group(1) if (m := _NUMBER_FIRST.match(label)) else "" for label in labels[:-1]]
    if numbers != [str(k) for k in range(1, len(numbers) + 1)]:
        return groups
    out: list[str | None] = [f"Group {n}" for n in numbers]
    return [*out, "Total"]


def groups_of_rows(labels: list[str]) -> list[str | None]:
    """The loan group each row of a table by group names (:func:`group_named`), or, where
    one names none, by their numbers in order (:func:`_numbered_by_place`).

    >>> groups_of_rows(["1 FIXED", "2 ARM", "TOTAL"]), groups_of_rows(["Group I", "Beginning"])
    (['Group 1', 'Group 2', 'Total'], ['Group 1', None])
    """
    groups = [group_named(label) for label in labels]
    return _numbered_by_place(labels, groups) if None in groups else groups


def put_group_figure(w: Walk, group: str, entry: Entry, tok: Token, line: int) -> None:
    """A loan group's figure of a pool line (``entry``: the field its words or the sums
    name), printed on ``line``: a pool figure in its column; a deal figure printed by group
    in the pool column it stands in, the Total's the deal's too (a rate's, or a count's the
    pool prints as a column of its own, only the pool's)."""
    column = group_column(entry.field) if entry.target == "deal" else entry.field
    w.cells.append(Cell("collateral", group, column, entry.type, line, token=tok, span=(tok.start, tok.end)))
    if entry.target == "deal" and group == "Total" and entry.field not in POOL_FIGURE_COLUMN:
        w.cells.append(Cell("deal", "deal", entry.field, entry.type, line, token=tok, span=(tok.start, tok.end)))


def group_named(label: str) -> str | None:
    """The loan group a row label names: numbered or the Total (``Group 1``, ``Aggregate``),
    or named by its loans in words (``Fixed``, ``Second Lien``: no class's name, which
    holds a digit or a hyphen or is one letter)."""
    numbered = group_of(label, "pool")
    if numbered is not None:
        return numbered
    if len(label) < 2 or any(ch.isdigit() or ch == "-" for ch in label):
        return None
    return named_group(label)


def title_group(ln: Line) -> str | None:
    """The loan group a line of one word group names (``GROUP II``, ``Group 1``, ``TOTAL``):
    a title over its rows."""
    if not ln.tokens or len(segments(ln)) != 1:
        return None
    return group_named(ln.joined)  # its number, if any, is its name's ("Grp 1"); or its loans' kind


__all__ = ["MIN_FLOWS", "MIN_GROUP_ROWS", "group_named", "groups_of_rows", "put_group_figure", "read_pool_down", "title_group"]
