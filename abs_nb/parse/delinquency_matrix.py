"""Delinquency aging matrices: the days past due down, the kinds of trouble across.

Some reports age every loan by days past due and print, for each bucket, a pair of columns
per kind of trouble, a Total row below::

                   DELINQUENT        BANKRUPTCY       FORECLOSURE        REO
    Days          #     Balance     #    Balance     #    Balance     #   Balance
    30 - 59      41  8,118,442.09   1  144,990.12    0       0.00     0      0.00
    60 - 89      17  3,402,117.55   0        0.00    3  611,052.77    0      0.00
    Total        62 12,222,890.82   3  446,218.56    8 1,699,472.07   0      0.00

A table of status rows is such a matrix where the words over its pairs of columns name two
kinds of trouble or more (bankruptcy, foreclosure, REO: :func:`~abs_nb.parse.statuses.status_of`)
and one pair's words say delinquent. The days' statuses (30-59, 60-89, 90+) are the rows of
the delinquent pair: a loan in bankruptcy, foreclosure or REO stands in its own column
whatever its age. Each kind's count and balance are its column's Total row: every loan of
that kind, of any age. The other cells (a bankrupt loan's age) are not statuses of the
schema; the ``delinquency_columns`` check says which were read.

>>> matrix_pairs(["DELINQUENT", "BANKRUPTCY", "FORECLOSURE", "REO", "TOTAL"])
(0, {'bankruptcy': 1, 'foreclosure': 2, 'reo': 3})
>>> matrix_pairs(["Group 1", "Group 2", "Total"]) is None
True
"""

from __future__ import annotations

import math
from typing import Final

from abs_nb.parse.grid import place
from abs_nb.parse.line_shapes import is_rule
from abs_nb.parse.pieces import CheckRow, Walk
from abs_nb.parse.row_labels import split_row
from abs_nb.parse.spelling import TOTAL_KEYS, class_key, words_of
from abs_nb.parse.statuses import DELINQUENT_WORDS, delinquent_row, status_of
from abs_nb.parse.tokens import Line, Token
from abs_nb.parse.two_line_status import from_figures

#: a matrix read: its pairs (:func:`matrix_pairs`), its columns, and the line it ends on
Matrix = tuple[tuple[int, dict[str, int]], int, int]
#: why the rows of finer buckets are not read
FINER_REASON: Final = "one of several rows falling into one status (finer buckets, such as 90, 120 and 150 days): none is that status, and their sum is not printed"
#: the kinds of trouble a matrix prints across, each in a pair of columns
KINDS = ("bankruptcy", "foreclosure", "reo")


def _pair(cells: list[Token | None], k: int, count_first: bool) -> tuple[Token | None, Token | None]:
    """The ``k``-th pair of a row's cells, (count, balance)."""
    a, b = cells[2 * k], cells[2 * k + 1]
    return (a, b) if count_first else (b, a)


def split_statuses(statuses: list[str]) -> set[str]:
    """The statuses several rows fall into (finer buckets: 90, 120 and 150 days, each 90+):
    none of those rows is that status, and their sum is not printed.

    >>> sorted(split_statuses(["30-59", "90+", "90+", "foreclosure"]))
    ['90+']
    """
    return {st for st in statuses if statuses.count(st) > 1}


def matrix_pairs(words: list[str | None]) -> tuple[int, dict[str, int]] | None:
    """Of the words over each pair of columns: the pair of the delinquent loans and the pair
    of each kind of trouble, where two kinds or more are named and one pair says delinquent
    (and no other status); else None."""
    kinds: dict[str, int] = {}
    delinquent = None
    for k, text in enumerate(words):
        status = status_of(text or "")
        if status in KINDS and status not in kinds:
            kinds[status] = k
        elif status is None and text and set(words_of(text)) & DELINQUENT_WORDS and delinquent is None:
            delinquent = k
    if len(kinds) < 2 or delinquent is None:
        return None
    return delinquent, kinds


def matrix_rows(rows: list[tuple[Line, str | None, list[Token | None]]], total: tuple[Line, list[Token | None]] | None,
                orders: list[bool], pairs: tuple[int, dict[str, int]],
                ) -> tuple[list[tuple[Line, str, list[tuple[Token | None, Token | None]]]], set[int]]:
    """The status rows a matrix gives (module docstring): each days' row its delinquent
    pair, each kind of trouble its pair in the ``total`` row (no Total row: no kind). ``rows``:
    each row's line, status and cells in the pairs' places; ``orders``: whether each pair
    prints its count first. Also the lines of rows of finer buckets falling into one status
    (90, 120, 150 days: each 90+), which are none of them that status and stay unread."""
    delinquent, kinds = pairs

    days = [(ln, status, [_pair(cells, delinquent, orders[delinquent])]) for ln, status, cells in rows
            if status is not None and status not in KINDS]
    split = split_statuses([status for _, status, _ in days])
    finer = {ln.no for ln, status, _ in days if status in split}
    out = [r for r in days if r[0].no not in finer]
    if total is not None:
        out += [(total[0], kind, [_pair(total[1], k, orders[k])]) for kind, k in kinds.items()]
    return out, finer


def total_below(w: Walk, last: Line) -> tuple[Line, list[Token]] | None:
    """The Total row under a table's last status row (a rule between them allowed): its line
    and figures; else None."""
    k = w.lines.index(last) + 1
    while k < len(w.lines) and is_rule(w.lines[k]):
        k += 1
    if k == len(w.lines) or not w.lines[k].values:
        return None
    label, _, cells = split_row(w.lines[k], False)
    return (w.lines[k], from_figures(cells)) if label and class_key(label) in TOTAL_KEYS else None


def aged_kinds(rows: list[tuple[Line, str | None, list[Token | None]]], orders: list[bool],
               words: list[str | None]) -> list[tuple[Line, str, list[tuple[Token | None, Token | None]]]] | None:
    """The status rows of the matrix turned the other way, the kinds of trouble down and the
    days across, their Total last::

                       30-59 DAYS       60-89 DAYS        90+ DAYS          TOTAL
        STATUS        #   BALANCE     #   BALANCE     #   BALANCE     #   BALANCE
        DELINQUENT   41 2,630,114    12   805,432     4   233,011    57 3,668,558
        FORECLOSURE   1    61,200     3   214,870     9   702,115    13   978,185

    Each day's status is the delinquent loans' row under that day's pair (days two pairs
    name, finer buckets, are none); each kind is its row's Total pair: its loans of any age.
    ``rows``: each row's line, status and cells in the pairs' places; else None."""
    days = [status_of(text or "") for text in words]
    total = next((k for k, text in enumerate(words) if text and class_key(text) in TOTAL_KEYS), None)
    named = [st for st in days if st is not None and st not in KINDS]
    delinquent = [(ln, cells) for ln, status, cells in rows if status is None and delinquent_row(split_row(ln, False)[0] or "")]
    kinds = [(ln, status, cells) for ln, status, cells in rows if status in KINDS]
    if len(named) < 2 or total is None or len(delinquent) != 1 or not kinds:
        return None

    ln, cells = delinquent[0]
    split = split_statuses(named)
    out = [(ln, st, [_pair(cells, k, orders[k])]) for k, st in enumerate(days) if st in named and st not in split]
    return out + [(line, str(kind), [_pair(c, total, orders[total])]) for line, kind, c in kinds]


def read_matrix(w: Walk, rows: list[tuple[Line, str | None, list[Token | None]]], spans: list[tuple[int, int]],
                orders: list[bool], words: list[str | None], last: Matrix | None,
                ) -> tuple[list[tuple[Line, str, list[tuple[Token | None, Token | None]]]], Matrix | None] | None:
    """The status rows of a run of ``rows`` (each its line, status and cells in the places
    ``spans``) that is a matrix by the ``words`` over its pairs, or the next group's block of
    the matrix ``last`` read just above it (as many columns, under no header of its own),
    with its Total row: :func:`matrix_rows` (the rows of finer buckets left listed, with their reason), and the
    matrix read; or the matrix turned the other way (:func:`aged_kinds`; no next block goes
    on under its header); else None."""
    pairs = matrix_pairs(words)
    if pairs is None and (aged := aged_kinds(rows, orders, words)) is not None:
        w.checks.append(CheckRow(
            "delinquency_columns", f"aging matrix at line {aged[0][0].no}", math.nan, math.nan, "pass",
            "kinds of trouble down, days across: each day's status from the delinquent loans' row, "
            "each kind's loans from its row's Total pair; a kind's loans by age not read "
            "(no status of the schema)", [aged[0][0].no]))
        return aged, None
    if pairs is None and not any(words) and last is not None and last[1] == len(spans) \
            and 0 < rows[0][0].no - last[2] <= 4:
        pairs = last[0]  # the next group's block of the matrix above, under its header
    below = total_below(w, rows[-1][0]) if pairs is not None else None
    if pairs is None or below is None:
        return None  # (no Total row: the kinds' figures are not there to read, and nothing is)
    cells = place([below[1]], spans)[0]
    if not any(cells):
        # a Total row's figures under no column of the matrix (its shares, "98.53%", whose
        # columns were set apart) are none of its cells
        cells = place([[t for t in below[1] if any(t.col < e and s < t.colend for s, e in spans)]], spans)[0]
    found, finer = matrix_rows(rows, (below[0], cells), orders, pairs)
    for u in w.unmapped:
        if u.line in finer:
            u.reason = FINER_REASON
    if found:
        w.checks.append(CheckRow(
            "delinquency_columns", f"aging matrix at line {found[0][0].no}", math.nan, math.nan, "pass",
            "days down, kinds of trouble across: each day's status from the delinquent pair, "
            f"{', '.join(pairs[1])} from their columns' Total row; each kind's loans by age not read "
            "(no status of the schema)", [found[0][0].no]))
    return found, (pairs, len(spans), (below[0] if below else rows[-1][0]).no)


def kind_titled(head: list[Line], first_col: int) -> str | None:
    """The kind of trouble (bankruptcy, foreclosure, REO) a table's header names left of its
    columns (``Foreclosure   30-59 Days   60-89 Days   Totals``): its loans by their age,
    the days across no delinquency statuses, their Total the kind's figure; else None.

    >>> from abs_nb.parse.tokens import tokenize
    >>> kind_titled(tokenize("Foreclosure        30-59 Days    60-89 Days"), 19)
    'foreclosure'
    >>> kind_titled(tokenize("Delinquency        30-59 Days    60-89 Days"), 19) is None
    True
    """
    segs = head[-1].column_segments() if head else []
    if not segs or segs[0][2] >= first_col:
        return None
    status = status_of(segs[0][0])
    return status if status in KINDS else None
