"""abs_nb.parse.side_by_side: class rows printed two to a line, read as one table."""

from __future__ import annotations

import abs_nb
from abs_nb.parse.engine import walk

from ._support import LETTER


def test_two_classes_to_a_line_are_two_rows_of_one_table():
    f = abs_nb.load_text(LETTER)
    rates = f.classes["interest_rate"].to_dict()
    assert rates == {"A-1": 0.06, "A-2": 0.0625, "A-3": 0.065, "M-1": 0.07}
    role = f.checks[(f.checks.check == "column_role") & f.checks.detail.str.startswith("interest_rate")]
    assert role.status.eq("pass").all() and role.detail.str.contains("days").all()


HEADED = """RATES AND FACTORS

Class    Ending Factor         Prin     Class    Ending Factor         Prin
A-1         704.2120883      17.8557312  A-2        856.3665908      21.7137022
M-1        1000.0000000       0.0000000  M-2       1000.0000000       0.0000000
P          1000.0000000       0.0000000
"""


def test_a_table_its_header_words_name_printed_two_classes_to_a_line():
    rows = [(r.label, [c.text for c in r.cells]) for b in walk(HEADED).class_blocks for r in b.rows]
    assert rows == [("A-1", ["704.2120883", "17.8557312"]), ("A-2", ["856.3665908", "21.7137022"]),
                    ("M-1", ["1000.0000000", "0.0000000"]), ("M-2", ["1000.0000000", "0.0000000"]),
                    ("P", ["1000.0000000", "0.0000000"])]


def test_the_right_half_s_figures_keep_their_place_in_the_text():
    w = walk(HEADED)
    right = next(r for b in w.class_blocks for r in b.rows if r.label == "A-2")
    raw = w.lines[right.line - 1].raw
    assert [raw[c.start:c.end] for c in right.cells] == ["856.3665908", "21.7137022"]


def test_a_middle_column_of_words_that_are_no_classes_cuts_nothing():
    text = HEADED.replace("A-2  ", "abc  ").replace("M-2  ", "xyz  ")
    assert [len(b.columns) for b in walk(text).class_blocks] == [5]
