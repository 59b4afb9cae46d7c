"""abs_nb.parse.summed_total: a class table's Totals row told by its sum, whatever its words."""

from __future__ import annotations

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
