"""``filing.explore()``: an ipywidgets app to look at one class or one loan group at a time.

Only stock widgets (``Dropdown``, ``Tab``, ``HTML``, boxes), so it runs
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

import threading
from typing import TYPE_CHECKING, Any

import ipywidgets as W

from abs_nb.display import _format as fmt
from abs_nb.display import _panels as panels
from abs_nb.display import charts
from abs_nb.display import filing_html as static
from abs_nb.display._html_builders import MUTED, ROOT, Html, div, join, span

if TYPE_CHECKING:
    from abs_nb.model import Filing

__all__ = ["explore", "Explorer", "TAB_TITLES"]

# short enough that JupyterLab's fixed-width tabs show them whole
TAB_TITLES = ("Classes", "Collateral", "Delinquency", "Enhancement", "Checks", "Source")
# which picker each tab follows (by tab index): the class, the group, both, or neither
_CLASS_TABS = {0, 5}
_GROUP_TABS = {1, 2, 5}
_PLACEHOLDER = "drawing the charts\u2026"


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

    ``class_select`` and ``group_select`` (Dropdowns, on one labelled row, each shown on the
    tabs it applies to; the group picker only when the filing has groups), ``tabs`` (Tab),
    ``class_detail`` / ``class_chart``, ``collateral_detail`` / ``collateral_chart``,
    ``delinquency_detail`` / ``delinquency_chart``, ``enhancement``, ``checks``, ``source``
    (all ``HTML``). Setting ``class_select.value`` or ``group_select.value`` updates the
    detail tables, charts and source highlighting in place.

    With ``charts_later=True`` (the default in a Jupyter kernel) the app shows at once and
    its first charts are drawn in a background thread, filled in as they are ready (the chart
    engine takes seconds to start); :meth:`wait_for_charts` waits for them. Saved in a
    notebook, the app shows (on GitHub, nbviewer, without widgets) the static card of the
    current selection (``text/html`` in its mimebundle).
    """

    def __init__(self, filing: Filing, *, charts_later: bool = False, **kwargs: Any) -> None:
        self.filing = filing
        classes = [str(x) for x in filing.classes.index]
        groups = panels.groups_of(filing)
        self.class_select = W.Dropdown(options=classes, value=classes[0] if classes else None,
                                       description="Class", layout=W.Layout(width="220px"),
                                       style={"description_width": "44px"})
        self.class_select.add_class("abs-nb-class-select")
        default_group = "Total" if "Total" in groups else (groups[0] if groups else None)
        self.group_select = W.Dropdown(options=groups, value=default_group, description="Group",
                                       layout=W.Layout(width="260px"), style={"description_width": "48px"})
        self.group_select.add_class("abs-nb-group-select")
        self.picker_note = W.HTML(value="", layout=W.Layout(margin="0 0 0 8px"))
        self.picker_note.add_class("abs-nb-picker-note")

        self.header = _html(_wrap(join([static.header_html(filing), static.key_figures_html(filing)])),
                            "abs-nb-header")
        detail = {"width": "46%", "min_width": "380px"}
        chart = {"width": "52%", "min_width": "360px"}
        self.class_detail = _html("", "abs-nb-class-detail", width=detail["width"])
        self.class_chart = _html("", "abs-nb-chart", "abs-nb-class-chart", width=chart["width"])
        self.classes_table = _html(_wrap(static.classes_html(filing)), "abs-nb-classes-table")
        self.collateral_detail = _html("", "abs-nb-collateral-detail", width=detail["width"])
        self.collateral_chart = _html("", "abs-nb-chart", "abs-nb-collateral-chart", width=chart["width"])
        self.collateral_table = _html(_wrap(static.collateral_html(filing)), "abs-nb-collateral-table")
        self.delinquency_detail = _html("", "abs-nb-delinquency-detail", width=detail["width"])
        self.delinquency_chart = _html("", "abs-nb-chart", "abs-nb-delinquency-chart", width=chart["width"])
        self.delinquency_table = _html(_wrap(static.delinquency_html(filing)), "abs-nb-delinquency-table")
        self.enhancement = _html(_wrap(panels.credit_enhancement_html(filing)), "abs-nb-credit-enhancement")
        self.checks = _html(_wrap(panels.checks_panel_html(filing)), "abs-nb-checks")
        self.source = _html("", "abs-nb-source")
        for w, d in ((self.class_detail, detail), (self.collateral_detail, detail), (self.delinquency_detail, detail),
                     (self.class_chart, chart), (self.collateral_chart, chart), (self.delinquency_chart, chart)):
            w.layout.min_width = d["min_width"]

        def pair(a: W.HTML, b: W.HTML) -> W.HBox:  # side by side when there is room, else stacked
            return W.HBox([a, b], layout=W.Layout(flex_flow="row wrap", align_items="flex-start",
                                                  justify_content="space-between"))

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
        controls = W.HBox([self.class_select, self.group_select, self.picker_note],
                          layout=W.Layout(flex_flow="row nowrap", align_items="center"))
        controls.add_class("abs-nb-controls")
        self.controls = controls
        super().__init__(children=[self.header, controls, self.tabs], **kwargs)
        self.add_class("abs-nb-explore")

        self._drawing: threading.Thread | None = None
        self._lock = threading.Lock()
        self._render_class(charts=not charts_later)
        self._render_group(charts=not charts_later)
        self._render_source()
        self._show_pickers()
        self.class_select.observe(self._on_class, names="value")
        self.group_select.observe(self._on_group, names="value")
        self.tabs.observe(lambda change: self._show_pickers(), names="selected_index")
        if charts_later:
            self._drawing = threading.Thread(target=self._draw_first_charts, name="abs_nb-charts", daemon=True)
            self._drawing.start()

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

    def wait_for_charts(self, timeout: float | None = 120) -> None:
        """Wait until the charts drawn in the background (``charts_later``) are in place."""
        if self._drawing is not None:
            self._drawing.join(timeout)

    # ---- the pickers: shown on the tabs they apply to ------------------------------------
    def _show_pickers(self) -> None:
        tab = self.tabs.selected_index or 0
        has_groups = bool(self.group_select.options)
        self.class_select.layout.display = None if tab in _CLASS_TABS and self.class_select.options else "none"
        self.group_select.layout.display = None if tab in _GROUP_TABS and has_groups else "none"
        if tab in _CLASS_TABS or (tab in _GROUP_TABS and has_groups):
            note = ""
        elif tab in _GROUP_TABS:
            note = "this filing prints no loan groups"
        else:
            note = "this tab covers the whole deal"
        self.picker_note.value = f'<span style="{MUTED};font-size:12px">{note}</span>' if note else ""

    # ---- updates -------------------------------------------------------------------------
    def _on_class(self, change: dict[str, Any]) -> None:
        self.wait_for_charts()
        self._render_class()
        self._render_source()

    def _on_group(self, change: dict[str, Any]) -> None:
        self.wait_for_charts()
        self._render_group()
        self._render_source()

    def _draw_first_charts(self) -> None:
        with self._lock:
            self._render_class_charts()
            self._render_group_charts()

    def _chart(self, build: Any, part: str) -> str:
        try:
            return charts.chart_html(build(), id=static.element_id(self.filing, part))
        except Exception as e:  # a chart that cannot be drawn must not break the app
            return f'<div style="color:#b91c1c">chart not drawn: {fmt.esc(e)}</div>'

    def _render_class(self, charts: bool = True) -> None:
        f, label = self.filing, self.class_select.value
        if label is None:
            self.class_detail.value = _wrap(Html(f'<span style="{MUTED}">no classes read</span>'))
            self.class_chart.value = ""
            return
        self.class_detail.value = _wrap(panels.class_detail_html(f, label))
        if charts:
            self._render_class_charts()
        else:
            self.class_chart.value = _wrap(Html(f'<span style="{MUTED}">{_PLACEHOLDER}</span>'))

    def _render_class_charts(self) -> None:
        f, label = self.filing, self.class_select.value
        if label is None:
            return
        self.class_chart.value = _wrap("".join([
            self._chart(lambda: charts.class_amounts(f, label), "chart-class"),
            self._chart(lambda: charts.class_balances(f, highlight=label), "chart-class-balances"),
            self._chart(lambda: charts.class_cash_flows(f, highlight=label), "chart-class-cash-flows"),
        ]))

    def _render_group(self, charts: bool = True) -> None:
        f, group = self.filing, self.group_select.value
        if group is None:
            self.collateral_detail.value = _wrap(Html(f'<span style="{MUTED}">no groups read</span>'))
            self.delinquency_detail.value = self.collateral_detail.value
            self.collateral_chart.value = self.delinquency_chart.value = ""
            return
        self.collateral_detail.value = _wrap(panels.collateral_detail_html(f, group))
        self.delinquency_detail.value = _wrap(panels.delinquency_detail_html(f, group))
        if charts:
            self._render_group_charts()
        else:
            waiting = _wrap(Html(f'<span style="{MUTED}">{_PLACEHOLDER}</span>'))
            self.collateral_chart.value = self.delinquency_chart.value = waiting

    def _render_group_charts(self) -> None:
        f, group = self.filing, self.group_select.value
        if group is None:
            return
        self.collateral_chart.value = _wrap(
            self._chart(lambda: charts.pool_principal(f, highlight=group), "chart-pool-principal"))
        has_dq = len(f.delinquency) and group in set(f.delinquency["group"])
        self.delinquency_chart.value = _wrap(
            self._chart(lambda: charts.delinquency_pipeline(f, group if has_dq else None), "chart-delinquency"))

    def _render_source(self) -> None:
        self.source.value = _wrap(panels.source_html(self.filing, self.class_select.value,
                                                     self.group_select.value))

    # ---- saved notebooks -----------------------------------------------------------------
    def static_html(self) -> str:
        """The card of the current selection: header, key figures, the class and the group
        shown (what a saved notebook shows where widgets do not run)."""
        f, label, group = self.filing, self.class_select.value, self.group_select.value
        parts: list[object] = [static.header_html(f), static.key_figures_html(f)]
        if label is not None:
            parts.append(panels.class_detail_html(f, label))
        if group is not None:
            parts.append(panels.collateral_detail_html(f, group))
        note = span("explore(): interactive in Jupyter with ipywidgets; this is the selection it was saved with",
                    f"{MUTED};font-size:12px")
        return str(div(join([note] + parts), id=static.element_id(f, "explorer"), style=ROOT))

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        data = super()._repr_mimebundle_(**kwargs) or {}
        data["text/plain"] = (f"abs_nb explorer of {self.filing!r}: class {self.class_select.value}, "
                              f"group {self.group_select.value}")
        data["text/html"] = self.static_html()
        return data


def explore(filing: Filing, *, charts_later: bool | None = None) -> Explorer:
    """Build the explorer for ``filing`` (display it by leaving it last in a cell).

    ``charts_later``: draw the first charts in the background so the app shows at once
    (default: in a Jupyter kernel, yes; elsewhere, as in a script or a test, no)."""
    if charts_later is None:
        from abs_nb.display.progress import in_notebook

        charts_later = in_notebook()
    return Explorer(filing, charts_later=charts_later)
