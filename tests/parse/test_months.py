"""abs_nb.parse.months: a month's names, a year in two digits or four, a column's month."""

from __future__ import annotations

from datetime import date

import pytest

from abs_nb.parse.months import MONTHS, full_year, month_of


@pytest.mark.parametrize("name, number", [("jan", 1), ("january", 1), ("sept", 9), ("sep", 9), ("may", 5), ("dec", 12)])
def test_a_month_s_names_give_its_number(name, number):
    assert MONTHS[name] == number


def test_no_other_word_is_a_month():
    assert "mon" not in MONTHS and "group" not in MONTHS and "ma" not in MONTHS


@pytest.mark.parametrize("printed, year", [("98", 1998), ("69", 2069), ("70", 1970), ("05", 2005), ("2001", 2001), ("1997", 1997)])
def test_a_two_digit_year_is_in_the_century_of_the_reports(printed, year):
    assert full_year(printed) == year


@pytest.mark.parametrize("name, first", [
    ("JUN-01", date(2001, 6, 1)), ("May 2001", date(2001, 5, 1)), ("Sept. '98", date(1998, 9, 1)),
    ("JUL/02 (CURRENT)", date(2002, 7, 1)), ("Prior: Dec 1999", date(1999, 12, 1)),
])
def test_a_column_named_by_a_month_and_its_year_is_that_month(name, first):
    assert month_of(name) == first


@pytest.mark.parametrize("name", ["JUN 30", "Group 01", "Class A-1", "Balance 2001", "Mon-01"])
def test_a_day_a_group_or_a_word_is_no_month(name):
    assert month_of(name) is None
