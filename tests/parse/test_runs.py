"""abs_nb.parse.runs: runs of table rows, page marks."""

from __future__ import annotations

import abs_nb
from abs_nb.parse.runs import numbers_a_name, runs_of
from abs_nb.parse.tokens import tokenize_line


def _lines(*texts: str):
    return [tokenize_line(t, i + 1) for i, t in enumerate(texts)]


def test_a_rule_above_a_total_and_a_page_break_do_not_end_a_run_a_blank_line_does():
    lines = _lines("A-1   1,000.00", "A-2   2,000.00", "------------", "Total  3,000.00", "",
                   "B-1   5.00", "      Page 1 of 2", "Trustee Bank", "B-2   6.00")
    runs = runs_of(lines, lambda ln, _open: bool(ln.values) and ln.label is not None and "Page" not in ln.raw)
    assert [[ln.no for ln in run] for run in runs] == [[1, 2, 4], [6, 9]]


def test_page_marks():
    from abs_nb.parse.runs import is_page_mark
    from abs_nb.parse.tokens import tokenize_line

    marks = ["             Page 1 of 9", "Trustee Bank    Page 2", "- 3 -", "\f", "<PAGE>"]
    assert all(is_page_mark(tokenize_line(t, 1)) for t in marks)
    assert not any(is_page_mark(tokenize_line(t, 1)) for t in ["Pages Remitted   12", "Homepage 2.00"])


def test_a_line_whose_figures_are_all_words_is_a_word_line():
    # the 1,000 of "per $1,000" and a footnote's mark after a word are no figures of a row
    assert numbers_a_name(tokenize_line("CUSIP      Per 1,000   Per $1,000   Per 1,000", 1))
    assert numbers_a_name(tokenize_line("CUSIP      Per 1,000   Per 1,000   Next Rate (3)", 1))
    assert numbers_a_name(tokenize_line("Pass-Through Rate (2)", 1))
    assert not numbers_a_name(tokenize_line("Realized Losses     (3)   1,000", 1))
    assert not numbers_a_name(tokenize_line("A-1     1,000     (3)", 1))


def test_a_page_number_marks_a_page_only_as_a_column_of_its_own():
    from abs_nb.parse.runs import is_page_mark

    marks = ["Page 2 of 9", "Trust 2004-1                 PAGE 1 OF 4", "- 3 -", "<PAGE>", "PAGE 2  "]
    words = ["  Class R receives the Excess Spread (see page 4).", "Statement to Holders ...... Page 2-3",
             "Pages 12,345"]
    assert [is_page_mark(tokenize_line(t, 1)) for t in marks] == [True] * len(marks)
    assert [is_page_mark(tokenize_line(t, 1)) for t in words] == [False] * len(words)


def test_a_table_goes_on_across_a_blank_line_only_with_new_rows_under_its_columns():
    from abs_nb.parse.grid import class_table_row
    from abs_nb.parse.row_labels import split_row
    from abs_nb.parse.runs import after_blank_line

    lines = _lines("A-1     100.00    5.00", "A-2     200.00    6.00", "", "M-1     300.00    7.00",
                   "", "A-1     100.00    5.00", "", "           1.00    2.00", "", "Totals 600.00  18.00     9.00")
    rows = [(split_row(ln)[0], ln, split_row(ln)[2], None) for ln in lines[:2]]
    assert after_blank_line(lines, 2, class_table_row, rows) == 3  # M-1: a new class under the columns
    assert after_blank_line(lines, 4, class_table_row, rows) is None  # A-1 again: another table
    assert after_blank_line(lines, 6, class_table_row, rows) is None  # no label below labelled rows
    assert after_blank_line(lines, 8, class_table_row, rows) is None  # a figure under no column
    stacked = _lines("   1.00   2.00", "", "   3.00   4.00", "", "                    30.00")
    half = [(None, ln, list(ln.values), None) for ln in stacked[:1]]  # a stacked half: no labels
    assert after_blank_line(stacked, 1, class_table_row, half, {1}) == 2  # the labelled table's gap
    assert after_blank_line(stacked, 1, class_table_row, half) is None  # maybe a class printing nothing
    assert after_blank_line(stacked, 3, class_table_row, half, {1}) is None  # 30.00 stands under no column


def test_a_header_s_numbering_of_its_columns_is_no_row_and_does_not_split_a_table():
    # "(1) (2) ... (5)=(3)+(4)" under the header: no unlabelled row (a Total), so the table
    # continued after its page break is one table and its Totals row is the report's
    import abs_nb
    head = ("Class     Beginning Balance      Principal       Interest          Total     Ending Balance\n"
            "                        (1)            (2)            (3)    (4)=(2)+(3)                (5)\n")
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 25-Jun-07\n\n" + head
            + "A-1          1,000,000.00     100,000.00       5,000.00     105,000.00         900,000.00\n"
            + "A-2          2,000,000.00           0.00      10,000.00      10,000.00       2,000,000.00\n"
            + "\f\nPage 2 of 2\n\n" + head
            + "M-1          3,000,000.00           0.00      15,000.00      15,000.00       3,000,000.00\n"
            + "Totals       6,000,000.00     100,000.00      30,000.00     130,000.00       5,900,000.00\n")
    f = abs_nb.load_text(text)
    assert "class_table" not in f.classes.columns
    assert f.totals["beginning_balance"] == 6_000_000.00 and f.totals["interest"] == 30_000.00


def test_a_heading_a_page_break_or_two_blank_lines_start_a_block_one_blank_line_does_not():
    from abs_nb.parse.runs import blocks_of
    from abs_nb.parse.tokens import tokenize_line

    text = ["Beginning Balance   100.00", "", "Ending Balance   90.00", "", "", "Fees   1.00",
            "Page 2 of 3", "Trustee Fee   0.50", "FEES OF THE TRUST", "Servicer Fee   0.70"]
    blocks = blocks_of([tokenize_line(t, i + 1) for i, t in enumerate(text)])
    assert blocks[1] == blocks[3]  # one blank line between
    assert blocks[6] != blocks[3]  # two blank lines between
    assert blocks[8] != blocks[6]  # a page break between
    assert blocks[10] != blocks[8]  # a heading between


def test_a_bare_number_one_space_after_a_label_is_made_part_of_it():
    from abs_nb.parse.runs import with_name_number
    from abs_nb.parse.tokens import tokenize_line
    ln = with_name_number(tokenize_line("Grp 2 251,216", 1))
    assert ln is not None and ln.label == "Grp 2" and [t.text for t in ln.values] == ["251,216"]
    assert with_name_number(tokenize_line("Grp   251,216", 1)) is None


def test_column_names_over_the_next_row_after_a_page_break_head_another_table():
    from abs_nb.parse.runs import after_page_break
    from abs_nb.parse.tokens import tokenize

    text = ("SECTION 4 - AVAILABLE FUNDS\n"
            "  Scheduled principal                    268,440.12\n"
            "  Curtailments                            71,284.06\n"
            "\n"
            "TRUST COMPANY     HELT 2000-2     PAGE 3\n"
            "SECTION 5 - MORTGAGE LOAN ACTIVITY\n"
            "                          LOANS     PRINCIPAL BALANCE\n"
            "  Beginning of Period     3,874        291,337,455.80\n")
    lines = tokenize(text)
    row = lambda ln, _open: bool(ln.values) and not ln.label.startswith("TRUST")  # noqa: E731
    assert after_page_break(lines, 3, row, 1) is None
    # the same rows go on where no new column names stand over them (the page's furniture only)
    lines = tokenize(text.replace("                          LOANS     PRINCIPAL BALANCE\n", ""))
    assert after_page_break(lines, 3, row, 1) == 6


def test_a_class_table_goes_on_after_a_page_banner_drawn_in_a_box_with_no_header_repeated():
    def row(c: str, beg: str, intr: str, prin: str, end: str) -> str:
        tot = f"{float(intr.replace(',', '')) + float(prin.replace(',', '')):,.2f}"
        return f"{c:<8}{beg:>18}{intr:>14}{prin:>15}{tot:>15}{end:>18}\n"
    banner = ("+" + "-" * 96 + "+\n| FIRST BANK NATIONAL ASSOCIATION      HOME EQUITY LOAN TRUST 2003-HE2"
              + " " * 14 + "Page {} of 6 |\n+" + "-" * 96 + "+\n")
    text = (banner.format(1) + "\nCERTIFICATE PAYMENT DETAIL\n"
            + f"{'Class':<8}{'Beginning Balance':>18}{'Interest Paid':>14}{'Principal Paid':>15}{'Total Paid':>15}"
            + f"{'Ending Balance':>18}\n"
            + row("A-1", "227,840,210.60", "299,736.45", "4,932,323.37", "222,907,887.23")
            + row("A-2", "70,088,566.33", "80,368.22", "3,258,755.55", "66,829,810.78")
            + row("M-1", "40,000,000.00", "68,266.67", "0.00", "40,000,000.00") + "\n" + banner.format(2) + "\n"
            + row("B-1", "7,500,000.00", "27,466.67", "0.00", "7,500,000.00")
            + row("B-2", "5,000,000.00", "20,533.33", "0.00", "5,000,000.00"))
    c = abs_nb.load_text(text).classes
    assert list(c.index) == ["A-1", "A-2", "M-1", "B-1", "B-2"]
    assert (c.loc["B-2", "interest"], c.loc["B-1", "ending_balance"]) == (20_533.33, 7_500_000.00)


def test_a_class_table_goes_on_after_a_page_break_under_its_header_printed_again():
    import abs_nb

    header = ("                           Original         Opening      Principal          Ending      Interest\n"
              " Class      CUSIP         Face Value         Balance        Payment         Balance       Payment\n"
              "------------------------------------------------------------------------------------------------\n")
    text = ("BOND PAYMENTS\n\n" + header +
            " Senior Certificates\n"
            " A-1      87612QAA1   212,450,000.00   82,314,667.21   2,412,137.52   79,902,529.69    244,931.87\n"
            " M-1      87612QAF0    20,315,000.00   20,315,000.00           0.00   20,315,000.00     62,976.50\n"
            "                          *** continued on next page ***\n"
            "  Total P&I Payment from Trust (this page and following):  2,841,271.74\n\n"
            "Trust 2006-HE4                                                     Page 2 of 7\n"
            "BOND PAYMENTS (continued)\n\n" + header +
            " Subordinate Certificates (cont'd)\n"
            " M-5      87612QAK9     8,790,000.00    8,790,000.00           0.00    8,790,000.00     28,342.87\n"
            " M-6      87612QAL7     7,690,000.00    7,690,000.00           0.00    7,690,000.00     25,206.11\n"
            "================================================================================================\n"
            " Total               249,245,000.00  119,109,667.21   2,412,137.52  116,697,529.69    361,457.35\n")
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["A-1", "M-1", "M-5", "M-6"]
    assert f.classes.loc["M-6", "ending_balance"] == 7_690_000.00
    assert f.classes.loc["M-5", "interest"] == 28_342.87
    assert f.totals["beginning_balance"] == 119_109_667.21
