"""abs_nb.parse.sum_search: every reading of the sum identities over a table's unknown
columns, and the search a block of lines at a time."""

from __future__ import annotations

import abs_nb
from abs_nb.parse.role_column import Column
from abs_nb.parse.sum_search import solve_sums

ROLL = (("roll", "beginning_balance", ("principal", "ending_balance"), ()),)
ROWS = ["1", "2", "T"]


def _col(header: str, values: tuple[float, float, float], block: int = -1) -> Column:
    return Column(header, None, dict(zip(ROWS, values, strict=True)), block=block)


def test_every_reading_of_a_sum_the_numbers_allow_is_found_with_its_rows():
    cols = [_col("Opening", (100.0, 50.0, 150.0)), _col("Paid", (10.0, 5.0, 15.0)),
            _col("Closing", (90.0, 45.0, 135.0))]
    found = solve_sums(cols, ROWS, {}, ROLL, unknowns=3)
    # the parts read either way round: the words or the sizes choose, not the search
    assert sorted((r["beginning_balance"].header, r["principal"].header) for r, _ in found) == [
        ("Opening", "Closing"), ("Opening", "Paid")]
    assert all(ev == "beginning_balance = principal + ending_balance on 3 rows (1, 2, T)" for _, ev in found)


def test_a_row_that_breaks_the_sum_rules_its_reading_out_and_a_zero_proves_nothing():
    broken = [_col("Opening", (100.0, 50.0, 150.0)), _col("Paid", (10.0, 5.0, 15.0)),
              _col("Closing", (90.0, 40.0, 130.0))]
    assert solve_sums(broken, ROWS, {}, ROLL, unknowns=3) == []
    zeros = [_col("Opening", (100.0, 50.0, 150.0)), _col("Paid", (0.0, 0.0, 0.0)),
             _col("Closing", (100.0, 50.0, 150.0))]
    assert solve_sums(zeros, ROWS, {}, ROLL, unknowns=3) == []


def test_searched_a_block_at_a_time_a_sum_of_figures_printed_apart_is_not_found():
    # the opening and the paid stand in one block, the closing in another: only the search
    # across the blocks reads them as one sum
    cols = [_col("Opening", (100.0, 50.0, 150.0), 1), _col("Paid", (10.0, 5.0, 15.0), 1),
            _col("Closing", (90.0, 45.0, 135.0), 2)]
    assert solve_sums(cols, ROWS, {}, ROLL, unknowns=3, local=True) == []
    assert len(solve_sums(cols, ROWS, {}, ROLL, unknowns=3)) == 2
    together = [_col(c.header, tuple(c.values.values()), 1) for c in cols]  # type: ignore[arg-type]
    assert len(solve_sums(together, ROWS, {}, ROLL, unknowns=3, local=True)) == 2


def test_a_column_printed_negative_is_read_as_a_deduction_never_a_balance():
    from abs_nb.parse.identities import pool_sums
    from abs_nb.parse.role_column import as_amounts

    # interest remitted less interest paid (printed negative) is the excess spread: a sum, but
    # no balance rolls forward (a balance is never printed negative as what is taken out)
    remitted, paid, spread = (_col("Interest Remittance", (1_838_236.18, 662_117.79, 2_500_353.97)),
                              _col("Less: Interest Paid", (-1_192_000.00, -400_975.87, -1_592_975.87)),
                              _col("Excess Spread", (646_236.18, 261_141.92, 907_378.10)))
    cols = [remitted, paid, spread]
    as_amounts(cols)
    assert paid.negated and paid.values["T"] == 1_592_975.87
    rolls_alone = tuple(s for s in pool_sums(set()) if s[2][:3] == ("total_principal", "realized_losses", "ending_balance"))
    found = solve_sums(cols, ROWS, {}, rolls_alone, unknowns=3)
    assert found and all(r.get("ending_balance") is not paid and r.get("beginning_balance") is not paid
                         for r, _ in found)


CLASSES = ["A-1", "A-2", "M-1", "CE"]


def _class_col(header: str, values: tuple[float, ...]) -> Column:
    return Column(header, None, dict(zip(CLASSES, values, strict=True)))


def test_the_total_paid_a_class_is_its_interest_and_principal_on_every_class_the_oc_class_too():
    from abs_nb.parse.identities import SUMS

    total_sum = tuple(s for s in SUMS if s[0] == "class_total_distribution")
    # the principal statement's "total principal reduction" prints the O/C class's growth as a
    # negative: it is no principal paid, for CE's total (0) is not its interest plus it
    interest = _class_col("Interest", (1_215_866.49, 137_337.16, 77_182.88, 0.0))
    total = _class_col("Total", (4_749_197.63, 529_992.83, 77_182.88, 0.0))
    paid = _class_col("Principal Paid", (3_533_331.14, 392_655.67, 0.0, 0.0))
    reduction = _class_col("Principal Reduction", (3_533_331.14, 392_655.67, 0.0, -637_210.19))
    found = solve_sums([interest, total, paid, reduction], CLASSES, {}, total_sum, unknowns=3)
    assert found and all(r["total_distribution"] is total for r, _ in found)
    assert {id(c) for r, _ in found for c in r.values()} == {id(total), id(interest), id(paid)}


def test_a_loss_is_pinned_only_by_a_class_whose_balance_rolls_forward():
    from abs_nb.parse.identities import SUMS

    roll = tuple(s for s in SUMS if s[0] == "class_roll_forward")
    # the total paid (interest + principal reduction) read as a balance, the accretion that
    # cancels CE's negative reduction read as its loss: CE's balance does not roll, so the row
    # where the "loss" is not zero pins nothing, and no reading holds with that column as a loss
    total = _class_col("Total", (4_749_197.63, 529_992.83, 77_182.88, 0.0))
    reduction = _class_col("Principal Reduction", (3_533_331.14, 392_655.67, 0.0, -637_210.19))
    interest = _class_col("Interest", (1_215_866.49, 137_337.16, 77_182.88, 0.0))
    accretion = _class_col("Accretion", (0.0, 0.0, 0.0, 637_210.19))
    found = solve_sums([total, reduction, interest, accretion], CLASSES, {}, roll, unknowns=4)
    assert not any(r.get("realized_loss") is accretion for r, _ in found)
    # the same figures on a rolling class pin the loss
    rolling = ["A-1", "A-2", "M-1", "B"]
    cols = [Column(c.header, None, dict(zip(rolling, c.values.values(), strict=True)))
            for c in (total, reduction, interest, accretion)]
    again = solve_sums(cols, rolling, {}, roll, unknowns=4)
    assert any(r.get("realized_loss") is cols[3] for r, _ in again)


def test_a_deduction_is_never_read_as_a_negative_amount():
    from abs_nb.parse.identities import pool_sums

    # a reserve account's roll-forward: interest earned in, the same taken back out (printed
    # with a trailing minus): the figure taken out is no negative principal or loss
    rows = ["Total"]

    def line(label: str, value: float) -> Column:
        return Column(label, None, {"Total": value})

    cols = [line("Beginning Reserve Account Balance", 12_000_000.00), line("Investment Earnings credited", 51_288.04),
            line("Investment Earnings transferred", -51_288.04), line("Ending Reserve Account Balance", 12_000_000.00)]
    rolls = tuple(s for s in pool_sums(set()) if s[1] == "beginning_balance")
    from abs_nb.parse.identities import DEDUCTIONS

    found = solve_sums(cols, rows, {}, rolls, min_rows=1, unknowns=4)
    assert not any(r.get(f) is cols[2] for r, _ in found for f in DEDUCTIONS)
    # the pool's own, its deductions printed as amounts, is read
    pool = [line("Beginning Pool Balance", 12_000_000.00), line("Principal Collections", 51_288.04),
            line("Net Losses", 1_000.00), line("Ending Pool Balance", 11_947_711.96)]
    assert solve_sums(pool, rows, {}, rolls, min_rows=1, unknowns=4)


def test_an_accrual_class_s_balance_grows_by_the_interest_deferred_onto_it():
    from abs_nb.parse.identities import SUMS

    roll = tuple(s for s in SUMS if s[0] == "class_roll_forward")
    # the accrual class Z pays no principal: its balance grows by its accretion, a column
    # zero on every other class; the roll-forward holds with it taken away, and only so
    labels = ["A-1", "A-2", "A-3", "Z"]

    def col(header: str, values: tuple[float, ...]) -> Column:
        return Column(header, None, dict(zip(labels, values, strict=True)))

    beginning = col("Beginning", (141_277_390.61, 113_518_717.92, 34_745_196.53, 8_426_170.44))
    principal = col("Principal", (1_622_418.90, 1_360_225.75, 26_262.96, 0.00))
    accretion = col("Accretion", (0.00, 0.00, 0.00, 38_603.70))
    ending = col("Ending", (139_654_971.71, 112_158_492.17, 34_718_933.57, 8_464_774.14))
    found = solve_sums([beginning, principal, accretion, ending], labels, {}, roll, unknowns=4)
    assert found and all(r["deferred_interest"] is accretion and r["beginning_balance"] is beginning
                         for r, _ in found if "deferred_interest" in r)
    assert any(r.get("deferred_interest") is accretion and r["ending_balance"] is ending for r, _ in found)
    # a loss printed as a negative lowers the balance: no interest deferred
    negative = col("Loss", (0.00, 0.00, 0.00, -38_603.70))
    lowered = col("Ending", (139_654_971.71, 112_158_492.17, 34_718_933.57, 8_387_566.74))
    assert not any(r.get("deferred_interest") is negative
                   for r, _ in solve_sums([beginning, principal, negative, lowered], labels, {}, roll, unknowns=4))


def test_a_month_s_figures_beside_those_to_date_read_no_interest_deferred():
    from abs_nb.parse.identities import SUMS

    roll = tuple(s for s in SUMS if s[0] == "class_roll_forward")
    # original - principal to date = ending, and beginning - the month's principal = ending:
    # original = principal to date + beginning - the month's principal holds on every row,
    # the month's principal taken away where the classes pay principal: no interest deferred
    labels = ["A-1", "A-2", "A-3", "A-4", "A-5", "M-1"]

    def col(header: str, values: tuple[float, ...]) -> Column:
        return Column(header, None, dict(zip(labels, values, strict=True)))

    # were paid down in months before, none this month
    original = col("Original", (343_300_000.00, 141_400_000.00, 50_000_000.00, 40_000_000.00, 20_000_000.00,
                                39_600_000.00))
    to_date = col("Principal to Date", (21_248_828.75, 15_980_885.48, 5_000_000.00, 4_100_000.00, 1_500_000.00, 0.00))
    beginning = col("Beginning", (330_077_347.69, 131_256_028.73, 45_000_000.00, 35_900_000.00, 18_500_000.00,
                                  39_600_000.00))
    month = col("Principal", (8_026_176.44, 5_836_914.21, 0.00, 0.00, 0.00, 0.00))
    found = solve_sums([original, to_date, beginning, month], labels, {}, roll, unknowns=4)
    assert not any("deferred_interest" in r for r, _ in found)


def test_a_loss_and_a_principal_the_sum_allows_either_way_round_are_not_swapped_against_their_words():
    text = ("STATEMENT TO NOTEHOLDERS\nPayment Date: 03/25/2008\n\nNOTE BALANCES\n\n"
            "                           Original        Beginning                    Allocated           Ending\n"
            "                               Note             Note      Principal      Realized             Note\n"
            "Class CUSIP                 Balance          Balance           Paid   Loss Amount          Balance\n"
            "-------------------------------------------------------------------------------------------------\n"
            "A-2   23158XAB2      120,000,000.00    49,411,892.07   5,222,947.60          0.00    44,188,944.47\n"
            "A-3   23158XAC0       62,000,000.00    62,000,000.00           0.00          0.00    62,000,000.00\n"
            "M-1   23158XAE6       38,350,000.00    38,350,000.00           0.00          0.00    38,350,000.00\n"
            "M-4   23158XAH9       17,550,000.00    17,550,000.00           0.00  3,185,488.45    14,364,511.55\n"
            "B     23158XAJ5       14,300,000.00     2,906,114.50           0.00  2,906,114.50             0.00\n")
    f = abs_nb.load_text(text)
    # the loss, non-zero on more rows than the principal here, is still the column its words name
    assert f.classes.loc["A-2", "principal"] == 5_222_947.60 and f.classes.loc["A-2", "realized_loss"] == 0
    assert f.classes.loc["M-4", "realized_loss"] == 3_185_488.45 and f.classes.loc["M-4", "principal"] == 0
