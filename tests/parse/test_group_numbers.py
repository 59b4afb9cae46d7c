"""abs_nb.parse.group_numbers: groups printed by their loans' kind and elsewhere by their number."""

from __future__ import annotations

import abs_nb

POOL = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 25-Jun-99\n\nCOLLATERAL INFORMATION\n\n"
        "                                                 FIXED             ARM           TOTAL\n"
        "Beginning Aggregate Loan Balance        220,011,927.26  103,578,965.11  323,590,892.37\n"
        "Scheduled Principal                         310,176.95       81,786.54      391,963.49\n"
        "Total Principal Remittance                3,127,005.85    2,432,861.87    5,559,867.72\n"
        "Ending Aggregate Loan Balance           216,884,921.41  101,146,103.24  318,031,024.65\n\n")


def test_a_kind_the_report_numbers_elsewhere_is_that_numbered_group():
    text = POOL + "Allocated to Group 1 (FIXED)         545,832.78\nAllocated to Group 2 (ARM)           418,876.11\n"
    f = abs_nb.load_text(text)
    assert list(f.collateral.index) == ["Group 1", "Group 2", "Total"]
    assert f.collateral.loc["Group 2", "ending_balance"] == 101_146_103.24
    check = f.checks[(f.checks.check == "group_columns") & f.checks.subject.str.startswith("group ")]
    assert check.detail.tolist() == ["the figures under 'FIXED' are Group 1's: line 12 names it so",
                                     "the figures under 'ARM' are Group 2's: line 13 names it so"]


def test_a_kind_two_numbers_claim_keeps_its_printed_name():
    text = POOL + "Group 1 (FIXED)   1.00\nGroup 2 (FIXED)   2.00\nGroup 2 (ARM)   3.00\n"
    assert list(abs_nb.load_text(text).collateral.index) == ["FIXED", "ARM", "Total"]


def test_without_a_number_the_kinds_keep_their_printed_names():
    assert list(abs_nb.load_text(POOL).collateral.index) == ["FIXED", "ARM", "Total"]
