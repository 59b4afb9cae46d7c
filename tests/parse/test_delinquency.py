"""abs_nb.parse.delinquency: delinquency tables read by their status words and figure pairs."""

from __future__ import annotations

import pandas as pd

import abs_nb
from abs_nb.parse.vocabulary import override, packaged_rows

from ._support import pairs_row

HEAD = "STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/15/2003\n\nLOAN STATUS\n"




def test_groups_side_by_side_with_the_count_told_by_its_header():
    text = HEAD + ("                       Pool 1                     Pool 2                    Total\n"
                   "                   #      Balance          #       Balance           #       Balance\n"
                   "30-59 Days         5   540,965.00          2    100,000.00           7    640,965.00\n"
                   "60-89 Days        37 8,036,246.06          0          0.00          37  8,036,246.06\n"
                   "Foreclosure        5 1,000,000.00          1     50,000.00           6  1,050,000.00\n")
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 1", "60-89"), "count"], d.loc[("Group 1", "60-89"), "balance"]) == (37, 8_036_246.06)
    assert (d.loc[("Total", "foreclosure"), "count"], d.loc[("Total", "foreclosure"), "balance"]) == (6, 1_050_000.00)
    assert "delinquency_columns" in set(f.checks.check)


def test_unnamed_blocks_are_read_only_when_one_is_the_sum_of_the_others():
    block = ("                 Count        Amount\n"
             "30-59 Days           {a}      {b}\n"
             "Foreclosure          {c}      {d}\n\n")
    text = HEAD + block.format(a=3, b="300.00", c=1, d="100.00") + block.format(a=4, b="400.00", c=2, d="200.00")
    f = abs_nb.load_text(text)
    # two blocks, no names, neither the sum of the other: nothing is guessed, the rows stay unmapped
    assert f.delinquency.empty
    assert {6, 7, 10, 11} <= set(f.unmapped.line)




def test_group_blocks_named_on_a_line_of_their_own_by_a_name_with_a_number():
    block = ("            Grp {g}\n"
             "                         Number  Unpaid Balance\n"
             "30 to 59 Days                {a}          {b}\n"
             "Two Months Delinquent        1          100.00\n"
             "Over 89 Days                 2          250.00\n"
             "Real Estate Owned            0            0.00\n\n")
    text = HEAD + block.format(g=1, a=3, b="300.00") + block.format(g=2, a=4, b="400.00")
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 1", "30-59"), "count"], d.loc[("Group 2", "30-59"), "balance"]) == (3, 400.00)
    assert (d.loc[("Group 2", "60-89"), "count"], d.loc[("Group 1", "90+"), "balance"]) == (1, 250.00)


def test_a_wide_table_whose_group_names_start_left_of_the_figures_and_an_unnamed_total():
    text = HEAD + (
        "                              Grp 1                                 Grp 2                   All Loans\n"
        "                           No. of Loans          Amount          No. of Loans        Amount      No. of Loans      Amount\n"
        "1 Payment Delinquent                  1         124,130.30                 12     2,192,370.88            13    2,316,501.18\n"
        "Over 89 Days                          0               0.00                 23     5,721,699.70            23    5,721,699.70\n"
        "In Foreclosure                       74      16,280,630.68                  5       962,771.80            79   17,243,402.48\n")
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 1", "foreclosure"), "count"], d.loc[("Group 2", "90+"), "balance"]) == (74, 5_721_699.70)
    # no header names the last pair: its counts are the sums of the others', so it is the Total
    assert d.loc[("Total", "30-59"), "count"] == 13


def test_a_group_named_first_on_the_measures_line_names_its_block():
    block = ("    Group {g}             Count        Balance\n"
             "    30-59 days delinq     {a}          {b}\n"
             "    Foreclosure             1         100.00\n\n")
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/15/2003\n\nDelinquency Information\n"
            + block.format(g=1, a=3, b="300.00") + block.format(g=2, a=4, b="400.00"))
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 1", "30-59"), "count"], d.loc[("Group 2", "30-59"), "balance"]) == (3, 400.00)


def test_a_status_table_headed_by_another_row_with_reo_market_values_is_read_by_its_structure():
    # no word of the vocabulary names this table's heading or statuses: "Outstanding Loan"
    # heads it (its header above that row), and a last column only the REO row fills is the
    # REO's market value
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/25/05\n\nLoan Status Summary\n"
            "                   Pool 1\n"
            "                    Count         Balance     Market Value (REO)\n"
            "Outstanding Loan    2,942       434,639,952\n"
            "Foreclosure          49          6,544,348\n"
            "Bankruptcy           19          2,093,285\n"
            "REO                   1            158,954         140,000\n")
    rows = [r for r in packaged_rows() if r["scope"] != "delinquency"
            and not (r["target"] == "heading" and r["field"] == "delinquency")]
    with override(rows):
        f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert d.loc[("Group 1", "foreclosure"), ["count", "balance"]].tolist() == [49, 6_544_348]
    assert d.loc[("Group 1", "reo"), ["count", "balance", "market_value"]].tolist() == [1, 158_954, 140_000]
    assert ("Group 1", "bankruptcy") in d.index


def test_bare_day_ranges_under_servicers_names_are_read_with_those_names_as_groups():
    # a heading the vocabulary lacks shares its line with the servicers' names; the rows are
    # labelled by day ranges alone
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/15/2003\n\n"
            "Loan Status  Fairbanks                      Long Beach\n"
            "           Loans          Balance          Loans       Balance\n"
            "30-59      143        19,526,780.36         59      4,175,166.26\n"
            "60-89       16         1,959,569.60         18      1,301,564.11\n"
            "90+         14         1,425,319.53         14      1,039,060.46\n")
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert d.loc[("Fairbanks", "30-59"), "count"] == 143
    assert d.loc[("Long Beach", "90+"), "balance"] == 1_039_060.46
    # the heading's words name no one; nor do the groups' names, with no Total they add up
    # to (servicers come from a label, or from groups adding up to a Total)
    assert f.meta["servicers"] == []


def test_names_over_pairs_are_servicers_only_where_none_names_a_group():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/15/2003\n\nLoan Status\n"
            "                  Loan Group 1        Loan Group 2          All Groups\n"
            "                 Loans   Balance     Loans   Balance     Loans   Balance\n"
            "30-59 days          10  2,941.29         4    291.54        14  3,232.83\n"
            "60 to 89 Days       17  3,286.22         3    316.53        20  3,602.75\n")
    d = abs_nb.load_text(text).delinquency
    assert sorted(set(d.group)) == ["Group 1", "Group 2", "Total"]


def test_a_group_named_alone_over_the_row_labels_names_its_block():
    # each block's group stands on its own line, left of the columns: a group, no heading
    block = ("{name:>16}\n"
             "                          Count  Balance\n"
             "      30-59 days delinq       5   1336347\n"
             "      60-89 days delinq     {n:3d}  25844962\n"
             "      90 + days delinq       63  14133908\n\n")
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/15/2003\n\nDelinquency Information\n"
            + block.format(name="Group 1", n=118) + block.format(name="Pool 2", n=119))
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert sorted(set(f.delinquency.group)) == ["Group 1", "Group 2"]
    assert d.loc[("Group 2", "60-89"), "count"] == 119
    assert not (f.checks.check == "duplicate_value").any()
    assert not f.meta.get("servicers")  # a group's name is no servicer's


def _lines(*rows: tuple[str, str]) -> str:
    return "".join(f"{label:<44}{figure:>16}\n" for label, figure in rows)


HOUSEHOLD_LIKE = ("STATEMENT TO CERTIFICATEHOLDERS\n\nBalance Reconciliation\n"
                  + _lines(("Opening Loan Balance", "739,903,284.31"), ("Closing Loan Balance", "720,325,027.44"))
                  + "\nDelinquent Loans\n")
DELINQUENT = [("30-59 days principal balance of loan", "15,709,898.08"), ("30-59 days number of loans", "196"),
              ("Two Payments Principal Balance of Loans", "2,541,501.54"), ("Two Payments Number of Loans", "29"),
              ("Number of REO", "12")]


def test_one_figure_lines_naming_a_status_and_a_measure_are_the_pool_s_delinquency():
    f = abs_nb.load_text(HOUSEHOLD_LIKE + _lines(*DELINQUENT))
    d = f.delinquency.set_index("status")
    assert (d.loc["30-59", "count"], d.loc["30-59", "balance"]) == (196, 15_709_898.08)
    assert (d.loc["60-89", "count"], d.loc["60-89", "balance"]) == (29, 2_541_501.54)
    assert d.loc["reo", "count"] == 12 and set(d.group) == {"Total"}
    assert f.checks.check.eq("delinquency_columns").any()


def test_a_delinquency_line_saying_more_than_a_status_and_a_measure_is_not_read():
    # the loans that went into REO this month are no REO inventory; a count with cents is no count
    f = abs_nb.load_text(HOUSEHOLD_LIKE + _lines(*DELINQUENT[:3], ("Two Payments Number of Loans", "29.50"),
                                                 ("Loans that went into REO", "12")))
    d = f.delinquency.set_index("status")
    assert "reo" not in d.index
    assert pd.isna(d.loc["60-89", "count"])  # not read
    assert {"Loans that went into REO", "Two Payments Number of Loans"} <= set(f.unmapped.label)


_BY_DAYS = ("\n    Section 6  Delinquent Mortgage Loans\n\n"
            "                                     Number of             Principal     Percentage of\n"
            "                                         Loans               Balance      Pool Balance\n"
            "                                     ---------    ------------------     -------------\n"
            "    30-59 days                              93     $    5,683,211.47           2.3052%\n"
            "    60-89 days                              29     $    1,830,537.04           0.7425%\n")


def test_a_status_s_count_and_balance_with_its_share_after_are_read_the_share_listed():
    # rows of a status, its loans, their balance and their share of the pool, printed with
    # no header above them (the header stood over another table)
    f = abs_nb.load_text(HOUSEHOLD_LIKE + _BY_DAYS + "\n    Section 7  Foreclosures, REO and Bankruptcies\n\n"
                         "    Loans in foreclosure                    42     $    2,527,312.48           1.0251%\n"
                         "    REO Properties                           6     $      385,413.60           0.1563%\n"
                         "    Loans in bankruptcy                     24     $    1,327,088.47           0.5383%\n"
                         "      Book value of REO Properties............................ $      319,893.29\n")
    d = f.delinquency.set_index("status")
    assert (d.loc["foreclosure", "count"], d.loc["foreclosure", "balance"]) == (42, 2_527_312.48)
    assert (d.loc["reo", "count"], d.loc["bankruptcy", "balance"]) == (6, 1_327_088.47)
    shares = f.unmapped[f.unmapped.label == "Loans in bankruptcy"]
    assert shares["values"].tolist() == [["0.5383%"]] and "share" in shares.reason.item()


def test_a_status_s_row_with_a_figure_after_that_is_no_share_is_not_read():
    f = abs_nb.load_text(HOUSEHOLD_LIKE + _BY_DAYS + "\n    Section 7  Foreclosures\n\n"
                         "    Loans in foreclosure                    42     $    2,527,312.48     3,004.12\n")
    assert "foreclosure" not in set(f.delinquency.status)
    assert "Loans in foreclosure" in set(f.unmapped.label)


def test_two_lines_naming_one_delinquency_figure_give_neither():
    f = abs_nb.load_text(HOUSEHOLD_LIKE + _lines(*DELINQUENT, ("Number of Loans in REO", "13")))
    assert "reo" not in set(f.delinquency.status)
    assert {"Number of REO", "Number of Loans in REO"} <= set(f.unmapped.label)


def test_a_group_s_block_equal_to_the_sum_keeps_its_name_and_the_unnamed_block_is_the_total():
    # Group 2 prints zeros: Group 1's block equals the sum, as the unnamed block below does
    block = ("{name}\n                      Loans    Principal Balance\n"
             "30 to 59 Days              {a}         {b}\n"
             "Foreclosures               {c}         {d}\n\n")
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nDelinquencies\n\n"
            + block.format(name="Loan Group 1", a=2, b="531,162.35", c=61, d="13,383,162.23")
            + block.format(name="Loan Group 2", a=0, b="      0.00", c=0, d="         0.00")
            + block.format(name="", a=2, b="531,162.35", c=61, d="13,383,162.23"))
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert d.loc[("Group 1", "30-59"), "count"] == 2 and d.loc[("Total", "foreclosure"), "count"] == 61
    assert set(d.index.get_level_values(0)) == {"Group 1", "Group 2", "Total"}


def test_rows_under_status_names_are_a_delinquency_table_whatever_words_head_it():
    # "Total" heads a class table's column too: rows that each name a status make the
    # table a delinquency table all the same, never classes
    classes = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/15/2003\n\nDistribution in Dollars\n\n"
               "Class      Beginning Balance      Principal       Interest      Ending Balance\n"
               "A-1           1,000,000.00       100,000.00       5,000.00        900,000.00\n"
               "A-2           2,000,000.00             0.00      10,000.00      2,000,000.00\n\n")
    block = ("{name:<14}     No. of Loans    Stated Balance\n"
             "30-59 days                {a}        {b:>12}\n"
             "60 to 89 Days             {c}        {d:>12}\n"
             "In Foreclosure            {e}        {f:>12}\n\n")
    text = classes + "DELINQUENT LOANS\n" + block.format(name="Group 1", a=3, b="300.00", c=1, d="100.00", e=0, f="0.00") \
        + block.format(name="Group 2", a=4, b="400.00", c=2, d="200.00", e=1, f="50.00") \
        + "      " + block.format(name="Total", a=7, b="700.00", c=3, d="300.00", e=1, f="50.00").replace("\n", "\n      ", 3)
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert (d.loc[("Total", "60-89"), "count"], d.loc[("Total", "60-89"), "balance"]) == (3, 300.00)
    assert (d.loc[("Group 2", "foreclosure"), "count"], d.loc[("Group 2", "foreclosure"), "balance"]) == (1, 50.00)
    assert list(f.classes.index) == ["A-1", "A-2"] and f.unmapped.empty


def test_a_column_of_each_status_s_share_of_the_pool_is_no_count_or_balance():
    # count, balance and "% of Pool Balance": the pair is read, the shares stay listed
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 09/17/2001\n\n"
            "DELINQUENT CONTRACTS\n\n"
            "                                    Number      Principal      % of Pool\n"
            "                                  of Loans        Balance        Balance\n"
            "                                  --------   ------------      ---------\n"
            "    31-59 days                         131    4,773,576.79          1.51%\n"
            "    60-89 days                          47    1,682,205.44          0.53%\n"
            "    90 days or more                     58    2,210,126.03          0.70%\n")
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index("status")
    assert (d.loc["30-59", "count"], d.loc["30-59", "balance"]) == (131, 4_773_576.79)
    assert (d.loc["90+", "count"], d.loc["90+", "balance"]) == (58, 2_210_126.03)
    assert set(f.delinquency.group) == {"Total"}  # "% of Pool" over the shares names no servicer
    shares = f.unmapped[f.unmapped.reason.str.contains("share of the pool")]
    assert [v for vs in shares["values"] for v in vs] == ["1.51%", "0.53%", "0.70%"]
    assert f.checks[f.checks.check == "unmapped_figures"].status.eq("warn").all()


def test_finer_buckets_falling_into_one_status_are_none_of_them_that_status():
    # 90, 120 and 150 days are each 90+: no one row is the 90+ figure, and their sum is not
    # printed, so 90+ stays unread and the three rows stay listed, saying why
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/25/2002\n\nDELINQUENCIES\n\n"
            "                                  Balance     # of Loans\n"
            "Delinquent Loans (30 Days)   1,152,882.97             28\n"
            "Delinquent Loans (60 Days)     114,827.18              5\n"
            "Delinquent Loans (90 Days)     114,938.39              2\n"
            "Delinquent Loans (120 Days)     50,000.00              1\n"
            "Delinquent Loans (150 Days)          0.00              0\n")
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index("status")
    assert (d.loc["60-89", "count"], d.loc["60-89", "balance"]) == (5, 114_827.18)
    assert "90+" not in d.index
    finer = f.unmapped[f.unmapped.reason.str.contains("finer buckets")]
    assert sorted(finer.line) == [9, 10, 11]
    assert not (f.checks.check == "duplicate_value").any()


def test_a_heading_right_above_the_header_of_a_one_pool_table_is_no_servicer():
    # words from the label column on, over the whole table, are its heading: the one pool's
    # figures are the Total's
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 04/25/2003\n\n"
            "DELINQUENT LOANS (INCLUDED IN POOL PRINCIPAL BALANCE)\n"
            "  CATEGORY              NUMBER     PRINCIPAL BALANCE    PERCENTAGE\n"
            "  30-59 Days                71          6,011,175.40        2.13 %\n"
            "  60-89 Days                24          2,143,309.67        0.76 %\n"
            "  90+ Days                  19          1,602,844.13        0.57 %\n")
    f = abs_nb.load_text(text)
    assert set(f.delinquency.group) == {"Total"}
    assert f.delinquency.set_index("status").loc["60-89", "balance"] == 2_143_309.67
    assert not f.meta.get("servicers")


def test_a_status_s_count_and_balance_in_a_sentence_under_a_group_heading_are_that_group_s():
    def block(heading, rows):
        return heading + "\n" + "".join(f"   {label}: {n} loans, ${bal}\n" for label, n, bal in rows) + "\n"
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 09/25/2001\n\nDELINQUENCY INFORMATION\n\n"
            + block("GROUP I:", [("Loans Delinquent 30-59 days", 97, "7,307,682.41"), ("Loans in Foreclosure", 64, "5,141,756.06")])
            + block("GROUP II:", [("Loans Delinquent 30-59 days", 41, "4,937,158.25"), ("Loans in Foreclosure", 37, "4,243,209.07")])
            + block("TOTAL POOL:", [("Loans Delinquent 30-59 days", 138, "12,244,840.66"),
                                    ("Loans in Foreclosure", 101, "9,384,965.13")]))
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert d.loc[("Group 1", "30-59"), "count"] == 97
    assert d.loc[("Group 2", "foreclosure"), "balance"] == 4_243_209.07
    assert d.loc[("Total", "foreclosure"), "count"] == 101


POOL_BY_NAMED_GROUPS = (
    "                                        FIXED RATE   ADJUSTABLE RATE\n"
    "                                             GROUP             GROUP             TOTAL\n"
    "BEGINNING POOL PRINCIPAL BALANCE    189,873,425.65    122,594,964.17    312,468,389.82\n"
    "TOTAL PRINCIPAL RECEIVED              4,004,242.72      2,559,924.44      6,564,167.16\n"
    "REALIZED LOSSES                          58,902.11         21,644.90         80,547.01\n"
    "ENDING POOL PRINCIPAL BALANCE       185,810,280.82    120,013,394.83    305,823,675.65\n\n")


def test_groups_named_in_words_over_a_total_the_counts_prove_take_the_pools_names_they_abbreviate():
    text = HEAD + POOL_BY_NAMED_GROUPS + (
        "V.  DELINQUENCY INFORMATION (AS OF THE LAST DAY OF THE COLLECTION PERIOD)\n\n"
        "                      FIXED RATE GROUP           ADJ. RATE GROUP                     TOTAL\n"
        "                   #             BALANCE     #             BALANCE     #             BALANCE\n"
        "30-59 DAYS        88        5,284,119.37    41        4,291,655.10   129        9,575,774.47\n"
        "60-89 DAYS        27        1,730,428.60    14        1,493,025.77    41        3,223,454.37\n"
        "IN FORECLOSURE    46        3,051,766.49    25        2,705,330.91    71        5,757,097.40\n")
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert sorted(set(f.delinquency["group"])) == ["ADJUSTABLE RATE GROUP", "FIXED RATE GROUP", "Total"]
    assert (d.loc[("ADJUSTABLE RATE GROUP", "60-89"), "count"], d.loc[("ADJUSTABLE RATE GROUP", "60-89"), "balance"]) \
        == (14, 1_493_025.77)
    assert d.loc[("Total", "foreclosure"), "balance"] == 5_757_097.40
    assert not (f.unmapped["line"] >= 12).any()


def test_a_sentence_over_the_rows_names_neither_column_and_the_shapes_tell_count_from_balance():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/15/1998\n\n"
            "(n)  The number and aggregate principal balance of Contracts delinquent, as of\n"
            "     the close of business on the last day of the Due Period:\n\n"
            "          31 to 59 days:  148 Contracts              $3,007,773.72\n"
            "          60 to 89 days:  41 Contracts                 $833,501.33\n"
            "          90 days or more:  37 Contracts               $705,995.95\n")
    d = abs_nb.load_text(text).delinquency.set_index("status")
    assert (d.loc["30-59", "count"], d.loc["30-59", "balance"]) == (148, 3_007_773.72)
    assert (d.loc["90+", "count"], d.loc["90+", "balance"]) == (37, 705_995.95)


def test_shares_beside_counts_and_balances_and_statuses_below_a_subtotal():
    # each group prints its count, balance and share of the pool; the share's header words
    # ("% of Balance") name no neighbouring column, and foreclosure, REO and bankruptcy below
    # the "Total Delinquent" subtotal are rows of the same table
    text = "\n".join([
        "DELINQUENCY REPORT",
        "",
        "                         Group 1                          Group 2                          Total",
        "             No. of      Principal     % of   No. of      Principal     % of   No. of      Principal     % of",
        "Status        Loans        Balance  Balance    Loans        Balance  Balance    Loans        Balance  Balance",
        "------------------------------------------------------------------------------------------------------------",
        "30-59 Days       60  10,483,082.53  3.0320%       58  12,812,848.63  2.8674%      118  23,295,931.16  2.9392%",
        "60-89 Days       22   3,742,256.28  1.0824%       25   5,505,708.11  1.2321%       47   9,247,964.39  1.1668%",
        "              -----  ------------- --------    -----  ------------- --------    -----  ------------- --------",
        "  Total          82  14,225,338.81  4.1144%       83  18,318,556.74  4.0995%      165  32,543,895.55  4.1060%",
        "",
        "Foreclosure      27   4,589,171.69  1.3273%       30   6,434,189.87  1.4399%       57  11,023,361.56  1.3908%",
        "REO               2     447,869.16  0.1295%        0           0.00  0.0000%        2     447,869.16  0.0565%",
        "",
    ])
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 2", "30-59"), "count"], d.loc[("Group 2", "30-59"), "balance"]) == (58, 12_812_848.63)
    assert (d.loc[("Total", "60-89"), "count"], d.loc[("Total", "60-89"), "balance"]) == (47, 9_247_964.39)
    assert (d.loc[("Group 1", "foreclosure"), "count"], d.loc[("Group 1", "foreclosure"), "balance"]) == (
        27, 4_589_171.69)
    assert d.loc[("Total", "reo"), "balance"] == 447_869.16


def test_blocks_by_payments_missed_each_under_its_group_s_name_and_description():
    block = ("   {name:<40}   NUMBER      PRINCIPAL    PERCENT\n"
             "                                              OF LOANS        BALANCE    OF POOL\n"
             "     One Payment Delinquent ...........        {a:>3}   {b:>12}     2.863%\n"
             "     Two Payments Delinquent ..........        {c:>3}   {d:>12}     0.935%\n"
             "     Loans in Foreclosure .............        {e:>3}   {f:>12}     2.122%\n\n")
    text = "DELINQUENCY INFORMATION\n\n" + "".join(block.format(**v) for v in (
        dict(name="GROUP I - FIXED RATE", a=94, b="6,007,423.60", c=30, d="1,961,878.16", e=81, f="4,452,747.97"),
        dict(name="GROUP II - ADJUSTABLE RATE", a=28, b="2,854,798.29", c=7, d="668,924.37", e=15, f="1,480,461.46"),
        dict(name="TOTAL POOL", a=122, b="8,862,221.89", c=37, d="2,630,802.53", e=96, f="5,933,209.43")))
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 1", "30-59"), "count"], d.loc[("Group 1", "30-59"), "balance"]) == (94, 6_007_423.60)
    assert (d.loc[("Group 2", "foreclosure"), "count"], d.loc[("Group 2", "foreclosure"), "balance"]) == (
        15, 1_480_461.46)
    assert d.loc[("Total", "60-89"), "balance"] == 2_630_802.53
    assert not (f.checks.check == "duplicate_value").any()


def test_a_pool_with_no_groups_reads_each_of_its_delinquency_tables_as_the_pool_s():
    # the days past due in one table (its 90+ days in finer buckets, unread), foreclosure,
    # REO and bankruptcy in another below it, their figures not lined up with the first's:
    # a pool with no groups owns both
    text = "\n".join([
        "COLLATERAL STATEMENT",
        "Beginning Principal Balance        692,750,233.50",
        "Ending Principal Balance           677,021,649.70",
        "",
        "DELINQUENCY INFORMATION  (by days contractually delinquent, OTS method)",
        "",
        "               Number of           Principal     % of Pool",
        "Days               Loans             Balance       Balance",
        "----------------------------------------------------------",
        "30-59                168       34,163,110.78       5.0461%",
        "60-89                 71       11,471,255.25       1.6944%",
        "90-119                23        3,491,727.69       0.5157%",
        "120-149                9        1,525,455.84       0.2253%",
        "----------------------------------------------------------",
        "Total                271       50,651,549.56       7.4815%",
        "",
        "Loans in Foreclosure        96       18,756,829.16       2.7705%",
        "Loans in REO                14        2,214,707.58       0.3271%",
        "",
    ])
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert (d.loc[("Total", "30-59"), "count"], d.loc[("Total", "30-59"), "balance"]) == (168, 34_163_110.78)
    assert (d.loc[("Total", "reo"), "count"], d.loc[("Total", "reo"), "balance"]) == (14, 2_214_707.58)
    assert ("Total", "90+") not in d.index  # its buckets' sum is not printed




def _blocks(titled: list[tuple[str, int, str, int, str]], html: bool) -> str:
    if html:
        return "<html><body><p>Delinquency Status</p>" + "".join(
            f"<table><tr><td>{t}</td><td>Count</td><td>Amount</td></tr>"
            f"<tr><td>30-59 days</td><td>{a}</td><td>{b}</td></tr>"
            f"<tr><td>In Foreclosure</td><td>{c}</td><td>{d}</td></tr></table>" for t, a, b, c, d in titled) + "</body></html>"
    return HEAD + "".join(f"     {t}\n                 Count        Amount\n30-59 Days        {a:>5}   {b:>12}\n"
                          f"Foreclosure       {c:>5}   {d:>12}\n\n" for t, a, b, c, d in titled)


def test_a_table_per_group_each_under_its_own_title_is_that_group_s():
    # the same statuses in a table per group, each titled by a name no header of the
    # vocabulary knows ("FIXED", "Second Lien"), above its header or over its labels
    rows = [("FIXED", 3, "300.00", 1, "100.00"), ("Second Lien", 4, "400.00", 2, "200.00"),
            ("Total Pool", 7, "700.00", 3, "300.00")]
    for html in (False, True):
        d = abs_nb.load_text(_blocks(rows, html)).delinquency.set_index(["group", "status"])
        assert d.loc[("FIXED", "30-59"), "count"] == 3 and d.loc[("Second Lien", "foreclosure"), "balance"] == 200.00
        assert d.loc[("Total", "30-59"), "count"] == 7


def test_one_table_under_a_title_of_no_group_is_the_pool_s_and_two_alike_titles_name_none():
    # a single table's title ("Aging") is no group's name: there is nothing to tell apart
    d = abs_nb.load_text(_blocks([("Aging", 3, "300.00", 1, "100.00")], html=False)).delinquency
    assert set(d.group) == {"Total"}
    # two tables under the same title: no name tells them apart, neither is read as a group
    d = abs_nb.load_text(_blocks([("ARM", 3, "300.00", 1, "100.00"), ("ARM", 4, "400.00", 2, "200.00")],
                                 html=False)).delinquency
    assert "ARM" not in set(d.group)


def test_groups_across_a_cell_stream_are_named_by_their_header_cells_in_order():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n|Distribution Date: 10/15/2003\n|Delinquency Information\n|FIXED\n|ARM\n|Total\n"
            + "|Loans\n|Amount\n" * 3
            + "|30-59 days delinq\n|5\n|1,431.28\n|2\n|392.23\n|7\n|1,823.51\n"
            + "|In Foreclosure\n|0\n|0.00\n|5\n|1,397.01\n|5\n|1,397.01\n")
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert d.loc[("FIXED", "30-59"), "balance"] == 1_431.28 and d.loc[("ARM", "foreclosure"), "count"] == 5
    assert d.loc[("Total", "30-59"), "count"] == 7


def test_a_group_s_name_centred_over_its_pair_may_start_left_of_its_count():
    def at(*cells: tuple[int, str]) -> str:  # each text ending at its column
        line = ""
        for end, text in cells:
            line += " " * (end - len(text) - len(line)) + text
        return line + "\n"
    text = HEAD + (at((40, "Fixed Rate"), (77, "Adjustable Rate"), (106, "TOTAL"))
                   + at((40, "Loans"), (57, "Unpaid Balance"), (77, "Loans"), (94, "Unpaid Balance"),
                        (106, "Loans"), (122, "Unpaid Balance"))
                   + at((20, "1 Payment Delinquent"), (40, "5"), (57, "1,325,556.29"), (77, "4"), (94, "980,073.54"),
                        (106, "9"), (122, "2,305,629.83"))
                   + at((14, "In Foreclosure"), (40, "0"), (57, "0.00"), (77, "65"), (94, "13,826,676.08"),
                        (106, "65"), (122, "13,826,676.08")))
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert d.loc[("Fixed Rate", "30-59"), "count"] == 5 and d.loc[("Adjustable Rate", "foreclosure"), "count"] == 65


# the days in brackets after the payments missed; a share of the pool beside each status
BY_PAYMENTS = HEAD + """
                                               Number of             Principal      Percent of
Payments past due                              Contracts               Balance    Pool Balance
                                               ---------     -----------------    ------------
   One payment        (31-59 days)                   100          3,529,305.42           1.32%
   Two payments       (60-89 days)                    32          1,153,149.20           0.43%
   Three or more      (90 days or more)               42          1,445,133.11           0.54%
                                               ---------     -----------------    ------------
   Total delinquencies                               174          6,127,587.73           2.29%

   Land-and-home Contracts in foreclosure              8            416,318.59           0.16%
   Repossessed Manufactured Homes (inventory)         78          2,950,054.57           1.10%
"""


def test_a_status_named_after_the_row_s_first_words_and_the_words_before_its_figures():
    d = abs_nb.load_text(BY_PAYMENTS).delinquency.set_index("status")
    assert (d.loc["30-59", "count"], d.loc["60-89", "balance"]) == (100, 1_153_149.20)
    # "Three or more" names no status; "(90 days or more)" after it does
    assert (d.loc["90+", "count"], d.loc["90+", "balance"]) == (42, 1_445_133.11)
    assert (d.loc["foreclosure", "count"], d.loc["reo", "balance"]) == (8, 2_950_054.57)


def test_words_with_a_figure_among_them_are_two_pairs_side_by_side_not_a_status_s_label():
    from abs_nb.parse.delinquency import status_label
    from abs_nb.parse.tokens import tokenize_line

    pairs = tokenize_line("  Overcollateralization Amount, Current Period      8,000,012.34        "
                          "60+ Delinquency Percentage       3.7245 %", 1)
    assert status_label(pairs, "Overcollateralization Amount, Current Period", False) == (
        "Overcollateralization Amount, Current Period")
    row = tokenize_line("   Three or more      (90 days or more)               42          1,445,133.11", 2)
    assert status_label(row, "Three or more", False) == "Three or more (90 days or more)"




def test_groups_stacked_down_each_named_on_its_first_row_are_each_that_group_s():
    # the group's name opens its first status row, the rows below print none: each block of
    # statuses under one header is its group's, in one cell or two; the same statuses printed
    # again under the next name are no finer buckets
    rows = ("30-59 Days         44   6,318,207.14   1.85%\n"
            "          60-89 Days         15   2,110,488.90   0.62%\n"
            "          Foreclosure        19   2,877,540.08   0.84%\n")
    text = HEAD + ("Group     Status         Number      Principal    Percent\n"
                   "-------   -----------   ------   ------------   -------\n"
                   "Group 1   " + rows + "Group II  " + rows.replace("44", "40")
                   + "Total     " + rows.replace("44", "84").replace("6,318,207.14", "12,636,414.28"))
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 1", "30-59"), "count"], d.loc[("Group 1", "30-59"), "balance"]) == (44, 6_318_207.14)
    assert d.loc[("Group 2", "30-59"), "count"] == 40
    assert (d.loc[("Total", "foreclosure"), "count"], d.loc[("Total", "30-59"), "balance"]) == (19, 12_636_414.28)
    assert len(d) == 9
    assert not f.unmapped.reason.str.contains("finer buckets").any()


def test_pairs_headed_by_months_are_periods_the_current_one_read_the_others_listed():
    # the current month's pair first, then two months before it, each month's name underlined
    # by a rule of its own: only this period's figures are the report's delinquency; the
    # others stay listed with their reason
    text = HEAD + ("\n                            JUL-01 (CURRENT)             JUN-01                 MAY-01\n"
                   "                          -----------------     -----------------     -----------------\n"
                   "                          NO.           ADCB    NO.           ADCB    NO.           ADCB\n"
                   "1 Payment Past Due         96   3,206,117.44    102   3,512,806.21     88   3,318,740.55\n"
                   "2 Payments Past Due        31   1,187,620.09     27   1,045,338.60     33   1,226,019.87\n"
                   "3 or More Pmts Past Due    18     804,415.73     21     917,402.18     16     688,124.09\n")
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert (d.loc[("Total", "30-59"), "count"], d.loc[("Total", "90+"), "balance"]) == (96, 804_415.73)
    assert len(d) == 3
    other = f.unmapped[f.unmapped.reason.str.startswith("another period's figure")]
    assert list(other["values"].iloc[0]) == ["102", "3,512,806.21", "88", "3,318,740.55"]


def test_a_status_s_label_with_a_note_s_mark_after_it_keeps_its_row_s_figures_in_their_columns():
    # "(1)" and "(2)" after the labels' last words, each explained by a note below, are the
    # labels' marks, no figures: the rows' figures stand under the same columns as the rows above
    text = HEAD + ("                                    GROUP 1              GROUP 2                TOTAL\n"
                   "                               NO.   PRIN. BAL.     NO.   PRIN. BAL.     NO.   PRIN. BAL.\n"
                   "31-59 DAYS DELINQUENT           97   2,788,140.31    29   1,431,906.77   126   4,220,047.08\n"
                   "60-89 DAYS DELINQUENT           31     884,519.02     9     437,551.18    40   1,322,070.20\n"
                   "CONTRACTS IN BANKRUPTCY (1)     18     501,226.47     6     298,430.12    24     799,656.59\n"
                   "REPOSSESSED HOMES (2)           33     951,802.66    15     744,318.20    48   1,696,120.86\n"
                   "\n(1) CONTRACTS IN BANKRUPTCY ARE NOT INCLUDED ABOVE.\n(2) AT THE TIME OF REPOSSESSION.\n")
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 2", "bankruptcy"), "count"], d.loc[("Total", "bankruptcy"), "balance"]) == (6, 799_656.59)
    assert (d.loc[("Group 1", "30-59"), "balance"], d.loc[("Group 1", "reo"), "count"]) == (2_788_140.31, 33)
    assert len(d) == 12


def test_groups_in_cells_spanning_their_status_rows_name_each_block_in_a_web_page():
    # <TD ROWSPAN=4>Group I</TD> before its first status: the rows below print an empty cell
    # where the group's stands, then the status's cell; a row "Total" closes each group
    def block(group: str, k: int) -> str:
        statuses = (("30 - 59 Days", 71), ("60 - 89 Days", 28), ("Foreclosure", 33))
        rows = [f"<TR><TD>{s}</TD><TD>{n * k}</TD><TD>{n * k},905.17</TD><TD>3.37%</TD></TR>" for s, n in statuses]
        rows[0] = rows[0].replace("<TR>", f"<TR><TD ROWSPAN=4><B>{group}</B></TD>")
        return "".join(rows) + f"<TR><TD>Total</TD><TD>{132 * k}</TD><TD>1.00</TD><TD>7.00%</TD></TR>\n"
    html = ("<html><body><p>Distribution Date: 03/27/2006</p><TABLE>"
            "<TR><TH COLSPAN=5>Delinquency Report</TH></TR>"
            "<TR><TH ROWSPAN=2>Loan<BR>Group</TH><TH ROWSPAN=2>Status</TH><TH COLSPAN=3>As of the Due Period</TH></TR>"
            "<TR><TH># of Loans</TH><TH>Principal Balance</TH><TH>% of Balance</TH></TR>\n"
            + block("Group I", 1) + block("Group II", 2) + "</TABLE></body></html>")
    f = abs_nb.load_text(html)
    d = f.delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 1", "30-59"), "count"], d.loc[("Group 1", "30-59"), "balance"]) == (71, 71_905.17)
    assert (d.loc[("Group 2", "foreclosure"), "count"], d.loc[("Group 2", "60-89"), "balance"]) == (66, 56_905.17)
    assert len(d) == 6


def test_a_status_table_in_a_group_s_block_under_a_dot_led_line_is_that_group_s():
    # the line above the rows leads its label to a figure by dots: a labelled line, no
    # header naming the pair; the rows stand in Group II's block, so they are its
    block = ("{head}\n\n"
             "    Beginning Principal Balance ............................ $167,210,446.12\n"
             "    Scheduled Principal ......................................... 162,118.44\n"
             "    Ending Principal Balance ............................... $164,739,806.10\n"
             "    Weighted Average Coupon ........................................ 10.815%\n"
             "    Weighted Average Remaining Term ............................... {m} mos.\n"
             "    Delinquent and Defaulted Loans:\n"
             "      30 to 59 days delinquent         {a} loans    $  1,877,014.66\n"
             "      60 to 89 days delinquent          6 loans    $    701,144.10\n"
             "      in foreclosure                   11 loans    $  1,388,410.95\n\n")
    text = HEAD + block.format(head="V.  LOAN GROUP I (FIXED RATE)", a=29, m=238) + block.format(
        head="VI.  LOAN GROUP II (ADJUSTABLE RATE)", a=17, m=353)
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert d.loc[("Group 1", "30-59"), "count"] == 29
    assert d.loc[("Group 2", "30-59"), "count"] == 17
    assert set(d.index.get_level_values(0)) == {"Group 1", "Group 2"}


def _by_group_column(rng, header_word: str) -> tuple[str, dict[tuple[str, str], tuple[int, float]]]:
    """Statuses down, a group's number (or TOTAL) opening each block under a first column
    headed ``header_word``; counts, shares, balances, shares across."""
    statuses = [("30 - 59 Days", "30-59"), ("60 - 89 Days", "60-89"), ("90 Days or More", "90+"),
                ("Foreclosure", "foreclosure"), ("REO", "reo"), ("Bankruptcy", "bankruptcy")]
    groups = [("I", "Group 1"), ("II", "Group 2")] if rng.random() < 0.5 else [("1", "Group 1"), ("2", "Group 2")]
    want: dict[tuple[str, str], tuple[int, float]] = {}
    lines = [f"   {'LOAN':<8}{'':<20}{'NUMBER':>8}{'% OF':>10}{'PRINCIPAL':>18}{'% OF':>10}",
             f"   {header_word:<8}{'CATEGORY':<20}{'OF LOANS':>8}{'LOANS':>10}{'BALANCE':>18}{'BALANCE':>10}", "   " + "-" * 74]
    totals = {st: [0, 0.0] for _, st in statuses}
    for printed, name in [*groups, ("TOTAL", "Total")]:
        for k, (words, st) in enumerate(statuses):
            if name == "Total":
                count, bal = totals[st][0], round(totals[st][1], 2)
            else:
                count, bal = rng.randint(0, 30), rng.randint(0, 3 * 10**8) / 100
                totals[st][0] += count
                totals[st][1] += bal
            want[(name, st)] = (count, bal)
            lines.append(f"   {printed if k == 0 else '':<8}{words:<20}{count:>8}{'0.50%':>10}{bal:>18,.2f}{'0.40%':>10}")
        lines.append("")
    return "STATEMENT TO CERTIFICATEHOLDERS\n\nDELINQUENCY STATUS BY LOAN GROUP\n\n" + "\n".join(lines) + "\n", want


def test_statuses_down_under_a_column_of_group_numbers_are_read_by_group():
    import random

    for seed in range(10):
        text, want = _by_group_column(random.Random(seed), "GROUP")
        d = abs_nb.load_text(text).delinquency
        got = {(r.group, r.status): (r.count, r.balance) for r in d.itertuples()}
        assert got == want, text


def test_numbers_opening_status_rows_under_no_group_column_name_no_group():
    import random

    text, _ = _by_group_column(random.Random(1), "ITEM")
    d = abs_nb.load_text(text).delinquency
    assert not {"Group 1", "Group 2"} & set(d.group)


def test_group_names_drawn_round_with_dashes_over_their_pairs_name_the_groups():
    rows = [("30-59 Days", (21, 2_318_402.66), (38, 5_416_027.92)), ("60-89 Days", (6, 611_208.17), (11, 1_577_204.61)),
            ("In Foreclosure", (9, 1_004_388.21), (17, 2_544_190.08))]
    pairs = [(a[0] + b[0], round(a[1] + b[1], 2), a, b) for _, a, b in rows]
    head = (f"{'':<22}{'-------- TOTAL ---------':>26}{'------- GROUP I --------':>26}{'------- GROUP II -------':>26}\n"
            f"{'Status':<22}" + f"{'Loans':>8}{'Balance':>18}" * 3 + "\n")
    body = "".join(f"{label:<22}{t:>8}{tb:>18,.2f}{a[0]:>8}{a[1]:>18,.2f}{b[0]:>8}{b[1]:>18,.2f}\n"
                   for (label, _, _), (t, tb, a, b) in zip(rows, pairs, strict=True))
    d = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\n\nDELINQUENCY INFORMATION\n\n" + head + body).delinquency
    got = {(r.group, r.status): (r.count, r.balance) for r in d.itertuples()}
    assert got[("Group 2", "60-89")] == (11, 1_577_204.61) and got[("Total", "foreclosure")] == (26, 3_548_578.29)
    assert set(d.group) == {"Total", "Group 1", "Group 2"}


def test_the_current_period_pair_beside_the_prior_period_s_is_read_the_other_listed():
    rows = [("30 - 59 days", (44, 6_120_447.81), (47, 6_512_208.30)), ("60 - 89 days", (13, 1_808_512.07), (11, 1_498_117.62)),
            ("Foreclosure", (21, 3_315_098.44), (18, 2_870_415.19)), ("REO", (4, 522_187.90), (3, 388_021.45))]
    for first, second in (("CURRENT", "PRIOR PERIOD"), ("PREVIOUS MONTH", "THIS MONTH")):
        current_first = first in ("CURRENT",)
        head = (f"{'':<22}{'-------- ' + first + ' ---------':>34}{'------ ' + second + ' ------':>34}\n"
                f"{'':<22}" + f"{'Number':>16}{'Balance':>18}" * 2 + "\n")
        body = "".join(f"{label:<22}{a[0]:>16}{a[1]:>18,.2f}{b[0]:>16}{b[1]:>18,.2f}\n" for label, a, b in rows)
        f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\n\n[ DELINQUENCY ]\n\n" + head + body)
        got = {r.status: (r.count, r.balance) for r in f.delinquency.itertuples()}
        want = {"30-59": rows[0][1 if current_first else 2], "reo": rows[3][1 if current_first else 2]}
        assert {k: got[k] for k in want} == want
        # the other period's figures are listed, with why they are not read
        assert any("another period" in r for r in f.unmapped.reason)


def test_group_names_centred_over_their_pairs_between_count_and_balance_head_both():
    text = """STATEMENT TO CERTIFICATEHOLDERS

Delinquency Information

                                   Group 1                       Group 2                        Total
Status                       Count             Balance     Count             Balance     Count             Balance
----------------------     -------   -----------------   -------   -----------------   -------   -----------------
30-59 Days                      58        9,384,211.07        71       14,903,327.44       129       24,287,538.51
60-89 Days                      27        4,420,918.36        33        7,120,445.81        60       11,541,364.17
Foreclosure                     22        3,984,102.55        31        7,216,003.30        53       11,200,105.85
"""
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 1", "30-59"), "count"], d.loc[("Group 1", "30-59"), "balance"]) == (58, 9_384_211.07)
    assert (d.loc[("Group 2", "foreclosure"), "count"], d.loc[("Total", "60-89"), "count"]) == (31, 60)


def test_day_ranges_spaced_round_their_dash_under_group_names_framed_by_dashes():
    text = ("STATEMENT TO NOTEHOLDERS\n\n E.  DELINQUENT LOANS\n"
            "Days Past    ----- Group I ----- ----- Group II ---- ------ Total ------\n"
            "Due           No.        Balance  No.        Balance  No.        Balance\n"
            "30 - 59        41   1,987,402.15    9   1,102,336.90   50   3,089,739.05\n"
            "60 - 89        13     702,118.36    2     291,004.57   15     993,122.93\n"
            "90 and over     6     311,540.08    1     168,500.00    7     480,040.08\n"
            "Foreclosure     3     166,017.42    0           0.00    3     166,017.42\n")
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 1", "30-59"), "count"], d.loc[("Group 2", "90+"), "balance"]) == (41, 168_500.00)
    assert (d.loc[("Total", "60-89"), "count"], d.loc[("Total", "foreclosure"), "balance"]) == (15, 166_017.42)


def test_a_day_range_spaced_round_its_dash_first_on_its_line_is_one_word():
    from abs_nb.parse.tokens import tokenize_line

    ln = tokenize_line("30 - 59        41   1,987,402.15", 1)
    assert ln.label == "30 - 59" and [t.text for t in ln.values] == ["41", "1,987,402.15"]
    assert [t.text for t in tokenize_line("Net   30 - 59", 1).tokens] == ["Net", "30", "-", "59"]  # first on its line only


def test_columns_of_shares_the_header_calls_percentages_are_no_pair_s():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nSECTION 3.  DELINQUENCY AND REPOSSESSION STATUS\n\n"
            "                                       NO.  PRINCIPAL BAL.  % BY NO.  % BY BAL.\n"
            "                                       ---  --------------  --------  ---------\n"
            "ONE PAYMENT (31 TO 59 DAYS)            142    4,093,817.52      2.43       2.43\n"
            "TWO PAYMENTS (60 TO 89 DAYS)            38    1,127,309.84      0.65       0.67\n"
            "THREE OR MORE PAYMENTS (90+ DAYS)       51    1,588,244.07      0.87       0.94\n")
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert (d.loc[("Total", "30-59"), "count"], d.loc[("Total", "90+"), "balance"]) == (142, 1_588_244.07)


def test_a_delinquency_table_whose_figures_do_not_line_up_is_read_by_their_order():
    # a web page saved with ragged blanks: every row prints a count and a balance a group
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/25/2004\n\n"
            "V.  DELINQUENCY STATUS AS OF THE END OF THE DUE PERIOD\n\n"
            "                          ------ Group I -----  ----- Group II -----  ------- Total -------\n"
            "                            #        Balance     #        Balance     #         Balance\n"
            "30 to 59 Days                22   1,986,304.18     17    2,816,550.41      39    4,802,854.59\n"
            "60 to 89 Days               6       541,877.02     5     914,233.70     11    1,456,110.72\n"
            "90 Days or More               2     147,210.66      1       166,400.00       3      313,610.66\n"
            "Foreclosure                   3     288,015.37     4     690,118.26       7       978,133.63\n")
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert len(d) == 12
    assert tuple(d.loc[("Group 2", "90+"), ["count", "balance"]]) == (1, 166_400.00)
    assert tuple(d.loc[("Total", "60-89"), ["count", "balance"]]) == (11, 1_456_110.72)


def test_a_cell_stream_s_header_cells_naming_a_group_and_a_measure_name_the_pairs():
    # a web page saved one cell a line: "Group 1 Count", "Group 1 Balance", ... and the
    # label column's own cell first
    header = ["Status", "Group 1 Count", "Group 1 Balance", "Group 2 Count", "Group 2 Balance", "Total Count",
              "Total Balance"]
    rows = [["30-59 Days", "47", "6,288,410.37", "39", "8,851,274.60", "86", "15,139,684.97"],
            ["60-89 Days", "19", "2,604,417.82", "17", "3,977,102.35", "36", "6,581,520.17"],
            ["Foreclosure", "38", "5,411,083.16", "31", "7,740,918.42", "69", "13,152,001.58"],
            ["REO", "6", "712,559.04", "4", "1,096,250.00", "10", "1,808,809.04"]]
    lines = ["Whitlock Creek Mortgage Loan Trust 2006-HE4", "Monthly Statement to Certificateholders", "",
             "Distribution Date:", "11/27/2006", "", "Delinquency Information", "", *header, "",
             *(c for r in rows for c in (*r, "")), "Trustee", "Deutsche Bank National Trust Company", ""]
    f = abs_nb.load_text("\n".join(lines))
    assert f.meta["rendering"] == "cells"
    d = f.delinquency.set_index(["group", "status"])
    assert len(d) == 12
    assert tuple(d.loc[("Group 2", "foreclosure"), ["count", "balance"]]) == (31, 7_740_918.42)
    assert tuple(d.loc[("Total", "reo"), ["count", "balance"]]) == (10, 1_808_809.04)


def test_delinquency_lines_whose_labels_open_with_their_group_are_that_group_s():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDISTRIBUTION DATE: 09/15/2000\n\n"
            "                *** DELINQUENCY INFORMATION AS OF 08/31/2000 ***\n\n"
            "  GROUP I   ONE PAYMENT PAST DUE                41 LOANS         $1,987,230.14\n"
            "  GROUP II  ONE PAYMENT PAST DUE                28 LOANS         $2,617,004.85\n"
            "  TOTAL     ONE PAYMENT PAST DUE                69 LOANS         $4,604,234.99\n\n"
            "  GROUP I   IN FORECLOSURE                      17 LOANS         $1,094,806.27\n"
            "  GROUP II  IN FORECLOSURE                      14 LOANS         $1,427,783.36\n"
            "  TOTAL     IN FORECLOSURE                      31 LOANS         $2,522,589.63\n\n"
            "  TOTAL REO PROPERTIES (4)                                         $301,775.40\n")
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert tuple(d.loc[("Group 2", "30-59"), ["count", "balance"]]) == (28, 2_617_004.85)
    assert tuple(d.loc[("Total", "foreclosure"), ["count", "balance"]]) == (31, 2_522_589.63)
    # a number in brackets is no count of loans: its line is not read as one
    assert ("Total", "reo") not in d.index


def test_figures_one_blank_apart_in_no_columns_are_read_in_order_under_groups_named_in_order():
    # a page dumped as text one blank apart: the header's words stand over no column, so the
    # groups are those it names in printed order, one a pair of figures
    text = (HEAD + "Group 1 Group 2 Total\n"
            "Status Count Balance Count Balance Count Balance\n"
            "30-59 Days 52 8,112,004.19 37 9,204,611.05 89 17,316,615.24\n"
            "60-89 Days 19 2,904,118.33 14 3,410,087.71 33 6,314,206.04\n"
            "90+ Days 11 1,688,204.92 6 1,611,420.18 17 3,299,625.10\n"
            "Foreclosure 30 4,822,310.47 22 5,318,844.30 52 10,141,154.77\n")
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert len(d) == 12
    assert tuple(d.loc[("Group 2", "90+"), ["count", "balance"]]) == (6, 1_611_420.18)
    assert tuple(d.loc[("Total", "foreclosure"), ["count", "balance"]]) == (52, 10_141_154.77)


def test_a_table_with_blank_cells_in_its_columns_is_read_by_position_not_order():
    # every row prints four figures, but in the columns its header stands over: a blank is a
    # cell, and the k-th figure of a row is not the k-th column's
    def row(label: str, *cells: str) -> str:
        return pairs_row(label, cells)
    text = (HEAD + row("", "", "Group 1", "", "Group 2", "", "Total") + row("", "#", "Balance", "#", "Balance", "#", "Balance")
            + row("30-59 Days", "2", "513,614.85", "", "", "2", "513,614.85")
            + row("90+ Days", "", "", "111", "24,902,700.96", "111", "24,902,700.96")
            + row("Foreclosure", "", "", "5", "1,302,121.33", "5", "1,302,121.33"))
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert tuple(d.loc[("Group 2", "90+"), ["count", "balance"]]) == (111, 24_902_700.96)
    assert tuple(d.loc[("Group 1", "30-59"), ["count", "balance"]]) == (2, 513_614.85)
    # read in order, Group 1 would take the 111 loans of Group 2
    assert sorted(g for g, _ in d.index[d["count"].fillna(0).eq(111)]) == ["Group 2", "Total"]


def test_a_share_column_is_told_by_the_measures_line_word_it_stands_for_in_order():
    # the measures' words drift off their figures: the k-th word heads the k-th column
    text = (HEAD + "                ------ Group 1 ------     ------ Group 2 ------     ------ Total ------\n"
            " Status        Loans      Balance   %     Loans      Balance   %    Loans      Balance   %\n"
            " 30-59 Days       31  7,342,118.45   2.3995     24  8,104,552.18   3.5339      55 15,446,670.63   2.8855\n"
            " 60-89 Days       12  3,118,492.73   1.0192     10  3,811,204.47   1.6619      22  6,929,697.20   1.2945\n"
            " Foreclosure       9  2,684,305.12   0.8773     14  5,201,877.61   2.2682      23  7,886,182.73   1.4732\n")
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert tuple(d.loc[("Group 2", "60-89"), ["count", "balance"]]) == (10, 3_811_204.47)
    assert tuple(d.loc[("Total", "foreclosure"), ["count", "balance"]]) == (23, 7_886_182.73)


def test_grid_tables_of_a_web_page_converted_by_pandoc_a_group_each_named_in_the_header_s_first_cell():
    # pandoc's grid tables: a rule between every two rows, its alignment marked by colons in
    # the rule under the header ("+:====+===:+"), a three-line header naming the group first
    def table(group: str, rows: list[tuple[str, str, str]]) -> str:
        rule = "+" + "-" * 22 + "+" + "-" * 8 + "+" + "-" * 16 + "+\n"
        out = rule + f"| {group:<20} | {'No. of':>6} | {'Principal':>14} |\n"
        out += f"| {'':<20} | {'Mortg.':>6} | {'Balance':>14} |\n| {'':<20} | {'Loans':>6} | {'':>14} |\n"
        out += "+:" + "=" * 21 + "+" + "=" * 7 + ":+" + "=" * 15 + ":+\n"
        return out + "".join(f"| {lab:<20} | {n:>6} | {bal:>14} |\n" + rule for lab, n, bal in rows) + "\n"
    text = ("**DELINQUENCY STATUS (as of the last day of the preceding month)**\n\n"
            + table("Group I", [("30 - 59 Days", "58", "8,914,227.51"), ("60 - 89 Days", "24", "3,660,102.88"),
                                ("In Foreclosure", "41", "7,118,906.44")])
            + table("Group II", [("30 - 59 Days", "71", "14,207,318.66"), ("60 - 89 Days", "33", "6,488,014.25"),
                                 ("In Foreclosure", "57", "12,377,902.15")]))
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 1", "30-59"), "count"], d.loc[("Group 1", "30-59"), "balance"]) == (58, 8_914_227.51)
    assert (d.loc[("Group 2", "foreclosure"), "count"], d.loc[("Group 2", "60-89"), "balance"]) == (57, 6_488_014.25)


def test_groups_named_over_a_measure_wrapped_onto_three_lines_name_their_pairs():
    # "Number" / "of" / "Loans": the groups' names stand four lines over the rows
    def row(label: str, *figs: str) -> str:
        return f"   {label:<18}" + "".join(f"{f:>7}{g:>19}" for f, g in zip(figs[::2], figs[1::2], strict=True)) + "\n"
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 09/25/2006\n\n   Delinquency Information\n\n"
            + " " * 38 + "Group 1" + " " * 19 + "Group 2" + " " * 21 + "Total\n"
            + ("   " + " " * 18 + ("{:>7}" + " " * 19) * 3 + "\n").format("Number", "Number", "Number")
            + ("   " + " " * 18 + ("{:>7}" + " " * 19) * 3 + "\n").format("of", "of", "of")
            + f"   {'Status':<18}" + f"{'Loans':>7}{'Principal Balance':>19}" * 3 + "\n"
            + row("30-59 Days", "61", "10,218,447.30", "39", "9,884,102.55", "100", "20,102,549.85")
            + row("60-89 Days", "24", "4,009,112.85", "17", "4,213,877.40", "41", "8,222,990.25")
            + row("In Foreclosure", "38", "6,874,220.46", "27", "7,901,554.26", "65", "14,775,774.72"))
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 1", "30-59"), "count"], d.loc[("Group 2", "foreclosure"), "balance"]) == (61, 7_901_554.26)
    assert d.loc[("Total", "60-89"), "balance"] == 8_222_990.25
