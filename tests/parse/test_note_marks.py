"""abs_nb.parse.note_marks: figures printed with a note's mark, read where a note explains it."""

from __future__ import annotations

import math

import abs_nb
from abs_nb.parse.note_marks import notes
from abs_nb.parse.tokens import tokenize_line

TABLE = """STATEMENT TO CERTIFICATEHOLDERS

                    Pass-Through             Beg            Prin             Int             End
Class    CUSIP             Rate         Cert Bal            Dist            Dist        Cert Bal
IA-1     51207QAA4   4.158750%*   70,421,523.03    6,415,561.36      252,189.74   64,005,961.67
IA-2     51207QAB2    7.080000%   43,500,000.00            0.00      256,650.00   43,500,000.00
IA-3     51207QAC0    7.220000%   54,000,000.00            0.00      324,900.00   54,000,000.00
"""
NOTE = "\n  *  Floating Pass-Through Rate.  One-Month LIBOR for the period (31 days):  4.05875%\n"


def test_a_figure_with_a_mark_a_note_explains_is_read_and_the_reading_recorded():
    f = abs_nb.load_text(TABLE + NOTE)
    assert math.isclose(f.classes.loc["IA-1", "interest_rate"], 0.0415875)
    marks = f.checks[f.checks.check == "footnote_mark"]
    assert list(marks.status) == ["repaired"] and "4.158750%*" in marks.detail.iloc[0]
    assert "unreadable_value" not in set(f.checks.check)


def test_a_mark_no_note_explains_leaves_the_figure_unread_and_says_so():
    f = abs_nb.load_text(TABLE)
    assert math.isnan(f.classes.loc["IA-1", "interest_rate"])
    bad = f.checks[f.checks.check == "unreadable_value"]
    assert "IA-1 interest_rate" in set(bad.subject) and set(bad.status) <= {"warn", "fail"}


def test_the_marks_notes_start_with():
    lines = [tokenize_line(t, i + 1) for i, t in enumerate(
        ["  *  Floating rate.", "(1) Restated.", "[2] See above.", "** Two stars.", "*** ", "(12.50) 3.00"])]
    assert notes(lines) == {"*": 1, "(1)": 2, "[2]": 3, "**": 4}
    # a letter in brackets, of either case
    lines = [tokenize_line(t, i + 1) for i, t in enumerate(["(N) Notional class.", "(b) Paid to the servicer."])]
    assert notes(lines) == {"(N)": 1, "(b)": 2}


def test_a_capital_letter_in_brackets_apart_after_a_row_s_figures_is_left_out_where_a_note_explains_it():
    text = NOTIONAL.replace("180,000.00    180,000.00   32,000,000.00*", "180,000.00    180,000.00   32,000,000.00 (N)") \
        .replace("40,000,000.00*  36,000,000.00*", "40,000,000.00   36,000,000.00 ")
    f = abs_nb.load_text(text + "\n(N) Notional class: its balances are notional amounts.\n")
    assert f.classes.loc["A-IO", "ending_balance"] == 32_000_000
    assert list(f.classes.index) == ["A-1", "A-2", "A-IO", "M-1"]


# ---- a marked figure in a fixed-width table's row: the row is read whole ----

NOTIONAL = """STATEMENT TO CERTIFICATEHOLDERS

              ORIGINAL       BEGINNING                                   TOTAL          ENDING
CLASS          BALANCE         BALANCE     PRINCIPAL    INTEREST  DISTRIBUTION         BALANCE
------------------------------------------------------------------------------------------------
A-1      60,750,000.00   48,902,117.64  2,380,532.54  248,585.76  2,629,118.30   46,521,585.10
A-2      26,000,000.00   26,000,000.00          0.00  134,766.67    134,766.67   26,000,000.00
A-IO     40,000,000.00*  36,000,000.00*         0.00  180,000.00    180,000.00   32,000,000.00*
M-1      10,725,000.00   10,725,000.00          0.00   63,009.38     63,009.38   10,725,000.00
------------------------------------------------------------------------------------------------
TOTAL    97,475,000.00   85,627,117.64  2,380,532.54  626,361.81  3,006,894.35   83,246,585.10

"""
NOTIONAL_NOTE = "  * CLASS A-IO IS AN INTEREST-ONLY CLASS; AMOUNTS SHOWN ARE NOTIONAL AMOUNTS.\n"


def test_a_figure_marked_by_a_footnote_the_report_prints_is_read_as_the_figure():
    f = abs_nb.load_text(NOTIONAL + NOTIONAL_NOTE)
    assert list(f.classes.index) == ["A-1", "A-2", "A-IO", "M-1"]
    io = f.classes.loc["A-IO"]
    assert (io.original_balance, io.beginning_balance, io.ending_balance) == (40_000_000, 36_000_000, 32_000_000)
    assert io.interest == 180_000
    assert f.totals.ending_balance == 83_246_585.10


def test_a_mark_the_report_never_explains_leaves_the_figure_unread_and_said():
    f = abs_nb.load_text(NOTIONAL)
    assert "A-IO" not in f.classes.index or f.classes.loc["A-IO"].isna()["original_balance"]
    unread = f.checks[f.checks.check.isin(["unread_figure", "unreadable_value"]) & (f.checks.status == "fail")]
    assert any("40,000,000.00*" in d for d in unread.detail)


def test_a_marked_figure_printed_to_other_decimals_than_its_line_s_is_not_read():
    # "36,000,000.0*" among cents: the mark may stand for a lost digit
    f = abs_nb.load_text(NOTIONAL.replace("36,000,000.00*", " 36,000,000.0*") + NOTIONAL_NOTE)
    assert "A-IO" not in f.classes.index or math.isnan(f.classes.loc["A-IO", "beginning_balance"])
    assert not f.ok


def test_a_letter_mark_apart_after_a_row_s_figures_is_left_out_where_a_note_explains_it():
    text = NOTIONAL.replace("180,000.00    180,000.00   32,000,000.00*", "180,000.00    180,000.00   32,000,000.00 N") \
        .replace("40,000,000.00*  36,000,000.00*", "40,000,000.00   36,000,000.00 ")
    note = "  N  Class A-IO is an interest-only class; its amounts are notional.\n"
    f = abs_nb.load_text(text + note)
    assert f.classes.loc["A-IO", "ending_balance"] == 32_000_000
    assert list(f.classes.index) == ["A-1", "A-2", "A-IO", "M-1"]
    # a letter no note explains stays a word: the row's figures are not read as a row's
    f = abs_nb.load_text(text)
    assert "A-IO" not in f.classes.index or math.isnan(f.classes.loc["A-IO", "ending_balance"])


def test_marks_apart_after_figures_inside_a_row_are_left_out_where_a_note_explains_them():
    text = NOTIONAL.replace("40,000,000.00*  36,000,000.00*", "40,000,000.00 (1) 36,000,000.00 (1)") \
        .replace("180,000.00    180,000.00   32,000,000.00*", "180,000.00  180,000.00   32,000,000.00 (1)")
    f = abs_nb.load_text(text + "\n(1) Notional amounts.\n")
    assert (f.classes.loc["A-IO", "original_balance"], f.classes.loc["A-IO", "beginning_balance"],
            f.classes.loc["A-IO", "ending_balance"]) == (40_000_000, 36_000_000, 32_000_000)
    assert f.classes.loc["A-IO", "interest"] == 180_000


def _notional_table(letter: str, sep: str) -> str:
    rows = [("A-1", "63,000,000.00", "31,724,245.86", "3,623,942.54", "28,100,303.32"),
            ("A-2", "25,000,000.00", "25,000,000.00", "0.00", "25,000,000.00"),
            ("A-IO", f"30,000,000.00{letter}", f"25,000,000.00{letter}", "0.00", f"18,000,000.00{letter}"),
            ("M-1", "13,000,000.00", "13,000,000.00", "0.00", "13,000,000.00")]
    head = f"{'CLASS':<6}{'ORIGINAL':>16}{'BEGINNING':>16}{'PRINCIPAL':>14}{'ENDING':>16}\n"
    body = "".join(f"{a:<6}{b:>16}{c:>16}{d:>14}{e:>16}\n" for a, b, c, d, e in rows)
    return f"STATEMENT TO CERTIFICATEHOLDERS\n\n{head}{body}\n  {letter}{sep}NOTIONAL AMOUNT. CLASS A-IO BALANCES ARE NOTIONAL.\n"


def test_a_letter_right_after_a_figure_marks_it_where_a_note_explains_the_letter():
    for letter, sep in (("N", " = "), ("N", ": "), ("Z", " - ")):
        f = abs_nb.load_text(_notional_table(letter, sep))
        # every row of the table read, A-IO's balances as the figures before the mark
        assert list(f.classes.index) == ["A-1", "A-2", "A-IO", "M-1"], (letter, sep)
        assert f.classes.loc["A-IO", "beginning_balance"] == 25_000_000.00
        assert f.classes.loc["M-1", "ending_balance"] == 13_000_000.00
        marks = f.checks[f.checks.check == "footnote_mark"]
        assert len(marks) == 3 and set(marks.status) == {"repaired"}


def test_a_letter_no_note_explains_leaves_its_figure_unread():
    text = _notional_table("N", " = ").replace("  N = NOTIONAL AMOUNT.", "  NOTIONAL AMOUNT.")
    f = abs_nb.load_text(text)
    assert "A-IO" not in f.classes.index or math.isnan(f.classes.loc["A-IO", "beginning_balance"])
    assert not f.ok


def test_a_bracketed_number_opening_a_line_of_prose_above_the_table_marks_no_figure_in_it():
    # "(1) numerous no-action letters" in the cover's prose is no note of the table below it:
    # a "(1)" one blank after a figure there is a stray figure, not read and said so
    prose = "The report is filed in accordance with\n(1) numerous no-action letters (2) Commission policy.\n\n"
    text = NOTIONAL.replace("40,000,000.00*  36,000,000.00*", "40,000,000.00 (1) 36,000,000.00 (1)").replace(
        "180,000.00    180,000.00   32,000,000.00*", "180,000.00  180,000.00   32,000,000.00 (1)")
    f = abs_nb.load_text(prose + text)
    assert "A-IO" not in f.classes.index or math.isnan(f.classes.loc["A-IO", "ending_balance"])
    assert not f.ok


def test_a_marked_rate_is_printed_to_the_decimals_of_its_column_not_of_a_margin_beside_it():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\n"
            "                  PASS-THRU        BEGINNING                                    ENDING\n"
            "CLASS    MARGIN        RATE          BALANCE     INTEREST    PRINCIPAL         BALANCE\n"
            "A-1     +0.180%    6.80000%   151,229,214.54   856,965.55 5,356,015.07  145,873,199.47\n"
            "A-2     +0.300%    6.92000%    58,500,000.00   337,350.00         0.00   58,500,000.00\n"
            "B-1     +2.500%    9.01973%*   12,000,000.00    90,197.30         0.00   12,000,000.00\n\n"
            "  *  Class B-1 Pass-Through Rate limited to the Available Funds Cap.\n")
    f = abs_nb.load_text(text)
    c = f.classes
    assert c.loc["B-1", "interest_rate"] == 0.0901973  # its column prints five decimals, the margin three
    assert (c.loc["A-1", "margin"], c.loc["B-1", "margin"]) == (0.0018, 0.025)  # a plus sign and a rate's type
    assert (f.checks.check == "footnote_mark").any()


def test_a_title_framed_by_stars_is_no_note_of_the_stars():
    lines = [tokenize_line(t, i + 1) for i, t in enumerate([
        "*** LOAN GROUP 1 ***                    *** LOAN GROUP 2 ***",
        "Ending Loan Count           1,285       Ending Loan Count             949",
        "*   Floating rate."])]
    assert notes(lines) == {"*": 3}


def test_a_mark_after_a_row_s_label_that_a_note_below_explains_marks_the_row_and_is_no_figure():
    # "(1)" after the label, explained below: the row's figures are the two amounts; printed
    # in brackets it would otherwise read as a figure (minus one)
    text = ("CONTRACT POOL ACTIVITY\n\n"
            "                                         CURRENT PERIOD  SINCE CUT-OFF\n"
            "Pool Balance - Beginning (1)             1,966,456.56    2,264,120.37\n"
            "Scheduled Principal                         87,402.56      385,066.37\n"
            "Pool Balance - Ending                    1,879,054.00    1,879,054.00\n\n"
            "(1) In the Since Cut-off column, the beginning figure is the Cut-off Date balance.\n")
    w = abs_nb.parse.engine.walk(text)
    row = next(ln for ln in w.lines if ln.raw.startswith("Pool Balance - Beginning"))
    assert [t.text for t in row.values][0] == "1,966,456.56"  # the current period's figure, read
    assert "(1)" not in [t.text for t in row.values]
    # a mark no note below explains stays where it is printed
    bare = abs_nb.parse.engine.walk(text.replace("(1) In the", "In the"))
    row = next(ln for ln in bare.lines if ln.raw.startswith("Pool Balance - Beginning"))
    assert [t.text for t in row.values] == ["(1)", "1,966,456.56", "2,264,120.37"]
    # a count in brackets in a row printing as many figures as the rows beside it is a figure;
    # a letter after a class's name is its name's
    rows = abs_nb.parse.engine.walk("Loans Paid Off            (3)     45,000.00\n"
                                    "Loans Repurchased         (1)     12,345.67\n"
                                    "Loans Liquidated          (2)      6,000.00\n\n(1) Repurchased by the Seller.\n"
                                    "Class P    100,000.00   100,000.00\n\nP = PRINCIPAL ONLY CLASS.\n")
    assert [t.text for t in rows.lines[1].values] == ["(1)", "12,345.67"]
    assert rows.lines[5].label == "Class P"


def test_a_row_ending_in_a_figure_a_mark_no_note_explains_keeps_its_other_figures():
    # the marked factor is no word of the row's label: the row's other figures stand beside
    # it and are read; the factor stays unread, and a check says why
    text = ("CERTIFICATE DISTRIBUTION SUMMARY\n"
            "CUSIP      Class  Cls Type  Pass-Thru  Orig Cert Bal     Beg Cert Bal      Prin Dist       Int Dist      Total Dist      Real Loss     End Cert Bal      Factor\n"
            "----------------------------------------------------------------------------------------------------------------------------------------------------------------\n"
            "10527VAA3  1-A-1  SR/FIX     5.50000  142,500,000.00   131,877,402.16   2,218,443.97     604,438.09    2,822,882.06           0.00   129,658,958.19 0.90988743\n"
            "10527VAE5  A-X    SR/IO      0.50000   61,382,119.00    56,912,407.33           0.00      23,713.50       23,713.50           0.00    55,480,211.06 0.90384972*\n"
            "10527VAF2  A-R    SR/RES     5.50000          100.00             0.00           0.00           0.00            0.00           0.00             0.00 0.00000000\n")
    f = abs_nb.load_text(text)
    assert list(f.classes.index) == ["1-A-1", "A-X", "A-R"]
    assert f.classes.loc["A-X", "beginning_balance"] == 56_912_407.33
    assert f.classes.loc["A-X", "interest"] == 23_713.50
    assert f.classes.loc["A-X", "cusip"] == "10527VAE5"
    bad = f.checks[f.checks.check.isin(["unreadable_value", "unread_figure"]) & (f.checks.status != "pass")]
    assert any("0.90384972*" in d for d in bad.detail)


def test_a_sections_number_with_a_mark_after_the_word_section_is_the_labels():
    # "Section 4.02(3)" cites a clause: a word of the label, no figure of the row
    ln = tokenize_line("Servicing Fee pursuant to Section 4.02(3)              1,234.00", 1)
    assert ln.label == "Servicing Fee pursuant to Section 4.02(3)"
    assert [t.text for t in ln.values] == ["1,234.00"]


_LETTER = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/25/1998\n\n"
           "Class        Beginning     Principal      Interest        Ending\n"
           "A-5      15,500,000.00          0.00     84,087.50 15,500,000.00\n"
           "{six}     52,114,659.50  1,372,934.56    265,379.43 50,741,724.94\n"
           "{seven}     10,000,000.00          0.00     50,000.00 10,000,000.00\n\n"
           "(a) CLASS A-6 PASS-THROUGH RATE = ONE-MONTH LIBOR OF 5.46875% PLUS 0.26%\n")


def test_a_small_letter_in_brackets_a_note_explains_after_a_class_is_its_mark():
    f = abs_nb.load_text(_LETTER.format(six="A-6(a)", seven="B     "))
    assert f.classes.loc["A-6", "principal"] == 1_372_934.56


def test_a_small_letter_after_a_name_another_row_prints_with_another_letter_is_a_tranche_s():
    f = abs_nb.load_text(_LETTER.format(six="A-6(a)", seven="A-6(b)"))
    assert "A-6" not in f.classes.index  # two tranches, whatever the note says
