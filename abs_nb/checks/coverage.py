"""Figures no identity covers: read, printed, and compared by no check.

A figure that no check compares (an original balance where neither a per-$1,000 figure nor
a Total row nor anything else restates it, a count, a deal line the domain has no identity
for) could be misprinted or misread and every check would still pass. Such figures are not
passed over in silence: one ``unverified`` check (``warn``) per table names each of them
with the value read and its line, so that the reader knows which numbers stand on the
report's word alone. A figure is covered when a check named it (:meth:`Context.lines`,
:meth:`Context.cover`), whatever that check's status.

>>> from abs_nb.parse.assemble import Parsed
>>> from abs_nb.checks._core import Context
>>> p = Parsed(deal={"wam": 345.0, "oc_amount": 13320411.0})
>>> p.provenance[("deal", "deal", "wam")] = (311, 10, 13)
>>> p.provenance[("deal", "deal", "oc_amount")] = (230, 40, 50)
>>> cx = Context(p); cx.cover(("deal", "deal", "oc_amount")); unverified(cx)
>>> [(r.check, r.subject, r.status, r.detail, r.lines) for r in cx.rows]
[('unverified', 'deal', 'warn', '1 printed figure that no check compares (it stands on the report alone): wam 345 (line 311)', [311])]
"""

from __future__ import annotations

import math

from abs_nb.checks._core import Context
from abs_nb.parse.pieces import CheckRow

_TABLES = ("classes", "totals", "collateral", "delinquency", "deal")


def _show(v: float) -> str:
    """The value read, every digit of it (a changed digit changes the text)."""
    return f"{v:,.15g}"


def unverified(cx: Context) -> None:
    """One ``unverified`` warn per table that has figures no check covers (module doc)."""
    p = cx.p
    found: dict[str, list[tuple[int, str]]] = {}
    # one printed figure standing in two tables (a pool figure in the Total column and among
    # the deal's) is covered where either is, and listed once
    seen = {p.provenance[k] for k in cx.covered if k in p.provenance}
    for key, place in p.provenance.items():
        if key in cx.covered or place in seen:
            continue
        seen.add(place)
        line = place[0]
        table, row, col = key
        v = p.get(table, row, col)
        if isinstance(v, bool) or not isinstance(v, (int, float)) or math.isnan(v):
            continue
        name = col if table == "deal" else f"{row} {col}"
        found.setdefault(table, []).append((line, f"{name} {_show(float(v))} (line {line})"))
    for table in sorted(found, key=lambda t: _TABLES.index(t) if t in _TABLES else len(_TABLES)):
        items = sorted(found[table])
        n = len(items)
        cx.rows.append(CheckRow(
            "unverified", table, math.nan, float(n), "warn",
            f"{n} printed figure{'s' if n > 1 else ''} that no check compares "
            f"({'they stand' if n > 1 else 'it stands'} on the report alone): " + "; ".join(t for _, t in items),
            sorted({line for line, _ in items})))
