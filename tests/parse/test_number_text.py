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


def test_a_figure_in_square_brackets_is_negative_as_in_round_ones():
    assert parse_number("[121,877.40]") == (Decimal("-121877.40"), False, 2)
    assert parse_number("[$5.00]") == parse_number("($5.00)") == (Decimal("-5.00"), False, 2)
    for mixed in ("[5)", "(5]", "[5", "5]"):
        assert parse_number(mixed) is None  # a bracket closes the kind it opens
    assert parse_number("[2]") is None and parse_number("[12]") is None  # a note's mark, no figure


def test_a_note_mark_in_square_brackets_after_a_label_leaves_its_figure_read():
    import abs_nb

    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\n"
            "  Servicing Fee [2]                                                 202,657.13\n"
            "  Overcollateralization Target Amount [3]                         2,892,211.06\n"
            "  [2] Paid monthly.  [3] As defined in the Agreement.\n")
    f = abs_nb.load_text(text)
    assert f.deal["servicing_fee"] == 202_657.13
    assert f.deal["oc_target"] == 2_892_211.06


def test_a_pool_roll_forward_printing_its_deductions_in_square_brackets_is_read():
    import abs_nb

    text = ("MORTGAGE LOAN INFORMATION\n\n"
            "                                     Group I             Group II               Total\n"
            "  Beginning Pool Balance       151,223,408.16      268,907,115.49      420,130,523.65\n"
            "  Less: Scheduled Principal       [121,877.40]        [172,006.93]        [293,884.33]\n"
            "        Prepayments in Full     [2,804,110.96]      [6,318,775.02]      [9,122,885.98]\n"
            "        Realized Losses            [41,230.88]         [88,614.04]        [129,844.92]\n"
            "  Ending Pool Balance          148,256,188.92      262,327,719.50      410,583,908.42\n")
    c = abs_nb.load_text(text).collateral
    assert c.loc["Group 1", "scheduled_principal"] == 121_877.40  # the deduction's sign: stored as the amount
    assert c.loc["Group 2", "unscheduled_principal"] == 6_318_775.02  # (no partial prepayment printed)
    assert c.loc["Total", "realized_losses"] == 129_844.92
    assert c.loc["Group 1", "ending_balance"] == 148_256_188.92
    assert list(c.index) == ["Group 1", "Group 2", "Total"]  # no group named by bracketed figures
