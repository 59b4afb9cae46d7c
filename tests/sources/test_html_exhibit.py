"""abs_nb.sources.html_exhibit: an HTML exhibit as one line per table row (cells joined by ``|``)
and one line per block of text, read with the standard library's HTML parser."""

from __future__ import annotations

from abs_nb.sources.html_exhibit import html_to_text

PAGE = """<html><head><title>8-K</title><style>td { color: red }</style></head>
<body><script>var row = "<tr><td>X-1</td></tr>";</script>
<p>STATEMENT TO CERTIFICATEHOLDERS &amp; NOTEHOLDERS</p>
<table border=1>
<tr><th>Class</th><th>Beginning<br>Balance</th><th></th><th>Ending Balance</th></tr>
<tr><td><b>A-1</b></td><td>$</td><td>&nbsp;</td><td>254,675,000.00</td></tr>
<tr><td>&nbsp;</td><td> </td><td></td><td>&nbsp;</td></tr>
<tr><td>A|2</td><td>$</td><td></td><td>89,000,000.00</td></tr>
</table>
<div>Ending O/C Amount      8,804,354.47</div>
</body></html>"""


def test_rows_become_lines_of_cells_and_blocks_lines_of_text():
    assert html_to_text(PAGE).split("\n") == [
        "|STATEMENT TO CERTIFICATEHOLDERS & NOTEHOLDERS",  # entities decoded
        "|Class|Beginning Balance||Ending Balance",  # a <br> in a cell is a blank; an empty cell stays
        "|A-1|$||254,675,000.00",  # &nbsp; alone is an empty cell
        "||||",  # a row of empty cells is a blank row of its table
        "|A/2|$||89,000,000.00",  # a | inside a cell cannot split it
        "|Ending O/C Amount  8,804,354.47",  # a gap of spaces between a label and its figure stays
        "",
    ]


def test_script_style_and_head_are_dropped():
    text = html_to_text(PAGE)
    for dropped in ("8-K", "color", "var row", "X-1"):
        assert dropped not in text


def test_a_spanning_cell_is_followed_by_the_columns_it_covers():
    assert html_to_text('<table><tr><td colspan="3">Group 1</td><td>Total</td></tr></table>') == "|Group 1|||Total\n"
    assert html_to_text('<table><tr><td colspan="x">a</td><td>b</td></tr></table>') == "|a|b\n"  # unreadable: 1
    wide = html_to_text('<table><tr><td colspan="100000">a</td><td>b</td></tr></table>')
    assert wide == "|a" + "|" * 50 + "b\n"  # at most 50 columns


def test_a_table_left_open_at_the_end_still_gives_its_rows():
    assert html_to_text("<table><tr><td>A-1<td>1.00<tr><td>A-2<td>2.00") == "|A-1|1.00\n|A-2|2.00\n"


def test_text_with_no_markup_is_one_line():
    assert html_to_text("Distribution Date:   August 25, 2005\n") == "|Distribution Date:  August 25, 2005\n"
