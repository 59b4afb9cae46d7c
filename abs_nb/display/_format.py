"""Formatting shared by the static HTML, the widgets and the magics (no I/O, no IPython).

The value formatters are those of :mod:`abs_nb.finance_format` (one policy for HTML, text
and the command line), re-exported here; this module adds HTML escaping, status colours and
element ids. Every function takes a value as the data model holds it (``float`` with ``NaN``
for "not printed", ``int``, ``bool``, ``datetime.date``, ``str`` or ``None``) and returns
text. Missing values become an em dash. Nothing here escapes HTML except :func:`esc`.

>>> money(345199023.0)
'345,199,023.00'
>>> rate(0.015)
'1.500%'
>>> per_1000(34.18618)
'34.18618'
>>> money(float("nan"))
'—'
>>> slug("Series 2003-HE2 / <x>")
'series-2003-he2-x'
"""

from __future__ import annotations

import html as _html
import re
from typing import Any

from abs_nb.finance_format import (  # the one finance-format policy
    DASH,
    by_column,
    check_figures,
    count,
    date,
    factor,
    flag,
    is_numeric_column,
    is_ratio_column,
    label,
    missing,
    money,
    number,
    number_or_none,
    per_1000,
    percent,
    rate,
    text,
)

__all__ = ["DASH", "by_column", "check_figures", "count", "date", "factor", "flag", "is_numeric_column",
           "is_ratio_column", "label", "missing", "money", "number", "number_or_none", "per_1000", "percent", "rate", "text",
           "esc", "slug", "filing_id", "STATUS_COLOURS", "MISPRINT_BACKGROUND", "MISPRINT_TINT", "MISPRINT_CHECKS"]

# colours of check statuses: (text, background, border)
STATUS_COLOURS: dict[str, tuple[str, str, str]] = {
    "fail": ("#991b1b", "#fee2e2", "#dc2626"),
    "warn": ("#92400e", "#fef3c7", "#d97706"),
    "repaired": ("#1e3a8a", "#dbeafe", "#2563eb"),
    "pass": ("#166534", "#dcfce7", "#16a34a"),
}
MISPRINT_BACKGROUND = "#fff7c2"
# a misprinted row: translucent, so the theme's background and text colour still show
MISPRINT_TINT = "rgba(234, 179, 8, 0.20)"

# checks that are about how the report is printed (a figure in the wrong row, text in a
# numeric field, one figure printed twice with two values): a misprint, not an arithmetic slip
MISPRINT_CHECKS = frozenset({"per_1000_alignment", "unreadable_value", "duplicate_value"})


def esc(value: Any) -> str:
    """HTML-escape any value (quotes too), ``None`` as an empty string.

    >>> esc('<script>alert("x")</script>')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    """
    return "" if value is None else _html.escape(str(value), quote=True)


# ---- element ids ---------------------------------------------------------------------------
_NOT_ID = re.compile(r"[^a-z0-9]+")


def slug(value: Any) -> str:
    """Lower-case ``value`` and keep only ``[a-z0-9-]`` (runs of anything else become ``-``)."""
    return _NOT_ID.sub("-", str(value).lower()).strip("-")


def filing_id(filing: Any) -> str:
    """The fixed id prefix of one filing: ``abs-nb-<series>-<distribution date>``.

    Derived from the data only (never random), so a notebook's stored output is stable.
    A filing without a series uses the first 12 hex digits of its text's SHA-256.

    >>> class F: meta = {"series": "2003-HE2", "distribution_date": "2003-10-15"}
    >>> filing_id(F())
    'abs-nb-2003-he2-2003-10-15'
    """
    meta = getattr(filing, "meta", {}) or {}
    series = slug(meta.get("series") or "") or "x" + slug(str(meta.get("sha256") or "")[:12])
    when = meta.get("distribution_date")
    parts = ["abs-nb", series]
    if when is not None:
        parts.append(slug(date(when)))
    return "-".join(p for p in parts if p)
