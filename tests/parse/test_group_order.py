"""abs_nb.parse.group_order: a pool table by group whose figures do not line up, read by order."""

from __future__ import annotations

import abs_nb
from abs_nb.parse.group_order import names_in_order

POOL = """Collateral Information

Group 1 Group 2 Total
Beginning Pool Balance 371,208,440.19 329,774,018.62 700,982,458.81
Scheduled Principal 188,430.27 161,902.33 350,332.60
Prepayments in Full 7,604,118.90 9,870,442.18 17,474,561.08
Realized Losses 143,208.11 221,904.37 365,112.48
Ending Pool Balance 363,272,682.91 319,519,769.74 682,792,452.65
Ending Loan Count 2237 1361 3598
"""


def test_figures_one_space_apart_under_as_many_group_names_are_read_by_order():
    f = abs_nb.load_text(POOL)
    c = f.collateral
    assert (c.loc["Group 1", "beginning_balance"], c.loc["Group 2", "unscheduled_principal"], c.loc["Total", "ending_balance"]) == (
        371_208_440.19, 9_870_442.18, 682_792_452.65)
    assert (c.loc["Group 2", "ending_count"], c.loc["Total", "realized_losses"]) == (1361, 365_112.48)
    groups = f.checks[f.checks.check == "group_columns"]
    assert groups.status.eq("pass").all() and groups.detail.str.contains("is the sum of the others").any()


def test_a_row_of_fewer_figures_or_a_header_naming_no_groups_reads_nothing_by_order():
    short = POOL.replace("Realized Losses 143,208.11 221,904.37 365,112.48", "Realized Losses 143,208.11 221,904.37")
    for text in (short, POOL.replace("Group 1 Group 2 Total", "Prior Current Change")):
        f = abs_nb.load_text(text + "\nOvercollateralization Target Amount 16,000,000.00\n")
        assert "beginning_balance" not in f.collateral.columns[f.collateral.notna().any()]


def test_names_in_order():
    assert names_in_order("Loan Group I Loan Group II Total") == ["Group 1", "Group 2", "Total"]
    assert names_in_order("Group 1 - Group 2") == [] and names_in_order("Group 1") == []
