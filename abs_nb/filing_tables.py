"""Parsed plain data -> the data contract's DataFrames (built on first use by Filing).

>>> import abs_nb
>>> f = abs_nb.load("sample_filings/000_2d551bf597d89db6.txt")
>>> list(f.collateral.index)
['Group 1', 'Group 2', 'Total']
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from abs_nb.parse.assemble import Parsed
from abs_nb.parse.classes import CheckRow

TEXT_COLUMNS = ("cusip", "description")
CLASS_COLUMNS = [
    "cusip", "description", "original_balance", "beginning_balance", "principal", "interest_rate", "interest",
    "realized_loss", "total_distribution", "interest_shortfall", "deferred_interest",
    "ending_balance", "principal_per_1000", "interest_per_1000", "total_per_1000",
    "beginning_balance_per_1000", "ending_balance_per_1000", "interest_shortfall_per_1000",
    "interest_carryforward_per_1000", "unpaid_interest_shortfall", "loss_interest_shortfall",
    "prepayment_interest_shortfall", "relief_act_interest_shortfall", "net_wac_carryover",
    "net_wac_rate", "cap_rate",
]
COLLATERAL_COLUMNS = [
    "beginning_balance", "scheduled_principal", "prepayments", "curtailments",
    "prepayments_and_curtailments", "liquidation_proceeds", "loan_purchases", "total_principal",
    "realized_losses", "ending_balance", "ending_count", "scheduled_interest_net",
    "servicing_fee", "wac", "net_wac", "wam",
]
INT_COLUMNS = {"ending_count", "beginning_count", "wam"}
CLASS_INT_COLUMNS = {"class_table"}
CHECK_COLUMNS = ["check", "subject", "expected", "actual", "difference", "status", "detail", "lines"]


def _num(v: object) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return math.nan
    return float(v)


def class_columns(parsed: list[Parsed]) -> list[str]:
    extra = [c for p in parsed for vals in p.classes.values() for c in vals if c not in CLASS_COLUMNS and c != "notional"]
    return CLASS_COLUMNS + list(dict.fromkeys(extra))


_BALANCES = ("ending_balance", "original_balance", "beginning_balance")


def _in_totals(p: Parsed, members: dict[str, dict[str, bool]]) -> dict[str, bool]:
    """Which classes the printed Total's balances cover. A class is out when a balance
    column whose Total is printed shows it out while it holds a non-zero balance there (a
    zero fits the sum either way and proves nothing): a class 0 in the original balance and
    outside the beginning balance's Total (a residual X class, say) is out. A class zero wherever a balance Total
    is printed stays in, as the first such column (ending, original, beginning) says.
    Without a balance Total, the first column whose Total was checked decides."""
    cols = [c for c in _BALANCES if c in members] or list(members)[:1]
    out: dict[str, bool] = {}
    for lab in p.class_order:
        amounts = [(c, _num(p.classes[lab].get(c))) for c in cols]
        determined = [members[c].get(lab, False) for c, v in amounts if v == v and v != 0]  # known, non-zero
        out[lab] = all(determined) if determined else bool(cols and members[cols[0]].get(lab, False))
    return out


def class_records(p: Parsed, members: dict[str, dict[str, bool]], cols: list[str]) -> list[dict[str, object]]:
    """One dict per class: the contract's columns plus factor, notional, in_totals."""
    inside = _in_totals(p, members)
    out = []
    for lab in p.class_order:
        vals = p.classes[lab]
        rec: dict[str, object] = {"class": lab}
        for c in cols:
            rec[c] = vals.get(c) if c in TEXT_COLUMNS else _num(vals.get(c))
        orig, end = rec["original_balance"], rec["ending_balance"]
        rec["factor"] = end / orig if orig == orig and orig > 0 else math.nan  # type: ignore[operator]
        rec["notional"] = bool(vals.get("notional"))
        rec["in_totals"] = bool(inside.get(lab, False))
        out.append(rec)
    return out


def typed(df: pd.DataFrame, numeric: list[str], ints: set[str]) -> pd.DataFrame:
    """``numeric`` columns as float64 (``ints`` among them as Int64), even in an empty frame,
    whose columns pandas would otherwise leave as objects."""
    if not len(df):  # built at once from empty arrays: cheaper than an astype per column
        num = set(numeric)
        return pd.DataFrame({c: pd.array([], dtype="Int64") if c in ints and c in num
                             else np.empty(0, dtype=np.float64 if c in num else object) for c in df.columns})
    dtypes = df.dtypes
    for c in numeric:
        want = "Int64" if c in ints else "float64"
        if dtypes[c] != want:  # most columns already are: astype costs a copy per column
            df[c] = df[c].astype(want)
    return df


def classes_from_records(records: list[dict[str, object]], cols: list[str], lead: list[str]) -> pd.DataFrame:
    df = pd.DataFrame.from_records(records, columns=lead + ["class"] + cols + ["factor", "notional", "in_totals"])
    df = typed(df, [c for c in cols if c not in TEXT_COLUMNS] + ["factor"], CLASS_INT_COLUMNS)
    df["notional"] = df["notional"].astype(bool)
    df["in_totals"] = df["in_totals"].astype(bool)
    return df


def classes_frame(p: Parsed, members: dict[str, dict[str, bool]]) -> pd.DataFrame:
    cols = class_columns([p])
    return classes_from_records(class_records(p, members, cols), cols, []).set_index("class")


def totals_series(p: Parsed) -> pd.Series:
    s = pd.Series({c: (p.totals.get(c) if c in TEXT_COLUMNS else _num(p.totals.get(c))) for c in CLASS_COLUMNS},
                  dtype=object, name="Total")
    return s


def collateral_columns(parsed: list[Parsed]) -> list[str]:
    extra = [c for p in parsed for g in p.group_order for c in p.collateral[g] if c not in COLLATERAL_COLUMNS]
    return COLLATERAL_COLUMNS + list(dict.fromkeys(extra))


def collateral_records(p: Parsed, cols: list[str]) -> list[dict[str, object]]:
    return [{"group": g, **{c: _num(p.collateral[g].get(c)) for c in cols}} for g in p.group_order]


def collateral_from_records(records: list[dict[str, object]], cols: list[str], lead: list[str]) -> pd.DataFrame:
    df = pd.DataFrame.from_records(records, columns=lead + ["group"] + cols)
    return typed(df, cols, INT_COLUMNS)


def collateral_frame(p: Parsed) -> pd.DataFrame:
    cols = collateral_columns([p])
    return collateral_from_records(collateral_records(p, cols), cols, []).set_index("group")


DELINQUENCY_COLUMNS = ["group", "status", "count", "balance", "market_value"]


def delinquency_records(p: Parsed) -> list[dict[str, object]]:
    return [
        {"group": g, "status": s,
         "count": v.get("count") if isinstance(v.get("count"), int) and not isinstance(v.get("count"), bool) else None,
         "balance": _num(v.get("balance")), "market_value": _num(v.get("market_value"))}
        for (g, s), v in p.delinquency.items()
    ]


def delinquency_from_records(records: list[dict[str, object]], lead: list[str]) -> pd.DataFrame:
    df = pd.DataFrame.from_records(records, columns=lead + DELINQUENCY_COLUMNS)
    df["count"] = pd.array(df["count"].tolist(), dtype="Int64")
    df["balance"] = df["balance"].astype(float)
    df["market_value"] = df["market_value"].astype(float)
    return df


def delinquency_frame(p: Parsed) -> pd.DataFrame:
    return delinquency_from_records(delinquency_records(p), [])


def metrics_records(p: Parsed) -> list[dict[str, object]]:
    """The rows of ``metrics.compute(collateral_frame(p), delinquency_frame(p), deal_series(p),
    classes_frame(p, ...))`` with their ``group``, from the parsed values (no DataFrame)."""
    from abs_nb import metrics

    groups = list(p.group_order)
    pool = [{c: metrics._float(_num(p.collateral[g].get(c))) for c in metrics.POOL_INPUTS} for g in groups]
    dq = metrics._delinquency_rows(groups, [(g, s, _num(v.get("balance"))) for (g, s), v in p.delinquency.items()])
    subordinate = (metrics._subordinate_sum((lab, bool(p.classes[lab].get("notional")),
                                             _num(p.classes[lab].get("ending_balance"))) for lab in p.class_order)
                   if p.class_order else math.nan)
    rows = metrics.group_metrics(groups, pool, dq, p.deal, subordinate)
    return [{"group": g, **r} for g, r in zip(groups, rows, strict=True)]


def deal_series(p: Parsed) -> pd.Series:
    return pd.Series(dict(p.deal), dtype=object, name="deal")


def checks_frame(rows: list[CheckRow]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"check": r.check, "subject": r.subject, "expected": float(r.expected), "actual": float(r.actual),
             "difference": float(r.actual) - float(r.expected), "status": r.status, "detail": r.detail,
             "lines": list(r.lines)}
            for r in rows
        ],
        columns=CHECK_COLUMNS,
    )


def unmapped_frame(p: Parsed) -> pd.DataFrame:
    return pd.DataFrame(
        [{"line": ln, "label": label, "values": list(vals), "reason": why} for ln, label, vals, why in p.unmapped],
        columns=["line", "label", "values", "reason"],
    )


def provenance_frame(p: Parsed) -> pd.DataFrame:
    return pd.DataFrame(
        [(t, r, c, ln, a, b) for (t, r, c), (ln, a, b) in p.provenance.items()],
        columns=["table", "row", "column", "line", "start", "end"],
    )


def membership_frame(p: Parsed, members: dict[str, dict[str, bool]]) -> pd.DataFrame:
    return pd.DataFrame({col: [m.get(lab, False) for lab in p.class_order] for col, m in members.items()},
                        index=pd.Index(p.class_order, name="class", dtype=object))
