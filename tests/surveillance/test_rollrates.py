"""Roll rates from real consecutive months (figures written from the printed text of
``sample_filings/deal-history/``: Household Home Equity Loan Trust 2001-1 and 2001-2)."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

import abs_nb
from abs_nb.errors import InputError
from abs_nb.surveillance import roll_rates
from abs_nb.surveillance.rollrates import APPROXIMATION, ROLLS

HISTORY = Path(__file__).resolve().parents[2] / "sample_filings" / "deal-history"


@pytest.fixture(scope="module")
def corpus() -> abs_nb.Corpus:
    return abs_nb.load_many(str(HISTORY / "04*.txt"), progress=False, workers=1, engine="serial")


def _at(r: pd.DataFrame, deal: str, age: int) -> pd.Series:
    return r[(r["deal"] == deal) & (r["deal_age"] == age)].iloc[0]


def test_roll_rates_of_consecutive_months(corpus):
    r = roll_rates(corpus.history())
    assert list(r.columns) == ["deal", "distribution_date", "deal_age", "missing", *ROLLS, "basis"]
    # 2001-1, Aug (distribution 3) -> Sep (4): 30-59 days 16,059,779.84 -> 60-89 days 3,989,993.23
    sep = _at(r, "2001-1", 3)
    assert sep["roll_30_60"] == pytest.approx(3_989_993.23 / 16_059_779.84, rel=1e-12)
    # 60-89 days 2,390,617.75 in Aug -> 90+ days 2,504,246.31 in Sep
    assert sep["roll_60_90_plus"] == pytest.approx(2_504_246.31 / 2_390_617.75, rel=1e-12)
    # no foreclosure or REO bucket printed: those rolls are unknown
    assert math.isnan(sep["roll_90_plus_foreclosure"]) and math.isnan(sep["roll_foreclosure_reo"])
    # 2001-2, Nov (distribution 1) -> Dec (2)
    dec = _at(r, "2001-2", 1)
    assert dec["roll_30_60"] == pytest.approx(2_601_098.29 / 10_463_039.38, rel=1e-12)
    assert dec["roll_60_90_plus"] == pytest.approx(133_811.18 / 473_346.62, rel=1e-12)
    # Dec 2001-1 (Nov -> Dec): 90+ 8,066,362.69 over Nov's 60-89 2,537,335.93, above 100%:
    # the 90+ bucket keeps its loans, which a pool-level ratio cannot tell apart
    dec_1 = _at(r, "2001-1", 6)["roll_60_90_plus"]
    assert dec_1 == pytest.approx(8_066_362.69 / 2_537_335.93, rel=1e-12) and dec_1 > 1
    assert (r["basis"] == APPROXIMATION).all() and "approximation" in APPROXIMATION


def test_no_roll_across_a_missing_month_or_a_deal(corpus):
    r = roll_rates(corpus)  # a corpus is taken through its history
    # 2001-1 Nov follows the missing October: nothing to compare
    nov = _at(r, "2001-1", 5)
    assert all(math.isnan(nov[c]) for c in ROLLS)
    assert all(math.isnan(_at(r, "2001-1", 4)[c]) for c in ROLLS)  # October itself
    # the first row of a deal is never compared with the last row of the one before
    assert all(math.isnan(_at(r, "2001-2", 0)[c]) for c in ROLLS)
    # 2001-2 Sep 2002 follows 8 missing months
    assert all(math.isnan(_at(r, "2001-2", 10)[c]) for c in ROLLS)


def test_a_table_without_buckets_is_refused():
    with pytest.raises(InputError, match="dq30_59_balance"):
        roll_rates(pd.DataFrame({"deal": [], "distribution_date": [], "deal_age": [], "missing": []}))
