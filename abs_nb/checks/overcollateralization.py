"""Overcollateralization and credit enhancement (see docs: domain identities).

- O/C amount = pool ending balance - certificate ending balances (non-notional classes,
  ``P`` included, ``X`` and ``R`` excluded) and equals ``X``'s ending balance.
- O/C deficiency = O/C target - (``X`` beginning - realized losses);
  O/C increase = min(deficiency, net monthly excess cash flow).
- Certificate principal = pool principal + realized losses + O/C increase - O/C release.
- Credit enhancement = (subordinate classes + O/C) / pool balance; some trustees use the
  beginning O/C: the check says which reading matches, beside the printed figure.
"""

from __future__ import annotations

import math

from abs_nb.checks._core import Context, known, num


def _certificates(cx: Context) -> list[str]:
    c = cx.classes
    return [lab for lab in c.index if not c.at[lab, "notional"] and lab.upper() not in ("X", "R") and not lab.upper().startswith("R-")]


def _x(cx: Context) -> str | None:
    return next((lab for lab in cx.classes.index if lab.upper() == "X"), None)


def oc_amount(cx: Context) -> None:
    c, coll = cx.classes, cx.collateral
    if "Total" not in coll.index:
        return
    pool_end = num(coll.at["Total", "ending_balance"])
    certs = _certificates(cx)
    ends = [num(c.at[lab, "ending_balance"]) for lab in certs]
    if not certs or not known(pool_end, *ends):
        return
    computed = pool_end - sum(ends)
    keys = [("collateral", "Total", "ending_balance")] + [("classes", lab, "ending_balance") for lab in certs]
    tol = sum(cx.half_unit(*k) for k in keys)
    x = _x(cx)
    if x is not None and known(num(c.at[x, "ending_balance"])):
        k = ("classes", x, "ending_balance")
        cx.add("oc_amount", f"{x} ending balance", computed, num(c.at[x, "ending_balance"]),
               tol + cx.half_unit(*k), "pool ending - certificate ending (" + ", ".join(certs) + ")",
               cx.lines(*keys, k))
    printed = num(cx.deal.get("oc_amount", math.nan))
    if known(printed):
        k = ("deal", "deal", "oc_amount")
        cx.add("oc_amount", "deal oc_amount", computed, printed, tol + cx.half_unit(*k),
               "pool ending - certificate ending (" + ", ".join(certs) + ")", cx.lines(*keys, k))


def oc_deficiency_and_increase(cx: Context) -> None:
    d, c = cx.deal, cx.classes
    x = _x(cx)
    target = num(d.get("oc_target", math.nan))
    losses = num(d.get("realized_losses", math.nan))
    deficiency = num(d.get("oc_deficiency", math.nan))
    if x is not None and known(target, deficiency, num(c.at[x, "beginning_balance"])):
        xb = num(c.at[x, "beginning_balance"])
        loss = losses if known(losses) else 0.0
        expected = max(0.0, target - (xb - loss))
        keys = [("deal", "deal", "oc_target"), ("classes", x, "beginning_balance"), ("deal", "deal", "realized_losses"), ("deal", "deal", "oc_deficiency")]
        cx.add("oc_deficiency", "deal oc_deficiency", expected, deficiency, sum(cx.half_unit(*k) for k in keys),
               f"target - ({x} beginning - realized losses)", cx.lines(*keys))
    increase = num(d.get("oc_increase", math.nan))
    nmecf = num(d.get("net_monthly_excess_cash_flow", math.nan))
    if known(increase, deficiency, nmecf):
        keys = [("deal", "deal", k) for k in ("oc_deficiency", "net_monthly_excess_cash_flow", "oc_increase")]
        cx.add("oc_increase", "deal oc_increase", min(deficiency, nmecf), increase, sum(cx.half_unit(*k) for k in keys),
               "min(O/C deficiency, net monthly excess cash flow)", cx.lines(*keys))


def certificate_principal(cx: Context) -> None:
    c, coll, d = cx.classes, cx.collateral, cx.deal
    if "Total" not in coll.index:
        return
    certs = _certificates(cx)
    prins = [num(c.at[lab, "principal"]) for lab in certs]
    pool = num(coll.at["Total", "total_principal"])
    losses = num(coll.at["Total", "realized_losses"])
    inc = num(d.get("oc_increase", math.nan))
    rel = num(d.get("oc_release", math.nan))
    if not certs or not known(pool, inc, *prins):
        return
    expected = pool + (losses if known(losses) else 0.0) + inc - (rel if known(rel) else 0.0)
    keys = [("collateral", "Total", "total_principal"), ("collateral", "Total", "realized_losses"),
            ("deal", "deal", "oc_increase"), ("deal", "deal", "oc_release")] + [("classes", lab, "principal") for lab in certs]
    cx.add("certificate_principal", "classes principal", expected, sum(prins), sum(cx.half_unit(*k) for k in keys),
           "pool principal + realized losses + O/C increase - O/C release", cx.lines(*keys))


def credit_enhancement(cx: Context) -> None:
    c, coll, d = cx.classes, cx.collateral, cx.deal
    printed = num(d.get("credit_enhancement", math.nan))
    if "Total" not in coll.index or not known(printed):
        return
    pool = num(coll.at["Total", "ending_balance"])
    subs = [lab for lab in _certificates(cx) if lab.upper()[:1] in ("M", "B")]
    x = _x(cx)
    oc_end = num(d.get("oc_amount", math.nan))
    if not known(oc_end) and x is not None:
        oc_end = num(c.at[x, "ending_balance"])
    oc_beg = num(c.at[x, "beginning_balance"]) if x is not None else math.nan
    sub_end = sum(num(c.at[lab, "ending_balance"]) for lab in subs)
    if not subs or not known(pool, sub_end):
        return
    tol_pct = 0.5 * 10 ** -(cx.decimals.get(("deal", "deal", "credit_enhancement"), 2) + 2)
    # rounding of the inputs themselves (whole dollars on a ~1e8 pool) moves the ratio by ~1e-8
    tol = tol_pct + 1e-7
    readings = []
    if known(oc_end):
        readings.append(("ending O/C", (sub_end + oc_end) / pool))
    if known(oc_beg):
        readings.append(("beginning O/C", (sub_end + oc_beg) / pool))
    if not readings:
        return
    best = min(readings, key=lambda r: abs(r[1] - printed))
    keys = [("deal", "deal", "credit_enhancement")]
    desc = "; ".join(f"with {name}: {v:.6%}" for name, v in readings)
    status_note = "" if best[0] == "ending O/C" else " (this trustee uses the beginning O/C)"
    cx.add("credit_enhancement", "deal credit_enhancement", best[1], printed, tol,
           f"(subordinate classes {', '.join(subs)} + O/C) / pool ending balance; {desc}; "
           f"printed {printed:.6%} matches {best[0]} best{status_note}", cx.lines(*keys))
