"""Figures printed as runs of ``name: figure`` pairs (abs_nb.parse.named_pairs)."""

from __future__ import annotations

from pathlib import Path

import abs_nb
from abs_nb.parse.named_pairs import pairs_of
from abs_nb.parse.tokens import tokenize_line

HANDWRITTEN = Path(__file__).resolve().parents[1] / "handwritten"

ITEMS = """MONTHLY REPORT TO CERTIFICATEHOLDERS
Distribution Date: August 25, 2003

(a)(ii)   Original Certificate Principal Balance ($):
            A-1: 339,150,000   A-2: 145,350,000   M-1: 42,000,000
            Total: 526,500,000
(a)(iv)   Certificate Principal Balance before distribution:
            A-1: 291,044,857.54   A-2: 123,746,673.54
            M-1: 42,000,000.00   Total: 456,791,531.08
(a)(v)    Distribution allocable to principal:
            A-1: 9,730,496.27   A-2: 5,024,974.26   M-1: 0.00
            Total: 14,755,470.53
          per $1,000 original:
            A-1: 28.69083   A-2: 34.57155   M-1: 0.00000
(a)(vi)   Distribution allocable to interest:
            A-1: 350,870.74   A-2: 152,380.28   M-1: 65,823.33
            Total: 569,074.35
(a)(vii)  Total distribution:
            A-1: 10,081,367.01   A-2: 5,177,354.54   M-1: 65,823.33
            Total: 15,324,544.88
(a)(ix)   Certificate Principal Balance after distribution:
            A-1: 281,314,361.27   A-2: 118,721,699.28
            M-1: 42,000,000.00   Total: 442,036,060.55

(b)(i)    Aggregate Loan Balance, beginning of Collection Period:
            Group 1: 371,882,417.36   Group 2: 158,409,113.72
            Total: 530,291,531.08
(b)(ii)   Scheduled principal received or advanced:
            Group 1: 301,227.45   Group 2: 118,430.17   Total: 419,657.62
(b)(iii)  Principal Prepayments in full:
            Group 1: 9,114,556.20   Group 2: 4,602,119.77   Total: 13,716,675.97
(b)(iv)   Curtailments:
            Group 1: 66,104.38   Group 2: 20,014.55   Total: 86,118.93
(b)(v)    Net Liquidation Proceeds:
            Group 1: 187,220.05   Group 2: 95,402.11   Total: 282,622.16
(b)(vi)   Aggregate Loan Balance, end of Collection Period
          [(i) - (ii) - (iii) - (iv) - (v)]:
            Group 1: 362,213,309.28   Group 2: 153,573,147.12
            Total: 515,786,456.40
(b)(vii)  Delinquent Mortgage Loans (count / principal balance):
          30-59 days
            Group 1: 52 / 4,118,227.61   Group 2: 21 / 2,009,118.40
            Total: 73 / 6,127,346.01
"""


def test_a_line_of_pairs_is_its_label_and_each_name_s_figures():
    label, pairs = pairs_of(tokenize_line("Scheduled Principal   Group 1: 224.55   Group 2: 1.00 / 2.00", 1))
    assert label == "Scheduled Principal"
    assert [(name, [t.text for t in figs]) for name, _, figs in pairs] == [
        ("Group 1", ["224.55"]), ("Group 2", ["1.00", "2.00"])]
    # a word that is no pair's after the first pair: no line of pairs
    assert pairs_of(tokenize_line("Group 1: 224.55  in the aggregate", 1)) is None
    assert pairs_of(tokenize_line("Beginning Balance        1,000.00", 1)) is None


def test_classes_items_make_a_class_table_proven_by_the_identities():
    f = abs_nb.load_text(ITEMS)
    a1 = f.classes.loc["A-1"]
    assert (a1.beginning_balance, a1.principal, a1.interest, a1.ending_balance) == (
        291_044_857.54, 9_730_496.27, 350_870.74, 281_314_361.27)
    # "per $1,000 original" under an item: the item's figures per $1,000
    assert a1.principal_per_1000 == 28.69083
    assert f.totals["ending_balance"] == 442_036_060.55


def test_groups_items_are_the_pool_s_lines_by_group_their_roll_forward_proving_them():
    f = abs_nb.load_text(ITEMS)
    c = f.collateral
    assert c.loc["Group 1", "beginning_balance"] == 371_882_417.36
    assert c.loc["Group 2", "prepayments"] == 4_602_119.77
    # its label wrapped over a line of references to the items it sums
    assert c.loc["Total", "ending_balance"] == 515_786_456.40
    d = f.delinquency
    got = {(g, s): (n, b) for g, s, n, b in zip(d.group, d.status, d["count"], d.balance, strict=True)}
    assert got[("Group 2", "30-59")] == (21, 2_009_118.40) and got[("Total", "30-59")] == (73, 6_127_346.01)


def test_a_real_report_s_group_figures_on_their_label_lines_are_read():
    f = abs_nb.load(next(HANDWRITTEN.glob("zn2_*.txt")))
    c = f.collateral
    assert c.loc["Group 1", "beginning_balance"] == 481_220_518.37
    assert c.loc["Group 2", "total_principal"] == 11_092_948.57
    assert c.loc["Group 1", "ending_count"] == 3141


def test_short_capitals_alone_name_no_class_and_a_label_holds_no_pair():
    # "MTD" and "YTD" have no class's shape (no digit, no hyphen, no word Class before them)
    f = abs_nb.load_text(ITEMS + "\nRealized Losses\n  MTD: 12,345.67   YTD: 123,456.78\n")
    assert not {"MTD", "YTD"} & set(f.classes.index)
    assert pairs_of(tokenize_line("Cut-off: 1.00  Record Date: x   A-1: 2.00", 1)) is None


def test_percentages_after_groups_names_are_no_amounts():
    f = abs_nb.load_text(ITEMS + "\nServicing Fee   Group 1: 0.50%   Group 2: 0.50%\n")
    line = ITEMS.count("\n") + 2
    assert line in set(f.unmapped.line)


def test_a_report_printed_a_cell_a_line_is_no_list_of_pairs():
    # a cell stream's lines are not numbered by their place: no label is sought above them
    try:
        abs_nb.load_text("|Balance\n|\n|\n|\n|\n|\n|A-1:\n|1.00\n|A-2:\n|2.00\n")
    except abs_nb.AbsNbError:
        pass
