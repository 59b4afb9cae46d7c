"""Shared pieces of the checks: the context they read, tolerances, statuses.

Tolerance is half a unit of the printed precision per term (a figure printed in whole
dollars may be off by 0.50 from the cents behind it). A difference within tolerance passes;
one within a dollar warns (a rounding slip: a figure printed some cents off its terms);
anything larger fails.

A figure a check names (by its line, :meth:`Context.lines`) is *covered*: a change to it
changes that check. The figures no check covers are listed by :mod:`abs_nb.checks.coverage`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from abs_nb.parse.assemble import Parsed
from abs_nb.parse.classes import CheckRow
from abs_nb.parse.identities import certificates, oc_class

# 0.5 * 10.0 ** -d for the decimals figures are printed with (the same floats, computed once)
_HALF_UNITS: Final = [0.5 * 10.0 ** -d for d in range(16)]


def _half_unit(d: int) -> float:
    """Half a unit of a figure printed with ``d`` decimals."""
    return _HALF_UNITS[d] if 0 <= d < len(_HALF_UNITS) else 0.5 * 10.0 ** -d


@dataclass
class Context:
    """The parsed filing the checks read, and the rows they write."""

    p: Parsed
    rows: list[CheckRow] = field(default_factory=list)
    # the figures some check compared (see the module doc)
    covered: set[tuple[str, str, str]] = field(default_factory=set)
    # the certificates and the O/C class (:mod:`abs_nb.checks.overcollateralization`),
    # found once per filing: None until then
    certs: list[str] | None = None
    oc: list[str] | None = None  # the O/C class's label, or none: [] (a list, to tell "not yet" apart)

    def get(self, table: str, row: str, col: str) -> float:
        return self.p.get(table, row, col)

    # the methods below ending in ``_at`` take a key (table, row, column) whole: a compiled
    # call with the key starred (``cx.get(*key)``) is a generic call, many times slower

    def get_at(self, key: tuple[str, str, str]) -> float:
        """:meth:`get` of ``key``."""
        return self.p.get(key[0], key[1], key[2])

    def half_unit(self, table: str, row: str, col: str) -> float:
        """Half a unit of the printed precision; 0 for counts and for values not printed
        (N/A, blank), which bring no rounding."""
        d = self.p.decimals.get((table, row, col))
        return 0.0 if d is None else _half_unit(d)

    def half_unit_at(self, key: tuple[str, str, str]) -> float:
        """:meth:`half_unit` of ``key``."""
        d = self.p.decimals.get(key)
        return 0.0 if d is None else _half_unit(d)

    def tol(self, keys: Iterable[tuple[str, str, str]]) -> float:
        """The sum of :meth:`half_unit` over ``keys`` (added in order, as ``sum`` does)."""
        decimals = self.p.decimals
        total = 0.0
        for k in keys:
            d = decimals.get(k)
            if d is not None:
                total += _half_unit(d)
        return total

    def lines(self, *keys: tuple[str, str, str]) -> list[int]:
        """The report lines of ``keys``; the figures are recorded as covered."""
        return self.lines_at(keys)

    def lines_at(self, keys: Sequence[tuple[str, str, str]]) -> list[int]:
        """:meth:`lines` of the keys in ``keys``."""
        self.covered.update(keys)
        return self.where_at(keys)

    def lines_proven(self, tol: float, *keys: tuple[str, str, str]) -> list[int]:
        """The report lines of amounts or counts ``keys`` compared by a check of tolerance
        ``tol``; records as covered only the figures a change of one unit in their last
        printed digit would take beyond ``tol`` (a count changes by 1 at least): a figure
        whose last digit can change within the rounding is not proven, and stays listed by
        ``unverified``."""
        decimals = self.p.decimals
        self.covered.update(k for k in keys if (2 * _half_unit(decimals[k]) if k in decimals else 1.0) > tol)
        return self.where_at(keys)

    def where(self, *keys: tuple[str, str, str]) -> list[int]:
        """The report lines of ``keys``, not recorded as covered (for a check that does not
        prove them, such as a bound)."""
        return self.where_at(keys)

    def where_at(self, keys: Sequence[tuple[str, str, str]]) -> list[int]:
        """:meth:`where` of the keys in ``keys``."""
        prov = self.p.provenance
        found: list[int] = []
        for k in keys:
            at = prov.get(k)
            if at is not None:
                found.append(at[0])
        if len(found) < 2:
            return found
        # sorted and each line once, as sorted(set(found)), without a set
        found.sort()
        out = [found[0]]
        for line in found:
            if line != out[-1]:
                out.append(line)
        return out

    def cover(self, *keys: tuple[str, str, str]) -> None:
        """Record ``keys`` as compared by a check that names no line."""
        self.covered.update(keys)

    def rate_half_unit(self, table: str, row: str, col: str) -> float:
        """Half a unit of a rate's printed precision, as a fraction (``1.50000%`` has 5
        decimals as printed, 7 as the fraction 0.015)."""
        d = self.p.decimals.get((table, row, col))
        return 0.0 if d is None else _half_unit(d + 2)

    def rate_half_unit_at(self, key: tuple[str, str, str]) -> float:
        """:meth:`rate_half_unit` of ``key``."""
        d = self.p.decimals.get(key)
        return 0.0 if d is None else _half_unit(d + 2)

    def add(self, check: str, subject: str, expected: float, actual: float, tol: float,
            detail: str = "", lines: Iterable[int] = (), warn_band: float | None = None) -> None:
        self.rows.append(CheckRow(check, subject, expected, actual, status(expected, actual, tol, warn_band),
                                  detail, list(lines)))


def status(expected: float, actual: float, tol: float, warn_band: float | None = None) -> str:
    """pass within ``tol``; warn within ``warn_band`` (default: one dollar); fail beyond.
    Ratios pass their own, much smaller, ``warn_band``."""
    if math.isnan(expected) or math.isnan(actual):
        return "fail"
    diff = abs(actual - expected)
    if diff <= tol + 1e-12 * max(1.0, abs(expected)):
        return "pass"
    band = 1.0 if warn_band is None else warn_band
    if diff <= band:
        return "warn"
    return "fail"


def known(*xs: float) -> bool:
    """No figure of ``xs`` is NaN (each was printed and read)."""
    for x in xs:
        if math.isnan(x):
            return False
    return True


def oc_label(cx: Context) -> str | None:
    """The O/C class: ``X``, or the class the pool's balance proves it under another label
    (:func:`~abs_nb.parse.identities.oc_class`: ``CE``, ``C``, ``OC``)."""
    if cx.oc is None:
        x = next((lab for lab in cx.p.class_order if lab.upper() == "X"), None)
        if x is None:
            first = certificates(cx.p.class_order, cx.p.classes)
            x = oc_class(first, cx.p.classes, cx.get("collateral", "Total", "ending_balance"))
        cx.oc = [x] if x is not None else []
    return cx.oc[0] if cx.oc else None
