"""abs_nb.parse.class_prose: class figures printed in a sentence, read as a class table."""

from __future__ import annotations

import abs_nb
from abs_nb.parse.class_prose import class_prose
from abs_nb.parse.engine import walk

from ._support import LETTER


def test_a_sentence_naming_classes_and_their_figures_is_a_table_its_columns_proven():
    f = abs_nb.load_text(LETTER)
    c = f.classes
    # "on the Class A-2 Certificates, $78,125.00 ($5.208333 per $1,000)": the class named on
    # one line, its figures on the next
    assert c.loc["A-2", "interest"] == 78_125.00 and c.loc["A-2", "interest_per_1000"] == 5.208333
    assert c.loc["M-1", "interest"] == 29_166.67 and c.loc["A-1", "interest_per_1000"] == 1.128087
    roles = f.checks[(f.checks.check == "column_role") & f.checks.subject.str.startswith("The amount of the distribution allocable to interest")]
    assert len(roles) == 2 and roles.status.eq("pass").all()
    # interest = rate x beginning x 30/360 proves the amounts (A-1: 4,512,345.67 x 6% / 12)
    assert roles.detail.str.contains("interest").all()


def test_the_aggregate_after_the_last_class_is_listed_not_read_as_a_class_s():
    f = abs_nb.load_text(LETTER)
    assert f.classes.loc["M-1", "interest"] == 29_166.67
    assert ["$184,020.07."] in f.unmapped["values"].tolist()


def test_classes_followed_by_unlike_figures_make_no_table():
    # A-1 is followed by an amount and a figure per $1,000, A-2 by an amount alone
    text = ("(b) Interest: on the Class A-1 Certificates, $11,456.95 ($0.325020 per $1,000), on the\n"
            "Class A-2 Certificates, $210,466.67; on the Class A-3 Certificates, $5.00 ($0.1 per $1,000).\n")
    assert class_prose(walk(text), set()) == []
    text = text.replace("$210,466.67;", "$210,466.67 ($5.133333 per $1,000);")
    assert [r.label for b in class_prose(walk(text), set()) for r in b.rows] == ["A-1", "A-2", "A-3"]


def test_one_class_named_is_no_table():
    text = "(b) Interest: on the Class A-1 Certificates, $11,456.95 ($0.325020 per $1,000).\n"
    assert class_prose(walk(text), set()) == []


AMOUNTS = """DISTRIBUTION SUMMARY

Class      Original Balance    Beginning Balance    Principal     Interest    Ending Balance
A-1           20,000,000.00         4,512,345.67  1,234,567.89    22,561.73      3,277,777.78
A-2           15,000,000.00        15,000,000.00          0.00    78,125.00     15,000,000.00
M-1            5,000,000.00         5,000,000.00          0.00    29,166.67      5,000,000.00

AMOUNTS PER $1,000 OF ORIGINAL BALANCE

  (a) Principal of each Class, as it was
      distributed on the Distribution Date
      (the Class A-1 Certificates first):
      Class A-1, 61.728395; Class A-2,
      0.000000; and Class M-1, 0.000000.

  (b) Interest of each Class: Class A-1, 1.128087; Class A-2, 5.208333;
      and Class M-1, 5.833334.
"""


def test_a_heading_s_per_1000_runs_on_over_its_paragraphs():
    c = abs_nb.load_text(AMOUNTS).classes
    # the second paragraph stands under the first, not under the heading: the heading's
    # section runs on over both
    assert c.loc["A-1", "principal_per_1000"] == 61.728395 and c.loc["A-2", "interest_per_1000"] == 5.208333
    assert c.loc["M-1", "interest_per_1000"] == 5.833334
    assert c.loc["A-1", "interest"] == 22_561.73  # the amounts are not taken by the figures


def test_the_words_naming_the_measure_leave_out_the_classes_and_the_item_mark():
    blocks = class_prose(walk(AMOUNTS), set())
    names = [c.printed for b in blocks for c in b.columns]
    assert names[1] == "Interest" and names[0].startswith("Principal, as it was distributed")


def test_words_among_amounts_before_the_first_class_name_no_column():
    # a class table, then a summary of labelled lines, a class named in some: the words
    # before the first class stand among amounts, labels of other lines, no heading
    head = f"{'CLASS':<6}{'BEGINNING':>16}{'PRNDST':>14}{'INTEREST':>12}{'TOTAL':>14}{'ENDING':>16}\n"
    rows = [("A-1", 31_724_245.86, 3_623_942.54, 195_897.22), ("A-2", 25_000_000.00, 0.0, 152_083.33),
            ("A-3", 30_000_000.00, 0.0, 185_500.00), ("M-1", 13_000_000.00, 0.0, 86_883.33)]
    body = "".join(f"{c:<6}{b:>16,.2f}{p:>14,.2f}{i:>12,.2f}{p + i:>14,.2f}{b - p:>16,.2f}\n" for c, b, p, i in rows)
    lines = [("INTEREST - SENIOR CLASSES", "533,480.55"), ("INTEREST - SUBORDINATE CLASSES", "86,883.33"),
             ("PRINCIPAL - CLASS A-1 (REMITTANCE + EXTRA)", "3,623,942.54"), ("CLASS X DISTRIBUTION", "0.00"),
             ("CLASS R DISTRIBUTION", "0.00")]
    summary = "\nDISTRIBUTION SUMMARY\n" + "".join(f"  {label:<50}{figure:>16}\n" for label, figure in lines)
    f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\n\n" + head + body + summary)
    # 'CLASS X DISTRIBUTION ... 0.00' is no principal of a class X: no class is made of it
    assert list(f.classes.index) == ["A-1", "A-2", "A-3", "M-1"]
    assert not any("533,480.55" in s for s in f.checks[f.checks.check == "column_role"].subject)


def _prose_rows(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(r.label, [c.text for c in r.cells], [c.printed for c in b.columns])
            for b in class_prose(walk(text), set()) for r in b.rows]


def test_figures_printed_before_each_class_on_its_line_are_that_class_s():
    rows = _prose_rows("               $62,000,000 6.620% Asset Backed Notes, Class A-1\n"
                       "               $88,000,000 6.840% Asset Backed Notes, Class A-2\n"
                       "               $71,500,000 7.010% Asset Backed Notes, Class A-3\n")
    assert [(label, cells) for label, cells, _ in rows] == [
        ("A-1", ["$62,000,000", "6.620%"]), ("A-2", ["$88,000,000", "6.840%"]), ("A-3", ["$71,500,000", "7.010%"])]


def test_a_list_of_items_under_a_clause_takes_its_words_and_being_per_1000_is_the_aside():
    rows = _prose_rows(
        "(a)  The amount of the distribution on the Payment Date allocable to\n     principal:\n\n"
        "     (i)   on the Class A-1 Notes, $4,538,884.75, being $73.20781855 per\n"
        "           $1,000 of original principal amount;\n"
        "     (ii)  on the Class A-2 Notes, $0.00, being $0.00000000 per $1,000 of\n"
        "           original principal amount;\n")
    assert [(label, cells) for label, cells, _ in rows] == [
        ("A-1", ["$4,538,884.75", "($73.20781855 per $1,000)"]), ("A-2", ["$0.00", "($0.00000000 per $1,000)"])]
    assert rows[0][2] == ["The amount of the distribution on the Payment Date allocable to principal",
                          "The amount of the distribution on the Payment Date allocable to principal per $1,000"]


def test_the_unit_of_per_1000_before_the_classes_is_no_figure():
    rows = _prose_rows("(c) Per $1,000 of original amount: Class A-1, $4.50; Class A-2, $5.70; Class A-3, $5.84.\n")
    assert [(label, cells) for label, cells, _ in rows] == [("A-1", ["$4.50"]), ("A-2", ["$5.70"]), ("A-3", ["$5.84"])]
