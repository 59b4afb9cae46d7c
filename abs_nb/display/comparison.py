"""Display of :class:`abs_nb.Comparison` (``abs_nb.compare(...)``): a table and offline charts.

Same rules as the filing's HTML: inline styles only, a fixed id derived from the filings
compared, every label escaped, rates as percentages, money with separators. Charts are
Altair charts wrapped in :class:`~abs_nb.display.charts.OfflineChart` (inline SVG, no CDN).

>>> import abs_nb
>>> c = abs_nb.compare(abs_nb.load("sample_filings/000_2d551bf597d89db6.txt"),
...                    abs_nb.load("sample_filings/001_21e012ce03d1908d.txt"))
>>> b = mimebundle(c)
>>> "14,344,337.00" in b["text/html"] and "<script" not in b["text/html"]
True
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from abs_nb.display import _format as fmt
from abs_nb.display._html_builders import MUTED, ROOT, Cell, Html, div, join, section, table

if TYPE_CHECKING:
    from abs_nb.compare import Comparison
    from abs_nb.display.charts import OfflineChart

__all__ = ["mimebundle", "comparison_html", "comparison_id", "metric_chart", "timeseries_chart"]


def _rates(comparison: Comparison) -> set[str]:
    """The metrics of the comparison shown as percentages (the model says which)."""
    return set(comparison.rates)


def comparison_id(comparison: Comparison) -> str:
    """``abs-nb-comparison-<10 hex digits>`` of the compared filings (their sha256, and
    statement for the statements of one document, in any order) and metrics: fixed for the
    same comparison, distinct for other filings even where their labels agree."""
    shas = sorted(str(f.meta.get("sha256") or f.meta.get("source"))
                  + ("" if f.meta.get("statement") is None else f"#{f.meta.get('statement')}")
                  for f in comparison.filings + comparison.left_out)
    key = "\n".join(shas) + "\n\n" + "\n".join(comparison.metrics)
    return "abs-nb-comparison-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]


def _value(metric: str, v: Any, rates: set[str]) -> str:
    if metric == "pool_factor":
        return fmt.factor(v)
    if metric in rates:
        return fmt.by_column(metric, v) if fmt.is_ratio_column(metric) else fmt.percent(v)
    if metric in ("loan_count", "wam"):
        return fmt.count(v)
    return fmt.money(v)


def _deal_spans(deals: list[str]) -> list[tuple[str, int]]:
    """Runs of one deal among the columns: ``[(deal, how many columns), ...]``."""
    out: list[tuple[str, int]] = []
    for d in deals:
        if out and out[-1][0] == d:
            out[-1] = (d, out[-1][1] + 1)
        else:
            out.append((d, 1))
    return out


def _nothing_note(comparison: Comparison) -> str:
    n = comparison.nothing_to_compare
    if not len(n):
        return ""
    names = ", ".join(Path(str(s)).name for s in n["source"])
    return f"nothing to compare in {len(n)} filing{'s' if len(n) != 1 else ''}: {names} (no metric can be computed)"


def comparison_html(comparison: Comparison) -> Html:
    """One row per metric, one column per filing under its deal (rates as %, money with
    separators); the filings with nothing to compare said below."""
    rates = _rates(comparison)
    t = comparison.table
    deals = [str(d) for d in t.columns.get_level_values("deal")] if len(t.columns) else []
    dates = [str(d) for d in t.columns.get_level_values("distribution_date")] if len(t.columns) else []
    header = [
        [Cell("deal")] + [Cell(d, right=True, colspan=n, style="white-space:normal") for d, n in _deal_spans(deals)],
        [Cell("metric")] + [Cell(d, right=True) for d in dates],
    ]
    rows = [[fmt.label(str(m))] + [Cell(_value(str(m), v, rates), right=True) for v in t.loc[m].tolist()]
            for m in t.index]
    ident = comparison_id(comparison)
    note = _nothing_note(comparison)
    parts = [table(header, rows)] if len(t.columns) else []
    if note:
        parts.append(div(note, style=MUTED + ";font-size:12px"))
    body = section(f"Comparison of {len(t.columns)} filings", join(parts), id=f"{ident}-table")
    return div(body, id=ident, style=ROOT)


def _text(comparison: Comparison) -> str:
    rates = _rates(comparison)
    t = comparison.table
    width = max([len(str(m)) for m in t.index] + [6])
    cols = list(comparison.labels)
    cw = [max(len(c), 16) for c in cols]
    out = [" " * width + "".join(f"  {c:>{w}}" for c, w in zip(cols, cw, strict=True))]
    for m in t.index if cols else []:
        out.append(f"{m!s:<{width}}" + "".join(
            f"  {_value(str(m), v, rates):>{w}}" for v, w in zip(t.loc[m].tolist(), cw, strict=True)))
    note = _nothing_note(comparison)
    return "\n".join((out if cols else []) + ([note] if note else []))


def mimebundle(comparison: Comparison) -> dict[str, str]:
    """``text/plain`` (an aligned table) and ``text/html`` (inline-styled table)."""
    return {"text/plain": _text(comparison), "text/html": str(comparison_html(comparison))}


def _check_metric(comparison: Comparison, metric: str) -> None:
    if metric not in comparison.table.index:
        from abs_nb.errors import InputError

        raise InputError(f"a metric of this comparison ({', '.join(comparison.table.index)})", repr(metric))


def metric_chart(comparison: Comparison, metric: str) -> OfflineChart:
    """A bar per filing of one metric; shows as inline SVG (``.chart`` is the Altair chart)."""
    import altair as alt
    import pandas as pd

    from abs_nb.display.charts import HEIGHT, WIDTH, offline

    _check_metric(comparison, metric)
    rates = _rates(comparison)
    row = comparison.table.loc[metric]
    labels = list(comparison.labels)
    data = pd.DataFrame({"filing": labels, "value": [float(v) for v in row.values]})
    data = data.dropna()
    axis = alt.Axis(format=".2%" if metric in rates else "~s", title=fmt.label(metric))
    chart = alt.Chart(data, title=fmt.label(metric)).mark_bar(color="#4c78a8").encode(
        x=alt.X("filing:N", sort=labels, title=None, axis=alt.Axis(labelAngle=-30)),
        y=alt.Y("value:Q", axis=axis),
        tooltip=["filing:N", alt.Tooltip("value:Q", format=".2%" if metric in rates else ",.2f")],
    ).properties(width=WIDTH, height=HEIGHT)
    return offline(chart, id=f"{comparison_id(comparison)}-{fmt.slug(metric)}")


def timeseries_chart(comparison: Comparison, metric: str) -> OfflineChart:
    """One line per deal (:func:`abs_nb.corpus.monthly.deal_names`) over distribution dates; shows
    as inline SVG."""
    import altair as alt

    from abs_nb.display.charts import HEIGHT, WIDTH, offline

    _check_metric(comparison, metric)
    rates = _rates(comparison)
    long = comparison.long()
    long = long[long["metric"] == metric].dropna(subset=["value"]).copy()
    long["date"] = [fmt.date(d) for d in long["distribution_date"]]  # ordinal: no time-zone shifts
    axis = alt.Axis(format=".2%" if metric in rates else "~s", title=fmt.label(metric))
    chart = alt.Chart(long[["deal", "date", "value"]], title=fmt.label(metric)).mark_line(point=True).encode(
        x=alt.X("date:O", sort="ascending", title="distribution date", axis=alt.Axis(labelAngle=-30)),
        y=alt.Y("value:Q", axis=axis),
        color=alt.Color("deal:N", title=None),
        tooltip=["deal:N", "date:O", alt.Tooltip("value:Q", format=".2%" if metric in rates else ",.2f")],
    ).properties(width=WIDTH, height=HEIGHT)
    return offline(chart, id=f"{comparison_id(comparison)}-{fmt.slug(metric)}-timeseries")
