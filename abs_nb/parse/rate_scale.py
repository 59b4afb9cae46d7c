"""Rates printed without a ``%`` sign, below 0.5: a fraction or a percent, told by the numbers.

``Weighted Average Coupon  0.1041270`` may be 10.41% or 0.10%. Read alone the figure is
not guessed (an ``unreadable_value`` check fails). Where an identity of the report holds
with it read as a fraction, and would miss by a factor of a hundred read as a percent, it is
a fraction (the data contract stores rates as fractions), and a ``rate_scale`` check
records the repair with its evidence:

- the pool's spread: the servicing fee is what the coupon less the net coupon yields on the
  beginning balance for a month, less any other fees taken from it: ``fee / ((WAC - net WAC)
  x balance / 12)`` lies between 0.5 and 1.0 (a half to all of the spread);
- the pool's net interest is the net coupon on the beginning balance for a month;
- a class's interest is its rate on its beginning balance for the accrual period's days
  (28 to 31 of 360);
- the certificates' interest is no more than what the pool's coupon yields on its beginning
  balance for a month (read as a percent, the coupon would yield a hundredth of it).

The month's ratios allow for day counts and for the coupon being of the month before; a
figure a hundred times off fails them all.

>>> from abs_nb.parse.tokens import tokenize_line
>>> pool = {"Total": {"beginning_balance": 220_011_927.26, "servicing_fee": 91_671.64}}
>>> toks = tokenize_line("x 0.1041270 0.0990020", 9).values
>>> checks = prove_rate_scales({"collateral": pool, "classes": {}, "deal": {"deal": {}}},
...                            [(("collateral", "Total", "wac"), toks[0], 9), (("collateral", "Total", "net_wac"), toks[1], 9)])
>>> pool["Total"]["wac"], pool["Total"]["net_wac"], [c.status for c in checks]
(0.104127, 0.099002, ['repaired', 'repaired'])
"""

from __future__ import annotations

import math

from abs_nb.parse.pieces import CheckRow
from abs_nb.parse.tokens import Token

Key = tuple[str, str, str]
#: table -> row -> field -> value ("deal" has the one row "deal")
Tables = dict[str, dict[str, dict[str, object]]]

#: the share of the pool's spread the servicing fee takes (the rest: trustee's and other fees)
FEE_SHARE = (0.5, 1.0001)
#: a month's interest against the rate x balance / 12: accrual days 28 to 31 of 360, a rate
#: of the month before
MONTH = (0.8, 1.25)


def _num(x: object) -> float:
    return float(x) if isinstance(x, (int, float)) and not isinstance(x, bool) and not math.isnan(float(x)) else math.nan


def _within(x: float, bounds: tuple[float, float]) -> bool:
    return not math.isnan(x) and bounds[0] <= x <= bounds[1]


def prove_rate_scales(tables: Tables, pending: list[tuple[Key, Token, int]]) -> list[CheckRow]:
    """Read each pending rate (its key, its token and its line) as a fraction where an
    identity proves it (module docstring): stored in ``tables``; a ``rate_scale`` check
    each, returned."""
    value = {key: float(tok.value) for key, tok, _ in pending if tok.value is not None}
    line = {key: no for key, _, no in pending}
    proven: dict[Key, str] = {}
    for (table, row, field), rate in value.items():
        vals = tables[table].setdefault(row, {})
        pool = tables["collateral"].get("Total", {}) if table == "deal" else vals
        balance = _num(pool.get("beginning_balance"))
        if field == "interest_rate" and table == "classes":
            ratio = _num(vals.get("interest")) * 12 / (rate * balance) if rate and balance else math.nan
            if _within(ratio, MONTH) and not _within(ratio * 100, MONTH):
                proven[(table, row, field)] = f"interest {_num(vals.get('interest')):,.2f} is {ratio:.3f} x rate x beginning balance / 12"
        if field not in ("wac", "net_wac"):
            continue
        other_key = (table, row, "net_wac" if field == "wac" else "wac")
        other = value.get(other_key, _num(vals.get(other_key[2])))
        fee = _num(pool.get("servicing_fee") if table == "deal" else vals.get("servicing_fee"))
        if table == "deal" and math.isnan(fee):
            fee = _num(vals.get("servicing_fee"))
        wac, net = (rate, other) if field == "wac" else (other, rate)
        spread = (wac - net) * balance / 12
        # read as percents, the spread is a hundredth of this and the fee's share a hundred times
        if spread > 0 and _within(fee / spread, FEE_SHARE) and not _within(fee / spread * 100, FEE_SHARE):
            proven[(table, row, field)] = (f"the servicing fee {fee:,.2f} is {fee / spread:.3f} of (WAC - net WAC) x "
                                           f"beginning balance / 12 read so (100 times off read as percents)")
            continue
        interest = _num(pool.get("scheduled_interest_net"))
        if field == "net_wac" and rate and balance:
            ratio = interest * 12 / (rate * balance)
            if _within(ratio, MONTH) and not _within(ratio * 100, MONTH):
                proven[(table, row, field)] = f"the net interest {interest:,.2f} is {ratio:.3f} x net WAC x beginning balance / 12"
                continue
        # the certificates are paid no more interest than the loans' coupon yields for a month:
        # read as a percent, the coupon would yield a hundredth of what they are paid
        paid = sum(v for c in tables["classes"].values() if not math.isnan(v := _num(c.get("interest"))))
        # (and a coupon below the net coupon, read as a fraction, is none: the net is the less)
        net_above = not math.isnan(wac) and not math.isnan(net) and wac < net
        if paid > 0 and rate and balance and (row == "Total" or table == "deal") and not net_above:
            ratio = paid * 12 / (rate * balance)
            if ratio <= MONTH[1] < ratio * 100:
                proven[(table, row, field)] = (f"the certificates' interest {paid:,.2f} is {ratio:.3f} x the coupon x the "
                                               "pool's beginning balance / 12 read so; read as a percent, 100 times "
                                               "what the loans yield")
    checks = []
    for key, why in proven.items():
        tables[key[0]][key[1]][key[2]] = value[key]
        checks.append(CheckRow("rate_scale", " ".join(key), value[key], value[key], "repaired",
                               f"printed without %: {value[key]} read as a fraction, not a percent: {why}", [line[key]]))
    return checks


__all__ = ["FEE_SHARE", "MONTH", "prove_rate_scales"]
