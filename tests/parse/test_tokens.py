"""``lines_of`` (one split of a report shared by the passes over it), and token columns."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from abs_nb.parse import tokens
from abs_nb.parse.tokens import group_tokens, line_tokens, lines_of


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
    big = "x" * (tokens._SHARED_UP_TO + 1) + "\nend"
    assert lines_of(big)[-1] == "end"
    assert tokens._last_lines[0][0] is not big  # its lines are not held after the call


@given(st.lists(st.sampled_from(["a", "1,000", " ", "\t", "  ", "x\t", "\u00a0", "(5)", "B-IO"]), max_size=40))
def test_a_tokens_column_is_its_offset_with_tabs_expanded(parts):
    raw = "".join(parts)
    for t in line_tokens(raw):
        assert t.col == len(raw[: t.start].expandtabs(8))
        assert t.colend == t.col + len(t.text)
    # the column segments are the tokens grouped by gaps of two columns or more
    segs = group_tokens(line_tokens(raw), 2)
    assert " ".join(s[0] for s in segs) == " ".join(t.text for t in line_tokens(raw))


def test_a_percent_sign_printed_apart_stays_a_token_of_its_own():
    # a token is always the text at its span (tests/test_properties.py); the figure before a
    # lone "%" is listed by abs_nb.parse.leftovers, never read as a percentage by guess
    toks = line_tokens("Margin   0.26 %")
    assert [(t.text, t.kind) for t in toks] == [("Margin", "word"), ("0.26", "num"), ("%", "word")]


def test_two_label_value_pairs_on_one_line_keep_the_first_value_with_its_label():
    line = tokens.tokenize_line("   WAC:      8.12500%  Distribution Date:   7/17/00", 1)
    assert (line.label, [v.text for v in line.values], line.text_value) == ("WAC:", ["8.12500%"], None)


@pytest.mark.parametrize("raw", [
    "Trigger Event Occurrence        NO",  # a text value
    "WAC   8.12500%   Distribution Date   7/17/00",  # no colons: not a pair of pairs
    "Pool Factor:   0.9240   see note 3 below",  # no second label
])
def test_other_lines_without_trailing_values_are_not_split_as_pairs(raw):
    assert tokens.tokenize_line(raw, 1).values == []
