"""Parsed plain data -> the data contract's DataFrames (built on first use by Filing).

>>> import abs_nb
>>> f = abs_nb.load("sample_filings/000_2d551bf597d89db6.txt")
>>> list(f.collateral.index)
['Group 1', 'Group 2', 'Total']
"""

from __future__ import annotations

import math

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


def classes_frame(p: Parsed, members: dict[str, dict[str, bool]]) -> pd.DataFrame:
    extra = [c for vals in p.classes.values() for c in vals if c not in CLASS_COLUMNS and c != "notional"]
    cols = CLASS_COLUMNS + list(dict.fromkeys(extra))
    data = {c: [_num(p.classes[lab].get(c)) for lab in p.class_order] for c in cols if c not in TEXT_COLUMNS}
    for c in TEXT_COLUMNS:
        data[c] = [p.classes[lab].get(c) for lab in p.class_order]
    df = pd.DataFrame(data, index=pd.Index(p.class_order, name="class", dtype=object), columns=cols)
    for c in CLASS_INT_COLUMNS & set(cols):
        df[c] = df[c].astype("Int64")
    orig = df["original_balance"]
    df["factor"] = (df["ending_balance"] / orig).where(orig > 0)
    df["notional"] = [bool(p.classes[lab].get("notional")) for lab in p.class_order]
    key = next((c for c in ("ending_balance", "original_balance", "beginning_balance") if c in members), None)
    if key is None and members:
        key = next(iter(members))
    df["in_totals"] = [bool(members.get(key, {}).get(lab, False)) if key else False for lab in p.class_order]
    return df


def totals_series(p: Parsed) -> pd.Series:
    s = pd.Series({c: (p.totals.get(c) if c in TEXT_COLUMNS else _num(p.totals.get(c))) for c in CLASS_COLUMNS},
                  dtype=object, name="Total")
    return s


def collateral_frame(p: Parsed) -> pd.DataFrame:
    extra = [c for g in p.group_order for c in p.collateral[g] if c not in COLLATERAL_COLUMNS]
    cols = COLLATERAL_COLUMNS + list(dict.fromkeys(extra))
    df = pd.DataFrame(
        {c: [_num(p.collateral[g].get(c)) for g in p.group_order] for c in cols},
        index=pd.Index(p.group_order, name="group", dtype=object),
        columns=cols,
    )
    for c in INT_COLUMNS & set(cols):
        df[c] = df[c].astype("Int64")
    return df


def delinquency_frame(p: Parsed) -> pd.DataFrame:
    rows = [
        {"group": g, "status": s, "count": v.get("count"), "balance": _num(v.get("balance")),
         "market_value": _num(v.get("market_value"))}
        for (g, s), v in p.delinquency.items()
    ]
    df = pd.DataFrame(rows, columns=["group", "status", "count", "balance", "market_value"])
    df["count"] = pd.array([c if isinstance(c, int) and not isinstance(c, bool) else None for c in df["count"]], dtype="Int64")
    df["balance"] = df["balance"].astype(float)
    df["market_value"] = df["market_value"].astype(float)
    return df


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
