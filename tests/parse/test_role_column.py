"""abs_nb.parse.role_column: a column's figures and the field already known for it."""

from __future__ import annotations

import math

from abs_nb.parse.role_column import Column, taken_fields


def test_a_fixed_column_starts_with_its_header_s_field_a_free_one_with_none():
    fixed = Column("Prin", "principal", {"A": 1.0}, fixed=True)
    free = Column("Prin", "principal", {"A": 1.0})
    assert (fixed.field, fixed.status, fixed.by_words) == ("principal", "pass", True)
    assert (free.field, free.status, free.by_words) == (None, "", False)


def test_half_a_unit_of_the_printed_decimals_and_blank_figures():
    c = Column("", None, {"A": 1.25, "B": math.nan, "C": 0.0}, {"A": 2, "C": 0})
    assert (c.half_unit("A"), c.half_unit("C"), c.half_unit("B")) == (0.005, 0.5, 0.5)
    assert c.numeric and not c.all_zero
    assert Column("", None, {"A": 0.0, "B": math.nan}).all_zero
    assert not Column("", None, {"A": math.nan}).numeric


def test_a_field_two_columns_claim_with_other_figures_is_known_by_neither():
    a = Column("Beg", "beginning_balance", {"A": 100.0}, {"A": 2}, fixed=True)
    same = Column("Beg", "beginning_balance", {"A": 100.004}, {"A": 2}, fixed=True)
    other = Column("Beg", "beginning_balance", {"A": 64.06}, {"A": 2}, fixed=True)
    assert taken_fields([a, same])["beginning_balance"] is a  # within rounding: one figure
    assert "beginning_balance" not in taken_fields([a, other])
