"""The interest net of the servicing fee, proven by the reconciliation it closes.

A pool's interest block prints what was collected, the fees taken out of it, and what is
left::

    Scheduled Interest                  2,540,026.73    3,176,913.65    5,716,940.38
       Less: Servicing Fee                149,885.74      193,251.39      343,137.13
       Less: Trustee Fee                    4,496.57        5,797.54       10,294.11
    Interest Remittance Amount          2,385,644.42    2,977,864.72    5,363,509.14

Its last line is the interest net of the fees, whatever its words (``Net Interest
Remittance Amount``, ``Interest Collected (net of servicing fee)``): where a line no field
was read from, whose words name interest, is in every column the sum of the lines right above
it (a deduction printed negative, or positive after a word saying so, ``Less``, or naming a
fee, which is paid out of the interest), and the servicing fee read from the pool is among
the deductions, the line is the pool's
``scheduled_interest_net``, each column its group's, with a ``row_role`` check naming the
lines that prove it.

>>> import abs_nb
>>> f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\\n\\nScheduled Interest        5,716,940.38\\n"
...                      "  Less: Servicing Fee       343,137.13\\nNet Interest Remitted     5,373,803.25\\n")
>>> float(f.collateral.loc["Total", "scheduled_interest_net"])
5373803.25
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Final

from abs_nb.parse.line_shapes import is_rule
from abs_nb.parse.pieces import CheckRow, Walk
from abs_nb.parse.spelling import words_of
from abs_nb.parse.subtotals import MOST_TERMS, figures_of
from abs_nb.parse.tokens import Line

#: the first words of a label that say its figure is taken out ("Less: Servicing Fee")
DEDUCTING: Final = frozenset({"less", "minus"})
#: a fee is paid out of the interest, never into it: a line naming one is a deduction
FEE: Final = "fee"
#: the word a label of the interest left must hold
INTEREST: Final = "interest"

Where = tuple[int, int, int]


def _asides(ln: Line) -> int:
    """How many rates a line prints before its amounts: its label's asides
    (``Servicing Fee (0.50%)``), no terms of a sum of amounts; 0 where it prints rates only."""
    n = 0
    while n < len(ln.values) and ln.values[n].percent:
        n += 1
    return n if n < len(ln.values) else 0


def _figures(ln: Line, term: bool = True) -> list[Decimal] | None:
    """A line's figures, as a ``term`` of the sum each with the sign it enters it with (else as
    printed), the rates before its amounts left out (:func:`_asides`); None where it prints
    anything else."""
    figures = figures_of(ln, _asides(ln), none_zero=True)  # (a cell printing N/A adds nothing)
    if figures is None:
        return None
    words = words_of(ln.label)
    sign = -1 if term and words and (words[0] in DEDUCTING or FEE in words) else 1
    return [-abs(v) if sign < 0 else v for v, _ in figures]


def interest_net(w: Walk, fees: dict[str, tuple[int, int]], unread: set[int]) -> list[tuple[str, Line, int, CheckRow]]:
    """The groups' interest net of the fees: (group, the line, the column of its figure, the
    check) for each group of ``fees`` (group -> where its servicing fee was read from: the
    figure's own line and its start in it), the line one of ``unread`` (the lines nothing was
    read from)."""
    if not fees:
        return []
    rows, at = _rows_at(w)
    out: list[tuple[str, Line, int, CheckRow]] = []
    for group, where in fees.items():
        if where not in at:
            continue
        k, col = at[where]
        col -= _asides(rows[k])  # the fee's column, as the block's other lines print it
        found = _closing(rows, k)
        if found is None or found[0].no not in unread:
            continue
        last, first = found
        out.append((group, last, col + _asides(last), CheckRow(
            "row_role", f"{last.label} (line {last.no})", math.nan, math.nan, "pass",
            f"scheduled_interest_net: in every column the sum of lines {first.no} to {rows[rows.index(last) - 1].no} "
            f"(the interest less the fees, the servicing fee of line {rows[k].no} among them): the interest net of "
            "the fees", [first.no, last.no])))
    return out


def _rows_at(w: Walk) -> tuple[list[Line], dict[tuple[int, int], tuple[int, int]]]:
    """The lines an interest block may hold (rules left out), and where each figure stands
    among them: (its line, its start) -> (row, column)."""
    rows = [ln for ln in w.lines if ln.values or not is_rule(ln)]
    return rows, {(t.line_in(ln.no), t.start): (k, c) for k, ln in enumerate(rows) for c, t in enumerate(ln.values)}


def repair_fee_signs(w: Walk, collateral: dict[str, dict[str, object]], deal: dict[str, object],
                     provenance: dict[tuple[str, str, str], Where], starts: list[int]) -> list[CheckRow]:
    """Store as its magnitude each group's servicing fee printed negative (``(75,684.30)``)
    where the interest block it stands in closes with the fee taken out (the interest less
    the fees is the line below them): the sign said it was deducted. The deal's fee read
    from the same figure with it; a ``deduction_signs`` check (repaired) each.

    >>> import abs_nb
    >>> f = abs_nb.load_text("COLLATERAL\\n                            GROUP I     GROUP II         TOTAL\\n"
    ...     "Gross Interest         1,574,916.38   924,113.07  2,499,029.45\\n"
    ...     "  Servicing Fee         (75,684.30)  (46,828.77)  (122,513.07)\\n"
    ...     "Interest Remittance    1,499,232.08   877,284.30  2,376,516.38\\n")
    >>> f.collateral["servicing_fee"].to_dict()
    {'Group 1': 75684.3, 'Group 2': 46828.77, 'Total': 122513.07}
    """
    negative = {g: where for g, vals in collateral.items()
                if isinstance(v := vals.get("servicing_fee"), float) and v < 0
                and (where := provenance.get(("collateral", g, "servicing_fee"))) is not None}
    if not negative:
        return []
    rows, at = _rows_at(w)
    out: list[CheckRow] = []
    for g, where in negative.items():
        k = at.get((where[0], where[1] - starts[where[0] - 1]))
        found = None if k is None else _closing(rows, k[0])
        if found is None:
            continue
        printed = float(collateral[g]["servicing_fee"])  # type: ignore[arg-type]
        collateral[g]["servicing_fee"] = -printed
        if g == "Total" and provenance.get(("deal", "deal", "servicing_fee")) == where:
            deal["servicing_fee"] = -printed
        out.append(CheckRow("deduction_signs", f"collateral {g} servicing_fee", -printed, printed, "repaired",
                            f"the servicing fee is printed negative, {printed:,.2f}, in an interest block whose "
                            f"line {found[0].no} is the interest less the fees: taken out, it is stored as "
                            f"{-printed:,.2f}", [where[0], found[0].no]))
    return out


def _closing(rows: list[Line], k: int) -> tuple[Line, Line] | None:
    """The line below row ``k`` (a fee) that closes the interest block it stands in, and the
    block's first line."""
    width = len(rows[k].values) - _asides(rows[k])
    for j in range(k + 1, min(len(rows), k + MOST_TERMS + 1)):
        total = _figures(rows[j], term=False)
        if total is None or len(total) != width:
            return None
        words = words_of(rows[j].label)
        if INTEREST not in words or words[:1] == ["less"] or FEE in words and "net" not in words:
            continue
        acc = [Decimal(0)] * width
        for i in range(j - 1, max(-1, j - 1 - MOST_TERMS), -1):
            terms = _figures(rows[i])
            if terms is None or len(terms) != width:
                break
            acc = [a + t for a, t in zip(acc, terms, strict=True)]
            if i < k:
                unit = [Decimal(1).scaleb(-v.decimals) for v in rows[j].values[_asides(rows[j]):]]
                if all(abs(a - t) <= u for a, t, u in zip(acc, total, unit, strict=True)):
                    return rows[j], rows[i]
    return None


__all__ = ["DEDUCTING", "interest_net", "repair_fee_signs"]
