"""Class interest: ``interest = rate x balance x days / 360 - interest shortfall``.

The Bond Market Association / SIFMA *Uniform Practices, Standard Formulas* (chapter SF):
a floating-rate class accrues on actual days over 360, a fixed-rate or IO class on 30/360.
The day count is found from the numbers, never assumed: per class table, the one actual
count (:data:`~abs_nb.parse.identities.ACCRUAL_DAYS`) under which the most rows hold,
each row holding with it or with 30; the check's detail says which count each class took.

The balance is the class's beginning balance (for an IO class, its notional balance); a
class that is not an IO class may accrue on the pool's beginning balance instead (an O/C
class ``X``, under whatever label a REMIC tier prints it:
:data:`~abs_nb.parse.identities.NOTIONAL_BASES`); the detail names the balance used. Where the shortfall is
printed, the interest paid is the interest accrued less it. Tolerance: half a unit of the
printed precision of the interest and of the shortfall, and of the rate and the balance
carried through the product. The check covers (:mod:`abs_nb.checks.coverage`) only the
figures a change of one unit in their last printed digit would take beyond that tolerance:
a rate printed to 3 decimals does not prove the cents of the interest.

>>> from abs_nb.parse.assemble import Parsed
>>> from abs_nb.checks._core import Context
>>> p = Parsed(class_order=["A-1", "M-1"],
...            classes={"A-1": {"interest_rate": 0.015, "beginning_balance": 358770937.0, "interest": 448464.0},
...                     "M-1": {"interest_rate": 0.0202, "beginning_balance": 44140000.0, "interest": 74302.0}})
>>> for k in [("classes", c, f) for c in p.class_order for f in ("interest_rate", "beginning_balance", "interest")]:
...     p.decimals[k] = 5 if k[2] == "interest_rate" else 0
>>> cx = Context(p); class_interest(cx)
>>> [(r.subject, r.status) for r in cx.rows]
[('A-1', 'pass'), ('M-1', 'pass')]
>>> p.classes["M-1"]["interest"] = 75302.0
>>> cx = Context(p); class_interest(cx); cx.rows[1].status
'fail'
"""

from __future__ import annotations

from dataclasses import dataclass

from abs_nb.checks._core import Context, known, status
from abs_nb.parse.identities import (
    ACCRUAL_DAYS,
    FLOATING_COUPON,
    INTEREST,
    INTEREST_SHORTFALL,
    NOTIONAL_BASES,
    RATE_CAPS,
    THIRTY,
)
from abs_nb.parse.pieces import CheckRow

Key = tuple[str, str, str]


@dataclass
class _Row:
    label: str
    rate: float
    interest: float
    shortfall: float  # NaN where not printed
    bases: list[tuple[str, float, Key]]  # (what the balance is, its value, where it was printed)


def _reading(cx: Context, r: _Row, days: int) -> tuple[float, float, str, Key] | None:
    """(expected interest, tolerance, balance named, its key) of the first balance under
    which ``r`` holds at ``days``; None when none does."""
    for name, base, key in r.bases:
        expected, tol = _expected(cx, r, base, key, days)
        if abs(expected - r.interest) <= tol + 1e-12 * max(1.0, abs(expected)):
            return expected, tol, name, key
    return None


def _expected(cx: Context, r: _Row, base: float, key: Key, days: int) -> tuple[float, float]:
    rate_key, int_key, sf_key = ("classes", r.label, "interest_rate"), ("classes", r.label, "interest"), ("classes", r.label, INTEREST_SHORTFALL)
    frac = days / 360
    expected = r.rate * base * frac - (r.shortfall if known(r.shortfall) else 0.0)
    tol = (cx.half_unit_at(int_key) + (cx.half_unit_at(sf_key) if known(r.shortfall) else 0.0)
           + cx.rate_half_unit_at(rate_key) * abs(base) * frac + cx.half_unit_at(key) * abs(r.rate) * frac)
    return expected, tol


def _rows(cx: Context, labels: list[str]) -> list[_Row]:
    """The rows the identity can be checked on: a class paid interest on a balance the
    table does not print (an IO class whose notional it leaves 0 or blank) is not one;
    its rate and interest are then listed by the ``unverified`` check."""
    interest_col, rate_col, balance_col = INTEREST
    rows = []
    for lab in labels:
        rate, intr = cx.get("classes", lab, rate_col), cx.get("classes", lab, interest_col)
        if not known(rate, intr):
            continue
        sf = cx.get("classes", lab, INTEREST_SHORTFALL)
        bkey = ("classes", lab, balance_col)
        beg = cx.get_at(bkey)
        notional = bool(cx.p.classes[lab].get("notional"))
        bases = []
        if known(beg):
            bases.append(("notional balance" if notional else "beginning balance", beg, bkey))
        if not notional:
            bases += [("pool beginning balance", cx.get_at(k), k) for k in NOTIONAL_BASES if known(cx.get_at(k))]
        if not bases or (rate != 0 and intr != 0 and all(b == 0 for _, b, _ in bases)):
            continue
        rows.append(_Row(lab, rate, intr, sf, bases))
    return rows


def _days_held(cx: Context, r: _Row) -> set[int]:
    """The day counts (of :data:`ACCRUAL_DAYS`) under which ``r`` holds with one of its
    balances: interest = rate x balance x days / 360 - shortfall within the rounding, which
    grows with the days (the terms of :func:`_expected`, taken apart once)."""
    rate_key, int_key, sf_key = ("classes", r.label, "interest_rate"), ("classes", r.label, "interest"), ("classes", r.label, INTEREST_SHORTFALL)
    shortfall = r.shortfall if known(r.shortfall) else 0.0
    fixed_tol = cx.half_unit_at(int_key) + (cx.half_unit_at(sf_key) if known(r.shortfall) else 0.0)
    held: set[int] = set()
    first, last = ACCRUAL_DAYS[0], ACCRUAL_DAYS[-1]
    for _, base, key in r.bases:
        per_day = r.rate * base / 360
        tol_per_day = (cx.rate_half_unit_at(rate_key) * abs(base) + cx.half_unit_at(key) * abs(r.rate)) / 360
        # |per_day x d - (shortfall + interest)| <= fixed_tol + tol_per_day x d is linear in d:
        # it holds on one interval of days; the days within a day of it are then tested
        owed = shortfall + r.interest
        lo, hi = float(first), float(last)
        for slope, bound, upper in ((per_day - tol_per_day, owed + fixed_tol, True),
                                    (per_day + tol_per_day, owed - fixed_tol, False)):
            if slope == 0:
                if (bound < 0) if upper else (bound > 0):
                    lo, hi = 1.0, 0.0
                continue
            edge = bound / slope
            if upper == (slope > 0):
                hi = min(hi, edge)
            else:
                lo = max(lo, edge)
        for d in ACCRUAL_DAYS:
            if d < lo - 1 or d > hi + 1:
                continue
            expected = per_day * d - shortfall
            if abs(expected - r.interest) <= fixed_tol + tol_per_day * d + 1e-12 * max(1.0, abs(expected)):
                held.add(d)
    return held


def _actual_days(cx: Context, rows: list[_Row]) -> int:
    """The actual day count of a table: the one under which the most rows hold (each with
    it or with 30); among equals, the one the most rows hold with by themselves, then 30."""
    best: tuple[int, int, int] | None = None
    day = THIRTY
    held_by_row = [_days_held(cx, r) for r in rows]
    thirty = [THIRTY in h for h in held_by_row]
    for d in ACCRUAL_DAYS:
        own = [d in h for h in held_by_row]
        # own and thirty have one entry per row (zip with strict=... is a generic call compiled)
        held = sum(a or b for a, b in zip(own, thirty))  # noqa: B905
        # rows that hold with d and not with 30 are what d explains
        score = (held, sum(a and not b for a, b in zip(own, thirty)), d == THIRTY)  # noqa: B905
        if best is None or score > best:
            best, day = score, d
    return day


def class_interest(cx: Context) -> None:
    """One ``class_interest`` check per class with a printed rate, balance and interest
    (see the module doc)."""
    p = cx.p
    tables: dict[object, list[str]] = {}
    for lab in p.class_order:
        tables.setdefault(p.classes[lab].get("class_table", 1), []).append(lab)
    for labels in tables.values():
        rows = _rows(cx, labels)
        if not rows:
            continue
        day = _actual_days(cx, rows)
        actual = [r.label for r in rows if day != THIRTY and _reading(cx, r, THIRTY) is None
                  and _reading(cx, r, day) is not None]
        counts = (f"this table's day count: {day} actual days ({', '.join(actual)}), every other class 30/360"
                  if actual else "this table's day count: 30/360")
        for r in rows:
            rate_key, int_key, sf_key = ("classes", r.label, "interest_rate"), ("classes", r.label, "interest"), ("classes", r.label, INTEREST_SHORTFALL)
            held = next(((d, got) for d in (THIRTY, day) if (got := _reading(cx, r, d)) is not None), None)
            if held is not None:
                d, (expected, tol, name, key) = held
            else:
                # the nearest reading, to show how far off the printed interest is
                cands = [(_expected(cx, r, b, k, d), n, k, d) for n, b, k in r.bases for d in dict.fromkeys((THIRTY, day))]
                (expected, tol), name, key, d = min(cands, key=lambda c: abs(c[0][0] - r.interest))
            less = f" - interest shortfall {r.shortfall:,.2f}" if known(r.shortfall) else ""
            # each figure with what one unit of its last printed digit moves the interest by
            frac = d / 360
            terms = [(int_key, 2 * cx.half_unit_at(int_key)), (rate_key, 2 * cx.rate_half_unit_at(rate_key) * abs(cx.get_at(key)) * frac),
                     (key, 2 * cx.half_unit_at(key) * abs(r.rate) * frac)]
            if known(r.shortfall):
                terms.append((sf_key, 2 * cx.half_unit_at(sf_key)))
            # a figure covered: one a change of one unit in its last digit would take beyond the
            # tolerance (a cent of interest is not proven by a rate printed to 3 decimals)
            before = {k for k, _ in terms if k in cx.covered}
            lines = cx.lines_at([k for k, _ in terms])
            cx.covered.difference_update(k for k, step in terms if step <= tol and k not in before)
            cx.add("class_interest", r.label, expected, r.interest, tol,
                   f"interest = rate {r.rate:.6%} x {name} {cx.get_at(key):,.2f} x {d}/360{less}; {counts}", lines)


def floating_coupon(cx: Context) -> None:
    """One ``floating_coupon`` check per class with a printed rate and margin, where the deal
    prints its index: rate = index + margin, to half a unit of the rate's printed precision
    (the sum of two printed figures is exact; only the rate may round it). A rate below it
    passes where the class's printed cap (:data:`~abs_nb.parse.identities.RATE_CAPS`) equals
    the rate: the cap binds. Below it with no such cap is a ``warn`` (a cap the report does not
    print may bind); above it, a ``fail`` (no floater pays more than index + margin).

    >>> from abs_nb.parse.assemble import Parsed
    >>> p = Parsed(class_order=["A-1"], classes={"A-1": {"interest_rate": 0.0695125, "margin": 0.003}},
    ...            deal={"index_rate": 0.0665125})
    >>> p.decimals.update({("classes", "A-1", "interest_rate"): 5, ("classes", "A-1", "margin"): 5,
    ...                    ("deal", "deal", "index_rate"): 5})
    >>> cx = Context(p); floating_coupon(cx); cx.rows[0].status
    'pass'
    >>> p.deal["index_rate"] = 0.0665025
    >>> cx = Context(p); floating_coupon(cx); cx.rows[0].status
    'fail'
    """
    rate_col, margin_col, index_col = FLOATING_COUPON
    index_key = ("deal", "deal", index_col)
    index = cx.get_at(index_key)
    if not known(index):
        return
    for lab in cx.p.class_order:
        rate_key, margin_key = ("classes", lab, rate_col), ("classes", lab, margin_col)
        rate, margin = cx.get_at(rate_key), cx.get_at(margin_key)
        if not known(rate, margin):
            continue
        expected = round(index + margin, 12)  # the sum as printed, less the float noise
        tol = cx.rate_half_unit_at(rate_key) + 1e-12
        said = f"rate = {index_col} {index:.6%} + margin {margin:.6%}"
        caps = [(c, k) for c in RATE_CAPS if known(cap := cx.get_at(k := ("classes", lab, c))) and abs(cap - rate) <= tol]
        if abs(rate - expected) <= tol or rate < expected and caps:
            keys = [rate_key, margin_key, index_key] if abs(rate - expected) <= tol else [rate_key, caps[0][1]]
            # a figure whose last digit can move by one within the tolerance is not proven by it
            before = set(cx.covered)
            lines = cx.lines_at(keys)
            cx.covered.difference_update(k for k in keys if 2 * cx.rate_half_unit_at(k) <= tol and k not in before)
            detail = said if abs(rate - expected) <= tol else f"{said} is above the rate: the class's {caps[0][0]} binds"
            cx.rows.append(CheckRow("floating_coupon", lab, expected, rate, "pass", detail, lines))
            continue
        why = ("below it, and no cap rate of the class is printed at the rate: a cap the report does not print may bind"
               if rate < expected else "above it: a floating rate is never above its index + margin")
        cx.rows.append(CheckRow("floating_coupon", lab, expected, rate,
                                "warn" if rate < expected else "fail", f"{said}; the rate printed is {why}",
                                cx.where(rate_key, margin_key, index_key)))


# a pool's interest shortfall that the certificates bear, by the class column of each
# class's share: (class column, printed total it equals, printed total it is at most)
ALLOCATED_SHORTFALLS: tuple[tuple[str, tuple[Key, ...], tuple[Key, ...]], ...] = (
    # Relief Act shortfalls are borne in full (no servicer covers them): the pool's and the
    # deal's aggregate are the classes' shares added up
    ("relief_act_interest_shortfall",
     (("collateral", "Total", "relief_act_interest_shortfall"), ("deal", "deal", "relief_act_interest_shortfall")),
     ()),
    # the certificates bear the *net* prepayment interest shortfall (what compensating
    # interest did not cover): the pool's net figure is their sum; a deal's aggregate may be
    # the gross shortfall, at least the net
    ("prepayment_interest_shortfall",
     (("collateral", "Total", "prepayment_interest_shortfall"),),
     (("deal", "deal", "prepayment_interest_shortfall"),)),
)


def shortfall_allocation(cx: Context) -> None:
    """``shortfall_allocation``: the interest shortfalls the pool passes to the certificates
    are shared among the classes, so the classes' shares add up to the pool's figure
    (Relief Act shortfalls, the net prepayment interest shortfall) and to no more than a
    deal's aggregate prepayment interest shortfall, which may be the gross one. Every class
    with a share printed counts. Tolerance: half a unit of each figure's printed precision;
    the check covers only the figures a one-unit change of their last digit would take beyond
    it (:meth:`~abs_nb.checks._core.Context.lines_proven`), and the bound covers none.

    >>> from abs_nb.parse.assemble import Parsed
    >>> from abs_nb.checks._core import Context
    >>> p = Parsed(class_order=["A-1", "X"], classes={"A-1": {"relief_act_interest_shortfall": 0.0},
    ...            "X": {"relief_act_interest_shortfall": 0.0}}, collateral={"Total": {"relief_act_interest_shortfall": 0.0}})
    >>> for k in [("classes", "A-1", "relief_act_interest_shortfall"), ("classes", "X", "relief_act_interest_shortfall")]:
    ...     p.decimals[k] = 2
    >>> p.decimals[("collateral", "Total", "relief_act_interest_shortfall")] = 0
    >>> cx = Context(p); shortfall_allocation(cx); [(r.subject, r.status) for r in cx.rows]
    [('pool Total relief_act_interest_shortfall', 'pass')]
    >>> p.classes["X"]["relief_act_interest_shortfall"] = 5.0
    >>> cx = Context(p); shortfall_allocation(cx); [(r.subject, r.status, r.expected, r.actual) for r in cx.rows]
    [('pool Total relief_act_interest_shortfall', 'fail', 5.0, 0.0)]
    """
    p = cx.p
    for col, equal_to, at_most in ALLOCATED_SHORTFALLS:
        keys = [("classes", lab, col) for lab in p.class_order if known(cx.get("classes", lab, col))]
        if not keys:
            continue
        shares = sum(cx.get_at(k) for k in keys)
        names = ", ".join(k[1] for k in keys)
        for tk in equal_to:
            total = cx.get_at(tk)
            if known(total):
                where = "pool Total" if tk[0] == "collateral" else "deal"
                tol = cx.tol(keys + [tk])
                cx.add("shortfall_allocation", f"{where} {col}", shares, total, tol,
                       f"{where} {col} = the classes' shares ({names})", cx.lines_proven(tol, *keys, tk))
        for tk in at_most:
            total = cx.get_at(tk)
            tol = cx.tol(keys + [tk])
            if known(total) and shares - total > tol + 1e-12 * max(1.0, abs(total)):
                # a bound: the figures inside it are not thereby proven (not covered)
                cx.rows.append(CheckRow(
                    "shortfall_allocation", f"deal {col}", total, shares, status(total, shares, tol),
                    f"the classes' shares ({names}) add up to more than the deal's aggregate {col}: "
                    "the certificates bear at most the shortfall there is", cx.where(*keys, tk)))
