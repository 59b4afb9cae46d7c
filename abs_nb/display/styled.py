"""Formatted views of a filing's tables: ``filing.style("classes")`` -> a pandas ``Styler``.

The DataFrames stay plain numbers (``f.classes`` shows ``397000000.0`` and sums, filters and
exports as numbers); ``f.style(name)`` shows the same table in the finance format of
:mod:`abs_nb.finance_format` (money with separators, rates and percentages with a fixed
precision, counts whole, missing as an em dash), checks coloured by status.

Why the pandas ``Styler`` and not great_tables: it needs nothing beyond pandas (and Jinja2,
which Altair already brings); it formats without changing the data (``.data`` is the plain
frame); ``.to_excel`` keeps the view's colours and ``.to_html`` gives static HTML that shows
on GitHub and nbviewer; and ``set_uuid`` makes its element ids fixed, so a re-executed
notebook stores the same output. great_tables would add a dependency for spanners and
footnotes the card (:mod:`abs_nb.display.filing_html`) already draws.

>>> import abs_nb
>>> f = abs_nb.load("sample_filings/000_2d551bf597d89db6.txt")
>>> s = f.style("classes")
>>> s.data is not f.classes and s.data.equals(f.classes)
True
>>> html = s.to_html()
>>> "397,000,000.00" in html and "1.500%" in html and 'id="T_abs-nb-2003-he2-2003-10-15-classes' in html
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd
from pandas.io.formats.style import Styler

from abs_nb import finance_format as ff
from abs_nb.display._format import STATUS_COLOURS, esc, filing_id, slug

if TYPE_CHECKING:
    from abs_nb.model import Filing

__all__ = ["style", "TABLES", "FormattedTable"]

TABLES = ("classes", "totals", "collateral", "delinquency", "deal", "metrics", "metrics_by_group", "checks",
          "unmapped", "provenance")


def _frame(filing: Filing, name: str) -> pd.DataFrame:
    if name not in TABLES:
        raise KeyError(f"no table {name!r}; tables: {', '.join(TABLES)}")
    data = getattr(filing, name)
    if isinstance(data, pd.Series):  # deal, metrics, totals: one column of values
        data = data.to_frame(name="value")
    return data.copy()


def _by_column(column: str) -> Any:
    return lambda x: ff.by_column(column, x)


def _signed_count(x: Any) -> str:
    v = ff.number_or_none(x)
    return ff.DASH if v is None else ("0" if v == 0 else f"{int(round(v)):+,d}")


class FormattedTable(Styler):
    """A ``Styler`` whose plain-text repr says what it shows (no memory address: a stored
    notebook output stays the same from run to run)."""

    def __init__(self, data: pd.DataFrame, caption_text: str = "") -> None:
        super().__init__(data)
        self._abs_nb_name = caption_text

    def __repr__(self) -> str:
        rows, cols = self.data.shape
        return f"<formatted view of {self._abs_nb_name}: {rows} rows x {cols} columns; .data is the plain DataFrame>"


def _format(styler: Styler, fn: Any, subset: Any) -> None:
    """Format ``subset`` with ``fn`` and escape the text it gives (filing text is untrusted)."""
    styler.format(lambda x: esc(fn(x)), subset=subset)


def style(filing: Filing, name: str, columns: list[str] | None = None) -> Styler:
    """The table ``name`` of ``filing`` (only ``columns``, when given) as a formatted
    ``Styler`` (fixed ids, plain data, every text from the filing escaped)."""
    frame = _frame(filing, name)
    label = f"{name}" + (f"[{', '.join(map(str, columns))}]" if columns is not None else "")
    if columns is not None:
        missing = [c for c in columns if c not in frame.columns]
        if missing:
            raise KeyError(f"no column {missing[0]!r} in {name}; its columns: {', '.join(map(str, frame.columns))}")
        frame = frame[list(columns)]
    styler = FormattedTable(frame, caption_text=label)
    styler.set_uuid(f"{filing_id(filing)}-{slug(name)}")
    styler.format(lambda x: esc(ff.text(x)))  # text columns as they are, escaped
    styler.format_index(escape="html", axis=0)
    styler.format_index(escape="html", axis=1)
    if name in ("deal", "metrics", "totals"):
        # one value per field: format each row by its field's name
        for idx in frame.index:
            _format(styler, _by_column(str(idx)), pd.IndexSlice[[idx], ["value"]])
        styler.set_properties(subset=["value"], **{"text-align": "right"})
        return styler
    if name == "checks":
        kinds = [ff.check_kind(c, s) for c, s in zip(frame["check"], frame["subject"], strict=True)]
        for kind in ("ratio", "count", "money"):
            rows = [i for i, k in zip(frame.index, kinds, strict=True) if k == kind]
            if not rows:
                continue
            if kind == "ratio":
                value, diff = (lambda v: ff.percent(v, 4)), ff.bp
            elif kind == "count":
                value, diff = ff.count, _signed_count
            else:
                value, diff = ff.money, ff.signed_money
            _format(styler, value, pd.IndexSlice[rows, ["expected", "actual"]])
            _format(styler, diff, pd.IndexSlice[rows, ["difference"]])
        styler.map(lambda s: "color:{};background-color:{};font-weight:600".format(*STATUS_COLOURS[s][:2])
                   if s in STATUS_COLOURS else "", subset=["status"])
        _format(styler, lambda ls: ", ".join(str(x) for x in ls) if isinstance(ls, (list, tuple)) else ff.text(ls),
                ["lines"])
        return styler
    numeric = [c for c in frame.columns if c not in ("group", "status", "table", "row", "column", "label",
                                                     "reason", "values")]
    for c in numeric:
        if name == "delinquency" and c in ("balance", "market_value"):
            _format(styler, ff.money, [c])
        elif name in ("unmapped", "provenance") and c in ("line", "start", "end"):
            _format(styler, ff.count, [c])
        else:
            _format(styler, _by_column(str(c)), [c])
    return styler
