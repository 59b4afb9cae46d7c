"""abs_nb.display._panels: the explorer's HTML panels (one class, one group, the source text)."""

from __future__ import annotations

from abs_nb.display import _panels

from .conftest import HOSTILE, HOSTILE_ESCAPED, SEED_001, marked_lines, parse


def test_long_source_is_shown_as_excerpts_around_the_highlighted_lines():
    from abs_nb import load_text
    from abs_nb.display import _panels

    text = SEED_001.read_text(encoding="utf-8") + "\n" + "\n".join(f"filler {i}" for i in range(6000))
    f = load_text(text)
    html = _panels.source_html(f, "A-2", "Group 2")
    lines = set(_panels.class_lines(f, "A-2")) | set(_panels.group_lines(f, "Group 2"))
    assert marked_lines(html, "class") | marked_lines(html, "group") == lines
    assert "filler 5999" not in html and "\u2026" in html
    assert html.count("\n") < 400


def test_long_source_with_nothing_highlighted_still_shows_text():
    from pathlib import Path

    import abs_nb
    from abs_nb.display._panels import MAX_SOURCE_LINES, source_html

    seed = Path(__file__).resolve().parents[2] / "sample_filings" / "001_21e012ce03d1908d.txt"
    f = abs_nb.load_text(seed.read_text() + "\n" * 6000)
    html = str(source_html(f, None, "no such group"))
    assert "STATEMENT TO CERTIFICATEHOLDERS" in html  # the beginning of the report is shown
    assert html.count("\n") >= MAX_SOURCE_LINES // 2


def test_source_opens_at_the_highlighted_lines(f001):
    from abs_nb.display import _panels

    html = _panels.source_html(f001, "M-2", None)
    first = min(_panels.class_lines(f001, "M-2"))
    folded, view = html.split("</details>", 1)
    assert f"lines 1\u2013{first - 6}" in folded
    assert f'data-line="{first}"' in view and f'data-line="{first}"' not in folded


def test_a_class_panel_shows_each_value_with_the_text_and_line_it_was_read_from(f001):
    # seed 001, line 81: "A-1  504,000,000  491,563,567  7,955,004" (Orig Bal, Beg Bal, Prin);
    # line 138: "A-1  0  483,608,563" (Int Short, End Bal)
    tree = parse(_panels.class_detail_html(f001, "A-1"))
    rows = {r[0]: r[1:] for t in tree.tables.values() for r in t[0][1:]}
    assert rows["beginning balance"] == ["491,563,567.00", "491,563,567", "81"]
    assert rows["ending balance"] == ["483,608,563.00", "483,608,563", "138"]
    assert {81, 138} <= _panels.class_lines(f001, "A-1")


def test_a_label_that_is_no_class_says_so(f001):
    html = _panels.class_detail_html(f001, "Z-9")
    assert "Class Z-9" in html and "not a class of this filing" in html and "<table" not in html


def test_groups_are_in_report_order_with_the_total_last(f001):
    groups = _panels.groups_of(f001)
    assert groups[-1] == "Total" and groups.count("Total") == 1
    assert groups.index("Group 1") < groups.index("Group 2")


def test_a_group_without_delinquency_figures_names_the_groups_printed(f001):
    html = _panels.delinquency_detail_html(f001, "No Such Group")
    assert "prints no delinquency figures for No Such Group (it prints: " in html


def test_line_ranges_are_written_compactly():
    assert _panels._ranges({1, 2, 3, 7, 9, 10}) == "1-3, 7, 9-10"
    assert _panels._ranges(set()) == ""


def test_the_source_text_is_escaped(hostile):
    html = _panels.source_html(hostile, None, None)
    assert HOSTILE not in html and HOSTILE_ESCAPED in html
