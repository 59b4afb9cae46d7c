"""Altair charts of a filing, rendered offline to static SVG (no JavaScript, no CDN).

Chart builders return plain :class:`altair.Chart` objects made from the data model, so a
user can restyle them. abs_nb's own displays never hand them to Altair's renderers: they go
through :func:`chart_svg` / :func:`chart_html`, which compile the Vega-Lite spec with
``vl-convert-python`` (Vega and Vega-Lite bundled in the wheel, run in-process) and embed
the SVG inline. That shows in JupyterLab, the classic notebook, VS Code, GitHub and
nbviewer, fetches nothing, and does not touch ``alt.renderers`` (the user's Altair setup
is left alone). :func:`offline` wraps any chart in an object that displays the same way.

Why not Altair's renderers: the default one loads Vega from a CDN; Altair 6's ``mimetype``
renderer emits Vega-Lite 6, which JupyterLab 4's built-in renderer does not handle. Altair
6.3 writes Vega-Lite 6.4 specs; vl-convert 1.9 bundles Vega-Lite 5.8 to 6.4, and we pin the
bundled version matching Altair's schema (:data:`VL_VERSION`) so a newer default in a later
vl-convert cannot change the output.

Vega numbers its clip paths and gradients with process-wide counters (``clip1``,
``clip2``, ... across renders), so the SVG ids are renamed in order of appearance, from a
prefix: the same chart gives the same bytes, and two charts inlined in one page never share
an id.

>>> import abs_nb
>>> f = abs_nb.load("sample_filings/000_2d551bf597d89db6.txt")
>>> svg = chart_svg(class_balances(f))
>>> svg.startswith("<svg") and "A-1" in svg
True
>>> chart_html(class_balances(f), id="abs-nb-demo") == chart_html(class_balances(f), id="abs-nb-demo")
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import altair as alt
import pandas as pd
import vl_convert as vlc

from abs_nb.display import _format as fmt
from abs_nb.display._html_builders import Html

if TYPE_CHECKING:
    from abs_nb.model import Filing

__all__ = [
    "class_balances",
    "class_cash_flows",
    "class_amounts",
    "pool_principal",
    "delinquency_pipeline",
    "chart_svg",
    "chart_html",
    "offline",
    "OfflineChart",
    "VL_VERSION",
]

WIDTH = 520
HEIGHT = 220
DIM = 0.3
PALETTE = ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2"]
# delinquency stages, 30-59 days to REO, and any other status after them
_STAGES = ["#fbbf24", "#f59e0b", "#ea580c", "#dc2626", "#9f1239", "#7f1d1d"] + ["#6b7280"] * 10


def _pick_vl_version() -> str | None:
    """The Vega-Lite version Altair writes, if vl-convert bundles it (else vl-convert's latest)."""
    m = re.match(r"v?(\d+)\.(\d+)", getattr(alt, "SCHEMA_VERSION", ""))
    if not m:
        return None
    wanted = f"{m.group(1)}.{m.group(2)}"
    try:
        available = list(vlc.get_vegalite_versions())
    except AttributeError:  # pragma: no cover - very old vl-convert
        return None
    if wanted in available:
        return wanted
    same_major = [v for v in available if v.split(".")[0] == m.group(1)]
    return same_major[-1] if same_major else None


VL_VERSION: str | None = _pick_vl_version()
"""Vega-Lite version passed to vl-convert (``"6.4"`` with Altair 6.3 and vl-convert 1.9)."""


# ---- rendering -----------------------------------------------------------------------------
_ID = re.compile(r'\bid="([^"]+)"')
_XMLNS = re.compile(r'\s+xmlns(?::\w+)?="[^"]*"')


def _normalise_ids(svg: str, prefix: str) -> str:
    """Rename every ``id`` (and its ``url(#...)`` / ``href="#..."`` references) in order."""
    names: dict[str, str] = {}
    for old in _ID.findall(svg):
        names.setdefault(old, f"{prefix}-{len(names)}")
    if not names:
        return svg
    alternatives = "|".join(re.escape(k) for k in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf'(\bid="|url\(#|href="#)({alternatives})(?=[")])')
    return pattern.sub(lambda m: m.group(1) + names[m.group(2)], svg)


def _spec(chart: Any) -> dict[str, Any]:
    return chart if isinstance(chart, dict) else chart.to_dict()


def chart_svg(chart: Any, *, id_prefix: str = "abs-nb-svg") -> str:
    """Render an Altair chart (or a Vega-Lite spec dict) to a standalone SVG string, offline.

    No URL may be fetched (``allowed_base_urls=[]``): the data travels inline in the spec.
    Ids inside the SVG are renamed ``<id_prefix>-0``, ``-1``, ... so output is deterministic.
    """
    svg = vlc.vegalite_to_svg(_spec(chart), vl_version=VL_VERSION, allowed_base_urls=[])
    return _normalise_ids(svg, fmt.slug(id_prefix) or "abs-nb-svg")


def chart_html(chart: Any, id: str = "abs-nb-chart", *, title: str | None = None) -> Html:
    """The chart as an inline-SVG ``<div>`` (fixed ``id``, no script, no namespace URLs).

    The SVG's internal ids are prefixed with ``id`` so several charts can share a page.
    """
    ident = fmt.slug(id) or "abs-nb-chart"
    svg = _XMLNS.sub("", chart_svg(chart, id_prefix=ident), count=2)
    # Vega lays text out with vl-convert's font metrics; a browser whose sans-serif is wider
    # (DejaVu Sans on Linux) would clip labels at the SVG's edge: let them overflow into padding
    # and scale down (never up) to the width the notebook gives it
    svg = svg.replace("<svg ", '<svg style="overflow:visible;display:block;max-width:100%;height:auto" ', 1)
    head = (f'<div style="font-size:12px;font-weight:600;margin:4px 0">{fmt.esc(title)}</div>'
            if title else "")
    # the SVG's text and axes are drawn in fixed dark colours: its own light background keeps
    # them readable in a dark theme too
    return Html(f'<div id="{ident}" class="abs-nb-chart" '
                f'style="max-width:100%;overflow-x:auto;padding:2px 24px 6px 24px;background:#ffffff;'
                f'color:#1f2937;border-radius:4px;box-sizing:border-box">{head}{svg}</div>')


class OfflineChart:
    """An Altair chart that displays as inline SVG (no Altair renderer, no JavaScript).

    ``.chart`` is the Altair chart itself, for restyling (``offline(c.chart.properties(...))``).
    """

    def __init__(self, chart: Any, id: str = "abs-nb-chart") -> None:
        self.chart = chart
        self.id = id

    def svg(self) -> str:
        """The chart as a standalone SVG document."""
        return chart_svg(self.chart, id_prefix=self.id)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return {
            "text/plain": f"<abs_nb chart {self.id}>",
            "text/html": str(chart_html(self.chart, id=self.id)),
            "image/svg+xml": self.svg(),
        }


def offline(chart: Any, id: str = "abs-nb-chart") -> OfflineChart:
    """Wrap an Altair chart so that a notebook shows it as inline SVG, offline."""
    return OfflineChart(chart, id=id)


# ---- data ----------------------------------------------------------------------------------
_num = fmt.number_or_none  # a plotted value: a float, or None for N/A, blank, text


def _selected(values: list[Any], highlight: Any) -> list[str]:
    return ["yes" if highlight is None or v == highlight else "no" for v in values]


def _opacity() -> alt.Opacity:
    return alt.Opacity("selected:N", scale=alt.Scale(domain=["yes", "no"], range=[1.0, DIM]), legend=None)


def _empty(title: str | alt.Title) -> alt.Chart:
    df = pd.DataFrame({"note": ["not printed in this filing"]})
    return alt.Chart(df, title=title).mark_text(fontSize=12, color="#6b7280").encode(
        text="note:N").properties(width=WIDTH, height=40)


def _long(df: pd.DataFrame, key: str, kind: str, columns: Sequence[tuple[str, str]],
          keep: Callable[[pd.Series], bool] = lambda r: True) -> list[dict[str, Any]]:
    """One row per table row (``key``: its label) and column (``kind``: the column's name in
    ``columns``) whose value can be plotted: ``{key, kind, "amount"}``, in table order."""
    return [{key: str(lab), kind: name, "amount": v}
            for lab, r in df.iterrows() if keep(r)
            for col, name in columns if (v := _num(r.get(col))) is not None]


def _money_axis(title: str) -> alt.Axis:
    """Dollars in short SI units per tick (``50M``), zero as ``0`` (never ``0M``)."""
    return alt.Axis(title=title, labelExpr="datum.value == 0 ? '0' : format(datum.value, '~s')")


def _legend() -> alt.Legend:
    """A legend under the chart, so it is never cut at the column's right edge."""
    return alt.Legend(orient="bottom", direction="horizontal", labelLimit=260, title=None)


# ---- charts --------------------------------------------------------------------------------
def class_balances(filing: Filing, highlight: str | None = None) -> alt.Chart:
    """Beginning vs ending balance per class (notional classes left out), in report order."""
    df = filing.classes
    rows = _long(df, "class", "balance", (("beginning_balance", "beginning"), ("ending_balance", "ending")),
                 keep=lambda r: not r.get("notional"))
    title = alt.Title("Class balances: beginning vs ending", subtitle="notional classes left out")
    if not rows:
        return _empty(title)
    data = pd.DataFrame(rows)
    data["selected"] = _selected(list(data["class"]), highlight)
    order = [str(x) for x in df.index if str(x) in set(data["class"])]
    return alt.Chart(data, title=title).mark_bar().encode(
        x=alt.X("class:N", sort=order, title=None, axis=alt.Axis(labelAngle=-45)),
        xOffset=alt.XOffset("balance:N", sort=["beginning", "ending"]),
        y=alt.Y("amount:Q", axis=_money_axis("dollars")),
        color=alt.Color("balance:N", sort=["beginning", "ending"],
                        scale=alt.Scale(range=PALETTE[:2]), title=None, legend=_legend()),
        opacity=_opacity(),
        tooltip=["class:N", "balance:N", alt.Tooltip("amount:Q", format=",.2f")],
    ).properties(width=WIDTH, height=HEIGHT)


def class_cash_flows(filing: Filing, highlight: str | None = None) -> alt.Chart:
    """Principal and interest paid per class this period (stacked), in report order."""
    df = filing.classes
    rows = _long(df, "class", "flow", (("principal", "principal"), ("interest", "interest")))
    title = "Cash flows: principal and interest per class"
    if not rows:
        return _empty(title)
    data = pd.DataFrame(rows)
    data["selected"] = _selected(list(data["class"]), highlight)
    order = [str(x) for x in df.index]
    return alt.Chart(data, title=title).mark_bar().encode(
        x=alt.X("class:N", sort=order, title=None, axis=alt.Axis(labelAngle=-45)),
        y=alt.Y("sum(amount):Q", stack="zero", axis=_money_axis("dollars")),
        color=alt.Color("flow:N", sort=["principal", "interest"],
                        scale=alt.Scale(range=[PALETTE[2], PALETTE[1]]), title=None, legend=_legend()),
        order=alt.Order("flow:N", sort="descending"),
        opacity=_opacity(),
        tooltip=["class:N", "flow:N", alt.Tooltip("amount:Q", format=",.2f")],
    ).properties(width=WIDTH, height=HEIGHT)


CLASS_AMOUNTS: list[tuple[str, str]] = [
    ("original_balance", "original balance"),
    ("beginning_balance", "beginning balance"),
    ("principal", "principal"),
    ("interest", "interest"),
    ("realized_loss", "realized loss"),
    ("ending_balance", "ending balance"),
]


def class_amounts(filing: Filing, label: str) -> alt.Chart:
    """One class: original, beginning, principal, interest, realized loss, ending (labelled bars)."""
    if label not in filing.classes.index:
        from abs_nb.errors import InputError

        raise InputError(f"a class of this filing ({', '.join(map(str, filing.classes.index))})", repr(label))
    r = filing.classes.loc[label]
    rows = [{"item": name, "amount": v, "text": fmt.money(v)}
            for col, name in CLASS_AMOUNTS if (v := _num(r.get(col))) is not None]
    note = " (notional amount)" if bool(r.get("notional")) else ""
    title = f"Class {label}{note}"
    if not rows:
        return _empty(title)
    data = pd.DataFrame(rows)
    # balances and this period's cash flows differ by orders of magnitude: each its own scale
    parts = []
    for kind, names in (("balances", _CLASS_BALANCES), ("paid this period", _CLASS_FLOWS)):
        sub = data[data["item"].isin(names)]
        if not len(sub):
            continue
        lo, hi = min(0.0, float(sub["amount"].min())), max(0.0, float(sub["amount"].max()))
        base = alt.Chart(sub, title=alt.Title(kind, fontSize=11, fontWeight="normal", anchor="start")).encode(
            y=alt.Y("item:N", sort=names, title=None, axis=alt.Axis(labelLimit=200)),
            x=alt.X("amount:Q", axis=_money_axis("dollars"),
                    scale=alt.Scale(domain=[lo, hi * 1.4 if hi > 0 else 1.0], nice=False)),
        )
        bars = base.mark_bar(color=PALETTE[0] if kind == "balances" else PALETTE[2])
        text = base.mark_text(align="left", dx=4, fontSize=11, color="#111827").encode(text="text:N")
        parts.append((bars + text).properties(width=WIDTH - 160, height=22 * len(sub)))
    return alt.vconcat(*parts, title=title).resolve_scale(x="independent")


_CLASS_BALANCES = ["original balance", "beginning balance", "ending balance"]
_CLASS_FLOWS = ["principal", "interest", "realized loss"]


POOL_COMPONENTS: list[tuple[str, str]] = [
    ("scheduled_principal", "scheduled"),
    ("prepayments_and_curtailments", "prepayments & curtailments"),
    ("liquidation_proceeds", "liquidation proceeds"),
    ("loan_purchases", "loan purchases"),
]


def pool_principal(filing: Filing, highlight: str | None = None) -> alt.Chart:
    """Pool principal per group by source: scheduled, prepayments & curtailments, liquidations,
    loan purchases."""
    df = filing.collateral
    # prepayments_and_curtailments is derived by the parser where printed apart (and only
    # when both parts are known); the chart plots the data model, it derives nothing
    rows = _long(df, "group", "component", POOL_COMPONENTS)
    title = "Pool principal by source"
    if not rows:
        return _empty(title)
    data = pd.DataFrame(rows)
    data["selected"] = _selected(list(data["group"]), highlight)
    names = [n for _, n in POOL_COMPONENTS]
    return alt.Chart(data, title=title).mark_bar().encode(
        y=alt.Y("group:N", sort=[str(g) for g in df.index], title=None),
        x=alt.X("sum(amount):Q", stack="zero", axis=_money_axis("dollars")),
        color=alt.Color("component:N", sort=names, scale=alt.Scale(domain=names, range=PALETTE[:4]),
                        title=None, legend=_legend()),
        order=alt.Order("component_order:Q"),
        opacity=_opacity(),
        tooltip=["group:N", "component:N", alt.Tooltip("amount:Q", format=",.2f")],
    ).transform_calculate(
        component_order=f"indexof({names!r}, datum.component)"
    ).properties(width=WIDTH - 60, height=32 * df.shape[0] + 20)


def delinquency_pipeline(filing: Filing, group: str | None = None) -> alt.Chart:
    """Balance per delinquency status (30-59 ... REO); one group with labels, or all groups side by side."""
    from abs_nb.display.filing_html import DELINQUENCY_STATUSES

    dq = filing.delinquency
    labels = dict(DELINQUENCY_STATUSES)
    if group is not None:
        dq = dq[dq["group"] == group]
    rows = [{"group": str(r.group), "status": labels.get(r.status, str(r.status)), "amount": v,
             "text": fmt.money(v)}
            for r in dq.itertuples(index=False) if (v := _num(r.balance)) is not None]
    title = "Delinquency pipeline" + (f": {group}" if group is not None else " by group")
    if not rows:
        return _empty(title)
    data = pd.DataFrame(rows)
    order = [lab for _, lab in DELINQUENCY_STATUSES] + sorted(set(data["status"]) - set(labels.values()))
    groups = list(dict.fromkeys(data["group"]))
    if group is not None:
        base = alt.Chart(data, title=title).encode(
            x=alt.X("status:N", sort=order, title=None, axis=alt.Axis(labelAngle=0)),
            y=alt.Y("amount:Q", axis=_money_axis("balance")),
        )
        # later stages darker: 30-59 amber ... REO deep red
        bars = base.mark_bar().encode(color=alt.Color("status:N", sort=order, legend=None,
                                                       scale=alt.Scale(domain=order, range=_STAGES[:len(order)])))
        text = base.mark_text(dy=-4, baseline="bottom", fontSize=10, color="#111827").encode(text="text:N")
        return (bars + text).properties(width=WIDTH, height=HEIGHT)
    return alt.Chart(data, title=title).mark_bar().encode(
        x=alt.X("status:N", sort=order, title=None, axis=alt.Axis(labelAngle=0)),
        xOffset=alt.XOffset("group:N", sort=groups),
        y=alt.Y("amount:Q", axis=_money_axis("balance")),
        color=alt.Color("group:N", sort=groups, scale=alt.Scale(domain=groups, range=PALETTE[: len(groups)] or PALETTE),
                        title=None, legend=_legend()),
        tooltip=["group:N", "status:N", alt.Tooltip("amount:Q", format=",.2f")],
    ).properties(width=WIDTH, height=HEIGHT)
