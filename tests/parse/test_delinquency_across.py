"""abs_nb.parse.delinquency_across: delinquency tables with the statuses across, a row per group."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import abs_nb

HEAD = "STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 7/27/1998\n\n"
PAYMENTS = ("DELINQUENT LOANS\n"
            "                       1 PAYMENT              2 PAYMENTS            3+ PAYMENTS\n"
            "                    #      BALANCE         #      BALANCE         #      BALANCE\n")


def _table(filing: abs_nb.Filing) -> dict[tuple[str, str], tuple[object, object]]:
    d = filing.delinquency
    return {(g, s): (c, b) for g, s, c, b in zip(d.group, d.status, d["count"], d.balance, strict=True)}


def test_statuses_over_column_pairs_and_one_unlabelled_row_are_the_pool_s():
    f = abs_nb.load_text(HEAD + PAYMENTS + "                  112   6,102,331.22      31   1,720,114.09      22   1,230,455.10\n")
    assert _table(f) == {("Total", "30-59"): (112, 6_102_331.22), ("Total", "60-89"): (31, 1_720_114.09),
                         ("Total", "90+"): (22, 1_230_455.10)}
    check = f.checks[f.checks.check == "delinquency_columns"]
    assert check.detail.str.startswith("statuses across (30-59, 60-89, 90+)").any()
    assert f.unmapped.empty


def test_a_row_per_group_the_unlabelled_one_the_total_by_its_sums_and_the_count_by_its_header():
    # the balance printed first here: the header says which of a pair is the count
    text = HEAD + ("DELINQUENCY\n"
                   "                   30-59 Days             60-89 Days          Foreclosure\n"
                   "                Balance    Loans       Balance    Loans      Balance    Loans\n"
                   "Group 1      100,000.00       2      50,000.00       1    70,000.00       1\n"
                   "Group 2      200,000.00       3           0.00       0    30,000.00       2\n"
                   "             300,000.00       5      50,000.00       1   100,000.00       3\n")
    t = _table(abs_nb.load_text(text))
    assert t[("Group 1", "30-59")] == (2, 100_000.00) and t[("Group 2", "foreclosure")] == (2, 30_000.00)
    assert t[("Total", "30-59")] == (5, 300_000.00) and t[("Total", "foreclosure")] == (3, 100_000.00)


def test_an_unlabelled_row_that_is_no_sum_of_the_others_is_not_read():
    text = HEAD + ("DELINQUENCY\n"
                   "                   30-59 Days             60-89 Days\n"
                   "                  #     Balance           #     Balance\n"
                   "Group 1           2   100,000.00          1   50,000.00\n"
                   "                  9   999,999.00          9   99,999.00\n")
    f = abs_nb.load_text(text)
    assert set(_table(f)) == {("Group 1", "30-59"), ("Group 1", "60-89")}
    assert 999_999.00 not in set(f.delinquency.balance)
    assert len(f.unmapped) == 1


def test_blank_cells_are_placed_under_the_header_s_columns_or_the_table_is_left_unread():
    # a blank count: the header's columns place the balance, a blank stays NaN (never 0)
    text = HEAD + ("DELINQUENCY\n"
                   "                 30-59 Days            60-89 Days\n"
                   "              Count     Balance     Count     Balance\n"
                   "                       1,000.00         3    9,000.00\n")
    t = _table(abs_nb.load_text(text))
    count, balance = t[("Total", "30-59")]
    assert pd.isna(count) and balance == 1_000.00  # not printed: missing, never 0
    assert t[("Total", "60-89")] == (3, 9_000.00)
    # a zero (a count's or a balance's) whose right edge stands as far past the one
    # column's as short of the next: its place is in doubt, nothing is read
    doubt = HEAD + ("DELINQUENCY\n"
                    "                 30-59 Days            60-89 Days\n"
                    "              Count     Balance     Count     Balance\n"
                    "                        0               3    9,000.00\n")
    f = abs_nb.load_text(doubt)
    assert f.delinquency.empty and len(f.unmapped) == 1


def test_words_over_the_pairs_that_name_no_status_or_one_twice_make_no_table():
    for header in ("                   Current                Paid Off\n",
                   "                   30-59 Days             30 to 59 Days\n"):
        f = abs_nb.load_text(HEAD + "POOL\n" + header + "                  #     Balance           #     Balance\n"
                             "                  2   100,000.00          1   50,000.00\n")
        assert f.delinquency.empty and len(f.unmapped) == 1


def test_an_html_table_with_the_statuses_across_is_read_alike():
    html = ("<html><body><p>STATEMENT TO CERTIFICATEHOLDERS</p><p>Delinquencies</p><table>"
            "<tr><td></td><td>30-59 Days</td><td></td><td>60-89 Days</td><td></td><td>REO</td><td></td></tr>"
            "<tr><td></td><td>Number</td><td>Balance</td><td>Number</td><td>Balance</td><td>Number</td><td>Balance</td></tr>"
            "<tr><td>Group 1</td><td>4</td><td>400.00</td><td>1</td><td>100.00</td><td>0</td><td>0.00</td></tr>"
            "<tr><td>Group 2</td><td>6</td><td>600.00</td><td>2</td><td>200.00</td><td>1</td><td>50.00</td></tr>"
            "<tr><td>Total</td><td>10</td><td>1,000.00</td><td>3</td><td>300.00</td><td>1</td><td>50.00</td></tr>"
            "</table></body></html>")
    t = _table(abs_nb.load_text(html))
    assert t[("Group 2", "60-89")] == (2, 200.00) and t[("Total", "reo")] == (1, 50.00)
    assert len(t) == 9


def _stream(*cells: str) -> str:
    return "".join(f"|{c}\n" for c in cells)


STREAM_HEAD = _stream("STATEMENT TO CERTIFICATEHOLDERS", "Distribution Date: 7/27/1998", "Delinquency",
                      "30-59 Days", "60-89 Days", "Foreclosure", "#", "Balance", "#", "Balance", "#", "Balance")


def test_a_cell_stream_keeps_a_blank_cell_s_place_in_its_row():
    # a zero printed as a blank cell: the figures after it keep their columns
    text = STREAM_HEAD + _stream("Group 1", "4", "400.00", "", "", "1", "50.00",
                                 "Group 2", "", "", "2", "200.00", "3", "90.00",
                                 "Total", "4", "400.00", "2", "200.00", "4", "140.00")
    t = _table(abs_nb.load_text(text))
    assert t[("Group 1", "30-59")] == (4, 400.00) and t[("Group 1", "foreclosure")] == (1, 50.00)
    assert t[("Group 2", "60-89")] == (2, 200.00) and t[("Total", "foreclosure")] == (4, 140.00)
    count, balance = t[("Group 1", "60-89")]
    assert pd.isna(count) and pd.isna(balance)  # not printed: missing, never 0


def test_a_cell_stream_s_unlabelled_row_prints_an_empty_label_cell_after_the_header():
    # the header's last cell ("Balance") is no label of the row below it: it repeats the
    # header's pattern; the row's empty first cell is its label's place, not a blank count
    f = abs_nb.load_text(STREAM_HEAD + _stream("", "7", "700.00", "2", "200.00", "1", "90.00"))
    assert _table(f) == {("Total", "30-59"): (7, 700.00), ("Total", "60-89"): (2, 200.00),
                         ("Total", "foreclosure"): (1, 90.00)}
    assert f.unmapped.empty


def test_blank_balances_beside_zero_counts_in_fixed_width_text_keep_their_columns():
    # headers centred over figures set right: each figure column goes under the header
    # column of its kind whose right edge it stands from as the others of that kind do
    text = HEAD + ("DELINQUENCY\n"
                   "               One Month                60-89 Days               Foreclosure\n"
                   "             #      Stated Balance     #     Stated Balance     #     Stated Balance\n"
                   "Group 1       119    $24,935,860.11          0                     5       $944,899.49\n"
                   "Group 2         4       $799,428.16          0                    35     $7,240,205.31\n"
                   "Total         123    $25,735,288.27          0                    40     $8,185,104.80\n")
    t = _table(abs_nb.load_text(text))
    assert t[("Group 1", "30-59")] == (119, 24_935_860.11) and t[("Total", "foreclosure")] == (40, 8_185_104.80)
    count, balance = t[("Group 2", "60-89")]
    assert count == 0 and pd.isna(balance)  # the count printed, the balance blank: missing, never 0


BOXED = """STATEMENT TO CERTIFICATEHOLDERS
Distribution Date: 11/25/2005

                                           Delinquency Information

+----------+------+---------------+------+---------------+------+---------------+
|   Loan   |       30 Days        |       60 Days        |       90+ Days       |
|  Group   |  #   |       $       |  #   |       $       |  #   |       $       |
+----------+------+---------------+------+---------------+------+---------------+
| Group I  |   31 |  5,886,496.61 |    9 |  1,603,850.48 |    3 |    579,347.65 |
| Group II |   44 |  8,849,326.66 |   14 |  3,183,327.17 |    5 |  1,047,860.82 |
+----------+------+---------------+------+---------------+------+---------------+
| Total    |   75 | 14,735,823.27 |   23 |  4,787,177.65 |    8 |  1,627,208.47 |
+----------+------+---------------+------+---------------+------+---------------+
"""


def test_a_boxed_table_across_under_a_header_of_its_label_column():
    # drawn in a box of fixed-width text: each status spans its two columns, "Loan Group"
    # heads the labels (no status, no measure), the rule above Total cuts nothing
    f = abs_nb.load_text(BOXED)
    d = f.delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 2", "60-89"), "count"], d.loc[("Group 2", "60-89"), "balance"]) == (14, 3_183_327.17)
    assert (d.loc[("Total", "90+"), "count"], d.loc[("Total", "90+"), "balance"]) == (8, 1_627_208.47)
    assert len(d) == 9 and f.unmapped.empty


def test_a_cell_stream_s_label_header_between_the_statuses_and_the_measures():
    cells = ["30-59 Days", "60-89 Days", "90+ Days", "Loan Group"] + ["#", "Balance"] * 3
    rows = ["Group 1", "2", "361,683.14", "5", "1,085,209.16", "0", "0.00",
            "Group 2", "1", "232,801.81", "4", "842,280.73", "7", "1,113,628.46"]
    text = ("|STATEMENT TO CERTIFICATEHOLDERS\n|Distribution Date: 11/25/2005\n|Delinquency\n"
            + "".join(f"|{c}\n" for c in cells + rows))
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 2", "90+"), "count"], d.loc[("Group 2", "90+"), "balance"]) == (7, 1_113_628.46)
    assert d.loc[("Group 1", "30-59"), "balance"] == 361_683.14


def test_statuses_across_with_the_count_and_the_balance_down():
    # a row of counts, a row of balances, a row of shares: the statuses over the columns,
    # their sum (Total) aside; blank and dashed cells are figures not printed
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 11/25/2003\n\n"
            "                   Delinquency Status (Contractual Basis, OTS Method)\n\n"
            "                             One            Two         Three+\n"
            "                         Payment       Payments       Payments    Foreclosure            REO          Total\n"
            "------------------------------------------------------------------------------------------------------\n"
            "Number of Loans               118             37              0             64              6            225\n"
            "Principal Balance   15,552,899.37   4,689,203.28              -   8,561,091.73     615,895.71  29,419,090.09\n"
            "% of Pool Balance         3.2861%        0.9908%        0.0000%        1.8089%        0.1301%        6.2159%\n")
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index("status")
    assert (d.loc["60-89", "count"], d.loc["60-89", "balance"]) == (37, 4_689_203.28)
    assert d.loc["90+", "count"] == 0 and d.loc["90+", "balance"] != d.loc["90+", "balance"]  # a dash: NaN
    assert (d.loc["reo", "count"], d.loc["reo", "balance"]) == (6, 615_895.71)
    assert set(d.index) == {"30-59", "60-89", "90+", "foreclosure", "reo"} and set(f.delinquency.group) == {"Total"}
    # the shares, and the statuses' sum (no status holds it), stay listed
    assert list(f.unmapped.line) == [10, 11] and f.unmapped["values"].iloc[0] == ["29,419,090.09"]


def test_statuses_across_with_a_count_and_a_balance_row_per_group_named_before_its_measure():
    # "Group 1 #", "Group 1 $", a blank line between the groups: the groups below the first
    # stand under its header; the header's numbers ("90" over "Days or More") are its words
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/27/2003\n\n"
            "  Delinquency Status\n\n"
            "                           One             2                90\n"
            "                         Month      Payments      Days or More   Foreclosure      REO\n"
            "                    ----------    ----------    --------------   -----------   ------\n"
            "  Group 1 #                 47            14                 6            21        3\n"
            "  Group 1 $       6,046,221.14  2,101,169.86        924,214.20  2,894,385.11     0.00\n"
            "  Group 1 %              2.40%         0.83%             0.37%         1.15%    0.00%\n\n"
            "  Fixed Rate No.            19             6                 3             8        0\n"
            "  Fixed Rate Amount 3,566,369.43   992,177.56       502,933.25  1,324,987.32     0.00\n\n"
            "  Total #                   66            20                 9            29        3\n"
            "  Total $         9,612,590.57  3,093,347.42      1,427,147.45  4,219,372.43     0.00\n")
    got = _table(abs_nb.load_text(text))
    assert got[("Group 1", "30-59")] == (47, 6_046_221.14) and got[("Group 1", "90+")] == (6, 924_214.20)
    assert got[("Fixed Rate", "60-89")] == (6, 992_177.56) and got[("Fixed Rate", "reo")] == (0, 0.0)
    assert got[("Total", "foreclosure")] == (29, 4_219_372.43) and len(got) == 15


def test_a_group_s_rows_under_other_columns_than_the_rows_above_take_no_header_of_theirs():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\n  Delinquency Status\n\n"
            "                       30 Days       60 Days   Foreclosure\n"
            "  Group 1 #                 47            14            21\n"
            "  Group 1 $       6,046,221.14  2,101,169.86  2,894,385.11\n\n"
            "  Group 2 #                                                          19            6            8\n"
            "  Group 2 $                                                3,566,369.43   992,177.56 1,324,987.32\n")
    f = abs_nb.load_text(text)
    assert set(f.delinquency.group) == {"Group 1"}
    assert set(f.unmapped.line) >= {9, 10}  # listed, not read


def test_statuses_over_equal_shares_of_columns_with_shares_of_the_pool_among_them():
    # each status over four columns (count, count %, balance, balance %), the measures' words
    # run together where the columns are tight: the percentages are left out, the count told
    # from the balance by the figures (a count prints no cents)
    text = "\n".join([
        "Delinquency Information",
        "",
        "                           30-59 Days                                  60-89 Days",
        "            Loan       Loan                          Loan       Loan",
        "           Count    Count %       Balance Balance % Count    Count %       Balance Balance %",
        "------------------------------------------------------------------------------------------",
        "Group I       33   2.12903%  6,247,994.80  2.21399%    13   0.83871%  2,579,099.73  0.91391%",
        "Group II      57   2.63889%  9,428,558.60  2.50240%    16   0.74074%  2,741,788.35  0.72769%",
        "Total         90   2.42588% 15,676,553.40  2.37889%    29   0.78167%  5,320,888.08  0.80744%",
        "",
    ])
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 1", "30-59"), "count"], d.loc[("Group 1", "30-59"), "balance"]) == (33, 6_247_994.80)
    assert (d.loc[("Group 2", "60-89"), "count"], d.loc[("Group 2", "60-89"), "balance"]) == (16, 2_741_788.35)
    assert (d.loc[("Total", "60-89"), "count"], d.loc[("Total", "60-89"), "balance"]) == (29, 5_320_888.08)


def test_rows_named_by_words_are_groups_as_printed_and_the_total_row_is_the_total():
    # the statuses over the pairs say what the figures are: the rows' names ("FIXED",
    # "ARM") are the loan groups, as printed, whatever the vocabulary knows of them
    text = HEAD + (
        "DELINQUENCY INFORMATION\n"
        "               30 Days              60 Days            Foreclosure\n"
        "         -------------------  -------------------  -------------------\n"
        "Group        #        Balance     #        Balance     #        Balance\n"
        "FIXED       88   4,789,733.74    27   1,577,227.78    39   2,115,082.18\n"
        "ARM         36   3,261,972.07    13   1,217,708.94    25   2,189,246.03\n"
        "TOTAL      124   8,051,705.81    40   2,794,936.72    64   4,304,328.21\n")
    f = abs_nb.load_text(text)
    t = _table(f)
    assert t[("FIXED", "30-59")] == (88, 4_789_733.74) and t[("ARM", "foreclosure")] == (25, 2_189_246.03)
    assert t[("Total", "60-89")] == (40, 2_794_936.72)
    assert len(t) == 9 and f.unmapped.empty


def test_rows_named_by_dates_or_by_the_vocabulary_s_words_are_no_groups():
    text = HEAD + (
        "DELINQUENCY INFORMATION\n"
        "               30 Days              60 Days\n"
        "Period       #        Balance     #        Balance\n"
        "05/31/99    88   4,789,733.74    27   1,577,227.78\n"
        "06/30/99    36   3,261,972.07    13   1,217,708.94\n")
    assert abs_nb.load_text(text).delinquency.empty


def test_a_cell_stream_with_statuses_across_is_no_class_table_whatever_its_rows_names():
    # rows named "FIXED" and "ARM" (words a class may be named by) under statuses: the groups
    head = "|".join(["", "One Month Delinquent", "60-89 days", "Loans in Foreclosure", "Loan Group"]
                    + ["#", "Unpaid Balance"] * 3)
    rows = ["|FIXED|5|995,605.42|0|-|3|361,951.31", "|ARM|5|904,617.41|1|2,000.00|5|992,761.95",
            "|Total Pool|10|1,900,222.83|1|2,000.00|8|1,354,713.26"]
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n|Distribution Date: 7/27/1998\n|Delinquency Information\n"
            + head.replace("|", "\n|")[1:] + "\n" + "\n".join(r.replace("|", "\n|")[1:] for r in rows) + "\n")
    f = abs_nb.load_text(text)
    t = _table(f)
    assert t[("FIXED", "30-59")] == (5, 995_605.42) and t[("ARM", "foreclosure")] == (5, 992_761.95)
    assert t[("Total", "60-89")] == (1, 2_000.00)
    assert f.classes.empty


def test_count_and_balance_rows_under_a_title_naming_their_group():
    # the group's name on a line of its own, its rows "Count" and "Balance" ("#" and "$")
    # below; the statuses' header over the first group only
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\n  DELINQUENCY STATUS\n\n"
            "                             30 Days         60 Days     Foreclosure             REO\n"
            "  ----------------------------------------------------------------------------------\n"
            "  GROUP I\n"
            "       Count                      61              17              38               6\n"
            "       Balance          4,712,335.12    1,288,704.39    3,104,227.85      455,901.77\n\n"
            "  FIXED\n"
            "       #                          33              12              29               4\n"
            "       $                4,418,876.20    1,690,243.55    4,127,790.48      528,816.09\n\n"
            "  TOTAL\n"
            "       Count                      94              29              67              10\n"
            "       Balance          9,131,211.32    2,978,947.94    7,232,018.33      984,717.86\n")
    got = _table(abs_nb.load_text(text))
    assert got[("Group 1", "30-59")] == (61, 4_712_335.12)
    assert got[("FIXED", "foreclosure")] == (29, 4_127_790.48)
    assert got[("Total", "reo")] == (10, 984_717.86)


def test_a_row_of_shares_whose_label_says_so_measures_nothing():
    # the shares printed without "%": the label says they are percentages, no balance
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\n  DELINQUENCY INFORMATION\n\n"
            "  DAYS DELINQUENT                            30-59             60-89               90+\n"
            "  ------------------------------------------------------------------------------------\n"
            "  NO. OF LOANS                                  64                21                13\n"
            "  PRINCIPAL BALANCE                   4,612,338.20      1,597,420.86      1,004,777.13\n"
            "  PCT OF POOL BALANCE                      2.02607           0.70170           0.44137\n")
    got = _table(abs_nb.load_text(text))
    assert got[("Total", "30-59")] == (64, 4_612_338.20) and got[("Total", "90+")] == (13, 1_004_777.13)


OTS_BY_GROUP = (
    "STATEMENT TO CERTIFICATEHOLDERS\n\n   Delinquency Summary - OTS Method\n\n   Group 1\n"
    "                   Current        30 Days       60 Days      90+ Days    Foreclosure          REO           Total\n"
    "   Count              1992             58            21             9             17            2            {total}\n"
    "   Balance    335164127.66    10422871.15    3881405.62    1620377.04     3302118.77    311882.40    354702782.64\n"
    "   %                94.47%          2.94%         1.09%         0.46%          0.93%        0.09%         100.00%\n\n"
    "   Total Pool\n"
    "            Current         30 Days        60 Days       90+ Days      Foreclosure   REO         Total\n"
    "   Count    4,225           122            45            20            39            5           4,456\n"
    "   Balance  766,209,800.11  25,211,091.46  9,783,619.78  4,364,390.86  9,182,519.96  923,927.15  815,675,349.32\n")


def test_a_group_s_title_over_its_header_and_columns_of_loans_current_and_of_all_loans():
    got = _table(abs_nb.load_text(OTS_BY_GROUP.format(total="2099")))
    # the loans current and the column of all loans are no status; the title names the group
    assert got[("Group 1", "30-59")] == (58, 10_422_871.15) and got[("Group 1", "reo")] == (2, 311_882.40)
    assert got[("Total", "90+")] == (20, 4_364_390.86) and got[("Total", "foreclosure")] == (39, 9_182_519.96)
    assert {s for _, s in got} == {"30-59", "60-89", "90+", "foreclosure", "reo"}


def test_a_last_column_that_is_no_sum_of_the_others_leaves_the_group_unread():
    # Group 1's last count 2,199 is no sum of its row: its columns are not proven to be these
    got = _table(abs_nb.load_text(OTS_BY_GROUP.format(total="2199")))
    assert not any(g == "Group 1" for g, _ in got)
    assert got[("Total", "30-59")] == (122, 25_211_091.46)


def test_statuses_titled_between_runs_of_dashes_head_their_pairs():
    src = (Path(__file__).resolve().parents[1] / "handwritten").glob("o2_*.txt")
    lines = next(src).read_text().splitlines()
    start = next(k for k, ln in enumerate(lines) if ln.startswith(" DELINQUENCY"))
    text = "STATEMENT TO CERTIFICATEHOLDERS\n\n" + "\n".join(lines[start:start + 8]) + "\n"
    assert "--- 30-59 Days --" in text and "--- Bankruptcy --" in text
    got = _table(abs_nb.load_text(text))
    assert got[("Group 1", "30-59")] == (38, 5_019_873.22) and got[("Group 2", "reo")] == (2, 347_211.86)
    assert got[("Total", "foreclosure")] == (30, 4_885_192.65) and got[("Total", "bankruptcy")] == (14, 2_001_454.20)


def test_a_group_named_once_on_its_count_row_a_gap_before_the_measure():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\n                DELINQUENCY INFORMATION\n\n"
            "                            30-59 Days      60-89 Days     Foreclosure             REO\n"
            "                        --------------  --------------  --------------  --------------\n"
            "Group 1     Count                   24               7               9               1\n"
            "            Balance       3,112,408.19      841,377.02    1,122,904.36       88,120.44\n"
            "            % of Bal            1.611%          0.435%          0.581%          0.046%\n\n"
            "Total Pool  Count                   43              13              17               3\n"
            "            Balance       5,657,218.52    1,601,789.97    2,327,281.54      321,270.50\n")
    got = _table(abs_nb.load_text(text))
    assert got[("Group 1", "30-59")] == (24, 3_112_408.19) and got[("Group 1", "reo")] == (1, 88_120.44)
    assert got[("Total", "foreclosure")] == (17, 2_327_281.54)


def _history(rng, latest_first: bool) -> tuple[str, dict[tuple[str, str], tuple[int, float]]]:
    """A delinquency history: statuses across (titles parted by dashes), a block per group
    under its title, a row per distribution date with a line of shares under it."""
    statuses = [("Delinq 1 Month", "30-59"), ("Delinq 2 Months", "60-89"), ("Foreclosure", "foreclosure"), ("REO", "reo")]
    head = "Distribution - " + " ".join(f"{words} {'-' * (25 - len(words))}" for words, _ in statuses)
    measures = f"{'Date':<15}" + "".join(f"{'#':>6}{'Balance':>20}" for _ in statuses)
    want: dict[tuple[str, str], tuple[int, float]] = {}
    lines = [head, measures, ""]
    dates = ["26-Dec-07", "26-Nov-07", "25-Oct-07"]
    if not latest_first:
        dates = dates[::-1]
    for title, group in (("Group I", "Group 1"), ("Group II", "Group 2")):
        lines.append(title)
        for d in dates:
            figures = [(rng.randint(1, 99), rng.randint(10**6, 10**9) / 100) for _ in statuses]
            if d == "26-Dec-07":
                want.update({(group, st): f for (_, st), f in zip(statuses, figures, strict=True)})
            lines.append(f"{d:<15}" + "".join(f"{n:>6}{b:>20,.2f}" for n, b in figures))
            lines.append(f"{'':<15}" + "".join(f"{'':>6}{'1.25%':>20}" for _ in statuses))
        lines.append("")
    return "STATEMENT TO CERTIFICATE HOLDERS\n\nDelinquency Summary\n\n" + "\n".join(lines) + "\n", want


def test_a_delinquency_history_by_date_reads_each_group_s_latest_row():
    import random

    for seed, latest_first in ((1, True), (2, False), (3, True)):
        text, want = _history(random.Random(seed), latest_first)
        f = abs_nb.load_text(text)
        got = {(r.group, r.status): (r.count, r.balance) for r in f.delinquency.itertuples()}
        assert got == want, text
        assert sum("another period" in r for r in f.unmapped.reason) == 4


def _group_block(title: str, label: str, figures: list[str]) -> str:
    return (f" {title}\n\n"
            "                                   30 - 59 DAYS          60 - 89 DAYS             90 + DAYS\n"
            "                             #          BALANCE    #          BALANCE    #          BALANCE\n"
            f"   {label:<20}" + "".join(f"{c:>5}{b:>17}" for c, b in zip(figures[::2], figures[1::2], strict=True)) + "\n\n")


@pytest.mark.parametrize("label", ["Delinquent", "Outstanding", "Loans"])
def test_a_row_alone_under_statuses_across_is_the_group_its_block_s_heading_names(label):
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/25/2003\n\n"
            + _group_block("LOAN GROUP 1 (FIXED RATE) - DELINQUENCY", label,
                           ["38", "2,611,904.12", "11", "702,118.44", "6", "388,019.77"])
            + _group_block("LOAN GROUP 2 (ADJUSTABLE RATE) - DELINQUENCY", label,
                           ["45", "4,188,317.20", "15", "1,277,406.83", "7", "590,115.48"]))
    dq = abs_nb.load_text(text).delinquency
    got = {(r.group, r.status): (r["count"], r.balance) for _, r in dq.iterrows()}
    assert got[("Group 1", "60-89")] == (11, 702_118.44)
    assert got[("Group 2", "90+")] == (7, 590_115.48)


def test_a_row_alone_under_statuses_across_and_no_group_s_heading_is_the_pool_s():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/25/2003\n\n"
            + _group_block("DELINQUENT LOANS", "Delinquent", ["38", "2,611,904.12", "11", "702,118.44", "6", "388,019.77"]))
    dq = abs_nb.load_text(text).delinquency
    assert set(dq.group) == {"Total"} and len(dq) == 3


def test_measure_rows_named_by_their_signs_alone_under_each_group():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nDELINQUENCY (OTS METHOD)\n\n"
            "                 30-59 DAYS      60-89 DAYS     FORECLOSURE             REO\n"
            "            --------------- --------------- --------------- ---------------\n"
            "GROUP 1  #               98              61             214             102\n"
            "         $    14,221,306.55    9,004,188.37   36,118,449.06   15,733,940.18\n"
            "         %            6.84%           4.33%          17.37%           7.57%\n\n"
            "GROUP 2  #              117              70             233             118\n"
            "         $    22,017,734.91   13,318,500.62   50,661,027.83   23,306,611.47\n"
            "         %            7.47%           4.52%          17.18%           7.90%\n")
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 1", "30-59"), "count"], d.loc[("Group 1", "30-59"), "balance"]) == (98, 14_221_306.55)
    assert (d.loc[("Group 2", "reo"), "count"], d.loc[("Group 2", "foreclosure"), "balance"]) == (118, 50_661_027.83)


def test_a_pair_of_the_loans_current_among_the_statuses_across_is_left_out_and_listed():
    text = ("Ravelston Mortgage Loan Trust 2006-HE3\nPayment Date: 27-Nov-06\n\nDELINQUENCY SUMMARY\n"
            "Current Month by Loan Group\n"
            "Distribution              Current     Delinq 1 Month    Delinq 2 Months   Delinq 3+ Months"
            "        Bankruptcy\n"
            "Date              #      Balance      #     Balance      #     Balance      #     Balance"
            "      #    Balance\n"
            "Group I       2,043  304,233,432     61  10,874,551     24   4,013,209      9   1,288,415"
            "     11  1,532,877\n"
            "Group II      1,870  368,342,546     52  11,502,786     19   4,471,903      8   1,903,378"
            "      7  1,188,421\n")
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert tuple(d.loc[("Group 2", "60-89"), ["count", "balance"]]) == (19, 4_471_903)
    assert tuple(d.loc[("Group 1", "bankruptcy"), ["count", "balance"]]) == (11, 1_532_877)
    assert len(d) == 8
    # the loans current are no status of the schema's: their figures stay listed, not lost
    listed = {v for vals in f.unmapped["values"] for v in vals}
    assert {"2,043", "304,233,432", "1,870", "368,342,546"} <= listed


def test_a_table_titled_by_a_kind_of_trouble_gives_that_kind_its_total_not_the_days_statuses():
    # foreclosed loans by their age: the days across are no delinquency statuses of the pool
    text = (HEAD + "DELINQUENCY INFORMATION\n\n"
            "Delinquency             30-59 Days        60-89 Days          90+ Days            Totals\n"
            "   Number of Loans            147                58                21               226\n"
            "   Principal Balance  24,118,507.43      9,884,213.70      3,312,947.18     37,315,668.31\n\n"
            "Foreclosure             30-59 Days        60-89 Days          90+ Days            Totals\n"
            "   Number of Loans              1                 3                34                38\n"
            "   Principal Balance     122,400.00        511,870.17      6,110,040.08      6,744,310.25\n")
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert tuple(d.loc[("Total", "foreclosure"), ["count", "balance"]]) == (38, 6_744_310.25)
    assert tuple(d.loc[("Total", "60-89"), ["count", "balance"]]) == (58, 9_884_213.70)
    assert len(d) == 4


def test_status_names_printed_tight_are_parted_where_they_end_with_their_pairs():
    # 'Delinq 2 Months Delinq 3+ Months': one blank apart, each ending where its pair ends
    text = (HEAD + "DELINQUENCY BY GROUP\n\n"
            "Group          Delinq 1 Month  Delinq 2 Months Delinq 3+ Months       Foreclosure\n"
            "Group 1        61   7,612,348   19   2,318,904   11   1,290,611   24   3,044,176\n"
            "Group 2        28   4,802,119    9   1,511,390    4     712,408   10   1,766,533\n")
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert tuple(d.loc[("Group 1", "60-89"), ["count", "balance"]]) == (19, 2_318_904)
    assert tuple(d.loc[("Group 2", "90+"), ["count", "balance"]]) == (4, 712_408)
    assert tuple(d.loc[("Group 2", "foreclosure"), ["count", "balance"]]) == (10, 1_766_533)


def test_a_group_s_rows_under_a_kind_s_header_above_a_blank_line_are_that_kind_s_too():
    text = (HEAD + "FORECLOSURE BY AGE\n\n"
            "Foreclosure             30-59 Days        60-89 Days          90+ Days            Totals\n"
            "Group 1 #                        1                 3                34                38\n"
            "Group 1 $               122,400.00        511,870.17      6,110,040.08      6,744,310.25\n\n"
            "Group 2 #                        2                 1                 5                 8\n"
            "Group 2 $               222,400.00        111,870.17      1,110,040.08      1,444,310.25\n")
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert sorted(d.index) == [("Group 1", "foreclosure"), ("Group 2", "foreclosure")]
    assert tuple(d.loc[("Group 2", "foreclosure"), ["count", "balance"]]) == (8, 1_444_310.25)


def test_groups_numbered_in_a_column_of_their_own_over_a_totals_row_are_the_groups():
    # the rows' first figures count them 1, 2, 3 in a column the Totals row leaves blank:
    # each is its group's number, not a count of loans
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 25-Oct-06\n\nDELINQUENCY BY LOAN GROUP\n\n"
            "                30-59 DAYS        60-89 DAYS       FORECLOSURE\n"
            "GROUP      #       BALANCE   #       BALANCE   #       BALANCE\n"
            "---------------------------------------------------------------\n"
            "1         14  2,215,430.18   4    601,226.90   2    287,114.35\n"
            "2         10  1,894,377.05   3    522,118.61   2    305,738.52\n"
            "3         18  3,582,004.77   6  1,190,643.24   3    604,322.93\n"
            "---------------------------------------------------------------\n"
            "TOTAL     42  7,691,812.00  13  2,313,988.75   7  1,197,175.80\n")
    got = _table(abs_nb.load_text(text))
    assert got[("Group 1", "30-59")] == (14, 2_215_430.18) and got[("Group 3", "foreclosure")] == (3, 604_322.93)
    assert got[("Total", "60-89")] == (13, 2_313_988.75)
    # numbers that do not count the rows from one are no groups' numbers: nothing is read
    skipped = text.replace("\n2         10", "\n5         10")
    assert not any(g.startswith("Group") for g, _ in _table(abs_nb.load_text(skipped)))


def test_a_real_report_s_groups_numbered_in_their_column_are_read():
    src = next((Path(__file__).resolve().parents[1] / "handwritten").glob("zu3_*.txt"))
    got = _table(abs_nb.load(src))
    assert got[("Group 4", "bankruptcy")] == (1, 243_006.71) and got[("Group 2", "30-59")] == (10, 1_894_377.05)


def test_rows_of_percentages_alone_under_statuses_are_listed_not_a_crash():
    # lines of shares only (each status's share of the pool) are no rows of counts and
    # balances: the run they make holds no row, and its figures stay listed
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 25-Oct-99\n\n"
            "Class A-1 Pass-Through Rate            6.08000%\n\n"
            "DELINQUENCY PERCENTAGES\n"
            "                   30-59 DAYS    60-89 DAYS     90+ DAYS\n"
            "                       1.25%         0.50%        0.20%\n"
            "                       1.10%         0.40%        0.10%\n")
    f = abs_nb.load_text(text)
    assert f.delinquency.empty
    assert [list(v) for v in f.unmapped[f.unmapped.line >= 8]["values"]] == [
        ["1.25%", "0.50%", "0.20%"], ["1.10%", "0.40%", "0.10%"]]


# one HTML table per loan group: the statuses across, a row of counts and one of balances
GROUP_FIGURES = {"Group 1": (["61", "38", "41"], ["10,877,420.15", "6,912,088.40", "8,204,611.92"]),
                 "Group 2": (["72", "45", "49"], ["14,118,042.37", "9,733,104.18", "11,205,877.61"])}


def _tables_by_group(title_row: bool) -> str:
    """The groups' tables, each under its title: a row of the table spanning it, or a
    paragraph of its own above it."""
    out = "<html><body><p>Statement to Certificateholders</p><p>Distribution Date: 03/25/2008</p>"
    for group, (counts, balances) in GROUP_FIGURES.items():
        title = f"Delinquency Information \u2014 {group}"
        out += (("<table>" + f"<tr><td colspan=4>{title}</td></tr>") if title_row else f"<p>{title}</p><table>")
        out += ("<tr><td></td><td>30-59 Days</td><td>60-89 Days</td><td>90+ Days</td></tr>"
                "<tr><td>Loan Count</td>" + "".join(f"<td>{c}</td>" for c in counts) + "</tr>"
                "<tr><td>Scheduled Balance</td>" + "".join(f"<td>{b}</td>" for b in balances) + "</tr>"
                "<tr><td>% of Balance</td><td>5.40%</td><td>3.43%</td><td>4.07%</td></tr></table>")
    return out + "</body></html>"


@pytest.mark.parametrize("title_row", [True, False])
def test_an_html_table_per_group_with_the_statuses_across_and_the_measures_down(title_row):
    # the title a row of its table, or a paragraph apart above it (a blank line between)
    t = _table(abs_nb.load_text(_tables_by_group(title_row)))
    assert t[("Group 1", "30-59")] == (61, 10_877_420.15) and t[("Group 1", "60-89")] == (38, 6_912_088.40)
    assert t[("Group 2", "90+")] == (49, 11_205_877.61)
    assert ("Total", "30-59") not in t  # no group's figures read as the pool's


def test_a_history_of_months_under_a_group_s_title_above_the_header_reads_the_latest_month():
    # "GROUP I", then the header of statuses across, then one row per month: the latest is
    # the group's this period; the earlier months are other periods' figures, listed
    text = ("Distribution Date: 09/25/2006\n\n"
            "DELINQUENCY - GROUP I\n"
            "Distribution      Current           Delinq 1 Month     Delinq 2 Months    Delinq 3+ Months   Bankruptcy        Foreclosure       REO\n"
            "Date           Count    Balance    Count   Balance    Count   Balance    Count   Balance    Count  Balance    Count  Balance    Count  Balance\n"
            "25-Sep-06      1,399 241,730,633.47  38 6,412,880.17  14 2,305,116.44   6 1,012,447.90   9 1,208,334.12  17 2,981,550.28   2 301,227.65\n"
            "25-Aug-06      1,432 248,699,027.88  41 6,855,120.49  12 2,011,774.30   5   877,310.02   8 1,091,876.55  13 2,250,417.81   1 148,990.37\n")
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 1", "30-59"), "count"], d.loc[("Group 1", "reo"), "balance"]) == (38, 301_227.65)
    assert len(d) == 6
    assert "25-Aug-06" in set(f.unmapped.label)


def test_a_share_row_under_each_group_and_a_total_pair_are_no_rows_and_no_status():
    # "% Bal" under each group's row holds each status's share: within the table, no row of
    # it; the last pair, headed Total, is every status together: no status, its figures listed
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 25-Dec-08\n\n"
            " DELINQUENCY STATUS AS OF 11/30/2008 (MBA)\n\n"
            " Group                  30-59 Days             60-89 Days            Foreclosure                  Total\n"
            " ========== ====================== ====================== ====================== ======================\n"
            " Group 1         38   8,921,704.18      24   5,483,302.77      79  18,466,051.29     141  32,871,058.24\n"
            "   % Bal                     4.12%                  2.53%                  8.53%                 15.18%\n"
            " Group 2         43  14,802,377.61      26   8,917,204.55      95  33,914,806.72     164  57,634,388.88\n"
            "   % Bal                     4.44%                  2.68%                 10.17%                 17.29%\n")
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert len(d) == 6 and (d.loc[("Group 2", "foreclosure"), "count"], d.loc[("Group 2", "foreclosure"), "balance"]) \
        == (95, 33_914_806.72)
    listed = [v for vals in f.unmapped["values"] for v in vals]
    assert "32,871,058.24" in listed and "15.18%" in listed
