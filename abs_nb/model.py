"""The parsed filing: plain data, with its DataFrames built on first use.

No parsing and no rendering here: :func:`abs_nb.load` fills a :class:`Filing` with plain
data (:class:`abs_nb.parse.assemble.Parsed`) and the check results; the tables of the data
contract (``classes``, ``collateral``, ...) are built the first time they are read.

>>> import abs_nb
>>> f = abs_nb.load("sample_filings/002_c10342e102d7429b.txt")
>>> float(f.classes.loc["A-1", "ending_balance"])
124074387.46
>>> f.source_line(f.source_of("classes", "A-1", "ending_balance")).split()[-1]
'124074387.46'
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cached_property
from typing import Any

import pandas as pd

from abs_nb import filing_tables
from abs_nb.parse.assemble import Parsed
from abs_nb.parse.classes import CheckRow


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
        if key.startswith("_"):
            raise AttributeError(key)
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


_ROW_NAMES = {"classes": "class", "collateral": "group", "delinquency": "row", "deal": "row", "totals": "row"}


def _known_cell(filing: Filing, table: str, row: str, column: str) -> None:
    """Raise ``KeyError`` (naming what exists) unless ``table`` / ``row`` / ``column`` is a
    cell this filing can hold."""
    pv = filing.parsed.provenance
    rows: dict[str, list[str]] = {}
    for t, r, _c in pv:
        rows.setdefault(t, [])
        if r not in rows[t]:
            rows[t].append(r)
    frames = {"classes": filing.classes, "collateral": filing.collateral}
    for t, df in frames.items():
        rows[t] = [str(x) for x in df.index] + [r for r in rows.get(t, []) if r not in set(map(str, df.index))]
    if table not in _ROW_NAMES:
        raise KeyError(f"no table {table!r}; tables with a source: {', '.join(_ROW_NAMES)}")
    if row not in rows.get(table, []):
        what = _ROW_NAMES[table]
        have = rows.get(table, [])
        plural = "classes" if what == "class" else what + "s"
        listed = ", ".join(have) if have else "none"
        raise KeyError(f"no {what} {row!r} in this filing; its {plural}: {listed}")
    columns = {"classes": filing.classes.columns, "collateral": filing.collateral.columns,
               "deal": filing.deal.index, "totals": filing.totals.index}.get(table)
    if columns is not None and column not in set(columns) and not any(
            t == table and c == column for t, _r, c in pv):
        raise KeyError(f"no column {column!r} in {table}; its columns: {', '.join(map(str, columns))}")


class Filing:
    """One distribution report, parsed and checked (see docs/schema.md)."""

    def __init__(
        self,
        meta: dict[str, Any],
        parsed: Parsed,
        check_rows: list[CheckRow],
        membership: dict[str, dict[str, bool]],
        source_text: str,
    ) -> None:
        self.meta = Meta(meta)
        self.parsed = parsed
        self.check_rows = check_rows
        self.membership = membership
        self.source_text = source_text

    # ---- the data contract's tables (built once, on first use) ---------------------------
    @cached_property
    def classes(self) -> pd.DataFrame:
        """One row per class, report order (index ``class``)."""
        return filing_tables.classes_frame(self.parsed, self.membership)

    @cached_property
    def totals(self) -> pd.Series:
        """The printed Total row of the class table."""
        return filing_tables.totals_series(self.parsed)

    @cached_property
    def collateral(self) -> pd.DataFrame:
        """Pool figures per loan group (index ``group``, ``Total`` last)."""
        return filing_tables.collateral_frame(self.parsed)

    @cached_property
    def delinquency(self) -> pd.DataFrame:
        """Long table: group, status, count, balance, market_value."""
        return filing_tables.delinquency_frame(self.parsed)

    @cached_property
    def deal(self) -> pd.Series:
        """Deal-level scalars the report prints."""
        return filing_tables.deal_series(self.parsed)

    @cached_property
    def checks(self) -> pd.DataFrame:
        """One row per reconciliation check."""
        return filing_tables.checks_frame(self.check_rows)

    @cached_property
    def unmapped(self) -> pd.DataFrame:
        """Every labelled number that did not land in a field, with the reason."""
        return filing_tables.unmapped_frame(self.parsed)

    @cached_property
    def provenance(self) -> pd.DataFrame:
        """Where each value came from: table, row, column, line, start, end."""
        return filing_tables.provenance_frame(self.parsed)

    @cached_property
    def totals_membership(self) -> pd.DataFrame:
        """Per printed Total column, which classes it covers (found from the numbers)."""
        return filing_tables.membership_frame(self.parsed, self.membership)

    @cached_property
    def metrics_by_group(self) -> pd.DataFrame:
        """SIFMA standard metrics per group (computed, never parsed)."""
        from abs_nb import metrics

        return metrics.compute(self.collateral, self.delinquency, self.deal, self.classes)

    @property
    def metrics(self) -> pd.Series:
        """Pool-level metrics (the ``Total`` row of :attr:`metrics_by_group`)."""
        m = self.metrics_by_group
        if "Total" in m.index:
            s = m.loc["Total"].copy()
        elif len(m):
            s = m.iloc[-1].copy()
        else:
            return pd.Series(dtype=float, name="metrics")
        s.name = "metrics"
        return s

    # ---- provenance --------------------------------------------------------------------
    def source_of(self, table: str, row: str, column: str) -> int | None:
        """The 1-based line of :attr:`source_text` a value was read from, or None for a
        value the filing does not print.

        A table, row or column this filing does not have is a ``KeyError`` naming the ones
        it has (a mistyped class is not a value left blank):

        >>> import abs_nb
        >>> abs_nb.load("sample_filings/002_c10342e102d7429b.txt").source_of("classes", "A-9", "ending_balance")
        Traceback (most recent call last):
        ...
        KeyError: "no class 'A-9' in this filing; its classes: A-1, A-2, A-IO, M-1, M-2, B, P, X, R, BIO"
        """
        hit = self.parsed.provenance.get((table, row, column))
        if hit:
            return hit[0]
        _known_cell(self, table, row, column)
        return None

    def source_line(self, line: int) -> str:
        """The text of 1-based ``line`` of the report (IndexError outside 1..number of lines)."""
        lines = self.source_text.split("\n")
        if not 1 <= line <= len(lines):
            raise IndexError(f"line {line} of a report of {len(lines)} lines (lines count from 1)")
        return lines[line - 1]

    # ---- verdicts ----------------------------------------------------------------------
    @property
    def ok(self) -> bool:
        """True when no check failed."""
        return all(r.status != "fail" for r in self.check_rows)

    def check_summary(self) -> str:
        """One line: how many checks passed, were repaired, warned or failed."""
        n = len(self.check_rows)
        if not n:
            return "no checks ran"
        counts: dict[str, int] = {}
        for r in self.check_rows:
            counts[r.status] = counts.get(r.status, 0) + 1
        if counts.get("pass", 0) == n:
            return f"all {n} checks pass"
        parts = [f"{counts[k]} {k}" for k in ("pass", "repaired", "warn", "fail") if counts.get(k)]
        return f"{n} checks: " + ", ".join(parts)

    def summary(self) -> str:
        """A plain-text summary for terminals (the CLI and ``print``)."""
        from abs_nb.summary import summary_text

        return summary_text(self)

    # ---- notebook display (lazy: the core never imports IPython, ipywidgets or Altair) ------
    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        from abs_nb.display.filing_html import mimebundle

        return mimebundle(self)

    def _repr_html_(self) -> str:
        """The HTML of :meth:`_repr_mimebundle_` (for tools that ask for HTML only)."""
        return self._repr_mimebundle_()["text/html"]

    def style(self, table: str, columns: list[str] | None = None) -> Any:
        """Table ``table`` (``"classes"``, ``"collateral"``, ``"checks"``, ...; only
        ``columns`` when given) as a pandas ``Styler`` in the finance format, with fixed
        element ids; the DataFrame itself stays plain numbers (see
        :mod:`abs_nb.display.styled` for why a Styler)."""
        from abs_nb.display.styled import style

        return style(self, table, columns)

    def explore(self) -> Any:
        """An ipywidgets app: pick a class or a group; tables, charts and source update."""
        from abs_nb.display.widgets import explore

        return explore(self)

    def __repr__(self) -> str:
        from abs_nb.untrusted import terminal_text

        m = self.meta
        # the trust's name is filing text: shown without the control characters it may hold
        return terminal_text(
            f"<Filing {m.get('trust') or '?'} {m.get('series') or '?'} "
            f"{m.get('distribution_date') or '?'}: {len(self.parsed.classes)} classes, "
            f"{len(self.parsed.collateral)} groups; {self.check_summary()}>"
        )

    def __getstate__(self) -> dict[str, Any]:
        # tables are rebuilt on the other side of a process pool, not pickled
        return {k: self.__dict__[k] for k in ("meta", "parsed", "check_rows", "membership", "source_text")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
