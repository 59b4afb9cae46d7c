"""Checks on the collateral pool: principal remittance, roll-forward, groups add up, fees."""

from __future__ import annotations

import math

from abs_nb.checks._core import Context, known
from abs_nb.parse.classes import CheckRow
from abs_nb.parse.identities import PRINCIPAL_PARTS


def principal(cx: Context) -> None:
    for g in cx.p.group_order:
        total = cx.get("collateral", g, "total_principal")
        vals = {k: cx.get("collateral", g, k) for k in PRINCIPAL_PARTS}
        if not known(total, vals["scheduled_principal"], vals["prepayments_and_curtailments"]):
            continue
        present = [k for k, v in vals.items() if known(v)]
        keys = [("collateral", g, k) for k in present + ["total_principal"]]
        cx.add("pool_principal", g, sum(vals[k] for k in present), total, cx.tol(keys),
               "total principal = " + " + ".join(present), cx.lines_at(keys))


def roll_forward(cx: Context) -> None:
    for g in cx.p.group_order:
        beg, tp, loss, end = (cx.get("collateral", g, k) for k in ("beginning_balance", "total_principal", "realized_losses", "ending_balance"))
        if not known(beg, tp, end):
            continue
        loss = loss if known(loss) else 0.0
        keys = [("collateral", g, k) for k in ("beginning_balance", "total_principal", "realized_losses", "ending_balance")]
        cx.add("pool_roll_forward", g, beg - tp - loss, end, cx.tol(keys),
               "ending = beginning - total principal - realized losses", cx.lines_at(keys))


def groups_add_up(cx: Context) -> None:
    p = cx.p
    body = [g for g in p.group_order if g != "Total"]
    if "Total" in p.collateral and len(body) >= 2:
        columns = dict.fromkeys(c for g in p.group_order for c in p.collateral[g])
        for col in columns:
            vals = [cx.get("collateral", g, col) for g in body]
            total = cx.get("collateral", "Total", col)
            if not known(total, *vals):
                continue
            keys = [("collateral", g, col) for g in body + ["Total"]]
            cx.add("group_sum", f"collateral {col}", sum(vals), total, cx.tol(keys),
                   " + ".join(body) + " = Total", cx.lines_at(keys))
    dq_groups = list(dict.fromkeys(g for g, _ in p.delinquency))
    groups = [g for g in dq_groups if g != "Total"]
    if "Total" in dq_groups and len(groups) >= 2:
        for status in dict.fromkeys(s for _, s in p.delinquency):
            missing = [g for g in groups if (g, status) not in p.delinquency]
            if missing and ("Total", status) in p.delinquency:
                # the Total prints a row that a group does not (or that could not be read)
                cx.rows.append(CheckRow(
                    "group_sum", f"delinquency {status}", math.nan, math.nan, "warn",
                    f"{', '.join(missing)} {'prints' if len(missing) == 1 else 'print'} no {status} row: "
                    f"the Total's {status} figures cannot be checked against the groups",
                    cx.lines_at([("delinquency", f"Total {status}", col) for col in ("count", "balance")])))
                continue
            if missing or ("Total", status) not in p.delinquency:
                continue
            for col in ("count", "balance", "market_value"):
                vals = [cx.get("delinquency", f"{g} {status}", col) for g in groups]
                total = cx.get("delinquency", f"Total {status}", col)
                if not known(total, *vals):
                    continue
                keys = [("delinquency", f"{g} {status}", col) for g in groups + ["Total"]]
                cx.add("group_sum", f"delinquency {status} {col}", sum(vals), total, cx.tol(keys),
                       " + ".join(groups) + " = Total", cx.lines_at(keys))


def deal_agrees_with_pool(cx: Context) -> None:
    """Deal lines that restate a pool figure must equal it."""
    for deal_field, col in (("aggregate_collateral_balance", "ending_balance"), ("loan_count", "ending_count")):
        v, pool = cx.get("deal", "deal", deal_field), cx.get("collateral", "Total", col)
        if not known(v, pool):
            continue
        keys = [("deal", "deal", deal_field), ("collateral", "Total", col)]
        cx.add("deal_vs_pool", deal_field, pool, v, cx.tol(keys), f"deal {deal_field} = pool Total {col}", cx.lines_at(keys))


def fees_not_negative(cx: Context) -> None:
    """A fee is paid out of interest, never into it: a negative servicing fee fails, naming
    the amount (a sign lost or added in print). A fee that is not negative is not thereby
    checked: no pass is written for it."""
    keys = [("collateral", g, "servicing_fee") for g in cx.p.group_order] + [("deal", "deal", "servicing_fee")]
    for k in keys:
        v = cx.get_at(k)
        if known(v) and v < 0:
            where = "deal" if k[0] == "deal" else k[1]
            cx.rows.append(CheckRow("fee_sign", f"{where} servicing_fee", 0.0, v, "fail",
                                    f"a servicing fee of {v:,.2f} is negative: a fee is paid out of interest, "
                                    "so it is never below 0", cx.lines(k)))
