"""abs_nb.compare: where each row of a comparison comes from, what it accepts, how columns
are keyed. (Its display is tests/display/test_comparison.py's.) Figures are those the seeds
print, quoted in the comments."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

import abs_nb
from abs_nb.compare import DEFAULT_METRICS, value_of

SEEDS = sorted((Path(__file__).resolve().parents[1] / "sample_filings").glob("*.txt"))


@pytest.fixture(scope="module")
def filings() -> list[abs_nb.Filing]:
    return [abs_nb.load(p) for p in SEEDS]


def test_pool_rows_come_from_the_total_and_deal_rows_from_the_deal_figures(filings):
    f000 = filings[0]
    # 000: "Ending Balance ... 667,569,136", "Beginning Balance ... 683,511,811",
    # "Ending Count ... 4,258", "Ending O/C Amount 13,320,411", "O/C Target Amt 14,344,337"
    assert value_of(f000, "pool_balance") == 667_569_136
    assert value_of(f000, "pool_beginning_balance") == 683_511_811
    assert value_of(f000, "loan_count") == 4_258
    assert value_of(f000, "oc_amount") == 13_320_411 and value_of(f000, "oc_target") == 14_344_337
    # a computed metric is the filing's own
    assert value_of(f000, "cpr") == f000.metrics["cpr"]


def test_a_figure_the_filing_does_not_give_is_nan(filings):
    f002 = filings[2]
    # 002 prints no index rate (neither "LIBOR" nor "index" is in its text)
    assert "libor" not in f002.source_text.lower() and "index" not in f002.source_text.lower()
    assert math.isnan(value_of(f002, "index_rate"))
    assert math.isnan(value_of(f002, "no_such_metric"))


def test_paths_a_corpus_and_filings_compare_alike(filings):
    by_filings = abs_nb.compare(*filings)
    by_paths = abs_nb.compare(*SEEDS)
    corpus = abs_nb.load_many(SEEDS, progress=False, engine="serial")
    by_corpus = abs_nb.compare(corpus)
    by_list = abs_nb.compare(list(filings))
    for other in (by_paths, by_corpus, by_list):
        pd.testing.assert_frame_equal(other.table, by_filings.table)
    assert list(by_filings.table.index) == DEFAULT_METRICS


def test_nothing_to_compare_and_an_unknown_metric_are_clear_errors(filings):
    with pytest.raises(abs_nb.InputError, match="at least one filing"):
        abs_nb.compare()
    with pytest.raises(abs_nb.InputError, match=r"unknown metric\(s\) \['cprr'\]"):
        abs_nb.compare(filings[0], metrics=["cpr", "cprr"])


def test_a_second_report_of_one_deal_and_date_gets_its_own_column(filings):
    c = abs_nb.compare(filings[0], filings[0], metrics="pool_balance")
    assert c.table.columns.tolist() == [("2003-HE2", "2003-10-15"), ("2003-HE2", "2003-10-15 (2)")]
    assert c.labels == ["2003-HE2 2003-10-15", "2003-HE2 2003-10-15 (2)"]


def test_long_has_a_row_per_filing_and_metric_with_the_table_values(filings):
    c = abs_nb.compare(*filings, metrics=["pool_balance", "cpr"])
    long = c.long()
    assert len(long) == 3 * 2
    assert list(long.columns) == ["deal", "series", "distribution_date", "trust", "label", "metric", "value"]
    for r in long.itertuples(index=False):
        deal, date = r.label.split(" ", 1)
        want = c.table.loc[r.metric, (deal, date)]
        assert (math.isnan(r.value) and math.isnan(want)) or r.value == want
    assert repr(c) == "<Comparison: 3 filings x 2 metrics>"
    assert len(abs_nb.compare(filings[0], metrics="cpr").long()) == 1
