"""Offline charts: Altair specs from the data model, rendered to static SVG by vl-convert."""

from __future__ import annotations

import re
import subprocess
import sys

import altair as alt
import pytest
import vl_convert as vlc

from abs_nb.display import charts as C

from .conftest import HOSTILE, HOSTILE_ESCAPED, SEED_000


def _texts(svg: str) -> list[str]:
    return re.findall(r"<text[^>]*>([^<]*)</text>", svg)


def test_vega_lite_version_is_pinned_to_altairs_schema():
    major_minor = re.match(r"v(\d+\.\d+)", alt.SCHEMA_VERSION).group(1)
    assert C.VL_VERSION == major_minor
    assert C.VL_VERSION in vlc.get_vegalite_versions()


def test_class_balances_svg_has_the_non_notional_classes(f000):
    svg = C.chart_svg(C.class_balances(f000))
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    labels = _texts(svg)
    non_notional = [str(c) for c in f000.classes.index[~f000.classes["notional"]]]
    for lab in non_notional:
        assert lab in labels
    for lab in ("A-IO", "A-IO-INV", "B-IO"):  # notional balances are left out
        assert lab not in labels


def test_cash_flows_pool_and_delinquency_charts(f000, f002):
    cash = _texts(C.chart_svg(C.class_cash_flows(f000)))
    assert {"A-1", "A-IO", "B-IO", "principal", "interest"} <= set(cash)
    pool = _texts(C.chart_svg(C.pool_principal(f000)))
    assert {"Group 1", "Group 2", "Total", "scheduled", "prepayments & curtailments",
            "liquidation proceeds", "loan purchases"} <= {t.replace("&amp;", "&") for t in pool}
    dq = _texts(C.chart_svg(C.delinquency_pipeline(f002)))
    assert {"Fairbanks", "Long Beach", "30-59 days", "foreclosure", "REO"} <= set(dq)
    one = _texts(C.chart_svg(C.delinquency_pipeline(f002, "Fairbanks")))
    # printed: Foreclosure / Fairbanks  265  40,832,990.39
    assert "40,832,990.39" in one and "Delinquency pipeline: Fairbanks" in one


def test_one_class_chart_labels_its_values(f001):
    svg = C.chart_svg(C.class_amounts(f001, "A-2"))
    texts = _texts(svg)
    assert "Class A-2" in texts
    # printed: A-2  172,000,000  165,394,980  4,067,013 ... End Bal 161,327,967
    for v in ("172,000,000.00", "165,394,980.00", "4,067,013.00", "161,327,967.00"):
        assert v in texts


def test_svg_is_deterministic_across_renders(f000):
    chart = C.pool_principal(f000, highlight="Group 1")
    a, b = C.chart_svg(chart), C.chart_svg(chart)
    assert a == b
    # a clipped chart: Vega's own clip ids count up across renders; ours are renamed in order
    clipped = alt.Chart(alt.Data(values=[{"x": "a", "y": 3}, {"x": "b", "y": 1}])).mark_bar(clip=True).encode(
        x="x:N", y=alt.Y("y:Q", scale=alt.Scale(domain=[0, 2])), color="y:Q")
    s1, s2 = C.chart_svg(clipped, id_prefix="p"), C.chart_svg(clipped, id_prefix="p")
    assert s1 == s2
    ids = re.findall(r'\bid="([^"]+)"', s1)
    assert ids and ids == [f"p-{i}" for i in range(len(ids))]
    for ref in re.findall(r"url\(#([^)]+)\)", s1):
        assert ref in ids


def test_svg_is_identical_in_a_fresh_process(f000):
    code = (
        "import abs_nb; from abs_nb.display import charts as C;"
        f"f = abs_nb.load(r'{SEED_000}'); C.chart_svg(C.class_cash_flows(f));"  # advance Vega's counters
        "print(C.chart_html(C.pool_principal(f), id='x'), end='')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == str(C.chart_html(C.pool_principal(f000), id="x"))


def test_chart_html_is_inline_svg_with_a_fixed_id(f000):
    h = C.chart_html(C.class_balances(f000, highlight="A-2"), id="abs-nb-2003-he2-2003-10-15-chart")
    assert h.startswith('<div id="abs-nb-2003-he2-2003-10-15-chart" class="abs-nb-chart"')
    assert "<svg" in h
    low = h.lower()
    for bad in ("<script", "<style", "http://", "https://", "xmlns", "<img", "<foreignobject"):
        assert bad not in low
    ids = re.findall(r'\bid="([^"]+)"', h)
    assert all(i.startswith("abs-nb-2003-he2-2003-10-15-chart") for i in ids)


def test_no_url_may_be_fetched():
    for source in ("https://example.invalid/data.csv", "data/local.csv"):
        chart = alt.Chart(source).mark_bar().encode(x="a:N", y="b:Q")
        with pytest.raises(ValueError, match="not allowed"):
            C.chart_svg(chart)


def test_altair_configuration_is_left_alone(f000):
    before = (alt.renderers.active, alt.data_transformers.active, alt.theme.active)
    C.chart_svg(C.class_balances(f000))
    C.offline(C.class_balances(f000))._repr_mimebundle_()
    assert (alt.renderers.active, alt.data_transformers.active, alt.theme.active) == before


def test_offline_wrapper_displays_as_svg(f000):
    b = C.offline(C.delinquency_pipeline(f000), id="abs-nb-dq")._repr_mimebundle_()
    assert set(b) == {"text/plain", "text/html", "image/svg+xml"}
    assert b["image/svg+xml"].startswith("<svg") and 'id="abs-nb-dq"' in b["text/html"]


def test_labels_from_the_filing_are_escaped_in_svg(hostile):
    svg = C.chart_svg(C.class_balances(hostile))
    assert HOSTILE not in svg and "<script" not in svg
    assert HOSTILE_ESCAPED in svg


def test_empty_data_gives_a_note_not_an_error(f002):
    # 002 prints no per-group pool figures for its servicers: no bar, a readable chart
    svg = C.chart_svg(C.delinquency_pipeline(f002, "Total"))
    assert "not printed in this filing" in svg
