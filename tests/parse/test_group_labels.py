"""abs_nb.parse.group_labels: pool figures whose own labels name their loan group."""

from __future__ import annotations

import abs_nb
from abs_nb.parse.group_labels import group_in_label

SEC_406 = """STATEMENT TO CERTIFICATEHOLDERS
Distribution Date: 10/27/2003

Sec. 4.06(a)(vi)        Mortgage Loan Information
                        Beginning Pool Balance - Group 1                                  361,882,417.63
                        Beginning Pool Balance - Group 2                                  181,337,905.22
                        Beginning Pool Balance - Total                                    543,220,322.85
                        Ending Pool Balance - Group 1                                     352,143,957.67
                        Ending Pool Balance - Group 2                                     175,971,736.67
                        Ending Pool Balance - Total                                       528,115,694.34
                        Loan Count (Group 1)                                                       2,571
                        Loan Group 2 Loan Count                                                    1,085
                        Servicing Fee - Group 1                                               150,784.34
                        Number of Prepaid Loans - Group 1                                             58
"""


def test_a_group_named_at_a_label_s_start_or_end_is_the_figure_s_group():
    assert group_in_label("Beginning Pool Balance - Group 1") == ("Beginning Pool Balance", "Group 1")
    assert group_in_label("Ending Loan Count (Pool II)") == ("Ending Loan Count", "Group 2")
    assert group_in_label("Loan Group 2 Ending Loan Count") == ("Ending Loan Count", "Group 2")
    assert group_in_label("Beginning Pool Balance - Total") == ("Beginning Pool Balance", "Total")
    assert group_in_label("Group Total Balance") is None and group_in_label("Total Available Funds") is None


def test_pool_figures_listed_by_group_in_their_labels_are_read_by_group():
    f = abs_nb.load_text(SEC_406)
    c = f.collateral
    assert c.loc["Group 2", "beginning_balance"] == 181_337_905.22
    assert c.loc["Total", "ending_balance"] == 528_115_694.34
    assert (c.loc["Group 1", "ending_count"], c.loc["Group 2", "ending_count"]) == (2571, 1085)
    assert c.loc["Group 1", "servicing_fee"] == 150_784.34  # a deal figure a group's pool prints
    # the pool's roll-forward is not printed whole: nothing else is read into it, and a line
    # whose label the vocabulary does not know stays listed
    assert any(label.startswith("Number of Prepaid Loans") for label in f.unmapped["label"])
