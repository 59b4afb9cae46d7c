"""abs_nb.parse.spelling: printed text -> the words it means."""

from __future__ import annotations

import abs_nb
from abs_nb.parse.spelling import (
    class_key,
    group_name,
    normalise,
    stem,
    without_reference,
    without_when,
    words_of,
)


def test_normalising_lowers_case_and_makes_every_other_run_one_space():
    assert normalise("Sched In(Net Serv. Fee)") == "sched in net serv fee"
    assert normalise("  O/C -- Target Amt.  ") == "o c target amt"
    assert normalise("***") == ""


def test_a_class_key_drops_punctuation_and_case():
    assert class_key("B-IO") == class_key("bio") == class_key("B IO") == "BIO"
    assert class_key("Total") == "TOTAL"


def test_a_plural_folds_to_its_singular_but_not_a_word_that_only_ends_in_s():
    assert [stem(w) for w in ("balances", "losses", "liabilities", "charges")] == [
        "balance", "loss", "liability", "charge"]
    assert [stem(w) for w in ("class", "status", "basis", "gas")] == ["class", "status", "basis", "gas"]


def test_the_trade_s_synonyms_are_one_word_set():
    # specified / required, mortgage rate / coupon, remaining months / remaining term, since
    # closing / to date / cumulative, excess spread / excess cash flow, aggregate / total
    assert words_of("Specified O/C Amount") == words_of("Required Overcollateralization Amount")
    assert set(words_of("Wtd. Avg. Mortgage Rate")) == set(words_of("WAC"))
    assert set(words_of("Weighted Average Remaining Months")) == set(words_of("WAM"))
    assert set(words_of("Losses Since Closing")) == set(words_of("Cumulative Losses")) == set(words_of("Losses to Date"))
    assert set(words_of("Net Excess Spread")) == set(words_of("Net Excess Cashflow"))
    assert set(words_of("Net Charge-Offs")) == set(words_of("Net Realized Losses"))
    assert words_of("Initial Class Balance") == words_of("Original Class Balance")
    assert words_of("Aggregate Losses") == words_of("Total Losses")


def test_a_plural_is_its_singular_a_phrase_s_too():
    # no plural is listed in words.csv
    assert words_of("Writedowns") == words_of("Write Downs") == words_of("Realized Loss")
    assert words_of("Bals") == ("balance",) and words_of("Certs") == ("certificate",)


def test_a_filler_ending_a_label_marks_a_fragment_and_is_kept():
    assert words_of("Balance of the Loans") == ("balance", "loan")
    assert words_of("of Balance") == ("of", "balance")


def test_group_names_from_headers():
    assert [group_name(h) for h in ("Pool 1", "GRP II", "Loan Group 1A", "Group 10")] == [
        "Group 1", "Group 2", "Group 1A", "Group 10"]
    assert [group_name(h) for h in ("Aggregate", "Balance", "Group", "Pool XYZ")] == [None] * 4


def test_a_name_with_words_cut_short_abbreviates_the_name_printed_whole():
    from abs_nb.parse.spelling import abbreviates
    assert abbreviates("ADJ. RATE GROUP", "Adjustable Rate Group")
    assert abbreviates("Fxd Rate", "FIXED RATE") is False  # a cut word is the start of the word, not its letters
    assert not abbreviates("Rate Group", "Adjustable Rate Group")  # a word left over
    assert not abbreviates("A RATE GROUP", "Adjustable Rate Group")  # one letter is no word cut short


def test_a_group_s_name_may_carry_a_description():
    from abs_nb.parse.spelling import group_name

    named = ["GROUP I - FIXED RATE", "Loan Group II - Adjustable Rate", "Group 2 (ARM)", "Pool 3: Second Liens"]
    assert [group_name(t) for t in named] == ["Group 1", "Group 2", "Group 2", "Group 3"]
    assert [group_name(t) for t in ("Group 1-2", "Group 1 Loans", "Grouped Balance")] == [None, None, None]


def test_an_item_s_marks_are_no_words_of_its_label():
    from abs_nb.parse.spelling import without_item_marks

    assert [without_item_marks(t) for t in ("1. Pool Balance", "(iv) Realized Losses", "12) Fees", "2. (a) Curt")] == [
        "Pool Balance", "Realized Losses", "Fees", "Curt"]
    assert [without_item_marks(t) for t in ("1 Payment Delinquent", "(1)-(3)", "A-1")] == [
        "1 Payment Delinquent", "(1)-(3)", "A-1"]
    # a section's number in roman numerals with its dot; a class or a word of roman letters is kept
    assert [without_item_marks(t) for t in ("II.  GROUP I LOANS", "IV. Fees", "IIA-1 Balance", "Mix. Loans")] == [
        "GROUP I LOANS", "Fees", "IIA-1 Balance", "Mix. Loans"]
    # marks run together in brackets ("(a)(iv)", "2(a)"); letters with dots are an abbreviation's
    assert [without_item_marks(t) for t in ("(a)(iv) Certificate Balance", "U.S. Bank Trustee Fee", "N.A. Fee")] == [
        "Certificate Balance", "U.S. Bank Trustee Fee", "N.A. Fee"]


def test_a_phrase_saying_when_a_figure_stands_is_no_part_of_its_name():
    assert without_when("One-Month LIBOR for the current Accrual Period:") == "One-Month LIBOR"
    assert without_when("Servicing Fee during the related Collection Period ....") == "Servicing Fee"
    assert without_when("LIBOR for the Interest Accrual Period 05/25/01 - 06/24/01 (31 days)") == "LIBOR"
    # a phrase of other words, or with no span of time, says what the figure is for
    assert without_when("Funds Available for Distribution") is None
    assert without_when("Amount for the Class A Certificates") is None
    # another period's figure, or one since closing, is no figure of this period
    assert without_when("Realized Losses for the Prior Period") is None
    assert without_when("Losses for the Period since Closing") is None
    assert without_when("for the Current Period") is None
    # a phrase opened by "this" says when as well; "this" before no span says nothing of when
    assert without_when("Realized Losses this period ........") == "Realized Losses"
    assert without_when("Monthly Advances made this Distribution Date") == "Monthly Advances made"
    assert without_when("Losses this Quarter") is None
    assert without_when("this period") is None


def test_a_figure_at_closing_or_cut_off_is_the_original_one_a_closing_balance_the_ending_one():
    def same(a: str, b: str) -> bool:
        return set(words_of(a)) == set(words_of(b))

    assert same("Overcollateralization Amount at Closing", "Original Overcollateralization Amount")
    assert same("Pool Balance at Cut-off Date", "Original Pool Balance")
    assert same("Closing Balance", "Ending Balance")


def test_the_trade_s_abbreviations_of_rates_terms_and_funds_are_spelled_out():
    assert words_of("WA MORTGAGE RATE") == words_of("Weighted Average Mortgage Rate")
    assert words_of("W/A Net Coupon") == words_of("Weighted Average Net Coupon")
    assert words_of("WTD AVG CPN") == ("weighted", "average", "coupon")
    assert words_of("WTD AVG REM TERM") == ("weighted", "average", "remaining", "term")
    assert words_of("AVAIL DIST AMT") == ("available", "distribution", "amount")


def test_a_column_s_last_word_saying_amount_is_no_word_of_what_its_figures_are():
    from abs_nb.parse.spelling import without_amount
    from abs_nb.parse.vocabulary import vocabulary
    assert without_amount("Principal Distribution Amount") == "Principal Distribution"
    assert without_amount("Realized Loss Amt.") == "Realized Loss"
    assert without_amount("Loss Amount") is None  # one word before it: nothing left to name the figure
    assert without_amount("Amount Distributed") is None
    # a class column is named so; a deal line is not ("Accelerated Principal Distribution
    # Amount" printed in brackets among a waterfall's payments is no O/C increase)
    assert vocabulary().lookup("Principal Distribution Amount", "classes", ("classes",)).field == "principal"
    assert vocabulary().lookup("Accelerated Principal Distribution Amount", "*", ("deal",)) is None


def test_a_totals_row_is_labelled_by_the_word_total_or_its_abbreviation():
    import abs_nb
    from abs_nb.parse.spelling import TOTAL_KEYS

    assert {"TOTAL", "TOTALS", "TOT"} <= TOTAL_KEYS and "AGGREGATE" not in TOTAL_KEYS
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/25/2002\n\n"
            "CL                 BB              PD               EB\n"
            "A-1     47,895,817.34    3,294,372.65    44,601,444.69\n"
            "A-2     28,000,000.00            0.00    28,000,000.00\n"
            "A-3     97,205,330.18    2,518,494.55    94,686,835.63\n"
            "X          480,000.00            0.00       520,000.00\n"
            "TOT    173,581,147.52    5,812,867.20   167,808,280.32\n")
    f = abs_nb.load_text(text)
    assert "TOT" not in f.classes.index
    assert (f.totals.beginning_balance, f.totals.principal) == (173_581_147.52, 5_812_867.20)
    assert f.classes.loc["A-1", "ending_balance"] == 44_601_444.69


def test_a_phrase_is_one_with_fillers_between_its_words():
    # "since cut off date" stands for "cumulative"; "the" between its words changes nothing
    assert words_of("Realized Losses since the Cut-off Date") == words_of("Realized Losses since Cut-off Date") \
        == ("realized", "loss", "cumulative")
    assert words_of("Principal paid in full") == ("principal", "prepayment")


def test_stated_is_a_filler_the_stated_principal_balance_is_the_principal_balance():
    assert words_of("Beginning Pool Stated Principal Balance") == words_of("Beginning Pool Principal Balance")


def test_a_group_numbered_in_words_is_numbered_as_the_schema_writes_groups():
    assert group_name("Pool One") == "Group 1"
    assert group_name("POOL TWO - ADJUSTABLE RATE") == "Group 2"
    assert group_name("Group Ten") == "Group 10"
    assert group_name("Pool Oner") is None and group_name("Poolone") is None


def test_a_caption_s_number_is_an_item_s_mark_a_statute_s_section_in_a_label_is_not():
    from abs_nb.parse.spelling import without_item_marks
    assert without_item_marks("TABLE 4. GROUP 1 LOANS") == "GROUP 1 LOANS"
    assert without_item_marks("Part II: Group 2 Collateral") == "Group 2 Collateral"
    assert without_item_marks("Section 32 Loans Repurchased") == "Section 32 Loans Repurchased"


def test_a_reference_to_other_items_is_no_part_of_what_a_label_names():
    assert without_reference("Overcollateralization Increase Amount included in (c)(v)") == (
        "Overcollateralization Increase Amount")
    assert without_reference("Realized Losses (see Item 7)") == "Realized Losses"
    # a footnote's mark, or words that are the label's own, stay
    assert without_reference("Realized Losses (1)") is None
    assert without_reference("Loans in Foreclosure") is None
    assert without_reference("Ending Principal Balance in (FC)") is None  # a status's mark, no item's
    assert without_reference("Ending Pool Balance in (000s)") is None  # a unit
    f = abs_nb.load_text("Distribution Date: March 25, 2002\n\n"
                         "  Overcollateralization Amount ............................ 3,202,632.90\n"
                         "  Overcollateralization Increase Amount included in (c)(v) .... 783,860.80\n")
    assert f.deal["oc_increase"] == 783_860.80


def test_an_items_mark_padded_by_a_blank_is_a_mark():
    from abs_nb.parse.spelling import without_item_marks

    assert without_item_marks("( 1) Beginning Balance") == "Beginning Balance"
    assert without_item_marks("(12) Ending Balance") == "Ending Balance"
    assert without_item_marks("(  1) Beginning Balance") == "(  1) Beginning Balance"  # (one blank pads a mark)


def test_a_capital_letter_in_brackets_after_a_class_is_a_note_s_mark_a_small_one_a_tranche_s():
    from abs_nb.parse.row_labels import class_label
    from abs_nb.parse.spelling import without_note_mark

    assert without_note_mark("A-IO(N)") == "A-IO" and class_label("A-IO(N)") == "A-IO"
    assert without_note_mark("B-2 (F)") == "B-2"
    assert without_note_mark("A-2(b)") == "A-2(b)"  # a tranche's letter
    assert without_note_mark("Group (NC)") == "Group (NC)"  # two letters: no mark
