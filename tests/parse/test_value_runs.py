"""abs_nb.parse.value_runs: where a line's figures run when words close it."""

from __future__ import annotations

from abs_nb.parse.tokens import line_tokens
from abs_nb.parse.value_runs import figures_then_words, first_pair


def test_a_label_and_figure_beside_a_second_labelled_pair_keeps_its_figure():
    assert first_pair(line_tokens("WAC:   8.12500%   Distribution Date:   7/17/00")) == (1, 2)
    assert first_pair(line_tokens("WAC    8.12500%   Distribution Date:   7/17/00")) is None  # no colon before


def test_a_row_of_figures_closed_by_a_comment_runs_to_its_last_figure():
    assert figures_then_words(line_tokens("A-1   1,000.00   5.25%   0.00   Paid in full")) == (1, 4)


def test_figures_a_blank_apart_from_the_words_or_each_other_are_no_columns():
    assert figures_then_words(line_tokens("A-1   1,000.00   0.00 Paid in full")) is None
    assert figures_then_words(line_tokens("Loans 1,000.00 2.00   past due")) is None


def test_whole_numbers_alone_and_a_single_figure_make_no_row():
    assert figures_then_words(line_tokens("Group      1      2      Total")) is None
    assert figures_then_words(line_tokens("Balance   1,000.00   see note")) is None


def test_a_rate_s_day_count_after_it_is_an_aside_no_word_of_the_label():
    from abs_nb.parse.tokens import tokenize_line

    for text in ("Certificate Rate:   5.500000 %   30/360", "Pass-Through Rate   5.50%   (Actual/360)"):
        ln = tokenize_line(text, 1)
        assert ln.label in ("Certificate Rate:", "Pass-Through Rate") and [t.text for t in ln.values][0].startswith("5.50")
    # a row of day counts alone prints no figure; a word that is no day count closes nothing
    assert tokenize_line("Day Count   Act/360   30/360", 1).values == []
    assert tokenize_line("Certificate Rate:   5.500000 %   Fixed", 1).values == []
