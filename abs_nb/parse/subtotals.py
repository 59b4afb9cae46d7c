"""Subtotals: a figure printed under others that is their sum proves the signs of the
deductions among them.

A statement's reconciliations print what they take out as negatives::

    Scheduled Interest Collected        3,232,950.00
      Servicing Fee                      (227,333.56)
      Trustee Fee                          (3,410.00)
    Interest Remittance Amount          3,002,206.44

Where a line's figure is, to the cent, the sum of the figures of the lines right above it
(one figure a line, no blank line between, rules allowed; two lines at least, a positive
figure and a negative one among them), each negative among them is a deduction. A figure
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
from abs_nb.parse.tokens import Line, Token

#: the terms a subtotal adds up at most (a reconciliation's lines between two subtotals)
MOST_TERMS = 12


def _figure(ln: Line) -> Token | None:
    """The one figure of a line of a reconciliation, or None."""
    if len(ln.values) != 1:
        return None
    t = ln.values[0]
    return t if t.kind == "num" and t.value is not None and not t.percent else None


def _runs(lines: list[Line]) -> list[list[tuple[int, Decimal, int]]]:
    """Runs of lines of one figure each (line number, figure, its decimals), rules between
    them allowed."""
    runs: list[list[tuple[int, Decimal, int]]] = []
    run: list[tuple[int, Decimal, int]] = []
    for ln in lines:
        t = _figure(ln)
        if t is not None and t.value is not None:
            run.append((ln.no, t.value, t.decimals))
        elif not is_rule(ln):
            if len(run) >= 3:
                runs.append(run)
            run = []
    if len(run) >= 3:
        runs.append(run)
    return runs


def deductions(lines: list[Line]) -> dict[int, tuple[int, int, int]]:
    """Each line whose negative figure a subtotal proves a deduction: line number -> (the
    first and the last line the subtotal adds, the subtotal's line)."""
    out: dict[int, tuple[int, int, int]] = {}
    for run in _runs(lines):
        for j in range(2, len(run)):
            total = run[j][1]
            # a subtotal worked out before its terms were rounded may differ by a unit of its
            # last printed digit
            unit = Decimal(1).scaleb(-run[j][2])
            acc = Decimal(0)
            for i in range(j - 1, max(-1, j - 1 - MOST_TERMS), -1):
                acc += run[i][1]
                terms = [v for _, v, _ in run[i:j]]
                if i < j - 1 and abs(acc - total) <= unit and any(v < 0 for v in terms) and any(v > 0 for v in terms):
                    for no, v, _ in run[i:j]:
                        if v < 0:
                            out.setdefault(no, (run[i][0], run[j - 1][0], run[j][0]))
                    break
    return out


__all__ = ["MOST_TERMS", "deductions"]
