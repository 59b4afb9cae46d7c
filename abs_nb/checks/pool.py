"""Checks on the collateral pool: principal remittance, roll-forward, groups add up."""

from __future__ import annotations

import math

from abs_nb.checks._core import Context, known, num


def principal(cx: Context) -> None:
    parts = ["scheduled_principal", "prepayments_and_curtailments", "liquidation_proceeds", "loan_purchases"]
    for g, r in cx.collateral.iterrows():
        total = num(r.get("total_principal"))
        vals = [num(r.get(p)) for p in parts]
        if not known(total, vals[0], vals[1]):
            continue
        present = [p for p, v in zip(parts, vals, strict=False) if known(v)]
        s = sum(v for v in vals if known(v))
        keys = [("collateral", g, p) for p in present + ["total_principal"]]
        tol = sum(cx.half_unit(*k) for k in keys)
        cx.add("pool_principal", g, s, total, tol,
               "total principal = " + " + ".join(present), cx.lines(*keys))


def roll_forward(cx: Context) -> None:
    for g, r in cx.collateral.iterrows():
        beg, tp, loss, end = (num(r.get(k)) for k in ("beginning_balance", "total_principal", "realized_losses", "ending_balance"))
        if not known(beg, tp, end):
            continue
        loss = loss if known(loss) else 0.0
        keys = [("collateral", g, k) for k in ("beginning_balance", "total_principal", "realized_losses", "ending_balance")]
        tol = sum(cx.half_unit(*k) for k in keys)
        cx.add("pool_roll_forward", g, beg - tp - loss, end, tol,
               "ending = beginning - total principal - realized losses", cx.lines(*keys))


def groups_add_up(cx: Context) -> None:
    c = cx.collateral
    body = [g for g in c.index if g != "Total"]
    if "Total" in c.index and len(body) >= 2:
        for col in c.columns:
            vals = [num(c.at[g, col]) for g in body]
            total = num(c.at["Total", col])
            if not known(total, *vals):
                continue
            keys = [("collateral", g, col) for g in body + ["Total"]]
            tol = sum(cx.half_unit(*k) for k in keys)
            cx.add("group_sum", f"collateral {col}", sum(vals), total, tol,
                   " + ".join(body) + " = Total", cx.lines(*keys))
    d = cx.delinquency
    groups = [g for g in dict.fromkeys(d["group"]) if g != "Total"]
    if "Total" in set(d["group"]) and len(groups) >= 2:
        for status in dict.fromkeys(d["status"]):
            sub = d[d["status"] == status].set_index("group")
            for col in ("count", "balance", "market_value"):
                if "Total" not in sub.index or not all(g in sub.index for g in groups):
                    continue
                vals = [num(sub.at[g, col]) for g in groups]
                total = num(sub.at["Total", col])
                if not known(total, *vals):
                    continue
                keys = [("delinquency", f"{g} {status}", col) for g in groups + ["Total"]]
                tol = sum(cx.half_unit(*k) for k in keys)
                cx.add("group_sum", f"delinquency {status} {col}", sum(vals), total, tol,
                       " + ".join(groups) + " = Total", cx.lines(*keys))


def deal_agrees_with_pool(cx: Context) -> None:
    """Deal lines that restate a pool figure must equal it."""
    if "Total" not in cx.collateral.index:
        return
    pairs = [("aggregate_collateral_balance", "ending_balance"), ("loan_count", "ending_count")]
    for deal_field, col in pairs:
        v, p = num(cx.deal.get(deal_field, math.nan)), num(cx.collateral.at["Total", col]) if col in cx.collateral else math.nan
        if not known(v, p):
            continue
        keys = [("deal", "deal", deal_field), ("collateral", "Total", col)]
        tol = sum(cx.half_unit(*k) for k in keys)
        cx.add("deal_vs_pool", deal_field, p, v, tol, f"deal {deal_field} = pool Total {col}", cx.lines(*keys))
