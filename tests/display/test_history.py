"""Charts of a deal's life (abs_nb.display.history): offline SVG, a deal per line with its
vintage, a missing month a break in the line, fixed ids, escaped labels."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import abs_nb
from abs_nb.display import history as dh
from abs_nb.surveillance import trigger_tests

from .conftest import HOSTILE, HOSTILE_ESCAPED

ROOT = Path(__file__).resolve().parents[2]
HISTORY = ROOT / "sample_filings" / "deal-history"


@pytest.fixture(scope="module")
def corpus() -> abs_nb.Corpus:
    return abs_nb.load_many([str(HISTORY), str(ROOT / "sample_filings" / "*.txt")], progress=False, workers=1,
                            engine="serial")


@pytest.fixture(scope="module")
def h(corpus):
    return corpus.history()


def _subpaths(svg: str) -> list[int]:
    """How many pieces each path of the SVG is drawn in (a line broken by a gap: 2)."""
    return [d.count("M") for d in re.findall(r'\bd="(M[^"]+)"', svg)]


def _offline(b: dict[str, str]) -> None:
    assert set(b) == {"text/plain", "text/html", "image/svg+xml"}
    assert "<svg" in b["text/html"] and "<script" not in b["text/html"]
    assert "http://" not in b["text/html"].replace("http://www.w3.org", "") and "https://" not in b["text/html"]


def test_curves_by_deal_age_with_deal_and_vintage(h):
    c = dh.curve(h, "dq60_plus")
    b = c._repr_mimebundle_()
    _offline(b)
    svg = b["image/svg+xml"]
    for label in ("2001-1 (2001)", "2001-2 (2001)", "2002-HE1 (2002)*", "deal age (months)", "60+ delinquency"):
        assert label in svg
    assert "2004-HE4" not in svg  # no pool figures: not in the legend of a pool curve
    assert c.id == dh.curve(h, "dq60_plus").id and c.id != dh.curve(h, "cpr").id
    assert b == dh.curve(h, "dq60_plus")._repr_mimebundle_()  # same bytes each time


def test_a_missing_month_breaks_the_line(h):
    with_gap = dh.curve(h[h["deal"] == "2001-1"], "dq60_plus").svg()  # October 2001 missing
    assert max(_subpaths(with_gap)) == 2
    without = dh.curve(h[(h["deal"] == "2001-1") & (h["deal_age"] <= 3)], "dq60_plus").svg()
    assert max(_subpaths(without)) == 1


def test_four_curves_and_a_note_where_no_deal_prints_the_figures(h):
    svg = dh.curves(h).svg()
    for title in ("CPR (1-month)", "CDR (1-month)", "60+ delinquency", "Cumulative loss % of original balance"):
        assert title in svg
    only_household = h[h["deal"].isin(["2001-1", "2001-2"])]
    assert "no deal here prints the figures cpr needs" in dh.curve(only_household, "cpr").svg()


def test_factor_paydown_and_headroom(h, corpus):
    svg = dh.factor_paydown(h, "2004-HE4").svg()
    assert "Class factor paydown: 2004-HE4" in svg and "2004-09" in svg and "M-10" in svg
    assert "no class table" in dh.factor_paydown(h, "2001-1").svg()
    with pytest.raises(abs_nb.InputError, match="2009-XX"):
        dh.factor_paydown(h, "2009-XX")
    oc = dh.oc_headroom(h).svg()
    assert "O/C against target" in oc and "2001-2 (2001)" in oc
    none = dh.trigger_headroom(trigger_tests(corpus)).svg()
    assert "no filing here prints a trigger threshold" in none


def test_trigger_chart_of_printed_figures():
    dec = HISTORY / "046_household-hel-2001-2-2001-12-statement.txt"
    text = dec.read_text() + "\n|\nDelinquency Trigger Threshold\n|\n5.25%\n|\nDelinquency Test Rolling Average\n|\n1.10%\n"
    svg = dh.trigger_headroom(trigger_tests([abs_nb.load_text(text)])).svg()
    assert "2001-2: delinquency" in svg and "threshold" in svg and "actual" in svg


def test_labels_escaped_and_bad_input(h):
    hostile = h.copy()
    hostile.loc[hostile["deal"] == "2001-2", "deal"] = HOSTILE
    svg = dh.curve(hostile, "dq60_plus").svg()
    assert HOSTILE not in svg and HOSTILE_ESCAPED in svg
    with pytest.raises(abs_nb.InputError):
        dh.curve(h, "no_such_column")
    with pytest.raises(abs_nb.InputError):
        dh.curve([1, 2], "cpr")
