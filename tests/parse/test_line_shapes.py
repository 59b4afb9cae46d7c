"""abs_nb.parse.line_shapes: a rule drawn across a table; two label-value pairs side by side."""

from __future__ import annotations

from abs_nb.parse.line_shapes import is_rule, split_pairs
from abs_nb.parse.tokens import tokenize_line


def test_a_rule_is_a_line_drawn_of_runs_of_one_mark():
    rules = ["-----", "  =====   ======  ====", "+-------+------+", "___  ___", "~~~~"]
    not_rules = ["", "|", "- - -", "* * *", "A-1  ----", "---  1,000.00", "| A | B |", "Total -----"]
    assert all(is_rule(tokenize_line(t, 1)) for t in rules)
    assert not any(is_rule(tokenize_line(t, 1)) for t in not_rules)


def test_each_of_two_pairs_side_by_side_holds_its_own_tokens():
    first, rest = split_pairs(tokenize_line("GROSS INTEREST COLLECTED ......   2217269.50      SERVICING FEE .....   106469.48", 3))
    assert [t.text for t in first.tokens] == ["GROSS", "INTEREST", "COLLECTED", "......", "2217269.50"]
    assert [t.text for t in rest.tokens] == ["SERVICING", "FEE", ".....", "106469.48"]
