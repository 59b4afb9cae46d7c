"""Charts of a deal's life (:func:`abs_nb.history`): curves by deal age, class factor
paydown, O/C and trigger headroom.

Same policy as :mod:`abs_nb.display.charts`: Altair charts drawn offline to inline SVG with
vl-convert (:class:`~abs_nb.display.charts.OfflineChart`, ``.chart`` is the Altair chart),
fixed ids from the data shown, every label from a filing escaped by Vega's SVG writer. A
missing month breaks a line (it is never bridged); a deal seen in one month is a point.

>>> import abs_nb
>>> h = abs_nb.history(abs_nb.load_many("sample_filings/*.txt", progress=False, workers=1))
>>> svg = curve(h, "cpr").svg()
>>> svg.startswith("<svg") and "2003-HE2 (2003)" in svg and "deal age" in svg
True
>>> curve(h, "cpr").id == curve(h, "cpr").id
True
"""

from __future__ import annotations

import hashlib
import math
from typing import Any

import altair as alt
import pandas as pd

from abs_nb.display import _format as fmt
from abs_nb.display.charts import HEIGHT, PALETTE, WIDTH, OfflineChart, offline
from abs_nb.errors import InputError

__all__ = ["curve", "curves", "factor_paydown", "oc_headroom", "trigger_headroom", "CURVES", "legend_label"]

#: the standard curves by deal age: history column -> title
CURVES: dict[str, str] = {
    "cpr": "CPR (1-month)",
    "cdr": "CDR (1-month)",
    "dq60_plus": "60+ delinquency",
    "cumulative_loss_rate": "Cumulative loss % of original balance",
}
_COLOURS = [*PALETTE, "#eeca3b", "#ff9da6", "#9d755d", "#bab0ac"]  # PALETTE first, as the other charts
_BREAK = "break-paths-filter-domains"  # a NaN (missing month) breaks the line, never bridged


def legend_label(deal: Any, vintage: Any) -> str:
    """A deal as a legend names it: ``2001-2 (2001)``; the vintage left out when unknown.

    >>> legend_label("2003-HE4", "2003"), legend_label("1998-A x", None)
    ('2003-HE4 (2003)', '1998-A x')
    """
    v = None if fmt.missing(vintage) else str(vintage)
    return f"{deal} ({v})" if v else str(deal)


def _id(history: pd.DataFrame, *parts: str) -> str:
    shas = "\n".join(str(s) for s in history.get("sha256", pd.Series(dtype=object)) if isinstance(s, str))
    key = shas + "\n\n" + "\n".join(parts)
    return "abs-nb-history-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:10] + "-" + fmt.slug("-".join(parts))


def _check(history: Any, columns: list[str]) -> pd.DataFrame:
    if not isinstance(history, pd.DataFrame):
        raise InputError("a history table (abs_nb.history(corpus))", type(history).__name__)
    absent = [c for c in columns if c not in history.columns]
    if absent:
        raise InputError("a history table (abs_nb.history(corpus))", f"no column(s) {absent}")
    return history


def _note(title: str, text: str) -> alt.Chart:
    return alt.Chart(pd.DataFrame({"note": [text]}), title=title).mark_text(
        fontSize=12, color="#6b7280").encode(text="note:N").properties(width=WIDTH, height=40)


def _value(v: Any) -> float | None:
    x = fmt.number_or_none(v)
    return None if x is None or math.isnan(x) else x


def _curve_chart(history: pd.DataFrame, metric: str, title: str) -> alt.Chart:
    chart, _ = _curve(history, metric, title)
    return chart


def _ticks(ages: list[int]) -> list[int] | None:
    """Whole-month ticks when the span is short (Vega would repeat a rounded label)."""
    lo, hi = min(ages), max(ages)
    return list(range(lo, hi + 1)) if hi - lo <= 24 else None


def _deal_labels(history: pd.DataFrame) -> dict[str, str]:
    """The legend label of each deal: deal and vintage, ``*`` where its age counts from its
    first filing in the corpus (the deal may be older)."""
    out: dict[str, str] = {}
    for r in history.to_dict("records"):
        if r["deal"] not in out:
            star = "*" if r.get("age_basis") == "first in corpus" else ""
            out[r["deal"]] = legend_label(r["deal"], r.get("vintage")) + star
    return out


def _colours(labels: list[str]) -> list[str]:
    return [_COLOURS[i % len(_COLOURS)] for i in range(len(labels))]


def _curve(history: pd.DataFrame, metric: str, title: str) -> tuple[alt.Chart, bool]:
    """The chart of one rate by deal age, and whether any deal has a value to draw. A deal
    keeps its colour across charts of one history (colours by the deal's place in it)."""
    labels = _deal_labels(history)
    everyone = list(labels.values())
    rows = [{"deal": labels[r["deal"]], "deal_age": int(r["deal_age"]),
             "value": _value(r[metric]), "month": str(r.get("month"))}
            for r in history.to_dict("records") if not fmt.missing(r.get("deal_age"))]
    deals_with_values = {r["deal"] for r in rows if r["value"] is not None}
    if not deals_with_values:
        return _note(title, f"no deal here prints the figures {metric} needs"), False
    data = pd.DataFrame([r for r in rows if r["deal"] in deals_with_values])
    order = [d for d in everyone if d in deals_with_values]
    colour = dict(zip(everyone, _colours(everyone), strict=True))
    subtitle = "by deal age; a gap is a missing month"
    if any(d.endswith("*") for d in order):
        subtitle += "; * age counted from the deal's first filing here"
    return alt.Chart(data, title=alt.Title(title, subtitle=subtitle)).mark_line(point=True, invalid=_BREAK).encode(
        x=alt.X("deal_age:Q", title="deal age (months)",
                axis=alt.Axis(values=_ticks(list(data["deal_age"])), format="d")),
        y=alt.Y("value:Q", title=title, axis=alt.Axis(format=".2%")),
        color=alt.Color("deal:N", sort=order, title="deal (vintage)",
                        scale=alt.Scale(domain=order, range=[colour[d] for d in order]),
                        legend=alt.Legend(labelLimit=260)),
        tooltip=["deal:N", "deal_age:Q", "month:N", alt.Tooltip("value:Q", format=".4%")],
    ).properties(width=WIDTH, height=HEIGHT), True


def curve(history: pd.DataFrame, metric: str = "cpr") -> OfflineChart:
    """One rate of the history by deal age, one line per deal (legend: deal and vintage)."""
    _check(history, ["deal", "deal_age", "vintage"])
    if metric not in history.columns:
        raise InputError(f"a rate column of the history table, such as {sorted(CURVES)}", repr(metric))
    return offline(_curve_chart(history, metric, CURVES.get(metric, fmt.label(metric))), id=_id(history, metric))


def curves(history: pd.DataFrame) -> OfflineChart:
    """CPR, CDR, 60+ delinquency and cumulative loss % by deal age, stacked in one figure."""
    _check(history, ["deal", "deal_age", "vintage", *CURVES])
    parts = [_curve_chart(history, m, t).properties(width=WIDTH - 40, height=HEIGHT - 60) for m, t in CURVES.items()]
    chart = alt.vconcat(*parts).resolve_scale(color="independent")
    return offline(chart, id=_id(history, "curves"))


def factor_paydown(history: pd.DataFrame, deal: str) -> OfflineChart:
    """Each class's factor (ending / original balance) by month for one deal; classes that
    print no factor (an original balance of 0, such as X and R) are left out."""
    _check(history, ["deal", "month", "missing"])
    rows = history[history["deal"] == deal]
    if not len(rows):
        raise InputError(f"a deal of this history ({', '.join(map(str, dict.fromkeys(history['deal'])))})", repr(deal))
    classes = [c for c in history.columns if c.startswith("factor[") and rows[c].notna().any()]
    title = f"Class factor paydown: {deal}"
    if not classes:
        return offline(_note(title, "no class table with original balances in these filings"), id=_id(history, deal, "factors"))
    data = pd.DataFrame([{"class": c[len("factor["):-1], "month": str(r["month"]), "factor": _value(r[c])}
                         for r in rows.to_dict("records") for c in classes])
    order = [c[len("factor["):-1] for c in classes]
    chart = alt.Chart(data, title=alt.Title(title, subtitle="ending / original balance; notional classes on their notional amount")
                      ).mark_line(point=True, invalid=_BREAK).encode(
        x=alt.X("month:O", title="distribution month", sort="ascending", axis=alt.Axis(labelAngle=-30)),
        y=alt.Y("factor:Q", title="factor", axis=alt.Axis(format=".2f")),
        color=alt.Color("class:N", sort=order, title="class", scale=alt.Scale(scheme="category20"),
                        legend=alt.Legend(columns=2)),
        tooltip=["class:N", "month:O", alt.Tooltip("factor:Q", format=".8f")],
    ).properties(width=WIDTH, height=HEIGHT)
    return offline(chart, id=_id(history, deal, "factors"))


def oc_headroom(history: pd.DataFrame) -> OfflineChart:
    """O/C amount as a share of its target over deal age, one line per deal, with the target
    (100%) as a rule: below the rule the O/C is still building up (or has been drawn on)."""
    _check(history, ["deal", "deal_age", "vintage", "oc_to_target"])
    title = "O/C against target"
    chart, drawn = _curve(history, "oc_to_target", title)
    if drawn:
        rule = alt.Chart(pd.DataFrame({"target": [1.0]})).mark_rule(strokeDash=[4, 3], color="#6b7280").encode(
            y="target:Q")
        chart = alt.layer(chart, rule)
    return offline(chart, id=_id(history, "oc-headroom"))


def trigger_headroom(triggers: pd.DataFrame) -> OfflineChart:
    """Trigger figures a report prints (:func:`abs_nb.surveillance.trigger_tests`): actual
    (solid) and threshold (dashed) by deal age, one colour per deal and test."""
    needed = ["deal", "deal_age", "test", "role", "value"]
    if not isinstance(triggers, pd.DataFrame) or any(c not in triggers.columns for c in needed):
        raise InputError("a trigger table (abs_nb.surveillance.trigger_tests(corpus))", repr(type(triggers).__name__))
    title = "Trigger tests: actual against threshold"
    data = triggers.dropna(subset=["value", "deal_age"])
    if not len(data):
        return offline(_note(title, "no filing here prints a trigger threshold or test figure"), id="abs-nb-triggers-none")
    data = pd.DataFrame({"series": [f"{d}: {t}" for d, t in zip(data["deal"], data["test"], strict=True)],
                         "role": list(data["role"]), "deal_age": [int(a) for a in data["deal_age"]],
                         "value": [float(v) for v in data["value"]]})
    chart = alt.Chart(data, title=title).mark_line(point=True, invalid=_BREAK).encode(
        x=alt.X("deal_age:Q", title="deal age (months)",
                axis=alt.Axis(values=_ticks(list(data["deal_age"])), format="d")),
        y=alt.Y("value:Q", title=None, axis=alt.Axis(format=".2%")),
        color=alt.Color("series:N", title="deal: test"),
        strokeDash=alt.StrokeDash("role:N", sort=["actual", "threshold"], title=None),
        tooltip=["series:N", "role:N", "deal_age:Q", alt.Tooltip("value:Q", format=".4%")],
    ).properties(width=WIDTH, height=HEIGHT)
    key = hashlib.sha256(data.to_csv(index=False).encode("utf-8")).hexdigest()[:10]
    return offline(chart, id=f"abs-nb-triggers-{key}")
