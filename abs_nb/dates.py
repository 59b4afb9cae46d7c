"""Dates a user passes as arguments (``since=``, ``until=``): one reading for every function
that takes them.

>>> import datetime
>>> date_argument("2003-10-15", "since"), date_argument(datetime.datetime(2003, 10, 15, 9), "until")
(datetime.date(2003, 10, 15), datetime.date(2003, 10, 15))
>>> date_argument(None, "since") is None
True
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from abs_nb.errors import InputError


def date_argument(value: Any, what: str) -> dt.date | None:
    """``value`` as a date: a ``datetime.date``, a ``datetime.datetime`` (its date), an ISO
    string (``YYYY-MM-DD``, or a date and time), or None; anything else raises :class:`InputError` naming ``what``."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)):  # a number is no date, whatever its digits spell
        raise InputError(f"{what}: a date (datetime.date or 'YYYY-MM-DD')", repr(value)[:40])
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text).date()
    except ValueError:
        raise InputError(f"{what}: a date (datetime.date or 'YYYY-MM-DD')", repr(value)[:40]) from None
