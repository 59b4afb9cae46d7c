"""Per-$1,000 columns and the original balance they divide by, proven by the numbers.

A per-$1,000 figure of a class is its amount divided by the class's original balance, times
1,000: a column is ``principal_per_1000`` where it is ``principal / original x 1000`` on the
classes (either the figure or the original balance may be the unknown column), or, where no
original balance is printed, where its ratio to the amount equals a known per-$1,000
column's on every class (one original divides both).

>>> from abs_nb.parse.role_column import Column
>>> orig = Column("Orig", "original_balance", {"A": 1000.0, "B": 2000.0}, fixed=True)
>>> prin = Column("Prin", "principal", {"A": 10.0, "B": 50.0}, fixed=True)
>>> per = Column("", None, {"A": 10.0, "B": 25.0})
>>> settle_per_1000([orig, prin, per], ["A", "B"]), per.field
(True, 'principal_per_1000')
"""

from __future__ import annotations

import math

from abs_nb.parse.identities import PER_1000_BASE, PER_1000_OF, rolls
from abs_nb.parse.role_column import MIN_PROVING_ROWS, Column, taken_fields


def settle_per_1000(cols: list[Column], rows: list[str]) -> bool:
    """A per-$1,000 column and the original balance it divides by: ``figure = amount /
    original x 1000`` for an amount already known; either may be the unknown one."""
    taken = taken_fields(cols)
    free = [c for c in cols if c.field is None and c.numeric and not c.percent]
    bases = [taken[PER_1000_BASE]] if PER_1000_BASE in taken else free
    found: list[tuple[str, Column, Column | None, list[str]]] = []
    for col, amount_field in PER_1000_OF.items():
        amount = taken.get(amount_field)
        if amount is None:
            continue
        for c in ([taken[col]] if col in taken else free):
            for base in bases:
                if base is c or base is amount or (c.field is not None and base.field is not None):
                    continue
                proving = _per_1000_rows(c, amount, base, rows)
                if proving is not None and _enough(proving, c):
                    found.append((col, c, base, proving))
    if PER_1000_BASE not in taken:
        found.extend(_per_1000_by_ratio(taken, free, rows))
    if not found:
        # nothing read against an original balance or a known per-$1,000 column: two unknown
        # columns may prove each other (a reading of its own would rival those above)
        found.extend(_unknown_pairs(taken, free, rows))
    changed = False
    base_of: Column | None = taken.get(PER_1000_BASE)
    for col, c, divisor, proving in found:
        rivals = [f for f in found if f[1] is c and (f[0] is not col or f[2] is not divisor)]
        if rivals and c.prior != col:
            continue  # the figures read two ways: the header words must choose, or nothing is taken
        if divisor is None:  # read against another per-$1,000 column: no original balance printed
            if c.field is None:
                c.field, c.status = col, "pass"
                c.evidence = (f"{col} / {PER_1000_OF[col]} is the same per class as another per-$1,000 "
                              f"column's figure / amount (one original balance divides both) on {len(proving)} rows")
                changed = True
            continue
        if c.field not in (None, col) or (base_of is not None and divisor is not base_of):
            continue
        base_of = divisor
        evidence = f"{col} = {PER_1000_OF[col]} / original x 1000 on {len(proving)} rows"
        if c.field is None:
            c.field, c.status, c.evidence = col, "pass", evidence
            changed = True
        if divisor.field is None:
            divisor.field, divisor.status, divisor.evidence = PER_1000_BASE, "pass", f"the original balance of {evidence}"
            changed = True
    return changed


def _per_1000_by_ratio(taken: dict[str, Column], free: list[Column], rows: list[str],
                       ) -> list[tuple[str, Column, Column | None, list[str]]]:
    """Per-$1,000 readings where no original balance is printed: every per-$1,000 figure of
    a class divides its amount by the same original balance, so an unknown column ``c`` is
    ``col`` where ``c / amount(col)`` equals a known per-$1,000 column's ``figure / amount``
    on every row (cross-multiplied, within the printed rounding of the four figures)."""
    known = [(taken[f], taken[a]) for f, a in PER_1000_OF.items() if f in taken and a in taken]
    out: list[tuple[str, Column, Column | None, list[str]]] = []
    if not known:
        return out
    for col, amount_field in PER_1000_OF.items():
        amount = taken.get(amount_field)
        if amount is None or col in taken:
            continue
        for c in free:
            for k, k_amount in known:
                proving = _proportional_rows(c, amount, k, k_amount, rows)
                if proving is not None and _enough(proving, c):
                    out.append((col, c, None, proving))
                    break
    return out


def _unknown_pairs(taken: dict[str, Column], free: list[Column], rows: list[str],
                   ) -> list[tuple[str, Column, Column | None, list[str]]]:
    """Per-$1,000 readings of two unknown columns where no per-$1,000 column is known and no
    original balance printed: ``c1 / amount1 = c2 / amount2`` on every class (one original
    balance divides both), the original balance so implied (``amount / figure x 1000``) never
    below the class's beginning balance where that is known."""
    beginning = taken.get("beginning_balance")
    columns = [*taken.values(), *free]
    # (field, its amount, a column that may be that field's per-$1,000 figure)
    candidates = [(f, taken[a], c) for f, a in PER_1000_OF.items() if a in taken and f not in taken
                  for c in free if _above_balance(c, taken[a], beginning, rows)
                  and not _a_factor(c, taken[a], columns, rows)]
    out: list[tuple[str, Column, Column | None, list[str]]] = []
    for f1, a1, c1 in candidates:
        for f2, a2, c2 in candidates:
            if f1 == f2 or c1 is c2:
                continue
            proving = _proportional_rows(c1, a1, c2, a2, rows)
            if proving is not None and len(proving) >= MIN_PROVING_ROWS:
                out.append((f1, c1, None, proving))
    return out


def _above_balance(c: Column, amount: Column, beginning: Column | None, rows: list[str]) -> bool:
    """Is ``amount / c x 1000`` (the original balance a per-$1,000 figure implies) at least
    the beginning balance on every class that rolls and prints both, within the rounding of
    the three figures (a class paid nothing yet implies its original balance, to the cent)?"""
    if beginning is None:
        return True
    for r in rows:
        v, a, b = c.values.get(r, math.nan), amount.values.get(r, math.nan), beginning.values.get(r, math.nan)
        if not rolls(r) or math.isnan(v) or math.isnan(a) or math.isnan(b) or v == 0 or a == 0:
            continue
        # the largest original the printed figures allow, each off by half its last unit
        low = abs(v) - c.half_unit(r)
        if low > 0 and 1000 * (abs(a) + amount.half_unit(r)) / low < abs(b) - beginning.half_unit(r):
            return False
    return True


def _a_factor(c: Column, amount: Column, columns: list[Column], rows: list[str]) -> bool:
    """Is ``c`` the amount over another column printed beside it, not times 1,000 (a factor,
    ``0.399599355``, of the original balance printed), on :data:`MIN_PROVING_ROWS` rows at
    least and none against? Two factors are proportional as two per-$1,000 figures are: the
    scale tells them apart where the original balance is printed.

    >>> orig = Column("Orig", None, {"A": 1000.0, "B": 2000.0})
    >>> end = Column("End", "ending_balance", {"A": 400.0, "B": 2000.0})
    >>> _a_factor(Column("F", None, {"A": 0.4, "B": 1.0}), end, [orig, end], ["A", "B"])
    True
    >>> _a_factor(Column("F", None, {"A": 400.0, "B": 1000.0}), end, [orig, end], ["A", "B"])
    False
    """
    for o in columns:
        if o is c or o is amount or not o.numeric or o.percent:
            continue
        agree = 0
        for r in rows:
            v, a, d = c.values.get(r, math.nan), amount.values.get(r, math.nan), o.values.get(r, math.nan)
            if math.isnan(v) or math.isnan(a) or math.isnan(d) or d == 0 or v == 0:
                continue
            if abs(v - a / d) > c.half_unit(r) + amount.half_unit(r) / abs(d) + 1e-9:
                agree = -1
                break
            agree += 1
        if agree >= MIN_PROVING_ROWS:
            return True
    return False


def _proportional_rows(c: Column, amount: Column, k: Column, k_amount: Column, rows: list[str]) -> list[str] | None:
    """Rows where ``c x k_amount = k x amount`` with every figure non-zero, or None when a
    row contradicts it (or ``c`` is no per-$1,000 figure of a class that rolls)."""
    proving: list[str] = []
    for r in rows:
        v, a, kv, ka = (c.values.get(r, math.nan), amount.values.get(r, math.nan),
                        k.values.get(r, math.nan), k_amount.values.get(r, math.nan))
        if math.isnan(v) or math.isnan(a):
            continue
        if rolls(r) and abs(v) > MAX_PER_1000:
            return None
        if math.isnan(kv) or math.isnan(ka) or kv == 0 or ka == 0:
            continue
        tol = (c.half_unit(r) * abs(ka) + k.half_unit(r) * abs(a) + k_amount.half_unit(r) * abs(v)
               + amount.half_unit(r) * abs(kv))
        if abs(v * ka - kv * a) > tol + 1e-9 * abs(v * ka):
            return None
        if a != 0 and v != 0:
            proving.append(r)
    return proving


def per_1000_tally(c: Column, amount: Column, base: Column) -> tuple[int, int]:
    """(rows where ``c`` is ``amount / base x 1000`` with a non-zero amount and figure, rows
    where it is not)."""
    agree = against = 0
    for r in c.values:
        holds = _per_1000_holds(c, amount, base, r)
        if holds is None:
            continue
        if holds:
            agree += amount.values[r] != 0 and c.values[r] != 0
        else:
            against += 1
    return agree, against


def _per_1000_holds(c: Column, amount: Column, base: Column, r: str) -> bool | None:
    """Is ``c`` on row ``r`` its ``amount / base x 1000``, within the figures' rounding (and,
    for a class that rolls, no more than :data:`MAX_PER_1000`)? None where a figure is
    missing or the base is zero."""
    v, a, o = c.values.get(r, math.nan), amount.values.get(r, math.nan), base.values.get(r, math.nan)
    if math.isnan(v) or math.isnan(a) or math.isnan(o) or o == 0:
        return None
    if rolls(r) and abs(v) > MAX_PER_1000:
        return False
    expected = a / o * 1000
    return abs(v - expected) <= c.half_unit(r) + amount.half_unit(r) * 1000 / abs(o) + 1e-9 * abs(expected)


# a class that rolls never pays or owes much more than its original balance: its per-$1,000
# figures stay near 1,000 at most (a reading with a larger one has figure and base swapped)
MAX_PER_1000 = 1100.0


# the significant digits a per-$1,000 figure must print for one row to prove its reading:
# a figure of so many digits matches an amount / original x 1000 by chance less than once
# in a million readings
PRECISE_DIGITS = 7


def _enough(proving: list[str], c: Column) -> bool:
    """Rows enough to prove a per-$1,000 reading: :data:`MIN_PROVING_ROWS`, or one where the
    figure prints :data:`PRECISE_DIGITS` significant digits (``14.87875578``: the one class
    of a table that paid principal this month).

    >>> _enough(["A"], Column("", None, {"A": 14.87875578}, {"A": 8})), _enough(["A"], Column("", None, {"A": 14.88}, {"A": 2}))
    (True, False)
    """
    if len(proving) >= MIN_PROVING_ROWS:
        return True
    if len(proving) != 1:
        return False
    r = proving[0]
    value, decimals = c.values.get(r, math.nan), c.decimals.get(r)
    if decimals is None or not math.isfinite(value):
        return False
    return len(str(round(abs(value) * 10 ** decimals)).lstrip("0")) >= PRECISE_DIGITS


def _per_1000_rows(c: Column, amount: Column, base: Column, rows: list[str]) -> list[str] | None:
    """Rows where ``c`` is ``amount / base x 1000`` with a non-zero amount and figure, or None
    when a row contradicts it. A figure printed as zero proves nothing: it agrees with any
    amount small enough beside its base to round to zero."""
    proving: list[str] = []
    for r in rows:
        holds = _per_1000_holds(c, amount, base, r)
        if holds is False:
            return None
        if holds and amount.values[r] != 0 and c.values[r] != 0:
            proving.append(r)
    return proving
