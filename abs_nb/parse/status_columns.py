"""Delinquency tables of a column per status and a row per loan group: one measure a table,
or a group on two lines, its counts over its balances.

Some reports print the statuses across, one column each, and the groups down: the counts in
one table and the balances in another, each under a title naming its measure, or each
group's counts on its row and its balances on the line below::

      NUMBER OF LOANS
                     30-59 DAYS   60-89 DAYS   FORECLOSURE
      GROUP I                37           12            15
      TOTAL                  76           24            30

    GROUP         30-59 DAYS   60-89 DAYS   FORECLOSURE
    1 FIXED               14            5             9
                1,502,338.17   611,207.40  1,004,228.30

A run of rows the walk left unmapped printing figures only, each under a group's name or,
below a named row, under none, is such a table where the header words over its columns
name a different status over each (columns naming none aside, where the last of them holds
the row's sum). A row under no name below a named row, its figures in the same columns, is
that group's second line: of the two, the count is the line printing whole numbers where
the other prints cents (a count never prints cents); lines alike say nothing. A table whose
rows are each a group's has one measure: the one its title or header words name
(``NUMBER OF LOANS``, ``PRINCIPAL BALANCE``), figures with cents never counts; where the
words name none, the table stays unread (whole dollars are balances too).

A group's lines may be marked by their measure (``#`` over ``$``, ``No.`` over ``Bal.``) and
followed by a line of each status's share (``%``: no count, no balance, left unread); its
name may stand on its row or on a heading line of its own above its lines. The groups'
blocks go on across blank lines and a page's furniture, the header over the first block
naming the columns of all::

                      30 Days      60 Days     Frclsr
    GROUP I
      #                    14            4          5
      $          2,804,117.65   911,208.40 1,188,704.33
      %                1.1860       0.3854     0.5027

>>> from abs_nb.parse.engine import walk
>>> w = walk("DELINQUENCY\\n\\nPRINCIPAL BALANCE\\n"
...          "                 30-59 DAYS     60-89 DAYS    FORECLOSURE\\n"
...          "GROUP I          307,122.18     101,244.67     129,987.40\\n"
...          "GROUP II         320,447.91     102,210.54     128,842.17\\n")
>>> sorted((c.row, c.column, c.token.text) for c in w.cells if c.table == "delinquency")[:2]
[('Group 1\\x1f30-59', 'balance', '307,122.18'), ('Group 1\\x1f60-89', 'balance', '101,244.67')]
"""

from __future__ import annotations

import math
from functools import partial
from typing import Final

from abs_nb.parse.grid import header_lines, place
from abs_nb.parse.group_headings import group_of
from abs_nb.parse.groups import figure_value
from abs_nb.parse.header_names import name_by_position
from abs_nb.parse.layout import ragged_slots
from abs_nb.parse.line_shapes import is_rule
from abs_nb.parse.pieces import CheckRow, Walk
from abs_nb.parse.pool_down import group_named, groups_of_rows, title_group
from abs_nb.parse.row_labels import labels_end, split_row
from abs_nb.parse.runs import PAGE_BREAK_LINES, is_page_mark, join_runs, runs_of
from abs_nb.parse.statuses import (
    caption_measure,
    is_count_header,
    put_measure,
    shares_line,
    status_of,
)
from abs_nb.parse.tokens import Line, Token

#: the fewest status columns that make such a table
MIN_STATUSES: Final = 2
#: at most this many columns naming no status (the loans current, the row's sum)
MAX_OTHER_COLUMNS: Final = 2


def read_status_columns(w: Walk) -> None:
    """Delinquency tables of a column per status among the rows the walk left unmapped
    (module docstring)."""
    unmapped = {u.line for u in w.unmapped if u.values}
    if not unmapped or w.rendering == "cells":
        return
    read = {c.row for c in w.cells if c.table == "delinquency"}
    taken: set[int] = set()
    for run in join_runs(w.lines, runs_of(w.lines, partial(_row, unmapped)), _next_group):
        named_above = _headings(w, run)
        rows = [_split(ln) for ln in run]
        figures = [cells for _, _, cells in rows]
        spans = ragged_slots(figures)
        placed = place(figures, spans)
        if len(spans) < MIN_STATUSES or sum(1 for r in placed for c in r if c is not None) != sum(map(len, figures)):
            continue  # a figure between columns: no table of these columns
        header = header_lines(w, _first_block_top(w, run), 4)
        names = name_by_position(header, spans, min(t.col for c in figures for t in c), labels_end(rows, run))
        statuses = [status_of(n) if n else None for n in names]
        named = [k for k, s in enumerate(statuses) if s is not None]
        if (len(named) < MIN_STATUSES or len({statuses[k] for k in named}) != len(named)
                or not _sums(placed, named)):
            continue
        pool = _pool_lines(rows, placed)
        records = pool or _records([named_above.get(ln.no) or _without_measure(label)
                                    for ln, (label, _, _) in zip(run, rows, strict=True)])
        if records is None:
            continue
        groups = groups_of_rows([str(named_above.get(run[lines[0]].no) or _without_measure(rows[lines[0]][0]) or "")
                                 for lines in records])
        if pool or len(records) == 1 and rows[records[0][0]][0] is None:
            groups = ["Total"]  # one row under no name, or two naming measures: the pool's
        if None in groups or len(set(groups)) != len(groups):
            continue
        measures = _measures(records, placed, header) or _measures(records, placed, _title(w, header or run[:1]))
        if measures is None or any(f"{g}\x1f{statuses[k]}" in read for g in groups for k in named):
            continue
        for group, lines in zip(groups, records, strict=True):
            for i, measure in zip(lines, measures, strict=True):
                for k in named:
                    put_measure(w, run[i], str(group), str(statuses[k]), measure, placed[i][k])
                taken.add(run[i].no)
        w.checks.append(CheckRow(
            "delinquency_columns", f"delinquency table at line {run[0].no}", math.nan, math.nan, "pass",
            f"a column per status ({', '.join(str(statuses[k]) for k in named)}) by the header words over each; "
            f"a row per group ({', '.join(str(g) for g in groups)}); "
            + ("its count over its balance, told apart by the figures' shape" if len(measures) == 2
               else f"every figure a {measures[0]}, as the table's title or header says"), [run[0].no]))
    if taken:
        w.unmapped = [u for u in w.unmapped if u.line not in taken]


def _row(unmapped: set[int], ln: Line, _open: bool) -> bool:
    """A row of such a table: a line left unmapped printing figures only (two at least),
    under a label naming no status or under none; no line of shares."""
    if ln.no not in unmapped or len(ln.values) < MIN_STATUSES or shares_line(ln):
        return False
    label, _, cells = _split(ln)
    return all(t.kind in ("num", "na") for t in cells) and (label is None or status_of(label) is None)


def _sums(placed: list[list[Token | None]], named: list[int]) -> bool:
    """Do the columns naming no status hold no more than a column of the loans current and,
    last, one of each row's sum?"""
    other = [k for k in range(len(placed[0])) if k not in named]
    if not other:
        return True
    if len(other) > MAX_OTHER_COLUMNS or other[-1] != len(placed[0]) - 1:
        return False
    return all(abs(figure_value(r[-1]) - sum(figure_value(t) for t in r[:-1])) < 0.005 for r in placed)


def _split(ln: Line) -> tuple[str | None, tuple[int, int] | None, list[Token]]:
    """A row's label, its span and its figures (:func:`~abs_nb.parse.row_labels.split_row`),
    the words printed apart before its first figure part of its label (``Pool One   No.``)."""
    label, span, cells = split_row(ln)
    if label is None or not cells or cells[0].kind != "word" or not ln.label_tokens:
        return label, span, cells
    return split_row(ln, cells=True)  # every word before the figures, as a cell's label is


def _pool_lines(rows: list[tuple[str | None, tuple[int, int] | None, list[Token]]],
                placed: list[list[Token | None]]) -> list[list[int]] | None:
    """The pool's two lines, its counts and its balances, where the rows' labels name no group
    and one names a measure at least (``NUMBER OF CONTRACTS`` over ``ADCB``), a line of percentages beside them
    (each status's share) left out: ``[[count or balance line, the other]]``, else None."""
    lines = [i for i, r in enumerate(placed) if not all(t is None or t.percent for t in r)]
    labels = [rows[i][0] for i in lines]
    if len(lines) != 2 or any(label is None or group_of(label, "pool") for label in labels) or not any(
            is_count_header(label or "") is not None for label in labels):
        return None
    return [lines]


def _without_measure(label: str | None) -> str | None:
    """A row's label less the measure its last words name (``Pool One No.`` -> ``Pool One``;
    ``Bal.`` or ``#`` alone -> None: the group's second line, its measure told by its figures).

    >>> _without_measure("Pool One No."), _without_measure("Bal."), _without_measure("Group 2"), _without_measure("TOTAL #")
    ('Pool One', None, 'Group 2', 'TOTAL')
    """
    if label is None or caption_measure(label) is not None:
        return None
    words = label.split()
    for n in range(min(MEASURE_WORDS, len(words) - 1), 0, -1):
        if caption_measure(" ".join(words[-n:])) is not None and group_named(" ".join(words[:-n])) is not None:
            return " ".join(words[:-n])
    return label


def _headings(w: Walk, run: list[Line]) -> dict[int, str]:
    """The group a heading line names over a row of ``run`` whose row above in the run is not
    the line above it (a block of the group's lines under its name, ``GROUP II`` over ``#``):
    by the row's line number."""
    at = {id(ln): k for k, ln in enumerate(w.lines)}
    out: dict[int, str] = {}
    for i, ln in enumerate(run):
        k = at[id(ln)] - 1
        if i and at[id(run[i - 1])] == k or k < 0:
            continue
        if (group := title_group(w.lines[k])) is not None:
            out[ln.no] = group
    return out


def _first_block_top(w: Walk, run: list[Line]) -> Line:
    """The line under a table's header: up from the run's first row, past the lines of the
    groups above it (another reader's, printing as many figures), their shares, their
    headings, blank lines and rules (:data:`~abs_nb.parse.runs.PAGE_BREAK_LINES` at most)."""
    k = w.lines.index(run[0])
    n = len(run[0].values)
    top = k
    for i in range(k - 1, max(-1, k - 1 - PAGE_BREAK_LINES), -1):
        ln = w.lines[i]
        if ln.values and len(ln.values) == n or shares_line(ln) or title_group(ln) is not None:
            top = i
        elif not (ln.blank or is_rule(ln)):
            break
    return w.lines[top]


def _next_group(lines: list[Line], above: list[Line], start: int, end: int, run: list[Line]) -> list[Line] | None:
    """Does the table go on from the rows ``above`` to ``run`` across ``lines[start:end]``:
    blank lines, a page's furniture (a page mark among them), and the heading naming the next
    group last, where each of the rows prints as many figures as the rows above?"""
    between = lines[start:end]
    words = [ln for ln in between if not ln.blank and not is_rule(ln) and not shares_line(ln)]
    paged = any(is_page_mark(ln) for ln in between) and len(between) <= PAGE_BREAK_LINES
    head = words[-1:] if words and title_group(words[-1]) is not None else []
    if len(words) > len(head) and not paged or {len(ln.values) for ln in above + run} != {len(above[0].values)}:
        return None
    return []


#: the most words a measure printed after a group's name in a row's label holds ("No. of Loans")
MEASURE_WORDS: Final = 3


def _records(labels: list[str | None]) -> list[list[int]] | None:
    """The rows of each group: a named row alone, or a named row and the one under no name
    below it; None where a row under no name opens the run (but for a run of one) or two
    follow one another."""
    out: list[list[int]] = []
    for i, label in enumerate(labels):
        if label is not None or not out and len(labels) == 1:
            out.append([i])
        elif out and len(out[-1]) == 1:
            out[-1].append(i)
        else:
            return None
    if len({len(r) for r in out}) != 1:
        return None  # every group on one line, or every group on two
    return out


def _title(w: Walk, header: list[Line]) -> list[Line]:
    """The title of a table over its header, past the rules ruled under it and a blank line
    (``DELINQUENCY - NUMBER OF LOANS`` over ``=====`` over the header): where the header's
    words name no measure, the title's may."""
    k, blank = w.lines.index(header[0]) - 1, 0
    while k >= 0 and (is_rule(w.lines[k]) or w.lines[k].blank and not blank):
        blank += w.lines[k].blank
        k -= 1
    return [w.lines[k]] if k >= 0 and w.lines[k].tokens and not w.lines[k].values else []


def _measures(records: list[list[int]], placed: list[list[Token | None]], header: list[Line]) -> list[str] | None:
    """The measure of each of a group's lines: for two, the count the line of whole figures
    above or below one printing cents; for one, the measure the header's words name (the
    figures printing no cents if that is a count)."""
    def cents(i: int) -> bool:
        return any(t is not None and t.decimals > 0 for t in placed[i])

    if len(records[0]) == 2:
        first = {cents(r[0]) for r in records}
        second = {cents(r[1]) for r in records}
        if len(first) != 1 or first == second:
            return None
        return ["balance", "count"] if first == {True} else ["count", "balance"]
    said = {is_count_header(text) for line in header for text, _, _ in line.column_segments()
            if status_of(text) is None} - {None}
    if len(said) != 1:
        return None
    count = said == {True}
    if count and any(cents(r[0]) for r in records):
        return None
    return ["count" if count else "balance"]
