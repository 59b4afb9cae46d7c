"""Tests for abs_nb.metrics: a filing's metrics from its tables (:func:`compute`).

Expected numbers are worked out by hand from published conventions (SIFMA Chapter SF) or from
the figures printed in the seed filings, never copied from the code's own output; the
arithmetic is written next to each assertion.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from abs_nb.metrics import compute

REL = 1e-9

# --------------------------------------------------------------------------------------------
# compute(): seed filing 000 (ABSC Home Equity Loan Trust 2003-HE2, 15-Oct-03), groups 1/2/Total


def _idx(*groups):
    return pd.Index(list(groups), name="group")


def filing_000():
    """Tables typed in by hand from sample_filings/000_2d551bf597d89db6.txt."""
    collateral = pd.DataFrame(
        {
            "beginning_balance": [446_326_904.0, 237_184_907.0, 683_511_811.0],
            "scheduled_principal": [359_372.0, 205_079.0, 564_452.0],
            "prepayments_and_curtailments": [11_232_980.0, 4_050_644.0, 15_283_624.0],
            "liquidation_proceeds": [90_170.0, 0.0, 90_170.0],
            "loan_purchases": [0.0, 0.0, 0.0],
            "total_principal": [11_682_523.0, 4_255_723.0, 15_938_246.0],
            "realized_losses": [4_429.0, 0.0, 4_429.0],
            "ending_balance": [434_639_952.0, 232_929_184.0, 667_569_136.0],
            "ending_count": [2_942, 1_316, 4_258],
        },
        index=_idx("Group 1", "Group 2", "Total"),
    )
    rows = [
        ("Group 1", "30-59", 78, 10_839_303.0),
        ("Group 1", "60-89", 24, 3_031_324.0),
        ("Group 1", "90+", 18, 2_787_501.0),
        ("Group 2", "30-59", 28, 4_042_374.09),
        ("Group 2", "60-89", 11, 1_000_696.74),
        ("Group 2", "90+", 13, 1_169_006.82),
        ("Total", "30-59", 106, 14_881_677.37),
        ("Total", "60-89", 35, 4_032_020.48),
        ("Total", "90+", 31, 3_956_507.42),
        ("Group 1", "foreclosure", 49, 6_544_348.0),
        ("Group 1", "bankruptcy", 19, 2_093_285.0),
        ("Group 1", "reo", 1, 158_954.0),
        ("Group 2", "foreclosure", 19, 4_228_336.69),
        ("Group 2", "bankruptcy", 12, 1_764_980.62),
        ("Group 2", "reo", 0, 0.0),
        ("Total", "foreclosure", 68, 10_772_685.07),
        ("Total", "bankruptcy", 31, 3_858_265.81),
        ("Total", "reo", 1, 158_954.23),
    ]
    delinquency = pd.DataFrame(rows, columns=["group", "status", "count", "balance"])
    delinquency["market_value"] = np.nan
    reo_with_value = (delinquency["status"] == "reo") & (delinquency["group"] != "Group 2")
    delinquency.loc[reo_with_value, "market_value"] = 140_000.0
    deal = pd.Series(
        {
            "oc_amount": 13_320_411.0,
            "oc_target": 14_344_337.0,
            "credit_enhancement": 0.20345036,
            "realized_losses": 4_429.0,
            "cumulative_realized_losses": 4_429.0,
        },
        dtype=object,
    )
    labels = "A-1 A-2 A-IO A-IO-INV M-1 M-2 M-3 M-4 M-5 P X R B-IO".split()
    classes = pd.DataFrame(
        {
            "original_balance": [397_000_000.0, 213_560_000.0, 60_000_000.0, 730_000_000.0,
                                 44_140_000.0, 40_460_000.0, 11_035_000.0, 18_400_000.0,
                                 11_034_900.0, 100.0, 0.0, 0.0, 64_000_000.0],
            "ending_balance": [345_199_023.0, 183_979_701.0, 52_800_000.0, 562_900_000.0,
                               44_140_000.0, 40_460_000.0, 11_035_000.0, 18_400_000.0,
                               11_034_900.0, 100.0, 13_320_411.0, 0.0, 64_000_000.0],
            "notional": [False, False, True, True, False, False, False, False, False,
                         False, False, False, True],
        },
        index=pd.Index(labels, name="class"),
    )  # fmt: skip
    return collateral, delinquency, deal, classes


def test_compute_shape_index_and_columns():
    collateral, delinquency, deal, classes = filing_000()
    m = compute(collateral, delinquency, deal, classes)
    assert list(m.index) == ["Group 1", "Group 2", "Total"]
    assert m.index.name == "group"
    assert list(m.columns) == [
        "smm", "cpr", "mdr", "cdr", "severity", "dq30_plus", "dq60_plus", "foreclosure_rate",
        "reo_rate", "bankruptcy_rate", "pool_factor", "credit_enhancement_computed",
        "oc_to_target",
    ]  # fmt: skip
    assert all(dtype == np.float64 for dtype in m.dtypes)


def test_compute_000_prepayments():
    m = compute(*filing_000())
    # Group 1: 11,232,980 / (446,326,904 - 359,372) = 11,232,980 / 445,967,532 = 0.02518789
    assert m.loc["Group 1", "smm"] == pytest.approx(11_232_980 / 445_967_532, rel=REL)
    assert m.loc["Group 1", "smm"] == pytest.approx(0.02518789, rel=1e-6)
    # CPR = 1 - (1 - 0.02518789)**12 = 0.2636...
    assert m.loc["Group 1", "cpr"] == pytest.approx(1 - (1 - 11_232_980 / 445_967_532) ** 12)
    # Group 2: 4,050,644 / (237,184,907 - 205,079) = 4,050,644 / 236,979,828 = 0.01709278
    assert m.loc["Group 2", "smm"] == pytest.approx(4_050_644 / 236_979_828, rel=REL)
    # Total: 15,283,624 / (683,511,811 - 564,452) = 15,283,624 / 682,947,359 = 0.02237892
    assert m.loc["Total", "smm"] == pytest.approx(15_283_624 / 682_947_359, rel=REL)
    assert m.loc["Total", "smm"] == pytest.approx(0.02237892, rel=1e-6)


def test_compute_000_defaults():
    m = compute(*filing_000())
    # Group 1 defaulted = 90,170 + 4,429 = 94,599; MDR = 94,599 / 445,967,532 = 0.00021212
    assert m.loc["Group 1", "mdr"] == pytest.approx(94_599 / 445_967_532, rel=REL)
    assert m.loc["Group 1", "cdr"] == pytest.approx(1 - (1 - 94_599 / 445_967_532) ** 12)
    # severity = 4,429 / 94,599 = 0.04681868
    assert m.loc["Group 1", "severity"] == pytest.approx(4_429 / 94_599, rel=REL)
    assert m.loc["Group 1", "severity"] == pytest.approx(0.04681868, rel=1e-6)
    # Group 2: nothing liquidated: MDR 0, CDR 0, severity 0/0 -> NaN
    assert m.loc["Group 2", "mdr"] == 0.0
    assert m.loc["Group 2", "cdr"] == 0.0
    assert math.isnan(m.loc["Group 2", "severity"])
    # Total: 94,599 / 682,947,359
    assert m.loc["Total", "mdr"] == pytest.approx(94_599 / 682_947_359, rel=REL)


def test_compute_000_delinquency():
    m = compute(*filing_000())
    # Group 1 30+: 10,839,303 + 3,031,324 + 2,787,501 + 6,544,348 (FC) + 158,954 (REO)
    #   = 23,361,430; / 434,639,952 = 0.05374892
    assert m.loc["Group 1", "dq30_plus"] == pytest.approx(23_361_430 / 434_639_952, rel=REL)
    assert m.loc["Group 1", "dq30_plus"] == pytest.approx(0.05374892, rel=1e-6)
    # Group 1 60+: 23,361,430 - 10,839,303 = 12,522,127; / 434,639,952 = 0.02881035
    assert m.loc["Group 1", "dq60_plus"] == pytest.approx(12_522_127 / 434_639_952, rel=REL)
    assert m.loc["Group 1", "foreclosure_rate"] == pytest.approx(6_544_348 / 434_639_952)
    assert m.loc["Group 1", "reo_rate"] == pytest.approx(158_954 / 434_639_952)
    assert m.loc["Group 1", "bankruptcy_rate"] == pytest.approx(2_093_285 / 434_639_952)
    # Group 2 30+: 4,042,374.09 + 1,000,696.74 + 1,169,006.82 + 4,228,336.69 + 0 = 10,440,414.34
    assert m.loc["Group 2", "dq30_plus"] == pytest.approx(10_440_414.34 / 232_929_184, rel=REL)
    assert m.loc["Group 2", "reo_rate"] == 0.0  # printed 0, so known to be 0
    # Total (printed): 14,881,677.37 + 4,032,020.48 + 3,956,507.42 + 10,772,685.07
    #   + 158,954.23 = 33,801,844.57; / 667,569,136 = 0.05063422
    assert m.loc["Total", "dq30_plus"] == pytest.approx(33_801_844.57 / 667_569_136, rel=REL)
    # 60+: 4,032,020.48 + 3,956,507.42 + 10,772,685.07 + 158,954.23 = 18,920,167.20
    assert m.loc["Total", "dq60_plus"] == pytest.approx(18_920_167.20 / 667_569_136, rel=REL)


def test_compute_000_include_bankruptcy():
    m = compute(*filing_000(), include_bankruptcy=True)
    # Group 1: 23,361,430 + 2,093,285 = 25,454,715; 60+: 12,522,127 + 2,093,285 = 14,615,412
    assert m.loc["Group 1", "dq30_plus"] == pytest.approx(25_454_715 / 434_639_952, rel=REL)
    assert m.loc["Group 1", "dq60_plus"] == pytest.approx(14_615_412 / 434_639_952, rel=REL)
    # bankruptcy_rate itself does not depend on the flag
    assert m.loc["Group 1", "bankruptcy_rate"] == pytest.approx(2_093_285 / 434_639_952)


def test_compute_000_deal_level_metrics_total_only():
    m = compute(*filing_000())
    # O/C 13,320,411 / target 14,344,337 = 0.92861810
    assert m.loc["Total", "oc_to_target"] == pytest.approx(13_320_411 / 14_344_337, rel=REL)
    # subordinate M-1..M-5: 44,140,000 + 40,460,000 + 11,035,000 + 18,400,000 + 11,034,900
    #   = 125,069,900; + O/C 13,320,411 = 138,390,311; / 667,569,136 = 0.20730484
    # (B-IO is notional and excluded; X, P, R are not subordinate certificates)
    ce = m.loc["Total", "credit_enhancement_computed"]
    assert ce == pytest.approx(138_390_311 / 667_569_136, rel=REL)
    assert ce == pytest.approx(0.20730484, rel=1e-6)
    # the filing prints no original pool balance: pool factor unknown, not guessed
    assert m["pool_factor"].isna().all()
    for group in ("Group 1", "Group 2"):
        for column in ("pool_factor", "credit_enhancement_computed", "oc_to_target"):
            assert math.isnan(m.loc[group, column])


def test_compute_pool_factor_from_original_pool_balance():
    collateral, delinquency, deal, classes = filing_000()
    deal = pd.concat([deal, pd.Series({"original_pool_balance": 735_630_100.0})])
    m = compute(collateral, delinquency, deal, classes)
    # 667,569,136 / 735,630,100 = 0.90748...
    assert m.loc["Total", "pool_factor"] == pytest.approx(667_569_136 / 735_630_100, rel=REL)
    assert math.isnan(m.loc["Group 1", "pool_factor"])


def test_compute_does_not_mutate_inputs():
    inputs = filing_000()
    copies = [x.copy(deep=True) for x in inputs]
    compute(*inputs, include_bankruptcy=True)
    pd.testing.assert_frame_equal(inputs[0], copies[0])
    pd.testing.assert_frame_equal(inputs[1], copies[1])
    pd.testing.assert_series_equal(inputs[2], copies[2])
    pd.testing.assert_frame_equal(inputs[3], copies[3])
    assert inputs[0].index.name == "group"


def test_compute_ignores_loan_purchases():
    collateral, delinquency, deal, classes = filing_000()
    collateral["loan_purchases"] = [1_000_000.0, 0.0, 1_000_000.0]
    m = compute(collateral, delinquency, deal, classes)
    assert m.loc["Group 1", "smm"] == pytest.approx(11_232_980 / 445_967_532, rel=REL)


def test_compute_index_name_is_group_even_if_unnamed():
    collateral, delinquency, deal, classes = filing_000()
    collateral.index.name = None
    m = compute(collateral, delinquency, deal, classes)
    assert m.index.name == "group"
    assert collateral.index.name is None


# --------------------------------------------------------------------------------------------
# compute(): seed filing 002 (ABSC 2002-HE1, 15-Nov-02): a single pool, delinquency by servicer


def filing_002():
    """Tables typed in by hand from sample_filings/002_c10342e102d7429b.txt."""
    collateral = pd.DataFrame(
        {
            "beginning_balance": [822_179_071.35],
            "scheduled_principal": [565_846.34],
            "prepayments": [22_442_774.30],
            "curtailments": [267_197.80],
            "liquidation_proceeds": [52_952.20],
            "loan_purchases": [0.0],
            "realized_losses": [54_299.56],
            "ending_balance": [798_796_001.41],
        },
        index=_idx("Total"),
    )
    rows = [
        ("Fairbanks", "30-59", 143, 19_526_780.36),
        ("Fairbanks", "60-89", 16, 1_959_569.60),
        ("Fairbanks", "90+", 14, 1_425_319.53),
        ("Long Beach", "30-59", 59, 4_175_166.26),
        ("Long Beach", "60-89", 18, 1_301_564.11),
        ("Long Beach", "90+", 14, 1_039_060.46),
        ("Fairbanks", "foreclosure", 265, 40_832_990.39),
        ("Long Beach", "foreclosure", 20, 1_661_100.37),
        ("Fairbanks", "bankruptcy", 51, 6_949_303.0),
        ("Long Beach", "bankruptcy", 32, 2_175_801.0),
        ("Fairbanks", "reo", 10, 1_604_742.0),
        ("Long Beach", "reo", 5, 286_223.0),
    ]
    delinquency = pd.DataFrame(rows, columns=["group", "status", "count", "balance"])
    deal = pd.Series(
        {
            "oc_amount": 14_250_001.74,
            "oc_target": 14_250_002.00,
            "credit_enhancement": 0.23191153,
            "cumulative_realized_losses": 103_748.62,
        }
    )
    classes = pd.DataFrame(
        {
            "original_balance": [235_258_000.0, 543_742_000.0, 233_000_000.0, 66_500_000.0,
                                 54_625_000.0, 49_875_000.0, 100.0, 0.0, 0.0, 31_500_000.0],
            "ending_balance": [124_074_387.46, 489_471_511.95, 233_000_000.0, 66_500_000.0,
                               54_625_000.0, 49_875_000.0, 100.0, 14_250_001.74, 0.0,
                               31_500_000.0],
            "notional": [False, False, True, False, False, False, False, False, False, True],
        },
        index=pd.Index(["A-1", "A-2", "A-IO", "M-1", "M-2", "B", "P", "X", "R", "BIO"],
                       name="class"),
    )  # fmt: skip
    return collateral, delinquency, deal, classes


def test_compute_002_prepayments_from_prepayments_plus_curtailments():
    m = compute(*filing_002())
    assert list(m.index) == ["Total"]
    # prepayments 22,442,774.30 + curtailments 267,197.80 = 22,709,972.10
    # over 822,179,071.35 - 565,846.34 = 821,613,225.01 -> SMM 0.02764071
    assert m.loc["Total", "smm"] == pytest.approx(22_709_972.10 / 821_613_225.01, rel=REL)
    assert m.loc["Total", "smm"] == pytest.approx(0.02764071, rel=1e-6)
    # defaulted 52,952.20 + 54,299.56 = 107,251.76; severity 54,299.56 / 107,251.76 = 0.5062813
    assert m.loc["Total", "mdr"] == pytest.approx(107_251.76 / 821_613_225.01, rel=REL)
    assert m.loc["Total", "severity"] == pytest.approx(0.5062813, rel=1e-6)


def test_compute_002_total_delinquency_is_sum_over_servicers():
    m = compute(*filing_002())
    # 30-59: 19,526,780.36 + 4,175,166.26 = 23,701,946.62
    # 60-89:  1,959,569.60 + 1,301,564.11 =  3,261,133.71
    # 90+:    1,425,319.53 + 1,039,060.46 =  2,464,379.99
    # FC:    40,832,990.39 + 1,661,100.37 = 42,494,090.76
    # REO:    1,604,742    +   286,223    =  1,890,965
    # 30+ = 73,812,516.08; 60+ = 73,812,516.08 - 23,701,946.62 = 50,110,569.46
    end = 798_796_001.41
    assert m.loc["Total", "dq30_plus"] == pytest.approx(73_812_516.08 / end, rel=REL)
    assert m.loc["Total", "dq30_plus"] == pytest.approx(0.09240471, rel=1e-6)
    assert m.loc["Total", "dq60_plus"] == pytest.approx(50_110_569.46 / end, rel=REL)
    assert m.loc["Total", "foreclosure_rate"] == pytest.approx(42_494_090.76 / end, rel=REL)
    assert m.loc["Total", "reo_rate"] == pytest.approx(1_890_965 / end, rel=REL)
    # bankruptcy 6,949,303 + 2,175,801 = 9,125,104
    assert m.loc["Total", "bankruptcy_rate"] == pytest.approx(9_125_104 / end, rel=REL)


def test_compute_002_credit_enhancement_matches_printed_figure():
    m = compute(*filing_002())
    # (M-1 66,500,000 + M-2 54,625,000 + B 49,875,000 + O/C 14,250,001.74) / 798,796,001.41
    #   = 185,250,001.74 / 798,796,001.41 = 0.23191153: the trustee prints 23.191153%
    ce = m.loc["Total", "credit_enhancement_computed"]
    assert ce == pytest.approx(185_250_001.74 / 798_796_001.41, rel=REL)
    assert ce == pytest.approx(0.23191153, abs=5e-9)
    # 14,250,001.74 / 14,250,002.00
    assert m.loc["Total", "oc_to_target"] == pytest.approx(14_250_001.74 / 14_250_002.00, rel=REL)


def test_compute_002_servicer_missing_a_status_makes_total_unknown():
    collateral, delinquency, deal, classes = filing_002()
    delinquency = delinquency[
        ~((delinquency["group"] == "Long Beach") & (delinquency["status"] == "reo"))
    ]
    m = compute(collateral, delinquency, deal, classes)
    assert math.isnan(m.loc["Total", "reo_rate"])
    assert math.isnan(m.loc["Total", "dq30_plus"])  # REO is part of 30+
    assert math.isnan(m.loc["Total", "dq60_plus"])
    # statuses every servicer printed are still summed
    assert m.loc["Total", "foreclosure_rate"] == pytest.approx(42_494_090.76 / 798_796_001.41)


def test_compute_printed_total_delinquency_wins_over_sum():
    collateral, delinquency, deal, classes = filing_002()
    total = pd.DataFrame(
        [("Total", "foreclosure", 1, 100.0)], columns=["group", "status", "count", "balance"]
    )
    m = compute(collateral, pd.concat([delinquency, total]), deal, classes)
    assert m.loc["Total", "foreclosure_rate"] == pytest.approx(100.0 / 798_796_001.41)
    assert math.isnan(m.loc["Total", "reo_rate"])  # the printed Total has no REO row


# --------------------------------------------------------------------------------------------
# compute(): missing data


def test_compute_missing_columns_give_nan_not_errors():
    collateral = pd.DataFrame({"ending_balance": [100.0]}, index=_idx("Total"))
    empty = pd.DataFrame(columns=["group", "status", "count", "balance"])
    m = compute(collateral, empty, pd.Series(dtype=float), pd.DataFrame())
    assert list(m.index) == ["Total"]
    assert m.isna().all().all()


def test_compute_nan_prepayments_and_curtailments_falls_back_to_parts():
    collateral = pd.DataFrame(
        {
            "beginning_balance": [1_010.0, 1_010.0, 1_010.0],
            "scheduled_principal": [10.0, 10.0, 10.0],
            "prepayments_and_curtailments": [20.0, np.nan, np.nan],
            "prepayments": [1.0, 8.0, 8.0],
            "curtailments": [1.0, 2.0, np.nan],
        },
        index=_idx("Group 1", "Group 2", "Total"),
    )
    m = compute(collateral, pd.DataFrame(), pd.Series(dtype=float), pd.DataFrame())
    assert m.loc["Group 1", "smm"] == pytest.approx(20 / 1_000)  # combined figure wins
    assert m.loc["Group 2", "smm"] == pytest.approx(10 / 1_000)  # 8 + 2
    assert math.isnan(m.loc["Total", "smm"])  # curtailments unknown
    assert math.isnan(m.loc["Total", "cpr"])


def test_compute_group_with_no_delinquency_rows_is_nan():
    collateral, delinquency, deal, classes = filing_000()
    delinquency = delinquency[delinquency["group"] != "Group 2"]
    m = compute(collateral, delinquency, deal, classes)
    for column in ("dq30_plus", "dq60_plus", "foreclosure_rate", "reo_rate", "bankruptcy_rate"):
        assert math.isnan(m.loc["Group 2", column]), column
    assert m.loc["Group 1", "reo_rate"] == pytest.approx(158_954 / 434_639_952)
    # the printed Total is still used as printed
    assert m.loc["Total", "reo_rate"] == pytest.approx(158_954.23 / 667_569_136)


def test_compute_total_summed_from_loan_groups_when_no_total_printed():
    collateral, delinquency, deal, classes = filing_000()
    groups_only = delinquency[delinquency["group"] != "Total"]
    m = compute(collateral, groups_only, deal, classes)
    # Group 1 + Group 2 REO: 158,954 + 0 = 158,954
    assert m.loc["Total", "reo_rate"] == pytest.approx(158_954 / 667_569_136, rel=REL)
    # 30+: 23,361,430 + 10,440,414.34 = 33,801,844.34
    assert m.loc["Total", "dq30_plus"] == pytest.approx(33_801_844.34 / 667_569_136, rel=REL)

    # only part of the pool printed: the Total is unknown rather than understated
    group_1_only = delinquency[delinquency["group"] == "Group 1"]
    m = compute(collateral, group_1_only, deal, classes)
    assert math.isnan(m.loc["Total", "dq30_plus"])


def test_compute_missing_delinquency_status_is_nan_not_zero():
    collateral, delinquency, deal, classes = filing_000()
    no_reo = delinquency[delinquency["status"] != "reo"]
    m = compute(collateral, no_reo, deal, classes)
    assert m["reo_rate"].isna().all()
    assert m["dq30_plus"].isna().all()
    assert m.loc["Group 1", "foreclosure_rate"] == pytest.approx(6_544_348 / 434_639_952)


def test_compute_credit_enhancement_excludes_io_by_label_and_needs_oc():
    collateral, delinquency, deal, classes = filing_000()
    # without the notional flag, B-IO is still recognised as IO by its label
    m = compute(collateral, delinquency, deal, classes.drop(columns="notional"))
    assert m.loc["Total", "credit_enhancement_computed"] == pytest.approx(
        138_390_311 / 667_569_136, rel=REL
    )
    # no O/C amount: credit enhancement unknown
    m = compute(collateral, delinquency, deal.drop("oc_amount"), classes)
    assert math.isnan(m.loc["Total", "credit_enhancement_computed"])
    assert math.isnan(m.loc["Total", "oc_to_target"])
    # no class table: unknown, not O/C alone
    m = compute(collateral, delinquency, deal, pd.DataFrame())
    assert math.isnan(m.loc["Total", "credit_enhancement_computed"])


def test_compute_zero_oc_target_is_nan():
    collateral, delinquency, deal, classes = filing_002()
    deal = deal.copy()
    deal["oc_target"] = 0.0
    m = compute(collateral, delinquency, deal, classes)
    assert math.isnan(m.loc["Total", "oc_to_target"])
