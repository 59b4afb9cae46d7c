"""abs_nb.parse.line_shapes: a rule drawn across a table; two label-value pairs side by side."""

from __future__ import annotations

from pathlib import Path

from abs_nb.parse.line_shapes import heads_rows, is_rule, split_pairs
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


def test_a_bar_between_two_pairs_parts_them():
    first, rest = split_pairs(tokenize_line("Beginning Pool Bal. ... 228,344,876.65 | Paid in Full ....... 47", 3))
    assert (first.label, [t.text for t in first.values]) == ("Beginning Pool Bal. ...", ["228,344,876.65"])
    assert (rest.label, [t.text for t in rest.values]) == ("Paid in Full .......", ["47"])
    # the bar is no word of either pair; one space before a label with no bar is no parting
    assert "|" not in {t.text for t in first.tokens + rest.tokens}
    assert split_pairs(tokenize_line("Beginning Pool Bal. ... 228,344,876.65 Paid in Full ....... 47", 3)) is None


def test_a_panel_of_counts_beside_a_panel_of_amounts_is_read_apart():
    # a hand-written statement's pool: amounts left of a bar, contracts counted right of it
    import abs_nb
    doc = next((Path(__file__).resolve().parents[1] / "handwritten").glob("r2_*.txt")).read_text()
    f = abs_nb.load_text(doc)
    t = f.collateral.loc["Total"]
    assert (t["beginning_balance"], t["ending_balance"]) == (228_344_876.65, 226_504_754.31)
    assert t["scheduled_principal"] == 212_608.93  # not the 6 contracts liquidated beside it


def test_header_lines_below_a_rule_across_them_are_the_header():
    from abs_nb.parse.line_shapes import below_edge

    run = [tokenize_line("SUMMARY                    AMOUNTS IN DOLLARS", 1), tokenize_line("-" * 46, 2),
           tokenize_line("Class     Beginning      Ending", 3), tokenize_line("          Balance        Balance", 4)]
    assert [ln.no for ln in below_edge([run[0], run[2], run[3]], run)] == [3, 4]
    # a rule under the whole header (over the rows) cuts nothing; nor does a box's rule
    assert [ln.no for ln in below_edge([run[2], run[3]], [*run[2:], tokenize_line("-" * 40, 5)])] == [3, 4]
    boxed = [run[0], tokenize_line("+" + "-" * 44 + "+", 2), run[2]]
    assert [ln.no for ln in below_edge([run[0], run[2]], boxed)] == [1, 3]


def test_a_sections_heading_heads_no_column_unless_its_line_names_the_columns_too():
    from abs_nb.parse.line_shapes import heads_no_column

    row = tokenize_line("( 1) Beginning Balance                                  142,377,019.84    96,214,887.12", 5)
    apart = tokenize_line("SECTION E.  DELINQUENCY INFORMATION  (AS OF 31-OCT-97; CONTRACTUAL BASIS)", 1)
    beside = tokenize_line("PART A.  MORTGAGE LOAN ACTIVITY                                 GROUP I         GROUP II", 1)
    assert heads_no_column(apart, row)  # its words run over the figures, but name none of their columns
    assert not heads_no_column(beside, row)
    assert heads_no_column(tokenize_line("Remaining Term ........ 238 mos.", 1), row)
    assert not heads_no_column(tokenize_line("                                                   Group I    Group II", 1), row)


def test_words_closed_by_a_colon_head_the_rows_below():
    assert heads_rows(tokenize_line("(a)(ii) Interest:", 1)) and heads_rows(tokenize_line("Per $1,000 Original: ", 1))
    assert not heads_rows(tokenize_line("Realized Losses", 1))
    assert not heads_rows(tokenize_line("Interest:   1,000.00", 1))  # a label and its figure
