"""abs_nb.history: one row per deal and distribution date, from real consecutive months.

Every expected figure below is written from the printed text of the filings in
``sample_filings/deal-history/`` (Household Home Equity Loan Trust 2001-1, distributions
3, 4, 6 and 7; 2001-2, distributions 1, 2 and 11; ABSC 2004-HE4, July to September 2004) and
the seed ``002_c10342e102d7429b.txt``, as arithmetic on the printed figures."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import abs_nb
from abs_nb.errors import InputError
from abs_nb.surveillance.deal_history import HISTORY_COLUMNS

ROOT = Path(__file__).resolve().parents[2]
HISTORY = ROOT / "sample_filings" / "deal-history"
SEED_002 = ROOT / "sample_filings" / "002_c10342e102d7429b.txt"


@pytest.fixture(scope="module")
def corpus() -> abs_nb.Corpus:
    return abs_nb.load_many([str(HISTORY), str(SEED_002)], progress=False, workers=1, engine="serial")


@pytest.fixture(scope="module")
def h(corpus) -> pd.DataFrame:
    return corpus.history()


def _row(h: pd.DataFrame, deal: str, month: str) -> pd.Series:
    rows = h[(h["deal"] == deal) & (h["month"] == month)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_columns_and_deal_order(h):
    assert list(h.columns[: len(HISTORY_COLUMNS)]) == list(HISTORY_COLUMNS)
    for name in ("deal", "distribution_date", "deal_age", "missing"):
        assert name in h.columns
    # deals in order, each deal's months in order
    assert list(dict.fromkeys(h["deal"])) == ["2001-1", "2001-2", "2002-HE1", "2004-HE4"]
    for _, rows in h.groupby("deal", sort=False):
        assert list(rows["month"]) == sorted(rows["month"])


def test_function_and_method_agree(corpus, h):
    pd.testing.assert_frame_equal(abs_nb.history(corpus), h)
    pd.testing.assert_frame_equal(abs_nb.history(list(corpus)), h)


def test_deal_age_from_the_printed_distribution_number_and_a_missing_month(h):
    d = h[h["deal"] == "2001-1"]
    # Aug 2001 prints 'Distribution Number 3', so it is 2 months after the first distribution
    assert list(d["month"]) == ["2001-08", "2001-09", "2001-10", "2001-11", "2001-12"]
    assert list(d["deal_age"]) == [2, 3, 4, 5, 6]
    assert list(d["missing"]) == [False, False, True, False, False]
    assert list(d["distribution_number"].astype("float"))[:2] == [3.0, 4.0]
    assert set(d["age_basis"]) == {"distribution number"}
    # the October row is NaN, never interpolated
    oct_ = _row(h, "2001-1", "2001-10")
    assert oct_["distribution_date"] is None or pd.isna(oct_["distribution_date"])
    numeric = [c for c in h.columns if h[c].dtype == "float64"]
    assert all(math.isnan(oct_[c]) for c in numeric)
    # 2001-2: distributions 1 and 2 (Nov, Dec 2001), then 11 (Sep 2002): 8 missing months
    d2 = h[h["deal"] == "2001-2"]
    assert list(d2["deal_age"]) == list(range(0, 11))
    assert int(d2["missing"].sum()) == 8
    # 2004-HE4 prints no distribution number: months since its first filing here
    d3 = h[h["deal"] == "2004-HE4"]
    assert list(d3["deal_age"]) == [0, 1, 2] and set(d3["age_basis"]) == {"first in corpus"}


def test_household_2001_1_figures_from_the_text(h):
    aug, sep, dec = (_row(h, "2001-1", m) for m in ("2001-08", "2001-09", "2001-12"))
    assert aug["pool_beginning_balance"] == 761_141_516.20 and aug["pool_balance"] == 739_903_284.31
    assert sep["realized_losses"] == 20_820.00  # 'Charge off Amount'
    # 30+ = (30-59 + 60-89 + 90+) / End Principal Balance; the statement prints these three buckets
    assert sep["dq30_plus"] == pytest.approx((14_137_285.53 + 3_989_993.23 + 2_504_246.31) / 720_325_027.44, rel=1e-12)
    assert sep["dq60_plus"] == pytest.approx((3_989_993.23 + 2_504_246.31) / 720_325_027.44, rel=1e-12)
    assert sep["dq90_plus"] == pytest.approx(2_504_246.31 / 720_325_027.44, rel=1e-12)
    assert sep["dq_statuses"] == "30-59, 60-89, 90+"
    assert math.isnan(sep["foreclosure_rate"]) and math.isnan(sep["reo_rate"])  # not printed
    # Dec: End OC Amount 110,550,215.30, Target OC Amount 131,400,401.25
    assert dec["oc_headroom"] == pytest.approx(110_550_215.30 - 131_400_401.25, abs=1e-6)
    assert dec["oc_to_target"] == pytest.approx(110_550_215.30 / 131_400_401.25, rel=1e-12)
    # no scheduled principal, prepayments or liquidation proceeds printed: no SMM, MDR, severity
    assert math.isnan(dec["smm"]) and math.isnan(dec["cpr"]) and math.isnan(dec["mdr"]) and math.isnan(dec["severity"])
    # the deal begins here at distribution 3: no original balance, no cumulative loss is claimed
    assert math.isnan(dec["pool_factor"]) and math.isnan(dec["cumulative_realized_losses"])
    assert dec["month_checks"] == "pass"  # Nov's End Principal Balance is Dec's Begin Principal Balance
    assert _row(h, "2001-1", "2001-11")["month_checks"] == "warn"  # October is missing


def test_household_2001_2_original_balance_pool_factor_and_cumulative_loss(h):
    nov, dec, sep02 = (_row(h, "2001-2", m) for m in ("2001-11", "2001-12", "2002-09"))
    # distribution 1 begins at 838,413,909.51 and prints no pre-funding account
    assert nov["original_pool_balance"] == 838_413_909.51
    assert nov["original_balance_basis"] == "beginning balance of distribution 1"
    assert nov["pool_factor"] == pytest.approx(818_146_560.67 / 838_413_909.51, rel=1e-12)
    assert dec["pool_factor"] == pytest.approx(794_731_737.92 / 838_413_909.51, rel=1e-12)
    assert sep02["pool_factor"] == pytest.approx(603_996_168.67 / 838_413_909.51, rel=1e-12)
    # charge-offs 0.00 in distributions 1 and 2: cumulative 0, summed from distribution 1
    assert (nov["cumulative_realized_losses"], dec["cumulative_realized_losses"]) == (0.0, 0.0)
    assert dec["cumulative_loss_basis"] == "summed from distribution 1" and dec["cumulative_loss_rate"] == 0.0
    # Sep 2002 charges off 285,794.62 but months 3-10 are missing: the sum is unknown
    assert sep02["realized_losses"] == 285_794.62 and math.isnan(sep02["cumulative_realized_losses"])
    assert nov["oc_headroom"] == pytest.approx(88_560_388.12 - 142_530_364.62, abs=1e-6)
    assert bool(nov["trigger_event"]) is False  # 'Trigger Event No'
    assert bool(nov["stepdown_occurred"]) is False  # 'Stepdown No'
    assert dec["dq60_plus"] == pytest.approx((2_601_098.29 + 133_811.18) / 794_731_737.92, rel=1e-12)


def test_seed_002_sifma_rates_from_the_text(h):
    r = _row(h, "2002-HE1", "2002-11")
    base = 822_179_071.35 - 565_846.34  # Beg Bal - Sched Prin
    smm = (22_442_774.30 + 267_197.80) / base  # (Prep + Curt) / base
    assert r["smm"] == pytest.approx(smm, rel=1e-12)
    assert r["cpr"] == pytest.approx(1 - (1 - smm) ** 12, rel=1e-12)
    mdr = (52_952.20 + 54_299.56) / base  # (Net Liq Proceeds + Net Realized Losses) / base
    assert r["mdr"] == pytest.approx(mdr, rel=1e-12)
    assert r["cdr"] == pytest.approx(1 - (1 - mdr) ** 12, rel=1e-12)
    assert r["severity"] == pytest.approx(54_299.56 / (52_952.20 + 54_299.56), rel=1e-12)
    assert r["cumulative_realized_losses"] == 103_748.62 and r["cumulative_loss_basis"] == "printed"
    assert r["factor[A-1]"] == pytest.approx(124_074_387.46 / 235_258_000.00, rel=1e-12)
    assert r["credit_enhancement"] == pytest.approx(0.23191153, rel=1e-12)
    # one month: no 3-month average can be formed
    assert math.isnan(r["cpr_3m"]) and math.isnan(r["smm_12m"])


def test_class_factors_of_2004_he4_by_month(h):
    jul, aug, sep = (_row(h, "2004-HE4", m) for m in ("2004-07", "2004-08", "2004-09"))
    assert jul["factor[A-1]"] == pytest.approx(192_085_821.77 / 195_000_000.00, rel=1e-12)
    assert aug["factor[A-1]"] == pytest.approx(184_815_500.23 / 195_000_000.00, rel=1e-12)
    assert sep["factor[A-1]"] == pytest.approx(180_733_140.77 / 195_000_000.00, rel=1e-12)
    assert aug["factor[A-2]"] == pytest.approx(22_289_710.01 / 25_040_000.00, rel=1e-12)
    assert sep["factor[M-1]"] == 1.0
    # Aug's A-1 ending balance 184,815,500.23 is not Sep's beginning 184,815,639.49
    assert sep["month_checks"] == "fail" and aug["month_checks"] == "pass"
    # a class of another deal is NaN here
    assert math.isnan(sep["factor[B]"])


def test_averaged_cpr_needs_every_month_present(tmp_path):
    seed = SEED_002.read_text()
    months = [("November 15, 2002", "15-Nov-02"), ("December 16, 2002", "16-Dec-02"),
              ("January 15, 2003", "15-Jan-03"), ("February 18, 2003", "18-Feb-03")]
    paths = []
    for i, (long, short) in enumerate(months):
        if i == 2:
            continue  # January missing
        p = tmp_path / f"{i}.txt"
        p.write_text(seed.replace("November 15, 2002", long).replace("15-Nov-02", short))
        paths.append(str(p))
    h = abs_nb.history(abs_nb.load_many(paths, progress=False, workers=1, engine="serial"))
    assert list(h["missing"]) == [False, False, True, False]
    smm = (22_442_774.30 + 267_197.80) / (822_179_071.35 - 565_846.34)
    # the same SMM in Nov and Dec: a 3-month window always meets the missing January or
    # a month before the first, so it is NaN; the 1-month CPR is there
    assert h["cpr_3m"].isna().all()
    assert h.loc[3, "cpr"] == pytest.approx(1 - (1 - smm) ** 12, rel=1e-12)


def test_three_month_average_of_consecutive_months(tmp_path):
    seed = SEED_002.read_text()
    paths = []
    for i, (long, short) in enumerate([("November 15, 2002", "15-Nov-02"), ("December 16, 2002", "16-Dec-02"),
                                       ("January 15, 2003", "15-Jan-03")]):
        p = tmp_path / f"{i}.txt"
        p.write_text(seed.replace("November 15, 2002", long).replace("15-Nov-02", short))
        paths.append(str(p))
    h = abs_nb.history(abs_nb.load_many(paths, progress=False, workers=1, engine="serial"))
    smm = (22_442_774.30 + 267_197.80) / (822_179_071.35 - 565_846.34)
    assert math.isnan(h.loc[1, "cpr_3m"])
    assert h.loc[2, "smm_3m"] == pytest.approx(smm, rel=1e-12)  # the average of three equal SMMs
    assert h.loc[2, "cpr_3m"] == pytest.approx(1 - (1 - smm) ** 12, rel=1e-12)


def test_empty_and_bad_input():
    empty = abs_nb.history([])
    assert list(empty.columns) == list(HISTORY_COLUMNS) and not len(empty)
    assert empty["deal_age"].dtype == "Int64" and empty["smm"].dtype == "float64"
    with pytest.raises(InputError):
        abs_nb.history("sample_filings/*.txt")
    with pytest.raises(InputError):
        abs_nb.history(42)


def test_distribution_numbers_that_disagree_with_the_dates_are_not_trusted():
    nov = (HISTORY / "045_household-hel-2001-2-2001-11-statement-first.txt").read_text()
    dec = (HISTORY / "046_household-hel-2001-2-2001-12-statement.txt").read_text()
    assert "Distribution Number\n|\n2\n" in dec
    wrong = dec.replace("Distribution Number\n|\n2\n", "Distribution Number\n|\n5\n")  # Dec printed as 5
    h = abs_nb.history([abs_nb.load_text(nov), abs_nb.load_text(wrong)])
    assert list(h["deal_age"]) == [0, 1] and set(h["age_basis"]) == {"first in corpus"}
    # and a first distribution number that would put the deal's start after its first filing
    late = abs_nb.history([abs_nb.load_text(nov.replace("Distribution Number\n|\n1\n", "Distribution Number\n|\n0\n"))])
    assert list(late["age_basis"]) == ["first in corpus"]

# ---- properties over generated series of one deal's months, each month a real statement with
# its dates, distribution number and losses changed: a month removed from a series is a flagged
# NaN row, and cumulative losses never fall unless a check says why

HOUSEHOLD = (HISTORY / "046_household-hel-2001-2-2001-12-statement.txt").read_text()
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
        text = (SEED_002.read_text().replace("November 15, 2002", long).replace("15-Nov-02", short)
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
