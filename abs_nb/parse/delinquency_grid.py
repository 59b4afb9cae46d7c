"""Delinquency tables with statuses both across and down: the payments missed across, the
kinds of trouble down, each row a count line and a balance line::

      GROUP I         Current   1 Pmt (30-59)   2 Pmts (60-89)   3+ Pmts (90+)     Total
      Delinquent  # Loans                  52               14               3        69
                  Balance        7,118,204.33     1,902,338.71      402,118.55  9,422,661.59
      Foreclosure # Loans     0             0                2              11        13
                  Balance  0.00          0.00       311,550.80    1,519,447.02  1,830,997.82

A header whose word groups name two statuses across or more (:func:`~abs_nb.parse.delinquency.status_of`),
its first group naming the loan group (or none: the pool), over rows each printed on two
lines, its measure's words before its figures (``# Loans``, then ``Balance``), is such a
table. A row is read only where its figures add up to its Total column (a row's Total is the
sum of its columns: the proof which column is the Total). The delinquent row (its label
says delinquent, no status) gives each status across; a row whose label names a status
(foreclosure, REO, bankruptcy) gives that status its Total, whatever payments its loans
have missed. One ``delinquency_columns`` check says so.

>>> from abs_nb.parse.engine import walk
>>> w = walk("DELINQUENCY\\n\\n"
...          "GROUP I        Current   1 Pmt (30-59)   2 Pmts (60-89)     Total\\n"
...          "Delinquent  # Loans                 52               14        66\\n"
...          "            Balance       7,118,204.33     1,902,338.71  9,020,543.04\\n"
...          "REO         # Loans    1             0                2         3\\n"
...          "            Balance  10.00          0.00            20.00     30.00\\n")
>>> sorted((c.row.split("\\x1f")[1], c.column, c.token.text) for c in w.cells if c.table == "delinquency")[:3]
[('30-59', 'balance', '7,118,204.33'), ('30-59', 'count', '52'), ('60-89', 'balance', '1,902,338.71')]
"""

from __future__ import annotations

import math
from typing import Final

from abs_nb.parse.group_headings import group_of
from abs_nb.parse.layout import Span, distance
from abs_nb.parse.line_shapes import is_rule
from abs_nb.parse.pieces import CheckRow, Walk
from abs_nb.parse.spelling import TOTAL_KEYS, class_key, words_of
from abs_nb.parse.statuses import DELINQUENT_WORDS, is_count_header, put_status, status_of
from abs_nb.parse.tokens import Line, Token

MIN_ACROSS = 2  # the fewest statuses across that make such a header
_ACROSS: Final = frozenset({"30-59", "60-89", "90+"})


def _header(ln: Line) -> tuple[str, list[tuple[str, Span]]] | None:
    """The loan group and the columns (a status, or ``Total``, and the span of its words) of
    a header line of such a table; None where it is none."""
    segs = ln.column_segments()
    if len(segs) < MIN_ACROSS + 1 or ln.values and not all(t.kind == "num" and not t.decimals for t in ln.values):
        return None
    columns = [(status_of(text) or ("Total" if class_key(text) in TOTAL_KEYS else ""), (c, e))
               for text, c, e in segs[1:]]
    if len({s for s, _ in columns if s in _ACROSS}) < MIN_ACROSS:
        return None
    first = segs[0][0]
    group = "Total" if class_key(first) in TOTAL_KEYS else group_of(first, "delinquency")
    if group is None and status_of(first) is None:
        return None
    return (group or "Total"), ([(status_of(first) or "", (segs[0][1], segs[0][2]))] if group is None else []) + columns


def _measured(ln: Line, columns: list[tuple[str, Span]]) -> tuple[str, bool, list[Token]] | None:
    """A row's line: its label ('' on its second line), whether it counts loans (the words
    of its measure after the label: ``# Loans``, ``Balance``) and its figures; None where it
    is no such line. The label is the shortest run of first words naming a status, the
    delinquent or the Total, the rest naming the measure."""
    toks = ln.label_tokens
    if not ln.values or not toks or any(t.kind != "num" for t in ln.values) or toks[0].colend > columns[0][1][0]:
        return None
    for k in range(1, len(toks)):
        label = " ".join(t.text for t in toks[:k])
        counts = is_count_header(" ".join(t.text for t in toks[k:]))
        if counts is not None and (status_of(label) or set(words_of(label)) & DELINQUENT_WORDS
                                   or class_key(label) in TOTAL_KEYS):
            return label, counts, list(ln.values)
    counts = is_count_header(ln.label)  # a second line: its measure's words alone
    return ("", counts, list(ln.values)) if counts is not None and is_count_header(toks[0].text) is not None else None


def _by_column(figures: list[Token], columns: list[tuple[str, Span]]) -> dict[str, Token] | None:
    """Each figure under the column whose header it stands nearest (a column once); None
    where two figures stand under one column."""
    out: dict[str, Token] = {}
    for t in figures:
        k = min(range(len(columns)), key=lambda i: distance((t.col, t.colend), columns[i][1]))
        name = columns[k][0] or f"#{k}"
        if name in out:
            return None
        out[name] = t
    return out


def _adds_up(cells: dict[str, Token]) -> bool:
    """Is the row's Total the sum of its other columns (to the cent)?"""
    total = cells.get("Total")
    parts = [t.number for name, t in cells.items() if name != "Total"]
    return total is not None and bool(parts) and abs(sum(parts) - total.number) <= 0.005 * (len(parts) + 1)


def read_delinquency_grid(w: Walk) -> None:
    """Delinquency tables with statuses across and down among the lines the walk left
    unmapped (module docstring)."""
    unmapped = {u.line for u in w.unmapped if u.values}
    if not unmapped or w.rendering == "cells":
        return
    read = {c.row for c in w.cells if c.table == "delinquency"}
    taken: set[int] = set()
    k = 0
    lines = w.lines
    while k < len(lines):
        # a header stands over unread rows, a rule between at most (tested first: every line asks)
        near = bool(lines[k].tokens) and any(ln.no in unmapped for ln in lines[k + 1:k + 3])
        found = _header(lines[k]) if near else None
        if found is None:
            k += 1
            continue
        group, columns = found
        head = lines[k]
        k += 1
        rows: list[tuple[str, bool, Line, Line]] = []
        while k + 1 < len(lines) and (is_rule(lines[k]) or lines[k].no in unmapped):
            if is_rule(lines[k]):
                k += 1
                continue
            top, below = _measured(lines[k], columns), _measured(lines[k + 1], columns)
            # the second line measures the same status: its label alone, or carried down
            if top is None or below is None or not top[0] or below[0] not in ("", top[0]) or top[1] == below[1]:
                break
            rows.append((top[0], top[1], lines[k], lines[k + 1]))
            k += 2
        statuses = _read_rows(w, group, columns, rows, read)
        if statuses:
            taken |= {ln.no for _, _, a, b in rows for ln in (a, b)}
            w.checks.append(CheckRow(
                "delinquency_columns", f"delinquency table at line {head.no}", math.nan, math.nan, "pass",
                f"{group}: statuses across ({', '.join(s for s, _ in columns if s in _ACROSS)}) and down, a count "
                f"line and a balance line a row, each row's Total the sum of its columns; read: {', '.join(statuses)}",
                [head.no]))
    if taken:
        w.unmapped = [u for u in w.unmapped if u.line not in taken]


def _read_rows(w: Walk, group: str, columns: list[tuple[str, Span]], rows: list[tuple[str, bool, Line, Line]],
               read: set[str]) -> list[str]:
    """The statuses read from ``rows`` (each its label, whether its first line counts, its
    two lines) of ``group``."""
    out: list[str] = []
    for label, count_first, a, b in rows:
        top, below = _by_column(a.values, columns), _by_column(b.values, columns)
        if top is None or below is None or not _adds_up(top) or not _adds_up(below):
            continue
        counts, balances = (top, below) if count_first else (below, top)
        status = status_of(label)
        if status is None and set(words_of(label)) & DELINQUENT_WORDS:
            pairs = [(s, counts.get(s), balances.get(s)) for s, _ in columns if s in _ACROSS]
        elif status is not None and status not in _ACROSS:
            pairs = [(status, counts.get("Total"), balances.get("Total"))]
        else:
            continue
        for s, n, bal in pairs:
            if f"{group}\x1f{s}" in read or n is None and bal is None:
                continue
            put_status(w, a, group, s, n, bal)
            out.append(s)
    return out
