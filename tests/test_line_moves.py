"""abs_nb.line_moves: what a text parsed on its own says of its lines, moved to the lines printed."""

from __future__ import annotations

import math

from abs_nb.line_moves import map_text, move_lines, printed_lines
from abs_nb.parse.assemble import Parsed
from abs_nb.parse.classes import CheckRow


def test_every_line_number_a_message_prints_is_moved_lists_and_ranges_alike():
    moved = {3: 30, 4: 31, 7: 12, 8: 13, 9: 14}.__getitem__
    assert map_text("lines 3, 4 and 7; lines 8-9; line 3 to 4", moved) == "lines 30, 31 and 12; lines 13-14; line 30 to 31"
    # a number that is no line's stays ("Class A-1 of 12", "the underline 3")
    assert map_text("Class A-1 of 12; the underline 3", moved) == "Class A-1 of 12; the underline 3"


def test_printed_lines_moves_provenance_unmapped_and_checks_to_the_printed_lines_in_order():
    # lines 4 and 5 of the text read are a right pane's, printed beside lines 2 and 3
    printed = [1, 2, 3, 2, 3, 6]
    p = Parsed(unmapped=[(2, "A", ["1.00"], "r"), (4, "A", ["2.00"], "r"), (6, "B", ["3.00"], "r")])
    p.provenance[("collateral", "Group 2", "wac")] = (5, 120, 127)
    rows = [CheckRow("row_role", "WAC (line 5)", math.nan, math.nan, "pass", "the sum of lines 4 to 5", [4, 5])]
    out = printed_lines(p, rows, printed)
    assert p.provenance[("collateral", "Group 2", "wac")] == (3, 120, 127)  # offsets were read as printed
    assert [row[0] for row in p.unmapped] == [2, 2, 6]
    assert (out[0].subject, out[0].detail, out[0].lines) == ("WAC (line 3)", "the sum of lines 2 to 3", [2, 3])


def test_move_lines_shifts_offsets_as_well_as_lines():
    p = Parsed()
    p.provenance[("deal", "deal", "oc_amount")] = (2, 10, 20)
    move_lines(p, [], lambda n: n + 100, 5_000)
    assert p.provenance[("deal", "deal", "oc_amount")] == (102, 5_010, 5_020)
