"""abs_nb.parse.cell_rows: the rows of a cell stream (a row runs from its label cell to the
next word cell; a line of several cells is a whole row), the stacked half printed with no
labels, and the page furniture printed between two rows of one table.

The streams are hand-written; what each rule must give is worked out from the rule in the
comments.
"""

from __future__ import annotations

from collections import Counter

import pytest

import abs_nb
from abs_nb.parse import cell_rows as cr
from abs_nb.parse.cell_rows import MAX_FURNITURE, Cell, _cells, _Row, _rows
from abs_nb.sources.html_exhibit import html_to_text
from tests.synthetic.generate import generate

from ._support import HTML, STREAM_ONE_LINE_HEADER, verdicts


def shown(items: list[cr._Row | Cell]) -> list[object]:
    """A lone word cell as its text; a row as (its label's text, its cells' texts)."""
    return [x.text if isinstance(x, Cell) else (x.label.text if x.label else None, [c.text for _, c in x.cells])
            for x in items]


# ---- rows ------------------------------------------------------------------------------------


def test_a_row_runs_from_its_label_cell_to_the_next_word_cell_and_keeps_its_empty_cells():
    # PAYMENTS, Class and Bal are word cells with no value after them: no row starts there.
    # A-1's row holds 1.00 and the empty cell (a lone "|" before a cell): a position of the row
    stream = "|PAYMENTS\n|Class\n|Bal\n|A-1\n|1.00\n|\n|A-2\n|2.00\n|3.00\n"
    assert shown(cr._rows(_cells(stream))) == ["PAYMENTS", "Class", "Bal", ("A-1", ["1.00", ""]),
                                            ("A-2", ["2.00", "3.00"])]


def test_a_line_of_several_cells_is_a_whole_row_and_a_dollar_cell_the_header_does_not_count_goes():
    # an HTML table: the header names 3 columns (the label's and two), the row prints 4 cells
    # with "$" in a cell of its own before its first figure: the "$" belongs to 1.00
    items = cr._rows(_cells("|Class|Bal|Prin\n|A-1|$|1.00|0.50\n"))
    header, row = items
    assert isinstance(header, cr._Row) and header.whole and header.header
    assert shown(items) == [("Class", ["Bal", "Prin"]), ("A-1", ["1.00", "0.50"])]
    assert row.whole and not row.header and row.width == 2


def test_class_shaped_labels_and_totals_rows():
    assert [cr._looks_like_class(t) for t in ("A-1", "Class M-2", "II-A-1", "BIO")] == [True] * 4
    assert [cr._looks_like_class(t) for t in ("CUSIP", "Class", "Total", "Beginning Balance")] == [False] * 4
    label = {t: cr._rows(_cells(f"|{t}\n|1.00\n"))[0] for t in ("A-1", "Total", "TOTALS", "Fees")}
    assert [cr._class_or_total(label[t]) for t in ("A-1", "Total", "TOTALS", "Fees")] == [True, True, True, False]
    unlabelled = cr._rows(_cells("|1.00\n|2.00\n"))[0]
    assert isinstance(unlabelled, cr._Row) and unlabelled.label is None and cr._class_or_total(unlabelled)


# ---- a stacked half printed with no labels ---------------------------------------------------


def test_an_unlabelled_half_is_as_many_cells_as_the_rows_above_times_two_or_more():
    def half(n: int) -> list[cr._Row | Cell]:
        return cr._rows(_cells("".join(f"|{k}.00\n" for k in range(1, n + 1)) + "|SIGNATURES\n"))

    six, seven, three = half(6), half(7), half(3)
    assert cr._stacked_half(six, 0, 3)  # 3 rows above x 2 columns
    assert not cr._stacked_half(seven, 0, 3)  # 7 cells are no whole number of rows of 3
    assert not cr._stacked_half(three, 0, 3)  # one cell a row: no table of two columns or more
    assert not cr._stacked_half(six, 0, 1)  # one row above is no table
    row = six[0]
    assert isinstance(row, cr._Row)
    # in the order of the rows above: the first two cells are the first row's
    assert [[c.text for _, c in r.cells] for r in cr._split_half(row, 3)] == [  # type: ignore[union-attr]
        ["1.00", "2.00"], ["3.00", "4.00"], ["5.00", "6.00"]]


def test_a_generated_cell_stream_with_an_unlabelled_stacked_half():
    # seed 176: one cell per line; the class table's second half prints no class labels,
    # so its cells run on after its header: as many as the rows above times its columns
    shape = generate(176).shape
    assert (shape["rendering"], shape["halves"], shape["halves_labelled"]) == ("cells", "2", "no")
    got = verdicts(176, ("classes", "totals"))
    assert got == Counter(right=76), got


def test_a_one_column_half_followed_by_the_next_half_s_header_row_is_a_half():
    # three HTML tables: the labelled classes, one column of principal (one cell a line, as
    # a cell stream prints it), then an unlabelled half whose header is a row of words
    labels = ["A-1", "A-2", "M-1", "M-2", "B", "Total"]
    beg = [1000.0, 800.0, 300.0, 200.0, 100.0, 2400.0]
    prin = [50.0, 40.0, 0.0, 0.0, 0.0, 90.0]
    first = "".join(f"<tr><td>{c}</td><td>{b - p:,.2f}</td></tr>" for c, b, p in zip(labels, beg, prin, strict=True))
    html = ("<html><body><p>STATEMENT TO CERTIFICATEHOLDERS</p><p>DISTRIBUTION SUMMARY</p>"
            "<table><tr><td>Class</td><td>Ending Balance</td></tr>" + first + "</table>"
            "<table><tr><td>Prin. Dist.</td></tr>" + "".join(f"<tr><td>{p:,.2f}</td></tr>" for p in prin)
            + "</table><table><tr><td>Original Face</td><td>Beginning Balance</td></tr>"
            + "".join(f"<tr><td>{b:,.2f}</td><td>{b:,.2f}</td></tr>" for b in beg) + "</table></body></html>")
    f = abs_nb.load_text(html, name="halves.html")
    assert f.classes.loc["A-1", "principal"] == 50.0
    assert f.classes.loc["A-2", "beginning_balance"] == 800.0
    assert f.classes.loc["A-2", "ending_balance"] == 760.0


def test_a_one_column_half_right_after_the_labelled_rows_is_no_row_of_them():
    # seed 67: "Bond / CUSIP No." rows of ten classes and a Total, then "Total Amount
    # Distributed" and its eleven figures, one cell a line: a half of one column, not a row
    shape = generate(67).shape
    assert (shape["rendering"], shape["halves_labelled"]) == ("cells", "no")
    got = verdicts(67, ("classes",))
    assert got == Counter(right=130), got


def test_an_overlong_row_is_split_only_where_the_cell_past_the_common_count_is_empty():
    # B prints 4 cells where print 2; its third cell holds 7.00, not the empty
    # label of an unlabelled Total: B stays one row
    stream = "|A-1\n|1.00\n|2.00\n|A-2\n|3.00\n|4.00\n|B\n|5.00\n|6.00\n|7.00\n|8.00\n"
    assert shown(cr._split_overflow(cr._rows(_cells(stream)))) == [
        ("A-1", ["1.00", "2.00"]), ("A-2", ["3.00", "4.00"]), ("B", ["5.00", "6.00", "7.00", "8.00"])]


# ---- page breaks -----------------------------------------------------------------------------


def _table_with(gap: str) -> list[object]:
    stream = f"|Class\n|Bal\n|A-1\n|1.00\n{gap}|A-2\n|2.00\n"
    return shown(cr._skip_page_breaks(cr._rows(_cells(stream))))


def test_a_page_footer_and_a_repeated_header_between_two_rows_are_dropped():
    read_on = ["Class", "Bal", ("A-1", ["1.00"]), ("A-2", ["2.00"])]
    assert _table_with("|Page 1 of 2\n") == read_on
    assert _table_with("|Page 1 of 2\n|Class\n|Bal\n") == read_on
    assert _table_with("|Class\n|Bal\n") == read_on  # the header again, with no footer


def test_the_next_block_of_a_table_names_its_group_not_a_page_and_stays():
    assert _table_with("|Group 2\n|Class\n|Bal\n") == [
        "Class", "Bal", ("A-1", ["1.00"]), "Group 2", "Class", "Bal", ("A-2", ["2.00"])]


def test_more_word_cells_than_a_page_break_prints_are_no_page_break():
    words = [f"|Note {k}\n" for k in range(1, MAX_FURNITURE)]  # with the page mark: MAX_FURNITURE
    assert _table_with("|Page 1 of 2\n" + "".join(words)) == ["Class", "Bal", ("A-1", ["1.00"]), ("A-2", ["2.00"])]
    kept = _table_with("|Page 1 of 2\n" + "".join(words) + "|Note 99\n")
    assert kept[3:5] == ["Page 1 of 2", "Note 1"] and len(kept) == 4 + MAX_FURNITURE + 1


_BREAK_CELLS = "|Page 1 of 2\n|U.S. Bank National Association      Page 2 of 2\n"


@pytest.mark.parametrize("repeat_header", [False, True])
def test_a_page_break_inside_a_cell_stream_table_is_skipped(repeat_header):
    header = "|Class\n|CUSIP\n|Beginning Balance\n|Principal\n|Interest\n|Total Distribution\n|Ending Balance\n"
    text = STREAM_ONE_LINE_HEADER.replace("|A-2\n", _BREAK_CELLS + (header if repeat_header else "") + "|A-2\n")
    f = abs_nb.load_text(text)
    assert f.classes.loc["A-2", ["interest", "ending_balance"]].tolist() == [10.0, 2000.0]
    assert f.totals.ending_balance == 2900.0
    assert f.unmapped.empty and not (f.checks.status == "fail").any()


def test_a_page_break_inside_an_html_table_is_skipped():
    first_row = "<tr><td>A-1</td>"
    header = HTML[HTML.index("<tr>"):HTML.index(first_row)]
    cut = HTML.index("<tr><td>A-2</td>")
    html = HTML[:cut] + "</table><p>Page 1 of 2</p><p>U.S. Bank      Page 2 of 2</p><table>" + header + HTML[cut:]
    f = abs_nb.load_text(html)
    assert f.classes.loc["A-2", ["beginning_balance", "interest", "ending_balance"]].tolist() == [2000.0, 10.0, 2000.0]
    assert (f.totals.beginning_balance, f.totals.ending_balance) == (3000.0, 2900.0)
    assert not (f.checks.status == "fail").any()


def test_a_one_column_html_table_beside_a_class_table_is_its_stacked_half():
    # the one-column table prints one cell a line, like a row of a cell stream; as many
    # figures as the class table above has rows make it that table's half
    classes = ["A-1", "A-2", "M-1", "M-2", "B-1"]
    beg = [100_000.0, 200_000.0, 50_000.0, 40_000.0, 30_000.0]
    prin = [10_000.0, 20_000.0, 0.0, 0.0, 0.0]
    rows = "".join(f"<tr><td>{c}</td><td>{b:,.2f}</td><td>{b - p:,.2f}</td></tr>" for c, b, p in zip(classes, beg, prin, strict=True))
    total = f"<tr><td>Total</td><td>{sum(beg):,.2f}</td><td>{sum(beg) - sum(prin):,.2f}</td></tr>"
    paid = "".join(f"<tr><td>{p:,.2f}</td></tr>" for p in [*prin, sum(prin)])
    html = ("<html><body><p>STATEMENT TO CERTIFICATEHOLDERS</p><p>Distribution Date: 07/25/99</p>"
            "<table><tr><td>Class</td><td>Opening Balance</td><td>Closing Balance</td></tr>" + rows + total + "</table>"
            "<table><tr><td>Prin. Dist.</td></tr>" + paid + "</table></body></html>")
    f = abs_nb.load_text(html_to_text(html))
    assert f.classes.loc["A-2", "principal"] == 20_000.0 and f.totals.principal == 30_000.0


def test_a_row_of_empty_cells_is_one_blank_row_and_a_lone_bar_one_empty_cell():
    cells = _cells("|A-1|1.00\n|||\n|A-2|2.00\n|\n|3.00\n")
    blank = [c for c in cells if c.line == 2]
    assert [(c.text, c.in_row, c.tokens) for c in blank] == [("", True, [])]
    # a lone | before a cell is an empty cell of a stream, not a row
    assert [(c.text, c.in_row) for c in cells if c.line == 4] == [("", False)]


def test_dollar_cells_the_header_does_not_count_belong_to_their_numbers_in_every_row():
    # each figure printed in two cells ("$" and the number); the header names one cell per
    # column, so the rows holding more cells than it show that "$" is no column of its own,
    # in the rows whose blank principal prints no "$" as well
    rows = [["Class", "Beginning Balance", "Principal", "Ending Balance"],
            ["A-1", "$", "1,000.00", "$", "100.00", "$", "900.00"],
            ["A-2", "$", "2,000.00", "$", "200.00", "$", "1,800.00"],
            ["M-1", "$", "500.00", "", "", "$", "500.00"],
            ["M-2", "$", "300.00", "", "", "$", "300.00"],
            ["TOTAL", "$", "3,800.00", "$", "300.00", "$", "3,500.00"]]
    html = ("<html><body><p>STATEMENT TO CERTIFICATEHOLDERS</p><p>Distribution Date: 01/25/1999</p><table>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table></body></html>")
    f = abs_nb.load_text(html_to_text(html))
    assert f.classes.loc["M-1", ["beginning_balance", "ending_balance"]].tolist() == [500.0, 500.0]
    assert f.classes.loc["A-2", "principal"] == 200.0


def test_a_header_spanning_a_dollar_cell_and_its_figure_names_the_figures_column():
    # <td colspan=2>Original</td> over <td>$</td><td>248,000,000.00</td>: the header's
    # empty place after its text and the rows' "$" cells go alike, and the table reads
    html = ("<table><tr><td></td><td></td><td colspan=4>Certificate Balance</td><td colspan=2>Distributions</td>"
            "<td colspan=2>Ending</td></tr>"
            "<tr><td>Class</td><td>Rate</td><td colspan=2>Original</td><td colspan=2>Beginning</td>"
            "<td colspan=2>Principal</td><td colspan=2>Ending</td></tr>"
            "<tr><td>A-1</td><td>5.00%</td><td>$</td><td>1,000.00</td><td>$</td><td>800.00</td>"
            "<td>$</td><td>100.00</td><td>$</td><td>700.00</td></tr>"
            "<tr><td>A-2</td><td>6.00%</td><td></td><td>2,000.00</td><td></td><td>2,000.00</td>"
            "<td></td><td>0.00</td><td></td><td>2,000.00</td></tr>"
            "<tr><td>Totals</td><td></td><td>$</td><td>3,000.00</td><td>$</td><td>2,800.00</td>"
            "<td>$</td><td>100.00</td><td>$</td><td>2,700.00</td></tr></table>")
    rows = [r for r in _rows(_cells(html_to_text(html))) if isinstance(r, _Row) and r.label is not None]
    header, first = ({k: c.text for k, c in r.cells} for r in rows[:2])
    # (the words of a header cell spanning columns name each column under it too)
    assert {header[k]: first[k] for k in header if header[k]} == {
        "Rate": "5.00%", "Certificate Balance Original": "1,000.00", "Certificate Balance Beginning": "800.00",
        "Distributions Principal": "100.00", "Ending Ending": "700.00"}
    f = abs_nb.load_text("<html><body><p>Statement to Certificateholders</p><p>Distribution Date: 07/25/2006</p>"
                         + html + "</body></html>")
    c = f.classes
    assert c.loc["A-1", ["original_balance", "beginning_balance", "principal", "ending_balance"]].tolist() == [
        1_000.00, 800.00, 100.00, 700.00]
    assert c.loc["A-2", "original_balance"] == 2_000.00


def test_a_footnote_mark_in_a_name_cell_is_no_figure():
    cells = _cells("|A-1 (1)|74489EB03|269,175,000\n")
    assert [c.value for c in cells] == [False, True, True]
    assert [t.kind for t in cells[0].tokens] == ["word", "word"]


def test_a_figure_with_a_letter_in_its_cell_is_an_unreadable_figure_never_a_label():
    # one cell a line: "-0.6200O%" must not start a row of its own (and lose its figure
    # silently); it is a figure that cannot be read
    cells = _cells("|Net Weighted Average Coupon Rate\n|5.46000%\n|-0.6200O%\n|Substitution Amount\n|0.00\n")
    assert [(c.text, c.value) for c in cells][:3] == [
        ("Net Weighted Average Coupon Rate", False), ("5.46000%", True), ("-0.6200O%", True)]
    assert cells[2].tokens[0].kind == "bad"


def test_a_total_in_other_words_counts_among_the_classes_rows_where_it_sums_them():
    from ._support import verdicts

    # a cell stream whose class table ends with "All Classes" (its figures the classes'
    # sums, the IO, X and P classes left out) and a stacked half below it, one row longer
    # than the classes: the half takes the labels of the classes and their Total
    assert verdicts(619, ("totals",)) == {"right": 5}
    assert verdicts(484, ("classes", "totals"))["flagged"] == 0


def test_a_row_whose_label_stands_before_its_first_bar_keeps_its_empty_cells():
    # "Original Balance | 28,851,000.00 |  | 100.00": the empty cell is a position, so
    # 100.00 stands in the third column, under its class
    items = cr._rows(_cells("Original Balance | 28,851,000.00 |  | 100.00 |  | 745,979,000.00\n"))
    assert shown(items) == [("Original Balance", ["28,851,000.00", "", "100.00", "", "745,979,000.00"])]
