"""abs_nb.parse.number_text: numbers read exactly as printed, or not at all."""

from __future__ import annotations

from decimal import Decimal

import pytest

from abs_nb.parse.number_text import parse_number


@pytest.mark.parametrize("text,expected", [
    ("1,234.56", (Decimal("1234.56"), False, 2)),
    ("(1,234.50)", (Decimal("-1234.50"), False, 2)),
    ("$(5)", (Decimal("-5"), False, 0)),
    ("7.67384%", (Decimal("7.67384"), True, 5)),
    ("90,170-", (Decimal("-90170"), False, 0)),
    (".5", (Decimal("0.5"), False, 1)),
])
def test_every_shape_a_report_prints_is_read_exactly(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["-90,170-", "47,5000,000.00", "-", "1,23", "(5", "12a", ""])
def test_text_that_is_no_well_formed_number_is_none(text):
    assert parse_number(text) is None
