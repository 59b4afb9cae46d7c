"""abs_nb.display._panels: the explorer's HTML panels (one class, one group, the source text)."""

from __future__ import annotations

from .conftest import SEED_001, marked_lines


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
