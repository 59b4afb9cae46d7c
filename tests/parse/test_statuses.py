"""abs_nb.parse.statuses: the delinquency status a row's words name, and the words of a
count and of a balance."""

from __future__ import annotations

import abs_nb
from abs_nb.parse.statuses import is_count_header, status_of


def test_statuses_by_days_payments_and_words():
    assert [status_of(x) for x in ("31-60 Days", "60 to 89 Days", "90 Days or More", "One Payment Delinquent",
                                   "Two Payments", "3+ Payments Delinquent", "Loans in Foreclosure",
                                   "In Bankruptcy", "REO Property", "Real Estate Owned")] == [
        "30-59", "60-89", "90+", "30-59", "60-89", "90+", "foreclosure", "bankruptcy", "reo", "reo"]
    assert [status_of(x) for x in ("Ending Balance", "Days in Period", "Payments Received")] == [None, None, None]


def test_a_bucket_is_named_by_the_lower_bound_of_its_range_in_days_payments_or_months():
    labels = ("Over 89 Days", "Greater than 59 days", "One Month Delinquent", "Two Months Delinquent",
              "3 or More Months", "Delinquent 31-60 Days", "30 Days Delinquent", "Delinquent 2 Payments")
    assert [status_of(x) for x in labels] == ["90+", "60-89", "30-59", "60-89", "90+", "30-59", "30-59", "60-89"]
    # an upper bound names no bucket; a number of days under 28 is no delinquency bucket
    assert [status_of(x) for x in ("Less than 30 days", "Under 2 Payments", "Delinquent 15 days")] == [None, None, None]


def test_payments_missed_restated_in_days_and_a_subtotal_of_statuses():
    assert [status_of(x) for x in ("One Payment Delinquent (30 Days)", "Two Payments Delinquent (60 Days)",
                                   "Three or More Payments Delinquent (90+ Days)")] == ["30-59", "60-89", "90+"]
    # a subtotal names no status, whatever statuses it sums
    assert status_of("Total Delinquent, Foreclosure and REO") is None
    assert status_of("Total Foreclosure") is None


def test_the_signs_of_a_number_and_of_an_amount_say_a_count_s_row_and_a_balance_s():

    assert [is_count_header(t) for t in ("Group 1 #", "Group 1 $", "Total No.", "No. of Loans", "Balance ($)")] == [
        True, False, True, True, False]
    # "No" without its stop is the answer, no number
    assert is_count_header("No") is None


def test_a_bucket_s_bound_in_words_with_a_measure_names_one_figure():
    from abs_nb.parse.statuses import status_and_measure

    assert status_and_measure("90 OR MORE DAYS - NUMBER") == ("90+", "count")
    assert status_and_measure("90 or more days - principal balance") == ("90+", "balance")
    assert status_and_measure("90 or more days - loans modified") is None


def test_a_bucket_with_no_end_below_the_last_is_none_of_the_buckets_it_sums():
    assert status_of("TOTAL DELINQUENT 31 DAYS OR MORE") is None
    assert status_of("Delinquent 60 Days or More") is None and status_of("60+ Days") is None
    assert status_of("90 Days or More Delinquent") == "90+" and status_of("Over 89 Days") == "90+"
    assert status_of("31 - 59 Days") == "30-59"


def test_statuses_by_group_under_a_caption_naming_the_measure_are_read_as_it():
    # statuses as rows, groups as columns, a caption over each block saying what it counts:
    # the status rows carry no measure of their own
    def block(caption: str, figures: list[tuple[str, str, str, str]]) -> str:
        out = f"{caption}\n{'':<30}{'Group I':>16}{'Group II':>16}{'Total':>16}\n"
        return out + "".join(f"  {lab:<28}{a:>16}{b:>16}{t:>16}\n" for lab, a, b, t in figures) + "\n"
    text = ("DELINQUENCY STATUS (MBA METHOD)\n\n"
            + block("Number of Loans", [("30-59 days", "58", "29", "87"), ("In foreclosure", "64", "33", "97"),
                                        ("REO property", "22", "11", "33")])
            + block("Scheduled Principal Balance", [
                ("30-59 days", "11,305,217.40", "13,110,482.56", "24,415,699.96"),
                ("In foreclosure", "14,128,872.35", "17,322,419.70", "31,451,292.05"),
                ("REO property", "4,318,407.93", "5,519,384.12", "9,837,792.05")]))
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 1", "30-59"), "count"], d.loc[("Group 1", "30-59"), "balance"]) == (58, 11_305_217.40)
    assert (d.loc[("Total", "reo"), "count"], d.loc[("Group 2", "foreclosure"), "balance"]) == (33, 17_322_419.70)


def test_statuses_by_group_under_a_title_naming_the_measure_in_a_subtitle_or_an_aside():
    # the measure is a part of the block's title (after a dash, in brackets), not a caption of its own
    def block(title: str, figures: list[tuple[str, str, str, str]]) -> str:
        out = f"{title}\n{'':<34}{'POOL 1':>12}{'POOL 2':>14}{'TOTAL':>14}\n{'-' * 74}\n"
        return out + "".join(f"{lab:<34}{a:>12}{b:>14}{t:>14}\n" for lab, a, b, t in figures) + "\n"
    text = ("MONTHLY SERVICING REPORT\n\n"
            + block("D. DELINQUENT LOANS (AS OF 06/30/03) - NUMBER OF LOANS", [
                ("31 TO 60 DAYS", "17", "9", "26"), ("61 TO 90 DAYS", "6", "2", "8"), ("IN FORECLOSURE", "4", "1", "5")])
            + block("   DELINQUENT LOANS (PRINCIPAL BALANCE)", [
                ("31 TO 60 DAYS", "1,402,117.50", "611,904.20", "2,014,021.70"),
                ("61 TO 90 DAYS", "488,310.12", "104,220.00", "592,530.12"),
                ("IN FORECLOSURE", "310,555.40", "88,100.25", "398,655.65")]))
    d = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert (d.loc[("Group 1", "30-59"), "count"], d.loc[("Group 1", "30-59"), "balance"]) == (17, 1_402_117.50)
    assert (d.loc[("Total", "foreclosure"), "count"], d.loc[("Group 2", "60-89"), "balance"]) == (5, 104_220.00)


def test_a_label_listing_statuses_together_names_their_sum_and_none_of_them():
    assert status_of("Delinquent, Foreclosure and REO") is None
    assert status_of("Foreclosure & REO") is None
    assert status_of("Bankruptcy/Foreclosure") is None and status_of("Foreclosure + REO") is None
    assert status_of("Foreclosure 90+ Days Delinquent") == "foreclosure"  # "90+" is a bound, no list
    assert (status_of("Loans in Foreclosure"), status_of("REO Properties")) == ("foreclosure", "reo")
    assert status_of("One Payment Delinquent (30 Days)") == "30-59"


def test_a_subtotal_row_opening_with_total_is_no_status_of_the_total_group():
    # the subtotal "Total Delinquent, Foreclosure and REO" with a bankruptcy row below it
    rows = [("One Payment Delinquent (30 Days)", 9, "2,696,808.53"), ("Two Payments Delinquent (60 Days)", 2, "643,607.93"),
            ("Three or More Payments Delinquent", 1, "361,307.26"), ("Loans in Foreclosure", 2, "781,482.76"),
            ("REO Properties", 1, "203,900.67"), ("Total Delinquent, Foreclosure and REO", 15, "4,687,107.15"),
            ("Loans in Bankruptcy", 2, "545,099.92")]
    text = ("STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 06/25/1999\n\nDELINQUENCY INFORMATION\n\n"
            + f"{'Status':<40}{'Number of Loans':>16}{'Principal Balance':>20}\n"
            + "".join(f"{label:<40}{n:>16}{bal:>20}\n" for label, n, bal in rows))
    dq = abs_nb.load_text(text).delinquency.set_index("status")
    assert dq.loc["foreclosure", "count"] == 2 and dq.loc["foreclosure", "balance"] == 781_482.76
    assert dq.loc["bankruptcy", "count"] == 2


def test_a_number_under_a_month_s_days_opening_no_range_counts_payments_not_days():
    assert status_of("1 Payment (30 days)") == "30-59"
    assert status_of("2 Payments (60 days)") == "60-89"
    assert status_of("3 or More (90+ days)") == "90+"
    # a range opening at one day is no bucket of days past due
    assert status_of("1-29 days") is None and status_of("1 to 29 days") is None


def test_a_title_naming_both_measures_names_neither_block_s():
    # "NUMBER / PRINCIPAL BALANCE" over a block of counts: no balance read from the counts
    text = ("MONTHLY SERVICING REPORT\n\nD. DELINQUENT LOANS - NUMBER / PRINCIPAL BALANCE\n"
            f"{'':<40}{'POOL 1':>6}{'POOL 2':>14}{'TOTAL':>14}\n{'-' * 74}\n"
            f"{'31 TO 60 DAYS':<34}{'17':>12}{'9':>14}{'26':>14}\n{'61 TO 90 DAYS':<34}{'6':>12}{'2':>14}{'8':>14}\n"
            "\nScheduled Principal    1,000.00\n")
    d = abs_nb.load_text(text).delinquency
    assert d.empty or not (d["balance"] == 17).any()


def test_statuses_abbreviated_without_vowels_or_months_as_mos():
    from abs_nb.parse.statuses import status_of
    assert [status_of(t) for t in ("Bnkrpt", "Frclsr", "Delq 2 Mos", "3+ Mths")] == ["bankruptcy", "foreclosure", "60-89", "90+"]


def test_a_status_word_cut_short_names_the_status_it_starts():
    # a word of five letters or more that starts one status's word names that status;
    # a shorter stub ("Bank", "Fore") could start other words and names none
    assert [status_of(t) for t in ("Foreclos.", "Bankrupt.", "Forecl", "Bankr.")] == [
        "foreclosure", "bankruptcy", "foreclosure", "bankruptcy"]
    assert [status_of(t) for t in ("Bank", "Fore", "Banker")] == [None, None, None]
    text = ("DELINQUENT LOANS\n"
            f"{'':<24}{'Number':>10}{'Balance':>18}\n"
            f"{'30-59 Days':<24}{'12':>10}{'1,204,331.18':>18}\n"
            f"{'In Foreclos.':<24}{'4':>10}{'402,118.77':>18}\n"
            f"{'Bankrupt.':<24}{'2':>10}{'88,410.05':>18}\n")
    d = abs_nb.load_text(text).delinquency.set_index("status")
    assert (d.loc["foreclosure", "count"], d.loc["foreclosure", "balance"]) == (4, 402_118.77)
    assert (d.loc["bankruptcy", "count"], d.loc["bankruptcy", "balance"]) == (2, 88_410.05)


def test_a_number_beside_paid_counts_no_payments_missed():
    # "[2] Paid monthly.": a footnote's mark and a payment made, no delinquency bucket
    assert [status_of(t) for t in ("[2] Paid monthly.", "3 Paid in Full", "Two Payments")] == [None, None, "60-89"]
