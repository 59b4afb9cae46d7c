"""Shared pieces of the checks: a result row, tolerances, statuses.

Tolerance is half a unit of the printed precision per term (a figure printed in whole
dollars may be off by 0.50 from the cents behind it). A difference within tolerance passes;
one within a dollar (or a millionth of the amount) warns; anything larger fails.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from abs_nb.parse.classes import CheckRow


@dataclass
class Context:
    """What the checks read: the assembled tables plus printed precisions."""

    classes: object
    totals: object
    collateral: object
    delinquency: object
    deal: object
    decimals: dict[tuple[str, str, str], int]
    provenance: object
    rows: list[CheckRow] = field(default_factory=list)

    def half_unit(self, table: str, row: str, col: str) -> float:
        return 0.5 * 10 ** -self.decimals.get((table, row, col), 0)

    def lines(self, *keys: tuple[str, str, str]) -> list[int]:
        p = self.provenance
        out: list[int] = []
        for t, r, c in keys:
            hit = p[(p["table"] == t) & (p["row"] == r) & (p["column"] == c)]
            out.extend(int(x) for x in hit["line"])
        return sorted(set(out))

    def add(self, check: str, subject: str, expected: float, actual: float, tol: float,
            detail: str = "", lines: Iterable[int] = ()) -> None:
        self.rows.append(CheckRow(check, subject, expected, actual, status(expected, actual, tol), detail, list(lines)))


def status(expected: float, actual: float, tol: float) -> str:
    if any(isinstance(x, float) and math.isnan(x) for x in (expected, actual)):
        return "fail"
    diff = abs(actual - expected)
    if diff <= tol + 1e-12 * max(1.0, abs(expected)):
        return "pass"
    if diff <= max(1.0, 1e-6 * abs(expected)):
        return "warn"
    return "fail"


def known(*xs: object) -> bool:
    return all(isinstance(x, (int, float)) and not isinstance(x, bool) and not math.isnan(x) for x in xs)


def num(x: object) -> float:
    if x is None or x is __import__("pandas").NA:
        return math.nan
    try:
        return float(x)
    except (TypeError, ValueError):
        return math.nan
