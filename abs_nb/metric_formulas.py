"""The standard prepayment, default and delinquency formulas for mortgage/ABS pools.

The formulas follow The Bond Market Association (now SIFMA), *Uniform Practices/Standard
Formulas*, Chapter SF, "Standard Formulas for the Analysis of Mortgage-Backed Securities and
Other Related Securities" (02/01/99): section B.2 "Mortgage Prepayment Models" (SMM, CPR, PSA),
section B.3 "Average Prepayment Rates for Mortgage Pools", and section C.2 "Specifying Mortgage
Default Assumptions: Standards and Definitions" (MDR, CDR, severity). Delinquency, pool-factor,
credit-enhancement and loss ratios are the plain ratios their names say. A filing's metrics
computed with them from its tables are :func:`abs_nb.metrics.compute` (which re-exports them).

Conventions (see ``docs/schema.md``):

* every rate is a fraction (1% is ``0.01``), except :func:`psa` and :func:`cpr_from_psa`,
  whose PSA speed is quoted in PSA units as the market quotes it (``100`` is 100% PSA);
* every function takes floats, numpy arrays or pandas Series (vectorised via numpy), returns a
  float for scalar input and the same kind of container otherwise, and never mutates its inputs;
* a zero denominator or a NaN input gives NaN, never an exception and never 0.

>>> from abs_nb import metric_formulas as sf
>>> s = sf.smm(1_000_000, 10_000, 9_900)
>>> round(s, 6), round(sf.cpr(s), 6)
(0.01, 0.113615)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "FloatLike",
    "DELINQUENCY_STATUSES",
    "pool_factor",
    "smm",
    "cpr",
    "smm_from_cpr",
    "psa",
    "cpr_from_psa",
    "mdr",
    "cdr",
    "severity",
    "defaulted_balance",
    "delinquency_rate",
    "cumulative_loss_rate",
    "average_smm",
]

FloatLike = float | np.ndarray | pd.Series
"""A scalar, a numpy array or a pandas Series of numbers."""

#: Values of ``delinquency["status"]``.
DELINQUENCY_STATUSES: tuple[str, ...] = (
    "30-59",
    "60-89",
    "90+",
    "foreclosure",
    "bankruptcy",
    "reo",
)

_PSA_RAMP_PER_MONTH = 0.002  # 100% PSA: 0.2% CPR in month 1, +0.2% a month ...
_PSA_RAMP_MONTHS = 30  # ... up to 6% CPR from month 30 on


# --------------------------------------------------------------------------------------------
# numeric helpers


def _arg(x: Any) -> Any:
    """Return ``x`` as float64 without touching the caller's object.

    Series/DataFrames become float64 copies, array-likes float64 arrays (``np.asarray`` of a
    float array is the caller's array, which is only ever read), scalars ``np.float64``
    (``None`` and ``pd.NA`` become NaN). ``np.float64`` rather than ``float`` so that e.g. a
    fractional power of a negative number gives NaN, not a complex number.
    """
    if isinstance(x, pd.Series | pd.DataFrame):
        return x.astype("float64")
    if x is None or x is pd.NA:
        return np.float64(np.nan)
    if np.ndim(x) == 0:
        return np.float64(x)
    return np.asarray(x, dtype="float64")


def _out(x: Any) -> Any:
    """A 0-d result becomes a Python float; arrays and Series are returned as they are."""
    if isinstance(x, np.ndarray) and x.ndim == 0:
        return float(x)
    if isinstance(x, np.generic | float | int):
        return float(x)
    return x


def _nan_where(cond: Any, x: Any) -> Any:
    """``x`` with NaN where ``cond`` holds (``x`` a scalar, array or Series)."""
    if isinstance(x, pd.Series | pd.DataFrame):
        return x.mask(cond)
    return np.where(cond, np.nan, x)


def _div(num: Any, den: Any) -> Any:
    """``num / den`` with NaN (not inf, not an exception) where ``den`` is 0."""
    den = _nan_where(den == 0, den)
    with np.errstate(divide="ignore", invalid="ignore"):
        return num / den


# --------------------------------------------------------------------------------------------
# the standard formulas


def pool_factor(remaining_balance: FloatLike, original_balance: FloatLike) -> FloatLike:
    """Pool factor: remaining principal balance as a fraction of the original balance.

    ``factor = remaining_balance / original_balance`` (Chapter SF uses the factor ``F`` as the
    fraction of original face outstanding). NaN where the original balance is 0 or unknown.

    >>> pool_factor(667_569_136, 735_630_000) > 0.9
    True
    >>> round(pool_factor(50.0, 200.0), 4)
    0.25
    >>> pool_factor(50.0, 0.0)
    nan
    """
    return _out(_div(_arg(remaining_balance), _arg(original_balance)))


def smm(
    beginning_balance: FloatLike, scheduled_principal: FloatLike, prepayments: FloatLike
) -> FloatLike:
    """Single monthly mortality: the fraction of the balance that prepaid in the month.

    ``SMM = prepayments / (beginning_balance - scheduled_principal)`` (Chapter SF, B.2): the
    month's voluntary prepayments (full prepayments and curtailments) over the balance that
    would have remained had only scheduled principal been paid. Liquidations (defaults) are not
    prepayments (see :func:`mdr`); :func:`compute` also leaves out loan purchases
    (repurchases). NaN where the denominator is 0 or an input is NaN.

    >>> round(smm(1_000_000, 10_000, 9_900), 6)
    0.01
    >>> smm(100.0, 100.0, 0.0)
    nan
    """
    beginning = _arg(beginning_balance)
    scheduled = _arg(scheduled_principal)
    return _out(_div(_arg(prepayments), beginning - scheduled))


def cpr(smm: FloatLike) -> FloatLike:
    """Conditional (constant) prepayment rate: SMM annualised.

    ``CPR = 1 - (1 - SMM) ** 12`` (Chapter SF, B.2).

    >>> round(cpr(0.01), 6)
    0.113615
    >>> cpr(0.0), cpr(1.0)
    (0.0, 1.0)
    """
    s = _arg(smm)
    with np.errstate(invalid="ignore", over="ignore"):
        return _out(1.0 - (1.0 - s) ** 12)


def smm_from_cpr(cpr: FloatLike) -> FloatLike:
    """The SMM that annualises to ``cpr``: ``SMM = 1 - (1 - CPR) ** (1/12)`` (Chapter SF, B.2).

    The inverse of :func:`cpr`. A CPR above 1 has no real SMM and gives NaN.

    >>> round(smm_from_cpr(0.06), 6)
    0.005143
    >>> round(smm_from_cpr(cpr(0.01)), 12)
    0.01
    """
    c = _arg(cpr)
    with np.errstate(invalid="ignore"):
        return _out(1.0 - (1.0 - c) ** (1.0 / 12.0))


def psa(cpr: FloatLike, age: FloatLike) -> FloatLike:
    """PSA speed of a CPR observed at a loan age, in PSA units (100 means 100% PSA).

    The PSA Standard Prepayment Model (Chapter SF, B.2): 100% PSA is a CPR of 0.2% in the first
    month of a loan's life, rising by 0.2% a month to 6% in month 30 and flat after that, so
    ``PSA = CPR / (0.002 * min(age, 30)) * 100``. ``age`` is the loan age in months, counting
    the first month as 1; an age below 1 is outside the model and gives NaN.

    Unlike the other rates here, the result is quoted as the market quotes PSA (``150`` for
    150% PSA), not as a fraction.

    >>> round(psa(0.06, 30), 6)
    100.0
    >>> round(psa(0.06, 15), 6)
    200.0
    >>> psa(0.06, 0)
    nan
    """
    c = _arg(cpr)
    a = _arg(age)
    a = _nan_where(a < 1, a)  # NaN < 1 is False; NaN stays NaN
    ramp = _PSA_RAMP_PER_MONTH * np.minimum(a, _PSA_RAMP_MONTHS)
    return _out(_div(c, ramp) * 100.0)


def cpr_from_psa(psa: FloatLike, age: FloatLike) -> FloatLike:
    """The CPR a PSA speed (in PSA units, 100 = 100% PSA) implies at a loan age in months.

    ``CPR = psa / 100 * 0.002 * min(age, 30)`` (Chapter SF, B.2); the inverse of :func:`psa`.
    An age below 1 gives NaN.

    >>> round(cpr_from_psa(100, 1), 6), round(cpr_from_psa(100, 30), 6)
    (0.002, 0.06)
    >>> round(cpr_from_psa(100, 360), 6)
    0.06
    """
    p = _arg(psa)
    a = _arg(age)
    a = _nan_where(a < 1, a)
    return _out(p / 100.0 * _PSA_RAMP_PER_MONTH * np.minimum(a, _PSA_RAMP_MONTHS))


def mdr(
    defaulted_balance: FloatLike, beginning_balance: FloatLike, scheduled_principal: FloatLike
) -> FloatLike:
    """Monthly default rate: the fraction of the balance that defaulted in the month.

    ``MDR = defaulted_balance / (beginning_balance - scheduled_principal)`` (Chapter SF, C.2,
    where the monthly default rate is applied to the balance after scheduled principal). NaN
    where the denominator is 0 or an input is NaN.

    >>> round(mdr(5_000, 1_010_000, 10_000), 6)
    0.005
    """
    beginning = _arg(beginning_balance)
    scheduled = _arg(scheduled_principal)
    return _out(_div(_arg(defaulted_balance), beginning - scheduled))


def cdr(mdr: FloatLike) -> FloatLike:
    """Constant (conditional) default rate: MDR annualised, ``CDR = 1 - (1 - MDR) ** 12``.

    Chapter SF, C.2.

    >>> round(cdr(0.005), 6)
    0.058377
    """
    m = _arg(mdr)
    with np.errstate(invalid="ignore", over="ignore"):
        return _out(1.0 - (1.0 - m) ** 12)


def severity(realized_loss: FloatLike, defaulted_balance: FloatLike) -> FloatLike:
    """Loss severity: realised loss as a fraction of the defaulted (liquidated) balance.

    ``severity = realized_loss / defaulted_balance`` (Chapter SF, C.2: the loss severity is the
    part of a defaulted balance not recovered). NaN where nothing defaulted (0 / 0).

    >>> round(severity(4_429, 94_599), 6)
    0.046819
    >>> severity(0.0, 0.0)
    nan
    """
    return _out(_div(_arg(realized_loss), _arg(defaulted_balance)))


def defaulted_balance(liquidation_proceeds: FloatLike, realized_loss: FloatLike) -> FloatLike:
    """Defaulted (liquidated) balance: what was recovered plus what was lost.

    ``defaulted_balance = liquidation_proceeds + realized_loss`` (Chapter SF, C.2: a defaulted
    balance ends as recovery plus loss). NaN if either input is NaN.

    >>> defaulted_balance(90_170.0, 4_429.0)
    94599.0
    """
    return _out(_arg(liquidation_proceeds) + _arg(realized_loss))


def delinquency_rate(delinquent_balance: FloatLike, pool_balance: FloatLike) -> FloatLike:
    """Delinquent balance as a fraction of the pool balance.

    ``delinquency_rate = delinquent_balance / pool_balance``; NaN where the pool balance is 0.

    >>> round(delinquency_rate(10_839_303, 434_639_952), 6)
    0.024939
    """
    return _out(_div(_arg(delinquent_balance), _arg(pool_balance)))


def cumulative_loss_rate(cumulative_losses: FloatLike, original_balance: FloatLike) -> FloatLike:
    """Cumulative realised losses as a fraction of the original pool balance.

    ``cumulative_loss_rate = cumulative_losses / original_balance``; NaN where the original
    balance is 0 or unknown.

    >>> round(cumulative_loss_rate(103_748.62, 950_000_000), 8)
    0.00010921
    """
    return _out(_div(_arg(cumulative_losses), _arg(original_balance)))


def average_smm(smms: Iterable[float]) -> float:
    """The average SMM of consecutive months: the constant monthly rate that leaves the same
    balance as the months' own rates did.

    ``SMM_avg = 1 - ((1 - SMM_1) * ... * (1 - SMM_n)) ** (1/n)`` (Chapter SF, B.3 "Average
    Prepayment Rates for Mortgage Pools": the n-month average from the surviving fraction of
    the balance; annualise it with :func:`cpr` for a 3-, 6- or 12-month CPR). The same
    formula averages MDRs. NaN when there is no month or any month's rate is NaN (a missing
    month is never skipped: the average would not be over n months).

    >>> round(average_smm([0.01, 0.01, 0.01]), 12)
    0.01
    >>> round(average_smm([0.01, 0.02, 0.03]), 6)
    0.020034
    >>> average_smm([0.01, float("nan")]), average_smm([])
    (nan, nan)
    """
    values = [float(v) for v in smms]
    if not values or any(v != v for v in values):
        return np.nan
    survive = float(np.prod([1.0 - v for v in values]))
    if survive < 0:
        return np.nan
    return 1.0 - survive ** (1.0 / len(values))
