"""Checks on the class table: roll-forward, total distribution, per-$1,000, printed totals.

Which classes a printed Total covers is found from the numbers, per column: the classes
that certainly count (neither notional, nor ``P``/``X``/``R``) are always in; each subset
of the others is tried, fewest exclusions first, and the first that sums to the printed
total within rounding is recorded (``Filing.totals_membership``).
"""

from __future__ import annotations

import itertools

from abs_nb.checks._core import Context, known
from abs_nb.parse.identities import NOT_ROLLED, PER_1000_OF
from abs_nb.parse.pieces import CheckRow

MAX_OPTIONAL = 10  # 2**10 subsets at most per Total column


def _optional(label: str, notional: bool) -> bool:
    up = label.upper()
    return notional or up in NOT_ROLLED or up.startswith("R-")


def roll_forward(cx: Context) -> None:
    p = cx.p
    oc_increase, oc_release = cx.get("deal", "deal", "oc_increase"), cx.get("deal", "deal", "oc_release")
    for label in p.class_order:
        beg, prin, end = (cx.get("classes", label, k) for k in ("beginning_balance", "principal", "ending_balance"))
        if not known(beg, end) or p.classes[label].get("notional"):
            continue
        loss = cx.get("classes", label, "realized_loss")
        loss = loss if known(loss) else 0.0
        keys = [("classes", label, k) for k in ("beginning_balance", "principal", "realized_loss", "ending_balance")]
        if label.upper() == "X":
            # the O/C class grows by the O/C increase, not by its (zero) principal
            if known(oc_increase):
                expected = beg + oc_increase - (oc_release if known(oc_release) else 0.0)
                cx.add("class_roll_forward", label, expected, end, cx.tol(keys) + 1.0,
                       "X ending = beginning + O/C increase - O/C release", cx.lines_at(keys))
            continue
        if not known(prin):
            continue
        expected, tol = beg - prin - loss, cx.tol(keys)
        detail = "ending = beginning - principal - realized loss"
        if loss == 0 and expected - end > tol:
            # a balance written down with no loss printed: name the amount
            detail += (f"; the ending balance is {expected - end:,.2f} below the roll-forward and no realized "
                       f"loss is printed: a write-down of {expected - end:,.2f} not shown as a loss")
        cx.add("class_roll_forward", label, expected, end, tol, detail, cx.lines_at(keys))


def total_distribution(cx: Context) -> None:
    for label in cx.p.class_order:
        prin, intr, tot = (cx.get("classes", label, k) for k in ("principal", "interest", "total_distribution"))
        if not known(prin, intr, tot):
            continue
        keys = [("classes", label, k) for k in ("principal", "interest", "total_distribution")]
        cx.add("class_total_distribution", label, prin + intr, tot, cx.tol(keys),
               "total distribution = principal + interest", cx.lines_at(keys))


def per_1000(cx: Context) -> None:
    for col, amount_col in PER_1000_OF.items():
        agree: list[str] = []
        disagree: list[str] = []
        n = 0
        for label in cx.p.class_order:
            orig = cx.get("classes", label, "original_balance")
            amount, printed = cx.get("classes", label, amount_col), cx.get("classes", label, col)
            if not known(orig, amount, printed) or orig == 0:
                continue
            n += 1
            # the original balance is compared only where the amount is not 0 (0 / any = 0)
            cx.cover(("classes", label, amount_col), ("classes", label, col))
            if amount != 0:
                cx.cover(("classes", label, "original_balance"))
            expected = amount / orig * 1000
            tol = cx.half_unit("classes", label, col) + cx.half_unit("classes", label, amount_col) * 1000 / abs(orig)
            (agree if abs(expected - printed) <= tol + 1e-9 * abs(expected) else disagree).append(
                f"{label}: printed {printed:g}, computed {expected:.5f}")
        if n:
            cx.rows.append(CheckRow("per_1000", col, float(n), float(len(agree)), "pass" if not disagree else "fail",
                                    f"{len(agree)} of {n} verifiable figures = {amount_col} / original x 1000"
                                    + ("; disagree: " + "; ".join(disagree) if disagree else ""), []))


def totals_membership(cx: Context) -> dict[str, dict[str, bool]]:
    """Per column, which classes the printed Total covers; adds a check per column."""
    p = cx.p
    members: dict[str, dict[str, bool]] = {}
    for col in list(p.totals):
        # a Total of rates or of per-$1,000 figures is not a sum: not checked
        if col in ("cusip",) or col.endswith("_rate") or col.endswith("_per_1000"):
            continue
        total = cx.get("totals", "Total", col)
        if not known(total):
            continue
        # the printed Total belongs to the first class table
        values = {lab: cx.get("classes", lab, col) for lab in p.class_order
                  if p.classes[lab].get("class_table", 1) == 1}
        present = [lab for lab, v in values.items() if known(v)]
        core = [lab for lab in present if not _optional(lab, bool(p.classes[lab].get("notional")))]
        # membership by sets: a table of thousands of classes is checked in linear time
        core_set = set(core)
        optional = [lab for lab in present if lab not in core_set and values[lab] != 0]
        zeros = [lab for lab in present if lab not in core_set and values[lab] == 0]
        zero_set = set(zeros)
        tol_total = cx.half_unit("totals", "Total", col)
        if len(optional) > MAX_OPTIONAL:
            cx.rows.append(CheckRow("total_row", col, total, total, "warn",
                                    f"not checked: {len(optional)} classes might or might not count in this "
                                    "Total, too many to try every combination", cx.lines(("totals", "Total", col))))
            continue
        # each subset's sum and tolerance add the same terms in the same order as summing the
        # chosen classes one by one would (the same floats): the core classes' part once
        core_sum, core_tol = 0.0, 0.0
        for lab in core:
            core_sum += values[lab]
            core_tol += cx.half_unit("classes", lab, col)
        opt_values = [values[lab] for lab in optional]
        opt_halves = [cx.half_unit("classes", lab, col) for lab in optional]
        n_opt = len(optional)
        found: tuple[list[str], float, float] | None = None
        best: tuple[float, list[str], float, float] | None = None
        for k in range(n_opt + 1):
            for dropped in itertools.combinations(range(n_opt), k):
                keep = [True] * n_opt
                for i in dropped:
                    keep[i] = False
                s, tol = core_sum, core_tol
                for i in range(n_opt):
                    if keep[i]:
                        s += opt_values[i]
                        tol += opt_halves[i]
                tol += tol_total
                diff = abs(s - total)
                hit = diff <= tol + 1e-12 * abs(total)
                if hit or best is None or diff < best[0]:
                    chosen = core + [optional[i] for i in range(n_opt) if keep[i]]
                    if best is None or diff < best[0]:
                        best = (diff, chosen, s, tol)
                    if hit:
                        found = (chosen, s, tol)
                        break
            if found:
                break
        lines = cx.lines(("totals", "Total", col))
        if found:
            chosen, s, tol = found
            chosen_set = set(chosen)
            # a class left out (or a 0 that might be) would be left out again if it changed
            cx.cover(*[("classes", lab, col) for lab in chosen if lab in core_set or values[lab] != 0])
            excluded = [lab for lab in present if lab not in chosen_set and lab not in zero_set]
            members[col] = {lab: lab in chosen_set or lab in zero_set for lab in p.class_order}
            cx.add("total_row", col, s, total, tol,
                   f"printed Total = sum of {', '.join(chosen)}"
                   + (f"; excludes {', '.join(excluded)}" if excluded else "; every class with a non-zero value is in it"),
                   lines)
        elif best is not None:
            _, chosen, s, tol = best
            cx.cover(*[("classes", lab, col) for lab in present])
            chosen_set = set(chosen)
            members[col] = {lab: lab in chosen_set for lab in p.class_order}
            cx.add("total_row", col, s, total, tol,
                   f"no set of classes sums to the printed Total; closest: {', '.join(chosen)}", lines)
    return members


def prepayment_premiums(cx: Context) -> None:
    """``prepayment_premiums``: the ``P`` class (prepayment penalties, a nominal face and no
    coupon) is paid the prepayment premiums collected, so its interest equals the deal's
    prepayment premiums where both are printed and ``P`` prints no rate (or 0). It covers
    only the figures it proves (:meth:`~abs_nb.checks._core.Context.lines_proven`).

    >>> from abs_nb.parse.assemble import Parsed
    >>> p = Parsed(class_order=["P"], classes={"P": {"interest": 324617.0}}, deal={"prepayment_premiums": 324617.0})
    >>> p.decimals[("classes", "P", "interest")] = 0
    >>> cx = Context(p); prepayment_premiums(cx); [(r.check, r.subject, r.status) for r in cx.rows]
    [('prepayment_premiums', 'P', 'pass')]
    >>> p.deal["prepayment_premiums"] = 323617.0
    >>> cx = Context(p); prepayment_premiums(cx); cx.rows[0].status
    'fail'
    """
    dk = ("deal", "deal", "prepayment_premiums")
    premiums = cx.get(*dk)
    if not known(premiums):
        return
    for label in cx.p.class_order:
        if label.upper() != "P":
            continue
        rate, ik = cx.get("classes", label, "interest_rate"), ("classes", label, "interest")
        if known(rate) and rate != 0 or not known(cx.get(*ik)):
            continue
        tol = cx.tol([ik, dk])
        cx.add("prepayment_premiums", label, premiums, cx.get(*ik), tol,
               f"{label} interest = the prepayment premiums collected (deal prepayment_premiums)",
               cx.lines_proven(tol, ik, dk))
