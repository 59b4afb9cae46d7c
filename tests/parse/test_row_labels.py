"""abs_nb.parse.row_labels: a row's label and its cells."""

from __future__ import annotations

import pytest

import abs_nb
from abs_nb.parse.row_labels import CUSIP, class_label, kind_alone, split_row, unread_rows
from abs_nb.parse.tokens import tokenize_line


def test_class_labels_by_shape():
    assert [class_label(x) for x in ("A-1", "1-A1", "M5-B", "BIO", "Class II - A - 3", "X")] == [
        "A-1", "1-A1", "M5-B", "BIO", "II-A-3", "X"]
    assert [class_label(x) for x in ("30-59", "Total", "Fees", "Group 1 Loans")] == [None] * 4


def test_a_row_splits_into_its_label_and_its_cells():
    label, _, cells = split_row(tokenize_line("  Over 89 Days      12    1,234.56", 1))
    assert label == "Over 89 Days" and [t.text for t in cells] == ["12", "1,234.56"]
    label, _, cells = split_row(tokenize_line("M-2 (3)     100.00   41161XAF3", 1))
    assert label == "M-2 (3)" and [t.text for t in cells] == ["100.00", "41161XAF3"]
    assert split_row(tokenize_line("   1,000.00   2,000.00", 1))[0] is None


def test_a_cusip_by_its_shape():
    assert [bool(CUSIP.match(x)) for x in ("41161XAA4", "04541GPY2", "A-1", "123456789A")] == [True, True, False, False]


def test_the_kind_of_security_after_a_class_s_name_is_no_part_of_it():
    assert [class_label(x) for x in ("Class A-1 Notes", "A-2 Certificates", "Class B-1 Bonds")] == ["A-1", "A-2", "B-1"]
    # a name with no figure before the kind is a heading over those notes, no class's row,
    # unless the word Class names it a class ("Class X Certificates" printing its figures)
    assert [class_label(x) for x in ("Notes", "Total Notes", "Certificates", "Senior Notes")] == [None] * 4
    assert [class_label(x) for x in ("Class X Certificates", "Class A Notes")] == ["X", "A"]


def test_a_dot_leader_ends_a_label_whatever_figures_the_label_holds():
    from abs_nb.parse.row_labels import split_row
    from abs_nb.parse.tokens import tokenize_line

    label, _, cells = split_row(tokenize_line("   Repurchases (Section 2.06 / 3.17) ............ 56,124.40", 1))
    assert (label, [t.text for t in cells]) == ("Repurchases (Section 2.06 / 3.17)", ["56,124.40"])
    # without a leader, the leading words as before
    label, _, cells = split_row(tokenize_line("Repurchases    56,124.40", 1))
    assert (label, [t.text for t in cells]) == ("Repurchases", ["56,124.40"])


def test_a_class_named_then_described_is_the_class():
    from abs_nb.parse.row_labels import class_label

    assert class_label("Class A-1 Senior Floating") == "A-1"
    assert class_label("Class M-2 Mezzanine Floating Rate Certificates") == "M-2"
    assert class_label("Class B-1 Subordinate") == "B-1"
    # words of a figure's name after the class: a line of the deal's, no class row
    assert class_label("Class A Principal Distribution Amount") is None
    assert class_label("Class A-1 Interest Carryforward") is None


def test_a_dash_one_blank_before_words_continues_the_label():
    from abs_nb.parse.row_labels import split_row
    from abs_nb.parse.tokens import tokenize_line

    label, _, cells = split_row(tokenize_line("30 TO 59 DAYS    - NUMBER        115      58", 1))
    assert (label, [t.text for t in cells]) == ("30 TO 59 DAYS - NUMBER", ["115", "58"])
    # a dash standing apart is a blank figure
    label, _, cells = split_row(tokenize_line("Foreclosure        -        12", 1))
    assert (label, [t.text for t in cells]) == ("Foreclosure", ["-", "12"])


def test_a_cusip_one_blank_after_a_class_is_a_cell_of_its_row():
    import random

    rng = random.Random(7)
    rows, cusips = [], []
    for k, label in enumerate(["A-1", "A-2", "A-IO*", "M-1", "B(1)"]):
        cusip = f"{rng.randint(100, 999)}{rng.choice('ABCDE')}{rng.randint(1000, 9999)}{k}"
        cusips.append(cusip)
        beg = rng.randint(10**7, 10**9) / 100
        prin = rng.randint(10**4, 10**6) / 100 if k != 2 else 0.0
        rows.append(f"{label:<6}{cusip} {beg:>16,.2f}{prin:>14,.2f}{beg - prin:>16,.2f}")
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\n"
            f"{'CLASS':<6}{'CUSIP':<10}{'BEGINNING':>16}{'PRINCIPAL':>14}{'ENDING':>16}\n" + "\n".join(rows) + "\n")
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["A-1", "A-2", "A-IO", "M-1", "B"]
    assert list(f.classes["cusip"]) == cusips


@pytest.mark.parametrize("word", ["CUSIP", "RATE", "INTEREST", "PRINCIPAL"])
def test_a_word_naming_a_class_table_s_column_is_no_class(word):
    assert class_label(word) is None
    assert class_label(word[:2]) == word[:2]  # two capitals name a class (IO, PO, CE)


def test_a_stacked_half_headed_over_a_blank_first_cell_keeps_its_rows():
    # a cell stream's half whose header opens with a blank cell ("||CUSIP"): no class row "CUSIP"
    rows = ["A-1", "A-2", "M-1"]
    stream = ("|STATEMENT TO CERTIFICATEHOLDERS\n|Distribution Date: 2005-08-25\n|DISTRIBUTION SUMMARY\n"
              "|Class|Beginning Balance|Principal|Ending Balance\n"
              + "".join(f"|{c}|{1000 * (k + 1):,}.00|{100 * (k + 1)}.00|{900 * (k + 1):,}.00\n" for k, c in enumerate(rows))
              + "|Total|6,000.00|600.00|5,400.00\n"
              "|Interest|Total Dist\n" + "".join(f"|{5 * (k + 1)}.00|{105 * (k + 1)}.00\n" for k in range(3))
              + "|30.00|630.00\n||CUSIP\n|Rate|No.\n"
              + "".join(f"|5.00%|04541GPY{k}\n" for k in range(3)) + "||\n")
    f = abs_nb.load_text(stream)
    assert f.classes.loc["A-2", "total_distribution"] == 210.00
    assert "CUSIP" not in f.classes.index


def test_a_cusip_before_the_class_is_a_cell_of_the_row_the_class_labels():
    label, _, cells = split_row(tokenize_line("49641QAA2   1-A-1   SSR/FIX   6.250000%   180,000,000.00", 1))
    assert (label, [t.text for t in cells]) == ("1-A-1", ["49641QAA2", "SSR/FIX", "6.250000%", "180,000,000.00"])
    label, _, cells = split_row(tokenize_line("47129RVB0      A-2 (3)", 1))  # a note's mark is the label's
    assert (label, [t.text for t in cells]) == ("A-2 (3)", ["47129RVB0"])
    # a CUSIP before words that name no class labels its row itself
    label, _, cells = split_row(tokenize_line("49641QAA2   Total   5.00", 1))
    assert label == "49641QAA2"


def test_a_status_s_measure_printed_in_a_second_column_of_labels_is_of_the_label():
    label, _, cells = split_row(tokenize_line("30-59 Days   Loan Count            21         19", 1))
    assert label == "30-59 Days Loan Count" and [t.text for t in cells] == ["21", "19"]
    # a mark of the measure (#, $) is a cell of its own, as it was
    label, _, cells = split_row(tokenize_line("    60-89 days delinq   #          1          2", 1))
    assert label == "60-89 days delinq" and [t.text for t in cells] == ["#", "1", "2"]
    # words after a class are its cells (its type), and after a label no status: cells too
    label, _, cells = split_row(tokenize_line("A-1     Senior     6.25%     1,000.00", 1))
    assert label == "A-1" and [t.text for t in cells] == ["Senior", "6.25%", "1,000.00"]
    label, _, _ = split_row(tokenize_line("Group 1   Beginning Balance    1,000.00", 1))
    assert label == "Group 1"


def test_a_cusip_is_a_cell_of_its_own_whatever_is_printed_one_blank_after_it():
    text = ("CERTIFICATEHOLDER DISTRIBUTION SUMMARY\n\n"
            "Class CUSIP     Desc       Rate   Cert. Balance  Distribution  Distribution   Cert. Balance\n"
            "A-1   10742KAA5 SEN    5.46438%  222,255,324.19  1,045,808.72  6,127,995.34  216,127,328.85\n"
            "A-2A  10742KAB3 SEN    5.37438%  122,968,567.38    569,090.95  9,909,734.81  113,058,832.57\n"
            "M-1   10742KAE7 MEZ    5.61438%   30,000,000.00    145,025.00          0.00   30,000,000.00\n")
    c = abs_nb.load_text(text).classes
    assert c["cusip"].tolist() == ["10742KAA5", "10742KAB3", "10742KAE7"]


def test_an_item_s_marks_before_a_label_are_no_part_of_the_class_it_names():
    assert split_row(tokenize_line("  (iv)   Class A-4 Notes      5.333333    0.000000", 1))[0] == "(iv) Class A-4 Notes"
    assert class_label("(iv) Class A-4 Notes") == "A-4"
    # a figure is no item's mark ("0.00" has a section number's shape)
    assert split_row(tokenize_line("       0.00       28115RXB4", 1))[0] is None


def test_a_kind_of_security_alone_names_a_class_beside_classes():
    assert kind_alone("Certificates (4.05%)") == "Certificates"
    assert kind_alone("Class A Certificates") is None
    assert kind_alone("Senior Notes") is None


def test_a_class_with_a_letter_in_brackets_glued_to_it_keeps_it_two_tranches_apart():
    # "A-2(a)" and "A-2(b)" are two tranches: a small letter in brackets may be a class's own,
    # so it is no note's mark to drop (two rows would read as one class)
    assert class_label("A-2(a)") is None or class_label("A-2(a)") != class_label("A-2(b)")
    text = ("Distribution Date: 08/26/96\n\n"
            "           PASS-      BEGINNING                                     ENDING\n"
            " CLASS    RATE (%)      BALANCE      PRINCIPAL      INTEREST         BALANCE\n"
            " A-1       7.98500  15,000,000.00        0.00      99,812.50   15,000,000.00\n"
            " A-2(a)    5.72875  52,114,659.50  1,372,934.56   265,379.43   50,741,724.94\n"
            " A-2(b)    8.10000  10,000,000.00        0.00      67,500.00   10,000,000.00\n")
    f = abs_nb.load_text(text)
    assert "A-2" not in set(f.classes.index)  # never the two read as one class
    assert {6, 7} <= set(f.unmapped.line)  # rows no reading takes stay listed


def test_rows_labelled_by_dates_are_periods_no_class_table_s():
    # "25-Sep-06" holds digits and a hyphen as a class does, but names a month: the rows are
    # a delinquency history, read as the group's statuses, never as classes
    assert class_label("25-Sep-06") is None and class_label("JUL-01") is None and class_label("A-1") == "A-1"
    text = ("Distribution Date: 09/25/2006\n\nDELINQUENCY - GROUP I\n"
            "Distribution      Current           Delinq 1 Month     Delinq 2 Months    Bankruptcy\n"
            "Date           Count    Balance    Count   Balance    Count   Balance    Count  Balance\n"
            "25-Sep-06      1,399 241,730,633.47  38 6,412,880.17  14 2,305,116.44   9 1,208,334.12\n"
            "25-Aug-06      1,432 248,699,027.88  41 6,855,120.49  12 2,011,774.30   8 1,091,876.55\n")
    f = abs_nb.load_text(text)
    assert f.classes.empty
    assert f.delinquency.set_index(["group", "status"]).loc[("Group 1", "60-89"), "count"] == 14


def test_a_class_s_kind_in_brackets_after_its_name_is_no_part_of_it():
    assert class_label("A-6 (FLT)*") == "A-6" and class_label("A-IO (Sr/IO)") == "A-IO"
    assert class_label("B (SUB)") == "B"
    # figures in the brackets are no kind; a row of words is no class, kind or not; a letter
    # alone is a tranche's
    assert class_label("A-1 (6.080%)") is None and class_label("Principal (Scheduled)") is None
    assert "A-2" not in (class_label("A-2(a)"), class_label("A-2(b)"))


def test_unread_rows_run_from_a_line_to_the_first_labelled_read_or_blank_one_over_a_rule():
    from abs_nb.parse.tokens import tokenize

    lines = tokenize("      237,041.41    48,689,000.00\n       48,313.18    10,434,749.26\n"
                     "    -------------  ---------------\n      285,354.59    59,123,749.26\n\nA-1  1.00\n")
    unmapped = {1, 2, 4, 6}
    # the rule above the total passed over; the blank line ends the run
    assert [ln.no for ln in unread_rows(lines, 0, unmapped)] == [1, 2, 4]
    # a line some table read already is no unread row
    assert [ln.no for ln in unread_rows(lines, 0, {2, 4})] == []
