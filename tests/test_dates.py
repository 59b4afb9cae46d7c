"""abs_nb.dates: the one reading of the dates a user passes (``since=``, ``until=``)."""

from __future__ import annotations

import datetime as dt

import pytest

from abs_nb.dates import date_argument
from abs_nb.errors import AbsNbError, InputError


@pytest.mark.parametrize("value", [
    dt.date(2003, 10, 15), dt.datetime(2003, 10, 15, 23, 59), "2003-10-15", " 2003-10-15\n",
    "2003-10-15T09:30", "2003-10-15 09:30:00",
])
def test_a_date_a_datetime_or_an_iso_text_is_that_day(value):
    assert date_argument(value, "since") == dt.date(2003, 10, 15)


def test_none_is_no_date():
    assert date_argument(None, "until") is None


@pytest.mark.parametrize("value", ["15/10/2003", "2003-02-30", "last year", "", 2003.5, [2003, 10, 15]])
def test_anything_else_is_an_input_error_naming_the_argument(value):
    with pytest.raises(InputError) as err:
        date_argument(value, "until")
    assert isinstance(err.value, AbsNbError)
    assert "expected until: a date" in str(err.value)
    assert repr(value)[:40] in str(err.value)


def test_a_number_is_no_date():
    with pytest.raises(InputError, match="since: a date"):
        date_argument(20031015, "since")
