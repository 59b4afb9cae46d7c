"""abs_nb.checks._core: the tolerance of a comparison (half a unit of the printed precision
per term), the pass / warn / fail rule, and the figures a check names (covered).

Precisions are those seed 000 prints: ``A-1  397,000,000`` (no decimals), ``1.50000%`` (five
decimals as printed, seven as a fraction).
"""

from __future__ import annotations

import math

import pytest

from abs_nb.checks._core import Context, known, status

A1_ORIGINAL = ("classes", "A-1", "original_balance")
A1_RATE = ("classes", "A-1", "interest_rate")


def test_status_passes_within_tolerance_warns_within_a_dollar_fails_beyond():
    assert status(100.0, 100.5, 0.5) == "pass"
    assert status(100.0, 100.51, 0.5) == "warn"
    assert status(100.0, 101.0, 0.0) == "warn"
    assert status(100.0, 101.01, 0.0) == "fail"
    assert status(100.0, 99.0, 0.0) == "warn"  # a difference either way


def test_status_forgives_float_noise_relative_to_the_amount():
    big = 397_000_000.0
    assert status(big, big + 1e-5, 0.0) == "pass"  # 1e-12 of the amount is 0.000397
    assert status(big, big + 1e-3, 0.0) == "warn"


def test_a_ratio_has_its_own_warn_band_and_nan_always_fails():
    assert status(0.20, 0.2001, 0.0, warn_band=0.001) == "warn"
    assert status(0.20, 0.21, 0.0, warn_band=0.001) == "fail"
    assert status(math.nan, 1.0, 10.0) == "fail" and status(1.0, math.nan, 10.0) == "fail"


def test_known_is_every_figure_a_number():
    assert known(1.0, 0.0) and known()
    assert not known(1.0, math.nan)


def test_half_units_follow_the_printed_precision(seeds):
    ctx = Context(seeds["000"].parsed)
    assert ctx.half_unit(*A1_ORIGINAL) == 0.5
    assert ctx.rate_half_unit(*A1_RATE) == pytest.approx(0.5e-7, rel=1e-12)
    # a figure not printed brings no rounding
    assert ctx.half_unit("classes", "A-1", "no_such_column") == 0.0
    assert ctx.rate_half_unit("classes", "NOPE", "interest_rate") == 0.0
    assert ctx.tol([A1_ORIGINAL, A1_ORIGINAL, ("deal", "deal", "nothing")]) == 1.0


def test_lines_names_the_report_lines_and_records_the_figures_covered(seeds):
    f = seeds["000"]
    ctx = Context(f.parsed)
    line = f.source_of(*A1_ORIGINAL)
    assert f.source_line(line).split()[:2] == ["A-1", "397,000,000"]
    assert ctx.lines(A1_ORIGINAL, A1_ORIGINAL, ("deal", "deal", "nothing")) == [line]
    assert ctx.covered == {A1_ORIGINAL, ("deal", "deal", "nothing")}
    ctx.cover(A1_RATE)
    assert A1_RATE in ctx.covered


def test_lines_proven_covers_only_figures_a_one_unit_change_would_show(seeds):
    # A-1's original balance is printed in whole dollars: a change of 1 shows beyond a
    # tolerance of 0.5, not beyond one of 1.0
    f = seeds["000"]
    ctx = Context(f.parsed)
    assert ctx.lines_proven(1.0, A1_ORIGINAL) == [f.source_of(*A1_ORIGINAL)]
    assert ctx.covered == set()
    ctx.lines_proven(0.5, A1_ORIGINAL)
    assert ctx.covered == {A1_ORIGINAL}


def test_where_names_the_lines_without_covering_the_figures(seeds):
    # a bound names the figures it compared but proves none of them
    f = seeds["000"]
    ctx = Context(f.parsed)
    assert ctx.where(A1_ORIGINAL, ("deal", "deal", "nothing")) == [f.source_of(*A1_ORIGINAL)]
    assert ctx.covered == set()


def test_add_writes_a_row_with_its_status(seeds):
    ctx = Context(seeds["000"].parsed)
    ctx.add("sum", "Total", 10.0, 10.4, 0.5, "detail", [3])
    ctx.add("sum", "Other", 10.0, 12.0, 0.5)
    assert [(r.subject, r.status, r.lines) for r in ctx.rows] == [("Total", "pass", [3]), ("Other", "fail", [])]
