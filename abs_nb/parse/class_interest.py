"""The interest a class accrued, what it was shorted, and its rate: read from the columns a
class table's sums left unproven.

A table of interest prints, for each class, the interest accrued at its rate, the part not
paid (a prepayment's or the Relief Act's shortfall, often in brackets) and the interest paid.
Where the interest paid is proven, two columns no reading proved are the interest accrued
and the shortfall when, on every class printing the three (but a class accruing nothing and
short of nothing: Class P paid premiums), the one is the other's amount more than the
interest paid (the shortfall printed positive or as a negative), and on two classes at
least with a shortfall that is not zero (a zero proves nothing); exactly one pair of
columns may so read. The shortfall may be a column whose words name one kind of shortfall
(:data:`SHORTFALLS`): the sum proves it the month's. Where no pair reads so, a third column
not all zeros may be an amount paid besides (a carryover, an earlier shortfall:
:data:`OTHER_PAID`), the shortfall at most the interest accrued on every class; where no
accrual is printed, the rate on the beginning balance may prove the shortfall
(:func:`_shortfall_by_rate`). The rate is then the column with which the interest accrued
is the rate on the beginning balance for the accrual period's days (as
:func:`~abs_nb.parse.roles.rate_days` proves the interest paid's where no shortfall is
printed).

>>> from abs_nb.parse.roles import Column
>>> cols = [Column("Paid", "interest", {"A": 540_539.56, "B": 223_182.08, "C": 0.0}, {"A": 2, "B": 2, "C": 2}, fixed=True),
...         Column("Begin", "beginning_balance", {"A": 108_988_500.46, "B": 45_000_000.0, "C": 0.0}, {"A": 2, "B": 2, "C": 2}, fixed=True),
...         Column("Accrued", None, {"A": 544_942.50, "B": 225_000.00, "C": 0.0}, {"A": 2, "B": 2, "C": 2}),
...         Column("Short", None, {"A": 4_402.94, "B": 1_817.92, "C": 0.0}, {"A": 2, "B": 2, "C": 2}),
...         Column("Rate", None, {"A": 6.0, "B": 6.0, "C": 0.0}, {"A": 5, "B": 5, "C": 5}, percent=True)]
>>> read_class_interest(cols)
>>> [(c.header, c.field) for c in cols[2:]]
[('Accrued', 'accrued_interest'), ('Short', 'interest_shortfall'), ('Rate', 'interest_rate')]
"""

from __future__ import annotations

import bisect
import math
from typing import Final

from abs_nb.parse.roles import (
    ACCRUAL_DAYS,
    MIN_PROVING_ROWS,
    Column,
    coupon_rows,
    rate_days,
    rate_like,
)

#: the fields of a kind of interest shortfall, which header words may name
SHORTFALLS: Final = frozenset({"interest_shortfall", "unpaid_interest_shortfall", "prepayment_interest_shortfall",
                               "relief_act_interest_shortfall", "loss_interest_shortfall"})
#: the interest a class is paid besides the month's accrual (a Net WAC or basis-risk
#: carryover, an earlier period's shortfall): interest paid = accrued - shortfall + it
OTHER_PAID = "other_interest_paid"


def _pair_rows(accrued: Column, short: Column, paid: Column, added: Column | None = None) -> int | None:
    """The classes with a shortfall beyond the figures' rounding on which ``accrued -
    shortfall (+ added) = paid`` (the shortfall's sign as printed either way; ``added``: an
    amount paid besides, a carryover or an earlier shortfall paid, blank for none); None where
    one class printing the three contradicts it (a class accruing nothing and short of
    nothing says nothing)."""
    proving = 0
    for row, a in accrued.values.items():
        s, i = short.values.get(row, math.nan), paid.values.get(row, math.nan)
        if math.isnan(a) or math.isnan(s) or math.isnan(i):
            continue
        if added is not None and not math.isnan(more := added.values.get(row, math.nan)):
            i -= more
            if abs(s) > a:
                return None  # a class is shorted at most the interest it accrued
        tol = accrued.half_unit(row) + short.half_unit(row) + paid.half_unit(row) + 1e-9 + (
            added.half_unit(row) if added is not None else 0.0)
        if abs(a) <= tol and abs(s) <= tol:
            continue  # a class accruing nothing paid other money (prepayment premiums, excess cash flow)
        if abs(a - abs(s) - i) > tol:
            return None
        proving += abs(s) > tol  # a shortfall within the figures' rounding proves nothing, as a zero
    return proving


def read_class_interest(cols: list[Column], tables: dict[int, int] | None = None) -> None:
    """Name the interest accrued, the shortfall and the rate among ``cols`` (module docstring;
    ``tables``: the table each column is of, by the columns' ids)."""
    paid = next((c for c in cols if c.field == "interest" and c.status == "pass"), None)
    if paid is None or any(c.field == "accrued_interest" for c in cols):
        return
    free = [c for c in cols if c.status != "pass" and c.numeric and not c.percent]
    # the shortfall may be named by its header's words already ("Non-Supported Interest Shortfall"),
    # as one kind of shortfall ("Unpaid Int. Shortfall", "Relief Act"): what the sum proves is
    # the month's shortfall
    shorts = free + [c for c in cols if c.field in SHORTFALLS and c.by_words]
    accruing = [a for a in free if all(x >= 0 for x in a.values.values() if not math.isnan(x))]
    found: list[tuple[Column, Column, int, Column | None]] = [
        (a, s, n, None) for a in accruing for s in shorts if a is not s
        and (n := _pair_rows(a, s, paid)) is not None and n >= MIN_PROVING_ROWS]
    if not found:
        # an amount paid besides on some classes (a carryover, an earlier shortfall): a third
        # column, not all zeros (a zero column adds nothing, and any would)
        found = [(a, s, n, x) for a, s, x in _triples(accruing, shorts, [x for x in free if not x.all_zero], paid)
                 if (n := _pair_rows(a, s, paid, x)) is not None and n >= MIN_PROVING_ROWS]
    if len(found) != 1:
        if not found and not _shortfall_by_rate(cols, shorts, paid):
            _no_shortfall(cols, free, paid, tables or {})
        return
    accrued, short, n, added = found[0]
    negative = any(x < 0 for x in short.values.values())
    evidence = (f"{accrued.header!r} less {short.header!r}{' (printed as negatives)' if negative else ''}"
                + (f" plus {added.header!r}" if added is not None else "")
                + f" is the interest paid on {n} classes with a shortfall")
    for col, name in ((accrued, "accrued_interest"), (short, "interest_shortfall"), (added, OTHER_PAID)):
        if col is not None:
            col.field, col.status, col.evidence, col.by_words = name, "pass", evidence, False
    begin = next((c for c in cols if c.field == "beginning_balance" and c.status == "pass"), None)
    if begin is None:
        return
    _effective_rates(cols, begin, accrued, short, paid)
    rates = [c for c in cols if c.status != "pass" and c.numeric and rate_like(c)]
    if any(c.field == "interest_rate" for c in cols):
        return
    proven = [(c, days) for c in rates if (days := rate_days(c, begin, accrued, coupon_rows(c, list(accrued.values))))
              is not None]
    if len(proven) == 1:
        c, days = proven[0]
        c.field, c.status, c.by_words = "interest_rate", "pass", False
        c.evidence = (f"interest accrued = rate x beginning balance x days / 360 on {len(days)} rows "
                      f"(days: {', '.join(map(str, sorted(set(days))))})")
        return
    # no rate proven against the interest accrued (a class accrued at a cap below its rate):
    # the rate its words name, one such column a table
    tables = tables or {}
    named = [c for c in rates if c.prior == "interest_rate"]
    for c in named:
        if sum(tables.get(id(o)) == tables.get(id(c)) for o in named) == 1:
            c.field, c.status, c.by_words = "interest_rate", "pass", True
            c.evidence = "header words; the rate of the interest paid was proven a rate after the shortfall"


def _effective_rates(cols: list[Column], begin: Column, accrued: Column, short: Column, paid: Column) -> None:
    """A rate proven by the interest paid where a shortfall is proven (``accrued - shortfall =
    paid``) is the rate after the shortfall (an effective coupon), not the rate the class
    accrues at, where on the classes shorted it is the rate of the interest paid and not of
    the interest accrued: it is unread, its evidence saying so."""
    shorted = [r for r, v in short.values.items() if not math.isnan(v) and abs(v) > short.half_unit(r)]
    for c in cols:
        if (c.field == "interest_rate" and c.status == "pass" and not c.by_words and not c.fixed
                and rate_days(c, begin, paid, shorted) is not None and rate_days(c, begin, accrued, shorted) is None):
            c.field, c.status = None, "warn"
            c.evidence = (f"the rate of the interest paid after {short.header!r} on {len(shorted)} classes shorted, "
                          f"not the rate they accrue at (best guess: an effective rate)")


__all__ = ["read_class_interest"]


def _triples(accrued: list[Column], shorts: list[Column], added: list[Column], paid: Column,
             ) -> list[tuple[Column, Column, Column]]:
    """The (accrued, shortfall, added) columns, three apart, for which ``accrued - shortfall +
    added = paid`` holds on the first class paid, within two dollars (four whole dollars' rounding): the ones worth
    trying on every class (asked of every class table: each column is looked up by that
    class's figure, not tried against every pair)."""
    out: list[tuple[Column, Column, Column]] = []
    for row, i in paid.values.items():
        if math.isnan(i):
            continue
        # (a blank adds nothing: :func:`_pair_rows` reads it so)
        by_figure = sorted((0.0 if math.isnan(v := c.values.get(row, math.nan)) else v, k) for k, c in enumerate(added))
        keys = [v for v, _ in by_figure]
        for a in accrued:
            for s in shorts:
                x = i - a.values.get(row, math.nan) + abs(s.values.get(row, math.nan))
                if a is s or math.isnan(x):
                    continue
                for _, k in by_figure[bisect.bisect_left(keys, x - 2.0):bisect.bisect_right(keys, x + 2.0)]:
                    if added[k] is not a and added[k] is not s:
                        out.append((a, s, added[k]))
        return out
    return []


def _shortfall_by_rate(cols: list[Column], shorts: list[Column], paid: Column) -> bool:
    """Where no interest accrued is printed: the column (printed positive or as negatives)
    that the interest paid falls short of ``rate x beginning balance x days / 360`` by, on
    every class (one day count, as :func:`~abs_nb.parse.roles.rate_days` proves a rate) and
    on :data:`MIN_PROVING_ROWS` classes with a shortfall at least, where without it the rate
    proves no interest paid; exactly one such column, named the shortfall. Whether one was.

    >>> rate = Column("Rate", "interest_rate", {"A": 5.47, "B": 5.39}, {"A": 5, "B": 5}, percent=True, fixed=True)
    >>> begin = Column("Opening", "beginning_balance", {"A": 236_601_728.72, "B": 92_675_837.25}, {"A": 2, "B": 2},
    ...                fixed=True)
    >>> paid = Column("Interest", "interest", {"A": 1_077_809.31, "B": 415_998.70}, {"A": 2, "B": 2}, fixed=True)
    >>> adj = Column("Adjustment", None, {"A": -700.24, "B": -270.27}, {"A": 2, "B": 2})
    >>> _shortfall_by_rate([rate, begin, paid, adj], [adj], paid), adj.field
    (True, 'interest_shortfall')
    """
    rate = next((c for c in cols if c.field == "interest_rate" and c.status == "pass"), None)
    begin = next((c for c in cols if c.field == "beginning_balance" and c.status == "pass"), None)
    if rate is None or begin is None:
        return False
    found = [(s, n) for s in shorts if (n := _short_of_rate(rate, begin, paid, s)) >= MIN_PROVING_ROWS]
    if len(found) != 1:
        return False
    s, n = found[0]
    s.field, s.status, s.by_words = "interest_shortfall", "pass", False
    s.evidence = (f"the interest paid and it are rate x beginning balance x days / 360 on every class, "
                  f"not zero on {n}")
    return True


def _short_of_rate(rate: Column, begin: Column, paid: Column, short: Column) -> int:
    """How many classes the interest paid falls short of ``rate x begin x days / 360`` by
    ``short`` on (within the figures' rounding, one day count of :data:`ACCRUAL_DAYS` for
    every class, two at most in all), where it holds on every class printing the four,
    counting those where the interest paid alone holds on no day count; 0 where it does not
    hold on one class."""
    days: set[int] = set()
    n = 0
    for r, i in paid.values.items():
        x, b, s = rate.values.get(r, math.nan), begin.values.get(r, math.nan), abs(short.values.get(r, math.nan))
        if math.isnan(x) or math.isnan(b) or math.isnan(s) or math.isnan(i) or x == 0 or b == 0:
            continue
        tol = paid.half_unit(r) + short.half_unit(r)
        rounding = rate.half_unit(r) / 100 * abs(b) + begin.half_unit(r) * abs(x) / 100
        day, alone = _rate_earns(x / 100, b, i, s, tol, rounding)
        if day is None:
            return 0
        days.add(day)
        n += s > tol and not alone  # a class proves it where the interest paid alone is no rate's
    return n if len(days) <= 2 else 0


def _rate_earns(rate: float, beg: float, paid: float, short: float, tol: float, per_year: float,
                ) -> tuple[int | None, bool]:
    """The first day count of :data:`ACCRUAL_DAYS` for which ``rate`` (a fraction) on ``beg``
    earns ``paid`` and ``short`` together, within ``tol`` and ``per_year x days / 360`` (the
    rounding of the rate and the balance: None for none), and whether it earns ``paid`` alone
    for one.

    >>> _rate_earns(0.0547, 236_601_728.72, 1_077_809.31, 700.24, 0.01, 12.0)
    (30, False)
    """
    owed = [(d, rate * beg * d / 360, tol + per_year * d / 360) for d in ACCRUAL_DAYS]
    day = next((d for d, o, e in owed if abs(o - paid - short) <= e), None)
    return day, any(abs(o - paid) <= e for _, o, e in owed)


def shortfall_deducted(row: dict[str, float]) -> str | None:
    """Why a class's interest shortfall printed as a negative (``row``: the class's figures,
    rates as fractions) is printed with a deduction's sign: the interest accrued plus it is
    the interest paid; or, no accrual printed, the rate on the beginning balance earns the
    interest paid and its amount (for a day count of :data:`ACCRUAL_DAYS`), and not the
    interest paid alone. None where neither holds.

    >>> shortfall_deducted({"interest_shortfall": -700.24, "interest_rate": 0.0547,
    ...                     "beginning_balance": 236_601_728.72, "interest": 1_077_809.31})
    'the rate 5.4700% on the beginning balance 236,601,728.72 for 30 days is the interest paid 1,077,809.31 and its amount'
    """
    s, a, i = (row.get(k, math.nan) for k in ("interest_shortfall", "accrued_interest", "interest"))
    if not s < 0:
        return None
    if abs(a + s - i) <= 0.015:
        return f"the interest accrued {a:,.2f} plus it is the interest paid {i:,.2f}"
    rate, beg = row.get("interest_rate", math.nan), row.get("beginning_balance", math.nan)
    if not math.isnan(a) or math.isnan(rate) or math.isnan(beg) or math.isnan(i):
        return None
    # (the rounding of figures whose printed places are not at hand: a cent and a millionth)
    d, alone = _rate_earns(rate, beg, i, abs(s), 0.01, 1e-6 * abs(rate * beg))
    if d is None or alone:
        return None
    return f"the rate {rate:.4%} on the beginning balance {beg:,.2f} for {d} days is the interest paid {i:,.2f} and its amount"


def _no_shortfall(cols: list[Column], free: list[Column], paid: Column, tables: dict[int, int]) -> None:
    """Where a table printing every class's interest paid (a column of the figures of the
    proven one, :data:`MIN_PROVING_ROWS` other than zero at least) prints a column of zeros that
    no reading took and whose words say shortfall (its hint), and no column of a shortfall
    other than zero, that column is the interest shortfall, zero for each (a zero proves no
    role; the words name it, and nothing printed says otherwise). Of several such columns,
    the first."""
    def same(c: Column) -> bool:
        shared = [(r, v, paid.values[r]) for r, v in c.values.items() if r in paid.values and v == v]
        return sum(v != 0 for _, v, _ in shared) >= MIN_PROVING_ROWS and all(
            abs(v - i) <= c.half_unit(r) + paid.half_unit(r) + 1e-9 for r, v, i in shared)

    def shorts(c: Column) -> bool:  # its words or its role say shortfall
        return c.hint == "interest_shortfall" or "shortfall" in (c.field or "")

    paying = {tables[id(c)] for c in cols if id(c) in tables and same(c)}
    # a table printing a shortfall other than zero shorted a class: none of its zeros says none was
    paying -= {tables.get(id(c)) for c in cols if shorts(c) and any(v != 0 for v in c.values.values() if v == v)}
    paying -= {tables.get(id(c)) for c in cols if c.field == "interest_shortfall"}  # (one a table)
    zeros = [c for c in free if tables.get(id(c), -1) in paying and c.hint == "interest_shortfall"
             and len(printed := [v for v in c.values.values() if v == v]) >= MIN_PROVING_ROWS
             and all(v == 0 for v in printed)]
    if zeros:
        c = zeros[0]
        c.field, c.status, c.by_words = "interest_shortfall", "pass", True
        c.evidence = ("its words name a shortfall and it prints none, in a table printing each class's "
                      "interest paid and no shortfall other than zero")
