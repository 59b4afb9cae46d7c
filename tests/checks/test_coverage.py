"""Figures no check compares are named, with their values, in an ``unverified`` warn
(abs_nb.checks.coverage)."""

from __future__ import annotations

import abs_nb

from ._edit import S000, corpus, edit, rows


def test_an_original_balance_nothing_restates_is_listed_and_a_changed_one_shows():
    # a cut-short report: no Total row, no per-$1,000 figures, no factor restate A-1's
    # original balance, so no identity covers it
    path = corpus("001_absc")
    before = rows(abs_nb.load(path), "unverified")["classes"]
    assert before[0] == "warn" and "A-1 original_balance 254,675,000 (line 37)" in before[1]
    after = rows(abs_nb.load_text(edit(path, 37, "$254,675,000.00", "$257,675,000.00")), "unverified")["classes"]
    assert "A-1 original_balance 257,675,000 (line 37)" in after[1]


def test_figures_an_identity_covers_are_not_listed():
    f = abs_nb.load(S000)
    listed = " ".join(d for _, d in rows(f, "unverified").values())
    # A-1's original balance: in the Total row and under every per-$1,000 figure
    assert "A-1 original_balance" not in listed
    assert "A-1 interest_rate" not in listed and "A-1 beginning_balance" not in listed
    # B-IO's notional balance: a schedule, restated by nothing here; its ending balance too
    assert "B-IO ending_balance 64,000,000" in listed
    assert {s for s, _ in rows(f, "unverified").values()} == {"warn"}  # a warn, not a failure


def test_the_cents_of_an_interest_a_coarse_rate_cannot_prove_are_listed():
    # rates printed to 3 decimals bound the interest to about $93 only: its cents are listed
    listed = rows(abs_nb.load(corpus("038_")), "unverified")["classes"][1]
    assert "I-A-1 interest 435,157.16" in listed and "I-A-1 interest_rate" not in listed


def test_one_printed_figure_in_two_tables_is_listed_once():
    # 002 prints "WAC  8.99827%" once, a deal line of its single pool: it stands in the
    # deal and in the Total column, and no check compares it: one figure, listed once
    f = abs_nb.load(S000.parent / "002_c10342e102d7429b.txt")
    listed = " ".join(f.checks[f.checks.check == "unverified"].detail)
    assert listed.count("0.0899827") == 1
