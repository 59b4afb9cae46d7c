"""The explorer app (``filing.explore()``), driven from Python as a user would from the UI."""

from __future__ import annotations

import ipywidgets as W
import pytest

from abs_nb.display import _format as fmt
from abs_nb.display.widgets import TAB_TITLES, Explorer, explore

from .conftest import HOSTILE, HOSTILE_ESCAPED, SEED_001, marked_lines, parse, row_of


@pytest.fixture()
def app001(f001) -> Explorer:
    return f001.explore()


def detail_rows(html: str) -> dict[str, list[str]]:
    tree = parse(html)
    tables = [t for ts in tree.tables.values() for t in ts]
    rows = tables[0]
    return {r[0]: r[1:] for r in rows[1:]}


def test_structure_and_stable_dom_classes(app001, f001):
    assert isinstance(app001, W.VBox)
    assert "abs-nb-explore" in app001._dom_classes
    assert isinstance(app001.class_select, W.Dropdown) and "abs-nb-class-select" in app001.class_select._dom_classes
    assert isinstance(app001.group_select, W.Dropdown)
    assert "abs-nb-group-select" in app001.group_select._dom_classes
    assert "abs-nb-class-detail" in app001.class_detail._dom_classes
    assert "abs-nb-chart" in app001.class_chart._dom_classes
    assert isinstance(app001.tabs, W.Tab) and tuple(app001.tabs.titles) == TAB_TITLES
    assert list(app001.class_select.options) == [str(c) for c in f001.classes.index]
    assert list(app001.group_select.options) == ["Group 1", "Group 2", "Total"]
    for w in (app001.class_detail, app001.class_chart, app001.source, app001.checks):
        assert isinstance(w, W.HTML)
        assert "<script" not in w.value.lower() and "http" not in w.value.lower()


def test_changing_the_class_updates_detail_and_chart_in_place(app001, f001):
    text = SEED_001.read_text(encoding="utf-8")
    detail_before, chart_before = app001.class_detail.value, app001.class_chart.value
    widget_before = app001.class_detail
    app001.class_select.value = "A-2"
    assert app001.class_detail is widget_before  # same widget, new value
    assert app001.class_detail.value != detail_before and app001.class_chart.value != chart_before
    r = f001.classes.loc["A-2"]
    rows = detail_rows(app001.class_detail.value)
    # value (from the DataFrame), printed text (from the seed) and its line
    for field, col in (("ending balance", "ending_balance"), ("original balance", "original_balance"),
                       ("principal", "principal"), ("interest rate", "interest_rate")):
        value, printed, line = rows[field]
        assert value == fmt.by_column(col, r[col])
        assert printed in text.splitlines()[int(line) - 1]
    assert rows["ending balance"] == ["161,327,967.00", "161,327,967", "139"]
    assert rows["CUSIP"][0] == "04541GES7"
    assert rows["notional"][0] == "no"
    # every field of the class the filing prints (or could not read); the others named below
    shown = {fmt.label(c) for c in f001.classes.columns
             if not fmt.missing(r[c]) or f001.source_of("classes", "A-2", c) is not None}
    assert set(rows) == shown
    hidden = sorted(set(map(fmt.label, f001.classes.columns)) - shown)
    assert hidden and "not printed for this class: " + ", ".join(
        fmt.label(c) for c in f001.classes.columns if fmt.label(c) in hidden) in app001.class_detail.value
    chart = app001.class_chart.value
    assert "Class A-2" in chart and "161,327,967.00" in chart and "<svg" in chart
    assert "483,608,563.00" not in chart  # A-1's ending balance is gone
    assert app001.selected_class == "A-2"


def test_selected_class_attribute_drives_the_dropdown(app001):
    app001.selected_class = "M5-A"
    assert app001.class_select.value == "M5-A"
    assert detail_rows(app001.class_detail.value)["ending balance"][0] == "10,000,000.00"


def test_toggling_the_group_updates_collateral_and_delinquency(app001, f001):
    assert app001.group_select.value == "Total"
    before = app001.collateral_chart.value
    app001.group_select.value = "Group 2"
    g2 = fmt.money(f001.collateral.loc["Group 2", "ending_balance"])
    assert g2 == "378,750,478.00"  # printed End Bal, GROUP 2
    rows = detail_rows(app001.collateral_detail.value)
    assert rows["ending balance"] == [g2, "378,750,478", str(f001.source_of("collateral", "Group 2", "ending_balance"))]
    assert fmt.money(f001.collateral.loc["Group 1", "ending_balance"]) not in app001.collateral_detail.value
    assert app001.collateral_chart.value != before
    dq = detail_rows(app001.delinquency_detail.value)
    assert dq["30-59 days"][:2] == ["26", "3,794,824.32"]  # printed: 26  3794824.32
    assert "Delinquency pipeline: Group 2" in app001.delinquency_chart.value
    app001.selected_group = "Group 1"
    assert detail_rows(app001.collateral_detail.value)["ending balance"][0] == "596,836,025.00"


def test_source_tab_highlights_the_lines_behind_the_selection(app001, f001):
    app001.class_select.value = "A-2"
    app001.group_select.value = "Group 2"
    html = app001.source.value
    pv = f001.provenance
    cls = set(pv[(pv["table"] == "classes") & (pv["row"] == "A-2")]["line"])
    assert marked_lines(html, "class") == cls
    assert {82, 139, 161} <= cls
    # the repaired per-$1,000 block: A-2's interest figure sits on the row printed "A-1"
    line = f001.source_of("classes", "A-2", "interest_per_1000")
    assert line in marked_lines(html, "class") and f001.source_line(line).split()[0] == "A-1"
    grp = marked_lines(html, "group")
    assert f001.source_of("collateral", "Group 2", "ending_balance") in grp
    assert f001.source_of("delinquency", "Group 2 30-59", "balance") in grp
    assert f001.source_of("delinquency", "Total 30-59", "balance") not in grp
    # every line of the report is there, escaped, in a <pre>
    assert html.count("\n") >= len(f001.source_text.split("\n"))
    assert "<pre " in html
    app001.class_select.value = "A-1"
    assert marked_lines(app001.source.value, "class") == set(pv[(pv["table"] == "classes") & (pv["row"] == "A-1")]["line"])


def test_servicer_groups_002(f002):
    app = explore(f002)
    assert list(app.group_select.options) == ["Fairbanks", "Long Beach", "Total"]
    app.group_select.value = "Fairbanks"
    # printed: Foreclosure / Fairbanks  265  40,832,990.39
    assert detail_rows(app.delinquency_detail.value)["foreclosure"][:2] == ["265", "40,832,990.39"]
    assert "prints no pool figures for Fairbanks" in app.collateral_detail.value
    app.group_select.value = "Total"
    assert detail_rows(app.collateral_detail.value)["ending balance"][0] == "798,796,001.41"
    assert "prints no delinquency figures for Total" in app.delinquency_detail.value


def test_credit_enhancement_and_checks_tabs(app001, f001):
    ce = app001.enhancement.value
    assert "19.182627%" in ce  # printed Credit Enhancement % 19.182627%
    assert "22,189,283.00" in ce  # printed O/C Target Amt
    checks = app001.checks.value
    assert f001.check_summary() in checks and "repaired" in checks
    table = parse(checks).tables["abs-nb-2003-he4-2003-11-17-checks-passing"][0]
    passing = [r for r in table if len(r) > 1]  # a check's detail is a one-cell row under it
    assert len(passing) == 1 + (f001.checks["status"] == "pass").sum()
    assert {r[0] for r in passing[1:]} == {"pass"}


def test_filing_strings_escaped_in_the_app(hostile):
    app = explore(hostile)
    assert HOSTILE in app.class_select.options  # a plain-text option, not HTML
    app.class_select.value = HOSTILE
    for w in (app.header, app.class_detail, app.class_chart, app.source, app.checks, app.classes_table):
        assert HOSTILE not in w.value
    assert HOSTILE_ESCAPED in app.class_detail.value and HOSTILE_ESCAPED in app.header.value
    assert HOSTILE_ESCAPED in app.source.value
    assert row_of(list(detail_rows(app.class_detail.value).items()), "ending balance")  # table parsed


def test_same_filing_same_app_html(f001):
    a, b = explore(f001), explore(f001)
    for name in ("header", "class_detail", "class_chart", "collateral_chart", "delinquency_chart", "source"):
        assert getattr(a, name).value == getattr(b, name).value, name


def test_pickers_shown_on_the_tabs_they_apply_to(f001, f000):
    app = explore(f001)
    shown = {}
    for tab in range(len(TAB_TITLES)):
        app.tabs.selected_index = tab
        shown[TAB_TITLES[tab]] = (app.class_select.layout.display != "none",
                                  app.group_select.layout.display != "none", app.picker_note.value != "")
    assert shown == {"Classes": (True, False, False), "Collateral": (False, True, False),
                     "Delinquency": (False, True, False), "Enhancement": (False, False, True),
                     "Checks": (False, False, True), "Source": (True, True, False)}
    assert all(len(t) <= 12 for t in TAB_TITLES)  # JupyterLab's tabs have a fixed width


def test_a_filing_without_groups_has_no_group_picker():
    from abs_nb import load_text

    text = "\n".join(line for line in SEED_001.read_text(encoding="utf-8").splitlines()[:140])
    f = load_text(text)
    if len(f.collateral) or len(f.delinquency):
        pytest.skip("this cut still prints groups")
    app = explore(f)
    for tab in range(len(TAB_TITLES)):
        app.tabs.selected_index = tab
        assert app.group_select.layout.display == "none"
    app.tabs.selected_index = 1
    assert "prints no loan groups" in app.picker_note.value


def test_charts_later_shows_the_app_first_and_fills_the_charts_in(f001):
    app = explore(f001, charts_later=True)
    app.wait_for_charts()
    assert "<svg" in app.class_chart.value and "<svg" in app.collateral_chart.value
    assert app.class_chart.value == explore(f001, charts_later=False).class_chart.value


def test_saved_notebook_fallback_is_the_card_of_the_selection(f001):
    app = explore(f001)
    app.class_select.value = "M-2"
    app.group_select.value = "Group 1"
    bundle = app._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    html = bundle["text/html"]
    assert "Class M-2" in html and "Collateral: Group 1" in html and "<script" not in html
    assert "Explorer(children=" not in bundle["text/plain"] and "class M-2" in bundle["text/plain"]
