"""Trigger figures: read from what the parser exposes (flags in ``deal``, labelled
percentages in ``unmapped``); none of the real filings here prints a threshold."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

import abs_nb
from abs_nb.surveillance import trigger_tests
from abs_nb.surveillance.triggers import TRIGGER_COLUMNS, trigger_role, trigger_test

ROOT = Path(__file__).resolve().parents[2]
HISTORY = ROOT / "sample_filings" / "deal-history"
DEC = HISTORY / "046_household-hel-2001-2-2001-12-statement.txt"


def test_the_real_filings_print_no_threshold():
    c = abs_nb.load_many([str(HISTORY), str(ROOT / "sample_filings" / "*.txt")], progress=False, workers=1,
                         engine="serial")
    t = trigger_tests(c)
    assert list(t.columns) == TRIGGER_COLUMNS and not len(t)
    # the flags they print are in the history: 2001-2's first statement says 'Trigger Event No'
    h = c.history()
    first = h[(h["deal"] == "2001-2") & (h["deal_age"] == 0)].iloc[0]
    assert bool(first["trigger_event"]) is False and bool(first["stepdown_occurred"]) is False


def test_printed_thresholds_and_headroom():
    # a statement printing its tests as labelled percentages (lines appended to a real one)
    text = DEC.read_text() + ("\n|\nDelinquency Trigger Threshold\n|\n5.25%\n|\nDelinquency Test Rolling Average\n|\n"
                              "1.10%\n|\nCumulative Loss Trigger Threshold\n|\n2.50%\n|\nServicing Fee Rate\n|\n0.50%\n")
    f = abs_nb.load_text(text)
    t = trigger_tests([f])
    assert list(t["label"]) == ["Delinquency Trigger Threshold", "Delinquency Test Rolling Average",
                                "Cumulative Loss Trigger Threshold"]
    assert list(t["role"]) == ["threshold", "actual", "threshold"]
    assert list(t["test"]) == ["delinquency", "delinquency", "cumulative loss"]
    assert t["value"].tolist() == pytest.approx([0.0525, 0.011, 0.025], rel=1e-12)
    assert t.loc[0, "headroom"] == pytest.approx(0.0525 - 0.011, rel=1e-12)
    assert math.isnan(t.loc[2, "headroom"])  # a threshold without its actual: nothing paired
    assert list(t["deal_age"]) == [1, 1, 1]  # 'Distribution Number 2'


@pytest.mark.parametrize(("label", "role", "test"), [
    ("Two+ Payments Rolling Average", "actual", "delinquency"),
    ("Stepdown Cumulative Loss Test Percentage", "actual", "cumulative loss"),
    ("Required Loss Percentage Trigger Level", "threshold", "cumulative loss"),
    ("Step-Down Test", "actual", "step-down"),
])
def test_roles_and_tests_of_labels(label, role, test):
    assert trigger_role(label) == role and trigger_test(label) == test


def test_other_labels_are_not_trigger_figures():
    assert trigger_role("Cash Yield (% of beginning balance)") is None
    assert trigger_role("Net WAC") is None
