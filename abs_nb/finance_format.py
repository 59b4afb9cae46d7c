"""How every figure is written for a person: one policy for the HTML card, the explorer,
the plain-text summary and the command line (the DataFrames themselves stay plain numbers).

The policy:

- **money**: thousands separators and cents (``345,199,023.00``); negative with a minus;
- **coupon rates** (``interest_rate``, ``wac``, ...): a percentage with 3 decimals, a tenth
  of a basis point (``1.500%``, ``7.125%``);
- **other percentages** (CPR, CDR, SMM, delinquency, credit enhancement, O/C to target,
  severity): 2 decimals (``12.75%``);
- **a difference of two ratios**: basis points with 2 decimals (``+0.15 bp``), and
  ``<0.01 bp`` for a gap that is not zero but rounds to it;
- **factors**: 8 decimals; **per-$1,000 figures**: 5 decimals with separators;
  **counts**: whole numbers with separators;
- **never scientific notation**; a missing value is an em dash (``—``) in HTML and text,
  ``-`` where a terminal may not show it (:data:`ASCII_DASH`).

The printed text of a value (``filing.source_of``, the explorer's *printed* column) keeps
every digit the filing shows; these functions only decide how much a reader sees at once.

>>> money(345199023.0), rate(0.015), percent(0.1275342), bp(1.513612e-07)
('345,199,023.00', '1.500%', '12.75%', '<0.01 bp')
>>> check_figures("credit_enhancement", "deal credit_enhancement", 0.2034502, 0.2034504, 2e-07)
('20.3450%', '20.3450%', '<0.01 bp')
>>> check_figures("credit_enhancement", "deal credit_enhancement", 0.2034502, 0.2036502)
('20.3450%', '20.3650%', '+2.00 bp')
>>> number(1.5136e-07)
'0.00000015136'
"""

from __future__ import annotations

import datetime as _dt
import math
from typing import Any

__all__ = [
    "DASH", "ASCII_DASH", "missing", "number_or_none", "money", "signed_money", "rate", "percent",
    "bp", "per_1000", "factor", "count", "flag", "number", "date", "text", "by_column",
    "is_numeric_column", "is_ratio_column", "label", "check_kind", "check_figures",
    "RATE_DECIMALS", "PERCENT_DECIMALS",
]

DASH = "\u2014"
"""What a value the filing leaves blank (or prints ``N/A``) is shown as."""
ASCII_DASH = "-"
"""The same on a terminal (the command line)."""

RATE_DECIMALS = 3
"""Decimals of a coupon rate in percent (a tenth of a basis point)."""
PERCENT_DECIMALS = 2
"""Decimals of any other percentage (CPR, CDR, delinquency, credit enhancement)."""


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
    """``x`` as a float, or None when it is missing, a bool, infinite or not a number."""
    if missing(x) or isinstance(x, bool):
        return None
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(v) or math.isinf(v) else v


def money(x: Any, none: str = DASH) -> str:
    """Dollars with thousands separators and 2 decimals.

    >>> money(-4429), money(None), money(1e22)
    ('-4,429.00', '—', '10,000,000,000,000,000,000,000.00')
    """
    v = number_or_none(x)
    return none if v is None else f"{v:,.2f}"


def signed_money(x: Any, none: str = DASH) -> str:
    """A difference of two amounts, with its sign (``+1.00``, ``-0.01``, ``0.00``).

    >>> signed_money(101.0), signed_money(-0.004), signed_money(0)
    ('+101.00', '-0.00', '0.00')
    """
    v = number_or_none(x)
    if v is None:
        return none
    return "0.00" if v == 0 else f"{v:+,.2f}"


def rate(x: Any, decimals: int = RATE_DECIMALS, none: str = DASH) -> str:
    """A coupon rate (a fraction) as a percentage, 3 decimals by default.

    >>> rate(0.0141875), rate(0.07125), rate(float("nan"))
    ('1.419%', '7.125%', '—')
    """
    v = number_or_none(x)
    return none if v is None else f"{v * 100:,.{decimals}f}%"


def percent(x: Any, decimals: int = PERCENT_DECIMALS, none: str = DASH) -> str:
    """Any other ratio (CPR, delinquency, credit enhancement) as a percentage, 2 decimals.

    >>> percent(0.20345036), percent(0.0000), percent(None)
    ('20.35%', '0.00%', '—')
    """
    return rate(x, decimals, none)


def bp(x: Any, none: str = DASH) -> str:
    """A difference of two ratios in basis points (1 bp = 0.0001), signed, 2 decimals.

    >>> bp(0.0001), bp(-0.0000234), bp(0.0), bp(3e-9)
    ('+1.00 bp', '-0.23 bp', '0.00 bp', '<0.01 bp')
    """
    v = number_or_none(x)
    if v is None:
        return none
    b = v * 1e4
    if b == 0:
        return "0.00 bp"
    if abs(b) < 0.005 and abs(b) > 0:
        return "<0.01 bp"
    return f"{b:+,.2f} bp"


def per_1000(x: Any, none: str = DASH) -> str:
    """A per-$1,000-of-original-balance figure, 5 decimals.

    >>> per_1000(2002143.1), per_1000(34.18618)
    ('2,002,143.10000', '34.18618')
    """
    v = number_or_none(x)
    return none if v is None else f"{v:,.5f}"


def factor(x: Any, none: str = DASH) -> str:
    """A balance factor (ending / original), 8 decimals.

    >>> factor(0.8695189546599496)
    '0.86951895'
    """
    v = number_or_none(x)
    return none if v is None else f"{v:.8f}"


def count(x: Any, none: str = DASH) -> str:
    """A whole number with thousands separators.

    >>> count(4258), count(float("nan"))
    ('4,258', '—')
    """
    v = number_or_none(x)
    return none if v is None else f"{int(round(v)):,d}"


def flag(x: Any, none: str = DASH) -> str:
    """A yes/no deal flag (``trigger_event``, ``stepdown_occurred``).

    >>> flag(False), flag(True), flag(None)
    ('no', 'YES', '—')
    """
    if missing(x):
        return none
    return "YES" if bool(x) else "no"


def number(x: Any, none: str = DASH) -> str:
    """A figure of unknown kind: money style from 1 up, else seven significant digits written
    out in full (never ``1.5e-07``).

    >>> number(14250001.74), number(0.2034502), number(0), number(-0.000123456789)
    ('14,250,001.74', '0.2034502', '0.00', '-0.0001234568')
    """
    v = number_or_none(x)
    if v is None:
        return none
    if v == 0 or abs(v) >= 1:
        return f"{v:,.2f}"
    decimals = min(20, 6 - int(math.floor(math.log10(abs(v)))))
    out = f"{v:.{decimals}f}".rstrip("0")
    return out if not out.endswith(".") else out + "0"


def date(x: Any, none: str = DASH) -> str:
    """A ``datetime.date`` as ISO text.

    >>> import datetime; date(datetime.date(2003, 10, 15))
    '2003-10-15'
    """
    if missing(x):
        return none
    if isinstance(x, (_dt.date, _dt.datetime)):
        return x.isoformat()[:10]
    return str(x)


def text(x: Any, none: str = DASH) -> str:
    """Any other value as text (lists joined with commas), missing as an em dash.

    >>> text(["Fairbanks", "Long Beach"]), text(None)
    ('Fairbanks, Long Beach', '—')
    """
    if isinstance(x, (list, tuple)):
        return ", ".join(str(v) for v in x) if x else none
    return none if missing(x) else str(x)


# ---- by column name ------------------------------------------------------------------------
RATE_COLUMNS = frozenset({"interest_rate", "net_wac_rate", "cap_rate", "wac", "net_wac", "index_rate",
                          "pass_through_rate", "margin"})
PERCENT_COLUMNS = frozenset({"credit_enhancement", "credit_enhancement_computed", "smm", "cpr", "mdr",
                             "cdr", "severity", "dq30_plus", "dq60_plus", "foreclosure_rate", "reo_rate",
                             "bankruptcy_rate", "oc_to_target"})
COUNT_COLUMNS = frozenset({"ending_count", "wam", "loan_count", "liquidated_loans", "count",
                           "loans_with_prepayment_premiums", "loans_with_prepayment_premiums_scheduled"})
FLAG_COLUMNS = frozenset({"trigger_event", "stepdown_occurred", "servicer_termination_test_failed",
                          "notional", "in_totals"})
TEXT_COLUMNS = frozenset({"cusip", "description"})


def by_column(column: str, x: Any, none: str = DASH) -> str:
    """Format ``x`` the way column ``column`` of the data model needs.

    >>> by_column("ending_balance", 345199023.0), by_column("interest_rate", 0.015)
    ('345,199,023.00', '1.500%')
    >>> by_column("principal_per_1000", 34.18618), by_column("factor", 0.88)
    ('34.18618', '0.88000000')
    >>> by_column("cpr", 0.1275342), by_column("ending_count", 4258), by_column("notional", True)
    ('12.75%', '4,258', 'YES')
    """
    if column in TEXT_COLUMNS:
        return text(x, none)
    if column in FLAG_COLUMNS:
        return flag(x, none)
    if column.endswith("_per_1000"):
        return per_1000(x, none)
    if column == "factor" or column == "pool_factor":
        return factor(x, none)
    if column in RATE_COLUMNS:
        return rate(x, none=none)
    if column in PERCENT_COLUMNS:
        return percent(x, none=none)
    if column in COUNT_COLUMNS:
        return count(x, none)
    if isinstance(x, bool):
        return flag(x, none)
    if isinstance(x, (_dt.date, _dt.datetime)):
        return date(x, none)
    if isinstance(x, str):
        return x
    return money(x, none)


def is_numeric_column(column: str) -> bool:
    """Whether a column's values are right-aligned figures.

    >>> is_numeric_column("cusip"), is_numeric_column("principal")
    (False, True)
    """
    return column not in TEXT_COLUMNS and column not in FLAG_COLUMNS


def is_ratio_column(column: str) -> bool:
    """Whether a column holds a rate or a percentage (a fraction of 1).

    >>> is_ratio_column("cpr"), is_ratio_column("wac"), is_ratio_column("principal")
    (True, True, False)
    """
    return column in RATE_COLUMNS or column in PERCENT_COLUMNS


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


# ---- the figures of a check ----------------------------------------------------------------
# checks whose expected / actual figures are counts of rows, not amounts
_COUNT_CHECKS = frozenset({"per_1000", "per_1000_alignment", "block_rows"})
# checks comparing two ratios
_RATIO_CHECKS = frozenset({"credit_enhancement"})


def check_kind(check: str, subject: str) -> str:
    """What a check's figures are: ``"ratio"``, ``"count"`` or ``"money"``.

    The check's name decides first; otherwise the last word of its subject, when it is a
    column of the data model (``"A-1 interest_rate"``, ``"delinquency 30-59 count"``).

    >>> check_kind("credit_enhancement", "deal"), check_kind("group_sum", "delinquency 90+ count")
    ('ratio', 'count')
    >>> check_kind("duplicate_value", "A-1 interest_rate"), check_kind("class_roll_forward", "A-1")
    ('ratio', 'money')
    """
    if check in _RATIO_CHECKS:
        return "ratio"
    if check in _COUNT_CHECKS:
        return "count"
    last = str(subject).rsplit(" ", 1)[-1]
    if is_ratio_column(last):
        return "ratio"
    if last in COUNT_COLUMNS:
        return "count"
    return "money"


def check_figures(check: str, subject: str, expected: Any, actual: Any, difference: Any = None,
                  none: str = DASH) -> tuple[str, str, str]:
    """A check's expected, actual and difference as text: ratios as percentages with 4
    decimals (enough to show a gap) and their difference in basis points; counts whole;
    amounts with cents. The difference is ``actual - expected`` when not given.

    >>> check_figures("class_roll_forward", "A-1", 14250001.74, 14250000.74)
    ('14,250,001.74', '14,250,000.74', '-1.00')
    >>> check_figures("per_1000", "principal_per_1000", 14, 13, -1)
    ('14', '13', '-1')
    >>> check_figures("sections", "all", float("nan"), float("nan"), float("nan"), none="-")
    ('-', '-', '-')
    """
    e, a = number_or_none(expected), number_or_none(actual)
    d = number_or_none(difference)
    if d is None and difference is None and e is not None and a is not None:
        d = a - e
    kind = check_kind(check, subject)
    if kind == "ratio":
        return percent(e, 4, none), percent(a, 4, none), bp(d, none)
    if kind == "count":
        diff = none if d is None else ("0" if d == 0 else f"{int(round(d)):+,d}")
        return count(e, none), count(a, none), diff
    return money(e, none), money(a, none), signed_money(d, none)
