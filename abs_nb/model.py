"""The parsed filing: plain data, no parsing and no rendering here.

>>> import abs_nb
>>> f = abs_nb.load("sample_filings/002_c10342e102d7429b.txt")  # doctest: +SKIP
>>> f.classes.loc["A-1", "ending_balance"]  # doctest: +SKIP
124074387.46
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd


class Meta(Mapping[str, Any]):
    """Read-only mapping of metadata with attribute access (``meta.series``)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = dict(data)

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __getattr__(self, key: str) -> Any:
        try:
            return self._data[key]
        except KeyError:
            raise AttributeError(key) from None

    def __repr__(self) -> str:
        return f"Meta({self._data!r})"

    def __getstate__(self) -> dict[str, Any]:
        return self._data

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._data = state


@dataclass(eq=False)
class Filing:
    """One distribution report, parsed and checked (see docs/schema.md)."""

    meta: Meta
    classes: pd.DataFrame
    totals: pd.Series
    collateral: pd.DataFrame
    delinquency: pd.DataFrame
    deal: pd.Series
    checks: pd.DataFrame
    unmapped: pd.DataFrame
    source_text: str
    provenance: pd.DataFrame
    metrics_by_group: pd.DataFrame
    totals_membership: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def metrics(self) -> pd.Series:
        """Pool-level metrics (the ``Total`` row of :attr:`metrics_by_group`)."""
        if "Total" in self.metrics_by_group.index:
            s = self.metrics_by_group.loc["Total"].copy()
        elif len(self.metrics_by_group):
            s = self.metrics_by_group.iloc[-1].copy()
        else:
            return pd.Series(dtype=float, name="metrics")
        s.name = "metrics"
        return s

    def source_of(self, table: str, row: str, column: str) -> int | None:
        """The 1-based line of :attr:`source_text` a value was read from, or None."""
        p = self.provenance
        hit = p[(p["table"] == table) & (p["row"] == row) & (p["column"] == column)]
        return int(hit["line"].iloc[0]) if len(hit) else None

    def source_line(self, line: int) -> str:
        """The text of 1-based ``line`` of the report."""
        return self.source_text.split("\n")[line - 1]

    @property
    def ok(self) -> bool:
        """True when no check failed."""
        return not (self.checks["status"] == "fail").any() if len(self.checks) else True

    def check_summary(self) -> str:
        """One line: how many checks passed, were repaired, warned or failed."""
        if not len(self.checks):
            return "no checks ran"
        counts = self.checks["status"].value_counts()
        n = len(self.checks)
        if counts.get("pass", 0) == n:
            return f"all {n} checks pass"
        parts = [f"{counts.get(k, 0)} {k}" for k in ("pass", "repaired", "warn", "fail") if counts.get(k, 0)]
        return f"{n} checks: " + ", ".join(parts)

    def summary(self) -> str:
        """A plain-text summary for terminals (the CLI and ``repr``)."""
        from abs_nb.summary import summary_text

        return summary_text(self)

    def __repr__(self) -> str:
        m = self.meta
        return (
            f"<Filing {m.get('trust') or '?'} {m.get('series') or '?'} "
            f"{m.get('distribution_date') or '?'}: {len(self.classes)} classes, "
            f"{len(self.collateral)} groups; {self.check_summary()}>"
        )
