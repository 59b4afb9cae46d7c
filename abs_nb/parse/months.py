"""The months of a report's dates: a month's names as printed, a year in two digits or four,
and a column's month and year (``JUN-01``, ``May 2001``).

>>> MONTHS["sept"], full_year("98"), month_of("JUL-01 (CURRENT)")
(9, 1998, datetime.date(2001, 7, 1))
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

#: a month's names, as printed (lower case), and its number
MONTHS: Final[dict[str, int]] = {
    m: i
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february", "feburary"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        1,
    )
    for m in names
}
#: a date at a text's start, in the forms reports print (``15-Nov-99``, ``November 15, 1999``,
#: ``11/15/99``, ``1999-11-15``)
DATE_AT_START: Final = re.compile(
    r"^(\d{1,2}-[A-Za-z]{3,9}-\d{2,4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})\b"
)


def full_year(y: str) -> int:
    """A year printed in two digits or four, in four (``98`` is 1998, ``05`` 2005)."""
    n = int(y)
    return (2000 + n if n < 70 else 1900 + n) if len(y) == 2 else n


#: a month's name and its year: four digits after a blank, or two or four after a dash, a
#: slash or an apostrophe (``JUN-01``, ``May 2001``, ``Sept. '98``; ``Jun 30`` is a day's)
_MONTH_YEAR: Final = re.compile(r"\b([A-Za-z]{3,9})\.?(?:[ \t]+(\d{4})|[ \t]?[-/'][ \t]?'?(\d{4}|\d{2}))\b")


def month_of(name: str) -> date | None:
    """The first day of the month ``name`` prints with its year (``JUN-01``, a column's name), or None.

    >>> month_of("JUL-01 (CURRENT)"), month_of("Group 01"), month_of("JUN 30"), month_of("May 2001")
    (datetime.date(2001, 7, 1), None, None, datetime.date(2001, 5, 1))
    """
    for m in _MONTH_YEAR.finditer(name):
        month = MONTHS.get(m.group(1).lower())
        if month is not None:
            return date(full_year(m.group(2) or m.group(3)), month, 1)
    return None


__all__ = ["MONTHS", "full_year", "month_of"]
