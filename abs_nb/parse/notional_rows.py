"""Classes whose balance the numbers prove notional, whatever their names.

An interest-only class prints a notional balance: it pays no principal, yet its balance
falls with the classes it follows, and the Total leaves it out. Its name need not say so
(``A-X``, ``S``, ``1-X``). Two identities prove it together:

- the class's balance falls by more than the principal and loss it prints (a residual or
  O/C class, whose balance follows no flows, is no such class), and
- the Total printed under every balance column it prints (two at least) is the sum of the
  other classes, so that the class is exactly what the classes' sum exceeds the Total by.

Either alone proves nothing (a class whose loss went unprinted falls unpaid; a Total may
leave out a residual class). A class so proven is notional, and a ``notional_class`` check
says why.

>>> classes = {
...     "A-1": {"original_balance": 100.0, "beginning_balance": 90.0, "principal": 5.0, "ending_balance": 85.0},
...     "A-X": {"original_balance": 40.0, "beginning_balance": 36.0, "principal": 0.0, "ending_balance": 34.0},
...     "B": {"original_balance": 10.0, "beginning_balance": 10.0, "principal": 0.0, "ending_balance": 10.0}}
>>> totals = {"original_balance": 110.0, "beginning_balance": 100.0, "ending_balance": 95.0}
>>> [c.subject for c in proven_notional(["A-1", "A-X", "B"], classes, totals, {}, {})], classes["A-X"]["notional"]
(['A-X'], True)
"""

from __future__ import annotations

import math

from abs_nb.parse.identities import NOT_ROLLED
from abs_nb.parse.pieces import CheckRow

Key = tuple[str, str, str]

#: the balance columns whose Total may leave a class out
BALANCES = ("original_balance", "beginning_balance", "ending_balance")
#: the fewest balance columns whose Totals must leave the class out
MIN_COLUMNS = 2


def _number(x: object) -> float | None:
    return float(x) if isinstance(x, (int, float)) and not math.isnan(float(x)) else None


def _half(decimals: dict[Key, int], key: Key) -> float:
    """Half a unit of the last decimal printed (cents where not known)."""
    return 0.5 * 10.0 ** -decimals.get(key, 2)


def _residual(label: str) -> bool:
    """A residual or O/C class, whose balance follows no flows (``X``, ``P``, ``R-II``, ``2-CE``);
    a letter after a class's (``A-X``) names a strip, which may be notional."""
    up = label.upper()
    last = up.replace(" ", "-").split("-")[-1]
    return up in NOT_ROLLED or up.startswith("R-") or (last in NOT_ROLLED and last != "X")


def _falls_unpaid(vals: dict[str, object], tol: float) -> bool:
    """Does the class's balance fall by more than the principal and loss it prints?"""
    beg, end = _number(vals.get("beginning_balance")), _number(vals.get("ending_balance"))
    if beg is None or end is None:
        return False  # nothing proves it
    prin = _number(vals.get("principal"))
    if prin is None:
        return False  # no principal printed: nothing says the balance fell unpaid
    return beg - prin - (_number(vals.get("realized_loss")) or 0.0) - end > tol


def proven_notional(class_order: list[str], classes: dict[str, dict[str, object]], totals: dict[str, object],
                    decimals: dict[Key, int], provenance: dict[Key, tuple[int, int, int]]) -> list[CheckRow]:
    """Set the ``notional`` flag of the class of the first class table proven notional (see
    the module docstring), if one is; returns its ``notional_class`` check."""
    members = [lab for lab in class_order
               if classes[lab].get("class_table", 1) == 1 and not classes[lab].get("notional")]
    candidates = [lab for lab in members if not _residual(lab)]
    cols = [c for c in BALANCES if _number(totals.get(c)) is not None]
    if len(cols) < MIN_COLUMNS or len(members) < 2:
        return []
    excess: dict[str, float] = {}
    slack: dict[str, float] = {}
    for c in cols:
        known = [(lab, v) for lab in members if (v := _number(classes[lab].get(c))) is not None]
        excess[c] = sum(v for _, v in known) - (_number(totals.get(c)) or 0.0)
        slack[c] = sum(_half(decimals, ("classes", lab, c)) for lab, _ in known) + _half(decimals, ("totals", "Total", c))
    out: list[str] = []
    for lab in candidates:
        vals = classes[lab]
        own = [_number(vals.get(c)) for c in cols]
        if any(v is None for v in own) or sum(1 for v in own if v) < MIN_COLUMNS:
            continue  # a zero proves nothing
        if not all(abs(excess[c] - (v or 0.0)) <= slack[c] for c, v in zip(cols, own, strict=True)):
            continue
        tol = sum(_half(decimals, ("classes", lab, c)) for c in ("beginning_balance", "principal", "ending_balance"))
        if _falls_unpaid(vals, tol):
            out.append(lab)
    if len(out) != 1:
        return []  # two classes each the whole excess: the numbers tell neither
    lab = out[0]
    classes[lab]["notional"] = True
    lines = sorted({provenance[k][0] for c in cols for k in (("classes", lab, c), ("totals", "Total", c))
                    if k in provenance})
    return [CheckRow("notional_class", lab, math.nan, math.nan, "pass",
                     f"{lab}'s balance is notional: the Total leaves it out of {', '.join(cols)} (each the "
                     "other classes' sum) and its balance falls by more than the principal and loss it "
                     "prints", lines)]


__all__ = ["BALANCES", "MIN_COLUMNS", "proven_notional"]
