"""abs_nb.parse.loss_signs: a loss printed negative, where the pool's reconciliation proved
its loss a deduction, is that loss's amount."""

from __future__ import annotations

import abs_nb
from abs_nb.parse.loss_signs import same_loss_signs

TEXT = (
    "STATEMENT TO CERTIFICATEHOLDERS\n\n"
    "Class        Beginning Balance     Principal Dist    Realized Loss    Ending Balance\n"
    "A-1             100,000,000.00       1,941,788.60             0.00     98,058,211.40\n"
    "X                 9,286,150.43               0.00       -58,211.40      9,286,150.43\n"
    "\n"
    "COLLATERAL                             Group 1 (Fixed)      Group 2 (ARM)              Total\n"
    "Beginning Pool Balance                   50,000,000.00      60,000,000.00     110,000,000.00\n"
    "Scheduled Principal                        -200,000.00        -241,788.60        -441,788.60\n"
    "Prepayments in Full                        -700,000.00        -800,000.00      -1,500,000.00\n"
    "Realized Losses                                   0.00         -58,211.40         -58,211.40\n"
    "Ending Pool Balance                      49,100,000.00      58,900,000.00     108,000,000.00\n"
    "\n"
    "Current Realized Losses                    -58,211.40\n"
)


def test_a_loss_printed_negative_as_the_pools_deductions_are_is_the_losss_amount():
    f = abs_nb.load_text(TEXT)
    assert f.collateral.loc["Total", "realized_losses"] == 58_211.40  # the reconciliation's repair
    assert f.classes.loc["X", "realized_loss"] == 58_211.40
    assert f.deal["realized_losses"] == 58_211.40
    repaired = f.checks[(f.checks.check == "deduction_signs") & (f.checks.status == "repaired")]
    assert {"classes X realized_loss", "deal deal realized_losses"} <= set(repaired.subject)


def test_a_negative_loss_that_is_no_amount_of_the_pools_loss_stays_as_printed():
    rows = [("classes", "A-1", {"realized_loss": -100.00}, "realized_loss"),
            ("deal", "deal", {"realized_losses": -58_211.40}, "realized_losses")]
    checks = same_loss_signs(rows, 58_211.40, {})
    assert rows[0][2]["realized_loss"] == -100.00  # a recovery, or another figure: as printed
    assert rows[1][2]["realized_losses"] == 58_211.40
    assert [c.subject for c in checks] == ["deal deal realized_losses"]
