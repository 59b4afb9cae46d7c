"""abs_nb.parse.roles: column roles proven by the identities, header words as priors."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

import abs_nb
from abs_nb.parse.roles import Column, infer

NAN = math.nan
# a class table as printed (whole dollars), its columns in a shuffled order, no header words
BEG = {"A-1": 358_770_937.0, "A-2": 188_923_694.0, "M-1": 44_140_000.0, "B": 10_000_000.0}
PRIN = {"A-1": 13_571_914.0, "A-2": 4_943_993.0, "M-1": 0.0, "B": 1_000_000.0}
END = {k: BEG[k] - PRIN[k] for k in BEG}
INT = {"A-1": 448_464.0, "A-2": 236_155.0, "M-1": 74_302.0, "B": 50_000.0}
TOT = {k: PRIN[k] + INT[k] for k in BEG}


def fields(cols):
    return [c.field for c in cols]


def test_every_flow_column_is_proven_with_no_header_at_all():
    cols = [Column("", None, END), Column("", None, TOT), Column("", None, BEG), Column("", None, INT),
            Column("", None, PRIN)]
    infer(cols)
    assert fields(cols) == ["ending_balance", "total_distribution", "beginning_balance", "interest", "principal"]
    assert all(c.status == "pass" for c in cols)
    assert "on 3 rows" in cols[4].evidence  # M-1 pays no principal: a zero proves nothing


def test_header_words_break_a_tie_the_numbers_leave():
    # beginning = principal + ending reads as well with the two parts swapped (every class
    # pays some principal: no reading reads a class paid off)
    paid = {**PRIN, "M-1": 1_000_000.0}
    closing = {k: BEG[k] - paid[k] for k in BEG}
    swapped = [Column("Paid", None, paid), Column("Open", None, BEG), Column("Close", None, closing)]
    infer(swapped)
    assert [c.status for c in swapped] == ["warn", "warn", "warn"]
    named = [Column("Paid", "principal", paid), Column("Open", None, BEG), Column("Close", None, closing)]
    infer(named)
    assert fields(named) == ["principal", "beginning_balance", "ending_balance"]


def test_the_numbers_overrule_header_words_that_contradict_them():
    cols = [Column("Beg", None, BEG), Column("End", "principal", END), Column("Prin", "ending_balance", PRIN),
            Column("Int", None, INT), Column("Tot", None, TOT)]
    infer(cols)
    assert fields(cols)[:3] == ["beginning_balance", "ending_balance", "principal"]
    assert "header words said principal" in cols[1].evidence


def test_a_column_of_zeros_proves_nothing_and_is_only_named():
    zeros = {k: 0.0 for k in BEG}
    cols = [Column("Loss", None, zeros)]
    infer(cols)
    assert (cols[0].field, cols[0].status) == (None, "warn")
    named = [Column("Loss", "realized_loss", zeros)]
    infer(named)
    assert named[0].field == "realized_loss" and "a zero proves nothing" in named[0].evidence


def test_a_rate_is_proven_by_interest_over_the_days_of_the_period():
    rate = {"A-1": 1.5, "A-2": 1.5, "M-1": 2.02, "B": 6.0}
    # floaters accrue 31 actual days, the fixed-rate B 30 days: both are day counts of a month
    intr = {"A-1": round(BEG["A-1"] * 0.015 * 31 / 360, 2), "A-2": round(BEG["A-2"] * 0.015 * 31 / 360, 2),
            "M-1": round(BEG["M-1"] * 0.0202 * 31 / 360, 2), "B": round(BEG["B"] * 0.06 * 30 / 360, 2)}
    cols = [Column("Beg", "beginning_balance", BEG, fixed=True), Column("Int", "interest", intr, {k: 2 for k in intr}, fixed=True),
            Column("", None, rate, {k: 5 for k in rate}, percent=True)]
    infer(cols)
    assert cols[2].field == "interest_rate" and "days: 30, 31" in cols[2].evidence
    wrong = {k: v * 1.2 for k, v in rate.items()}
    cols = [Column("Beg", "beginning_balance", BEG, fixed=True), Column("Int", "interest", intr, {k: 2 for k in intr}, fixed=True),
            Column("", None, wrong, {k: 5 for k in wrong}, percent=True)]
    infer(cols)
    assert cols[2].field is None and cols[2].status == "warn"


def test_a_row_of_a_rolling_class_against_a_reading_rejects_it():
    end = dict(END, **{"M-1": 44_000_000.0})  # M-1 lost 140,000 with no loss column
    cols = [Column("", None, BEG), Column("", None, PRIN), Column("", None, end)]
    infer(cols)
    assert fields(cols) == [None, None, None]
    # an IO class's notional balance follows a schedule: it never counts against a reading
    beg = dict(BEG, **{"A-IO": 54_000_000.0})
    prin = dict(PRIN, **{"A-IO": 0.0})
    end = dict(END, **{"A-IO": 52_800_000.0})
    cols = [Column("", None, beg), Column("Prin", "principal", prin), Column("", None, end)]
    infer(cols)
    assert fields(cols) == ["beginning_balance", "principal", "ending_balance"]


def test_a_zero_in_a_known_column_leaves_no_doubt_so_the_row_still_proves():
    beginning = Column("Beg", "beginning_balance", {"A": 100.0, "B": 50.0, "C": 20.0}, fixed=True)
    loss = Column("Loss", "realized_loss", {"A": 0.0, "B": 0.0, "C": 5.0}, fixed=True)
    ending = Column("End", "ending_balance", {"A": 90.0, "B": 45.0, "C": 15.0}, fixed=True)
    paid = Column("Paid", None, {"A": 10.0, "B": 5.0, "C": 0.0})
    infer([beginning, loss, ending, paid])
    # no row has both a principal and a loss, but the loss column is known: A and B prove it
    assert (paid.field, paid.status) == ("principal", "pass")


CENTS = {"A": 2, "B": 2}


def test_a_field_two_columns_claim_with_other_figures_proves_nothing():
    beginning = Column("Beg", "beginning_balance", {"A": 100.0, "B": 50.0}, CENTS, fixed=True)
    ending = Column("End", "ending_balance", {"A": 90.0, "B": 45.0}, CENTS, fixed=True)
    paid = Column("Paid", None, {"A": 10.0, "B": 5.0}, CENTS)
    interest = Column("Int", None, {"A": 1.0, "B": 2.0}, CENTS)
    total = Column("Total", "total_distribution", {"A": 11.0, "B": 7.0}, CENTS, fixed=True)
    per_1000_total = Column("Tot.", "total_distribution", {"A": 0.11, "B": 0.14}, CENTS, fixed=True)
    infer([beginning, ending, paid, interest, per_1000_total, total])
    assert paid.field == "principal"
    # the two total columns disagree: neither pins the sum, so interest is not read from it
    assert interest.field is None and interest.status == "warn"


def test_a_column_no_identity_proves_is_named_by_its_words_where_the_figures_bear_them_out():
    beginning = Column("Beg", "beginning_balance", {"A": 100.0, "B": 50.0, "C": 20.0}, fixed=True)
    paid = Column("Paid", "principal", {"A": 10.0, "B": 5.0, "C": 0.0}, fixed=True)
    ending = Column("End", "ending_balance", {"A": 90.0, "B": 45.0, "C": 20.0}, fixed=True)
    face = Column("Orig. Face", None, {"A": 200.0, "B": 60.0, "C": 20.0}, hint="original_balance")
    zero_loss = Column("Current Realized Loss", None, {"A": 0.0, "B": 0.0, "C": 0.0}, hint="realized_loss")
    infer([beginning, paid, ending, face, zero_loss])
    assert (face.field, zero_loss.field) == ("original_balance", "realized_loss")
    assert "at least the beginning balance" in face.evidence
    # a hint the figures contradict names nothing: an original balance below the beginning one
    cents = {"A": 2, "B": 2, "C": 2}
    low = Column("Orig. Face", None, {"A": 200.0, "B": 40.0, "C": 20.0}, cents, hint="original_balance")
    interest = Column("Current Interest Paid", None, {"A": 1.0, "B": 2.0, "C": 3.0}, cents, hint="realized_loss")
    infer([Column("Beg", "beginning_balance", dict(beginning.values), cents, fixed=True),
           Column("Paid", "principal", dict(paid.values), cents, fixed=True),
           Column("End", "ending_balance", dict(ending.values), cents, fixed=True), low, interest])
    assert (low.field, interest.field) == (None, None)


def test_one_class_paying_principal_pins_the_columns_the_rows_holding_with_a_zero_agree():
    # a sequential deal: only A-1 is paid principal this month; every other class's row holds
    # the identities with a zero principal (it agrees, it proves nothing by itself)
    prin = {"A-1": 13_571_914.0, "A-2": 0.0, "M-1": 0.0, "B": 0.0}
    end = {k: BEG[k] - prin[k] for k in BEG}
    tot = {k: prin[k] + INT[k] for k in BEG}
    cols = [Column("", None, BEG), Column("", None, prin), Column("", None, INT), Column("", None, tot),
            Column("Closing", "ending_balance", end)]
    infer(cols)
    assert fields(cols) == ["beginning_balance", "principal", "interest", "total_distribution", "ending_balance"]
    assert "on 1 rows (A-1) and on 3 more with a zero part" in cols[1].evidence


def test_one_row_proving_is_not_enough_when_no_other_row_holds_the_identity():
    # one row pins a reading; a second row must hold it too (here X is not a class that
    # rolls, so its row neither holds nor counts against): nothing is proven
    cols = [Column("", None, {"A-1": 100.0, "X": 50.0}), Column("", None, {"A-1": 10.0, "X": 7.0}),
            Column("Closing", "ending_balance", {"A-1": 90.0, "X": 60.0})]
    infer(cols)
    assert fields(cols)[:2] == [None, None]


def test_per_1000_figures_that_hold_the_same_sums_never_take_the_amounts_fields():
    # total = principal + interest holds row by row for the amounts and for their per-$1,000
    # figures (each row scaled by 1000 / original); the per-$1,000 table's header words name
    # the fields, the amounts' hardly: the amounts take them, as the larger of two readings
    # one factor per row apart (B-2's loss leaves no roll-forward before the named columns)
    orig = {"A-1": 228_647_000.0, "M-1": 21_318_000.0, "M-2": 16_096_000.0, "B-2": 30_000_000.0}
    beg = {"A-1": 80_333_119.0, "M-1": 21_318_000.0, "M-2": 16_096_000.0, "B-2": 26_021_844.0}
    prin = {"A-1": 8_871_793.0, "M-1": 0.0, "M-2": 0.0, "B-2": 0.0}
    loss = {"A-1": 0.0, "M-1": 0.0, "M-2": 0.0, "B-2": 60_721.0}
    intr = {"A-1": 196_433.0, "M-1": 46_798.0, "M-2": 40_834.0, "B-2": 76_424.0}
    tot = {k: prin[k] + intr[k] for k in prin}
    end = {k: beg[k] - prin[k] - loss[k] for k in prin}

    def per_1000(amounts):
        return {k: round(v / orig[k] * 1000, 7) for k, v in amounts.items()}

    amounts = [Column("", None, beg), Column("Paid", None, prin, hint="principal"), Column("", None, intr),
               Column("Total Dist", "total_distribution", tot), Column("Loss", "realized_loss", loss),
               Column("End", "ending_balance", end)]
    figures = [Column("Prin. Distribution", "principal", per_1000(prin), dict.fromkeys(orig, 7)),
               Column("Interest", "interest", per_1000(intr), dict.fromkeys(orig, 7)),
               Column("Total", "total_distribution", per_1000(tot), dict.fromkeys(orig, 7))]
    infer(amounts + figures)
    assert fields(amounts) == ["beginning_balance", "principal", "interest", "total_distribution", "realized_loss",
                               "ending_balance"]
    assert not {"principal", "interest", "total_distribution"} & set(fields(figures))


def test_a_part_the_rounding_could_absorb_proves_nothing():
    # one cent in a shortfall column on one row: beginning = principal + that cent + ending
    # holds within the cents' rounding, as it holds without it; it proves no loss column
    beg = {"A-1": 24_480_764.92, "A-2": 10_000_000.00, "M-1": 5_000_000.00}
    prin = {"A-1": 17_542_848.05, "A-2": 1_000_000.00, "M-1": 0.0}
    cent = {"A-1": 0.01, "A-2": 0.0, "M-1": 0.0}
    end = {k: round(beg[k] - prin[k], 2) for k in beg}
    cols = [Column("Beginning", "beginning_balance", beg, dict.fromkeys(beg, 2), fixed=True),
            Column("Principal", "principal", prin, dict.fromkeys(beg, 2), fixed=True),
            Column("Int Shortfall", None, cent, dict.fromkeys(beg, 2)),
            Column("Ending", "ending_balance", end, dict.fromkeys(beg, 2), fixed=True)]
    infer(cols)
    assert cols[2].field is None


def test_rate_balance_and_interest_prove_one_another_when_none_is_named():
    # the left half of a table, cut before any sum can be checked: interest = rate x balance
    # x 30 / 360 holds on every row with all three printed, in one reading only
    rate = {"1-A1": 7.75, "1-A3": 7.25, "1-A5": 8.0, "1-A2": 9.5}
    beg = {"1-A1": 103_000_000.0, "1-A3": 108_500_000.0, "1-A5": 3_955_000.0, "1-A2": 0.0}
    intr = {"1-A1": 665_208.33, "1-A3": 655_520.83, "1-A5": 26_366.67, "1-A2": 150_208.33}
    prin = {"1-A1": 1_567_500.0, "1-A3": 5_209_824.97, "1-A5": 0.0, "1-A2": 0.0}
    d2 = dict.fromkeys(rate, 2)
    cols = [Column("Pass-Through Rate", None, rate, dict.fromkeys(rate, 5), percent=True),
            Column("Beg Cert Bal", None, beg, d2), Column("Int Dist", None, intr, d2), Column("Prin Dist", None, prin, d2)]
    infer(cols)
    assert fields(cols)[:3] == ["interest_rate", "beginning_balance", "interest"]
    assert "days: 30" in cols[0].evidence


def test_rate_balance_and_interest_read_two_ways_prove_nothing():
    # the original balance equal to the beginning balance: the interest is earned on either
    rate = {"A-1": 7.75, "A-2": 7.25}
    bal = {"A-1": 103_000_000.0, "A-2": 108_500_000.0}
    intr = {"A-1": 665_208.33, "A-2": 655_520.83}
    d2 = dict.fromkeys(rate, 2)
    cols = [Column("", None, rate, dict.fromkeys(rate, 5), percent=True), Column("", None, dict(bal), d2),
            Column("", None, dict(bal), d2), Column("", None, intr, d2)]
    infer(cols)
    assert fields(cols)[1:3] == [None, None]


def test_blank_cells_count_as_zeros_where_the_identity_holds_with_them():
    # zeros printed as nothing: B-1's blank principal is a zero beside its loss, and the blank
    # losses of the other classes agree with the roll-forward (they prove nothing)
    beg = {"A-1": 336_059_614.0, "A-2": 374_362_280.0, "M-1": 42_438_358.0, "B-1": 24_206_000.0}
    prin = {"A-1": 16_068_296.0, "A-2": 17_899_692.0}  # blank for M-1 and B-1
    loss = {"B-1": 180_436.0}  # blank for every other class
    end = {"A-1": 319_991_318.0, "A-2": 356_462_588.0, "M-1": 42_438_358.0, "B-1": 24_025_564.0}
    cols = [Column("Opening", "beginning_balance", beg, fixed=True), Column("Paid", "principal", prin, fixed=True),
            Column("Applied Loss Amount", None, loss), Column("Closing", "ending_balance", end, fixed=True)]
    infer(cols)
    assert cols[2].field == "realized_loss"
    assert "on 1 rows (B-1)" in cols[2].evidence


def test_a_column_of_words_named_by_its_header_says_so_not_that_its_figures_are_zero():
    cusips = Column("CUSIP", "cusip", {}, text=True)
    infer([cusips, Column("", None, BEG)])
    assert (cusips.field, cusips.evidence) == ("cusip", "header words; words, not figures")


def test_a_loss_column_zero_but_on_one_class_is_pinned_by_that_row_with_every_term_unknown():
    # B pays no principal and takes a loss: no row has every term of the roll non-zero
    prin = {**PRIN, "B": 0.0}
    loss = {"A-1": 0.0, "A-2": 0.0, "M-1": 0.0, "B": 18_937.97}
    end = {k: BEG[k] - prin[k] - loss[k] for k in BEG}
    tot = {k: prin[k] + INT[k] for k in BEG}
    cols = [Column("", None, BEG), Column("", None, prin), Column("", None, loss), Column("", None, end),
            Column("", None, INT), Column("", None, tot)]
    infer(cols, unknowns=4)
    assert fields(cols) == ["beginning_balance", "principal", "realized_loss", "ending_balance", "interest",
                            "total_distribution"]
    assert "realized_loss non-zero on 1" in cols[2].evidence
    # a column of zeros pins nothing: without the loss the roll does not hold on B, so no reading
    zeros = [Column("", None, BEG), Column("", None, prin), Column("", None, dict.fromkeys(BEG, 0.0)),
             Column("", None, end)]
    infer(zeros, unknowns=4)
    assert "realized_loss" not in fields(zeros) and "ending_balance" not in fields(zeros)


def test_a_grid_too_wide_to_search_ends_at_once_its_columns_unproven():
    import time

    # 80 columns of one figure each (a pathological run read as one row): the sums' search
    # would grow as columns to the power of the unknowns; it is not tried, nothing is proven
    cols = [Column("", None, {"Total": 1.0}) for _ in range(80)]
    start = time.perf_counter()
    infer(cols, min_rows=1)
    assert time.perf_counter() - start < 5
    assert all(c.field is None or c.status != "pass" for c in cols)


def test_a_term_a_pool_sum_may_go_without_is_named_by_its_words_where_its_zeros_keep_the_sum():
    # "Loss Amount" and "Liquidation Receipts" print only zeros: they prove nothing, but the
    # words come nearest the pool's realized losses and liquidation proceeds, and the sums
    # (principal = scheduled + prepaid + liquidated; beginning = principal + loss + ending)
    # hold with them in every group and the Total
    rows = [("Opening Pool Figure", "500,000.00", "300,000.00", "800,000.00"),
            ("Scheduled Principal", "10,000.00", "5,000.00", "15,000.00"),
            ("Prepayments and Curtailments", "20,000.00", "7,000.00", "27,000.00"),
            ("Liquidation Receipts", "0.00", "0.00", "0.00"),
            ("Principal Remitted", "30,000.00", "12,000.00", "42,000.00"),
            ("Loss Amount", "0.00", "0.00", "0.00"),
            ("Closing Pool Figure", "470,000.00", "288,000.00", "758,000.00")]
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/25/2005\n\nCOLLATERAL SUMMARY\n"
            "                                         Group 1        Group 2          Total\n"
            + "".join(f"{lbl:<36}{a:>12}{b:>15}{c:>15}\n" for lbl, a, b, c in rows))
    f = abs_nb.load_text(text)
    assert f.collateral.loc["Total", ["beginning_balance", "total_principal", "liquidation_proceeds",
                                      "realized_losses", "ending_balance"]].tolist() == [
        800_000.00, 42_000.00, 0.0, 0.0, 758_000.00]
    assert f.collateral.loc["Group 2", "realized_losses"] == 0.0


def test_a_prepaid_part_read_with_no_liquidation_or_repurchase_beside_it_is_the_unscheduled_principal():
    from abs_nb.parse.identities import POOL_SUMS, pool_sums

    # beginning = scheduled + X + ending over two groups and their Total: X may hold the
    # liquidations and repurchases, which nothing beside it shows apart
    beg = {"1": 1_000_000.0, "2": 2_000_000.0, "T": 3_000_000.0}
    sched = {"1": 10_000.0, "2": 20_000.0, "T": 30_000.0}
    x = {"1": 35_000.0, "2": 40_000.0, "T": 75_000.0}
    end = {g: beg[g] - sched[g] - x[g] for g in beg}

    def read(header: str, hint: str | None, *more: Column) -> str | None:
        cols = [Column("Opening", None, beg), Column("Sched", "scheduled_principal", sched, fixed=True),
                Column(header, None, x, hint=hint), Column("Closing", "ending_balance", end, fixed=True), *more]
        infer(cols, pool_sums({c.field for c in cols}), ratios=False, unknowns=4)
        assert cols[0].field == "beginning_balance"
        return cols[2].field

    assert read("Other Collections", None) == "unscheduled_principal"
    # its words name the prepaid principal: it is
    assert read("Prepaid and Curtailed", "prepayments_and_curtailments") == "prepayments_and_curtailments"
    # a liquidation read beside it (here a zero, which the sum may leave out): it is the prepaid
    liq = Column("Liquidated", "liquidation_proceeds", {"1": 0.0, "2": 0.0, "T": 0.0}, fixed=True)
    assert read("Other Collections", None, liq) == "prepayments_and_curtailments"
    assert any("unscheduled_principal" in (whole, *parts) for _, whole, parts, _ in POOL_SUMS)


def test_of_a_roll_forward_read_two_ways_the_one_paying_few_classes_off_is_taken():
    # A-1 pays off; A-2 pays part; the rest pay nothing. Read with principal and ending
    # swapped, the sum holds too, and every class but A-2 is paid off this month.
    begin = Column("Prior", "beginning_balance", {"A-1": 2_000.0, "A-2": 5_000.0, "A-3": 3_000.0, "M-1": 1_000.0},
                   fixed=True)
    a = Column("X", None, {"A-1": 2_000.0, "A-2": 400.0, "A-3": 0.0, "M-1": 0.0})
    b = Column("Y", None, {"A-1": 0.0, "A-2": 4_600.0, "A-3": 3_000.0, "M-1": 1_000.0})
    infer([begin, a, b])
    assert (a.field, b.field) == ("principal", "ending_balance")


def test_header_words_naming_another_field_leave_the_tie_for_them_to_break():
    begin = Column("Total Distribution", "total_distribution",
                   {"A-1": 2_000.0, "A-2": 5_000.0, "A-3": 3_000.0, "M-1": 1_000.0})
    a = Column("X", None, {"A-1": 2_000.0, "A-2": 400.0, "A-3": 0.0, "M-1": 0.0})
    b = Column("Y", None, {"A-1": 0.0, "A-2": 4_600.0, "A-3": 3_000.0, "M-1": 1_000.0})
    infer([begin, a, b])
    assert a.field != "principal" or b.field != "ending_balance" or begin.field != "beginning_balance"


def test_a_rate_printed_as_a_decimal_fraction_is_proven_with_its_figures_read_so():
    begin = Column("Beginning", "beginning_balance", {"A-1": 68_277_538.51, "A-2": 31_500_000.0}, fixed=True)
    interest = Column("Interest", "interest", {"A-1": 343_379.12, "A-2": 162_225.00}, fixed=True)
    rate = Column("Rate", None, {"A-1": 0.0603500, "A-2": 0.0618000}, {"A-1": 7, "A-2": 7})
    infer([begin, interest, rate])
    # 68,277,538.51 x 0.06035 x 30 / 360 = 343,379.12: read as a percent it is 100 times off
    assert rate.field == "interest_rate" and "decimal fraction" in rate.evidence
    pct = Column("Rate", None, {"A-1": 6.035, "A-2": 6.18}, {"A-1": 3, "A-2": 2})
    infer([Column("Beginning", "beginning_balance", dict(begin.values), fixed=True),
           Column("Interest", "interest", dict(interest.values), fixed=True), pct])
    assert pct.field == "interest_rate" and "fraction" not in pct.evidence


def test_a_reading_that_breaks_an_identity_whose_other_terms_are_known_is_no_reading():
    # the funds available (the principal collected and the net interest) hold as a sum of
    # the principal's parts with the net interest as a part; read so, the balance would not
    # roll forward: the principal collected is the total, the purchases' zeros the part
    rows = [
        ('ORIGINAL POOL BALANCE', '180,000,142.55', '120,000,318.04', '300,000,460.59'),
        ('BEGINNING POOL BALANCE', '171,226,884.39', '113,470,225.16', '284,697,109.55'),
        ('SCHEDULED PRINCIPAL', '118,477.30', '49,118.62', '167,595.92'),
        ('PRINCIPAL PREPAYMENTS IN FULL', '2,210,884.06', '2,418,007.53', '4,628,891.59'),
        ('CURTAILMENTS', '14,519.88', '6,230.11', '20,749.99'),
        ('NET LIQUIDATION PROCEEDS', '0.00', '81,422.76', '81,422.76'),
        ('LOANS PURCHASED BY SELLER', '0.00', '0.00', '0.00'),
        ('REALIZED LOSSES', '0.00', '17,905.30', '17,905.30'),
        ('ENDING POOL BALANCE', '168,883,003.15', '110,897,540.84', '279,780,543.99'),
        ('TOTAL PRINCIPAL COLLECTIONS', '2,343,881.24', '2,554,779.02', '4,898,660.26'),
        ('NUMBER OF LOANS - BEGINNING', '2,962', '1,211', '4,173'),
        ('NUMBER OF LOANS - ENDING', '2,925', '1,188', '4,113'),
        ('GROSS INTEREST COLLECTED', '1,457,426.16', '933,481.72', '2,390,907.88'),
        ('LESS SERVICING FEE', '71,344.54', '47,279.26', '118,623.80'),
        ('LESS TRUSTEE FEE', '1,426.89', '945.59', '2,372.48'),
        ('LESS CERTIFICATE INSURER PREMIUM', '25,405.88', '18,693.37', '44,099.25'),
        ('NET INTEREST AVAILABLE', '1,359,248.85', '866,563.50', '2,225,812.35'),
        ('AVAILABLE FUNDS (NET INTEREST + PRINCIPAL COLLECTIONS)', '3,703,130.09', '3,421,342.52', '7,124,472.61'),
        ('WEIGHTED AVERAGE COUPON', '10.214%', '9.872%', '10.078%'),
        ('WEIGHTED AVERAGE NET COUPON', '9.704%', '9.362%', '9.568%'),
        ('WEIGHTED AVERAGE REMAINING TERM (MONTHS)', '284', '353', '311'),
        ('DELINQUENCY ADVANCES MADE THIS PERIOD', '612,077.45', '398,541.06', '1,010,618.51'),
        ('CUMULATIVE REALIZED LOSSES', '0.00', '41,207.66', '41,207.66'),
    ]
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/26/1998\n\nCOLLATERAL INFORMATION\n"
            + f"{'':<58}{'GROUP I':>18}{'GROUP II':>18}{'TOTAL':>18}\n"
            + "".join(f"{r[0]:<58}{r[1]:>18}{r[2]:>18}{r[3]:>18}\n" for r in rows))
    t = abs_nb.load_text(text).collateral.loc["Total"]
    assert (t.total_principal, t.loan_purchases, t.prepayments) == (4_898_660.26, 0.0, 4_628_891.59)


def test_a_month_s_flows_that_add_up_as_balances_do_are_never_read_as_the_balances():
    # interest accrued = deferred + distributed adds up as beginning = principal + ending does;
    # the class's balance, ten times those figures and more, says which columns are flows
    header = ("               Beginning     Interest     Deferred      Interest      Principal          Total           Ending\n"
              "Class      Cert. Balance      Accrued     Interest   Distributed    Distributed    Distributed    Cert. Balance\n")
    rows = [("A-1A", 379_422_224.69, 1_045_044.74, 611_675.67, 7_595_799.00),
            ("A-1B", 158_092_593.62, 442_812.96, 259_183.08, 3_164_916.25),
            ("A-2", 132_554_559.27, 376_436.54, 220_332.27, 2_653_660.55),
            ("B-1", 22_531_906.40, 66_791.46, 39_093.74, 1_266.54),
            ("B-2", 15_021_270.93, 44_994.97, 26_336.03, 844.36)]
    body = "".join(
        f"{c:<6}{beg:>18,.2f}{acc:>14,.2f}{dfr:>13,.2f}{acc - dfr:>14,.2f}{prin:>15,.2f}{acc - dfr + prin:>15,.2f}"
        f"{beg - prin + dfr:>17,.2f}\n" for c, beg, acc, dfr, prin in rows)
    f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 07/25/2005\n\n" + header + body)
    c = f.classes
    assert c.loc["B-1", "beginning_balance"] == 22_531_906.40  # the interest accrued is no balance
    assert c.loc["A-1A", "interest"] == 433_369.07 and c.loc["A-2", "deferred_interest"] == 220_332.27
    assert c.loc["B-2", "ending_balance"] == 15_046_762.60


def test_the_balances_and_the_month_s_payments_are_never_read_the_wrong_way_round():
    # total = principal + interest + carryover paid reads, with the carryover taken for a loss,
    # as beginning = principal + ending + loss; read so, every class not paid off would pay out
    # more than its balance in a month (the class of a nominal balance paid the penalties aside)
    header = ("Class   Beginning          Interest   Carryover      Principal          Total   Realized           Ending\n"
              "         Balance       Distribution        Paid   Distribution   Distribution       Loss          Balance\n")
    rows = [("A-1", 248_517_304.66, 1_132_824.71, 0.0, 5_873_372.85), ("A-2A", 101_883_920.15, 456_779.58, 0.0, 9_561_431.78),
            ("A-2B", 95_000_000.00, 429_875.00, 0.0, 0.0), ("M-1", 36_900_000.00, 173_122.50, 0.0, 0.0),
            ("M-8", 10_800_000.00, 63_373.50, 1_696.50, 0.0), ("M-9", 9_000_000.00, 52_811.25, 4_300.00, 0.0),
            ("P", 100.00, 142_880.19, 0.0, 0.0)]
    body = "".join(f"{c:<6}{beg:>16,.2f}{i:>15,.2f}{cf:>12,.2f}{p:>15,.2f}{i + cf + p:>15,.2f}{0:>11,.2f}{beg - p:>17,.2f}\n"
                   for c, beg, i, cf, p in rows)
    f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 11/27/2006\n\n" + header + body)
    c = f.classes
    for label, beg, _, _, _ in rows:  # each balance read as the balance, or not read
        assert c.loc[label, "beginning_balance"] in (beg,) or pd.isna(c.loc[label, "beginning_balance"])
    assert not (c["interest"] > 1_000_000_000).any()


def test_an_original_balance_its_words_name_dwarfs_no_reading_of_the_balances():
    # a table of an original balance beside per-$1,000 figures: the original is larger than
    # any balance, as its words say; beginning = principal + ending still reads the balances,
    # not total = principal + interest the other way round
    orig = {"A-1": 330_420_000.0, "A-2": 214_380_000.0, "M-1": 41_020_000.0}
    beg = {"A-1": 947.68861379, "A-2": 893.71361354, "M-1": 1000.0}
    prin = {"A-1": 11.00263447, "A-2": 29.95737102, "M-1": 0.0}
    end = {"A-1": 936.68597932, "A-2": 863.75624252, "M-1": 1000.0}
    cols = [Column("Original Balance", "original_balance", orig), Column("Beginning Balance", "beginning_balance", beg),
            Column("Principal Distribution", "principal", prin), Column("Ending Balance", "ending_balance", end)]
    assert fields(infer(cols))[1:] == ["beginning_balance", "principal", "ending_balance"]


def test_the_same_rates_printed_twice_prove_the_rate_once():
    beg = {"A-1": 64_817_336.24, "A-2": 150_000_000.0, "A-3": 120_250_000.0}
    rates = {"A-1": 5.0475, "A-2": 5.37, "A-3": 5.64}
    interest = {k: round(beg[k] * rates[k] / 100 * 30 / 360, 2) for k in beg}
    cols = [Column("Balance", "beginning_balance", beg, fixed=True), Column("Interest", "interest", interest, fixed=True),
            Column("", None, dict(rates), percent=True), Column("Rate", None, dict(rates), percent=True)]
    infer(cols)
    assert [c.field for c in cols[2:]].count("interest_rate") == 1



def test_readings_that_tie_prove_nothing_they_share_where_each_takes_a_month_s_flows_for_balances():
    # the interest table's accrued interest = its shortfall + the interest accreted + the
    # interest paid has the roll-forward's shape; the accretion printed in both tables reads
    # it two ways alike (a tie), and every such reading takes a month's interest for the
    # balances beside the balances themselves (a hundred times larger): none proves what
    # the tie shares, and the principal table's balances stay the balances
    classes = [("1-A-1", 141_277_390.61, 1_622_418.90, 0.0), ("1-A-2", 113_518_717.92, 1_360_225.75, 0.0),
               ("1-A-3", 8_426_170.44, 0.0, 38_603.70), ("2-A-1", 148_712_170.78, 2_603_687.71, 0.0),
               ("2-A-2", 7_807_388.97, 136_693.61, 0.0), ("B-1", 13_507_606.28, 20_031.84, 0.0)]
    top = ("CLASS              BEGINNING     PRINCIPAL  ACCRETION          ENDING\n"
           "                     BALANCE          PAID                    BALANCE\n")
    interest = ("CLASS     ACCRUED   INTEREST   ACCRETED     INTEREST     PRINCIPAL         TOTAL\n"
                "         INTEREST  SHORTFALL    TO PRIN         PAID          PAID          PAID\n")
    for label, beg, prin, accreted in classes:
        accrued = round(beg * 0.055 / 12, 2)
        short = round(accrued * 0.0004, 2)
        paid = round(accrued - short - accreted, 2) if not accreted else 0.0
        accreted = round(accrued - short, 2) if accreted else 0.0
        end = round(beg - prin + accreted, 2)
        top += f"{label:<6}{beg:>19,.2f}{prin:>14,.2f}{accreted:>11,.2f}{end:>16,.2f}\n"
        interest += (f"{label:<6}{accrued:>11,.2f}{short:>11,.2f}{accreted:>11,.2f}{paid:>13,.2f}"
                     f"{prin:>14,.2f}{paid + prin:>14,.2f}\n")
    f = abs_nb.load_text("PRINCIPAL ACTIVITY\n\n" + top + "\nINTEREST ACTIVITY\n\n" + interest)
    assert f.classes.loc["1-A-1", "beginning_balance"] == 141_277_390.61
    assert (f.classes["beginning_balance"] > 1_000_000).all()


def test_two_terms_the_numbers_allow_either_way_round_are_named_by_their_words():
    # NOTE BALANCES: Beginning, Principal Paid, Allocated Realized Loss Amount, Ending;
    # beginning = principal + loss + ending holds with those two columns either way round:
    # their words tell them apart ("Principal Paid" names the principal, which the total
    # distribution's sum then proves)
    (path,) = (Path(__file__).parents[1] / "handwritten").glob("xx3_*.txt")
    f = abs_nb.load(path)
    assert f.classes.loc["A-2", "principal"] == 5_222_947.60 and f.classes.loc["A-2", "realized_loss"] == 0
    assert f.classes.loc["M-4", "realized_loss"] == 3_185_488.45 and f.classes.loc["M-4", "principal"] == 0
    roles = f.checks[f.checks.check == "column_role"]
    paid = roles[roles.subject.str.startswith("Principal Paid")]
    assert (paid.status == "pass").all() and paid.detail.str.startswith("principal").all()


def test_one_field_printed_twice_under_words_naming_it_is_no_tie():
    # a summary's "Interest" and a detail table's "Interest Distributed": the same figures,
    # both named interest by their words; either reading is the other's, so the sums settle
    cols = [Column("Beg", None, BEG), Column("Prin", None, PRIN), Column("Int", "interest", INT),
            Column("Tot", None, TOT), Column("End", None, END), Column("Int Distributed", "interest", dict(INT))]
    infer(cols)
    assert fields(cols)[:5] == ["beginning_balance", "principal", "interest", "total_distribution", "ending_balance"]
    assert "total_distribution = principal + interest" in cols[2].evidence  # proven, not only named
    # two columns named alike whose figures differ are rivals still: neither is read
    other = {**INT, "A-1": INT["A-1"] + 100.0}
    tied = [Column("Prin", "principal", PRIN), Column("Int", "interest", INT), Column("Tot", None, TOT),
            Column("Int 2", "interest", other)]
    infer(tied)
    assert tied[1].field != "interest" or tied[3].field != "interest"


def test_a_rate_above_100_percent_proves_nothing_and_leaves_the_column_to_its_other_rows():
    # an "effective coupon" column holds interest = rate x balance x days / 360 on every row,
    # a premium class of $100 paid thousands at an effective rate in the millions: that row
    # is no coupon and proves nothing; the other four prove the column (the checks' bound
    # flags the one row: tests/checks/test_bounds.py)
    beg = {**BEG, "P": 100.0}
    coupon = {"A-1": 1.5, "A-2": 1.5, "M-1": 2.02, "B": 6.0}
    intr = {k: round(beg[k] * coupon[k] / 100 * 30 / 360, 2) for k in coupon} | {"P": 4_123.77}
    effective = coupon | {"P": round(4_123.77 / 100.0 * 360 / 30 * 100, 4)}
    cols = [Column("Beg", "beginning_balance", beg, fixed=True),
            Column("Int", "interest", intr, {k: 2 for k in intr}, fixed=True),
            Column("Effective", None, effective, {k: 4 for k in effective}, percent=True)]
    infer(cols)
    assert cols[2].field == "interest_rate"
    # the row off its coupon's identity does not spoil the others' proof
    off = [Column("Beg", "beginning_balance", beg, fixed=True),
           Column("Int", "interest", intr, {k: 2 for k in intr}, fixed=True),
           Column("Effective", None, effective | {"P": 9_999.0}, {k: 4 for k in effective}, percent=True)]
    infer(off)
    assert off[2].field == "interest_rate"
    # most rows above 100: figures per $1,000, no rates
    per_1000 = {k: (v * 100 if k != "B" else v) for k, v in effective.items()}
    many = [Column("Beg", "beginning_balance", beg, fixed=True),
            Column("Int", "interest", intr, {k: 2 for k in intr}, fixed=True),
            Column("Effective", None, per_1000, {k: 4 for k in effective}, percent=True)]
    infer(many)
    assert many[2].field is None
    within = [Column("Beg", "beginning_balance", beg, fixed=True),
              Column("Int", "interest", intr, {k: 2 for k in intr}, fixed=True),
              Column("Effective", None, effective | {"P": 0.0}, {k: 4 for k in effective}, percent=True)]
    infer(within)
    assert within[2].field == "interest_rate"


def test_a_detail_table_printing_the_summary_s_columns_again_reads_each_as_its_words_name():
    # the summary's Beginning, Principal and Ending printed again by a principal detail
    # table: once the summary's roll-forward is proven, the detail's twins are those fields,
    # never the total and interest a sum of the twins would allow (beginning = principal + ending)
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\n"
            "Class        Beginning      Principal      Interest          Ending\n"
            "A-1      90,243,064.55   8,669,657.57    405,191.36   81,573,406.98\n"
            "A-2      71,960,000.00           0.00    328,217.56   71,960,000.00\n"
            "M-1      33,000,000.00           0.00    158,436.67   33,000,000.00\n\n"
            "PRINCIPAL DETAIL\n"
            "Class        Beginning      Principal          Ending\n"
            "A-1      90,243,064.55   8,669,657.57   81,573,406.98\n"
            "A-2      71,960,000.00           0.00   71,960,000.00\n"
            "M-1      33,000,000.00           0.00   33,000,000.00\n")
    f = abs_nb.load_text(text)
    assert f.classes["interest"].tolist() == [405_191.36, 328_217.56, 158_436.67]
    assert f.classes["ending_balance"].tolist() == [81_573_406.98, 71_960_000.00, 33_000_000.00]
    assert f.classes["total_distribution"].isna().all()
