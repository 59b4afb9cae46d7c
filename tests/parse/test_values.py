"""abs_nb.parse.values: printed cells -> typed values; a cell that cannot be read is NaN with a
reason, never a guess."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

import abs_nb

from .conftest import S0, edited


def test_a_rate_without_percent_sign_is_not_guessed():
    # below the net coupon (7.17384%), read either way: no identity tells its scale
    f = edited("Weighted Avg. Gross Coup. of Mortg. Loans              7.67384%",
               "Weighted Avg. Gross Coup. of Mortg. Loans              0.0667384")
    assert math.isnan(f.deal["wac"])
    assert f.checks[f.checks["check"] == "unreadable_value"]["detail"].str.contains("without %").any()
    # where the servicing fee is the spread's with it read as a fraction, it is one (proven:
    # abs_nb.parse.rate_scale), never taken for 0.0767384%
    f = edited("Weighted Avg. Gross Coup. of Mortg. Loans              7.67384%",
               "Weighted Avg. Gross Coup. of Mortg. Loans              0.0767384")
    assert f.deal["wac"] == 0.0767384
    assert f.checks[f.checks["check"] == "rate_scale"].status.tolist() == ["repaired"]
    f = edited("Credit Enhancement %                                 20.345036%",
               "Credit Enhancement %                                 149,669,612")
    assert math.isnan(f.deal["credit_enhancement"])
    # a percent number without the sign (as GMAC-RFC prints pass-through rates) is read
    f = edited("Weighted Avg. Gross Coup. of Mortg. Loans              7.67384%",
               "Weighted Avg. Gross Coup. of Mortg. Loans              7.67384")
    assert f.deal["wac"] == 0.0767384


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
    c = abs_nb.load_many([path, Path(__file__).resolve().parents[2] / "sample_filings" / "000_2d551bf597d89db6.txt"],
                         progress=False)
    assert len(c.delinquency) > 0 and len(c.metrics) == 6


def test_a_number_beyond_any_float_is_reported_not_infinite():
    from abs_nb.parse.tokens import tokenize_line
    from abs_nb.parse.values import convert

    token = tokenize_line("Beginning Balance  " + "9" * 400 + ".00", 1).values[0]
    value, problem = convert(token, "money")
    assert math.isnan(value) and problem.startswith("number too large")
    assert convert(tokenize_line("Beginning Balance  " + "9" * 300 + ".00", 1).values[0], "money")[1] is None



def test_an_amount_is_printed_in_cents_at_most_more_decimals_are_flagged_not_read():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\n"
            "     Per $1,000 of original Certificate Balance of the related Class:\n"
            "(45) Servicing Fee                       0.5955941\n"
            "     Servicing Fee                      147,420.47\n")
    f = abs_nb.load_text(text)
    assert f.deal["servicing_fee"] != 0.5955941
    bad = f.checks[f.checks.detail.str.contains("decimals", na=False) & (f.checks.status != "pass")]
    assert bad.detail.str.contains("0.5955941").any()
