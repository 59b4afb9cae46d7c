"""abs_nb.parse.status_columns: delinquency tables of a column per status and a row per group."""

from __future__ import annotations

import abs_nb

HEAD = "STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 07/25/2000\n\nDELINQUENCY INFORMATION\n\n"
STATUSES = "                 30-59 DAYS   60-89 DAYS  FORECLOSURE          REO\n"


def _table(title: str, rows: list[tuple[str, str]]) -> str:
    return title + STATUSES + "".join(f"  {label:<12}{figures}\n" for label, figures in rows)


COUNTS = [("GROUP I", "         37           12           15            3"),
          ("GROUP II", "         29            9           11            1"),
          ("TOTAL", "         66           21           26            4")]
BALANCES = [("GROUP I", "  3,071,226.18 1,012,440.67 1,299,871.40   214,556.09"),
            ("GROUP II", "  3,204,477.91 1,022,108.54 1,288,420.17    97,210.44"),
            ("TOTAL", "  6,275,704.09 2,034,549.21 2,588,291.57   311,766.53")]


def test_a_table_of_counts_and_one_of_balances_each_titled_by_its_measure():
    f = abs_nb.load_text(HEAD + _table("  NUMBER OF LOANS\n", COUNTS) + "\n" + _table("  PRINCIPAL BALANCE\n", BALANCES))
    d = f.delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 1", "30-59"), "count"], d.loc[("Group 1", "30-59"), "balance"]) == (37, 3_071_226.18)
    assert (d.loc[("Total", "reo"), "count"], d.loc[("Total", "reo"), "balance"]) == (4, 311_766.53)
    assert len(d) == 12
    assert f.unmapped.empty


def test_a_table_whose_words_name_no_measure_stays_unread():
    # whole figures may be counts or whole dollars: with no word saying which, nothing is read
    f = abs_nb.load_text(HEAD + _table("", COUNTS))
    assert f.delinquency.empty
    assert len(f.unmapped) == 3


def test_a_title_naming_a_count_over_figures_with_cents_is_not_believed():
    f = abs_nb.load_text(HEAD + _table("  NUMBER OF LOANS\n", BALANCES))
    assert f.delinquency.empty


def test_each_group_s_counts_over_its_balances_told_apart_by_the_cents():
    rows = []
    for (label, counts), (_, balances) in zip(COUNTS, BALANCES, strict=True):
        rows += [(label, counts), ("", balances)]
    f = abs_nb.load_text(HEAD + _table("", rows))
    d = f.delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 2", "60-89"), "count"], d.loc[("Group 2", "60-89"), "balance"]) == (9, 1_022_108.54)
    assert d.loc[("Total", "foreclosure"), "balance"] == 2_588_291.57
    assert f.unmapped.empty


def test_groups_numbered_from_one_above_a_total_are_the_numbered_groups():
    rows = [("1 FIXED", COUNTS[0][1]), ("", BALANCES[0][1]), ("2 ARM", COUNTS[1][1]), ("", BALANCES[1][1]),
            ("TOTAL", COUNTS[2][1]), ("", BALANCES[2][1])]
    f = abs_nb.load_text(HEAD + "  GROUP" + STATUSES[7:] + "".join(f"  {a:<12}{b}\n" for a, b in rows))
    assert sorted(set(f.delinquency.group)) == ["Group 1", "Group 2", "Total"]


def test_a_last_column_naming_no_status_must_hold_each_row_s_sum():
    total = "        TOTAL\n"
    good = [("GROUP I", COUNTS[0][1] + "           67"), ("GROUP II", COUNTS[1][1] + "           50")]
    bad = [("GROUP I", COUNTS[0][1] + "           68"), ("GROUP II", COUNTS[1][1] + "           50")]
    f = abs_nb.load_text(HEAD + "  NUMBER OF LOANS\n" + STATUSES.rstrip("\n") + total
                         + "".join(f"  {a:<12}{b}\n" for a, b in good))
    assert len(f.delinquency) == 8
    f = abs_nb.load_text(HEAD + "  NUMBER OF LOANS\n" + STATUSES.rstrip("\n") + total
                         + "".join(f"  {a:<12}{b}\n" for a, b in bad))
    assert f.delinquency.empty


def test_the_title_over_the_rule_over_the_header_names_the_measure():
    def table(title: str, rows: list[str]) -> str:
        return (f"{title}\n" + "=" * 72 + "\n"
                "Group           30-59 Days      60-89 Days     Foreclosure           Total\n" + "-" * 72 + "\n"
                + "\n".join(rows) + "\n\n")
    text = ("DELINQUENCY REPORT\n\n"
            + table("DELINQUENCY - NUMBER OF LOANS  (OTS method; REO loans are excluded)",
                    ["Group I                 61              22              37             120",
                     "Group II                33              14              24              71"])
            + table("DELINQUENCY - SCHEDULED PRINCIPAL BALANCE",
                    ["Group I       8,911,204.55    3,266,880.17    5,870,311.64   18,048,396.36",
                     "Group II      7,488,127.31    3,402,669.80    6,018,774.22   16,909,571.33"]))
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert d.loc[("Group 1", "30-59"), "count"] == 61
    assert d.loc[("Group 2", "foreclosure"), "balance"] == 6_018_774.22
    assert d.loc[("Group 2", "60-89"), "count"] == 14


def test_a_group_s_two_lines_labelled_by_their_measures_are_its_count_and_balance():
    # "Pool One   No." over "Bal.": the measure words after the group's name name no group
    rows = [("Pool One   No.", ("52", "17", "14")), ("Bal.", ("2,118,406.55", "702,331.09", "712,004.37")),
            ("Pool Two   No.", ("21", "8", "9")), ("Bal.", ("1,433,907.12", "586,120.44", "703,544.90")),
            ("Total      No.", ("73", "25", "23")), ("Bal.", ("3,552,313.67", "1,288,451.53", "1,415,549.27"))]
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/26/2000\n\nDELINQUENT LOANS\n\n"
            + f"{'':20}{'1 Payment':>14}{'2 Payments':>14}{'In':>14}\n"
            + f"{'Pool':20}{'(30 days)':>14}{'(60 days)':>14}{'Foreclosure':>14}\n"
            + "".join(f" {label:<19}" + "".join(f"{c:>14}" for c in cells) + "\n" for label, cells in rows))
    dq = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert dq.loc[("Group 1", "30-59"), "count"] == 52 and dq.loc[("Group 1", "30-59"), "balance"] == 2_118_406.55
    assert dq.loc[("Group 2", "foreclosure"), "balance"] == 703_544.90
    assert dq.loc[("Total", "60-89"), "count"] == 25


def test_a_table_of_statuses_across_whose_rows_are_measures_is_the_pool_s():
    # a count line, a balance line (its words no measure's: an acronym) and a line of shares
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 07/15/1998\n\nDELINQUENCY EXPERIENCE\n\n"
            + f"{'':36}{'31-60 DAYS':>16}{'61-90 DAYS':>20}{'91 DAYS +':>20}\n"
            + f"{'NUMBER OF CONTRACTS':<36}{'148':>16}{'41':>20}{'23':>20}\n"
            + f"{'ADCB':<36}{'5,109,337.46':>16}{'1,482,260.19':>20}{'902,114.85':>20}\n"
            + f"{'% OF ENDING ADCB':<36}{'2.56%':>16}{'0.74%':>20}{'0.45%':>20}\n")
    dq = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert dq.loc[("Total", "30-59"), "count"] == 148 and dq.loc[("Total", "90+"), "balance"] == 902_114.85
    assert set(dq.index.get_level_values("group")) == {"Total"}


def test_a_title_naming_the_measure_a_blank_line_over_the_header_names_it():
    def block(title: str, rows: list[tuple[str, str, str, str]]) -> str:
        out = f"{title}\n\n{'':<14}{'30-59 Days':>15}{'60-89 Days':>15}{'Foreclosure':>15}{'Total':>15}\n"
        return out + "".join(f" {g:<13}{a:>15}{b:>15}{c:>15}{t:>15}\n" for g, a, b, c, t in rows) + "\n"
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 09/25/2007\n\n"
            + block("Delinquency Information - Number of Loans", [
                ("Loan Group 1", "72", "41", "51", "164"), ("Loan Group 2", "88", "55", "74", "217"),
                ("Total", "160", "96", "125", "381")])
            + block("Delinquency Information - Principal Balance", [
                ("Loan Group 1", "11,806,224.17", "6,933,104.58", "8,992,046.71", "27,731,375.46"),
                ("Loan Group 2", "19,466,110.39", "12,877,003.21", "17,552,318.86", "49,895,432.46"),
                ("Total", "31,272,334.56", "19,810,107.79", "26,544,365.57", "77,626,807.92")]))
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 1", "30-59"), "count"], d.loc[("Group 2", "foreclosure"), "balance"]) == (72, 17_552_318.86)


MEASURE_ROWS = """STATEMENT TO CERTIFICATEHOLDERS
Distribution Date: 25-Oct-06

DELINQUENCY

                     Delq 1 Mo     Delq 2 Mos    Delq 3+ Mos     Frclsr      Bnkrpt            REO
---------------------------------------------------------------------------------------------------
TOTAL       #              107             50             32         72          16             13
            $    18,836,822.37   9,305,236.84   5,915,164.06 14,311,314.37 2,661,895.80   2,138,967.71
            %             5.00           2.48           1.59       3.87        0.69           0.58

Group 1     #               71             33             22         47          11              9
            $    10,911,204.33   5,504,117.28   3,610,288.95  8,233,901.47 1,740,551.62   1,288,740.10
            %             5.08           2.56           1.68       3.83        0.81           0.60

Group 2     #               36             17             10         25           5              4
            $     7,925,618.04   3,801,119.56   2,304,875.11  6,077,412.90   921,344.18     850,227.61
            %             4.56           2.19           1.33       3.50        0.53           0.49
"""


def test_each_group_s_lines_of_counts_balances_and_shares_marked_by_sign():
    # '#' marks the counts, '$' the balances, '%' each status's share (no count, no balance);
    # statuses abbreviated without their vowels (Frclsr, Bnkrpt) and months as "Mos"
    d = abs_nb.load_text(MEASURE_ROWS).delinquency.set_index(["group", "status"])
    assert len(d) == 18
    assert d.loc[("Total", "90+"), "count"] == 32 and d.loc[("Group 2", "bankruptcy"), "balance"] == 921_344.18
    assert d.loc[("Group 1", "foreclosure"), "count"] == 47 and d.loc[("Group 1", "60-89"), "balance"] == 5_504_117.28


GROUP_HEADINGS = """STATEMENT TO CERTIFICATEHOLDERS
Distribution Date: 25-Oct-06

DELINQUENCY  (OTS; % of group End Sched Bal)

                  30 Days        60 Days       90+ Days         Bnkrpt         Frclsr            REO
-------------------------------------------------------------------------------------------------------
GROUP I
  #                    14              4              2              3              5              0
  $          2,804,117.65     911,208.40     377,540.12     602,331.89   1,188,704.33           0.00
  %                1.1860         0.3854         0.1597         0.2547         0.5027         0.0000

GROUP II
  #                     9              3              1              1              4              1
  $          2,750,613.27     764,098.51     402,115.00     188,760.34   1,320,947.86     278,400.00
  %                1.4581         0.4050         0.2132         0.1001         0.7002         0.1476


FIRST BANK                                                                              Page 4 of 4
Corporate Trust Services                                                Distribution Date 10/25/2006
_______________________________________________________________________________________________________

GROUP III
  #                    11              2              2              0              3              1
  $          2,615,290.08     499,316.72     588,103.91           0.00     844,521.60     211,874.15
  %                1.8438         0.3520         0.4146         0.0000         0.5954         0.1494
"""


def test_groups_named_by_headings_over_their_lines_go_on_across_a_page_break():
    d = abs_nb.load_text(GROUP_HEADINGS).delinquency.set_index(["group", "status"])
    assert sorted(set(d.index.get_level_values(0))) == ["Group 1", "Group 2", "Group 3"] and len(d) == 18
    assert d.loc[("Group 3", "reo"), "balance"] == 211_874.15 and d.loc[("Group 2", "30-59"), "count"] == 9


def test_the_pool_s_count_and_balance_rows_with_a_count_printed_a_place_off_its_column():
    # the REO count stands one place right of the balances' column, the Total's one place
    # right of its balance: each row's k-th figure is in the k-th column
    text = HEAD + (
        "                         30-59 Days     60-89 Days       90+ Days    Foreclosure            REO          Total\n"
        "---------------------  ------------- -------------- -------------- -------------- ------------- --------------\n"
        " Number of Loans                 212            148            402             41              6            809\n"
        " Principal Balance      9,802,114.55   7,011,886.20  21,870,552.12   2,910,004.88    420,118.04  42,014,675.79\n"
        " % of Pool Balance            2.523%         1.805%         5.629%         0.749%        0.108%        10.814%\n")
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index("status")
    assert list(d["group"].unique()) == ["Total"]
    assert {s: (int(r["count"]), float(r["balance"])) for s, r in d.iterrows()} == {
        "30-59": (212, 9_802_114.55), "60-89": (148, 7_011_886.20), "90+": (402, 21_870_552.12),
        "foreclosure": (41, 2_910_004.88), "reo": (6, 420_118.04)}


def test_statuses_across_under_a_title_with_an_aside_after_a_class_table_each_group_counts_balances_shares():
    # the per-$1,000 section still open (no heading the vocabulary knows closes it): columns under
    # statuses are no class table; the title's aside in brackets runs over the columns, naming none
    text = (
        "DISTRIBUTION SUMMARY\n\n"
        "Class        Beginning Balance       Principal      Ending Balance\n"
        "A-1            100,000,000.00    1,000,000.00       99,000,000.00\n"
        "A-2             50,000,000.00            0.00       50,000,000.00\n\n"
        "FACTOR INFORMATION PER $1,000 OF ORIGINAL BALANCE\n\n"
        "Class           Principal         Ending\n"
        "A-1            10.0000000    990.0000000\n"
        "A-2             0.0000000   1000.0000000\n\n"
        "Corporate Trust - MBS Administration    Asset-Backed Pass-Through Certificates, Series 2006-HE4\n"
        "=============================================================================================\n"
        "                           *** DELINQUENCY / CREDIT ENHANCEMENT / TRIGGERS / SWAP ***\n"
        "=============================================================================================\n"
        "   DELINQUENCY STATUS  (OTS Method; Bankruptcy, Foreclosure and REO loans are excluded from the days)\n"
        "                           30-59 Days     60-89 Days    Foreclosure            REO            Total\n"
        "   GROUP I   Count                 41             17             22              2               82\n"
        "             Balance     6,812,004.51   2,766,110.02   3,928,441.77     301,774.18    13,808,330.48\n"
        "             % of Bal         1.9781%        0.8032%        1.1408%        0.0876%          4.0097%\n"
        "   GROUP II  Count                 52             21             31              4              108\n"
        "             Balance    11,406,338.27   4,590,871.66   7,904,512.35     812,650.09    24,714,372.37\n"
        "             % of Bal         2.3955%        0.9642%        1.6601%        0.1707%          5.1905%\n")
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert tuple(d.loc[("Group 1", "30-59"), ["count", "balance"]]) == (41, 6_812_004.51)
    assert tuple(d.loc[("Group 2", "reo"), ["count", "balance"]]) == (4, 812_650.09)
    assert len(d) == 8
    assert list(f.classes.index) == ["A-1", "A-2"]
