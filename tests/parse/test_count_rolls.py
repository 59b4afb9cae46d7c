"""abs_nb.parse.count_rolls: counts of loans rolled forward are counts, never amounts."""

from __future__ import annotations

import abs_nb
from abs_nb.parse.count_rolls import rolled_counts
from abs_nb.parse.tokens import tokenize

POOL = ("STATEMENT TO NOTEHOLDERS\nDistribution Date: 10/25/2006\n\nCOLLATERAL ACTIVITY\n\n"
        "Pool Balance - Beginning of Collection Period          412,618,550.22\n"
        "Number of HELOCs - Beginning                                    7,412\n"
        "  Paid in Full / Closed                                           263\n"
        "  Charged Off                                                       4\n"
        "Number of HELOCs - Ending                                       7,145\n")


def test_a_line_between_a_beginning_and_an_ending_count_is_no_amount_whatever_its_words():
    f = abs_nb.load_text(POOL)
    assert "realized_losses" not in f.deal or f.deal.get("realized_losses") is None
    unread = {r.label: list(r.values) for r in f.unmapped.itertuples()}
    assert unread["Charged Off"] == ["4"]


def test_counts_that_do_not_roll_prove_nothing():
    lines = {ln.no: ln for ln in tokenize(POOL.replace("7,145", "7,146"))}
    assert rolled_counts(lines) == set()
    # an amount with cents among them is no count
    lines = {ln.no: ln for ln in tokenize(POOL.replace("    4\n", "4.00\n").replace("7,145", "7,145"))}
    assert rolled_counts(lines) == set()
    # the ending line must say it counts
    lines = {ln.no: ln for ln in tokenize(POOL.replace("Number of HELOCs - Ending", "HELOCs Remaining"))}
    assert rolled_counts(lines) == set()
    assert sorted(rolled_counts({ln.no: ln for ln in tokenize(POOL)})) == [8, 9]
