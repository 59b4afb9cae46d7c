"""Checks on the report's metadata: is the distribution date found and stated consistently?

A report may state a date in its prose that its labelled date contradicts ("On February 15,
2002 a scheduled distribution was made" in a December 2002 report, text copied from an
older filing): the labelled date wins and the disagreement is reported, never silently
resolved.
"""

from __future__ import annotations

import math
from typing import Any

from abs_nb.parse.classes import CheckRow


def distribution_date(meta: dict[str, Any]) -> list[CheckRow]:
    date = meta.get("distribution_date")
    if date is None:
        return [CheckRow("distribution_date", "meta", math.nan, math.nan, "warn",
                         "no distribution date is printed in a form this library reads", [])]
    rows = []
    for stated in meta.get("stated_distribution_dates") or []:
        if stated != date:
            rows.append(CheckRow("distribution_date", "meta", math.nan, math.nan, "warn",
                                 f"the cover says a distribution was made on {stated.isoformat()}, the report is "
                                 f"dated {date.isoformat()}; the report's date is used", []))
    return rows
