"""Checks on the collateral pool: principal remittance, roll-forward, groups add up, fees."""

from __future__ import annotations

import math

from abs_nb.checks._core import Context, known
from abs_nb.parse.classes import CheckRow
from abs_nb.parse.identities import (
    NEVER_NEGATIVE,
    POOL_AVERAGES,
    PREPAID_PARTS,
    PRINCIPAL_PARTS,
    UNSCHEDULED,
)


def principal(cx: Context) -> None:
    """``pool_principal``: the total principal = its scheduled, prepaid, liquidated and
    repurchased parts (those printed); where the unscheduled principal is printed whole, the
    total = the scheduled + the unscheduled as well."""
    for g in cx.p.group_order:
        total = cx.get("collateral", g, "total_principal")
        scheduled, unscheduled = cx.get("collateral", g, "scheduled_principal"), cx.get("collateral", g, UNSCHEDULED)
        if known(total, scheduled, unscheduled):
            keys = [("collateral", g, k) for k in ("scheduled_principal", UNSCHEDULED, "total_principal")]
            cx.add("pool_principal", g, scheduled + unscheduled, total, cx.tol(keys),
                   "total principal = scheduled_principal + unscheduled_principal", cx.lines_at(keys))
        vals = {k: cx.get("collateral", g, k) for k in PRINCIPAL_PARTS}
        if not known(total, vals["scheduled_principal"], vals["prepayments_and_curtailments"]):
            continue
        present = [k for k, v in vals.items() if known(v)]
        keys = [("collateral", g, k) for k in present + ["total_principal"]]
        cx.add("pool_principal", g, sum(vals[k] for k in present), total, cx.tol(keys),
               "total principal = " + " + ".join(present), cx.lines_at(keys))


def roll_forward(cx: Context) -> None:
    """``pool_roll_forward``: ending = beginning - the principal collected - the losses
    realised (+ the balances drawn, a revolving pool's, where printed); where no total
    principal is printed, the principal is its printed parts (the prepaid principal printed
    whole, or as prepayments and curtailments)."""
    for g in cx.p.group_order:
        beg, tp, loss, end = (cx.get("collateral", g, k) for k in ("beginning_balance", "total_principal", "realized_losses", "ending_balance"))
        if not known(beg, end):
            continue
        parts = ["total_principal"]
        if not known(tp):
            parts = _principal_parts(cx, g) or [k for k in ("scheduled_principal", UNSCHEDULED)
                                                if known(cx.get("collateral", g, k))]
            if len(parts) < 2:
                continue
            tp = sum(cx.get("collateral", g, k) for k in parts)
        loss = loss if known(loss) else 0.0
        drawn = cx.get("collateral", g, "additional_balances")
        drawn_keys = [("collateral", g, "additional_balances")] if known(drawn) else []
        keys = [("collateral", g, k) for k in ("beginning_balance", *parts, "realized_losses", "ending_balance")] + drawn_keys
        principal = "total principal" if parts == ["total_principal"] else " - ".join(k.replace("_", " ") for k in parts)
        cx.add("pool_roll_forward", g, beg - tp - loss + (drawn if drawn_keys else 0.0), end, cx.tol(keys),
               f"ending = beginning - {principal} - realized losses" + (" + additional balances" if drawn_keys else ""),
               cx.lines_at(keys))


def _principal_parts(cx: Context, g: str) -> list[str]:
    """The printed parts of group ``g``'s principal, the scheduled and the prepaid at least;
    empty when these are not all printed."""
    prepaid = _prepaid(cx, g)
    if not prepaid or not known(cx.get("collateral", g, "scheduled_principal")):
        return []
    return ["scheduled_principal", *prepaid, *_liquidated_and_repurchased(cx, g)]


def _prepaid(cx: Context, g: str) -> list[str]:
    """Group ``g``'s prepaid principal as printed: whole, or as prepayments and curtailments;
    empty when not printed."""
    prepaid = ["prepayments_and_curtailments"]
    if ("collateral", g, "prepayments_and_curtailments") not in cx.p.provenance:
        prepaid = list(PREPAID_PARTS)  # the whole is their sum, not printed
    return prepaid if all(known(cx.get("collateral", g, k)) for k in prepaid) else []


def _liquidated_and_repurchased(cx: Context, g: str) -> list[str]:
    return [k for k in PRINCIPAL_PARTS[2:] if known(cx.get("collateral", g, k))]


def prepaid(cx: Context) -> None:
    """``pool_prepaid``: the prepaid principal printed whole is its prepayments and
    curtailments, where these are printed too."""
    for g in cx.p.group_order:
        keys = [("collateral", g, k) for k in ("prepayments_and_curtailments", *PREPAID_PARTS)]
        if not all(k in cx.p.provenance for k in keys):
            continue
        whole, *parts = (cx.get_at(k) for k in keys)
        if known(whole, *parts):
            cx.add("pool_prepaid", g, sum(parts), whole, cx.tol(keys),
                   "prepayments and curtailments = prepayments + curtailments", cx.lines_at(keys))


def unscheduled(cx: Context) -> None:
    """``pool_unscheduled``: the unscheduled principal printed whole = the prepaid principal
    (whole, or its prepayments and curtailments) + the liquidation proceeds and the loan
    purchases, where the prepaid and one of these at least are printed (with neither
    printed, what else it holds is not said)."""
    for g in cx.p.group_order:
        whole = cx.get("collateral", g, UNSCHEDULED)
        prepaid, others = _prepaid(cx, g), _liquidated_and_repurchased(cx, g)
        if not known(whole) or not prepaid or not others:
            continue
        keys = [("collateral", g, k) for k in (*prepaid, *others, UNSCHEDULED)]
        cx.add("pool_unscheduled", g, sum(cx.get("collateral", g, k) for k in (*prepaid, *others)), whole,
               cx.tol(keys), f"unscheduled principal = {' + '.join([*prepaid, *others])}", cx.lines_at(keys))


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
            if col in POOL_AVERAGES:
                low, high = min(vals), max(vals)
                cx.add("group_average", f"collateral {col}", min(max(total, low), high), total, cx.tol(keys),
                       f"a weighted average: the lowest of {', '.join(body)} <= Total <= the highest", cx.lines_at(keys))
                continue
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
        if cx.p.provenance.get(keys[0]) is not None and cx.p.provenance.get(keys[0]) == cx.p.provenance.get(keys[1]):
            continue  # one printed figure, standing in both tables, compared with itself proves nothing
        cx.add("deal_vs_pool", deal_field, pool, v, cx.tol(keys), f"deal {deal_field} = pool Total {col}", cx.lines_at(keys))


#: the amounts a pool pays or takes out, but the fee (checked on its own)
_DEDUCTED = tuple(sorted(NEVER_NEGATIVE - {"servicing_fee"}))


def fees_not_negative(cx: Context) -> None:
    """A fee is paid out of interest, never into it: a negative servicing fee fails, naming
    the amount (a sign lost or added in print). A fee that is not negative is not thereby
    checked: no pass is written for it. Any other amount the pool takes out or pays
    (:data:`~abs_nb.parse.identities.NEVER_NEGATIVE`: principal collected, losses, interest
    shortfalls) stored negative, as printed, is a ``deduction_sign`` warn naming it: the
    deduction's sign no sum proved, or a figure truly negative (recoveries above the
    losses)."""
    keys = [("collateral", g, "servicing_fee") for g in cx.p.group_order] + [("deal", "deal", "servicing_fee")]
    for k in keys:
        v = cx.get_at(k)
        if known(v) and v < 0:
            where = "deal" if k[0] == "deal" else k[1]
            cx.rows.append(CheckRow("fee_sign", f"{where} servicing_fee", 0.0, v, "fail",
                                    f"a servicing fee of {v:,.2f} is negative: a fee is paid out of interest, "
                                    "so it is never below 0", cx.lines(k)))
    for g in cx.p.group_order:
        for f in _DEDUCTED:
            v = cx.get("collateral", g, f)
            if known(v) and v < 0:
                cx.rows.append(CheckRow(
                    "deduction_sign", f"{g} {f}", 0.0, v, "warn",
                    f"{f} of {g} is stored as printed, {v:,.2f}: an amount taken out of the pool or paid is "
                    "not negative, so the sign is the deduction's (no sum proved it) or the figure is truly "
                    "negative (recoveries above the losses)", cx.lines(("collateral", g, f))))


# the interest a pool remits, as its interest-distribution block adds it up: the scheduled
# interest net of the servicing fee, plus a withdrawal from a capitalized interest account,
# less the shortfalls and the advances the servicer does not recover: (field, sign)
REMITTANCE_TERMS = (("scheduled_interest_net", 1.0), ("capitalized_interest_withdrawal", 1.0),
                    ("relief_act_interest_shortfall", -1.0), ("prepayment_interest_shortfall", -1.0),
                    ("nonrecoverable_advances", -1.0))


def interest_remittance(cx: Context) -> None:
    """``pool_interest``: the interest remitted (the figure that closes a pool's
    interest-distribution block) is the scheduled interest net of the servicing fee, plus a
    capitalized interest withdrawal, less the Relief Act and net prepayment interest
    shortfalls and the nonrecoverable advances, each where printed; per group and Total.
    It covers only the figures it proves (:meth:`~abs_nb.checks._core.Context.lines_proven`).

    >>> from abs_nb.parse.assemble import Parsed
    >>> p = Parsed(group_order=["Total"], collateral={"Total": {"scheduled_interest_net": 5822580.49,
    ...     "relief_act_interest_shortfall": 0.0, "interest_remittance": 5822580.49}})
    >>> cx = Context(p); interest_remittance(cx); [(r.check, r.subject, r.status) for r in cx.rows]
    [('pool_interest', 'Total', 'pass')]
    >>> p.collateral["Total"]["interest_remittance"] = 5622580.49
    >>> cx = Context(p); interest_remittance(cx); cx.rows[0].status
    'fail'
    """
    for g in cx.p.group_order:
        remitted = cx.get("collateral", g, "interest_remittance")
        if not known(remitted, cx.get("collateral", g, "scheduled_interest_net")):
            continue
        terms = [(k, sign) for k, sign in REMITTANCE_TERMS if known(cx.get("collateral", g, k))]
        keys = [("collateral", g, k) for k, _ in terms] + [("collateral", g, "interest_remittance")]
        expected = sum(sign * cx.get("collateral", g, k) for k, sign in terms)
        formula = terms[0][0] + "".join(f" {'+' if sign > 0 else '-'} {k}" for k, sign in terms[1:])
        tol = cx.tol(keys)
        cx.add("pool_interest", g, expected, remitted, tol, f"interest remitted = {formula}", cx.lines_proven(tol, *keys))


def principal_distributed(cx: Context) -> None:
    """``pool_principal_distributed``: the principal distributed is the principal remitted
    plus the pre-funding amount distributed as principal, where both are printed (covering
    only what it proves, :meth:`~abs_nb.checks._core.Context.lines_proven`).

    >>> from abs_nb.parse.assemble import Parsed
    >>> p = Parsed(group_order=["Total"], collateral={"Total": {"total_principal": 23328770.64,
    ...     "prefunding_distributed": 0.0, "total_principal_distributed": 23328780.64}})
    >>> cx = Context(p); principal_distributed(cx); [(r.subject, r.status) for r in cx.rows]
    [('Total', 'fail')]
    """
    for g in cx.p.group_order:
        keys = [("collateral", g, k) for k in ("total_principal", "prefunding_distributed", "total_principal_distributed")]
        remitted, prefunding, distributed = (cx.get_at(k) for k in keys)
        if not known(remitted, prefunding, distributed):
            continue
        tol = cx.tol(keys)
        cx.add("pool_principal_distributed", g, remitted + prefunding, distributed, tol,
               "principal distributed = total principal remitted + pre-funding amount distributed",
               cx.lines_proven(tol, *keys))
