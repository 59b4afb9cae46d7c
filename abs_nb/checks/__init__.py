"""Reconciliation checks: every identity of the domain, per class and per group.

``run(...)`` returns the checks table of the data contract (``check``, ``subject``,
``expected``, ``actual``, ``difference``, ``status``, ``detail``, ``lines``) as rows, and the
totals membership found from the numbers. They read plain data (:class:`Parsed`), never a
DataFrame, so checking costs little beside parsing.
"""

from __future__ import annotations

from abs_nb.checks import (
    bounds,
    class_table,
    completeness,
    coverage,
    interest,
    overcollateralization,
    pool,
    unread,
)
from abs_nb.checks._core import Context
from abs_nb.parse.assemble import Parsed
from abs_nb.parse.classes import CheckRow

COLUMNS = ["check", "subject", "expected", "actual", "difference", "status", "detail", "lines"]


def run(p: Parsed, report_end: int | None, rendering: str = "fixed-width") -> tuple[list[CheckRow], dict[str, dict[str, bool]]]:
    cx = Context(p)
    cx.rows.extend(p.problems)
    members = class_table.totals_membership(cx)
    class_table.roll_forward(cx)
    class_table.total_distribution(cx)
    class_table.interest_paid(cx)
    class_table.per_1000(cx)
    class_table.per_1000_sums(cx)
    class_table.prepayment_premiums(cx)
    interest.class_interest(cx)
    interest.floating_coupon(cx)
    interest.shortfall_allocation(cx)
    pool.principal(cx)
    pool.roll_forward(cx)
    pool.prepaid(cx)
    pool.unscheduled(cx)
    pool.interest_remittance(cx)
    pool.principal_distributed(cx)
    pool.groups_add_up(cx)
    pool.deal_agrees_with_pool(cx)
    pool.fees_not_negative(cx)
    overcollateralization.oc_amount(cx)
    overcollateralization.x_is_oc_amount(cx)
    overcollateralization.oc_deficiency_and_increase(cx)
    overcollateralization.oc_roll_forward(cx)
    overcollateralization.certificate_principal(cx)
    overcollateralization.credit_enhancement(cx)
    bounds.class_balances(cx)
    bounds.class_rates(cx)
    bounds.delinquency(cx)
    bounds.cumulative_losses(cx)
    bounds.pool_backs_classes(cx)
    completeness.sections(cx, report_end, rendering)
    completeness.unread_rows(cx)
    unread.figures(cx)
    coverage.unverified(cx)
    return cx.rows, members
