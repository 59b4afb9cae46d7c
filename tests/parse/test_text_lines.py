"""abs_nb.parse.text_lines: one split of a report shared by the passes over it, and
whole-text renderings whose columns are lost."""

from __future__ import annotations

import pytest

from abs_nb.parse import text_lines
from abs_nb.parse.text_lines import is_collapsed, lines_of


@pytest.mark.parametrize("text", ["", "\n", "a", "a\n", "a\r\nb\n\n", " x \n\ty"])
def test_lines_are_the_split_lines(text):
    assert lines_of(text) == text.split("\n")
    assert lines_of(text) is lines_of(text)  # split once for every pass


def test_an_equal_text_that_is_another_object_is_split_on_its_own():
    a = "Class A-1   100\nClass A-2   200"
    b = "".join(list(a))  # equal, not the same object
    assert b is not a
    first = lines_of(a)
    assert lines_of(b) == first and lines_of(b) is not first


def test_a_very_large_text_is_not_kept():
    big = "x" * (text_lines._SHARED_UP_TO + 1) + "\nend"
    assert lines_of(big)[-1] == "end"
    assert text_lines._last_lines[0][0] is not big  # its lines are not held after the call


def test_a_text_whose_tables_are_flattened_into_long_lines_is_collapsed():
    row = " ".join(f"A-{k} 1,000.00 2.00 998.00" for k in range(40))
    assert len(row) > 400 and is_collapsed("STATEMENT\n" + row)
    assert not is_collapsed("STATEMENT\n" + "A-1      1,000.00      2.00\n" * 40)
    assert not is_collapsed("")


def test_rows_whose_bars_line_up_with_the_next_are_boxed_touching_their_text_or_not():
    from abs_nb.parse.text_lines import boxed_rows

    lines = ["Class |  Balance     |   Interest |Grp",
             "------+--------------+------------+---",
             "A-1   |2,968,053.69  |  480,587.26| 1",
             "A-X   | 27,418,006.91N|  115,975.89| IO",  # a mark pushes its bar a column right
             "A-2   |  476,688.99  |  648,018.63| 2",
             "",
             "B-1   |  21,497.30   |   69,033.58| 3"]
    # the row whose mark pushed its bars on stands between two rows of the box, one column off
    assert boxed_rows(lines) == {0, 1, 2, 3, 4, 6}


def test_bars_that_do_not_line_up_are_no_box():
    from abs_nb.parse.text_lines import boxed_rows

    # a cell stream pads no cell; bars in words; a line with one bar
    assert boxed_rows(["|A-1|100|", "|A-2|20|", "|Total|120|"]) == set()
    assert boxed_rows(["Sixth | Marquette | Bank", "Balance | 1,000.00"]) == set()
    assert boxed_rows(["a | b", "a | b"]) == set()
    # a line of words between two rows parts them
    assert boxed_rows(["A-1 |  1.00 |", "Note: see below", "A-2 |  2.00 |"]) == set()


def test_a_box_of_one_column_is_ruled_by_the_bar_closing_its_lines():
    from abs_nb.parse.text_lines import boxed_rows

    lines = ["  ---------+", "   Interest|", "  ---------+", "  4.44853 %|", "        N/A|", "  ---------+"]
    assert boxed_rows(lines) == set(range(6))
    # a bar closing lines at other columns, or opening them (a cell stream's "|cell"), is none
    assert boxed_rows(["Total|", "Balance|"]) == set()
    assert boxed_rows(["|A-1", "|100.00"]) == set()


def test_a_bar_a_note_s_mark_pushed_one_column_on_still_lines_up():
    from abs_nb.parse.text_lines import boxed_rows

    lines = ["A-1   |96,117,452.31 |   0.00  |", "A-X   | 23,195,178.00N|   0.00  |", "A-2   |1,000,000.00  |   0.00  |"]
    assert boxed_rows(lines) == {0, 1, 2}
    # two columns off, or a bar fewer, is no row of the box (nor, then, are the rows apart by
    # it); and only a row between two rows of the box may stand off (a cell stream's bars
    # drift a column at a time)
    assert boxed_rows([lines[0], "A-X   |   23,195,178.00N|   0.00    |", lines[2]]) == set()
    assert boxed_rows([lines[0], "A-X   | 23,195,178.00N|", lines[2]]) == set()
    assert boxed_rows(lines[:2]) == set()


def test_rules_of_equals_signs_and_a_frame_s_full_rules_part_no_rows_of_a_box():
    from abs_nb.parse.text_lines import boxed_rows

    rows = ["A-1  |   117.00|", "=====+=========+", "Total|   117.00|", "=====+=========+"]
    assert boxed_rows(rows) == {0, 1, 2, 3}  # corners beside equals signs are corners
    framed = ["!A-1  !   117.00!", "!----------------!", "!Total!   117.00!"]
    assert {0, 2} <= boxed_rows(framed)  # the full rule's bars stand elsewhere: it stands between
