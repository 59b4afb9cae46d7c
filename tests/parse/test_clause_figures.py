"""Figures ending a clause of a sentence (abs_nb.parse.clause_figures)."""

from __future__ import annotations

from abs_nb.parse.clause_figures import clause_figure
from abs_nb.parse.tokens import line_tokens


def test_the_punctuation_ending_a_clause_is_no_part_of_its_figure():
    found = [clause_figure(t) for t in line_tokens("in the aggregate, $935,889.39. a factor of 0.9746153;")]
    got = [(f.text, f.number, f.kind) for f in found if f is not None]
    assert got == [("$935,889.39", 935_889.39, "num"), ("0.9746153", 0.9746153, "num")]
    t = line_tokens("rate 5.25%;")[1]
    # a word no figure ends (a class's name, a comma after a word), or a rate, is none
    assert clause_figure(t) is None and clause_figure(line_tokens("A-1,")[0]) is None
