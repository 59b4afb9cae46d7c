"""abs_nb.parse.pool_runs: runs of one-figure lines read as the pool's table, by their labels,
their place in a group's block, their roll-forward or the reading their words give."""

from __future__ import annotations

import pandas as pd
import pytest

import abs_nb

HEAD = "STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/25/2005\n\nCOLLATERAL SUMMARY\n"


def _dotted(label: str, figure: str, width: int = 70) -> str:
    return f"   {label} {'.' * (width - len(label) - len(figure))} {figure}\n"


POOL_WITH_COUNTS = (
    "STATEMENT TO CERTIFICATEHOLDERS\n\nMORTGAGE LOAN INFORMATION\n"
    "                                                    Number of Loans     Principal Balance\n"
    "Beginning Aggregate Scheduled Principal Balance                612        237,100,418.01\n"
    "  Less: Scheduled Principal                                                  279,140.43\n"
    "        Partial Principal Prepayments (Curtailments)                          74,390.92\n"
    "        Principal Prepayments in Full (Payoffs)                 34        12,139,541.39\n"
    "        Net Liquidation Proceeds                                 1           412,355.10\n"
    "  Total Principal Received                                                12,905,427.84\n"
    "  Less: Realized Losses                                                       61,877.29\n"
    "Ending Aggregate Scheduled Principal Balance                   577        224,133,112.88\n")


def test_a_run_of_pool_lines_under_a_heading_no_vocabulary_knows_is_the_pool_table():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/25/2005\n\nLOAN POOL ROLLFORWARD\n\n"
            "Prior Pool Principal Balance      494,464,086.79\n"
            "Scheduled Prin                        942,798.48\n"
            "Payoffs & Curtailments              9,737,073.52\n"
            "Tot. Principal Received            10,679,872.00\n"
            "Net Realized Losses                    41,596.12\n"
            "Closing Collateral Balance        483,742,618.67\n")
    f = abs_nb.load_text(text)
    t = f.collateral.loc["Total"]
    # the lines the pool's words name, then the rest by the identities with them
    assert (t["scheduled_principal"], t["total_principal"]) == (942_798.48, 10_679_872.00)
    assert t["prepayments_and_curtailments"] == 9_737_073.52
    assert (t["beginning_balance"], t["ending_balance"]) == (494_464_086.79, 483_742_618.67)
    assert any("the run is the pool's table" in d for d in f.checks.detail)


def test_a_run_of_one_figure_lines_is_the_pool_where_its_roll_forward_holds_and_the_balances_words_agree():
    import abs_nb
    lines = ("STATEMENT TO NOTEHOLDERS\n\nPayments Made\n"
             "Disbursements                              26,600,214.76\n"
             "Servicing Fee                                 308,293.04\n"
             "Interest Paid Out                           2,193,224.93\n"
             "Principal Paid Out                         24,098,696.79\n\n"
             "Balance Reconciliation\n"
             "Opening Loan Balance                      739,903,284.31\n"
             "Collections of Principal                   19,557,436.87\n"
             "Realized Losses                                20,820.00\n"
             "Closing Loan Balance                      720,325,027.44\n")
    f = abs_nb.load_text(lines)
    t = f.collateral.loc["Total"]
    assert (t.beginning_balance, t.total_principal, t.realized_losses, t.ending_balance) == (
        739_903_284.31, 19_557_436.87, 20_820.00, 720_325_027.44)
    # the payments add up the same way, but no balance's words stand there: not a pool (the
    # principal paid out is the deal's, named by its words, flagged for the word left out)
    assert "Disbursements" in set(f.unmapped.label)
    assert f.deal["principal_paid"] == 24_098_696.79 and t.total_principal == 19_557_436.87


def test_a_run_of_one_figure_lines_whose_four_roll_forward_terms_no_label_names_is_the_pool():
    import abs_nb
    # no label is in the vocabulary: the roll-forward, with the balances' words, proves all four
    f = abs_nb.load_text("STATEMENT TO NOTEHOLDERS\n\nBalance Reconciliation\n"
                         "Opening Loan Balance                      739,903,284.31\n"
                         "Collections of Principal                   19,557,436.87\n"
                         "Amounts Written Off                            20,820.00\n"
                         "Closing Loan Balance                      720,325,027.44\n")
    t = f.collateral.loc["Total"]
    assert (t.beginning_balance, t.total_principal, t.realized_losses, t.ending_balance) == (
        739_903_284.31, 19_557_436.87, 20_820.00, 720_325_027.44)
    assert f.unmapped.empty


def test_a_pool_run_goes_on_across_one_blank_line_to_its_ending_balance():
    # no heading or label the vocabulary knows as the pool's; the roll-forward proves the
    # run (1,550,000 - 30,000 - 1,000 = 1,519,000) with its ending balance set apart below
    # one blank line
    text = """\
STATEMENT TO CERTIFICATEHOLDERS
Distribution Date: 2005-08-25

CLASS PAYMENTS
Class   Beginning Balance    Principal   Ending Balance
A-1          1,000,000.00    20,000.00       980,000.00
M-1            500,000.00         0.00       500,000.00

Collections Summary
Opening Pool Figure                1,550,000.00
Sched. Collections                    10,000.00
Voluntary Payoffs                     20,000.00
Principal Remitted                    30,000.00
Realized Losses                        1,000.00

Closing Pool Figure                1,519,000.00
"""
    f = abs_nb.load_text(text)
    assert f.collateral.loc["Total", ["beginning_balance", "total_principal", "ending_balance"]].tolist() == [
        1_550_000.00, 30_000.00, 1_519_000.00]
    # two blank lines end the run: the ending balance is not found, so no figure is read
    f2 = abs_nb.load_text(text.replace("1,000.00\n\nClosing", "1,000.00\n\n\nClosing"))
    assert "ending_balance" not in f2.collateral or f2.collateral["ending_balance"].isna().all()


def test_a_pool_table_printed_beside_another_block_is_read_as_its_own_run():
    # the pool's lines on the left, loan counts and rates on the right of the same lines,
    # under a heading no vocabulary knows: the left block is the pool's run
    rows = [("Beginning Pool Principal Balance", "288,113,540.27", "Beginning Number of Loans", "2,988"),
            ("Scheduled Principal", "218,220.15", "Loans Paid in Full", "41"),
            ("Curtailments", "21,774.06", "Loans Liquidated", "2"),
            ("Prepayments in Full", "5,116,332.90", "Ending Number of Loans", "2,945"),
            ("Net Liquidation Proceeds", "241,118.40", "", ""),
            ("Realized Losses", "112,406.51", "Weighted Average Coupon", "8.4417 %"),
            ("Ending Pool Principal Balance", "282,403,688.25", "Weighted Average Remaining Term", "334")]
    body = "".join(f"  {a:<40}{b:>16}        {c:<36}{d:>10}".rstrip() + "\n" for a, b, c, d in rows)
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 04/25/2003\n\nPOOL SUMMARY\n" + body)
    f = abs_nb.load_text(text)
    t = f.collateral.loc["Total"]
    assert (t["beginning_balance"], t["ending_balance"]) == (288_113_540.27, 282_403_688.25)
    assert (t["scheduled_principal"], t["curtailments"], t["realized_losses"]) == (218_220.15, 21_774.06, 112_406.51)
    assert t["liquidation_proceeds"] == 241_118.40
    assert f.checks[(f.checks.check == "pool_roll_forward")].status.tolist() == ["pass"]


def _block(name: str, figures: list[str], counts: list[str], right: list[str]) -> str:
    left = ["BEGINNING AGGREGATE LOAN BALANCE", "SCHEDULED PRINCIPAL", "PREPAYMENTS IN FULL", "NET LIQUIDATION PROCEEDS",
            "REPURCHASED LOANS (PRINCIPAL)", "TOTAL PRINCIPAL REMITTANCE", "ENDING AGGREGATE LOAN BALANCE"]
    names = ["BEGINNING LOAN COUNT", "CURTAILMENTS", "NUMBER OF LOANS PREPAID", "NUMBER OF LOANS LIQUIDATED",
             "NUMBER OF LOANS REPURCHASED", "REALIZED LOSSES", "ENDING LOAN COUNT"]
    rights = [counts[0], right[0], counts[1], counts[2], counts[3], right[1], counts[4]]
    lines = [f"{(a + ' ').ljust(38, '.')} {f:>14}      {(b + ' ').ljust(32, '.')} {r:>12}"
             for a, f, b, r in zip(left, figures, names, rights, strict=True)]
    return f"{name}\n{'-' * len(name)}\n" + "\n".join(lines) + "\n\n"


def test_group_blocks_of_two_pairs_a_line_are_read_whole_around_the_deal_figures_read_among_them():
    # each group's pool in a block of "label ..... value" pairs, two a line, under a heading
    # naming its group; the Total block's loans liquidated is the deal's, read by the walk:
    # the runs go on through it, and each block's rows are proven by the pool's sums
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 09/25/01\n\n"
            + _block("GROUP I COLLATERAL", ["1000000.00", "10000.00", "50000.00", "5000.00", "2000.00", "70000.00",
                                            "929000.00"], ["100", "3", "1", "1", "95"], ["3000.00", "1000.00"])
            + _block("GROUP II COLLATERAL", ["2000000.00", "20000.00", "80000.00", "7000.00", "0.00", "111000.00",
                                             "1886500.00"], ["200", "4", "1", "0", "195"], ["4000.00", "2500.00"])
            + _block("TOTAL POOL", ["3000000.00", "30000.00", "130000.00", "12000.00", "2000.00", "181000.00",
                                    "2815500.00"], ["300", "7", "2", "1", "290"], ["7000.00", "3500.00"]))
    c = abs_nb.load_text(text).collateral
    assert c.loc["Group 1", ["beginning_balance", "prepayments", "loan_purchases", "total_principal", "ending_balance"]
                 ].tolist() == [1_000_000.00, 50_000.00, 2_000.00, 70_000.00, 929_000.00]
    assert c.loc["Group 2", ["prepayments", "loan_purchases", "ending_balance"]].tolist() == [80_000.00, 0.00, 1_886_500.00]
    assert c.loc["Total", ["beginning_balance", "curtailments", "realized_losses", "ending_balance"]].tolist() == [
        3_000_000.00, 7_000.00, 3_500.00, 2_815_500.00]


def test_blocks_of_dotted_lines_per_group_are_read_across_the_groups_whatever_the_leaders_length():
    # one block per group under its title, each line's label ended by a dot leader as long as
    # its figure leaves room for; a page's running head (with its page number) between two
    # blocks; a label holding a section's number
    def block(title: str, figures: list[str]) -> str:
        labels = ["Beginning Pool Principal Balance", "Scheduled Principal", "Principal Prepayments (paid in full)",
                  "Repurchases (Section 2.06 / 3.17)", "Principal Remittance Amount", "Ending Pool Principal Balance"]
        return f"\n   {title}\n   {'-' * len(title)}\n" + "".join(_dotted(lbl, f) for lbl, f in zip(labels, figures, strict=True))
    text = (HEAD + block("GROUP I - FIXED RATE LOANS", ["$214,807,005.90", "234,611.01", "4,429,812.73", "56,124.40",
                                                         "4,720,548.14", "$210,086,457.76"])
            + block("GROUP II - ADJUSTABLE RATE LOANS", ["$84,358,635.57", "66,917.92", "2,391,132.21", "0.00",
                                                        "2,458,050.13", "$81,900,585.44"])
            + "\nHOME EQUITY LOAN TRUST 1997-3        DISTRIBUTION DATE: 07/27/98        PAGE 3 OF 4\n"
            + block("TOTAL - ALL LOANS", ["$299,165,641.47", "301,528.93", "6,820,944.94", "56,124.40", "7,178,598.27",
                                          "$291,987,043.20"]))
    c = abs_nb.load_text(text).collateral
    assert list(c.index) == ["Group 1", "Group 2", "Total"]
    assert (c.loc["Group 2", "beginning_balance"], c.loc["Total", "ending_balance"]) == (84_358_635.57, 291_987_043.20)
    assert (c.loc["Group 1", "loan_purchases"], c.loc["Total", "prepayments_and_curtailments"]) == (56_124.40, 6_820_944.94)
    assert c.loc["Total", "total_principal"] == 7_178_598.27



def test_a_pool_line_printing_its_loans_beside_its_amount_is_read_by_its_amount_and_its_count_kept():
    f = abs_nb.load_text(POOL_WITH_COUNTS)
    c = f.collateral
    assert (c.loc["Total", "beginning_balance"], c.loc["Total", "ending_balance"]) == (237_100_418.01, 224_133_112.88)
    assert c.loc["Total", "prepayments"] == 12_139_541.39
    # the counts roll forward as the balance does (612 - 34 - 1 = 577): the pool's counts
    assert (c.loc["Total", "beginning_count"], c.loc["Total", "ending_count"]) == (612, 577)
    # the counts beside other figures stay listed, never dropped
    kept = f.unmapped[f.unmapped.line.isin([8, 9])]
    assert sorted(v for vals in kept["values"] for v in vals) == ["1", "34"]
    # counts that do not roll forward are no pool's counts: listed with the others
    f = abs_nb.load_text(POOL_WITH_COUNTS.replace("   577        224,133,112.88", "   578        224,133,112.88"))
    assert "ending_count" not in f.collateral.columns or f.collateral["ending_count"].isna().all()
    assert {"612", "578"} <= {v for vals in f.unmapped["values"] for v in vals}


def test_a_run_whose_roll_forward_by_every_part_holds_with_the_reading_the_words_give_is_read_so():
    # seven terms, none named by the vocabulary: too many to search for, but the reading the
    # labels' words come nearest to holds to the cent, and no other reading of them does
    lines = [("Pool Scheduled Principal Balance, beginning of Collection Period", "318,882,349.54"),
             ("Scheduled principal payments received", "369,764.73"),
             ("Principal Prepayments in full", "1,972,623.99"),
             ("Curtailments received", "53,277.27"),
             ("Net Liquidation Proceeds (principal portion)", "368,072.24"),
             ("Liquidation Losses (Realized Losses)", "612,112.85"),
             ("Pool Scheduled Principal Balance, end of Collection Period", "315,506,498.46")]
    text = "STATEMENT TO CERTIFICATEHOLDERS\n\nIII. CONTRACT POOL INFORMATION\n\n" + "".join(
        f"    ({chr(97 + k)}) {lbl} {'.' * (80 - len(lbl) - len(fig))} {fig}\n" for k, (lbl, fig) in enumerate(lines))
    f = abs_nb.load_text(text)
    c = f.collateral
    assert (c.loc["Total", "beginning_balance"], c.loc["Total", "ending_balance"]) == (318_882_349.54, 315_506_498.46)
    assert (c.loc["Total", "prepayments"], c.loc["Total", "curtailments"]) == (1_972_623.99, 53_277.27)
    assert c.loc["Total", "realized_losses"] == 612_112.85
    assert any("holds with every line so read" in d for d in f.checks.detail)
    # one figure off: the words' reading holds no more, and nothing is read by them (here
    # nothing at all: no report)
    with pytest.raises(abs_nb.NotADistributionReport):
        abs_nb.load_text(text.replace("53,277.27", "53,278.27"))


def test_the_principal_s_parts_and_their_total_with_no_balance_are_read_by_words_and_sum():
    from ._support import LETTER, PRINCIPAL_ITEM

    # 412,345.67 + 23,456.78 + 765,432.10 + 21,987.65 + 11,345.69 = 1,234,567.89, each line's
    # words nearest its term; no beginning or ending balance printed beside them
    pool = abs_nb.load_text(LETTER + PRINCIPAL_ITEM).collateral.loc["Total"]
    assert (pool["scheduled_principal"], pool["prepayments"], pool["curtailments"]) == (412_345.67, 765_432.10, 23_456.78)
    assert (pool["liquidation_proceeds"], pool["loan_purchases"]) == (21_987.65, 11_345.69)
    assert pool["total_principal"] == 1_234_567.89


def test_parts_whose_sum_does_not_hold_are_not_read_by_their_words_alone():
    from ._support import LETTER, PRINCIPAL_ITEM

    f = abs_nb.load_text(LETTER + PRINCIPAL_ITEM.replace("1,234,567.89", "1,234,567.98"))
    assert "scheduled_principal" not in f.collateral.columns[f.collateral.notna().any()]
    assert ["412,345.67"] in f.unmapped["values"].tolist()


ITEMS = """III. CONTRACT POOL INFORMATION

    (a) Pool Scheduled Principal Balance, beginning of Collection Period ........ 250,000,000.00
    (b) Scheduled principal payments received ....................................... 300,000.11
    (c) Principal Prepayments in full ............................................. 1,500,000.22
        Number of Contracts prepaid in full ................................................. 41
    (d) Partial principal prepayments ................................................ 40,000.33
    (e) Net Liquidation Proceeds (principal portion) ................................ 250,000.44
        Number of Liquidated Contracts ...................................................... 12
    (f) Liquidation Losses (Realized Losses) ........................................ 400,000.55
    (g) Pool Scheduled Principal Balance, end of Collection Period .............. 247,509,998.35
    (h) Number of Contracts outstanding, end of Collection Period ........................ 7,412
"""


def test_partial_prepayments_are_the_curtailments_the_roll_forward_and_their_size_tell():
    pool = abs_nb.load_text(ITEMS).collateral.loc["Total"]
    # both prepaid lines' words come nearest "prepayments": the roll-forward holds with one of
    # them the curtailments, and the partial ones are the smaller part
    assert (pool["prepayments"], pool["curtailments"]) == (1_500_000.22, 40_000.33)
    assert (pool["beginning_balance"], pool["ending_balance"]) == (250_000_000.00, 247_509_998.35)
    # the counts among the amounts are no terms of the sum
    assert (pool["liquidation_proceeds"], pool["realized_losses"]) == (250_000.44, 400_000.55)


PRINCIPAL_PARTS_RUN = (
    "STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/25/1998\n\n"
    "Section 4.06(a)(i)    Principal Distribution Amount\n\n"
    + _dotted("Scheduled Principal Collected", "$      202,601.90")
    + _dotted("Principal Prepayments in Full", "$    4,420,624.19")
    + _dotted("Curtailments", "$       26,393.55")
    + _dotted("Net Liquidation Proceeds", "$       67,836.63")
    + _dotted("Purchase Price of Repurchased Loans", "$       89,618.41")
    + _dotted("Principal Remittance Amount", "$    4,807,074.68")
    + _dotted("Accelerated Principal Distribution Amount", "$      767,963.17")
    + _dotted("Total Principal Distribution Amount", "$    5,575,037.85"))


def test_a_subtotal_no_words_name_is_the_total_its_named_parts_add_up_to():
    f = abs_nb.load_text(PRINCIPAL_PARTS_RUN)
    t = f.collateral.loc["Total"]
    # 202,601.90 + 4,420,624.19 + 26,393.55 + 67,836.63 + 89,618.41 = 4,807,074.68, not the
    # line whose words say total principal (it adds the extra principal paid out of interest)
    assert t["total_principal"] == 4_807_074.68
    assert (t["scheduled_principal"], t["prepayments"], t["loan_purchases"]) == (202_601.90, 4_420_624.19, 89_618.41)
    role = f.checks[(f.checks.check == "row_role") & f.checks.subject.str.startswith("Principal Remittance")]
    assert role.status.tolist() == ["pass"] and "name no figure" in role.detail.item()


def test_a_subtotal_no_words_name_is_no_total_where_its_parts_do_not_add_up_to_it():
    f = abs_nb.load_text(PRINCIPAL_PARTS_RUN.replace("4,807,074.68", "4,807,075.68"))
    assert "total_principal" not in f.collateral.columns or pd.isna(f.collateral.loc["Total"].get("total_principal"))
    assert any(u.startswith("Principal Remittance") for u in f.unmapped.label)


POOL_DEDUCTED = (
    "STATEMENT TO CERTIFICATEHOLDERS\n\nC.  MORTGAGE POOL ACTIVITY\n\n"
    "                                                              AMOUNT     LOANS\n"
    "BEGINNING POOL PRINCIPAL BALANCE                      154,504,998.86     2,318\n"
    "  SCHEDULED PRINCIPAL RECEIVED                           -118,402.71\n"
    "  PRINCIPAL PREPAYMENTS IN FULL                        -1,902,388.40       -21\n"
    "  PARTIAL PREPAYMENTS (CURTAILMENTS)                      -27,140.08\n"
    "  NET LIQUIDATION PROCEEDS                                -71,554.90        -2\n"
    "  REALIZED LOSSES ON LIQUIDATED LOANS                     -33,906.52\n"
    "ENDING POOL PRINCIPAL BALANCE                         152,351,606.25     2,295\n")


def test_a_pool_printing_its_deductions_negative_and_its_loans_after_its_amounts_is_read():
    f = abs_nb.load_text(POOL_DEDUCTED)
    c = f.collateral.loc["Total"]
    assert (c.beginning_balance, c.ending_balance) == (154_504_998.86, 152_351_606.25)
    # the amounts taken out, printed negative, are stored as the amounts, the repair said
    assert (c.scheduled_principal, c.prepayments, c.curtailments, c.liquidation_proceeds, c.realized_losses) == (
        118_402.71, 1_902_388.40, 27_140.08, 71_554.90, 33_906.52)
    repaired = f.checks[(f.checks.check == "deduction_signs") & (f.checks.subject == "collateral Total")]
    assert list(repaired.status) == ["repaired"]
    # the counts after the amounts roll forward too (2,318 - 21 - 2 = 2,295)
    assert (c.beginning_count, c.ending_count) == (2_318, 2_295)
    assert {"-21", "-2"} <= {v for vals in f.unmapped["values"] for v in vals}
    # a deduction that breaks the roll-forward: the run is no proven pool (its balances listed,
    # unread) and a figure its words name, negative, is stored as printed with a warning
    f = abs_nb.load_text(POOL_DEDUCTED.replace("-27,140.08", "-27,150.08"))
    assert f.collateral.loc["Total"][["beginning_balance", "ending_balance"]].isna().all()
    assert "154,504,998.86" in {v for vals in f.unmapped["values"] for v in vals}
    negative = [k for k, v in f.collateral.loc["Total"].items() if isinstance(v, float) and v < 0]
    warned = set(f.checks.loc[(f.checks.check == "deduction_sign") & (f.checks.status == "warn"), "subject"])
    assert negative and {f"Total {k}" for k in negative} <= warned


def test_one_negative_between_two_balances_is_no_deduction_sign_to_search_through():
    # an account's roll-forward with one release printed negative: the sign means what it
    # says, so no pool is read from it (two balances and one term prove little)
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nVI.  RESERVE ACCOUNT\n"
            "   Balance at Beginning of Period ........................   $3,348,645.22\n"
            "     Plus: Deposits ........................................          0.00\n"
            "     Less: Release of Excess ...............................   $(191,831.90)\n"
            "   Balance at End of Period ..............................   $3,156,813.32\n")
    with pytest.raises(abs_nb.AbsNbError, match="4 unrecognised labelled numbers"):
        abs_nb.load_text(text)  # nothing read: not taken for the pool's balances


def test_whole_dollars_with_counts_beside_some_lines_are_read_by_the_amounts_column():
    # every figure whole: the amount of a line printing two is the one in the column where
    # the lines of one figure print theirs, the other its count; the words before an aside
    # in brackets name a line ("Liquidation Proceeds (Repossessions and Charge-offs)")
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 08/15/2000\n\n"
            "  Pool Activity                                                  Amount    Number\n"
            "  Beginning Pool Principal Balance                          441,285,917    11,904\n"
            "  Scheduled Principal Collected                                 402,337\n"
            "  Principal Prepayments in Full                               2,871,406        77\n"
            "  Partial Prepayments                                            61,229\n"
            "  Liquidation Proceeds (Repossessions and Charge-offs)          412,871        14\n"
            "  Contracts Repurchased                                               0         0\n"
            "  Realized Losses on Liquidated Contracts                       298,614\n"
            "  Ending Pool Principal Balance                             437,239,460    11,813\n"
            )
    f = abs_nb.load_text(text)
    t = f.collateral.loc["Total"]
    assert (t.beginning_balance, t.ending_balance, t.prepayments) == (441_285_917, 437_239_460, 2_871_406)
    assert (t.liquidation_proceeds, t.loan_purchases, t.realized_losses) == (412_871, 0, 298_614)
    assert (t.beginning_count, t.ending_count) == (11_904, 11_813)


def _wrapped_pool(rng) -> tuple[str, dict[str, float]]:
    """A pool's roll-forward as dot-leader lines, labels wrapped: their head on a line of
    words, their tail (in lower case, indented) on the figure's line; the losses' label an
    aside that wraps, its tail naming another figure."""
    beg = rng.randint(10**9, 10**11) / 100
    parts = {"scheduled_principal": rng.randint(10**6, 10**8) / 100, "prepayments_and_curtailments": rng.randint(10**6, 10**8) / 100,
             "liquidation_proceeds": rng.randint(10**4, 10**6) / 100}
    losses = rng.randint(10**4, 10**6) / 100
    end = round(beg - sum(parts.values()) - losses, 2)
    head = rng.choice(["Aggregate Principal Balance", "Pool Balance", "Principal Balance of the Contracts"])
    words = {"scheduled_principal": "Scheduled principal payments received",
             "prepayments_and_curtailments": "Prepayments in full and partial prepayments",
             "liquidation_proceeds": "Liquidation Proceeds"}
    indent = " " * rng.randint(2, 6)

    def line(label: str, v: float) -> str:
        return f"{label} {'.' * (64 - len(label))} {v:>16,.2f}"

    text = ["RECEIVABLES", "", head, line(indent + "as of the beginning of the Collection Period", beg)]
    text += [line(indent + words[k], v) for k, v in parts.items()]
    text += [indent + "Net Losses (principal balance of Defaulted Receivables", line(indent * 2 + "less Liquidation Proceeds)", losses)]
    text += [head, line(indent + "as of the end of the Collection Period", end)]
    want = {"beginning_balance": beg, "ending_balance": end, "realized_losses": losses, **parts}
    return "MONTHLY SERVICER REPORT\n\n" + "\n".join(text) + "\n", want


def test_a_label_wrapped_onto_the_figure_line_is_read_whole_in_the_roll_forward():
    import random

    for seed in range(20):
        text, want = _wrapped_pool(random.Random(seed))
        f = abs_nb.load_text(text)
        got = {k: f.collateral.loc["Total", k] for k in want}
        assert got == want, text
        assert f.checks[f.checks.check == "pool_roll_forward"].status.tolist() == ["pass"], text


def test_a_roll_forward_in_whole_dollars_with_counts_beside_and_a_rule_over_its_end():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nSCHEDULE C.  CONTRACT POOL\n"
            "                                                   CONTRACTS     PRIN. BALANCE\n"
            "   POOL BALANCE AT BEGINNING OF DUE PERIOD             5,012       179,664,509\n"
            "   LESS: SCHEDULED PRINCIPAL                                           201,447\n"
            "         PRINCIPAL PREPAYMENTS IN FULL                    27           788,215\n"
            "         PARTIAL PRINCIPAL PREPAYMENTS                                  23,906\n"
            "         LIQUIDATED CONTRACTS - NET PROCEEDS               4            58,744\n"
            "         LIQUIDATED CONTRACTS - LIQUIDATION LOSS                        37,566\n"
            "         CONTRACTS REPURCHASED                             0               -0-\n"
            "                                                  ----------------------------\n"
            "   POOL BALANCE AT END OF DUE PERIOD                   4,981       178,554,631\n")
    c = abs_nb.load_text(text).collateral
    # the counts beside the amounts (whole numbers both) told apart by the amounts' column,
    # the rule over the end no end of the table; a zero printed between dashes is zero
    assert (c.loc["Total", "beginning_balance"], c.loc["Total", "ending_balance"]) == (179_664_509, 178_554_631)
    assert (c.loc["Total", "prepayments"], c.loc["Total", "loan_purchases"], c.loc["Total", "ending_count"]) == (
        788_215, 0, 4_981)


def test_a_whole_number_in_a_run_whose_amounts_print_cents_is_no_amount_its_words_name():
    # "Paid in Full" names prepayments; its 21 in a run of amounts in cents counts loans
    # (the current period's column read, the since-cut-off one set aside)
    text = """\
STATEMENT TO CERTIFICATEHOLDERS
Distribution Date: 2001-06-15

                                         CURRENT PERIOD   SINCE CUT-OFF
Pool Principal Balance - Beginning         1,966,456.56    2,264,120.37
  Scheduled Principal                         87,402.56      385,066.37
  Total Reduction in Pool Balance             87,402.56      385,066.37
Pool Principal Balance - Ending            1,879,054.00    1,879,054.00

Number of Contracts - Beginning                   4,967           5,122
  Paid in Full                                       21             176
Number of Contracts - Ending                      4,946           4,946
"""
    f = abs_nb.load_text(text)
    assert f.collateral.loc["Total", "scheduled_principal"] == 87_402.56
    assert pd.isna(f.collateral.loc["Total", "prepayments"])
    assert "Paid in Full" in set(f.unmapped["label"])


def test_the_counts_beside_each_group_s_balances_roll_forward_within_its_block():
    def block(title: str, rows: list[tuple[str, str, str]]) -> str:
        return (f" {title}\n {'-' * len(title)}\n"
                + "".join(f" {label:<44}{amount:>18}{count:>14}\n" for label, amount, count in rows) + "\n")
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/26/2000\n\n"
            + block("POOL ONE - FIXED RATE LOANS", [
                ("Beginning Pool Principal Balance:", "152,116,904.28", "3,412 loans"),
                ("  Scheduled principal collected:", "139,217.44", ""),
                ("  Principal prepayments in full:", "2,011,606.13", "44 loans"),
                ("  Partial principal prepayments:", "35,902.71", ""),
                ("  Net Liquidation Proceeds:", "61,109.27", "2 loans"),
                ("  Loans purchased from the Trust:", "0.00", ""),
                ("  Realized Losses (Liquidated Loan Losses):", "35,304.53", ""),
                ("Ending Pool Principal Balance:", "149,833,764.20", "3,366 loans")])
            + block("POOL TWO - ADJUSTABLE RATE LOANS", [
                ("Beginning Pool Principal Balance:", "85,877,312.66", "1,287 loans"),
                ("  Scheduled principal collected:", "41,388.09", ""),
                ("  Principal prepayments in full:", "1,274,915.50", "18 loans"),
                ("  Net Liquidation Proceeds:", "0.00", "0 loans"),
                ("  Loans purchased from the Trust:", "0.00", ""),
                ("  Realized Losses (Liquidated Loan Losses):", "0.00", ""),
                ("Ending Pool Principal Balance:", "84,561,009.07", "1,269 loans")]))
    c = abs_nb.load_text(text).collateral
    assert c.loc["Group 1", "ending_count"] == 3_366 and c.loc["Group 2", "ending_count"] == 1_269


def test_an_account_s_balances_a_fraction_of_the_classes_are_no_pool_s():
    text = """\
STATEMENT TO NOTEHOLDERS
Payment Date: 2003-03-17

Class      Beginning Balance      Principal     Ending Balance
A-1           400,000,000.00  10,000,000.00     390,000,000.00
A-2           300,000,000.00           0.00     300,000,000.00

RESERVE ACCOUNT
  Beginning balance                  13,500,000.00
  Investment earnings                     9,812.44
  Earnings released                       9,812.44
  Ending balance                     13,500,000.00
"""
    f = abs_nb.load_text(text)
    assert "Total" not in f.collateral.index or pd.isna(f.collateral.loc["Total", "beginning_balance"])
    listed = f.unmapped[f.unmapped.label == "Beginning balance"]
    assert list(listed.reason) == ["an account's balance (less than a tenth of the classes' balances): no pool's"]


def test_the_balance_s_decline_is_no_principal_while_a_figure_no_label_names_stands_between_the_balances():
    # the lines between the balances add up to no reading ("Defaulted receivables charged off"
    # names no field the vocabulary knows): one of them may be the losses, so the balance's
    # decline (principal and losses) is no proven principal
    head = "MONTHLY SERVICER REPORT\nDistribution Date: 03/17/2003\n\nPOOL BALANCE RECONCILIATION\n"
    between = ("  Regular principal collections ......................     (25,316,884.07)\n"
               "  Defaulted receivables charged off (gross) ..........      (2,087,316.92)\n")
    rows = ("  Pool Balance at beginning of Collection Period ....   1,083,417,905.62\n" + between +
            "  Pool Balance at end of Collection Period ..........   1,055,917,905.62\n\n"
            "  Principal Distributable Amount (decline in Pool Balance)  27,500,000.00\n")
    f = abs_nb.load_text(head + rows)
    pool = f.collateral.loc["Total"]
    assert (pool["beginning_balance"], pool["ending_balance"]) == (1_083_417_905.62, 1_055_917_905.62)
    assert pd.isna(pool["total_principal"])
    assert any(f.unmapped.label.str.startswith("Principal Distributable Amount"))
    # with nothing unread between the balances, the decline is the principal, proven
    f = abs_nb.load_text(head + rows.replace(between, ""))
    assert f.collateral.loc["Total", "total_principal"] == 27_500_000.00


def test_an_auto_pool_s_roll_forward_with_its_prepayments_printed_whole_as_loans_paid_in_full():
    # no partial prepayment is printed for an auto loan: its prepaid principal is the loans
    # paid in full, and the roll-forward by the parts the words name holds to the cent
    text = ("MONTHLY SERVICER REPORT\nDistribution Date: 03/17/2003\n\nPOOL BALANCE RECONCILIATION\n"
            "  Pool Balance at beginning of Collection Period ....   $1,083,417,905.62\n"
            "  Regular principal collections ......................     (25,316,884.07)\n"
            "  Prepayments in full ................................     (15,902,377.41)\n"
            "  Receivables purchased by Servicer (Purchase Amounts)        (211,408.55)\n"
            "  Defaulted Receivables charged off (gross) ..........      (2,087,316.92)\n"
            "  Pool Balance at end of Collection Period ..........   $1,039,899,918.67\n")
    pool = abs_nb.load_text(text).collateral.loc["Total"]
    assert (pool["scheduled_principal"], pool["prepayments"]) == (25_316_884.07, 15_902_377.41)
    assert (pool["loan_purchases"], pool["realized_losses"]) == (211_408.55, 2_087_316.92)
    assert pd.isna(pool["curtailments"])


def test_a_line_whose_aside_names_its_part_is_read_as_that_part_where_its_first_words_read_no_sum():
    # "Principal Collections (scheduled payments)": the words before the aside come nearest
    # the principal whole, with which the roll-forward holds in no reading; the whole label's
    # words name the scheduled part, with which it holds to the cent
    text = ("CUYAHOGA AUTO OWNER TRUST 2000-B                         MONTHLY SERVICER REPORT\n"
            "Distribution Date:      10/16/00\n"
            "POOL DATA                                          NUMBER        PRINCIPAL ($)\n"
            "-------------------------------------------------  -------  -------------------\n"
            "Pool Balance, beginning of Collection Period        41,887       508,194,662.31\n"
            "  Principal Collections (scheduled payments)                      11,846,210.54\n"
            "  Prepayments in Full                                1,109         9,127,455.09\n"
            "  Liquidation Proceeds, Defaulted Receivables                      1,226,480.17\n"
            "  Net Losses, Defaulted Receivables                    188           598,772.40\n"
            "Pool Balance, end of Collection Period              40,590       485,395,744.11\n"
            "Weighted Average APR                                                     9.874%\n")
    pool = abs_nb.load_text(text).collateral.loc["Total"]
    assert (pool["beginning_balance"], pool["scheduled_principal"]) == (508_194_662.31, 11_846_210.54)
    assert (pool["liquidation_proceeds"], pool["realized_losses"]) == (1_226_480.17, 598_772.40)
    assert (pool["ending_balance"], pool["ending_count"], pool["wac"]) == (485_395_744.11, 40_590, 0.09874)


def test_a_line_s_whole_label_is_tried_alone_so_another_line_s_aside_names_nothing():
    # "(net of Charge-offs)" says how the proceeds are counted: the liquidation proceeds stay
    # theirs while the other line's whole label ("(scheduled payments)") is what reads the sum
    text = ("MONTHLY SERVICER REPORT\nDistribution Date: 03/17/2003\n\nPOOL DATA\n"
            "Beginning Pool Balance                          100,000,000.00\n"
            "  Principal Collections (scheduled payments)      2,000,000.00\n"
            "  Prepayments in Full                               900,000.00\n"
            "  Liquidation Proceeds (net of Charge-offs)         100,000.00\n"
            "Ending Pool Balance                              97,000,000.00\n")
    pool = abs_nb.load_text(text).collateral.loc["Total"]
    assert (pool["scheduled_principal"], pool["liquidation_proceeds"]) == (2_000_000.00, 100_000.00)
    assert pd.isna(pool["realized_losses"])


def test_a_count_or_a_factor_between_the_balances_is_no_loss_left_out():
    # only an amount in cents no larger than the balance's decline may be the losses; a count
    # of loans or a factor between the balances leaves the decline the principal
    for between in ("  Number of Receivables Paid in Full                 150\n",
                    "  Pool Factor                                  0.970000\n"):
        text = ("MONTHLY SERVICER REPORT\nDistribution Date: 03/17/2003\n\nPOOL DATA\n"
                "Beginning Pool Balance                          100,000,000.00\n"
                "  Principal Collections                           3,000,000.00\n" + between +
                "Ending Pool Balance                              97,000,000.00\n")
        assert abs_nb.load_text(text).collateral.loc["Total", "total_principal"] == 3_000_000.00
