"""Standard prepayment, default and delinquency metrics for mortgage/ABS pools.

The formulas follow The Bond Market Association (now SIFMA), *Uniform Practices/Standard
Formulas*, Chapter SF, "Standard Formulas for the Analysis of Mortgage-Backed Securities and
Other Related Securities" (02/01/99): section B.2 "Mortgage Prepayment Models" (SMM, CPR, PSA),
section B.3 "Average Prepayment Rates for Mortgage Pools", and section C.2 "Specifying Mortgage
Default Assumptions: Standards and Definitions" (MDR, CDR, severity). Delinquency, pool-factor,
credit-enhancement and loss ratios are the plain ratios their names say.

Conventions (see ``docs/schema.md``):

* every rate is a fraction (1% is ``0.01``), except :func:`psa` and :func:`cpr_from_psa`,
  whose PSA speed is quoted in PSA units as the market quotes it (``100`` is 100% PSA);
* every function takes floats, numpy arrays or pandas Series (vectorised via numpy), returns a
  float for scalar input and the same kind of container otherwise, and never mutates its inputs;
* a zero denominator or a NaN input gives NaN, never an exception and never 0.

>>> from abs_nb import metrics
>>> s = metrics.smm(1_000_000, 10_000, 9_900)
>>> round(s, 6), round(metrics.cpr(s), 6)
(0.01, 0.113615)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "FloatLike",
    "METRIC_COLUMNS",
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
    "delinquency_balances",
    "compute",
]

FloatLike = float | np.ndarray | pd.Series
"""A scalar, a numpy array or a pandas Series of numbers."""

#: Columns of the DataFrame :func:`compute` returns, in order.
METRIC_COLUMNS: tuple[str, ...] = (
    "smm",
    "cpr",
    "mdr",
    "cdr",
    "severity",
    "dq30_plus",
    "dq60_plus",
    "foreclosure_rate",
    "reo_rate",
    "bankruptcy_rate",
    "pool_factor",
    "credit_enhancement_computed",
    "oc_to_target",
)

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


# --------------------------------------------------------------------------------------------
# a filing's metrics from its tables


def _key(label: Any) -> str:
    """Group label for matching: whitespace collapsed, case folded (``"TOTAL"`` == ``"Total"``)."""
    return " ".join(str(label).split()).casefold()


_TOTAL = "total"


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    """``frame[name]`` as a float64 copy, or all-NaN when the column is absent."""
    if name in frame.columns:
        return frame[name].astype("float64")
    return pd.Series(np.nan, index=frame.index, dtype="float64")


def _scalar(series: pd.Series | Mapping[str, Any] | None, name: str) -> float:
    """``series[name]`` as a float; NaN when absent, None or NA."""
    if series is None or name not in (series.index if isinstance(series, pd.Series) else series):
        return np.nan
    value = series[name]
    if value is None or value is pd.NA:
        return np.nan
    return float(value)


def _one_value(values: pd.Series) -> float:
    """A status printed once per group; NaN if printed more than once with different values."""
    distinct = values.drop_duplicates()
    return float(distinct.iloc[0]) if len(distinct) == 1 else np.nan


def _delinquency_by_group(groups: Iterable[Any], delinquency: pd.DataFrame | None) -> list[dict[str, float]]:
    """:func:`_delinquency_rows` of a delinquency table (``group``, ``status``, ``balance``)."""
    needed = {"group", "status", "balance"}
    if delinquency is None or delinquency.empty or not needed <= set(delinquency.columns):
        return _delinquency_rows(groups, [])
    return _delinquency_rows(groups, zip(delinquency["group"].tolist(), delinquency["status"].tolist(),
                                         delinquency["balance"].tolist(), strict=True))


def _delinquency_rows(groups: Iterable[Any], delinquency: Iterable[tuple[Any, Any, Any]]) -> list[dict[str, float]]:
    """Delinquent balance per collateral group (list, in group order) and status; NaN if not
    printed.

    A collateral group takes the delinquency rows of the group of the same name. A ``Total``
    collateral row for which the filing prints no ``Total`` delinquency is the sum over the
    delinquency groups when those groups make up the whole pool: either the collateral is a
    single pool (just ``Total``; e.g. delinquency split by servicer) or the delinquency groups
    are exactly the collateral's other groups. A status missing from any summed group makes the
    sum NaN (unknown, not 0); a status printed twice for a group with different balances is NaN.
    """
    groups = list(groups)
    statuses = list(DELINQUENCY_STATUSES)
    empty = {s: np.nan for s in statuses}
    seen: dict[str, dict[str, list[float]]] = {}
    for g, st, bal in delinquency:
        key, status = _key(g), str(st).strip().lower()
        values = seen.setdefault(key, {})  # every group the filing prints, in order
        if status in statuses:
            values.setdefault(status, []).append(_float(bal))
    wide = {
        key: {s: (vals[s][0] if s in vals and len(set(map(repr, vals[s]))) == 1 else np.nan) for s in statuses}
        for key, vals in seen.items()
    }
    keys = [_key(g) for g in groups]
    other_groups = {k for k in keys if k != _TOTAL}
    out = []
    for key in keys:
        if key in wide:
            out.append(dict(wide[key]))
        elif key == _TOTAL and wide and (not other_groups or set(wide) == other_groups):
            out.append({s: sum(w[s] for w in wide.values()) for s in statuses})
        else:
            out.append(dict(empty))
    return out


def delinquency_balances(groups: Iterable[Any], delinquency: pd.DataFrame | None) -> list[dict[str, float]]:
    """Delinquent balance per status (``30-59`` ... ``reo``) for each collateral group in
    ``groups``, as :func:`compute` reads them (a status not printed is NaN; a ``Total`` with
    no delinquency of its own is the sum of groups that make up the pool).

    >>> dq = pd.DataFrame({"group": ["Total"], "status": ["90+"], "balance": [5.0]})
    >>> b = delinquency_balances(["Total"], dq)[0]
    >>> b["90+"], b["reo"]
    (5.0, nan)
    """
    return _delinquency_by_group(groups, delinquency)


def _is_subordinate(label: Any, notional: Any) -> bool:
    """Subordinate (mezzanine/B) class: label starts with M or B, not an IO/notional class."""
    text = str(label).strip().upper()
    is_notional = isinstance(notional, bool | np.bool_) and bool(notional)
    return text.startswith(("M", "B")) and "IO" not in text and not is_notional


def _subordinate_balance(classes: pd.DataFrame | None) -> float:
    """Sum of the subordinate classes' ending balances; NaN if unknown."""
    if classes is None or classes.empty or "ending_balance" not in classes.columns:
        return np.nan
    notional = classes["notional"].tolist() if "notional" in classes.columns else [False] * len(classes)
    return _subordinate_sum(zip(classes.index, notional, classes["ending_balance"].tolist(), strict=True))


def _subordinate_sum(classes: Iterable[tuple[Any, Any, Any]]) -> float:
    """Sum of the ending balances of the subordinate ``(label, notional, ending)`` classes."""
    return float(sum(_float(e) for c, n, e in classes if _is_subordinate(c, n)))


def compute(
    collateral: pd.DataFrame,
    delinquency: pd.DataFrame,
    deal: pd.Series,
    classes: pd.DataFrame,
    *,
    include_bankruptcy: bool = False,
) -> pd.DataFrame:
    """A filing's metrics per collateral group, from its tables (see ``docs/schema.md``).

    Returns a DataFrame indexed like ``collateral`` (index name ``"group"``) with the columns
    of :data:`METRIC_COLUMNS`. A missing or NaN input makes the metrics that depend on it NaN.

    Per group:

    * ``smm``/``cpr``: prepayments are ``prepayments_and_curtailments`` where printed (not
      NaN), else ``prepayments + curtailments``; loan purchases (repurchases) are excluded.
      ``smm = prepayments / (beginning_balance - scheduled_principal)``.
    * ``mdr``/``cdr``: defaulted balance ``liquidation_proceeds + realized_losses`` over
      ``beginning_balance - scheduled_principal``; ``severity = realized_losses / defaulted``.
    * delinquency rates over the group's ``ending_balance``: ``dq30_plus`` = (30-59 + 60-89 +
      90+ + foreclosure + reo [+ bankruptcy if ``include_bankruptcy``]), ``dq60_plus`` the same
      without 30-59, ``foreclosure_rate``, ``reo_rate``, ``bankruptcy_rate``. A status the
      filing does not print for the group is unknown, so its rates are NaN. When no ``Total``
      delinquency is printed, the ``Total`` row uses the sum over the delinquency groups if they
      make up the pool: the collateral is a single ``Total`` pool (e.g. delinquency split by
      servicer), or the delinquency groups are exactly the collateral's other groups.

    ``Total`` row only (NaN in the other groups):

    * ``pool_factor = ending_balance / deal["original_pool_balance"]`` (NaN when the deal does
      not give it; it is not inferred from class balances);
    * ``credit_enhancement_computed = (subordinate classes' ending_balance + oc_amount) /
      ending_balance``, subordinate classes being those whose label starts with M or B
      (``M-1``, ``M5-A``, ``B``), excluding IO/notional classes (``B-IO``, ``BIO``);
    * ``oc_to_target = deal["oc_amount"] / deal["oc_target"]``.

    No input is modified.

    >>> collateral = pd.DataFrame(
    ...     {"beginning_balance": [1_010_000.0], "scheduled_principal": [10_000.0],
    ...      "prepayments_and_curtailments": [10_000.0], "liquidation_proceeds": [4_000.0],
    ...      "realized_losses": [1_000.0], "ending_balance": [975_000.0]},
    ...     index=pd.Index(["Total"], name="group"))
    >>> delinquency = pd.DataFrame({"group": ["Total"] * 2, "status": ["30-59", "reo"],
    ...                             "count": [3, 1], "balance": [19_500.0, 9_750.0]})
    >>> deal = pd.Series({"oc_amount": 20_000.0, "oc_target": 25_000.0})
    >>> classes = pd.DataFrame({"ending_balance": [900_000.0, 55_000.0],
    ...                         "notional": [False, False]}, index=["A", "M-1"])
    >>> m = compute(collateral, delinquency, deal, classes)
    >>> list(m.columns[:5]), m.index.name
    (['smm', 'cpr', 'mdr', 'cdr', 'severity'], 'group')
    >>> m.loc["Total", ["smm", "mdr", "severity", "reo_rate", "oc_to_target"]].round(6).tolist()
    [0.01, 0.005, 0.2, 0.01, 0.8]
    >>> float(m.loc["Total", "dq30_plus"])  # 60-89, 90+ and foreclosure not printed: unknown
    nan
    >>> round(float(m.loc["Total", "credit_enhancement_computed"]), 6)  # 75,000 / 975,000
    0.076923
    """
    index = collateral.index.rename("group")
    if deal is None:
        deal = pd.Series(dtype="float64")
    groups = list(index)
    pool = {c: (collateral[c].tolist() if c in collateral.columns else [np.nan] * len(groups)) for c in POOL_INPUTS}
    rows = [{c: _float(pool[c][i]) for c in POOL_INPUTS} for i in range(len(groups))]
    records = group_metrics(groups, rows, _delinquency_by_group(index, delinquency), deal,
                            _subordinate_balance(classes), include_bankruptcy=include_bankruptcy)
    return pd.DataFrame(records, index=index, columns=list(METRIC_COLUMNS), dtype="float64")


# the collateral figures the metrics read
POOL_INPUTS = ("beginning_balance", "scheduled_principal", "ending_balance", "prepayments_and_curtailments",
               "prepayments", "curtailments", "realized_losses", "liquidation_proceeds")


def group_metrics(groups: list[Any], rows: list[dict[str, float]], dq: list[dict[str, float]],
                  deal: pd.Series | Mapping[str, Any], subordinate: float, *,
                  include_bankruptcy: bool = False) -> list[dict[str, float]]:
    """:func:`compute`'s rows from plain values: per group its :data:`POOL_INPUTS` as floats
    and its delinquent balances (:func:`_delinquency_rows`), the deal's scalars, the
    subordinate classes' balance (:func:`_subordinate_sum`). A corpus computes its filings'
    metrics this way, without a DataFrame per filing."""
    return _metrics_records(
        [_key(g) == _TOTAL for g in groups], rows, dq,
        oc_amount=_scalar(deal, "oc_amount"), oc_target=_scalar(deal, "oc_target"),
        original=_scalar(deal, "original_pool_balance"), subordinate=subordinate,
        include_bankruptcy=include_bankruptcy,
    )


def _float(x: Any) -> float:
    """A plain float; NaN for None, NA, NaN and anything that is not a number."""
    if x is None or x is pd.NA or isinstance(x, bool):
        return np.nan
    try:
        return float(x)
    except (TypeError, ValueError):
        return np.nan


def _ratio(num: float, den: float) -> float:
    """``num / den`` in plain floats: NaN for a zero or NaN denominator."""
    if den == 0 or den != den or num != num:
        return np.nan
    return num / den


def _metrics_records(
    is_total: list[bool], rows: list[dict[str, float]], dq: list[dict[str, float]], *,
    oc_amount: float, oc_target: float, original: float, subordinate: float, include_bankruptcy: bool,
) -> list[dict[str, float]]:
    """The metrics of each group from plain floats (the formulas of the functions above,
    computed without pandas: a filing's metrics cost microseconds, not milliseconds)."""
    over_60 = ["60-89", "90+", "foreclosure", "reo"] + (["bankruptcy"] if include_bankruptcy else [])
    out = []
    for total, r, d in zip(is_total, rows, dq, strict=True):
        prepaid = r["prepayments_and_curtailments"]
        if prepaid != prepaid:
            prepaid = r["prepayments"] + r["curtailments"]
        defaulted = r["liquidation_proceeds"] + r["realized_losses"]
        base = r["beginning_balance"] - r["scheduled_principal"]
        end = r["ending_balance"]
        m_smm, m_mdr = _ratio(prepaid, base), _ratio(defaulted, base)
        rec = {
            "smm": m_smm,
            "cpr": 1 - (1 - m_smm) ** 12,
            "mdr": m_mdr,
            "cdr": 1 - (1 - m_mdr) ** 12,
            "severity": _ratio(r["realized_losses"], defaulted),
            "dq30_plus": _ratio(sum(d[s] for s in ["30-59", *over_60]), end),
            "dq60_plus": _ratio(sum(d[s] for s in over_60), end),
            "foreclosure_rate": _ratio(d["foreclosure"], end),
            "reo_rate": _ratio(d["reo"], end),
            "bankruptcy_rate": _ratio(d["bankruptcy"], end),
            "pool_factor": _ratio(end, original) if total else np.nan,
            "credit_enhancement_computed": _ratio(subordinate + oc_amount, end) if total else np.nan,
            "oc_to_target": _ratio(oc_amount, oc_target) if total else np.nan,
        }
        if isinstance(rec["cpr"], complex) or isinstance(rec["cdr"], complex):  # pragma: no cover
            rec["cpr"] = rec["cdr"] = np.nan
        out.append(rec)
    return out
