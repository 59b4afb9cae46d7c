"""abs_nb.parse.groups: pool tables by loan group found by structure, the Total by its sums."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

import abs_nb
from abs_nb.parse.groups import _blank_cells
from abs_nb.parse.tokens import Line

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
HEAD = "STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/15/2003\n\n"


def test_the_total_is_the_column_that_adds_up_whatever_its_header_says():
    text = HEAD + ("MORTGAGE LOAN INFORMATION\n"
                   "                           Fairbanks       Long Beach        Combined\n"
                   "Beginning Balance      1,000,000.00     2,000,000.00    3,000,000.00\n"
                   "Scheduled Principal       10,000.00        20,000.00       30,000.00\n"
                   "Ending Balance           990,000.00     1,980,000.00    2,970,000.00\n")
    f = abs_nb.load_text(text)
    assert f.collateral.loc["Total", "beginning_balance"] == 3_000_000.00
    assert f.collateral.loc["Long Beach", "scheduled_principal"] == 20_000.00
    assert f.meta["servicers"] == ["Fairbanks", "Long Beach"]  # named columns adding up to a Total
    check = f.checks[f.checks.check == "group_columns"].iloc[0]
    assert "column 3 (Combined) is the sum of the others on 3 rows" in check.detail


def test_columns_that_do_not_add_up_and_name_no_group_are_no_pool_table():
    text = HEAD + ("SOMETHING ELSE\n"
                   "                           Alpha            Beta           Gamma\n"
                   "Beginning Balance      1,000,000.00     2,000,000.00    5,000,000.00\n"
                   "Ending Balance           990,000.00     1,980,000.00    2,970,000.00\n")
    f = abs_nb.load_text(text)
    assert f.collateral.empty and f.meta["servicers"] == []
    assert {6, 7} <= set(f.unmapped.line)


def test_a_class_table_printed_across_is_no_pool_table():
    text = HEAD + ("                      CLASS A-1       CLASS A-2          TOTAL\n"
                   "Beginning Balance     1,000.00        2,000.00        3,000.00\n"
                   "Ending Balance          900.00        1,800.00        2,700.00\n")
    f = abs_nb.load_text(text)
    assert f.collateral.empty and f.meta["servicers"] == []


@pytest.mark.corpus
def test_a_servicing_certificate_rendered_one_cell_per_line():
    path = CORPUS / "038_cik1099391-2001he2-2001-12-servicing-cert-html.txt"
    if not path.exists():
        pytest.skip("../shared/corpus is not beside the checkout")
    f = abs_nb.load(path)
    # typed from the document: "Beginning Pool Balance | 221,984,625.51 | 249,837,900.06 | 541,297,112.77"
    assert f.collateral.loc["Group 1A", "beginning_balance"] == 221_984_625.51
    assert f.collateral.loc["Group 2", "ending_balance"] == 523_037_258.83
    # the note table: "Class II - A - 1 | 74,802,062.38 | 59,448,364.20 | 0.5404397 | 15,353,698.18 | 138,851.33"
    row = f.classes.loc["II-A-1"]
    assert (row.beginning_balance, row.ending_balance, row.principal, row.interest) == (
        74_802_062.38, 59_448_364.20, 15_353_698.18, 138_851.33)
    assert row.interest_rate == pytest.approx(0.02228)
    roll = f.checks[f.checks.check == "class_roll_forward"]
    assert len(roll) == 9 and set(roll.status) == {"pass"}




def test_a_pool_table_of_labels_no_vocabulary_knows_is_read_where_both_pool_sums_hold():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nLOAN ACTIVITY\n"
            "                             Pool 1          Pool 2        Combined\n"
            "Opening Amount         1,000,000.00    2,000,000.00    3,000,000.00\n"
            "Regular Amortization      10,000.00       20,000.00       30,000.00\n"
            "Payoffs Received          40,000.00       50,000.00       90,000.00\n"
            "All Principal             50,000.00       70,000.00      120,000.00\n"
            "Closing Amount           950,000.00    1,930,000.00    2,880,000.00\n")
    f = abs_nb.load_text(text)
    c = f.collateral
    assert (c.loc["Group 1", "beginning_balance"], c.loc["Total", "ending_balance"]) == (1_000_000.00, 2_880_000.00)
    assert c.loc["Group 2", "total_principal"] == 70_000.00
    assert (f.checks.check == "row_role").sum() >= 3


def test_a_row_leaving_a_group_blank_stays_in_its_table_and_the_words_tell_the_parts_apart():
    # a liquidation printed for one group only: the row keeps its place under Pool 2 and the
    # Total, so the table is one run and both sums hold over it; which of the two unknown
    # parts is prepaid, the words say ("Prepayments"), and the other is the scheduled part
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nLOAN ACTIVITY\n"
            "                                 Pool 1          Pool 2        Combined\n"
            "Opening Amount             1,000,000.00    2,000,000.00    3,000,000.00\n"
            "Regular Amortization          10,000.00       20,000.00       30,000.00\n"
            "Full and Partial Prepayments  40,000.00       50,000.00       90,000.00\n"
            "Net Liquidation Proceeds                       5,000.00        5,000.00\n"
            "All Principal                 50,000.00       75,000.00      125,000.00\n"
            "Closing Amount               950,000.00    1,925,000.00    2,875,000.00\n")
    c = abs_nb.load_text(text).collateral
    assert c.loc["Group 2", "liquidation_proceeds"] == 5_000.00
    assert c.loc["Total", "liquidation_proceeds"] == 5_000.00
    assert c.loc["Group 1", "prepayments_and_curtailments"] == 40_000.00
    assert c.loc["Total", "scheduled_principal"] == 30_000.00
    assert c.loc["Group 2", "ending_balance"] == 1_925_000.00


def test_a_row_of_whole_numbers_is_the_loan_count_its_words_name_and_no_other_count_s():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nLOAN ACTIVITY\n"
            "                                 Pool 1          Pool 2        Combined\n"
            "Opening Amount             1,000,000.00    2,000,000.00    3,000,000.00\n"
            "Regular Amortization          10,000.00       20,000.00       30,000.00\n"
            "Full and Partial Prepayments  40,000.00       50,000.00       90,000.00\n"
            "All Principal                 50,000.00       70,000.00      120,000.00\n"
            "Closing Amount               950,000.00    1,930,000.00    2,880,000.00\n"
            "Number of Loans Outstanding       1,001           2,002           3,003\n"
            "Number of Loans Paid Off              4               5               9\n")
    f = abs_nb.load_text(text)
    c = f.collateral
    assert [c.loc[g, "ending_count"] for g in ("Group 1", "Group 2", "Total")] == [1001, 2002, 3003]
    role = f.checks[(f.checks.check == "row_role") & f.checks.subject.str.startswith("Number of Loans Outstanding")]
    assert "whole numbers" in role.detail.item()
    # "paid off" is no word of a count of the loans outstanding: that row stays unread, and says so
    assert (f.unmapped.label == "Number of Loans Paid Off").any()


def test_a_cell_stream_s_empty_cell_keeps_its_group_in_a_pool_table_by_group():
    cells = ["STATEMENT TO CERTIFICATEHOLDERS", "Loan Activity", "Pool 1", "Pool 2", "Combined",
             "Opening Amount", "1,000,000.00", "2,000,000.00", "3,000,000.00",
             "Regular Amortization", "10,000.00", "20,000.00", "30,000.00",
             "Full and Partial Prepayments", "40,000.00", "50,000.00", "90,000.00",
             "Net Liquidation Proceeds", "", "5,000.00", "5,000.00",
             "All Principal", "50,000.00", "75,000.00", "125,000.00",
             "Closing Amount", "950,000.00", "1,925,000.00", "2,875,000.00"]
    c = abs_nb.load_text("".join(f"|{x}\n" for x in cells)).collateral
    assert c.loc["Group 2", "liquidation_proceeds"] == 5_000.00
    assert c.loc["Group 1", "total_principal"] == 50_000.00
    assert c.loc["Total", "ending_balance"] == 2_875_000.00


def test_a_pool_table_of_unknown_labels_with_every_term_of_both_sums_unknown_is_read_whole():
    # liquidations and losses in both groups: each sum has four terms, none named; read
    # together they hold only one way (the principal's parts are not mistaken for a sum
    # that composes both identities: opening = scheduled + prepaid + recovered + lost + closing)
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nLOAN ACTIVITY\n"
            "                             Pool 1          Pool 2        Combined\n"
            "Opening Amount         1,000,000.00    2,000,000.00    3,000,000.00\n"
            "Scheduled Amortization    10,000.00       20,000.00       30,000.00\n"
            "Payoffs + Curts.          40,000.00       50,000.00       90,000.00\n"
            "Liquidation Recoveries     3,000.00        4,000.00        7,000.00\n"
            "All Principal             53,000.00       74,000.00      127,000.00\n"
            "Realized Loss Amount       1,000.00        2,000.00        3,000.00\n"
            "Closing Amount           946,000.00    1,924,000.00    2,870,000.00\n")
    c = abs_nb.load_text(text).collateral
    assert (c.loc["Group 1", "beginning_balance"], c.loc["Group 1", "ending_balance"]) == (1_000_000.00, 946_000.00)
    assert (c.loc["Total", "total_principal"], c.loc["Total", "realized_losses"]) == (127_000.00, 3_000.00)
    assert (c.loc["Group 2", "scheduled_principal"], c.loc["Group 2", "liquidation_proceeds"]) == (20_000.00, 4_000.00)


def test_a_boxed_pool_table_goes_on_across_its_inner_rules():
    # '|' rows boxed by '+---+' rules (a cell stream): the rules between the blocks of rows
    # do not cut the table, so the roll-forward's rows are read together
    rule = "+--------------------------------+----------------+----------------+----------------+"
    text = "\n".join([
        "STATEMENT TO CERTIFICATEHOLDERS", "Distribution Date: 11/25/2005", "", "Collateral Detail", "", rule,
        "|                                |    Group I     |    Group II    |     Total      |", rule,
        "| Original Aggregate Loan Count  |          1,412 |          1,987 |          3,399 |",
        "| Original Stated Balance        |   1,100,000.00 |   2,100,000.00 |   3,200,000.00 |", rule,
        "| Beginning Balance              |   1,000,000.00 |   2,000,000.00 |   3,000,000.00 |",
        "| Scheduled Principal            |       1,000.00 |       2,000.00 |       3,000.00 |", rule,
        "| Principal Prepayments in Full  |      10,000.00 |      20,000.00 |      30,000.00 |",
        "| Ending Balance                 |     989,000.00 |   1,978,000.00 |   2,967,000.00 |", rule, ""])
    f = abs_nb.load_text(text)
    c = f.collateral
    assert list(c.index) == ["Group 1", "Group 2", "Total"]
    assert (c.loc["Group 2", "scheduled_principal"], c.loc["Total", "ending_balance"]) == (2_000.00, 2_967_000.00)
    assert f.checks[f.checks.check == "pool_roll_forward"].status.eq("pass").all()




def test_a_deal_figure_printed_per_group_is_the_totals_and_the_groups_shares_the_pools():
    text = HEAD + (
        "                                        FIXED RATE   ADJUSTABLE RATE\n"
        "                                             GROUP             GROUP             TOTAL\n"
        "BEGINNING POOL PRINCIPAL BALANCE    189,873,425.65    122,594,964.17    312,468,389.82\n"
        "ENDING POOL PRINCIPAL BALANCE       185,810,280.82    120,013,394.83    305,823,675.65\n\n"
        "                                        FIXED RATE   ADJUSTABLE RATE\n"
        "                                             GROUP             GROUP             TOTAL\n"
        "SPECIFIED SUBORDINATED AMOUNT         5,500,000.00      4,550,000.00     10,050,000.00\n"
        "SUBORDINATION DEFICIT                 2,917,593.92        283,233.53      3,200,827.45\n")
    f = abs_nb.load_text(text)
    assert (f.deal["oc_target"], f.deal["oc_deficiency"]) == (10_050_000.00, 3_200_827.45)
    # an amount's groups are the pool's, under the deal figure's name, their sum checked
    assert f.collateral["oc_target"].tolist() == [5_500_000.00, 4_550_000.00, 10_050_000.00]
    assert f.collateral["oc_deficiency"].tolist() == [2_917_593.92, 283_233.53, 3_200_827.45]
    sums = f.checks[f.checks.check == "group_sum"].set_index("subject")
    assert sums.loc["collateral oc_target", "status"] == "pass"
    assert not (f.unmapped.line.isin([11, 12])).any()


def test_a_pool_table_by_group_goes_on_below_blank_lines_under_its_first_header():
    # "FIXED" and "ARM" are loan groups (the rows are the pool's), not classes across; the
    # rule across the page under the page's banner ends the header; the rows below each
    # blank line stand under the same columns: one table
    def row(label: str, a: str, b: str, c: str) -> str:
        return f"{label:<45}{a:>20}{b:>20}{c:>20}\n"
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date:  25-Jun-99                              Page 2 of 4\n"
            + "=" * 105 + "\n" + " " * 40 + "COLLATERAL INFORMATION\n" + "-" * 105 + "\n"
            + row("", "FIXED", "ARM", "TOTAL") + "\n"
            + row("Beginning Aggregate Loan Balance", "220,011,927.26", "103,578,965.11", "323,590,892.37")
            + row("Beginning Number of Loans", "3987", "1161", "5148") + "\n"
            + row("Scheduled Principal", "310,176.95", "81,786.54", "391,963.49")
            + row("Curtailments", "24,191.51", "6,249.05", "30,440.56") + "\n"
            + row("Ending Number of Loans", "3944", "1130", "5074"))
    f = abs_nb.load_text(text)
    c = f.collateral
    assert list(c.index) == ["FIXED", "ARM", "Total"]
    assert c.loc["ARM", "curtailments"] == 6_249.05 and c.loc["Total", "ending_count"] == 5074
    assert c.loc["FIXED", "beginning_count"] == 3987


def test_columns_headed_by_dates_are_periods_not_groups_or_servicers():
    # beginning + change = end adds up as groups do to a Total; dates name no group
    text = "\n".join([
        "STATEMENT TO NOTEHOLDERS   Distribution Date: July 25, 2005   Series 2004-2",
        " Class     Beginning Balance     Principal Paid     Interest Paid      Ending Balance",
        " A-1          1,000,000.00         100,000.00          4,000.00          900,000.00",
        " A-2          2,000,000.00               0.00          8,000.00        2,000,000.00",
        "",
        "   Pool Characteristics            03/31/2005            06/30/2005              Change",
        "   Pool Balance              1,339,458,089.75      1,262,725,329.36     (76,732,760.39)",
        "   Number of Loans                    161,006               153,825              -7,181",
        "",
    ])
    f = abs_nb.load_text(text)
    assert "03/31/2005" not in f.meta.servicers and "Change" not in f.meta.servicers
    assert not {"03/31/2005", "Change"} & set(f.collateral.columns)


def test_rows_printing_a_word_only_the_pool_s_labels_hold_make_their_columns_loan_groups():
    # "Loan" stands in the pool's labels and in no class column's: under "FIXED  ARM  TOTAL"
    # such rows are the pool's by group, never classes across, whether or not the vocabulary
    # knows their whole label; the rows below blank lines stand under the same groups, and
    # the roll-forward proves the balances and the losses no label names
    def row(label: str, a: str, b: str, c: str) -> str:
        return f"{label:<45}{a:>20}{b:>20}{c:>20}\n"
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date:  25-Jun-99\n\n"
            + " " * 40 + "COLLATERAL INFORMATION\n\n"
            + row("", "FIXED", "ARM", "TOTAL") + "\n"
            + row("Beginning Aggregate Loan Balance", "220,011,927.26", "103,578,965.11", "323,590,892.37")
            + row("Beginning Number of Loans", "3987", "1161", "5148") + "\n"
            + row("Scheduled Principal", "310,176.95", "81,786.54", "391,963.49")
            + row("Principal Prepayments in Full", "2,662,144.33", "2,154,442.47", "4,816,586.80")
            + row("Total Principal Remittance", "2,972,321.28", "2,236,229.01", "5,208,550.29") + "\n"
            + row("Realized Losses (Current Period)", "21,877.40", "49,963.37", "71,840.77")
            + row("Cumulative Realized Losses", "110,289.50", "91,114.14", "201,403.64") + "\n"
            + row("Ending Aggregate Loan Balance", "217,017,728.58", "101,292,772.73", "318,310,501.31")
            + row("Ending Number of Loans", "3944", "1130", "5074"))
    f = abs_nb.load_text(text)
    assert f.classes.empty  # no class "FIXED" nor "ARM"
    c = f.collateral
    assert list(c.index) == ["FIXED", "ARM", "Total"]
    assert c.loc["FIXED", "beginning_balance"] == 220_011_927.26
    assert c.loc["ARM", "realized_losses"] == 49_963.37
    assert c.loc["Total", "ending_balance"] == 318_310_501.31
    roles = f.checks[f.checks.check == "row_role"]
    assert roles.subject.str.startswith("Ending Aggregate Loan Balance").any()


def test_a_row_of_a_cell_stream_whose_cells_are_all_empty_does_not_end_its_table():
    # "Current Period Losses" prints its three cells empty: the rows below it are the same table's
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n|Distribution Date: 10/15/2003\n|COLLATERAL SUMMARY\n|FIXED\n|ARM\n|Total Pool\n"
            "|Pool Balance Beginning of Period\n|$303,688,129\n|$250,316,546\n|$554,004,675\n"
            "|Scheduled Principal Collections\n|$100,893\n|$265,674\n|$366,567\n"
            "|Principal Prepayments incl. Curtailments\n|$2,085,251\n|$6,759,619\n|$8,844,870\n"
            "|Net Recoveries on Liquidated Loans\n|\n|$303,446\n|$303,446\n"
            "|Current Period Losses\n|\n|\n|\n"
            "|End Bal\n|$301,501,985\n|$242,987,807\n|$544,489,792\n")
    c = abs_nb.load_text(text).collateral
    assert c.loc["FIXED", "beginning_balance"] == 303_688_129 and c.loc["ARM", "ending_balance"] == 242_987_807
    assert c.loc["Total", "prepayments_and_curtailments"] == 8_844_870


def test_a_row_labelled_by_hyphenated_words_is_no_class_and_does_not_end_a_pool_table():
    def row(label: str, *figures: str) -> str:
        return f"  {label:<30}" + "".join(f"{x:>18}" for x in figures) + "\n"
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/15/2003\n\nPool Activity\n"
            + " " * 32 + f"{'Fixed':>18}{'ARM':>18}{'Aggregate':>18}\n"
            + row("Prior Pool Principal Balance", "122,153,126.40", "290,368,601.69", "412,521,728.09")
            + row("Total Prin", "(1,255,341.79)", "(7,600,280.64)", "(8,855,622.43)")
            + row("Charge-offs", "-", "(6,406.33)", "(6,406.33)")
            + row("Ending Pool Balance", "120,897,784.61", "282,761,914.72", "403,659,699.33"))
    c = abs_nb.load_text(text).collateral
    assert c.loc["ARM", "realized_losses"] == 6_406.33 and c.loc["Fixed", "ending_balance"] == 120_897_784.61
    assert c.loc["Total", "beginning_balance"] == 412_521_728.09


def test_a_roll_forward_alone_of_balances_not_named_so_is_no_pool_table():
    # an O/C shortfall rolls forward by the extra principal paid, as the pool's balance does by
    # its principal: one sum proves nothing of the pool where no principal part is read and
    # the balances' words do not name the pool's balances
    rows = [("Shortfall after Realized Losses", "3,188,341.20", "173,799.32", "3,362,140.52"),
            ("Extra Principal Paid", "399,850.94", "173,799.32", "573,650.26"),
            ("Shortfall Ending Balance", "2,788,490.26", "0.00", "2,788,490.26")]
    text = (HEAD + "OVERCOLLATERALIZATION\n" + " " * 36 + "Group 1        Group 2          Total\n"
            + "".join(f"{lbl:<34}{a:>12}{b:>15}{c:>15}\n" for lbl, a, b, c in rows))
    f = abs_nb.load_text(text)
    assert not {"beginning_balance", "ending_balance"} & set(f.collateral.dropna(axis=1, how="all").columns)
    assert "Shortfall after Realized Losses" in set(f.unmapped.label)


def test_a_roll_forward_alone_is_the_pool_s_where_the_balances_words_name_them():
    text = (HEAD + "LOAN ACTIVITY\n"
            "                                    Group 1        Group 2          Total\n"
            "Opening Loan Balance           1,000,000.00   2,000,000.00   3,000,000.00\n"
            "Collected Amount                  50,000.00      70,000.00     120,000.00\n"
            "Closing Loan Balance             950,000.00   1,930,000.00   2,880,000.00\n")
    c = abs_nb.load_text(text).collateral
    assert (c.loc["Group 2", "beginning_balance"], c.loc["Total", "ending_balance"]) == (2_000_000.00, 2_880_000.00)


def test_a_deal_figure_two_rows_name_with_different_totals_is_read_from_neither():
    head = ("                                        FIXED RATE   ADJUSTABLE RATE\n"
            "                                             GROUP             GROUP             TOTAL\n")
    text = HEAD + head + (
        "BEGINNING POOL PRINCIPAL BALANCE    189,873,425.65    122,594,964.17    312,468,389.82\n"
        "ENDING POOL PRINCIPAL BALANCE       185,810,280.82    120,013,394.83    305,823,675.65\n\n") + head + (
        "CUMULATIVE LOSSES TO DATE               317,593.92        283,233.53        600,827.45\n"
        "OC DEFICIENCY AMOUNT AFTER LOSSES     2,917,593.92        283,233.53      3,200,827.45\n"
        "OC DEFICIENCY AMOUNT ENDING           2,417,593.92        283,233.53      2,700,827.45\n")
    f = abs_nb.load_text(text)
    assert f.deal["cumulative_realized_losses"] == 600_827.45  # its words name it, and no other row
    assert "oc_deficiency" not in f.deal.dropna().index
    assert {12, 13} <= set(f.unmapped.line)


def test_a_group_numbered_on_one_header_line_and_described_on_the_next_is_the_numbered_group():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nCOLLATERAL INFORMATION\n\n"
            "                                                  Group 1           Group 2\n"
            "                                                    Fixed        Adjustable             Total\n"
            " Beginning Aggregate Loan Balance           176,512,884.31    410,338,227.95    586,851,112.26\n"
            "   Scheduled Principal                          128,455.20        241,118.64        369,573.84\n"
            "   Principal Prepayments (Payoffs in Full)    1,912,337.45      5,402,661.09      7,314,998.54\n"
            " Principal Remittance Amount                  2,040,792.65      5,643,779.73      7,684,572.38\n"
            " Ending Aggregate Loan Balance              174,472,091.66    404,694,448.22    579,166,539.88\n")
    f = abs_nb.load_text(text)
    assert list(f.collateral.index) == ["Group 1", "Group 2", "Total"]
    assert f.collateral.loc["Group 2", "ending_balance"] == 404_694_448.22


def test_a_pool_table_by_group_goes_on_past_blank_lines_between_its_rows():
    # the first row alone above a blank line, under the header; then the roll-forward; then
    # the loans counted (whole numbers: another block, not the amounts' table)
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\n                    COLLATERAL STATEMENT\n\n"
            "                                             Group 1               Group 2                 Total\n"
            "                                        (Conforming)      (Non-Conforming)\n"
            "                                --------------------  --------------------  --------------------\n"
            "Cut-off Date Principal Balance        208,412,553.21        144,339,353.77        352,751,906.98\n\n"
            "Beginning Scheduled Balance           196,847,321.55        136,118,904.12        332,966,225.67\n"
            "   Scheduled Principal                    168,224.19            101,337.62            269,561.81\n"
            "   Prepayments in Full                  3,412,876.27          2,288,410.96          5,701,287.23\n"
            "   Realized Losses                              0.00             31,227.48             31,227.48\n"
            "Ending Scheduled Balance              193,266,221.09        133,697,928.06        326,964,149.15\n\n"
            "Beginning Loan Count                          1,402                 1,058                 2,460\n"
            "   Loans Repurchased                              0                     1                     1\n")
    f = abs_nb.load_text(text)
    c = f.collateral
    assert list(c.index) == ["Group 1", "Group 2", "Total"]
    assert c.loc["Group 2", "beginning_balance"] == 136_118_904.12 and c.loc["Total", "ending_balance"] == 326_964_149.15
    assert pd.isna(c.loc["Group 2"].get("loan_purchases"))  # a count of loans is no amount


def test_a_sum_column_between_its_parts_makes_no_groups_nor_servicers():
    # originally reported + change = restated adds up as groups to a Total would, but a
    # groups' Total stands after them (or before), never between
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nSCHEDULE OF RESTATED ITEMS\n\n"
            "    ITEM                                   AS ORIGINALLY REPORTED       AS RESTATED          CHANGE\n"
            "    -------------------------------------  ----------------------  ----------------  --------------\n"
            "    Prepayments in Full                              1,618,228.75      1,603,228.75      15,000.00-\n"
            "    Curtailments                                        18,204.11         33,204.11       15,000.00\n"
            "    60-89 Days Delinquent - Balance                    911,204.55        602,118.20     309,086.35-\n\n"
            "    Available Distribution Amount                                                5,620,457.71\n"
            "    Servicer: Carrollton Home Loan Servicing, LLC\n")
    f = abs_nb.load_text(text)
    assert f.meta.servicers == ["Carrollton Home Loan Servicing, LLC"]
    assert not {"AS ORIGINALLY REPORTED", "CHANGE"} & set(f.collateral.index)


def test_a_table_by_group_goes_on_under_sub_headings_in_its_label_column():
    # the header over a first row read already; each block below under a sub-heading of its own
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nCOLLATERAL STATEMENT\n\n"
            "                                            GROUP I           GROUP II              TOTAL\n"
            "                                     --------------     --------------     --------------\n"
            "  Cut-off Date Principal Balance     452,118,730.44     347,893,512.81     800,012,243.25\n\n"
            "  PRINCIPAL\n"
            "  Beginning Collateral Balance       441,207,118.62     338,662,044.17     779,869,162.79\n"
            "    Scheduled Principal                  352,116.40         251,880.19         603,996.59\n"
            "    Principal Prepayments in Full      9,118,204.55       7,402,511.87      16,520,716.42\n"
            "    Curtailments                          61,227.13          18,940.02          80,167.15\n"
            "    Realized Losses                            0.00          48,212.19          48,212.19\n"
            "  Ending Collateral Balance          431,675,570.54     330,940,499.90     762,616,070.44\n\n"
            "  INTEREST\n"
            "    Less: Servicing Fees                 183,836.30         141,109.19         324,945.49\n")
    f = abs_nb.load_text(text)
    c = f.collateral
    assert c.loc["Group 2", "prepayments"] == 7_402_511.87
    assert c.loc["Total", "ending_balance"] == 762_616_070.44
    assert c.loc["Group 1", "servicing_fee"] == 183_836.30
    rolls = f.checks[f.checks.check == "pool_roll_forward"]
    assert len(rolls) == 3 and (rolls.status == "pass").all()


def test_rows_naming_a_status_and_a_measure_give_each_group_s_delinquency():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nSECTION E.  DELINQUENCY INFORMATION  (AS OF 31-OCT-97)\n"
            "-------------------------------------------------------\n"
            "                                           GROUP I          GROUP II             TOTAL\n"
            "                                  ----------------  ----------------  ----------------\n"
            "30-59 DAYS - NO. OF LOANS                       71                29               100\n"
            "           - PRIN BAL                 4,102,338.17      2,611,077.42      6,713,415.59\n"
            "           - PCT OF POOL                     1.97%             2.67%             2.19%\n"
            "IN FORECLOSURE - NO. OF LOANS                   48                21                69\n"
            "               - PRIN BAL             3,372,190.64      1,998,402.05      5,370,592.69\n")
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert tuple(d.loc[("Group 2", "30-59"), ["count", "balance"]]) == (29, 2_611_077.42)
    assert tuple(d.loc[("Total", "foreclosure"), ["count", "balance"]]) == (69, 5_370_592.69)
    # each status's share of the pool has no column: listed
    assert "2.67%" in {v for vals in f.unmapped["values"] for v in vals}


def test_a_total_first_over_averages_rows_and_status_rows_named_after_a_dash():
    # the Total printed first, its remaining term an average of the groups' (no sum): the
    # sums prove it on more rows; each status's count and balance are rows of their own,
    # the measure after a dash ("- NUMBER"), "REO - NUMBER" no class's label
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 11/25/2005\n\n"
            "COLLATERAL SUMMARY\n"
            "                                     TOTAL        GROUP 1        GROUP 2\n"
            "                                 ALL LOANS      CONF. ARM    CONF. FIXED\n"
            "BEGINNING POOL BALANCE       371,455,676.55 281,337,402.15  90,118,274.40\n"
            "  SCHEDULED PRINCIPAL            189,671.14     118,442.61      71,228.53\n"
            "  PRINCIPAL PREPAYMENTS IN FULL 8,804,232.44  7,402,118.36   1,402,114.08\n"
            "ENDING POOL BALANCE          362,461,772.97 273,816,841.18  88,644,931.79\n"
            "ENDING LOAN COUNT                     2,460          1,769            691\n"
            "WEIGHTED AVERAGE REMAINING TERM         345            346            339\n\n"
            "DELINQUENCY STATUS\n"
            "                                     TOTAL        GROUP 1        GROUP 2\n"
            "30 TO 59 DAYS    - NUMBER                75             58             17\n"
            "                 - BALANCE    10,306,453.53   8,402,117.35   1,904,336.18\n"
            "90 OR MORE DAYS  - NUMBER                11              9              2\n"
            "                 - BALANCE     1,589,739.86   1,388,402.77     201,337.09\n"
            "REO              - NUMBER                 7              6              1\n"
            "                 - BALANCE       902,733.63     804,331.52      98,402.11\n")
    f = abs_nb.load_text(text)
    c = f.collateral
    assert (c.loc["Total", "beginning_balance"], c.loc["Total", "wam"]) == (371_455_676.55, 345)
    assert c.loc["Group 2", "ending_balance"] == 88_644_931.79
    d = f.delinquency.set_index(["group", "status"])
    assert (d.loc[("Total", "90+"), "count"], d.loc[("Total", "90+"), "balance"]) == (11, 1_589_739.86)
    assert (d.loc[("Group 1", "reo"), "count"], d.loc[("Group 2", "reo"), "balance"]) == (6, 98_402.11)
    assert len(d) == 9


def test_each_group_s_page_opens_its_block_past_the_page_s_banner_and_a_heading_drawn_in_a_rule():
    def page(n: int, group: int, begin: str, sched: str, end: str) -> str:
        return (f"First Bank - Structured Finance                          Home Equity Trust 2004-3\n"
                f"4 Plaza, New York, NY 10004        Distribution Date: April 25, 2006    Page {n} of 3\n"
                f"============= LOAN GROUP {group} - COLLATERAL REPORT =============\n"
                f"  Loan Group {group}: Fixed Rate Mortgage Loans\n"
                f"  Principal Collections\n"
                f"    Beginning Aggregate Principal Balance           {begin}\n"
                f"    Scheduled Principal                               {sched}\n"
                f"    Principal Prepayments in Full                   1,000,000.00\n"
                f"    Curtailments                                       10,000.00\n"
                f"    Ending Aggregate Principal Balance              {end}\n\n"
                f"  Delinquency Information                 Loans     Principal Balance\n"
                f"    30-59 Days                               27          2,613,004.18\n"
                f"    60-89 Days                                9            811,540.27\n\n")
    text = ("MONTHLY STATEMENT TO CERTIFICATEHOLDERS\n\n"
            + page(1, 1, "118,406,221.47", "  121,880.63", "117,274,340.84")
            + page(2, 2, "131,902,455.08", "   98,114.20", "130,794,340.88"))
    f = abs_nb.load_text(text)
    assert f.collateral.loc["Group 1", "beginning_balance"] == 118_406_221.47
    assert f.collateral.loc["Group 2", "beginning_balance"] == 131_902_455.08
    assert "Total" not in f.collateral.index or math.isnan(f.collateral.loc["Total", "beginning_balance"])


def test_a_sub_heading_over_a_group_table_begins_the_labels_of_its_rows():
    # 'Prior' names nothing alone; under PRINCIPAL BALANCE it is the beginning balance
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nCollateral Report\n"
            f"{'':<40}{'GROUP 1':>16}{'GROUP 2':>16}{'TOTAL':>16}\n"
            "  PRINCIPAL BALANCE\n"
            f"{'    Original':<40}{'199,998,713.42':>16}{'100,001,455.17':>16}{'300,000,168.59':>16}\n"
            f"{'    Prior':<40}{'196,402,118.93':>16}{'98,114,502.66':>16}{'294,516,621.59':>16}\n"
            f"{'    Scheduled Principal':<40}{'171,406.12':>16}{'58,233.41':>16}{'229,639.53':>16}\n")
    f = abs_nb.load_text(text)
    assert f.collateral.loc["Group 2", "beginning_balance"] == 98_114_502.66
    assert f.collateral.loc["Total", "beginning_balance"] == 294_516_621.59
    # the rows below a blank line are no longer under it
    f = abs_nb.load_text(text.replace("  PRINCIPAL BALANCE\n", "  PRINCIPAL BALANCE\n\n"))
    assert "beginning_balance" not in f.collateral.columns or f.collateral["beginning_balance"].isna().all()


def test_a_table_by_group_going_on_below_a_blank_line_keeps_its_groups():
    # groups numbered on one line of the header and described on the next ("GROUP I" over
    # "FIXED RATE"); the counts and rates below a blank line are the same groups'
    path = Path(__file__).resolve().parents[1] / "handwritten" / "zd1_ashcombe_deutsche_trust_americas_three_groups_total_first_2003.txt"
    c = abs_nb.load(path).collateral
    assert set(c.index) == {"Group 1", "Group 2", "Group 3", "Total"}
    assert c.loc["Group 1", "ending_count"] == 993 and c.loc["Group 3", "wam"] == 350



def _collection_table(gap: int, labels: tuple[str, str] = ("Curtailments", "Liquidation Proceeds")) -> str:
    """A pool table by group whose groups carry captions on a second header line, a rule
    under them and a title over each part of its rows; its columns stand ``gap`` blanks
    further apart per variant."""
    w = 22 + gap
    head = ("                              " + f"{'GROUP 1':>{w}}{'GROUP 2':>{w}}{'TOTAL':>{w}}\n"
            + "                              " + f"{'(Fixed Rate)':>{w}}{'(Adjustable)':>{w}}\n"
            + "-" * (30 + 3 * w) + "\n")
    rows = [("Scheduled Principal", "171,406.12", "58,233.41", "229,639.53"),
            (labels[0], "22,418.65", "6,105.38", "28,524.03"),
            (labels[1], "0.00", "61,220.14", "61,220.14")]
    other = [("Beginning Balance", "196,402,118.93", "98,114,502.66", "294,516,621.59"),
             ("Ending Balance", "193,789,521.26", "96,508,101.09", "290,297,622.35")]
    body = ""
    for title, part in (("PRINCIPAL - COLLECTIONS", rows), ("BALANCES", other)):
        body += f"  {title}\n" + "".join(f"    {label:<26}{a:>{w}}{b:>{w}}{c:>{w}}\n" for label, a, b, c in part) + "\n"
    return HEAD + "  Collection Account Report\n\n" + head + body


@pytest.mark.parametrize("gap", [0, 3, 7])
def test_groups_captioned_below_their_names_and_titles_of_parts_keep_the_table_s_columns(gap):
    f = abs_nb.load_text(_collection_table(gap))
    assert f.collateral.loc["Group 1", "curtailments"] == 22_418.65
    assert f.collateral.loc["Group 2", "liquidation_proceeds"] == 61_220.14
    assert f.collateral.loc["Total", "scheduled_principal"] == 229_639.53
    assert f.collateral.loc["Group 2", "ending_balance"] == 96_508_101.09


@pytest.mark.parametrize("gap", [0, 5])
def test_rows_the_walk_cannot_name_keep_the_groups_of_the_header_it_found(gap):
    # a label no vocabulary knows, among rows under groups named four lines up: the reader by
    # structure takes the groups from the header the walk found over the table
    f = abs_nb.load_text(_collection_table(gap, ("Curtailments", "Bought Back by the Seller")))
    assert f.collateral.loc["Group 1", "curtailments"] == 22_418.65
    unread = f.unmapped[f.unmapped.label.str.contains("Bought Back")]
    assert len(unread) == 1
    assert "groups: Group 1, Group 2" in " ".join(f.checks[f.checks.check == "group_columns"].detail)


def test_a_group_s_block_under_a_numbered_section_s_heading():
    block = ("{no} Group {g} Mortgage Loans\n     Beginning Principal Balance:         {b}\n"
             "     Scheduled Principal:                 {s}\n     Prepayments in Full:                 {p}\n"
             "     Ending Principal Balance:            {e}\n\n")
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\n3. MORTGAGE LOAN INFORMATION\n\n"
            + block.format(no="3.1", g="I", b="$270,187,654.32", s="$142,345.67", p="$5,234,567.89", e="$264,810,740.76")
            + block.format(no="3.2", g="II", b="$430,837,844.54", s="$201,234.56", p="$8,765,432.10", e="$421,871,177.88"))
    c = abs_nb.load_text(text).collateral
    assert (c.loc["Group 1", "beginning_balance"], c.loc["Group 2", "ending_balance"]) == (270_187_654.32, 421_871_177.88)


def test_columns_headed_by_bare_numbers_under_the_word_group_are_those_groups():
    text = (HEAD + "                                  Group Level Collateral Statement\n"
            "--------------------------------------------------------------------------------------\n"
            "Group                                           1                2            Total\n"
            "--------------------------------------------------------------------------------------\n"
            "Beginning Scheduled Balance        190,114,227.36   311,876,519.42   501,990,746.78\n"
            "Scheduled Principal                    221,306.44       338,415.08       559,721.52\n"
            "Unscheduled Principal                4,374,157.33     8,081,823.43    12,455,980.76\n"
            "Ending Scheduled Balance           185,518,763.59   303,456,280.91   488,975,044.50\n")
    f = abs_nb.load_text(text)
    assert list(f.collateral.index) == ["Group 1", "Group 2", "Total"]
    assert f.collateral.loc["Group 2", "ending_balance"] == 303_456_280.91
    assert f.meta["servicers"] == []  # columns named 1 and 2 are no servicers' groups


def test_statuses_whose_columns_add_up_to_a_total_are_no_servicers():
    text = (HEAD + "DELINQUENCY AS OF 02/28/99\n\n"
            "                      30-59 DAYS      60-89 DAYS        90+ DAYS    TOTAL DELINQ\n"
            "                      ----------      ----------        --------    ------------\n"
            "  NO. OF LOANS               214              73             121             408\n"
            "  PRIN BALANCE      2,418,806.33      851,112.90    1,412,337.81    4,682,257.04\n\n"
            "  Beginning Pool Balance      170,000,000.00\n")
    f = abs_nb.load_text(text)
    assert f.meta["servicers"] == []
    d = f.delinquency.set_index("status")
    assert tuple(d.loc["60-89", ["count", "balance"]]) == (73, 851_112.90)


def test_columns_headed_by_delinquency_statuses_are_no_loan_groups():
    # 'Loan Count' and 'Balance' under 30-59 / 60-89 / 90+ Days and their Totals: the sum
    # column proves nothing of groups where the columns' names are statuses
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/25/2006\n\nDELINQUENCY INFORMATION\n\n"
            "Delinquency             30-59 Days        60-89 Days          90+ Days            Totals\n"
            "   Loan Count                  147                58                21               226\n"
            "   Balance           24,118,507.43      9,884,213.70      3,312,947.18     37,315,668.31\n")
    f = abs_nb.load_text(text)
    assert "30-59 Days" not in f.collateral.index
    assert "ending_count" not in f.collateral or f.collateral["ending_count"].isna().all()
    d = f.delinquency.set_index(["group", "status"])
    assert tuple(d.loc[("Total", "30-59"), ["count", "balance"]]) == (147, 24_118_507.43)


def test_groups_named_over_a_rule_name_the_columns_of_a_row_of_words_under_it():
    # the groups' names, a rule under them, then a row describing each group in words
    # ("Fixed 30 Year"): the names above the rule name the columns, the words below are a row
    names = ("Group 1", "Group 2", "Group 3", "Total")
    rows = [("Collateral Description", ("Fixed 30 Year", "Fixed 30 Year", "Fixed 15 Year", "Mixed")),
            ("Beginning Scheduled Balance", ("1,000,000.00", "500,000.00", "250,000.00", "1,750,000.00")),
            ("Scheduled Principal", ("10,000.00", "5,000.00", "2,500.00", "17,500.00")),
            ("Principal Prepayments in Full", ("40,000.00", "20,000.00", "7,500.00", "67,500.00")),
            ("Ending Scheduled Balance", ("950,000.00", "475,000.00", "240,000.00", "1,665,000.00"))]
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/25/2006\n\n"
            "                         GROUP LEVEL COLLATERAL STATEMENT\n\n"
            + " " * 28 + "".join(f"{n:>16}" for n in names) + "\n" + "-" * 92 + "\n"
            + "".join(f"{label:<28}" + "".join(f"{c:>16}" for c in cells) + "\n" for label, cells in rows))
    coll = abs_nb.load_text(text).collateral
    assert list(coll.index) == ["Group 1", "Group 2", "Group 3", "Total"]
    assert coll.loc["Group 2", "beginning_balance"] == 500_000.00
    assert coll.loc["Total", "scheduled_principal"] == 17_500.00
    assert coll.loc["Group 3", "ending_balance"] == 240_000.00


def test_a_row_per_line_s_label_alone_is_a_row_of_blank_cells_a_label_closed_by_a_colon_a_heading():
    # an HTML table a row a line: "Realized Losses" prints its cells empty, a row of the
    # table; "(b) Interest:" heads the rows below it, and ends the table above
    def table(middle: str) -> str:
        return ("|Pool Activity\n||Group I|Group II|Total\n"
                "|Pool Balance Beginning of Period|100,925,854|78,062,483|178,988,337\n"
                "|Scheduled Principal|200,000|100,000|300,000\n"
                f"|{middle}|||\n"
                "|Principal Prepayments|1,000,000|500,000|1,500,000\n"
                "|Pool Balance End of Period|99,725,854|77,462,483|177,188,337\n")
    c = abs_nb.load_text(table("Realized Losses")).collateral
    assert c.loc["Group 1", "ending_balance"] == 99_725_854 and c.loc["Total", "beginning_balance"] == 178_988_337
    assert _blank_cells(*_stream_lines(table("Realized Losses"), "Realized Losses"))
    assert not _blank_cells(*_stream_lines(table("(b) Interest:"), "(b) Interest:"))


def _stream_lines(text: str, label: str) -> tuple[list[Line], int, Line]:
    from abs_nb.parse.engine import walk
    lines = walk(text).lines
    i = next(k for k, ln in enumerate(lines) if ln.label == label)
    return lines, i, lines[i - 1]
