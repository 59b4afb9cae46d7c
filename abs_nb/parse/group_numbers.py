"""Loan groups a report prints by their loans' kind and, somewhere, by their number too.

A table may head its columns ``FIXED  ARM  TOTAL`` while another line of the same report says
which group each is: ``Allocated to Group 1 (FIXED)``, ``GROUP II - ADJUSTABLE``. The
group is then one, named by its number as the schema writes groups (``Group 1``), so that
one query finds it across deals: every figure read under the kind's name moves to the
numbered group, and a ``group_columns`` check says where the report names it so. A kind two
numbers claim, or a number two kinds, renames nothing.

>>> from abs_nb.parse.engine import walk
>>> w = walk("COLLATERAL\\n\\n                         FIXED        ARM      TOTAL\\n"
...          "Beginning Balance     1,000.00   2,000.00   3,000.00\\n"
...          "Ending Balance          900.00   1,800.00   2,700.00\\n\\n"
...          "Allocated to Group 1 (FIXED)      10.00\\nAllocated to Group 2 (ARM)        20.00\\n")
>>> sorted({c.row for c in w.cells if c.table == "collateral"})
['Group 1', 'Group 2', 'Total']
"""

from __future__ import annotations

import math
import re
from typing import Final

from abs_nb.parse.pieces import CheckRow, Walk
from abs_nb.parse.spelling import GROUP_NUMBER, group_name

# "Group 1 (FIXED)", "GROUP II - ADJUSTABLE RATE", "Pool 2: ARM": a group's number, then a kind
_NUMBERED: Final = re.compile(
    rf"\b(?P<group>(?:loan\s+)?{GROUP_NUMBER}[a-z]?)\s*"
    r"(?:\((?P<bracketed>[^()]{2,40})\)|[-:]\s+(?P<after>[A-Za-z][A-Za-z ]{1,40}))", re.I)


def _key(name: str) -> str:
    return " ".join(name.upper().split())


def number_kind_groups(w: Walk) -> None:
    """Rename the groups read under a kind's name that the report also numbers (module
    docstring)."""
    rows = {c.row for c in w.cells if c.table == "collateral"} | {
        c.row.partition("\x1f")[0] for c in w.cells if c.table == "delinquency"}
    kinds = {_key(r) for r in rows} - {"TOTAL"}
    if not kinds or all(k.startswith("GROUP ") for k in kinds):
        return
    claims: dict[str, set[str]] = {}
    where: dict[str, int] = {}
    for ln in w.lines:
        low = ln.raw.lower()
        if "group" not in low and "grp" not in low and "pool" not in low:
            continue  # no group's number on the line
        for m in _NUMBERED.finditer(ln.raw):
            number = group_name(m.group("group"))
            kind = _key(m.group("bracketed") or m.group("after") or "")
            # the kind as a column names it: its first words ("FIXED RATE MORTGAGE LOANS": FIXED RATE)
            named = next((k for k in kinds if kind == k or kind.startswith(k + " ")), None)
            if number is not None and named is not None:
                claims.setdefault(named, set()).add(number)
                where.setdefault(named, ln.no)
    if not claims or any(len(n) > 1 for n in claims.values()):
        return
    rename = {k: next(iter(n)) for k, n in claims.items()}
    numbers = list(rename.values())
    if len(set(numbers)) != len(numbers) or {_key(n) for n in numbers} & kinds:
        return
    for c in w.cells:
        if c.table == "collateral" and _key(c.row) in rename:
            c.row = rename[_key(c.row)]
        elif c.table == "delinquency":
            group, _, status = c.row.partition("\x1f")
            if _key(group) in rename:
                c.row = f"{rename[_key(group)]}\x1f{status}"
    for kind, number in rename.items():
        w.checks.append(CheckRow("group_columns", f"group {kind}", math.nan, math.nan, "pass",
                                 f"the figures under {kind!r} are {number}'s: line {where[kind]} names it so",
                                 [where[kind]]))


__all__ = ["number_kind_groups"]
