"""abs_nb.sources.pipe_cells: pipe tables (a web page saved as Markdown), laid out in columns."""

from __future__ import annotations

import abs_nb
from abs_nb.sources.pipe_cells import is_pipe_table, pipe_columns

CLASSES = """**Certificateholder Distribution Summary**

Class | CUSIP | Class Description | Beginning Balance | Pass Through Rate (%) | Principal Distribution | Interest Distribution | Total Distribution | Ending Balance
---|---|---|---|---|---|---|---|---
1-A-1 | 54231MAA7 | Senior | 244,917,205.41 | 6.000000 | 3,821,206.03 | 1,224,458.41 | 5,045,664.44 | 241,095,999.38
1-A-2 | 54231MAB5 | Senior | 39,272,506.15 | 6.000000 | 612,730.89 | 196,342.07 | 809,072.96 | 38,659,775.26
1-PO | 54231MAG4 | Senior/PO | 1,834,870.52 | 0.000000 | 2,108.44 | 0.00 | 2,108.44 | 1,832,762.08
Totals |  |  | 286,024,582.08 |  | 4,436,045.36 | 1,420,800.48 | 5,856,845.84 | 281,588,536.72
"""


def test_a_pipe_table_s_columns_are_read_under_their_header():
    # as printed, no figure stands under its header: laid out, every one does
    f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 09/25/06\n\n" + CLASSES
                         + "\nThe Bank of New York, as Trustee\n")
    c = f.classes
    assert list(c.index) == ["1-A-1", "1-A-2", "1-PO"]
    assert (c.loc["1-A-1", "cusip"], c.loc["1-A-2", "beginning_balance"], c.loc["1-PO", "principal"]) == (
        "54231MAA7", 39_272_506.15, 2_108.44)
    assert (c.loc["1-A-1", "interest"], c.loc["1-A-2", "ending_balance"]) == (1_224_458.41, 38_659_775.26)
    assert f.totals["total_distribution"] == 5_856_845.84


def test_a_last_empty_cell_keeps_its_place_and_outer_pipes_are_no_cells():
    # no outer pipes: a pipe last on a line parts an empty cell (the Total a rate has none of)
    text = " | Group I | Group II | Total\n---|---|---|---\nWAC | 6.48837% | 6.11904% | \nBalance | 1.00 | 2.00 | 3.00\n"
    lines = pipe_columns(text).split("\n")
    wac, balance = lines[2], lines[3]
    assert wac.index("6.11904%") + len("6.11904%") == balance.index("2.00") + len("2.00")
    # outer pipes printed: the first and the last are the table's edges
    framed = "| Class | Balance |\n|---|---|\n| A-1 | 1,000.00 |\n"
    assert pipe_columns(framed).split("\n")[2].split() == ["A-1", "1,000.00"]


def test_lines_with_pipes_but_no_line_of_dashes_under_a_header_are_left_as_printed():
    text = "Distribution Date: 09/25/06 | Record Date: 08/31/06\nA | B\n"
    assert not is_pipe_table(text) and pipe_columns(text) == text
    # every line keeps its number
    assert len(pipe_columns(CLASSES).split("\n")) == len(CLASSES.split("\n"))


BOX = """STATEMENT TO CERTIFICATEHOLDERS     Distribution Date: 11/26/07

|=======|================|==============|================|
| CLASS |   BEGINNING    |  PRINCIPAL   |     ENDING     |
|=======|================|==============|================|
| A-1   | 212,193,886.60 | 5,146,177.06 | 207,047,709.54 |
| A-2   |  88,700,000.00 |         0.00 |  88,700,000.00 |
|-------|----------------|--------------|----------------|
| M-1   |  34,000,000.00 |         0.00 |  34,000,000.00 |
| M-2   |  30,600,000.00 |         0.00 |  30,600,000.00 |
|=======|================|==============|================|
| TOTAL | 365,493,886.60 | 5,146,177.06 | 360,347,709.54 |
|=======|================|==============|================|
"""


def test_a_box_drawn_in_fixed_width_is_no_pipe_table_to_lay_out():
    # a rule of dashes between a box's rows lines up with every bar: the box is left as
    # printed, and all its rows are read, not only those above the rule
    assert not is_pipe_table(BOX) and pipe_columns(BOX) == BOX
    c = abs_nb.load_text(BOX).classes
    assert list(c.index) == ["A-1", "A-2", "M-1", "M-2"]
    assert list(c["ending_balance"]) == [207_047_709.54, 88_700_000.00, 34_000_000.00, 30_600_000.00]


PADDED = """STATEMENT TO CERTIFICATEHOLDERS
Distribution Date: 11/26/07

| Collateral                      | Group 1        | Group 2        | Total          |
|---------------------------------|----------------|----------------|----------------|
| Beginning Principal Balance     | 120,000,000.00 | 80,000,000.00  | 200,000,000.00 |
| Ending Principal Balance        | 118,400,000.00 | 79,040,000.00  | 197,440,000.00 |
| Weighted Average Coupon         | 7.250%         | 7.500%         | 7.350%         |
"""


def test_a_pipe_table_padded_to_line_its_bars_up_its_figures_left_aligned_is_laid_out():
    # a Markdown writer pads every cell to line the bars up, figures left-aligned: the
    # figures line up on the left, not as a fixed-width table prints them; laid out again
    assert is_pipe_table(PADDED)
    c = abs_nb.load_text(PADDED).collateral
    assert c.loc["Group 1", "wac"] == 0.0725 and c.loc["Group 2", "wac"] == 0.075
    assert c.loc["Total", "ending_balance"] == 197_440_000.00
