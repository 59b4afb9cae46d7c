"""Losses printed negative where the pool's reconciliation proved its loss a deduction.

A report that prints the amounts taken out of the pool as negatives (its reconciliation
proves it: :func:`abs_nb.parse.assemble` repairs those) prints the same loss so in its other
tables too: the classes' losses, their Total's, the deal's line. Where those negatives are
that loss (the classes' adding up to it), each is stored as the amount it is and a
``deduction_signs`` check records the repair; a negative loss that is no such amount (a
recovery) stays as printed.

>>> rows = [("classes", "X", {"realized_loss": -58211.40}, "realized_loss"),
...         ("deal", "deal", {"realized_losses": -58211.40}, "realized_losses")]
>>> [c.actual for c in same_loss_signs(rows, 58211.40, {})], rows[0][2]
([58211.4, 58211.4], {'realized_loss': 58211.4})
"""

from __future__ import annotations

from typing import Final

from abs_nb.parse.pieces import CheckRow

#: how near, per figure, the negatives' amounts stand to the pool's loss (half a cent each)
HALF_CENT: Final = 0.005

Row = tuple[str, str, dict[str, object], str]  # (table, row, its values, the loss's field)


def _negative(vals: dict[str, object], field: str) -> float | None:
    v = vals.get(field)
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) and v < 0 else None


def same_loss_signs(rows: list[Row], loss: float, provenance: dict[tuple[str, str, str], tuple[int, int, int]]) -> list[CheckRow]:
    """Repair the negative losses of ``rows`` that are the pool's ``loss`` (a row's alone,
    or the classes' together); returns the checks."""
    out: list[CheckRow] = []
    classes = [(r, v) for r in rows if r[0] == "classes" and (v := _negative(r[2], r[3])) is not None]
    whole = [(r, v) for r in rows if r[0] != "classes" and (v := _negative(r[2], r[3])) is not None
             and abs(-v - loss) <= HALF_CENT]
    parts = classes if classes and abs(-sum(v for _, v in classes) - loss) <= HALF_CENT * len(classes) else []
    for (table, row, vals, field), v in parts + whole:
        vals[field] = -v
        where = provenance.get((table, row, field))
        out.append(CheckRow(
            "deduction_signs", f"{table} {row} {field}", v, -v, "repaired",
            f"printed {v:,.2f}: the pool's reconciliation proves its loss of {loss:,.2f} printed as a deduction, "
            f"and this is that loss" + (" (with the other classes')" if len(parts) > 1 and table == "classes" else "")
            + f"; stored as the amount {-v:,.2f}", [where[0]] if where else []))
    return out


__all__ = ["same_loss_signs"]
