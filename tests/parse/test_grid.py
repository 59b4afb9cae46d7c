"""abs_nb.parse.grid: class tables found by the alignment of their figures, read through load."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import abs_nb
from abs_nb.parse.grid import titles_rows
from abs_nb.parse.tokens import tokenize
from abs_nb.sources.html_exhibit import html_to_text

SEEDS = Path(__file__).resolve().parents[2] / "sample_filings"
SEED_000 = SEEDS / "000_2d551bf597d89db6.txt"


def test_a_class_table_under_headings_and_headers_no_vocabulary_knows():
    text = SEED_000.read_text()
    text = text.replace("DISTRIBUTION SUMMARY", "CERTIFICATE PAYMENT REPORT")
    text = text.replace("AMOUNTS PER $1,000 UNIT", "FACTORS PER THOUSAND")
    for old, new in (("Orig Bal", "Orig Face"), ("Beg Bal ", "Open Bal "), ("Total Dist", "Total Paid")):
        text = text.replace(old, new)
    f = abs_nb.load_text(text)
    seed = abs_nb.load(SEED_000)
    # figures typed from the filing: A-1's row of the amounts table and of the per-$1,000 table
    a1 = f.classes.loc["A-1"]
    assert (a1.original_balance, a1.beginning_balance, a1.principal, a1.ending_balance) == (
        397_000_000, 358_770_937, 13_571_914, 345_199_023)
    assert (a1.interest, a1.total_distribution, a1.interest_rate) == (448_464, 14_020_377, 0.015)
    assert a1.principal_per_1000 == 34.18618
    roles = f.checks[f.checks.check == "column_role"]
    assert set(roles.status) <= {"pass", "warn"} and (roles.status == "pass").sum() >= 10
    proven = roles[roles.detail.str.contains("=")]
    assert any(proven.detail.str.startswith("principal_per_1000"))
    # nothing read differently from the seed as printed: the same value, or flagged
    for label in seed.classes.index:
        for col in ("original_balance", "beginning_balance", "principal", "interest", "ending_balance"):
            want, got = seed.classes.loc[label, col], f.classes.loc[label, col]
            assert got == want or (got != got and want != want), (label, col, got, want)


def test_a_figure_under_a_column_header_no_vocabulary_knows_is_never_moved_to_a_neighbour():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/15/2003\n\nDelinq Info\n"
            "                     Loans Held     Balance\n"
            "  30-59 days                  0\n"
            "  60-89 days                 23    4,965,354.74\n")
    f = abs_nb.load_text(text)
    # the 0 stands under "Loans Held", not under Balance: it is no balance of 0; the status
    # rows are then read by structure (parse/delinquency.py): a count of 0 and no balance
    d = f.delinquency.set_index("status")
    assert d.loc["30-59", "count"] == 0 and d.loc["30-59", "balance"] != d.loc["30-59", "balance"]
    assert (d.loc["60-89", "count"], d.loc["60-89", "balance"]) == (23, 4_965_354.74)


def test_an_unlabelled_half_with_one_row_more_ends_with_its_totals_row():
    from abs_nb.parse.grid import half_labels
    from abs_nb.parse.pieces import ClassRow
    from abs_nb.parse.tokens import tokenize_line

    def rows(*texts: str) -> list[ClassRow]:
        return [ClassRow(None, i, list(tokenize_line(t, i).values)) for i, t in enumerate(texts, 1)]

    labels = ["A-1", "A-2", "X"]
    # the Totals row leaves X out (a class whose balance does not roll may stand outside it)
    half = rows("  100.00  10.00", "  200.00  20.00", "   50.00   0.00", "  300.00  30.00")
    assert half_labels(labels, half, "Total") == ["A-1", "A-2", "X", "Total"]
    # a last row that adds up to nothing above it is no Totals row: nothing is placed
    assert half_labels(labels, rows("  100.00", "  200.00", "   50.00", "  999.00"), "Total") is None
    assert half_labels(labels, half[:3], "Total") == labels


PAGED = """\
SERIES 2005-1 REPORT

CERTIFICATE PAYMENT REPORT

Class       Reference Balance
A-1                 1,000,000.00
A-2                 2,000,000.00
M-1                   500,000.00

             Page 1 of 2
Some Bank, N.A.                      Page 2 of 2
CERTIFICATE PAYMENT REPORT (continued)

Class       Reference Balance
R
Total               3,500,000.00

   Opening Bal.       Paid     Int Pd     Closing Bal.
   900,000.00    10,000.00   3,000.00     890,000.00
 1,800,000.00    20,000.00   6,000.00   1,780,000.00
   500,000.00         0.00   2,000.00     500,000.00

 3,200,000.00    30,000.00  11,000.00   3,170,000.00
"""


def test_a_page_break_inside_a_table_and_a_blank_row_in_its_stacked_half():
    f = abs_nb.load_text(PAGED)
    c = f.classes
    # the labelled half goes on across the page footer, the next page's header and the
    # repeated column header; R, printed with no figure, is a blank line in the half below
    assert list(c.index) == ["A-1", "A-2", "M-1", "R"]
    assert (c.loc["A-2", "principal"], c.loc["M-1", "ending_balance"]) == (20_000.00, 500_000.00)
    assert f.totals["ending_balance"] == 3_170_000.00
    assert c.loc["R"][["beginning_balance", "principal"]].isna().all()
    # the column no identity proves is said so, and its figures stay listed
    assert "Reference Balance" in " ".join(f.checks[f.checks.check == "column_role"].subject)
    assert 6 in set(f.unmapped.line)


CUSIPS_PAGED = """STATEMENT TO CERTIFICATEHOLDERS
Distribution Date:   01/26/2007

CLASS DISTRIBUTIONS

           CUSIP
  Class    No.
  A1       82088SHF1
  M1       82088SSE2
  M2       82088SSF9

                        Page 1 of 2
Trustee Bank                            Page 2 of 2

           CUSIP
  Class    No.
  X        82088SZ38
  R        82088SE49


    Beginning Balance      Principal Paid        Interest    Tot. Distrib.      Closing Bal.
       290,977,360.76       15,042,352.51    1,791,261.08    16,833,613.59    275,935,008.25
        38,651,000.00                0.00      229,218.20       229,218.20     38,651,000.00
         6,206,000.00          100,000.00       38,904.13       138,904.13      6,106,000.00
         7,579,790.61                0.00       87,841.00        87,841.00      7,579,790.61
                 0.00                0.00            0.00             0.00              0.00
"""


def test_the_header_printed_again_after_a_page_break_is_no_row():
    # "CUSIP" over the next page's rows repeats the header above the run: no class named
    # CUSIP, and the half below lends its figures to all five classes
    f = abs_nb.load_text(CUSIPS_PAGED)
    assert list(f.classes.index) == ["A1", "M1", "M2", "X", "R"]
    assert f.classes.loc["M2", "principal"] == 100_000.00 and f.classes.loc["X", "cusip"] == "82088SZ38"
    assert f.classes.loc["X", "ending_balance"] == 7_579_790.61


def test_a_table_under_a_per_1000_heading_names_its_columns_as_per_1000_figures():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nBOND PAYMENTS\n\n"
            "Cert     Face Amount   Opening Bal.    Paid Down     Int Pd    Closing Bal.\n"
            "A1     1,000,000.00     900,000.00    10,000.00   3,000.00     890,000.00\n"
            "A2     2,000,000.00   1,800,000.00    20,000.00   6,000.00   1,780,000.00\n\n"
            "PER $1,000 OF ORIGINAL FACE\n\n"
            "Cert      Interest     Principal\n"
            "A1        3.000000     10.000000\n"
            "A2        3.000000     10.000000\n")
    f = abs_nb.load_text(text)
    c = f.classes
    assert (c.loc["A1", "interest_per_1000"], c.loc["A2", "principal_per_1000"]) == (3.0, 10.0)
    assert (c.loc["A1", "principal"], c.loc["A2", "ending_balance"]) == (10_000.00, 1_780_000.00)
    assert not (f.checks.status == "fail").any()


def test_an_html_table_of_classes_and_cusips_lends_its_labels_to_the_unlabelled_half_beside_it():
    # the labels and CUSIPs in one table, the figures (and an unlabelled Total row) in the next
    html = ("<html><body><p>STATEMENT TO CERTIFICATEHOLDERS</p><p>Distribution Date: 10/20/98</p>"
            "<table><tr><td>Cert</td><td>Cusip</td></tr>"
            "<tr><td>A-1</td><td>10249XSL2</td></tr><tr><td>A-2</td><td>10249XH59</td></tr>"
            "<tr><td>M-1</td><td>10249XJ57</td></tr></table>"
            "<table><tr><td>Opening</td><td>Paid</td><td>Coupon Paid</td><td>Total</td><td>Closing</td></tr>"
            "<tr><td>135,885,206.95</td><td>1,973,755.80</td><td>602,227.38</td><td>2,575,983.18</td><td>133,911,451.15</td></tr>"
            "<tr><td>364,836,057.43</td><td>5,299,305.91</td><td>1,370,646.50</td><td>6,669,952.41</td><td>359,536,751.52</td></tr>"
            "<tr><td>12,888,764.04</td><td>0.00</td><td>54,543.75</td><td>54,543.75</td><td>12,888,764.04</td></tr>"
            "<tr><td>513,610,028.42</td><td>7,273,061.71</td><td>2,027,417.63</td><td>9,300,479.34</td><td>506,336,966.71</td></tr>"
            "</table></body></html>")
    f = abs_nb.load_text(html_to_text(html))
    assert f.classes.loc["A-2", ["beginning_balance", "principal", "ending_balance"]].tolist() == [
        364_836_057.43, 5_299_305.91, 359_536_751.52]
    assert f.classes.loc["M-1", "cusip"] == "10249XJ57"
    assert f.totals.ending_balance == 506_336_966.71


def test_a_class_printing_only_its_cusip_is_a_blank_line_in_the_half_below():
    # R prints its CUSIP and no figure: in the unlabelled half it is a blank line, and the
    # Totals row below that blank line is still the half's
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/26/05\n\nPayment Summary\n\n"
            "Cert       CUSIP        Opening Balance       Paid\n"
            "A-1        26967RFV3        336,059,614   16,068,296\n"
            "A-2        26967RJD9        374,362,280   17,899,692\n"
            "M-1        26967RMM5         42,438,358            0\n"
            "R          26967RWZ5\n"
            "Total                       752,860,252   33,967,988\n\n\n"
            "    Closing Balance\n"
            "        319,991,318\n"
            "        356,462,588\n"
            "         42,438,358\n"
            "\n"
            "        718,892,264\n")
    f = abs_nb.load_text(text)
    assert f.classes.loc["A-2", "ending_balance"] == 356_462_588
    assert f.totals.ending_balance == 718_892_264


def test_an_html_row_of_empty_cells_is_the_blank_line_of_a_class_in_an_unlabelled_half():
    # R prints no figure in either table: its row of the unlabelled half is a row of empty
    # cells, which stands for it as a blank line does in fixed-width text
    def table(rows: list[list[str]]) -> str:
        return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    labels = [["Class", "Original Balance"], ["A-1", "$143680000"], ["A-2", "$70728000"], ["M-1", "$40109000"],
              ["M-2", "$26342000"], ["X", ""], ["R", ""], ["TOTAL", "$280859000"]]
    half = [["Starting", "Prin.", "Ending"], ["Balance", "Dist.", "Balance"], ["$76380291", "$9122198", "$67258093"],
            ["$25823374", "$3084119", "$22739255"], ["$40109000", "", "$40109000"], ["$26342000", "", "$26342000"],
            ["$3990715", "", "$3990715"], ["", "", ""], ["$172645380", "$12206317", "$160439063"]]
    html = ("<html><body><p>STATEMENT TO CERTIFICATEHOLDERS</p><p>Distribution Date: 07/15/2003</p>"
            "<p>CLASS DISTRIBUTIONS</p>" + table(labels) + table(half) + "</body></html>")
    f = abs_nb.load_text(html_to_text(html))
    assert f.classes.loc["A-2", ["original_balance", "beginning_balance", "principal"]].tolist() == [
        70_728_000, 25_823_374, 3_084_119]
    assert f.classes.loc["X", "beginning_balance"] == 3_990_715
    assert f.totals.beginning_balance == 172_645_380
    assert f.unmapped.empty


def test_a_class_whose_figures_a_half_leaves_blank_is_a_blank_line_in_that_half_only():
    # B prints figures in the labelled half, but its closing balance (zero) is printed as
    # nothing below: a blank line inside the half stands for it, one for one with the rows
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/26/05\n\nPayment Summary\n\n"
            "Cert       Opening Balance         Paid\n"
            "A-1            336,059,614   16,068,296\n"
            "B                1,000,000    1,000,000\n"
            "A-2            374,362,280   17,899,692\n"
            "Total          711,421,894   34,967,988\n\n\n"
            "    Closing Balance\n"
            "        319,991,318\n"
            "\n"
            "        356,462,588\n"
            "        676,453,906\n")
    f = abs_nb.load_text(text)
    assert f.classes.loc["A-2", "ending_balance"] == 356_462_588
    assert f.classes.loc["A-1", "ending_balance"] == 319_991_318
    assert f.totals.ending_balance == 676_453_906


def test_a_blank_line_after_a_half_s_last_figures_ends_it_unless_its_class_prints_nothing_above():
    # two rows short and a gap: nothing says which class the figures below the gap are
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/26/05\n\nPayment Summary\n\n"
            "Cert       Opening Balance         Paid\n"
            "A-1            336,059,614   16,068,296\n"
            "A-2            374,362,280   17,899,692\n"
            "M-1             42,438,358            0\n"
            "Total          752,860,252   33,967,988\n\n\n"
            "    Closing Balance\n"
            "        319,991,318\n"
            "        356,462,588\n")
    f = abs_nb.load_text(text)
    assert "ending_balance" not in f.classes or f.classes["ending_balance"].isna().all()
    assert (f.checks.status != "pass").any()


def test_a_row_label_ending_in_a_number_is_whole_when_it_names_a_class_or_a_group():
    from abs_nb.parse.grid import split_row
    from abs_nb.parse.tokens import tokenize_line

    def label(text: str) -> str | None:
        return split_row(tokenize_line(text, 1))[0]

    assert label("    Loan Group 1          10    2,941,063.29") == "Loan Group 1"
    assert label("    Pool II               10    2,941,063.29") == "Pool II"
    assert label("    Class II - A - 3      10    2,941,063.29") == "Class II - A - 3"
    assert label("    Over 89 Days           3      566,066.93") == "Over 89 Days"
    # a word run then a figure less than two columns away is the words and a figure
    assert label("    Loans Outstanding 3,385") == "Loans Outstanding"


RULED = """STATEMENT TO CERTIFICATEHOLDERS
Distribution Date:   06/25/98

                      CERTIFICATE PRINCIPAL AND INTEREST SUMMARY

            ORIGINAL        BEGINNING
              FACE          PRINCIPAL       PRINCIPAL       INTEREST          TOTAL          ENDING
CLASS        VALUE           BALANCE      DISTRIBUTED    DISTRIBUTED    DISTRIBUTED         BALANCE
=====   ==============  ==============  =============  =============  =============  ==============
A-1      95,000,000.00   76,278,154.96   3,904,596.37     365,896.77   4,270,493.14   72,373,558.59
A-2      41,500,000.00   41,500,000.00           0.00     217,529.17     217,529.17   41,500,000.00
M-1      18,000,000.00   18,000,000.00           0.00     104,250.00     104,250.00   18,000,000.00
-----------------------------------------------------------------------------------------------
TOTALS  154,500,000.00  135,778,154.96   3,904,596.37     687,675.94   4,592,272.31  131,873,558.59

                               COLLATERAL INFORMATION

                                         GROUP I        GROUP II          TOTAL
                                   -------------   -------------  -------------
BEGINNING AGGREGATE LOAN BALANCE   80,000,000.00   60,000,000.00 140,000,000.00
  SCHEDULED PRINCIPAL                 151,262.84       83,622.42     234,885.26
  PRINCIPAL PREPAYMENTS IN FULL     1,848,737.16    1,820,973.95   3,669,711.11
ENDING AGGREGATE LOAN BALANCE      78,000,000.00   58,095,403.63 136,095,403.63
"""


def test_a_rule_is_no_row_header_line_or_end_of_a_table():
    # the rule above TOTALS does not cut the Total row off its table; the rules under the
    # headers name no column: the groups are GROUP I and II, not their dashes
    f = abs_nb.load_text(RULED)
    assert list(f.classes.index) == ["A-1", "A-2", "M-1"]
    assert (f.totals["beginning_balance"], f.totals["ending_balance"]) == (135_778_154.96, 131_873_558.59)
    assert f.checks[f.checks.check == "totals_sum"].status.eq("pass").all()
    assert list(f.collateral.index) == ["Group 1", "Group 2", "Total"]
    assert f.collateral.loc["Group 2", "ending_balance"] == 58_095_403.63


def test_a_page_break_s_rules_take_no_line_of_its_allowance():
    # a four-line header printed again after the page break, its rule under it: the run
    # goes on, as without the rule
    head = ("                                    Principal\n"
            "                      Beginning     Paid to         Ending\n"
            "                      Balance       the Holders     Balance\n"
            "Class                 of Period     this Month      of Period\n"
            "=====                 =========     ============    =========\n")
    rows1 = ("A-1                   1,000.00         100.00         900.00\n"
             "A-2                   2,000.00          20.00       1,980.00\n")
    rows2 = ("M-1                   3,000.00           0.00       3,000.00\n"
             "M-2                   4,000.00           0.00       4,000.00\n")
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/25/98\n\nDISTRIBUTION SUMMARY\n\n"
            + head + rows1 + "\n                 Page 1 of 2\nTrustee Bank          Page 2 of 2\n"
            "DISTRIBUTION SUMMARY (continued)\n\n" + head + rows2)
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["A-1", "A-2", "M-1", "M-2"]
    assert f.classes.loc["M-2", "beginning_balance"] == 4_000.00 and f.classes.loc["A-2", "principal"] == 20.00


def test_a_cell_of_several_words_is_one_cell():
    # a description of two words less than two columns apart ("Prepay Penalties") is one
    # cell, as every other row's one-word description is: the row keeps its place
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 11/25/2005\n\nDISTRIBUTION SUMMARY\n\n"
            "Class   CUSIP       Description         Beginning     Principal    Interest        Ending\n"
            "A-1     76112RAA2   Senior          1,000,000.00    100,000.00    5,000.00    900,000.00\n"
            "M-1     76112RAE4   Mezzanine         500,000.00          0.00    3,000.00    500,000.00\n"
            "P       76112RAQ7   Prepay Penalties       100.00          0.00   25,594.84        100.00\n"
            "C       76112RAP9   Residual          200,000.00          0.00        0.00    200,000.00\n")
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["A-1", "M-1", "P", "C"]
    assert f.classes.loc["P", "interest"] == 25_594.84 and f.classes.loc["P", "cusip"] == "76112RAQ7"


def test_a_footnote_mark_after_a_class_name_is_no_part_of_it():
    from abs_nb.parse.grid import class_label
    assert [class_label(x) for x in ("B-1 (4)", "B-2(4)", "CE (1)", "M-1*", "P (2)")] == ["B-1", "B-2", "CE", "M-1", "P"]
    assert class_label("(4)") is None and class_label("Total (1)") is None


def test_a_header_spanning_several_columns_names_each_of_them():
    # the interest column under "---- Per $1,000 Original Face ----" is per $1,000, whatever
    # its own word says: never the interest paid
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/25/2002\n\nDISTRIBUTION SUMMARY\n"
            "                     Original           Total  ------------ Per $1,000 Original Face ------------\n"
            "Class   CUSIP     Face Amount    Distribution   Beginning Bal       Principal        Interest\n"
            "A-1     73317PAA7  160,000,000.00  13,338,733.36      681.178128       79.988711        3.378372\n"
            "A-2     73317PAB5   45,000,000.00     223,182.08     1000.000000        0.000000        4.959602\n"
            "B-1     73317PAH2    7,200,000.00      43,906.82      993.712000        1.169754        4.928415\n")
    f = abs_nb.load_text(text)
    assert f.classes["interest"].isna().all()
    # named by their words, per $1,000; no amount to prove them by here: each unverified
    assert f.classes.loc["A-1", "interest_per_1000"] == 3.378372
    assert "3.378372" in " ".join(f.checks[f.checks.check == "unverified"].detail)


def test_a_plain_rule_across_the_whole_header_ends_it():
    from abs_nb.parse.engine import walk
    from abs_nb.parse.grid import header_lines
    text = ("Distribution Date: 25-Jun-99                 Page 2 of 4\n" + "=" * 60 + "\n"
            "                         FIXED        ARM      TOTAL\n"
            "Scheduled Principal    310.00      81.00     391.00\n")
    w = walk(text)
    first = next(ln for ln in w.lines if ln.values and ln.label == "Scheduled Principal")
    assert [ln.joined.split()[0] for ln in header_lines(w, first, 3)] == ["FIXED"]
    # a rule under the header's top line only (an underline) is passed over
    under = walk("                       CERTIFICATE BALANCE\n                       -------------------\n"
                 "                      BEGINNING     ENDING\nA-1                    1,000.00     900.00\n")
    first = next(ln for ln in under.lines if ln.values)
    assert len(header_lines(under, first, 3)) == 2


def test_a_rule_drawn_across_a_header_ends_it_though_its_last_words_run_past_the_rule():
    from abs_nb.parse.engine import walk
    from abs_nb.parse.grid import header_lines

    text = "\n".join([
        "                    Statement to Holders",
        "-" * 60,
        "Class        Opening       Principal        Closing    Pass-Thru",
        "             Balance         Payment        Balance         Rate",
        "-" * 60,
        "A-1       1,000.00         100.00         900.00     5.00000%",
        "A-2       2,000.00         200.00       1,800.00     6.00000%",
    ])
    w = walk(text)
    first = next(ln for ln in w.lines if ln.raw.startswith("A-1"))
    # the title above the rule names no column
    assert [ln.raw.split()[0] for ln in header_lines(w, first, 4)] == ["Class", "Balance"]
    assert "Statement" not in " ".join(c.printed for b in w.class_blocks for c in b.columns)


def test_the_numbers_a_header_s_words_start_with_on_the_line_above_are_header_words():
    from abs_nb.parse.engine import walk
    from abs_nb.parse.grid import header_lines
    w = walk("DELINQUENCY\n\n"
             "                           One           2            90\n"
             "                         Month    Payments  Days or More\n"
             "Number of Loans              47          14             6\n")
    first = next(ln for ln in w.lines if ln.label == "Number of Loans")
    assert [ln.joined.split()[0] for ln in header_lines(w, first, 4)] == ["One", "Month"]
    # figures over no word of the line below are a row's
    rows = walk("Pool 1                       47          14             6\n"
                "                         Month    Payments      Days\n"
                "Number of Loans              47          14             6\n")
    first = next(ln for ln in rows.lines if ln.label == "Number of Loans")
    assert [ln.joined.split()[0] for ln in header_lines(rows, first, 4)] == ["Month"]


GROUP_SUBTOTALS = (
    "STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 11/26/1999\n\nSECTION 1.  DISTRIBUTION SUMMARY\n\n"
    "                     BEG                                                               END\n"
    "CLASS               PRIN          PRIN          INT         TOTAL     REAL            PRIN\n"
    "                     BAL          DIST         DIST          DIST     LOSS             BAL\n"
    "-----     --------------  ------------   ----------  ------------  -------  --------------\n"
    "IA-1       69,642,407.36  4,875,267.37   352,854.86  5,228,122.23     0.00   64,767,139.99\n"
    "IA-2       30,000,000.00          0.00   158,000.00    158,000.00     0.00   30,000,000.00\n"
    "          --------------  ------------   ----------  ------------  -------  --------------\n"
    "GRP I      99,642,407.36  4,875,267.37   510,854.86  5,386,122.23     0.00   94,767,139.99\n\n"
    "IIA-1     111,624,907.49  3,123,564.77   561,721.34  3,685,286.11     0.00  108,501,342.72\n"
    "IIM-1      12,000,000.00          0.00    63,480.00     63,480.00     0.00   12,000,000.00\n"
    "          --------------  ------------   ----------  ------------  -------  --------------\n"
    "GRP II    {sub2}  3,123,564.77   625,201.34  3,748,766.11     0.00  120,501,342.72\n\n"
    "R                   0.00          0.00         0.00          0.00     0.00            0.00\n"
    "          ==============  ============   ==========  ============  =======  ==============\n"
    "TOTAL     223,267,314.85  7,998,832.14 1,136,056.20  9,134,888.34     0.00  215,268,482.71\n")


def test_subtotals_by_group_are_no_classes_and_the_total_sums_the_classes_without_them():
    f = abs_nb.load_text(GROUP_SUBTOTALS.format(sub2="123,624,907.49"))
    assert list(f.classes.index) == ["IA-1", "IA-2", "IIA-1", "IIM-1", "R"]
    assert f.totals["beginning_balance"] == 223_267_314.85 and f.classes.loc["IIM-1", "interest"] == 63_480.00
    subtotals = f.unmapped[f.unmapped.label.isin(["GRP I", "GRP II"])]
    assert len(subtotals) == 2 and subtotals.reason.str.contains("subtotal").all()


def test_a_row_naming_no_class_that_sums_nothing_above_is_no_subtotal():
    # GRP II's first figure off by 1,000: it sums no rows, so the table is no class table by its sum
    f = abs_nb.load_text(GROUP_SUBTOTALS.format(sub2="123,625,907.49"))
    assert not f.unmapped[f.unmapped.label == "GRP II"].reason.str.contains("subtotal").any()


def test_the_rest_of_a_class_s_type_wrapped_under_its_cell_of_words_keeps_the_table_going():
    rows = [("A-1", "57439TAA5", "Senior", "275,739,830.73", "16,401,638.44", "259,338,192.29"),
            ("A-2", "57439TAB3", "Senior", "118,000,000.00", "0.00", "118,000,000.00"),
            ("M-1", "57439TAE7", "Mezzanine", "35,700,000.00", "0.00", "35,700,000.00")]
    lines = ["STATEMENT TO CERTIFICATEHOLDERS", "",
             "Class   CUSIP      Certificate  Beginning       Principal      Ending",
             "                   Class        Certificate     Distribution   Certificate",
             "                   Description  Balance                        Balance"]
    for r in rows:
        lines += [f"{r[0]:<8}{r[1]:<11}{r[2]:<13}{r[3]:>14}{r[4]:>15}{r[5]:>16}", f"{'':19}Floating"]
    f = abs_nb.load_text("\n".join(lines) + "\n")
    assert list(f.classes.index) == ["A-1", "A-2", "M-1"]
    assert list(f.classes.principal) == [16_401_638.44, 0, 0]
    assert f.classes.loc["M-1", "ending_balance"] == 35_700_000


def test_a_section_s_heading_over_a_table_s_header_names_no_column():
    # the heading's date stands over a column: taken for a header word, the columns would be
    # periods, no groups
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\n"
            "SECTION E.  DELINQUENCY INFORMATION  (AS OF 31-OCT-97; CONTRACTUAL DUE DATE BASIS)\n"
            "-----------------------------------------------------\n"
            "                                       GROUP I          GROUP II             TOTAL\n"
            "                              ----------------  ----------------  ----------------\n"
            "30-59 DAYS - NO. OF LOANS                   71                29               100\n"
            "30-59 DAYS - PRIN BAL             4,102,338.17      2,611,077.42      6,713,415.59\n"
            "30-59 DAYS - PCT OF POOL                 1.97%             2.67%             2.19%\n")
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert tuple(d.loc[("Group 2", "30-59"), ["count", "balance"]]) == (29, 2_611_077.42)


def test_a_title_of_rows_under_a_header_names_no_column_and_a_header_s_last_line_at_the_right_still_does():
    lines = tokenize("Class          Original      Beginning\n"
                     "                  Face        Balance\n"
                     "------------   ------------  -----------\n"
                     " Senior Certificates\n"
                     "A-1           1,000.00       900.00\n"
                     "CLASS      ORIGINAL    BEGINNING\n"
                     "                         TOTAL DISTRIB\n"
                     "------------------------------------\n"
                     "A-2         1,000.00       900.00\n")
    assert titles_rows(lines[3], lines[4]) and not titles_rows(lines[6], lines[8])


def test_a_totals_row_printed_off_the_columns_leaves_every_column_apart():
    # the Totals row's figures, wider by their dollar signs, stand a place or two left of the
    # columns, each over two of them: the columns stay apart, each named by its header
    text = """1. CERTIFICATE BALANCES AND DISTRIBUTIONS

CLASS    RATE    BEGINNING BAL     INTEREST     PRINCIPAL       ENDING BAL
-----   -----    -------------     --------     ---------       ----------
A-1      6.11             0.00         0.00          0.00             0.00
A-2      6.37    72,418,663.05   384,422.40  3,507,993.20    68,910,669.85
A-3      6.52    40,000,000.00   217,333.33          0.00    40,000,000.00
M-1      7.41    21,125,000.00   130,446.88          0.00    21,125,000.00
                 =============     ========     =========       ==========
TOTAL        $133,543,663.05 $732,202.61 $3,507,993.20  $130,035,669.85
"""
    f = abs_nb.load_text(text)
    a2 = f.classes.loc["A-2"]
    assert (a2.beginning_balance, a2.interest, a2.principal, a2.ending_balance) == (
        72_418_663.05, 384_422.40, 3_507_993.20, 68_910_669.85)
    assert f.classes.loc["A-3", "ending_balance"] == 40_000_000.00
    assert f.classes.loc["A-3", "principal"] == 0
    assert (f.totals["principal"], f.totals["ending_balance"]) == (3_507_993.20, 130_035_669.85)
    roles = f.checks[f.checks.check == "column_role"]
    assert [s.split(" (")[0] for s in roles.subject] == ["RATE", "BEGINNING BAL", "INTEREST", "PRINCIPAL", "ENDING BAL"]


def test_a_table_whose_rows_print_the_cusip_before_the_class():
    # the CUSIP stands first, then the class: each row is its class's, the CUSIP a cell of it;
    # a notional class marked "(N)" apart after its figures, the mark explained below
    f = abs_nb.load_text(CUSIP_FIRST)
    assert list(f.classes.index) == ["1-A-1", "1-A-2", "1-A-4", "M", "A-R"]
    assert f.classes.loc["M", "cusip"] == "49641QAN4"
    assert (f.classes.loc["1-A-2", "beginning_balance"], f.classes.loc["1-A-2", "ending_balance"]) == (
        12_230_165.46, 12_018_110.32)
    assert f.classes.loc["1-A-4", "ending_balance"] == 57_686_929.54
    # with header words no vocabulary knows: the table found by the figures' alignment
    g = abs_nb.load_text(CUSIP_FIRST.replace("Certificateholder Distribution Summary", "PAYMENTS").replace(
        "Original", "Initial ").replace("Beginning", "Opening  "))
    assert list(g.classes.index) == ["1-A-1", "1-A-2", "1-A-4", "M", "A-R"]
    assert g.classes.loc["1-A-1", "ending_balance"] == 173_060_788.63


CUSIP_FIRST = """Certificateholder Distribution Summary

                    Class       Pass-Through         Original         Beginning       Principal       Interest           Total   Realized            Ending
CUSIP       Class   Type               Rate             Face           Balance    Distribution   Distribution    Distribution       Loss           Balance
----------------------------------------------------------------------------------------------------------------------------------------------------------
49641QAA2   1-A-1   SSR/FIX       6.250000%   180,000,000.00    176,114,382.57    3,053,593.94     917,262.41    3,970,856.35       0.00    173,060,788.63
49641QAB0   1-A-2   SUP/FIX       6.250000%    12,500,000.00     12,230,165.46      212,055.14      63,698.78      275,753.92       0.00     12,018,110.32
49641QAD6   1-A-4   SR/INV/IO     0.570000%    60,000,000.00     58,704,794.19            0.00      27,884.78       27,884.78       0.00     57,686,929.54 (N)
49641QAN4   M       MEZ/WAC       6.333000%    15,600,000.00     15,578,411.85       11,203.26      82,215.07       93,418.33       0.00     15,567,208.59
49641QAM6   A-R     SR/RES        6.250000%           100.00              0.00            0.00           0.00            0.00       0.00              0.00
----------------------------------------------------------------------------------------------------------------------------------------------------------
Totals                                        208,100,100.00    203,922,959.88    3,276,852.34   1,063,176.26    4,340,028.60       0.00    200,646,107.54

(N) Notional class. Amounts shown are notional amounts.
"""


def test_a_class_printing_only_its_cusip_first_is_a_blank_line_in_the_half_below():
    # R prints its CUSIP, then its name, and no figure: in the unlabelled half it is a blank line
    text = ("DISTRIBUTION SUMMARY\n\n"
            "      CUSIP No.       Class         Orig. Face    Beginning Balance\n"
            "      ---------       -----       --------------  -----------------\n"
            "      65883KDE7       A1           56,009,000.00      41,901,551.30\n"
            "      65883KAT7       A2          344,525,000.00     167,164,610.73\n"
            "      65883KP61       M1            4,867,000.00       4,867,000.00\n"
            "      65883KDL1       R\n"
            "      ---------       -----       --------------  -----------------\n"
            "                                  405,401,000.00     213,933,162.03\n\n"
            "       Prin. Dist.       Int. Dist.\n"
            "      -------------     ------------\n"
            "       1,835,278.01        72,731.64\n"
            "       7,321,770.26       339,566.49\n"
            "                           16,397.45\n"
            "\n"
            "      -------------     ------------\n"
            "       9,157,048.27       428,695.58\n")
    f = abs_nb.load_text(text)
    assert f.classes.loc["A2", "principal"] == 7_321_770.26
    assert f.classes.loc["M1", "interest"] == 16_397.45
    assert f.classes.loc["R", "cusip"] == "65883KDL1"
    assert f.totals.interest == 428_695.58


def test_a_half_of_cusips_before_the_classes_labels_the_half_of_figures_below():
    text = ("BOND PAYMENTS\n\n"
            "CUSIP         Cert\n"
            "03940EQU3     A1\n"
            "03940EJ23     A2\n"
            "03940ESM9     B1\n"
            "              Totals\n\n\n"
            "      Beginning Balance         Prin Pd      End. Cert. Bal.\n"
            "         334,694,538.67   11,014,757.42       323,679,781.25\n"
            "         175,868,487.47    5,787,810.98       170,080,676.49\n"
            "          47,574,000.00            0.00        47,574,000.00\n"
            "         558,137,026.14   16,802,568.40       541,334,457.74\n")
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["A1", "A2", "B1"]
    assert f.classes.loc["A2", "cusip"] == "03940EJ23"
    assert f.classes.loc["A2", "ending_balance"] == 170_080_676.49
    assert f.totals.principal == 16_802_568.40


def test_rows_labelled_by_their_cusips_alone_are_the_classes_the_report_pairs_them_with():
    text = ("CERTIFICATEHOLDER DISTRIBUTION SUMMARY\n\n"
            "Class           Original             Prior         Principal           Current\n"
            "                    Face           Balance      Distribution           Balance\n"
            "A-1       148,500,000.00    109,986,204.37      7,620,124.79    102,366,079.58\n"
            "A-2        61,200,000.00     61,200,000.00              0.00     61,200,000.00\n"
            "M-1        22,950,000.00     22,950,000.00              0.00     22,950,000.00\n\n"
            "FACTOR INFORMATION PER $1,000 OF ORIGINAL FACE\n\n"
            "CUSIP                    Prior          Principal            Current\n"
            "96322WAB4         1,000.000000           0.000000       1,000.000000\n"
            "96322WAA6           740.647841          51.313972         689.333869\n"
            "96322WAC2         1,000.000000           0.000000       1,000.000000\n\n"
            "INTEREST DISTRIBUTION DETAIL\n\n"
            "Class  CUSIP         Pass-Through\n"
            "A-1    96322WAA6         1.42000%\n"
            "A-2    96322WAB4         1.54000%\n"
            "M-1    96322WAC2         1.97000%\n")
    f = abs_nb.load_text(text)
    # A-2's CUSIP labels the first row of the factors: the row is A-2's, wherever it stands
    assert f.classes.loc["A-2", "beginning_balance_per_1000"] == 1_000
    assert f.classes.loc["A-1", "principal_per_1000"] == 51.313972
    assert f.classes.loc["A-1", "ending_balance_per_1000"] == 689.333869
    # a CUSIP no class is printed beside labels nothing
    g = abs_nb.load_text(text.replace("A-1    96322WAA6", "A-1    96322WZZ6"))
    assert "96322WAA6" not in g.classes.index
    assert pd.isna(g.classes.loc["A-1", "principal_per_1000"]) if "A-1" in g.classes.index else True


def test_a_class_s_cell_of_words_wrapped_onto_lines_of_its_own_a_number_in_its_words_keeps_the_table_whole():
    # a class's type printed over three lines ("Senior" / "Floating" / "Group 2" / "Sequential"),
    # its words running on past the first line's, a group's number among them: no figure, no new row
    rows = [("A-1", "Senior", ["Floating", "Group 1"], "100,000,000.00", "90,000,000.00", "5,000,000.00", "400,000.00"),
            ("A-2", "Senior", ["Floating", "Group 2", "Sequential"], "50,000,000.00", "50,000,000.00", "0.00", "200,000.00"),
            ("M-1", "Mezzanine", ["Floating"], "20,000,000.00", "20,000,000.00", "0.00", "90,000.00")]
    text = "CERTIFICATE SUMMARY\n\n"
    text += f"{'Class':<6}{'Type':<12}{'Original':>16}{'Beginning':>16}{'Principal':>16}{'Interest':>16}{'Ending':>16}\n"
    text += f"{'':<6}{'':<12}{'Balance':>16}{'Balance':>16}{'Distribution':>16}{'Distribution':>16}{'Balance':>16}\n"
    for c, kind, more, orig, beg, prin, intr in rows:
        end = f"{float(beg.replace(',', '')) - float(prin.replace(',', '')):,.2f}"
        text += f"{c:<6}{kind:<12}{orig:>16}{beg:>16}{prin:>16}{intr:>16}{end:>16}\n"
        text += "".join(f"{'':<6}{m}\n" for m in more)
    c = abs_nb.load_text(text).classes
    assert list(c.index) == ["A-1", "A-2", "M-1"]
    assert (c.loc["A-2", "beginning_balance"], c.loc["M-1", "interest"], c.loc["A-1", "ending_balance"]) == (
        50_000_000.00, 90_000.00, 85_000_000.00)


# an owner trust's statement as the agreement's numbered items: each item lists a figure per
# class under its words, no column header anywhere
ITEM_LISTS = """\
    1.  The amount of the distribution allocable to interest on each
        Class of Notes and on the Certificates:
            Class A-1 Notes (1.50%) ............................... $      12,500.00
            Class A-2 Notes (2.40%) ............................... $     200,000.00
            Certificates (4.00%) .................................. $      50,000.00
            Total interest ........................................ $     262,500.00

    2.  The amount of the distribution allocable to principal on each
        Class of Notes and on the Certificates:
            Class A-1 Notes ....................................... $   7,000,000.00
            Class A-2 Notes ....................................... $           0.00
            Certificates .......................................... $           0.00
            Total principal ....................................... $   7,000,000.00

    3.  Total distribution on each Class:
            Class A-1 Notes ....................................... $   7,012,500.00
            Class A-2 Notes ....................................... $     200,000.00
            Certificates .......................................... $      50,000.00
            Total ................................................. $   7,262,500.00
"""


def test_items_listing_a_figure_per_class_are_columns_named_by_their_words():
    f = abs_nb.load_text(ITEM_LISTS)
    # the words above each list name its figures: interest and principal, which the total's
    # identity alone could not tell apart
    assert f.classes.loc["A-1", "interest"] == 12_500.00
    assert f.classes.loc["A-1", "principal"] == 7_000_000.00
    assert f.classes.loc["A-2", "total_distribution"] == 200_000.00
    # a kind of security alone beside classes is a class, its rate's aside no part of its name
    assert f.classes.loc["Certificates", "interest"] == 50_000.00
    assert f.classes.loc["Certificates", "total_distribution"] == 50_000.00
    assert f.totals["principal"] == 7_000_000.00


def test_item_marks_before_a_class_name_two_blanks_apart_are_no_part_of_it():
    text = ("(9)   AMOUNTS PER $1,000 OF ORIGINAL PRINCIPAL AMOUNT\n"
            "                                              Interest    Principal\n"
            "      (i)    Class A-1 Notes                  2.571313   132.735976\n"
            "      (ii)   Class A-2 Notes                  5.016667     0.000000\n"
            "      (iii)  Class A-3 Notes                  5.191667     0.000000\n")
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["A-1", "A-2", "A-3"]
    assert f.classes.loc["A-1", "interest_per_1000"] == 2.571313
    assert f.classes.loc["A-3", "principal_per_1000"] == 0.0


def test_a_page_s_banner_right_above_a_header_names_no_column():
    # cells of an HTML page: the banner's last cell closes with the page's number
    html = ("<table><tr><td>Kingsferry Trust 2006-KF2</td><td>Distribution Date: 25-Oct-06 Page 2 of 5</td></tr></table>"
            "<table><tr><td>Class</td><td>Original Face</td><td>Beginning Balance</td><td>Principal</td>"
            "<td>Ending Balance</td></tr>"
            "<tr><td>A-1</td><td>2,000.00</td><td>1,000.00</td><td>100.00</td><td>900.00</td></tr>"
            "<tr><td>A-2</td><td>3,000.00</td><td>2,000.00</td><td>0.00</td><td>2,000.00</td></tr></table>")
    f = abs_nb.load_text(f"<html><body>{html}</body></html>")
    assert f.classes.loc["A-1", "original_balance"] == 2_000.00
    roles = f.checks[f.checks.check == "column_role"]
    assert not roles.subject.str.contains("Distribution Date").any()


def test_a_list_under_words_naming_two_figures_is_named_by_neither():
    text = ("    2.  Amount distributed on each Class in respect of interest and principal:\n"
            "            Class A-1 Notes ....................................... $   7,012,500.00\n"
            "            Class A-2 Notes ....................................... $     200,000.00\n"
            "            Certificates .......................................... $      50,000.00\n"
            "            Total ................................................. $   7,262,500.00\n"
            "\n    Distribution Date: October 25, 2006\n    Servicing Fee ........ 1,000.00\n")
    f = abs_nb.load_text(text)
    assert "principal" not in f.classes.dropna(axis=1, how="all").columns
    assert any("7,012,500.00" in str(u) for u in f.unmapped.values.tolist())


RULED_PARTS = """STATEMENT TO CERTIFICATEHOLDERS

Class          Beginning       Principal          Ending
A-1       100,000,000.00    1,250,000.00   98,750,000.00
A-2        50,000,000.00            0.00   50,000,000.00
--------------------------------------------------------
SUBTOTAL  150,000,000.00    1,250,000.00  148,750,000.00
--------------------------------------------------------
Subordinate Certificates
M-1        20,000,000.00            0.00   20,000,000.00
M-2        10,000,000.00            0.00   10,000,000.00
--------------------------------------------------------
SUBTOTAL   30,000,000.00            0.00   30,000,000.00
========================================================
TOTAL     180,000,000.00    1,250,000.00  178,750,000.00
"""


def test_a_title_under_a_rule_between_a_table_s_parts_does_not_end_it():
    # a rule parts the subordinate classes' title from the rows above as a blank line would:
    # the parts are one table, their subtotals unread, the last row its Total
    f = abs_nb.load_text(RULED_PARTS)
    assert list(f.classes.index) == ["A-1", "A-2", "M-1", "M-2"]
    assert (f.totals["beginning_balance"], f.totals["ending_balance"]) == (180_000_000.00, 178_750_000.00)


HALVES_ONE_BLANK_ROW = """STATEMENT TO CERTIFICATEHOLDERS

Certificateholder Distribution Summary

             Current                                            Prin
      Class     Rate      Beginning Principal Amount              Pd
      ==============================================================
      A1     5.95363                     93770648.98      4326714.50

      M1     6.04363                     48689000.00
      B1     5.74363                     10442000.00
      X          N/A                      1989906.95
      R      0.00000
                                        152901648.98      4326714.50

   Aggregate            Closing          Original
Distribution               Bal.               Par
=================================================
  4776436.63        89443934.48      163601000.00

   237041.41        48689000.00       48689000.00
    48313.18        10434749.26       10442000.00
     1246.44         2002267.12

  5061791.22       148567683.74      222732000.00


Applied Loss Amount  Interest Paid
==================================
                         449722.13

                         237041.41
            7250.74       48313.18
                           1246.44

            7250.74      735076.72
"""


def test_a_stacked_half_the_walk_reads_goes_on_across_the_blank_line_of_a_class_printing_nothing():
    # the third half's words are known ("Applied Loss Amount", "Interest Paid"): the walk
    # reads it, to the blank line under X; R prints nothing in it (its zeros left blank), a
    # blank line of its own, and the Total is the row below, as in a half found by structure
    f = abs_nb.load_text(HALVES_ONE_BLANK_ROW)
    assert f.classes.loc["B1", "realized_loss"] == 7_250.74 and f.classes.loc["X", "interest"] == 1_246.44
    assert f.classes.loc["A1", "interest"] == 449_722.13
    assert f.totals["realized_loss"] == 7_250.74 and f.totals["interest"] == 735_076.72
