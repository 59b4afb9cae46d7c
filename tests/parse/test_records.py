"""abs_nb.parse.records: a record shows, compares and pickles by the fields it names, as a
dataclass does, and is unhashable (mutable, compared by value). Tested on the package's own
records (a compiled build allows no record class of the tests' own)."""

from __future__ import annotations

import math
import pickle

import pytest

from abs_nb.parse.classes import Placed
from abs_nb.parse.pieces import CheckRow, Unmapped
from abs_nb.parse.records import Record


def test_a_record_shows_its_fields_in_order():
    assert repr(Unmapped(4, "Net WAC", ["7.625%"], "why")) == (
        "Unmapped(line=4, label='Net WAC', values=['7.625%'], reason='why')")
    assert repr(Record()) == "Record()"


def test_records_compare_by_their_fields_and_their_type():
    assert Unmapped(1, "a", ["2"], "r") == Unmapped(1, "a", ["2"], "r")
    assert Unmapped(1, "a", ["2"], "r") != Unmapped(1, "a", ["3"], "r")
    assert Unmapped(1, "a", ["2"], "r") != (1, "a", ["2"], "r")
    assert Placed(1.0, 2, None, None) != Unmapped(1, "a", ["2"], "r")  # another record type
    nan = Placed(math.nan, 2, None, None)
    assert nan == nan  # the same NaN object is equal to itself, as in a dataclass
    assert Placed(float("nan"), 2, None, None) != Placed(float("nan"), 2, None, None)  # two NaN objects are not


def test_a_record_is_unhashable():
    with pytest.raises(TypeError):
        hash(Unmapped(1, "a", [], "r"))
    with pytest.raises(TypeError):
        {CheckRow("c", "s", 1.0, 1.0, "pass", "", [])}  # noqa: B018


def test_a_record_pickles_as_the_call_that_rebuilds_it():
    row = CheckRow("total_row", "principal", 1.5, 1.5, "pass", "sum", [3, 4])
    back = pickle.loads(pickle.dumps(row))
    assert type(back) is CheckRow and back == row
    assert Unmapped.__reduce__(Unmapped(1, "a", ["2"], "r")) == (Unmapped, (1, "a", ["2"], "r"))
