"""Blocks of lines per loan group named by their titles, where the same table repeats.

A report may print its pool's figures in a block of lines per group, each under a title
standing alone::

    Fixed Collateral                          ARM
    ----------------                          ---
    Opening Collateral Balance   300,222.56   Opening Collateral Balance   344,744.39
    Scheduled Prin                   827.70   Scheduled Prin                2,011.37

The walk names a block's group where its title holds a group's name (``GROUP II``,
``Total Pool``); a title of other words (``FIXED``, ``Second Lien``) names none, and the
block's figures land in the pool's Total, printed twice. The structure says otherwise: two
blocks or more whose figures are the same pool figures (two at least in common) are the same
table, one per group; the title of each such block the walk named no group is then the
group's name (:func:`~abs_nb.parse.groups.named_group`: ``Fixed Collateral`` is ``Fixed``),
when every such title gives one, each a different one. The block's pool figures move to
that group; its deal figures are the group's: a pool figure (the WAC, the loan count) goes
to the group's column, and so does an amount or a count (the groups' add up to the Total's,
the deal's); any other (a rate) stays listed among the unread.

>>> from abs_nb.parse.engine import walk
>>> rows = "Beginning Balance ......   1,000.00\\nScheduled Principal ....      10.00\\nEnding Balance .........     990.00\\n"
>>> w = walk("COLLATERAL\\n\\nFixed Rate Loans\\n" + rows + "\\nARM Loans\\n" + rows + "\\nTotal Pool\\n" + rows)
>>> sorted({c.row for c in w.cells if c.table == "collateral"})
['ARM', 'Fixed Rate', 'Total']
"""

from __future__ import annotations

import math
from bisect import bisect_right

from abs_nb.parse.groups import titled_groups
from abs_nb.parse.identities import POOL_FIGURE_COLUMN, SUMMED_KINDS, group_column
from abs_nb.parse.pieces import Cell, CheckRow, Unmapped, Walk

#: pool figures two blocks must both print to be the same table
SHARED = 2


def name_group_blocks(w: Walk) -> None:
    """Name the blocks of the walk's ``block_groups`` that repeat another's table by their
    titles (module docstring), with a ``group_blocks`` check."""
    if len(w.block_groups) < 2 or all(g for _, g in w.block_groups):
        return
    starts = [at for at, _ in w.block_groups]
    ends = starts[1:] + [math.inf]
    fields: list[set[str]] = [set() for _ in starts]
    for c in w.cells:  # each pool figure in the block whose heading is the last above it
        if c.table == "collateral" and (k := bisect_right(starts, c.line) - 1) >= 0:
            fields[k].add(c.column)
    unnamed = [k for k, (_, g) in enumerate(w.block_groups) if not g and fields[k]]
    if not unnamed:
        return
    printing = [k for k in range(len(fields)) if fields[k]]
    family = [k for k in printing if any(j != k and len(fields[k] & fields[j]) >= SHARED for j in printing)]
    unnamed = [k for k in unnamed if k in family]
    if not unnamed or len(family) < 2:
        return
    titled = {w.block_groups[k][0] for k in family}
    text = {ln.no: ln.raw.strip() for ln in w.lines if ln.no in titled}
    names = titled_groups([text.get(w.block_groups[k][0], "") for k in unnamed],
                          {w.block_groups[k][1] for k in family if w.block_groups[k][1]})
    if names is None:
        return
    moved: list[Cell] = []
    for k, name in zip(unnamed, names, strict=True):
        start, end = w.block_groups[k][0], ends[k]
        w.block_groups[k] = (start, name)
        for c in w.cells:
            if not start <= c.line < end:
                continue
            if c.table == "collateral" and c.row == "Total":
                c.row = name
            elif c.table == "delinquency" and c.row.startswith("Total\x1f"):
                c.row = name + c.row[len("Total"):]
            elif c.table == "deal":
                moved.append(c)
                # the group's own figure: a pool figure's, or a deal amount's or count's (the
                # groups' add up to the Total's, the deal's)
                column = group_column(c.column) if c.column in POOL_FIGURE_COLUMN or c.type in SUMMED_KINDS else None
                if column is not None:
                    w.cells.append(Cell("collateral", name, column, c.type, c.line, c.token, c.text, c.span))
                else:
                    w.unmapped.append(Unmapped(c.line, c.column, [c.token.text if c.token else c.text or ""],
                                               f"a figure of {name}'s block of lines: the deal's is the Total's"))
    if moved:
        gone = {id(c) for c in moved}
        w.cells = [c for c in w.cells if id(c) not in gone]
    w.checks.append(CheckRow(
        "group_blocks", f"pool blocks at line {w.block_groups[family[0]][0]}", math.nan, math.nan, "pass",
        f"{len(family)} blocks of lines print the same pool figures, one per group: the blocks titled "
        + ", ".join(f"{text.get(w.block_groups[k][0], '')!r}" for k in unnamed)
        + f" are the groups {', '.join(names)}", [w.block_groups[k][0] for k in family]))


__all__ = ["SHARED", "name_group_blocks"]
