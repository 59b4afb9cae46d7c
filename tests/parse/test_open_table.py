"""abs_nb.parse.open_table: the table the walk is reading."""

from __future__ import annotations

from abs_nb.parse.open_table import GroupColumn, Layout
from abs_nb.parse.tokens import tokenize_line


def test_columns_widen_to_the_figures_of_rows_that_fill_every_column():
    t = Layout("group", [GroupColumn("Group 1", None, (14, 19)), GroupColumn("Total", None, (26, 31))])
    rows = [tokenize_line("Beg Bal     12,345.67   24,691.34", 1), tokenize_line("Fees            9.00", 2)]
    # the full row widens both columns; a row of one figure widens none (no column to pair it with)
    assert t.widen(rows) == [(12, 21), (24, 33)]
    assert t.columns[0].span == (14, 19)  # the layout itself is unchanged
