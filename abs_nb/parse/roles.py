"""What a class-table column holds, proven by the accounting identities.

A column is a vector of figures keyed by class. Its role is the field under which the
identities of :mod:`abs_nb.parse.identities` hold on the table's rows: the reading in which
``beginning = principal + loss + ending`` and ``total = principal + interest`` hold, in which
a figure is ``amount / original x 1000``, or in which ``interest = rate x beginning x days /
360`` for a day count of a month (25 to 35 days). Header words (matched as word sets by the vocabulary) are
priors: they break ties between readings the numbers allow alike, and name what no identity
covers (a CUSIP, a rate printed with ``%``). A row proves an identity only when every term it
adds is non-zero (a zero proves nothing); a reading needs one such row, two rows holding it
in all (a row holding with a zero term agrees, it does not prove), and no row of a class
whose balance rolls forward against it. A column no reading proves keeps no field; its best
guess is said in its evidence.

>>> cols = [Column("Opening", None, {"A": 100.0, "B": 50.0, "C": 20.0}),
...         Column("Paid", None, {"A": 10.0, "B": 5.0, "C": 0.0}),
...         Column("Closing", "ending_balance", {"A": 90.0, "B": 45.0, "C": 20.0})]
>>> [(c.field, c.status) for c in infer(cols)]
[('beginning_balance', 'pass'), ('principal', 'pass'), ('ending_balance', 'pass')]
>>> cols[1].evidence
'beginning_balance = principal + ending_balance on 2 rows (A, B) and on 1 more with a zero part'
>>> cols = [Column("Opening", None, {"A": 100.0, "B": 50.0, "C": 20.0}),
...         Column("Paid", None, {"A": 10.0, "B": 0.0, "C": 0.0}),
...         Column("Closing", "ending_balance", {"A": 90.0, "B": 50.0, "C": 20.0})]
>>> [c.field for c in infer(cols)], cols[1].evidence
(['beginning_balance', 'principal', 'ending_balance'], 'beginning_balance = principal + ending_balance on 1 rows (A) and on 2 more with a zero part')
"""

from __future__ import annotations

import itertools
import math
from typing import Final

from abs_nb.parse.identities import (
    ACCRUAL_DAYS,
    HOLDS_LEFT_OUT,
    PER_1000_BASE,
    SUBTRACTED,
    SUMS,
    Sums,
    exclusive,
    rolls,
    sign,
)
from abs_nb.parse.per_1000_roles import settle_per_1000
from abs_nb.parse.role_column import MIN_PROVING_ROWS, Column, taken_fields
from abs_nb.parse.sum_search import EVERY_TERM, MAX_UNKNOWNS, contradicted, solve_sums

__all__ = ["EVERY_TERM", "MAX_UNKNOWNS", "MIN_PROVING_ROWS", "Column", "above_beginning", "infer", "rate_days"]



def _rows(cols: list[Column]) -> list[str]:
    seen: dict[str, None] = {}
    for c in cols:
        for r in c.values:
            seen[r] = None
    return list(seen)


def _prior_agreement(reading: dict[str, Column]) -> int:
    return sum(1 for f, c in reading.items() if c.prior == f or (c.prior is None and c.hint == f))


def _balances_larger(reading: dict[str, Column], rows: list[str]) -> int:
    """Rows where the reading's beginning balance exceeds its total distribution: the two
    sums read alike (one column the sum of two others), but a month's flows are a part of
    the balance they come from, so the balance side is the larger on most rows."""
    beg, tot = reading.get("beginning_balance"), reading.get("total_distribution")
    if beg is None or tot is None:
        return 0
    n = 0
    for r in rows:
        b, t = beg.values.get(r, math.nan), tot.values.get(r, math.nan)
        if not (math.isnan(b) or math.isnan(t)) and b > t:
            n += 1
    return n


def _dwarfed(reading: dict[str, Column], cols: list[Column], rows: list[str]) -> bool:
    """Does a column no reading names print ten times the reading's beginning balance or more
    on three rows at least, and three in four or more of the rows where both print a figure
    other than zero? A class's balance is the largest figure of its row but its original
    balance: a month's flows (interest accrued, deferred and paid, which add up as balances do)
    are parts of it (but for a class of a nominal balance, paid the prepayment penalties).

    >>> accrued = Column("Accrued", None, {"A": 1_045_044.74, "B": 66_791.46, "C": 442_812.96})
    >>> balance = Column("Balance", None, {"A": 379_422_224.69, "B": 22_531_906.40, "C": 158_092_593.62})
    >>> _dwarfed({"beginning_balance": accrued}, [accrued, balance], ["A", "B", "C"])
    True
    >>> _dwarfed({"beginning_balance": balance}, [accrued, balance], ["A", "B", "C"])
    False
    """
    beg = reading.get("beginning_balance")
    if beg is None:
        return False
    used = {id(c) for c in reading.values()}
    for c in cols:
        if c.field is not None or id(c) in used or not c.numeric or c.percent or ORIGINAL in (c.prior, c.hint):
            continue  # (the original balance is larger, as its words say)
        both = [(c.values[r], beg.values[r]) for r in rows if c.values.get(r) and beg.values.get(r)]
        if _most(sum(1 for v, b in both if v >= DWARFED * b > 0), len(both)):
            return True
    return False


def _flows_above_balances(reading: dict[str, Column], rows: list[str]) -> bool:
    """Does the reading's total distribution exceed its beginning balance on three rows at
    least, and three in four or more of the rows where both print a figure other than zero and
    the ending balance is not zero? A class not paid off pays out a part of its balance in a
    month (but a class of a nominal balance paid the prepayment penalties, whose one row this
    allows): the two sums, which read alike, were read the wrong way round.

    >>> total = Column("Total", None, {"A": 7_006_197.56, "B": 429_875.0, "C": 366_000.0})
    >>> balance = Column("Beginning", None, {"A": 248_517_304.66, "B": 95_000_000.0, "C": 80_000_000.0})
    >>> ending = Column("Interest", None, {"A": 1_132_824.71, "B": 429_875.0, "C": 366_000.0})
    >>> _flows_above_balances({"beginning_balance": total, "total_distribution": balance, "ending_balance": ending},
    ...                       ["A", "B", "C"])
    True
    """
    beg, tot, end = (reading.get(f) for f in ("beginning_balance", "total_distribution", "ending_balance"))
    if beg is None or tot is None or end is None:
        return False
    both = [(beg.values[r], tot.values[r]) for r in rows
            if beg.values.get(r) and tot.values.get(r) and end.values.get(r)]
    return _most(sum(1 for b, t in both if b < t), len(both))


def _most(hits: int, rows: int) -> bool:
    """Three rows at least, and three in four or more of ``rows``: a rule of a class's figures
    that one class of a nominal balance (paid the prepayment penalties) must not overturn."""
    return hits >= MIN_PROVING_ROWS and 4 * hits >= 3 * rows


#: how many times a beginning balance a column's figures must be, on every row, to show the
#: reading took a month's flows for the balances
DWARFED: Final = 10
ORIGINAL: Final = "original_balance"


def _paid_off(reading: dict[str, Column], rows: list[str], taken: dict[str, Column]) -> int:
    """Rows where the reading's ending balance is zero and its beginning balance is not: a
    class paid off this month. Few classes are paid off in one month, while most keep their
    balance (``beginning = principal + ending`` holds as well with principal and ending
    swapped, every class then paid off but one)."""
    beg = reading.get("beginning_balance") or taken.get("beginning_balance")
    end = reading.get("ending_balance") or taken.get("ending_balance")
    if beg is None or end is None:
        return 0
    return sum(1 for r in rows if end.values.get(r) == 0 and beg.values.get(r, 0) not in (0, math.nan)
               and not math.isnan(beg.values.get(r, 0)))


def _rank(reading: dict[str, Column], rows: list[str], taken: dict[str, Column]) -> tuple[int, int, int]:
    """How well a reading's columns fit it beyond the numbers: header words, then sizes,
    then, where no column's header words name another field, the classes it reads paid off
    (the fewer the better)."""
    named_else = any(c.prior not in (None, f) for f, c in reading.items())
    return _prior_agreement(reading), _balances_larger(reading, rows), 0 if named_else else -_paid_off(reading, rows, taken)


def _scaled_down(small: dict[str, Column], large: dict[str, Column], rows: list[str]) -> bool:
    """``small`` reads figures that are ``large``'s scaled down row by row, one factor below 1
    for every figure of a row: the per-$1,000 figures of those amounts (``amount / original
    x 1000``; the sums hold for them as for the amounts, and a class's original balance is
    above $1,000). Figures of another kind (a month's and a cumulative amount) have no one
    factor per row."""
    seen = False
    for r in rows:
        ratios: list[tuple[float, float]] = []
        for f, c in small.items():
            a, b = large[f].values.get(r, 0.0), c.values.get(r, 0.0)
            if math.isnan(a) or math.isnan(b) or a == 0 or b == 0:
                break
            ratios.append((b / a, c.half_unit(r) / abs(b) + large[f].half_unit(r) / abs(a)))
        else:
            if len(ratios) >= 2:
                lo, hi = min(x for x, _ in ratios), max(x for x, _ in ratios)
                if not 0 < hi < 1 or hi - lo > hi * 2 * max(t for _, t in ratios) + 1e-12:
                    return False
                seen = True
    return seen


def _holding_left_out(reading: dict[str, Column], taken: dict[str, Column], evidence: str) -> str:
    """Read a part its reading read with none of the parts it is printed apart from as what
    it then is (:data:`~abs_nb.parse.identities.HOLDS_LEFT_OUT`: the prepaid principal with
    no liquidation or repurchase read beside it is the unscheduled principal), unless its
    words name the part; returns the evidence, with the reason where one was so read."""
    for part, left_out, as_field in HOLDS_LEFT_OUT:
        col = reading.get(part)
        if (col is None or col.hint == part or col.prior == part or as_field in taken or as_field in reading
                or any(p in reading or p in taken for p in left_out)):
            continue
        reading[as_field] = reading.pop(part)
        evidence += f"; with no {' or '.join(left_out)} beside it, {part} is read as {as_field}: it may hold them"
    return evidence


def _settle_sums(cols: list[Column], rows: list[str], sums: Sums = SUMS, anchored: bool = False,
                 min_rows: int = MIN_PROVING_ROWS, unknowns: int = MAX_UNKNOWNS, local: bool = False) -> bool:
    """Take the readings of the sum identities that are certain: the only reading of its
    fields, or the one whose columns' header words agree best. Readings that leave a tie
    (``beginning = principal + ending`` reads as well with principal and ending swapped) are
    joined with the readings of another identity sharing a field; a tie nothing breaks
    settles nothing."""
    taken = taken_fields(cols)
    readings = solve_sums(_not_twins(cols), rows, taken, sums, anchored, min_rows, unknowns, local)
    if not readings:
        return False
    # joined readings: two identities' readings agreeing on every field they share
    joined: list[tuple[dict[str, Column], str]] = list(readings)
    for (a, ea), (b, eb) in itertools.combinations(readings, 2):
        shared = set(a) & set(b)
        if shared and all(a[f] is b[f] for f in shared):
            merged = {**a, **b}
            if len({id(c) for c in merged.values()}) == len(merged) and not exclusive(set(merged)):
                joined.append((merged, f"{ea}; {eb}"))
    # no closure here: a compiled closure is a reference cycle, which a parse must not leave
    joined.sort(key=lambda r: (-len(r[0]), -_prior_agreement(r[0]), -_balances_larger(r[0], rows)))
    for reading, evidence in joined:
        rivals = [
            r for r, _ in joined
            if r is not reading and set(r) == set(reading) and any(r[f] is not reading[f] for f in r)
            and not all(r[f] is reading[f] or r[f].prior == reading[f].prior == f and printed_again(r[f], reading[f])
                        for f in r)
        ]
        if any(_scaled_down(reading, r, rows) for r in rivals):
            continue  # the per-$1,000 figures of amounts another reading holds
        rivals = [r for r in rivals if not _scaled_down(r, reading, rows)]
        if any(_rank(r, rows, taken) >= _rank(reading, rows, taken) for r in rivals):
            continue  # the numbers read two ways and neither header words nor sizes choose
        if rivals and _balances_larger(reading, rows):
            evidence += (f"; beginning balance above total distribution on {_balances_larger(reading, rows)} "
                         "rows (a month's flows are a part of the balance)")
        if _unsound(reading, cols, rows, taken, sums):
            continue
        evidence = _holding_left_out(reading, taken, evidence)
        for f, c in reading.items():
            c.field, c.status = f, "pass"
            c.evidence = evidence if c.prior in (None, f) else f"{evidence} (its header words said {c.prior})"
        return True
    return _settle_agreed([(r, e) for r, e in joined if not _unsound(r, cols, rows, taken, sums)], taken)


def _not_twins(cols: list[Column]) -> list[Column]:
    """``cols`` but those printing again the figures of a column proven as the field their
    header words name (a summary's ``Beginning`` printed again by a detail table): a field
    printed twice, no unknown for another identity to read as something else (a detail's
    ``Beginning`` as the total its ``Principal`` and ``Ending`` add up to)."""
    proven: dict[str, list[Column]] = {}
    for c in cols:
        if c.field is not None and c.status == "pass":
            proven.setdefault(c.field, []).append(c)
    if not proven:
        return cols
    return [c for c in cols if c.field is not None or not c.prior
            or not any(printed_again(c, d) for d in proven.get(c.prior, []))]


def printed_again(a: Column, b: Column) -> bool:
    """Do ``a`` and ``b`` print the same figure for every class both print? Two columns
    their words name alike so are one field printed twice (a summary's ``Interest``, a
    detail table's ``Interest Distributed``): a reading of either is no rival of the other's.

    >>> a, b = Column("Int", None, {"A": 5.0, "B": 7.0}), Column("Int Paid", None, {"A": 5.0, "C": 1.0})
    >>> printed_again(a, b), printed_again(a, Column("Other", None, {"A": 6.0, "B": 7.0}))
    (True, False)
    """
    shared = [r for r, v in a.values.items() if r in b.values and not math.isnan(v)]
    return bool(shared) and all(a.values[r] == b.values[r] for r in shared)


def _unsound(reading: dict[str, Column], cols: list[Column], rows: list[str], taken: dict[str, Column],
             sums: Sums) -> bool:
    """Does a reading the numbers allow read one column twice, break another identity, take
    a month's flows for the balances (a column ten times its beginning balance beside it, or
    its total distribution above its balance)? Neither taken nor counted among the readings
    that tie."""
    return len({id(c) for c in reading.values()}) != len(reading) or _breaks(reading, taken, sums, rows) or (
        _dwarfed(reading, cols, rows) or _flows_above_balances(reading, rows))


def _breaks(reading: dict[str, Column], taken: dict[str, Column], sums: Sums, rows: list[str]) -> bool:
    """Does ``reading`` make another identity of ``sums`` fail, one whose every term it and
    the columns known read, on a row of a class whose balance rolls (a sum of flows that
    holds, such as the funds available, read as the principal, breaks the roll-forward)?

    >>> beg = Column("Beginning", "beginning_balance", {"T": 100.0}, fixed=True)
    >>> end = Column("Ending", "ending_balance", {"T": 90.0}, fixed=True)
    >>> loss = Column("Losses", "realized_losses", {"T": 0.0}, fixed=True)
    >>> from abs_nb.parse.identities import POOL_SUMS
    >>> known = {"beginning_balance": beg, "ending_balance": end, "realized_losses": loss}
    >>> _breaks({"total_principal": Column("Funds", None, {"T": 15.0})}, known, POOL_SUMS, ["T"])
    True
    >>> _breaks({"total_principal": Column("Principal", None, {"T": 10.0})}, known, POOL_SUMS, ["T"])
    False
    """
    terms = {**taken, **reading}
    for _, whole, parts, _ in sums:
        # a part the sum takes away that is not read is none (no interest deferred)
        used = [p for p in parts if p in terms or p not in SUBTRACTED]
        if whole in terms and all(p in terms for p in used) and {whole, *used} & set(reading) and contradicted(
                terms[whole], [terms[p] for p in used], rows, next((k for k, p in enumerate(used) if p in SUBTRACTED), -1)):
            return True
    return False


def _settle_agreed(joined: list[tuple[dict[str, Column], str]], taken: dict[str, Column]) -> bool:
    """Readings that tie still prove what they all share: when every reading with the most
    fields gives a field the same column (the whole of ``total = scheduled + prepaid +
    liquidated``, whichever of its parts is which), that column holds that field."""
    if not joined:
        return False
    most = len(joined[0][0])
    top = [r for r in joined if len(r[0]) == most]
    if len(top) < 2:
        return False
    first, evidence = top[0]
    agreed = {f: c for f, c in first.items() if all(r.get(f) is c for r, _ in top)}
    if not agreed or len({id(c) for c in agreed.values()}) != len(agreed):
        return False
    evidence = _holding_left_out(agreed, {**taken, **first}, evidence)
    for f, c in agreed.items():
        c.field, c.status = f, "pass"
        c.evidence = f"{evidence} (in each of the {len(top)} readings the numbers allow)"
    return True


def _settle_rate(cols: list[Column], rows: list[str]) -> bool:
    """A rate column: ``interest = rate x beginning x days / 360`` with every proving row's
    day count one of :data:`ACCRUAL_DAYS`; where the beginning balance or the interest is
    not known either, the one reading of the three columns that holds proves all three."""
    taken = taken_fields(cols)
    if "interest_rate" in taken:
        return False
    interest, beginning = taken.get("interest"), taken.get("beginning_balance")
    free = [c for c in cols if c.field is None and c.numeric]
    if (interest is None or beginning is None) and len(free) > MAX_FREE_FOR_RATE:
        return False
    # a rate is a figure of 0 to 100 (%): a class of a tiny balance paid premiums may print an
    # "effective" rate in the thousands, which no coupon is; such rows prove nothing (a bound
    # of the checks flags them), the column's other rows prove it, a third of them off at most
    rates = [c for c in free if rate_like(c)]
    balances = [beginning] if beginning is not None else [c for c in free if not c.percent]
    interests = [interest] if interest is not None else [c for c in free if not c.percent]
    triples = [(r, b, i) for r in rates for b in balances for i in interests if len({id(r), id(b), id(i)}) == 3]
    found = [(t, days) for t in triples if (days := rate_days(*t, coupon_rows(t[0], rows))) is not None]
    fraction = False
    if not found:
        # a rate printed as a decimal fraction (0.0603500): every figure below 1, no % sign
        found = [(t, days) for t in triples if not t[0].percent and all(0 <= v < 1 for v in t[0].values.values()
                                                                        if v == v)
                 and (days := rate_days(*t, rows, scale=1.0)) is not None]
        fraction = True
    if len(found) > 1 and all(t[1] is found[0][0][1] and t[2] is found[0][0][2] and t[0].values == found[0][0][0].values
                              for t, _ in found):
        found = found[:1]  # the same rates printed twice (in a title and in the table): one reading
    if len(found) != 1:
        return False
    (c, beginning, interest), days = found[0]
    counts = sorted(set(days))
    evidence = (f"interest = rate x beginning balance x days / 360 on {len(days)} rows "
                f"(days: {', '.join(map(str, counts))})"
                + ("; the rate printed as a decimal fraction (its figures read so: rate_scale)" if fraction else ""))
    for col, name in ((c, "interest_rate"), (beginning, "beginning_balance"), (interest, "interest")):
        if col.field is None:
            col.field, col.status, col.evidence = name, "pass", evidence
    return True


def rate_like(c: Column) -> bool:
    """Could ``c`` be a column of rates? Every figure at least 0, and at most 100 (a percent)
    on all its rows but a third of them at most (an effective rate of a tiny balance's
    premium).

    >>> rate_like(Column("Rate", None, {"A": 1.5, "B": 2.0, "P": 4948524.0}))
    True
    >>> rate_like(Column("Per 1,000", None, {"A": 412.5, "B": 2.0, "C": 998.1}))
    False
    """
    vals = [v for v in c.values.values() if v == v]
    return all(v >= 0 for v in vals) and 3 * sum(v > 100 for v in vals) <= len(vals)


def coupon_rows(c: Column, rows: list[str]) -> list[str]:
    """The ``rows`` whose figure in ``c`` could be a coupon (at most 100%): the rows a rate
    column is proven on.

    >>> coupon_rows(Column("Rate", None, {"A": 1.5, "P": 4948524.0}), ["A", "P"])
    ['A']
    """
    return [r for r in rows if not c.values.get(r, 0.0) > 100]


# a table with more columns than this no reading names leaves the rate, balance and interest
# unproven rather than try every three of them
MAX_FREE_FOR_RATE = 10


def rate_days(c: Column, beginning: Column, interest: Column, rows: list[str], scale: float = 100.0,
              ) -> list[int] | None:
    """The day count of each row where ``interest = c / scale x beginning x days / 360``
    holds (two rows at least, every row with all three non-zero; one count other than 30 at
    most), or None. ``scale``: 100 for a rate printed as a percent, 1 as a fraction."""
    days: list[int] = []
    for r in rows:
        rate, b, i = c.values.get(r, math.nan), beginning.values.get(r, math.nan), interest.values.get(r, math.nan)
        if any(math.isnan(x) for x in (rate, b, i)) or rate == 0 or b == 0 or i == 0:
            continue
        d = i / (rate / scale * b) * 360
        # the day count a printed rate and interest allow, within their rounding
        slack = 360 * (interest.half_unit(r) / abs(rate / scale * b) + c.half_unit(r) / abs(rate) * abs(d) / 360) + 0.02
        near = [n for n in ACCRUAL_DAYS if abs(d - n) <= slack]
        if not near:
            return None
        days.append(near[0])
    return days if len(days) >= MIN_PROVING_ROWS and len(set(days) - {30}) <= 1 else None


def above_beginning(c: Column, beginning: Column, rows: list[str]) -> tuple[list[str], int] | None:
    """Where ``c`` is at least the ``beginning`` balance, as an original balance is, on
    ``rows``: (the rows printing both, how many of them with both non-zero it exceeds, to
    their rounding); None when on one row with both non-zero it is less (a zero proves
    nothing: a class with no original balance printed, an O/C class built up from none).

    >>> above_beginning(Column("Orig", None, {"A": 100.0, "B": 50.0, "X": 0.0}),
    ...                 Column("Beg", None, {"A": 80.0, "B": 50.0, "X": 9.0}), ["A", "B", "X"])
    (['A', 'B'], 1)
    """
    both: list[str] = []
    more = 0
    for r in rows:
        o, b = c.values.get(r, math.nan), beginning.values.get(r, math.nan)
        if math.isnan(o) or math.isnan(b) or o == 0 or b == 0:
            continue
        tol = c.half_unit(r) + beginning.half_unit(r)
        if o < b - tol:
            return None
        both.append(r)
        more += o > b + tol
    return both, more


def _hint_borne_out(c: Column, taken: dict[str, Column], rows: list[str], sums: Sums
                    ) -> tuple[list[str], str] | None:
    """(the rows that bear out ``c``'s hint, how), or None when one contradicts it or
    nothing can (see :func:`_settle_hints`)."""
    if c.hint == PER_1000_BASE and "beginning_balance" in taken:
        bound = above_beginning(c, taken["beginning_balance"], [r for r in rows if rolls(r)])
        return None if bound is None else (bound[0], "is at least the beginning balance")
    for _, whole, parts, optional in sums:
        # a term a sum may go without (a loss, liquidation proceeds): its figures must keep
        # the sum whose other terms are known (absent optional terms count as nothing)
        if c.hint not in optional or whole not in taken:
            continue
        others = [taken[p] for p in parts if p != c.hint and p in taken]
        if any(p not in taken and p not in optional for p in parts if p != c.hint):
            continue
        kept = _rows_keeping([taken[whole], c, *others],
                             [sign(p or "") for p in (c.hint, *(p for p in parts if p != c.hint and p in taken))], rows)
        return None if kept is None else (
            kept, f"keeps {whole} = {' + '.join(p for p in parts if p == c.hint or p in taken)}")
    return None


def _rows_keeping(terms: list[Column], signs: list[float], rows: list[str]) -> list[str] | None:
    """The rows where the whole (``terms[0]``) is the sum of the other terms, each by its
    sign, every figure printed; None where a row that rolls contradicts it."""
    checked: list[str] = []
    for r in rows:
        vals = [x.values.get(r, math.nan) for x in terms]
        if any(math.isnan(x) for x in vals):
            continue
        if abs(vals[0] - sum(sg * v for sg, v in zip(signs, vals[1:], strict=True))) > sum(
                x.half_unit(r) for x in terms):
            if rolls(r):
                return None
            continue
        checked.append(r)
    return checked


def _borne_with_partners(c: Column, cols: list[Column], taken: dict[str, Column], rows: list[str], sums: Sums
                         ) -> tuple[list[str], str] | None:
    """(the rows that bear out ``c``'s hint, how) where a sum's terms no column is proven to
    hold are ``c`` and columns hinting its other terms, one each: the sum holds on every
    row that rolls with each named as its words say (``beginning = principal + loss +
    ending`` where the numbers allow principal and loss either way round: the words tell
    them apart); else None."""
    for _, whole, parts, optional in sums:
        if c.hint not in parts or whole not in taken:
            continue
        terms: list[Column] = [taken[whole], c]
        named = [c.hint]
        partners = 0
        for p in parts:
            if p == c.hint:
                continue
            hinting = [x for x in cols if x.field is None and x is not c and x.hint == p and x.numeric and not x.percent]
            if p in taken or len(hinting) == 1:
                terms.append(taken[p] if p in taken else hinting[0])
                named.append(p)
                partners += p not in taken
            elif p not in optional:
                break
        else:
            if not partners:
                continue
            kept = _rows_keeping(terms, [sign(p) for p in named], rows)
            return None if kept is None else (kept, f"keeps {whole} = {' + '.join(named)}, each term named by its words")
    return None


def _settle_hints(cols: list[Column], rows: list[str], sums: Sums = SUMS) -> None:
    """Columns no identity proves and no header words name, named by the field their words
    come nearest to (:meth:`~abs_nb.parse.vocabulary.Vocabulary.hint`) where the figures
    bear it out: an original balance is at least the beginning balance of every class that
    rolls; a term a sum may go without (a loss, liquidation proceeds) keeps that sum on every
    row that rolls (``beginning = principal + loss + ending``: its zeros prove nothing, so the
    words name it and the identity only allows it)."""
    taken = taken_fields(cols)
    for c in cols:
        if c.field is not None or not c.numeric or c.percent or c.hint is None or c.hint in taken:
            continue
        borne = _hint_borne_out(c, taken, rows, sums) or _borne_with_partners(c, cols, taken, rows, sums)
        if borne is None or len(borne[0]) < MIN_PROVING_ROWS:
            continue
        c.field, c.status = c.hint, "pass"
        c.evidence = f"its words come nearest {c.hint}, and it {borne[1]} on {len(borne[0])} rows"
        taken[c.hint] = c


def _settle_priors(cols: list[Column], final: bool) -> bool:
    """Columns no identity covers, named by their header words: a CUSIP column of words,
    a rate printed with %, any other figure its header names and no reading contradicts.
    A prior that an identity gave to another column names nothing. Until ``final``, columns
    left unnamed are left for the identities to try again. Returns whether a column was
    named."""
    taken = {c.field for c in cols if c.field is not None}
    named = False
    for c in cols:
        if c.field is not None:
            continue
        if (c.prior is None or c.prior in taken) and not final:
            continue
        if c.prior is None or c.prior in taken:
            guess = "a rate" if c.percent else "figures no identity covers" if c.numeric else "text"
            c.status = "warn"
            c.evidence = (f"no reading proves it (best guess: {c.prior}; another column is {c.prior})"
                          if c.prior else f"no reading proves it and its header names no field ({guess})")
            continue
        if c.prior == "interest_rate" and c.numeric and not c.percent and any(v > 100 for v in c.values.values()):
            c.status, c.evidence = "warn", "its header says rate, but its figures are not rates"
            continue
        c.field, c.status = c.prior, "pass"
        if c.text:
            c.evidence = "header words; words, not figures"
        elif c.all_zero:
            c.evidence = "header words; every figure zero (a zero proves nothing)"
        else:
            c.evidence = "header words; no identity covers it"
        c.by_words = True
        taken.add(c.prior)
        named = True
    return named


def infer(cols: list[Column], sums: Sums = SUMS, ratios: bool = True, anchored: bool = False,
          min_rows: int = MIN_PROVING_ROWS, unknowns: int = MAX_UNKNOWNS) -> list[Column]:
    """Give each column of one class table the field the identities prove, then the field
    its header words name where no identity covers it (see the module docstring).

    Another table's identities are passed as ``sums`` (the pool's rows, read across groups),
    with ``ratios`` off where no per-$1,000 figure or rate stands, and ``anchored`` where a
    reading must hold a figure already known (a table of many rows offers many sums);
    ``min_rows``: the proving rows a reading needs; ``unknowns``: the most columns one
    reading of a sum may name at once (more find sums by chance among many columns)."""
    rows = _rows(cols)
    # rows read as columns that stand in blocks of lines: a table's rows stand together, so a
    # reading within one block is taken before one across blocks (sums of figures printed
    # apart, such as what was remitted and what was distributed, hold as well)
    local = len({c.block for c in cols if c.block >= 0}) > 1
    for named in (False, True):
        # the named columns may prove per-$1,000 figures and rates; where words name none, the
        # identities (which read fields and figures only) would find what they found already
        if named and not _settle_priors(cols, final=False):
            break
        changed = True
        while changed:
            changed = (local and _settle_sums(cols, rows, sums, anchored, min_rows, unknowns, True)
                       or _settle_sums(cols, rows, sums, anchored, min_rows, unknowns))
            if ratios:
                changed = settle_per_1000(cols, rows) or changed
                changed = _settle_rate(cols, rows) or changed
    _settle_hints(cols, rows, sums)
    _settle_priors(cols, final=True)
    return cols
