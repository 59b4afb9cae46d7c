"""Formatting shared by the static HTML, the widgets and the magics (no I/O, no IPython).

Every function takes a value as the data model holds it (``float`` with ``NaN`` for "not
printed", ``int``, ``bool``, ``datetime.date``, ``str`` or ``None``) and returns text.
Missing values become an em dash. Nothing here escapes HTML except :func:`esc`.

>>> money(345199023.0)
'345,199,023.00'
>>> rate(0.015)
'1.50000%'
>>> per_1000(34.18618)
'34.18618'
>>> money(float("nan"))
'—'
>>> slug("Series 2003-HE2 / <x>")
'series-2003-he2-x'
"""

from __future__ import annotations

import datetime as _dt
import html as _html
import math
import re
from typing import Any

DASH = "\u2014"
"""What a value the filing leaves blank (or prints ``N/A``) is shown as."""

# colours of check statuses: (text, background, border)
STATUS_COLOURS: dict[str, tuple[str, str, str]] = {
    "fail": ("#991b1b", "#fee2e2", "#dc2626"),
    "warn": ("#92400e", "#fef3c7", "#d97706"),
    "repaired": ("#1e3a8a", "#dbeafe", "#2563eb"),
    "pass": ("#166534", "#dcfce7", "#16a34a"),
}
MISPRINT_BACKGROUND = "#fff7c2"

# checks that are about how the report is printed (a figure in the wrong row, text in a
# numeric field, one figure printed twice with two values): a misprint, not an arithmetic slip
MISPRINT_CHECKS = frozenset({"per_1000_alignment", "unreadable_value", "duplicate_value"})


def esc(value: Any) -> str:
    """HTML-escape any value (quotes too), ``None`` as an empty string.

    >>> esc('<script>alert("x")</script>')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    """
    return "" if value is None else _html.escape(str(value), quote=True)


def missing(x: Any) -> bool:
    """True for ``None``, ``NaN``, ``pd.NA`` / ``NaT`` and the empty string.

    >>> missing(None), missing(float("nan")), missing(0.0), missing("")
    (True, True, False, True)
    """
    if x is None:
        return True
    if isinstance(x, str):
        return x == ""
    if isinstance(x, float):
        return math.isnan(x)
    try:
        import pandas as pd

        return bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def number_or_none(x: Any) -> float | None:
    """``x`` as a float, or None when it is missing, a bool or not a number."""
    if missing(x) or isinstance(x, bool):
        return None
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(v) else v


def money(x: Any) -> str:
    """Dollars with thousands separators and 2 decimals.

    >>> money(-4429), money(None)
    ('-4,429.00', '—')
    """
    v = number_or_none(x)
    return DASH if v is None else f"{v:,.2f}"


def rate(x: Any, decimals: int = 5) -> str:
    """A fraction as a percentage (``0.0112`` -> ``1.12000%``).

    >>> rate(0.20345036, 6)
    '20.345036%'
    """
    v = number_or_none(x)
    return DASH if v is None else f"{v * 100:.{decimals}f}%"


def per_1000(x: Any) -> str:
    """A per-$1,000-of-original-balance figure, 5 decimals.

    >>> per_1000(2002143.1)
    '2,002,143.10000'
    """
    v = number_or_none(x)
    return DASH if v is None else f"{v:,.5f}"


def factor(x: Any) -> str:
    """A balance factor (ending / original), 8 decimals.

    >>> factor(0.8695189546599496)
    '0.86951895'
    """
    v = number_or_none(x)
    return DASH if v is None else f"{v:.8f}"


def count(x: Any) -> str:
    """A whole number with thousands separators.

    >>> count(4258), count(float("nan"))
    ('4,258', '—')
    """
    v = number_or_none(x)
    return DASH if v is None else f"{int(round(v)):,d}"


def flag(x: Any) -> str:
    """A yes/no deal flag (``trigger_event``, ``stepdown_occurred``).

    >>> flag(False), flag(True), flag(None)
    ('no', 'YES', '—')
    """
    if missing(x):
        return DASH
    return "YES" if bool(x) else "no"


def number(x: Any) -> str:
    """A figure of unknown kind (a check's expected / actual / difference).

    >>> number(14250001.74), number(0.2034502), number(1.5136e-07), number(0)
    ('14,250,001.74', '0.2034502', '1.5136e-07', '0.00')
    """
    v = number_or_none(x)
    if v is None:
        return DASH
    if v == 0 or abs(v) >= 1:
        return f"{v:,.2f}"
    return f"{v:.7g}"


def date(x: Any) -> str:
    """A ``datetime.date`` as ISO text.

    >>> import datetime; date(datetime.date(2003, 10, 15))
    '2003-10-15'
    """
    if missing(x):
        return DASH
    if isinstance(x, (_dt.date, _dt.datetime)):
        return x.isoformat()[:10]
    return str(x)


def text(x: Any) -> str:
    """Any other value as text (lists joined with commas), missing as an em dash.

    >>> text(["Fairbanks", "Long Beach"]), text(None)
    ('Fairbanks, Long Beach', '—')
    """
    if isinstance(x, (list, tuple)):
        return ", ".join(str(v) for v in x) if x else DASH
    return DASH if missing(x) else str(x)


# ---- by column name ------------------------------------------------------------------------
_RATE_COLUMNS = {"interest_rate", "net_wac_rate", "cap_rate", "wac", "net_wac", "index_rate",
                 "pass_through_rate"}
_PERCENT_COLUMNS = {"credit_enhancement", "credit_enhancement_computed", "smm", "cpr", "mdr",
                    "cdr", "severity", "dq30_plus", "dq60_plus", "foreclosure_rate", "reo_rate",
                    "bankruptcy_rate", "oc_to_target"}
_COUNT_COLUMNS = {"ending_count", "wam", "loan_count", "liquidated_loans", "count",
                  "loans_with_prepayment_premiums", "loans_with_prepayment_premiums_scheduled"}
_FLAG_COLUMNS = {"trigger_event", "stepdown_occurred", "servicer_termination_test_failed",
                 "notional", "in_totals"}
_TEXT_COLUMNS = {"cusip", "description"}


def by_column(column: str, x: Any) -> str:
    """Format ``x`` the way column ``column`` of the data model needs.

    >>> by_column("ending_balance", 345199023.0), by_column("interest_rate", 0.015)
    ('345,199,023.00', '1.50000%')
    >>> by_column("principal_per_1000", 34.18618), by_column("factor", 0.88)
    ('34.18618', '0.88000000')
    >>> by_column("cpr", 0.1275342), by_column("ending_count", 4258), by_column("notional", True)
    ('12.75342%', '4,258', 'YES')
    """
    if column in _TEXT_COLUMNS:
        return text(x)
    if column in _FLAG_COLUMNS:
        return flag(x)
    if column.endswith("_per_1000"):
        return per_1000(x)
    if column == "factor" or column == "pool_factor":
        return factor(x)
    if column in _RATE_COLUMNS:
        return rate(x, 5)
    if column in _PERCENT_COLUMNS:
        return rate(x, 5)
    if column in _COUNT_COLUMNS:
        return count(x)
    if isinstance(x, bool):
        return flag(x)
    if isinstance(x, (_dt.date, _dt.datetime)):
        return date(x)
    if isinstance(x, str):
        return x
    return money(x)


def is_numeric_column(column: str) -> bool:
    """Whether a column's values are right-aligned figures.

    >>> is_numeric_column("cusip"), is_numeric_column("principal")
    (False, True)
    """
    return column not in _TEXT_COLUMNS and column not in _FLAG_COLUMNS


def label(column: str) -> str:
    """A readable header for a data-model column name.

    >>> label("principal_per_1000"), label("oc_to_target"), label("wac")
    ('principal per $1,000', 'O/C to target', 'WAC')
    """
    special = {
        "wac": "WAC", "net_wac": "net WAC", "wam": "WAM", "cpr": "CPR", "cdr": "CDR",
        "smm": "SMM", "mdr": "MDR", "oc_to_target": "O/C to target", "oc_amount": "O/C amount",
        "oc_target": "O/C target", "oc_increase": "O/C increase", "oc_release": "O/C release",
        "oc_deficiency": "O/C deficiency", "excess_oc": "excess O/C", "cusip": "CUSIP",
        "dq30_plus": "30+ delinquent", "dq60_plus": "60+ delinquent", "reo": "REO",
        "credit_enhancement_computed": "credit enhancement (computed)",
        "net_wac_rate": "net WAC rate", "net_wac_carryover": "net WAC carryover",
    }
    if column in special:
        return special[column]
    return column.replace("_per_1000", " per $1,000").replace("_", " ")


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
