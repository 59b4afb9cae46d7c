"""Per-$1,000 figures printed in brackets beside their amounts.

Some reports print a class's figure per $1,000 of original balance in brackets, right after
the amount it divides (``35,900.95 (0.338688)``): the brackets set the figure apart, they are
no minus. A per-$1,000 figure is below zero only where its amount is. Where one printed below
zero is, by its magnitude, its amount divided by the class's original balance times 1,000 (to
half a unit of its last printed decimal, and the amount's cent), and the amount is not below
zero, it is stored as that magnitude and a ``bracket_signs`` check records the repair. Any
other negative is left as printed, for the checks to judge.

>>> classes = {"A-1": {"interest": 35_900.95, "interest_per_1000": -0.338688, "original_balance": 106_000_000.0}}
>>> [c.status for c in repair_per_1000_signs(classes, {}, {})], classes["A-1"]["interest_per_1000"]
(['repaired'], 0.338688)
>>> classes = {"A-1": {"interest": 35_900.95, "interest_per_1000": -0.5, "original_balance": 106_000_000.0}}
>>> repair_per_1000_signs(classes, {}, {}), classes["A-1"]["interest_per_1000"]
([], -0.5)
"""

from __future__ import annotations

import math

from abs_nb.parse.identities import PER_1000_BASE, PER_1000_OF
from abs_nb.parse.pieces import CheckRow


def _number(v: object) -> float:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else math.nan


def repair_per_1000_signs(classes: dict[str, dict[str, object]],
                          provenance: dict[tuple[str, str, str], tuple[int, int, int]],
                          decimals: dict[tuple[str, str, str], int]) -> list[CheckRow]:
    """Store as their magnitudes the per-$1,000 figures of ``classes`` printed in brackets
    (module docstring); one ``bracket_signs`` check per figure repaired."""
    out: list[CheckRow] = []
    for label, vals in classes.items():
        original = _number(vals.get(PER_1000_BASE))
        if not original > 0:
            continue
        for per, amount_field in PER_1000_OF.items():
            v, amount = _number(vals.get(per)), _number(vals.get(amount_field))
            if not v < 0 or not amount >= 0:
                continue
            places = decimals.get(("classes", label, per), 6)
            expected = amount / original * 1000
            if abs(-v - expected) > 0.5 * 10.0 ** -places + 0.005 / original * 1000 + 1e-12:
                continue
            vals[per] = -v
            where = provenance.get(("classes", label, per))
            out.append(CheckRow(
                "bracket_signs", f"{label} {per}", v, -v, "repaired",
                f"printed ({-v:,.{places}f}) beside its amount {amount:,.2f}: that amount / the original balance "
                f"{original:,.2f} x 1,000 is {expected:,.{places}f}, and a figure per $1,000 is below zero only "
                f"where its amount is, so the brackets set it apart; stored as {-v:,.{places}f}",
                [where[0]] if where else []))
    return out
