"""abs_nb.parse.vocabulary: lookups by section and target, with one memo for every target set."""

from __future__ import annotations

from abs_nb.parse.vocabulary import Vocabulary, vocabulary

ROWS = [
    # scope, label, target, field, type, context
    {"scope": "pool", "label": "ending balance", "target": "collateral", "field": "ending_balance", "type": "money"},
    {"scope": "pool", "label": "ending balance", "target": "measure", "field": "balance", "type": ""},
    {"scope": "*", "label": "ending balance", "target": "deal", "field": "deal_ending", "type": "money"},
    {"scope": "*", "label": "class * net wac rate", "target": "deal", "field": "net_wac", "type": "rate"},
]


def test_each_target_set_gets_its_own_first_entry_from_one_memo():
    v = Vocabulary(ROWS)
    # the same printed label, asked for with different targets, in any order
    assert v.lookup("Ending Balance", "pool", ("measure",)).field == "balance"
    assert v.lookup("Ending Balance", "pool").field == "ending_balance"
    assert v.lookup("Ending Balance", "pool", ("deal",)).field == "deal_ending"  # scope '*' after the section's
    assert v.lookup("Ending Balance", "pool", ("group",)) is None
    assert v.lookup("Ending Balance", "delinquency").field == "deal_ending"  # only '*' applies there
    assert v.lookup("Ending Balance", "pool", ("collateral", "measure")).field == "ending_balance"  # file order


def test_patterns_come_after_exact_labels_and_keep_their_capture():
    v = Vocabulary(ROWS)
    hit = v.lookup("Class A-IO Net WAC Rate", "pool", ("deal",))
    assert (hit.field, hit.capture) == ("net_wac", "a io")
    assert v.lookup("Class A-IO Net WAC Rate", "pool", ("collateral",)) is None
    assert v.lookup("   ", "pool") is None  # nothing left after normalising


def test_the_packaged_vocabulary_answers_as_documented():
    v = vocabulary()
    assert v.lookup("O/C Target Amt", "pool").field == "oc_target"
    assert v.lookup("O/C Target Amt", "pool", ("heading",)) is None
    assert v.lookup("O/C Target Amt", "pool").field == "oc_target"  # a miss for one target set changes nothing
