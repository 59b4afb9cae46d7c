"""Checks on the class table: roll-forward, total distribution, per-$1,000, printed totals.

Which classes a printed Total covers is found from the numbers, per column: the classes
that certainly count (neither notional, nor ``P``/``X``/``R``) are always in; each subset
of the others is tried, fewest exclusions first, and the first that sums to the printed
total within rounding is recorded in ``totals_membership``.
"""

from __future__ import annotations

import itertools
import math

import pandas as pd

from abs_nb.checks._core import Context, known, num
from abs_nb.parse.classes import PER_1000_OF

_OPTIONAL_NAMES = {"P", "X", "R", "C", "CE", "OC", "RX", "R-X"}


def _optional(label: str, notional: bool) -> bool:
    return notional or label.upper() in _OPTIONAL_NAMES or label.upper().startswith("R-")


def roll_forward(cx: Context) -> None:
    c = cx.classes
    oc_increase = num(cx.deal.get("oc_increase", math.nan))
    oc_release = num(cx.deal.get("oc_release", math.nan))
    for label, r in c.iterrows():
        beg, prin, end = r["beginning_balance"], r["principal"], r["ending_balance"]
        if not known(beg, end) or r["notional"]:
            continue
        loss = r["realized_loss"] if known(r["realized_loss"]) else 0.0
        keys = [("classes", label, k) for k in ("beginning_balance", "principal", "realized_loss", "ending_balance")]
        tol = sum(cx.half_unit(*k) for k in keys)
        if label.upper() == "X" and known(oc_increase):
            expected = beg + oc_increase - (oc_release if known(oc_release) else 0.0)
            cx.add("class_roll_forward", label, expected, end, tol + 1.0,
                   "X ending = beginning + O/C increase - O/C release", cx.lines(*keys))
            continue
        if not known(prin):
            continue
        cx.add("class_roll_forward", label, beg - prin - loss, end, tol,
               "ending = beginning - principal - realized loss", cx.lines(*keys))


def total_distribution(cx: Context) -> None:
    for label, r in cx.classes.iterrows():
        if not known(r["total_distribution"], r["principal"], r["interest"]):
            continue
        keys = [("classes", label, k) for k in ("principal", "interest", "total_distribution")]
        tol = sum(cx.half_unit(*k) for k in keys)
        cx.add("class_total_distribution", label, r["principal"] + r["interest"], r["total_distribution"], tol,
               "total distribution = principal + interest", cx.lines(*keys))


def per_1000(cx: Context) -> None:
    c = cx.classes
    for col, amount_col in PER_1000_OF.items():
        agree, disagree, n = [], [], 0
        for label, r in c.iterrows():
            orig, amount, printed = r["original_balance"], r[amount_col], r[col]
            if not known(orig, amount, printed) or orig == 0:
                continue
            n += 1
            expected = amount / orig * 1000
            tol = cx.half_unit("classes", label, col) + cx.half_unit("classes", label, amount_col) * 1000 / abs(orig)
            (agree if abs(expected - printed) <= tol + 1e-9 * abs(expected) else disagree).append(
                f"{label}: printed {printed:g}, computed {expected:.5f}")
        if n:
            status_rows = len(agree)
            cx.rows.append(_row("per_1000", col, n, status_rows,
                                "pass" if not disagree else "fail",
                                f"{len(agree)} of {n} verifiable figures = {amount_col} / original x 1000"
                                + ("; disagree: " + "; ".join(disagree) if disagree else ""), []))


def _row(check, subject, expected, actual, status, detail, lines):
    from abs_nb.parse.classes import CheckRow

    return CheckRow(check, subject, expected, actual, status, detail, lines)


def totals_membership(cx: Context) -> pd.DataFrame:
    """Find, per column, which classes the printed Total covers; add a check per column."""
    c = cx.classes
    members = pd.DataFrame(index=c.index)
    for col in c.columns:
        # a Total of rates or of per-$1,000 figures is not a sum: not checked
        if col in ("cusip", "factor", "notional", "in_totals") or col.endswith("_rate") or col.endswith("_per_1000"):
            continue
        total = num(cx.totals.get(col, math.nan))
        if not known(total):
            continue
        values = c[col]
        present = [lab for lab in c.index if known(values[lab])]
        core = [lab for lab in present if not _optional(lab, bool(c.at[lab, "notional"]))]
        optional = [lab for lab in present if lab not in core and values[lab] != 0]
        zero_optional = [lab for lab in present if lab not in core and values[lab] == 0]
        tol_each = {lab: cx.half_unit("classes", lab, col) for lab in present}
        tol_total = cx.half_unit("totals", "Total", col)
        found = None
        best = None
        for k in range(len(optional) + 1):
            for excluded in itertools.combinations(optional, k):
                chosen = core + [lab for lab in optional if lab not in excluded]
                s = sum(values[lab] for lab in chosen)
                tol = sum(tol_each[lab] for lab in chosen) + tol_total
                diff = abs(s - total)
                if best is None or diff < best[0]:
                    best = (diff, chosen, s, tol)
                if diff <= tol + 1e-9 * abs(total):
                    found = (chosen, s, tol)
                    break
            if found:
                break
        col_members = pd.Series(False, index=c.index)
        lines = cx.lines(("totals", "Total", col))
        if found:
            chosen, s, tol = found
            col_members[chosen] = True
            col_members[zero_optional] = True  # zero either way; counted as in
            excluded = [lab for lab in present if lab not in chosen and lab not in zero_optional]
            cx.add("total_row", col, s, total, tol,
                   f"printed Total = sum of {', '.join(chosen)}"
                   + (f"; excludes {', '.join(excluded)}" if excluded else "; includes every class"),
                   lines)
        else:
            diff, chosen, s, tol = best
            col_members[chosen] = True
            cx.add("total_row", col, s, total, tol,
                   f"no set of classes sums to the printed Total; closest: {', '.join(chosen)}", lines)
        members[col] = col_members
    return members
