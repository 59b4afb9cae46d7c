"""abs_nb.parse.header_names: header words naming a table's columns, by place or in order."""

from __future__ import annotations

import math

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


def test_a_title_its_rules_frame_one_blank_from_its_words_names_every_column_under_them():
    # "------- PRINCIPAL PAID -------": one word group of the line, its rules no words; the
    # figures below stand out a place or two past the rules, as a framed title's may
    header = [tokenize_line("                         ------- PRINCIPAL PAID -------   ------- INTEREST PAID -------", 1),
              tokenize_line("CLASS          BALANCE        CURRENT      CUMULATIVE        CURRENT      CUMULATIVE", 2)]
    spans = [(7, 21), (23, 36), (39, 52), (56, 66), (69, 81)]
    assert name_by_position(header, spans, 7, 5) == [
        "BALANCE", "PRINCIPAL PAID CURRENT", "PRINCIPAL PAID CUMULATIVE", "INTEREST PAID CURRENT", "INTEREST PAID CUMULATIVE"]


_ONE_WORD_A_LINE = ("Class", "CUSIP", "Original", "Balance", "Beginning", "Balance", "Principal", "Distribution",
                    "Ending", "Balance")


def _cells(words):
    return [tokenize_line(t, k) for k, t in enumerate(words, 1)]


def test_a_header_one_word_a_line_is_named_by_the_runs_of_its_lines_the_figures_bear_out():
    rows = [[math.nan, 120e6, 113_411_772.48, 2_745_556.34, 110_666_216.14],
            [math.nan, 62.4e6, 58_456_922.90, 795_585.92, 57_661_336.98],
            [math.nan, 6.378e6, 6_347_793.40, 10_187.24, 6_337_606.16]]
    names = name_by_order(_cells(_ONE_WORD_A_LINE), 5, rows=rows)
    assert names == ["CUSIP", "Original Balance", "Beginning Balance", "Principal Distribution", "Ending Balance"]
    # with no figures to bear them out, runs naming every column are taken too
    assert name_by_order(_cells(_ONE_WORD_A_LINE), 5) == names


def test_a_zero_proves_no_run_of_a_header_s_lines():
    # no principal paid: beginning = 0 + ending holds under any naming of the balances
    rows = [[math.nan, 50e6, 45.25e6, 0.0, 45.25e6], [math.nan, 10e6, 9.38e6, 0.0, 9.38e6],
            [math.nan, 7e6, 6.378e6, 0.0, 6.378e6]]
    greedy = name_by_order(_cells(_ONE_WORD_A_LINE), 5, rows=[[math.nan] * 5])  # the cells joined
    assert greedy != name_by_order(_cells(_ONE_WORD_A_LINE), 5)  # not the runs
    assert name_by_order(_cells(_ONE_WORD_A_LINE), 5, rows=rows) == greedy


def test_a_right_aligned_header_printed_tight_names_each_column_its_words_end_over():
    # "ACCRETION REALIZED" one blank apart over two columns: each word ends where its
    # column's figures end; the line below names the second column's words further
    header = [tokenize_line("CLASS       PRINCIPAL  ACCRETION REALIZED          ENDING", 1),
              tokenize_line("                 PAID                LOSS         BALANCE", 2)]
    rows = [tokenize_line(t, k) for k, t in enumerate((
        "1-A-1    1,622,418.90       0.00     0.00  139,654,971.71",
        "1-A-3            0.00  38,603.70     0.00    8,464,774.14"), 3)]
    from abs_nb.parse.layout import slots
    spans = slots([ln.values for ln in rows])
    names = name_by_position(header, spans, spans[0][0], 5)
    assert names == ["PRINCIPAL PAID", "ACCRETION", "REALIZED LOSS", "ENDING BALANCE"]
    # a title whose words end at no column's end heads each column it spans whole
    title = [tokenize_line("        ---- INTEREST DISTRIBUTIONS ----", 1)]
    assert name_by_position(title, [(12, 20), (24, 33)], 12, 5) == ["INTEREST DISTRIBUTIONS"] * 2
