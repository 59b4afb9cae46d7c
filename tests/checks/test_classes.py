"""Class-table checks (abs_nb.checks.classes): a write-down with no loss names its amount."""

from __future__ import annotations

import abs_nb

from ._edit import S000, edit, rows


def test_an_ending_balance_below_the_roll_forward_with_no_loss_names_the_write_down():
    f = abs_nb.load_text(edit(S000, 137, "44,140,000", "44,100,000"))
    status, detail = rows(f, "class_roll_forward")["M-1"]
    assert status == "fail"
    assert "no realized loss is printed: a write-down of 40,000.00" in detail


def test_an_ending_balance_above_the_roll_forward_is_not_called_a_write_down():
    f = abs_nb.load_text(edit(S000, 137, "44,140,000", "44,190,000"))
    status, detail = rows(f, "class_roll_forward")["M-1"]
    assert status == "fail" and "write-down" not in detail
