"""abs_nb.parse.summed_total: a class table's Totals row told by its sum, whatever its words."""

from __future__ import annotations

import math
from pathlib import Path

import abs_nb

# a table no vocabulary heading names: its rows found by their alignment
NOTES = """MONTHLY SERVICER'S CERTIFICATE

C. NOTE AND CERTIFICATE BALANCES
                                Original        Beginning        Principal           Ending
   Class                Principal Amount          Balance      Distributed          Balance
   Class A-1 Notes         96,000,000.00    14,873,216.44    14,873,216.44             0.00
   Class A-2 Notes        235,000,000.00   235,000,000.00     4,084,966.85   230,915,033.15
   Certificates            54,500,000.00    54,500,000.00             0.00    54,500,000.00
   ------------------------------------- ---------------- ---------------- ----------------
   {total:<22}385,500,000.00   304,373,216.44    18,958,183.29   285,415,033.15
"""


def test_a_row_the_total_sums_in_is_a_class_whatever_its_words():
    f = abs_nb.load_text(NOTES.format(total="Total"))
    assert f.classes.loc["Certificates", "beginning_balance"] == 54_500_000.00
    assert f.classes.loc["A-2", "principal"] == 4_084_966.85
    assert f.totals["ending_balance"] == 285_415_033.15


def test_a_last_row_summing_the_rows_above_is_their_total_whatever_its_label():
    f = abs_nb.load_text(NOTES.format(total="All Classes"))
    assert f.totals["beginning_balance"] == 304_373_216.44 and f.totals["principal"] == 18_958_183.29
    assert "All Classes" not in f.classes.index


def test_a_last_row_that_does_not_sum_is_no_total():
    f = abs_nb.load_text(NOTES.format(total="All Classes").replace("304,373,216.44", "304,373,999.44"))
    assert "Certificates" not in f.classes.index  # no sum proves it a class
    assert ["385,500,000.00", "304,373,999.44", "18,958,183.29", "285,415,033.15"] in f.unmapped["values"].tolist()


# a table whose header the vocabulary knows, read by the walk; its Total below a blank line
WALKED = """DISTRIBUTION SUMMARY

 Class    Original Balance  Beginning Balance    Principal     Interest   Ending Balance
 A-1         1,000,000.00         800,000.00   100,000.00     4,000.00       700,000.00
 A-2         2,000,000.00       2,000,000.00         0.00    10,000.00     2,000,000.00
 M-1         3,000,000.00       2,800,000.00    50,000.00     7,000.00     2,750,000.00

 Aggregate   6,000,000.00       5,600,000.00   150,000.00    21,000.00     5,450,000.00
"""


def test_an_unread_row_below_a_table_that_sums_it_is_its_total():
    f = abs_nb.load_text(WALKED)
    assert f.totals["beginning_balance"] == 5_600_000.00 and f.totals["interest"] == 21_000.00
    assert not any("Aggregate" in str(x) for x in f.unmapped["label"])


def test_an_unread_row_below_that_does_not_sum_stays_unread():
    f = abs_nb.load_text(WALKED.replace("21,000.00", "21,500.00"))
    assert math_nan(f.totals.get("interest"))
    assert any("Aggregate" in str(x) for x in f.unmapped["label"])


def math_nan(x):
    return x is None or x != x


STREAM = """|STATEMENT TO CERTIFICATEHOLDERS
|DISTRIBUTION SUMMARY
|Class
|Beginning Balance
|Principal
|Interest
|Ending Balance
|A-1
|800,000.00
|100,000.00
|4,000.00
|700,000.00
|A-2
|2,000,000.00
|0.00
|10,000.00
|2,000,000.00
|Page 1 of 2
|Harbor Trust Bank                 Page 2 of 2
|All Certificates
|2,800,000.00
|100,000.00
|14,000.00
|2,700,000.00
"""


def test_in_a_cell_stream_the_total_s_figures_go_under_the_columns_they_sum():
    f = abs_nb.load_text(STREAM)
    assert f.totals["beginning_balance"] == 2_800_000.00 and f.totals["ending_balance"] == 2_700_000.00


def test_generated_cell_stream_whose_total_stands_apart_below_page_furniture():
    from ._support import verdicts

    # seed 46: a cell stream whose Totals row, "Total Notes", follows a page break: its
    # figures go under the columns they sum
    assert verdicts(46, ("totals",)) == {"right": 6}


def _parts(rng, parts: int, below: bool) -> tuple[str, list[tuple[str, float, float]], tuple[float, float]]:
    """A class table printed in ``parts`` parts, each with its own Total under words of no
    vocabulary, and the grand Total at the end: below a rule under the last part's Total,
    or as the last part's last row (the parts' Total before it)."""
    header = f"{'Class':<16}{'Beginning Balance':>20}{'Principal':>18}{'Ending Balance':>20}\n"
    lines, classes = [], []
    for p in range(parts):
        lines.append(header)
        rows = []
        for k in range(rng.randint(2, 4)):
            label = f"{'ABM'[p]}-{k + 1}"
            beg, prin = rng.randint(10**6, 10**8) / 100, rng.randint(10**4, 10**6) / 100
            rows.append((label, beg, prin))
            lines.append(f"{label:<16}{beg:>20,.2f}{prin:>18,.2f}{beg - prin:>20,.2f}\n")
        word = rng.choice(["SENIOR TOTAL", "Group Total", "Subtotal", "Total Sub", "PART TOTAL"])
        beg, prin = sum(r[1] for r in rows), sum(r[2] for r in rows)
        lines.append(f"{word:<16}{beg:>20,.2f}{prin:>18,.2f}{beg - prin:>20,.2f}\n")
        if p < parts - 1:
            lines.append("\n")
        classes += rows
    grand = (round(sum(r[1] for r in classes), 2), round(sum(r[2] for r in classes), 2))
    if below:
        lines.append("=" * 74 + "\n")
    lines.append(f"{'TOTAL':<16}{grand[0]:>20,.2f}{grand[1]:>18,.2f}{grand[0] - grand[1]:>20,.2f}\n")
    return "STATEMENT TO CERTIFICATEHOLDERS\n\n" + "".join(lines), classes, grand


def test_a_table_in_parts_each_with_its_total_has_the_total_that_sums_them_all():
    import random

    for seed in range(30):
        rng = random.Random(seed)
        text, classes, grand = _parts(rng, rng.randint(2, 3), rng.random() < 0.5)
        f = abs_nb.load_text(text)
        assert (f.totals["beginning_balance"], f.totals["principal"]) == grand, text
        assert [c for c, _, _ in classes] == list(f.classes.index), text
        rows = f.checks[f.checks.check == "total_row"]
        assert set(rows.status) == {"pass"}, text
        # each part's own Total, and nothing else, is left unread, as a subtotal
        assert len(f.unmapped) == len(set(f.unmapped.line)) and all(
            "Total of one part" in r or "subtotal" in r for r in f.unmapped.reason), text


def test_a_real_layout_senior_and_subordinate_totals_then_the_grand_total():
    path = Path(__file__).resolve().parents[1] / "handwritten" / "zb1_thornbury_norwest_prime_senior_sub_split_tables_2001.txt"
    f = abs_nb.load(path)
    assert f.totals["beginning_balance"] == 321_220_547.49 and f.totals["ending_balance"] == 312_926_798.99
    # the IO class A-WIO: its interest in the Total, its notional balance not
    detail = f.checks[(f.checks.check == "total_row")].set_index("subject").detail
    assert "excludes A-WIO" in detail["ending_balance"] and "A-WIO" in detail["interest"]
    assert set(f.checks[f.checks.check == "total_row"].status) == {"pass"}
    assert {27, 43} <= set(f.unmapped.line)


SECTIONS = """DISTRIBUTION SUMMARY

       PASS-THRU        ORIGINAL       BEGINNING                                   ENDING
CLASS       RATE         BALANCE         BALANCE     PRINCIPAL     INTEREST         BALANCE
------------------------------------------------------------------------------------------
SENIOR CERTIFICATES
A-1        7.18%   58,000,000.00   41,873,552.19  2,255,868.24   250,543.42   39,617,683.95
A-2        7.42%   31,500,000.00   31,500,000.00          0.00   194,775.00   31,500,000.00
A-3        7.66%   42,750,000.00   42,750,000.00          0.00   272,887.50   42,750,000.00
                -------------------------------------------------------------------------
  SENIOR TOTAL    132,250,000.00  116,123,552.19  2,255,868.24   718,205.92  113,867,683.95

SUBORDINATE CERTIFICATES
M-1        8.41%   17,820,000.00   17,820,000.00          0.00   124,888.50   17,820,000.00
M-2        8.88%   12,870,000.00   12,870,000.00          0.00    95,238.00   12,870,000.00
                -------------------------------------------------------------------------
  SUBORD TOTAL     30,690,000.00   30,690,000.00          0.00   220,126.50   30,690,000.00
                =========================================================================
GRAND TOTAL       162,940,000.00  146,813,552.19  2,255,868.24   938,332.42  144,557,683.95

ALL CLASSES ACCRUE INTEREST ON A 30/360 BASIS.
"""


def test_sections_each_with_a_subtotal_under_a_title_then_the_grand_total():
    f = abs_nb.load_text(SECTIONS)
    assert list(f.classes.index) == ["A-1", "A-2", "A-3", "M-1", "M-2"]
    assert f.classes.loc["M-2", "interest"] == 95_238
    # the Total is the grand total, never a section's subtotal
    assert (f.totals["beginning_balance"], f.totals["ending_balance"]) == (146_813_552.19, 144_557_683.95)
    subtotals = [u for u in f.unmapped.itertuples() if u.reason.startswith("a subtotal")]
    assert sorted(u.line for u in subtotals) == [11, 17]


def test_a_subtotal_of_the_last_classes_alone_under_their_title():
    # the subordinate subtotal sums the classes under its title, not the senior class above it
    text = SECTIONS.replace("  SENIOR TOTAL    132,250,000.00  116,123,552.19  2,255,868.24   718,205.92  113,867,683.95\n", "")
    text = text.replace("                -------------------------------------------------------------------------\n\n",
                        "\n", 1)
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["A-1", "A-2", "A-3", "M-1", "M-2"]
    assert f.totals["ending_balance"] == 144_557_683.95


def test_rows_naming_no_class_try_one_first_row_each_unless_a_section_starts_below_a_gap(monkeypatch):
    # thousands of rows naming no class, one under the other: each is tried as the subtotal of
    # the rows since the last one only (a section's first row stands below a blank or a title)
    import abs_nb.parse.summed_total as st
    from abs_nb.parse.pieces import ClassBlock, ClassRow
    from abs_nb.parse.tokens import tokenize_line

    calls = []
    same = st._same_columns
    monkeypatch.setattr(st, "_same_columns", lambda *a: calls.append(1) or same(*a))
    n = 600
    rows = [ClassRow(f"Fee {k}", k + 1, tokenize_line(f"x {k}.00  {k}.50", k + 1).values) for k in range(n)]
    assert st.subtotal_rows(ClassBlock("classes", [], [], rows=rows)) == []
    assert len(calls) <= n


def test_a_group_of_one_class_ruled_off_has_a_subtotal_repeating_it():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\n"
            "CLASS     TYPE    ORIGINAL FACE  BEGINNING BALANCE       INTEREST       PRINCIPAL     ENDING BALANCE\n"
            "-----  -------  ---------------  -----------------  -------------  --------------  -----------------\n"
            "AF-1   SEN/FIX    52,000,000.00      31,604,227.55     192,785.79    2,565,131.01      29,039,096.54\n"
            "AF-2   SEN/FIX    18,400,000.00      18,400,000.00     109,556.67            0.00      18,400,000.00\n"
            "                ---------------  -----------------  -------------  --------------  -----------------\n"
            " GROUP I SR.      70,400,000.00      50,004,227.55     302,342.46    2,565,131.01      47,439,096.54\n"
            "\n"
            "AV-1   SEN/FLT   118,500,000.00     104,611,359.08     447,707.56    3,628,454.90     100,982,904.18\n"
            "                ---------------  -----------------  -------------  --------------  -----------------\n"
            " GROUP II SR.    118,500,000.00     104,611,359.08     447,707.56    3,628,454.90     100,982,904.18\n"
            "\n"
            "M-1    MEZ/FIX    19,250,000.00      19,250,000.00     126,328.13            0.00      19,250,000.00\n"
            "B      SUB/FIX    11,375,000.00      11,375,000.00      84,838.54            0.00      11,375,000.00\n"
            "                ---------------  -----------------  -------------  --------------  -----------------\n"
            " SUBORDINATE      30,625,000.00      30,625,000.00     211,166.67            0.00      30,625,000.00\n")
    c = abs_nb.load_text(text).classes
    assert list(c.index) == ["AF-1", "AF-2", "AV-1", "M-1", "B"]
    assert (c.loc["AV-1", "principal"], c.loc["B", "ending_balance"]) == (3_628_454.90, 11_375_000.00)


def test_a_group_of_one_class_right_after_another_group_s_subtotal_repeats_it():
    # subtotals indented under the class and CUSIP columns, no rule and no blank line: the
    # one class of group 2 follows group 1's subtotal, and its own subtotal repeats it
    text = ("== [1] CERTIFICATE PRINCIPAL ==\n"
            "CLASS        CUSIP              ORIG BAL         BEG BAL     PRIN DIST         END BAL\n"
            "-----------  ---------    --------------  --------------  ------------  --------------\n"
            "AF-1         65473KAA4    110,000,000.00   88,906,442.71  6,365,628.62   82,540,814.09\n"
            "AF-2         65473KAB2     55,000,000.00   55,000,000.00          0.00   55,000,000.00\n"
            "  GRP 1 SENIOR            165,000,000.00  143,906,442.71  6,365,628.62  137,540,814.09\n"
            "AV-1         65473KAE6    360,000,000.00  324,115,870.36 12,386,319.18  311,729,551.18\n"
            "  GRP 2 SENIOR            360,000,000.00  324,115,870.36 12,386,319.18  311,729,551.18\n"
            "M-1          65473KAF3     71,250,000.00   71,250,000.00          0.00   71,250,000.00\n"
            "B            65473KAH9     26,250,000.00   26,250,000.00          0.00   26,250,000.00\n")
    f = abs_nb.load_text(text)
    c = f.classes
    assert list(c.index) == ["AF-1", "AF-2", "AV-1", "M-1", "B"]
    assert (c.loc["AV-1", "original_balance"], c.loc["AV-1", "principal"]) == (360_000_000.00, 12_386_319.18)
    assert c.loc["AF-1", "cusip"] == "65473KAA4"
    subtotals = sorted(u.line for u in f.unmapped.itertuples() if u.reason.startswith("a subtotal"))
    assert subtotals == [6, 8]


def test_unlabelled_subtotals_under_rules_between_groups_of_classes():
    # each group's classes under its title, ruled off, their sums on a row with no label;
    # the Total below sums the classes, none of the subtotals
    text = ("PANEL A - CERTIFICATE PRINCIPAL\n\n"
            "CLASS   CUSIP              ORIG BAL         BEG BAL       PRIN DIST          END BAL\n"
            "------- ---------- ---------------- ---------------- --------------- ----------------\n"
            "GROUP 1 SENIOR\n"
            "1-A-1   70214LAA6    150,000,000.00   147,331,466.31    2,335,227.67   144,996,238.64\n"
            "1-A-2   70214LAB4     53,022,671.68    52,079,386.44      825,466.74    51,253,919.70\n"
            "                    ---------------  ---------------  --------------  ---------------\n"
            "                     203,022,671.68   199,410,852.75    3,160,694.41   196,250,158.34\n"
            "GROUP 2 SENIOR\n"
            "2-A-1   70214LAD0    120,000,000.00   117,212,106.97    2,183,670.01   115,028,436.96\n"
            "                    ---------------  ---------------  --------------  ---------------\n"
            "                     120,000,000.00   117,212,106.97    2,183,670.01   115,028,436.96\n"
            "SUBORDINATE\n"
            "B-1     70214LAK4     11,610,000.00    11,577,054.14       16,711.73    11,560,342.41\n"
            "B-2     70214LAL2      4,780,000.00     4,766,435.73        6,880.45     4,759,555.28\n"
            "                    ---------------  ---------------  --------------  ---------------\n"
            "                      16,390,000.00    16,343,489.87       23,592.18    16,319,897.69\n"
            "======= ========== ================ ================ =============== ================\n"
            "TOTAL                339,412,671.68   332,966,449.59    5,367,956.60   327,598,492.99\n")
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["1-A-1", "1-A-2", "2-A-1", "B-1", "B-2"]
    assert f.classes.loc["2-A-1", "principal"] == 2_183_670.01
    assert f.totals["ending_balance"] == 327_598_492.99
    subtotals = sorted(u.line for u in f.unmapped.itertuples() if u.reason.startswith("a subtotal"))
    assert subtotals == [9, 13, 18]


# classes in parts, each part's subtotal left unread; the TOTALS row below the last part's
# subtotal and a rule sums every class but the notional one (its balance does not roll:
# no principal, yet it falls), which no label says is interest-only
PARTS = (
    'DISTRIBUTION SUMMARY\n'
    '                             Original       Beginning                                          Ending\n'
    'Class  Description            Balance         Balance       Principal        Interest         Balance\n'
    '-----------------------------------------------------------------------------------------------------\n'
    'GROUP 1 SENIOR CERTIFICATES\n'
    '1-A-1  Senior/Fixed    225,000,000.00  198,997,086.68    2,062,974.82      953,466.03  196,934,111.86\n'
    '1-A-2  Sr Support       10,000,000.00    9,376,826.07       97,208.24       44,927.71    9,279,617.83\n'
    '                       --------------  --------------  --------------  --------------  --------------\n'
    '  Subtotal             235,000,000.00  208,373,912.75    2,160,183.06      998,393.74  206,213,729.69\n'
    '\n'
    'NOTIONAL CERTIFICATES\n'
    'A-X    Senior/Strip     35,602,119.00   31,206,448.19            0.00      156,022.15   30,882,557.96\n'
    '\n'
    'SUBORDINATE CERTIFICATES\n'
    'B-1    Subordinate       9,450,000.00    9,080,955.08       17,102.37       46,972.74    9,063,852.71\n'
    'B-2    Subordinate       3,500,000.00    3,364,636.52        6,336.70       17,404.13    3,358,299.82\n'
    '                       --------------  --------------  --------------  --------------  --------------\n'
    '  Subtotal              12,950,000.00   12,445,591.60       23,439.07       64,376.87   12,422,152.53\n'
    '\n'
    '=====================================================================================================\n'
    'TOTALS                 247,950,000.00  220,819,504.35    2,183,622.13    1,218,792.76  218,635,882.22\n'
)


def test_the_total_below_the_parts_subtotals_sums_the_classes_but_a_notional_one():
    f = abs_nb.load_text(PARTS)
    assert f.totals["original_balance"] == 247_950_000.00
    assert f.totals["beginning_balance"] == 220_819_504.35
    assert f.totals["interest"] == 1_218_792.76  # (the notional class's interest counted: it is paid)
    assert f.totals["ending_balance"] == 218_635_882.22
    assert "A-X" in f.classes.index


def test_past_other_lines_below_a_table_one_figure_summing_one_column_is_no_total():
    # a deal line below an unrelated one whose figure equals one column's sum by chance: no
    # Total (a Total past other lines prints the sums of two of the table's amounts at least)
    text = ('Brookfield Home Equity Loan Trust 2003-HE4\n'
            'Distribution Date: 11/25/03\n'
            '\n'
            '             Beginning         Interest        Principal           Ending\n'
            'Class          Balance     Distribution     Distribution          Balance\n'
            'A-1     264,581,431.06       302,064.65    10,202,162.50   254,379,268.56\n'
            'A-2      74,903,461.45        78,288.40     2,888,249.87    72,015,211.58\n'
            'M-1      40,300,000.00        58,969.66             0.00    40,300,000.00\n'
            'M-2      34,100,000.00        78,684.37             0.00    34,100,000.00\n'
            '\n'
            'Swap Payment Received by Trust                               25,000.00\n'
            'Carryover Reserve Fund Deposit                              518,007.08\n')
    f = abs_nb.load_text(text)
    assert f.totals.dropna().empty
    assert {"Swap Payment Received by Trust", "Carryover Reserve Fund Deposit"} <= set(f.unmapped["label"])


# parts under titles, each with its subtotal; the classes after the last subtotal print no
# rate (CE, P), in fewer of the columns than the part before them: the table goes on
PARTS_NO_RATE = (
    '                                                    CERTIFICATE DISTRIBUTION SUMMARY\n'
    '------------------------------------------------------------------------------------------------------------------------------------\n'
    '                       Pass-        Original       Beginning        Interest       Principal     Realized          Total          Ending\n'
    'Class     CUSIP     Through Rate     Face          Balance          Distrib.       Distrib.        Loss          Distrib.        Balance\n'
    '------------------------------------------------------------------------------------------------------------------------------------\n'
    'Group 1 Senior Certificates\n'
    'A-1       79550HAA4  1.63000% $298,000,000.00 $271,884,213.47    $381,619.70   $9,562,393.22       $0.00   $9,944,012.92 $262,321,820.25\n'
    '                              ------------------------------------------------------------------------------------------------------\n'
    '  Group 1 Senior Subtotal       298,000,000.00  271,884,213.47     381,619.70    9,562,393.22        0.00    9,944,012.92  262,321,820.25\n'
    '\n'
    'Group 2 Senior Certificates\n'
    'A-2A      79550HAB2  1.45000%  190,000,000.00  158,204,776.93     197,536.24   10,167,903.12        0.00   10,365,439.36  148,036,873.81\n'
    'A-2B      79550HAC0  1.69000%   72,500,000.00   72,500,000.00     105,507.64            0.00        0.00      105,507.64   72,500,000.00\n'
    '                              ------------------------------------------------------------------------------------------------------\n'
    '  Group 2 Senior Subtotal       262,500,000.00  230,704,776.93     303,043.88   10,167,903.12        0.00   10,470,947.00  220,536,873.81\n'
    '\n'
    'Group 3 Senior Certificates\n'
    'A-3       79550HAD8  1.66000%  164,000,000.00  149,377,508.16     213,526.85    4,878,579.30        0.00    5,092,106.15  144,498,928.86\n'
    '                              ------------------------------------------------------------------------------------------------------\n'
    '  Group 3 Senior Subtotal       164,000,000.00  149,377,508.16     213,526.85    4,878,579.30        0.00    5,092,106.15  144,498,928.86\n'
    '\n'
    'Subordinate Certificates\n'
    'M-1       79550HAE6  1.88000%   46,500,000.00   46,500,000.00      75,278.33            0.00        0.00       75,278.33   46,500,000.00\n'
    'M-2       79550HAF3  2.38000%   38,750,000.00   38,750,000.00      79,415.97            0.00        0.00       79,415.97   38,750,000.00\n'
    'M-3       79550HAG1  2.58000%   11,625,000.00   11,625,000.00      25,826.88            0.00        0.00       25,826.88   11,625,000.00\n'
    'B-1       79550HAH9  3.13000%   10,850,000.00   10,850,000.00      29,243.76            0.00        0.00       29,243.76   10,850,000.00\n'
    'B-2       79550HAJ5  3.38000%    9,300,000.00    9,300,000.00      27,068.17            0.00        0.00       27,068.17    9,300,000.00\n'
    'B-3       79550HAK2  4.83000%    7,175,000.00    7,175,000.00      29,842.02            0.00        0.00       29,842.02    7,175,000.00\n'
    '                              ------------------------------------------------------------------------------------------------------\n'
    '  Subordinate Subtotal          124,200,000.00  124,200,000.00     266,675.13            0.00        0.00      266,675.13  124,200,000.00\n'
    '\n'
    'Non-Offered Certificates\n'
    'CE        79550HAL0             13,800,000.00   13,800,000.00   2,863,873.07            0.00        0.00    2,863,873.07   13,800,000.00\n'
    'P         79550HAM8                    100.00          100.00     187,334.52            0.00        0.00      187,334.52          100.00\n'
    'R         79550HAN6                      0.00            0.00           0.00            0.00        0.00            0.00            0.00\n'
    '====================================================================================================================================\n'
    'TOTAL                          $862,500,100.00 $789,966,598.56  $4,216,073.15  $24,608,875.64       $0.00  $28,824,948.79 $765,357,722.92\n'
    '====================================================================================================================================\n'
)


def test_a_subtotal_before_classes_printing_no_rate_is_a_subtotal():
    f = abs_nb.load_text(PARTS_NO_RATE)
    assert list(f.classes.index) == ["A-1", "A-2A", "A-2B", "A-3", "M-1", "M-2", "M-3", "B-1", "B-2", "B-3", "CE", "P", "R"]
    assert f.classes.loc["A-2B", "interest"] == 105_507.64
    assert f.classes.loc["B-3", "ending_balance"] == 7_175_000.00
    assert f.classes.loc["CE", "interest"] == 2_863_873.07
    assert f.totals["beginning_balance"] == 789_966_598.56


def test_a_row_summing_a_part_of_the_table_with_classes_below_it_is_no_total():
    # a class table in parts under subtotals (GRP I SUB, GRP II SUB, SUBORD SUB), then TOTALS
    (path,) = (Path(__file__).parents[1] / "handwritten").glob("xt1_*.txt")
    f = abs_nb.load(path)
    assert {"A-1", "A-5"} <= set(f.classes.index)
    # the first part's sum (155,000,000.00), the classes going on below it, is not the Total
    total = f.totals.get("original_balance", math.nan)
    assert math.isnan(total) or total == 292_750_000.00
