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


def test_asterisks_filling_a_check_protected_field_are_no_part_of_the_figure():
    import abs_nb

    assert parse_number("***5,598,504.95") == (Decimal("5598504.95"), False, 2)
    assert parse_number("********0.00") == (Decimal("0.00"), False, 2)
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\n"
            "CLASS          BEGINNING       INTEREST       PRINCIPAL          ENDING\n"
            "A-1    ****94,885,248.69 ****528,263.74 ***5,598,504.95 ****89,286,743.74\n"
            "A-2    ****41,000,000.00 ****253,175.00 ***********0.00 ****41,000,000.00\n"
            "A-3    ****30,500,000.00 ****192,658.33 ***********0.00 ****30,500,000.00\n")
    c = abs_nb.load_text(text).classes
    assert (c.loc["A-1", "beginning_balance"], c.loc["A-1", "principal"], c.loc["A-2", "ending_balance"]) == (
        94_885_248.69, 5_598_504.95, 41_000_000.00)
