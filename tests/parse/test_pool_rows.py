"""abs_nb.parse.pool_rows: pool rows whose label names no field, read when an identity proves it."""

from __future__ import annotations

import pandas as pd

import abs_nb

from .test_pool_runs import _dotted

HEAD = "STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 10/25/2005\n\nCOLLATERAL SUMMARY\n"
GROUPS = "                                         Group 1        Group 2          Total\n"


def _pool(rows: list[tuple[str, str, str, str]]) -> str:
    return HEAD + GROUPS + "".join(f"{lbl:<36}{a:>12}{b:>15}{c:>15}\n" for lbl, a, b, c in rows)


KNOWN_TOP = [("Beginning Balance", "1,000,000.00", "2,000,000.00", "3,000,000.00"),
             ("Scheduled Principal", "10,000.00", "20,000.00", "30,000.00")]
KNOWN_END = [("Realized Losses", "1,000.00", "2,000.00", "3,000.00"),
             ("Ending Balance", "949,000.00", "1,938,000.00", "2,887,000.00")]


def test_rows_of_unknown_labels_are_read_under_the_fields_the_identities_prove():
    rows = [*KNOWN_TOP,
            ("Payoffs & Curtailments", "35,000.00", "40,000.00", "75,000.00"),
            ("Liquidation Proceeds", "5,000.00", "0.00", "5,000.00"),
            ("Tot. Principal Received", "50,000.00", "60,000.00", "110,000.00"),
            *KNOWN_END]
    f = abs_nb.load_text(_pool(rows))
    c = f.collateral
    assert c.loc["Group 2", "prepayments_and_curtailments"] == 40_000.00
    assert c.loc["Total", "total_principal"] == 110_000.00
    assert c.loc["Group 1", "realized_losses"] == 1_000.00  # a loss row the pool's words do not name
    roles = f.checks[f.checks.check == "row_role"]
    assert set(roles.status) == {"pass"}
    assert any(d.startswith("total_principal: ") for d in roles.detail)
    assert f.unmapped.empty
    assert not any(f.checks.status == "fail")


def test_parts_the_numbers_cannot_tell_apart_stay_unmapped_while_their_whole_is_read():
    def rows(first: str, second: str) -> list[tuple[str, str, str, str]]:
        return [*KNOWN_TOP, (first, "35,000.00", "40,000.00", "75,000.00"),
                (second, "5,000.00", "0.00", "5,000.00"),
                ("Tot. Principal Received", "50,000.00", "60,000.00", "110,000.00"), *KNOWN_END]

    f = abs_nb.load_text(_pool(rows("Other Item A", "Other Item B")))
    # the two parts read alike either way round and their words say nothing: neither is
    # taken, the whole is
    assert f.collateral.loc["Group 1", "total_principal"] == 50_000.00
    assert {"Other Item A", "Other Item B"} == set(f.unmapped.label)
    # words nearer to one field than the other break the tie
    f = abs_nb.load_text(_pool(rows("Payoffs & Curtailments", "Net Recoveries on Liquidated Loans")))
    assert f.collateral.loc["Group 1", "liquidation_proceeds"] == 5_000.00
    assert f.collateral.loc["Total", "prepayments_and_curtailments"] == 75_000.00
    assert f.unmapped.empty


def test_a_row_no_identity_proves_stays_unmapped():
    # (whose words name no figure either: a deal figure's words would name it, by group)
    rows = [*KNOWN_TOP, ("Total Principal", "40,000.00", "80,000.00", "120,000.00"),
            ("Servicer Reimbursements Received", "7,123.45", "8,000.00", "15,123.45"), *KNOWN_END]
    rows[-1] = ("Ending Balance", "959,000.00", "1,918,000.00", "2,877,000.00")
    f = abs_nb.load_text(_pool(rows))
    assert set(f.unmapped.label) == {"Servicer Reimbursements Received"}
    assert not any("Servicer" in s for s in f.checks[f.checks.check == "row_role"].subject)
    # the same row whose words name a deal figure: the Total's the deal's, each group's the pool's
    rows[3] = ("Servicer Advances Outstanding", "7,123.45", "8,000.00", "15,123.45")
    f = abs_nb.load_text(_pool(rows))
    assert f.deal["advances_outstanding"] == 15_123.45
    assert f.collateral["advances_outstanding"].tolist() == [7_123.45, 8_000.00, 15_123.45]


def test_two_rows_the_numbers_allow_alike_settle_nothing():
    rows = [*KNOWN_TOP,
            ("Principal Remittance", "40,000.00", "60,000.00", "100,000.00"),
            ("Principal Available", "40,000.00", "60,000.00", "100,000.00"),
            ("Ending Balance", "959,000.00", "1,938,000.00", "2,897,000.00")]
    f = abs_nb.load_text(_pool(rows))
    assert {"Principal Remittance", "Principal Available"} <= set(f.unmapped.label)
    assert "total_principal" not in f.collateral.columns or f.collateral["total_principal"].isna().all()


def test_a_single_pool_row_is_proven_on_its_one_group_with_a_known_row():
    text = (HEAD.replace("COLLATERAL SUMMARY", "PRINCIPAL DISTRIBUTIONS") + "Beginning Balance                    1,000,000.00\n"
            "Scheduled Principal                     10,000.00\n"
            "Payoffs & Curtailments                  35,000.00\n"
            "Total Principal                         45,000.00\n"
            "Ending Balance                         955,000.00\n")
    f = abs_nb.load_text(text)
    assert f.collateral.loc["Total", "prepayments_and_curtailments"] == 35_000.00


def test_a_pool_row_of_whole_numbers_named_by_a_count_s_words_is_that_count():
    from abs_nb.parse.engine import walk
    w = walk("COLLATERAL\n\n                             Group 1     Group 2\n"
             "Beginning Balance           1,000.00    2,000.00\n"
             "Ending Balance                900.00    1,800.00\n"
             "Loan Count End of Period          31          42\n"
             "Number of Loans Outstanding       31          42\n")
    counts = sorted((c.row, c.column, c.token.text) for c in w.cells if c.column.endswith("_count"))
    assert counts == [("Group 1", "ending_count", "31"), ("Group 2", "ending_count", "42")]
    # a count is read once: the second row naming it stays unmapped
    assert [u.label for u in w.unmapped] == ["Number of Loans Outstanding"]


def test_a_row_leaving_a_group_blank_stands_under_the_groups_it_prints_one_figure_rows_do_not():
    from abs_nb.parse.engine import walk
    w = walk("COLLATERAL\n\n                             Group 1     Group 2\n"
             "Beginning Balance           1,000.00    2,000.00\n"
             "Scheduled Principal            10.00       20.00\n"
             "Payoffs & Curtailments                    180.00\n"
             "Total Principal                10.00      200.00\n"
             "Ending Balance                990.00    1,800.00\n\n"
             "Cushion Amount                            180.00\n")
    cells = sorted((c.row, c.token.text) for c in w.cells
                   if c.column == "prepayments_and_curtailments" and c.token is not None)
    assert cells == [("Group 2", "180.00")]
    # the one-figure line below the table is no pool row, whatever its figure
    assert [u.label for u in w.unmapped] == ["Cushion Amount"]


def test_a_deal_line_naming_a_pool_figure_near_a_one_pool_table_is_the_deal_s():
    import abs_nb
    f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\n\nCOLLATERAL\n"
                         "Beginning Balance                  1,550,000.00\n"
                         "Total Principal                       14,000.00\n"
                         "Ending Balance                     1,536,000.00\n\n"
                         "Number of Mortgage Loans:                   752\n")
    assert f.deal["loan_count"] == 752 and f.unmapped.empty
    assert f.collateral.loc["Total", "ending_count"] == 752  # the deal's figure stands in the Total too


def test_with_no_total_principal_the_balance_rolls_forward_by_the_prepayments_and_curtailments():
    import abs_nb
    # no label of the balances nor of the prepayments is known; the scheduled principal and
    # the curtailments are: 294,310,120.55 - 250,112.40 - 4,512,003.12 - 340,219.38 = 289,207,785.65
    f = abs_nb.load_text("STATEMENT TO CERTIFICATEHOLDERS\n\nCOLLATERAL INFORMATION\n"
                         "  Beginning Aggregate Loan Balance          294,310,120.55\n"
                         "  Scheduled Principal                           250,112.40\n"
                         "  Prepayments in Full                         4,512,003.12\n"
                         "  Curtailments                                  340,219.38\n"
                         "  Ending Aggregate Loan Balance              289,207,785.65\n"
                         "  Number of Loans at End of Period                    4,211\n")
    t = f.collateral.loc["Total"]
    assert (t.beginning_balance, t.prepayments, t.ending_balance) == (294_310_120.55, 4_512_003.12, 289_207_785.65)
    assert t.prepayments_and_curtailments == 4_852_222.50  # their sum, derived
    assert t.ending_count == 4_211 and f.unmapped.empty


def test_a_figure_equal_to_the_prepaid_whole_is_not_read_again_as_its_prepayments():
    from abs_nb.parse.engine import walk
    # the prepaid principal is printed whole: a line equal to it proves no prepayments
    w = walk("COLLATERAL\n\n                             Group 1     Group 2\n"
             "Beginning Balance           1,000.00    2,000.00\n"
             "Scheduled Principal            10.00       20.00\n"
             "Prepayments and Curtailments   30.00      180.00\n"
             "Total Principal                40.00      200.00\n"
             "Ending Balance                960.00    1,800.00\n\n"
             "Payoff Amounts                 30.00      180.00\n")
    assert not any(c.column in ("prepayments", "curtailments") for c in w.cells)
    assert [u.label for u in w.unmapped] == ["Payoff Amounts"]


def test_the_roll_forward_by_parts_with_one_term_known_proves_the_rest_over_three_columns():
    # no total principal printed and only the scheduled principal's label known: the balance
    # rolls forward by its parts in every column, to the cent, and the words tell the parts apart
    rows = [("Pool Balance Beginning of Period", "105,530,798.83", "152,282,885.66", "257,813,684.49"),
            ("Scheduled Principal", "67,089.71", "534,653.35", "601,743.06"),
            ("Principal Prepayments incl. Curtailments", "622,672.38", "3,625,868.94", "4,248,541.32"),
            ("Net Recoveries on Liquidated Loans", "2,249.21", "125,374.74", "127,623.95"),
            ("Loss Amount", "28,242.42", "3,172.22", "31,414.64"),
            ("Closing Collateral Balance", "104,810,545.11", "147,993,816.41", "252,804,361.52")]
    header = f"{'':<44}{'Group 1':>16}{'Group 2':>16}{'Total':>16}\n"
    f = abs_nb.load_text(HEAD + header + "".join(f"{lbl:<44}{a:>16}{b:>16}{c:>16}\n" for lbl, a, b, c in rows))
    c = f.collateral
    assert c.loc["Total", "beginning_balance"] == 257_813_684.49 and c.loc["Group 2", "ending_balance"] == 147_993_816.41
    assert c.loc["Group 1", "prepayments_and_curtailments"] == 622_672.38
    assert c.loc["Group 2", "liquidation_proceeds"] == 125_374.74 and c.loc["Total", "realized_losses"] == 31_414.64
    assert f.unmapped.empty
    # with one group and its Total (two columns), five unknown terms are not searched
    two = abs_nb.load_text(HEAD + f"{'':<44}{'Group 1':>16}{'Total':>16}\n" + "".join(
        f"{lbl:<44}{a:>16}{a:>16}\n" for lbl, a, _, _ in rows))
    assert two.collateral.get("beginning_balance") is None or two.collateral.beginning_balance.isna().all()


def test_a_part_read_by_its_words_is_never_left_out_of_its_sum():
    # liquidation proceeds are read by their label: a row of the same figures elsewhere
    # ("Total Liquidated Proceeds") is no repurchased principal by a sum that leaves them out
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 11/25/2005\n\nCOLLATERAL\n\n"
            "                                      Group I         Group II            Total\n"
            "-------------------------------- ------------- ---------------- ----------------\n"
            "Beginning Balance                 1,000,000.00     2,000,000.00     3,000,000.00\n"
            "Scheduled Principal                   1,000.00         2,000.00         3,000.00\n"
            "Principal Prepayments in Full        10,000.00        20,000.00        30,000.00\n"
            "-------------------------------- ------------- ---------------- ----------------\n"
            "Net Liquidation Proceeds                  0.00       144,205.87       144,205.87\n"
            "Total Principal Remittance Amount    11,000.00       166,205.87       177,205.87\n"
            "Ending Balance                      989,000.00     1,833,794.13     2,822,794.13\n\n"
            "REALIZED LOSS DETAIL\n\n"
            "                                      Group I         Group II            Total\n"
            "Total Liquidated Proceeds                 0.00       144,205.87       144,205.87\n"
            "Subsequent Recoveries                     0.00             0.00             0.00\n")
    f = abs_nb.load_text(text)
    c = f.collateral
    # the rule inside the table does not end it
    assert c.loc["Group 2", "liquidation_proceeds"] == 144_205.87 and c.loc["Total", "ending_balance"] == 2_822_794.13
    assert c["loan_purchases"].isna().all()
    assert f.checks[f.checks.check == "pool_principal"].status.eq("pass").all()


def test_loan_counts_rolling_forward_are_no_pools_balances():
    # 1,874 - 33 - 1 = 1,840 adds up as a roll-forward does: counts, by their words, not amounts
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 04/25/2003\n\nPOOL SUMMARY\n"
            "  Beginning Number of Loans            1,874\n  Loans Paid in Full                      33\n"
            "  Loans Repurchased                        1\n  Ending Number of Loans               1,840\n")
    f = abs_nb.load_text(text)
    c = f.collateral
    assert "Total" not in c.index or all(c.loc["Total", k] != 1_874 for k in ("beginning_balance", "ending_balance"))


def test_a_whole_number_where_the_pool_prints_cents_is_a_count_whatever_its_words_name():
    # "Loans Repurchased (1)" is the count of loans repurchased, not their principal: it
    # stays out of the reconciliation, whose deductions (in brackets) the roll-forward then
    # proves with the rows no label names, each stored as the positive amount it is
    def row(label: str, figure: str) -> str:
        return f"{label:<60}{figure:>20}\n"
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 25-Jun-07\n\n"
            + " " * 50 + "Collateral Statement\n\n" + " " * 70 + "Total Pool\n"
            + row("Beginning Principal Balance", "692,750,233.50")
            + row("  Scheduled Principal", "(311,249.51)")
            + row("  Curtailments", "(50,966.89)")
            + row("  Prepayments in Full", "(14,061,694.70)")
            + row("  Net Liquidation Proceeds", "(658,326.48)")
            + row("  Repurchased Principal", "(142,529.68)")
            + row("  Realized Losses", "(503,816.54)")
            + " " * 60 + "-" * 20 + "\n"
            + row("Ending Principal Balance", "677,021,649.70") + "\n"
            + row("Total Principal Remittance Amount", "15,224,767.26") + "\n"
            + row("Beginning Loan Count", "4,183")
            + row("  Loans Paid in Full", "(64)")
            + row("  Loans Repurchased", "(1)")
            + row("Ending Loan Count", "4,118"))
    f = abs_nb.load_text(text)
    c = f.collateral.loc["Total"]
    assert c.loan_purchases == 142_529.68 and c.prepayments == 14_061_694.70
    assert c.scheduled_principal == 311_249.51 and c.realized_losses == 503_816.54
    assert f.checks[f.checks.check == "deduction_signs"].status.tolist() == ["repaired"]
    roll = f.checks[f.checks.check == "pool_roll_forward"]
    assert roll.status.tolist() == ["pass"]


def test_a_sum_within_one_block_of_lines_is_read_before_sums_across_blocks():
    # under one header of groups, blocks of lines each under its heading: the balance rolls
    # forward in one, the principal's parts add up in another; the amounts distributed (the
    # principal collected plus extra principal) add up with figures of both blocks as well
    # (a part, an extra principal, a total): a table's rows stand together, so each block's
    # sums are read first
    orig = [("Original Loan Count", "1,874", "2,903", "4,777"),
            ("Original Stated Balance", "360,000,000.00", "540,000,000.00", "900,000,000.00")]
    rows = [("Beginning Stated Balance", "289,061,211.49", "390,237,080.83", "679,298,292.32"),
            ("Scheduled Principal", "356,674.90", "292,769.04", "649,443.94"),
            ("Principal Received Otherwise", "6,413,393.44", "12,989,680.69", "19,403,074.13"),
            ("Principal Losses", "86,572.62", "173,799.32", "260,371.94"),
            ("Ending Stated Balance", "282,204,570.53", "376,780,831.78", "658,985,402.31")]
    remit = [("Scheduled Principal", "356,674.90", "292,769.04", "649,443.94"),
             ("Curtailment Principal", "38,732.88", "63,086.07", "101,818.95"),
             ("Paid in Full Principal", "6,043,326.42", "12,580,498.85", "18,623,825.27"),
             ("Repurchased Principal", "186,696.11", "0.00", "186,696.11"),
             ("Liquidation Principal", "144,638.03", "346,095.77", "490,733.80"),
             ("Total Principal Remitted", "6,770,068.34", "13,282,449.73", "20,052,518.07")]
    paid = [("Principal Distribution Amount", "7,169,919.28", "13,456,249.05", "20,626,168.33"),
            ("Principal Remitted", "6,770,068.34", "13,282,449.73", "20,052,518.07"),
            ("Extra Principal Distribution", "399,850.94", "173,799.32", "573,650.26")]

    def lines(rs: list[tuple[str, str, str, str]]) -> str:
        return "".join(f"{lbl:<36}{a:>15}{b:>15}{c:>15}\n" for lbl, a, b, c in rs)
    text = (HEAD + "\nOriginal Loan Details\n\n" + GROUPS + lines(orig) + "\nCurrent Loan Details\n\n" + lines(rows)
            + "\nPrincipal Remitted\n\n" + lines(remit) + "\nDistributable\n\n" + lines(paid))
    c = abs_nb.load_text(text).collateral
    assert (c.loc["Group 1", "beginning_balance"], c.loc["Total", "ending_balance"]) == (289_061_211.49, 658_985_402.31)
    assert c.loc["Group 2", "realized_losses"] == 173_799.32
    assert c.loc["Total", "total_principal"] == 20_052_518.07
    assert (c.loc["Group 1", "prepayments"], c.loc["Group 1", "curtailments"]) == (6_043_326.42, 38_732.88)
    assert c.loc["Group 2", "loan_purchases"] == 0.0  # not the extra principal


def test_a_count_whose_words_name_another_count_of_the_deal_is_no_pool_count():
    text = (HEAD + _dotted("Beginning Pool Balance", "554,525,861.83") + _dotted("Scheduled Principal", "455,151.35")
            + _dotted("Prepayments in Full", "15,743,454.41") + _dotted("Ending Pool Balance", "538,327,256.07")
            + _dotted("Ending Loan Count", "3,298")
            + "\nOTHER INFORMATION\n" + _dotted("Number of Loans Liquidated - Current Period", "1"))
    f = abs_nb.load_text(text)
    assert f.collateral.loc["Total", "ending_count"] == 3_298
    assert f.deal["liquidated_loans"] == 1


def test_of_count_rows_naming_one_count_the_one_whose_every_word_names_it_is_read():
    # "LOAN COUNT - LIQUIDATED" names the ending count only with "liquidated" left out; the
    # row whose words all name it is read, the others stay listed
    rows = [*KNOWN_TOP, *KNOWN_END,
            ("LOAN COUNT - BEGINNING", "4,872", "1,310", "6,182"),
            ("LOAN COUNT - PAID IN FULL", "63", "19", "82"),
            ("LOAN COUNT - LIQUIDATED", "2", "0", "2"),
            ("LOAN COUNT - REPURCHASED", "0", "1", "1"),
            ("LOAN COUNT - ENDING", "4,807", "1,290", "6,097")]
    f = abs_nb.load_text(_pool(rows).replace("Realized Losses", "Realized Losses", 1))
    c = f.collateral
    assert (c.loc["Group 1", "ending_count"], c.loc["Total", "ending_count"]) == (4_807, 6_097)
    assert "LOAN COUNT - LIQUIDATED" in set(f.unmapped.label)


def test_a_pool_table_by_group_whose_five_roll_forward_terms_no_label_names_is_read():
    # no total principal printed, a loss in every group, deductions printed negative: the
    # balance rolls forward by four parts, none named, over three columns (to the dollar in
    # each, which no chance does)
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nCOLLATERAL SUMMARY\n"
            "      +----------------------------------------+--------------+--------------+-------------+\n"
            "      |                                        | Loan Group 1 | Loan Group 2 |  All Groups |\n"
            "      +----------------------------------------+--------------+--------------+-------------+\n"
            "      | Opening Collateral Balance             |  186,662,264 |  383,612,815 | 570,275,079 |\n"
            "      | Scheduled Principal Collections        |     -185,245 |     -718,800 |    -904,045 |\n"
            "      | Other Principal Collected              |   -1,129,263 |  -10,724,891 | -11,854,154 |\n"
            "      | Current Period Losses                  |      -10,072 |      -20,675 |     -30,747 |\n"
            "      | Closing Collateral Balance             |  185,337,684 |  372,148,449 | 557,486,133 |\n"
            "      +----------------------------------------+--------------+--------------+-------------+\n")
    c = abs_nb.load_text(text).collateral
    assert (c.loc["Group 1", "beginning_balance"], c.loc["Total", "ending_balance"]) == (186_662_264, 557_486_133)
    assert (c.loc["Group 2", "scheduled_principal"], c.loc["Group 2", "realized_losses"]) == (718_800, 20_675)
    # with no liquidation beside it, the other principal is all the principal not scheduled
    assert c.loc["Total", "unscheduled_principal"] == 11_854_154


def test_a_weighted_average_measured_at_the_period_s_beginning_is_that_average():
    rows = [*KNOWN_TOP, *KNOWN_END, ("Beginning Weighted Average Mortgage Rate", "7.76540%", "7.52203%", "7.61076%"),
            ("Beginning Weighted Average Remaining Term", "351", "352", "352")]

    def _pool(rs: list[tuple[str, str, str, str]]) -> str:  # labels wider than the module's tables'
        return (HEAD + " " * 49 + "Group 1        Group 2          Total\n"
                + "".join(f"{lbl:<44}{a:>12}{b:>15}{c:>15}\n" for lbl, a, b, c in rs))
    f = abs_nb.load_text(_pool(rows))
    c = f.collateral
    assert (c.loc["Group 1", "wac"], c.loc["Total", "wam"]) == (0.0776540, 352)
    # the word left out is said: the name is not proven by the words alone
    assert set(f.checks[f.checks.subject.str.startswith("Beginning Weighted")].status) == {"warn"}
    # printed at both ends of the period: which one is the pool's is not said, neither is read
    both = [*rows, ("Ending Weighted Average Mortgage Rate", "7.76000%", "7.52000%", "7.61000%")]
    f = abs_nb.load_text(_pool(both))
    assert "wac" not in f.collateral.columns or f.collateral["wac"].isna().all()
    assert {"Beginning Weighted Average Mortgage Rate", "Ending Weighted Average Mortgage Rate"} <= set(f.unmapped.label)


def test_a_line_whose_words_name_another_figure_is_never_read_as_a_balance_by_a_sum():
    from ._support import LETTER, PRINCIPAL_ITEM

    # 1,244,567.89 = 1,234,567.89 + 10,000.00 has the roll-forward's shape (beginning =
    # principal + ending), but its lines' words name the losses and the principal distributed
    f = abs_nb.load_text(LETTER + PRINCIPAL_ITEM)
    read = f.collateral.columns[f.collateral.notna().any()]
    assert "beginning_balance" not in read and "ending_balance" not in read
    assert ["1,244,567.89"] in f.unmapped["values"].tolist() and ["10,000.00"] in f.unmapped["values"].tolist()


def test_a_row_its_label_names_among_the_pools_figures_is_read_under_a_heading_naming_none():
    # a heading naming no section: a one-pool table's rows are read by their sums, and a row
    # the pool's vocabulary names outright that no identity covers is read as named
    text = HEAD + (
    "+---------------------------------------+----------------+\n"
    "|                                       |                |\n"
    "+---------------------------------------+----------------+\n"
    "| Beg Bal                               | 393,505,536.23 |\n"
    "| Regular Principal Received            |     573,801.29 |\n"
    "| Payoffs                               |  10,109,003.68 |\n"
    "| Curtailment Amount                    |                |\n"
    "| Net Recoveries on Liquidated Loans    |                |\n"
    "| Total Principal                       |  10,682,804.97 |\n"
    "| Net Realized Losses                   |                |\n"
    "| Closing Collateral Balance            | 382,822,731.26 |\n"
    "| Interest Collected                    |   2,240,459.10 |\n"
    "| Serv Fee                              |   (127,390.22) |\n"
    "| Scheduled Interest Less Servicing Fee |   2,113,068.88 |\n"
    "+---------------------------------------+----------------+\n")
    f = abs_nb.load_text(text)
    assert f.collateral.loc["Total", "scheduled_interest_net"] == 2_113_068.88
    role = f.checks[(f.checks.check == "row_role") & f.checks.subject.str.startswith("Scheduled Interest")]
    assert role.status.tolist() == ["pass"] and "names it among the pool's figures" in role.detail.iloc[0]
    # the fee in brackets above the interest net of it: the subtotal proves the deduction's sign
    assert f.deal["servicing_fee"] == 127_390.22


def test_a_row_the_walk_read_in_some_groups_blocks_is_read_as_named_in_the_others():
    # a generated report of a block of lines per group, an interest block in each whose
    # labels no vocabulary holds: the ending balance the walk read in two blocks is the
    # same label's figure in the other two
    from tests.synthetic.evaluate import score
    from tests.synthetic.generate import generate

    doc = generate(611)
    assert doc.shape["pool_blocks"] == "blocks" and doc.shape["pool_extras"] == "both"
    ending = [o for o in score(doc) if o.key[0] == "collateral" and o.key[2] == "ending_balance"]
    assert len(ending) == 4 and all(o.verdict == "right" for o in ending)


def test_a_weighted_average_by_group_with_the_total_s_column_blank_is_each_group_s():
    text = ('MONTHLY STATEMENT TO CERTIFICATEHOLDERS\n'
            '\n'
            '----------------------------------------------------------------------------------------------------------------------------\n'
            '                                              COLLATERAL STATEMENT\n'
            '\n'
            '                                                                   Group I              Group II                 Total\n'
            '                                                              (Fixed Rate)     (Adjustable Rate)\n'
            '----------------------------------------------------------------------------------------------------------------------------\n'
            'Cut-off Date Principal Balance                              180,012,408.33        220,013,592.84        400,026,001.17\n'
            'Beginning Principal Balance                                 171,404,226.81        208,337,590.15        379,741,816.96\n'
            '  Scheduled Principal                                           158,207.44            141,822.09            300,029.53\n'
            '  Principal Prepayments in Full                               2,917,335.62          4,406,218.77          7,323,554.39\n'
            '  Curtailments                                                   24,410.08             17,705.36             42,115.44\n'
            '  Net Liquidation Proceeds                                            0.00            101,882.18            101,882.18\n'
            '  Repurchases / Substitution Adjustments                              0.00                  0.00                  0.00\n'
            '  Realized Losses                                                     0.00             24,528.15             24,528.15\n'
            'Ending Principal Balance                                    168,304,273.67        203,645,433.60        371,949,707.27\n'
            '\n'
            'Principal Remittance Amount                                   3,099,953.14          4,667,628.40          7,767,581.54\n'
            'Extra Principal Distribution Amount                             467,304.30            703,624.45          1,170,928.75\n'
            '\n'
            'Gross Interest Collected                                      1,131,039.36          1,333,732.11          2,464,771.47\n'
            'Servicing Fee                                                    71,418.43             86,807.33            158,225.76\n'
            'Trustee Fee                                                       2,142.55              2,604.22              4,746.77\n'
            'Interest Remittance Amount (net of fees)                      1,057,478.38          1,244,320.56          2,301,798.94\n'
            '\n'
            'Beginning Loan Count                                                 1,688                 1,402                 3,090\n'
            'Ending Loan Count                                                    1,667                 1,375                 3,042\n'
            'Weighted Average Coupon                                           7.91840%              7.68214%\n'
            'Weighted Average Net Coupon                                       7.40340%              7.16714%\n')
    f = abs_nb.load_text(text)
    assert f.collateral.loc["Group 1", "wac"] == 0.079184 and f.collateral.loc["Group 2", "wac"] == 0.0768214
    assert f.collateral.loc["Group 1", "net_wac"] == 0.074034
    assert pd.isna(f.collateral.loc["Total", "wac"])  # an average the report does not print is never made up


def test_a_balance_its_words_name_is_never_read_as_a_flow_a_sum_of_three_lines_allows():
    # beginning = scheduled + ending holds as the principal's total = scheduled + unscheduled
    # does: the words name the balances, so the flows' reading is no reading (left unread)
    def block(group: int, begin: str, sched: str, end: str) -> str:
        return (f"============= LOAN GROUP {group} - COLLATERAL REPORT =============\n"
                f"  Principal Collections\n"
                f"    Beginning Aggregate Principal Balance           {begin}\n"
                f"    Scheduled Principal                               {sched}\n"
                f"    Ending Aggregate Principal Balance              {end}\n\n")
    f = abs_nb.load_text("MONTHLY STATEMENT TO CERTIFICATEHOLDERS\n\n"
                         + block(1, "118,406,221.47", "  121,880.63", "118,284,340.84")
                         + block(2, "131,902,455.08", "   98,114.20", "131,804,340.88"))
    assert "total_principal" not in f.collateral.columns or f.collateral["total_principal"].isna().all()
    assert "Beginning Aggregate Principal Balance" in set(f.unmapped.label)


def test_a_part_read_where_its_words_name_another_part_and_none_of_its_own_is_no_reading():
    # Prepayments, Repurchases and Liquidations: parts of one sum, their places interchangeable
    # by the numbers; 'Liquidations' holds no word of the curtailments' labels and comes
    # nearest the liquidation proceeds: no reading of the table takes it as the curtailments
    rows = [*KNOWN_TOP,
            ("Partial and Full Voluntary Prepayments", "35,000.00", "40,000.00", "75,000.00"),
            ("Repurchases", "4,000.00", "0.00", "4,000.00"),
            ("Liquidations", "1,000.00", "6,000.00", "7,000.00"),
            ("Ending Balance", "950,000.00", "1,934,000.00", "2,884,000.00")]
    f = abs_nb.load_text(_pool(rows))
    assert "curtailments" not in f.collateral.columns or f.collateral["curtailments"].isna().all()
    assert {"Liquidations", "Repurchases"} <= set(f.unmapped.label)


PRINCIPAL_SUMS = """STATEMENT TO CERTIFICATEHOLDERS
Distribution Date: 25-Oct-01

  (c)   the Principal Remittance Amount for each Loan Group:
                                                               Group I        Group II           Total
                  Scheduled Principal                       121,834.50       61,009.41      182,843.91
                  Principal Prepayments in full           1,894,318.22    2,613,480.55    4,507,798.77
                  Curtailments                               22,417.93        9,887.04       32,304.97
                  Net Liquidation Proceeds                   44,120.06            0.00       44,120.06
                  Principal Remittance Amount             2,082,690.71    2,684,377.00    4,767,067.71
                  Extra Principal Distribution Amount       361,364.78      441,398.79      802,763.57
                  Principal Distribution Amount           2,444,055.49    3,125,775.79    5,569,831.28
"""


def test_a_sum_and_its_extra_part_are_no_balances_rolled_forward():
    # the principal distributed less the principal remitted is its extra part: the shape of a
    # roll-forward, but an "ending balance" a sixth of the "beginning" in every group is none
    c = abs_nb.load_text(PRINCIPAL_SUMS).collateral
    assert c.beginning_balance.isna().all() and c.ending_balance.isna().all()
    assert c.loc["Group 1", "scheduled_principal"] == 121_834.50 and c.loc["Total", "total_principal"] == 4_767_067.71


def test_items_marked_in_brackets_are_looked_up_by_their_words():
    text = PRINCIPAL_SUMS.replace("                  Scheduled", "            (i)   Scheduled").replace(
        "                  Curtailments", "            (iii) Curtailments")
    c = abs_nb.load_text(text).collateral
    assert c.loc["Group 2", "scheduled_principal"] == 61_009.41 and c.loc["Total", "curtailments"] == 32_304.97


HELOC = """STATEMENT TO NOTEHOLDERS
Payment Date: 25-Nov-2003

COLLATERAL ACTIVITY (LINES OF CREDIT)
                                                    LOAN GROUP I     LOAN GROUP II             TOTAL
  Beginning Pool Balance                          141,883,164.90    451,760,228.17    593,643,393.07
  Principal Collections                             5,788,621.47     17,121,296.54     22,909,918.01
  Net Liquidation Proceeds                             18,412.55         61,208.30         79,620.85
  Total Principal Collections                       5,807,034.02     17,182,504.84     22,989,538.86
  Additional Balances (Draws)                       3,277,910.72     10,119,734.16     13,397,644.88
  Net Principal Collections                         2,529,123.30      7,062,770.68      9,591,893.98
  Liquidation Loss Amounts (Charge-Offs)               41,877.21        128,540.18        170,417.39
  Ending Pool Balance                             139,312,164.39    444,568,917.31    583,881,081.70
"""


def test_a_revolving_pool_s_principal_is_what_it_collected_its_draws_added_to_its_balance():
    # ending = beginning - principal collected - losses + draws; the net principal (collected
    # less drawn) keeps a roll-forward without the draws too, but the draws are printed
    f = abs_nb.load_text(HELOC)
    c = f.collateral
    assert c["total_principal"].tolist() == [5_807_034.02, 17_182_504.84, 22_989_538.86]
    assert c["additional_balances"].tolist() == [3_277_910.72, 10_119_734.16, 13_397_644.88]
    roll = f.checks[f.checks.check == "pool_roll_forward"]
    assert len(roll) == 3 and (roll.status == "pass").all()
    assert roll.detail.str.endswith("+ additional balances").all()
