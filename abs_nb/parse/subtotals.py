"""Subtotals: a figure printed under others that is their sum proves the signs of the
deductions among them.

A statement's reconciliations print what they take out as negatives::

    Scheduled Interest Collected        3,232,950.00
      Servicing Fee                      (227,333.56)
      Trustee Fee                          (3,410.00)
    Interest Remittance Amount          3,002,206.44

Where a line's figure is, to the cent, the sum of the figures of the lines right above it
(as many figures a line, one per loan group and the Total or one, no blank line between,
rules allowed; two lines at least, a positive figure and a negative one among them, the sum
holding in every column), each negative among them is a deduction. A figure
read into a field that is never negative (:data:`~abs_nb.parse.identities.NEVER_NEGATIVE`:
a fee, a shortfall, a part of the principal, a loss) is then its amount, stored positive,
and a ``deduction_signs`` check records the repair with the sum that proves it. A negative
figure no subtotal proves is left as printed, for the checks to flag.

>>> from abs_nb.parse.tokens import tokenize
>>> lines = tokenize("Collected   3,232,950.00\\n Fee   (227,333.56)\\n Other   (3,410.00)\\nNet   3,002,206.44\\n")
>>> deductions(lines)
{2: (1, 3, 4), 3: (1, 3, 4)}
"""

from __future__ import annotations

from decimal import Decimal

from abs_nb.parse.line_shapes import is_rule
from abs_nb.parse.tokens import Line

#: the terms a subtotal adds up at most (a reconciliation's lines between two subtotals)
MOST_TERMS = 12

#: a line's figures: (figure, its decimals) for each column
Figures = tuple[tuple[Decimal, int], ...]


def figures_of(ln: Line, skip: int = 0, none_zero: bool = False) -> Figures | None:
    """The figures of a line of a reconciliation (one per loan group and the Total, or one),
    or None where it prints anything else (a rate, a word among them); its first ``skip``
    figures left out (asides of its label); ``none_zero``: a cell saying there is none
    (``N/A``, ``-``) adds nothing, 0."""
    if len(ln.values) <= skip:
        return None
    out = []
    for t in ln.values[skip:]:
        if none_zero and t.kind == "na":
            out.append((Decimal(0), 0))
            continue
        if t.kind != "num" or t.value is None or t.percent:
            return None
        out.append((t.value, t.decimals))
    return tuple(out)


def _runs(lines: list[Line]) -> list[list[tuple[Line, Figures]]]:
    """Runs of lines printing as many figures each (the line, its figures), rules between
    them allowed."""
    runs: list[list[tuple[Line, Figures]]] = []
    run: list[tuple[Line, Figures]] = []
    for ln in lines:
        f = figures_of(ln)
        if f is not None and run and len(f) != len(run[-1][1]):
            if len(run) >= 3:
                runs.append(run)
            run = []
        if f is not None:
            run.append((ln, f))
        elif not is_rule(ln):
            if len(run) >= 3:
                runs.append(run)
            run = []
    if len(run) >= 3:
        runs.append(run)
    return runs


def _sums(run: list[tuple[Line, Figures]], i: int, j: int, acc: list[Decimal]) -> bool:
    """Do lines ``i`` to ``j - 1`` (their column sums ``acc``) add up to line ``j`` in every
    column, a column holding a positive and a negative figure among its terms?"""
    signed = False
    for c, (total, decimals) in enumerate(run[j][1]):
        # a subtotal worked out before its terms were rounded may differ by a unit of its
        # last printed digit
        if abs(acc[c] - total) > Decimal(1).scaleb(-decimals):
            return False
        terms = [f[c][0] for _, f in run[i:j]]
        signed = signed or (any(v < 0 for v in terms) and any(v > 0 for v in terms))
    return signed


def deductions(lines: list[Line]) -> dict[int, tuple[int, int, int]]:
    """Each line whose negative figures a subtotal proves deductions: line number -> (the
    first and the last line the subtotal adds, the subtotal's line). A line of several
    figures (a column per loan group) is a deduction where the sum holds in every column.
    A row of a cell stream (one cell a line) is keyed by its own line and by the line of each
    negative figure."""
    out: dict[int, tuple[int, int, int]] = {}
    for run in _runs(lines):
        width = len(run[0][1])
        for j in range(2, len(run)):
            acc = [Decimal(0)] * width
            for i in range(j - 1, max(-1, j - 1 - MOST_TERMS), -1):
                for c in range(width):
                    acc[c] += run[i][1][c][0]
                if i < j - 1 and _sums(run, i, j, acc):
                    proof = (run[i][0].no, run[j - 1][0].no, run[j][0].no)
                    for ln, _ in run[i:j]:
                        negative = [t.line_in(ln.no) for t in ln.values if t.value is not None and t.value < 0]
                        for no in dict.fromkeys([ln.no, *negative] if negative else []):
                            out.setdefault(no, proof)
                    break
    return out


__all__ = ["MOST_TERMS", "deductions", "figures_of"]
