"""abs_nb.parse.delinquency_grid: statuses across (payments missed) and down (delinquent,
bankruptcy, foreclosure, REO), each row a count line and a balance line."""

from __future__ import annotations

import abs_nb

GRID = """STATEMENT TO CERTIFICATEHOLDERS

                                 DELINQUENCY REPORT

  GROUP I                Current   1 Pmt (30-59)  2 Pmts (60-89)   3+ Pmts (90+)           Total
  -------------------------------------------------------------------------------------------
  Delinquent   # Loans                        52              14               3              69
               Balance              7,118,204.33    1,902,338.71      402,118.55    9,422,661.59
  Bankruptcy   # Loans        6                1               0               1               8
               Balance  701,229.14     98,400.22            0.00      121,004.19      920,633.55
  Foreclosure  # Loans        0                0               2              11              13
               Balance        0.00          0.00      311,550.80    1,519,447.02    1,830,997.82
  REO          # Loans        0                0               0               1               1
               Balance        0.00          0.00            0.00       88,120.00       88,120.00
  -------------------------------------------------------------------------------------------
  Totals       # Loans        6               53              16              16              91
               Balance  701,229.14  7,216,604.55    2,213,889.51    2,130,689.76   12,262,412.96

  TOTAL                  Current   1 Pmt (30-59)  2 Pmts (60-89)   3+ Pmts (90+)           Total
  -------------------------------------------------------------------------------------------
  Delinquent   # Loans                        90              25               7             122
               Balance             14,122,755.61    4,141,240.15    1,214,448.60   19,478,444.36
  Foreclosure  # Loans        0                0               3              20              23
               Balance        0.00          0.00      565,650.80    3,638,222.63    4,203,873.43
"""


def _by(f):
    return f.delinquency.set_index(["group", "status"])


def test_the_delinquent_row_gives_each_status_across_and_a_status_row_its_total():
    d = _by(abs_nb.load_text(GRID))
    assert tuple(d.loc[("Group 1", "30-59"), ["count", "balance"]]) == (52, 7_118_204.33)
    assert tuple(d.loc[("Group 1", "90+"), ["count", "balance"]]) == (3, 402_118.55)
    # a loan in foreclosure is counted once, whatever payments it has missed: the row's Total
    assert tuple(d.loc[("Group 1", "foreclosure"), ["count", "balance"]]) == (13, 1_830_997.82)
    assert tuple(d.loc[("Group 1", "bankruptcy"), ["count", "balance"]]) == (8, 920_633.55)
    assert tuple(d.loc[("Total", "60-89"), ["count", "balance"]]) == (25, 4_141_240.15)
    assert tuple(d.loc[("Total", "foreclosure"), ["count", "balance"]]) == (23, 4_203_873.43)


def test_a_row_whose_columns_do_not_add_up_to_its_total_is_not_read():
    # the foreclosure balance's total no longer the sum of its columns: which column is the
    # Total is not proven, and the row stays listed
    f = abs_nb.load_text(GRID.replace("1,519,447.02    1,830,997.82", "1,519,447.02    1,830,998.82"))
    d = _by(f)
    assert ("Group 1", "foreclosure") not in d.index
    assert ("Group 1", "30-59") in d.index
    assert "1,830,998.82" in {v for vals in f.unmapped["values"] for v in vals}
