"""Edge values found in review: each is either read exactly or reported, never guessed."""

from __future__ import annotations

import math
from decimal import Decimal
from pathlib import Path

import pandas as pd

import abs_nb
from abs_nb.parse.tokens import parse_number

S0 = (Path(__file__).resolve().parents[1] / "sample_filings" / "000_2d551bf597d89db6.txt").read_text()


def edited(old: str, new: str) -> abs_nb.Filing:
    assert S0.count(old) == 1
    return abs_nb.load_text(S0.replace(old, new))


def test_trailing_minus_is_a_negative_number_and_keeps_the_table():
    assert parse_number("90,170-") == (Decimal("-90170"), False, 0)
    assert parse_number("-90,170-") is None  # two signs: not a number
    f = edited("     Net Liq Proc.     90,170               0           90,170",
               "     Net Liq Proc.     90,170-              0           90,170-")
    assert f.collateral.loc["Group 1", "liquidation_proceeds"] == -90170.0
    # the rest of the pool table is still read
    assert f.collateral.loc["Total", "total_principal"] == 15938246.0
    # 359,372 + 11,232,980 - 90,170 + 0 = 11,502,182, not the printed 11,682,523: reported
    row = f.checks[(f.checks["check"] == "pool_principal") & (f.checks["subject"] == "Group 1")]
    assert row["status"].item() == "fail" and row["expected"].item() == 11502182.0


def test_a_paid_off_pool_does_not_crash_the_credit_enhancement_check():
    f = edited("Ending Balance    434,639,952     232,929,184      667,569,136",
               "Ending Balance    434,639,952     232,929,184                0")
    assert f.collateral.loc["Total", "ending_balance"] == 0.0
    assert not (f.checks["check"] == "credit_enhancement").any()


def test_a_derived_sum_never_uses_a_rejected_figure():
    f = edited("     Prep+curts    11,232,980       4,050,644       15,283,624",
               "     Prep          11,232,980       4,050,644       15,283,624\n"
               "     Curt                  5%              0                5")
    assert math.isnan(f.collateral.loc["Group 1", "curtailments"])
    assert math.isnan(f.collateral.loc["Group 1", "prepayments_and_curtailments"])
    # Group 2 read cleanly: 4,050,644 + 0
    assert f.collateral.loc["Group 2", "prepayments_and_curtailments"] == 4050644.0


def test_an_unlabelled_block_one_row_short_is_not_shifted():
    f = edited("    4.00000%       180,000\n", "")  # A-IO's Rate/Int row dropped
    assert math.isnan(f.classes.loc["B-IO", "interest"])  # not the Total's 1,632,020
    assert math.isnan(f.classes.loc["A-1", "interest"])
    rows = f.checks[f.checks["check"] == "block_rows"]
    assert len(rows) == 1 and rows["status"].item() == "fail"


def test_a_rate_without_percent_sign_is_not_guessed():
    f = edited("Weighted Avg. Gross Coup. of Mortg. Loans              7.67384%",
               "Weighted Avg. Gross Coup. of Mortg. Loans              0.0767384")
    assert math.isnan(f.deal["wac"])
    assert f.checks[f.checks["check"] == "unreadable_value"]["detail"].str.contains("without %").any()
    f = edited("Credit Enhancement %                                 20.345036%",
               "Credit Enhancement %                                 149,669,612")
    assert math.isnan(f.deal["credit_enhancement"])
    # a percent number without the sign (as GMAC-RFC prints pass-through rates) is read
    f = edited("Weighted Avg. Gross Coup. of Mortg. Loans              7.67384%",
               "Weighted Avg. Gross Coup. of Mortg. Loans              7.67384")
    assert f.deal["wac"] == 0.0767384


def test_a_dash_in_a_figures_place_is_no_figure_and_keeps_the_table():
    # 000 prints A-IO's principal as "0"; a report printing "-" there (or an en or em dash)
    # means nothing was paid: NaN, as a blank is (never guessed to be 0), and the row keeps
    # its columns (the dash, taken for a word, had broken the class table)
    row = "      A-IO       60,000,000     54,000,000           0"
    assert row in S0
    for dash in ("-", "--", "\u2013", "\u2014"):
        f = abs_nb.load_text(S0.replace(row, row[:-1] + dash))
        assert len(f.classes) == 13 and f.unmapped.empty
        assert math.isnan(f.classes.loc["A-IO", "principal"])
        assert f.classes.loc["A-IO", "ending_balance"] == abs_nb.load_text(S0).classes.loc["A-IO", "ending_balance"]
    assert parse_number("-") is None  # not a number: a dash is read as no figure, never as 0


def test_a_count_too_large_for_any_count_is_reported_and_every_table_still_builds(tmp_path):
    # found by review: 99999999999999999999 loans made the delinquency and metrics tables,
    # the summary and a corpus's tables raise OverflowError
    f = edited("Bankruptcy                  12      1764980.62", "Bankruptcy  99999999999999999999      1764980.62")
    dq = f.delinquency.set_index(["group", "status"])
    assert dq.loc[("Group 2", "bankruptcy"), "count"] is pd.NA  # counts are Int64: missing is <NA>
    assert dq.loc[("Group 2", "bankruptcy"), "balance"] == 1764980.62  # the rest of the row is read
    row = f.checks[f.checks["subject"] == "delinquency Group 2 bankruptcy count"]
    assert row["status"].tolist() == ["fail"] and "count too large" in row["detail"].item()
    f.metrics, f.collateral, f._repr_mimebundle_()  # noqa: B018 - each builds
    path = tmp_path / "big.txt"
    path.write_text(S0.replace("Bankruptcy                  12      1764980.62", "Bankruptcy  99999999999999999999      1764980.62"))
    c = abs_nb.load_many([path, Path(__file__).resolve().parents[1] / "sample_filings" / "000_2d551bf597d89db6.txt"],
                         progress=False)
    assert len(c.delinquency) > 0 and len(c.metrics) == 6


def test_a_number_beyond_any_float_is_reported_not_infinite():
    from abs_nb.parse.tokens import tokenize_line
    from abs_nb.parse.values import convert

    token = tokenize_line("Beginning Balance  " + "9" * 400 + ".00", 1).values[0]
    value, problem = convert(token, "money")
    assert math.isnan(value) and problem.startswith("number too large")
    assert convert(tokenize_line("Beginning Balance  " + "9" * 300 + ".00", 1).values[0], "money")[1] is None


def test_a_garbled_delinquency_figure_is_listed_and_the_totals_it_leaves_unchecked_are_said():
    # found by review: "1764980.6Z" made Group 2's bankruptcy row vanish with no trace, and the
    # checks of the bankruptcy and REO Totals were skipped in silence
    from abs_nb.parse.leftovers import GARBLED

    f = edited("1764980.62", "1764980.6Z")
    assert [261, ["1764980.6Z"], GARBLED] in f.unmapped[["line", "values", "reason"]].values.tolist()
    warned = f.checks[(f.checks["check"] == "group_sum") & (f.checks["status"] == "warn")]
    assert set(warned["subject"]) == {"delinquency bankruptcy", "delinquency reo"}
    assert all("Group 2 prints no" in d for d in warned["detail"])
    assert edited("1764980.62", "1764980.63").checks.query("status == 'warn' and check == 'group_sum'").empty


def test_prose_numbers_are_not_garbled_figures():
    from abs_nb.parse.leftovers import GARBLED

    for path in sorted((Path(__file__).resolve().parents[1] / "sample_filings").glob("*.txt")):
        assert GARBLED not in set(abs_nb.load(path).unmapped["reason"])  # "Act of 1934," "May 15, 2001."
