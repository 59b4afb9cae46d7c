"""Checks on the class table: roll-forward, total distribution, per-$1,000, printed totals.

Which classes a printed Total covers is found from the numbers, per column: the classes
that certainly count (neither notional, nor ``P``/``X``/``R``) are always in; each subset
of the others is tried, fewest exclusions first, and the first that sums to the printed
total within rounding is recorded (``Filing.totals_membership``).
"""

from __future__ import annotations

import itertools

from abs_nb.checks._core import Context, known, oc_label
from abs_nb.parse.identities import NOT_ROLLED, PER_1000_FOR, PER_1000_OF, SUMS, rolls
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
        if label == oc_label(cx):
            # the O/C class (X, or CE where the pool's balance proves it) grows by the O/C
            # increase, not by its (zero) principal, and the losses it absorbs, printed on its
            # row, lower it; where only its row's own roll-forward holds (the growth printed as
            # a negative principal), that one is checked below
            own = known(prin) and abs(beg - prin - loss - end) <= cx.tol(keys)
            expected = beg + oc_increase - (oc_release if known(oc_release) else 0.0) - loss
            if known(oc_increase) and (abs(expected - end) <= cx.tol(keys) + 1.0 or not own):
                cx.add("class_roll_forward", label, expected, end, cx.tol(keys) + 1.0,
                       f"{label} ending = beginning + O/C increase - O/C release - its realized loss", cx.lines_at(keys))
                continue
            if not own:
                continue
        if not known(prin):
            continue
        deferred = cx.get("classes", label, "deferred_interest")
        grew = known(deferred) and deferred != 0
        if grew:
            keys.append(("classes", label, "deferred_interest"))
        expected, tol = beg - prin - loss + (deferred if grew else 0.0), cx.tol(keys)
        detail = "ending = beginning - principal - realized loss" + (" + deferred interest" if grew else "")
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


def interest_paid(cx: Context) -> None:
    """``class_interest_paid``: the interest accrued less the shortfall (plus the interest
    paid besides, a carryover, where read) is the interest paid, on every class printing the
    accrued interest (a shortfall not printed is none).

    >>> from abs_nb.parse.assemble import Parsed
    >>> p = Parsed(class_order=["A-1"], classes={"A-1": {"accrued_interest": 544942.50,
    ...     "interest_shortfall": 4402.94, "interest": 540539.56}})
    >>> for col in p.classes["A-1"]:
    ...     p.decimals[("classes", "A-1", col)] = 2
    >>> cx = Context(p); interest_paid(cx); [(r.subject, r.status) for r in cx.rows]
    [('A-1', 'pass')]
    """
    for label in cx.p.class_order:
        accrued, paid = cx.get("classes", label, "accrued_interest"), cx.get("classes", label, "interest")
        if not known(accrued, paid):
            continue
        short, other = cx.get("classes", label, "interest_shortfall"), cx.get("classes", label, "other_interest_paid")
        keys = [("classes", label, k) for k in ("accrued_interest", "interest") + (("interest_shortfall",) if known(short) else ())
                + (("other_interest_paid",) if known(other) else ())]
        cx.add("class_interest_paid", label, accrued - (short if known(short) else 0.0) + (other if known(other) else 0.0),
               paid, cx.tol(keys), "interest paid = interest accrued - interest shortfall"
               + (" + other interest paid" if known(other) else ""), cx.lines_at(keys))


def per_1000(cx: Context) -> None:
    """``per_1000`` (one row per per-$1,000 column): each figure = amount / original balance
    x 1000 (SIFMA SF: per-$1,000 figures are of the original face). A class with no original
    face (printed 0: an O/C or residual class) has no amount per $1,000 of it: the trustee
    prints its figures as 0, whatever the amount. Tolerance: half a unit of the figure and
    of the amount carried through the division.

    >>> from abs_nb.parse.assemble import Parsed
    >>> p = Parsed(class_order=["A-1", "X"], classes={"A-1": {"original_balance": 397000000.0,
    ...     "interest": 448464.0, "interest_per_1000": 1.12963}, "X": {"original_balance": 0.0,
    ...     "interest": 2451500.28, "interest_per_1000": 0.0}})
    >>> for lab, col, d in (("A-1", "interest", 0), ("A-1", "interest_per_1000", 5), ("X", "interest", 2),
    ...                     ("X", "interest_per_1000", 5)):
    ...     p.decimals[("classes", lab, col)] = d
    >>> cx = Context(p); per_1000(cx); [(r.subject, r.status) for r in cx.rows]
    [('interest_per_1000', 'pass')]
    >>> p.classes["X"]["interest_per_1000"] = 0.004
    >>> cx = Context(p); per_1000(cx); cx.rows[0].status, cx.rows[0].detail
    ('fail', '1 of 2 verifiable figures = interest / original x 1000 (0 for a class with no original face); disagree: X: printed 0.004, computed 0.00000')
    """
    for col, amount_col in PER_1000_OF.items():
        agree = 0
        disagree: list[str] = []
        n = 0
        faceless = False
        for label in cx.p.class_order:
            orig = cx.get("classes", label, "original_balance")
            amount, printed = cx.get("classes", label, amount_col), cx.get("classes", label, col)
            if not known(orig, printed) or orig != 0 and not known(amount):
                continue
            n += 1
            if orig == 0:
                # no face to divide by: the figure is printed 0, whatever the amount (printed
                # or not); the amount and the original balance are not thereby proven
                cx.cover(("classes", label, col))
                faceless = True
                expected, tol = 0.0, cx.half_unit("classes", label, col)
            else:
                # the original balance is compared only where the amount is not 0 (0 / any = 0)
                cx.cover(("classes", label, amount_col), ("classes", label, col))
                if amount != 0:
                    cx.cover(("classes", label, "original_balance"))
                expected = amount / orig * 1000
                tol = cx.half_unit("classes", label, col) + cx.half_unit("classes", label, amount_col) * 1000 / abs(orig)
            if abs(expected - printed) <= tol + 1e-9 * abs(expected):
                agree += 1  # only a disagreeing figure is written out
            else:
                disagree.append(f"{label}: printed {printed:g}, computed {expected:.5f}")
        if n:
            cx.rows.append(CheckRow("per_1000", col, float(n), float(agree), "pass" if not disagree else "fail",
                                    f"{agree} of {n} verifiable figures = {amount_col} / original x 1000"
                                    + (" (0 for a class with no original face)" if faceless else "")
                                    + ("; disagree: " + "; ".join(disagree) if disagree else ""), []))


def per_1000_sums(cx: Context) -> None:
    """``per_1000_sum``: the class identities (:data:`~abs_nb.parse.identities.SUMS`) hold
    per $1,000 of original balance too, since one original balance divides every term: total
    per $1,000 = principal + interest per $1,000, and, for a class whose balance follows its
    flows, beginning balance per $1,000 = principal + ending balance per $1,000 (realized
    loss per $1,000 where printed; a class with a realized loss and no such column is not
    checked). On every class row and the Totals row (whose figures are per $1,000 of the
    total original balance) where all of the terms are printed. Tolerance: half a unit of
    each figure's printed precision; the check covers only the figures a one-unit change of
    their last digit would take beyond it (:meth:`~abs_nb.checks._core.Context.lines_proven`).

    >>> from abs_nb.parse.assemble import Parsed
    >>> p = Parsed(class_order=["A-1"], classes={"A-1": {"principal_per_1000": 34.18618,
    ...     "interest_per_1000": 1.12963, "total_per_1000": 35.31581}})
    >>> for col in p.classes["A-1"]:
    ...     p.decimals[("classes", "A-1", col)] = 5
    >>> cx = Context(p); per_1000_sums(cx); [(r.check, r.subject, r.status) for r in cx.rows]
    [('per_1000_sum', 'A-1 total_per_1000', 'pass')]
    >>> p.classes["A-1"]["interest_per_1000"] = 1.12968
    >>> cx = Context(p); per_1000_sums(cx); cx.rows[0].status, cx.rows[0].detail
    ('fail', 'A-1: total_per_1000 printed 35.31581; principal_per_1000 + interest_per_1000 = 35.31586 (one original balance divides every term)')
    """
    p = cx.p
    rows = [("classes", lab) for lab in p.class_order] + ([("totals", "Total")] if p.totals else [])
    for name, whole, parts, optional in SUMS:
        whole_col = PER_1000_FOR.get(whole)
        if whole_col is None:
            continue
        for table, label in rows:
            if table == "classes" and name == "class_roll_forward" and (
                    p.classes[label].get("notional") or not rolls(label)):
                continue  # a notional balance follows a schedule; X, P, R do not roll
            terms: list[tuple[str, str, str]] = []
            usable = True
            for part in parts:
                col = PER_1000_FOR.get(part, "")
                if col and known(cx.get(table, label, col)):
                    terms.append((table, label, col))
                    continue
                amount = cx.get(table, label, part)
                # an optional part not printed per $1,000 counts only where its amount is 0
                if not (part in optional and (not known(amount) or amount == 0)):
                    usable = False
                    break
            wk = (table, label, whole_col)
            if not usable or not terms or not known(cx.get_at(wk)):
                continue
            expected = 0.0
            for k in terms:
                expected += cx.get_at(k)
            keys = [*terms, wk]
            tol = cx.tol(keys)
            d = p.decimals.get(wk, 5)
            cx.add("per_1000_sum", f"{label} {whole_col}", expected, cx.get_at(wk), tol,
                   f"{label}: {whole_col} printed {cx.get_at(wk):.{d}f}; "
                   + " + ".join(k[2] for k in terms) + f" = {expected:.{d}f} (one original balance divides every term)",
                   cx.lines_proven(tol, *keys), warn_band=0.0)


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
            cx.covered.update([("classes", lab, col) for lab in chosen if lab in core_set or values[lab] != 0])
            excluded = [lab for lab in present if lab not in chosen_set and lab not in zero_set]
            members[col] = {lab: lab in chosen_set or lab in zero_set for lab in p.class_order}
            cx.add("total_row", col, s, total, tol,
                   f"printed Total = sum of {', '.join(chosen)}"
                   + (f"; excludes {', '.join(excluded)}" if excluded else "; every class with a non-zero value is in it"),
                   lines)
        elif best is not None:
            _, chosen, s, tol = best
            cx.covered.update([("classes", lab, col) for lab in present])
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
    premiums = cx.get_at(dk)
    if not known(premiums):
        return
    for label in cx.p.class_order:
        if label.upper() != "P":
            continue
        rate, ik = cx.get("classes", label, "interest_rate"), ("classes", label, "interest")
        if known(rate) and rate != 0 or not known(cx.get_at(ik)):
            continue
        tol = cx.tol([ik, dk])
        cx.add("prepayment_premiums", label, premiums, cx.get_at(ik), tol,
               f"{label} interest = the prepayment premiums collected (deal prepayment_premiums)",
               cx.lines_proven(tol, ik, dk))
