"""Bounds a printed figure cannot cross, where no identity restates it.

A bound is weaker than an identity: it fails a figure that crosses it and says nothing of
one that stays inside, so a figure within its bound is not thereby checked. These checks
write a row only when a bound is crossed (``fail``, or ``warn`` within a dollar), and they
cover no figure (:mod:`abs_nb.checks.coverage` still lists what only a bound guards).

- **Class balances never rise above the original balance.** A class whose balance follows
  its flows (ending = beginning - principal - realized loss: not an IO class, whose
  notional follows a schedule, nor ``X``, ``P``, ``R``; :func:`abs_nb.parse.identities.rolls`)
  starts at its original balance and only pays down, so its beginning and ending balances
  are at most its original balance. Left out: a class that accretes (deferred interest
  added to its balance, printed and not 0), one with no original face (printed 0: an O/C or
  residual class under another label), and the classes of a further class table (a REMIC
  tier, whose O/C or accrual interests may grow under any label).
- **Principal never exceeds the balance it pays down.** The principal and realized loss of
  any class together are at most its beginning balance (no balance goes below 0; an IO
  class is paid no principal, a residual or O/C class at most what it holds), which holds
  where the ending balance is not printed.
- **Interest is a small share of the balance it accrues on.** A class that pays down is paid
  at most :data:`MAX_MONTH_RATE` of its beginning balance as interest in a period (a quarter's
  interest at 50% a year): a column of larger figures read as its interest is some other
  amount (an original balance under a misnamed header).
- **A coupon is at most 100% a year.** A class's interest rate above it is no coupon: the
  "effective" rate of a class of a tiny balance paid a premium, or a misread figure (``warn``:
  the figure may be the one printed, and no reading of a coupon).
- **A delinquency status with no loans has no balance.** A count of 0 beside a balance or
  a market value that is not 0 cannot both be right.
- **Delinquent loans are loans of the pool.** The loans of each status, and of the day
  buckets together (30-59, 60-89 and 90+ days, which no loan is in twice), are at most
  the pool's loan count: the ending count of the group of that name, or of the pool Total.
- **The pool backs the certificates.** The certificates that pay down from their face are
  paid from the pool: their balances together stand within a few percent of the pool's
  (the O/C is a small share of it), and a pool Total below half of theirs, at the
  beginning or the end of the period, is no reading of the pool's balance (a line of
  another table that keeps the same sum, say).
- **Cumulative losses include this period's.** The realized losses since the startup day
  are at least the realized losses of the period (the deal's and the pool Total's).

The tolerance is half a unit of the printed precision of each figure compared (counts are
exact), as for the identities (:mod:`abs_nb.checks._core`).

>>> from abs_nb.parse.assemble import Parsed
>>> from abs_nb.checks._core import Context
>>> p = Parsed(class_order=["M-1"], classes={"M-1": {"original_balance": 9630000.0,
...            "beginning_balance": 9630000.0, "principal": 0.0, "ending_balance": 9630000.0}})
>>> for col in p.classes["M-1"]:
...     p.decimals[("classes", "M-1", col)] = 2
>>> cx = Context(p); class_balances(cx); cx.rows
[]
>>> p.classes["M-1"]["original_balance"] = 9030000.0
>>> cx = Context(p); class_balances(cx)
>>> [(r.check, r.subject, r.status) for r in cx.rows]
[('class_balance_bound', 'M-1 beginning_balance', 'fail'), ('class_balance_bound', 'M-1 ending_balance', 'fail')]
"""

from __future__ import annotations

from abs_nb.checks._core import Context, known, status
from abs_nb.parse.identities import rolls
from abs_nb.parse.pieces import CheckRow

Key = tuple[str, str, str]

# the delinquency statuses by days past due: no loan is in two of them
DAY_BUCKETS = ("30-59", "60-89", "90+")


def _crosses(cx: Context, value: float, bound: float, keys: list[Key]) -> float | None:
    """The tolerance (the rounding of ``keys``) when ``value`` exceeds ``bound`` beyond it;
    None otherwise. Asked first, so that a row's text is written only for a row."""
    tol = cx.tol(keys)
    if value - bound <= tol + 1e-12 * max(1.0, abs(bound)):
        return None
    return tol


def _at_most(cx: Context, check: str, subject: str, value: float, bound: float, keys: list[Key],
             tol: float, detail: str) -> None:
    """The row of ``value`` crossing ``bound`` (:func:`_crosses` gave ``tol``)."""
    cx.rows.append(CheckRow(check, subject, bound, value, status(bound, value, tol), detail, cx.where(*keys)))


def _pays_down(row: dict[str, object], label: str) -> bool:
    """Is this a certificate that only pays down from its face? Not an IO class, nor one whose
    balance does not follow its flows (:func:`~abs_nb.parse.identities.rolls`), nor a class of
    a further class table (a REMIC tier's O/C or accrual interest may grow, whatever its label)."""
    return not row.get("notional") and rolls(label) and row.get("class_table", 1) == 1


def class_balances(cx: Context) -> None:
    """``class_balance_bound``: beginning and ending balance at most the original balance,
    principal + realized loss at most the beginning balance (see the module doc)."""
    p = cx.p
    for label in p.class_order:
        deferred = cx.get("classes", label, "deferred_interest")
        if known(deferred) and deferred != 0:
            continue  # an accreting class: its balance grows by the interest deferred
        ok, orig = ("classes", label, "original_balance"), cx.get("classes", label, "original_balance")
        if known(orig) and orig > 0 and _pays_down(p.classes[label], label):
            for col in ("beginning_balance", "ending_balance"):
                k = ("classes", label, col)
                v = cx.get_at(k)
                tol = _crosses(cx, v, orig, [k, ok]) if known(v) else None
                if tol is not None:
                    _at_most(cx, "class_balance_bound", f"{label} {col}", v, orig, [k, ok], tol,
                             f"a class that pays down never has a {col.replace('_', ' ')} ({v:,.2f}) above its "
                             f"original balance ({orig:,.2f}): one of the two is misprinted or misread")
        bk, beg = ("classes", label, "beginning_balance"), cx.get("classes", label, "beginning_balance")
        pk, prin = ("classes", label, "principal"), cx.get("classes", label, "principal")
        if known(beg, prin):
            lk, loss = ("classes", label, "realized_loss"), cx.get("classes", label, "realized_loss")
            out = prin + (loss if known(loss) else 0.0)
            tol = _crosses(cx, out, beg, [pk, lk, bk])
            if tol is not None:
                _at_most(cx, "class_balance_bound", f"{label} principal", out, beg, [pk, lk, bk], tol,
                         f"principal{' + realized loss' if known(loss) else ''} ({out:,.2f}) above the beginning "
                         f"balance ({beg:,.2f}) would leave a balance below 0")
        ik, interest = ("classes", label, "interest"), cx.get("classes", label, "interest")
        if known(beg, interest) and beg > 0 and _pays_down(p.classes[label], label):
            bound = beg * MAX_MONTH_RATE
            tol = _crosses(cx, interest, bound, [ik, bk])
            if tol is not None:
                _at_most(cx, "class_balance_bound", f"{label} interest", interest, bound, [ik, bk], tol,
                         f"a month's interest ({interest:,.2f}) above {MAX_MONTH_RATE:.0%} of the beginning balance "
                         f"({beg:,.2f}), a rate above {12 * MAX_MONTH_RATE:.0%} a year: one of the two is misread")


def class_rates(cx: Context) -> None:
    """``class_rate_bound``: a class's interest rate at most :data:`MAX_COUPON` (see the
    module doc).

    >>> from abs_nb.parse.assemble import Parsed
    >>> p = Parsed(class_order=["A", "P"], classes={"A": {"interest_rate": 0.015},
    ...            "P": {"interest_rate": 49485.24}})
    >>> p.decimals.update({("classes", c, "interest_rate"): 6 for c in ("A", "P")})
    >>> cx = Context(p); class_rates(cx); [(r.subject, r.status) for r in cx.rows]
    [('P interest_rate', 'warn')]
    """
    for label in cx.p.class_order:
        k = ("classes", label, "interest_rate")
        rate = cx.get_at(k)
        if known(rate) and _crosses(cx, rate, MAX_COUPON, [k]) is not None:
            cx.rows.append(CheckRow(
                "class_rate_bound", f"{label} interest_rate", MAX_COUPON, rate, "warn",
                f"a rate of {rate:.2%} a year is no coupon: an effective rate (a premium paid on a tiny "
                f"balance) or a misread figure; it is kept as printed", cx.where(k)))


#: the highest rate a year a class's coupon can be
MAX_COUPON = 1.0


#: the most a class's interest for one period can be of its beginning balance (50% a year,
#: twice any coupon these certificates pay, a quarter's at most)
MAX_MONTH_RATE = 0.125


def delinquency(cx: Context) -> None:
    """``delinquency_bound``: no balance without loans; no more delinquent loans than the
    pool holds (see the module doc)."""
    p = cx.p
    for (group, st) in p.delinquency:
        rk = f"{group} {st}"
        ck = ("delinquency", rk, "count")
        n = cx.get_at(ck)
        if not known(n) or n != 0:
            continue
        for col in ("balance", "market_value"):
            k = ("delinquency", rk, col)
            v = cx.get_at(k)
            if known(v) and v != 0:
                cx.rows.append(CheckRow("delinquency_bound", f"{rk} {col}", 0.0, v, status(0.0, v, cx.tol([k])),
                                        f"{st}: a count of 0 loans with a {col.replace('_', ' ')} of {v:,.2f}: "
                                        "a status with no loans has none", cx.where(ck, k)))
    for group in dict.fromkeys(g for g, _ in p.delinquency):
        pool_group = group if group in p.collateral else "Total"
        pk = ("collateral", pool_group, "ending_count")
        loans = cx.get_at(pk)
        if pool_group not in p.collateral or not known(loans):
            continue
        counts = {st: cx.get("delinquency", f"{group} {st}", "count") for g, st in p.delinquency if g == group}
        pool_name = "the pool" if pool_group == "Total" else pool_group
        for st, n in counts.items():
            tol = _crosses(cx, n, loans, [("delinquency", f"{group} {st}", "count"), pk]) if known(n) else None
            if tol is not None:
                _at_most(cx, "delinquency_bound", f"{group} {st} count", n, loans,
                         [("delinquency", f"{group} {st}", "count"), pk], tol,
                         f"{n:,.0f} loans {st} in {group}, more than the {loans:,.0f} loans of {pool_name}")
        buckets = [st for st in DAY_BUCKETS if known(counts.get(st, float("nan")))]
        if len(buckets) >= 2:
            total = sum(counts[st] for st in buckets)
            keys = [("delinquency", f"{group} {st}", "count") for st in buckets] + [pk]
            tol = _crosses(cx, total, loans, keys)
            if tol is not None:
                _at_most(cx, "delinquency_bound", f"{group} {' + '.join(buckets)} count", total, loans, keys, tol,
                         f"{total:,.0f} loans {', '.join(buckets)} days delinquent in {group} (no loan is in two "
                         f"of these), more than the {loans:,.0f} loans of {pool_name}")


def cumulative_losses(cx: Context) -> None:
    """``loss_bound``: the cumulative realized losses are at least this period's (see the
    module doc).

    >>> from abs_nb.parse.assemble import Parsed
    >>> p = Parsed(deal={"realized_losses": 4429.0, "cumulative_realized_losses": 4424.0})
    >>> cx = Context(p); cumulative_losses(cx); [(r.check, r.subject, r.status) for r in cx.rows]
    [('loss_bound', 'deal realized_losses', 'fail')]
    """
    ck = ("deal", "deal", "cumulative_realized_losses")
    cumulative = cx.get_at(ck)
    if not known(cumulative):
        return
    for k in (("deal", "deal", "realized_losses"), ("collateral", "Total", "realized_losses")):
        v = cx.get_at(k)
        tol = _crosses(cx, v, cumulative, [k, ck]) if known(v) else None
        if tol is not None:
            where = "deal" if k[0] == "deal" else "pool Total"
            _at_most(cx, "loss_bound", f"{where} realized_losses", v, cumulative, [k, ck], tol,
                     f"the period's realized losses ({v:,.2f}) above the cumulative realized losses "
                     f"({cumulative:,.2f}), which include them")


MIN_BACKING = 0.5  # the least share of the certificates' balance the pool's balance can be


def pool_backs_classes(cx: Context) -> None:
    """``pool_bound``: the pool's Total balance, beginning and ending, is at least
    :data:`MIN_BACKING` of the balance of the certificates paying down (see the module doc).

    >>> from abs_nb.parse.assemble import Parsed
    >>> p = Parsed(class_order=["A-1", "M-1"], classes={"A-1": {"ending_balance": 80.0e6},
    ...            "M-1": {"ending_balance": 20.0e6}}, collateral={"Total": {"ending_balance": 2.79e6}})
    >>> cx = Context(p); pool_backs_classes(cx); [(r.check, r.subject, r.status) for r in cx.rows]
    [('pool_bound', 'pool Total ending_balance', 'fail')]
    """
    labels = [lab for lab in cx.p.class_order if _pays_down(cx.p.classes.get(lab, {}), lab)]
    for side in ("beginning_balance", "ending_balance"):
        pool = cx.get("collateral", "Total", side)
        keys = [("classes", lab, side) for lab in labels if known(cx.get("classes", lab, side))]
        if not known(pool) or not keys:
            continue
        certificates = sum(cx.get_at(k) for k in keys)
        if pool >= MIN_BACKING * certificates:
            continue
        pk = ("collateral", "Total", side)
        cx.rows.append(CheckRow(
            "pool_bound", f"pool Total {side}", MIN_BACKING * certificates, pool, "fail",
            f"the pool's {side} ({pool:,.2f}) is less than half the {side} of the certificates it pays "
            f"({certificates:,.2f}): not the pool's balance", cx.where(pk, *keys)))
