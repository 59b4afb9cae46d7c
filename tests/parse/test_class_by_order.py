"""abs_nb.parse.class_by_order: class tables whose cells stand one blank apart, read by order."""

from __future__ import annotations

import random

import pandas as pd
import pytest

import abs_nb
from abs_nb.parse.class_by_order import _agreeing, class_by_order
from abs_nb.parse.pieces import Unmapped, Walk
from abs_nb.parse.tokens import tokenize


def _table(rng: random.Random, cusip_at: str) -> tuple[str, dict[str, dict[str, float]], dict[str, float]]:
    """A class table saved from a web page: cells one blank apart, the header wrapped, a
    Totals row without the rate; each class's CUSIP after it, before it, or none
    (``cusip_at``: "after", "before", "")."""
    classes = ["A-1", "A-2", "M-1", "M-2", "B"][: rng.randint(3, 5)]
    want: dict[str, dict[str, float]] = {}
    lines = ["Class Pass-Through Rate Beginning Certificate Balance Principal",
             "Distribution Interest Distribution Total Distribution Ending Balance"]
    for k, c in enumerate(classes):
        rate = rng.randint(400, 700) / 100000
        beg = rng.randint(10**8, 10**10) / 100
        prin = rng.randint(10**6, 10**8) / 100 if k < 2 else 0.0
        intr = round(beg * rate / 12, 2)
        end = round(beg - prin, 2)
        want[c] = {"interest_rate": rate, "beginning_balance": beg, "principal": prin, "interest": intr,
                   "total_distribution": round(prin + intr, 2), "ending_balance": end}
        cusip = f"41262QA{chr(65 + k)}{k}"
        name = {"after": f"{c} {cusip}", "before": f"{cusip} {c}"}.get(cusip_at, c)
        lines.append(f"{name} {rate * 100:.5f}% {beg:,.2f} {prin:,.2f} {intr:,.2f} {prin + intr:,.2f} {end:,.2f}")
    total = {f: round(sum(v[f] for v in want.values()), 2) for f in ("beginning_balance", "principal", "interest", "ending_balance")}
    lines.append(f"Totals {total['beginning_balance']:,.2f} {total['principal']:,.2f} {total['interest']:,.2f} "
                 f"{total['principal'] + total['interest']:,.2f} {total['ending_balance']:,.2f}")
    text = "Distribution Date: 10/25/2006\n\n   Distribution Summary\n\n" + "\n".join("   " + ln for ln in lines) + "\n"
    return text, want, total


@pytest.mark.parametrize("seed", range(12))
def test_cells_one_blank_apart_are_read_by_their_order_and_proven(seed):
    rng = random.Random(seed)
    text, want, total = _table(rng, cusip_at=("", "after", "before")[seed % 3])
    f = abs_nb.load_text(text)
    got = {c: {k: f.classes.loc[c, k] for k in v} for c, v in want.items()}
    assert got == want, text
    assert f.totals["beginning_balance"] == total["beginning_balance"]
    assert f.totals["ending_balance"] == total["ending_balance"]
    assert not (f.checks.status == "fail").any()


def test_rows_of_unlike_cell_counts_make_no_such_table():
    rows = ["A-1 5.48000% 303,115,402.27 8,310,948.57", "A-2 5.39000% 115,867,056.54",
            "M-1 5.63000% 30,000,000.00 0.00 140,750.00"]
    with pytest.raises(abs_nb.AbsNbError):
        abs_nb.load_text("Distribution Summary\n\n" + "\n".join(rows) + "\n")


def test_a_run_on_header_is_cut_into_the_columns_names_where_every_reading_agrees():
    from abs_nb.parse.class_by_order import header_names

    words = "Class Pass-Through Rate Beginning Certificate Balance Principal Distribution Interest Distribution".split()
    assert header_names(words, 4) == ["interest rate", "beginning balance", "principal", "interest"]
    # words no cut reads alike name nothing: the numbers alone then tell the columns
    assert header_names("Amount Amount Amount".split(), 3) == ["", "", ""]
    assert header_names("Balance".split(), 2) == ["", ""]


def test_the_header_s_names_break_a_tie_the_numbers_leave():
    # total = principal + interest and beginning = principal + ending have one shape; with one
    # class paid principal and a loss on another, the numbers alone read the total as the
    # beginning balance: the header's words say which columns are which
    rows = ["1-A1 $136,490,000.00 $125,565,116.43 $2,096,820.89 $420,490.37 $0.00 $2,517,311.26 $123,468,295.54",
            "M-1 $35,768,000.00 $35,768,000.00 $0.00 $109,048.88 $0.00 $109,048.88 $35,768,000.00",
            "B-1 $29,742,000.00 $29,742,000.00 $0.00 $118,683.96 $0.00 $118,683.96 $29,742,000.00",
            "B-2 $27,605,000.00 $19,082,809.41 $0.00 $75,512.90 $18,583.40 $75,512.90 $19,064,226.01",
            "R $0.00 $0.00 $0.00 $0.00 $0.00 $0.00 $0.00"]
    text = ("Payment Summary\n\nOriginal Certificate Principal Balance Balance Beginning of Period Prin Pd\n"
            "Interest Distribution Real. Loss Total Distribution Ending Balance\n" + "\n".join(rows) + "\n")
    f = abs_nb.load_text(text)
    assert f.classes.loc["1-A1", "ending_balance"] == 123_468_295.54
    assert f.classes.loc["1-A1", "total_distribution"] == 2_517_311.26
    assert f.classes.loc["B-2", "realized_loss"] == 18_583.40


@pytest.mark.parametrize("seed", range(6))
def test_cells_parted_by_uneven_blanks_with_a_column_of_words_are_read_by_their_order(seed):
    # a web page saved as text: each cell parted from the next by one to six blanks, the
    # class's type (a word) a cell of every row at one place
    rng = random.Random(seed)
    text, want, total = _table(rng, cusip_at="after")
    kinds = iter(["SUB/FIX", "SR/FLT"] + [rng.choice(["MEZ/FLT", "SUB/FIX"]) for _ in range(8)])
    lines = []
    for ln in text.splitlines():
        cells = ln.split()
        if cells and cells[0] in want:
            cells.insert(2, next(kinds))  # after the class and its CUSIP
            ln = "   " + "".join(c + " " * rng.randint(1, 6) for c in cells).rstrip()
        lines.append(ln)
    f = abs_nb.load_text("\n".join(lines) + "\n")
    got = {c: {k: f.classes.loc[c, k] for k in v} for c, v in want.items()}
    assert got == want, "\n".join(lines)
    assert f.totals["ending_balance"] == total["ending_balance"]
    # a type printed at another place in one row: no columns; whatever is read, nothing wrong
    moved = [ln.replace(" SR/FLT", "", 1) + " SR/FLT" if "SR/FLT" in ln else ln for ln in lines]
    try:
        g = abs_nb.load_text("\n".join(moved) + "\n")
    except abs_nb.AbsNbError:
        return
    for c, fields in want.items():
        for k, v in fields.items():
            if c in g.classes.index and k in g.classes.columns and not pd.isna(g.classes.loc[c, k]):
                assert g.classes.loc[c, k] == v, (c, k)


def _by_order(text: str) -> list:
    lines = tokenize(text)
    w = Walk(lines, unmapped=[Unmapped(ln.no, ln.label, [t.text for t in ln.values], "") for ln in lines if ln.values])
    return class_by_order(w, set())


def test_columns_of_right_aligned_figures_are_named_by_the_words_printed_over_them():
    text = ("              ORIGINAL      BEGINNING\n"
            "  CLASS        BALANCE        BALANCE     PRINCIPAL      INTEREST\n"
            "  -------------------------------------------------------------\n"
            "  A-1    62,000,000.00  57,118,322.41  2,545,702.74    287,495.56\n"
            "  A-2    28,500,000.00  28,500,000.00          0.00    145,825.00\n"
            "  A-3    31,250,000.00  31,250,000.00          0.00    163,020.83\n")
    (block,) = _by_order(text)
    # the header's words in the order printed (ORIGINAL BEGINNING CLASS BALANCE ...) would
    # name the columns otherwise: each takes the words over it
    assert [c.printed for c in block.columns] == ["ORIGINAL BALANCE", "BEGINNING BALANCE", "PRINCIPAL", "INTEREST"]


def test_a_header_read_in_order_names_what_the_words_over_a_column_leave_unnamed_where_they_agree():
    assert _agreeing(["Rate", "", "Ending Balance"], ["interest rate", "principal", "ending balance"]) == [
        "Rate", "principal", "Ending Balance"]
    # where the readings name a column unlike, the order of the words proves nothing
    assert _agreeing(["Beginning Balance", ""], ["principal", "interest"]) == ["Beginning Balance", ""]


def test_right_aligned_columns_after_a_cusip_and_a_class_s_name_are_named_by_the_words_over_them():
    text = ("                          ORIGINAL      BEGINNING\n"
            "  CUSIP       TRANCHE      BALANCE        BALANCE     PRINCIPAL      INTEREST\n"
            "  --------------------------------------------------------------------------\n"
            "  12345AAA1   A-1    62,000,000.00  57,118,322.41  2,545,702.74    287,495.56\n"
            "  12345AAB9   A-2    28,500,000.00  28,500,000.00          0.00    145,825.00\n"
            "  12345AAC7   A-3    31,250,000.00  31,250,000.00          0.00    163,020.83\n")
    (block,) = _by_order(text)
    names = [c.printed for c in block.columns]
    assert names[0] == "CUSIP" and names[2:] == ["BEGINNING BALANCE", "PRINCIPAL", "INTEREST"]
    assert [r.label for r in block.rows] == ["A-1", "A-2", "A-3"]
