"""``filing.explore()``: an ipywidgets app to look at one class or one loan group at a time.

Only stock widgets (``Dropdown``, ``ToggleButtons``, ``Tab``, ``HTML``, boxes), so it runs
with the ipywidgets front end that ships with JupyterLab 4 and Notebook 7, no extension.
Content is inline-styled HTML from :mod:`abs_nb.display._panels` and charts are inline SVG
from :mod:`abs_nb.display.charts` (no Vega in the browser, nothing fetched).

The selection is plain widget state, so Python (or a test) can drive it:

>>> import abs_nb
>>> app = explore(abs_nb.load("sample_filings/001_21e012ce03d1908d.txt"))
>>> app.class_select.value = "A-2"
>>> "161,327,967.00" in app.class_detail.value
True
>>> app.group_select.value = "Group 2"
>>> "378,750,478.00" in app.collateral_detail.value
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as W

from abs_nb.display import _format as fmt
from abs_nb.display import _panels as panels
from abs_nb.display import charts
from abs_nb.display import html as static
from abs_nb.display._html import MUTED, ROOT, Html, join

if TYPE_CHECKING:
    from abs_nb.model import Filing

__all__ = ["explore", "Explorer", "TAB_TITLES"]

TAB_TITLES = ("Classes", "Collateral", "Delinquency", "Credit enhancement", "Checks", "Source")


def _html(value: str, *classes: str, width: str = "100%") -> W.HTML:
    w = W.HTML(value=value, layout=W.Layout(width=width, max_width="100%"))
    for c in classes:
        w.add_class(c)
    return w


def _wrap(body: str) -> str:
    """Inline-styled root so the panels read the same in light and dark themes."""
    return f'<div style="{ROOT}">{body}</div>'


class Explorer(W.VBox):
    """The explorer app (a ``VBox``). Children worth knowing by name:

    ``class_select`` (Dropdown), ``group_select`` (ToggleButtons), ``tabs`` (Tab),
    ``class_detail`` / ``class_chart``, ``collateral_detail`` / ``collateral_chart``,
    ``delinquency_detail`` / ``delinquency_chart``, ``enhancement``, ``checks``, ``source``
    (all ``HTML``). Setting ``class_select.value`` or ``group_select.value`` updates the
    detail tables, charts and source highlighting in place.
    """

    def __init__(self, filing: Filing, **kwargs: Any) -> None:
        self.filing = filing
        classes = [str(x) for x in filing.classes.index]
        groups = panels.groups_of(filing)
        self.class_select = W.Dropdown(options=classes, value=classes[0] if classes else None,
                                       description="Class", layout=W.Layout(width="220px"))
        self.class_select.add_class("abs-nb-class-select")
        default_group = "Total" if "Total" in groups else (groups[0] if groups else None)
        self.group_select = W.ToggleButtons(options=groups, value=default_group,
                                            description="Group", style={"button_width": "auto"})
        self.group_select.add_class("abs-nb-group-select")

        self.header = _html(_wrap(join([static.header_html(filing), static.key_figures_html(filing)])),
                            "abs-nb-header")
        self.class_detail = _html("", "abs-nb-class-detail", width="auto")
        self.class_chart = _html("", "abs-nb-chart", "abs-nb-class-chart", width="auto")
        self.classes_table = _html(_wrap(static.classes_html(filing)), "abs-nb-classes-table")
        self.collateral_detail = _html("", "abs-nb-collateral-detail", width="auto")
        self.collateral_chart = _html("", "abs-nb-chart", "abs-nb-collateral-chart", width="auto")
        self.collateral_table = _html(_wrap(static.collateral_html(filing)), "abs-nb-collateral-table")
        self.delinquency_detail = _html("", "abs-nb-delinquency-detail", width="auto")
        self.delinquency_chart = _html("", "abs-nb-chart", "abs-nb-delinquency-chart", width="auto")
        self.delinquency_table = _html(_wrap(static.delinquency_html(filing)), "abs-nb-delinquency-table")
        self.enhancement = _html(_wrap(panels.credit_enhancement_html(filing)), "abs-nb-credit-enhancement")
        self.checks = _html(_wrap(panels.checks_panel_html(filing)), "abs-nb-checks")
        self.source = _html("", "abs-nb-source")

        def pair(a: W.HTML, b: W.HTML) -> W.HBox:  # side by side when there is room, else stacked
            return W.HBox([a, b], layout=W.Layout(flex_flow="row wrap", align_items="flex-start"))

        self.tabs = W.Tab(
            children=[
                W.VBox([pair(self.class_detail, self.class_chart), self.classes_table]),
                W.VBox([pair(self.collateral_detail, self.collateral_chart), self.collateral_table]),
                W.VBox([pair(self.delinquency_detail, self.delinquency_chart), self.delinquency_table]),
                self.enhancement,
                self.checks,
                self.source,
            ],
            titles=TAB_TITLES,
        )
        self.tabs.add_class("abs-nb-tabs")
        controls = W.HBox([self.class_select, self.group_select])
        controls.add_class("abs-nb-controls")
        super().__init__(children=[self.header, controls, self.tabs], **kwargs)
        self.add_class("abs-nb-explore")

        self._render_class()
        self._render_group()
        self._render_source()
        self.class_select.observe(self._on_class, names="value")
        self.group_select.observe(self._on_group, names="value")

    # ---- selection as attributes ---------------------------------------------------------
    @property
    def selected_class(self) -> str | None:
        """The class shown (same as ``class_select.value``); assignable."""
        return self.class_select.value

    @selected_class.setter
    def selected_class(self, label: str) -> None:
        self.class_select.value = label

    @property
    def selected_group(self) -> str | None:
        """The group shown (same as ``group_select.value``); assignable."""
        return self.group_select.value

    @selected_group.setter
    def selected_group(self, group: str) -> None:
        self.group_select.value = group

    # ---- updates -------------------------------------------------------------------------
    def _on_class(self, change: dict[str, Any]) -> None:
        self._render_class()
        self._render_source()

    def _on_group(self, change: dict[str, Any]) -> None:
        self._render_group()
        self._render_source()

    def _chart(self, build: Any, part: str) -> str:
        try:
            return charts.chart_html(build(), id=static.element_id(self.filing, part))
        except Exception as e:  # a chart that cannot be drawn must not break the app
            return f'<div style="color:#991b1b">chart not drawn: {fmt.esc(e)}</div>'

    def _render_class(self) -> None:
        f, label = self.filing, self.class_select.value
        if label is None:
            self.class_detail.value = _wrap(Html(f'<span style="{MUTED}">no classes read</span>'))
            self.class_chart.value = ""
            return
        self.class_detail.value = _wrap(panels.class_detail_html(f, label))
        self.class_chart.value = _wrap("".join([
            self._chart(lambda: charts.class_amounts(f, label), "chart-class"),
            self._chart(lambda: charts.class_balances(f, highlight=label), "chart-class-balances"),
            self._chart(lambda: charts.class_cash_flows(f, highlight=label), "chart-class-cash-flows"),
        ]))

    def _render_group(self) -> None:
        f, group = self.filing, self.group_select.value
        if group is None:
            self.collateral_detail.value = _wrap(Html(f'<span style="{MUTED}">no groups read</span>'))
            self.delinquency_detail.value = self.collateral_detail.value
            self.collateral_chart.value = self.delinquency_chart.value = ""
            return
        self.collateral_detail.value = _wrap(panels.collateral_detail_html(f, group))
        self.delinquency_detail.value = _wrap(panels.delinquency_detail_html(f, group))
        self.collateral_chart.value = _wrap(
            self._chart(lambda: charts.pool_principal(f, highlight=group), "chart-pool-principal"))
        has_dq = len(f.delinquency) and group in set(f.delinquency["group"])
        self.delinquency_chart.value = _wrap(
            self._chart(lambda: charts.delinquency_pipeline(f, group if has_dq else None), "chart-delinquency"))

    def _render_source(self) -> None:
        self.source.value = _wrap(panels.source_html(self.filing, self.class_select.value,
                                                     self.group_select.value))


def explore(filing: Filing) -> Explorer:
    """Build the explorer for ``filing`` (display it by leaving it last in a cell)."""
    return Explorer(filing)
