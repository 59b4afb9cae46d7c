"""abs_nb.parse.deal_lines: deal lines of unknown labels read where an identity proves them."""

from __future__ import annotations

import pandas as pd

import abs_nb

CLASSES = ("STATEMENT TO CERTIFICATEHOLDERS\n\nCLASS PAYMENTS\n"
           "Class   Beginning Balance    Principal   Ending Balance\n"
           "A-1          1,000,000.00    20,000.00       980,000.00\n"
           "M-1            500,000.00         0.00       500,000.00\n"
           "X               50,000.00         0.00        55,000.00\n\n"
           "PRINCIPAL DISTRIBUTIONS\n"
           "Beginning Balance                  1,550,000.00\n"
           "Total Principal                       14,000.00\n"
           "Realized Losses                        1,000.00\n"
           "Ending Balance                     1,535,000.00\n"
           "Ending Count                              1,234\n\n")


def test_o_c_amount_extra_principal_and_loan_count_by_their_identities():
    f = abs_nb.load_text(CLASSES + "Current Cushion                        55,000.00\n"
                                   "Turbo Paydown                           5,000.00\n"
                                   "Mortgages Remaining                        1,234\n")
    assert f.deal["oc_amount"] == 55_000.00  # 1,535,000 - (980,000 + 500,000): X is not a certificate
    assert f.deal["oc_increase"] == 5_000.00  # 20,000 - 14,000 - 1,000
    assert f.deal["loan_count"] == 1234
    roles = f.checks[f.checks.check == "row_role"]
    assert {"oc_amount", "oc_increase", "loan_count"} <= {d.split(":")[0] for d in roles.detail}
    assert set(roles.status) == {"pass"}
    assert f.unmapped.empty


def test_a_figure_two_lines_print_proves_neither():
    f = abs_nb.load_text(CLASSES + "Current Cushion                        55,000.00\n"
                                   "Cushion Floor                          55,000.00\n")
    assert "oc_amount" not in f.deal or f.deal.get("oc_amount") != f.deal.get("oc_amount")
    assert {"Current Cushion", "Cushion Floor"} <= set(f.unmapped.label)


def test_words_naming_another_figure_win_over_an_identity_two_equal_figures_meet():
    # O/C at its target: the required O/C equals pool ending balance - certificates (55,000)
    f = abs_nb.load_text(CLASSES + "Required O/C                           55,000.00\n")
    assert f.deal["oc_target"] == 55_000.00
    assert "oc_amount" not in f.deal or f.deal["oc_amount"] != f.deal["oc_amount"]


def test_a_line_no_identity_proves_is_named_by_its_words_when_they_leave_no_doubt():
    f = abs_nb.load_text(CLASSES + "Required O/C                         60,000.00\n"
                                   "Gross WAC                              7.125%\n")
    assert f.deal["oc_target"] == 60_000.00
    assert abs(f.deal["wac"] - 0.07125) < 1e-12
    roles = f.checks[f.checks.check == "row_role"]
    assert roles.detail.str.startswith("oc_target: every word of the label").any()


def test_words_never_name_a_figure_of_the_wrong_kind_nor_one_two_lines_name():
    f = abs_nb.load_text(CLASSES + "Gross WAC                          125,000.00\n"  # an amount is no rate
                                   "Required O/C                         60,000.00\n"
                                   "O/C Required                         61,000.00\n")  # two lines, one figure
    assert "wac" not in f.deal or f.deal["wac"] != f.deal["wac"]
    assert "oc_target" not in f.deal or f.deal["oc_target"] != f.deal["oc_target"]
    assert {"Required O/C", "O/C Required"} <= set(f.unmapped.label)
    # the amount under a rate's words stays unread, and is said so
    said = f.checks[f.checks.check == "unreadable_value"].detail
    assert "Gross WAC" in set(f.unmapped.label) or said.str.contains("an amount where a rate belongs: 125,000.00").any()


def test_a_word_no_figure_s_labels_hold_is_left_out_and_the_name_is_a_warn():
    f = abs_nb.load_text(CLASSES + "Monthly Excess Cash Flow Remitted       3,000.00\n"
                                   "Beginning Invested Amount              70,000.00\n")
    # 'remitted' is a word of no deal figure: the other words name one field, 'monthly' its own
    assert f.deal["net_monthly_excess_cash_flow"] == 3_000.00
    role = f.checks[(f.checks.check == "row_role") & f.checks.subject.str.startswith("Monthly Excess")]
    assert list(role.status) == ["warn"] and "'remitted'" in role.detail.iloc[0]
    # 'invested' left out, 'beginning' and 'amount' stand in many figures' labels: no name
    assert "Beginning Invested Amount" in set(f.unmapped.label)


def test_words_name_only_the_figures_of_the_line_s_kind():
    # 'cumulative' and 'loss' stand in the labels of two deal figures, an amount and a rate:
    # the kind of the printed figure tells them apart
    amount = abs_nb.load_text(CLASSES + "Cumulative Losses to Date              12,345.67\n")
    rate = abs_nb.load_text(CLASSES + "Cumulative Losses to Date                 0.42%\n")
    assert amount.deal["cumulative_realized_losses"] == 12_345.67
    assert "cumulative_loss_rate" not in amount.deal or amount.deal["cumulative_loss_rate"] != amount.deal["cumulative_loss_rate"]
    assert abs(rate.deal["cumulative_loss_rate"] - 0.0042) < 1e-12
    assert "cumulative_realized_losses" not in rate.deal or rate.deal["cumulative_realized_losses"] != rate.deal["cumulative_realized_losses"]


def test_a_real_statement_s_extra_principal_named_by_its_words_keeps_the_o_c_roll():
    from pathlib import Path

    import pytest
    path = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "044_household-hel-2001-1-2001-12-statement.txt"
    if not path.exists():
        pytest.skip("../shared/corpus is not beside the checkout")
    f = abs_nb.load(path)
    # printed: "Extra Principal Distribution Amount ... 4,605,204.80", a label the vocabulary lacks
    assert f.deal["oc_increase"] == 4_605_204.80
    checks = f.checks.set_index("check")
    # O/C beginning 105,945,010.50 + 4,605,204.80 - release 0 = O/C amount 110,550,215.30
    assert checks.loc["oc_roll_forward", "status"] == "pass"
    assert checks.loc["certificate_principal", "status"] == "pass"


def test_a_whole_label_of_one_figure_printed_in_a_longer_line_names_it_with_a_warn():
    # "O/C Amount" is a whole label of the O/C amount; the words of the line also stand in
    # the O/C target's and release's labels, but none of those is printed whole; 'period'
    # is a word of no deal figure, so the name (no identity proves 12,345.00) is a warn naming it
    f = abs_nb.load_text(CLASSES + "O/C Amount (end of period):          12,345.00\n")
    assert f.deal["oc_amount"] == 12_345.00
    role = f.checks[(f.checks.check == "row_role") & f.checks.subject.str.startswith("O/C Amount")]
    assert list(role.status) == ["warn"] and "'period'" in role.detail.iloc[0]


def test_a_word_many_figures_labels_hold_is_left_out_and_the_name_is_flagged():
    # "aggregate" (total) stands in the labels of many deal figures and of no cumulative loss:
    # the other words name the figure, with a warn saying what was left out
    f = abs_nb.load_text(CLASSES + "Aggregate Losses Since Closing          12,345.67\n")
    assert f.deal["cumulative_realized_losses"] == 12_345.67
    role = f.checks[(f.checks.check == "row_role") & f.checks.subject.str.startswith("Aggregate Losses")]
    assert list(role.status) == ["warn"]
    assert "'total', a word of other figures' labels" in role.detail.iloc[0]


def test_a_common_word_is_never_left_out_when_a_field_holds_every_word():
    # "Number of Loans in REO": every known word is a word of the loan count's labels, none
    # only of it, and "reo" no deal figure's: no deal figure (it is the REO count)
    f = abs_nb.load_text(CLASSES + "Number of Loans in REO                  13\n")
    assert f.deal["loan_count"] == 1234  # the pool's ending count, never the REO line's
    assert list(f.delinquency.status) == ["reo"] and list(f.delinquency["count"]) == [13]


def test_two_lines_naming_one_figure_and_printing_it_alike_print_one_figure():
    f = abs_nb.load_text(CLASSES + "Required O/C                         60,000.00\n"
                                   "O/C Required                         60,000.00\n")
    assert f.deal["oc_target"] == 60_000.00
    roles = f.checks[f.checks.check == "row_role"]
    assert len(roles) == 2 and roles.detail.str.contains("name it and print it alike").all()
    assert not {"Required O/C", "O/C Required"} & set(f.unmapped.label)


def test_words_naming_the_pool_s_column_of_a_figure_printed_once_name_the_deal_s_figure():
    # "Loans Outstanding" holds no word of the deal's loan count labels but "loan"; it holds
    # every word of a label of the pool's ending count, the same figure printed once
    f = abs_nb.load_text(CLASSES.replace("1,234", "3,385") + "Loans Outstanding                  3,385\n")
    assert f.deal["loan_count"] == 3_385
    f = abs_nb.load_text(CLASSES + "Loans Outstanding                  3,385\n")
    assert f.deal["loan_count"] == 3_385
    role = f.checks[(f.checks.check == "row_role") & f.checks.subject.str.startswith("Loans Outstanding")]
    assert role.detail.iloc[0].startswith("loan_count: every word of the label is a word of the pool's ending_count's")
    # and it is checked against the pool's: 3,385 loans is not the pool's 1,234
    assert f.checks[f.checks.check == "deal_vs_pool"].status.tolist() == ["fail"]


def test_accelerated_principal_is_the_extra_principal_and_an_amount_prints_cents_at_most():
    f = abs_nb.load_text(CLASSES + "Accelerated Principal                  1,234.56\n")
    assert f.deal["oc_increase"] == 1_234.56
    # six decimals print a figure per $1,000 (or a rate): no amount of the deal
    f = abs_nb.load_text(CLASSES + "Accelerated Principal Distribution Amount   -0.307740\n")
    assert "oc_increase" not in f.deal
    assert "Accelerated Principal Distribution Amount" in set(f.unmapped.label)


def test_a_yes_or_no_after_a_dot_leader_is_the_flag_its_words_point_to():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 11/25/2003\n\n"
            "  Trigger Event in effect ................................................. No\n"
            "  Stepdown Date has occurred .............................................. Yes\n"
            "  Event of Default ........................................................ No\n")
    f = abs_nb.load_text(text)
    assert f.deal["trigger_event"] in (False,) and f.deal["stepdown_occurred"] in (True,)
    # a word of one flag is not enough: an event of default is no trigger event
    assert not (f.checks.check == "duplicate_value").any()


def test_a_yes_or_no_in_a_cell_of_its_own_is_the_flag_its_label_points_to():
    text = ("<html><body><p>STATEMENT TO CERTIFICATEHOLDERS</p><p>Distribution Date: 06/26/2006</p>"
            "<table><tr><td>Stepdown Date Occurred?</td><td>&nbsp;</td><td>No</td></tr>"
            "<tr><td>Trigger Event in Effect?</td><td>&nbsp;</td><td>Yes</td></tr></table></body></html>")
    f = abs_nb.load_text(text)
    assert f.deal["stepdown_occurred"] in (False,) and f.deal["trigger_event"] in (True,)


def test_of_two_pairs_side_by_side_each_label_names_its_own_figure_never_its_neighbour_s():
    # the line's last figure is the right pair's: the left label's figure is its own
    f = abs_nb.load_text(CLASSES + "Ending Pool Principal Balance      282,403,688.25     Weighted Average Remaining Term   334\n")
    assert f.deal["wam"] == 334
    assert 334 not in [v for k, v in f.deal.items() if k != "wam"]


def test_the_oc_amount_where_the_oc_class_is_named_ce_and_a_p_class_holds_a_deposit():
    text = (CLASSES.replace("X               50,000.00         0.00        55,000.00\n",
                            "CE              50,000.00         0.00        55,000.00\n"
                            "P                  100.00         0.00           100.00\n")
            + "Overcollateralization Amount (after distribution)   55,000.00\n")
    f = abs_nb.load_text(text)
    assert f.deal["oc_amount"] == 55_000.00  # 1,535,000 - (980,000 + 500,000): CE holds the O/C, P's $100 is apart
    checks = f.checks.set_index("check")
    assert "CE" in checks.loc["x_is_oc_amount", "subject"] and checks.loc["x_is_oc_amount", "status"] == "pass"


def test_a_flags_answer_before_an_aside_within_an_aside_and_the_same_for_every_group():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 25-Oct-04\n\n"
            "Stepdown Date has occurred:         No       (Stepdown Date no earlier than November 2009)\n"
            "TRIGGER EVENT IN EFFECT (DELINQUENCY OR LOSS TEST):                  NO\n")
    f = abs_nb.load_text(text)
    assert (f.deal["stepdown_occurred"], f.deal["trigger_event"]) == (False, False)
    by_group = "Trigger Event in Effect?                  No                    {}\n"
    assert abs_nb.load_text(text.split("Stepdown")[0] + by_group.format("No")).deal["trigger_event"] is False
    # groups answering apart: no answer is the deal's
    f = abs_nb.load_text(text.split("Stepdown")[0] + by_group.format("Yes"))
    assert "trigger_event" not in f.deal.dropna().index


def test_an_identity_computing_a_negative_increase_proves_no_line():
    # the certificates are paid 20,000 while the pool paid 14,000 and lost 7,000: the
    # "increase" computes to -1,000, as a write-down printed in brackets does; it is none
    text = CLASSES.replace("Realized Losses                        1,000.00",
                           "Realized Losses                        7,000.00").replace(
        "Ending Balance                     1,535,000.00", "Ending Balance                     1,529,000.00")
    f = abs_nb.load_text(text + "Applied Loss Amount                    (1,000.00)\n")
    assert "oc_increase" not in f.deal.index
    assert "Applied Loss Amount" in set(f.unmapped.label)


def test_with_no_certificates_read_no_line_is_the_o_c_amount_by_the_pool_s_balance_alone():
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nPOOL\n"
            "Beginning Balance                  1,550,000.00\n"
            "Total Principal                       14,000.00\n"
            "Realized Losses                        1,000.00\n"
            "Ending Balance                     1,535,000.00\n\n"
            "OTHER\nCollateral Value Outstanding       1,535,000.00\n")
    f = abs_nb.load_text(text)
    assert "oc_amount" not in f.deal.index
    assert "Collateral Value Outstanding" in set(f.unmapped.label)


def test_a_deal_line_is_read_less_its_item_marks_its_operator_and_an_aside_stating_its_rate():
    f = abs_nb.load_text(CLASSES + "DEAL INFORMATION\n"
                                   "(q) Less: Monthly Servicing Fee (0.50% per annum of the Pool Balance) ....    645.83\n"
                                   "(r) Cumulative Realized Losses since the Cut-off Date ...............  9,750.00\n")
    assert f.deal["servicing_fee"] == 645.83
    assert f.deal["cumulative_realized_losses"] == 9750.00
    check = f.checks[f.checks.subject.str.startswith("(q) Less: Monthly Servicing Fee")]
    assert "read as 'Monthly Servicing Fee'" in check.detail.item()


def test_an_aside_saying_when_or_whose_is_part_of_the_name_and_the_period_s_losses_are_no_cumulative_ones():
    f = abs_nb.load_text(CLASSES + "DEAL INFORMATION\n"
                                   "Subordinated Amount (prior to distribution) ......     60,125.00\n"
                                   "Current Period Realized Losses (Group 1 / Group 2) ......  0.00 / 1,000.00\n"
                                   "Net Losses for the Collection Period ..............      1,000.00\n"
                                   "Unpaid Net WAC Cap Carryover (Class A-1) ........          0.00\n")
    assert "oc_amount" not in f.deal.index  # the amount before the distribution is not the O/C amount
    assert "cumulative_realized_losses" not in f.deal.index
    assert "net_wac" not in f.deal.index  # a carryover of the net WAC cap is no net WAC
    unread = set(f.unmapped.label)
    assert {"Subordinated Amount (prior to distribution) ......",
            "Unpaid Net WAC Cap Carryover (Class A-1) ........"} <= unread


def test_the_words_next_to_a_figure_name_it_where_other_words_stand_before_them_on_its_line():
    f = abs_nb.load_text(CLASSES + "DEAL INFORMATION\n"
                                   "Interest Period: 10/25/04 to 11/24/04 (31 days)      One-Month LIBOR:    1.63375%\n"
                                   "Administrator: Jane Roe (212) 555-0100               1M LIBOR            1.63375%\n")
    assert f.deal["index_rate"] == 0.0163375
    check = f.checks[f.checks.subject.str.startswith("Interest Period")]
    assert "read as 'One-Month LIBOR:'" in check.detail.item()


def test_a_figure_printed_among_words_after_its_label_is_named_and_one_in_a_sentence_is_not():
    f = abs_nb.load_text(CLASSES + "DEAL INFORMATION\n"
                                   "One-Month LIBOR:   4.04000%        Administrator:   Karen Ross  (212) 555-0100\n"
                                   "Class A-1 accrues at one-month LIBOR 4.04000% plus 0.20% on an actual/360 basis.\n"
                                   "Servicing fees this month were 1,250.00, paid from interest collected.\n")
    assert f.deal["index_rate"] == 0.0404
    assert f.source_text.splitlines()[f.source_of("deal", "deal", "index_rate") - 1].startswith("One-Month LIBOR:")
    assert "servicing_fee" not in f.deal.index  # a figure in a sentence names nothing
    assert {"1,250.00,", "4.04000%"} <= {v for vals in f.unmapped["values"] for v in vals}  # listed, unread


def test_a_figure_below_zero_names_no_count_or_balance_by_its_words():
    # 'Less: Loans Paid in Full (61)' takes loans out: no count or balance its words come near
    text = ("STATEMENT TO CERTIFICATEHOLDERS\n\nCOLLATERAL SUMMARY\n"
            "Beginning Number of Loans                   2863\n"
            "  Less: Loans Paid in Full                   (61)\n"
            "Ending Number of Loans                       2802\n")
    f = abs_nb.load_text(text)
    assert not any(v == -61 for v in f.deal.values)
    assert "Less: Loans Paid in Full" in set(f.unmapped.label)


def test_an_aside_saying_the_figure_is_a_part_of_the_amount_keeps_it_from_that_amount():
    text = ("STATEMENT TO NOTEHOLDERS\n\nINTEREST WATERFALL\n"
            "    Available Distribution Amount ...................................  1,234,567.89\n"
            "    (i)   Servicing Fee (investor portion) ..........................   113,285.13\n"
            "    (ii)  Trustee Fee (0.01% per annum) .............................     2,360.11\n")
    f = abs_nb.load_text(text)
    assert "servicing_fee" not in f.deal.index or pd.isna(f.deal.get("servicing_fee"))
    assert any(u.label.startswith("(i)") for u in f.unmapped.itertuples())
    # an aside stating the fee's rate says nothing of which figure it is
    g = abs_nb.load_text(text.replace("(investor portion)", "(0.50% p.a.)     "))
    assert g.deal["servicing_fee"] == 113_285.13
