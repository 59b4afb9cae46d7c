"""abs_nb.parse.vocabulary: lookups by section and target, with one memo for every target set."""

from __future__ import annotations

import pytest

from abs_nb.parse.vocabulary import Vocabulary, override, packaged_rows, vocabulary

ROWS = [
    # scope, label, target, field, type, context
    {"scope": "pool", "label": "ending balance", "target": "collateral", "field": "ending_balance", "type": "money"},
    {"scope": "pool", "label": "ending balance", "target": "measure", "field": "balance", "type": ""},
    {"scope": "*", "label": "ending balance", "target": "deal", "field": "deal_ending", "type": "money"},
    {"scope": "*", "label": "class * net wac rate", "target": "deal", "field": "net_wac", "type": "rate"},
]


def test_each_target_set_gets_its_own_first_entry_from_one_memo():
    v = Vocabulary(ROWS)
    # the same printed label, asked for with different targets, in any order
    assert v.lookup("Ending Balance", "pool", ("measure",)).field == "balance"
    assert v.lookup("Ending Balance", "pool").field == "ending_balance"
    assert v.lookup("Ending Balance", "pool", ("deal",)).field == "deal_ending"  # scope '*' after the section's
    assert v.lookup("Ending Balance", "pool", ("group",)) is None
    assert v.lookup("Ending Balance", "delinquency").field == "deal_ending"  # only '*' applies there
    assert v.lookup("Ending Balance", "pool", ("collateral", "measure")).field == "ending_balance"  # file order


def test_patterns_come_after_exact_labels_and_keep_their_capture():
    v = Vocabulary(ROWS)
    hit = v.lookup("Class A-IO Net WAC Rate", "pool", ("deal",))
    assert (hit.field, hit.capture) == ("net_wac", "a io")
    assert v.lookup("Class A-IO Net WAC Rate", "pool", ("collateral",)) is None
    assert v.lookup("   ", "pool") is None  # nothing left after normalising


def test_the_packaged_vocabulary_answers_as_documented():
    v = vocabulary()
    assert v.lookup("O/C Target Amt", "pool").field == "oc_target"
    assert v.lookup("O/C Target Amt", "pool", ("heading",)) is None
    assert v.lookup("O/C Target Amt", "pool").field == "oc_target"  # a miss for one target set changes nothing


def test_word_sets_read_abbreviations_orders_and_plurals_of_known_labels():
    v = vocabulary()
    for printed in ("Scheduled Principal", "Sched. Prin.", "Principal, Scheduled", "SCHEDULED PRINCIPALS"):
        assert v.lookup(printed, "pool").field == "scheduled_principal", printed
    assert v.lookup("Overcollateralization Target Amount", "*", ("deal",)).field == "oc_target"
    assert v.lookup("Number of Liquidated Loans", "*", ("deal",)).field == "liquidated_loans"


def test_a_typo_is_read_within_a_bounded_edit_distance_never_beyond():
    v = vocabulary()
    assert v.lookup("DISTRIBUTION SUMMARYS", "*", ("heading",)).field == "classes"
    assert v.lookup("Trigger Event Occurance", "*", ("deal",)).field == "trigger_event"
    assert v.lookup("Bal of Subequent Loans", "*", ("deal",)).field == "subsequent_loans_balance"
    # short words are never corrected (prin / prim), and two edits are too many for a 7-letter word
    assert v.lookup("Sched Prim", "pool") is None
    assert v.correct("balxxce") == "balxxce"


def test_a_word_set_two_fields_share_is_ambiguous_and_matches_nothing():
    rows = [
        {"scope": "*", "label": "principal balance", "target": "deal", "field": "a", "type": "money"},
        {"scope": "*", "label": "balance principal", "target": "deal", "field": "b", "type": "money"},
    ]
    v = Vocabulary(rows)
    assert v.lookup("principal balance", "*").field == "a"  # the exact label still reads
    assert v.lookup("Principal Balances", "*") is None


def test_a_label_known_as_a_column_elsewhere_is_no_reworded_heading():
    v = vocabulary()
    # "Int Short" names a class column; the heading "Int Shortfalls" has the same words
    assert v.lookup("Int Short", "report", ("heading",)) is None
    assert v.lookup("Int Shortfalls", "report", ("heading",)).field == "shortfall"


def test_a_fragment_of_a_wrapped_label_matches_nothing():
    v = vocabulary()
    assert v.lookup("of Balance", "report", ("measure",)) is None
    assert v.lookup("Balance", "report", ("measure",)).field == "balance"


def _row(scope: str, label: str, target: str, field: str) -> dict[str, str]:
    return {"scope": scope, "label": label, "target": target, "field": field, "type": "money", "context": ""}


def test_a_field_s_own_name_spelled_out_is_a_label_of_it_where_its_labels_stand():
    v = Vocabulary([_row("*", "cum real losses since startup", "deal", "cumulative_realized_losses"),
                    _row("*", "end oc amt", "deal", "oc_amount"),
                    _row("pool", "liq proceeds", "collateral", "liquidation_proceeds")])
    assert v.lookup("Cumulative Realized Losses", "delinquency").field == "cumulative_realized_losses"
    assert v.lookup("Overcollateralization Amount", "pool").field == "oc_amount"  # "oc" spelled out
    assert v.lookup("Liquidation Proceeds", "pool").field == "liquidation_proceeds"
    # a pool field's name names it in the pool's section only: "Liquidation Proceeds" under
    # another heading may be anything's
    assert v.lookup("Liquidation Proceeds", "delinquency") is None


def test_a_field_name_two_targets_share_names_it_in_a_section_s_own_scope_only_and_a_label_wins():
    v = Vocabulary([_row("*", "losses this period", "deal", "realized_losses"),
                    _row("pool", "current losses", "collateral", "realized_losses"),
                    _row("*", "oc def amt", "deal", "oc_deficiency"),
                    _row("*", "oc deficiency", "deal", "oc_release")])  # a label already holds the word set
    # in every section, neither; in the pool's own, the pool's
    assert v.lookup("Realized Losses", "deal") is None and v.lookup("Realized Losses", "delinquency") is None
    assert v.lookup("Realized Losses", "pool", ("collateral",)).field == "realized_losses"
    assert v.lookup("OC Deficiency", "deal").field == "oc_release"


def test_the_packaged_vocabulary_reads_the_common_names_of_deal_figures():
    v = vocabulary()
    found = {label: (e.field if (e := v.lookup(label, "deal", ("deal",))) else None)
             for label in ("Weighted Average Coupon", "Cumulative Realized Losses", "Loan Count",
                           "Overcollateralization Increase", "Net Monthly Excess Cash Flow")}
    assert found == {"Weighted Average Coupon": "wac", "Cumulative Realized Losses": "cumulative_realized_losses",
                     "Loan Count": "loan_count", "Overcollateralization Increase": "oc_increase",
                     "Net Monthly Excess Cash Flow": "net_monthly_excess_cash_flow"}


def test_the_trade_s_synonyms_name_one_field():
    v = vocabulary()
    found = {label: (e.field if (e := v.lookup(label, "deal", ("deal",))) else None)
             for label in ("Specified Overcollateralization Amount", "Weighted Average Mortgage Rate",
                           "Wtd. Avg. Remaining Term")}
    assert found == {"Specified Overcollateralization Amount": "oc_target",
                     "Weighted Average Mortgage Rate": "wac", "Wtd. Avg. Remaining Term": "wam"}


def test_a_covering_name_compares_words_by_their_root():
    v = vocabulary()
    amounts = frozenset({"oc_amount", "oc_target", "oc_increase"})
    # 'overcollateralized' is of the root of 'overcollateralization'
    assert v.covering("Outstanding Overcollateralized Amount", "*", "deal", amounts) == "oc_amount"
    assert v.covering("Outstanding Undercollateralized Amount", "*", "deal", amounts) is None


def test_a_covering_name_says_the_most_of_what_one_of_the_field_s_labels_says():
    v = vocabulary()
    counts = frozenset({"wam", "loan_count"})
    # 'mortgage' and 'remaining' are words of WAM's labels, two of the six of its longest
    assert v.covering("Mortgages Remaining", "*", "deal", counts) is None
    assert v.covering("Remaining Term", "*", "deal", counts) == "wam"


def test_a_label_is_named_without_a_phrase_saying_when_its_figure_stands():
    v = vocabulary()
    # looked up as printed, less the phrase
    assert v.lookup("O/C Target Amt for the Distribution Date", "*", ("deal",)).field == "oc_target"
    assert v.lookup("Specified Overcollateralization Amount during the Collection Period", "*", ("deal",)).field == "oc_target"
    assert v.lookup("O/C Target Amt for the Prior Period", "*", ("deal",)) is None
    # named by its words: the phrase's words ('accrual', 'period') are none of the name's
    rates = v.fields_of_type("deal", "rate")
    assert v.covering("One-Month LIBOR for the current Accrual Period", "*", "deal", rates) == "index_rate"
    # of two figures the head's words name alike, the period's own
    money = v.fields_of_type("deal", "money")
    assert v.covering("Realized Losses", "*", "deal", money) is None
    assert v.covering("Realized Losses for the Collection Period", "*", "deal", money) == "realized_losses"


def test_a_hint_weighs_the_telling_words_a_label_lacks_against_its_field():
    rows = [
        {"scope": "classes", "label": "loss", "target": "classes", "field": "realized_loss", "type": "money"},
        {"scope": "classes", "label": "cumulative realized loss", "target": "classes",
         "field": "cumulative_realized_loss", "type": "money"},
        {"scope": "classes", "label": "principal", "target": "classes", "field": "principal", "type": "money"},
        {"scope": "classes", "label": "principal balance", "target": "classes", "field": "beginning_balance",
         "type": "money"},
    ]
    v = Vocabulary(rows)
    # "loss" stands in the labels of both loss fields; the cumulative one needs a word not printed
    assert v.hint("Applied Loss Amount", "classes", ("classes",)) == "realized_loss"
    assert v.hint("Cumulative Loss", "classes", ("classes",)) == "cumulative_realized_loss"
    # one telling word for each of two fields: the head of the phrase, its last word, breaks the tie
    assert v.hint("Principal Loss", "classes", ("classes",)) == "realized_loss"
    # a word no label of these fields holds names nothing
    assert v.hint("Applied Amount", "classes", ("classes",)) is None


def test_a_hint_among_the_fields_of_the_identities_at_hand_counts_only_their_labels():
    v = vocabulary()
    # "prepayment" stands in the labels of several pool fields, of one pool-sum field only
    assert v.hint("Voluntary Prepayments", "pool", ("collateral",)) is None
    assert v.hint("Voluntary Prepayments", "pool", ("collateral",),
                  frozenset({"scheduled_principal", "prepayments_and_curtailments", "total_principal"})
                  ) == "prepayments_and_curtailments"


def test_the_fields_a_hint_is_among_are_named_by_their_own_names_labels_or_not():
    v = Vocabulary(ROWS)  # no label of any pool-sum field
    among = frozenset({"scheduled_principal", "prepayments_and_curtailments", "total_principal"})
    assert v.hint("Sched. Prin.", "pool", ("collateral",), among) == "scheduled_principal"
    assert v.hint("Prepays/Curts", "pool", ("collateral",), among) == "prepayments_and_curtailments"
    assert v.hint("Sched. Prin.", "pool", ("collateral",)) is None  # no field to compare with


def test_words_no_label_of_the_target_holds_point_nowhere_and_never_name_alone():
    v = vocabulary()
    counts = frozenset({"beginning_count", "ending_count"})
    assert v.idle_words("Active Loan Count", "pool", "collateral") == ["active"]
    assert v.covering("Active Loan Count", "pool", "collateral", counts) == "ending_count"
    # a word of a known word's root is no idle word: it points where that word does
    assert v.idle_words("Current Overcollateralized Amount", "*", "deal") == []
    # the idle words are not the more of the label
    assert v.covering("Loans Active Today", "pool", "collateral", counts) is None
    # no word only one field's labels hold: the generic words name nothing
    deal = frozenset(f for f in v.fields("deal") if "{" not in f)
    assert v.covering("Ending Invested Amount", "*", "deal", deal) is None


def test_a_tie_between_hints_goes_to_the_head_of_the_noun_phrase():
    # "principal" and "loss" each stand in two fields' labels: the words tie, and the last
    # word a field holds names the thing (a Principal Loss is a loss)
    v = vocabulary()
    assert v.hint("Principal Loss", "classes", ("classes",)) == "realized_loss"
    assert v.hint("Prin Losses Amount", "classes", ("classes",)) == "realized_loss"
    assert v.hint("Loss Principal", "classes", ("classes",)) == "principal"


def test_aggregate_means_total_in_every_label():
    # the trade's "aggregate" is a sum: a column "Aggregate Distribution" is the total
    # distribution, by the word set "Total Distribution" has
    v = vocabulary()
    for printed in ("Aggregate Distribution", "Agg. Distribution", "AGGREGATE DISTRIBUTION"):
        assert v.lookup(printed, "classes", ("classes",)).field == "total_distribution", printed


def test_the_most_common_words_are_left_out_only_while_no_field_holds_the_rest():
    v = vocabulary()
    money = v.fields_of_type("deal", "money")
    # "total" (seven figures' labels) left out; "loss" (four) kept: cumulative losses alone
    # among the amounts hold "cumulative"
    assert v.covering("Aggregate Losses Since Closing", "*", "deal", money) == "cumulative_realized_losses"
    assert v.left_out("Aggregate Losses Since Closing", "*", "deal", "cumulative_realized_losses") == ["total"]
    # printed as a rate, the same words name the cumulative loss rate
    assert v.covering("Aggregate Losses Since Closing", "*", "deal", v.fields_of_type("deal", "rate")) == "cumulative_loss_rate"
    # with the common words left out, the rest must still be the more of the label
    assert v.covering("Total Ending Invested Amount", "*", "deal", money) is None


def test_a_word_of_a_figure_the_label_does_not_name_is_left_out_but_never_a_head_noun():
    v = vocabulary()
    money = v.fields_of_type("deal", "money")
    # "available": one word of the three of Available Distribution Amount, the rest three of
    # the five of Net Monthly Excess Cash Flow
    assert v.covering("Excess Spread Available", "*", "deal", money) == "net_monthly_excess_cash_flow"
    assert v.left_out("Excess Spread Available", "*", "deal", "net_monthly_excess_cash_flow") == ["available"]
    # "rate" ends the cumulative loss rate's name: it says the figure is a rate, no fee amount
    assert v.covering("Servicing Fee Rate", "*", "deal", money) is None


def test_a_unit_stated_in_brackets_after_a_label_leaves_its_name():
    v = vocabulary()
    assert v.lookup("WEIGHTED AVERAGE REMAINING TERM TO MATURITY (MONTHS)", "pool").field == "wam"
    assert v.lookup("Weighted Average Remaining Term (in months)", "pool").field == "wam"
    # a bracketed qualifier that is no unit still counts: cumulative losses stay cumulative
    assert v.lookup("Realized Losses (Cumulative)", "*") != v.lookup("Realized Losses", "*")


def test_the_market_s_synonyms_are_data():
    # a prepayment penalty or charge is a prepayment premium (words.csv); one-month LIBOR
    # is the index rate, current advances the advances of the period (fields.csv)
    v = vocabulary()
    for label in ("Prepayment Penalties", "Prepayment Charges", "Prepayment Premiums"):
        assert v.lookup(label, "*").field == "prepayment_premiums", label
    assert v.lookup("One-Month LIBOR", "*").field == "index_rate"
    assert v.lookup("Current Advances", "*").field == "advances_current"
    assert v.lookup("Pass-Thru Rate", "classes").field == "interest_rate"  # thru: through


def test_a_unit_before_a_dot_leader_leaves_the_label_s_name_too():
    assert vocabulary().lookup("Weighted Average Remaining Term (months) ..........", "pool").field == "wam"


def test_a_word_naming_no_figure_of_the_kind_is_left_out_before_one_that_names_it():
    # 'aggregate' is 'total', a word of amounts' labels only: among the loan counts it names
    # nothing and goes first, so 'loan' stays and the label is the ending count's
    v = vocabulary()
    counts = v.fields_of_type("collateral", "count")
    assert v.covering("Ending Aggregate Loan Count", "pool", "collateral", counts) == "ending_count"
    assert v.covering("Number of Loans Paid Off", "pool", "collateral", counts) is None


def test_a_label_known_only_as_a_heading_names_a_class_column_by_its_words():
    # "Int Dist" is a heading of the pool's interest block; over a class table's figures it
    # is the interest column, as "Interest Distribution" is
    v = vocabulary()
    assert v.lookup("INT DIST", "classes", ("heading",)).target == "heading"
    assert v.lookup("INT DIST", "classes", ("classes",)).field == "interest"
    # a label known as a group is no column by its words ("Aggregate" is the Total)
    assert v.lookup("Aggregate", "per1000", ("classes",)) is None


@pytest.mark.parametrize("label, field", [
    ("SPECIFIED SUBORDINATED AMOUNT", "oc_target"),  # the O/C of an insured deal, by its other name
    ("SUBORDINATION DEFICIT", "oc_deficiency"),
    ("SUBORDINATION INCREASE AMOUNT", "oc_increase"),
    ("Available Funds", "available_distribution_amount"),
])
def test_the_trades_other_names_of_a_figure_are_its_words(label, field):
    entry = vocabulary().lookup(label, "*", ("deal",))
    assert entry is not None and entry.field == field


@pytest.mark.parametrize("label, field", [
    ("ORIGINAL FACE AMOUNT", "original_balance"),  # a class's face is its balance
    ("END PRIN BAL", "ending_balance"),
])
def test_class_headers_the_trade_prints(label, field):
    entry = vocabulary().lookup(label, "classes", ("classes",))
    assert entry is not None and entry.field == field


def test_a_repurchase_is_a_loan_purchase():
    from abs_nb.parse.identities import POOL_FIELDS
    assert vocabulary().hint("REPURCHASED LOANS (PRINCIPAL)", "pool", ("collateral",), POOL_FIELDS) == "loan_purchases"


def test_a_word_with_a_prefix_added_is_no_typo_of_the_word():
    v = vocabulary()
    assert v.correct("unscheduled") == "unscheduled" and v.correct("sheduled") == "scheduled"
    entry = v.lookup("Unscheduled Principal", "pool", ("collateral",))
    assert entry is None or entry.field != "scheduled_principal"


def test_a_class_column_saying_it_is_per_1000_is_named_by_its_other_words():
    v = vocabulary()
    assert v.lookup("per $1,000 End Bal", "classes", ("classes",)).field == "ending_balance_per_1000"
    assert v.lookup("Principal per $1,000", "classes", ("classes",)).field == "principal_per_1000"


def test_a_class_s_interest_shortfall_by_its_usual_names():
    v = vocabulary()
    for label in ("Interest Shortfall", "Total Interest Shortfall", "Net Interest Shortfall",
                  "Non-Supported Interest Shortfall"):
        assert v.lookup(label, "classes", ("classes",)).field == "interest_shortfall", label
    # the shortfall still unpaid is another figure
    assert v.lookup("Remaining Unpaid Interest Shortfall", "classes", ("classes",)) is None or v.lookup(
        "Remaining Unpaid Interest Shortfall", "classes", ("classes",)).field != "interest_shortfall"


def test_the_periods_advances_by_any_of_their_names_and_the_outstanding_ones_apart():
    from abs_nb.parse.deal_lines import named_by_words
    from abs_nb.parse.tokens import tokenize_line

    tok = tokenize_line("x  1,487,414.98", 1).values[0]
    # "monthly" says "this period's" as "current" does; an advance is of principal and interest
    for label in ("Monthly Advances", "AGGREGATE MONTHLY ADVANCES", "Current P&I Advances",
                  "Current Advances (P&I)", "Monthly Advances (P&I)", "Current Period P&I Advances"):
        assert named_by_words(label, tok) == "advances_current", label
    # advances not yet reimbursed are those outstanding; both words at once name neither
    assert named_by_words("Unreimbursed Advances", tok) == "advances_outstanding"
    assert named_by_words("Aggregate Unreimbursed Monthly Advances", tok) is None


def test_a_fees_rate_in_brackets_after_its_label_is_no_word_of_it():
    v = vocabulary()
    assert v.lookup("Servicing Fee (0.50% per annum)", "pool", ("collateral", "deal")).field == "servicing_fee"
    assert v.lookup("Servicing Fee (0.5%)", "pool", ("collateral", "deal")).field == "servicing_fee"


def test_the_seniors_enhancement_is_the_deals_credit_enhancement():
    assert vocabulary().lookup("Senior Enhancement Percentage", "*", ("deal",)).field == "credit_enhancement"


def test_a_field_whose_labels_all_say_more_than_another_s_is_named_only_where_the_more_is_printed():
    v = vocabulary()
    money = v.fields_of_type("deal", "money")
    # cumulative losses' labels are realized losses' and 'cumulative': "Net Charge-offs"
    # prints realized losses' words and 'net', no cumulative figure's
    assert v.covering("Net Charge-offs", "*", "deal", money) is None
    assert v.covering("Cumulative Losses to Date", "*", "deal", money) == "cumulative_realized_losses"
    # a field no other's labels are a part of is named as before
    assert v.covering("Number of Liquidated Contracts", "*", "deal", v.fields_of_type("deal", "count")) == "liquidated_loans"


def test_a_word_saying_how_a_figure_enters_a_sum_names_nothing():
    from abs_nb.parse.vocabulary import vocabulary

    v = vocabulary()
    known = ("collateral", "deal")
    assert v.lookup("LESS: SERVICING FEE (0.50% PER ANNUM)", "pool", known).field == "servicing_fee"
    assert v.lookup("Plus: Servicing Fee", "pool", known).field == "servicing_fee"
    assert v.lookup("Less:", "pool", known) is None



def test_a_note_or_a_bond_is_a_certificate_in_a_class_tables_words():
    v = vocabulary()
    for printed, field in (("End Note Bal", "ending_balance"), ("Beginning Bond Balance", "beginning_balance"),
                           ("Ending Note Balance", "ending_balance")):
        assert v.lookup(printed, "classes", ("classes",)).field == field


def test_an_auto_or_equipment_trust_s_receivables_are_its_loans_and_its_regular_principal_the_scheduled():
    # words.csv: a receivables pool's lines name the pool's figures as a mortgage pool's do
    v = vocabulary()
    assert v.lookup("Receivables purchased", "pool", ("collateral",)).field == "loan_purchases"
    assert v.lookup("Loans purchased", "pool", ("collateral",)).field == "loan_purchases"
    hint = v.hint("Regular principal collections", "pool", ("collateral",))
    assert hint == "scheduled_principal"


def test_what_the_modules_remember_of_a_vocabulary_is_forgotten_when_another_is_put_in_force():
    # class_label asks the vocabulary whether a word names a figure ("WAC"): its memo must not
    # carry an answer from one vocabulary into another
    from abs_nb.parse.row_labels import class_label
    rows = [r for r in packaged_rows() if r["field"] not in ("wac", "index_rate")]
    with override(rows):
        inside = class_label("WAC")
    assert class_label("WAC") is None  # the packaged vocabulary: a figure's word
    assert inside == "WAC"  # without its rows, a word in capitals as a class is printed


def test_a_label_printing_a_known_word_in_another_form_names_its_field_never_a_heading():
    v = vocabulary()
    assert v.lookup("Interest Distributed", "classes", ("classes",)).field == "interest"
    assert v.lookup("PRINCIPAL DISTRIBUTED", "classes", ("classes",)).field == "principal"
    assert v.lookup("Total Distributed", "classes", ("classes",)).field == "total_distribution"
    # "Interest Distributions" heads a section; "Interest Distributed: 484,098.68" is a line
    assert v.lookup("Interest Distributions", "*").target == "heading"
    assert v.lookup("Interest Distributed", "*") is None or v.lookup("Interest Distributed", "*").target != "heading"
    assert v.lookup("Interest Distributable", "classes", ("classes",)) is None


def test_paid_is_the_payment_a_column_s_words_name():
    # "Principal Paid", "Interest Paid": the month's payment (labels of fields.csv, not
    # "paid" spelled "payment" everywhere: "2 Paid" is no two payments missed); words naming
    # no field name none
    v = vocabulary()
    assert v.lookup("Principal Paid", "classes", ("classes",)).field == "principal"
    assert v.lookup("INTEREST PAID", "classes", ("classes",)).field == "interest"
    assert v.lookup("Total Paid", "classes", ("classes",)).field == "total_distribution"
    assert v.lookup("Cumulative Interest Paid", "classes", ("classes",)) is None
    assert v.lookup("Amount Paid", "classes", ("classes",)) is None


def test_an_aside_restating_a_label_names_the_same_field():
    v = vocabulary()
    # "(Draws)" names what "Additional Balances" names: the label is that field's
    assert v.lookup("Additional Balances (Draws)", "pool").field == "additional_balances"
    # an aside saying something else leaves the label unknown
    assert v.lookup("Additional Balances (Servicing Fee)", "pool") is None
    assert v.lookup("Net Principal Collections (Principal Coll. less Draws)", "pool") is None


def test_the_rate_of_a_kind_of_loan_is_its_coupon():
    # a manufactured-housing contract's rate, a line of credit's: the loans' coupon, as a
    # mortgage rate or a loan rate is
    v = vocabulary()
    for kind in ("Mortgage", "Contract", "Line"):
        assert v.lookup(f"Weighted Average {kind} Rate", "pool").field == "wac", kind
        assert v.lookup(f"Weighted Average Net {kind} Rate", "pool").field == "net_wac", kind
