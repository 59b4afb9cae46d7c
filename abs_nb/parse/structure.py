"""Tables found by structure, after the walk: class tables by the alignment of their figures
(down or across), their columns' roles proven by the identities, then pool tables by group,
delinquency tables, and pool rows and runs read by their identities. The walk calls
:func:`read_by_structure` once it has read what its vocabulary recognises.

>>> from abs_nb.parse.engine import walk
>>> w = walk("PAYMENTS\\n\\n Class   Opening    Paid     Closing\\n  A-1  1,000.00  100.00  900.00\\n"
...          "  A-2  2,000.00  200.00  1,800.00\\n")
>>> [(b.found_by, len(b.rows)) for b in w.class_blocks]
[('structure', 2)]
"""

from __future__ import annotations

import math

from abs_nb.parse.class_across import class_tables_across
from abs_nb.parse.class_by_order import class_by_order
from abs_nb.parse.class_lines import read_class_lines
from abs_nb.parse.class_paragraphs import class_paragraphs
from abs_nb.parse.class_prose import class_prose
from abs_nb.parse.class_roles import Scans, assign, per_1000_kind
from abs_nb.parse.delinquency import read_delinquency_lines, read_delinquency_tables
from abs_nb.parse.delinquency_across import read_delinquency_across, read_delinquency_transposed
from abs_nb.parse.delinquency_grid import read_delinquency_grid
from abs_nb.parse.grid import adopt, class_grids, extend_halves
from abs_nb.parse.group_blocks import name_group_blocks
from abs_nb.parse.group_labels import read_group_labels
from abs_nb.parse.group_numbers import number_kind_groups
from abs_nb.parse.groups import read_group_tables
from abs_nb.parse.identities import PER_1000_FOR
from abs_nb.parse.legend import explain_columns
from abs_nb.parse.named_pairs import class_pairs, read_group_pairs
from abs_nb.parse.per_1000_headings import amounts_beside, under_per_1000_heading
from abs_nb.parse.period_columns import read_group_periods, read_period_columns
from abs_nb.parse.pieces import CheckRow, ClassBlock, Walk
from abs_nb.parse.pool_apart import read_pool_apart
from abs_nb.parse.pool_down import read_pool_down
from abs_nb.parse.pool_prose import read_pool_prose
from abs_nb.parse.pool_rows import prove_pool_rows
from abs_nb.parse.pool_runs import read_pool_runs
from abs_nb.parse.row_pairs import two_line_grids
from abs_nb.parse.rows_below import classes_below
from abs_nb.parse.side_by_side import side_by_side
from abs_nb.parse.status_columns import read_status_columns
from abs_nb.parse.summed_total import grand_total, totals_below
from abs_nb.parse.tokens import Line


def read_by_structure(w: Walk) -> None:
    """Class tables the vocabulary did not place, found by the alignment of their
    figures; every column's role proven by the identities (:mod:`abs_nb.parse.roles`).
    A table found so is kept when one of its columns is proven or named."""
    name_group_blocks(w)
    read_pool_down(w)  # rows of loan groups: no class table's
    totals_below(w)  # before the roles are proven: a Total is no class
    _per_1000_by_heading(w)
    pairs = two_line_grids(w)
    taken = {r.line for b in pairs for r in b.rows}
    grids = pairs + class_grids(w, taken) + class_tables_across(w) + class_paragraphs(w)
    grids += class_prose(w, taken | {r.line for b in w.class_blocks + grids for r in b.rows})
    grids += class_pairs(w, taken | {r.line for b in w.class_blocks + grids for r in b.rows})
    grids += class_by_order(w, taken | {r.line for b in w.class_blocks + grids for r in b.rows})
    for b in w.class_blocks + grids:
        side_by_side(b)
    extend_halves(w, grids)
    blocks = w.class_blocks + grids
    explain_columns(w, blocks)  # codes heading columns, named by the report's legend
    scans: Scans = {}  # the blocks' cells, read once for the four passes below
    kinds = per_1000_kind(blocks, scans)
    found = assign(blocks, scans)
    # the amounts the identities proved show which other table holds their per-$1,000
    # figures; its columns then take those fields, and every role is proven again
    later = per_1000_kind(blocks, scans)
    if later:
        found = assign(blocks, scans)
    found = _as_above(blocks, kinds + later + found)
    dropped = {id(g) for g in grids if not any(c.field for c in g.columns)}
    # a labelled table lends its class labels to the stacked halves below it: kept while
    # a half it labels is, even when none of its own columns is proven
    labelled = sorted((b for b in w.class_blocks + grids if b.labelled and b.rows),
                      key=lambda b: b.rows[0].line)
    for g in w.class_blocks + grids:
        if g.labelled or id(g) in dropped or not g.rows:
            continue
        above = [b for b in labelled if b.rows[0].line < g.rows[0].line]
        if above:
            dropped.discard(id(above[-1]))
    kept = [g for g in grids if id(g) not in dropped]
    w.checks += [check for block, check in found if id(block) not in dropped]
    if kept:
        adopt(w, kept)
    classes_below(w)  # (the tables read, their columns named)
    totals_below(w)  # (below the tables found by structure too, their notional classes known by their figures)
    grand_total(w)
    read_group_periods(w)  # (each group's current period: before the groups are read)
    read_group_tables(w)
    read_delinquency_tables(w)
    read_delinquency_lines(w)
    read_delinquency_grid(w)  # (statuses across and down: before the readers of either)
    read_delinquency_across(w)
    read_delinquency_transposed(w)
    read_status_columns(w)
    read_period_columns(w)
    read_group_pairs(w)
    read_pool_runs(w)
    name_group_blocks(w)  # the blocks those runs read
    prove_pool_rows(w)
    read_pool_runs(w, last=True)
    read_pool_apart(w)
    read_pool_prose(w)
    read_group_labels(w)
    read_class_lines(w)
    number_kind_groups(w)


def _as_above(blocks: list[ClassBlock], found: list[tuple[ClassBlock, CheckRow]]) -> list[tuple[ClassBlock, CheckRow]]:
    """A class table found by structure under the same header words as a table above it (a
    table per loan group, each printing its classes): its columns hold what the columns
    of that table hold, where the identities proved no other role (every field once in a
    report, they prove none there). ``found``: the column checks, those of such a table's
    columns replaced."""
    out = list(found)
    ordered = sorted((b for b in blocks if b.rows), key=lambda b: b.rows[0].line)  # in report order
    for k, b in enumerate(ordered):
        names = [c.printed for c in b.columns]
        if b.found_by != "structure" or not b.labelled or not all(names):
            continue
        above = next((a for a in reversed(ordered[:k]) if a.labelled and [c.printed for c in a.columns] == names
                      and any(c.field and not c.unproven for c in a.columns)), None)
        if above is None:
            continue
        # the columns no identity proved that the table above names: their checks replaced
        taking = [(a, c) for a, c in zip(above.columns, b.columns, strict=True)
                  if a.field and not a.unproven and (c.field is None or c.unproven)]
        subjects = {f"{c.printed} (line {b.header_lines[0]})" for _, c in taking}
        out = [(blk, chk) for blk, chk in out if blk is not b or chk.subject not in subjects]
        for a, c in taking:
            c.field, c.type, c.unproven = a.field, a.type, False
            out.append((b, CheckRow(
                "column_role", f"{c.printed} (line {b.header_lines[0]})", math.nan, math.nan, "pass",
                f"{c.field}: the header of the table at line {above.header_lines[0]}, printed again over this one",
                list(b.header_lines))))
    return out


def _per_1000_by_heading(w: Walk) -> None:
    """A class table the walk placed under a heading that says its figures are per $1,000
    (``Distributions per $1,000 Certificate``, words the vocabulary has no heading for) is a
    per-$1,000 table: the amounts its header words name are their per-$1,000 figures. A
    hint, as for a table found by structure: the per-$1,000 checks test it."""
    first_line: dict[int, Line] = {}
    for ln in w.lines:
        first_line.setdefault(ln.no, ln)
    for b in w.class_blocks:
        top = first_line.get(b.header_lines[0]) if b.header_lines else None
        if b.section != "classes" or b.found_by != "header" or top is None or not under_per_1000_heading(w, top):
            continue
        if amounts_beside([c.printed for c in b.columns]):
            continue  # its columns say which figures are per $1,000, amounts beside them: the header rules
        b.section = "per1000"
        for c in b.columns:
            if c.field in PER_1000_FOR:
                c.field, c.type = PER_1000_FOR[c.field], "per1000"
