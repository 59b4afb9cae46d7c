"""Delinquency tables found by structure: status rows of count and balance pairs.

A delinquency table prints, per loan group, how many loans and what balance stand in each
status. Its rows are recognised by their status words, not by the table's heading: days
(``30-59``, ``60 to 89 Days``, ``90+``), payments missed (``1 Payment``, ``2 Payments``,
``3+ Payments``), foreclosure, bankruptcy, REO (``statuses.csv``, data). A run of such rows
the walk left unmapped, with one figure pair per group, is read here: the pairs come from
the alignment of the figures (the order of the cells in a cell stream); in each pair the
count is the figure the header names a count (``#``, ``No. of Loans``), else the one printed
as a whole number beside an amount with cents, else the smaller. Groups are named by the
word lines above (``Pool 2`` -> ``Group 2``; ``Total``), and a group whose figures are the
sums of the others' is the Total. What cannot be placed stays in ``unmapped``.

>>> status_of("60 to 89 Days"), status_of("3+ Payments Delinquent"), status_of("Real Estate Owned")
('60-89', '90+', 'reo')
>>> status_of("Beginning Balance") is None
True
"""

from __future__ import annotations

import math
from typing import Final

from abs_nb.parse.delinquency_matrix import FINER_REASON, Matrix, read_matrix, split_statuses
from abs_nb.parse.delinquency_names import (
    current_pair,
    group_and_status,
    group_column,
    groups_in_order,
    numbered_status,
    standing_title,
    words_over,
)
from abs_nb.parse.grid import header_lines, place
from abs_nb.parse.group_headings import group_of
from abs_nb.parse.groups import named_group, titled_groups, total_column
from abs_nb.parse.header_names import LABEL_SLACK
from abs_nb.parse.layout import distance, ragged_slots, slots, spanned
from abs_nb.parse.line_shapes import is_rule
from abs_nb.parse.period_columns import OTHER_PERIOD_REASON
from abs_nb.parse.pieces import CheckRow, Unmapped, Walk
from abs_nb.parse.row_labels import label_cells, split_row
from abs_nb.parse.runs import join_runs, numbers_a_name, runs_of
from abs_nb.parse.spelling import abbreviates, header_fragment
from abs_nb.parse.statuses import (
    delinquent_row,
    is_count_header,
    put_measure,
    put_status,
    share_column,
    status_and_measure,
    status_of,
)
from abs_nb.parse.tokens import Line, Token
from abs_nb.parse.two_line_status import from_figures, second_line, two_line_rows
from abs_nb.parse.values import can_be
from abs_nb.parse.vocabulary import vocabulary

MIN_ROWS: Final = 2
#: why rows that each fall into one status stay unread
#: why a status's share of the pool stays unread: the data contract has no column for it
SHARE_REASON: Final = "a status's share of the pool (a percentage): no column of the delinquency table holds it"



def count_first(pair: tuple[list[Token | None], list[Token | None]], names: tuple[str, str]) -> bool | None:
    """Is the first of two columns the count? A count is never printed with cents: where one
    column prints whole numbers only and the other cents, the figures say it, whatever the
    header's words (tight columns run them together); else the headers, else the figures'
    sums (a count is the smaller)."""
    whole = [all(t is None or t.decimals == 0 for t in col) for col in pair]
    if whole[0] != whole[1] and all(any(t is not None for t in col) for col in pair):
        return whole[0]
    a, b = (is_count_header(n) for n in names)
    if a is not None or b is not None:
        return bool(a) if a is not None else not b
    if whole[0] != whole[1]:
        return whole[0]
    sums = [sum(abs(float(t.value)) for t in col if t is not None and t.value is not None) for col in pair]
    if sums[0] == sums[1]:
        return None
    return sums[0] < sums[1]


def _runs(w: Walk, unmapped: set[int], in_cells: bool) -> list[tuple[list[Line], bool]]:
    def status_row(ln: Line, _open: bool) -> bool:
        if ln.no not in unmapped or not ln.values:
            return False
        if _led(ln, in_cells, True) is not None:
            return True  # a group's name or number, then a status
        label = split_row(ln, in_cells)[0]
        if not in_cells and ln.no >= 2 and second_line(w.lines[ln.no - 2], ln):
            return False  # the balances of the status above ("Scheduled Balance" under "# of Loans")
        return label is not None and (status_of(status_label(ln, label, in_cells, unled=True)) is not None
                                      or delinquent_row(label))  # (an aging matrix's delinquent loans)

    def second(ln: Line, cur: list[Line], _below: Line | None) -> bool:
        return not in_cells and ln.no in unmapped and second_line(cur[-1], ln)

    runs = runs_of(w.lines, status_row, second)
    joined = runs if in_cells else join_runs(w.lines, runs, _below_subtotal)
    out: list[tuple[list[Line], bool]] = []
    for r in joined:
        numbered = not in_cells and group_column(w, r[0])
        out += [(part, numbered) for part in _by_group(r, in_cells, numbered) if len(part) >= MIN_ROWS]
    return out


def _by_group(run: list[Line], in_cells: bool, numbered: bool) -> list[list[Line]]:
    """A run of status rows cut where a row's label opens with a group's name: each part is
    that group's table (:func:`group_and_status`)."""
    parts: list[list[Line]] = []
    for ln in run:
        if not parts or _led(ln, in_cells, numbered) is not None:
            parts.append([])
        parts[-1].append(ln)
    return parts


def _row_of(ln: Line, in_cells: bool, numbered: bool) -> tuple[str | None, tuple[int, int] | None, list[Token]]:
    """A status row's label, its span and its cells (:func:`~abs_nb.parse.row_labels.split_row`);
    a row opening with its group's name or number (:func:`_led`) is labelled by every word
    before its figures (``I     30 - 59 Days``, ``TOTAL   30 - 59 Days``: the status's numbers
    no cells)."""
    if ln.label_tokens and _led(ln, in_cells, numbered) is not None:
        lt = ln.label_tokens
        return label_cells(ln) if in_cells else (ln.label, (lt[0].start, lt[-1].end), list(ln.values))
    return split_row(ln, in_cells)


def _led(ln: Line, in_cells: bool, numbered: bool = False) -> tuple[str, str] | None:
    """The group and status's words of a row whose words before its figures open with a
    group's name (:func:`group_and_status`), in one cell or two, or with its number under a
    column of groups (``numbered``: :func:`numbered_status`)."""
    label = split_row(ln, in_cells)[0]
    if in_cells:  # (the group's cell, then the status's: "Group I | 30 - 59 Days | 71")
        return group_and_status(label_cells(ln)[0] or "") if label is not None else None
    return (label is not None and group_and_status(label)) or (None if not ln.label else (
        group_and_status(ln.label) or (numbered_status(ln) if numbered else None)))


def status_label(ln: Line, label: str, in_cells: bool, unled: bool = False) -> str:
    """A status row's label: its first words, or, where these name no status, every word
    before its figures (``Three or more   (90 days or more)``); a group's name or number
    opening it left out (:func:`group_and_status`, :func:`numbered_status`; ``unled``: the
    caller found none there already)."""
    led = None if unled else _led(ln, in_cells, True)
    if led is not None:
        return led[1]
    if (in_cells or status_of(label) is not None or not ln.label or any(t.kind != "word" for t in ln.label_tokens)
            or status_of(ln.label) is None):
        return label  # (words with a figure among them are two pairs side by side, not one label)
    return ln.label


def _below_subtotal(lines: list[Line], above: list[Line], start: int, end: int, run: list[Line]) -> list[Line] | None:
    """Runs of status rows parted only by blank lines, rules and a subtotal (``Total
    Delinquent``: figures under a label that is no status), the rows below printing their
    figures under the same columns, are one table: foreclosure, REO and bankruptcy below the
    days past due."""
    between = lines[start:end]
    if not 0 < len(between) <= SUBTOTAL_GAP or not all(
            ln.blank or is_rule(ln) or ln.values and _subtotal(split_row(ln)[0]) for ln in between):
        return None
    upper, lower = (slots([from_figures(split_row(ln)[2]) for ln in above]),
                    slots([from_figures(split_row(ln)[2]) for ln in run]))
    if len(upper) != len(lower) or not all(distance(a, b) < 0 for a, b in zip(upper, lower, strict=True)):
        return None
    return []


def _subtotal(label: str | None) -> bool:
    """A row of figures whose label is no status (``Total Delinquent``); a row with no label
    is none (a status's second line, say)."""
    return label is not None and status_of(label) is None


SUBTOTAL_GAP: Final = 4  # lines between two runs of status rows of one table, at most


def _table_top(w: Walk, first: Line, in_cells: bool) -> Line:
    """The first row of the table whose status rows start at ``first``: a row or two of
    figures under another label may head it (``Outstanding Loan`` over ``Foreclosure``,
    ``Bankruptcy``, ``REO``), its header above them."""
    i = w.lines.index(first)
    for _ in range(MAX_LEADING_ROWS):
        above = w.lines[i - 1] if i else None
        if above is None or not above.values or numbers_a_name(above) or split_row(above, in_cells)[0] is None:
            break
        i -= 1
    return w.lines[i]


MAX_LEADING_ROWS = 2  # rows of figures, not statuses, that may head a delinquency table
#: the word lines over a delinquency table its header may take where three name no group: the
#: groups, then a measure wrapped over three ("Number" / "of" / "Loans")
HEADER_LINES = 4


def _group_names(header: list[Line], pairs: list[tuple[int, int]], first_col: int, in_cells: bool,
                 known: list[str], label_end: int = -1, names_at: int = -2) -> list[str | None]:
    """A name per pair of columns: a word group over the pair, or, for one pair, a group
    name standing on a line of its own or first on the header line; pairs no group name
    heads take the words over them (on the header's line ``names_at``: the one above the
    measures', or the last where the rows print their measures), each the name of a group
    of the pool's tables (``known``) that it abbreviates (``ADJ. RATE GROUP``) where there
    is one."""
    names: list[str | None] = [None] * len(pairs)
    for line in header:
        for text, c, e in line.column_segments():
            name = group_of(text)
            if name is None:
                continue
            if len(pairs) == 1 or in_cells:
                idx = 0 if len(pairs) == 1 else sum(1 for n in names if n is not None)
                if idx < len(names) and names[idx] is None:
                    names[idx] = name
                continue
            if c < first_col - 4 and e < first_col:
                continue
            k = min(range(len(pairs)), key=lambda i: abs((c + e) / 2 - (pairs[i][0] + pairs[i][1]) / 2))
            names[k] = name
    if any(n is None for n in names) and len(header) >= -names_at and not in_cells:
        names = _servicer_names(header[names_at], pairs, first_col, names, label_end)
        names = [next((g for g in known if abbreviates(n, g)), n) if n else n for n in names]
    if in_cells and len(pairs) > 1 and any(n is None for n in names):
        # a cell stream's header cells in order: as many naming groups as there are pairs
        # (``FIXED | ARM | Total``, the measures' cells apart) name them, in order
        texts = [text for line in header for text, _, _ in line.column_segments()]
        if len(texts) == 2 * len(pairs) + 1:
            texts = texts[1:]  # a cell a column, the first over the rows' labels ("Status")
        cells = [c for c in map(_group_cell, texts) if c is not None]
        found = [g for g in (named_group(t) for t in cells if any(ch.isalpha() for ch in t)) if g is not None]
        found = [g for k, g in enumerate(found) if not k or g != found[k - 1]]  # "Group 1 Count", "Group 1 Balance"
        if len(found) == len(pairs) and len(set(found)) == len(found):
            names = list(found)
    return names


def _group_cell(text: str) -> str | None:
    """The words of a header cell that may name a group: the cell, where it names no measure;
    its words before the measure they end with, where those name a group (``Group 1 Count``
    is ``Group 1``'s count); None for a measure's cell.

    >>> _group_cell("Group 1 Count"), _group_cell("Total Balance"), _group_cell("FIXED"), _group_cell("Stated Balance")
    ('Group 1', 'Total', 'FIXED', None)
    """
    if is_count_header(text) is None:
        return text
    words = text.split()
    for k in range(len(words) - 1, 0, -1):
        if is_count_header(" ".join(words[k:])) is not None:
            head = " ".join(words[:k])
            return head if is_count_header(head) is None and group_of(head) is not None else None
    return None


def _title(w: Walk, top: Line, header: list[Line], first_col: int) -> str | None:
    """The words a one-group table prints as its title: over its labels on the measures'
    line (``FIXED  Count  Balance``), else the nearest line standing alone that names a
    group, in the header or right above it (:func:`standing_title`)."""
    if header:
        segs = header[-1].column_segments()
        if len(segs) > 1 and segs[0][2] < first_col:
            return segs[0][0]
    return standing_title(w, header, top)


def _servicer_names(line: Line, pairs: list[tuple[int, int]], first_col: int,
                    names: list[str | None], label_end: int = -1) -> list[str | None]:
    """Names over the pairs no group name heads (``names``' blanks), in the line above the
    measures': words naming no field are whose loans they are (a group's or a servicer's),
    as the walk reads them; every such pair must have one, else none is taken. Words that
    start over the rows' labels (ending at ``label_end``) are a heading."""
    v = vocabulary()
    out = list(names)
    for text, c, e in line.column_segments():
        if e <= first_col or v.names_fields(text) or any(ch.isdigit() for ch in text) or header_fragment(text):
            continue  # a piece of a wrapped header ("% of Pool") is no one's name
        if c <= label_end or c < first_col - LABEL_SLACK and (c + e) / 2 < first_col:
            # words from the label column on are the table's heading, no one's name (a name
            # centred over its pair may start left of its count)
            return names
        k = min(range(len(pairs)), key=lambda i: abs((c + e) / 2 - (pairs[i][0] + pairs[i][1]) / 2))
        if names[k] is not None:
            continue
        if out[k] is not None:
            return names
        out[k] = " ".join(text.split())
    return out if all(out) else names


def read_delinquency_tables(w: Walk) -> None:
    """Delinquency tables among the rows the walk left unmapped (module docstring)."""
    unmapped = {u.line for u in w.unmapped if u.values}
    if not unmapped:
        return
    in_cells = w.rendering == "cells"
    known = list(dict.fromkeys(c.row for c in w.cells if c.table == "collateral" and c.row != "Total"))
    taken: set[int] = set()
    market_values: dict[int, Token] = {}  # a REO row's market value, by its line's id
    blocks: list[tuple[list[str | None], list[tuple[Line, str, list[tuple[Token | None, Token | None]]]]]] = []
    titles: list[str | None] = []  # each block's title, where no header names its one group
    homes: list[str] = []  # the group whose block (a heading above) holds each table, or ""
    share_rows: list[Unmapped] = []
    seconds: dict[int, int] = {}  # a status row's second line, by the row's id
    last_matrix: Matrix | None = None
    for run, numbered in _runs(w, unmapped, in_cells):
        rows = [(status_label(ln, label or "", in_cells) if label else label, span, cells)
                for ln, (label, span, cells) in zip(run, (_row_of(ln, in_cells, numbered) for ln in run), strict=True)]
        # a status printed on two lines: its counts, then its balances (words before a row's
        # figures name its measure, "No. of Accounts": no column)
        if not in_cells:
            rows = [(label, span, from_figures(cells)) for label, span, cells in rows]
        two = None if in_cells else two_line_rows(w, run, rows, unmapped)
        if two is not None:
            rows = [(label, span, cells) for (label, span, _), cells in zip(rows, two[0], strict=True)]
            seconds.update(two[1])
        spans = ragged_slots([cells for _, _, cells in rows])
        placed = place([cells for _, _, cells in rows], spans)
        # figures in no columns (a row's figures that no slots place one a slot), every row
        # printing as many: the k-th of every row in the k-th column
        ordered = two is None and len({len(cells) for _, _, cells in rows}) == 1 and any(
            sum(t is not None for t in r) < len(cells) for r, (_, _, cells) in zip(placed, rows, strict=True))
        if ordered:
            spans = [(k, k) for k in range(len(rows[0][2]))]
            placed = [list(cells) for _, _, cells in rows]
        # a last column only REO rows fill is their market value (count, balance, value)
        market = len(spans) % 2 == 1 and len(spans) > 1 and all(
            (r[-1] is None) != (status_of(label or "") == "reo") for (label, _, _), r in zip(rows, placed, strict=True))
        if market:
            spans = spans[:-1]
        values = [r[:-1] if market else r for r in placed]
        placed, extra = values, [r[-1] if market else None for r in placed]
        # a column of percentages is each status's share of the pool, no count or balance:
        # left out of the pairs (its figures stay listed among the unread)
        head = [] if in_cells or ordered else header_lines(w, _table_top(w, run[0], in_cells), 3)
        # the measures' line naming one column each, in order (its words a place or more off
        # the figures they head)
        measures = [t for t, c, _ in head[-1].column_segments() if c >= spans[0][0] - LABEL_SLACK] if head else []
        shares = [k for k in range(len(spans)) if share_column([r[k] for r in placed], head, spans[k],
                                                           measures[k] if len(measures) == len(spans) else "")]
        every_span = spans  # the header words over a share name it, no count or balance beside it
        if shares:
            for ln, (label, _, _), r in zip(run, rows, placed, strict=True):
                printed = [r[k].text for k in shares if r[k] is not None]  # type: ignore[union-attr]
                if printed and status_of(label or "") is not None:
                    share_rows.append(Unmapped(ln.no, label or "", printed, SHARE_REASON))
            spans = [sp for k, sp in enumerate(spans) if k not in shares]
            placed = [[c for k, c in enumerate(r) if k not in shares] for r in placed]
        if len(spans) % 2 or not spans:
            continue
        # a cell stream prints each header word on a line: a pair's two measures and its
        # group's name, and the table's title
        header = header_lines(w, _table_top(w, run[0], in_cells), max(6, 3 * (len(spans) // 2) + 1) if in_cells else 3)
        first_col = min(t.col for _, _, cells in rows for t in cells)
        if header and not in_cells and not ordered:
            # a column's header may start left of its figures ("No. of Loans" over a count):
            # the table's columns start where the header over its first column does
            first_col = min([first_col] + [c for _, c, e in header[-1].column_segments()
                                           if c < spans[0][1] and e >= spans[0][0]])
        pair_spans = [(spans[i][0], spans[i + 1][1]) for i in range(0, len(spans), 2)]
        if two is not None:  # the pairs' header words stand where their figures are printed
            if len(two[2]) != len(pair_spans):
                continue
            pair_spans, first_col = two[2], min(sp[0] for sp in two[2])
            every_span = [sp for sp in pair_spans for _ in (0, 1)]
        label_end = max((sp[1] for _, sp, _ in rows if sp is not None), default=-1)
        names: list[str | None] = [None] * len(pair_spans) if ordered else _group_names(
            header, pair_spans, first_col, in_cells, known, label_end, -1 if two else -2)
        if not ordered and not in_cells and len(pair_spans) > 1 and all(n is None for n in names) and len(
                taller := header_lines(w, _table_top(w, run[0], in_cells), HEADER_LINES)) > len(header):
            # the groups named a line higher, over a measure wrapped onto three ("Number" / "of" / "Loans")
            names = _group_names(taller, pair_spans, first_col, in_cells, known, label_end, -1 if two else -2)
            header = taller if any(names) else header
        if len(pair_spans) > 1 and all(n is None for n in names):
            # words over no pair: the groups the header names in printed order, one a pair
            names = list(groups_in_order(header, len(pair_spans)) or names)
        led = _led(run[0], in_cells, numbered)
        if led is not None and len(pair_spans) == 1:
            names = [led[0]]  # a group's rows stacked under the header the first group's rows print
        # the header words over each column say which of a pair is the count
        every_name = [""] * len(every_span)
        if not in_cells and not ordered:
            for line in header:
                for text, c, e in line.column_segments():
                    if c < first_col - 4 or spanned((c, e), every_span):
                        continue  # words over several columns (a sentence) say which of none
                    k = min(range(len(every_span)),
                            key=lambda i: abs((c + e) / 2 - (every_span[i][0] + every_span[i][1]) / 2))
                    every_name[k] = f"{every_name[k]} {text}".strip()
        col_names = [n for k, n in enumerate(every_name) if k not in shares]
        out_rows: list[tuple[Line, str, list[tuple[Token | None, Token | None]]]] = []
        orders: list[bool | None] = []
        for p in range(len(pair_spans)):
            a = [r[2 * p] for r in placed]
            b = [r[2 * p + 1] for r in placed]
            orders.append(count_first((a, b), (col_names[2 * p], col_names[2 * p + 1])))
        if any(o is None for o in orders):
            continue
        got = None if in_cells or ordered or market else read_matrix(
            w, [(ln, label and status_of(label), r) for ln, (label, _, _), r in zip(run, rows, placed, strict=True)],
            spans, [bool(o) for o in orders], words_over(header, pair_spans), last_matrix)
        if got is not None:
            found, last_matrix = got
            blocks.append(([None], found))
            titles.append(standing_title(w, header, run[0], run[0]))
            homes.append(w.block_at(run[0].no))
            continue
        if not in_cells and not ordered and (now := current_pair(words_over(header, pair_spans))) is not None:
            # periods side by side: the current one's pair is the table's; the others' figures
            # are listed with their reason
            for ln, (label, _, _), row in zip(run, rows, placed, strict=True):
                printed = [t.text for p in range(len(names)) if p != now for t in row[2 * p:2 * p + 2] if t is not None]
                if printed and status_of(label or "") is not None:
                    share_rows.append(Unmapped(ln.no, label or "", printed, OTHER_PERIOD_REASON))
            placed, orders, names = [r[2 * now:2 * now + 2] for r in placed], [orders[now]], [None]
        if names.count(None) == 1 and len(names) >= 3:
            k = names.index(None)
            counts = [[r[2 * p + (0 if orders[p] else 1)] for p in range(len(pair_spans))] for r in placed]
            if total_column(counts, min_parts=1)[0] == k:
                names[k] = "Total"  # the pair whose counts add up the others' is the Total
        for ln, (label, _, _), row, value in zip(run, rows, placed, extra, strict=True):
            status = status_of(label or "")
            if status is None or two is not None and ln.no in two[1].values():  # a row's second line is none
                continue
            pairs: list[tuple[Token | None, Token | None]] = []
            for p, first in enumerate(orders):
                x, y = row[2 * p], row[2 * p + 1]
                pairs.append((x, y) if first else (y, x))  # (count, balance)
            out_rows.append((ln, status, pairs))
            if value is not None and len(pairs) == 1:
                market_values[id(ln)] = value
        # rows of finer buckets that fall into one status (90, 120 and 150 days: each 90+):
        # none of them is that status, and their sum is not printed; they stay listed
        split = split_statuses([status for _, status, _ in out_rows])
        if split:
            lines = {ln.no for ln, status, _ in out_rows if status in split}
            out_rows = [r for r in out_rows if r[1] not in split]
            for u in w.unmapped:
                if u.line in lines:
                    u.reason = FINER_REASON
        blocks.append((names, out_rows))
        titles.append(_title(w, _table_top(w, run[0], in_cells), header, first_col)
                      if len(names) == 1 and names[0] is None else None)
        homes.append(w.block_at(run[0].no))
    _name_by_titles(blocks, titles)
    _name_by_homes(blocks, titles, homes)
    _name_totals(blocks)
    # one pair of columns in each table of a report whose pool has no groups, each status
    # in one of them: the pool's (a status printed in two is two groups no name tells apart)
    statuses = [status for _, rows in blocks for _, status, _ in rows]
    alone = all(len(names) == 1 for names, _ in blocks) and (
        len(blocks) == 1 or not known and len(set(statuses)) == len(statuses))
    for names, out_rows in blocks:
        if any(n is None for n in names) and not alone:
            continue  # a group no header names and no sum proves: its rows stay unmapped
        for ln, status, pairs in out_rows:
            for name, (count, balance) in zip(names, pairs, strict=True):
                group = name or "Total"  # the one table of a report with no groups: the pool
                put_status(w, ln, group, status, count, balance, market_values.get(id(ln)))
            taken.add(ln.no)
            taken.add(seconds.get(id(ln), ln.no))
        if out_rows:
            named = ", ".join(n or "Total" for n in names)
            w.checks.append(CheckRow("delinquency_columns", f"delinquency table at line {out_rows[0][0].no}",
                                     math.nan, math.nan, "pass",
                                     f"status rows by their words; groups: {named}; count and balance told apart "
                                     "by their headers or, where these say nothing, by the figures' shape",
                                     [out_rows[0][0].no]))
    if taken:
        w.unmapped = [u for u in w.unmapped if u.line not in taken]
        w.unmapped.extend(u for u in share_rows if u.line in taken)


def read_delinquency_lines(w: Walk) -> None:
    """One-figure lines the walk left unmapped whose labels name a delinquency status and a
    measure (``60-89 days number of loans  29``, ``Principal Balance of REO  428,209.89``): each
    the pool's figure of that status and measure (:func:`status_and_measure`), where the
    figure is of the measure's kind
    (a count a whole number, a balance no percent), no other line names the same figure and no
    table has read it. One ``delinquency_columns`` check says so.

    >>> from abs_nb.parse.engine import walk
    >>> w = walk("DELINQUENT LOANS\\n30-59 days number of loans     196\\n"
    ...          "30-59 days principal balance    15,709,898.08\\n")
    >>> sorted((c.row.split("\\x1f")[1], c.column, c.token.text) for c in w.cells if c.table == "delinquency")
    [('30-59', 'balance', '15,709,898.08'), ('30-59', 'count', '196')]
    """
    read = {(c.row, c.column) for c in w.cells if c.table == "delinquency"}
    by_no = {ln.no: ln for ln in w.lines if 1 <= len(ln.values) <= 3}
    found: dict[tuple[str, str], list[tuple[Line, Token]]] = {}
    shares: dict[int, Unmapped] = {}
    for u in w.unmapped:
        ln = by_no.get(u.line)
        if ln is None or not u.label or len(u.values) != len(ln.values):
            continue
        # the group whose block holds the line, or the one its label opens with ("GROUP II
        # IN FORECLOSURE  14 LOANS  $1,427,783.36")
        group, label = in_label if (in_label := group_and_status(u.label)) else (w.group_at(ln.no), u.label)
        if len(ln.values) > 1:
            # a status's count and balance in a sentence ("Loans in Foreclosure: 64 loans,
            # $5,141,756.06"), or a row of them with the status's share of the pool after: a
            # whole number, then an amount (then a percentage)
            status, (count, balance, *share) = status_of(label), ln.values
            if status is not None and _count_then_balance(count, balance) and all(t.percent for t in share):
                found.setdefault((f"{group}\x1f{status}", "count"), []).append((ln, count))
                found.setdefault((f"{group}\x1f{status}", "balance"), []).append((ln, balance))
                if share:  # listed, as a table's shares are
                    shares[ln.no] = Unmapped(ln.no, u.label, [share[0].text], SHARE_REASON)
            continue
        named = status_and_measure(label)
        tok = ln.values[0]
        if named is None or not can_be(tok, "count" if named[1] == "count" else "money"):
            continue
        found.setdefault((f"{group}\x1f{named[0]}", named[1]), []).append((ln, tok))
    taken: list[int] = []
    for (row, measure), lines in found.items():
        if len(lines) != 1 or (row, measure) in read:
            continue  # two lines naming one figure, or a figure a table has read: neither is taken
        ln, tok = lines[0]
        group, status = row.split("\x1f")
        put_measure(w, ln, group, status, measure, tok)
        taken.append(ln.no)
    if taken:
        w.checks.append(CheckRow("delinquency_columns", f"delinquency lines at line {min(taken)}", math.nan, math.nan,
                                 "pass", f"{len(taken)} lines, each naming a status and a measure (count or "
                                 "balance) in its label and printing one figure of that kind", [min(taken)]))
        w.unmapped = [u for u in w.unmapped if u.line not in set(taken)] + [shares[no] for no in sorted(set(taken)) if no in shares]


def _count_then_balance(count: Token, balance: Token) -> bool:
    """A count of loans (a whole number, maybe stated with its unit, never below zero: a
    number in brackets is an aside's) and an amount after it (printed with cents or a dollar
    sign, or any figure after a count stated with its unit): no percent."""
    return (count.kind == "num" and not count.decimals and not count.percent and "$" not in count.text
            and count.number >= 0 and balance.kind == "num" and not balance.percent
            and (balance.decimals > 0 or "$" in balance.text or " " in count.text))




def _name_by_titles(blocks: list[tuple[list[str | None], list[tuple[Line, str, list[tuple[Token | None, Token | None]]]]]],
                    titles: list[str | None]) -> None:
    """Tables of one group each that no header names, two or more of them, each under a
    title that names a group (:func:`~abs_nb.parse.groups.named_group`: ``FIXED``, ``ARM``),
    a different one each: the same table printed per group, each its title's."""
    titled = [(b, t) for b, t in zip(blocks, titles, strict=True) if t is not None]
    names = titled_groups([t for _, t in titled], {n for names_, _ in blocks for n in names_ if n})
    if len(titled) < 2 or names is None:
        return
    for (b, _), name in zip(titled, names, strict=True):
        b[0][0] = name


def _name_by_homes(blocks: list[tuple[list[str | None], list[tuple[Line, str, list[tuple[Token | None, Token | None]]]]]],
                   titles: list[str | None], homes: list[str]) -> None:
    """Tables of one group each that neither a header nor a title names, each standing in a
    different group's block of the report (``V.  LOAN GROUP I`` above it), no other table
    that group's already: each that group's."""
    unnamed = [(b, home) for b, title, home in zip(blocks, titles, homes, strict=True)
               if b[0] == [None] and title is None]
    found = [home for _, home in unnamed if home]
    taken = {n for names, _ in blocks for n in names if n}
    if len(found) != len(unnamed) or len(set(found)) != len(found) or taken & set(found):
        return
    for b, home in unnamed:
        b[0][0] = home


def _name_totals(blocks: list[tuple[list[str | None], list[tuple[Line, str, list[tuple[Token | None, Token | None]]]]]]) -> None:
    """Blocks of one group each: the one block no header names whose counts are the sums of
    the others' is the Total; a block a header names keeps its name (a group's block equals
    the sum where the other groups print zeros), and an unnamed block adding up to nothing
    stays unread."""
    singles = [b for b in blocks if len(b[0]) == 1]
    if len(singles) < 2:
        return
    found = []
    for i, b in enumerate(singles):
        if b[0][0] is not None:
            continue
        counts = {status: _f(pairs[0][0]) for _, status, pairs in b[1]}
        sums: dict[str, float] = {}
        for o in (o for j, o in enumerate(singles) if j != i):
            for _, status, pairs in o[1]:
                sums[status] = sums.get(status, 0.0) + _f(pairs[0][0])
        if counts and all(abs(counts[s] - sums.get(s, math.nan)) < 0.5 for s in counts):
            found.append(b)
    if len(found) == 1:
        found[0][0][0] = "Total"


def _f(tok: Token | None) -> float:
    return float(tok.value) if tok is not None and tok.value is not None else 0.0
