"""Tests for abs_nb.metric_formulas: the standard formulas.

Expected numbers are worked out by hand from published conventions (SIFMA Chapter SF), never
copied from the code's own output; the arithmetic is written next to each assertion.
"""

from __future__ import annotations

import ast
import doctest
import inspect
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from abs_nb import metric_formulas, metrics
from abs_nb.metric_formulas import (
    cdr,
    cpr,
    cpr_from_psa,
    cumulative_loss_rate,
    defaulted_balance,
    delinquency_rate,
    mdr,
    pool_factor,
    psa,
    severity,
    smm,
    smm_from_cpr,
)

REL = 1e-9

# --------------------------------------------------------------------------------------------
# the standard formulas, against textbook values


def test_smm_one_percent_is_cpr_11_3615_percent():
    # 1 - 0.99**12 = 0.1136151283 (the SMM/CPR table value 11.3615%)
    assert cpr(0.01) == pytest.approx(0.1136151283, rel=REL)


def test_six_percent_cpr_is_smm_0_5143_percent():
    # 1 - 0.94**(1/12) = 0.0051430128
    assert smm_from_cpr(0.06) == pytest.approx(0.0051430128, rel=1e-8)


def test_psa_ramp_points():
    # 100% PSA: 0.2% CPR in month 1, 0.2% more each month, 6% CPR from month 30 on
    assert psa(0.06, 30) == pytest.approx(100.0)
    assert psa(0.002, 1) == pytest.approx(100.0)
    assert psa(0.06, 360) == pytest.approx(100.0)  # flat after month 30
    # 6% CPR at month 15, where 100% PSA is 0.2% * 15 = 3% CPR -> 200% PSA
    assert psa(0.06, 15) == pytest.approx(200.0)
    # 150% PSA at month 10: 1.5 * 0.2% * 10 = 3% CPR
    assert psa(0.03, 10) == pytest.approx(150.0)


def test_cpr_from_psa_ramp_points():
    assert cpr_from_psa(100, 30) == pytest.approx(0.06)
    assert cpr_from_psa(100, 1) == pytest.approx(0.002)
    assert cpr_from_psa(200, 15) == pytest.approx(0.06)
    assert cpr_from_psa(100, 400) == pytest.approx(0.06)


@pytest.mark.parametrize("age", [0, -1, 0.5, np.nan])
def test_psa_age_outside_model_is_nan(age):
    assert math.isnan(psa(0.06, age))
    assert math.isnan(cpr_from_psa(100, age))


def test_smm_formula():
    # 9,900 prepaid out of 1,000,000 - 10,000 = 990,000 -> 1%
    assert smm(1_000_000, 10_000, 9_900) == pytest.approx(0.01, rel=REL)


def test_mdr_cdr_formula():
    # 4,950 defaulted of 990,000 -> MDR 0.5%; CDR = 1 - 0.995**12 = 0.05837719
    m = mdr(4_950, 1_000_000, 10_000)
    assert m == pytest.approx(0.005, rel=REL)
    assert cdr(m) == pytest.approx(0.05837719, rel=1e-7)


def test_severity_defaulted_balance_and_ratios():
    assert defaulted_balance(60.0, 40.0) == 100.0
    assert severity(40.0, 100.0) == pytest.approx(0.4)
    assert pool_factor(25.0, 100.0) == pytest.approx(0.25)
    assert delinquency_rate(3.0, 60.0) == pytest.approx(0.05)
    assert cumulative_loss_rate(1.0, 400.0) == pytest.approx(0.0025)


def test_scalar_in_float_out():
    for value in (cpr(0.01), smm(100, 0, 1), psa(0.06, 30), severity(1, 2)):
        assert type(value) is float


# --------------------------------------------------------------------------------------------
# NaN, zero denominators, vectorisation, no mutation


@pytest.mark.parametrize(
    "call",
    [
        lambda: smm(100.0, 100.0, 5.0),  # beginning == scheduled
        lambda: smm(0.0, 0.0, 0.0),
        lambda: mdr(5.0, 100.0, 100.0),
        lambda: severity(0.0, 0.0),  # nothing defaulted
        lambda: pool_factor(5.0, 0.0),
        lambda: delinquency_rate(1.0, 0.0),
        lambda: cumulative_loss_rate(1.0, 0.0),
        lambda: psa(0.06, 0),
    ],
)
def test_zero_denominator_is_nan_not_error_not_zero(call):
    assert math.isnan(call())


@pytest.mark.parametrize(
    "call",
    [
        lambda: smm(np.nan, 0.0, 1.0),
        lambda: smm(100.0, np.nan, 1.0),
        lambda: smm(100.0, 0.0, np.nan),
        lambda: cpr(np.nan),
        lambda: smm_from_cpr(np.nan),
        lambda: psa(np.nan, 10),
        lambda: psa(0.06, np.nan),
        lambda: mdr(np.nan, 100.0, 0.0),
        lambda: cdr(np.nan),
        lambda: severity(np.nan, 1.0),
        lambda: defaulted_balance(np.nan, 1.0),
        lambda: defaulted_balance(1.0, np.nan),
        lambda: delinquency_rate(1.0, np.nan),
        lambda: pool_factor(np.nan, 1.0),
        lambda: cumulative_loss_rate(1.0, np.nan),
        lambda: smm(None, 0.0, 1.0),
    ],
)
def test_nan_in_nan_out(call):
    assert math.isnan(call())


def test_cpr_above_one_has_no_smm():
    assert math.isnan(smm_from_cpr(1.5))


def test_series_in_series_out_and_input_not_mutated():
    beginning = pd.Series([1_000_000.0, 500.0, 100.0, np.nan], index=list("abcd"))
    scheduled = pd.Series([10_000.0, 0.0, 100.0, 1.0], index=list("abcd"))
    prepaid = pd.Series([9_900.0, 50.0, 1.0, 1.0], index=list("abcd"))
    copies = [s.copy() for s in (beginning, scheduled, prepaid)]

    out = smm(beginning, scheduled, prepaid)

    assert isinstance(out, pd.Series)
    assert list(out.index) == list("abcd")
    # 9,900 / 990,000 = 1%; 50 / 500 = 10%; 1 / 0 -> NaN; NaN beginning -> NaN
    assert out["a"] == pytest.approx(0.01)
    assert out["b"] == pytest.approx(0.10)
    assert math.isnan(out["c"]) and math.isnan(out["d"])
    for original, copy in zip((beginning, scheduled, prepaid), copies, strict=True):
        pd.testing.assert_series_equal(original, copy)

    rates = cpr(out)
    assert isinstance(rates, pd.Series)
    assert rates["a"] == pytest.approx(0.1136151283, rel=REL)


def test_series_with_scalar_and_nullable_dtype():
    ending = pd.Series([50.0, pd.NA, 0.0], dtype="Float64")
    original = 100.0
    out = pool_factor(ending, original)
    assert isinstance(out, pd.Series)
    assert out.iloc[0] == pytest.approx(0.5)
    assert math.isnan(out.iloc[1])
    assert out.iloc[2] == 0.0  # a fully paid-down pool has factor 0, not NaN
    assert ending.dtype == "Float64"  # caller's dtype untouched


def test_numpy_array_in_array_out_and_not_mutated():
    cprs = np.array([0.06, 0.06, 0.06, 0.06])
    ages = np.array([30.0, 15.0, 0.0, 60.0])
    before = (cprs.copy(), ages.copy())
    out = psa(cprs, ages)
    assert isinstance(out, np.ndarray)
    np.testing.assert_allclose(out[[0, 1, 3]], [100.0, 200.0, 100.0])
    assert math.isnan(out[2])
    np.testing.assert_array_equal(cprs, before[0])
    np.testing.assert_array_equal(ages, before[1])

    zero = np.array([0.0, 4.0])
    np.testing.assert_array_equal(severity(np.array([0.0, 1.0]), zero), [np.nan, 0.25])
    np.testing.assert_array_equal(zero, [0.0, 4.0])


@given(st.floats(min_value=0.0, max_value=1.0))
def test_cpr_smm_round_trip_over_0_1(c):
    # CPR -> SMM -> CPR is well conditioned on all of [0, 1]
    assert cpr(smm_from_cpr(c)) == pytest.approx(c, abs=1e-12)


@given(st.floats(min_value=0.0, max_value=0.5))
def test_smm_cpr_round_trip(s):
    # SMM -> CPR -> SMM loses precision only where CPR rounds to 1; monthly rates stay far below
    assert smm_from_cpr(cpr(s)) == pytest.approx(s, abs=1e-12)


@given(st.lists(st.floats(min_value=0.0, max_value=1.0), min_size=1, max_size=20))
@example([3.944235981278055e-11])  # found by hypothesis: the case the tolerance is for
def test_vectorised_matches_scalar(values):
    # numpy's vectorised power and the scalar one may differ in the last bit; near 0,
    # 1 - (1 - x) ** k magnifies that into a relative difference (3.9e-11 gave 3.4e-5), so
    # the two are held to the same value within a few units of the last place of a rate
    series = pd.Series(values)
    np.testing.assert_allclose(cpr(series).to_numpy(), [cpr(v) for v in values], rtol=1e-7, atol=1e-15)
    np.testing.assert_allclose(smm_from_cpr(np.array(values)), [smm_from_cpr(v) for v in values],
                               rtol=1e-7, atol=1e-15)


@given(
    st.floats(min_value=0.0, max_value=0.99),
    st.floats(min_value=0.0, max_value=0.99),
)
def test_cpr_is_monotonic(a, b):
    lo, hi = sorted((a, b))
    assert cpr(lo) <= cpr(hi)


def test_doctests_pass():
    for module in (metric_formulas, metrics):
        result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
        assert result.attempted > 0, module.__name__
        assert result.failed == 0, module.__name__


def test_every_public_function_has_a_doctest():
    for module in (metric_formulas, metrics):
        functions = [getattr(module, name) for name in module.__all__]
        functions = [f for f in functions if inspect.isfunction(f)]
        assert len(functions) >= 12
        for function in functions:
            assert ">>>" in (function.__doc__ or ""), function.__name__


def test_module_cites_sifma_chapter_sf():
    doc = metric_formulas.__doc__ or ""
    assert "Chapter SF" in doc
    assert "Standard Formulas for the Analysis of Mortgage-Backed Securities" in doc


def _abs_nb_imports(module) -> list[str]:
    tree = ast.parse(Path(module.__file__).read_text())
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            assert node.level == 0, node.module
            if node.module == "abs_nb":  # from abs_nb import m: the module abs_nb.m
                out += [f"abs_nb.{a.name}" for a in node.names]
            elif (node.module or "").startswith("abs_nb"):
                out.append(node.module or "")
        elif isinstance(node, ast.Import):
            out += [a.name for a in node.names if a.name.startswith("abs_nb")]
    return out


def test_the_formulas_import_nothing_else_from_abs_nb():
    assert _abs_nb_imports(metric_formulas) == []


def test_metrics_imports_only_the_formulas_from_abs_nb():
    assert set(_abs_nb_imports(metrics)) == {"abs_nb.metric_formulas"}


def test_metrics_re_exports_every_formula():
    for name in metric_formulas.__all__:
        assert getattr(metrics, name) is getattr(metric_formulas, name) and name in metrics.__all__
