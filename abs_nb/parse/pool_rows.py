"""Pool rows whose label names no field, their field proven by the pool's identities.

A pool (collateral) table's rows are read by their labels. A row whose label the vocabulary
does not know (``Voluntary Paydowns``, ``Tot. Principal Received``) is left unmapped by
the walk; here its figures are placed under the groups of the pool row nearest to it that
prints as many figures in the same columns (in a cell stream: in the same order), and its
field is the one under which the pool's identities hold in every group, with the rows
already known (:data:`abs_nb.parse.identities.POOL_SUMS`): the principal collected is its
scheduled, prepaid, liquidated and repurchased parts; the balance rolls forward by the
principal and the losses. A reading must hold a row already known (a table of many rows
offers many sums), a zero proves nothing, a group that contradicts a reading rules it out,
and two readings the numbers allow alike settle nothing unless the row's words come nearer
to one (:meth:`~abs_nb.parse.vocabulary.Vocabulary.hint`). Each row so read is a ``row_role``
check with its evidence; a row no reading proves stays in ``unmapped``.

>>> from abs_nb.parse.engine import walk
>>> w = walk("COLLATERAL\\n\\n                          Group 1     Group 2\\n"
...          "Beginning Balance        1,000.00    2,000.00\\n"
...          "Scheduled Principal         10.00       20.00\\n"
...          "Voluntary Paydowns          80.00      170.00\\n"
...          "Net Liquidation Proceeds    10.00       10.00\\n"
...          "Total Principal            100.00      200.00\\n"
...          "Ending Balance             900.00    1,800.00\\n")
>>> sorted((c.row, c.token.text) for c in w.cells if c.column == "prepayments_and_curtailments")
[('Group 1', '80.00'), ('Group 2', '170.00')]
>>> [c.detail.split(":")[0] for c in w.checks if c.check == "row_role"]
['prepayments_and_curtailments']
"""

from __future__ import annotations

import math
from typing import Final

from abs_nb.parse.deal_lines import named_by_words
from abs_nb.parse.identities import (
    POOL_AVERAGES,
    POOL_FIELDS,
    POOL_FIGURE_COLUMN,
    PREPAID_PARTS,
    PRINCIPAL_PARTS,
    UNSCHEDULED,
    pool_sums,
)
from abs_nb.parse.layout import ALIGN
from abs_nb.parse.line_shapes import pair_of
from abs_nb.parse.memo import Memo
from abs_nb.parse.pieces import Cell, CheckRow, Walk
from abs_nb.parse.role_column import as_amounts
from abs_nb.parse.roles import EVERY_TERM, MAX_UNKNOWNS, MIN_PROVING_ROWS, Column, infer
from abs_nb.parse.row_labels import split_row
from abs_nb.parse.runs import blocks_of
from abs_nb.parse.spelling import normalise, without_item_marks, words_of
from abs_nb.parse.tokens import Line, Token, kind_of
from abs_nb.parse.values import can_be, counts_among_cents, prints_cents
from abs_nb.parse.vocabulary import vocabulary

# how far (in lines) a row looks for the pool row whose columns it shares
NEAR = 40
# the roll-forward by parts (beginning = scheduled + prepaid + liquidated + loss + ending)
# with one term known: five unknown at once, searched only where this many columns (the
# groups and their Total) must each hold it to the cent, which no chance does
ROLL_BY_PARTS = 5
MANY_COLUMNS = 3


def _known_rows(w: Walk) -> tuple[list[tuple[int, list[tuple[str, Token]]]], dict[str, Column]]:
    """The pool rows read so far, as (index in ``w.lines``, [(group, token)]) in print order,
    and a known column per field (its figures by group; a field printed twice with other
    figures proves nothing and is left out)."""
    # the line of each pool cell's token (the last line listing it): only those are indexed
    wanted = {id(c.token) for c in w.cells if c.table == "collateral" and c.token is not None}
    where: dict[int, int] = {}
    for k, ln in enumerate(w.lines):
        for t in ln.values:
            if id(t) in wanted:
                where[id(t)] = k
    rows: dict[int, list[tuple[str, Token]]] = {}
    values: dict[str, dict[str, float]] = {}
    decimals: dict[str, dict[str, int]] = {}
    clash: set[str] = set()
    for c in w.cells:
        if c.table != "collateral" or c.token is None or c.token.value is None:
            continue
        i = where.get(id(c.token))
        if i is not None:
            rows.setdefault(i, []).append((c.row, c.token))
        v = float(c.token.value)
        seen = values.setdefault(c.column, {})
        if c.row in seen and seen[c.row] != v:
            clash.add(c.column)
        seen[c.row] = v
        decimals.setdefault(c.column, {})[c.row] = c.token.decimals
    known = {f: Column(f, f, vals, decimals[f], fixed=True) for f, vals in values.items() if f not in clash}
    return sorted(rows.items()), known


def _under_groups(cells: list[Token], ref: list[tuple[str, Token]], in_cells: bool,
                  fewer: bool = False) -> dict[str, Token] | None:
    """The row's figures by group: each under one column of the reference row (by order in a
    cell stream, by their right edges in fixed-width text), or None when they do not fit.
    With ``fewer``, a row of fixed-width text may print fewer figures than the reference row
    (a weighted average by group, with no Total's)."""
    if len(cells) != len(ref) and not (fewer and not in_cells and len(cells) < len(ref)):
        return None
    if in_cells:
        return {g: t for (g, _), t in zip(ref, cells)}  # noqa: B905 - as long (above); strict= is a generic call compiled
    out: dict[str, Token] = {}
    for t in cells:
        near = [(abs(r.colend - t.colend), g) for g, r in ref if abs(r.colend - t.colend) <= ALIGN]
        if not near:
            return None
        g = min(near)[1]
        if g in out:
            return None
        out[g] = t
    return out


def count_row(label: str, cells: list[Token]) -> str | None:
    """The loan count a pool row of whole numbers holds by its words, or None: no identity
    covers a count, so every word of its label must be a word of that count's labels and of
    no other's (:meth:`~abs_nb.parse.vocabulary.Vocabulary.covering`).

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> count_row("Number of Loans Outstanding", tokenize_line("x  3,001  2,132", 1).values)
    'ending_count'
    >>> count_row("Number of Loans Outstanding", tokenize_line("x  3,001.50", 1).values) is None
    True
    >>> count_row("Number of Loans Liquidated - Current Period", tokenize_line("x  1", 1).values) is None
    True
    """
    if not cells or any(t.kind != "num" or t.value is None or t.percent or t.decimals or t.value < 0 for t in cells):
        return None
    v = vocabulary()
    field = v.covering(label, "pool", "collateral", v.fields_of_type("collateral", "count"))
    if field is None:
        return None
    # a label whose words name another count of the deal (loans liquidated) names no pool count
    elsewhere = v.covering(label, "*", "deal", v.fields_of_type("deal", "count"))
    return None if elsewhere is not None and elsewhere not in POOL_FIGURE_COLUMN else field


def _counted(candidates: list[tuple[Line, str, dict[str, Token], Column]], taken: set[int]) -> dict[str, int]:
    """Each loan count the rows' words name (:func:`count_row`), and the line of the one row
    read as it (:func:`_one_per_figure`)."""
    named = [(ln.no, label, count_row(label, list(placed.values())) if ln.no not in taken else None)
             for ln, label, placed, _ in candidates]
    return _one_per_figure([(no, label, f) for no, label, f in named if f is not None], "collateral", first_else=True)


def _one_per_figure(rows: list[tuple[int, str, str]], target: str, first_else: bool = False) -> dict[str, int]:
    """For each figure rows' words name (line, label, field), the line of the row read as it:
    the one row naming it, or of several, the one whose every word names it ("LOAN COUNT -
    ENDING", not "LOAN COUNT - LIQUIDATED" with a word left out) where one alone does; else
    the first (``first_else``) or none."""
    v = vocabulary()
    by_field: dict[str, list[tuple[int, bool]]] = {}
    for no, label, field in rows:
        # a pool figure of the deal's is named as much by its column's labels ("Loan Count - Ending")
        exact = not v.left_out_note(label, "pool", target, field) or target == "deal" and not v.left_out_note(
            label, "pool", "collateral", POOL_FIGURE_COLUMN[field])
        by_field.setdefault(field, []).append((no, exact))
    out: dict[str, int] = {}
    for field, found in by_field.items():
        whole = [no for no, exact in found if exact]
        if len(found) == 1 or len(whole) == 1 or first_else:
            out[field] = whole[0] if len(found) > 1 and len(whole) == 1 else found[0][0]
    return out


def read_count_row(w: Walk, ln: Line, label: str, placed: dict[str, Token], field: str) -> None:
    """Read a pool row of loan counts named by its words (:func:`count_row`), with its
    ``row_role`` check."""
    for g, t in placed.items():
        w.cells.append(Cell("collateral", g, field, "count", t.line_in(ln.no), token=t, span=(t.start, t.end)))
    note = vocabulary().left_out_note(label, "pool", "collateral", field)
    w.checks.append(CheckRow("row_role", f"{label} (line {ln.no})", math.nan, math.nan, "warn" if note else "pass",
                             f"{field}: whole numbers, and every word of the label is a word of {field}'s "
                             f"labels and of no other count's{note} (no identity covers a loan count)",
                             [ln.no]))


def prove_pool_rows(w: Walk) -> None:
    """Read the unmapped rows of pool tables whose field the pool identities prove (module
    docstring): their figures become collateral cells, each row a ``row_role`` check."""
    if not any(c.table == "collateral" for c in w.cells):
        return
    in_cells = w.rendering == "cells"
    index = {ln.no: i for i, ln in enumerate(w.lines)}
    ref_rows, known = _known_rows(w)
    if not known or not ref_rows:
        return
    v = vocabulary()
    candidates: list[tuple[Line, str, dict[str, Token], Column]] = []
    figures: list[tuple[Line, str, dict[str, Token], str]] = []
    blocks = any(g for _, g in w.block_groups)
    in_blocks: dict[str, list[tuple[Line, str, Token]]] = {}  # label -> its lines in the groups' blocks
    for u in w.unmapped:
        i = index.get(u.line)
        if i is None or not u.values:
            continue
        ln = pair_of(w.lines[i], u.label)  # of two pairs side by side, the one this label printed
        label, _, cells = split_row(ln, in_cells)
        if not label or any(t.kind != "num" or t.value is None for t in cells):
            continue
        if blocks and len(cells) == 1 and not any(t.percent for t in cells):
            # a line of a group's block: with the lines of its label in the other blocks, a
            # row across the groups (below)
            # by its words: a dot leader's length is no part of a label
            in_blocks.setdefault(normalise(label), []).append((ln, w.group_at(ln.no, cells[0].col), cells[0]))
            continue
        near = sorted((abs(j - i), j, r) for j, r in ref_rows if abs(j - i) <= NEAR)
        placed = next((p for _, _, r in near if (p := _under_groups(cells, r, in_cells)) is not None), None)
        figure = pool_figure(label, cells)
        if placed is None and figure is not None:
            # a pool figure by group may leave the Total's column blank (an average's)
            placed = next((p for _, _, r in near if (p := _under_groups(cells, r, in_cells, True)) is not None), None)
        if placed is None:
            continue
        if figure is not None:
            if len(placed) > 1:
                figures.append((ln, label, placed, figure))
            continue  # one figure (beside a one-pool table) is a deal line: the deal's, and the Total's from it
        if any(t.percent for t in cells):
            continue
        entry = v.lookup(without_item_marks(label), "pool", ("collateral",))
        col = Column(label, entry.field if entry is not None else None,
                     {g: float(t.value) for g, t in placed.items() if t.value is not None},
                     {g: t.decimals for g, t in placed.items()}, hint=v.hint(label, "pool", ("collateral",), POOL_FIELDS))
        candidates.append((ln, label, placed, col))
    lines_of: dict[int, set[int]] = {}  # a row across the blocks: its first line -> all its lines
    for found in in_blocks.values():
        label = split_row(found[0][0], in_cells)[0] or ""
        placed = {}
        for ln, g, t in found:
            if g not in placed:
                t.line = t.line_in(ln.no)  # the figure stands on its own line, not its row's first
                placed[g] = t
        first = found[0][0]
        lines_of[first.no] = {ln.no for ln, _, _ in found}
        figure = pool_figure(label, list(placed.values()))
        if figure is not None:
            if any(g != "Total" for g in placed):  # a group's pool figure; the Total block's is the deal's
                figures.append((first, label, placed, figure))
            continue
        entry = v.lookup(without_item_marks(label), "pool", ("collateral",))
        candidates.append((first, label, placed, Column(
            label, entry.field if entry is not None else None,
            {g: float(t.value) for g, t in placed.items() if t.value is not None},
            {g: t.decimals for g, t in placed.items()}, hint=v.hint(label, "pool", ("collateral",), POOL_FIELDS))))
    taken = _read_pool_figures(w, figures, known)
    # a reconciliation printing what it takes out of the balance as negatives
    as_amounts([*known.values(), *(c for *_, c in candidates)])
    if candidates:
        taken |= _prove_candidates(w, candidates, known)
        taken |= _as_in_other_blocks(w, [c for c in candidates if c[0].no not in taken])
    taken |= {no for first in list(taken) for no in lines_of.get(first, ())}
    if taken:
        w.unmapped = [u for u in w.unmapped if u.line not in taken]


def pool_figure(label: str, cells: list[Token]) -> str | None:
    """The deal field of the pool figure (:data:`~abs_nb.parse.identities.POOL_FIGURES`:
    servicing fee, WAC, net WAC, WAM, loan count) that ``label`` names, by the vocabulary or
    by its words as a deal line is named (:func:`~abs_nb.parse.deal_lines.named_by_words`),
    where every one of ``cells`` can be of its kind; else None.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> pool_figure("Weighted Average Net Loan Rate", tokenize_line("x  6.61389%  8.25786%", 1).values)
    'net_wac'
    >>> pool_figure("Weighted Average Net Loan Rate", tokenize_line("x  1,000.00  2,000.00", 1).values) is None
    True
    >>> pool_figure("Beginning Weighted Average Mortgage Rate", tokenize_line("x  7.76540%", 1).values)
    'wac'
    """
    v = vocabulary()
    entry = v.lookup(without_item_marks(label), "pool", ("deal",))
    field = entry.field if entry is not None else named_by_words(label, cells[0]) if cells else None
    if field is None and cells and any(t.percent or not t.decimals for t in cells):
        # a weighted average measured at the period's beginning or end is that average: the
        # word says when, not what (a balance's does say what: it is read as a balance)
        whenless = _whenless(label)
        if whenless:
            field = named_by_words(whenless, cells[0])
            field = field if field in POOL_AVERAGES else None
    if field not in POOL_FIGURE_COLUMN or not all(can_be(t, v.field_type("deal", field)) for t in cells):
        return None
    return field


#: the words saying when in the period a figure is measured
_WHEN: Final = frozenset({"beginning", "ending"})
_WHENLESS: Final[Memo[str, str]] = Memo("pool_rows.whenless")  # label -> its words but _WHEN's


def _whenless(label: str) -> str:
    """The words of ``label`` but those saying when (:data:`_WHEN`), or "" where it has none."""
    hit = _WHENLESS.data.get(label)
    if hit is None:
        words = vocabulary().known_words_in_order(words_of(label))
        hit = _WHENLESS.put(label, " ".join(w for w in words if w not in _WHEN) if _WHEN & set(words) else "")
    return hit


def _read_pool_figures(w: Walk, figures: list[tuple[Line, str, dict[str, Token], str]],
                       known: dict[str, Column]) -> set[int]:
    """A pool figure printed once per loan group, under the columns of the pool's rows, is each
    group's: read into the collateral table, its column named by the deal figure its label
    names, with a ``row_role`` check (a warn where words its labels lack were left out); a
    figure two rows name is read from neither."""
    v = vocabulary()
    taken: set[int] = set()
    chosen = _one_per_figure([(ln.no, label, field) for ln, label, _, field in figures], "deal")
    for ln, label, placed, field in figures:
        col = POOL_FIGURE_COLUMN[field]
        if col in known or chosen.get(field) != ln.no and sum(
                1 for *_, p, f in figures if f == field and p.keys() & placed.keys()) > 1:
            continue
        type_ = v.field_type("deal", field)
        for g, t in placed.items():
            w.cells.append(Cell("collateral", g, col, type_, t.line_in(ln.no), token=t, span=(t.start, t.end)))
        note = v.left_out_note(label, "pool", "deal", field) and v.left_out_note(label, "pool", "collateral", col)
        w.checks.append(CheckRow("row_role", f"{label} (line {ln.no})", math.nan, math.nan, "warn" if note else "pass",
                                 f"{col}: the label names the pool figure {field}{note}, printed under "
                                 f"the pool's {len(placed)} columns: each column's", [ln.no]))
        taken.add(ln.no)
    return taken


def _as_in_other_blocks(w: Walk, candidates: list[tuple[Line, str, dict[str, Token], Column]]) -> set[int]:
    """A line of a group's block printed under the label of a line another group's block
    reads as a field is that field (a row across groups' columns); a Total's where its figure
    is the sum of every group's. Each line so read is a ``row_role`` check; returns the lines
    read."""
    if not candidates or not any(g for _, g in w.block_groups):
        return set()
    index = {ln.no: ln for ln in w.lines}
    fields: dict[str, str] = {}  # label -> the field a block's line of that label reads as
    values: dict[tuple[str, str], float] = {}  # (group, field) -> figure
    for c in w.cells:
        ln = index.get(c.line)
        if c.table == "collateral" and ln is not None and c.token is not None and c.token.value is not None:
            label = split_row(ln)[0]
            if label:
                fields.setdefault(normalise(label), c.column)
            values[(c.row, c.column)] = float(c.token.value)
    groups = {g for g, _ in values if g != "Total"}
    taken: set[int] = set()
    for ln, label, placed, _ in candidates:
        field = fields.get(normalise(label))
        if field is None or len(placed) != 1:
            continue
        (g, t), = placed.items()
        if (g, field) in values or t.value is None:
            continue
        parts = [values.get((p, field), math.nan) for p in sorted(groups)]
        if g == "Total" and not (parts and abs(sum(parts) - float(t.value)) <= 0.005 * len(parts) + 1e-9):
            continue  # a Total's figure is the sum of the groups' (to half a cent a figure added)
        w.cells.append(Cell("collateral", g, field, "money", t.line_in(ln.no), token=t, span=(t.start, t.end)))
        w.checks.append(CheckRow("row_role", f"{label} (line {ln.no})", math.nan, math.nan, "pass",
                                 f"{field}: the label of {field} in another group's block"
                                 + (" and the sum of the groups'" if g == "Total" else ""), [ln.no]))
        values[(g, field)] = float(t.value)
        taken.add(ln.no)
    return taken


def _prove_candidates(w: Walk, candidates: list[tuple[Line, str, dict[str, Token], Column]],
                      known: dict[str, Column]) -> set[int]:
    """Read the candidate rows whose field the pool identities prove, or whose words name a
    loan count (module docstring); returns the lines read."""
    groups = {g for c in known.values() for g in c.values}
    read = {c.column for c in w.cells if c.table == "collateral"}  # with those printed as a dash
    # the fields the pool's labels name outright that no identity holds (the interest net of
    # the fee), or that are read for the other groups only (a row across the groups' blocks
    # the walk read in some): a row of the pool's table, its heading naming no section, is
    # read as named
    named = {ln.no: col.prior for ln, _, placed, col in candidates
             if col.prior is not None and (col.prior not in POOL_FIELDS and col.prior not in read
                                           or col.prior in known and not known[col.prior].values.keys() & placed.keys())}
    block = blocks_of(w.lines)
    for ln, _, _, col in candidates:
        col.block = block.get(ln.no, -1)
    infer([*known.values(), *(c for *_, c in candidates)], pool_sums(read), ratios=False, anchored=True,
          min_rows=1 if len(groups) == 1 else MIN_PROVING_ROWS,
          unknowns=ROLL_BY_PARTS if len(groups) >= MANY_COLUMNS else MAX_UNKNOWNS)
    taken: set[int] = set()
    vetoed = {col.evidence for *_, col in candidates if _balance_named_else(col)} | _paid_off(
        [c for *_, c in candidates], known)
    # (the balances a roll-forward read with no losses proves stay: their words name them)
    no_loss = {col.evidence for *_, col in candidates if lossless(col.evidence)} if loss_unread(
        [(c.line, c.token.number) for c in w.cells if c.table == "collateral" and c.column in _ROLLED and c.token is not None],
        [(u.line, v) for u in w.unmapped for v in u.values]) else set()
    v = vocabulary()
    for ln, label, placed, col in candidates:  # first what the labels name outright
        if (field := named.get(ln.no)) is not None and list(named.values()).count(field) == 1:
            for g, t in placed.items():
                w.cells.append(Cell("collateral", g, field, v.field_type("collateral", field) or "money",
                                    t.line_in(ln.no), token=t, span=(t.start, t.end)))
            w.checks.append(CheckRow("row_role", f"{label} (line {ln.no})", math.nan, math.nan, "pass",
                                     f"{field}: its label names it among the pool's figures, in a row of the "
                                     "pool's table (no identity covers it)", [ln.no]))
            known.setdefault(field, col)
            taken.add(ln.no)
    counted = _counted(candidates, taken)
    counts_read = {c.column for c in w.cells if c.table == "collateral" and c.type == "count"}
    for ln, label, placed, col in candidates:
        if ln.no in taken:
            continue
        if col.status == "pass" and (col.evidence in vetoed or col.evidence in no_loss and col.field not in _ROLLED):
            col.field, col.status = None, "warn"  # the reading that read it so, whole
        count = count_row(label, list(placed.values())) if col.status != "pass" or col.field is None else None
        if count is not None and count not in known and count not in counts_read and counted.get(count) == ln.no:
            read_count_row(w, ln, label, placed, count)
            known[count] = col
            taken.add(ln.no)
            continue
        if col.status != "pass" or col.field is None or col.field in known or col.by_words:
            continue  # only what an identity proves is read here; the walk read what its words name
        for g, t in placed.items():
            w.cells.append(Cell("collateral", g, col.field, "money", t.line_in(ln.no), token=t, span=(t.start, t.end)))
        w.checks.append(CheckRow("row_role", f"{label} (line {ln.no})", math.nan, math.nan, "pass",
                                 f"{col.field}: {col.evidence}", [ln.no]))
        taken.add(ln.no)
    return taken


def _balance_named_else(col: Column) -> bool:
    """Is ``col`` read by a sum as a balance while its words come nearest another figure (the
    losses, the principal distributed), as a flow while they come nearest a balance, or as one
    part of the principal while they come nearest another? Flows a report sums elsewhere hold
    the roll-forward's shape as well, a roll-forward of three lines (a balance, a flow, a
    balance) the principal's shape, and the parts of a sum change places without changing it
    (a part, :data:`_ONE_PART`, whose label holds no word of the part read, ``Liquidations``
    read as the curtailments): such a reading is no reading of the pool's table."""
    return col.status == "pass" and col.hint not in (None, col.field) and (
        col.field in _ROLLED or col.hint in _ROLLED or col.field in _ONE_PART and col.hint in _ONE_PART
        and _names_none_of(col.header, col.field))


def lossless(evidence: str) -> bool:
    """Is ``evidence`` a roll-forward's read with no losses (the beginning balance, the
    principal whole and the ending balance alone)?"""
    return evidence.startswith(_LOSSLESS)


_LOSSLESS: Final = "beginning_balance = total_principal + ending_balance "


def loss_unread(balances: list[tuple[int, float]], unread: list[tuple[int, str]]) -> bool:
    """Does a figure no reading proves (``unread``: line, figure as printed) stand between the
    pool's beginning and ending balances (``balances``: line, figure), an amount in cents no
    larger than the balance's decline? It may be the losses (a charge-off its words do not
    name): a roll-forward read with no losses then proves no principal by the decline. A
    count, a factor, a rate or a larger amount is no loss.

    >>> loss_unread([(3, 100.0), (5, 95.0)], [(4, "(2.50)"), (7, "1.00")]), loss_unread([(3, 100.0), (5, 95.0)], [(4, "150")])
    (True, False)
    """
    if len(balances) < 2:
        return False
    lines, figures = [n for n, _ in balances], [v for _, v in balances]
    decline = max(figures) - min(figures)
    return any(min(lines) < n < max(lines) and (k := kind_of(text)).kind == "num" and k.decimals == 2 and not k.percent
               and 0 < abs(k.number) <= decline + 0.005 for n, text in unread)


def _paid_off(cols: list[Column], known: dict[str, Column]) -> set[str]:
    """The evidence of the readings that take a row for a balance where the ending balance
    is less than half the beginning in every group: a pool pays less than half its balance
    in a month (a single month's mortality of 50% is a prepayment rate of 99.98% a year), so
    two figures so far apart are a sum and a part of it (the principal distributed and its
    extra part), no balances."""
    out: set[str] = set()
    for e in {c.evidence for c in cols if c.status == "pass" and c.field in _ROLLED}:
        ends = [c for c in cols if c.evidence == e and c.field == "ending_balance"]
        begins = [c for c in cols if c.evidence == e and c.field == "beginning_balance"]
        end = ends[0] if ends else known.get("ending_balance")
        begin = begins[0] if begins else known.get("beginning_balance")
        if end is None or begin is None:
            continue
        shared = [g for g, v in end.values.items() if begin.values.get(g, 0) > 0]
        if shared and all(end.values[g] < begin.values[g] / 2 for g in shared):
            out.add(e)
    return out


def _names_none_of(label: str, field: str) -> bool:
    """Does ``label`` hold no word of ``field``'s labels (nor of their roots)?"""
    v = vocabulary()
    return len(v.left_out(label, "pool", "collateral", field)) == len(v.known_words_in_order(words_of(label)))


# the balances a pool table's sums take from one to the other, and the principal between
# them (its total, its unscheduled part, or where neither is printed its prepaid part): read
# together they prove each other
_ROLLED = frozenset({"beginning_balance", "ending_balance"})
_PRINCIPAL = frozenset({"total_principal", UNSCHEDULED, "prepayments_and_curtailments", "prepayments"})
# the principal's parts that are no sum of others
_ONE_PART = frozenset(f for f in (*PRINCIPAL_PARTS, *PREPAID_PARTS) if f != "prepayments_and_curtailments")
# the principal's parts: two of them read make the principal's sum a second identity; a
# roll-forward alone holds in every balance a report rolls (the O/C amount, a reserve fund)
_PARTS = frozenset(f for f in POOL_FIELDS if f not in _ROLLED | {"total_principal", "realized_losses"})


def rows_by_identities(w: Walk, unnamed: list[tuple[Line, str, list[Token | None]]], columns: list[str],
                       known: list[Column]) -> dict[int, Column]:
    """The rows of a pool table by group whose labels the vocabulary does not know
    (``unnamed``: line, label, figure by column of ``columns``) whose fields the pool's sums
    prove, by line number (each column's ``field`` and ``evidence`` say what and why). They
    are read only where both pool sums are read at once over them and the rows ``known`` (read
    by their words): the principal's parts adding up to the principal that, with the losses,
    takes the beginning balance to the ending one (or, with no total printed, its parts that
    do); a roll-forward alone only where the balances' words name them. Else nothing is read.

    >>> from abs_nb.parse.tokens import tokenize_line
    >>> lines = [tokenize_line(t, i + 1) for i, t in enumerate([
    ...     "Opening Amount   1,000.00   2,000.00", "Scheduled Amortization   10.00   20.00",
    ...     "Payoffs + Curts.   80.00   170.00", "Liquidation Recoveries   10.00   10.00", "All Principal   100.00   200.00",
    ...     "Closing Amount   900.00   1,800.00"])]
    >>> w = Walk(lines)
    >>> proven = rows_by_identities(w, [(ln, ln.label, list(ln.values)) for ln in lines], ["Group 1", "Group 2"], [])
    >>> [proven[no].field for no in sorted(proven)]
    ['beginning_balance', 'scheduled_principal', 'prepayments_and_curtailments', 'liquidation_proceeds', 'total_principal', 'ending_balance']
    """
    v = vocabulary()
    # rows of whole numbers where the pool's amounts print cents count loans: no term of its sums
    cents = prints_cents(w.cells)
    unnamed = [u for u in unnamed if not counts_among_cents([t for t in u[2] if t is not None], cents)]
    cols: list[Column] = []
    for _, label, row in unnamed:
        nums = [(g, t) for t, g in zip(row, columns, strict=True) if t is not None and t.kind == "num" and t.value is not None]
        cols.append(Column(label, None, {g: float(t.value or 0) for g, t in nums}, {g: t.decimals for g, t in nums},
                           hint=v.hint(label, "pool", ("collateral",), POOL_FIELDS)))
    # a reconciliation printing what it takes out of the balance as negatives
    as_amounts([*known, *cols])
    # both sums must hold at once, which no table of figures does by chance: a sum may be
    # read with every term unknown (the roll-forward by parts over three columns or more)
    infer([*known, *cols], pool_sums({c.column for c in w.cells if c.table == "collateral"} | {c.field for c in known}),
          ratios=False, unknowns=ROLL_BY_PARTS if len(columns) >= MANY_COLUMNS else EVERY_TERM)
    proven = {ln.no: c for (ln, _, _), c in zip(unnamed, cols, strict=True)
              if c.status == "pass" and c.field is not None and not c.by_words}
    read = {c.field for c in proven.values()} | {c.field for c in known}
    if not _ROLLED <= read or not _PRINCIPAL & read:
        return {}
    # a roll-forward read alone is the pool's only where the balances' words name them
    named = {c.field for c in proven.values() if c.hint == c.field} | {c.field for c in known}
    if len(read & _PARTS) < 2 and not _ROLLED <= named:
        return {}
    if any(_balance_named_else(c) for c in proven.values()) or _paid_off(list(proven.values()), {c.field or "": c for c in known}):
        return {}
    return proven
