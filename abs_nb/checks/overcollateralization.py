"""Overcollateralization and credit enhancement (see docs: domain identities).

- O/C amount = pool ending balance - certificate ending balances (non-notional classes,
  ``P`` included, ``X`` and ``R`` excluded) and equals ``X``'s ending balance; ``X``'s
  ending balance equals the O/C amount printed.
- O/C deficiency = O/C target - (``X`` beginning - realized losses);
  O/C increase = min(deficiency, net monthly excess cash flow).
- Certificate principal = pool principal + realized losses + O/C increase - O/C release.
- Credit enhancement = (subordinate classes + O/C) / pool balance; some trustees use the
  beginning O/C: the check says which reading matches, beside the printed figure.
"""

from __future__ import annotations

from abs_nb.checks._core import Context, known, oc_label, status
from abs_nb.parse.identities import certificates


def _certificates(cx: Context) -> list[str]:
    if cx.certs is None:
        cx.certs = certificates(cx.p.class_order, cx.p.classes, cx.get("collateral", "Total", "ending_balance"))
    return cx.certs


def oc_amount(cx: Context) -> None:
    if "Total" not in cx.p.collateral:
        return
    pool_end = cx.get("collateral", "Total", "ending_balance")
    certs = _certificates(cx)
    ends = [cx.get("classes", lab, "ending_balance") for lab in certs]
    if not certs or not known(pool_end, *ends):
        return
    computed = pool_end - sum(ends)
    keys = [("collateral", "Total", "ending_balance")] + [("classes", lab, "ending_balance") for lab in certs]
    detail = "pool ending - certificate ending (" + ", ".join(certs) + ")"
    x = oc_label(cx)
    if x is not None and known(cx.get("classes", x, "ending_balance")):
        k = ("classes", x, "ending_balance")
        cx.add("oc_amount", f"{x} ending balance", computed, cx.get_at(k), cx.tol(keys + [k]), detail, cx.lines_at(keys + [k]))
    k = ("deal", "deal", "oc_amount")
    if known(cx.get_at(k)):
        cx.add("oc_amount", "deal oc_amount", computed, cx.get_at(k), cx.tol(keys + [k]), detail, cx.lines_at(keys + [k]))


def x_is_oc_amount(cx: Context) -> None:
    """``X``'s ending balance is the O/C amount: where both are printed they agree, whether or
    not the pool is printed (the O/C class holds the overcollateralization)."""
    x = oc_label(cx)
    xk, ok = ("classes", x or "", "ending_balance"), ("deal", "deal", "oc_amount")
    if x is None or not known(cx.get_at(xk), cx.get_at(ok)):
        return
    cx.add("x_is_oc_amount", f"{x} ending balance", cx.get_at(ok), cx.get_at(xk), cx.tol([xk, ok]),
           f"{x} ending balance = the O/C amount printed", cx.lines(xk, ok))


def oc_deficiency_and_increase(cx: Context) -> None:
    x = oc_label(cx)
    target = cx.get("deal", "deal", "oc_target")
    losses = cx.get("deal", "deal", "realized_losses")
    deficiency = cx.get("deal", "deal", "oc_deficiency")
    if x is not None and known(target, deficiency, cx.get("classes", x, "beginning_balance")):
        xb = cx.get("classes", x, "beginning_balance")
        expected = max(0.0, target - (xb - (losses if known(losses) else 0.0)))
        keys = [("deal", "deal", "oc_target"), ("classes", x, "beginning_balance"),
                ("deal", "deal", "realized_losses"), ("deal", "deal", "oc_deficiency")]
        cx.add("oc_deficiency", "deal oc_deficiency", expected, deficiency, cx.tol(keys),
               f"target - ({x} beginning - realized losses)", cx.lines_at(keys))
    increase = cx.get("deal", "deal", "oc_increase")
    nmecf = cx.get("deal", "deal", "net_monthly_excess_cash_flow")
    if known(increase, deficiency, nmecf):
        keys = [("deal", "deal", k) for k in ("oc_deficiency", "net_monthly_excess_cash_flow", "oc_increase")]
        cx.add("oc_increase", "deal oc_increase", min(deficiency, nmecf), increase, cx.tol(keys),
               "min(O/C deficiency, net monthly excess cash flow)", cx.lines_at(keys))


def oc_roll_forward(cx: Context) -> None:
    """O/C at the end = O/C at the start + O/C increase - O/C release (where all are printed).
    A report prints the increase net of the month's realized losses (the extra principal
    that covered them is not O/C gained) or gross, the O/C then absorbing the losses: where
    the net form fails and the gross one holds, the gross one is the check."""
    beg, inc, rel, end = (cx.get("deal", "deal", k) for k in ("oc_beginning", "oc_increase", "oc_release", "oc_amount"))
    if not known(beg, inc, end):
        return
    keys = [("deal", "deal", k) for k in ("oc_beginning", "oc_increase", "oc_release", "oc_amount")]
    expected = beg + inc - (rel if known(rel) else 0.0)
    what = "O/C beginning + O/C increase - O/C release"
    losses = cx.get("collateral", "Total", "realized_losses")
    tol = cx.tol(keys)
    if known(losses) and losses and status(expected, end, tol) != "pass" \
            and status(expected - losses, end, tol + cx.tol([("collateral", "Total", "realized_losses")])) == "pass":
        expected, what = expected - losses, what + " - realized losses (the increase printed gross of the losses)"
        keys.append(("collateral", "Total", "realized_losses"))
        tol = cx.tol(keys)
    cx.add("oc_roll_forward", "deal oc_amount", expected, end, tol, what, cx.lines_at(keys))


def certificate_principal(cx: Context) -> None:
    if "Total" not in cx.p.collateral:
        return
    certs = _certificates(cx)
    prins = [cx.get("classes", lab, "principal") for lab in certs]
    paid = cx.get("deal", "deal", "principal_paid")
    if not certs and known(paid):
        # a statement without a class table prints the principal paid to the securities
        certs, prins = ["(principal paid)"], [paid]
    pool = cx.get("collateral", "Total", "total_principal")
    losses = cx.get("collateral", "Total", "realized_losses")
    inc, rel = cx.get("deal", "deal", "oc_increase"), cx.get("deal", "deal", "oc_release")
    if not certs or not known(pool, inc, *prins):
        return
    release = rel if known(rel) else 0.0
    expected = pool + (losses if known(losses) else 0.0) + inc - release
    what = "pool principal + realized losses + O/C increase - O/C release"
    keys = [("collateral", "Total", "total_principal"), ("collateral", "Total", "realized_losses"),
            ("deal", "deal", "oc_increase"), ("deal", "deal", "oc_release"), ("deal", "deal", "principal_paid")]
    keys += [("classes", lab, "principal") for lab in certs]
    if certs == ["(principal paid)"] and status(expected, paid, cx.tol(keys)) != "pass" \
            and status(pool - release, paid, cx.tol(keys)) == "pass":
        # the principal paid a statement prints may be the principal collections alone, the
        # extra principal (paid out of interest) listed among the interest distributions
        expected, what = pool - release, "pool principal - O/C release (the O/C increase paid apart, out of interest)"
    elif known(losses) and losses and status(expected, sum(prins), cx.tol(keys)) != "pass" \
            and status(expected - losses, sum(prins), cx.tol(keys)) == "pass":
        # where the O/C absorbs the losses (the increase printed gross of them, as the O/C
        # roll-forward may show), the certificates are not paid the losses
        expected, what = expected - losses, "pool principal + O/C increase - O/C release (the losses absorbed by the O/C)"
    cx.add("certificate_principal", "classes principal", expected, sum(prins), cx.tol(keys), what, cx.lines_at(keys))


def credit_enhancement(cx: Context) -> None:
    printed = cx.get("deal", "deal", "credit_enhancement")
    if "Total" not in cx.p.collateral or not known(printed):
        return
    pool = cx.get("collateral", "Total", "ending_balance")
    subs = [lab for lab in _certificates(cx) if lab.upper()[:1] in ("M", "B")]
    x = oc_label(cx)
    oc_end_key = ("deal", "deal", "oc_amount")
    oc_end = cx.get_at(oc_end_key)
    if not known(oc_end) and x is not None:
        oc_end_key = ("classes", x, "ending_balance")
        oc_end = cx.get_at(oc_end_key)
    oc_beg_key = ("classes", x or "", "beginning_balance")
    oc_beg = cx.get_at(oc_beg_key) if x is not None else float("nan")
    sub_keys = [("classes", lab, "ending_balance") for lab in subs]
    sub_end = sum(cx.get_at(k) for k in sub_keys)
    pool_key = ("collateral", "Total", "ending_balance")
    if not subs or not known(pool, sub_end) or pool == 0:
        return  # a paid-off pool (ending balance 0) has no credit enhancement ratio
    printed_key = ("deal", "deal", "credit_enhancement")
    # half a unit of the printed percentage (19.182627% has 6 decimals: 8 as a fraction)
    printed_half = 0.5 * 10 ** -(cx.p.decimals.get(printed_key, 2) + 2)
    readings = []
    for name, oc, oc_key in (("ending O/C", oc_end, oc_end_key), ("beginning O/C", oc_beg, oc_beg_key)):
        if known(oc):
            ratio = (sub_end + oc) / pool
            # the rounding the printed figures carry: half a unit of the printed percentage,
            # and of every amount in the ratio (numerator, and the pool in proportion)
            rounding = printed_half + (cx.tol(sub_keys + [oc_key]) + ratio * cx.tol([pool_key])) / pool
            readings.append((name, ratio, rounding))
    if not readings:
        return
    best = min(readings, key=lambda r: abs(r[1] - printed))
    desc = "; ".join(f"with {name}: {v:.6%}" for name, v, _ in readings)
    tied = len(readings) == 2 and abs(readings[0][1] - readings[1][1]) <= printed_half
    which = "either O/C (the two agree at the printed precision)" if tied else best[0]
    note = "" if tied or best[0] == "ending O/C" else " (this trustee uses the beginning O/C)"
    cx.add("credit_enhancement", "deal credit_enhancement", best[1], printed, best[2],
           f"(subordinate classes {', '.join(subs)} + O/C) / pool ending balance; {desc}; "
           f"printed {printed:.6%} matches {which} best{note}; the gap is "
           f"{(printed - best[1]) * pool:,.2f} of pool balance", cx.lines(printed_key),
           warn_band=1e-4)  # within a hundredth of a percentage point: warn
