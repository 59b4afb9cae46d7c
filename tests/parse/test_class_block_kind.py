"""abs_nb.parse.class_block_kind: a block built under class-table words is a class table
only when its rows say so."""

from __future__ import annotations

import abs_nb
from abs_nb.parse.class_block_kind import not_a_class_table
from abs_nb.parse.pieces import ClassBlock
from abs_nb.parse.tokens import tokenize_line


def _block(*texts: str) -> ClassBlock:
    rows = [tokenize_line(t, n) for n, t in enumerate(texts, 1)]
    out = []
    for ln in rows:
        words = [t for t in ln.tokens if t.kind == "word"]
        label = " ".join(t.text for t in words) if words and ln.tokens[0].kind == "word" else None
        out.append((label, ln, ln.values, None))
    return ClassBlock("classes", [], [0], out)


def test_rows_of_statuses_and_a_total_are_a_delinquency_table():
    assert not_a_class_table(_block("30-59 days      3    300.00", "60 to 89 Days   1    100.00",
                                    "Total           4    400.00"), False)


def test_one_status_row_or_a_class_among_them_is_no_delinquency_table():
    assert not not_a_class_table(_block("30-59 days      3    300.00", "Total           3    300.00"), False)
    assert not not_a_class_table(_block("A-1       3    300.00", "30-59 days      3    300.00",
                                        "In Foreclosure  1    100.00"), False)


def test_labelled_lines_of_one_figure_are_no_class_table():
    assert not_a_class_table(_block("Servicing Fee       1,234.00", "Trustee Fee          56.00"), False)
    assert not not_a_class_table(_block("A-1       1,234.00", "A-2          56.00"), False)


def test_a_class_table_across_under_class_table_words_is_left_to_the_readers_across():
    # the header names columns by classes and a row of CUSIPs under them; the rows name
    # figures, not classes: the classes stand across
    import abs_nb

    rows = [("Int", ["1,114,241.04", "520,454.02", "155,539.65"]),
            ("Beg Bal", ["226,223,001.91", "148,612,970.30", "40,054,629.11"]),
            ("Prin. Dist.", ["6,255,708.38", "4,109,570.61", "1,107,624.23"]),
            ("Closing Bal.", ["219,967,293.53", "144,503,399.69", "38,947,004.88"]),
            ("Total Paid", ["7,369,949.42", "4,630,024.63", "1,263,163.88"])]
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/25/2004\n\nCertificateholder Distribution Summary\n\n"
            + " " * 16 + "".join(f"{n:>18}" for n in ("CLASS A-1", "CLASS A-2", "CLASS A-3")) + "\n"
            + f"{'  CUSIP':<16}" + "".join(f"{c:>18}" for c in ("49199YDW0", "49199YC92", "49199YD91")) + "\n"
            + "".join(f"{'  ' + label:<16}" + "".join(f"{v:>18}" for v in vals) + "\n" for label, vals in rows))
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["A-1", "A-2", "A-3"]
    assert f.classes.loc["A-2", "ending_balance"] == 144_503_399.69
    assert f.classes.loc["A-3", "cusip"] == "49199YD91"


def test_rows_labelled_by_words_none_a_class_are_no_class_table():
    assert not_a_class_table(_block("Beginning Aggregate Loan Balance   220,011,927.26   103,578,965.11",
                                    "Beginning Number of Loans                    3987             1161"), False)
    assert not not_a_class_table(_block("A-1   1,000.00   900.00", "M-1   2,000.00   2,000.00"), False)


def test_a_table_whose_classes_take_two_lines_is_left_to_the_reader_by_structure():
    # the walk's header words name its columns, but its rows alternate a class's amounts and
    # its CUSIP with figures per $1,000: one line a class is not how it reads
    text = "\n".join([
        "DISTRIBUTION SUMMARY",
        "",
        "  Class        Beginning Balance       Principal     Ending Balance",
        "  CUSIP                per $1,000      per $1,000         per $1,000",
        "  A-1               8,000,000.00      500,000.00       7,500,000.00",
        "  12345AAA1           800.000000       50.000000         750.000000",
        "",
        "  A-2               5,000,000.00            0.00       5,000,000.00",
        "  12345AAB9          1000.000000        0.000000        1000.000000",
        "  Total            13,000,000.00      500,000.00      12,500,000.00",
        "",
    ])
    f = abs_nb.load_text(text)
    assert list(f.classes.cusip) == ["12345AAA1", "12345AAB9"]
    assert list(f.classes.principal) == [500_000, 0]
    assert list(f.classes.principal_per_1000) == [50, 0]
    assert f.totals.ending_balance == 12_500_000


def test_a_status_row_named_like_a_class_keeps_the_table_a_delinquency_table():
    # "REO" has a class label's shape (upper case); a status's words come first: under
    # "Fixed  ARM  Total" in a section a per-$1,000 heading opened, the rows of statuses are a
    # delinquency table, not classes
    import abs_nb
    rows = [("One Month Delinquent", "0", "-", "1", "76,860.98", "1", "76,860.98"),
            ("Two Months Delinquent", "51", "11,183,640.14", "30", "7,264,900.22", "81", "18,448,540.36"),
            ("Loans in Foreclosure", "3", "755,241.74", "11", "2,133,909.54", "14", "2,889,151.28"),
            ("REO", "2", "292,358.94", "5", "832,074.63", "7", "1,124,433.57")]
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 1998-05-25\n\n"
            "Factor Information per $1,000 of Original Face\n\n  Class 1-A1\n      Int        4.88246752\n\n"
            "Delinquencies, Foreclosures and REO\n"
            + " " * 35 + "Fixed" + " " * 32 + "ARM" + " " * 28 + "Total\n"
            + " " * 28 + "No. of Loans   Unpaid Balance      No. of Loans   Unpaid Balance    No. of Loans       Unpaid Balance\n"
            + "".join(f"    {r[0]:<24}{r[1]:>10}{r[2]:>17}{r[3]:>18}{r[4]:>17}{r[5]:>16}{r[6]:>21}\n" for r in rows))
    f = abs_nb.load_text(text)
    d = f.delinquency.set_index(["group", "status"])
    assert d.loc[("ARM", "reo"), "balance"] == 832_074.63 and d.loc[("Total", "60-89"), "count"] == 81
    assert "REO" not in f.classes.index


def test_one_row_of_a_pool_figure_by_group_is_no_class_table():
    # a table of no class is no class table, however few its rows
    assert not_a_class_table(_block("Beginning Pool Balance    105,556,804  92,280,602  197,837,406"), False)
    assert not not_a_class_table(_block("A-1    105,556,804  92,280,602  197,837,406"), False)


def test_rows_numbered_by_loan_group_are_no_class_table():
    assert not_a_class_table(_block("Group 1    10.00    1.00", "Group 2    20.00    2.00", "Total    30.00    3.00"), False)
    assert not not_a_class_table(_block("Group 1    10.00    1.00", "A-1    20.00    2.00", "Total    30.00    3.00"), False)


def test_rows_of_words_with_a_row_labelled_total_are_no_class_table():
    # a table across prints its total distribution on a row "Total": a row naming no class
    block = _block("Note Rate   N/A   0.00000%", "Closing Balance   100.00   0.00   702,069,355.47",
                   "Total   164,289.00   0.00   13,641,890.82", "Int. Dist.   164,289.00   0.00   2,289,057.27")
    assert not_a_class_table(block, False)
    # rows of Totals alone are a Total's, not rows of words
    assert not not_a_class_table(_block("Total   1.00   2.00", "TOTAL   3.00   4.00"), False)
