"""Reconciliation checks: every identity of the domain, per class and per group.

``run(...)`` returns the checks table of the data contract (``check``, ``subject``,
``expected``, ``actual``, ``difference``, ``status``, ``detail``, ``lines``) and the totals
membership found from the numbers.
"""

from __future__ import annotations

import pandas as pd

from abs_nb.checks import classes, completeness, overcollateralization, pool
from abs_nb.checks._core import Context
from abs_nb.parse.classes import CheckRow

COLUMNS = ["check", "subject", "expected", "actual", "difference", "status", "detail", "lines"]


def run(cx: Context, earlier: list[CheckRow], report_end: int | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    cx.rows.extend(earlier)
    members = classes.totals_membership(cx)
    classes.roll_forward(cx)
    classes.total_distribution(cx)
    classes.per_1000(cx)
    pool.principal(cx)
    pool.roll_forward(cx)
    pool.groups_add_up(cx)
    pool.deal_agrees_with_pool(cx)
    overcollateralization.oc_amount(cx)
    overcollateralization.oc_deficiency_and_increase(cx)
    overcollateralization.certificate_principal(cx)
    overcollateralization.credit_enhancement(cx)
    completeness.sections(cx, report_end)
    table = pd.DataFrame(
        [
            {
                "check": r.check, "subject": r.subject, "expected": float(r.expected),
                "actual": float(r.actual), "difference": float(r.actual) - float(r.expected),
                "status": r.status, "detail": r.detail, "lines": list(r.lines),
            }
            for r in cx.rows
        ],
        columns=COLUMNS,
    )
    return table, members
