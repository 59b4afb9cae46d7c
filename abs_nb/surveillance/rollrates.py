"""Roll rates between delinquency buckets of consecutive months: pool-level approximations.

The reports print each bucket's balance, never which loans moved, so a roll rate here is
the balance of the next bucket this month over the balance of the bucket a month earlier:

* ``roll_30_60`` = 60-89 balance (t) / 30-59 balance (t-1);
* ``roll_60_90_plus`` = 90+ balance (t) / 60-89 balance (t-1);
* ``roll_90_plus_foreclosure`` = foreclosure balance (t) / 90+ balance (t-1);
* ``roll_foreclosure_reo`` = REO balance (t) / foreclosure balance (t-1).

A loan-level roll rate counts only loans that moved; this approximation also counts loans
that were in the next bucket already (a 90+ bucket keeps loans for months), cures and new
entries are invisible, and it can exceed 100%. It reads as an upper bound of the true
transition share for the 30->60 roll and as a stock-to-stock ratio for the later buckets.
Only consecutive months both present are compared; a missing month gives NaN on both sides.

>>> import pandas as pd
>>> h = pd.DataFrame({"deal": ["d"] * 2, "distribution_date": [None] * 2, "deal_age": [0, 1],
...                   "missing": [False, False], "dq30_59_balance": [100.0, 90.0],
...                   "dq60_89_balance": [40.0, 25.0], "dq90_plus_balance": [10.0, 30.0],
...                   "foreclosure_balance": [float("nan")] * 2, "reo_balance": [float("nan")] * 2})
>>> roll_rates(h)[["roll_30_60", "roll_60_90_plus"]].round(4).values.tolist()
[[nan, nan], [0.25, 0.75]]
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from abs_nb.errors import InputError

__all__ = ["roll_rates", "ROLLS", "APPROXIMATION"]

#: roll-rate column -> (bucket balance a month earlier, bucket balance this month)
ROLLS: dict[str, tuple[str, str]] = {
    "roll_30_60": ("dq30_59_balance", "dq60_89_balance"),
    "roll_60_90_plus": ("dq60_89_balance", "dq90_plus_balance"),
    "roll_90_plus_foreclosure": ("dq90_plus_balance", "foreclosure_balance"),
    "roll_foreclosure_reo": ("foreclosure_balance", "reo_balance"),
}

APPROXIMATION = ("pool-level approximation: next bucket's balance this month / this bucket's balance a "
                 "month earlier (no loan-level transitions are printed)")
"""What the ``basis`` column of :func:`roll_rates` says."""

_KEYS = ["deal", "distribution_date", "deal_age", "missing"]


def _num(v: Any) -> float:
    try:
        return float(v)
    except (TypeError, ValueError):
        return math.nan


def roll_rates(history: Any) -> pd.DataFrame:
    """Roll rates from a :func:`~abs_nb.surveillance.history` table (or a Corpus, whose
    history is taken): one row per history row, NaN where the month or the one before it is
    missing or a bucket is not printed. Columns ``deal``, ``distribution_date``, ``deal_age``,
    ``missing``, the four ``roll_*`` columns of :data:`ROLLS`, and ``basis`` (the
    approximation, said on every row)."""
    if not isinstance(history, pd.DataFrame):
        from abs_nb.surveillance.deal_history import history as make_history

        history = make_history(history)
    needed = set(_KEYS) | {c for pair in ROLLS.values() for c in pair}
    absent = sorted(needed - set(history.columns))
    if absent:
        raise InputError("a history table (abs_nb.history(corpus))", f"no column(s) {absent}")
    rows = []
    prev: dict[str, Any] | None = None
    for r in history.to_dict("records"):
        same_deal = prev is not None and prev["deal"] == r["deal"]
        consecutive = (same_deal and prev is not None and not prev["missing"] and not r["missing"]
                       and _num(r["deal_age"]) - _num(prev["deal_age"]) == 1)
        out = {k: r[k] for k in _KEYS}
        for col, (before, now) in ROLLS.items():
            value = math.nan
            if consecutive and prev is not None:
                den, num = _num(prev[before]), _num(r[now])
                value = num / den if den and not math.isnan(den) and not math.isnan(num) else math.nan
            out[col] = value
        out["basis"] = APPROXIMATION
        rows.append(out)
        prev = r
    df = pd.DataFrame(rows, columns=[*_KEYS, *ROLLS, "basis"])
    for col in ROLLS:
        df[col] = df[col].astype("float64")
    return df
