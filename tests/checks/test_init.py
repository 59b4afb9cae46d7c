"""abs_nb.checks (the package's ``__init__``: :func:`abs_nb.checks.run`, every check over one
parse): a report with its misprints undone passes every identity, and ``Filing.check_summary``
says the statuses of the rows ``run`` made in one line.

(What the parse itself adds to the checks table, a value read twice that disagrees and a
value that cannot be read, is tested where it is found: ``tests/parse/test_assemble.py``.)
"""

from __future__ import annotations

import pytest

import abs_nb
from abs_nb.checks import COLUMNS, run
from abs_nb.parse.engine import walk
from abs_nb.parse.identities import POOL_SUMS, SUMS, UNSCHEDULED

from .conftest import edited

# ---- run -----------------------------------------------------------------------------------


def test_run_lists_the_parse_problems_first_then_every_identity_of_the_domain(texts):
    # 000 with its delinquency "Outstanding Loan" count made 4,268 (its pool Ending Count
    # prints 4,258): the parse finds a value read twice that disagrees
    text = texts["000"].replace("Outstanding Loan        4,258", "Outstanding Loan        4,268")
    f = edited(texts["000"], "Outstanding Loan        4,258", "Outstanding Loan        4,268")
    p = f.parsed
    assert any(r.check == "duplicate_value" and r.status == "fail" for r in p.problems)
    rows, members = run(p, walk(text).report_end)
    assert rows[: len(p.problems)] == p.problems
    names = {r.check for r in rows}
    # every identity of the fields 000 prints (it prints no unscheduled principal)
    assert {name for name, whole, parts, _ in SUMS + POOL_SUMS if UNSCHEDULED not in (whole, *parts)} <= names
    assert all(r.status in ("pass", "repaired", "warn", "fail") for r in rows)
    assert set(COLUMNS) == set(f.checks.columns)
    # which classes each printed Total covers, by column: IO classes are left out of balances
    assert members["ending_balance"]["A-1"] is True and members["ending_balance"]["A-IO"] is False


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
