"""Is anything missing? Sections a distribution report prints, and rows cut short."""

from __future__ import annotations

import math

from abs_nb.checks._core import Context
from abs_nb.parse.classes import CheckRow


def sections(cx: Context, report_end: int | None) -> None:
    parts = {
        "classes": len(cx.classes),
        "collateral": len(cx.collateral),
        "delinquency": len(cx.delinquency),
        "deal": len(cx.deal),
    }
    missing = [k for k, n in parts.items() if n == 0]
    if missing:
        cx.rows.append(CheckRow("sections", ", ".join(missing), math.nan, math.nan, "warn",
                                "not found in the report" + ("" if report_end else "; the report text ends before its closing section, so it may be truncated"),
                                []))
    if report_end is None and parts["classes"]:
        cx.rows.append(CheckRow("truncated", "report", math.nan, math.nan, "warn",
                                "no closing section (SIGNATURES) found: the text may be cut short", []))
