"""abs_nb.corpus.long_tables: per-filing tables stacked into long tables, each row keyed by
its filing (trust, series, distribution date, source, sha256, statement). Figures are those
the seeds print, quoted in the comments."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pandas as pd
import pytest

import abs_nb
from abs_nb.corpus import long_tables as stack

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "sample_filings"
CORPUS = ROOT.parent / "shared" / "corpus"
DOCS = sorted(SEEDS.glob("*.txt")) + (sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else [])


@pytest.fixture(scope="module")
def seeds_corpus():
    return abs_nb.load_many(str(SEEDS / "*.txt"), progress=False)


def test_long_tables_have_keys_and_contract_columns(seeds_corpus):
    c = seeds_corpus
    for table in (c.classes, c.collateral, c.delinquency, c.metrics, c.checks, c.deal):
        assert {"trust", "series", "distribution_date", "source"} <= set(table.columns)
    cl = c.classes
    row = cl[(cl["series"] == "2003-HE4") & (cl["class"] == "M5-B")]
    assert row["original_balance"].item() == 7_700_000.0  # "M5-B  7,700,000" in 001
    assert row["distribution_date"].item() == dt.date(2003, 11, 17)
    coll = c.collateral
    assert coll[(coll["series"] == "2002-HE1") & (coll["group"] == "Total")]["ending_balance"].item() == 798796001.41
    dq = c.delinquency
    fb = dq[(dq["series"] == "2002-HE1") & (dq["group"] == "Fairbanks") & (dq["status"] == "foreclosure")]
    assert fb["count"].item() == 265 and fb["balance"].item() == 40832990.39
    deal = c.deal.set_index("series")
    assert deal.loc["2003-HE2", "oc_target"] == 14344337.0
    assert deal.loc["2002-HE1", "trigger_event"] == False  # noqa: E712 - a boolean column
    assert len(c.deal) == 3


def test_corpus_metrics_are_each_filings_metrics_by_group():
    # the stacked metrics are computed from the parsed values, not from a DataFrame per filing
    c = abs_nb.load_many(DOCS, progress=False, workers=1)
    parts = [pd.concat([pd.DataFrame([stack._keys(f)] * len(f.metrics_by_group)), f.metrics_by_group.reset_index()],
                       axis=1) for f in c if len(f.metrics_by_group)]
    pd.testing.assert_frame_equal(stack.metrics(c.filings), stack.typed_keys(pd.concat(parts, ignore_index=True)))


def test_each_filing_s_rows_are_its_own_table_behind_its_keys(seeds_corpus):
    filings = seeds_corpus.filings
    classes, collateral = stack.classes(filings), stack.collateral(filings)
    for table in (classes, collateral, stack.delinquency(filings), stack.checks(filings), stack.deal(filings)):
        assert list(table.columns[: len(stack.KEYS)]) == stack.KEYS
        assert str(table["statement"].dtype) == "Int64" and table["statement"].isna().all()  # one statement each
    for f in filings:
        mine = classes[classes["sha256"] == f.meta["sha256"]].set_index("class")
        assert list(mine.index) == list(f.classes.index)
        pd.testing.assert_frame_equal(mine[f.classes.columns], f.classes, check_names=False)
        groups = collateral[collateral["sha256"] == f.meta["sha256"]].set_index("group")
        pd.testing.assert_frame_equal(groups[f.collateral.columns], f.collateral, check_names=False)


def test_deal_columns_take_the_type_of_what_is_printed(seeds_corpus):
    deal = stack.deal(seeds_corpus.filings).set_index("series")
    # "Ending Count 4,258" (000): a count; a yes/no trigger; an amount; a rate
    assert str(deal["loan_count"].dtype) == "Int64" and deal.loc["2003-HE2", "loan_count"] == 4_258
    assert str(deal["trigger_event"].dtype) == "boolean"
    assert deal["oc_amount"].dtype == "float64" and deal.loc["2003-HE2", "oc_amount"] == 13_320_411.0
    assert deal["credit_enhancement"].dtype == "float64"
    # a field one filing does not print is missing there, the column keeps its type
    assert math.isnan(deal.loc["2002-HE1", "index_rate"]) and deal["index_rate"].dtype == "float64"


def test_no_filings_give_tables_of_keys_only():
    assert list(stack.deal([]).columns) == stack.KEYS
    empty = stack.classes([])
    assert len(empty) == 0 and list(empty.columns[: len(stack.KEYS) + 1]) == [*stack.KEYS, "class"]
    assert empty["original_balance"].dtype == "float64"


def test_typed_keys_makes_statement_a_nullable_integer():
    df = stack.typed_keys(pd.DataFrame({"statement": [1, None, 3], "x": ["a", "b", "c"]}))
    assert str(df["statement"].dtype) == "Int64" and df["statement"].isna().tolist() == [False, True, False]
    assert df["statement"].iloc[2] == 3
    untouched = pd.DataFrame({"x": [dt.date(2003, 10, 15)]})
    assert stack.typed_keys(untouched) is untouched
