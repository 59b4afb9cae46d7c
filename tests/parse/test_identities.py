"""abs_nb.parse.identities: the accounting identities as data, checked on small hand-made
numbers: a class row and a loan group that obey them, and the same with one figure wrong;
the per-$1,000 figures; which classes roll, which are notional, which the pool backs; and a
Totals row printed with no label found by its sums."""

from __future__ import annotations

import datetime as dt

import pytest

from abs_nb.parse.identities import (
    ACCRUAL_DAYS,
    INTEREST,
    PER_1000_BASE,
    PER_1000_FOR,
    PER_1000_OF,
    POOL_SUMS,
    PRINCIPAL_PARTS,
    SUMS,
    THIRTY,
    Sums,
    certificates,
    is_notional,
    rolls,
    sums_rows_above,
)
from abs_nb.parse.tokens import tokenize_line


def broken(rules: Sums, row: dict[str, float]) -> list[str]:
    """The rules of ``rules`` that ``row`` breaks: whole != the sum of its parts, a part that
    may be absent counting 0 when it is."""
    out = []
    for name, whole, parts, optional in rules:
        assert set(optional) <= set(parts), name
        total = sum(row.get(p, 0.0) if p in optional else row[p] for p in parts)
        if abs(row[whole] - total) > 1e-9:
            out.append(name)
    return out


# a class row: 1,000 at the start, 100 of principal paid, 50 written off, 850 left;
# 5 of interest, so 105 paid in all
CLASS_ROW = {"beginning_balance": 1_000.0, "principal": 100.0, "realized_loss": 50.0, "ending_balance": 850.0,
             "interest": 5.0, "total_distribution": 105.0}


def test_a_class_row_rolls_forward_and_its_distribution_is_principal_plus_interest():
    assert broken(SUMS, CLASS_ROW) == []
    no_loss = {**CLASS_ROW, "ending_balance": 900.0}
    del no_loss["realized_loss"]  # the loss may be absent: 1,000 = 100 + 900
    assert broken(SUMS, no_loss) == []
    assert broken(SUMS, {**CLASS_ROW, "ending_balance": 900.0}) == ["class_roll_forward"]  # 100 + 50 + 900
    assert broken(SUMS, {**CLASS_ROW, "total_distribution": 100.0}) == ["class_total_distribution"]
    with pytest.raises(KeyError):  # interest may not be absent from the total distribution
        broken(SUMS, {k: v for k, v in CLASS_ROW.items() if k != "interest"})


# a loan group: 10,000 at the start; 40 scheduled, 300 prepaid and curtailed, 60 liquidated,
# nothing repurchased: 360 unscheduled, 400 of principal; 25 lost; 9,575 left
GROUP = {"beginning_balance": 10_000.0, "scheduled_principal": 40.0, "prepayments_and_curtailments": 300.0,
         "prepayments": 240.0, "curtailments": 60.0, "liquidation_proceeds": 60.0, "unscheduled_principal": 360.0,
         "total_principal": 400.0, "realized_losses": 25.0, "ending_balance": 9_575.0}


def test_a_loan_group_collects_its_principal_parts_and_rolls_forward():
    assert POOL_SUMS[0][2] == PRINCIPAL_PARTS  # the principal's parts are the ones named once
    assert broken(POOL_SUMS, GROUP) == []  # loan purchases not printed: 0
    # 40 + 300 + 60 + 10 is no 400 (nor 40 + 240 + 60 + 60 + 10), and the balance rolls forward
    # by the parts as by their total; 300 + 60 + 10 is no 360 unscheduled (nor 240 + 60 + 60 + 10),
    # while 40 + 360 is still the 400
    assert broken(POOL_SUMS, {**GROUP, "loan_purchases": 10.0}) == [
        "pool_principal", "pool_principal", "pool_roll_forward", "pool_roll_forward",
        "pool_unscheduled", "pool_unscheduled"]
    # 400 + 25 + 9,600 is no 10,000, nor 40 + 240 + 60 + 60 + 25 + 9,600, nor 40 + 360 + 25 + 9,600
    assert broken(POOL_SUMS, {**GROUP, "ending_balance": 9_600.0}) == ["pool_roll_forward"] * 4
    # the curtailments printed apart break the sums of the parts, not those of the whole
    assert broken(POOL_SUMS, {**GROUP, "curtailments": 50.0}) == [
        "pool_principal", "pool_roll_forward", "pool_unscheduled"]
    with pytest.raises(KeyError):  # the scheduled principal is no part that may be absent
        broken(POOL_SUMS, {k: v for k, v in GROUP.items() if k != "scheduled_principal"})


def test_a_per_1000_figure_is_its_amount_over_the_original_balance_times_1000():
    assert all(PER_1000_FOR[amount] == per for per, amount in PER_1000_OF.items())
    assert len(PER_1000_FOR) == len(PER_1000_OF)  # one figure per amount
    assert PER_1000_BASE == "original_balance"
    # seed 000's A-1: original 397,000,000, principal 13,571,914, printed 34.18618 per $1,000
    row = {"original_balance": 397_000_000.0, "principal": 13_571_914.0}
    assert round(row[PER_1000_OF["principal_per_1000"]] / row[PER_1000_BASE] * 1000, 5) == 34.18618


def test_interest_is_rate_times_balance_times_days_over_360():
    interest, rate, balance = INTEREST
    # seed 000's A-1: 358,770,937 at 1.5% for 30 days is 448,463.67, printed 448,464
    row = {balance: 358_770_937.0, rate: 0.015, interest: 448_464.0}
    assert abs(row[rate] * row[balance] * THIRTY / 360 - row[interest]) <= 0.5
    # every actual count of a month's days, and the 15th of a month to the 17th of the next
    assert {28, 29, 30, 31} <= set(ACCRUAL_DAYS)
    assert (dt.date(2003, 11, 17) - dt.date(2003, 10, 15)).days in ACCRUAL_DAYS


def test_which_classes_roll_and_which_are_notional():
    assert [is_notional(x) for x in ("A-IO", "Class A-IO", "AIO", "B-IO-S", "A-1", "M-2", "IA")] == [
        True, True, True, True, False, False, False]
    assert [rolls(x) for x in ("A-1", "M-10", "B")] == [True] * 3
    # a notional balance, residual, prepayment-penalty and O/C classes follow no roll-forward
    assert [rolls(x) for x in ("A-IO", "R", "R-1", "P", "X", "C", "CE", "OC", "x")] == [False] * 9


def test_the_certificates_the_pool_backs():
    classes = {"A-1": {}, "A-2": {"class_table": 1}, "A-IO": {"notional": True}, "M-1": {}, "P": {},
               "X": {}, "R": {}, "R-II": {}, "r-1": {}, "B-1": {"class_table": 2}}
    order = ["A-1", "A-2", "A-IO", "M-1", "P", "X", "R", "R-II", "r-1", "B-1"]
    # not the IO class, not the O/C class X, not a residual R, not a class of a second table
    assert certificates(order, classes) == ["A-1", "A-2", "M-1", "P"]
    assert certificates(list(reversed(order)), classes) == ["P", "M-1", "A-2", "A-1"]  # in the order given


def rows(*texts: str):
    return [tokenize_line("x  " + t, 1).values for t in texts]


def test_a_last_row_that_adds_up_the_rows_above_column_by_column():
    assert sums_rows_above(rows("1.50  2", "2.25  3", "3.75  5"))
    assert not sums_rows_above(rows("1.50  2", "3.75  5"))  # one row above is no sum
    # 2 + 3 is not 7: more than half a unit on each of the three whole figures (1.5) apart
    assert not sums_rows_above(rows("1.50  2", "2.25  3", "3.75  7"))
    assert not sums_rows_above(rows("0.00  0", "0.00  0", "0.00  0"))  # a sum of zeros proves nothing


def test_a_sum_within_the_printed_precision():
    # 0.33 + 0.33 + 0.33 = 0.99, printed 1.00: within half a cent on each of the four figures
    assert sums_rows_above(rows("0.33", "0.33", "0.33", "1.00"))
    assert not sums_rows_above(rows("0.33", "0.33", "0.33", "1.05"))


def test_a_column_the_last_row_leaves_blank_is_not_summed():
    body = rows("1.00  7.00", "2.00  8.00")
    last = tokenize_line("x  3.00", 1).values + [None]
    assert sums_rows_above([*body, last])


def test_rows_that_may_be_left_out_are_chosen_column_by_column():
    # 1 + 2 = 3 without the IO row; 10 + 20 + 5 = 35 with it: a Total leaves an IO class's
    # notional balance out and sums its interest
    table = rows("1  10", "2  20", "5   5", "3  35")
    assert sums_rows_above(table, optional=(2,))
    assert sums_rows_above(rows("1  10", "2  20", "5   5", "3  30"), optional=(2,))
    assert not sums_rows_above(rows("1  10", "2  20", "5   5", "3  30"))  # the IO row must be optional
    assert not sums_rows_above(table, optional=(1,))  # a class that rolls is in every column


def test_the_oc_class_under_another_label_is_the_one_that_makes_the_classes_add_up_to_the_pool():
    from abs_nb.parse.identities import certificates, oc_class

    classes = {"A-1": {"ending_balance": 600.00}, "M-1": {"ending_balance": 300.00},
               "CE": {"ending_balance": 100.00}, "P": {"ending_balance": 100.00}}
    order = list(classes)
    # the P class's deposit is no part of the pool: the sum holds without it
    assert oc_class(certificates(order, classes), classes, 1_000.00) == "CE"
    assert certificates(order, classes, 1_000.00) == ["A-1", "M-1"]
    # or with it, where the pool holds it
    assert certificates(order, classes, 1_100.00) == ["A-1", "M-1", "P"]
    # a sum that does not hold proves no class the O/C: every class stays a certificate
    assert oc_class(certificates(order, classes), classes, 1_000.50) is None
    assert certificates(order, classes, 1_000.50) == order


def test_a_p_deposit_the_pool_does_not_back_is_left_out_where_x_s_balance_proves_it():
    ends = {"A": {"ending_balance": 90.0}, "P": {"ending_balance": 100.0}, "X": {"ending_balance": 10.0}}
    # A + X = the pool: P's $100 is a deposit, not the loans'
    assert certificates(["A", "P", "X"], ends, 100.0) == ["A"]
    # A + P + X = the pool: P is backed
    assert certificates(["A", "P", "X"], ends, 200.0) == ["A", "P"]
    # no reading adds up: the classes as named, P included
    assert certificates(["A", "P", "X"], ends, 150.0) == ["A", "P"]


def test_a_class_named_by_a_group_s_letter_and_a_class_that_does_not_roll_does_not_roll():
    from abs_nb.parse.identities import rolls

    assert not rolls("A-X") and not rolls("2-CE") and not rolls("X")
    assert rolls("1-A-1") and rolls("M-1") and rolls("A-2")
    # the roll-forward of a table is proven though an A-X notional row does not roll
    import abs_nb

    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 09/25/2000\n\n"
            "CLASS      BEGINNING      PRINCIPAL     REALIZED          ENDING\n"
            "1-A-1  101,590,556.45  2,494,701.64         0.00   99,095,854.81\n"
            "A-X    477,468,520.74          0.00         0.00  470,364,994.30\n"
            "B-5      1,536,650.41      1,940.66         0.00    1,534,709.75\n"
            "B-6      1,857,640.40      2,346.04    18,451.23    1,836,843.13\n")
    f = abs_nb.load_text(text)
    assert f.classes.loc["B-6", "realized_loss"] == 18_451.23
    assert f.classes.loc["1-A-1", "ending_balance"] == 99_095_854.81


def test_a_class_left_out_of_some_columns_of_the_total_and_summed_in_others():
    # an IO class (row 2): its notional balance left out of the Total's balance, its interest in
    balance_and_interest = rows("100.00  5.00", "200.00  9.00", "900.00  4.00", "300.00  18.00")
    assert sums_rows_above(balance_and_interest, optional=(2,))
    assert not sums_rows_above(balance_and_interest)  # a class that rolls is in every column
    assert not sums_rows_above(balance_and_interest, optional=(1,))


def test_a_class_described_as_interest_only_by_any_part_of_its_description_is_notional():
    import abs_nb

    text = ("CLASS   DESCRIPTION            BEGINNING BALANCE    INTEREST      ENDING BALANCE\n"
            "A-1     Senior/Fixed              100,000,000.00  500,000.00     95,000,000.00\n"
            "A-X     Senior/IO/Notional         50,000,000.00   20,833.33     47,500,000.00\n"
            "B-1     Subordinate                10,000,000.00   55,000.00     10,000,000.00\n")
    c = abs_nb.load_text(text).classes
    assert c.loc["A-X", "description"] == "Senior/IO/Notional"
    assert c.loc["A-X", "notional"] and not c.loc["A-1", "notional"] and not c.loc["B-1", "notional"]
