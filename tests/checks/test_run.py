"""abs_nb.checks.run: the checks table also holds what the parse found (a value read twice
that disagrees, a value that cannot be read), and ``Filing.check_summary`` says it in a line.

Each test edits one figure of a seed (``tests/checks/conftest.py`` says how).
"""

from __future__ import annotations

import math

import pytest

import abs_nb

from .conftest import assert_status, edited, row

# ---- values read twice, values that cannot be read -------------------------------------------


def test_duplicate_value_fails_when_outstanding_loans_disagree_with_ending_count(texts, seeds):
    # 000 prints the Total loan count as pool "Ending Count 4,258" and as delinquency
    # "Outstanding Loan 4,258"; the edit makes the second 4,268
    assert row(seeds["000"], "duplicate_value", "Total", "ending_count")["status"] == "pass"
    f = edited(texts["000"], "Outstanding Loan        4,258", "Outstanding Loan        4,268")
    r = row(f, "duplicate_value", "Total", "ending_count")
    assert_status(r, "fail", 4_258, 4_268)
    lines = f.source_text.split("\n")
    assert [("Ending Count" in lines[n - 1], "Outstanding Loan" in lines[n - 1]) for n in r["lines"]] == [
        (True, False), (False, True)]


def test_unreadable_value_is_nan_and_fails(texts, seeds):
    assert "unreadable_value" not in set(seeds["000"].checks["check"])
    assert seeds["000"].deal["oc_target"] == 14_344_337
    old = "O/C Target Amt                                      14,344,337"
    f = edited(texts["000"], old, "O/C Target Amt                                  47,5000,000.00")
    assert math.isnan(f.deal["oc_target"])  # never 47,500,000 nor 475,000,000
    r = row(f, "unreadable_value", "oc_target")
    assert r["status"] == "fail"
    assert "47,5000,000.00" in r["detail"]
    assert f.source_line(r["lines"][0]).startswith("O/C Target Amt")
    # a check that needs the target does not run on a guess
    assert "oc_deficiency" not in set(f.checks["check"])


# ---- the one-line summary ------------------------------------------------------------------


def undo_001_per_1000_shift(text: str) -> str:
    """001's Int/Total per-$1,000 rows with each figure moved up to its own class label."""
    lines = text.split("\n")
    head = lines.index("     Class           Int           Total")
    block = lines[head + 1: head + 18]  # "Class" row .. spare "B-IO" row
    assert block[0].split()[0] == "Class" and block[-1].split() == ["B-IO", "0.00000", "0.00000"]
    fixed = [block[k + 1][:15] + block[k][15:] for k in range(16)]
    return "\n".join(lines[: head + 1] + fixed + lines[head + 18:])


def test_check_summary_says_all_pass_only_when_all_pass(texts, seeds):
    f = seeds["001"]  # one repaired misprint
    s = f.check_summary()
    assert "\n" not in s
    assert not s.startswith("all")
    assert str(len(f.checks)) in s
    for status, n in f.checks["status"].value_counts().items():
        assert f"{n} {status}" in s

    # 001 without its misprints: the per-$1,000 block re-aligned, and the credit enhancement
    # printed as its components give it (19.182617%, not 19.182627%: $101 more)
    clean_text = undo_001_per_1000_shift(texts["001"]).replace("19.182627%", "19.182617%")
    clean = abs_nb.load_text(clean_text)
    # every identity passes; the figures no check compares (B-IO's notional balance, pool
    # and deal lines no identity restates) are listed by the unverified warns
    unverified = clean.checks["check"] == "unverified"
    assert set(clean.checks[~unverified]["status"]) == {"pass"}
    assert set(clean.checks[unverified]["status"]) == {"warn"}
    assert clean.check_summary() == f"{len(clean.checks)} checks: {(~unverified).sum()} pass, {unverified.sum()} warn"


@pytest.mark.parametrize("seed", ["000", "002"])
def test_check_summary_of_seeds_with_warnings_or_failures(seeds, seed):
    f = seeds[seed]
    s = f.check_summary()
    assert "\n" not in s and "all" not in s
    bad = f.checks["status"].isin(["warn", "fail"])
    assert bad.any()
    for status, n in f.checks["status"].value_counts().items():
        assert f"{n} {status}" in s
