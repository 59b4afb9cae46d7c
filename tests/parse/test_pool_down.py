"""abs_nb.parse.pool_down: a pool's figures printed a row per loan group."""

from __future__ import annotations

import pytest

import abs_nb

POOL = ("STATEMENT TO CERTIFICATEHOLDERS\n\n5.  COLLATERAL SUMMARY\n\n"
        "                       Beginning         Scheduled                                         Liquidation\n"
        "Loan Group               Balance         Principal       Prepayments    Curtailments          Proceeds\n"
        "------------------------------------------------------------------------------------------------------\n"
        "Group 1           203,877,145.62        161,220.84      3,402,118.77       44,906.15        187,442.03\n"
        "Group 2           287,512,907.44        139,004.27      6,118,402.90       27,415.62        342,110.58\n"
        "------------------------------------------------------------------------------------------------------\n"
        "Total             491,390,053.06        300,225.11      9,520,521.67       72,321.77        529,552.61\n\n"
        "                    Realized              Ending        Loan\n"
        "Loan Group            Losses             Balance       Count         WAC     Net WAC     WAM\n"
        "--------------------------------------------------------------------------------------------\n"
        "Group 1            61,305.22      200,020,152.61       1,389     7.8215%     7.3165%     331\n"
        "Group 2           102,877.41      280,783,096.66       1,761     7.3377%     6.8327%     353\n"
        "--------------------------------------------------------------------------------------------\n"
        "Total             164,182.63      480,803,249.27       3,150     7.5263%     7.0213%     343\n")


def test_a_pool_printed_a_row_per_group_in_stacked_halves_is_read_by_group():
    f = abs_nb.load_text(POOL)
    c = f.collateral
    assert c.loc["Group 1", "beginning_balance"] == 203_877_145.62
    assert c.loc["Group 2", "curtailments"] == 27_415.62
    assert c.loc["Total", "ending_balance"] == 480_803_249.27
    assert c.loc["Group 2", "ending_count"] == 1_761
    assert abs(c.loc["Group 1", "net_wac"] - 0.073165) < 1e-12
    # the roll-forward checks each group's row
    rolls = f.checks[f.checks.check == "pool_roll_forward"]
    assert len(rolls) >= 3 and (rolls.status == "pass").all()


def test_rows_of_statuses_or_of_classes_are_no_pool_by_group():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\n"
            "                     30 Days                    Foreclosure\n"
            "Loan Group      Number        Balance      Number        Balance\n"
            "Group 1            10     100,000.00           2      50,000.00\n"
            "Group 2             5      60,000.00           1      20,000.00\n"
            "Total              15     160,000.00           3      70,000.00\n")
    f = abs_nb.load_text(text)
    assert "beginning_balance" not in f.collateral.columns or f.collateral["beginning_balance"].isna().all()
    assert f.delinquency.set_index(["group", "status"]).loc[("Group 2", "30-59"), "count"] == 5


# header words the vocabulary does not hold as printed (a word broken across two lines too);
# "Group 1" a word and its number one space apart; the header a class table's to the walk
ROLL = ("STATEMENT TO CERTIFICATEHOLDERS\n\nCOLLATERAL ROLL-FORWARD\n\n"
        "Group     Beginning        Scheduled     Prepayments     Curtail-     Net           Repurchase    Realized      Ending\n"
        "          Scheduled        Principal     in Full         ments        Liquidation   Principal     Losses        Scheduled\n"
        "          Balance                                                     Proceeds                                  Balance\n"
        "--------  ---------------  ------------  --------------  -----------  ------------  ------------  ------------  ---------------\n"
        "Group 1    347,226,318.90    152,338.41    6,012,884.16    38,114.90     98,207.55          0.00     41,266.19   340,883,507.69\n"
        "Group 2    278,678,742.62    128,907.22    5,377,109.48    21,450.67          0.00    212,400.00          0.00   272,938,875.25\n"
        "Total      625,905,061.52    281,245.63   11,389,993.64    59,565.57     98,207.55    212,400.00     41,266.19   613,822,382.94\n")


def test_columns_the_words_come_nearest_are_read_where_the_roll_forward_holds_so_on_every_row():
    f = abs_nb.load_text(ROLL)
    c = f.collateral
    assert list(c.loc["Group 2", ["prepayments", "curtailments", "loan_purchases"]]) == [5_377_109.48, 21_450.67, 212_400]
    assert (c.loc["Total", "beginning_balance"], c.loc["Total", "ending_balance"]) == (625_905_061.52, 613_822_382.94)
    # "Repurchase Principal" is the loans bought back, never the period's whole principal
    assert "total_principal" not in c.columns or c["total_principal"].isna().all()
    rolls = f.checks[f.checks.check == "pool_roll_forward"]
    assert len(rolls) == 3 and (rolls.status == "pass").all()
    assert f.classes.empty  # rows of loan groups are no classes


def test_a_column_the_words_come_nearest_is_not_read_where_the_sum_does_not_hold():
    f = abs_nb.load_text(ROLL.replace("5,377,109.48", "5,377,209.48"))
    c = f.collateral
    assert "prepayments" not in c.columns or c["prepayments"].isna().all()
    assert "5,377,209.48" in {v for vals in f.unmapped["values"] for v in vals}


def test_rows_numbered_from_one_in_order_above_a_total_are_the_numbered_groups():
    text = ROLL.replace("Group 1 ", "1 FIXED ").replace("Group 2 ", "2 ARM   ")
    f = abs_nb.load_text(text)
    assert f.collateral.loc["Group 2", "ending_balance"] == 272_938_875.25
    assert f.collateral.loc["Group 1", "prepayments"] == 6_012_884.16
    # numbers that do not count the rows from one are no groups' numbers: nothing read
    with pytest.raises(abs_nb.AbsNbError, match="3 unrecognised labelled numbers"):
        abs_nb.load_text(text.replace("2 ARM   ", "3 ARM   "))



def test_a_half_below_of_the_same_groups_is_read_whatever_its_words_name():
    # the second half names no pool flow the vocabulary knows but the servicing fee: the half
    # above, of the same groups, says it is the pool's table
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nTABLE 3.  MORTGAGE LOAN ACTIVITY BY LOAN GROUP\n\n"
            "  Panel A - Principal\n"
            "                  Beginning    Scheduled    Prepayments     Realized          Ending\n"
            "                    Balance    Principal        in Full       Losses         Balance\n"
            "GROUP I      214,662,318.47   198,044.31   3,412,877.20    21,903.11  211,029,493.85\n"
            "GROUP II     301,448,905.12   221,783.02   5,904,213.55         0.00  295,322,908.55\n"
            "TOTAL        516,111,223.59   419,827.33   9,317,090.75    21,903.11  506,352,402.40\n\n"
            "  Panel B - Counts and Characteristics\n"
            "               Loans    Loans                 Net          Servicing\n"
            "                 Beg      End       WAC       WAC   WAM          Fee\n"
            "GROUP I        2,417    2,376   10.284%    9.784%   331    89,442.63\n"
            "GROUP II       2,302    2,257   10.116%    9.616%   354   125,603.71\n"
            "TOTAL          4,719    4,633   10.185%    9.685%         215,046.34\n")
    c = abs_nb.load_text(text).collateral
    assert c.loc["Group 1", "beginning_balance"] == 214_662_318.47
    assert c.loc["Group 2", "wac"] == pytest.approx(0.10116)
    assert c.loc["Group 2", "wam"] == 354
    assert c.loc["Group 1", "servicing_fee"] == 89_442.63


def test_whole_numbers_under_words_naming_an_amount_count_loans_and_are_not_that_amount():
    # "Prepayment Charges (#)" beside "Prepayment Charges ($)": the first prints whole numbers
    # among amounts in cents, so it counts the loans that paid them
    text = POOL + ("\n           Prepayment     Prepayment    P&I Advances\n"
                   "Loan Group  Charges (#)    Charges ($)       (current)\n"
                   "----------------------------------------------------\n"
                   "Group 1              7      48,211.36    1,702,418.33\n"
                   "Group 2              5      41,870.02    1,488,906.17\n"
                   "----------------------------------------------------\n"
                   "Total               12      90,081.38    3,191,324.50\n")
    f = abs_nb.load_text(text)
    assert f.deal.prepayment_premiums == 90_081.38
    assert f.collateral.loc["Group 1", "prepayment_premiums"] == 48_211.36
    # the counts are listed unread, never read as an amount
    assert any(u.values == ["12"] for u in f.unmapped.itertuples())


def test_a_table_of_the_same_groups_further_down_is_the_pool_s_where_its_words_name_a_pool_figure():
    # the roll-forward by group rows, then, a section further down, the groups' rates and fees
    text = """\
STATEMENT TO CERTIFICATEHOLDERS
Distribution Date: 12/26/2006

A.  Principal Activity

                Beginning    Scheduled     Payoffs in         Ending
Group             Balance    Principal           Full        Balance
Group 1    231,604,118.27   212,044.18   4,011,822.40 227,380,251.69
Group 2    289,811,402.66   248,907.63   5,118,402.91 284,444,092.12
TOTAL      521,415,520.93   460,951.81   9,130,225.31 511,824,343.81

  All figures are as of the end of the related Due Period.

B.  Rates and Fees

                  Net                   Servicing
Group             WAC        WAM              Fee
Group 1      5.98712%        333        72,376.29
Group 2      6.21944%        335        90,566.06
TOTAL        6.11588%        334       162,942.35
"""
    c = abs_nb.load_text(text).collateral
    assert c.loc["Group 1", "servicing_fee"] == 72_376.29 and c.loc["Total", "servicing_fee"] == 162_942.35
    assert c.loc["Group 2", "wam"] == 335


def test_groups_numbered_alone_at_the_labels_margin_are_the_rows_groups():
    text = ("DISTRIBUTION DATE: 09/26/2005\n\n"
            "  Loan          Beginning    Scheduled                      Ending   Loan\n"
            "  Group           Balance    Principal  Prepayments         Balance  Count\n"
            "  ----------------------------------------------------------------------\n"
            "  1        230,892,983.99   238,117.46 4,083,440.40  226,571,426.13  1,091\n"
            "  2        164,966,037.11   169,502.27 2,943,548.80  161,852,986.04    395\n"
            "  ----------------------------------------------------------------------\n"
            "  Total    395,859,021.10   407,619.73 7,026,989.20  388,424,412.17  1,486\n")
    f = abs_nb.load_text(text)
    assert list(f.collateral.index) == ["Group 1", "Group 2", "Total"]
    assert f.collateral.loc["Group 2", "prepayments"] == 2_943_548.80
    assert f.collateral.loc["Total", "ending_balance"] == 388_424_412.17
