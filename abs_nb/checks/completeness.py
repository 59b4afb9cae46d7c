"""Is anything missing? Sections a distribution report prints, and rows cut short."""

from __future__ import annotations

import math

from abs_nb.checks._core import Context
from abs_nb.parse.classes import CheckRow


def sections(cx: Context, report_end: int | None, rendering: str = "fixed-width") -> None:
    p = cx.p
    parts = {"classes": len(p.classes), "collateral": len(p.collateral), "delinquency": len(p.delinquency), "deal": len(p.deal)}
    missing = [k for k, n in parts.items() if n == 0]
    if len(missing) == len(parts) and rendering == "collapsed":
        cx.rows.append(CheckRow("sections", "all", math.nan, math.nan, "fail",
                                "the text is whitespace-collapsed (each table flattened into one line), so "
                                "its columns cannot be told apart: only the metadata is read; the labelled "
                                "numbers are listed in unmapped", []))
        return
    if len(missing) == len(parts):
        cx.rows.append(CheckRow("sections", "all", math.nan, math.nan, "fail",
                                "the text reads as a distribution report (its metadata is kept) but no class "
                                "table, pool, delinquency or deal figure was recognised: the text may end before "
                                "its tables, or its layout is not understood yet; labelled numbers are listed in unmapped", []))
        return
    if missing:
        cx.rows.append(CheckRow("sections", ", ".join(missing), math.nan, math.nan, "warn",
                                "not found in the report" + ("" if report_end else "; the report text ends before its closing section, so it may be truncated"),
                                []))
    if report_end is None and parts["classes"]:
        cx.rows.append(CheckRow("truncated", "report", math.nan, math.nan, "warn",
                                "no closing section (SIGNATURES) found: the text may be cut short", []))


def unread_rows(cx: Context) -> None:
    """A warning naming the lines of figures the parse listed in ``unmapped``: a printed
    figure that was not read is never passed over in silence, even where nothing says it is
    damaged (a label or a column this library does not understand).

    >>> from abs_nb.parse.assemble import Parsed
    >>> cx = Context(Parsed(unmapped=[(12, "Beginning PFA", ["0.00", "0.00"], "label not in the vocabulary"),
    ...                               (14, "Footnote", [], "no figure")]))
    >>> unread_rows(cx); (cx.rows[0].check, cx.rows[0].status, cx.rows[0].lines)
    ('unmapped_figures', 'warn', [12])
    """
    lines = sorted({line for line, _, values, _ in cx.p.unmapped if any(any(ch.isdigit() for ch in v) for v in values)})
    if not lines:
        return
    shown = ", ".join(map(str, lines[:12])) + (", ..." if len(lines) > 12 else "")
    cx.rows.append(CheckRow("unmapped_figures", f"{len(lines)} lines", math.nan, float(len(lines)), "warn",
                            f"figures printed on lines {shown} were not read into any table (their label or "
                            "column is not understood): they are listed in unmapped", lines))
