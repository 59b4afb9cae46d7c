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


# a class table's header of three rows: cells spanning rows and columns, column numbers below
SPANNED = """<table border=1>
<tr><th colspan=7>Certificate Payment Report</th></tr>
<tr><th rowspan=3>Class</th><th rowspan=2>Prior<br>Balance</th><th colspan=3>Current Period Distributions</th>
<th rowspan=2>Current<br>Balance</th><th rowspan=3>CUSIP</th></tr>
<tr><th>Interest</th><th>Principal</th><th>Total</th></tr>
<tr><th>(1)</th><th>(2)</th><th>(3)</th><th>(4)=(2)+(3)</th><th>(5)=(1)-(3)</th></tr>
<tr><td>A-1</td><td>1,000.00</td><td>5.00</td><td>100.00</td><td>105.00</td><td>900.00</td><td>12345ABC1</td></tr>
<tr><td>A-2</td><td>2,000.00</td><td>10.00</td><td>0.00</td><td>10.00</td><td>2,000.00</td><td>12345ABD9</td></tr>
</table>"""


def test_a_cell_spanning_rows_stands_in_them_and_a_header_cell_spanning_columns_names_each():
    assert html_to_text(SPANNED).split("\n") == [
        "|Certificate Payment Report||||||",  # a row's one cell is a title: its words stay
        "|Class|Prior Balance||||Current Balance|CUSIP",
        # the spanning cell's words name each column under it; the cells spanning rows above
        # stand here as empty cells, so each name stands under its column
        "|||Current Period Distributions Interest|Current Period Distributions Principal"
        "|Current Period Distributions Total||",
        "||(1)|(2)|(3)|(4)=(2)+(3)|(5)=(1)-(3)|",
        "|A-1|1,000.00|5.00|100.00|105.00|900.00|12345ABC1",
        "|A-2|2,000.00|10.00|0.00|10.00|2,000.00|12345ABD9",
        "",
    ]


def test_group_names_over_the_same_columns_keep_their_own_row():
    html = ("<table><tr><td></td><td colspan=2>Group 1</td><td colspan=2>Group 2</td></tr>"
            "<tr><td>Status</td><td>#</td><td>Balance</td><td>#</td><td>Balance</td></tr></table>")
    assert html_to_text(html).split("\n")[:2] == ["||Group 1||Group 2|", "|Status|#|Balance|#|Balance"]


def test_a_heading_spanning_a_factor_table_s_columns_makes_them_per_1000():
    import abs_nb

    factors = ("<table><tr><th rowspan=2>Class</th><th colspan=3>Per $1,000 of Original Face</th></tr>"
               "<tr><th>Interest</th><th>Principal</th><th>Total</th></tr>"
               "<tr><td>A-1</td><td>5.000000</td><td>100.000000</td><td>105.000000</td></tr>"
               "<tr><td>A-2</td><td>5.000000</td><td>0.000000</td><td>5.000000</td></tr></table>")
    f = abs_nb.load_text("<html><body>" + SPANNED + factors + "</body></html>")
    a1 = f.classes.loc["A-1"]
    # the factor table's "Interest" is per $1,000: the amounts' columns keep their fields
    assert (a1.beginning_balance, a1.interest, a1.principal, a1.total_distribution, a1.ending_balance) == (
        1_000.00, 5.00, 100.00, 105.00, 900.00)
    assert (a1.interest_per_1000, a1.principal_per_1000) == (5.0, 100.0)


def test_a_cell_over_a_series_of_names_keeps_its_own_row():
    # "Loan Group" titles the groups under it, told apart by their numerals: no word of theirs
    html = ("<table><tr><td rowspan=2>Collateral</td><td colspan=2>Loan Group</td><td rowspan=2>Total</td></tr>"
            "<tr><td>Group I</td><td>Group II</td></tr></table>")
    assert html_to_text(html).split("\n")[:2] == ["|Collateral|Loan Group||Total", "||Group I|Group II|"]


def test_only_a_header_s_spanning_cells_name_the_columns_under_them():
    # a table of labels and dates has no header: its spanning value cell stays in its row
    dates = ("<table><tr><td>Distribution Date:</td><td colspan=2>October 25, 2006</td></tr>"
             "<tr><td>Record Date:</td><td>September 29, 2006</td><td></td></tr></table>")
    assert html_to_text(dates).split("\n")[:2] == ["|Distribution Date:|October 25, 2006|", "|Record Date:|September 29, 2006|"]
    # one group's name over its columns keeps its row (a member of a series: "Group 2")
    group = ("<table><tr><td>Delinquency Status</td><td colspan=2>Group 2</td></tr>"
             "<tr><td></td><td>Count</td><td>Balance</td></tr><tr><td>30-59 Days</td><td>10</td><td>1,000.00</td></tr></table>")
    assert html_to_text(group).split("\n")[:2] == ["|Delinquency Status|Group 2|", "||Count|Balance"]
    # text between the header's rows is left as printed
    stray = ("<table><tr><th>Class</th><th colspan=2>Per $1,000</th></tr><font>Note</font>"
             "<tr><th></th><th>Interest</th><th>Principal</th></tr><tr><td>A-1</td><td>1.00</td><td>2.00</td></tr></table>")
    assert html_to_text(stray).split("\n")[:3] == ["|Class||", "|Note", "||Per $1,000 Interest|Per $1,000 Principal"]
