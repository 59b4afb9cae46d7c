"""A filing's metrics from its tables: :func:`compute` (one row per loan group and Total).

SMM, CPR, MDR, CDR and severity by the standard formulas of :mod:`abs_nb.metric_formulas`
(SIFMA), delinquency and loss ratios, pool factor, credit enhancement and O/C against its
target, all computed, never parsed. The formulas are re-exported here, so that
``abs_nb.metrics.smm`` and the rest keep working.

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

from abs_nb import metric_formulas
from abs_nb.metric_formulas import *  # noqa: F403 (the formulas, re-exported: abs_nb.metrics.smm)
from abs_nb.metric_formulas import DELINQUENCY_STATUSES

__all__ = [*metric_formulas.__all__, "METRIC_COLUMNS", "delinquency_balances", "compute"]

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
