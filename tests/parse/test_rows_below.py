"""abs_nb.parse.rows_below: a class printed below its table's Totals row is a row of the table."""

from __future__ import annotations

import abs_nb

# a table no vocabulary heading names (found by the alignment of its figures), its residual
# class printed apart below the Totals row, after a blank line and a rule
APART = """PAYMENTS

Class    CUSIP           Opening         Paid      Interest         Closing
A-1      51207QAJ5  1,000,000.00   100,000.00      5,000.00      900,000.00
A-2      51207QAK2  2,000,000.00   200,000.00     10,000.00    1,800,000.00
---------------------------------------------------------------------------
Totals              3,000,000.00   300,000.00     15,000.00    2,700,000.00

---------------------------------------------------------------------------
R        51207QAP1          0.00         0.00    905,159.53            0.00
"""


def test_a_class_below_the_totals_row_is_a_row_of_the_table():
    c = abs_nb.load_text(APART).classes
    assert list(c.index) == ["A-1", "A-2", "R"]
    assert (c.loc["R", "interest"], c.loc["R", "cusip"]) == (905_159.53, "51207QAP1")


def test_a_line_below_that_names_no_class_stays_unread():
    f = abs_nb.load_text(APART.replace("R        51207QAP1", "Reserve Fund       "))
    assert list(f.classes.index) == ["A-1", "A-2"]
    assert any("905,159.53" in v for v in f.unmapped["values"])
