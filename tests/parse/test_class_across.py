"""abs_nb.parse.class_across: class tables printed across, the classes as columns."""

from __future__ import annotations

import pytest

import abs_nb
from abs_nb.errors import NotADistributionReport


def test_a_class_table_printed_across_is_read_with_its_rows_proven_by_the_identities():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nCERTIFICATE ACTIVITY\n"
            "                               A-1             A-2             M-1           Total\n"
            "Opening Balance       1,000,000.00    2,000,000.00      500,000.00    3,500,000.00\n"
            "Paid Down                10,000.00       20,000.00            0.00       30,000.00\n"
            "Coupon Paid               4,000.00        8,000.00        2,500.00       14,500.00\n"
            "Total Paid               14,000.00       28,000.00        2,500.00       44,500.00\n"
            "Closing Balance         990,000.00    1,980,000.00      500,000.00    3,470,000.00\n")
    f = abs_nb.load_text(text)
    c = f.classes
    assert list(c.index) == ["A-1", "A-2", "M-1"]
    assert (c.loc["A-2", "principal"], c.loc["M-1", "interest"]) == (20_000.00, 2_500.00)
    assert f.totals["ending_balance"] == 3_470_000.00
    assert f.source_of("classes", "A-2", "principal") == 6  # each figure on its printed row's line
    assert f.unmapped.empty and not (f.checks.status == "fail").any()


def test_a_class_table_across_cut_in_two_with_its_cusips_and_per_1000_rows_is_one_table():
    # classes across, fields down, in two halves of classes; a row of CUSIPs under the
    # classes; the per-$1,000 rows under the same columns below a heading saying so
    def half(names, cusips, rows, per):
        out = " " * 30 + "".join(f"{n:>16}" for n in names) + "\n"
        out += f"{'CUSIP NUMBER':<30}" + "".join(f"{c:>16}" for c in cusips) + "\n"
        out += "".join(f"{label:<30}" + "".join(f"{v:>16}" for v in vals) + "\n" for label, vals in rows)
        out += "\n  AMOUNTS PER $1,000 OF ORIGINAL BALANCE:\n"
        out += "".join(f"{label:<30}" + "".join(f"{v:>16}" for v in vals) + "\n" for label, vals in per) + "\n"
        return out
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 11/17/1997\n\n"
            + half(["CLASS A-1", "CLASS A-2"], ["49337QAA1", "49337QAB9"],
                   [("ORIGINAL BALANCE", ["36,250,000.00", "58,750,000.00"]),
                    ("BEGINNING BALANCE", ["3,482,117.46", "58,750,000.00"]),
                    ("PRINCIPAL DISTRIBUTION", ["3,482,117.46", "1,122,781.56"]),
                    ("ENDING BALANCE", ["0.00", "57,627,218.44"])],
                   [("PRINCIPAL DISTRIBUTION", ["96.058413", "19.111175"]),
                    ("ENDING BALANCE", ["0.000000", "980.888825"])])
            + half(["CLASS A-3", "CLASS A-4", "TOTAL"], ["49337QAC7", "49337QAD5"],
                   [("ORIGINAL BALANCE", ["31,000,000.00", "10,000,000.00", "136,000,000.00"]),
                    ("BEGINNING BALANCE", ["31,000,000.00", "10,000,000.00", "103,232,117.46"]),
                    ("PRINCIPAL DISTRIBUTION", ["1,000,000.00", "0.00", "5,604,899.02"]),
                    ("ENDING BALANCE", ["30,000,000.00", "10,000,000.00", "97,627,218.44"])],
                   [("PRINCIPAL DISTRIBUTION", ["32.258065", "0.000000"]),
                    ("ENDING BALANCE", ["967.741935", "1000.000000"])]))
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["A-1", "A-2", "A-3", "A-4"]
    assert f.classes.loc["A-3", "ending_balance"] == 30_000_000.00
    assert f.classes.loc["A-2", "cusip"] == "49337QAB9"
    assert f.classes.loc["A-3", "principal_per_1000"] == 32.258065
    assert f.totals["principal"] == 5_604_899.02


def test_classes_across_under_items_whose_labels_wrap_onto_the_line_of_their_figures():
    # "(c) Principal balance before" over "distribution  1,917,392.94 ...": one row, its label
    # both lines' words; read so, the balances are the classes' beginning and ending
    text = "\n".join([
        "I. DISTRIBUTIONS TO CERTIFICATEHOLDERS",
        "",
        "                                           Class A-1       Class A-2           Total",
        "(a) Amount of interest distributed        10,178.16      592,375.00      602,553.16",
        "(b) Amount of principal distributed    1,917,392.94      917,858.76    2,835,251.70",
        "(c) Principal balance before",
        "    distribution                       1,917,392.94  105,000,000.00  106,917,392.94",
        "(d) Principal balance after",
        "    distribution                               0.00  104,082,141.24  104,082,141.24",
        "(i) Total amount distributed",
        "    (a) + (b)                          1,927,571.10    1,510,233.76    3,437,804.86",
        "",
    ])
    c = abs_nb.load_text(text).classes
    assert list(c.beginning_balance) == [1_917_392.94, 105_000_000.00]
    assert list(c.ending_balance) == [0.0, 104_082_141.24]
    assert list(c.interest) == [10_178.16, 592_375.00]
    assert list(c.total_distribution) == [1_927_571.10, 1_510_233.76]


def test_classes_across_double_spaced_items_wrapped_labels_rates_and_per_1000_sub_rows():
    # a blank line between items; an item's label wrapped onto the line of its figures; a
    # rate after the amounts; an amount's per $1,000 on the line below it
    text = "\n".join([
        "REPORT TO CERTIFICATEHOLDERS", "",
        '                                             CLASS A             CLASS B',
        '                                     ---------------     ---------------',
        ' 1.  Original Certificate',
        '     Principal Balance               $115,384,000.00     $ 10,034,377.16',
        '',
        ' 2.  Certificate Principal Balance',
        '     prior to this Distribution      $ 96,318,442.71     $  9,987,105.33',
        '',
        ' 3.  Pass-Through Rate                        5.850%              6.400%',
        '',
        ' 4.  Interest Distribution           $    469,552.41     $     53,264.56',
        '       per $1,000 original                4.06947592          5.30820789',
        '',
        ' 5.  Principal Distribution          $  1,690,641.38     $           .00',
        '       per $1,000 original               14.65230344           .00000000',
        '',
        ' 6.  Total Distribution              $  2,160,193.79     $     53,264.56',
        '       per $1,000 original               18.72177936          5.30820789',
        '',
        ' 7.  Realized Losses allocated       $           .00     $     14,218.40',
        '',
        ' 8.  Certificate Principal Balance',
        '     after this Distribution         $ 94,627,801.33     $  9,972,886.93',
        '       per $1,000 original              820.11198546        993.87204318',
        '',
        ' 9.  Unpaid Interest Shortfall       $           .00     $           .00', ""])
    c = abs_nb.load_text(text).classes
    assert list(c.index) == ["A", "B"]
    assert list(c.original_balance) == [115_384_000.00, 10_034_377.16]
    assert list(c.beginning_balance) == [96_318_442.71, 9_987_105.33]
    assert list(c.interest_rate) == [0.0585, 0.064]
    assert list(c.principal) == [1_690_641.38, 0.0]
    assert list(c.total_distribution) == [2_160_193.79, 53_264.56]
    assert list(c.realized_loss) == [0.0, 14_218.40]
    assert list(c.ending_balance) == [94_627_801.33, 9_972_886.93]
    assert list(c.interest_shortfall) == [0.0, 0.0]


def _notes_across(day_count: bool, rule: str) -> str:
    rows = [("Interest Rate", ["5.33750%", "5.21000%", "5.07000%"]),
            ("Original Principal Balance", ["265,000,000.00", "180,000,000.00", "305,000,000.00"]),
            ("Beginning Note Balance", ["72,276,239.08", "180,000,000.00", "305,000,000.00"]),
            ("Principal Paid", ["33,736,099.44", "0.00", "0.00"]),
            ("Ending Note Balance", ["38,540,139.64", "180,000,000.00", "305,000,000.00"])]
    text = ("STATEMENT TO NOTEHOLDERS\nPayment Date: 03/15/2007\n\nIV. NOTES\n\n"
            + " " * 40 + f"{'Class A-1':>18}{'Class A-2':>18}{'Class A-3':>18}\n" + rule
            + f"{'CUSIP':<40}{'70988TAA3':>18}{'70988TAB1':>18}{'70988TAD7':>18}\n")
    for k, (label, cells) in enumerate(rows):
        text += f"{label:<40}" + "".join(f"{c:>18}" for c in cells) + "\n"
        if k == 0 and day_count:
            text += f"{'Day Count':<40}{'Act/360':>18}{'30/360':>18}{'30/360':>18}\n"
    return text


@pytest.mark.parametrize("day_count", [False, True])
@pytest.mark.parametrize("rule", ["", "-" * 94 + "\n"])
def test_notes_across_with_their_cusips_under_the_rule_and_a_row_of_words_are_read(day_count, rule):
    f = abs_nb.load_text(_notes_across(day_count, rule))
    c = f.classes
    assert list(c.index) == ["A-1", "A-2", "A-3"]
    assert c.loc["A-2", "cusip"] == "70988TAB1"
    assert c.loc["A-1", "ending_balance"] == 38_540_139.64 and c.loc["A-1", "principal"] == 33_736_099.44
    assert c.loc["A-3", "interest_rate"] == pytest.approx(0.0507)


def test_notes_across_with_a_total_of_notes_a_certificates_column_and_rates_above_a_blank_line():
    head = " " * 36 + "".join(f"{h:>15}" for h in ("CLASS A-1", "CLASS A-2", "TOTAL NOTES", "CERTIFICATES"))
    rows = [("(1) Original Principal Amount", ["165,000,000.00", "220,000,000.00", "385,000,000.00", "48,125,000.00"]),
            ("(2) Beginning Balance", ["27,384,207.46", "220,000,000.00", "247,384,207.46", "48,125,000.00"]),
            ("(3) Principal Distributable Amount", ["19,179,163.76", "0.00", "19,179,163.76", "0.00"]),
            ("(4) Ending Balance (2)-(3)", ["8,205,043.70", "220,000,000.00", "228,205,043.70", "48,125,000.00"])]
    text = ("MONTHLY STATEMENT TO NOTEHOLDERS AND CERTIFICATEHOLDERS\nPAYMENT DATE: 11/17/97\n\n" + head + "\n"
            + f"  {'CUSIP':<34}{'12899KAA4':>15}{'12899KAB2':>15}{'':>15}{'12899KAE6':>15}\n"
            + f"  {'Interest Rate':<34}{'5.6675%':>15}{'6.0500%':>15}{'':>15}{'6.5500%':>15}\n\n"
            + "".join(f"  {label:<34}" + "".join(f"{c:>15}" for c in cells) + "\n" for label, cells in rows))
    f = abs_nb.load_text(text)
    assert f.classes.loc["A-1", "ending_balance"] == 8_205_043.70
    assert f.classes.loc["A-2", "cusip"] == "12899KAB2"
    assert f.classes.loc["A-1", "interest_rate"] == pytest.approx(0.056675)
    assert f.totals["beginning_balance"] == 247_384_207.46


def test_a_row_printed_twice_in_one_table_is_read_where_its_words_name_the_field():
    # interest due ("distributable") and interest paid, no shortfall: the same figures twice;
    # the words break the tie the identities leave: the interest paid is read, the interest
    # due stays listed
    rows = [("Beginning Note Balance", ["72,276,239.08", "180,000,000.00", "305,000,000.00"]),
            ("Interest Distributable Amount", ["300,046.78", "781,500.00", "1,288,625.00"]),
            ("Interest Paid", ["300,046.78", "781,500.00", "1,288,625.00"]),
            ("Principal Paid", ["33,736,099.44", "0.00", "0.00"]),
            ("Total Paid", ["34,036,146.22", "781,500.00", "1,288,625.00"]),
            ("Ending Note Balance", ["38,540,139.64", "180,000,000.00", "305,000,000.00"])]
    text = ("STATEMENT TO NOTEHOLDERS\nPayment Date: 03/15/2007\n\n"
            + " " * 40 + f"{'Class A-1':>18}{'Class A-2':>18}{'Class A-3':>18}\n"
            + "".join(f"{label:<40}" + "".join(f"{c:>18}" for c in cells) + "\n" for label, cells in rows))
    f = abs_nb.load_text(text)
    assert f.classes.loc["A-2", "interest"] == 781_500.00
    assert f.classes.loc["A-1", "total_distribution"] == 34_036_146.22
    roles = f.checks[f.checks.check == "column_role"].set_index("subject")
    assert roles.loc["Interest Paid (line 4)", "detail"].startswith("interest: ")
    assert roles.loc["Interest Distributable Amount (line 4)", "status"] == "warn"
    assert 300_046.78 in f.unmapped["values"].explode().map(lambda t: float(str(t).replace(",", ""))).tolist()


def test_rows_of_fewer_figures_above_a_blank_line_are_the_table_s_its_header_over_them():
    text = ("STATEMENT TO NOTEHOLDERS\n\nA.  PAYMENTS ON THE NOTES\n"
            "                                     Class A-1       Class A-2           Total\n"
            "                                     (Group I)      (Group II)\n"
            "                               --------------- --------------- ---------------\n"
            "Note Rate                             5.25125%        5.29125%\n"
            "  (LIBOR plus margin)                   +0.17%          +0.21%\n"
            "\n"
            "Original Note Balance          $325,000,000.00 $140,000,000.00 $465,000,000.00\n"
            "Note Balance, prior Pmt Date    314,338,610.14  139,283,183.42  453,621,793.56\n"
            "Interest Paid                     1,467,262.78      655,095.24    2,122,358.02\n"
            "Principal Paid                    5,656,068.40      378,913.73    6,034,982.13\n"
            "TOTAL PAID TO NOTEHOLDERS      $  7,123,331.18 $  1,034,008.97 $  8,157,340.15\n"
            "Note Balance, after Pmt Date   $308,682,541.74 $138,904,269.69 $447,586,811.43\n")
    c = abs_nb.load_text(text).classes
    assert list(c.index) == ["A-1", "A-2"]
    assert (c.loc["A-1", "original_balance"], c.loc["A-2", "ending_balance"]) == (325_000_000.00, 138_904_269.69)
    # a dollar sign after an amount is the next amount's, no word of a label
    assert (c.loc["A-1", "total_distribution"], c.loc["A-2", "total_distribution"]) == (7_123_331.18, 1_034_008.97)


def test_rows_of_words_between_the_header_and_the_figures_leave_the_classes_the_columns():
    # a row of CUSIPs and a row naming each class's loan group stand under the header: rows
    # of the table, not its header; the classes are the columns, not loan groups
    text = ("NOTE SUMMARY\n\n"
            "                               Class A-1       Class A-2       Class M-1           Total\n"
            "------------------------------------------------------------------------------------------\n"
            "CUSIP                          72289NAA8       72289NAB6       72289NAC4                \n"
            "Related Loan Group               Group I        Group II         Group I                \n"
            "Opening Balance               1,000,000.00    2,000,000.00      500,000.00    3,500,000.00\n"
            "Paid Down                        10,000.00       20,000.00        5,000.00       35,000.00\n"
            "Coupon Paid                       4,000.00        8,000.00        2,500.00       14,500.00\n"
            "Total Paid                       14,000.00       28,000.00        7,500.00       49,500.00\n"
            "Closing Balance                990,000.00    1,980,000.00      495,000.00    3,465,000.00\n")
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["A-1", "A-2", "M-1"]
    assert (f.classes.loc["A-2", "principal"], f.classes.loc["M-1", "cusip"]) == (20_000.00, "72289NAC4")
    assert f.collateral.empty


def test_a_row_of_the_index_rate_under_the_classes_is_no_class_and_keeps_the_table_whole():
    # "LIBOR" names the deal's index (a figure's word, in capitals as a class may be printed):
    # its row of rates under the classes is a row of the table, no class; its figures stay listed
    text = ("Distribution Date: 10/26/98\n\n"
            "                                        Class A-1 Notes    Class A-2 Notes       Certificates                Total\n"
            "  LIBOR                                        5.65625%           5.65625%           5.65625%\n"
            "  Balance 07/27/98                       240,156,686.73     167,500,000.00      22,500,000.00       430,156,686.73\n"
            "  Interest Paid                            3,482,263.62       2,483,786.55         351,274.22         6,317,324.39\n"
            "  Principal Paid                          16,464,324.59               0.00               0.00        16,464,324.59\n"
            "  Total Distribution                      19,946,588.21       2,483,786.55         351,274.22        22,781,648.98\n"
            "  Balance 10/26/98                       223,692,362.14     167,500,000.00      22,500,000.00       413,692,362.14\n")
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["A-1", "A-2", "Certificates"]
    assert (f.classes.loc["A-1", "ending_balance"], f.classes.loc["Certificates", "interest"]) == (223_692_362.14, 351_274.22)
    assert f.totals["principal"] == 16_464_324.59
    assert "A-1 [LIBOR]" in set(f.unmapped.label)


def test_rates_above_a_row_of_day_count_cells_printing_their_days_are_rows_of_the_table():
    # a row of rates (none under the Total), then a row whose cells print a day count and its
    # days ("ACT/360 29"): a row of text cells, not a header; the rates are the classes' own
    text = _panels([["CLASS A-1", "CLASS A-2", "TOTAL"]], [
        ("NOTE RATE", [["5.2175%", "5.5600%", ""]]),
        ("DAY COUNT / DAYS IN ACCRUAL PERIOD", [["ACT/360 29", "30/360 30", ""]]),
        ("ORIGINAL NOTE BALANCE", [["71,000,000.00", "131,000,000.00", "202,000,000.00"]]),
        ("BEGINNING NOTE BALANCE", [["4,755,546.43", "131,000,000.00", "135,755,546.43"]]),
        ("TOTAL PRINCIPAL DISTRIBUTION", [["4,755,546.43", "10,782,267.58", "15,537,814.01"]]),
        ("ENDING NOTE BALANCE", [["0.00", "120,217,732.42", "120,217,732.42"]]),
        ("INTEREST DISTRIBUTION", [["19,987.50", "606,966.67", "626,954.17"]]),
        ("TOTAL DISTRIBUTION", [["4,775,533.93", "11,389,234.25", "16,164,768.18"]])])
    c = abs_nb.load_text(text).classes
    assert list(c.index) == ["A-1", "A-2"]
    assert c.loc["A-1", "interest_rate"] == pytest.approx(0.052175)
    assert c.loc["A-2", "ending_balance"] == 120_217_732.42 and c.loc["A-1", "principal"] == 4_755_546.43


def _panels(names: list[list[str]], rows: list[tuple[str, list[list[str]]]], width: int = 16) -> str:
    """A table across printed in panels: ``names`` over each panel's columns, each row's
    label then its cells panel by panel (an empty cell left blank)."""
    out = ["CERTIFICATE PAYMENTS", ""]
    side = max(len(label) for label, _ in rows) + 4
    for k, panel in enumerate(names):
        out.append(" " * side + "".join(f"{n:>{width}}" for n in panel))
        for label, cells in rows:
            out.append(f"{label:<{side}}" + "".join(f"{c:>{width}}" for c in cells[k]).rstrip())
        out.append("")
    return "\n".join(out) + "\n"


def test_a_row_of_cusips_under_the_figures_is_the_table_s():
    text = _panels([["CLASS A-1", "CLASS A-2", "TOTAL"]], [
        ("Beginning Balance", [["1,000,000.00", "2,000,000.00", "3,000,000.00"]]),
        ("Principal Paid", [["100,000.00", "200,000.00", "300,000.00"]]),
        ("Interest Paid", [["5,000.00", "9,000.00", "14,000.00"]]),
        ("Ending Balance", [["900,000.00", "1,800,000.00", "2,700,000.00"]]),
        ("CUSIP", [["43718UAA9", "43718UAB7", ""]])])
    c = abs_nb.load_text(text).classes
    assert (c.loc["A-1", "cusip"], c.loc["A-2", "cusip"]) == ("43718UAA9", "43718UAB7")


def test_a_panel_under_a_pool_s_words_continues_the_classes_above():
    # "Beg Bal" and "Ending Principal Amount" are a pool's words too; the rows printed as
    # those of the panel above make "X" and "P" more classes, not loan groups
    text = _panels([["A-1", "A-2", "M-1"], ["X", "P", "TOTAL"]], [
        ("Beg Bal", [["269,683,181.21", "48,531,193.82", "12,276,000.00"], ["5,903,462.32", "100.00", "336,394,037.35"]]),
        ("Prin Pd", [["9,638,969.71", "1,734,593.55", "0.00"], ["0.00", "0.00", "11,373,563.26"]]),
        ("Interest Paid", [["874,796.21", "206,495.54", "35,810.63"], ["95,302.62", "151,239.00", "1,363,644.00"]]),
        ("Ending Principal Amount", [["260,044,211.50", "46,796,600.27", "12,276,000.00"],
                                     ["5,915,199.86", "100.00", "325,032,111.63"]])])
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["A-1", "A-2", "M-1", "X", "P"]
    assert f.classes.loc["X", "ending_balance"] == 5_915_199.86 and f.collateral.empty
    assert f.totals["principal"] == 11_373_563.26


def test_a_last_column_the_sum_of_the_classes_is_the_total_whatever_it_is_named():
    # "Aggregate" names no class and no Total; its figures are the sums of the classes but
    # X and P (a Total leaves notional and residual classes out): the Total. A last column
    # summing nothing stays unread.
    rows = [("Original Face", [["192,794,000.00", "19,608,000.00", "-", "100.00", "212,402,000.00"]]),
            ("Beginning Balance", [["141,518,204.96", "19,608,000.00", "4,664,174.36", "100.00", "161,126,204.96"]]),
            ("Principal Paid", [["4,412,966.39", "-", "-", "-", "4,412,966.39"]]),
            ("Interest Distribution", [["327,741.38", "72,251.25", "4,036.73", "560,693.00", "399,992.63"]]),
            ("Ending Balance", [["137,105,238.57", "19,608,000.00", "4,664,174.36", "100.00", "156,713,238.57"]])]
    f = abs_nb.load_text(_panels([["A1", "M1", "X", "P", "Aggregate"]], rows))
    assert list(f.classes.index) == ["A1", "M1", "X", "P"]
    assert (f.totals["beginning_balance"], f.totals["interest"]) == (161_126_204.96, 399_992.63)
    rows = [(label, [[*cells[0][:4], "1.00"]]) for label, cells in rows]
    with pytest.raises(NotADistributionReport, match="5 unrecognised labelled numbers"):
        abs_nb.load_text(_panels([["A1", "M1", "X", "P", "Aggregate"]], rows))  # its figures all listed


def test_panels_whose_columns_no_row_fills_at_once_are_read():
    # the residual class R prints its rate and a zero, P no rate; the first row of each
    # panel prints one figure (a loss, and the Total's): every column named over it
    text = _panels([["CLASS A-1", "CLASS M-1"], ["CLASS P", "CLASS R", "TOTAL"]], [
        ("Realized Loss", [["", "2,500.00"], ["", "", "2,500.00"]]),
        ("Prin Pd", [["7,500.00", ""], ["", "0.00", "7,500.00"]]),
        ("Pass-Through Rate", [["5.25000%", "6.00000%"], ["", "0.00000%", ""]]),
        ("Beginning Balance", [["1,000,000.00", "500,000.00"], ["100.00", "", "1,500,100.00"]]),
        ("Interest Distribution", [["4,375.00", "2,500.00"], ["1,250.00", "", "8,125.00"]]),
        ("Total Distribution", [["11,875.00", "2,500.00"], ["1,250.00", "", "15,625.00"]]),
        ("Ending Balance", [["992,500.00", "497,500.00"], ["100.00", "", "1,490,100.00"]])])
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["A-1", "M-1", "P", "R"]
    assert f.classes.loc["R", "interest_rate"] == 0.0 and f.classes.loc["P", "interest"] == 1_250.00
    assert f.classes.loc["M-1", "realized_loss"] == 2_500.00
    assert (f.totals["realized_loss"], f.totals["ending_balance"]) == (2_500.00, 1_490_100.00)


def _html_panels(names: list[list[str]], rows: list[tuple[str, list[list[str]]]]) -> str:
    tables = []
    for k, panel in enumerate(names):
        head = "<tr><td></td>" + "".join(f"<td>{n}</td>" for n in panel) + "</tr>"
        body = "".join("<tr><td>" + label + "</td>" + "".join(f"<td>{c}</td>" for c in cells[k]) + "</tr>"
                       for label, cells in rows)
        tables.append(f"<table>{head}{body}</table>")
    return "<html><body><p>Certificate Payments</p>" + "".join(tables) + "</body></html>"


_ACROSS_ROWS = [
    ("Original Par", [["245,921,000", "12,422,000", "17,912,000"], ["32,539,000", "-", "100", "", "308,794,100"]]),
    ("Previous Class Balance", [["79,566,898", "7,012,539", "17,912,000"], ["32,539,000", "2,088,800", "100", "", "139,119,337"]]),
    ("Loss", [["-", "-", "-"], ["6,992", "-", "-", "", "6,992"]]),
    ("Prin", [["4,922,976", "-", "-"], ["-", "-", "-", "", "4,922,976"]]),
    ("Int. Dist.", [["476,365", "46,150", "106,159"], ["214,984", "10,133", "208,218", "", "1,062,009"]]),
    ("Tot. Distrib.", [["5,399,341", "46,150", "106,159"], ["214,984", "10,133", "208,218", "", "5,984,985"]]),
    ("Ending Certificate Balance", [["74,643,922", "7,012,539", "17,912,000"], ["32,532,008", "2,088,800", "100", "", "134,189,369"]]),
]


def test_an_html_table_across_in_panels_names_each_column_by_its_cell():
    # two tables, one panel each; the residual class's cells are all empty, so the cells of
    # the second header name the columns by their places, not in turn from the right
    f = abs_nb.load_text(_html_panels([["CLASS A-1", "CLASS M-1", "CLASS M-2"],
                                       ["CLASS B-1", "CLASS CE", "CLASS P", "CLASS R", "Total"]], _ACROSS_ROWS))
    assert list(f.classes.index) == ["A-1", "M-1", "M-2", "B-1", "CE", "P"]  # (R prints nothing)
    assert (f.classes.loc["P", "beginning_balance"], f.classes.loc["B-1", "realized_loss"]) == (100, 6_992)
    assert f.totals["ending_balance"] == 134_189_369


def test_a_cell_stream_across_in_panels_its_total_unnamed_is_read():
    # a cell a line: the second panel's header cells follow the first panel's last row, and
    # the Total's empty name is no line at all
    out = ["|Certificate Payments"]
    names = [["CLASS A-1", "CLASS M-1", "CLASS M-2"], ["CLASS B-1", "CLASS CE", "CLASS P", "CLASS R", ""]]
    for k, panel in enumerate(names):
        out += [f"|{n}" for n in panel if n]
        for label, cells in _ACROSS_ROWS:
            out += [f"|{label}"] + [f"|{c or '-'}" for c in cells[k]]  # (R's empty cells as dashes)
    f = abs_nb.load_text("\n".join(out) + "\n")
    assert list(f.classes.index) == ["A-1", "M-1", "M-2", "B-1", "CE", "P", "R"]
    assert (f.totals["interest"], f.classes.loc["CE", "ending_balance"]) == (1_062_009, 2_088_800)


def test_a_row_blank_in_the_first_panel_is_read_in_the_next():
    # no class of the first panel lost anything: its "Realized Loss" row prints blanks; the
    # next panel's prints B-1's loss and the Total's: one table, the row in it
    text = _panels([["CLASS A-1", "CLASS A-2"], ["CLASS B-1", "TOTAL"]], [
        ("Beginning Balance", [["1,000,000.00", "2,000,000.00"], ["500,000.00", "3,500,000.00"]]),
        ("Principal Paid", [["100,000.00", "200,000.00"], ["0.00", "300,000.00"]]),
        ("Realized Loss", [["", ""], ["2,500.00", "2,500.00"]]),
        ("Interest Paid", [["5,000.00", "9,000.00"], ["2,500.00", "16,500.00"]]),
        ("Total Distribution", [["105,000.00", "209,000.00"], ["2,500.00", "316,500.00"]]),
        ("Ending Balance", [["900,000.00", "1,800,000.00"], ["497,500.00", "3,197,500.00"]])])
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["A-1", "A-2", "B-1"]
    assert (f.classes.loc["B-1", "realized_loss"], f.totals["realized_loss"]) == (2_500.00, 2_500.00)
    assert f.totals["ending_balance"] == 3_197_500.00


def test_a_total_s_sums_line_up_the_panels_above_by_their_rows_labels():
    # the first panel prints no loss row, the second does: the unnamed Total's sums take
    # each class's figures by the row's label, not its place
    base = [("Beginning Balance", [["1,000,000.00", "500,000.00", "200,000.00"], ["100,000.00", "100.00", "1,800,100.00"]]),
            ("Realized Loss", [["", "", ""], ["1,000.00", "", "1,000.00"]]),
            ("Principal Paid", [["10,000.00", "5,000.00", "2,000.00"], ["0.00", "0.00", "17,000.00"]]),
            ("Interest Paid", [["4,000.00", "2,000.00", "900.00"], ["500.00", "10.00", "7,410.00"]]),
            ("Ending Balance", [["990,000.00", "495,000.00", "198,000.00"], ["99,000.00", "100.00", "1,782,100.00"]])]
    f = abs_nb.load_text(_panels([["A-1", "A-2", "M-1"], ["M-2", "P", "Aggregate"]], base))
    assert list(f.classes.index) == ["A-1", "A-2", "M-1", "M-2", "P"]
    assert (f.totals["beginning_balance"], f.totals["ending_balance"]) == (1_800_100.00, 1_782_100.00)


def test_a_column_summing_some_classes_that_roll_is_no_total():
    # "Senior" sums alone: a Total leaves out notional and residual classes, not
    # classes whose balances roll; the table's figures all stay listed
    rows = [("Beginning Balance", [["1,000,000.00", "500,000.00", "200,000.00", "100,000.00", "1,500,000.00"]]),
            ("Principal Paid", [["10,000.00", "5,000.00", "0.00", "0.00", "15,000.00"]]),
            ("Interest Paid", [["4,000.00", "2,000.00", "900.00", "500.00", "6,000.00"]]),
            ("Ending Balance", [["990,000.00", "495,000.00", "200,000.00", "100,000.00", "1,485,000.00"]])]
    with pytest.raises(NotADistributionReport, match="4 unrecognised labelled numbers"):
        abs_nb.load_text(_panels([["A-1", "A-2", "M-1", "M-2", "Senior"]], rows))


def test_a_second_table_of_the_same_classes_and_a_pool_s_table_below_are_tables_of_their_own():
    classes = [("Beginning Balance", [["1,000,000.00", "2,000,000.00", "3,000,000.00"]]),
               ("Principal Paid", [["100,000.00", "200,000.00", "300,000.00"]]),
               ("Interest Paid", [["5,000.00", "9,000.00", "14,000.00"]]),
               ("Ending Balance", [["900,000.00", "1,800,000.00", "2,700,000.00"]])]
    first = _panels([["CLASS A-1", "CLASS A-2", "TOTAL"]], [classes[0], classes[3]])
    second = _panels([["CLASS A-1", "CLASS A-2", "TOTAL"]], classes)
    f = abs_nb.load_text(first + "\nDISTRIBUTION DETAIL\n" + second)
    assert not (f.checks["check"] == "duplicate_value").any()  # each its own table, no class twice
    pool = _panels([["FIXED", "ARM", "TOTAL"]], [
        ("Beginning Balance", [["1,200,000.00", "1,900,000.00", "3,100,000.00"]]),
        ("Ending Balance", [["1,140,000.00", "1,860,000.00", "3,000,000.00"]])]).replace("CERTIFICATE PAYMENTS", "COLLATERAL")
    f = abs_nb.load_text(second + "\n" + pool)
    assert list(f.classes.index) == ["A-1", "A-2"] and list(f.collateral.index) == ["FIXED", "ARM", "Total"]


def test_a_cell_stream_s_run_is_cut_where_a_row_s_label_comes_again_and_nowhere_else():
    from abs_nb.parse.class_across import _panels as panels
    from abs_nb.parse.tokens import tokenize_line

    def run(*labels: str) -> list:
        return [tokenize_line(f"{label}   1.00   2.00".strip(), n) for n, label in enumerate(labels, 1)]
    cut = panels([run("Beginning", "Ending", "Beginning", "Ending")])
    assert [[ln.label for ln in r] for r in cut] == [["Beginning", "Ending"], ["Beginning", "Ending"]]
    # rows printing no label (an unlabelled half, an unlabelled Total) are one run still
    assert [len(r) for r in panels([run("Beginning", "", "")])] == [3]
