"""Two figures printed in one cell, parted by a slash (abs_nb.sources.slash_pairs)."""

from __future__ import annotations

import abs_nb
from abs_nb.sources.slash_pairs import pairs_apart

PAIRS = """STATEMENT TO CERTIFICATEHOLDERS
Distribution Date: 25-Dec-08

 DELINQUENCY STATUS AS OF 11/30/2008 (MBA)        Number of Loans / Scheduled Principal Balance

 Group                  30-59 Days             60-89 Days               90+ Days            Foreclosure
 ========== ====================== ====================== ====================== ======================
 Group 1         38 / 8,921,704.18      24 / 5,483,302.77      37 / 8,702,911.40     79 / 18,466,051.29
 Group 2        43 / 14,802,377.61      26 / 8,917,204.55     44 / 15,477,092.13     95 / 33,914,806.72
 Total          81 / 23,724,081.79     50 / 14,400,507.32     81 / 24,180,003.53    174 / 52,380,858.01
"""


def test_a_status_s_loans_and_balance_in_one_cell_are_read_as_a_pair_of_columns():
    f = abs_nb.load_text(PAIRS)
    d = f.delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 1", "30-59"), "count"], d.loc[("Group 1", "30-59"), "balance"]) == (38, 8_921_704.18)
    assert (d.loc[("Total", "foreclosure"), "count"], d.loc[("Total", "foreclosure"), "balance"]) == (174, 52_380_858.01)
    assert len(d) == 12


def test_every_line_keeps_its_width_and_each_first_figure_lines_up():
    laid = pairs_apart(PAIRS).split("\n")
    assert [len(a) for a in laid] == [len(b) for b in PAIRS.split("\n")]
    rows = [ln for ln in laid if ln.startswith((" Group 1", " Group 2", " Total"))]
    ends = {ln.index(c) + len(c) for ln, c in zip(rows, ("38", "43", "81"), strict=True)}
    assert len(ends) == 1  # the counts end in one column, whatever their balances' widths


def test_a_sentence_s_fraction_and_a_label_s_pairs_are_left_as_printed():
    for line in ("Loans 1 / 2 of the pool, dated 11/30/2008",
                 "            Group 1: 52 / 4,118,227.61   Group 2: 21 / 2,009,118.40"):
        assert pairs_apart(line) == line
