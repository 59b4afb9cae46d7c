"""abs_nb.parse.delinquency_names: how a delinquency table names its groups and periods."""

from __future__ import annotations

from abs_nb.parse.delinquency_names import (
    current_pair,
    group_and_status,
    numbered_status,
    words_over,
)
from abs_nb.parse.tokens import tokenize, tokenize_line


def test_a_group_s_name_then_no_status_opens_no_block():
    assert group_and_status("Group 1 Beginning Balance") is None
    assert group_and_status("Total Delinquent") is None
    assert group_and_status("Pool 3 REO") == ("Group 3", "REO")


def test_a_number_or_numeral_standing_apart_before_a_status_is_a_group_s():
    assert numbered_status(tokenize_line("  III     Foreclosure     5   512,230.90", 1)) == ("Group 3", "Foreclosure")
    assert numbered_status(tokenize_line("  2       90 Days or More   1   88,105.73", 1)) == ("Group 2", "90 Days or More")
    # a number in the status's own words is no group's
    assert numbered_status(tokenize_line("  30 - 59 Days     22   1,518,403.66", 1)) is None
    assert numbered_status(tokenize_line("  IV      Beginning Balance   100.00", 1)) is None


def test_the_current_pair_is_the_one_period_word_says_so_the_others_another_s():
    assert current_pair(["CURRENT", "PRIOR PERIOD"]) == 0
    assert current_pair(["Previous Month", "This Month"]) == 1
    assert current_pair(["Current", "Current"]) is None  # two: no pair is told
    assert current_pair(["Group 1", "Total"]) is None  # groups, no periods
    assert current_pair(["Current", None]) is None


def test_the_words_over_each_pair_on_the_lines_above_the_measures():
    header = tokenize("             CURRENT             PRIOR\n"
                      "        Number   Balance   Number   Balance")
    assert words_over(header, [(8, 25), (26, 43)]) == ["CURRENT", "PRIOR"]
