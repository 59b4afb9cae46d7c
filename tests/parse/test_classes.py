"""abs_nb.parse.classes: stacked class blocks joined, and a block that cannot be joined said."""

from __future__ import annotations

import math

import abs_nb

from .conftest import edited


def test_an_unlabelled_block_one_row_short_is_not_shifted():
    f = edited("    4.00000%       180,000\n", "")  # A-IO's Rate/Int row dropped
    assert math.isnan(f.classes.loc["B-IO", "interest"])  # not the Total's 1,632,020
    assert math.isnan(f.classes.loc["A-1", "interest"])
    rows = f.checks[f.checks["check"] == "block_rows"]
    assert len(rows) == 1 and rows["status"].item() == "fail"


def test_an_unlabelled_half_found_by_another_reader_takes_the_labels_of_the_table_printed_above_it():
    # seed 563 of the generator (HTML): the labelled table is broken by a page and read by
    # the walk; its one-column half (End. Cert. Bal.) is found by the cell reader. The half
    # takes the labels of the table printed above it, whichever reader found each
    from tests.synthetic.evaluate import score
    from tests.synthetic.generate import generate

    doc = generate(563)
    assert doc.shape["rendering"] == "html" and doc.shape["halves_labelled"] == "no"
    ending = [o.verdict for o in score(doc) if o.key[-1] == "ending_balance" and o.key[0] in ("classes", "totals")]
    assert ending == ["right"] * 10


def test_a_later_table_of_the_classes_adds_the_class_the_first_leaves_out():
    text = """DISTRIBUTION REPORT

(i) Principal:
        Class      Original Balance      Principal Distribution
        A-1           50,000,000.00            3,112,455.90
        A-2           38,500,000.00            3,744,673.91
        B              7,800,000.00                    0.00

(ii) Interest:
        Class      Pass-Through Rate      Interest Distribution
        A-1                 6.155%                15,964.31
        A-2                 6.285%               201,643.75
        A-IO                6.000%               225,000.00
        B                   8.850%                57,525.00
"""
    c = abs_nb.load_text(text).classes
    # the IO class pays no principal, so the principal's table does not print it
    assert list(c.index) == ["A-1", "A-2", "B", "A-IO"]
    assert (c.loc["A-IO", "interest_rate"], c.loc["A-IO", "interest"]) == (0.06, 225_000.00)


def test_a_row_in_words_the_total_sums_in_is_a_class_in_every_half_of_the_table():
    import abs_nb

    text = ("STATEMENT TO NOTEHOLDERS AND CERTIFICATEHOLDERS\n\n DISTRIBUTION SUMMARY\n\n"
            " Class                    Original          Beginning        Principal             Ending\n"
            "                         Principal          Principal             Paid          Principal\n"
            " A-1                116,500,000.00      86,036,186.19     4,642,259.38      81,393,926.81\n"
            " A-2                 61,000,000.00      61,000,000.00             0.00      61,000,000.00\n"
            " Certificates                 0.00               0.00             0.00               0.00\n"
            " ---------------------------------------------------------------------------------------\n"
            " Total              177,500,000.00     147,036,186.19     4,642,259.38     142,393,926.81\n\n"
            " Class                 Note           Interest              Total      Interest Carryover\n"
            "                       Rate               Paid               Paid               Shortfall\n"
            " A-1              5.54250%          423,871.61       5,066,130.99                    0.00\n"
            " A-2              6.15500%          312,879.17         312,879.17                    0.00\n"
            " Certificates          N/A          808,096.13         808,096.13                    0.00\n"
            " ---------------------------------------------------------------------------------------\n"
            " Total                            1,544,846.91       6,187,106.29                    0.00\n"
            " =======================================================================================\n")
    f = abs_nb.load_text(text)
    # "Certificates" names fields' words, yet the Totals of the second half sum its figures in;
    # its zeros of the first half, read before, are its figures too
    assert f.classes.loc["Certificates", "interest"] == 808_096.13
    assert f.classes.loc["Certificates", "ending_balance"] == 0.0
    assert list(f.classes.index) == ["A-1", "A-2", "Certificates"]


def test_a_report_whose_only_class_table_is_per_1000_names_its_classes():
    text = """STATEMENT TO CERTIFICATEHOLDERS
Distribution Date: 06/25/2007

Certificate Factor Information  (per $1,000 of original balance)

              Original      Beginning      Interest     Principal        Ending
Class          Balance        Balance  Distribution  Distribution       Balance
A-1     330,420,000.00   947.68861379    4.45571597   11.00263447  936.68597932
A-2     214,380,000.00   893.71361354    4.14037657   29.95737102  863.75624252
M-1      41,020,000.00 1,000.00000000    4.82222233    0.00000000 1,000.00000000
"""
    c = abs_nb.load_text(text).classes
    assert list(c.index) == ["A-1", "A-2", "M-1"]
    assert (c.loc["A-1", "original_balance"], c.loc["A-1", "beginning_balance_per_1000"]) == (330_420_000.0, 947.68861379)
    assert (c.loc["A-2", "principal_per_1000"], c.loc["M-1", "ending_balance_per_1000"]) == (29.95737102, 1000.0)
    assert c["beginning_balance"].isna().all() and c["interest"].isna().all()  # no amount read from them


def test_a_cell_under_a_cusip_column_without_a_cusips_shape_is_listed_unread():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 25-Oct-06\n\n"
            "Class   CUSIP        Beginning Balance     Principal      Interest    Ending Balance\n"
            "A-1     12345AAA1       100,000,000.00  1,000,000.00    500,000.00     99,000,000.00\n"
            "A-2     12345AAB9        50,000,000.00          0.00    250,000.00     50,000,000.00\n"
            "A-3     0.2500%          20,000,000.00          0.00    100,000.00     20,000,000.00\n")
    f = abs_nb.load_text(text)
    assert f.classes.loc["A-1", "cusip"] == "12345AAA1" and f.classes.loc["A-2", "cusip"] == "12345AAB9"
    assert f.classes.loc["A-3", "cusip"] is None or f.classes.loc["A-3", "cusip"] != f.classes.loc["A-3", "cusip"]
    assert any("0.2500%" in v for v in f.unmapped.astype(str).agg(" ".join, axis=1))


def test_a_word_under_a_cusip_column_stays_the_classs_and_fails_nothing():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 25-Oct-06\n\n"
            "Class   CUSIP        Beginning Balance     Principal      Interest    Ending Balance\n"
            "A-1     12345AAA1       100,000,000.00  1,000,000.00    500,000.00     99,000,000.00\n"
            "A-2     12345AAB9        50,000,000.00          0.00    250,000.00     50,000,000.00\n"
            "R       N/A                     100.00          0.00          0.00            100.00\n")
    f = abs_nb.load_text(text)
    assert f.classes.loc["R", "ending_balance"] == 100.00
    assert not (f.checks.status == "fail").any()


def test_a_per_1000_figure_in_brackets_beside_a_positive_amount_is_proven_by_its_magnitude():
    # brackets that set a figure per $1,000 apart are no minus (per_1000_signs stores its
    # magnitude): the identity proves it as printed; a minus sign is a minus
    from abs_nb.parse.classes import Placed, _Builder
    from abs_nb.parse.tokens import tokenize_line

    b = _Builder()
    b.t.values[("A-1", "original_balance")] = Placed(78_500_000.0, 1, None, None)
    b.t.values[("A-1", "interest")] = Placed(371_306.32, 1, None, None)
    b.t.decimals[("A-1", "interest")] = 2
    bracketed, minus = (tokenize_line(f"A-1   {t}", 2).values[0] for t in ("(4.7300168)", "-4.7300168"))
    assert b.verify("A-1", "interest_per_1000", bracketed) is True
    assert b.verify("A-1", "interest_per_1000", minus) is False
