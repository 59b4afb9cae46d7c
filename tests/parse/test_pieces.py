"""abs_nb.parse.pieces: the records the walk finds (check rows, placed cells, unmapped rows,
class rows and blocks, the walk itself): what each holds, a class block labelled when one of
its rows is, and the reason a column's unproven figures are listed with."""

from __future__ import annotations

import math
import pickle

import abs_nb
from abs_nb.parse.pieces import (
    UNPROVEN_COLUMN,
    CheckRow,
    ClassBlock,
    ClassColumn,
    ClassRow,
    Unmapped,
    Walk,
)
from abs_nb.parse.tokens import tokenize_line


def test_check_rows_and_unmapped_rows_hold_what_they_are_given_and_survive_a_pickle():
    row = CheckRow("column_role", "End Bal (line 3)", math.nan, math.nan, "warn", "not read", [3])
    assert (row.check, row.subject, row.status, row.detail, row.lines) == (
        "column_role", "End Bal (line 3)", "warn", "not read", [3])
    back = pickle.loads(pickle.dumps(row))
    assert (back.check, back.subject, back.lines) == (row.check, row.subject, row.lines)
    assert math.isnan(back.expected) and math.isnan(back.actual)
    u = Unmapped(12, "Fees", ["1.00", "2.00"], "no field")
    assert pickle.loads(pickle.dumps(u)) == u
    assert repr(u) == "Unmapped(line=12, label='Fees', values=['1.00', '2.00'], reason='no field')"


def test_a_class_block_is_labelled_when_one_of_its_rows_is():
    cells = list(tokenize_line("x  1.00  2.00", 4).values)
    unlabelled = ClassRow(None, 4, cells)
    block = ClassBlock("classes", [ClassColumn("Beg", "beginning_balance", "money", (3, 7))], [2])
    assert not block.labelled  # no row yet
    block.rows.append(unlabelled)
    assert not block.labelled
    block.rows.append(ClassRow("A-1", 5, cells, (0, 3)))
    assert block.labelled
    assert block.found_by == "header" and not block.columns[0].unproven


def test_walks_and_blocks_share_no_list():
    one, two = Walk([]), Walk([])
    one.unmapped.append(Unmapped(1, "x", [], "why"))
    one.checks.append(CheckRow("c", "s", 0.0, 0.0, "pass", "", []))
    assert two.unmapped == [] and two.checks == [] and two.cells == []
    assert (two.report_start, two.report_end, two.rendering) == (1, None, "fixed-width")
    a, b = ClassBlock("classes", [], [1]), ClassBlock("classes", [], [1])
    a.rows.append(ClassRow("A-1", 1, []))
    assert b.rows == [] and b.problems == []


# Misc is in no identity and its header names no field: its figures are listed, with why
UNPROVEN = """\
PAYMENTS

 Class   Opening      Paid     Closing      Misc
  A-1   1,000.00    100.00     900.00      7.13
  A-2   2,000.00    200.00   1,800.00      3.50
  M-1     500.00      0.00     500.00      1.25
"""


def test_the_figures_of_an_unproven_column_are_listed_with_why():
    f = abs_nb.load_text(UNPROVEN)
    u = f.unmapped
    assert list(u["line"]) == [4, 5, 6]
    assert [v for vs in u["values"] for v in vs] == ["7.13", "3.50", "1.25"]
    assert set(u["reason"]) == {UNPROVEN_COLUMN}
    assert "column_role" in UNPROVEN_COLUMN  # it says where the role's check is


def test_a_line_s_block_follows_the_headings_as_they_are_found_and_replaced():
    from abs_nb.parse.pieces import Walk

    w = Walk([], block_groups=[(3, "Group 1")])
    assert (w.group_at(2), w.group_at(5), w.block_at(2)) == ("Total", "Group 1", "")
    w.block_groups.append((9, "Group 2"))  # a heading found further down
    assert (w.group_at(8), w.group_at(9), w.group_at(100)) == ("Group 1", "Group 2", "Group 2")
    w.block_groups[1] = (9, "")  # named no group after all
    assert w.group_at(9) == "Total"
    w.block_groups = [(3, "Group A"), (9, "Group B")]  # another list of as many headings
    assert (w.group_at(5), w.group_at(9)) == ("Group A", "Group B")
