"""abs_nb.parse.group_blocks: blocks of lines per loan group, named by their titles where the table repeats."""

from __future__ import annotations

import abs_nb

HEAD = "STATEMENT TO CERTIFICATEHOLDERS\nDistribution Date: 25-Jun-99\n\nCollateral Information\n\n"


def _block(title: str, begin: str, sched: str, end: str, wac: str) -> str:
    return (f"{title}\n{'-' * len(title)}\n"
            f"Opening Collateral Balance ..................   {begin:>16}\n"
            f"Scheduled Prin ..............................   {sched:>16}\n"
            f"Tot. Principal Received .....................   {sched:>16}\n"
            f"Ending Balance ..............................   {end:>16}\n"
            f"Weighted Average Coupon .....................   {wac:>16}\n\n")


def test_blocks_printing_the_same_pool_figures_are_the_groups_their_titles_name():
    text = HEAD + (_block("Fixed Collateral", "300,000.00", "1,000.00", "299,000.00", "8.125%")
                   + _block("ARM", "200,000.00", "2,000.00", "198,000.00", "7.500%")
                   + _block("Aggregate", "500,000.00", "3,000.00", "497,000.00", "7.875%"))
    f = abs_nb.load_text(text)
    c = f.collateral
    assert list(c.index) == ["Fixed", "ARM", "Total"]
    assert c.loc["Fixed", "beginning_balance"] == 300_000.00 and c.loc["ARM", "ending_balance"] == 198_000.00
    assert c.loc["ARM", "wac"] == 0.075 and f.deal.wac == 0.07875  # a group's WAC is no deal figure
    assert not (f.checks.check == "duplicate_value").any()
    check = f.checks[f.checks.check == "group_blocks"]
    assert check.detail.str.contains("'Fixed Collateral', 'ARM' are the groups Fixed, ARM").all()


def test_blocks_whose_titles_name_no_group_or_the_same_one_stay_the_pool_s():
    # titles of the vocabulary's words ("Current Period", "Prior Period") name no group: the
    # figures stay where the walk put them, their second printing flagged
    text = HEAD + (_block("Loan Information", "300,000.00", "1,000.00", "299,000.00", "8.125%")
                   + _block("Collateral Summary", "200,000.00", "2,000.00", "198,000.00", "7.500%"))
    f = abs_nb.load_text(text)
    assert list(f.collateral.index) == ["Total"]
    assert (f.checks[f.checks.check == "duplicate_value"].status == "fail").any()

    # titles numbered or lettered as the report's sections ("B. RECEIVABLES POOL") name
    # sections, not groups
    text = HEAD + (_block("B. RECEIVABLES POOL", "300,000.00", "1,000.00", "299,000.00", "8.125%")
                   + _block("C. SERVICER'S POOL", "300,000.00", "1,000.00", "299,000.00", "8.125%"))
    assert list(abs_nb.load_text(text).collateral.index) == ["Total"]


def test_a_deal_amount_in_each_groups_block_is_the_groups_and_the_totals_the_deals_too():
    def block(title: str, begin: str, sched: str, end: str, cum: str, rate: str) -> str:
        return (f"{title}\n{'-' * len(title)}\n"
                f"Beginning Balance ...........................   {begin:>16}\n"
                f"Scheduled Principal .........................   {sched:>16}\n"
                f"Ending Balance ..............................   {end:>16}\n"
                f"Cumulative Losses to Date ...................   {cum:>16}\n"
                f"Credit Enhancement Percentage ...............   {rate:>16}\n\n")
    text = HEAD + (block("Group 1", "300,000.00", "1,000.00", "299,000.00", "1,250.00", "21.50%")
                   + block("Group 2", "200,000.00", "2,000.00", "198,000.00", "750.00", "19.00%")
                   + block("Total", "500,000.00", "3,000.00", "497,000.00", "2,000.00", "20.50%"))
    f = abs_nb.load_text(text)
    # an amount its words name (no label of the vocabulary is printed): each block's, summed
    assert f.collateral["cumulative_realized_losses"].tolist() == [1_250.00, 750.00, 2_000.00]
    assert f.deal["cumulative_realized_losses"] == 2_000.00
    sums = f.checks[f.checks.check == "group_sum"].set_index("subject")
    assert sums.loc["collateral cumulative_realized_losses", "status"] == "pass"
    # a rate is no share of anything: the groups' stay listed
    assert "credit_enhancement" not in f.collateral.columns
    assert {"Credit Enhancement Percentage"} <= {lab.rstrip(" .") for lab in f.unmapped.label}


def test_blocks_titled_by_groups_numbered_in_words_and_combined_are_groups_1_2_and_the_total():
    text = HEAD + (_block("POOL ONE - FIXED RATE HOME EQUITY LOANS", "300,000.00", "1,000.00", "299,000.00", "8.125%")
                   + _block("POOL TWO - ADJUSTABLE RATE HOME EQUITY LOANS", "200,000.00", "2,000.00", "198,000.00", "7.500%")
                   + _block("COMBINED POOLS", "500,000.00", "3,000.00", "497,000.00", "7.875%"))
    c = abs_nb.load_text(text).collateral
    assert list(c.index) == ["Group 1", "Group 2", "Total"]
    assert c.loc["Group 2", "beginning_balance"] == 200_000.00 and c.loc["Total", "ending_balance"] == 497_000.00


def test_words_ending_in_a_colon_under_a_group_s_heading_introduce_lines_of_that_group_s_block():
    def block(title: str, wam: str, rows: list[tuple[str, str, str]]) -> str:
        return (f"{title}\n\n"
                "    Beginning Principal Balance ..................... $164,000,000.00\n"
                f"    Weighted Average Remaining Term ............................ {wam} mos.\n"
                "    Delinquent and Defaulted Loans:\n"
                + "".join(f"      {label:<28}{n:>6} loans    $ {bal:>14}\n" for label, n, bal in rows) + "\n")
    banner = ("FIRSTAR BANK, N.A.                                                   Page 3 of 3\n"
              "                    MENOMONEE HOME EQUITY LOAN TRUST 2000-2\n"
              "                    Monthly Statement to Certificateholders\n" + "~" * 80 + "\n")
    text = HEAD + banner + block("V.  LOAN GROUP I (FIXED RATE)", "238", [("30 to 59 days delinquent", "29", "2,011,448.30"),
                                                                  ("60 to 89 days delinquent", "8", "604,217.55")]) \
        + block("VI.  LOAN GROUP II (ADJUSTABLE RATE)", "353", [("30 to 59 days delinquent", "17", "1,877,014.66"),
                                                                  ("60 to 89 days delinquent", "6", "701,144.10")])
    dq = abs_nb.load_text(text).delinquency.set_index(["group", "status"])
    assert dq.loc[("Group 1", "30-59"), "count"] == 29 and dq.loc[("Group 2", "60-89"), "balance"] == 701_144.10
