"""Properties of the history over generated series of one deal's months, each month a real
statement with its dates, distribution number and losses changed: a month removed from a
series is a flagged NaN row, and cumulative losses never fall unless a check says why."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import abs_nb

ROOT = Path(__file__).resolve().parents[2]
HOUSEHOLD = (ROOT / "sample_filings" / "deal-history" / "046_household-hel-2001-2-2001-12-statement.txt").read_text()
SEED_002 = (ROOT / "sample_filings" / "002_c10342e102d7429b.txt").read_text()
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _date(k: int) -> dt.date:
    """The 20th of the k-th month after November 2001."""
    m = 10 + k
    return dt.date(2001 + m // 12, m % 12 + 1, 20)


def _household(k: int, charge_off: float) -> abs_nb.Filing:
    """Distribution k+1 of the Household deal, charging off ``charge_off``."""
    d, prev = _date(k), _date(k - 1)
    text = (HOUSEHOLD.replace("Distribution Number\n|\n2\n", f"Distribution Number\n|\n{k + 1}\n")
            .replace("20-Dec-01", "<date>").replace("20-Nov-01", "<previous>").replace("19-Dec-01", "<end>")
            .replace("<date>", d.strftime("%d-%b-%y")).replace("<previous>", prev.strftime("%d-%b-%y"))
            .replace("<end>", (d - dt.timedelta(days=1)).strftime("%d-%b-%y"))
            .replace("Charge off Amount\n|\n0.00\n", f"Charge off Amount\n|\n{charge_off:,.2f}\n"))
    return abs_nb.load_text(text)


@SETTINGS
@given(st.integers(min_value=3, max_value=8).flatmap(
    lambda n: st.tuples(st.just(n), st.sets(st.integers(min_value=1, max_value=n - 2), min_size=1))))
def test_a_month_removed_is_a_flagged_nan_row(case):
    n, removed = case
    filings = [_household(k, 0.0) for k in range(n) if k not in removed]
    h = abs_nb.history(filings)
    assert list(h["deal_age"]) == list(range(n))  # the age counts the missing months
    assert {int(a) for a in h.loc[h["missing"], "deal_age"]} == removed
    numeric = [c for c in h.columns if h[c].dtype == "float64"]
    for _, r in h[h["missing"]].iterrows():
        assert all(math.isnan(r[c]) for c in numeric)  # never interpolated
        assert r["source"] is None or not isinstance(r["source"], str)
    for age in removed:
        if age + 1 not in removed:  # the month after a gap says a month is missing
            assert h.loc[age + 1, "month_checks"] == "warn"
    checks = abs_nb.corpus.monthly.checks(filings)
    assert any(r["subject"] == "consecutive distributions" for r in checks)


@SETTINGS
@given(st.lists(st.decimals(min_value=-5_000, max_value=50_000, places=2), min_size=2, max_size=6))
def test_summed_cumulative_losses_fall_only_with_a_recovery(losses):
    filings = [_household(k, float(x)) for k, x in enumerate(losses)]
    h = abs_nb.history(filings)
    assert (h["cumulative_loss_basis"] == "summed from distribution 1").all()
    cum = list(h["cumulative_realized_losses"])
    assert cum[-1] == sum(float(x) for x in losses) or math.isclose(cum[-1], sum(float(x) for x in losses), abs_tol=1e-6)
    for i in range(1, len(cum)):
        if cum[i] < cum[i - 1]:  # the row says why: its month's charge-off is negative (a recovery)
            assert h.loc[i, "realized_losses"] < 0


_MONTHS = [("November 15, 2002", "15-Nov-02"), ("December 16, 2002", "16-Dec-02"), ("January 15, 2003", "15-Jan-03"),
           ("February 18, 2003", "18-Feb-03"), ("March 17, 2003", "17-Mar-03")]


@SETTINGS
@given(st.lists(st.decimals(min_value=0, max_value=500_000, places=2), min_size=2, max_size=5))
def test_printed_cumulative_losses_fall_only_with_a_failed_check(printed):
    filings = []
    for (long, short), value in zip(_MONTHS, printed, strict=False):
        text = (SEED_002.replace("November 15, 2002", long).replace("15-Nov-02", short)
                .replace("103,748.62", f"{float(value):,.2f}"))
        filings.append(abs_nb.load_text(text))
    h = abs_nb.history(filings)
    cum = list(h["cumulative_realized_losses"])
    assert cum == [float(v) for v in printed]  # as printed, never smoothed
    failed = {r["sha256"] for r in abs_nb.corpus.monthly.checks(filings)
              if r["check"] == "cumulative_losses" and r["status"] == "fail"}
    for i in range(1, len(cum)):
        if cum[i] < cum[i - 1] - 0.005:
            assert h.loc[i, "month_checks"] == "fail" and h.loc[i, "sha256"] in failed
