"""abs_nb.checks.metadata: the distribution date is found and stated consistently; a cover
sentence naming another date is reported, never silently used.

Each filing test edits one sentence of a seed (``tests/checks/conftest.py`` says how).
"""

from __future__ import annotations

import datetime as dt
import math

from abs_nb.checks.metadata import distribution_date

from .conftest import edited


def test_no_date_printed_is_one_warning():
    rows = distribution_date({"series": "2003-HE2"})
    assert [(r.check, r.subject, r.status) for r in rows] == [("distribution_date", "meta", "warn")]
    assert math.isnan(rows[0].expected) and math.isnan(rows[0].actual) and rows[0].lines == []


def test_stated_dates_that_agree_say_nothing():
    day = dt.date(2003, 10, 15)
    assert distribution_date({"distribution_date": day, "stated_distribution_dates": [day, day]}) == []
    assert distribution_date({"distribution_date": day}) == []


def test_each_disagreeing_statement_is_a_warning_naming_both_dates():
    rows = distribution_date({"distribution_date": dt.date(2002, 12, 16),
                              "stated_distribution_dates": [dt.date(2002, 2, 15), dt.date(2002, 12, 16)]})
    assert len(rows) == 1 and rows[0].status == "warn"
    assert "2002-02-15" in rows[0].detail and "2002-12-16" in rows[0].detail
    assert "the report's date is used" in rows[0].detail


def test_a_cover_sentence_with_another_date_warns_and_the_labelled_date_wins(texts, seeds):
    # 002, line 33: "On November 15, 2002 a scheduled distribution was made from the Trust"
    assert "distribution_date" not in set(seeds["002"].checks["check"])
    f = edited(texts["002"], "On November 15, 2002 a scheduled distribution", "On February 15, 2002 a scheduled distribution")
    assert f.meta["distribution_date"] == seeds["002"].meta["distribution_date"] == dt.date(2002, 11, 15)
    r = f.checks[f.checks["check"] == "distribution_date"]
    assert list(r["status"]) == ["warn"]
    assert "2002-02-15" in r["detail"].iloc[0] and "2002-11-15" in r["detail"].iloc[0]
