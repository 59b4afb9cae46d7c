"""abs_nb.parse.deal_lines: deal lines of unknown labels read where an identity proves them."""

from __future__ import annotations

import abs_nb

CLASSES = ("STATEMENT TO CERTIFICATEHOLDERS\n\nCLASS PAYMENTS\n"
           "Class   Beginning Balance    Principal   Ending Balance\n"
           "A-1          1,000,000.00    20,000.00       980,000.00\n"
           "M-1            500,000.00         0.00       500,000.00\n"
           "X               50,000.00         0.00        55,000.00\n\n"
           "PRINCIPAL DISTRIBUTIONS\n"
           "Beginning Balance                  1,550,000.00\n"
           "Total Principal                       14,000.00\n"
           "Realized Losses                        1,000.00\n"
           "Ending Balance                     1,535,000.00\n"
           "Ending Count                              1,234\n\n")


def test_o_c_amount_extra_principal_and_loan_count_by_their_identities():
    f = abs_nb.load_text(CLASSES + "Current Cushion                        55,000.00\n"
                                   "Turbo Paydown                           5,000.00\n"
                                   "Mortgages Remaining                        1,234\n")
    assert f.deal["oc_amount"] == 55_000.00  # 1,535,000 - (980,000 + 500,000): X is not a certificate
    assert f.deal["oc_increase"] == 5_000.00  # 20,000 - 14,000 - 1,000
    assert f.deal["loan_count"] == 1234
    roles = f.checks[f.checks.check == "row_role"]
    assert {"oc_amount", "oc_increase", "loan_count"} <= {d.split(":")[0] for d in roles.detail}
    assert set(roles.status) == {"pass"}
    assert f.unmapped.empty


def test_a_figure_two_lines_print_proves_neither():
    f = abs_nb.load_text(CLASSES + "Current Cushion                        55,000.00\n"
                                   "Cushion Floor                          55,000.00\n")
    assert "oc_amount" not in f.deal or f.deal.get("oc_amount") != f.deal.get("oc_amount")
    assert {"Current Cushion", "Cushion Floor"} <= set(f.unmapped.label)
