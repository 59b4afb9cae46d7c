"""abs_nb.parse.header_names: header words naming a table's columns, by place or in order."""

from __future__ import annotations

import pytest

from abs_nb.parse.header_names import name_by_order, name_by_position
from abs_nb.parse.tokens import tokenize_line


def test_words_over_the_figures_name_the_column_they_overlap_or_stand_nearest_to():
    header = [tokenize_line("Class           Original         Beginning", 1),
              tokenize_line("                 Balance           Balance", 2)]
    assert name_by_position(header, [(10, 24), (28, 42)], 10, 5) == ["Original Balance", "Beginning Balance"]
    # a word group over the labels names no column
    assert name_by_position([tokenize_line("Class", 1)], [(10, 24)], 10, 5) == [""]


def test_a_cell_stream_s_header_names_its_columns_in_order():
    cells = [tokenize_line(t, k) for k, t in enumerate(("Beginning", "Balance", "Principal"), 1)]
    assert name_by_order(cells, 2) == ["Beginning Balance", "Principal"]


def test_words_one_blank_apart_over_tight_columns_name_each_its_own():
    from abs_nb.parse.header_names import name_by_position
    from abs_nb.parse.tokens import tokenize_line

    header = [tokenize_line("        Principal        Total", 1), tokenize_line("             Paid Distribution", 2)]
    spans = [(8, 17), (18, 30)]
    assert name_by_position(header, spans, 8) == ["Principal Paid", "Total Distribution"]
    # another word group of the line over a column: the words are one cell's, not split
    header = [tokenize_line("     Interest Distribution  Loss", 1)]
    names = name_by_position(header, [(3, 13), (15, 30)], 3)
    assert names == ["", "Interest Distribution Loss"]  # as before: the nearest column takes the cell


@pytest.mark.parametrize("broken,word", [("Curtail-", "ments"), ("Repurch-", "ases"), ("Prepay-", "ments")])
def test_a_word_broken_at_a_hyphen_across_a_header_s_lines_is_one_word(broken, word):
    lines = [tokenize_line(f"          Beginning  {broken:>10}", 1), tokenize_line(f"            Balance  {word:>10}", 2)]
    names = name_by_position(lines, [(10, 19), (21, 30)], 10)
    assert names == ["Beginning Balance", broken[:-1] + word]


def test_a_title_framed_by_rules_names_every_column_under_its_rules():
    header = [tokenize_line("             ------  GROUP 1  ------ ------  GROUP 2  ------", 1),
              tokenize_line("              CURRENT  CUMULATIVE    CURRENT  CUMULATIVE", 2)]
    # the widest figures, bracketed, stand out a place past the rules
    spans = [(12, 21), (23, 33), (35, 46), (48, 58)]
    assert name_by_position(header, spans, 12, 5) == [
        "GROUP 1 CURRENT", "GROUP 1 CUMULATIVE", "GROUP 2 CURRENT", "GROUP 2 CUMULATIVE"]
