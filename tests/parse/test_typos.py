"""abs_nb.parse.typos: the bounded edit distance at which a printed word is a typo of a known one."""

from __future__ import annotations

import pytest

from abs_nb.parse.typos import edit_distance, typo_bound


@pytest.mark.parametrize(("a", "b", "distance"), [
    ("occurance", "occurrence", 2),  # one letter doubled, one changed
    ("subequent", "subsequent", 1),  # a letter dropped
    ("distribtuion", "distribution", 1),  # two letters swapped: one edit
    ("balance", "balance", 0),
])
def test_edit_distance_counts_an_adjacent_swap_as_one_edit(a, b, distance):
    assert edit_distance(a, b, 2) == distance
    assert edit_distance(b, a, 2) == distance


def test_edit_distance_stops_past_its_bound():
    # the length alone exceeds the bound, and a long way apart stops early
    assert edit_distance("loan", "liquidation", 2) == 3
    assert edit_distance("prepayment", "curtailment", 1) == 2


def test_short_words_are_never_typos_and_longer_ones_allow_more_edits():
    assert [typo_bound(w) for w in ("prin", "prim", "balance", "distribution", "20050825")] == [0, 0, 1, 2, 0]


def test_a_word_is_corrected_to_the_one_known_word_within_its_bound():
    from abs_nb.parse.typos import correction

    assert correction("distribtion", ["distribution", "interest"]) == "distribution"
    # two words as near: neither is meant; a prefix taken away makes another word
    assert correction("balanse", ["balance"]) == "balance"
    assert correction("balanse", ["balance", "valanse"]) == "balanse"
    assert correction("unscheduled", ["scheduled"]) == "unscheduled"


def test_a_word_printed_without_its_vowels_is_the_word_whose_consonants_it_spells():
    from abs_nb.parse.typos import correction, without_vowels
    assert without_vowels("frclsr", ["foreclosure", "forecast", "reo"]) == ["foreclosure"]
    assert correction("prncpl", ["principal", "percent"]) == "principal"
    # short words, words with vowels, and spellings of two words' consonants name none
    assert without_vowels("bal", ["balance"]) == [] and without_vowels("rate", ["rates"]) == []
    assert correction("prnt", ["print", "parent"]) == "prnt"


def test_another_form_of_a_known_word_is_that_word_and_a_changed_meaning_is_not():
    from abs_nb.parse.typos import correction, forms_of, in_other_forms

    assert correction("allocated", ["allocation", "interest"]) == "allocation"
    assert forms_of("distributed", ["distribution", "distributable"]) == ["distribution"]
    # "distributable" (the interest due) is no form of "distribution" (the interest paid)
    assert forms_of("distributable", ["distribution"]) == []
    # short roots are different words (a "rate" is not "rated"; "paid" is no "payment")
    assert forms_of("rated", ["rate"]) == [] and forms_of("paid", ["payment"]) == []
    sets = in_other_forms(frozenset({"interest", "distributed"}), ["interest", "distributed", "distribution"])
    assert sets == [frozenset({"interest", "distribution"})]


def test_the_forms_of_a_word_are_found_among_the_words_known_now():
    # the known words are indexed once by their first letters; a set that grows is indexed
    # again, another set is its own
    from abs_nb.parse.typos import forms_of

    known = {"distribution", "interest"}
    assert forms_of("distributed", known) == ["distribution"]
    known.add("allocation")
    assert forms_of("allocated", known) == ["allocation"]
    assert forms_of("allocated", {"distribution"}) == [] and forms_of("distributed", ["distribute"]) == ["distribute"]
