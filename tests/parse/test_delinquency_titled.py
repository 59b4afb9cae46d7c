"""Delinquency tables of one status named by their title, a row per loan group
(abs_nb.parse.delinquency_titled)."""

from __future__ import annotations

from pathlib import Path

import abs_nb
from abs_nb.parse.delinquency import SHARE_REASON
from abs_nb.parse.groups import named_group

HANDWRITTEN = Path(__file__).resolve().parents[1] / "handwritten"

TABLES = """STATEMENT TO CERTIFICATEHOLDERS
Distribution Date: 25-Jul-05

BANKRUPTCIES
                                Number     Principal Balance    Percentage
                Group 1              1            166,210.42        0.12 %
                Group 2              0                  0.00        0.00 %
                Group Totals         1            166,210.42        0.06 %

FORECLOSURES
                                Number     Principal Balance    Percentage
                Group 1              1            187,500.00        0.14 %
                Group 2              1            498,750.00        0.50 %
                Group Totals         2            686,250.00        0.25 %
"""


def _table(filing: abs_nb.Filing) -> dict[tuple[str, str], tuple[object, object]]:
    d = filing.delinquency
    return {(g, s): (c, b) for g, s, c, b in zip(d.group, d.status, d["count"], d.balance, strict=True)}


def test_a_table_titled_by_its_status_reads_a_count_and_balance_per_group():
    f = abs_nb.load_text(TABLES)
    got = _table(f)
    assert got[("Group 1", "bankruptcy")] == (1, 166_210.42)
    assert got[("Group 2", "foreclosure")] == (1, 498_750.00)
    assert got[("Total", "foreclosure")] == (2, 686_250.00)
    # the percentages are each group's share: listed, with the reason, never read as a count
    shares = f.unmapped[f.unmapped.reason == SHARE_REASON]
    assert sorted(v for vals in shares["values"] for v in vals) == sorted(
        ["0.12 %", "0.00 %", "0.06 %", "0.14 %", "0.50 %", "0.25 %"])


def test_a_title_naming_no_status_reads_nothing():
    f = abs_nb.load_text(TABLES.replace("FORECLOSURES", "OTHER LOANS").replace("BANKRUPTCIES", "SOME LOANS"))
    assert f.delinquency.empty


def test_group_totals_is_the_total_and_a_numbered_group_s_total_is_that_group_s():
    assert (named_group("Group Totals"), named_group("Total Group 2"), named_group("Total Pool II")) == (
        "Total", "Group 2", "Group 2")


def test_a_real_report_s_tables_titled_by_status_are_read():
    got = _table(abs_nb.load(next(HANDWRITTEN.glob("yg2_*.txt"))))
    assert got[("Group 1", "bankruptcy")] == (1, 166_210.42) and got[("Group 2", "foreclosure")] == (1, 498_750.00)


def test_two_amounts_under_a_status_s_title_are_no_count_and_balance():
    text = TABLES.split("BANKRUPTCIES")[0] + (
        "REO PROPERTIES\n"
        "                             Book Value        Market Value\n"
        "                Group 1      187,500.00          150,000.00\n"
        "                Group 2      498,750.00          400,000.00\n"
        "                Total        686,250.00          550,000.00\n")
    f = abs_nb.load_text(text)
    assert f.delinquency.empty and {6, 7, 8} <= set(f.unmapped.line)  # listed, as printed


def test_a_total_of_two_groups_is_no_one_group_s():
    assert named_group("Total Group I and Group II") != "Group 1"
