"""abs_nb.parse.records: a record shows, compares and pickles by the fields it names, as a
dataclass does, and is unhashable (mutable, compared by value)."""

from __future__ import annotations

import math
import pickle

import pytest

from abs_nb.parse.records import Record


class Point(Record):
    _fields = ("x", "y")

    def __init__(self, x: float, y: float) -> None:
        self.x, self.y = x, y
        self.seen = 0  # not a field: neither shown nor compared


class Other(Record):
    _fields = ("x", "y")

    def __init__(self, x: float, y: float) -> None:
        self.x, self.y = x, y


def test_a_record_shows_its_fields_in_order():
    assert repr(Point(1, "a")) == "Point(x=1, y='a')"
    assert repr(Record()) == "Record()"


def test_records_compare_by_their_fields_and_their_type():
    p = Point(1, 2)
    p.seen = 5
    assert p == Point(1, 2)
    assert Point(1, 2) != Point(2, 1)
    assert Point(1, 2) != Other(1, 2)  # the same fields of another record type
    assert Point(1, 2) != (1, 2)
    nan = Point(math.nan, 2)
    assert nan == nan  # the same NaN object is equal to itself, as in a dataclass
    assert Point(float("nan"), 2) != Point(float("nan"), 2)  # two NaN objects are not


def test_a_record_is_unhashable():
    with pytest.raises(TypeError):
        hash(Point(1, 2))
    with pytest.raises(TypeError):
        {Point(1, 2)}  # noqa: B018


def test_a_record_pickles_as_the_call_that_rebuilds_it():
    p = Point(1.5, [1, 2])
    p.seen = 7
    q = pickle.loads(pickle.dumps(p))
    assert type(q) is Point and q == p
    assert q.seen == 0  # rebuilt by __init__ from the fields: what is not a field is not sent
    assert Point.__reduce__(p) == (Point, (1.5, [1, 2]))
