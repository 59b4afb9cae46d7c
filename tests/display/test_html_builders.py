"""abs_nb.display._html_builders: markup built with inline styles, every plain string escaped
and only :class:`Html` passed through."""

from __future__ import annotations

import re

from abs_nb.display import _html_builders as B
from abs_nb.display._format import STATUS_COLOURS

from .conftest import HOSTILE, HOSTILE_ESCAPED, parse


def test_content_escapes_strings_and_passes_markup_built_here():
    assert B.content(HOSTILE) == HOSTILE_ESCAPED
    assert B.content(B.Html("<b>x</b>")) == "<b>x</b>"
    assert B.content(B.content("&")) == "&amp;"  # escaped once, not twice
    assert B.content(None) == ""


def test_a_table_has_header_cells_body_cells_and_escaped_values():
    html = B.table([["class", B.Cell("balance", right=True)]],
                   [["A-1", B.Cell("1,000.00", right=True)], [HOSTILE, B.Cell("2.00", right=True)]],
                   id="t-1", attrs={"data-group": '"><script>'})
    assert HOSTILE not in html and "<script>" not in html and HOSTILE_ESCAPED in html
    assert ' data-group="&quot;&gt;&lt;script&gt;"' in html
    assert parse(html).tables["t-1"] == [[["class", "balance"], ["A-1", "1,000.00"], [HOSTILE, "2.00"]]]
    assert html.count("<th ") == 2 and html.count("<td ") == 4
    right = re.findall(r'<td style="([^"]*)">1,000\.00</td>', html)
    assert right and "text-align:right" in right[0]
    assert "text-align:left" in re.findall(r'<td style="([^"]*)">A-1</td>', html)[0]


def test_cells_take_colspan_title_and_rows_their_styles():
    html = B.table([[B.Cell("Balances", colspan=3)]],
                   [["a", B.Cell("b", title='path "x"<y>')], ["c", "d"]],
                   row_styles=["background:#fff7c2", ""])
    assert ' colspan="3">Balances</th>' in html
    assert ' title="path &quot;x&quot;&lt;y&gt;">b</td>' in html
    rows = re.findall(r"<tr style=\"([^\"]*)\">", html)
    assert len(rows) == 3 and rows[1].endswith(";background:#fff7c2") and "#fff7c2" not in rows[2]


def test_section_div_span_and_join_escape_what_is_not_markup():
    s = B.section(HOSTILE, "body & more", id="s-1", note="<i>note</i>")
    assert s.startswith('<div id="s-1">') and HOSTILE not in s and HOSTILE_ESCAPED in s
    assert "body &amp; more" in s and "&lt;i&gt;note&lt;/i&gt;" in s
    assert B.div("x", id='"q', cls="<c>") == '<div id="&quot;q" class="&lt;c&gt;">x</div>'
    assert B.span("<1>", "color:red") == '<span style="color:red">&lt;1&gt;</span>'
    assert B.join(["<a>", B.Html("<br>"), "b"], sep="&") == "&lt;a&gt;&amp;<br>&amp;b"


def test_a_badge_wears_its_status_colours_and_an_unknown_status_is_grey_text():
    for status, (fg, bg, border) in STATUS_COLOURS.items():
        badge = B.badge(status)
        assert f"color:{fg}" in badge and f"background:{bg}" in badge and f"solid {border}" in badge
        assert badge.endswith(f">{status}</span>")
    odd = B.badge(HOSTILE)
    assert HOSTILE_ESCAPED in odd and "color:#374151" in odd
    assert "misprint" in B.misprint_tag()


def test_markup_has_no_style_block_script_or_url():
    html = B.join([B.table([["a"]], [["b"]]), B.section("t", "b"), B.badge("pass"), B.tag("notional")])
    for bad in ("<style", "<script", "http://", "https://", "url("):
        assert bad not in html
