"""abs_nb.parse.cells: cell streams (one cell per line) and HTML tables read as the grid a
fixed-width table is, so one reader serves the three renderings."""

from __future__ import annotations

import math
from collections import Counter

import pytest

import abs_nb
from abs_nb.parse.cells import is_cell_stream
from abs_nb.sources.html_exhibit import html_to_text
from tests.synthetic.generate import generate

from ._support import HTML, STREAM_ONE_LINE_HEADER, verdicts


def test_a_generated_cell_stream_whose_four_line_header_cannot_be_placed_by_position():
    # seed 23: one cell per line, its 4-line header flattened into 17 header cells over 7
    # columns shuffled; the identities prove every column from the numbers
    assert generate(23).shape["rendering"] == "cells"
    got = verdicts(23, ("classes", "totals"))
    assert got == Counter(right=117), got


@pytest.mark.parametrize(("seed", "rendering"), [(0, "html"), (1, "cells"), (2, "cells"), (4, "html")])
def test_generated_cells_and_html_in_the_seeds_words_are_read_like_fixed_width(seed, rendering):
    assert generate(seed, True, "rendering").shape["rendering"] == rendering
    got = verdicts(seed, ("classes", "totals", "collateral", "delinquency", "deal"), familiar=True)
    assert set(got) == {"right"}, got


# a class table one cell per line under a header of two lines (flattened: its cells cannot
# be placed by position); R prints no figure (blank cells), the Total no CUSIP
_STREAM_TWO_LINE_HEADER = """\
|STATEMENT TO CERTIFICATEHOLDERS
|Distribution Date: 2005-08-25
|CERTIFICATE PAYMENT REPORT
|Opening
|Paid
|Paid
|Closing
|Class
|CUSIP
|Amount
|Principal
|Interest
|Amount
|A-1
|04541GPY2
|1,000.00
|100.00
|5.00
|900.00
|A-2
|04541GPZ9
|2,000.00
|300.00
|10.00
|1,700.00
|M-1
|04541GQA3
|500.00
|50.00
|2.50
|450.00
|R
|04541GQB1
|
|
|
|
|Total
|
|3,500.00
|450.00
|17.50
|3,050.00
|SIGNATURES
"""


def test_a_hand_written_cell_stream_under_a_header_of_two_lines():
    f = abs_nb.load_text(_STREAM_TWO_LINE_HEADER)
    a2 = f.classes.loc["A-2"]
    assert (a2.cusip, a2.beginning_balance, a2.principal, a2.ending_balance) == ("04541GPZ9", 2000.0, 300.0, 1700.0)
    assert f.classes.loc["M-1", "ending_balance"] == 450.0
    assert f.totals.ending_balance == 3050.0
    assert f.classes.loc["R", ["beginning_balance", "principal", "interest", "ending_balance"]].isna().all()
    # the balances and principal proven by the numbers; the interest column named by its
    # header words ("Paid" over "Interest": a cell above joins the name it completes), no
    # identity covering it
    roles = f.checks[f.checks.check == "column_role"].set_index("subject")["detail"]
    assert roles.str.startswith("principal: beginning_balance = principal + ending_balance").any()
    assert roles.str.startswith("ending_balance: beginning_balance = principal + ending_balance").any()
    assert roles["Paid Interest (line 3)"] == "interest: header words; no identity covers it"
    assert f.classes.loc["A-2", "interest"] == 10.0
    assert f.unmapped.empty and not (f.checks.status == "fail").any()


def test_a_hand_written_cell_stream_under_a_header_of_one_line():
    f = abs_nb.load_text(STREAM_ONE_LINE_HEADER)
    a1, a2 = f.classes.loc["A-1"], f.classes.loc["A-2"]
    assert (a1.beginning_balance, a1.principal, a1.interest, a1.total_distribution, a1.ending_balance) == (
        1000.0, 100.0, 5.0, 105.0, 900.0)
    # a blank cell is a position of its row: A-2's interest stays under Interest
    assert (a2.interest, a2.ending_balance) == (10.0, 2000.0)
    assert f.totals.ending_balance == 2900.0  # its CUSIP cell blank
    assert f.deal.oc_amount == 8804354.47  # a label and its figure in one cell
    assert not (f.checks.status == "fail").any()


def test_html_to_text_keeps_empty_cells_as_positions_and_honours_colspan():
    rows = html_to_text(HTML).splitlines()
    assert "|Class|CUSIP|Beginning Balance||Principal|Interest|Total Distribution|Ending Balance" in rows
    assert "|A-2|04541GPZ9||2,000.00||10.00|10.00|2,000.00" in rows
    assert "|R|04541GQB1||||||" in rows  # a class with every figure blank stays a row
    assert "|Total|||3,000.00|100.00|15.00|115.00|2,900.00" in rows


def test_a_hand_written_html_table_reads_its_columns_by_position():
    f = abs_nb.load_text(HTML)
    assert f.meta["rendering"] == "cells"
    a1, a2 = f.classes.loc["A-1"], f.classes.loc["A-2"]
    assert (a1.beginning_balance, a1.principal, a1.interest, a1.total_distribution, a1.ending_balance) == (
        1000.0, 100.0, 5.0, 105.0, 900.0)
    assert (a2.beginning_balance, a2.interest, a2.ending_balance) == (2000.0, 10.0, 2000.0)
    assert f.classes.loc["R", "cusip"] == "04541GQB1"
    assert (f.totals.beginning_balance, f.totals.ending_balance) == (3000.0, 2900.0)
    assert not (f.checks.status == "fail").any()


def test_a_label_and_its_figure_in_one_cell_after_a_colon_are_read_as_a_labelled_line():
    # one cell per paragraph: "label: figure" is read as a label line, whether one blank or
    # two set the figure off (two or more blanks: a fixed-width habit carried into a cell)
    html = ("<html><body><p>STATEMENT TO CERTIFICATEHOLDERS</p><p>Distribution Date: 10/25/05</p>"
            "<p>Ending O/C Amount: 9048712</p><p>O/C Target Amt:  $9,100,000.00</p>"
            "<p>Cumulative Realized Losses and more: 12 of 40</p></body></html>")
    f = abs_nb.load_text(html_to_text(html))
    assert (f.deal["oc_amount"], f.deal["oc_target"]) == (9048712.0, 9100000.0)


def test_a_two_line_header_printed_one_cell_per_line_names_each_pair_of_columns_by_its_group():
    # "Pool 1 / Pool 2 / Aggregate" over "Loans / Amount" three times, one cell per line:
    # each group's name stands over two columns
    cells = ["STATEMENT TO CERTIFICATEHOLDERS", "Distribution Date: 10/25/05", "Delinquencies and REO",
             "Pool 1", "Pool 2", "Aggregate"] + ["Loans", "Amount"] * 3
    rows = [("30 to 59 Days", ["4", "$1,216,568", "38", "$7,451,769", "42", "$8,668,337"]),
            ("60 to 89 Days", ["5", "$1,139,360", "0", "$0", "5", "$1,139,360"]),
            ("Foreclosure", ["0", "$0", "2", "$221,546", "2", "$221,546"])]
    for label, figures in rows:
        cells += [label, *figures]
    f = abs_nb.load_text("".join(f"|{c}\n" for c in cells))
    d = f.delinquency.set_index(["group", "status"])
    assert d.loc[("Group 2", "30-59"), "count"] == 38 and d.loc[("Group 2", "30-59"), "balance"] == 7_451_769
    assert d.loc[("Group 1", "60-89"), "balance"] == 1_139_360
    assert d.loc[("Total", "foreclosure"), "count"] == 2


def test_a_heading_saying_per_1000_over_a_cell_stream_table_makes_its_figures_per_1000():
    cells = ["STATEMENT TO CERTIFICATEHOLDERS", "Distribution Date: 10/25/05",
             "Class", "Beginning Balance", "Principal", "Interest", "Ending Balance",
             "A-1", "1,000,000.00", "100,000.00", "5,000.00", "900,000.00",
             "A-2", "2,000,000.00", "0.00", "9,000.00", "2,000,000.00",
             "Factor Information per $1,000 of Original Face",
             "Tranche", "Prin", "Int", "Bal. Factor",
             "A-1", "50.000000000", "2.500000000", "450.000000000",
             "A-2", "0.000000000", "3.600000000", "800.000000000"]
    f = abs_nb.load_text("".join(f"|{c}\n" for c in cells))
    assert f.classes.loc["A-1", ["principal_per_1000", "interest_per_1000"]].tolist() == [50.0, 2.5]
    assert f.classes.loc["A-2", "interest"] == 9000.0


def test_a_header_of_group_names_one_cell_per_line_is_whole_under_a_heading_no_vocabulary_knows():
    # seed 117: after the class tables, "COLLATERAL SUMMARY" (no heading the vocabulary
    # knows) over "Group 1 / Group 2 / Group 3 / Total", one cell per line: the group names
    # are every column of the header, so the heading stands above it, not in it
    doc = generate(117)
    assert (doc.shape["rendering"], doc.shape["groups"]) == ("cells", "3")
    got = verdicts(117, ("collateral",))
    assert got == Counter(right=sum(1 for key in doc.expected if key[0] == "collateral")), got


def test_a_cell_of_words_leader_dots_and_a_figure_is_a_labelled_line():
    text = ("<html><body><p>STATEMENT TO CERTIFICATEHOLDERS</p><table>"
            "<tr><td>Class</td><td>Beginning Balance</td><td>Principal</td><td>Ending Balance</td></tr>"
            "<tr><td>A-1</td><td>1,000.00</td><td>100.00</td><td>900.00</td></tr></table>"
            "<p>Weighted Average Coupon ............ 6.99773%</p>"
            "<p>Cumulative Realized Losses.......... 390,973.88</p></body></html>")
    f = abs_nb.load_text(text)
    assert abs(f.deal["wac"] - 0.0699773) < 1e-12
    assert f.deal["cumulative_realized_losses"] == 390_973.88


def test_an_unlabelled_half_under_a_header_that_cannot_be_placed_is_read_by_structure():
    # one cell per line: the second half's header, printed over three lines, is eleven cells
    # for five columns, so no cell can be placed; its rows take the labels of the table
    # above, and the identities prove every column (seed 92 of the generator: 129 of 144
    # values were flagged before)
    classes = [("A-1", "296,680,000.00", "228,943,348.36", "2,691,489.58", "5.78845", "1,141,167.80",
                "3,832,657.38", "226,251,858.78"),
               ("M-1", "23,361,000.00", "23,361,000.00", "0.00", "6.38845", "128,512.72", "128,512.72",
                "23,361,000.00"),
               ("M-2", "13,321,000.00", "13,321,000.00", "0.00", "6.15845", "70,642.72", "70,642.72",
                "13,321,000.00"),
               ("B-1", "20,711,000.00", "20,711,000.00", "0.00", "6.56845", "117,144.84", "117,144.84",
                "20,711,000.00")]
    total = ("", "354,073,000.00", "286,336,348.36", "2,691,489.58", "", "1,457,468.08", "4,148,957.66",
             "283,644,858.78")
    first = ["Initial", "Beg", "Tranche", "Class Balance", "Bal"]
    for c in [*classes, total]:
        first += [c[0], c[1], c[2]]
    second = ["Current", "Remaining", "Principal", "Interest", "Total", "Principal", "Distributed",
              "Current Rate", "Paid", "Paid", "Balance"]
    for c in [*classes, total]:
        second += list(c[3:])
    text = "\n".join("|" + x for x in ["STATEMENT TO CERTIFICATEHOLDERS", "Distribution Date: 2000-06-20",
                                       "Certificateholder Distribution Summary", *first, *second]) + "\n"
    f = abs_nb.load_text(text)
    assert f.classes.loc["A-1", ["beginning_balance", "principal", "interest", "total_distribution",
                                 "ending_balance"]].tolist() == [
        228_943_348.36, 2_691_489.58, 1_141_167.80, 3_832_657.38, 226_251_858.78]
    assert f.classes.loc["M-2", "interest_rate"] == pytest.approx(0.0615845)
    assert f.totals.ending_balance == 283_644_858.78


def test_a_header_cell_a_heading_s_words_among_those_the_columns_need_names_a_column():
    # "Prin. Dist." is also a heading of the vocabulary; one cell a line, it is one of the
    # seven names the seven columns need, not a heading above them: "Orig Bal" keeps its place
    cells = ["Payment Summary", "Tranche", "Orig Bal", "Starting Balance", "Int Pd", "Total Paid",
             "Remaining Principal Balance", "Prin. Dist.",
             "A1", "1,000,000.00", "900,000.00", "5,000.00", "105,000.00", "800,000.00", "100,000.00",
             "A2", "2,000,000.00", "1,500,000.00", "8,000.00", "208,000.00", "1,300,000.00", "200,000.00",
             "M1", "500,000.00", "500,000.00", "2,500.00", "52,500.00", "450,000.00", "50,000.00"]
    f = abs_nb.load_text("|Statement to Noteholders\n" + "".join(f"|{c}\n" for c in cells))
    assert list(f.classes.original_balance) == [1_000_000.00, 2_000_000.00, 500_000.00]
    assert list(f.classes.principal) == [100_000.00, 200_000.00, 50_000.00]


def test_a_table_drawn_in_a_box_is_fixed_width_text_not_a_cell_stream():
    from abs_nb.parse.cells import is_cell_stream
    from abs_nb.parse.tokens import tokenize_line

    box = ["+-------+------------+------------+", "| Class |  Beginning |     Ending |",
           "+-------+------------+------------+", "| A-1   | 100,000.00 |  90,000.00 |",
           "| A-2   |  50,000.00 |  50,000.00 |", "+-------+------------+------------+"]
    assert not is_cell_stream("STATEMENT\n" + "\n".join(box) + "\n")
    # an HTML row rendered a line, its cells unpadded, is still a cell stream
    assert is_cell_stream("|Class|Beginning|Ending|\n|A-1|100,000.00|90,000.00|\n|A-2|50,000.00|50,000.00|\n|X|1|2|\n")
    ln = tokenize_line(box[3], 4)
    assert ln.label == "A-1" and [t.text for t in ln.values] == ["100,000.00", "90,000.00"]
    assert box[3][ln.values[0].start:ln.values[0].end] == "100,000.00"  # spans stay the printed text's


def test_a_table_placed_by_its_structure_ends_with_a_total_in_other_words_that_sums_it():
    from ._support import verdicts

    # seed 859: a cell stream whose header no template names; its last row, "Aggregate",
    # is the classes' Total by its sums
    assert verdicts(859, ("totals",)) == {"right": 6}


def test_a_table_ruled_by_bars_at_fixed_columns_is_fixed_width_text_not_a_cell_stream():
    rows = ["MONTHLY STATEMENT", "",
            "                       |     GROUP I  |    GROUP II  |       TOTAL",
            "-----------------------+--------------+--------------+-------------",
            "Beginning Balance      |  262,118.77  |  155,402.36  |  417,521.13",
            "Ending Balance         |  255,844.86  |  151,824.20  |  407,669.06",
            "Ending Loan Count      |       1,969  |       1,043  |       3,012"]
    assert not is_cell_stream("\n".join(rows))
    f = abs_nb.load_text("\n".join(rows) + "\n")
    assert list(f.collateral.index) == ["Group 1", "Group 2", "Total"]
    assert f.collateral.loc["Total", "beginning_balance"] == 417_521.13
    assert f.collateral.loc["Group 1", "ending_count"] == 1969


_BARE_ROWS = [("I-A-1", "31569RAA2", "$", "120,000,000.00", "$", "113,411,772.48", "$", "2,745,556.34", "$", "582,107.66",
               "$", "110,666,216.14"),
              ("I-A-2", "31569RAB0", "45,250,000.00", "45,250,000.00", "0.00", "232,254.30", "45,250,000.00"),
              ("II-A-1", "31569RAD6", "62,400,000.00", "58,456,922.90", "795,585.92", "277,802.89", "57,661,336.98"),
              ("B-1", "31569RAG9", "6,378,000.00", "6,347,793.40", "10,187.24", "31,927.55", "6,337,606.16")]
_BARE_HEADER = ["Class", "CUSIP", "Original", "Certificate", "Balance", "Beginning", "Certificate", "Balance",
                "Principal", "Distribution", "Interest", "Distribution", "Ending", "Certificate", "Balance"]


def _bare_page(rows=_BARE_ROWS, blank_between_rows=True) -> str:
    """A web page saved as text with no bars: every cell on a line of its own, each
    column's name one word a line, a blank line after the header and after each row."""
    top = ["Ferncliff Alternative Loan Trust 2007-4", "Monthly Statement to Certificateholders", "",
           "Distribution Date:", "06/25/2007", "", "Certificateholder Monthly Distribution Summary", "",
           *_BARE_HEADER, ""]
    body = [ln for r in rows for ln in (*r, "")] if blank_between_rows else [c for r in rows for c in r]
    return "\n".join([*top, *body, "", "The Bank of New York, as Trustee", ""])


def test_a_page_saved_one_cell_a_line_with_no_bars_is_a_cell_stream():
    text = _bare_page()
    assert is_cell_stream(text)
    # fixed-width text prints its figures beside their labels
    assert not is_cell_stream("Class      Principal\n" + "A-1       1,000.00\nA-2       2,000.00\n" * 12)
    f = abs_nb.load_text(text)
    assert f.meta["rendering"] == "cells"
    # a blank line after every row is no table's edge; the header's names, one word a line,
    # are the runs of its lines the roll-forward proves (the original balance named too)
    want = {r[0]: [float(x.replace(",", "")) for x in r[2:] if x != "$"] for r in _BARE_ROWS}
    cols = ["original_balance", "beginning_balance", "principal", "interest", "ending_balance"]
    assert {k: f.classes.loc[k, cols].tolist() for k in want} == want
    assert f.classes.loc["I-A-1", "cusip"] == "31569RAA2"


def test_a_blank_line_after_a_table_s_last_row_still_ends_it():
    # the word cells after the rows (a title, then label and figure) are no row of the table
    text = _bare_page().replace("The Bank of New York, as Trustee", "Collateral Statement\n\nBeginning Pool Balance\n"
                                "300,000,000.00\nEnding Pool Balance\n299,000,000.00\n\nThe Bank of New York")
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == [r[0] for r in _BARE_ROWS]
    assert f.collateral.loc["Total", ["beginning_balance", "ending_balance"]].tolist() == [300_000_000.00, 299_000_000.00]


def test_a_bar_or_two_in_the_words_of_a_page_saved_one_cell_a_line_leave_it_one():
    text = _bare_page().replace("Monthly Statement to Certificateholders",
                                "Monthly Statement to Certificateholders\nSixth Street | Marquette Avenue")
    assert is_cell_stream(text)
    assert list(abs_nb.load_text(text).classes.index) == [r[0] for r in _BARE_ROWS]


CELLS_CUT = """|MONTHLY STATEMENT TO NOTEHOLDERS|
|Payment Date:|10/15/04|
|Class|Note Rate|Orig Note Bal|Beg Note Bal|Prin Dist|Int Dist|Total Dist|End Note Bal|
|A-1|2.040%|$412,500,000.00|$361,118,420.07|$9,211,560.34|$613,901.31|$9,825,461.65|$351,906,859.73|
|A-2|2.090%|$187,500,000.00|$171,004,116.58|$3,876,002.91|$297,832.17|$4,173,835.08|$167"""


def test_a_row_of_cells_cut_mid_cell_keeps_the_cells_closed_before_the_cut():
    assert is_cell_stream(CELLS_CUT)
    f = abs_nb.load_text(CELLS_CUT)
    assert f.classes.at["A-2", "total_distribution"] == 4_173_835.08
    assert f.classes.at["A-2", "principal"] == 3_876_002.91 and math.isnan(f.classes.at["A-2", "ending_balance"])
    assert f.classes.at["A-1", "ending_balance"] == 351_906_859.73
    cut = f.checks[f.checks.check == "truncated"]
    assert len(cut) and "$167" in cut.detail.iloc[0]


def test_a_cell_stream_ending_on_a_rule_cuts_no_cell():
    text = CELLS_CUT.rsplit("|", 1)[0] + "|"
    assert text.endswith("$4,173,835.08|")
    f = abs_nb.load_text(text)
    assert f.classes.at["A-2", "total_distribution"] == 4_173_835.08


def test_a_stream_s_rows_of_like_length_opening_with_bars_are_a_stream_a_tight_box_s_rows_none():
    stream = "|Group I|30 - 59 Days|71|11,905.17\n" + "||60 - 89 Days|28|4,812.45\n" * 5
    assert is_cell_stream(stream)
    box = "Class|Beginning|Principal|\n-----+---------+---------+\n" + "A-1  |   117.00|    53.69|\n" * 5
    assert not is_cell_stream(box)
