"""abs_nb.filing_tables: the parsed plain data as the data contract's DataFrames.

Figures are those seed 000 prints (``sample_filings/000_2d551bf597d89db6.txt``), quoted in
the comments; derived columns are checked against their definition in docs/schema.md.
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

import abs_nb
from abs_nb import filing_tables as t
from abs_nb.parse.pieces import CheckRow

SEEDS = sorted((Path(__file__).resolve().parents[1] / "sample_filings").glob("*.txt"))


@pytest.fixture(scope="module")
def f000() -> abs_nb.Filing:
    return abs_nb.load(SEEDS[0])


def test_classes_hold_the_contract_columns_in_order_then_the_derived_ones(f000):
    df = t.classes_frame(f000.parsed, f000.membership)
    assert df.index.name == "class"
    assert list(df.columns[: len(t.CLASS_COLUMNS)]) == t.CLASS_COLUMNS
    assert list(df.columns[-3:]) == ["factor", "notional", "in_totals"]
    assert df["cusip"].dtype == object and df["original_balance"].dtype == "float64"
    assert df["notional"].dtype == bool and df["in_totals"].dtype == bool


def test_factor_is_ending_over_original_and_nan_without_an_original_balance(f000):
    df = t.classes_frame(f000.parsed, f000.membership)
    # "A-1  397,000,000  358,770,937  13,571,914": ending 358,770,937 - 13,571,914 = 345,199,023
    assert df.loc["A-1", "factor"] == 345_199_023 / 397_000_000
    # "X  0  10,747,180  0": an original balance of 0 has no factor
    assert df.loc["X", "original_balance"] == 0 and math.isnan(df.loc["X", "factor"])


def test_collateral_groups_in_printed_order_with_integer_counts(f000):
    df = t.collateral_frame(f000.parsed)
    assert list(df.index) == ["Group 1", "Group 2", "Total"] and list(df.columns[:16]) == t.COLLATERAL_COLUMNS
    # "Ending Count  2,942  1,316  4,258"; "Ending Balance 434,639,952  232,929,184  667,569,136"
    assert df["ending_count"].dtype == "Int64" and list(df["ending_count"]) == [2_942, 1_316, 4_258]
    assert list(df["ending_balance"]) == [434_639_952.0, 232_929_184.0, 667_569_136.0]


def test_delinquency_rows_keep_counts_as_integers_and_balances_as_floats(f000):
    df = t.delinquency_frame(f000.parsed)
    assert list(df.columns) == t.DELINQUENCY_COLUMNS
    assert (df["count"].dtype, df["balance"].dtype, df["market_value"].dtype) == ("Int64", "float64", "float64")
    # "30-59 days delinq  78  10,839,303"
    row = df[(df["group"] == "Group 1") & (df["status"] == "30-59")].iloc[0]
    assert row["count"] == 78 and row["balance"] == 10_839_303.0


def test_metrics_records_are_the_rows_compute_gives_from_the_frames():
    from abs_nb import metrics

    for seed in SEEDS:
        f = abs_nb.load(seed)
        p = f.parsed
        want = metrics.compute(t.collateral_frame(p), t.delinquency_frame(p), t.deal_series(p),
                               t.classes_frame(p, f.membership))
        got = pd.DataFrame.from_records(t.metrics_records(p)).set_index("group")
        assert list(got.index) == list(want.index), seed.name
        for col in want.columns:
            for g in want.index:
                a, b = got.loc[g, col], want.loc[g, col]
                assert (a != a and b != b) or a == b, (seed.name, g, col, a, b)


def test_checks_frame_difference_is_actual_minus_expected():
    rows = [CheckRow("sum", "Total", 100.0, 100.5, "pass", "", [3, 4]),
            CheckRow("x", "y", math.nan, 2.0, "fail", "why", [])]
    df = t.checks_frame(rows)
    assert list(df.columns) == t.CHECK_COLUMNS
    assert df.loc[0, "difference"] == 0.5 and df.loc[0, "lines"] == [3, 4]
    assert math.isnan(df.loc[1, "difference"])
    assert list(t.checks_frame([]).columns) == t.CHECK_COLUMNS


def test_typed_gives_an_empty_frame_its_column_types():
    empty = pd.DataFrame(columns=["label", "amount", "count"])
    df = t.typed(empty, ["amount", "count"], {"count"})
    assert (str(df["label"].dtype), str(df["amount"].dtype), str(df["count"].dtype)) == ("object", "float64", "Int64")
    full = t.typed(pd.DataFrame({"amount": [1, 2], "count": [3.0, None]}), ["amount", "count"], {"count"})
    assert str(full["amount"].dtype) == "float64" and full["count"].tolist()[0] == 3 and full["count"].isna().tolist()[1]


def test_provenance_frame_has_one_row_per_printed_value(f000):
    df = t.provenance_frame(f000.parsed)
    assert list(df.columns) == ["table", "row", "column", "line", "start", "end"]
    assert len(df) == len(f000.parsed.provenance)
    # the A-1 row of the class table is line 81 of the report
    a1 = df[(df["table"] == "classes") & (df["row"] == "A-1") & (df["column"] == "original_balance")].iloc[0]
    assert a1["line"] == 81 and f000.source_text[a1["start"]:a1["end"]] == "397,000,000"
