"""abs_nb.parse.two_line_status: a delinquency status printed on two lines, its counts then its balances."""

from __future__ import annotations

import pandas as pd

import abs_nb
from abs_nb.parse.tokens import tokenize_line
from abs_nb.parse.two_line_status import second_line

from .test_delinquency import HEAD

# each status on two lines: its counts beside its label (and the words naming them), then its
# balances under them; a balance of nothing printed blank, a status with none a blank line
TWO_LINES = HEAD + """                                  FIXED RATE   ADJUSTABLE RATE             TOTAL
30-59 DAYS    NO. OF ACCOUNTS             38                97               135
                                1,404,508.06      4,522,027.02      5,926,535.08
60-89 DAYS    NO. OF ACCOUNTS             11                 0                11
                                  408,392.39                          408,392.39
90+ DAYS      NO. OF ACCOUNTS              0                 0                 0

IN FORECLOSURE                 #           6                14                20
                                  222,141.56        635,233.83        857,375.39
"""


def test_a_status_printed_on_two_lines_its_counts_then_its_balances():
    d = abs_nb.load_text(TWO_LINES).delinquency.set_index(["group", "status"])
    # the groups named by the header's words over the columns (the rows print the measures)
    assert (d.loc[("FIXED RATE", "30-59"), "count"], d.loc[("FIXED RATE", "30-59"), "balance"]) == (38, 1_404_508.06)
    assert d.loc[("ADJUSTABLE RATE", "30-59"), "balance"] == 4_522_027.02
    # the rows below the blank line, their measure's words elsewhere, go on with the table
    assert (d.loc[("ADJUSTABLE RATE", "foreclosure"), "count"], d.loc[("Total", "foreclosure"), "balance"]) == (
        14, 857_375.39)
    # a blank under a count: that balance not printed (NaN), the others in their places
    assert d.loc[("ADJUSTABLE RATE", "60-89"), "count"] == 0 and pd.isna(d.loc[("ADJUSTABLE RATE", "60-89"), "balance"])
    assert d.loc[("Total", "60-89"), "balance"] == 408_392.39
    assert d.loc[("Total", "90+"), "count"] == 0 and pd.isna(d.loc[("Total", "90+"), "balance"])


def test_a_second_line_is_unlabelled_figures_under_the_row_s_just_below_it():
    row = tokenize_line("30-59 DAYS   NO. OF ACCOUNTS        38            97", 1)
    assert second_line(row, tokenize_line("                          1,404,508.06  4,522,027.02", 2))
    assert second_line(row, tokenize_line("                                        4,522,027.02", 2))  # one blank
    assert not second_line(row, tokenize_line("                          1,404,508.06  4,522,027.02", 3))  # not below
    assert not second_line(row, tokenize_line("60-89 DAYS                1,404,508.06  4,522,027.02", 2))  # a label
    assert not second_line(row, tokenize_line("  1,404,508.06", 2))  # under no figure of the row


def test_a_second_line_labelled_by_the_balance_alone_is_the_status_s_balances():
    row = tokenize_line("30-59 Days      # of Loans          38        55", 1)
    assert second_line(row, tokenize_line("                Scheduled Balance   5,012.31  9,874.05", 2))
    # words naming another figure ("Fraud Loss Coverage Amount") or a status are a row of their own
    assert not second_line(row, tokenize_line("Fraud Loss Coverage Amount          5,012.31  9,874.05", 2))
    assert not second_line(row, tokenize_line("60-89 Days Balance                  5,012.31  9,874.05", 2))
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 11/27/2006\n\nDELINQUENCY (OTS METHOD)\n\n"
            "                                     Group 1          Group 2            Total\n"
            "30-59 Days      # of Loans                38               55               93\n"
            "                Scheduled Balance  5,012,774.31     9,874,311.05    14,887,085.36\n"
            "60-89 Days      # of Loans                14               21               35\n"
            "                Scheduled Balance  1,987,320.66     3,716,694.20     5,704,014.86\n"
            "Foreclosure     # of Loans                27               41               68\n"
            "                Scheduled Balance  4,115,029.87     7,982,214.58    12,097,244.45\n")
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 2", "30-59"), "count"], d.loc[("Group 2", "30-59"), "balance"]) == (55, 9_874_311.05)
    assert (d.loc[("Total", "foreclosure"), "count"], d.loc[("Total", "foreclosure"), "balance"]) == (68, 12_097_244.45)


def test_a_balance_line_naming_its_own_status_is_a_row_of_its_own():
    row = tokenize_line("30-59 days number of loans                            196", 1)
    assert not second_line(row, tokenize_line("Two Payments Principal Balance of Loans     2,541,501.54", 2))
